//! A small timeline built by hand for the tests, shaped like the real story: the 2020 app-store
//! ban (moved once, then blocked), the 2020 divestiture order (moved twice after it had passed,
//! then lapsed) and the 2024 Act's divest-or-ban date (moved five times, then met).

use crate::content::{
    DeadlineChange, Event, EventKind, Localized, Outcome, Source, Term, Timeline,
};
use crate::date::Date;

pub fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Unix seconds of a wall-clock time in New York, given its offset from UTC in hours
/// (`-4` in summer, `-5` in winter), so a test says the time the way a reader would.
pub fn et(date: &str, hour: i64, minute: i64, offset_hours: i64) -> i64 {
    d(date).days_since_epoch() * 86_400 + (hour - offset_hours) * 3_600 + minute * 60
}

pub fn l(en: &str, fr: &str) -> Localized {
    Localized {
        en: en.into(),
        fr: fr.into(),
    }
}

pub fn term(id: &str, en: &str, fr: &str) -> Term {
    Term {
        id: id.into(),
        name: l(en, fr),
        description: None,
    }
}

pub fn change(chain: &str, from: Option<&str>, to: &str, outcome: Outcome) -> DeadlineChange {
    DeadlineChange {
        chain: chain.into(),
        from: from.map(d),
        to: d(to),
        outcome,
        note: None,
    }
}

pub fn event(id: &str, date: &str, kind: EventKind, changes: Vec<DeadlineChange>) -> Event {
    Event {
        id: id.into(),
        date: d(date),
        kind,
        title: l(&format!("Title of {id}"), &format!("Titre de {id}")),
        description: l("Description.", "Description."),
        deadlines: changes,
        sources: vec![Source {
            title: "Source".into(),
            url: "https://example.org/".into(),
            publisher: "Example".into(),
            date: None,
        }],
    }
}

pub fn story() -> Timeline {
    use EventKind::*;
    use Outcome::*;
    Timeline {
        schema: None,
        updated: d("2026-01-28"),
        deadlines: vec![
            term(
                "app-stores-2020",
                "App-store ban",
                "Retrait des magasins d’applications",
            ),
            term("divestiture-2020", "Divestiture order", "Ordre de cession"),
            term(
                "act-2024",
                "Divest-or-ban date",
                "Date de cession ou d’interdiction",
            ),
        ],
        events: vec![
            event(
                "eo-13942",
                "2020-08-06",
                ExecutiveOrder,
                vec![change("app-stores-2020", None, "2020-09-20", Moved)],
            ),
            event(
                "divestiture-order",
                "2020-08-14",
                ExecutiveOrder,
                vec![change("divestiture-2020", None, "2020-11-12", Moved)],
            ),
            event(
                "commerce-delay",
                "2020-09-19",
                AgencyAction,
                vec![change(
                    "app-stores-2020",
                    Some("2020-09-20"),
                    "2020-09-27",
                    Blocked,
                )],
            ),
            event("injunction", "2020-09-27", CourtRuling, vec![]),
            event(
                "first-extension",
                "2020-11-13",
                Extension,
                vec![change(
                    "divestiture-2020",
                    Some("2020-11-12"),
                    "2020-11-27",
                    Moved,
                )],
            ),
            event(
                "second-extension",
                "2020-11-25",
                Extension,
                vec![change(
                    "divestiture-2020",
                    Some("2020-11-27"),
                    "2020-12-04",
                    Lapsed,
                )],
            ),
            event(
                "act-signed",
                "2024-04-24",
                Law,
                vec![change("act-2024", None, "2025-01-19", Moved)],
            ),
            event("supreme-court", "2025-01-17", CourtRuling, vec![]),
            event(
                "eo-14166",
                "2025-01-20",
                ExecutiveOrder,
                vec![change("act-2024", Some("2025-01-19"), "2025-04-05", Moved)],
            ),
            event(
                "second-order",
                "2025-04-04",
                ExecutiveOrder,
                vec![change("act-2024", Some("2025-04-05"), "2025-06-19", Moved)],
            ),
            event(
                "third-order",
                "2025-06-19",
                ExecutiveOrder,
                vec![change("act-2024", Some("2025-06-19"), "2025-09-17", Moved)],
            ),
            event(
                "fourth-order",
                "2025-09-16",
                ExecutiveOrder,
                vec![change("act-2024", Some("2025-09-17"), "2025-12-16", Moved)],
            ),
            event(
                "fifth-order",
                "2025-09-25",
                ExecutiveOrder,
                vec![change("act-2024", Some("2025-12-16"), "2026-01-23", Met)],
            ),
            event("joint-venture", "2026-01-22", Deal, vec![]),
        ],
    }
}

#[test]
fn the_story_keeps_the_content_contract() {
    use crate::content::ContentFile;
    assert_eq!(story().problems(), vec![]);
}
