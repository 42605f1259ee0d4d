//! What a visitor typed, as words to look for, and how one word matches another.

use super::text::{is_apostrophe, Words};

/// At most this many different words of a query are looked for; the rest are ignored, so a
/// pasted page costs no more than a sentence.
pub const MAX_QUERY_WORDS: usize = 16;

/// Query words are cut to this many characters (and then match longer words by prefix).
pub const MAX_WORD_CHARS: usize = 32;

/// Query words of at least this many characters forgive one typo: a letter added, missing,
/// replaced, or two neighbours swapped.
pub const TYPO_MIN_CHARS: usize = 5;

/// Only this much of a query's text is read: more than [`MAX_QUERY_WORDS`] words of
/// [`MAX_WORD_CHARS`] letters would fit in it.
const MAX_QUERY_BYTES: usize = 4096;

/// French words that an apostrophe elides (`l’`, `d’`, `qu’`…). Typed before an apostrophe in
/// a query they say nothing about what is looked for, so they are not looked for.
const ELIDED: &[&str] = &[
    "c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// English endings after an apostrophe (`Oracle’s`, `don’t`, `we’ll`): not looked for either.
const CLITICS: &[&str] = &["s", "t", "d", "ll", "re", "ve", "m"];

/// A parsed search query: its words, folded as [`normalize`](super::normalize) folds text,
/// without repeats, without elided articles (`l’`, `d’`) or English endings (`’s`), at most
/// [`MAX_QUERY_WORDS`] of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<QueryWord>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct QueryWord {
    /// Folded, at most [`MAX_WORD_CHARS`] characters.
    pub(crate) text: String,
    /// `text`'s characters, for comparing words outside ASCII letter by letter.
    pub(crate) chars: Vec<char>,
    pub(crate) forgives_typo: bool,
}

/// How closely a word of the text matches a word of the query; closer sorts first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Closeness {
    /// The same word.
    Exact = 0,
    /// The query word begins the text's word (`sing` → `singapore`).
    Prefix = 1,
    /// One typo apart (`virgina` → `virginia`).
    Typo = 2,
}

impl Query {
    /// The words of `text` to look for. Never fails: text without letters or digits (only
    /// spaces, emoji or punctuation) gives an empty query.
    pub fn parse(text: &str) -> Query {
        let text = &text[..text.floor_char_boundary(MAX_QUERY_BYTES)];
        let mut words: Vec<QueryWord> = Vec::new();
        let mut found = Words::new(text);
        while words.len() < MAX_QUERY_WORDS {
            let Some(range) = found.next_word() else {
                break;
            };
            let mut word = found.folded();
            let elided = found.rest().starts_with(is_apostrophe) && ELIDED.contains(&word);
            let clitic = text[..range.start].ends_with(is_apostrophe) && CLITICS.contains(&word);
            if elided || clitic {
                continue;
            }
            if let Some((cut, _)) = word.char_indices().nth(MAX_WORD_CHARS) {
                word = &word[..cut];
            }
            if words.iter().all(|known| known.text != word) {
                let chars: Vec<char> = word.chars().collect();
                words.push(QueryWord {
                    text: word.to_owned(),
                    forgives_typo: chars.len() >= TYPO_MIN_CHARS,
                    chars,
                });
            }
        }
        Query { words }
    }

    /// Whether the query has no word to look for: the caller shows everything, unfiltered.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The folded words looked for, in the order typed.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|w| w.text.as_str())
    }

    pub(crate) fn query_words(&self) -> &[QueryWord] {
        &self.words
    }

    /// Whether the folded word `candidate` matches any word of the query.
    pub(crate) fn matches(&self, candidate: &str) -> bool {
        let mut scratch = Vec::new();
        self.words
            .iter()
            .any(|word| word.closeness(candidate, &mut scratch).is_some())
    }
}

impl QueryWord {
    /// How closely the folded word `candidate` matches this word, if at all. `scratch` holds
    /// the candidate's characters when they are not all ASCII.
    pub(crate) fn closeness(&self, candidate: &str, scratch: &mut Vec<char>) -> Option<Closeness> {
        if candidate.starts_with(self.text.as_str()) {
            return Some(if candidate.len() == self.text.len() {
                Closeness::Exact
            } else {
                Closeness::Prefix
            });
        }
        (self.forgives_typo && self.one_typo_from(candidate, scratch)).then_some(Closeness::Typo)
    }

