//! The articles reduced to small numbers once, so that each change of the filters is one pass
//! over them with no allocation per article.

use super::query::{ArticleQuery, Facet, Sort};
use crate::content::Articles;
use crate::i18n::Lang;
use std::collections::{HashMap, HashSet};

/// How many more articles each "show more" reveals.
pub const PAGE_SIZE: usize = 50;

/// A file of this many articles or fewer keeps every card on the page, the ones the filters do
/// not show hidden (`list::rows`): a press page's file, not the synthetic 10,000.
pub const CARDS_KEPT: usize = 200;

/// What the filters need to know of each article, as numbers, built once per loaded
/// `articles.json` (cheap to keep: a few machine words per article).
#[derive(Clone, Debug, PartialEq)]
pub struct PressIndex {
    kinds: Vec<String>,
    tags: Vec<String>,
    publishers: Vec<String>,
    years: Vec<i32>,
    kind_ids: HashMap<String, u32>,
    tag_ids: HashMap<String, u32>,
    publisher_ids: HashMap<String, u32>,
    items: Vec<Item>,
    /// Article `i`'s tag ids are `tag_list[tag_start[i]..tag_start[i + 1]]`.
    tag_start: Vec<u32>,
    tag_list: Vec<u32>,
    /// Article indices, latest date first, then in file order.
    newest: Vec<u32>,
    /// Article indices, earliest date first, then in file order.
    oldest: Vec<u32>,
}

/// One article's facet values as ids into the index's lists.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Item {
    day: i64,
    /// `NONE` for a kind the file does not declare.
    kind: u32,
    publisher: u32,
    year: u32,
    lang: u32,
}

const NONE: u32 = u32::MAX;

/// How many articles each facet value would give, aligned with the index's lists: `kinds[i]`
/// counts `PressIndex::kinds()[i]`, and so on.
///
/// The count of a value is taken with every filter applied except its own facet's (the search
/// text always applies): with tag courts selected, the count next to tag oracle is how many
/// articles selecting oracle too would add up to, and the count next to kind news is how many
/// courts articles are news. A value whose count is 0 leads nowhere and can be shown disabled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Per declared kind, in the order of `Articles::kinds`.
    pub kinds: Vec<usize>,
    /// Per declared tag, in the order of `Articles::tags`.
    pub tags: Vec<usize>,
    /// Per publisher, in the order of [`PressIndex::publishers`].
    pub publishers: Vec<usize>,
    /// Per language, in the order of [`Lang::ALL`].
    pub languages: [usize; 2],
    /// Per year, in the order of [`PressIndex::years`]; the date range is this facet's own
    /// filter.
    pub years: Vec<usize>,
}

impl FacetCounts {
    /// The counts of `facet`'s values, in the order of [`PressIndex::values`].
    pub fn of(&self, facet: Facet) -> &[usize] {
        match facet {
            Facet::Kind => &self.kinds,
            Facet::Tag => &self.tags,
            Facet::Publisher => &self.publishers,
        }
    }

    /// The count next to language `lang`.
    pub fn language(&self, lang: Lang) -> usize {
        self.languages[lang_slot(lang)]
    }
}

/// The articles a query gives, in order, and the counts of its filter buttons.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterResult {
    /// Indices into `Articles::articles`, in the order to show them; each once.
    pub matches: Vec<usize>,
    pub counts: FacetCounts,
}

impl FilterResult {
    /// How many articles match in all.
    pub fn total(&self) -> usize {
        self.matches.len()
    }

    /// The articles shown when `page` pages are open (`ArticleQuery::page`): the first
    /// `page × PAGE_SIZE`, or all of them. Page 0 is read as 1.
    pub fn visible(&self, page: usize) -> &[usize] {
        &self.matches[..self.shown(page)]
    }

    /// Whether a "show more" button has anything to reveal.
    pub fn has_more(&self, page: usize) -> bool {
        self.shown(page) < self.matches.len()
    }

    /// How many articles the next "show more" reveals (0 when none): for its label.
    pub fn next_batch(&self, page: usize) -> usize {
        (self.matches.len() - self.shown(page)).min(PAGE_SIZE)
    }

    fn shown(&self, page: usize) -> usize {
        page.max(1)
            .saturating_mul(PAGE_SIZE)
            .min(self.matches.len())
    }
}

