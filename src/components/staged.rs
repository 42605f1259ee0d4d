//! A list's rows as the page shows them: when a change brings many rows into view, the ones the
//! visitor can see come at once and the rest right after the paint (`list::staged`). Laying out
//! forty article cards took most of a facet click's time on a slow phone. The rows are placed
//! so that the fewest move (`list::arrange`).

use crate::browser::{after_paint, window_bottom};
use crate::i18n::Lang;
use crate::list::{arrange, staged, Row, RowHeight};
use leptos::prelude::*;
use std::collections::HashMap;

/// `rows` as put on the page, for a file of `entries` items whose shown rows are at least
/// `height` tall. The first rows come as `rows` has them; each change after that shows at once a
/// screenful of the rows it brings, counted down to the window's bottom edge, and the rest right
/// after the next paint, unless another change came first.
pub fn staged_rows(
    rows: Memo<Vec<Row>>,
    entries: usize,
    height: RowHeight,
) -> ReadSignal<Vec<Row>> {
    let (on_page, set_on_page) = signal(rows.get_untracked());
    let changes = StoredValue::new(0_u64);
    Effect::new(move |_| {
        // Placed so that the fewest rows move in the DOM (`list::arrange`).
        let after = on_page.with_untracked(|before| rows.with(|after| arrange(after, before)));
        // A change makes any rest still to come from an earlier one out of date.
        changes.update_value(|n| *n += 1);
        // The first run too: the rows may have changed since they were first put on the page
        // (text typed before the app took the page over).
        if on_page.with_untracked(|before| *before == after) {
            return;
        }
        let first = height.rows_to(window_bottom());
        let now = on_page.with_untracked(|before| staged(&after, before, entries, first));
        if now != after {
            let change = changes.get_value();
            after_paint(
                move || {
                    if changes.get_value() == change {
                        set_on_page.set(after);
                    }
                },
                |_| {},
            );
        }
        set_on_page.set(now);
    });
    on_page
}

/// The state of each row a list has on the page, by item and language. A row keeps its state
/// here while it is on the page ([`RowStates::keep`]); one effect then works out every row's
/// state and sets only what changed, so that a change wakes only the rows it changes, where each
/// row reading the page's state was marked and checked on every change (issue 12: the FAQ's
/// entries, the articles' cards).
pub struct RowStates<T: Send + Sync + 'static>(StoredValue<HashMap<(usize, Lang), T>>);

impl<T: Send + Sync + 'static> Clone for RowStates<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for RowStates<T> {}

impl<T: Send + Sync + 'static> Default for RowStates<T> {
    fn default() -> Self {
        RowStates(StoredValue::new(HashMap::new()))
    }
}

impl<T: Send + Sync + 'static> RowStates<T> {
    /// Keeps `state` for the row of item `i` in `lang` until that row leaves the page: call it
    /// while building the row.
    pub fn keep(self, i: usize, lang: Lang, state: T) {
        self.0.update_value(|rows| {
            rows.insert((i, lang), state);
        });
        on_cleanup(move || {
            self.0.update_value(|rows| {
                rows.remove(&(i, lang));
            })
        });
    }

    /// Calls `f` with each row's item, language and state.
    pub fn each(self, mut f: impl FnMut(usize, Lang, &T)) {
        self.0.with_value(|rows| {
            for (&(i, lang), state) in rows {
                f(i, lang, state);
            }
        })
    }
}
