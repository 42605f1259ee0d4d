//! The filters of a list page: a sidebar on wide screens, and on phones one "Filters · 2"
//! button that opens them, so that the results come first.

use crate::i18n::Lang;
use leptos::prelude::*;

/// The filter controls in `children`. On a phone they stay behind a disclosure button that says
/// how many filters are on; choosing one closes it again, so the visitor sees the results change.
/// `state` is the page's query string: the panel is open only for the state it was opened in.
#[component]
pub fn FilterPanel(
    lang: Signal<Lang>,
    #[prop(into)] active: Signal<usize>,
    #[prop(into)] state: Signal<String>,
    children: Children,
) -> impl IntoView {
    let (opened_in, set_opened_in) = signal(None::<String>);
    let open = move || opened_in.with(|o| o.as_deref() == Some(state.get().as_str()));
    let toggle = move |_| {
        let next = (!open()).then(|| state.get_untracked());
        set_opened_in.set(next);
    };
    let s = move || lang.get().strings();
    let label = move || match active.get() {
        0 => s().filters.to_owned(),
        n => s().filters_active.fill([&n.to_string()]),
    };
    view! {
        <section class="filters" aria-labelledby="filters-title">
            <h2 id="filters-title" class="visually-hidden">{move || s().filters}</h2>
            <button type="button" class="filters-toggle" aria-controls="filters-panel"
                aria-expanded=move || if open() { "true" } else { "false" } on:click=toggle>
                <span class="filters-icon" aria-hidden="true"></span>
                {label}
            </button>
            <div id="filters-panel" class="filters-panel" class:open=open>
                {children()}
            </div>
        </section>
    }
}
