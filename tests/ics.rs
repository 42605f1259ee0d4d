//! The calendar export reads back in an independent iCalendar parser (the `icalendar` crate):
//! what a visitor's calendar app would see. Run alone with `cargo test --test ics`.

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, Event};
use sunny_corner::content::{ContentFile, Localized, Timeline};
use sunny_corner::date::Date;
use sunny_corner::i18n::Lang;
use sunny_corner::timeline::{self, ics_for, IcsDeadline};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn both(en: &str, fr: &str) -> Localized {
    Localized {
        en: en.into(),
        fr: fr.into(),
    }
}

/// 2025-01-18T17:00:00Z, noon in New York.
const DTSTAMP: i64 = 1_737_219_600;

fn deadlines() -> Vec<IcsDeadline> {
    vec![
        IcsDeadline {
            chain: "app-stores-2020".into(),
            name: both(
                "App-store ban, first phase; \"WeChat\" too",
                "Retrait des magasins d’applications, première phase ; « WeChat » aussi",
            ),
            date: d("2020-09-20"),
            set_on: d("2020-08-06"),
            set_by: both("Executive Order 13942", "Décret présidentiel 13942"),
            moved_from: None,
            note: None,
        },
        IcsDeadline {
            chain: "act-2024".into(),
            name: both("Divest-or-ban date", "Date de cession ou d’interdiction"),
            date: d("2026-01-23"),
            set_on: d("2025-09-25"),
            set_by: both(
                "A fifth order extends the deadline by 120 days",
                "Un cinquième décret prolonge l’échéance de 120 jours",
            ),
            moved_from: Some(d("2025-12-16")),
            note: Some(both(
                "120 days after 25 September 2025, counted by the order itself.",
                "Cent vingt jours après le 25 septembre 2025, selon le décompte du décret lui-même, \
                 qui précise que l’application ne sera pas retirée des boutiques d’Apple et de \
                 Google, ni des hébergeurs, pendant cette période ; c:\\chemin\\de\\test.",
            )),
        },
    ]
}

fn parse(ics: &str) -> Calendar {
    ics.parse::<Calendar>()
        .unwrap_or_else(|e| panic!("{e}\n{ics}"))
}

fn events(calendar: &Calendar) -> Vec<&Event> {
    calendar
        .components
        .iter()
        .filter_map(CalendarComponent::as_event)
        .collect()
}

fn date_of(value: Option<DatePerhapsTime>) -> String {
    match value {
        Some(DatePerhapsTime::Date(date)) => date.to_string(),
        other => panic!("expected an all-day DATE value, got {other:?}"),
    }
}

#[test]
fn the_export_is_a_published_gregorian_calendar_of_vevents() {
    let ics = ics_for(&deadlines(), DTSTAMP, Lang::En);
    let calendar = parse(&ics);
    assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
    assert_eq!(
        calendar.property_value("PRODID"),
        Some("-//Sunny Corner//Deadlines//EN")
    );
    assert_eq!(calendar.property_value("CALSCALE"), Some("GREGORIAN"));
    assert_eq!(calendar.property_value("METHOD"), Some("PUBLISH"));
    assert_eq!(events(&calendar).len(), 2);
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 2);
}

#[test]
fn each_deadline_is_an_all_day_event_with_a_stable_uid_and_a_utc_stamp() {
    let ics = ics_for(&deadlines(), DTSTAMP, Lang::En);
    let calendar = parse(&ics);
    let events = events(&calendar);
    let first = events[0];
    assert_eq!(
        first.get_uid(),
        Some("app-stores-2020-20200920@sunny-corner")
    );
    assert_eq!(first.get_timestamp().map(|t| t.timestamp()), Some(DTSTAMP));
    assert!(ics.contains("\r\nDTSTAMP:20250118T170000Z\r\n"));
    assert_eq!(date_of(first.get_start()), "2020-09-20");
    assert_eq!(date_of(first.get_end()), "2020-09-21");
    assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20200920\r\n"));
    assert!(ics.contains("\r\nDTEND;VALUE=DATE:20200921\r\n"));
    assert_eq!(events[1].get_uid(), Some("act-2024-20260123@sunny-corner"));
    assert_eq!(date_of(events[1].get_start()), "2026-01-23");
    // The same deadline exported again keeps its UID; the stamp follows the clock.
    let again = ics_for(&deadlines(), DTSTAMP + 3_600, Lang::Fr);
    assert!(again.contains("\r\nUID:act-2024-20260123@sunny-corner\r\n"));
    assert!(again.contains("\r\nDTSTAMP:20250118T180000Z\r\n"));
}

