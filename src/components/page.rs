//! The frame of a page's content: its document title and description, its heading and lede,
//! and the content file it shows.

use crate::browser;
use crate::components::address::provide_page_address;
use crate::components::content_view::{content_resource, show_content};
use crate::components::lang::use_lang;
use crate::content::ContentFile;
use crate::focus::{focus_after, FocusMove};
use crate::i18n::Lang;
use crate::routes::{without_base, Page};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;
use std::cell::RefCell;
use std::sync::Arc;

pub use crate::routes::Pick;

/// The document title ("FAQ · Sunny Corner") and description of a page, in its language; and,
/// since every page has it, the keyboard focus on each change of address.
#[component]
pub fn PageMeta(lang: Signal<Lang>, title: Pick, description: Pick) -> impl IntoView {
    move_focus_with_address();
    let s = move || lang.get().strings();
    view! {
        <Title text=move || format!("{} · {}", title(s()), s().site_name) />
        <Meta name="description" content=move || description(s()) />
    }
}

thread_local! {
    /// The address the focus was last placed for, across pages: `None` until the first page of
    /// the visit has shown.
    static FOCUSED_FOR: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// On every change of address, moves the focus as `focus::focus_after` says: to the heading of a
/// new page, or back onto the page if the control the visitor used went away. (Effects run only
/// in the browser, after the page has rendered.)
fn move_focus_with_address() {
    let location = use_location();
    let mine = Page::of_path(without_base(&location.pathname.get_untracked()));
    Effect::new(move |_| {
        let path = location.pathname.get();
        // While the next page's code loads, the page on its way out sees the new address first;
        // the next page acts once it is on screen.
        if Page::of_path(without_base(&path)) != mine {
            return;
        }
        let address = format!("{path}?{}#{}", location.search.get(), location.hash.get());
        let from = FOCUSED_FOR.with(|f| f.replace(Some(address.clone())));
        match focus_after(from.as_deref(), &address) {
            FocusMove::Keep => {}
            FocusMove::Heading => browser::focus_heading(),
            FocusMove::Restore => browser::restore_focus(),
        }
    });
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
    provide_page_address();
    view! {
        <PageMeta lang title description />
        // `data-standby`: the pre-rendered page is whole without the app, which `public/boot.js`
        // starts when the visitor reaches for a control, or at once for an address that asks
        // for more than the page as built (`Page::state_keys`).
        <div class=format!("wrap page {}", page.class()) data-standby=page.state_keys()>
            <h1 tabindex="-1">{move || title(s())}</h1>
            <p class="lede">{move || description(s())}</p>
            {show_content(content_resource::<T>(), lang, move |data| body(data, lang))}
        </div>
    }
}
