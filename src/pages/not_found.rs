use crate::components::lang::use_lang;
use crate::i18n::t;
use crate::pages::PageMeta;
use crate::routes::{with_base, Page};
use leptos::prelude::*;
use leptos_router::components::A;

/// What a visitor sees at an address the portal does not have.
#[component]
pub fn NotFoundBody() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageMeta lang title="notfound.title" description="notfound.text" />
        <div class="wrap page not-found">
            <h1>{move || t(lang.get(), "notfound.title")}</h1>
            <p>{move || t(lang.get(), "notfound.text")}</p>
            <p>
                <A href=move || with_base(&Page::Home.path(lang.get())) attr:class="button">
                    {move || t(lang.get(), "notfound.home")}
                </A>
            </p>
        </div>
    }
}
