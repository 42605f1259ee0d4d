//! The Articles page's state as its address writes it, read tolerantly and written canonically.

use super::PressIndex;
use crate::date::Date;
use crate::i18n::Lang;
use crate::routes::{decode_component as percent_decode, join_query, query_pairs, query_string};
use std::collections::BTreeSet;
use std::fmt;

/// The order of the list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sort {
    /// Latest date first; articles of the same day keep the file's order.
    #[default]
    Newest,
    /// Earliest date first; articles of the same day keep the file's order.
    Oldest,
    /// The search's ranking. Only meaningful with search text: without it the list is newest
    /// first.
    Relevance,
}

impl Sort {
    /// Every order, as a sort menu lists them.
    pub const ALL: [Sort; 3] = [Sort::Newest, Sort::Oldest, Sort::Relevance];

    /// The value in addresses: `newest`, `oldest`, `relevance`.
    pub fn id(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Relevance => "relevance",
        }
    }

    /// The order an address names, in any case and with spaces around.
    pub fn from_id(text: &str) -> Option<Sort> {
        let text = text.trim();
        Sort::ALL
            .into_iter()
            .find(|s| s.id().eq_ignore_ascii_case(text))
    }

    /// The order's name in a sort menu.
    pub fn label(self, lang: Lang) -> &'static str {
        let words = &lang.strings().articles;
        match self {
            Sort::Newest => words.sort_newest,
            Sort::Oldest => words.sort_oldest,
            Sort::Relevance => words.sort_relevance,
        }
    }
}

/// A facet whose values are words: an article's kind, its tags, its publisher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Kind,
    Tag,
    Publisher,
}

impl Facet {
    pub const ALL: [Facet; 3] = [Facet::Kind, Facet::Tag, Facet::Publisher];
}

/// One end of the date range, as the address wrote it: a whole year (`2021`) or a day
/// (`2021-06-30`). Kept as written so that the address reads back the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateBound {
    /// A year from 0 to 9999: from its 1 January, or to its 31 December.
    Year(i32),
    Day(Date),
}

impl DateBound {
    /// Reads `2021` (exactly four digits) or `2021-06-30` (a day that exists); spaces around
    /// are ignored.
    pub fn parse(text: &str) -> Option<DateBound> {
        let text = text.trim();
        if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
            return text.parse().ok().map(DateBound::Year);
        }
        Date::parse(text).ok().map(DateBound::Day)
    }

    /// The first day the bound covers: 1 January of a year, or the day itself.
    pub fn first_day(self) -> Date {
        match self {
            DateBound::Year(year) => Date::new(year, 1, 1).expect("every year has a 1 January"),
            DateBound::Day(day) => day,
        }
    }

    /// The last day the bound covers: 31 December of a year, or the day itself.
    pub fn last_day(self) -> Date {
        match self {
            DateBound::Year(year) => Date::new(year, 12, 31).expect("every year has a 31 December"),
            DateBound::Day(day) => day,
        }
    }
}

impl fmt::Display for DateBound {
    /// As addresses write it: `2021` or `2021-06-30`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateBound::Year(year) => write!(f, "{year:04}"),
            DateBound::Day(day) => write!(f, "{day}"),
        }
    }
}

/// What the Articles page shows: its search text, filters, order and how far down the list
/// the visitor has asked to see.
///
/// Within one facet the values add up (OR: tag courts or tag oracle); across facets they
/// narrow (AND: a kind and a tag). An empty set means the facet filters nothing.
///
/// A query from [`ArticleQuery::parse`] or from the helpers below is canonical: facet values
/// are ones the articles use, `from` is not after `to`, `sort` is [`Sort::Relevance`] only with
/// text, and `page` is at least 1. For a canonical query, `parse(to_query_string())` gives it
/// back unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArticleQuery {
    /// The search text, exactly as typed (a trailing space while typing is kept).
    pub q: String,
    /// Kind ids from `Articles::kinds`.
    pub kinds: BTreeSet<String>,
    /// Tag ids from `Articles::tags`.
    pub tags: BTreeSet<String>,
    /// Publishers, spelled as the articles spell them.
    pub publishers: BTreeSet<String>,
    /// The languages articles were published in.
    pub languages: BTreeSet<Lang>,
    /// Articles from this day on (a year: from its 1 January).
    pub from: Option<DateBound>,
    /// Articles up to this day (a year: to its 31 December).
    pub to: Option<DateBound>,
    pub sort: Sort,
    /// How many pages of [`super::PAGE_SIZE`] articles are shown: 1, then one more for each
    /// "show more".
    pub page: usize,
}

