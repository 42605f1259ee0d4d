//! The index of a list of documents, built once per language, and ranked search over it.

use super::query::{Closeness, Query, QueryWord, MAX_QUERY_WORDS};
use super::text::Words;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

/// A posting packs a document number and a field position into one `u32`: the field in the
/// low bits. Fields past the last one that fits count as the last.
const FIELD_BITS: u32 = 8;
const FIELD_MASK: u32 = (1 << FIELD_BITS) - 1;
const MAX_DOCS: usize = 1 << (32 - FIELD_BITS);

/// Which documents a query finds, and how well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The document's position in the list given to [`Index::build`].
    pub doc: usize,
    /// Whether every word of the query matched somewhere in the document (else some did).
    pub matched_all: bool,
}

/// Documents made of ordered fields (for example `[question, answer]`), indexed for
/// [`Index::search`].
///
/// Holds the folded vocabulary sorted once by beginning and once by ending, and the list of
/// documents each word appears in. A prefix is a binary search away; so are the few words a
/// typo can reach, since one typo leaves the query word's first or its last half intact. It
/// keeps no copy of the texts.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Index {
    docs: usize,
    /// Every distinct folded word, sorted, end to end; word `i` is
    /// `vocabulary[word_starts[i]..word_starts[i + 1]]`.
    vocabulary: String,
    word_starts: Vec<u32>,
    /// Word `i` appears in the documents `postings[posting_starts[i]..posting_starts[i + 1]]`,
    /// in document order, each with the first field it appears in.
    postings: Vec<u32>,
    posting_starts: Vec<u32>,
    /// Word numbers in the order of their bytes read backwards, so that the words ending
    /// the same way sit together too.
    by_ending: Vec<u32>,
}

impl fmt::Debug for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Index")
            .field("docs", &self.docs)
            .field("words", &self.word_count())
            .field("postings", &self.postings.len())
            .finish()
    }
}

/// Per query word, the best match found in a document: field first, then closeness, so that
/// the smallest grade is the best.
type Grade = u16;
const NO_GRADE: Grade = Grade::MAX;

fn grade(field: u32, closeness: Closeness) -> Grade {
    (field * 3 + closeness as u32) as Grade
}

/// What a document has gathered over the query's words so far.
#[derive(Clone, Copy, Default)]
struct Tally {
    matched: u8,
    field_sum: u16,
    closeness_sum: u8,
}

impl Index {
    /// Indexes `docs`, each a list of fields in order of importance: a match in an earlier
    /// field ranks above one in a later field. Documents are numbered from 0 in the order
    /// given.
    ///
    /// ```
    /// use sunny_corner::search::{Index, Query};
    /// let index = Index::build([["Where is data kept?", "In Virginia."], ["Who owns it?", "Us."]]);
    /// assert_eq!(index.search(&Query::parse("virginia"))[0].doc, 0);
    /// ```
    ///
    /// # Panics
    ///
    /// With more than 16,777,216 documents.
    pub fn build<D, F, S>(docs: D) -> Index
    where
        D: IntoIterator<Item = F>,
        F: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut ids: HashMap<Box<str>, u32, BuildHasherDefault<WordHasher>> = HashMap::default();
        let mut words: Vec<Box<str>> = Vec::new();
        let mut lists: Vec<Vec<u32>> = Vec::new();
        let mut doc_count = 0;
        for (doc, fields) in docs.into_iter().enumerate() {
            assert!(
                doc < MAX_DOCS,
                "search::Index holds at most {MAX_DOCS} documents"
            );
            doc_count = doc + 1;
            let doc = doc as u32;
            for (field, text) in fields.into_iter().enumerate() {
                let field = field.min(FIELD_MASK as usize) as u32;
                let mut found = Words::new(text.as_ref());
                while found.next_word().is_some() {
                    let word = found.folded();
                    let id = match ids.get(word) {
                        Some(&id) => id,
                        None => {
                            let id = words.len() as u32;
                            ids.insert(word.into(), id);
                            words.push(word.into());
                            lists.push(Vec::new());
                            id
                        }
                    };
                    let list = &mut lists[id as usize];
                    // Fields come in order, so the first posting of a document has its best field.
                    if list.last().is_none_or(|&last| last >> FIELD_BITS != doc) {
                        list.push(doc << FIELD_BITS | field);
                    }
                }
            }
        }
        drop(ids);

        let mut order: Vec<u32> = (0..words.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| words[a as usize].cmp(&words[b as usize]));

