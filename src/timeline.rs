//! The timeline's logic: when a deadline day ends, how each deadline moved, which deadline is
//! next at a given moment, the filters of the timeline page and the calendar export.
//!
//! Everything here is plain Rust over [`Timeline`](crate::content::Timeline): no browser, no
//! clock. Functions that depend on the time take the moment as Unix seconds (`now_unix`), so a
//! view passes `Date.now() / 1000` and a test passes a fixed clock.
//!
//! - [`eastern`]: a deadline day ends at midnight US Eastern time ([`deadline_end_utc`]).
//! - [`chain`]: each deadline followed through its postponements ([`chains`], [`Chain`]).
//! - [`next`]: the deadline in force at a moment and the countdown to it ([`next_deadline`]).
//! - [`filter`]: year groups, event kinds and the `?kind=…&year=…&chain=…` query
//!   ([`TimelineQuery`]).
//! - [`ics`]: an iCalendar (RFC 5545) file of deadlines ([`ics_for`]).

pub mod chain;
pub mod eastern;
pub mod filter;
pub mod ics;
pub mod next;

#[cfg(test)]
mod fixture;

pub use chain::{chains, outcome_class, outcome_icon, outcome_label, step_words, Chain, ChainLink};
pub use eastern::{deadline_end_utc, eastern_date, eastern_day_start_utc, eastern_offset_secs};
pub use filter::{
    events_of_kinds, kind_from_id, kind_id, kind_label, today_text, today_words, year_groups,
    years, ParsedTimelineQuery, TimelineQuery, YearGroup, EVENT_KINDS,
};
pub use ics::{calendar_href, ics_for, IcsDeadline, ICS_MEDIA_TYPE};
pub use next::{
    ago, ago_words, next_deadline, pending_at, shape_span, Countdown, Deadline, NextDeadline,
    TimeUnit,
};
