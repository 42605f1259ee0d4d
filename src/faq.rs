//! What the FAQ page shows for a query and a category: which entries, in which order, and how
//! many each category would show. Plain Rust over [`Faq`] and the search module.

use crate::content::Faq;
use crate::i18n::Lang;
use crate::routes::{decode_component, encode_component, join_query, query_pairs, query_string};
use crate::search::{Index, Query};
use std::collections::BTreeSet;

/// The longest search text the page keeps (the search box says the same with `maxlength`).
pub const MAX_QUERY_CHARS: usize = 200;

/// What the FAQ page shows, as its address writes it: `?q=…&category=…#entry-id`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FaqQuery {
    /// The search text as typed, without control characters and cut at [`MAX_QUERY_CHARS`].
    pub q: String,
    /// A category id as the address wrote it (an unknown one filters nothing).
    pub category: Option<String>,
    /// The entry the fragment points at, opened and scrolled to.
    pub open: Option<String>,
}

impl FaqQuery {
    /// Reads the query string (`?` optional) and the fragment (`#` optional). Never fails: the
    /// first `q` and `category` win, other keys are ignored, control characters never reach
    /// the search engine or the address.
    pub fn parse(search: &str, fragment: &str) -> FaqQuery {
        let mut query = FaqQuery::default();
        let mut seen_q = false;
        for (key, value) in query_pairs(search) {
            match key.as_str() {
                "q" if !seen_q => {
                    seen_q = true;
                    query.q = clean_text(&decode_component(value));
                }
                "category" if query.category.is_none() => {
                    let c = decode_component(value).trim().to_owned();
                    query.category = (!c.is_empty()).then_some(c);
                }
                _ => {}
            }
        }
        let fragment = fragment.trim_start_matches('#');
        query.open = (!fragment.is_empty()).then(|| decode_component(fragment));
        query
    }

    /// The query string, without `?` and without the fragment: `q=…&category=…`.
    pub fn to_query_string(&self) -> String {
        query_string(&[
            ("q", &[&self.q]),
            ("category", &[self.category.as_deref().unwrap_or("")]),
        ])
    }

    /// A link to `path` with this query and, when an entry is open, its fragment.
    pub fn href(&self, path: &str) -> String {
        let href = join_query(path, &self.to_query_string());
        match &self.open {
            // Encoded like a query value, as `parse` reads it (an id is a slug: unchanged).
            Some(id) => format!("{href}#{}", encode_component(id)),
            None => href,
        }
    }

    /// The same page with other search text (what the search box writes as you type).
    pub fn with_text(&self, q: &str) -> FaqQuery {
        FaqQuery {
            q: clean_text(q),
            open: None,
            ..self.clone()
        }
    }

    /// The same search in category `id`, or in every category for `None`.
    pub fn with_category(&self, id: Option<&str>) -> FaqQuery {
        FaqQuery {
            category: id.map(str::to_owned),
            open: None,
            ..self.clone()
        }
    }

    /// The link to one entry: this search with `#id`.
    pub fn permalink(&self, id: &str) -> FaqQuery {
        FaqQuery {
            open: Some(id.to_owned()),
            ..self.clone()
        }
    }
}

/// Search text as the page keeps it: no control characters, at most [`MAX_QUERY_CHARS`].
pub fn clean_text(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .take(MAX_QUERY_CHARS)
        .collect()
}

/// One search index per language, built once when the file has loaded.
pub struct FaqIndex {
    en: Index,
    fr: Index,
}

impl FaqIndex {
    pub fn new(faq: &Faq) -> FaqIndex {
        let build = |lang: Lang| {
            Index::build(
                faq.entries
                    .iter()
                    .map(|e| [e.question.get(lang), e.answer.get(lang)]),
            )
        };
        FaqIndex {
            en: build(Lang::En),
            fr: build(Lang::Fr),
        }
    }

