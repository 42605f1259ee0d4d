//! Deadline chains: each deadline of `timeline.json` followed through the events that set it
//! and moved it, with the words the timeline page shows about it.

use super::eastern::{deadline_end_utc, eastern_date};
use crate::content::{Outcome, Timeline};
use crate::date::Date;
use crate::i18n::Lang;

/// One step of a chain: an event that set the deadline (`from` is `None`) or moved it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainLink {
    /// The event's index in `Timeline::events`.
    pub event: usize,
    /// The change's index in that event's `deadlines`, where its `note` is.
    pub change: usize,
    pub event_id: String,
    /// The day the event happened; from its start (New York time) the new date is known.
    pub event_date: Date,
    /// The date the event moved the deadline from; `None` when it set it first.
    pub from: Option<Date>,
    /// The date the deadline falls on after this event.
    pub to: Date,
    /// What the content says became of `to` in the end.
    pub outcome: Outcome,
}

impl ChainLink {
    /// Whether this step moved an earlier date (rather than setting the first one).
    pub fn is_move(&self) -> bool {
        self.from.is_some()
    }

    /// The moment `to` has passed: midnight at the end of that day, New York time.
    pub fn ends_at_unix(&self) -> i64 {
        deadline_end_utc(self.to)
    }
}

/// A deadline followed through its postponements: one of `Timeline::deadlines`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    /// The id declared in `Timeline::deadlines`.
    pub id: String,
    /// The events that set or moved it, in the order of `Timeline::events` (chronological),
    /// and within one event in the order of its `deadlines`. Empty when no event names it yet.
    pub links: Vec<ChainLink>,
}

/// Every declared deadline, in the order of `Timeline::deadlines`, each with its links.
/// Changes that name an undeclared chain are left out (the content checks report them).
pub fn chains(t: &Timeline) -> Vec<Chain> {
    t.deadlines
        .iter()
        .map(|term| Chain {
            id: term.id.clone(),
            links: t
                .events
                .iter()
                .enumerate()
                .flat_map(|(event, e)| {
                    e.deadlines
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.chain == term.id)
                        .map(move |(change, c)| ChainLink {
                            event,
                            change,
                            event_id: e.id.clone(),
                            event_date: e.date,
                            from: c.from,
                            to: c.to,
                            outcome: c.outcome,
                        })
                })
                .collect(),
        })
        .collect()
}

impl Chain {
    /// The step that first set the deadline: its `event_date` is when, its `to` for which date.
    pub fn first_set(&self) -> Option<&ChainLink> {
        self.links.first()
    }

    /// How many times the deadline was moved (steps with a `from`).
    pub fn moves(&self) -> usize {
        self.links.iter().filter(|l| l.is_move()).count()
    }

    /// The last step the content knows of.
    pub fn last(&self) -> Option<&ChainLink> {
        self.links.last()
    }

    /// What became of the final date.
    pub fn final_outcome(&self) -> Option<Outcome> {
        self.last().map(|l| l.outcome)
    }

    /// The step in force at the moment `now_unix`: the last one whose event happened on or
    /// before that day (New York time). `None` before the deadline was first set.
    pub fn known_at(&self, now_unix: i64) -> Option<&ChainLink> {
        let today = eastern_date(now_unix);
        self.links.iter().rfind(|l| l.event_date <= today)
    }

    /// The chain in one phrase, starting in lowercase so it can follow the deadline's name:
    /// "set 24 April 2024 for 19 January 2025, moved 5 times" /
    /// "fixée le 24 avril 2024 au 19 janvier 2025, reportée 5 fois".
    /// `None` when no event sets the deadline.
    pub fn summary(&self, lang: Lang) -> Option<String> {
        let first = self.first_set()?;
        let (set_on, set_for) = (
            first.event_date.format_long(lang),
            first.to.format_long(lang),
        );
        Some((lang.strings().timeline.chain_summary)(
            &set_on,
            &set_for,
            self.moves(),
        ))
    }
}

/// One step of a deadline in words: "set for 20 September 2020", or "moved 12 November 2020 →
/// 27 November 2020" ("reportée du … au …" in French).
pub fn step_words(from: Option<Date>, to: Date, lang: Lang) -> String {
    let words = &lang.strings().timeline;
    match from {
        None => words.change_set.fill([&to.format_long(lang)]),
        Some(from) => words
            .change_moved
            .fill([&from.format_long(lang), &to.format_long(lang)]),
    }
}

/// What became of a deadline, in a word that can follow its date: "moved" / "reportée".
/// French agrees with « échéance » (feminine).
pub fn outcome_label(outcome: Outcome, lang: Lang) -> &'static str {
    let names = &lang.strings().timeline.outcome;
    match outcome {
        Outcome::Met => names.met,
        Outcome::Moved => names.moved,
        Outcome::Blocked => names.blocked,
        Outcome::Lapsed => names.lapsed,
        Outcome::Superseded => names.superseded,
        Outcome::Pending => names.pending,
    }
}

/// A class name for each outcome (for styling).
pub fn outcome_class(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Met => "outcome-met",
        Outcome::Moved => "outcome-moved",
        Outcome::Blocked => "outcome-blocked",
        Outcome::Lapsed => "outcome-lapsed",
        Outcome::Superseded => "outcome-superseded",
        Outcome::Pending => "outcome-pending",
    }
}

