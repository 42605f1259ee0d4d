//! Which deadline is next at a given moment, and how long until it passes.
//!
//! # The rule for "pending at `now`"
//!
//! The content records, for every date a deadline was set to, what *eventually* became of it
//! (`outcome`). A visitor with the clock at `now` must see the deadline as it stood then, so:
//!
//! 1. **What was known.** For each chain, the step in force is the last one whose event
//!    happened on or before `now`'s date in New York ([`Chain::known_at`]). Events are dated
//!    to the day, so an event counts from 00:00 New York time on its date. Later steps do not
//!    exist yet: on 15 September 2020 the app-store ban still fell on 20 September 2020, even
//!    though the content marks that date "moved".
//! 2. **Not yet passed.** That step's date must end after `now` (midnight at the end of the
//!    day, New York time, [`deadline_end_utc`]). At the end moment itself it has passed.
//! 3. **Not ended early.** The outcomes are facts as of the file's `updated` date. From that
//!    day on, a date still ahead whose outcome is settled (met, blocked, lapsed, superseded)
//!    is over already (a court blocked it, a deal met it), so it is not pending. Before
//!    `updated` the content cannot say when that happened, and the date counts as pending
//!    until it passes. `moved` and `pending` never end a chain early: a move is its own,
//!    later, step.
//!
//! A deadline whose outcome still reads `pending` but whose day has passed (content not yet
//! updated) is not pending: it has passed, with its outcome not yet recorded.
//!
//! The next deadline is the pending one with the earliest date; on the same date, the chain
//! declared first. When none is pending, the most recent one is the chain's step in force
//! with the latest date.

use super::chain::{chains, Chain, ChainLink};
use super::eastern::{deadline_end_utc, eastern_date, eastern_day_start_utc};
use crate::content::{Outcome, Timeline};
use crate::date::Date;
use crate::i18n::Lang;

/// A deadline as it stood at some moment: one chain's step in force.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// The chain's id, as declared in `Timeline::deadlines`.
    pub chain: String,
    pub date: Date,
    /// The moment the date has passed: midnight at the end of it, New York time.
    pub ends_at_unix: i64,
    /// What the content says became of this date in the end. For an upcoming deadline at a
    /// past clock this lies in its future ("moved" on 15 September 2020): show it, if at all,
    /// as what happened next.
    pub outcome: Outcome,
    /// The index in `Timeline::events` of the event that set the deadline to `date`.
    pub event: usize,
    /// That event's id (the anchor of its entry on the timeline page).
    pub event_id: String,
    /// The change's index in that event's `deadlines`, where its `note` is.
    pub change: usize,
}

impl Deadline {
    fn new(chain: &Chain, link: &ChainLink) -> Deadline {
        Deadline {
            chain: chain.id.clone(),
            date: link.to,
            ends_at_unix: deadline_end_utc(link.to),
            outcome: link.outcome,
            event: link.event,
            event_id: link.event_id.clone(),
            change: link.change,
        }
    }

    /// The time left at `now_unix`; `None` once the day has ended.
    pub fn countdown(&self, now_unix: i64) -> Option<Countdown> {
        Countdown::until(self.ends_at_unix, now_unix)
    }
}

/// The answer to "what is the next deadline?" at a given moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextDeadline {
    /// The earliest deadline pending at that moment (see the module's rule).
    Upcoming(Deadline),
    /// No deadline was pending.
    NothingPending {
        /// The chain's step in force with the latest date; `None` before any deadline was set.
        most_recent: Option<Deadline>,
        /// Seconds from the end of `most_recent`'s day to the moment asked about. `None` when
        /// there is no deadline yet, or when it was ended before its day came (blocked ahead
        /// of time, say), so it never "passed".
        ended_ago_secs: Option<i64>,
    },
}

/// Every deadline pending at `now_unix` (see the module's rule), earliest first; on the same
/// date, in the order the chains are declared.
pub fn pending_at(t: &Timeline, now_unix: i64) -> Vec<Deadline> {
    let mut pending: Vec<Deadline> = chains(t)
        .iter()
        .filter_map(|chain| {
            let link = chain.known_at(now_unix)?;
            is_pending(link, now_unix, t.updated).then(|| Deadline::new(chain, link))
        })
        .collect();
    // Stable: equal dates keep the declaration order.
    pending.sort_by_key(|d| d.date);
    pending
}

