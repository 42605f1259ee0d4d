//! A list's rows as the page shows them: when a change brings many rows into view, the ones the
//! visitor can see come at once and the rest right after the paint (`list::staged`). Laying out
//! forty article cards took most of a facet click's time on a slow phone. The rows are placed
//! so that the fewest move (`list::arrange`).

use crate::browser::{after_paint, window_bottom};
use crate::list::{arrange, staged, Row, RowHeight};
use leptos::prelude::*;

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
