//! The one way content reaches a page. In the browser, files are fetched with gloo-net relative
//! to the document's base URL, once per visit; natively (tests, build-time rendering) they are
//! read from `public/content/` on disk. Every failure becomes one [`LoadError`] a view can put
//! into words.

use crate::content::ContentFile;
use std::fmt;
use std::sync::Arc;

/// Why a content file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file's name under `content/`.
    pub file: &'static str,
    pub kind: LoadErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// The request never got an answer (offline, blocked, aborted).
    Network(String),
    /// The server answered with an error status.
    Status(u16),
    /// No complete answer within [`TIMEOUT_SECONDS`].
    Timeout,
    /// The server sent an HTML page (a host's "not found" or single-page-app fallback, served
    /// with status 200) where the file should be.
    WebPage,
    /// The text is not JSON.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// The JSON does not fit the contract (a missing field, a wrong type, a bad date…).
    Schema {
        line: usize,
        column: usize,
        detail: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            LoadErrorKind::Network(d) => write!(f, "{}: network error: {d}", self.file),
            LoadErrorKind::Status(s) => write!(f, "{}: HTTP status {s}", self.file),
            LoadErrorKind::Timeout => {
                write!(f, "{}: no answer within {TIMEOUT_SECONDS} s", self.file)
            }
            LoadErrorKind::WebPage => write!(f, "{}: an HTML page, not the file", self.file),
            LoadErrorKind::Syntax {
                line,
                column,
                detail,
            } => {
                write!(
                    f,
                    "{}:{line}:{column}: JSON syntax error: {detail}",
                    self.file
                )
            }
            LoadErrorKind::Schema {
                line,
                column,
                detail,
            } => {
                write!(f, "{}:{line}:{column}: {detail}", self.file)
            }
        }
    }
}

/// How long a content file may take, headers and body, before the request is given up and the
/// visitor is told so (with a retry). The files are 20–30 KB compressed: on the slowest mobile
/// profile Lighthouse uses (1.6 Mbit/s, 150 ms), well under two seconds.
pub const TIMEOUT_SECONDS: u32 = 15;

/// Whether a response body is an HTML page rather than JSON: no content file starts with `<`,
/// and every HTML page does (after any byte-order mark or whitespace).
pub fn is_web_page(text: &str) -> bool {
    text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with('<')
}

/// Parses a content file's text, telling syntax errors from contract errors.
pub fn parse<T: ContentFile>(text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        // serde_json appends " at line L column C"; the view shows those numbers itself.
        let full = e.to_string();
        let detail = match full.rfind(" at line ") {
            Some(cut) => full[..cut].to_owned(),
            None => full,
        };
        let kind = match e.classify() {
            serde_json::error::Category::Data => LoadErrorKind::Schema {
                line,
                column,
                detail,
            },
            _ => LoadErrorKind::Syntax {
                line,
                column,
                detail,
            },
        };
        LoadError {
            file: T::FILE,
            kind,
        }
    })
}

/// The attribute of the loader's `<script>` in which a built page lists the content files'
/// published names: `make dist` publishes each file under a name with its content hash
/// (`faq.json=faq.0123456789abcdef.json`, space-separated), so that hosts can cache it for a year
/// and a new version is a new address. `make serve` has no such list and loads `faq.json`.
/// (An attribute, not a `<meta name>`, which would need a registered name to be valid HTML.)
pub const CONTENT_FILES_ATTRIBUTE: &str = "data-content-files";

/// The name `file` is published under, according to a page's [`CONTENT_FILES_ATTRIBUTE`] list:
/// its hashed name when the list has one, else `file` itself.
pub fn published_name<'a>(list: &'a str, file: &'a str) -> &'a str {
    list.split_ascii_whitespace()
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, published)| *name == file && !published.is_empty())
        .map_or(file, |(_, published)| published)
}

/// The file the browser fetches for `T`, given the page's [`CONTENT_FILES_ATTRIBUTE`] list:
/// `T::FILE`; but with no list at all (`make serve`, which has no build step to cut files),
/// the file a built file is cut from ([`ContentFile::CUT_FROM`]).
pub fn fetched_file<T: ContentFile>(list: &str) -> &'static str {
    match T::CUT_FROM {
        Some(source) if list.trim().is_empty() => source,
        _ => T::FILE,
    }
}

/// Reads and parses `dir/T::FILE` from disk (for a file the build cuts, the file it is cut
/// from): for tests and build-time rendering.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_from_dir<T: ContentFile>(dir: &std::path::Path) -> Result<T, LoadError> {
    let file = T::CUT_FROM.unwrap_or(T::FILE);
    let text = std::fs::read_to_string(dir.join(file)).map_err(|e| LoadError {
        file,
        kind: LoadErrorKind::Network(e.to_string()),
    })?;
    parse::<T>(&text).map_err(|e| LoadError { file, ..e })
}

/// The shipped content folder, for native callers.
#[cfg(not(target_arch = "wasm32"))]
pub fn content_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content")
}

