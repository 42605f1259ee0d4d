use crate::components::lang::use_lang;
use crate::components::page::PageMeta;
use crate::routes::{page_paths, with_base, Page};
use leptos::prelude::*;
use leptos_router::components::A;

/// What a visitor sees at an address the portal does not have.
#[component]
pub fn NotFoundBody() -> impl IntoView {
    let lang = use_lang();
    let s = move || lang.get().strings();
    view! {
        <PageMeta lang title=|s| s.not_found.title description=|s| s.not_found.text />
        // `data-standby`: the page is whole without the app (`public/boot.js`), unless the
        // address is another form of a page's (`data-pages`) or in another language than the
        // 404 page the host answered with.
        <div class="wrap page not-found" data-standby="" data-pages=page_paths()>
            <h1 tabindex="-1">{move || s().not_found.title}</h1>
            <p>{move || s().not_found.text}</p>
            <p>
                <A href=move || with_base(&Page::Home.path(lang.get())) attr:class="button">
                    {move || s().not_found.home}
                </A>
            </p>
        </div>
    }
}
