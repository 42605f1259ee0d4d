//! The rows of a list of results (the FAQ's entries, the articles' cards): which items are on
//! the page, in what order, and which of them are shown.

/// One row of a list: an item, and whether the query shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub entry: usize,
    pub shown: bool,
}

/// The list's rows, in order: the results `shown` in rank order, at most `limit` of them, and
/// the permalinked item `open` when it is a result past the limit; then, when the whole file has
/// no more than `keep_all` items, every other item, not shown, in content order. A small file's
/// items thus all stay on the page as the query changes: a keystroke or a click shows, hides and
/// moves them, and builds none. A large file's list is capped, so a change builds at most a
/// screenful of rows more than the cap.
pub fn rows(
    shown: &[usize],
    entries: usize,
    limit: usize,
    open: Option<usize>,
    keep_all: usize,
) -> Vec<Row> {
    let mut rows: Vec<Row> = shown
        .iter()
        .take(limit)
        .map(|&entry| Row { entry, shown: true })
        .collect();
    if let Some(open) = open {
        if shown.iter().skip(limit).any(|&i| i == open) {
            rows.push(Row {
                entry: open,
                shown: true,
            });
        }
    }
    if entries <= keep_all {
        let mut on_page = vec![false; entries];
        for row in &rows {
            on_page[row.entry] = true;
        }
        rows.extend((0..entries).filter(|&i| !on_page[i]).map(|entry| Row {
            entry,
            shown: false,
        }));
    }
    rows
}

/// The rows of a file kept whole on the page in a fixed `order` (every item once), of which the
/// results `shown` keep the order among themselves: every item, in that order, shown if it is one
/// of `shown`. As the filters change, the rows keep their places and are only shown or hidden.
pub fn rows_in_order(
    order: impl IntoIterator<Item = usize>,
    shown: &[usize],
    entries: usize,
) -> Vec<Row> {
    let mut on = vec![false; entries];
    for &i in shown {
        on[i] = true;
    }
    order
        .into_iter()
        .map(|entry| Row {
            entry,
            shown: on[entry],
        })
        .collect()
}

/// For each item of a file of `entries`, whether it is one of the `rows` shown.
pub fn shown_mask(rows: &[Row], entries: usize) -> Vec<bool> {
    let mut mask = vec![false; entries];
    for row in rows.iter().filter(|r| r.shown) {
        mask[row.entry] = true;
    }
    mask
}

/// The smallest height, in CSS pixels, that a shown row of a list takes on any screen, and so how
/// many rows at most a screen can show: an article card, an FAQ question.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowHeight(pub f64);

impl RowHeight {
    /// How many rows, from the top of the page, can be in view when the window's bottom edge is
    /// `bottom` pixels down the page: more than fit, as the page above the list is counted as
    /// rows too.
    pub fn rows_to(self, bottom: f64) -> usize {
        if !bottom.is_finite() || bottom <= 0.0 {
            return 1;
        }
        (bottom / self.0.max(1.0)).ceil() as usize + 1
    }
}

