//! The application: routes, the language of each view, and the page frame.

use crate::components::content_view::describe;
use crate::components::lang::{provide_lang, visitor_lang};
use crate::components::layout::Layout;
use crate::content::{Articles, Countdown, Faq, Site, Timeline};
use crate::i18n::Lang;
use crate::load::{load, LoadError};
use crate::pages::{home::HomePage, not_found::NotFoundBody};
use crate::routes::{base, lang_of_path, without_base, Page};
use leptos::either::Either;
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

/// Why the start-up could not take a pre-rendered page over. The visitor keeps the static page
/// and is told why, with a retry (see `main.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartFailure {
    /// A content file the page shows.
    Content(LoadError),
    /// The page's own code, its wasm chunk (a failed or truncated download).
    Code,
}

impl From<LoadError> for StartFailure {
    fn from(error: LoadError) -> Self {
        StartFailure::Content(error)
    }
}

impl From<leptos::wasm_split::SplitLoaderError> for StartFailure {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        StartFailure::Code
    }
}

/// A page whose code ships apart from the home page's. In the release build (feature `split`,
/// `make dist`, see scripts/split.sh) its view and the loading of its content file are
/// `wasm_split` functions of one chunk, which wasm-split moves out of the main module; the chunk
/// is fetched the first time the route is opened. The home page's first load then carries neither
/// the search engine, the facets, the calendar export nor the parsing of the FAQ and the
/// articles. Without `split` (`trunk serve`, the native pre-rendering) they are plain functions.
///
/// Both are `fallible`: a chunk that cannot be downloaded is an `Err`, not a panic (a panic
/// would stop the whole app). Reached from another page, the address is then loaded afresh,
/// which gives the visitor its pre-rendered page; at the start-up, the static page is kept.
macro_rules! page_chunk {
    ($(#[$doc:meta])* $route:ident in $chunk:ident: $page:path, $file:ty;
     $view:ident, $content:ident, $preload:ident) => {
        $(#[$doc])*
        pub struct $route {
            /// The address being opened, for a full page load should the chunk fail.
            address: String,
        }

        impl $route {
            /// Loads the page's code and its content file. (Each split function keeps its own
            /// note of whether its chunk is in: the view's is set here too, so that the first
            /// render is immediate.)
            pub async fn load_first() -> Result<(), StartFailure> {
                let (content, code) = futures::join!($content(), $preload());
                content?;
                Ok(code?)
            }
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route {
                    address: current_address(),
                }
            }

            async fn view(this: Self) -> AnyView {
                match $view().await {
                    Ok(view) => view,
                    Err(_) => load_afresh(&this.address),
                }
            }

            // The router keeps the current page on screen until the next one's code is in. A
            // failure is handled by `view`, which asks again.
            async fn preload() {
                #[cfg(feature = "split")]
                let _ = $preload().await;
            }
        }

        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                preload($preload),
                fallible,
                return_wrapper(
                    let future = _;
                    { future.await } -> Result<AnyView, leptos::wasm_split::SplitLoaderError>
                )
            )
        )]
        fn $view(
        ) -> Pin<Box<dyn Future<Output = Result<AnyView, leptos::wasm_split::SplitLoaderError>>>>
        {
            use $page as PageView;
            Box::pin(async { Ok(view! { <PageView /> }.into_any()) })
        }

        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                fallible,
                return_wrapper(let future = _; { future.await } -> Result<(), StartFailure>)
            )
        )]
        fn $content() -> Pin<Box<dyn Future<Output = Result<(), StartFailure>>>> {
            Box::pin(async { Ok(load::<$file>().await.map(drop)?) })
        }

        // Without `split` the code is always in.
        #[cfg(not(feature = "split"))]
        async fn $preload() -> Result<(), leptos::wasm_split::SplitLoaderError> {
            Ok(())
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

/// The address the router is opening (with the base path, query and fragment).
fn current_address() -> String {
    let location = use_location();
    crate::routes::address(
        &location.pathname.get_untracked(),
        &location.search.get_untracked(),
        &location.hash.get_untracked(),
    )
}

/// A page whose code could not be downloaded: the browser loads its address afresh, and the
/// host answers with the pre-rendered page, readable without the app.
fn load_afresh(address: &str) -> AnyView {
    #[cfg(target_arch = "wasm32")]
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let here = crate::routes::address(
            &location.pathname().unwrap_or_default(),
            &location.search().unwrap_or_default(),
            "",
        );
        // Not a second history entry when the router has already written the address.
        let _ = if address.split('#').next() == Some(here.as_str()) {
            location.replace(address)
        } else {
            location.assign(address)
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = address;
    ().into_any()
}

/// Loads what `page` shows first: the site file (for the footer), and the page's code and
/// content file; the home page's countdown needs its part of the timeline. The start-up awaits it before it
/// takes a pre-rendered page over, so that the swap stays one step. If what the page shows
/// fails, the pre-rendered page is kept (it shows all of it already) and the failure returned;
/// a broken site file stops only the home page, as elsewhere it only gives the footer its press
/// account, which the footer then goes without.
pub async fn load_first(page: Option<Page>) -> Result<(), StartFailure> {
    let site = async { load::<Site>().await.map(drop).map_err(StartFailure::from) };
    match page {
        Some(Page::Home) => {
            let countdown = async { Ok(load::<Countdown>().await.map(drop)?) };
            let (site, countdown) = futures::join!(site, countdown);
            site.and(countdown)
        }
        Some(Page::Faq) => futures::join!(site, FaqRoute::load_first()).1,
        Some(Page::Articles) => futures::join!(site, ArticlesRoute::load_first()).1,
        Some(Page::Timeline) => futures::join!(site, TimelineRoute::load_first()).1,
        None => {
            let _ = site.await;
            Ok(())
        }
    }
}

/// The event public/boot.js answers with the "something went wrong" notice: the panic hook
/// (below) dispatches it on `window`. An abort without a hook (a wasm `unreachable` trap, as
/// with `panic = "immediate-abort"`) reaches boot.js as an uncaught exception instead.
pub const FAULT_EVENT: &str = "sunny-corner:fault";

/// The event the start-up dispatches on `window` once the app runs the page
/// (`<html data-app="ready">`): public/boot.js then clicks again what was clicked before.
pub const READY_EVENT: &str = "sunny-corner:ready";

/// Installs the panic hook: the message goes to the console, then the page is told, so that
/// the visitor sees a notice with a way home rather than a page that silently stopped
/// answering. The page itself is left as it was.
#[cfg(target_arch = "wasm32")]
pub fn report_panics() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(window) = web_sys::window() {
            if let Ok(event) = web_sys::Event::new(FAULT_EVENT) {
                let _ = window.dispatch_event(&event);
            }
        }
    }));
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

