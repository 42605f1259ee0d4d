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

/// `after`'s rows, placed so that the fewest rows change places from `before`, when both hold
/// the same entries (a list that keeps every entry on the page; otherwise `after` as it is). The
/// shown rows keep their order; a hidden row may go anywhere, since it is not seen, and so it
/// stays where it was unless a shown row needs its place.
///
/// Leptos's `For` moves in the DOM every row whose index changed (its diff does not look for
/// the fewest moves), and a moved row is taken off the page and put back, to be styled and laid
/// out again: a keystroke in the FAQ moved 40 of its 41 entries when the hidden ones were
/// listed after the results.
pub fn arrange(after: &[Row], before: &[Row]) -> Vec<Row> {
    let n = before.len();
    let entries = before.iter().map(|r| r.entry + 1).max().unwrap_or(0);
    // Where each entry was, and whether `after` holds the same entries, each once.
    let mut was = vec![usize::MAX; entries];
    for (place, row) in before.iter().enumerate() {
        if was[row.entry] != usize::MAX {
            return after.to_vec();
        }
        was[row.entry] = place;
    }
    let mut seen = vec![false; entries];
    let same = after.len() == n
        && after.iter().all(|r| {
            let known = r.entry < entries && was[r.entry] != usize::MAX && !seen[r.entry];
            if known {
                seen[r.entry] = true;
            }
            known
        });
    if !same {
        return after.to_vec();
    }
    let shown: Vec<Row> = after.iter().copied().filter(|r| r.shown).collect();
    let mut hidden_now = vec![false; entries];
    for row in after.iter().filter(|r| !r.shown) {
        hidden_now[row.entry] = true;
    }
    // Rows that change places if the `j`th shown row takes place `p`: none if it was there; it
    // alone if the row there is shown too (that row moves anyway, and counts for itself); it and
    // the hidden row there otherwise.
    let cost = |j: usize, p: usize| -> u32 {
        let there = before[p].entry;
        if there == shown[j].entry {
            0
        } else if hidden_now[there] {
            2
        } else {
            1
        }
    };
    // least[j][p]: the fewest moves that place shown rows 0..=j, the `j`th at `p`; from[j][p]:
    // the place of row j - 1 on that way. Rows of up to a few hundred: a small table.
    const NONE: u32 = u32::MAX;
    let m = shown.len();
    let mut least = vec![vec![NONE; n]; m];
    let mut from = vec![vec![0_usize; n]; m];
    for j in 0..m {
        // The best place for row j - 1 before `p`, as `p` grows.
        let mut best: Option<(u32, usize)> = None;
        for p in 0..n {
            if j == 0 {
                least[0][p] = cost(0, p);
            } else if let Some((moves, q)) = best {
                least[j][p] = moves + cost(j, p);
                from[j][p] = q;
            }
            if j > 0 && least[j - 1][p] != NONE && best.is_none_or(|(b, _)| least[j - 1][p] < b) {
                best = Some((least[j - 1][p], p));
            }
        }
    }
    let mut placed: Vec<Option<Row>> = vec![None; n];
    if m > 0 {
        let last = (0..n)
            .filter(|&p| least[m - 1][p] != NONE)
            .min_by_key(|&p| least[m - 1][p])
            .expect("as many places as rows");
        let mut p = last;
        for j in (0..m).rev() {
            placed[p] = Some(shown[j]);
            p = from[j][p];
        }
    }
    // The hidden rows: in their places when free, the others in the places left, in order.
    let mut displaced = Vec::new();
    for row in after.iter().filter(|r| !r.shown) {
        let p = was[row.entry];
        if placed[p].is_none() {
            placed[p] = Some(*row);
        } else {
            displaced.push(*row);
        }
    }
    let mut displaced = displaced.into_iter();
    placed
        .into_iter()
        .map(|row| {
            row.or_else(|| displaced.next())
                .expect("a row for every place")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

    /// How many rows of `after` are not where they were in `before`.
    fn moves(after: &[Row], before: &[Row]) -> usize {
        after
            .iter()
            .zip(before)
            .filter(|(a, b)| a.entry != b.entry)
            .count()
    }

    fn shown_order(rows: &[Row]) -> Vec<usize> {
        rows.iter().filter(|r| r.shown).map(|r| r.entry).collect()
    }

    fn row(entry: usize, shown: bool) -> Row {
        Row { entry, shown }
    }

    #[test]
    fn a_new_ranking_moves_only_the_rows_it_must() {
        // Five entries, all shown; then three, ranked 4, 0, 2: 2 and 3 can stay where they were.
        let before: Vec<Row> = (0..5).map(|e| row(e, true)).collect();
        let after = rows(&[4, 0, 2], 5, LIMIT, None, LIMIT);
        let arranged = arrange(&after, &before);
        assert_eq!(shown_order(&arranged), [4, 0, 2]);
        assert_eq!(moves(&after, &before), 4);
        assert_eq!(moves(&arranged, &before), 3);
        // Nothing changes place when the results keep their order.
        let later = rows(&[0, 2], 5, LIMIT, None, LIMIT);
        assert_eq!(moves(&arrange(&later, &arranged), &arranged), 0);
    }

    #[test]
    fn rows_that_come_or_go_are_left_as_they_are() {
        let before = vec![row(0, true), row(1, true)];
        let after = vec![row(2, true), row(0, true)];
        assert_eq!(arrange(&after, &before), after);
        let longer = vec![row(1, true), row(0, true), row(2, false)];
        assert_eq!(arrange(&longer, &before), longer);
        assert_eq!(arrange(&[], &[]), []);
    }

    fn permutations(items: Vec<usize>) -> Vec<Vec<usize>> {
        if items.len() <= 1 {
            return vec![items];
        }
        let mut all = Vec::new();
        for i in 0..items.len() {
            let mut rest = items.clone();
            let first = rest.remove(i);
            for mut tail in permutations(rest) {
                tail.insert(0, first);
                all.push(tail);
            }
        }
        all
    }

    proptest! {
        /// Against every placement of the rows: the shown rows in order, every row once, and
        /// no placement moves fewer.
        #[test]
        fn the_arrangement_keeps_the_results_in_order_with_the_fewest_moves(
            before in Just((0..6).collect::<Vec<usize>>()).prop_shuffle(),
            before_shown in proptest::collection::vec(proptest::bool::ANY, 6),
            after_order in Just((0..6).collect::<Vec<usize>>()).prop_shuffle(),
            after_shown in proptest::collection::vec(proptest::bool::ANY, 6),
        ) {
            let before: Vec<Row> = before.iter().zip(&before_shown).map(|(&e, &s)| row(e, s)).collect();
            let after: Vec<Row> = after_order.iter().zip(&after_shown).map(|(&e, &s)| row(e, s)).collect();
            let arranged = arrange(&after, &before);
            prop_assert_eq!(shown_order(&arranged), shown_order(&after));
            let mut entries: Vec<(usize, bool)> = pairs(&arranged);
            let mut expected: Vec<(usize, bool)> = pairs(&after);
            entries.sort_unstable();
            expected.sort_unstable();
            prop_assert_eq!(entries, expected);
            let mut shown_now = [false; 6];
            for r in &after {
                shown_now[r.entry] = r.shown;
            }
            let fewest = permutations((0..6).collect())
                .into_iter()
                .map(|order| order.iter().map(|&e| row(e, shown_now[e])).collect::<Vec<_>>())
                .filter(|placed| shown_order(placed) == shown_order(&after))
                .map(|placed| moves(&placed, &before))
                .min()
                .unwrap();
            prop_assert_eq!(moves(&arranged, &before), fewest);
        }
    }
}
