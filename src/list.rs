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
}
