//! The few things the portal asks of the browser directly. Natively (tests, build-time
//! rendering) they answer as a first visit with no preferences would.

const LANG_KEY: &str = "sunny-corner.lang";

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

/// Remembers the visitor's choice of language. Private browsing may refuse; that is fine.
pub fn save_lang(code: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.set_item(LANG_KEY, code);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (LANG_KEY, code);
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
