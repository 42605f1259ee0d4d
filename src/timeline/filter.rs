//! The timeline page's groups and filters: years, event kinds, and the
//! `?kind=…&year=…&chain=…` part of its address, read tolerantly so that a mistyped link still shows a page.

use crate::content::{Event, EventKind, Timeline};
use crate::date::Date;
use crate::i18n::Lang;
use crate::routes::{decode_component, join_query, query_pairs, query_string};

/// Every event kind, in the order the filter lists them (the order of the type).
pub const EVENT_KINDS: [EventKind; 7] = [
    EventKind::ExecutiveOrder,
    EventKind::Law,
    EventKind::CourtRuling,
    EventKind::AgencyAction,
    EventKind::Extension,
    EventKind::Deal,
    EventKind::Event,
];

/// The kind's id in addresses and in `timeline.json` (its serde name): `"executive_order"`.
pub fn kind_id(kind: EventKind) -> &'static str {
    match kind {
        EventKind::ExecutiveOrder => "executive_order",
        EventKind::Law => "law",
        EventKind::CourtRuling => "court_ruling",
        EventKind::AgencyAction => "agency_action",
        EventKind::Extension => "extension",
        EventKind::Deal => "deal",
        EventKind::Event => "event",
    }
}

/// The kind an id names, exactly as [`kind_id`] writes it.
pub fn kind_from_id(id: &str) -> Option<EventKind> {
    EVENT_KINDS.into_iter().find(|k| kind_id(*k) == id)
}

/// The kind's name for a filter button: "Court ruling" / "Décision de justice".
pub fn kind_label(kind: EventKind, lang: Lang) -> &'static str {
    let names = &lang.strings().timeline.kind;
    match kind {
        EventKind::ExecutiveOrder => names.executive_order,
        EventKind::Law => names.law,
        EventKind::CourtRuling => names.court_ruling,
        EventKind::AgencyAction => names.agency_action,
        EventKind::Extension => names.extension,
        EventKind::Deal => names.deal,
        EventKind::Event => names.event,
    }
}

/// The years that have events, oldest first, each once: the timeline's year groups.
pub fn years(t: &Timeline) -> Vec<i32> {
    let mut years: Vec<i32> = t.events.iter().map(|e| e.date.year()).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// One year of the timeline page: the events shown in it, in order, and where the "today"
/// marker stands among them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearGroup {
    pub year: i32,
    /// Indices in `t.events`.
    pub events: Vec<usize>,
    /// In the year of `today`, the position in `events` before which the marker goes (the
    /// first later event), or `events.len()` for the end of the year's list.
    pub today_at: Option<usize>,
}

/// The events `shown` (indices in timeline order) grouped by year, with the "today" marker in
/// today's year when that year has events shown.
pub fn year_groups(t: &Timeline, shown: &[usize], today: Date) -> Vec<YearGroup> {
    let mut groups: Vec<YearGroup> = Vec::new();
    for &i in shown {
        let year = t.events[i].date.year();
        match groups.last_mut() {
            Some(group) if group.year == year => group.events.push(i),
            _ => groups.push(YearGroup {
                year,
                events: vec![i],
                today_at: None,
            }),
        }
    }
    for group in groups.iter_mut().filter(|g| g.year == today.year()) {
        let later = group.events.iter().position(|&i| t.events[i].date > today);
        group.today_at = Some(later.unwrap_or(group.events.len()));
    }
    groups
}

/// The "today" marker's words: "Today, 2 December 2026".
pub fn today_text(today: Date, lang: Lang) -> String {
    lang.strings()
        .timeline
        .today
        .fill([&today.format_long(lang)])
}

/// What `public/boot.js` needs to write the marker for another day, as JSON: the sentence with
/// `{0}` for the date, the first of the month's form ("1er" in French) and the months' names.
/// The date is written "D MONTH YYYY" in both languages (`Date::format_long`); a test checks
/// that the two agree on every day.
pub fn today_words(lang: Lang) -> String {
    let months: Vec<&str> = (1..=12).map(|m| crate::date::month_name(lang, m)).collect();
    let first = Date::new(2000, 1, 1)
        .map(|d| d.format_long(lang))
        .and_then(|long| long.split(' ').next().map(str::to_owned))
        .unwrap_or_default();
    serde_json::json!({
        "text": lang.strings().timeline.today.fill(["{0}"]),
        "first": first,
        "months": months,
    })
    .to_string()
}

