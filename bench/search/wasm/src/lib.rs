//! `sunny_corner::search` for the benchmark page: build an index, run a query.

use sunny_corner::search::{Index, Query};
use wasm_bindgen::prelude::*;

/// Separates the fields of a document in [`SearchIndex::new`]'s input.
const FIELD_SEPARATOR: char = '\u{1f}';
/// Separates the documents.
const DOC_SEPARATOR: char = '\u{1e}';

/// One language's index.
#[wasm_bindgen]
pub struct SearchIndex {
    index: Index,
}

#[wasm_bindgen]
impl SearchIndex {
    /// Indexes documents packed in one string (one crossing from JS instead of thousands):
    /// documents separated by U+001E, their fields by U+001F.
    #[wasm_bindgen(constructor)]
    pub fn new(packed: &str) -> SearchIndex {
        let docs = packed
            .split(DOC_SEPARATOR)
            .map(|doc| doc.split(FIELD_SEPARATOR));
        SearchIndex {
            index: Index::build(docs),
        }
    }

    /// The numbers of the documents `query` finds, best first, as the portal's views get them.
    pub fn search(&self, query: &str) -> Vec<u32> {
        self.index
            .search(&Query::parse(query))
            .iter()
            .map(|hit| hit.doc as u32)
            .collect()
    }
}