/// The articles `query` gives from `articles`, for a one-off call. It builds a [`PressIndex`]
/// each time; a page that filters again and again keeps one and calls [`PressIndex::filter`].
pub fn filter(
    articles: &Articles,
    query: &ArticleQuery,
    text_hits: Option<&[usize]>,
) -> FilterResult {
    PressIndex::new(articles).filter(query, text_hits)
}

impl PressIndex {
    /// Reduces `articles` to the filters' numbers. Kinds and tags an article uses without the
    /// file declaring them are not counted and match no selection; a tag listed twice on one
    /// article counts once.
    pub fn new(articles: &Articles) -> PressIndex {
        let kinds: Vec<String> = articles.kinds.iter().map(|t| t.id.clone()).collect();
        let tags: Vec<String> = articles.tags.iter().map(|t| t.id.clone()).collect();
        let distinct: HashSet<&str> = articles
            .articles
            .iter()
            .map(|a| a.publisher.as_str())
            .collect();
        let mut publishers: Vec<String> = distinct.into_iter().map(str::to_owned).collect();
        publishers.sort_by_cached_key(|p| (p.to_lowercase(), p.clone()));
        let mut years: Vec<i32> = articles.articles.iter().map(|a| a.date.year()).collect();
        years.sort_unstable();
        years.dedup();

        let kind_ids = ids_of(&kinds);
        let tag_ids = ids_of(&tags);
        let publisher_ids = ids_of(&publishers);
        let n = articles.articles.len();
        let mut items = Vec::with_capacity(n);
        let mut tag_start = Vec::with_capacity(n + 1);
        let mut tag_list = Vec::new();
        tag_start.push(0);
        for a in &articles.articles {
            let year = years.binary_search(&a.date.year()).unwrap_or(0);
            items.push(Item {
                day: a.date.days_since_epoch(),
                kind: kind_ids.get(&a.kind).copied().unwrap_or(NONE),
                publisher: publisher_ids[&a.publisher],
                year: year as u32,
                lang: lang_slot(a.language) as u32,
            });
            let first = tag_list.len();
            for tag in &a.tags {
                if let Some(&id) = tag_ids.get(tag) {
                    if !tag_list[first..].contains(&id) {
                        tag_list.push(id);
                    }
                }
            }
            tag_start.push(tag_list.len() as u32);
        }
        let mut newest: Vec<u32> = (0..n as u32).collect();
        // Stable sorts: articles of the same day stay in file order.
        newest.sort_by_key(|&i| std::cmp::Reverse(items[i as usize].day));
        let mut oldest: Vec<u32> = (0..n as u32).collect();
        oldest.sort_by_key(|&i| items[i as usize].day);
        PressIndex {
            kinds,
            tags,
            publishers,
            years,
            kind_ids,
            tag_ids,
            publisher_ids,
            items,
            tag_start,
            tag_list,
            newest,
            oldest,
        }
    }

    /// How many articles there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are no articles.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The declared kind ids, in the order of `Articles::kinds` (zip with it for the names).
    /// The values of `facet` the buttons list: declared kinds and tags, publishers.
    pub fn values(&self, facet: Facet) -> &[String] {
        match facet {
            Facet::Kind => self.kinds(),
            Facet::Tag => self.tags(),
            Facet::Publisher => self.publishers(),
        }
    }

    pub fn kinds(&self) -> &[String] {
        &self.kinds
    }

    /// The declared tag ids, in the order of `Articles::tags`.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// Every publisher of an article, each once, alphabetically ignoring case.
    pub fn publishers(&self) -> &[String] {
        &self.publishers
    }

    /// Every year with an article, each once, oldest first.
    pub fn years(&self) -> &[i32] {
        &self.years
    }

    /// The declared kind id `text` names: exactly, else ignoring case, spaces around, and `_`
    /// or space written for `-`.
    pub fn kind_named(&self, text: &str) -> Option<&str> {
        find_named(&self.kinds, &self.kind_ids, text, slug_key)
    }

    /// The declared tag id `text` names, read like [`PressIndex::kind_named`].
    pub fn tag_named(&self, text: &str) -> Option<&str> {
        find_named(&self.tags, &self.tag_ids, text, slug_key)
    }

