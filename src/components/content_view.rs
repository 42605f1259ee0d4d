//! Showing a content file: a placeholder while it loads, the page once it has, and an error in
//! words with a retry button when it cannot be used.

use crate::content::ContentFile;
use crate::i18n::Lang;
use crate::load::{load, ready, LoadError, LoadErrorKind};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// The content file `T`, starting to load now. A page that needs two files creates both
/// resources first, so that they load at the same time.
pub fn content_resource<T: ContentFile>() -> ContentResource<T> {
    LocalResource::new(load::<T>)
}

/// A content file on its way.
pub type ContentResource<T> = LocalResource<Result<Arc<T>, LoadError>>;

/// Renders `view` with the file `resource` loads: a placeholder while it loads, an error in words
/// with a retry button if it cannot be used.
pub fn show_content<T, V>(
    resource: ContentResource<T>,
    lang: Signal<Lang>,
    view: impl Fn(Arc<T>) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: ContentFile,
    V: IntoView + 'static,
{
    if let Some(data) = ready::<T>() {
        return Either::Left(view(data));
    }
    // "Try again" goes away with the error it answers: the focus it had is put back on the page.
    let retried = StoredValue::new(false);
    let retry = Callback::new(move |()| {
        retried.set_value(true);
        resource.refetch();
    });
    Either::Right(view! {
        <Transition fallback=move || view! { <LoadingPlaceholder lang /> }>
            {move || {
                let view = view.clone();
                Suspend::new(async move {
                    let result = resource.await;
                    if retried.get_value() {
                        crate::browser::restore_focus();
                    }
                    match result {
                        Ok(data) => view(data).into_any(),
                        Err(error) => view! { <LoadErrorPanel error lang retry /> }.into_any(),
                    }
                })
            }}
        </Transition>
    })
}

/// Grey blocks the size of the content to come, so nothing jumps when it arrives. After a few
/// seconds it says the connection seems slow.
#[component]
fn LoadingPlaceholder(lang: Signal<Lang>) -> impl IntoView {
    let (slow, set_slow) = signal(false);
    // Timers exist only in the browser (natively `set_timeout` panics).
    #[cfg(target_arch = "wasm32")]
    set_timeout(
        move || set_slow.set(true),
        std::time::Duration::from_secs(6),
    );
    #[cfg(not(target_arch = "wasm32"))]
    let _ = set_slow;
    view! {
        <div class="placeholder" role="status" aria-busy="true">
            <span class="visually-hidden">{move || lang.get().strings().loading}</span>
            <div class="placeholder-line wide" aria-hidden="true"></div>
            <div class="placeholder-line" aria-hidden="true"></div>
            <div class="placeholder-line" aria-hidden="true"></div>
            <div class="placeholder-line short" aria-hidden="true"></div>
            <Show when=move || slow.get()>
                <p class="placeholder-slow">{move || lang.get().strings().loading_slow}</p>
            </Show>
        </div>
    }
}

/// What went wrong with a content file, in the visitor's language, and a way to try again.
#[component]
pub fn LoadErrorPanel(error: LoadError, lang: Signal<Lang>, retry: Callback<()>) -> impl IntoView {
    let file = error.file;
    let detail = move || describe(&error.kind, lang.get());
    let s = move || lang.get().strings();
    view! {
        <section class="load-error" role="alert">
            <h2>{move || s().error.title}</h2>
            <p>{detail}</p>
            <p class="load-error-file">{move || s().error.file.fill([file])}</p>
            <button type="button" class="button" on:click=move |_| retry.run(())>
                {move || s().error.retry}
            </button>
        </section>
    }
}

/// A load error as a sentence.
pub fn describe(kind: &LoadErrorKind, lang: Lang) -> String {
    let words = &lang.strings().error;
    match kind {
        LoadErrorKind::Network(detail) => words.network.fill([detail]),
        LoadErrorKind::Status(status) => words.status.fill([&status.to_string()]),
        LoadErrorKind::Timeout => words
            .timeout
            .fill([&crate::load::TIMEOUT_SECONDS.to_string()]),
        LoadErrorKind::WebPage => words.web_page.to_owned(),
        LoadErrorKind::Syntax {
            line,
            column,
            detail,
        } => words
            .syntax
            .fill([detail, &line.to_string(), &column.to_string()]),
        LoadErrorKind::Schema {
            line,
            column,
            detail,
        } => words
            .schema
            .fill([detail, &line.to_string(), &column.to_string()]),
    }
}