/// Runs `f` (a build-time render) with the content files of `dir` instead of the shipped ones, on
/// this thread only: what [`ready`] gives while it runs.
#[cfg(not(target_arch = "wasm32"))]
pub fn with_content_dir<R>(dir: &std::path::Path, f: impl FnOnce() -> R) -> R {
    native::with_dir(dir, f)
}

/// The content file `T`, loaded once per visit and shared by every view that asks for it.
/// A failure is not kept, so asking again (the retry button) loads the file afresh.
pub async fn load<T: ContentFile>() -> Result<Arc<T>, LoadError> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::load::<T>().await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        read_from_dir::<T>(&content_dir()).map(Arc::new)
    }
}

/// The content file `T` if it is at hand without waiting: natively it is read from disk (once,
/// then kept), so a build-time render holds the content; in the browser it is there once
/// [`load`] has finished for it (the start-up loads a page's files before it takes over the
/// pre-rendered page), so the first render shows the content rather than a placeholder.
pub fn ready<T: ContentFile>() -> Option<Arc<T>> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::ready::<T>()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        native::ready::<T>()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use crate::content::ContentFile;
    use std::any::Any;
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    static FILES: Mutex<Option<HashMap<&'static str, Arc<dyn Any + Send + Sync>>>> =
        Mutex::new(None);

    std::thread_local! {
        /// Set by [`super::with_content_dir`]: this thread renders another folder's files.
        static OTHER: std::cell::RefCell<Option<(std::path::PathBuf, Files)>> =
            const { std::cell::RefCell::new(None) };
    }

    type Files = HashMap<&'static str, Arc<dyn Any + Send + Sync>>;

    pub fn with_dir<R>(dir: &std::path::Path, f: impl FnOnce() -> R) -> R {
        let before = OTHER.replace(Some((dir.to_owned(), HashMap::new())));
        let result = f();
        OTHER.set(before);
        result
    }

    pub fn ready<T: ContentFile>() -> Option<Arc<T>> {
        let other = OTHER.with_borrow_mut(|other| {
            let (dir, files) = other.as_mut()?;
            if let Some(any) = files.get(T::FILE) {
                return Some(any.clone().downcast::<T>().ok());
            }
            // A file that cannot be used there is missing, not replaced by the shipped one.
            let value: Option<Arc<T>> = super::read_from_dir::<T>(dir).ok().map(Arc::new);
            if let Some(value) = &value {
                files.insert(T::FILE, value.clone());
            }
            Some(value)
        });
        if let Some(value) = other {
            return value;
        }
        let mut files = FILES.lock().unwrap_or_else(|e| e.into_inner());
        let files = files.get_or_insert_with(HashMap::new);
        if let Some(any) = files.get(T::FILE) {
            return any.clone().downcast::<T>().ok();
        }
        let value: Arc<T> = Arc::new(super::read_from_dir::<T>(&super::content_dir()).ok()?);
        files.insert(T::FILE, value.clone());
        Some(value)
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{parse, LoadError, LoadErrorKind};
    use crate::content::ContentFile;
    use futures::future::{FutureExt, LocalBoxFuture, Shared};
    use std::any::Any;
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::sync::Arc;

    type Loading = Shared<LocalBoxFuture<'static, Result<Arc<dyn Any + Send + Sync>, LoadError>>>;

    thread_local! {
        static FILES: RefCell<HashMap<&'static str, Loading>> = RefCell::new(HashMap::new());
    }

    pub async fn load<T: ContentFile>() -> Result<Arc<T>, LoadError> {
        let loading = FILES.with(|files| {
            files
                .borrow_mut()
                .entry(T::FILE)
                .or_insert_with(|| fetch::<T>().boxed_local().shared())
                .clone()
        });
        let result = loading.await;
        if result.is_err() {
            FILES.with(|files| files.borrow_mut().remove(T::FILE));
        }
        result.map(|any| {
            any.downcast::<T>()
                .unwrap_or_else(|_| unreachable!("one type per file name"))
        })
    }

    pub fn ready<T: ContentFile>() -> Option<Arc<T>> {
        let done = FILES.with(|files| files.borrow().get(T::FILE)?.peek()?.clone().ok())?;
        done.downcast::<T>().ok()
    }

    /// The page's list of published content names (empty under `make serve`).
    fn content_list() -> String {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                d.query_selector(&format!("script[{}]", super::CONTENT_FILES_ATTRIBUTE))
                    .ok()
                    .flatten()
            })
            .and_then(|script| script.get_attribute(super::CONTENT_FILES_ATTRIBUTE))
            .unwrap_or_default()
    }

    /// `content/FILE` (or its published, hashed name) resolved against the document's base URL,
    /// so the site works under a sub-path as well as at the root.
    fn url_of(file: &str, list: &str) -> String {
        let base = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_else(|| "/".to_owned());
        let base = base.split(['?', '#']).next().unwrap_or("/");
        let dir = &base[..base.rfind('/').map_or(0, |i| i + 1)];
        format!("{dir}content/{}", super::published_name(list, file))
    }

    async fn fetch<T: ContentFile>() -> Result<Arc<dyn Any + Send + Sync>, LoadError> {
        let list = content_list();
        let file = super::fetched_file::<T>(&list);
        let text = fetch_text(file, &list).await?;
        let value: T = parse::<T>(&text).map_err(|e| LoadError { file, ..e })?;
        Ok(Arc::new(value) as Arc<dyn Any + Send + Sync>)
    }

    /// The HTTP part, kept apart from the generic parsing so the wasm carries it once. The
    /// request, body included, is aborted after [`super::TIMEOUT_SECONDS`].
    async fn fetch_text(file: &'static str, list: &str) -> Result<String, LoadError> {
        let fail = |kind| LoadError { file, kind };
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(web_sys::AbortController::signal);
        let timer = controller.and_then(|controller| {
            leptos::prelude::set_timeout_with_handle(
                move || controller.abort(),
                std::time::Duration::from_secs(super::TIMEOUT_SECONDS.into()),
            )
            .ok()
        });
        let timed_out = || signal.as_ref().is_some_and(web_sys::AbortSignal::aborted);
        let network = |e: gloo_net::Error| {
            fail(if timed_out() {
                LoadErrorKind::Timeout
            } else {
                LoadErrorKind::Network(e.to_string())
            })
        };
        let result = async {
            let response = gloo_net::http::Request::get(&url_of(file, list))
                .abort_signal(signal.as_ref())
                .send()
                .await
                .map_err(network)?;
            if !response.ok() {
                return Err(fail(LoadErrorKind::Status(response.status())));
            }
            let text = response.text().await.map_err(network)?;
            // A wrong media type alone is no reason to refuse a file that parses.
            if super::is_web_page(&text) {
                return Err(fail(LoadErrorKind::WebPage));
            }
            Ok(text)
        }
        .await;
        if let Some(timer) = timer {
            timer.clear();
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Faq;

    #[test]
    fn syntax_errors_give_line_and_column() {
        let err = parse::<Faq>("{\n  \"updated\": \"2026-01-01\",\n  oops\n}").unwrap_err();
        assert_eq!(err.file, "faq.json");
        match err.kind {
            LoadErrorKind::Syntax {
                line,
                column,
                detail,
            } => {
                assert_eq!((line, column), (3, 3));
                assert!(detail.contains("key must be a string"), "{detail}");
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn missing_fields_and_bad_dates_are_contract_errors() {
        let err = parse::<Faq>("{\"updated\": \"2026-01-01\", \"categories\": []}").unwrap_err();
        assert!(
            matches!(&err.kind, LoadErrorKind::Schema { detail, .. } if detail == "missing field `entries`"),
            "{err:?}"
        );
        let err =
            parse::<Faq>("{\"updated\": \"2026-02-30\", \"categories\": [], \"entries\": []}")
                .unwrap_err();
        assert!(err.to_string().contains("no such day"), "{err}");
    }

    #[test]
    fn content_is_fetched_under_its_hashed_name_when_the_page_lists_one() {
        let list = "faq.json=faq.0123456789abcdef.json  site.json=site.fedcba9876543210.json";
        assert_eq!(
            published_name(list, "faq.json"),
            "faq.0123456789abcdef.json"
        );
        assert_eq!(
            published_name(list, "site.json"),
            "site.fedcba9876543210.json"
        );
        // Not listed, no list (`make serve`), or a malformed entry: the plain name.
        assert_eq!(published_name(list, "timeline.json"), "timeline.json");
        assert_eq!(published_name("", "faq.json"), "faq.json");
        assert_eq!(published_name("faq.json faq.json=", "faq.json"), "faq.json");
    }

    #[test]
    fn an_html_page_is_told_from_a_broken_file() {
        assert!(is_web_page("<!DOCTYPE html><html>"));
        assert!(is_web_page("\u{feff}\n  <html lang=\"en\">"));
        assert!(!is_web_page("{\"updated\": \"2026-01-01\"}"));
        assert!(!is_web_page("  [<]"));
        assert!(!is_web_page(""));
    }

    #[test]
    fn the_countdown_file_is_fetched_when_built_and_its_source_under_make_serve() {
        use crate::content::{Countdown, Timeline};
        let list = "countdown.json=countdown.0123456789abcdef.json";
        assert_eq!(fetched_file::<Countdown>(list), "countdown.json");
        assert_eq!(fetched_file::<Countdown>(""), "timeline.json");
        assert_eq!(fetched_file::<Timeline>(""), "timeline.json");
        assert_eq!(fetched_file::<Faq>(list), "faq.json");
        // Read natively, it is read from its source, and an error names that file.
        let countdown = read_from_dir::<Countdown>(&content_dir()).expect("timeline.json loads");
        assert!(!countdown.0.events.is_empty());
        let dir = std::env::temp_dir().join(format!("sunny-cut-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("timeline.json"), "{").unwrap();
        let err = read_from_dir::<Countdown>(&dir).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(err.file, "timeline.json");
        assert!(matches!(err.kind, LoadErrorKind::Syntax { .. }), "{err:?}");
    }

    #[test]
    fn an_empty_file_is_a_syntax_error() {
        assert!(matches!(
            parse::<Faq>("").unwrap_err().kind,
            LoadErrorKind::Syntax { .. }
        ));
    }
}