impl Default for ArticleQuery {
    /// No text, no filter, newest first, the first page.
    fn default() -> Self {
        ArticleQuery {
            q: String::new(),
            kinds: BTreeSet::new(),
            tags: BTreeSet::new(),
            publishers: BTreeSet::new(),
            languages: BTreeSet::new(),
            from: None,
            to: None,
            sort: Sort::Newest,
            page: 1,
        }
    }
}

/// Something an address asked for that the page could not use, and so left out. The page
/// shows them so that a mistyped link explains itself.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum QueryNote {
    /// A `kind` no article kind has (as written, decoded and trimmed).
    UnknownKind(String),
    /// A `tag` not declared in `articles.json`.
    UnknownTag(String),
    /// A `publisher` no article has.
    UnknownPublisher(String),
    /// A `lang` other than `en` and `fr`.
    UnknownLanguage(String),
    /// A `sort` other than `newest`, `oldest` and `relevance`.
    UnknownSort(String),
    /// A `from` that is neither a year nor a day.
    InvalidFrom(String),
    /// A `to` that is neither a year nor a day.
    InvalidTo(String),
    /// `from` falls after `to`: both were left out.
    FromAfterTo { from: DateBound, to: DateBound },
    /// A key that takes one value (`q`, `from`, `to`, `sort`, `page`) came again with another
    /// value; the first was kept.
    DuplicateKey(&'static str),
}

impl QueryNote {
    /// One sentence for the visitor, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let note = &lang.strings().articles.note;
        match self {
            QueryNote::UnknownKind(v) => note.unknown_kind.fill([v]),
            QueryNote::UnknownTag(v) => note.unknown_tag.fill([v]),
            QueryNote::UnknownPublisher(v) => note.unknown_publisher.fill([v]),
            QueryNote::UnknownLanguage(v) => note.unknown_language.fill([v]),
            QueryNote::UnknownSort(v) => note.unknown_sort.fill([v]),
            QueryNote::InvalidFrom(v) => note.invalid_from.fill([v]),
            QueryNote::InvalidTo(v) => note.invalid_to.fill([v]),
            QueryNote::FromAfterTo { from, to } => note
                .from_after_to
                .fill([&from.to_string(), &to.to_string()]),
            QueryNote::DuplicateKey(key) => note.duplicate_key.fill([key]),
        }
    }
}

/// A query read from an address, and what had to be left out of it, in the order met.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    pub query: ArticleQuery,
    /// Each problem once; empty when the whole address was understood.
    pub notes: Vec<QueryNote>,
}

// The keys that take one value, in the order of `Parser::single`.
const SINGLE_KEYS: [&str; 5] = ["q", "from", "to", "sort", "page"];

// A value from the address quoted in a note is cut to this many characters, so that a
// crafted link cannot fill the page.
const NOTE_VALUE_CHARS: usize = 60;