    /// The publisher `text` names: exactly, else ignoring case and spaces around.
    pub fn publisher_named(&self, text: &str) -> Option<&str> {
        find_named(&self.publishers, &self.publisher_ids, text, |s| {
            s.trim().to_lowercase()
        })
    }

    /// Every article in the order `sort` lists them, when it lists them by date: newest first,
    /// oldest first, or relevance without a text search (newest first). With a text search,
    /// relevance follows the search's ranking, so there is no such order (`None`). The
    /// articles [`PressIndex::filter`] gives keep this order among themselves.
    pub fn date_order(&self, sort: Sort, by_text: bool) -> Option<&[u32]> {
        match (sort, by_text) {
            (Sort::Relevance, true) => None,
            (Sort::Oldest, _) => Some(&self.oldest),
            _ => Some(&self.newest),
        }
    }

    /// The articles `query` gives, and the counts of every filter button.
    ///
    /// `text_hits` is what a search found for `query.q`: indices into `Articles::articles`,
    /// best first (out-of-range and repeated indices are skipped). `None` means no text to
    /// match: every article is eligible. With hits, only they are eligible, the counts count
    /// only them, and [`Sort::Relevance`] keeps their order; without, relevance is newest
    /// first.
    ///
    /// One pass over the eligible articles, no allocation per article.
    pub fn filter(&self, query: &ArticleQuery, text_hits: Option<&[usize]>) -> FilterResult {
        let n = self.items.len();
        let selection = Selection::new(self, query);
        let mut counts = FacetCounts {
            kinds: vec![0; self.kinds.len()],
            tags: vec![0; self.tags.len()],
            publishers: vec![0; self.publishers.len()],
            languages: [0; 2],
            years: vec![0; self.years.len()],
        };
        // Articles that pass every filter.
        let mut passing = BitSet::new(n);
        let mut visit = |i: usize| {
            let item = &self.items[i];
            let tags = self.tags_of(i);
            let missed = selection.missed(item, tags);
            // An article counts for facet F when it passes every filter but F's own.
            let count_in = match missed {
                0 => {
                    passing.insert(i);
                    ALL
                }
                f if f.is_power_of_two() => f,
                _ => return,
            };
            if count_in & KIND != 0 && item.kind != NONE {
                counts.kinds[item.kind as usize] += 1;
            }
            if count_in & TAG != 0 {
                for &t in tags {
                    counts.tags[t as usize] += 1;
                }
            }
            if count_in & PUBLISHER != 0 {
                counts.publishers[item.publisher as usize] += 1;
            }
            if count_in & LANGUAGE != 0 {
                counts.languages[item.lang as usize] += 1;
            }
            if count_in & DATE != 0 {
                counts.years[item.year as usize] += 1;
            }
        };
        match text_hits {
            None => (0..n).for_each(&mut visit),
            Some(hits) => {
                let mut seen = BitSet::new(n);
                for &i in hits {
                    if i < n && !seen.contains(i) {
                        seen.insert(i);
                        visit(i);
                    }
                }
            }
        }

        let mut matches = Vec::with_capacity(passing.len());
        match self.date_order(query.sort, text_hits.is_some()) {
            Some(order) => matches.extend(
                order
                    .iter()
                    .map(|&i| i as usize)
                    .filter(|&i| passing.contains(i)),
            ),
            // Ranked by the search: its hits, in its order.
            None => {
                for &i in text_hits.unwrap_or_default() {
                    // Taken out once listed, so a repeated hit is listed once.
                    if i < n && passing.remove(i) {
                        matches.push(i);
                    }
                }
            }
        }
        FilterResult { matches, counts }
    }

    fn tags_of(&self, i: usize) -> &[u32] {
        &self.tag_list[self.tag_start[i] as usize..self.tag_start[i + 1] as usize]
    }
}

// One bit per facet, for the facets an article fails.
const KIND: u8 = 1;
const TAG: u8 = 2;
const PUBLISHER: u8 = 4;
const LANGUAGE: u8 = 8;
const DATE: u8 = 16;
const ALL: u8 = KIND | TAG | PUBLISHER | LANGUAGE | DATE;

/// A query's filters as ids; `None` where a facet filters nothing.
struct Selection {
    kinds: Option<Vec<bool>>,
    tags: Option<Vec<bool>>,
    publishers: Option<Vec<bool>>,
    languages: Option<[bool; 2]>,
    days: Option<(i64, i64)>,
}

