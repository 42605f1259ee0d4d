//! Starts the app in the browser. A pre-rendered page (see `prerender.rs`) is taken over: the
//! content files the page shows are loaded first, then the static page is replaced by the app
//! in one synchronous step, so the browser never paints in between, and what the visitor typed,
//! the focus and the scroll position are carried over. A page that was not pre-rendered (`trunk
//! serve`) is simply mounted.

#[cfg(target_arch = "wasm32")]
fn main() {
    use sunny_corner::{browser, routes};
    console_error_panic_hook::set_once();
    routes::set_base(routes::base_from_href(&browser::base_href()));
    if browser::is_prerendered() {
        wasm_bindgen_futures::spawn_local(async {
            takeover::load_first().await;
            takeover::replace_static_page();
        });
    } else {
        leptos::mount::mount_to_body(sunny_corner::app::App);
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            takeover::ready(&document);
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod takeover {
    use sunny_corner::content::{Articles, Faq, Site, Timeline};
    use sunny_corner::load::load;
    use sunny_corner::routes::{content_of, without_base, Content};
    use wasm_bindgen::JsCast;

    /// Loads the content files the current page shows (`Page::content`) side by side.
    /// A failure is shown by the page itself once it has taken over.
    pub async fn load_first() {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let files = content_of(without_base(&path)).iter().map(|&c| load_one(c));
        futures::future::join_all(files).await;
    }

    /// Loads one content file into the loader's cache, where the views find it ready.
    async fn load_one(content: Content) {
        // Only the outcome matters here; it stays in the loader's cache.
        let _ = match content {
            Content::Site => load::<Site>().await.map(drop),
            Content::Faq => load::<Faq>().await.map(drop),
            Content::Articles => load::<Articles>().await.map(drop),
            Content::Timeline => load::<Timeline>().await.map(drop),
        };
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
        let focused = document
            .active_element()
            .map(|e| e.id())
            .filter(|id| !id.is_empty());
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
            if let Some(el) = focused.and_then(|id| document.get_element_by_id(&id)) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
            window.scroll_to_with_x_and_y(scroll.0, scroll.1);
            ready(&document);
        });
    }

    /// Marks the page as run by the app (`<html data-app="ready">`), for tests and styles.
    pub fn ready(document: &web_sys::Document) {
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-app", "ready");
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