    /// Whether `candidate` is at most one typo away from this word.
    pub(crate) fn one_typo_from(&self, candidate: &str, scratch: &mut Vec<char>) -> bool {
        if self.text.is_ascii() && candidate.is_ascii() {
            return within_one_edit(self.text.as_bytes(), candidate.as_bytes());
        }
        scratch.clear();
        scratch.extend(candidate.chars());
        within_one_edit(&self.chars, scratch)
    }
}

/// Whether `a` becomes `b` by at most one edit: inserting, deleting or replacing one element,
/// or swapping two neighbours (the optimal-string-alignment distance is at most 1). Linear, and
/// it stops at the second difference.
pub fn within_one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[same..], &b[same..]);
    match (a.len(), b.len()) {
        (0, 0) => true,
        (n, m) if n == m => {
            a[1..] == b[1..] || (n >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
        (n, m) if n > m => a[1..] == *b,
        _ => *a == b[1..],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        Query::parse(text).words().map(str::to_owned).collect()
    }

    #[test]
    fn a_query_is_its_folded_words_without_repeats() {
        assert_eq!(
            words("Sécurité des DONNÉES, données"),
            ["securite", "des", "donnees"]
        );
    }

    #[test]
    fn blank_or_wordless_queries_are_empty() {
        assert!(Query::parse("").is_empty());
        assert!(Query::parse("   \t\n").is_empty());
        assert!(Query::parse("🙂 !!! …").is_empty());
    }

    #[test]
    fn elided_articles_are_not_looked_for() {
        assert_eq!(words("l’application"), ["application"]);
        assert_eq!(words("d'Oracle jusqu'à"), ["oracle", "a"]);
        // Without an apostrophe a single letter is a word like any other.
        assert_eq!(words("l application"), ["l", "application"]);
    }

    #[test]
    fn english_endings_after_an_apostrophe_are_not_looked_for() {
        assert_eq!(words("Oracle’s data"), ["oracle", "data"]);
        assert_eq!(words("don't ban"), ["don", "ban"]);
        assert_eq!(words("we'll see"), ["we", "see"]);
    }

    #[test]
    fn long_queries_are_capped_in_words_and_letters() {
        let many: String = (0..100).map(|i| format!("word{i} ")).collect();
        assert_eq!(Query::parse(&many).words().count(), MAX_QUERY_WORDS);
        let long = "a".repeat(100);
        assert_eq!(words(&long), ["a".repeat(MAX_WORD_CHARS)]);
    }

    #[test]
    fn one_edit_means_one_insertion_deletion_substitution_or_swap() {
        let near = |a: &str, b: &str| within_one_edit(a.as_bytes(), b.as_bytes());
        assert!(near("virginia", "virginia"));
        assert!(near("virgina", "virginia"));
        assert!(near("virginiaa", "virginia"));
        assert!(near("virgimia", "virginia"));
        assert!(near("virignia", "virginia"));
        assert!(near("", "a"));
        assert!(!near("virgnii", "virginia"));
        assert!(!near("vrginiaa", "virginia"));
        assert!(!near("abc", "cba"));
        assert!(!near("ab", "abcd"));
    }

    #[test]
    fn closeness_prefers_exact_then_prefix_then_typo() {
        let query = Query::parse("singapore");
        let word = &query.query_words()[0];
        let mut scratch = Vec::new();
        assert_eq!(
            word.closeness("singapore", &mut scratch),
            Some(Closeness::Exact)
        );
        assert_eq!(
            word.closeness("singaporean", &mut scratch),
            Some(Closeness::Prefix)
        );
        assert_eq!(word.closeness("singapour", &mut scratch), None);
        assert_eq!(
            word.closeness("singapoer", &mut scratch),
            Some(Closeness::Typo)
        );
        assert_eq!(
            word.closeness("singapre", &mut scratch),
            Some(Closeness::Typo)
        );
    }
}