    fn get(&self, lang: Lang) -> &Index {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

/// The entries to show and the counts for the category chips.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FaqResults {
    /// Entry indices, best first (content order when there is no query).
    pub shown: Vec<usize>,
    /// For each declared category, in order, how many entries the query finds in it.
    pub counts: Vec<usize>,
    /// How many entries the query finds in all categories.
    pub total: usize,
}

/// Entries matching `query` (all when it is empty) in `category` (all when `None` or
/// unknown), ranked by the search module.
pub fn results(
    faq: &Faq,
    index: &FaqIndex,
    lang: Lang,
    query: &str,
    category: Option<&str>,
) -> FaqResults {
    let parsed = Query::parse(query);
    let found: Vec<usize> = if parsed.is_empty() {
        (0..faq.entries.len()).collect()
    } else {
        index
            .get(lang)
            .search(&parsed)
            .into_iter()
            .map(|hit| hit.doc)
            .collect()
    };
    let counts = faq
        .categories
        .iter()
        .map(|c| {
            found
                .iter()
                .filter(|&&i| faq.entries[i].category == c.id)
                .count()
        })
        .collect();
    let known = category.filter(|c| faq.categories.iter().any(|k| k.id == *c));
    let shown = found
        .iter()
        .copied()
        .filter(|&i| known.is_none_or(|c| faq.entries[i].category == c))
        .collect();
    FaqResults {
        shown,
        counts,
        total: found.len(),
    }
}

/// What the FAQ page shows for one address: the query, its words as the search engine reads
/// them, and the results. The page keeps one, as a single memo of the address, rather than a
/// chain of memos (query, text, words, results), each of which made the reactive graph mark every
/// entry again when it changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    pub query: FaqQuery,
    pub lang: Lang,
    pub words: Query,
    pub results: FaqResults,
}

impl Listing {
    /// The listing for the query string `search` and the `fragment` in `lang`. Given the
    /// listing `before`, it searches again only when the text, the category or the language
    /// changed (not when only the fragment did).
    pub fn new(
        search: &str,
        fragment: &str,
        lang: Lang,
        (faq, index): (&Faq, &FaqIndex),
        before: Option<&Listing>,
    ) -> Listing {
        let query = FaqQuery::parse(search, fragment);
        let same_text = before.filter(|b| b.lang == lang && b.query.q == query.q);
        let words = same_text.map_or_else(|| Query::parse(&query.q), |b| b.words.clone());
        let results = match same_text.filter(|b| b.query.category == query.category) {
            Some(b) => b.results.clone(),
            None => results(faq, index, lang, &query.q, query.category.as_deref()),
        };
        Listing {
            query,
            lang,
            words,
            results,
        }
    }

    /// The entries open unless the visitor closed them: the only result of a search, and the
    /// one the fragment names (as indices into `faq.entries`).
    pub fn open_by_default(&self, faq: &Faq) -> OpenByDefault {
        let shown = &self.results.shown;
        OpenByDefault {
            single: (shown.len() == 1).then(|| shown[0]),
            linked: self
                .query
                .open
                .as_deref()
                .and_then(|id| faq.entries.iter().position(|e| e.id == id)),
        }
    }
}

/// See [`Listing::open_by_default`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenByDefault {
    pub single: Option<usize>,
    /// The entry the fragment names.
    pub linked: Option<usize>,
}

impl OpenByDefault {
    pub fn contains(&self, entry: usize) -> bool {
        self.single == Some(entry) || self.linked == Some(entry)
    }
}

/// How many results the list shows before "Show more", and how many more each press adds. A
/// file of this many entries or fewer keeps every entry on the page (see [`crate::list::rows`]).
pub const LIST_LIMIT: usize = 50;

/// Which answers the visitor opened or closed. An answer may be open by default (the only
/// result of a search): it stays open until the visitor closes it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Disclosures {
    open: BTreeSet<String>,
    closed: BTreeSet<String>,
}

impl Disclosures {
    pub fn is_open(&self, id: &str, open_by_default: bool) -> bool {
        !self.closed.contains(id) && (open_by_default || self.open.contains(id))
    }