        let mut index = Index {
            docs: doc_count,
            vocabulary: String::with_capacity(words.iter().map(|w| w.len()).sum()),
            word_starts: Vec::with_capacity(words.len() + 1),
            postings: Vec::with_capacity(lists.iter().map(Vec::len).sum()),
            posting_starts: Vec::with_capacity(words.len() + 1),
            ..Index::default()
        };
        index.word_starts.push(0);
        index.posting_starts.push(0);
        for &id in &order {
            index.vocabulary.push_str(&words[id as usize]);
            index.word_starts.push(index.vocabulary.len() as u32);
            index.postings.extend_from_slice(&lists[id as usize]);
            index.posting_starts.push(index.postings.len() as u32);
        }
        let mut by_ending: Vec<u32> = (0..index.word_count() as u32).collect();
        by_ending.sort_unstable_by(|&a, &b| {
            backwards(index.word(a as usize)).cmp(backwards(index.word(b as usize)))
        });
        index.by_ending = by_ending;
        index
    }

    /// How many documents the index holds.
    pub fn len(&self) -> usize {
        self.docs
    }

    /// Whether the index holds no document.
    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// The documents that match `query`, best first. An empty query finds every document, in
    /// order, each with `matched_all` (nothing is filtered out).
    ///
    /// A query word matches a word of a document that it equals, that it begins, or, when it
    /// has at least [`TYPO_MIN_CHARS`](super::TYPO_MIN_CHARS) characters, that is one typo
    /// away. Documents are ranked by:
    /// 1. how many of the query's words they match (all of them first);
    /// 2. where: the earlier the fields of the matches, the better (question before answer);
    /// 3. how closely: exact words before prefixes before typos;
    /// 4. their order in the index.
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        let words = query.query_words();
        if words.is_empty() {
            return (0..self.docs)
                .map(|doc| Hit {
                    doc,
                    matched_all: true,
                })
                .collect();
        }
        let mut tallies = vec![Tally::default(); self.docs];
        let mut found_docs: Vec<u32> = Vec::new();
        let mut best = vec![NO_GRADE; self.docs];
        let mut found_for_word: Vec<u32> = Vec::new();
        let mut scratch = Vec::new();
        for word in words {
            self.each_match(word, &mut scratch, |postings, closeness| {
                for &posting in postings {
                    let doc = (posting >> FIELD_BITS) as usize;
                    let grade = grade(posting & FIELD_MASK, closeness);
                    let slot = &mut best[doc];
                    if *slot == NO_GRADE {
                        found_for_word.push(doc as u32);
                    }
                    *slot = (*slot).min(grade);
                }
            });
            for doc in found_for_word.drain(..) {
                let grade = std::mem::replace(&mut best[doc as usize], NO_GRADE);
                let tally = &mut tallies[doc as usize];
                if tally.matched == 0 {
                    found_docs.push(doc);
                }
                tally.matched += 1;
                tally.field_sum += grade / 3;
                tally.closeness_sum += (grade % 3) as u8;
            }
        }
        // One sortable number per document, its fields in order of the ranking rules.
        let mut keys: Vec<u64> = found_docs
            .iter()
            .map(|&doc| {
                let tally = tallies[doc as usize];
                let missed = (MAX_QUERY_WORDS - tally.matched as usize) as u64;
                missed << 56
                    | (tally.field_sum as u64) << 40
                    | (tally.closeness_sum as u64) << 32
                    | doc as u64
            })
            .collect();
        keys.sort_unstable();
        let all = words.len() as u8;
        keys.into_iter()
            .map(|key| {
                let doc = key as u32 as usize;
                Hit {
                    doc,
                    matched_all: tallies[doc].matched == all,
                }
            })
            .collect()
    }

    /// Calls `found` with the postings of every word of the vocabulary that `word` matches,
    /// and how closely.
    fn each_match(
        &self,
        word: &QueryWord,
        scratch: &mut Vec<char>,
        mut found: impl FnMut(&[u32], Closeness),
    ) {
        let text = word.text.as_str();
        // The words that `text` begins sit together in sorted order, the equal one first.
        let first = partition_point(self.word_count(), |i| self.word(i) < text);
        for i in first..self.word_count() {
            let candidate = self.word(i);
            if !candidate.starts_with(text) {
                break;
            }
            let closeness = if candidate.len() == text.len() {
                Closeness::Exact
            } else {
                Closeness::Prefix
            };
            found(self.postings_of(i), closeness);
        }
        if !word.forgives_typo {
            return;
        }
        // One typo (even two letters swapped) leaves intact either the first half or the last
        // half less one letter: a word it reaches begins with one or ends with the other.
        let half = word.chars.len() / 2;
        let (head, tail) = (
            &text[..char_offset(text, half)],
            &text[char_offset(text, half + 1)..],
        );
        let mut typo = |i: usize| {
            let candidate = self.word(i);
            // Words that `text` begins were found above, and more closely.
            if !candidate.starts_with(text) && word.one_typo_from(candidate, scratch) {
                found(self.postings_of(i), Closeness::Typo);
            }
        };
        let first = partition_point(self.word_count(), |i| self.word(i) < head);
        for i in first..self.word_count() {
            if !self.word(i).starts_with(head) {
                break;
            }
            typo(i);
        }
        let words_ending = |i: usize| self.word(self.by_ending[i] as usize);
        let first = partition_point(self.word_count(), |i| {
            backwards(words_ending(i)).lt(backwards(tail))
        });
        for i in first..self.word_count() {
            let candidate = words_ending(i);
            if !candidate.ends_with(tail) {
                break;
            }
            // Found with the head already.
            if !candidate.starts_with(head) {
                typo(self.by_ending[i] as usize);
            }
        }
    }

    fn word_count(&self) -> usize {
        self.word_starts.len().saturating_sub(1)
    }

    fn word(&self, i: usize) -> &str {
        &self.vocabulary[self.word_starts[i] as usize..self.word_starts[i + 1] as usize]
    }

    fn postings_of(&self, i: usize) -> &[u32] {
        &self.postings[self.posting_starts[i] as usize..self.posting_starts[i + 1] as usize]
    }
}

/// A word's bytes from last to first: sorting by them groups the words ending alike.
fn backwards(word: &str) -> impl Iterator<Item = u8> + '_ {
    word.bytes().rev()
}

/// The byte offset of the `n`th character of `text`, or its length.
fn char_offset(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(at, _)| at)
}

/// The first `i` in `0..len` for which `before(i)` is false, `before` being true then false.
fn partition_point(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (0, len);
    while low < high {
        let middle = low + (high - low) / 2;
        if before(middle) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
}

/// A fast hash for the words of the corpus while building (the words come from our own content,
/// so there is no attacker to resist): the multiply-rotate scheme of rustc's `FxHasher`.
#[derive(Default)]
struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, value: u64) {
        self.0 = (self.0.rotate_left(5) ^ value).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.add(u64::from_le_bytes(tail));
    }

    fn write_u8(&mut self, value: u8) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