/// The indices in `t.events` of the events of the given kinds, in timeline order. No kinds
/// means no filter: every event.
pub fn events_of_kinds(t: &Timeline, kinds: &[EventKind]) -> Vec<usize> {
    TimelineQuery {
        kinds: kinds.to_vec(),
        ..TimelineQuery::default()
    }
    .apply(t)
}

/// What the timeline page shows, as its address writes it (`?kind=law,deal&year=2025&chain=act`):
/// events of some kinds (none listed: all) in one year (or all), and the deadline chain that is
/// highlighted, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimelineQuery {
    /// Each kind once, in the order of [`EVENT_KINDS`].
    pub kinds: Vec<EventKind>,
    pub year: Option<i32>,
    /// A deadline chain's id, as the address wrote it (the page ignores one it does not know).
    pub chain: Option<String>,
}

/// A timeline address read tolerantly, with what had to be left out of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedTimelineQuery {
    pub query: TimelineQuery,
    /// Kinds that name nothing, as written (decoded and trimmed), each once.
    pub unknown_kinds: Vec<String>,
    /// A `year` that is not a four-digit year, as written.
    pub invalid_year: Option<String>,
}

impl TimelineQuery {
    /// Reads a query string such as `?kind=law,court_ruling&year=2025&chain=act-2024` (the `?` is
    /// optional, a `#fragment` is dropped). Never fails: kinds may repeat (`kind=law&kind=deal`),
    /// be in any case or use hyphens (`Court-Ruling`); unknown kinds and a bad year are left out
    /// and reported; other parameters (`lang`, `q`…) are ignored. The first valid `year` and the
    /// first non-empty `chain` win.
    pub fn parse(query: &str) -> ParsedTimelineQuery {
        let mut parsed = ParsedTimelineQuery::default();
        for (key, value) in query_pairs(query) {
            let value = decode_component(value);
            match key.as_str() {
                "kind" => parsed.add_kinds(&value),
                "year" => parsed.add_year(&value),
                "chain" if parsed.query.chain.is_none() && !value.trim().is_empty() => {
                    parsed.query.chain = Some(value.trim().to_owned())
                }
                _ => {}
            }
        }
        parsed.query.kinds.sort_by_key(|k| kind_index(*k));
        parsed
    }

    /// The query that [`TimelineQuery::parse`] reads back: `kind=law,court_ruling&year=2025&chain=…`,
    /// without `?`; empty when nothing is filtered or highlighted.
    pub fn to_query_string(&self) -> String {
        let mut kinds: Vec<EventKind> = self.kinds.clone();
        kinds.sort_by_key(|k| kind_index(*k));
        kinds.dedup();
        let ids: Vec<&str> = kinds.into_iter().map(kind_id).collect();
        let year = self.year.map(|y| y.to_string()).unwrap_or_default();
        query_string(&[
            ("kind", &ids),
            ("year", &[&year]),
            ("chain", &[self.chain.as_deref().unwrap_or("")]),
        ])
    }

    /// A link to `path` with this query (`path` alone when there is none).
    pub fn href(&self, path: &str) -> String {
        join_query(path, &self.to_query_string())
    }

