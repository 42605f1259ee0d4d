//! The timeline page's groups and filters: years, event kinds, and the `?kind=…&year=…` part
//! of its address, read tolerantly so that a mistyped link still shows a page.

use crate::content::{Event, EventKind, Timeline};
use crate::i18n::Lang;
use crate::routes::decode_component as percent_decode;

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
    match (lang, kind) {
        (Lang::En, EventKind::ExecutiveOrder) => "Executive order",
        (Lang::En, EventKind::Law) => "Law",
        (Lang::En, EventKind::CourtRuling) => "Court ruling",
        (Lang::En, EventKind::AgencyAction) => "Agency action",
        (Lang::En, EventKind::Extension) => "Extension",
        (Lang::En, EventKind::Deal) => "Deal",
        (Lang::En, EventKind::Event) => "Event",
        (Lang::Fr, EventKind::ExecutiveOrder) => "Décret présidentiel",
        (Lang::Fr, EventKind::Law) => "Loi",
        (Lang::Fr, EventKind::CourtRuling) => "Décision de justice",
        (Lang::Fr, EventKind::AgencyAction) => "Mesure administrative",
        (Lang::Fr, EventKind::Extension) => "Prolongation",
        (Lang::Fr, EventKind::Deal) => "Accord",
        (Lang::Fr, EventKind::Event) => "Événement",
    }
}

/// The years that have events, oldest first, each once: the timeline's year groups.
pub fn years(t: &Timeline) -> Vec<i32> {
    let mut years: Vec<i32> = t.events.iter().map(|e| e.date.year()).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The indices in `t.events` of the events of the given kinds, in timeline order. No kinds
/// means no filter: every event.
pub fn events_of_kinds(t: &Timeline, kinds: &[EventKind]) -> Vec<usize> {
    EventFilter {
        kinds: kinds.to_vec(),
        year: None,
    }
    .apply(t)
}

/// What the timeline shows: events of some kinds (none listed: all) in one year (or all).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Each kind once, in the order of [`EVENT_KINDS`].
    pub kinds: Vec<EventKind>,
    pub year: Option<i32>,
}

/// A filter read from an address, with what had to be left out of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedFilter {
    pub filter: EventFilter,
    /// Kinds that name nothing, as written (decoded and trimmed), each once.
    pub unknown_kinds: Vec<String>,
    /// A `year` that is not a four-digit year, as written.
    pub invalid_year: Option<String>,
}

