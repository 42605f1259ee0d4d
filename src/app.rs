//! The application: routes, the language of each view, and the page frame.

use crate::components::lang::{provide_lang, visitor_lang};
use crate::components::layout::Layout;
use crate::i18n::Lang;
use crate::pages::{home::HomePage, not_found::NotFoundBody};
use crate::routes::{base, lang_of_path, without_base, Page};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::{path, Lazy, LazyRoute, NavigateOptions};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router base=base()>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=LanguageRedirect />
                <ParentRoute path=path!("/:lang") view=LangFrame>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/faq") view={Lazy::<FaqRoute>::new()} />
                    <Route path=path!("/articles") view={Lazy::<ArticlesRoute>::new()} />
                    <Route path=path!("/timeline") view={Lazy::<TimelineRoute>::new()} />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// A page whose code ships apart from the home page's. In the release build (feature `split`,
/// `make dist`, see scripts/split.sh) its view is a `#[lazy]` function, which wasm-split moves
/// into a wasm chunk of its own, fetched the first time the route is opened: the home page's
/// first load then carries neither the search engine, the facets nor the calendar export.
/// Without `split` (`trunk serve`, the native pre-rendering) the view is an ordinary function.
macro_rules! page_chunk {
    ($(#[$doc:meta])* $route:ident, $view:ident, $preload:ident, $page:path) => {
        $(#[$doc])*
        pub struct $route;

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_: Self) -> AnyView {
                $view().await
            }

            async fn preload() {
                #[cfg(all(feature = "split", target_arch = "wasm32"))]
                $preload().await;
            }
        }

        #[cfg_attr(feature = "split", leptos::lazy)]
        async fn $view() -> AnyView {
            use $page as PageView;
            view! { <PageView /> }.into_any()
        }
    };
}

page_chunk!(
    /// `/{lang}/faq`: the search engine and the FAQ.
    FaqRoute,
    faq_view,
    __preload_faq_view,
    crate::pages::faq::FaqPage
);
page_chunk!(
    /// `/{lang}/articles`: the press list, its facets and free text.
    ArticlesRoute,
    articles_view,
    __preload_articles_view,
    crate::pages::articles::ArticlesPage
);
page_chunk!(
    /// `/{lang}/timeline`: the events, chains and the calendar export.
    TimelineRoute,
    timeline_view,
    __preload_timeline_view,
    crate::pages::timeline::TimelinePage
);

/// Loads the code of `page` when it ships apart (see [`page_chunk`]); the start-up awaits it
/// before taking a pre-rendered page over, so that the swap stays one step.
pub async fn load_page_code(page: Option<Page>) {
    match page {
        Some(Page::Faq) => FaqRoute::preload().await,
        Some(Page::Articles) => ArticlesRoute::preload().await,
        Some(Page::Timeline) => TimelineRoute::preload().await,
        Some(Page::Home) | None => {}
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