    /// Whether nothing is filtered out (a highlighted chain filters nothing).
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.year.is_none()
    }

    /// How many choices the visitor has made: kinds, a year, a chain (for "Filters · 3").
    pub fn active_filters(&self) -> usize {
        self.kinds.len() + usize::from(self.year.is_some()) + usize::from(self.chain.is_some())
    }

    /// The same query with `kind` added, or taken away when it was there (a filter button).
    pub fn toggle_kind(&self, kind: EventKind) -> TimelineQuery {
        let mut next = self.clone();
        if next.kinds.contains(&kind) {
            next.kinds.retain(|k| *k != kind);
        } else {
            next.kinds.push(kind);
            next.kinds.sort_by_key(|k| kind_index(*k));
        }
        next
    }

    /// The same query with every kind shown.
    pub fn all_kinds(&self) -> TimelineQuery {
        TimelineQuery {
            kinds: Vec::new(),
            ..self.clone()
        }
    }

    /// The same query with chain `id` highlighted, or none when it already was.
    pub fn toggle_chain(&self, id: &str) -> TimelineQuery {
        let on = self.chain.as_deref() == Some(id);
        TimelineQuery {
            chain: (!on).then(|| id.to_owned()),
            ..self.clone()
        }
    }

    /// Whether the event passes the filter.
    pub fn matches(&self, event: &Event) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&event.kind))
            && self.year.is_none_or(|y| event.date.year() == y)
    }

    /// The indices in `t.events` of the events that pass, in timeline order.
    pub fn apply(&self, t: &Timeline) -> Vec<usize> {
        t.events
            .iter()
            .enumerate()
            .filter(|(_, e)| self.matches(e))
            .map(|(i, _)| i)
            .collect()
    }
}

impl ParsedTimelineQuery {
    fn add_kinds(&mut self, value: &str) {
        for raw in value.split(',') {
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            let id = raw.to_lowercase().replace(['-', ' '], "_");
            match kind_from_id(&id) {
                Some(kind) if !self.query.kinds.contains(&kind) => self.query.kinds.push(kind),
                Some(_) => {}
                None if !self.unknown_kinds.iter().any(|u| u == raw) => {
                    self.unknown_kinds.push(raw.to_owned())
                }
                None => {}
            }
        }
    }

    fn add_year(&mut self, value: &str) {
        let value = value.trim();
        if value.is_empty() || self.query.year.is_some() {
            return;
        }
        let four_digits = value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit());
        match value.parse::<i32>() {
            Ok(year) if four_digits => self.query.year = Some(year),
            _ if self.invalid_year.is_none() => self.invalid_year = Some(value.to_owned()),
            _ => {}
        }
    }

    /// A short note on what the address asked for that the page could not use, or `None`
    /// when everything was understood: "Unknown kinds ignored: tweet, memo." /
    /// "Types inconnus ignorés : tweet, memo."
    pub fn note(&self, lang: Lang) -> Option<String> {
        let words = &lang.strings().timeline;
        let mut sentences = Vec::new();
        if !self.unknown_kinds.is_empty() {
            sentences.push((words.unknown_kinds)(&self.unknown_kinds));
        }
        if let Some(year) = &self.invalid_year {
            sentences.push(words.invalid_year.fill([year]));
        }
        (!sentences.is_empty()).then(|| sentences.join(" "))
    }
}

