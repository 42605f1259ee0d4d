//! The frame of a page's content: its document title and description, its heading and lede,
//! and the content file it shows.

use crate::components::content_view::{content_resource, show_content};
use crate::components::lang::use_lang;
use crate::content::ContentFile;
use crate::i18n::Lang;
use crate::routes::Page;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::sync::Arc;

pub use crate::routes::Pick;

/// The document title ("FAQ · Sunny Corner") and description of a page, in its language.
#[component]
pub fn PageMeta(lang: Signal<Lang>, title: Pick, description: Pick) -> impl IntoView {
    let s = move || lang.get().strings();
    view! {
        <Title text=move || format!("{} · {}", title(s()), s().site_name) />
        <Meta name="description" content=move || description(s()) />
    }
}

/// A page that shows one content file under its heading and lede: the FAQ, the articles and
/// the timeline. `body` gets the file and the page's language.
pub fn content_page<T, V>(
    page: Page,
    body: impl Fn(Arc<T>, Signal<Lang>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: ContentFile,
    V: IntoView + 'static,
{
    let lang = use_lang();
    let s = move || lang.get().strings();
    let (title, description) = (page.title(), page.description());
    view! {
        <PageMeta lang title description />
        <div class=format!("wrap page {}", page.class())>
            <h1>{move || title(s())}</h1>
            <p class="lede">{move || description(s())}</p>
            {show_content(content_resource::<T>(), lang, move |data| body(data, lang))}
        </div>
    }
}

/// Replaces the address with `href` as the visitor types (no new history entry, no scroll):
/// what a search box calls on every keystroke.
pub fn use_replace_address() -> impl Fn(&str) + Clone + 'static {
    let navigate = use_navigate();
    move |href: &str| {
        navigate(
            href,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        )
    }
}