/// Above a pre-rendered page the app could not take over: the page stays readable as it is; this
/// says what is missing and why, with a retry that takes the page over once it works.
#[component]
pub fn UnavailableNotice(
    failure: StartFailure,
    lang: Signal<Lang>,
    retry: Callback<()>,
) -> impl IntoView {
    let s = move || lang.get().strings();
    let (detail, file) = match failure {
        StartFailure::Content(error) => (
            Either::Left(move || describe(&error.kind, lang.get())),
            Some(error.file),
        ),
        StartFailure::Code => (Either::Right(move || s().error.code), None),
    };
    view! {
        <section class="load-error" role="alert">
            <h2>{move || s().error.unavailable}</h2>
            <p>{move || s().error.unavailable_text}</p>
            <p>{detail}</p>
            {file
                .map(|file| {
                    view! { <p class="load-error-file">{move || s().error.file.fill([file])}</p> }
                })}
            <button type="button" class="button" on:click=move |_| retry.run(())>
                {move || s().error.retry}
            </button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::FAULT_EVENT;

    #[test]
    fn the_loader_starts_the_preloads_the_pre_render_holds_back() {
        let boot = include_str!("../public/boot.js");
        let id = crate::prerender::DEFERRED_PRELOADS_ID;
        assert!(
            boot.contains(&format!("getElementById('{id}')")),
            "public/boot.js must start the preloads in #{id}"
        );
    }

    #[test]
    fn the_loader_listens_for_the_panic_hooks_event() {
        let boot = include_str!("../public/boot.js");
        assert!(
            boot.contains(&format!("addEventListener('{FAULT_EVENT}'")),
            "public/boot.js must answer {FAULT_EVENT}"
        );
    }

    /// The home page stands by without the app only if boot.js reads the very attributes the
    /// page carries (`pages/home.rs`, `components/countdown.rs`, `components/layout.rs`).
    #[test]
    fn the_loader_reads_the_attributes_the_home_page_carries() {
        let boot = include_str!("../public/boot.js");
        let html = crate::prerender::render_body("/fr/");
        let card = include_str!("components/countdown.rs");
        for (attr, read_as) in [
            ("data-standby", "[data-standby]"),
            ("data-shape", "[data-shape]"),
            ("data-count", "[data-count]"),
            ("data-remember", "a[data-remember]"),
        ] {
            assert!(
                html.contains(&format!(" {attr}=")) || card.contains(&format!("{attr}=")),
                "the home page carries no {attr}"
            );
            assert!(
                boot.contains(read_as),
                "public/boot.js does not read {attr}"
            );
        }
        // The card's counts: until|since, the moment, the unit, the modulo and the noun's forms
        // for 0, 1 and more, as boot.js splits them.
        let counts: Vec<&str> = html
            .split("data-count=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default())
            .collect();
        assert!(!counts.is_empty(), "{html}");
        for count in counts {
            let fields: Vec<&str> = count.splitn(5, ' ').collect();
            assert!(["until", "since"].contains(&fields[0]), "{count}");
            assert!(
                fields[1..4].iter().all(|n| n.parse::<i64>().is_ok()),
                "{count}"
            );
            assert_eq!(fields[4].split('|').count(), 3, "{count}");
        }
        let shape = html
            .split("data-shape=\"")
            .nth(1)
            .and_then(|r| r.split('"').next());
        let ends: Vec<&str> = shape.unwrap_or_default().split(' ').collect();
        assert!(
            ends.len() == 2 && ends.iter().all(|e| *e == "-" || e.parse::<i64>().is_ok()),
            "{shape:?}"
        );
    }

    /// The FAQ, articles and timeline pages stand by too, with the attributes boot.js reads:
    /// the keys that start the app, the controls whose clicks it replays, and the timeline's
    /// "today" marker.
    #[test]
    fn the_loader_reads_the_attributes_the_content_pages_carry() {
        use crate::i18n::Lang;
        use crate::routes::Page;
        let boot = include_str!("../public/boot.js");
        for page in [Page::Faq, Page::Articles, Page::Timeline] {
            let html = crate::prerender::render_body(&page.path(Lang::Fr));
            let standby = format!(" data-standby=\"{}\"", page.state_keys());
            assert!(html.contains(&standby), "{page:?} carries no{standby}");
        }
        let faq = crate::prerender::render_body("/en/faq");
        assert!(
            faq.contains(" data-control="),
            "the FAQ's questions are no data-control"
        );
        assert!(boot.contains("[data-control]"));
        let timeline = crate::prerender::render_body("/en/timeline");
        for (attr, read_as) in [("data-today", "[data-today]"), ("data-day", ".dataset.day")] {
            assert!(
                timeline.contains(&format!(" {attr}=")),
                "the timeline carries no {attr}"
            );
            assert!(
                boot.contains(read_as),
                "public/boot.js does not read {attr}"
            );
        }
        assert!(boot.contains(&format!("'{}'", super::READY_EVENT)));
        // The 404 page stands by, with every page's address.
        let missing = crate::prerender::render_body("/404");
        let pages = format!(" data-pages=\"{}\"", crate::routes::page_paths());
        assert!(
            missing.contains(" data-standby=\"\"") && missing.contains(&pages),
            "{missing}"
        );
        assert!(boot.contains("dataset.pages"));
        assert!(crate::routes::page_paths().contains("/fr/faq"));
    }

    /// `Page::state_keys` names every query key a page reads, and only those: a listed key
    /// changes what the page shows (so boot.js starts the app for it), an unlisted one does not
    /// (so the pre-rendered page stays right).
    #[test]
    fn the_keys_that_start_the_app_are_the_keys_each_page_reads() {
        use crate::content::{Articles, Faq, Timeline};
        use crate::faq::FaqQuery;
        use crate::i18n::Lang;
        use crate::press::{ArticleQuery, PressIndex};
        use crate::routes::Page;
        use crate::timeline::TimelineQuery;
        let dir = crate::load::content_dir();
        let faq: Faq = crate::load::read_from_dir(&dir).unwrap();
        let articles: Articles = crate::load::read_from_dir(&dir).unwrap();
        let timeline: Timeline = crate::load::read_from_dir(&dir).unwrap();
        let index = PressIndex::new(&articles);
        let first = &articles.articles[0];
        // Whether the page, at `?search#fragment`, shows anything but itself as built.
        let changes = |page: Page, search: &str, fragment: &str| match page {
            Page::Home => false,
            Page::Faq => FaqQuery::parse(search, fragment) != FaqQuery::default(),
            Page::Articles => {
                let parsed = ArticleQuery::parse(search, &index);
                parsed.query != ArticleQuery::parse("", &index).query || !parsed.notes.is_empty()
            }
            Page::Timeline => {
                let parsed = TimelineQuery::parse(search);
                // The app scrolls to a fragment (see `Page::state_keys`).
                parsed.query != TimelineQuery::default()
                    || parsed.note(Lang::En).is_some()
                    || !fragment.is_empty()
            }
        };
        let value = |key: &str| -> String {
            match key {
                "q" => "ban".into(),
                "category" => faq.categories[0].id.clone(),
                "kind" => first.kind.clone(),
                "tag" => first.tags[0].clone(),
                "publisher" => first.publisher.clone(),
                "lang" => "fr".into(),
                "from" => "2021".into(),
                "to" => "2022".into(),
                "sort" => "oldest".into(),
                "page" => "2".into(),
                "year" => "2024".into(),
                "chain" => timeline.deadlines[0].id.clone(),
                other => panic!("no value to try for {other}"),
            }
        };
        let all = "q category kind tag publisher lang from to sort page year chain";
        for page in Page::ALL {
            let keys: Vec<&str> = page.state_keys().split_whitespace().collect();
            for key in all.split(' ').chain(["utm_source", "fbclid", "x"]) {
                let v = match key {
                    "utm_source" | "fbclid" | "x" => "1".to_owned(),
                    "kind" if page == Page::Timeline => "law".to_owned(),
                    key => value(key),
                };
                let shown = changes(
                    page,
                    &format!("?{key}={}", crate::routes::encode_component(&v)),
                    "",
                );
                assert_eq!(shown, keys.contains(&key), "{page:?} ?{key}={v}");
            }
            assert_eq!(
                changes(page, "", "#why"),
                keys.contains(&"#"),
                "{page:?} #why"
            );
            assert!(!changes(page, "", ""), "{page:?}");
        }
    }
}
