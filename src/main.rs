//! Starts the app in the browser. A pre-rendered page (see `prerender.rs`) is taken over: the
//! content files the page shows are loaded first, then the static page is replaced by the app
//! in one synchronous step, so the browser never paints in between, and what the visitor typed,
//! the focus and the scroll position are carried over. A page that was not pre-rendered (`trunk
//! serve`) is simply mounted.

#[cfg(target_arch = "wasm32")]
fn main() {
    use sunny_corner::{app, browser, routes};
    app::report_panics();
    routes::set_base(routes::base_from_href(&browser::base_href()));
    takeover::canonical_address();
    if browser::is_prerendered() {
        wasm_bindgen_futures::spawn_local(takeover::start());
    } else {
        leptos::mount::mount_to_body(sunny_corner::app::App);
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            takeover::ready(&document);
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod takeover {
    use leptos::prelude::*;
    use sunny_corner::app::{StartFailure, UnavailableNotice};
    use sunny_corner::i18n::Lang;
    use sunny_corner::routes::{
        address, canonical_path, lang_of_path, with_base, without_base, Page,
    };
    use wasm_bindgen::JsCast;

    fn path() -> String {
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default()
    }

    /// Another form of a page's address that static hosts also answer (`/en/faq.html`,
    /// `/en/index.html`, `/en/faq/`) is rewritten in place to the page's own, before the router
    /// reads it, so that the app shows the page the host served.
    pub fn canonical_address() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(canonical) = canonical_path(without_base(&path())) else {
            return;
        };
        let location = window.location();
        let canonical = address(
            &with_base(&canonical),
            &location.search().unwrap_or_default(),
            &location.hash().unwrap_or_default(),
        );
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&canonical));
        }
    }

    /// Loads what the current page shows first (see `app::load_first`), then takes the page
    /// over; if that fails, the static page stays, with a notice that says why and retries.
    pub async fn start() {
        let path = path();
        match sunny_corner::app::load_first(Page::of_path(without_base(&path))).await {
            Ok(()) => replace_static_page(),
            Err(failure) => {
                let lang = lang_of_path(without_base(&path)).unwrap_or(Lang::En);
                show_failure(failure, lang);
            }
        }
    }

    /// The notice above the static page's content, rendered by the app into a box of its own.
    fn show_failure(failure: StartFailure, lang: Lang) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let (Some(main), Ok(holder)) = (
            document.get_element_by_id("main"),
            document.create_element("div"),
        ) else {
            return;
        };
        holder.set_class_name("wrap takeover-failure");
        let _ = main.prepend_with_node_1(&holder);
        let Ok(holder) = holder.dyn_into::<web_sys::HtmlElement>() else {
            return;
        };
        let retry_holder = holder.clone();
        let retry = Callback::new(move |()| {
            // The notice, and the button with the focus, go: the focus goes to the page's
            // heading, which the takeover then carries over to the app's.
            sunny_corner::browser::focus_page_start(false);
            retry_holder.remove();
            wasm_bindgen_futures::spawn_local(start());
        });
        leptos::mount::mount_to(holder, move || {
            view! { <UnavailableNotice failure lang=Signal::stored(lang) retry /> }
        })
        .forget();
    }

    /// Swaps the static page for the app, keeping typed text, focus and scroll.
    pub fn replace_static_page() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        let scroll = (
            window.scroll_x().unwrap_or(0.0),
            window.scroll_y().unwrap_or(0.0),
        );
        let active = document.active_element();
        let focused = active.as_ref().and_then(|e| FocusKey::of(&document, e));
        let heading_focused = active.is_some_and(|e| e.tag_name() == "H1");
        let typed: Vec<(String, String)> = list(&document, "input[id]")
            .into_iter()
            .filter_map(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|i| i.value() != i.default_value())
            .map(|i| (i.id(), i.value()))
            .collect();
        // The static body (not the scripts), and the head tags the app writes itself.
        if let Some(body) = document.body() {
            let children = body.children();
            let nodes: Vec<_> = (0..children.length())
                .filter_map(|i| children.item(i))
                .collect();
            for node in nodes {
                if node.tag_name() != "SCRIPT" {
                    node.remove();
                }
            }
        }
        for el in list(&document, "head title, head meta[name=description]") {
            el.remove();
        }
        leptos::mount::mount_to_body(sunny_corner::app::App);
        // The router fills in the page in a microtask of its own; put things back right after
        // it, still before the browser paints.
        wasm_bindgen_futures::spawn_local(async move {
            for (id, value) in typed {
                if let Some(input) = document
                    .get_element_by_id(&id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    input.set_value(&value);
                    // Bubbling, so the app's delegated listener hears it.
                    let init = web_sys::EventInit::new();
                    init.set_bubbles(true);
                    if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
                        let _ = input.dispatch_event(&event);
                    }
                }
            }
            if let Some(el) = focused.and_then(|key| key.find(&document)) {
                let _ = el.focus();
            } else if heading_focused {
                sunny_corner::browser::focus_page_start(false);
            }
            window.scroll_to_with_x_and_y(scroll.0, scroll.1);
            ready(&document);
        });
    }

    /// Where the focus was on the static page, to find the same element in the app's: by its
    /// id; a link by its address and which of the links to it it is (the skip link, the
    /// navigation's links); anything else by the nearest element with an id and the path of
    /// child positions from there. On a page that stands by until the visitor reaches for a
    /// control, the takeover comes while the visitor is moving through the page with the keys.
    enum FocusKey {
        Id(String),
        Link(String, usize),
        Path(String, Vec<u32>),
    }

    impl FocusKey {
        fn of(document: &web_sys::Document, el: &web_sys::Element) -> Option<FocusKey> {
            if !el.id().is_empty() {
                return Some(FocusKey::Id(el.id()));
            }
            if el.tag_name() == "A" {
                let href = el.get_attribute("href")?;
                let nth = links_to(document, &href).iter().position(|l| l == el)?;
                return Some(FocusKey::Link(href, nth));
            }
            let mut path = Vec::new();
            let mut here = el.clone();
            while here.id().is_empty() {
                let parent = here.parent_element()?;
                let children = parent.children();
                let at =
                    (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&here))?;
                path.push(at);
                here = parent;
            }
            path.reverse();
            Some(FocusKey::Path(here.id(), path))
        }

        fn find(&self, document: &web_sys::Document) -> Option<web_sys::HtmlElement> {
            let el = match self {
                FocusKey::Id(id) => document.get_element_by_id(id)?,
                FocusKey::Link(href, nth) => links_to(document, href).into_iter().nth(*nth)?,
                FocusKey::Path(id, path) => {
                    let mut el = document.get_element_by_id(id)?;
                    for &i in path {
                        el = el.children().item(i)?;
                    }
                    el
                }
            };
            el.dyn_into().ok()
        }
    }

    fn links_to(document: &web_sys::Document, href: &str) -> Vec<web_sys::Element> {
        list(document, "a[href]")
            .into_iter()
            .filter(|a| a.get_attribute("href").as_deref() == Some(href))
            .collect()
    }

    /// Marks the page as run by the app (`<html data-app="ready">`), for tests and styles.
    pub fn ready(document: &web_sys::Document) {
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-app", "ready");
        }
        if let (Some(window), Ok(event)) = (
            web_sys::window(),
            web_sys::Event::new(sunny_corner::app::READY_EVENT),
        ) {
            let _ = window.dispatch_event(&event);
        }
    }

    fn list(document: &web_sys::Document, selector: &str) -> Vec<web_sys::Element> {
        let Ok(nodes) = document.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .collect()
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Sunny Corner runs in the browser: `make serve`, or `make dist` for the static site."
    );
}
