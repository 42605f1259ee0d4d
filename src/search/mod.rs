//! Search over the portal's content: folding text so that case, accents and ligatures do not
//! matter, an index built once per language, ranked search with prefixes and forgiven typos, and
//! the ranges of a text to highlight.
//!
//! ```
//! use sunny_corner::search::{highlight, Index, Query};
//! let faq = [["Où sont stockées les données ?", "En Virginie, chez Oracle."]];
//! let index = Index::build(faq);
//! let query = Query::parse("virginie");
//! let hits = index.search(&query);
//! assert_eq!(hits[0].doc, 0);
//! let answer = faq[0][1];
//! let marked: Vec<_> = highlight(answer, &query).into_iter().map(|r| &answer[r]).collect();
//! assert_eq!(marked, ["Virginie"]);
//! ```
//!
//! Plain Rust, no browser: the views hold the query in a signal and call [`Index::search`] and
//! [`highlight`]; the tests here run natively.

mod highlight;
mod index;
mod query;
mod text;

pub use highlight::{highlight, highlight_pieces, pieces, Piece};
pub use index::{Hit, Index};
pub use query::{within_one_edit, Query, MAX_QUERY_WORDS, MAX_WORD_CHARS, TYPO_MIN_CHARS};
pub use text::normalize;

#[cfg(test)]
mod tests;