impl ArticleQuery {
    /// Reads a query string such as
    /// `?q=oracle&kind=news,official&tag=courts&tag=oracle&lang=fr&from=2020&to=2021-06-30&sort=oldest&page=2`
    /// (the `?` is optional, a `#fragment` is dropped). Never fails and never panics:
    ///
    /// - `%XX` escapes and `+` for space are decoded; keys are read in any case;
    /// - `kind`, `tag`, `publisher` and `lang` may repeat and may list values separated by
    ///   commas; the values add up. They are matched against `index` exactly, then ignoring
    ///   case (and, for kinds and tags, `_` or space for `-`); values that match nothing are
    ///   left out with a note naming them;
    /// - `q`, `from`, `to`, `sort` and `page` take one value: a second, different one is left
    ///   out with a note; an empty one counts as absent;
    /// - `from` and `to` take a year or a day; a malformed one is left out with a note, and
    ///   when `from` falls after `to` both are left out with a note;
    /// - `sort=relevance` without text means newest first (no note); an unknown sort is noted;
    /// - a `page` that is not a whole number of at least 1 means 1;
    /// - other keys (`utm_source`…) are ignored silently.
    pub fn parse(raw: &str, index: &PressIndex) -> ParsedQuery {
        let mut parser = Parser::default();
        for (key, value) in query_pairs(raw) {
            let q = &mut parser.query;
            let notes = &mut parser.notes;
            match key.as_str() {
                "kind" => add_values(value, &mut q.kinds, notes, QueryNote::UnknownKind, |v| {
                    index.kind_named(v).map(str::to_owned)
                }),
                "tag" => add_values(value, &mut q.tags, notes, QueryNote::UnknownTag, |v| {
                    index.tag_named(v).map(str::to_owned)
                }),
                "publisher" => add_values(
                    value,
                    &mut q.publishers,
                    notes,
                    QueryNote::UnknownPublisher,
                    |v| index.publisher_named(v).map(str::to_owned),
                ),
                "lang" => add_values(
                    value,
                    &mut q.languages,
                    notes,
                    QueryNote::UnknownLanguage,
                    |v| Lang::from_code(&v.trim().to_ascii_lowercase()),
                ),
                _ => {
                    if let Some(slot) = SINGLE_KEYS.iter().position(|k| *k == key) {
                        parser.single(slot, value);
                    }
                }
            }
        }
        parser.finish()
    }

    /// The canonical query string, without `?`: keys in the order `q`, `kind`, `tag`,
    /// `publisher`, `lang`, `from`, `to`, `sort`, `page`, each once, values of a facet sorted
    /// and joined by commas, defaults left out; empty for the default query.
    pub fn to_query_string(&self) -> String {
        fn list(set: &BTreeSet<String>) -> Vec<&str> {
            set.iter().map(String::as_str).collect()
        }
        let languages: Vec<&str> = self.languages.iter().map(|l| l.code()).collect();
        let from = self.from.map(|d| d.to_string()).unwrap_or_default();
        let to = self.to.map(|d| d.to_string()).unwrap_or_default();
        let sort = self.effective_sort();
        let sort = if sort == Sort::Newest { "" } else { sort.id() };
        let page = if self.page > 1 {
            self.page.to_string()
        } else {
            String::new()
        };
        query_string(&[
            ("q", &[&self.q]),
            ("kind", &list(&self.kinds)),
            ("tag", &list(&self.tags)),
            ("publisher", &list(&self.publishers)),
            ("lang", &languages),
            ("from", &[&from]),
            ("to", &[&to]),
            ("sort", &[sort]),
            ("page", &[&page]),
        ])
    }

    /// A link to `path` with this query: `/en/articles?tag=courts`, or `path` alone for the
    /// default query.
    pub fn href(&self, path: &str) -> String {
        join_query(path, &self.to_query_string())
    }

    /// Whether there is search text (more than spaces).
    pub fn has_text(&self) -> bool {
        !self.q.trim().is_empty()
    }

    /// The order the list is in: `sort`, except that relevance without text is newest first.
    pub fn effective_sort(&self) -> Sort {
        match self.sort {
            Sort::Relevance if !self.has_text() => Sort::Newest,
            sort => sort,
        }
    }

    /// Whether a facet or a date narrows the list (the search text aside): when a "clear
    /// filters" button has something to clear.
    pub fn is_filtered(&self) -> bool {
        !(self.kinds.is_empty()
            && self.tags.is_empty()
            && self.publishers.is_empty()
            && self.languages.is_empty()
            && self.from.is_none()
            && self.to.is_none())
    }

