//! The few things the portal asks of the browser directly. Natively (tests, build-time
//! rendering) they answer as a first visit with no preferences would.

/// Where the visitor's choice of language is kept (`localStorage`). The language switch names
/// it (`data-remember`), and `public/boot.js` writes the choice there on a click, whether the
/// app runs or not (the home page may run without it).
pub const LANG_KEY: &str = "sunny-corner.lang";

/// The language the visitor chose last time, if they chose one and storage is allowed.
pub fn saved_lang() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let storage = web_sys::window()?.local_storage().ok()??;
        storage.get_item(LANG_KEY).ok()?
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The browser's preferred languages, most wanted first.
pub fn browser_langs() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
            return Vec::new();
        };
        let mut langs: Vec<String> = navigator
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        if langs.is_empty() {
            langs.extend(navigator.language());
        }
        langs
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Vec::new()
    }
}

/// The `href` of the document's `<base>` element (`/` when there is none).
pub fn base_href() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("base").ok().flatten())
            .and_then(|b| b.get_attribute("href"))
            .unwrap_or_else(|| "/".to_owned())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        "/".to_owned()
    }
}

/// Runs `f` right after the next paint: an animation frame runs before the paint, and a task
/// queued from it runs after. `queued` receives that task's handle, to cancel it.
pub fn after_paint(
    f: impl FnOnce() + 'static,
    queued: impl FnOnce(leptos::prelude::TimeoutHandle) + 'static,
) {
    leptos::prelude::request_animation_frame(move || {
        if let Ok(handle) = leptos::prelude::set_timeout_with_handle(f, std::time::Duration::ZERO) {
            queued(handle);
        }
    });
}

/// How far down the page, in CSS pixels, the window's bottom edge is (0 natively).
///
/// Read once and then kept until the page scrolls or the window is resized: reading the scroll
/// position makes the browser lay the page out first, and a keystroke in the FAQ asks for it
/// after it has already changed the page (issue 12: about 3 ms of a broad keystroke's script
/// at 4× CPU, and a second layout in its frame).
pub fn window_bottom() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        use std::cell::Cell;
        thread_local! {
            static BOTTOM: Cell<Option<f64>> = {
                // A scroll (the browser's own too, when the page grows shorter) or a resize
                // makes the kept value stale; it is read again when next asked for.
                for event in ["scroll", "resize"] {
                    let _ = leptos::prelude::window_event_listener_untyped(event, |_| {
                        BOTTOM.with(|b| b.set(None));
                    });
                }
                Cell::new(None)
            };
        }
        BOTTOM.with(|kept| {
            kept.get().unwrap_or_else(|| {
                let bottom = web_sys::window().map_or(0.0, |w| {
                    let height = w.inner_height().ok().and_then(|h| h.as_f64());
                    w.scroll_y().unwrap_or(0.0) + height.unwrap_or(0.0)
                });
                kept.set(Some(bottom));
                bottom
            })
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// Whether the page was rendered at build time (it carries the app's `<main>` already).
pub fn is_prerendered() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// Puts the keyboard focus on the page's heading (`main h1`, or `main` when the page has none),
/// once the browser has laid the new page out.
pub fn focus_heading() {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::request_animation_frame(|| focus_page_start(false));
}

/// If the focus was lost (the control the visitor used is gone or hidden, and the focus fell
/// back to `<body>`), puts it on the page's heading, without scrolling. Runs two frames later,
/// after the components that give the focus back to a control of their own.
pub fn restore_focus() {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::request_animation_frame(|| {
        leptos::prelude::request_animation_frame(|| {
            let lost = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_none_or(|e| e.tag_name() == "BODY");
            if lost {
                focus_page_start(true);
            }
        })
    });
}

/// Puts the focus on the page's heading (focusable: `tabindex="-1"`), or on `<main>` if it has
/// none, at once; scrolling it into view unless `keep_scroll`. The start-up uses it directly
/// (`main.rs`), the views through `focus_heading` and `restore_focus`.
#[cfg(target_arch = "wasm32")]
pub fn focus_page_start(keep_scroll: bool) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = ["main h1", "main"]
        .into_iter()
        .find_map(|selector| document.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(keep_scroll);
        let _ = target.focus_with_options(&options);
    }
}