impl Selection {
    /// Values the index does not know are ignored, as `ArticleQuery::parse` would have.
    fn new(index: &PressIndex, query: &ArticleQuery) -> Selection {
        fn chosen<'a>(
            values: impl Iterator<Item = &'a String>,
            ids: &HashMap<String, u32>,
            len: usize,
        ) -> Option<Vec<bool>> {
            let mut chosen = vec![false; len];
            let mut any = false;
            for value in values {
                if let Some(&id) = ids.get(value) {
                    chosen[id as usize] = true;
                    any = true;
                }
            }
            any.then_some(chosen)
        }
        let languages = (!query.languages.is_empty()).then(|| {
            let mut chosen = [false; 2];
            for &lang in &query.languages {
                chosen[lang_slot(lang)] = true;
            }
            chosen
        });
        let (from, to) = query.date_range();
        let days = (from.is_some() || to.is_some()).then(|| {
            (
                from.map_or(i64::MIN, |d| d.days_since_epoch()),
                to.map_or(i64::MAX, |d| d.days_since_epoch()),
            )
        });
        Selection {
            kinds: chosen(query.kinds.iter(), &index.kind_ids, index.kinds.len()),
            tags: chosen(query.tags.iter(), &index.tag_ids, index.tags.len()),
            publishers: chosen(
                query.publishers.iter(),
                &index.publisher_ids,
                index.publishers.len(),
            ),
            languages,
            days,
        }
    }

    /// The facets whose filter `item` fails, as bits.
    #[inline]
    fn missed(&self, item: &Item, tags: &[u32]) -> u8 {
        let mut missed = 0;
        if let Some(kinds) = &self.kinds {
            if item.kind == NONE || !kinds[item.kind as usize] {
                missed |= KIND;
            }
        }
        if let Some(chosen) = &self.tags {
            if !tags.iter().any(|&t| chosen[t as usize]) {
                missed |= TAG;
            }
        }
        if let Some(publishers) = &self.publishers {
            if !publishers[item.publisher as usize] {
                missed |= PUBLISHER;
            }
        }
        if let Some(languages) = &self.languages {
            if !languages[item.lang as usize] {
                missed |= LANGUAGE;
            }
        }
        if let Some((from, to)) = self.days {
            if item.day < from || item.day > to {
                missed |= DATE;
            }
        }
        missed
    }
}

/// A fixed-size set of article indices.
struct BitSet {
    words: Vec<u64>,
    len: usize,
}

impl BitSet {
    fn new(n: usize) -> BitSet {
        BitSet {
            words: vec![0; n.div_ceil(64)],
            len: 0,
        }
    }

    fn contains(&self, i: usize) -> bool {
        self.words[i / 64] & (1 << (i % 64)) != 0
    }

    fn insert(&mut self, i: usize) {
        if !self.contains(i) {
            self.words[i / 64] |= 1 << (i % 64);
            self.len += 1;
        }
    }

    /// Whether `i` was there.
    fn remove(&mut self, i: usize) -> bool {
        let was = self.contains(i);
        if was {
            self.words[i / 64] &= !(1 << (i % 64));
            self.len -= 1;
        }
        was
    }

    fn len(&self) -> usize {
        self.len
    }
}

fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
    }
}

fn ids_of(values: &[String]) -> HashMap<String, u32> {
    let mut ids = HashMap::with_capacity(values.len());
    for (i, value) in values.iter().enumerate() {
        // A value declared twice keeps its first place.
        ids.entry(value.clone()).or_insert(i as u32);
    }
    ids
}

/// Kind and tag ids compared loosely: `Data_Security` and `data security` are `data-security`.
fn slug_key(text: &str) -> String {
    text.trim().to_lowercase().replace(['_', ' '], "-")
}

fn find_named<'a>(
    values: &'a [String],
    ids: &HashMap<String, u32>,
    text: &str,
    loose: impl Fn(&str) -> String,
) -> Option<&'a str> {
    let exact = ids.get(text).or_else(|| ids.get(text.trim()));
    if let Some(&id) = exact {
        return Some(&values[id as usize]);
    }
    let wanted = loose(text);
    if wanted.is_empty() {
        return None;
    }
    values
        .iter()
        .find(|v| loose(v) == wanted)
        .map(String::as_str)
}
