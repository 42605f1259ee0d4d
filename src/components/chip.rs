//! The filter chip: one choice among a page's filters, as a link to the page with that choice
//! toggled. The FAQ's categories, the articles' facets and sort, and the timeline's kinds all use it.

use crate::browser::after_paint;
use crate::components::address::use_page_address;
use leptos::prelude::*;

/// A filter choice that says whether it is on, and optionally how many results it would give. A
/// choice that would give nothing (a count of 0, not pressed) is shown disabled, with no link.
/// Following the link keeps the scroll position, so the list updates under the visitor's eyes.
#[component]
pub fn FilterChip(
    #[prop(into)] label: String,
    #[prop(into)] href: Signal<String>,
    #[prop(into)] pressed: Signal<bool>,
    #[prop(optional, into)] count: Option<Signal<usize>>,
) -> impl IntoView {
    // Two memos: a choice elsewhere changes most counts and a few states, and each chip's link,
    // state and count are touched only where they change (seventy chips on the articles page,
    // whose links were built again on every click). One memo for the state and count, not one
    // each: every node the page's state reaches is marked again each time a node above it
    // changes.
    let state = Memo::new(move |_| (pressed.get(), count.map(|c| c.get())));
    let pressed = move || state.with(|s| s.0);
    let off = Memo::new(move |_| state.with(|&(pressed, count)| count == Some(0) && !pressed));
    // On a list page the choice shows right after the next paint and the address follows
    // (`PageAddress`). That paint shows the press: the chip's own state turns at once, and
    // gives way to the page's right after the choice is shown, in the same frame.
    let (turned, set_turned) = signal(None::<bool>);
    let pressed = move || turned.get().unwrap_or_else(pressed);
    let address = use_page_address();
    let follow = move |ev: leptos::ev::MouseEvent| {
        let Some(address) = address else { return };
        // As the chip shows it: a second click before the paint turns it back.
        let now = untrack(pressed);
        if address.follow(&ev, || (!off.get_untracked()).then(|| href.get_untracked())) {
            set_turned.set(Some(!now));
            after_paint(move || _ = set_turned.try_set(None), |_| {});
        }
    };
    view! {
        <li>
            <a
                class="chip"
                role="button"
                data-noscroll=true
                href=move || (!off.get()).then(|| href.get())
                aria-disabled=move || off.get().then_some("true")
                aria-pressed=move || if pressed() { "true" } else { "false" }
                on:click=follow
            >
                {label}
                {count.is_some().then(|| view! {
                    " " <span class="chip-count">{move || state.with(|s| s.1.unwrap_or_default())}</span>
                })}
            </a>
        </li>
    }
}
