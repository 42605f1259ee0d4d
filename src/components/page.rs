//! The frame of a page's content: its document title and description, its heading and lede,
//! and the content file it shows.

use crate::components::content_view::with_content;
use crate::content::ContentFile;
use crate::i18n::{Lang, Strings};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// Picks one string out of a language's table: `|s| s.faq.title`.
pub type Pick = fn(&'static Strings) -> &'static str;

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
/// the timeline.
pub fn content_page<T, V>(
    lang: Signal<Lang>,
    class: &'static str,
    title: Pick,
    description: Pick,
    body: impl Fn(Arc<T>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: ContentFile,
    V: IntoView + 'static,
{
    let s = move || lang.get().strings();
    view! {
        <PageMeta lang title description />
        <div class=format!("wrap page {class}")>
            <h1>{move || title(s())}</h1>
            <p class="lede">{move || description(s())}</p>
            {with_content::<T, _>(lang, body)}
        </div>
    }
}
