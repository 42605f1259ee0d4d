//! What the articles page shows for one address, worked out in one step from the one before.

use super::{ArticleQuery, Facet, FilterResult, ParsedQuery, PressIndex, TextIndex};
use crate::i18n::Lang;

/// The query an address asks for (with its notes), the free text's ranked hits and the filtered
/// result: everything the page's controls and cards read. The page keeps one, as a single memo
/// of the address, rather than a chain of memos (query, hits, result), each of which made the
/// reactive graph mark every chip and card again when it changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    pub parsed: ParsedQuery,
    pub lang: Lang,
    /// What the text search found, best first; `None` without text.
    pub hits: Option<Vec<usize>>,
    /// Filtered on the query's first page: "show more" filters nothing again.
    pub result: FilterResult,
}

impl Listing {
    /// The listing for the query string `search` in `lang`. Given the listing `before`, it
    /// searches again only when the text or the language changed, and filters again only when
    /// the hits, a filter or the order did (not for "show more").
    pub fn new(
        search: &str,
        lang: Lang,
        index: &PressIndex,
        text: &TextIndex,
        before: Option<&Listing>,
    ) -> Listing {
        let parsed = ArticleQuery::parse(search, index);
        let same_text = before.filter(|b| b.lang == lang && b.parsed.query.q == parsed.query.q);
        let hits = match same_text {
            Some(b) => b.hits.clone(),
            None => text.hits(lang, &parsed.query.q),
        };
        let filters = parsed.query.first_page();
        let same_filters =
            before.filter(|b| b.hits == hits && b.parsed.query.first_page() == filters);
        let result = match same_filters {
            Some(b) => b.result.clone(),
            None => index.filter(&filters, hits.as_deref()),
        };
        Listing {
            parsed,
            lang,
            hits,
            result,
        }
    }

    pub fn query(&self) -> &ArticleQuery {
        &self.parsed.query
    }

    /// Whether `chip` is on, and how many articles turning it on (or keeping it on) gives.
    pub fn chip(&self, chip: Chip, index: &PressIndex) -> (bool, usize) {
        let query = self.query();
        let counts = &self.result.counts;
        match chip {
            Chip::Value(facet, pos) => (
                query.values(facet).contains(&index.values(facet)[pos]),
                counts.of(facet)[pos],
            ),
            Chip::Language(lang) => (query.languages.contains(&lang), counts.language(lang)),
            Chip::Year(pos) => (
                query.selected_year() == Some(index.years()[pos]),
                counts.years[pos],
            ),
        }
    }
}

/// One filter chip of the articles page: a value of a word-valued facet or a year, by its place
/// in `PressIndex::values` or `PressIndex::years`, or a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chip {
    Value(Facet, usize),
    Language(Lang),
    Year(usize),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::press::synthetic_articles;

    /// A visitor's path through the page: text typed and changed, facets on and off, the order,
    /// "show more", the language, an odd address.
    const STEPS: [(&str, Lang); 12] = [
        ("", Lang::En),
        ("?kind=news", Lang::En),
        ("?kind=news&page=2", Lang::En),
        ("?kind=news&sort=oldest&page=2", Lang::En),
        ("?q=court&kind=news", Lang::En),
        ("?q=court&kind=news&sort=relevance", Lang::En),
        ("?q=court&kind=news&sort=relevance", Lang::Fr),
        ("?q=court&kind=news&lang=fr", Lang::Fr),
        ("?q=court%20ban&lang=fr&page=3", Lang::Fr),
        ("?q=court%20ban&lang=fr&page=3&tag=nowhere", Lang::Fr),
        ("?q=&from=2030&to=2020", Lang::Fr),
        ("", Lang::Fr),
    ];

    /// A file of 400 articles and its two indexes.
    fn indexes() -> (PressIndex, TextIndex) {
        let articles = synthetic_articles(400, 5);
        (PressIndex::new(&articles), TextIndex::new(&articles))
    }

    #[test]
    fn each_listing_built_from_the_one_before_is_the_one_built_afresh() {
        let (index, text) = indexes();
        let mut before: Option<Listing> = None;
        // Forwards and backwards, so that every step follows two different ones.
        for (search, lang) in STEPS.iter().chain(STEPS.iter().rev()) {
            let fresh = Listing::new(search, *lang, &index, &text, None);
            let next = Listing::new(search, *lang, &index, &text, before.as_ref());
            assert_eq!(next, fresh, "{search} in {lang:?}");
            before = Some(next);
        }
    }

    #[test]
    fn a_listing_holds_the_query_its_hits_and_its_result() {
        let (index, text) = indexes();
        let listing = Listing::new("?q=court&page=2", Lang::En, &index, &text, None);
        let hits = text.hits(Lang::En, "court");
        assert!(hits.as_ref().is_some_and(|h| !h.is_empty()));
        assert_eq!(listing.query().page, 2);
        assert_eq!(listing.hits, hits);
        let first = ArticleQuery::parse("?q=court", &index).query;
        assert_eq!(listing.result, index.filter(&first, hits.as_deref()));
        let none = Listing::new("", Lang::En, &index, &text, Some(&listing));
        assert_eq!(none.hits, None);
        assert_eq!(none.result.total(), 400);
    }

    #[test]
    fn a_chip_is_on_when_the_query_has_it_and_counts_what_it_would_give() {
        let (index, text) = indexes();
        let tag = index.values(Facet::Tag)[0].clone();
        let year = index.years()[1];
        let search = format!("?tag={tag}&lang=fr&from={year}&to={year}");
        let listing = Listing::new(&search, Lang::En, &index, &text, None);
        let counts = &listing.result.counts;
        assert_eq!(
            listing.chip(Chip::Value(Facet::Tag, 0), &index),
            (true, counts.of(Facet::Tag)[0])
        );
        assert_eq!(
            listing.chip(Chip::Value(Facet::Kind, 0), &index),
            (false, counts.of(Facet::Kind)[0])
        );
        assert_eq!(
            listing.chip(Chip::Language(Lang::Fr), &index),
            (true, counts.language(Lang::Fr))
        );
        assert_eq!(
            listing.chip(Chip::Language(Lang::En), &index),
            (false, counts.language(Lang::En))
        );
        assert_eq!(listing.chip(Chip::Year(1), &index), (true, counts.years[1]));
        assert_eq!(
            listing.chip(Chip::Year(0), &index),
            (false, counts.years[0])
        );
        // Nothing chosen: every chip off, each counting what it alone would give.
        let none = Listing::new("", Lang::En, &index, &text, Some(&listing));
        for pos in 0..index.years().len() {
            assert_eq!(
                none.chip(Chip::Year(pos), &index),
                (false, none.result.counts.years[pos])
            );
        }
    }
}