/// A symbol for each outcome, shown beside its word (never colour alone).
pub fn outcome_icon(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Met => "✓",
        Outcome::Moved => "→",
        Outcome::Blocked => "⛔",
        Outcome::Lapsed => "⌛",
        Outcome::Superseded => "⤳",
        Outcome::Pending => "⏳",
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{change, d, et, event, story, term};
    use super::*;
    use crate::content::EventKind;

    fn chain(id: &str) -> Chain {
        chains(&story()).into_iter().find(|c| c.id == id).unwrap()
    }

    #[test]
    fn chains_come_in_the_order_the_deadlines_are_declared() {
        let ids: Vec<String> = chains(&story()).into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["app-stores-2020", "divestiture-2020", "act-2024"]);
    }

    #[test]
    fn the_2024_act_was_set_on_signing_for_19_january_2025_and_moved_five_times() {
        let act = chain("act-2024");
        let first = act.first_set().unwrap();
        assert_eq!(
            (first.event_date, first.to),
            (d("2024-04-24"), d("2025-01-19"))
        );
        assert_eq!(first.event_id, "act-signed");
        assert_eq!(act.moves(), 5);
        assert_eq!(act.last().map(|l| l.to), Some(d("2026-01-23")));
        assert_eq!(act.final_outcome(), Some(Outcome::Met));
        assert_eq!(act.links.len(), 6);
        // Each move starts from the date before it.
        for pair in act.links.windows(2) {
            assert_eq!(pair[1].from, Some(pair[0].to));
        }
    }

    #[test]
    fn a_link_points_back_at_its_event_and_change() {
        let t = story();
        let app = chain("app-stores-2020");
        let moved = &app.links[1];
        assert_eq!(t.events[moved.event].id, "commerce-delay");
        assert_eq!(t.events[moved.event].deadlines[moved.change].to, moved.to);
        assert!(moved.is_move() && !app.links[0].is_move());
        assert_eq!(moved.ends_at_unix(), et("2020-09-28", 0, 0, -4));
    }

    #[test]
    fn the_summary_says_when_and_for_when_and_how_often_it_moved() {
        let act = chain("act-2024");
        assert_eq!(
            act.summary(Lang::En).unwrap(),
            "set 24 April 2024 for 19 January 2025, moved 5 times"
        );
        assert_eq!(
            act.summary(Lang::Fr).unwrap(),
            "fixée le 24 avril 2024 au 19 janvier 2025, reportée 5 fois"
        );
        let app = chain("app-stores-2020");
        assert_eq!(
            app.summary(Lang::En).unwrap(),
            "set 6 August 2020 for 20 September 2020, moved once"
        );
        assert_eq!(
            app.summary(Lang::Fr).unwrap(),
            "fixée le 6 août 2020 au 20 septembre 2020, reportée une fois"
        );
        let divest = chain("divestiture-2020");
        assert_eq!(
            divest.summary(Lang::En).unwrap(),
            "set 14 August 2020 for 12 November 2020, moved twice"
        );
        assert_eq!(
            divest.summary(Lang::Fr).unwrap(),
            "fixée le 14 août 2020 au 12 novembre 2020, reportée deux fois"
        );
    }

    #[test]
    fn a_deadline_never_moved_says_so_and_one_never_set_has_no_summary() {
        let mut t = story();
        t.deadlines.push(term("new", "New", "Nouvelle"));
        t.deadlines.push(term("empty", "Empty", "Vide"));
        t.events.push(event(
            "new-law",
            "2025-05-01",
            EventKind::Law,
            vec![change("new", None, "2026-05-01", Outcome::Pending)],
        ));
        let all = chains(&t);
        let new = all.iter().find(|c| c.id == "new").unwrap();
        assert_eq!(
            new.summary(Lang::En).unwrap(),
            "set 1 May 2025 for 1 May 2026, never moved"
        );
        assert_eq!(
            new.summary(Lang::Fr).unwrap(),
            "fixée le 1er mai 2025 au 1er mai 2026, jamais reportée"
        );
        let empty = all.iter().find(|c| c.id == "empty").unwrap();
        assert!(empty.links.is_empty());
        assert_eq!(empty.summary(Lang::En), None);
        assert_eq!(empty.last(), None);
    }

    #[test]
    fn changes_naming_an_undeclared_chain_are_left_out() {
        let mut t = story();
        t.events.push(event(
            "stray",
            "2025-05-01",
            EventKind::Law,
            vec![change("nobody", None, "2026-05-01", Outcome::Pending)],
        ));
        let total: usize = chains(&t).iter().map(|c| c.links.len()).sum();
        assert_eq!(total, 11);
    }

    #[test]
    fn the_step_in_force_is_the_last_one_announced_by_that_day() {
        let act = chain("act-2024");
        assert_eq!(act.known_at(et("2024-04-23", 23, 59, -4)), None);
        assert_eq!(
            act.known_at(et("2024-04-24", 0, 0, -4)).unwrap().to,
            d("2025-01-19")
        );
        // The order of 20 January 2025 counts from the start of that day in New York.
        assert_eq!(
            act.known_at(et("2025-01-19", 23, 59, -5)).unwrap().to,
            d("2025-01-19")
        );
        assert_eq!(
            act.known_at(et("2025-01-20", 0, 0, -5)).unwrap().to,
            d("2025-04-05")
        );
        assert_eq!(
            act.known_at(et("2026-02-01", 12, 0, -5)).unwrap().to,
            d("2026-01-23")
        );
    }

    #[test]
    fn outcomes_have_a_word_in_each_language() {
        assert_eq!(outcome_label(Outcome::Met, Lang::En), "met");
        assert_eq!(outcome_label(Outcome::Met, Lang::Fr), "respectée");
        assert_eq!(outcome_label(Outcome::Lapsed, Lang::Fr), "caduque");
        assert_eq!(outcome_label(Outcome::Pending, Lang::Fr), "à venir");
    }
}