/// The rows to put on the page at once when a list goes from the rows `before` to the rows
/// `after`, of a file of `entries` items: every row shown before that is still shown, and of the
/// rows coming into view only those among the first `first` shown rows, a screenful. The rest
/// follow right after the paint, so that a change that brings back many rows lays out and paints
/// first what the visitor can see (`components::staged`). A row held back stays on the page,
/// hidden, if it is there, and is left out if it is not: a capped list builds it afterwards.
pub fn staged(after: &[Row], before: &[Row], entries: usize, first: usize) -> Vec<Row> {
    #[derive(Clone, Copy, PartialEq)]
    enum Was {
        Absent,
        Hidden,
        Shown,
    }
    let mut was = vec![Was::Absent; entries];
    for row in before.iter().filter(|r| r.entry < entries) {
        was[row.entry] = if row.shown { Was::Shown } else { Was::Hidden };
    }
    let mut place = 0;
    after
        .iter()
        .filter_map(|&row| {
            if !row.shown {
                return Some(row);
            }
            place += 1;
            let before = was.get(row.entry).copied().unwrap_or(Was::Absent);
            if place <= first || before == Was::Shown {
                Some(row)
            } else if before == Was::Hidden {
                Some(Row {
                    shown: false,
                    ..row
                })
            } else {
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = 50;

    #[test]
    fn a_small_file_keeps_every_entry_on_the_page_results_first_the_rest_hidden() {
        let rows = rows(&[3, 1], 5, LIMIT, None, LIMIT);
        let order: Vec<(usize, bool)> = rows.iter().map(|r| (r.entry, r.shown)).collect();
        assert_eq!(
            order,
            [(3, true), (1, true), (0, false), (2, false), (4, false)]
        );
        // Results past the limit are on the page too, hidden.
        let order: Vec<(usize, bool)> = super::rows(&[3, 1, 0], 5, 2, None, LIMIT)
            .iter()
            .map(|r| (r.entry, r.shown))
            .collect();
        assert_eq!(
            order,
            [(3, true), (1, true), (0, false), (2, false), (4, false)]
        );
    }

    #[test]
    fn a_large_file_shows_at_most_the_limit_plus_a_permalinked_result() {
        let many = LIMIT * 3;
        let all: Vec<usize> = (0..many).rev().collect();
        let capped = rows(&all, many, LIMIT, None, LIMIT);
        assert_eq!(capped.len(), LIMIT);
        assert!(capped.iter().all(|r| r.shown));
        assert_eq!(capped[0].entry, many - 1, "rank order");

        // The permalinked entry is last in rank here, past the limit: it is added at the end.
        let with_open = rows(&all, many, LIMIT, Some(0), LIMIT);
        assert_eq!(with_open.len(), LIMIT + 1);
        assert_eq!(
            with_open.last(),
            Some(&Row {
                entry: 0,
                shown: true
            })
        );
        // Within the limit, or not a result, it adds nothing.
        assert_eq!(rows(&all, many, LIMIT, Some(many - 1), LIMIT).len(), LIMIT);
        assert_eq!(rows(&[5], many, LIMIT, Some(0), LIMIT).len(), 1);
        // "Show more" raises the limit.
        assert_eq!(rows(&all, many, 2 * LIMIT, None, LIMIT).len(), 2 * LIMIT);
    }

    #[test]
    fn a_list_in_a_fixed_order_keeps_its_places_and_shows_the_results() {
        let rows = rows_in_order([4, 2, 0, 3, 1], &[2, 3], 5);
        let order: Vec<(usize, bool)> = rows.iter().map(|r| (r.entry, r.shown)).collect();
        assert_eq!(
            order,
            [(4, false), (2, true), (0, false), (3, true), (1, false)]
        );
        assert_eq!(shown_mask(&rows, 5), [false, false, true, true, false]);
    }

    #[test]
    fn the_mask_says_which_rows_are_shown() {
        let rows = rows(&[2, 0, 1], 4, 2, None, LIMIT);
        assert_eq!(shown_mask(&rows, 4), [true, false, true, false]);
    }

    fn pairs(rows: &[Row]) -> Vec<(usize, bool)> {
        rows.iter().map(|r| (r.entry, r.shown)).collect()
    }

    #[test]
    fn a_change_shows_a_screenful_of_new_rows_at_once_and_keeps_the_rows_already_shown() {
        // Every item kept on the page in a fixed order; one result shown, then all six.
        let before = rows_in_order(0..6, &[4], 6);
        let after = rows_in_order(0..6, &[0, 1, 2, 3, 4, 5], 6);
        let now = staged(&after, &before, 6, 2);
        // The first two shown rows come at once, the row shown before stays, the rest wait.
        assert_eq!(
            pairs(&now),
            [
                (0, true),
                (1, true),
                (2, false),
                (3, false),
                (4, true),
                (5, false)
            ]
        );
        // The rows stay where they are: only what is shown differs.
        assert_eq!(
            now.iter().map(|r| r.entry).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5]
        );
        // Held back again if the list changes before the rest came: they are still new.
        assert_eq!(staged(&after, &now, 6, 2), now);
        // Once the rest has come (right after the paint), nothing is held back.
        assert_eq!(staged(&after, &after, 6, 2), after);
    }

    #[test]
    fn a_change_that_hides_rows_or_fits_on_a_screen_is_shown_whole() {
        let all = rows_in_order(0..6, &[0, 1, 2, 3, 4, 5], 6);
        let few = rows_in_order(0..6, &[1, 5], 6);
        assert_eq!(staged(&few, &all, 6, 1), few);
        let none = rows_in_order(0..6, &[], 6);
        assert_eq!(staged(&all, &none, 6, 6), all);
        assert_eq!(staged(&all, &none, 6, 100), all);
    }

    #[test]
    fn a_capped_list_leaves_out_the_new_rows_it_holds_back() {
        // A large file: only the results are rows; the next ones are built after the paint.
        let before = rows(&[7, 8], 1000, LIMIT, None, LIMIT);
        let after = rows(&[1, 7, 2, 8, 3], 1000, LIMIT, None, LIMIT);
        assert_eq!(
            pairs(&staged(&after, &before, 1000, 2)),
            [(1, true), (7, true), (8, true)]
        );
        // Rows of entries past the file's end (a file changed under the page) count as new.
        assert!(staged(&after, &before, 3, 0).is_empty());
    }

    #[test]
    fn a_screen_holds_at_least_one_row_and_more_than_fit() {
        let card = RowHeight(160.0);
        assert_eq!(card.rows_to(900.0), 7);
        assert_eq!(card.rows_to(0.0), 1);
        assert_eq!(card.rows_to(f64::NAN), 1);
        assert_eq!(RowHeight(0.0).rows_to(10.0), 11);
        assert!(card.rows_to(5000.0) > card.rows_to(900.0));
    }
}