impl EventFilter {
    /// Reads a query string such as `?kind=law,court_ruling&year=2025` (the `?` is optional).
    /// Never fails: kinds may repeat (`kind=law&kind=deal`), be in any case or use hyphens
    /// (`Court-Ruling`); unknown kinds and a bad year are left out and reported; other
    /// parameters (`lang`, `q`…) are ignored. The first valid `year` wins.
    pub fn parse(query: &str) -> ParsedFilter {
        let mut parsed = ParsedFilter::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match percent_decode(key).as_str() {
                "kind" => parsed.add_kinds(&percent_decode(value)),
                "year" => parsed.add_year(&percent_decode(value)),
                _ => {}
            }
        }
        parsed.filter.kinds.sort_by_key(|k| kind_index(*k));
        parsed
    }

    /// The same as [`EventFilter::parse`], from values already taken out of the query (a
    /// router's query map): `from_params(Some("law,deal"), Some("2025"))`.
    pub fn from_params(kind: Option<&str>, year: Option<&str>) -> ParsedFilter {
        let mut parsed = ParsedFilter::default();
        parsed.add_kinds(kind.unwrap_or(""));
        parsed.add_year(year.unwrap_or(""));
        parsed.filter.kinds.sort_by_key(|k| kind_index(*k));
        parsed
    }

    /// The query that [`EventFilter::parse`] reads back: `kind=law,court_ruling&year=2025`,
    /// without `?`; empty when nothing is filtered.
    pub fn to_query(&self) -> String {
        let mut kinds: Vec<EventKind> = self.kinds.clone();
        kinds.sort_by_key(|k| kind_index(*k));
        kinds.dedup();
        let mut parts = Vec::new();
        if !kinds.is_empty() {
            let ids: Vec<&str> = kinds.into_iter().map(kind_id).collect();
            parts.push(format!("kind={}", ids.join(",")));
        }
        if let Some(year) = self.year {
            parts.push(format!("year={year}"));
        }
        parts.join("&")
    }

    /// Whether nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty() && self.year.is_none()
    }

    /// The same filter with `kind` added, or taken away when it was there (a filter button).
    pub fn toggle_kind(&self, kind: EventKind) -> EventFilter {
        let mut next = self.clone();
        if next.kinds.contains(&kind) {
            next.kinds.retain(|k| *k != kind);
        } else {
            next.kinds.push(kind);
            next.kinds.sort_by_key(|k| kind_index(*k));
        }
        next
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

impl ParsedFilter {
    fn add_kinds(&mut self, value: &str) {
        for raw in value.split(',') {
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            let id = raw.to_lowercase().replace(['-', ' '], "_");
            match kind_from_id(&id) {
                Some(kind) if !self.filter.kinds.contains(&kind) => self.filter.kinds.push(kind),
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
        if value.is_empty() || self.filter.year.is_some() {
            return;
        }
        let four_digits = value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit());
        match value.parse::<i32>() {
            Ok(year) if four_digits => self.filter.year = Some(year),
            _ if self.invalid_year.is_none() => self.invalid_year = Some(value.to_owned()),
            _ => {}
        }
    }

    /// A short note on what the address asked for that the page could not use, or `None`
    /// when everything was understood: "Unknown kinds ignored: tweet, memo." /
    /// "Types inconnus ignorés : tweet, memo."
    pub fn note(&self, lang: Lang) -> Option<String> {
        let mut sentences = Vec::new();
        if !self.unknown_kinds.is_empty() {
            let list = self.unknown_kinds.join(", ");
            let one = self.unknown_kinds.len() == 1;
            sentences.push(match (lang, one) {
                (Lang::En, true) => format!("Unknown kind ignored: {list}."),
                (Lang::En, false) => format!("Unknown kinds ignored: {list}."),
                (Lang::Fr, true) => format!("Type inconnu ignoré : {list}."),
                (Lang::Fr, false) => format!("Types inconnus ignorés : {list}."),
            });
        }
        if let Some(year) = &self.invalid_year {
            sentences.push(match lang {
                Lang::En => format!("Year not understood, ignored: {year}."),
                Lang::Fr => format!("Année non comprise, ignorée : {year}."),
            });
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
        let parsed = EventFilter::parse("?kind=executive_order&year=2025");
        let ids: Vec<&str> = parsed
            .filter
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
        let parsed = EventFilter::parse(
            "?lang=fr&kind=Court-Ruling,%20law%2Ctweet,,law&kind=memo&kind=tweet&year=2025&q=x",
        );
        assert_eq!(
            parsed.filter,
            EventFilter {
                kinds: vec![EventKind::Law, EventKind::CourtRuling],
                year: Some(2025),
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
        let parsed = EventFilter::parse("year=twenty&kind=deal+&year=25");
        assert_eq!(parsed.filter.year, None);
        assert_eq!(parsed.filter.kinds, [EventKind::Deal]);
        assert_eq!(parsed.invalid_year.as_deref(), Some("twenty"));
        assert_eq!(
            parsed.note(Lang::En).unwrap(),
            "Year not understood, ignored: twenty."
        );
        let parsed = EventFilter::parse("kind=nope&year=%3Cb%3E");
        assert_eq!(
            parsed.note(Lang::Fr).unwrap(),
            "Type inconnu ignoré : nope. Année non comprise, ignorée : <b>."
        );
    }

    #[test]
    fn an_empty_or_foreign_query_filters_nothing_and_says_nothing() {
        for query in ["", "?", "?kind=&year=", "q=ban", "&&=&kind", "%", "%zz=1"] {
            let parsed = EventFilter::parse(query);
            assert!(parsed.filter.is_empty(), "{query}");
            assert_eq!(parsed.note(Lang::En), None, "{query}");
        }
        // A broken escape is kept as written and reported as an unknown kind.
        let parsed = EventFilter::parse("kind=law%2");
        assert_eq!(parsed.unknown_kinds, ["law%2"]);
    }

    #[test]
    fn a_filter_writes_the_query_it_reads_back() {
        let filter = EventFilter {
            kinds: vec![EventKind::Deal, EventKind::ExecutiveOrder],
            year: Some(2020),
        };
        assert_eq!(filter.to_query(), "kind=executive_order,deal&year=2020");
        assert_eq!(
            EventFilter::parse(&filter.to_query()).filter.kinds,
            [EventKind::ExecutiveOrder, EventKind::Deal]
        );
        assert_eq!(EventFilter::default().to_query(), "");
        assert_eq!(
            EventFilter::from_params(Some("deal,law"), Some("2020"))
                .filter
                .to_query(),
            "kind=law,deal&year=2020"
        );
    }

    #[test]
    fn a_filter_button_adds_a_kind_or_takes_it_away() {
        let filter = EventFilter::default().toggle_kind(EventKind::Deal);
        let filter = filter.toggle_kind(EventKind::Law);
        assert_eq!(filter.kinds, [EventKind::Law, EventKind::Deal]);
        assert_eq!(filter.toggle_kind(EventKind::Law).kinds, [EventKind::Deal]);
    }
}
