//! The application: routes, the language of each view, and the page frame.

use crate::components::lang::{provide_lang, visitor_lang};
use crate::components::layout::Layout;
use crate::content::{Articles, Countdown, Faq, Site, Timeline};
use crate::i18n::Lang;
use crate::load::load;
use crate::pages::{home::HomePage, not_found::NotFoundBody};
use crate::routes::{base, lang_of_path, without_base, Page};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::{path, Lazy, LazyRoute, NavigateOptions};
use std::future::Future;
use std::pin::Pin;

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
/// `make dist`, see scripts/split.sh) its view and the loading of its content file are
/// `wasm_split` functions of one chunk, which wasm-split moves out of the main module; the chunk
/// is fetched the first time the route is opened. The home page's first load then carries neither
/// the search engine, the facets, the calendar export nor the parsing of the FAQ and the
/// articles. Without `split` (`trunk serve`, the native pre-rendering) they are plain functions.
macro_rules! page_chunk {
    ($(#[$doc:meta])* $route:ident in $chunk:ident: $page:path, $file:ty;
     $view:ident, $content:ident, $preload:ident) => {
        $(#[$doc])*
        pub struct $route;

        impl $route {
            /// Loads the page's code and its content file. (Each split function keeps its own
            /// note of whether its chunk is in: the view's is set here too, so that the first
            /// render is immediate.)
            pub async fn load_first() {
                futures::join!($content(), <Self as LazyRoute>::preload());
            }
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_: Self) -> AnyView {
                $view().await
            }

            // The router keeps the current page on screen until the next one's code is in.
            async fn preload() {
                #[cfg(feature = "split")]
                $preload().await;
            }
        }

        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                preload($preload),
                return_wrapper(let future = _; { future.await } -> AnyView)
            )
        )]
        fn $view() -> Pin<Box<dyn Future<Output = AnyView>>> {
            use $page as PageView;
            Box::pin(async { view! { <PageView /> }.into_any() })
        }

        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                return_wrapper(let future = _; { future.await } -> ())
            )
        )]
        fn $content() -> Pin<Box<dyn Future<Output = ()>>> {
            // A failure is shown by the page itself.
            Box::pin(async {
                let _ = load::<$file>().await;
            })
        }
    };
}

page_chunk!(
    /// `/{lang}/faq`: the search engine and the FAQ.
    FaqRoute in faq: crate::pages::faq::FaqPage, Faq;
    faq_view, faq_content, faq_preload
);
page_chunk!(
    /// `/{lang}/articles`: the press list, its facets and free text.
    ArticlesRoute in articles: crate::pages::articles::ArticlesPage, Articles;
    articles_view, articles_content, articles_preload
);
page_chunk!(
    /// `/{lang}/timeline`: the events, the chains and the calendar export.
    TimelineRoute in timeline: crate::pages::timeline::TimelinePage, Timeline;
    timeline_view, timeline_content, timeline_preload
);

/// Loads what `page` shows first: the site file (for the footer), and the page's code and
/// content file; the home page's countdown needs its part of the timeline. The start-up awaits it before it
/// takes a pre-rendered page over, so that the swap stays one step. A failure is shown by the
/// page itself once it has taken over.
pub async fn load_first(page: Option<Page>) {
    let site = load::<Site>();
    match page {
        Some(Page::Home) => {
            let _ = futures::join!(site, load::<Countdown>());
        }
        Some(Page::Faq) => {
            let _ = futures::join!(site, FaqRoute::load_first());
        }
        Some(Page::Articles) => {
            let _ = futures::join!(site, ArticlesRoute::load_first());
        }
        Some(Page::Timeline) => {
            let _ = futures::join!(site, TimelineRoute::load_first());
        }
        None => {
            let _ = site.await;
        }
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
