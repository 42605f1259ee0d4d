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
    // A choice closes the panel and so hides the control that had the focus: the focus goes
    // back to the button that opens the panel, which now counts the choice.
    let button = NodeRef::<leptos::html::Button>::new();
    let panel = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |was_open: Option<bool>| {
        let now = open();
        if was_open == Some(true) && !now {
            if let (Some(button), Some(panel)) = (button.get_untracked(), panel.get_untracked()) {
                let lost = document()
                    .active_element()
                    .is_none_or(|e| e.tag_name() == "BODY" || panel.contains(Some(e.as_ref())));
                if lost {
                    let _ = button.focus();
                }
            }
        }
        now
    });
    let s = move || lang.get().strings();
    let label = move || match active.get() {
        0 => s().filters.to_owned(),
        n => s().filters_active.fill([&n.to_string()]),
    };
    view! {
        <section class="filters" aria-labelledby="filters-title">
            <h2 id="filters-title" class="visually-hidden">{move || s().filters}</h2>
            <button type="button" class="filters-toggle" aria-controls="filters-panel" node_ref=button
                aria-expanded=move || if open() { "true" } else { "false" } on:click=toggle>
                <span class="filters-icon" aria-hidden="true"></span>
                {label}
            </button>
            <div id="filters-panel" class="filters-panel" class:open=open node_ref=panel>
                {children()}
            </div>
        </section>
    }
}
