//! The application: routes, the language of each view, and the page frame.

use crate::components::lang::{provide_lang, visitor_lang};
use crate::components::layout::Layout;
use crate::i18n::Lang;
use crate::pages::{
    articles::ArticlesPage, faq::FaqPage, home::HomePage, not_found::NotFoundBody,
    timeline::TimelinePage,
};
use crate::routes::{base, lang_of_path, without_base, Page};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::{path, NavigateOptions};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router base=base()>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=LanguageRedirect />
                <ParentRoute path=path!("/:lang") view=LangFrame>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/faq") view=FaqPage />
                    <Route path=path!("/articles") view=ArticlesPage />
                    <Route path=path!("/timeline") view=TimelinePage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// `/` sends the visitor to their language's home page, keeping any query.
#[component]
fn LanguageRedirect() -> impl IntoView {
    let navigate = use_navigate();
    let search = use_location().search.get_untracked();
    let query = search.trim_start_matches('?');
    let target = format!(
        "{}{}{}",
        // `navigate` adds the router's base path itself.
        Page::Home.path(visitor_lang()),
        if query.is_empty() { "" } else { "?" },
        query
    );
    // Navigating during the first render would race the router; do it right after. (Only in
    // the browser: the build renders `/` as a language chooser instead.)
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (navigate, target, NavigateOptions::default());
    #[cfg(target_arch = "wasm32")]
    request_animation_frame(move || {
        navigate(
            &target,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    });
}

/// The frame around every page under `/{lang}/`; an unknown language is a 404.
#[component]
fn LangFrame() -> impl IntoView {
    let params = use_params_map();
    let from_url = Memo::new(move |_| params.read().get("lang").and_then(|c| Lang::from_code(&c)));
    let fallback = visitor_lang();
    let lang = Signal::derive(move || from_url.get().unwrap_or(fallback));
    provide_lang(lang);
    view! {
        <Layout lang>
            <Show when=move || from_url.get().is_some() fallback=NotFoundBody>
                <Outlet />
            </Show>
        </Layout>
    }
}

/// Any address the routes do not know, in the language its path starts with if any.
#[component]
fn NotFoundPage() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let lang = lang_of_path(without_base(&path)).unwrap_or_else(visitor_lang);
    let lang = Signal::stored(lang);
    provide_lang(lang);
    view! {
        <Layout lang>
            <NotFoundBody />
        </Layout>
    }
}
