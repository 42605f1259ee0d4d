//! Showing a content file: a placeholder while it loads, the page once it has, and an error in
//! words with a retry button when it cannot be used.

use crate::content::ContentFile;
use crate::i18n::{t, tf, Lang};
use crate::load::{load, LoadError, LoadErrorKind};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Renders `view` with the content file `T` once it has loaded.
pub fn with_content<T, V>(
    lang: Signal<Lang>,
    view: impl Fn(Arc<T>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: ContentFile,
    V: IntoView + 'static,
{
    let resource = LocalResource::new(load::<T>);
    let retry = move || resource.refetch();
    view! {
        <Transition fallback=move || view! { <LoadingPlaceholder lang /> }>
            {move || {
                let view = view.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => view(data).into_any(),
                        Err(error) => view! { <LoadErrorPanel error lang retry /> }.into_any(),
                    }
                })
            }}
        </Transition>
    }
}

/// Grey blocks the size of the content to come, so nothing jumps when it arrives. After a few
/// seconds it says the connection seems slow.
#[component]
fn LoadingPlaceholder(lang: Signal<Lang>) -> impl IntoView {
    let (slow, set_slow) = signal(false);
    set_timeout(move || set_slow.set(true), Duration::from_secs(6));
    view! {
        <div class="placeholder" role="status" aria-busy="true">
            <span class="visually-hidden">{move || t(lang.get(), "loading")}</span>
            <div class="placeholder-line wide" aria-hidden="true"></div>
            <div class="placeholder-line" aria-hidden="true"></div>
            <div class="placeholder-line" aria-hidden="true"></div>
            <div class="placeholder-line short" aria-hidden="true"></div>
            <Show when=move || slow.get()>
                <p class="placeholder-slow">{move || t(lang.get(), "loading.slow")}</p>
            </Show>
        </div>
    }
}

/// What went wrong with a content file, in the visitor's language, and a way to try again.
#[component]
pub fn LoadErrorPanel(
    error: LoadError,
    lang: Signal<Lang>,
    retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let file = error.file;
    let detail = move || describe(&error.kind, lang.get());
    view! {
        <section class="load-error" role="alert">
            <h2>{move || t(lang.get(), "error.title")}</h2>
            <p>{detail}</p>
            <p class="load-error-file">{move || tf(lang.get(), "error.file", &[("file", file)])}</p>
            <button type="button" class="button" on:click=move |_| retry()>
                {move || t(lang.get(), "error.retry")}
            </button>
        </section>
    }
}

/// A load error as a sentence.
pub fn describe(kind: &LoadErrorKind, lang: Lang) -> String {
    match kind {
        LoadErrorKind::Network(detail) => tf(lang, "error.network", &[("detail", detail)]),
        LoadErrorKind::Status(status) => {
            tf(lang, "error.status", &[("status", &status.to_string())])
        }
        LoadErrorKind::Syntax {
            line,
            column,
            detail,
        } => tf(
            lang,
            "error.syntax",
            &[
                ("detail", detail),
                ("line", &line.to_string()),
                ("column", &column.to_string()),
            ],
        ),
        LoadErrorKind::Schema {
            line,
            column,
            detail,
        } => tf(
            lang,
            "error.schema",
            &[
                ("detail", detail),
                ("line", &line.to_string()),
                ("column", &column.to_string()),
            ],
        ),
    }
}