#[test]
fn summaries_with_accents_commas_semicolons_and_quotes_round_trip() {
    let ics = ics_for(&deadlines(), DTSTAMP, Lang::Fr);
    // Escaped on the wire (once the folds are undone)…
    assert!(ics
        .replace("\r\n ", "")
        .contains("applications\\, première phase \\; « WeChat » aussi"));
    // …and read back exactly.
    let calendar = parse(&ics);
    assert_eq!(
        events(&calendar)[0].get_summary(),
        Some("Échéance : Retrait des magasins d’applications, première phase ; « WeChat » aussi")
    );
    let calendar = parse(&ics_for(&deadlines(), DTSTAMP, Lang::En));
    assert_eq!(
        events(&calendar)[0].get_summary(),
        Some("Deadline: App-store ban, first phase; \"WeChat\" too")
    );
}

#[test]
fn a_long_french_description_is_folded_and_reads_back_whole() {
    let ics = ics_for(&deadlines(), DTSTAMP, Lang::Fr);
    let mut continuations = 0;
    for line in ics.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        // Being a `String`, the file cannot hold a character cut in two; the length counts
        // octets, so a fold placed by characters instead would show here.
        if line.starts_with(' ') {
            continuations += 1;
        }
    }
    assert!(
        continuations >= 4,
        "the description should span several lines"
    );
    assert!(ics.ends_with("END:VCALENDAR\r\n"));

    let calendar = parse(&ics);
    let description = events(&calendar)[1].get_description().unwrap().to_owned();
    let lines: Vec<&str> = description.split('\n').collect();
    assert_eq!(
        lines,
        [
            "Date de cession ou d’interdiction : échéance du 23 janvier 2026.",
            "La journée se termine à minuit, heure de l’Est des États-Unis (5 h UTC le 24 janvier 2026).",
            "Reportée le 25 septembre 2025 (au lieu du 16 décembre 2025) par : Un cinquième décret prolonge l’échéance de 120 jours",
            deadlines()[1].note.as_ref().unwrap().fr.as_str(),
        ]
    );
    let english = parse(&ics_for(&deadlines(), DTSTAMP, Lang::En));
    assert!(events(&english)[0]
        .get_description()
        .unwrap()
        .contains("The day ends at midnight US Eastern time (04:00 UTC on 21 September 2020)."));
}

#[test]
fn the_shipped_timeline_if_present_exports_every_chain() {
    let dir = sunny_corner::load::content_dir();
    if !dir.join(Timeline::FILE).exists() {
        eprintln!("skipped: {} is not written yet", Timeline::FILE);
        return;
    }
    let t: Timeline = sunny_corner::load::read_from_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let far_future = timeline::deadline_end_utc(t.updated.add_days(3_650));
    let all: Vec<IcsDeadline> = timeline::chains(&t)
        .iter()
        .filter_map(|c| IcsDeadline::for_chain(&t, &c.id, far_future))
        .collect();
    for lang in Lang::ALL {
        let calendar = parse(&ics_for(&all, DTSTAMP, lang));
        let uids: Vec<&str> = events(&calendar)
            .iter()
            .filter_map(|e| e.get_uid())
            .collect();
        assert_eq!(uids.len(), all.len());
        for (uid, deadline) in uids.iter().zip(&all) {
            assert_eq!(*uid, deadline.uid());
        }
    }
    // On 15 September 2020 the pending export holds the app-store ban of 20 September.
    let pending = IcsDeadline::pending(&t, 1_600_171_200);
    assert!(
        pending.iter().any(|p| p.date == d("2020-09-20")),
        "{pending:?}"
    );
    let calendar = parse(&ics_for(&pending, DTSTAMP, Lang::Fr));
    assert_eq!(events(&calendar).len(), pending.len());
}