/// The next deadline at `now_unix`, or the most recent one when none is pending.
pub fn next_deadline(t: &Timeline, now_unix: i64) -> NextDeadline {
    if let Some(first) = pending_at(t, now_unix).into_iter().next() {
        return NextDeadline::Upcoming(first);
    }
    let mut most_recent: Option<Deadline> = None;
    for chain in chains(t) {
        if let Some(link) = chain.known_at(now_unix) {
            if most_recent.as_ref().is_none_or(|m| link.to > m.date) {
                most_recent = Some(Deadline::new(&chain, link));
            }
        }
    }
    let ended_ago_secs = most_recent
        .as_ref()
        .map(|m| now_unix - m.ends_at_unix)
        .filter(|ago| *ago >= 0);
    NextDeadline::NothingPending {
        most_recent,
        ended_ago_secs,
    }
}

fn is_pending(link: &ChainLink, now_unix: i64, updated: Date) -> bool {
    let not_passed = link.ends_at_unix() > now_unix;
    let settled = !matches!(link.outcome, Outcome::Moved | Outcome::Pending);
    let ended_early = settled && eastern_date(now_unix) >= updated;
    not_passed && !ended_early
}

/// Whole days, hours and minutes of a stretch of time, rounded down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Countdown {
    pub days: i64,
    /// 0–23.
    pub hours: i64,
    /// 0–59.
    pub minutes: i64,
}

impl Countdown {
    /// The time left from `now_unix` until `ends_at_unix`, rounded down to the minute, so the
    /// last minute shows as 0 minutes; `None` from the end moment on (the deadline has passed).
    pub fn until(ends_at_unix: i64, now_unix: i64) -> Option<Countdown> {
        (ends_at_unix > now_unix).then(|| Countdown::from_secs(ends_at_unix - now_unix))
    }

    /// A stretch of `secs` seconds (negative counts as zero), for "ended … ago" as well.
    pub fn from_secs(secs: i64) -> Countdown {
        let minutes = secs.max(0) / 60;
        Countdown {
            days: minutes / (24 * 60),
            hours: minutes / 60 % 24,
            minutes: minutes % 60,
        }
    }

    /// "5 days, 16 hours, 0 minutes" / "5 jours, 16 heures, 0 minute" (in French, 0 and 1
    /// take the singular).
    pub fn words(&self, lang: Lang) -> String {
        let units = &lang.strings().units;
        [
            (self.days, units.day),
            (self.hours, units.hour),
            (self.minutes, units.minute),
        ]
        .map(|(n, unit)| lang.count(n.max(0) as u64, unit))
        .join(", ")
    }
}

/// The span of time, around `now_unix`, in which the countdown card keeps its shape: the same
/// deadline (or the same most recent one), the same steps of its chain, the same unit for "how
/// long ago". Only its numbers change in between, and those a page can count on its own (the
/// `data-count` attributes of `components/countdown.rs`, ticked by `public/boot.js` while the
/// home page runs without the app). Its ends are the moments the card may change: the start of
/// an event's day or of the day the timeline was updated (in New York), each deadline's end, and
/// an hour and a day after it (when "ago" goes from minutes to hours, then to days). `None` is
/// an open end: nothing is dated before, or after, `now_unix`.
pub fn shape_span(t: &Timeline, now_unix: i64) -> (Option<i64>, Option<i64>) {
    let links = chains(t).into_iter().flat_map(|c| c.links);
    let changes = t
        .events
        .iter()
        .map(|e| eastern_day_start_utc(e.date))
        .chain([eastern_day_start_utc(t.updated)])
        .chain(links.flat_map(|l| {
            let ends = l.ends_at_unix();
            [
                ends,
                ends + TimeUnit::Hour.secs(),
                ends + TimeUnit::Day.secs(),
            ]
        }));
    let (mut from, mut until) = (None::<i64>, None::<i64>);
    for at in changes {
        if at <= now_unix {
            from = Some(from.map_or(at, |f| f.max(at)));
        } else {
            until = Some(until.map_or(at, |u| u.min(at)));
        }
    }
    (from, until)
}

/// A unit the countdown counts in, with its length in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Day,
    Hour,
    Minute,
}

impl TimeUnit {
    pub fn secs(self) -> i64 {
        match self {
            TimeUnit::Day => 86_400,
            TimeUnit::Hour => 3_600,
            TimeUnit::Minute => 60,
        }
    }