fn kind_index(kind: EventKind) -> usize {
    EVENT_KINDS.iter().position(|k| *k == kind).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::super::fixture::story;
    use super::*;

    #[test]
    fn kind_ids_are_the_names_timeline_json_uses() {
        for kind in EVENT_KINDS {
            let serde_name = serde_json::to_value(kind).unwrap();
            assert_eq!(serde_name.as_str(), Some(kind_id(kind)));
            assert_eq!(kind_from_id(kind_id(kind)), Some(kind));
            assert!(!kind_label(kind, Lang::En).is_empty());
            assert!(!kind_label(kind, Lang::Fr).is_empty());
        }
        assert_eq!(kind_from_id("Law"), None);
        assert_eq!(kind_from_id("tweet"), None);
    }

    #[test]
    fn the_story_has_events_in_2020_2024_2025_and_2026() {
        assert_eq!(years(&story()), [2020, 2024, 2025, 2026]);
    }

    #[test]
    fn events_are_grouped_by_year_with_today_before_the_first_later_event() {
        let t = story();
        let all: Vec<usize> = (0..t.events.len()).collect();
        let today = Date::new(2025, 3, 1).unwrap();
        let groups = year_groups(&t, &all, today);
        let years: Vec<i32> = groups.iter().map(|g| g.year).collect();
        assert_eq!(years, [2020, 2024, 2025, 2026]);
        assert_eq!(
            groups.iter().map(|g| g.events.len()).sum::<usize>(),
            all.len()
        );
        let y2025 = &groups[2];
        let at = y2025.today_at.unwrap();
        assert!(y2025.events[..at]
            .iter()
            .all(|&i| t.events[i].date <= today));
        assert!(y2025.events[at..].iter().all(|&i| t.events[i].date > today));
        assert!(groups
            .iter()
            .filter(|g| g.year != 2025)
            .all(|g| g.today_at.is_none()));
        // At the end of a year's list when every event of the year is past.
        let late = year_groups(&t, &all, Date::new(2026, 12, 31).unwrap());
        let last = late.last().unwrap();
        assert_eq!(last.today_at, Some(last.events.len()));
        // No marker when today's year has no event shown.
        assert!(year_groups(&t, &all, Date::new(2022, 6, 1).unwrap())
            .iter()
            .all(|g| g.today_at.is_none()));
    }

    #[test]
    fn filtering_by_kind_keeps_timeline_order_and_no_kind_means_all() {
        let t = story();
        let rulings = events_of_kinds(&t, &[EventKind::CourtRuling]);
        let ids: Vec<&str> = rulings.iter().map(|&i| t.events[i].id.as_str()).collect();
        assert_eq!(ids, ["injunction", "supreme-court"]);
        let both = events_of_kinds(&t, &[EventKind::Deal, EventKind::Law]);
        let ids: Vec<&str> = both.iter().map(|&i| t.events[i].id.as_str()).collect();
        assert_eq!(ids, ["act-signed", "joint-venture"]);
        assert_eq!(events_of_kinds(&t, &[]).len(), t.events.len());
    }

    #[test]
    fn a_kind_and_a_year_together_narrow_the_timeline() {
        let t = story();
        let parsed = TimelineQuery::parse("?kind=executive_order&year=2025");
        let ids: Vec<&str> = parsed
            .query
            .apply(&t)
            .iter()
            .map(|&i| t.events[i].id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "eo-14166",
                "second-order",
                "third-order",
                "fourth-order",
                "fifth-order"
            ]
        );
    }

    #[test]
    fn the_query_is_read_tolerantly_and_junk_is_reported() {
        let parsed = TimelineQuery::parse(
            "?lang=fr&kind=Court-Ruling,%20law%2Ctweet,,law&kind=memo&kind=tweet&year=2025&q=x",
        );
        assert_eq!(
            parsed.query,
            TimelineQuery {
                kinds: vec![EventKind::Law, EventKind::CourtRuling],
                year: Some(2025),
                chain: None,
            }
        );
        assert_eq!(parsed.unknown_kinds, ["tweet", "memo"]);
        assert_eq!(parsed.invalid_year, None);
        assert_eq!(
            parsed.note(Lang::En).unwrap(),
            "Unknown kinds ignored: tweet, memo."
        );
        assert_eq!(
            parsed.note(Lang::Fr).unwrap(),
            "Types inconnus ignorés : tweet, memo."
        );
    }

    #[test]
    fn a_bad_year_is_ignored_and_reported() {
        let parsed = TimelineQuery::parse("year=twenty&kind=deal+&year=25");
        assert_eq!(parsed.query.year, None);
        assert_eq!(parsed.query.kinds, [EventKind::Deal]);
        assert_eq!(parsed.invalid_year.as_deref(), Some("twenty"));
        assert_eq!(
            parsed.note(Lang::En).unwrap(),
            "Year not understood, ignored: twenty."
        );
        let parsed = TimelineQuery::parse("kind=nope&year=%3Cb%3E");
        assert_eq!(
            parsed.note(Lang::Fr).unwrap(),
            "Type inconnu ignoré : nope. Année non comprise, ignorée : <b>."
        );
    }

    #[test]
    fn an_empty_or_foreign_query_filters_nothing_and_says_nothing() {
        for query in ["", "?", "?kind=&year=", "q=ban", "&&=&kind", "%", "%zz=1"] {
            let parsed = TimelineQuery::parse(query);
            assert!(parsed.query.is_empty(), "{query}");
            assert_eq!(parsed.note(Lang::En), None, "{query}");
        }
        // A broken escape is kept as written and reported as an unknown kind.
        let parsed = TimelineQuery::parse("kind=law%2");
        assert_eq!(parsed.unknown_kinds, ["law%2"]);
    }

    #[test]
    fn a_query_writes_the_address_it_reads_back() {
        let query = TimelineQuery {
            kinds: vec![EventKind::Deal, EventKind::ExecutiveOrder],
            year: Some(2020),
            chain: Some("act 2024&x".into()),
        };
        assert_eq!(
            query.to_query_string(),
            "kind=executive_order,deal&year=2020&chain=act%202024%26x"
        );
        let back = TimelineQuery::parse(&query.to_query_string()).query;
        assert_eq!(back.kinds, [EventKind::ExecutiveOrder, EventKind::Deal]);
        assert_eq!(back.chain.as_deref(), Some("act 2024&x"));
        assert_eq!(TimelineQuery::default().to_query_string(), "");
        assert_eq!(
            TimelineQuery::default().href("/en/timeline"),
            "/en/timeline"
        );
        assert_eq!(query.active_filters(), 4);
    }

    #[test]
    fn a_chain_button_highlights_its_chain_or_clears_it() {
        let q = TimelineQuery::default().toggle_chain("act");
        assert_eq!(q.chain.as_deref(), Some("act"));
        assert_eq!(q.toggle_chain("other").chain.as_deref(), Some("other"));
        assert_eq!(q.toggle_chain("act").chain, None);
        assert!(q.is_empty(), "a highlight filters nothing");
    }

    proptest::proptest! {
        #[test]
        fn any_canonical_query_reads_back_the_same(
            kinds in proptest::sample::subsequence(EVENT_KINDS.to_vec(), 0..=7),
            year in proptest::option::of(1000i32..=9999),
            chain in proptest::option::of("[^\\x00-\\x1f]{1,20}"),
        ) {
            let chain = chain.map(|c| c.trim().to_owned()).filter(|c| !c.is_empty());
            let query = TimelineQuery { kinds, year, chain };
            let parsed = TimelineQuery::parse(&query.to_query_string());
            proptest::prop_assert_eq!(parsed.query, query);
            proptest::prop_assert!(parsed.unknown_kinds.is_empty());
        }

        #[test]
        fn no_address_makes_the_parser_panic(raw in ".{0,200}") {
            let _ = TimelineQuery::parse(&raw);
        }

        #[test]
        fn bad_escapes_and_markup_read_as_a_canonical_query(raw in crate::routes::address_soup()) {
            let parsed = TimelineQuery::parse(&raw).query;
            let again = TimelineQuery::parse(&parsed.to_query_string());
            proptest::prop_assert_eq!(again.query, parsed);
            proptest::prop_assert!(again.unknown_kinds.is_empty());
        }
    }

    #[test]
    fn a_filter_button_adds_a_kind_or_takes_it_away() {
        let filter = TimelineQuery::default().toggle_kind(EventKind::Deal);
        let filter = filter.toggle_kind(EventKind::Law);
        assert_eq!(filter.kinds, [EventKind::Law, EventKind::Deal]);
        assert_eq!(filter.toggle_kind(EventKind::Law).kinds, [EventKind::Deal]);
    }

    /// boot.js's way of writing the marker (`placeToday`), from `today_words`, gives the app's
    /// words on every day of ten years, in both languages.
    #[test]
    fn the_loaders_today_marker_words_are_the_apps() {
        for lang in Lang::ALL {
            let words: serde_json::Value = serde_json::from_str(&today_words(lang)).unwrap();
            let (text, first) = (
                words["text"].as_str().unwrap(),
                words["first"].as_str().unwrap(),
            );
            let months: Vec<&str> = words["months"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m.as_str().unwrap())
                .collect();
            let start = Date::new(2020, 1, 1).unwrap().days_since_epoch();
            for days in start..start + 3653 {
                let d = Date::from_days_since_epoch(days);
                let day = if d.day() == 1 {
                    first.to_owned()
                } else {
                    d.day().to_string()
                };
                let date = format!("{day} {} {}", months[usize::from(d.month()) - 1], d.year());
                assert_eq!(text.replace("{0}", &date), today_text(d, lang), "{d}");
            }
        }
    }
}
