//! Sunny Corner: a static, bilingual communications portal.
//!
//! The logic (content types and checks, dates, languages, addresses) lives in modules that use
//! nothing from the browser and is tested natively; `app`, `components` and `pages` are the thin
//! Leptos views on top.

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod date;
// The upload folder's last touches (hashed names, headers, service worker); build time only.
#[cfg(not(target_arch = "wasm32"))]
pub mod deploy;
pub mod faq;
pub mod focus;
pub mod i18n;
pub mod list;
pub mod load;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod press;
pub mod routes;
pub mod search;
// Build-time files and head tags for search engines and link previews; never in the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod seo;
pub mod timeline;