    pub fn set(&mut self, id: &str, open: bool) {
        if open {
            self.closed.remove(id);
            self.open.insert(id.to_owned());
        } else {
            self.open.remove(id);
            self.closed.insert(id.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{FaqEntry, Localized, Term};

    fn text(en: &str, fr: &str) -> Localized {
        Localized {
            en: en.into(),
            fr: fr.into(),
        }
    }

    fn entry(id: &str, category: &str, question: (&str, &str), answer: (&str, &str)) -> FaqEntry {
        FaqEntry {
            id: id.into(),
            category: category.into(),
            question: text(question.0, question.1),
            answer: text(answer.0, answer.1),
            sources: Vec::new(),
        }
    }

    /// A small FAQ: two categories, four entries.
    fn fixture() -> (Faq, FaqIndex) {
        let category = |id: &str| Term {
            id: id.into(),
            name: text(id, id),
            description: None,
        };
        let faq = Faq {
            schema: None,
            updated: crate::date::Date::new(2026, 1, 1).unwrap(),
            categories: vec![category("data-security"), category("law")],
            entries: vec![
                entry(
                    "where-is-data-stored",
                    "data-security",
                    (
                        "Where is US user data stored?",
                        "Où sont stockées les données ?",
                    ),
                    (
                        "In Oracle's cloud in Texas.",
                        "Dans le cloud d’Oracle, au Texas ; une copie en Virginie.",
                    ),
                ),
                entry(
                    "who-is-oracle",
                    "data-security",
                    ("What does Oracle do?", "Que fait Oracle ?"),
                    (
                        "Oracle reviews the source code.",
                        "Oracle vérifie le code source.",
                    ),
                ),
                entry(
                    "what-is-the-law",
                    "law",
                    ("What does the 2024 law say?", "Que dit la loi de 2024 ?"),
                    (
                        "It orders a sale, with Oracle as a possible buyer.",
                        "Elle impose une vente.",
                    ),
                ),
                entry(
                    "is-tiktok-banned",
                    "law",
                    ("Is TikTok banned?", "TikTok est-il interdit ?"),
                    ("No.", "Non."),
                ),
            ],
        };
        let index = FaqIndex::new(&faq);
        (faq, index)
    }

    fn shipped() -> (Faq, FaqIndex) {
        fixture()
    }

    #[test]
    fn no_query_shows_every_entry_in_content_order() {
        let (faq, index) = shipped();
        let r = results(&faq, &index, Lang::En, "  ", None);
        assert_eq!(r.shown, (0..faq.entries.len()).collect::<Vec<_>>());
        assert_eq!(r.counts.iter().sum::<usize>(), faq.entries.len());
    }

    #[test]
    fn searching_virginie_in_french_finds_the_storage_answer() {
        let (faq, index) = shipped();
        let r = results(&faq, &index, Lang::Fr, "VIRGINIE", None);
        assert_eq!(faq.entries[r.shown[0]].id, "where-is-data-stored");
    }

    #[test]
    fn category_counts_follow_the_query_and_the_category_narrows_the_list() {
        let (faq, index) = shipped();
        let all = results(&faq, &index, Lang::En, "oracle", None);
        let data = &faq.categories[0].id;
        let narrowed = results(&faq, &index, Lang::En, "oracle", Some(data));
        assert_eq!(narrowed.shown.len(), all.counts[0]);
        assert_eq!(narrowed.counts, all.counts);
        assert!(narrowed
            .shown
            .iter()
            .all(|&i| &faq.entries[i].category == data));
        assert!(all.total < faq.entries.len());
    }

    #[test]
    fn a_single_result_is_open_until_closed_and_others_open_when_asked() {
        let mut d = Disclosures::default();
        assert!(d.is_open("only", true));
        assert!(!d.is_open("other", false));
        d.set("only", false);
        assert!(!d.is_open("only", true));
        d.set("only", true);
        d.set("other", true);
        assert!(d.is_open("only", true) && d.is_open("other", false));
    }

    #[test]
    fn the_address_keeps_text_category_and_open_entry() {
        let q = FaqQuery::parse(
            "?q=donn%C3%A9es+%26+Co&category=data-security&q=second",
            "#who-is-oracle",
        );
        assert_eq!(q.q, "données & Co");
        assert_eq!(q.category.as_deref(), Some("data-security"));
        assert_eq!(q.open.as_deref(), Some("who-is-oracle"));
        assert_eq!(
            q.href("/en/faq"),
            "/en/faq?q=donn%C3%A9es%20%26%20Co&category=data-security#who-is-oracle"
        );
        assert_eq!(FaqQuery::default().href("/fr/faq"), "/fr/faq");
        assert_eq!(q.with_text("x").open, None, "typing closes the permalink");
    }

    #[test]
    fn control_characters_and_overlong_text_never_reach_the_engine() {
        let q = FaqQuery::parse("q=a%00b%0Ac", "");
        assert_eq!(q.q, "abc");
        let long = "é".repeat(500);
        assert_eq!(
            FaqQuery::default().with_text(&long).q.chars().count(),
            MAX_QUERY_CHARS
        );
    }

    proptest::proptest! {
        #[test]
        fn any_query_reads_back_the_same(
            q in "[^\\x00-\\x1f\\x7f-\\u{9f}]{0,40}",
            category in proptest::option::of("[a-z-]{1,12}"),
            open in proptest::option::of("[a-z0-9-]{1,12}"),
        ) {
            let query = FaqQuery { q, category, open };
            let href = query.href("/en/faq");
            let (path_query, fragment) = href.split_once('#').unwrap_or((&href, ""));
            let search = path_query.split_once('?').map_or("", |(_, s)| s);
            proptest::prop_assert_eq!(FaqQuery::parse(search, fragment), query);
        }
    }

    proptest::proptest! {
        #[test]
        fn no_address_makes_the_faq_parser_panic_and_what_it_reads_is_canonical(
            search in crate::routes::address_soup(),
            fragment in crate::routes::address_soup(),
        ) {
            let query = FaqQuery::parse(&search, &fragment);
            let href = query.href("/en/faq");
            let (path_query, fragment) = href.split_once('#').unwrap_or((&href, ""));
            let search = path_query.split_once('?').map_or("", |(_, s)| s);
            proptest::prop_assert_eq!(FaqQuery::parse(search, fragment), query);
        }
    }

    #[test]
    fn an_unknown_category_is_ignored() {
        let (faq, index) = shipped();
        let r = results(&faq, &index, Lang::En, "", Some("nope"));
        assert_eq!(r.shown.len(), faq.entries.len());
    }

    #[test]
    fn each_listing_built_from_the_one_before_is_the_one_built_afresh() {
        let (faq, index) = fixture();
        let steps = [
            ("", "", Lang::En),
            ("?q=o", "", Lang::En),
            ("?q=oracle", "", Lang::En),
            ("?q=oracle", "#who-is-oracle", Lang::En),
            ("?q=oracle&category=law", "#who-is-oracle", Lang::En),
            ("?q=oracle&category=law", "", Lang::Fr),
            ("?q=donn%C3%A9es", "", Lang::Fr),
            ("?q=zzqx&category=nope", "#nope", Lang::Fr),
            ("?category=law", "", Lang::En),
        ];
        let mut before: Option<Listing> = None;
        for (search, fragment, lang) in steps.iter().chain(steps.iter().rev()) {
            let fresh = Listing::new(search, fragment, *lang, (&faq, &index), None);
            let next = Listing::new(search, fragment, *lang, (&faq, &index), before.as_ref());
            assert_eq!(next, fresh, "{search}{fragment} in {lang:?}");
            before = Some(next);
        }
    }

    #[test]
    fn a_single_result_and_the_linked_entry_are_open_by_default() {
        let (faq, index) = fixture();
        let listing = |search: &str, fragment: &str| {
            Listing::new(search, fragment, Lang::En, (&faq, &index), None).open_by_default(&faq)
        };
        let one = listing("?q=banned", "#what-is-the-law");
        assert_eq!((one.single, one.linked), (Some(3), Some(2)));
        assert!(one.contains(3) && one.contains(2) && !one.contains(0));
        let many = listing("?q=oracle", "#nope");
        assert_eq!(many, OpenByDefault::default());
        assert!(!many.contains(0));
    }
}
