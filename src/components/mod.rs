//! Pieces of interface that several pages share.

pub mod address;
pub mod chip;
pub mod clock;
pub mod content_view;
pub mod countdown;
pub mod filters;
pub mod lang;
pub mod layout;
pub mod page;
pub mod sources;
pub mod staged;

use leptos::prelude::{ArcRwSignal, Set, WithUntracked};

/// Sets `signal` to `value` if that changes it: only then are its readers told. A page that
/// works out many rows' or chips' state in one effect sets each through this, so that a change
/// reaches only the views it changes (issue 12).
pub fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: &ArcRwSignal<T>, value: T) {
    if signal.with_untracked(|now| *now != value) {
        signal.set(value);
    }
}