    /// How many filter choices are on, for "Filters · 3": each facet value, and a year or each
    /// end of a date range (the search text and the order aside).
    pub fn active_filters(&self) -> usize {
        let dates = match self.selected_year() {
            Some(_) => 1,
            None => usize::from(self.from.is_some()) + usize::from(self.to.is_some()),
        };
        self.kinds.len() + self.tags.len() + self.publishers.len() + self.languages.len() + dates
    }

    /// The first and last days the date range lets through, if bounded.
    pub fn date_range(&self) -> (Option<Date>, Option<Date>) {
        (
            self.from.map(DateBound::first_day),
            self.to.map(DateBound::last_day),
        )
    }

    /// The year shown alone (`from` and `to` both that year), for a year facet.
    pub fn selected_year(&self) -> Option<i32> {
        match (self.from, self.to) {
            (Some(DateBound::Year(a)), Some(DateBound::Year(b))) if a == b => Some(a),
            _ => None,
        }
    }

    /// The same query with other search text, back on the first page. Clearing the text also
    /// drops a relevance order.
    pub fn with_text(&self, q: impl Into<String>) -> ArticleQuery {
        let mut next = self.first_page();
        next.q = q.into();
        if !next.has_text() && next.sort == Sort::Relevance {
            next.sort = Sort::Newest;
        }
        next
    }

    /// The values chosen in `facet`.
    pub fn values(&self, facet: Facet) -> &BTreeSet<String> {
        match facet {
            Facet::Kind => &self.kinds,
            Facet::Tag => &self.tags,
            Facet::Publisher => &self.publishers,
        }
    }

    /// The same query with `value` added to `facet`, or taken away when it was there; first page.
    pub fn toggle(&self, facet: Facet, value: &str) -> ArticleQuery {
        match facet {
            Facet::Kind => self.toggle_kind(value),
            Facet::Tag => self.toggle_tag(value),
            Facet::Publisher => self.toggle_publisher(value),
        }
    }

    /// The same query with kind `id` added, or taken away when it was there; first page.
    pub fn toggle_kind(&self, id: &str) -> ArticleQuery {
        let mut next = self.first_page();
        toggle(&mut next.kinds, id.to_owned());
        next
    }

    /// The same query with tag `id` added, or taken away when it was there; first page.
    pub fn toggle_tag(&self, id: &str) -> ArticleQuery {
        let mut next = self.first_page();
        toggle(&mut next.tags, id.to_owned());
        next
    }

    /// The same query with `publisher` added, or taken away when it was there; first page.
    pub fn toggle_publisher(&self, publisher: &str) -> ArticleQuery {
        let mut next = self.first_page();
        toggle(&mut next.publishers, publisher.to_owned());
        next
    }

    /// The same query with `lang` added, or taken away when it was there; first page.
    pub fn toggle_language(&self, lang: Lang) -> ArticleQuery {
        let mut next = self.first_page();
        toggle(&mut next.languages, lang);
        next
    }

    /// The same query limited to one year, or with no dates at all for `None`; first page.
    /// For a year facet: the link of a year button is `with_year(Some(y))`, or
    /// `with_year(None)` when `selected_year()` is already `y`.
    pub fn with_year(&self, year: Option<i32>) -> ArticleQuery {
        let mut next = self.first_page();
        next.from = year.map(DateBound::Year);
        next.to = year.map(DateBound::Year);
        next
    }

    /// The same query in another order; first page. Relevance without text stays newest first.
    pub fn with_sort(&self, sort: Sort) -> ArticleQuery {
        let mut next = self.first_page();
        next.sort = sort;
        next.sort = next.effective_sort();
        next
    }

    /// The same query showing one more page ("show more").
    pub fn next_page(&self) -> ArticleQuery {
        ArticleQuery {
            page: self.page.max(1).saturating_add(1),
            ..self.clone()
        }
    }

