//! Deadlines as an iCalendar file (RFC 5545), to add to a calendar.
//!
//! Each deadline is an all-day event on its date (`DTSTART;VALUE=DATE`, `DTEND` the next day),
//! so every calendar shows it on the right day whatever its time zone; the description says
//! that the day ends at midnight US Eastern time, and when that is in UTC.

use super::chain::chains;
use super::eastern::{deadline_end_utc, eastern_offset_secs};
use super::next::{pending_at, Deadline};
use crate::content::{Localized, Timeline};
use crate::date::Date;
use crate::i18n::Lang;

/// The media type to serve or download the file with.
pub const ICS_MEDIA_TYPE: &str = "text/calendar;charset=utf-8";

/// One deadline to export, with the words of both languages.
#[derive(Clone, Debug, PartialEq)]
pub struct IcsDeadline {
    /// The chain's id; with `date` it makes the event's stable `UID`.
    pub chain: String,
    /// The chain's name.
    pub name: Localized,
    pub date: Date,
    /// The day the date was set or moved to, and the title of the event that did it.
    pub set_on: Date,
    pub set_by: Localized,
    /// The date it was moved from; `None` when the event set it first.
    pub moved_from: Option<Date>,
    /// The content's caveat on this date, if any.
    pub note: Option<Localized>,
}

impl IcsDeadline {
    /// The export of a deadline found by [`pending_at`] or
    /// [`next_deadline`](super::next_deadline) on the same timeline.
    pub fn from_deadline(t: &Timeline, deadline: &Deadline) -> IcsDeadline {
        IcsDeadline::new(
            t,
            &deadline.chain,
            deadline.date,
            deadline.event,
            deadline.change,
        )
    }

    /// The date the chain `chain_id` stood at, at the moment `now_unix` (its step in force,
    /// passed or not); `None` for an unknown chain or one not set yet at that moment.
    pub fn for_chain(t: &Timeline, chain_id: &str, now_unix: i64) -> Option<IcsDeadline> {
        let chain = chains(t).into_iter().find(|c| c.id == chain_id)?;
        let link = chain.known_at(now_unix)?;
        Some(IcsDeadline::new(
            t,
            chain_id,
            link.to,
            link.event,
            link.change,
        ))
    }

    /// Every deadline pending at `now_unix`, earliest first (see [`pending_at`]).
    pub fn pending(t: &Timeline, now_unix: i64) -> Vec<IcsDeadline> {
        pending_at(t, now_unix)
            .iter()
            .map(|d| IcsDeadline::from_deadline(t, d))
            .collect()
    }

    fn new(t: &Timeline, chain: &str, date: Date, event: usize, change: usize) -> IcsDeadline {
        let name = t
            .deadlines
            .iter()
            .find(|term| term.id == chain)
            .map(|term| term.name.clone())
            .unwrap_or_else(|| Localized {
                en: chain.to_owned(),
                fr: chain.to_owned(),
            });
        let event = t.events.get(event);
        let change = event.and_then(|e| e.deadlines.get(change));
        IcsDeadline {
            chain: chain.to_owned(),
            name,
            date,
            set_on: event.map_or(date, |e| e.date),
            set_by: event.map(|e| e.title.clone()).unwrap_or_default(),
            moved_from: change.and_then(|c| c.from),
            note: change.and_then(|c| c.note.clone()),
        }
    }

    /// `<chain>-<YYYYMMDD>@sunny-corner`: the same deadline always gets the same id, so a
    /// calendar that imports the file again updates the event instead of adding another.
    pub fn uid(&self) -> String {
        let chain: String = self
            .chain
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        format!("{chain}-{}@sunny-corner", compact(self.date))
    }

    fn summary(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Deadline: {}", self.name.en),
            Lang::Fr => format!("Échéance : {}", self.name.fr),
        }
    }

    fn description(&self, lang: Lang) -> String {
        let end = deadline_end_utc(self.date);
        let next_day = self.date.add_days(1).format_long(lang);
        // Midnight in New York is 04:00 or 05:00 UTC.
        let utc_hour = -eastern_offset_secs(end) / 3_600;
        let date = self.date.format_long(lang);
        let set_on = self.set_on.format_long(lang);
        let mut lines = match lang {
            Lang::En => vec![
                format!("{}: deadline of {date}.", self.name.en),
                format!(
                    "The day ends at midnight US Eastern time ({utc_hour:02}:00 UTC on {next_day})."
                ),
            ],
            Lang::Fr => vec![
                format!("{} : échéance du {date}.", self.name.fr),
                format!(
                    "La journée se termine à minuit, heure de l’Est des États-Unis ({utc_hour} h UTC le {next_day})."
                ),
            ],
        };
        let by = self.set_by.get(lang).trim();
        let set = match (lang, self.moved_from) {
            (Lang::En, None) => format!("Set on {set_on}"),
            (Lang::En, Some(from)) => {
                format!("Moved on {set_on} (from {})", from.format_long(lang))
            }
            (Lang::Fr, None) => format!("Fixée le {set_on}"),
            (Lang::Fr, Some(from)) => {
                format!(
                    "Reportée le {set_on} (au lieu du {})",
                    from.format_long(lang)
                )
            }
        };
        lines.push(match (lang, by.is_empty()) {
            (_, true) => format!("{set}."),
            (Lang::En, false) => format!("{set} by: {by}"),
            (Lang::Fr, false) => format!("{set} par : {by}"),
        });
        if let Some(note) = &self.note {
            lines.push(note.get(lang).trim().to_owned());
        }
        lines.join("\n")
    }
}

