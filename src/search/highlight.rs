//! Which words of a shown text a query matched, for the view to mark them.

use super::query::Query;
use super::text::Words;
use std::ops::Range;

/// The byte ranges of the words of `text` that `query` matches, by the rules of
/// [`Index::search`](super::Index::search): whole words, sorted, never overlapping, always on
/// char boundaries of `text` itself (the original, accents and all), so slicing is safe.
/// Empty for an empty query.
///
/// ```
/// use sunny_corner::search::{highlight, Query};
/// let text = "La sécurité des données";
/// let ranges = highlight(text, &Query::parse("securite donnee"));
/// assert_eq!(ranges.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(), ["sécurité", "données"]);
/// ```
pub fn highlight(text: &str, query: &Query) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    if query.is_empty() {
        return ranges;
    }
    let mut words = Words::new(text);
    while let Some(range) = words.next_word() {
        if query.matches(words.folded()) {
            ranges.push(range);
        }
    }
    ranges
}

/// A piece of a shown text, matched by the query or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub matched: bool,
}

/// `text` cut into pieces that are matched by `query` or not, in order; together they are
/// the whole text. For a view that wraps the matched pieces in `<mark>`.
pub fn highlight_pieces<'a>(text: &'a str, query: &Query) -> Vec<Piece<'a>> {
    pieces(text, &highlight(text, query))
}

/// `text` cut at `ranges` (sorted, not overlapping, on char boundaries, as [`highlight`] gives
/// them): the ranges are the matched pieces, the text between them the others.
pub fn pieces<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    let mut shown = 0;
    for range in ranges {
        if range.start > shown {
            pieces.push(Piece {
                text: &text[shown..range.start],
                matched: false,
            });
        }
        shown = range.end;
        pieces.push(Piece {
            text: &text[range.clone()],
            matched: true,
        });
    }
    if shown < text.len() {
        pieces.push(Piece {
            text: &text[shown..],
            matched: false,
        });
    }
    pieces
}