    /// The same query on its first page: what a list memo should depend on, so that "show
    /// more" does not filter again.
    pub fn first_page(&self) -> ArticleQuery {
        ArticleQuery {
            page: 1,
            ..self.clone()
        }
    }
}

fn toggle<T: Ord>(set: &mut BTreeSet<T>, value: T) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

#[derive(Default)]
struct Parser {
    query: ArticleQuery,
    notes: Vec<QueryNote>,
    /// The first value of each of `SINGLE_KEYS`, decoded.
    firsts: [Option<String>; 5],
}

impl Parser {
    fn note(&mut self, note: QueryNote) {
        push_note(&mut self.notes, note);
    }

    fn single(&mut self, slot: usize, raw: &str) {
        let value = percent_decode(raw);
        let value = if slot == 0 {
            value // The text is kept as typed.
        } else {
            value.trim().to_owned()
        };
        if value.is_empty() {
            return;
        }
        match &self.firsts[slot] {
            Some(first) if *first != value => {
                return self.note(QueryNote::DuplicateKey(SINGLE_KEYS[slot]));
            }
            Some(_) => return,
            None => {}
        }
        match slot {
            0 => self.query.q = value.clone(),
            1 => match DateBound::parse(&value) {
                Some(from) => self.query.from = Some(from),
                None => self.note(QueryNote::InvalidFrom(as_noted(&value))),
            },
            2 => match DateBound::parse(&value) {
                Some(to) => self.query.to = Some(to),
                None => self.note(QueryNote::InvalidTo(as_noted(&value))),
            },
            3 => match Sort::from_id(&value) {
                Some(sort) => self.query.sort = sort,
                None => self.note(QueryNote::UnknownSort(as_noted(&value))),
            },
            _ => self.query.page = value.parse::<usize>().ok().filter(|&p| p >= 1).unwrap_or(1),
        }
        self.firsts[slot] = Some(value);
    }

    fn finish(mut self) -> ParsedQuery {
        if let (Some(from), Some(to)) = (self.query.from, self.query.to) {
            if from.first_day() > to.last_day() {
                self.query.from = None;
                self.query.to = None;
                self.note(QueryNote::FromAfterTo { from, to });
            }
        }
        self.query.sort = self.query.effective_sort();
        ParsedQuery {
            query: self.query,
            notes: self.notes,
        }
    }
}

fn push_note(notes: &mut Vec<QueryNote>, note: QueryNote) {
    if !notes.contains(&note) {
        notes.push(note);
    }
}

/// Adds the values of one `key=a,b` pair to `set`. A literal comma separates values (a comma
/// inside a value is written `%2C`); when a hand-written value with a comma does not split
/// into known values but names one whole (`publisher=Smith, Jones`), it is taken whole.
fn add_values<T: Ord>(
    raw: &str,
    set: &mut BTreeSet<T>,
    notes: &mut Vec<QueryNote>,
    unknown: fn(String) -> QueryNote,
    find: impl Fn(&str) -> Option<T>,
) {
    let parts: Vec<String> = raw.split(',').map(percent_decode).collect();
    let found: Vec<Option<T>> = parts.iter().map(|p| find(p)).collect();
    let any_unknown = parts
        .iter()
        .zip(&found)
        .any(|(p, f)| f.is_none() && !p.trim().is_empty());
    if parts.len() > 1 && any_unknown {
        if let Some(whole) = find(&percent_decode(raw)) {
            set.insert(whole);
            return;
        }
    }
    for (part, found) in parts.into_iter().zip(found) {
        match found {
            Some(value) => {
                set.insert(value);
            }
            None if part.trim().is_empty() => {}
            None => push_note(notes, unknown(as_noted(part.trim()))),
        }
    }
}

/// A value from the address as a note quotes it: at most `NOTE_VALUE_CHARS` characters.
fn as_noted(value: &str) -> String {
    match value.char_indices().nth(NOTE_VALUE_CHARS) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_owned(),
    }
}
