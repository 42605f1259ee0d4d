//! The Articles page's logic: which articles a visitor sees, in what order, and how many each
//! filter button would give. Plain Rust, no browser: `pages/articles.rs` holds the signals and
//! calls into this.
//!
//! The page's whole state lives in its address (`?q=oracle&tag=courts&sort=oldest&page=2`):
//! [`ArticleQuery::parse`] reads any address tolerantly, [`ArticleQuery::to_query_string`] writes
//! the canonical one, and the `with_*`/`toggle_*` helpers build the links of the buttons.
//! [`PressIndex`] is built once per loaded `articles.json`; [`PressIndex::filter`] then answers
//! each change of the address in one pass over the articles. Free-text relevance is not computed
//! here: the caller passes the search's ranked hits in, so any search engine can be plugged in.
//!

mod index;
mod listing;
mod query;
// A seeded corpus of any size, for tests and the benchmarks only (feature `synthetic`).
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;
mod text;

#[cfg(test)]
mod tests;

pub use index::{filter, FacetCounts, FilterResult, PressIndex, CARDS_KEPT, PAGE_SIZE};
pub use listing::{Chip, Listing};
pub use query::{ArticleQuery, DateBound, Facet, ParsedQuery, QueryNote, Sort};
#[cfg(any(test, feature = "synthetic"))]
pub use synthetic::synthetic_articles;
pub use text::TextIndex;
