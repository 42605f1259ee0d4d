//! The current moment, for countdowns.

use leptos::prelude::*;
use std::time::Duration;

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::wasm_bindgen;
    #[wasm_bindgen]
    extern "C" {
        /// `Date.now()`: milliseconds since 1970 (what Playwright's clock controls in tests).
        #[wasm_bindgen(js_namespace = Date, js_name = now)]
        pub fn date_now() -> f64;
    }
}

/// Unix seconds now.
pub fn now_unix() -> i64 {
    (now_ms() / 1000.0).floor() as i64
}

/// Milliseconds since 1970, now (the browser's `Date.now()`).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js::date_now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }
}

/// Unix seconds, refreshed every `every` while the view that asked for it is shown.
pub fn use_now(every: Duration) -> ReadSignal<i64> {
    let (now, set_now) = signal(now_unix());
    // Only the browser ticks; a build-time render shows the moment of the build.
    #[cfg(target_arch = "wasm32")]
    if let Ok(handle) = set_interval_with_handle(move || set_now.set(now_unix()), every) {
        on_cleanup(move || handle.clear());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (set_now, every);
    now
}