    pub fn noun(self, lang: Lang) -> crate::i18n::Counted {
        let units = &lang.strings().units;
        match self {
            TimeUnit::Day => units.day,
            TimeUnit::Hour => units.hour,
            TimeUnit::Minute => units.minute,
        }
    }
}

/// How long ago, in the largest unit that is not zero (minutes when all are): enough for
/// "how long ago".
pub fn ago(secs: i64) -> (i64, TimeUnit) {
    let c = Countdown::from_secs(secs);
    if c.days > 0 {
        (c.days, TimeUnit::Day)
    } else if c.hours > 0 {
        (c.hours, TimeUnit::Hour)
    } else {
        (c.minutes, TimeUnit::Minute)
    }
}

/// "302 days" / "1 day" / "5 hours".
pub fn ago_words(secs: i64, lang: Lang) -> String {
    let (n, unit) = ago(secs);
    lang.count(n.max(0) as u64, unit.noun(lang))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{change, d, et, event, story, term};
    use super::*;
    use crate::content::EventKind;

    fn upcoming(t: &Timeline, now: i64) -> Deadline {
        match next_deadline(t, now) {
            NextDeadline::Upcoming(deadline) => deadline,
            other => panic!("expected an upcoming deadline, got {other:?}"),
        }
    }

    fn countdown(days: i64, hours: i64, minutes: i64) -> Countdown {
        Countdown {
            days,
            hours,
            minutes,
        }
    }

    #[test]
    fn at_2020_09_15_the_countdown_shows_5_days_to_20_september_2020() {
        let t = story();
        // 12:00 UTC is 08:00 in New York (daylight time).
        let now = 1_600_171_200;
        assert_eq!(now, et("2020-09-15", 8, 0, -4));
        let next = upcoming(&t, now);
        assert_eq!(next.chain, "app-stores-2020");
        assert_eq!(next.date, d("2020-09-20"));
        assert_eq!(next.ends_at_unix, 1_600_660_800); // 2020-09-21T04:00Z
        assert_eq!(next.event_id, "eo-13942");
        assert_eq!(t.events[next.event].id, "eo-13942");
        // The content says the date was moved later; on 15 September it still stood.
        assert_eq!(next.outcome, Outcome::Moved);
        assert_eq!(next.countdown(now), Some(countdown(5, 16, 0)));
        assert_eq!(
            next.countdown(now).unwrap().words(Lang::En),
            "5 days, 16 hours, 0 minutes"
        );
        assert_eq!(
            next.countdown(now).unwrap().words(Lang::Fr),
            "5 jours, 16 heures, 0 minute"
        );
    }

    #[test]
    fn at_midnight_starting_15_september_2020_six_whole_days_are_left() {
        let now = et("2020-09-15", 0, 0, -4);
        assert_eq!(
            upcoming(&story(), now).countdown(now),
            Some(countdown(6, 0, 0))
        );
        // Just before, late on 14 September, it is 6 days and some.
        let now = et("2020-09-14", 23, 30, -4);
        assert_eq!(
            upcoming(&story(), now).countdown(now),
            Some(countdown(6, 0, 30))
        );
    }

    #[test]
    fn both_2020_deadlines_are_pending_in_september_earliest_first() {
        let pending = pending_at(&story(), et("2020-09-15", 12, 0, -4));
        let dates: Vec<(String, Date)> = pending.into_iter().map(|p| (p.chain, p.date)).collect();
        assert_eq!(
            dates,
            [
                ("app-stores-2020".to_owned(), d("2020-09-20")),
                ("divestiture-2020".to_owned(), d("2020-11-12")),
            ]
        );
    }

    #[test]
    fn from_the_day_of_the_delay_the_app_store_ban_falls_on_27_september() {
        let t = story();
        let next = upcoming(&t, et("2020-09-19", 0, 0, -4));
        assert_eq!(
            (next.date, next.event_id.as_str()),
            (d("2020-09-27"), "commerce-delay")
        );
        // Blocked on its last day, but the content cannot say when: it counts until it passes.
        assert_eq!(
            upcoming(&t, et("2020-09-27", 23, 59, -4)).date,
            d("2020-09-27")
        );
        assert_eq!(
            upcoming(&t, et("2020-09-28", 0, 0, -4)).date,
            d("2020-11-12")
        );
    }

    #[test]
    fn on_18_january_2025_the_next_deadline_is_19_january_2025() {
        let t = story();
        let now = et("2025-01-18", 12, 0, -5);
        let next = upcoming(&t, now);
        assert_eq!(
            (next.chain.as_str(), next.date),
            ("act-2024", d("2025-01-19"))
        );
        assert_eq!(next.event_id, "act-signed");
        assert_eq!(next.countdown(now), Some(countdown(1, 12, 0)));
        assert_eq!(
            next.countdown(now).unwrap().words(Lang::En),
            "1 day, 12 hours, 0 minutes"
        );
    }

    #[test]
    fn on_19_january_2025_itself_the_countdown_shows_the_hours_left() {
        let t = story();
        let now = et("2025-01-19", 18, 0, -5);
        let next = upcoming(&t, now);
        assert_eq!(next.date, d("2025-01-19"));
        assert_eq!(next.countdown(now), Some(countdown(0, 6, 0)));
        let last_minute = et("2025-01-19", 23, 59, -5);
        assert_eq!(next.countdown(last_minute), Some(countdown(0, 0, 1)));
        assert_eq!(next.countdown(last_minute + 30), Some(countdown(0, 0, 0)));
        assert_eq!(
            next.countdown(last_minute).unwrap().words(Lang::Fr),
            "0 jour, 0 heure, 1 minute"
        );
    }

    #[test]
    fn a_minute_after_19_january_2025_ends_that_deadline_has_passed() {
        let t = story();
        let now = et("2025-01-20", 0, 1, -5);
        let passed = Countdown::until(deadline_end_utc(d("2025-01-19")), now);
        assert_eq!(passed, None);
        assert_eq!(
            Countdown::until(deadline_end_utc(d("2025-01-19")), now - 60),
            None,
            "at the end moment itself the deadline has passed"
        );
        // The order dated 20 January counts from the start of that day: 5 April is next.
        let next = upcoming(&t, now);
        assert_eq!(
            (next.date, next.event_id.as_str()),
            (d("2025-04-05"), "eo-14166")
        );
    }

    #[test]
    fn a_minute_after_a_deadline_with_no_new_date_yet_nothing_is_pending() {
        let mut t = story();
        t.events.retain(|e| e.date < d("2025-01-20"));
        let now = et("2025-01-20", 0, 1, -5);
        match next_deadline(&t, now) {
            NextDeadline::NothingPending {
                most_recent: Some(m),
                ended_ago_secs,
            } => {
                assert_eq!((m.chain.as_str(), m.date), ("act-2024", d("2025-01-19")));
                assert_eq!(ended_ago_secs, Some(60));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn after_the_last_deadline_nothing_is_pending_and_the_most_recent_was_met() {
        let t = story();
        let now = et("2026-02-01", 12, 0, -5);
        assert_eq!(pending_at(&t, now), vec![]);
        match next_deadline(&t, now) {
            NextDeadline::NothingPending {
                most_recent: Some(m),
                ended_ago_secs: Some(ago),
            } => {
                assert_eq!((m.chain.as_str(), m.date), ("act-2024", d("2026-01-23")));
                assert_eq!(m.outcome, Outcome::Met);
                assert_eq!(m.event_id, "fifth-order");
                // From 24 January 00:00 to 1 February 12:00.
                assert_eq!(Countdown::from_secs(ago), countdown(8, 12, 0));
                assert_eq!(
                    Countdown::from_secs(ago).words(Lang::En),
                    "8 days, 12 hours, 0 minutes"
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn before_any_deadline_was_set_there_is_nothing_to_show() {
        assert_eq!(
            next_deadline(&story(), et("2020-08-05", 12, 0, -4)),
            NextDeadline::NothingPending {
                most_recent: None,
                ended_ago_secs: None
            }
        );
        let mut empty = story();
        empty.events.clear();
        assert!(matches!(
            next_deadline(&empty, et("2025-01-01", 0, 0, -5)),
            NextDeadline::NothingPending {
                most_recent: None,
                ..
            }
        ));
    }

    #[test]
    fn between_the_2020_deadlines_and_the_2024_act_the_most_recent_is_the_lapsed_one() {
        match next_deadline(&story(), et("2023-03-01", 12, 0, -5)) {
            NextDeadline::NothingPending {
                most_recent: Some(m),
                ..
            } => {
                assert_eq!((m.date, m.outcome), (d("2020-12-04"), Outcome::Lapsed));
            }
            other => panic!("{other:?}"),
        }
    }

    /// A timeline whose last date lies beyond its `updated` day with the given outcome.
    fn with_future_date(outcome: Outcome) -> Timeline {
        let mut t = story();
        t.deadlines.push(term("future", "Future", "Future"));
        t.events.push(event(
            "future-rule",
            "2026-01-10",
            EventKind::AgencyAction,
            vec![change("future", None, "2026-06-01", outcome)],
        ));
        t
    }

    #[test]
    fn a_date_still_ahead_that_the_content_says_was_blocked_is_over_from_the_updated_day() {
        let t = with_future_date(Outcome::Blocked);
        // Before the file's updated date (28 January 2026) nobody knew yet.
        let before = et("2026-01-27", 12, 0, -5);
        assert_eq!(upcoming(&t, before).date, d("2026-06-01"));
        // From then on it is not pending; it never "passed", so there is no "ago".
        match next_deadline(&t, et("2026-01-28", 0, 0, -5)) {
            NextDeadline::NothingPending {
                most_recent: Some(m),
                ended_ago_secs,
            } => {
                assert_eq!((m.date, m.outcome), (d("2026-06-01"), Outcome::Blocked));
                assert_eq!(ended_ago_secs, None);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_pending_date_still_ahead_stays_next_after_the_updated_day() {
        let t = with_future_date(Outcome::Pending);
        let now = et("2026-02-01", 12, 0, -5);
        let next = upcoming(&t, now);
        assert_eq!(
            (next.chain.as_str(), next.date),
            ("future", d("2026-06-01"))
        );
        // 1 February 12:00 EST to 2 June 00:00 EDT.
        assert_eq!(next.countdown(now), Some(countdown(120, 11, 0)));
    }

    #[test]
    fn a_date_marked_pending_that_has_passed_is_shown_as_passed() {
        let t = with_future_date(Outcome::Pending);
        let now = et("2026-06-02", 0, 5, -4);
        match next_deadline(&t, now) {
            NextDeadline::NothingPending {
                most_recent: Some(m),
                ended_ago_secs,
            } => {
                assert_eq!((m.date, m.outcome), (d("2026-06-01"), Outcome::Pending));
                assert_eq!(ended_ago_secs, Some(300));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn on_the_same_date_the_chain_declared_first_comes_first() {
        let mut t = story();
        t.deadlines.insert(0, term("twin", "Twin", "Jumelle"));
        t.events.push(event(
            "twin-rule",
            "2025-09-25",
            EventKind::AgencyAction,
            vec![change("twin", None, "2026-01-23", Outcome::Lapsed)],
        ));
        let now = et("2026-01-01", 0, 0, -5);
        let chains: Vec<String> = pending_at(&t, now).into_iter().map(|p| p.chain).collect();
        assert_eq!(chains, ["twin", "act-2024"]);
        assert_eq!(upcoming(&t, now).chain, "twin");
    }

    /// The shipped timeline, or `None` (said on stderr) before it is written.
    fn shipped() -> Option<Timeline> {
        use crate::content::ContentFile;
        let dir = crate::load::content_dir();
        if !dir.join(Timeline::FILE).exists() {
            eprintln!("skipped: {} is not written yet", Timeline::FILE);
            return None;
        }
        Some(crate::load::read_from_dir(&dir).unwrap_or_else(|e| panic!("{e}")))
    }

    #[test]
    fn the_shipped_timeline_if_present_counts_5_days_to_20_september_2020_on_15_september() {
        let Some(t) = shipped() else {
            return;
        };
        // The app-store ban of 20 September 2020 is pending, 5 days and 16 hours ahead. (The
        // next deadline may be an earlier one still: the content also records the spoken
        // deadline of 15 September, which ends that midnight.)
        let now = et("2020-09-15", 8, 0, -4);
        let pending = pending_at(&t, now);
        let ban = pending.iter().find(|p| p.date == d("2020-09-20"));
        assert_eq!(
            ban.and_then(|b| b.countdown(now)),
            Some(countdown(5, 16, 0)),
            "{pending:?}"
        );
        assert_eq!(upcoming(&t, now), pending[0]);
        // The day after, nothing comes before it.
        assert_eq!(upcoming(&t, now + 86_400).date, d("2020-09-20"));
        // Every day from the first event to a month after the update gives a sound answer.
        let (Some(first), last) = (t.events.first(), t.updated.add_days(31)) else {
            return;
        };
        let mut day = first.date;
        while day <= last {
            let noon = super::super::eastern_day_start_utc(day) + 12 * 3_600;
            match next_deadline(&t, noon) {
                NextDeadline::Upcoming(next) => {
                    assert!(next.ends_at_unix > noon, "{day}: {next:?}");
                    assert!(t.deadlines.iter().any(|c| c.id == next.chain));
                }
                NextDeadline::NothingPending { .. } => {
                    assert_eq!(pending_at(&t, noon), vec![], "{day}");
                }
            }
            day = day.add_days(1);
        }
    }

    #[test]
    fn countdowns_round_down_to_the_minute_and_ignore_negative_stretches() {
        assert_eq!(Countdown::from_secs(59), countdown(0, 0, 0));
        assert_eq!(Countdown::from_secs(3_600 * 25 + 119), countdown(1, 1, 1));
        assert_eq!(Countdown::from_secs(-5), countdown(0, 0, 0));
        assert_eq!(
            Countdown::from_secs(86_400 * 2 + 3_600 * 2 + 120).words(Lang::Fr),
            "2 jours, 2 heures, 2 minutes"
        );
        assert_eq!(
            Countdown::from_secs(86_400 + 3_600 + 60).words(Lang::Fr),
            "1 jour, 1 heure, 1 minute"
        );
    }

    #[test]
    fn how_long_ago_uses_the_largest_unit() {
        assert_eq!(ago_words(86_400 * 302 + 5, Lang::En), "302 days");
        assert_eq!(ago_words(86_400, Lang::Fr), "1 jour");
        assert_eq!(ago_words(3 * 3600, Lang::Fr), "3 heures");
        assert_eq!(ago_words(59, Lang::En), "0 minutes");
        assert_eq!(ago_words(59, Lang::Fr), "0 minute");
    }

    /// What the countdown card shows at `now`, but for its numbers: the state, the deadline, the
    /// steps of its chain known by then and the unit of "ago".
    fn shape(t: &Timeline, now: i64) -> String {
        let (state, deadline, ago) = match next_deadline(t, now) {
            NextDeadline::Upcoming(d) => ("upcoming", Some(d), None),
            NextDeadline::NothingPending {
                most_recent,
                ended_ago_secs,
            } => {
                let unit = ended_ago_secs.map(|secs| ago(secs).1);
                ("none", most_recent, unit)
            }
        };
        let today = eastern_date(now);
        let steps = deadline.as_ref().map(|d| {
            chains(t)
                .into_iter()
                .filter(|c| c.id == d.chain)
                .flat_map(|c| c.links)
                .filter(|l| l.event_date <= today)
                .count()
        });
        format!("{state} {deadline:?} {ago:?} {steps:?}")
    }

    /// At every moment sampled, the card shows the same shape at both ends of its span (so no
    /// change falls inside a span that a sample lands in before the change).
    fn spans_hold(t: &Timeline, from: i64, to: i64, step: i64) {
        let mut moments: Vec<i64> = (from..to).step_by(step as usize).collect();
        for l in chains(t).into_iter().flat_map(|c| c.links) {
            let ends = l.ends_at_unix();
            moments.extend([ends - 1, ends, ends + 3_599, ends + 3_600, ends + 86_400]);
        }
        for now in moments {
            let here = shape(t, now);
            let (start, end) = shape_span(t, now);
            assert!(start.is_none_or(|s| s <= now) && end.is_none_or(|e| e > now));
            for edge in [start, end.map(|e| e - 1)].into_iter().flatten() {
                assert_eq!(shape(t, edge), here, "at {now}, span {start:?}..{end:?}");
            }
        }
    }

    #[test]
    fn the_card_keeps_its_shape_through_each_span() {
        let t = story();
        let start = eastern_day_start_utc(t.events[0].date) - 30 * 86_400;
        let end = eastern_day_start_utc(t.updated) + 400 * 86_400;
        spans_hold(&t, start, end, 3 * 3_600 + 17);
        // After the last change nothing more is dated: the span stays open.
        assert_eq!(shape_span(&t, end).1, None);
        assert_eq!(shape_span(&t, start).0, None);
    }

    #[test]
    fn the_shipped_card_keeps_its_shape_through_each_span() {
        let Some(t) = shipped() else {
            return;
        };
        let start = eastern_day_start_utc(t.events[0].date) - 30 * 86_400;
        let end = eastern_day_start_utc(t.updated) + 400 * 86_400;
        spans_hold(&t, start, end, 6 * 3_600 + 17);
    }
}
