//! What the FAQ page shows for a query and a category: which entries, in which order, and how
//! many each category would show. Plain Rust over [`Faq`] and the search module.

use crate::content::Faq;
use crate::i18n::Lang;
use crate::search::{Index, Query};
use std::collections::BTreeSet;

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
    use crate::load::{content_dir, read_from_dir};

    fn shipped() -> (Faq, FaqIndex) {
        let faq: Faq = read_from_dir(&content_dir()).unwrap();
        let index = FaqIndex::new(&faq);
        (faq, index)
    }

    #[test]
    fn no_query_shows_every_entry_in_content_order() {
        let (faq, index) = shipped();
        let r = results(&faq, &index, Lang::En, "  ", None);
        assert_eq!(r.shown, (0..faq.entries.len()).collect::<Vec<_>>());
        assert_eq!(r.counts.iter().sum::<usize>(), faq.entries.len());
    }

    #[test]
    fn searching_virginie_in_french_finds_the_storage_answer_first() {
        let (faq, index) = shipped();
        let r = results(&faq, &index, Lang::Fr, "VIRGINIE", None);
        let first = &faq.entries[r.shown[0]];
        assert!(
            first.question.fr.contains("Virginie"),
            "{}",
            first.question.fr
        );
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
    fn an_unknown_category_is_ignored() {
        let (faq, index) = shipped();
        let r = results(&faq, &index, Lang::En, "", Some("nope"));
        assert_eq!(r.shown.len(), faq.entries.len());
    }
}