/// A complete iCalendar file with one all-day `VEVENT` per deadline, its words in `lang`.
/// `dtstamp_unix` is the moment the file is made (every event's `DTSTAMP`). Lines end in CRLF
/// and are folded at 75 octets without splitting a character; text is escaped as RFC 5545
/// §3.3.11 requires.
pub fn ics_for(deadlines: &[IcsDeadline], dtstamp_unix: i64, lang: Lang) -> String {
    let mut out = String::new();
    let calendar_name = match lang {
        Lang::En => "Sunny Corner: deadlines",
        Lang::Fr => "Sunny Corner : échéances",
    };
    let lang_tag = lang.code().to_ascii_uppercase();
    for line in [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//Sunny Corner//Deadlines//{lang_tag}"),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape_text(calendar_name)),
    ] {
        push_line(&mut out, &line);
    }
    let dtstamp = utc_stamp(dtstamp_unix);
    for deadline in deadlines {
        for line in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", deadline.uid()),
            format!("DTSTAMP:{dtstamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact(deadline.date)),
            format!("DTEND;VALUE=DATE:{}", compact(deadline.date.add_days(1))),
            format!("SUMMARY:{}", escape_text(&deadline.summary(lang))),
            format!("DESCRIPTION:{}", escape_text(&deadline.description(lang))),
            // An all-day reminder, not a busy day.
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ] {
            push_line(&mut out, &line);
        }
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// `YYYYMMDD`, the form of a `DATE` value.
fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// `YYYYMMDDTHHMMSSZ`, a `DATE-TIME` in UTC.
fn utc_stamp(unix: i64) -> String {
    let date = Date::from_days_since_epoch(unix.div_euclid(86_400));
    let secs = unix.rem_euclid(86_400);
    format!(
        "{}T{:02}{:02}{:02}Z",
        compact(date),
        secs / 3_600,
        secs / 60 % 60,
        secs % 60
    )
}

/// A `TEXT` value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as
/// `\n`; other control characters, which `TEXT` cannot hold, are dropped (tabs stay).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded (RFC 5545 §3.1) so that no line exceeds 75 octets before
/// its CRLF: a longer one continues on lines that start with a space, and a multi-byte
/// character is never cut.
fn push_line(out: &mut String, line: &str) {
    const MAX_OCTETS: usize = 75;
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > MAX_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// A `data:` address that downloads `ics` as a calendar file.
pub fn calendar_href(ics: &str) -> String {
    format!(
        "data:{ICS_MEDIA_TYPE},{}",
        crate::routes::encode_component(ics)
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{d, et, story};
    use super::*;

    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    fn sample() -> IcsDeadline {
        IcsDeadline {
            chain: "act-2024".into(),
            name: Localized {
                en: "Divest-or-ban date".into(),
                fr: "Date de cession ou d’interdiction".into(),
            },
            date: d("2025-01-19"),
            set_on: d("2024-04-24"),
            set_by: Localized {
                en: "The Act is signed".into(),
                fr: "La loi est promulguée".into(),
            },
            moved_from: None,
            note: None,
        }
    }

    #[test]
    fn text_escapes_backslashes_semicolons_commas_and_line_breaks() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
        assert_eq!(escape_text("tab\there\u{7}bell"), "tab\therebell");
        assert_eq!(
            escape_text("Échéance : « 19 janvier »"),
            "Échéance : « 19 janvier »"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_cutting_a_character() {
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let mut out = String::new();
        push_line(&mut out, &line);
        assert!(out.ends_with("\r\n"));
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 2);
        for (i, part) in physical.iter().enumerate() {
            assert!(part.len() <= 75, "line {i} has {} octets", part.len());
            if i > 0 {
                assert!(part.starts_with(' '));
            }
        }
        // "DESCRIPTION:" is 12 octets, then 31 two-octet "é" fit (74), the 32nd would not.
        assert_eq!(physical[0].len(), 74);
        assert_eq!(unfold(&out), format!("{line}\r\n"));
        // A line of exactly 75 octets is not folded.
        let mut out = String::new();
        push_line(&mut out, &"x".repeat(75));
        assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
        let mut out = String::new();
        push_line(&mut out, &"x".repeat(76));
        assert_eq!(out, format!("{}\r\n x\r\n", "x".repeat(75)));
    }

    #[test]
    fn the_file_is_a_calendar_of_all_day_events_with_crlf_lines() {
        let dtstamp = et("2025-01-18", 12, 0, -5);
        let ics = ics_for(&[sample()], dtstamp, Lang::En);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sunny Corner//Deadlines//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "a bare LF");
        assert!(!ics.replace("\r\n", "").contains('\r'), "a bare CR");
        let lines: Vec<String> = unfold(&ics).split("\r\n").map(str::to_owned).collect();
        for expected in [
            "UID:act-2024-20250119@sunny-corner",
            "DTSTAMP:20250118T170000Z",
            "DTSTART;VALUE=DATE:20250119",
            "DTEND;VALUE=DATE:20250120",
            "SUMMARY:Deadline: Divest-or-ban date",
            "DESCRIPTION:Divest-or-ban date: deadline of 19 January 2025.\\nThe day ends at midnight US Eastern time (05:00 UTC on 20 January 2025).\\nSet on 24 April 2024 by: The Act is signed",
            "TRANSP:TRANSPARENT",
        ] {
            assert!(lines.iter().any(|l| l == expected), "missing {expected:?} in\n{ics}");
        }
    }

    #[test]
    fn the_french_file_says_it_in_french_and_gives_the_summer_hour() {
        let mut deadline = sample();
        deadline.date = d("2020-09-20");
        deadline.moved_from = Some(d("2020-09-12"));
        deadline.set_on = d("2020-09-01");
        deadline.note = Some(Localized {
            en: "Computed, 45 days; see the order.".into(),
            fr: "Calculée : 45 jours ; voir le décret.".into(),
        });
        let ics = unfold(&ics_for(&[deadline], 0, Lang::Fr));
        assert!(ics.contains("PRODID:-//Sunny Corner//Deadlines//FR\r\n"));
        assert!(ics.contains("X-WR-CALNAME:Sunny Corner : échéances\r\n"));
        assert!(ics.contains("DTSTAMP:19700101T000000Z\r\n"));
        assert!(ics.contains("SUMMARY:Échéance : Date de cession ou d’interdiction\r\n"));
        assert!(ics.contains(
            "DESCRIPTION:Date de cession ou d’interdiction : échéance du 20 septembre 2020.\\nLa journée se termine à minuit\\, heure de l’Est des États-Unis (4 h UTC le 21 septembre 2020).\\nReportée le 1er septembre 2020 (au lieu du 12 septembre 2020) par : La loi est promulguée\\nCalculée : 45 jours \\; voir le décret.\r\n"
        ), "{ics}");
    }

    #[test]
    fn the_last_day_of_a_year_ends_on_the_first_of_the_next() {
        let mut deadline = sample();
        deadline.date = d("2025-12-31");
        let ics = ics_for(&[deadline], 0, Lang::En);
        assert!(ics.contains("DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n"));
    }

    #[test]
    fn an_empty_list_is_still_a_valid_calendar() {
        let ics = ics_for(&[], 0, Lang::En);
        assert!(!ics.contains("VEVENT"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn uids_are_stable_and_safe() {
        assert_eq!(sample().uid(), "act-2024-20250119@sunny-corner");
        let mut odd = sample();
        odd.chain = "a b@c".into();
        assert_eq!(odd.uid(), "a-b-c-20250119@sunny-corner");
    }

    #[test]
    fn at_2020_09_15_the_pending_export_holds_both_2020_deadlines() {
        let t = story();
        let pending = IcsDeadline::pending(&t, et("2020-09-15", 12, 0, -4));
        let dates: Vec<Date> = pending.iter().map(|p| p.date).collect();
        assert_eq!(dates, [d("2020-09-20"), d("2020-11-12")]);
        assert_eq!(pending[0].name.en, "App-store ban");
        assert_eq!(pending[0].set_on, d("2020-08-06"));
        assert_eq!(pending[0].set_by.en, "Title of eo-13942");
        assert_eq!(pending[0].moved_from, None);
        assert!(IcsDeadline::pending(&t, et("2026-02-01", 0, 0, -5)).is_empty());
    }

    #[test]
    fn a_chain_exports_the_date_it_stood_at() {
        let t = story();
        let at = |now| IcsDeadline::for_chain(&t, "act-2024", now);
        assert_eq!(at(et("2024-04-23", 12, 0, -4)), None);
        assert_eq!(
            at(et("2024-06-01", 12, 0, -4)).unwrap().date,
            d("2025-01-19")
        );
        let latest = at(et("2026-02-01", 12, 0, -5)).unwrap();
        assert_eq!(latest.date, d("2026-01-23"));
        assert_eq!(latest.moved_from, Some(d("2025-12-16")));
        assert_eq!(latest.set_on, d("2025-09-25"));
        assert_eq!(IcsDeadline::for_chain(&t, "nope", 0), None);
    }

    #[test]
    fn calendar_files_download_as_percent_encoded_data() {
        assert_eq!(
            calendar_href("A,b\r\n"),
            "data:text/calendar;charset=utf-8,A%2Cb%0D%0A"
        );
        assert!(calendar_href("é").ends_with("%C3%A9"));
    }
}
