//! The countdown to the next deadline, on the home page and on the timeline.

use crate::components::clock::use_now;
use crate::content::{term_name, Outcome, Timeline};
use crate::i18n::{t, tf, Lang};
use crate::routes::{encode_component, with_base, Page};
use crate::timeline::{
    chains, eastern_date, ics_for, next_deadline, outcome_label, step_words, Countdown, Deadline,
    IcsDeadline, NextDeadline,
};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;
use std::time::Duration;

/// The next pending deadline with days, hours and minutes left (live), and the chain of events
/// that led to it; or, when nothing is pending, the most recent deadline and how long ago it
/// passed.
#[component]
pub fn NextDeadlineCard(timeline: Arc<Timeline>, lang: Signal<Lang>) -> impl IntoView {
    let now = use_now(Duration::from_secs(15));
    let data = timeline.clone();
    let next = Memo::new(move |_| next_deadline(&data, now.get()));
    let body = move || match next.get() {
        NextDeadline::Upcoming(deadline) => upcoming(&timeline, deadline, now, lang).into_any(),
        NextDeadline::NothingPending {
            most_recent,
            ended_ago_secs,
        } => nothing_pending(&timeline, most_recent, ended_ago_secs, lang).into_any(),
    };
    view! {
        <section class="countdown" aria-labelledby="countdown-title">
            <h2 id="countdown-title">{move || t(lang.get(), "countdown.title")}</h2>
            {body}
        </section>
    }
}

fn chain_name(timeline: &Timeline, chain: &str, lang: Lang) -> String {
    term_name(&timeline.deadlines, chain, lang)
}

fn upcoming(
    timeline: &Arc<Timeline>,
    deadline: Deadline,
    now: ReadSignal<i64>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let ends_at = deadline.ends_at_unix;
    let left = move || {
        Countdown::until(ends_at, now.get()).unwrap_or(Countdown {
            days: 0,
            hours: 0,
            minutes: 0,
        })
    };
    let date = deadline.date;
    let name = {
        let timeline = timeline.clone();
        let chain = deadline.chain.clone();
        move || chain_name(&timeline, &chain, lang.get())
    };
    // The steps of the chain known at this moment, oldest first.
    let steps = {
        let timeline = timeline.clone();
        let chain_id = deadline.chain.clone();
        move || {
            let today = eastern_date(now.get());
            let lang = lang.get();
            chains(&timeline)
                .into_iter()
                .find(|c| c.id == chain_id)
                .map(|c| c.links)
                .unwrap_or_default()
                .into_iter()
                .filter(|l| l.event_date <= today)
                .map(|l| {
                    let what = step_words(l.from, l.to, lang);
                    let event = timeline.events[l.event].title.get(lang).to_owned();
                    (l.event_date.format_long(lang), what, event, l.event_id)
                })
                .collect::<Vec<_>>()
        }
    };
    let ics = {
        let timeline = timeline.clone();
        let deadline = deadline.clone();
        move || {
            let entry = IcsDeadline::from_deadline(&timeline, &deadline);
            calendar_href(&ics_for(&[entry], now.get_untracked(), lang.get()))
        }
    };
    let chain_link = {
        let chain = deadline.chain.clone();
        let event_id = deadline.event_id.clone();
        move || {
            format!(
                "{}?chain={chain}#{event_id}",
                with_base(&Page::Timeline.path(lang.get()))
            )
        }
    };
    let file_name = format!("{}-{}.ics", deadline.chain, date);
    view! {
        <p class="countdown-deadline">
            <span class="countdown-chain">{name}</span>
            <strong><time datetime=date.to_string()>{move || date.format_long(lang.get())}</time></strong>
        </p>
        <div class="countdown-clock" role="timer" aria-atomic="true">
            <CountUnit n=Signal::derive(move || left().days) one="unit.day" many="unit.days" lang />
            <CountUnit n=Signal::derive(move || left().hours) one="unit.hour" many="unit.hours" lang />
            <CountUnit n=Signal::derive(move || left().minutes) one="unit.minute" many="unit.minutes" lang />
        </div>
        <p class="countdown-tz">{move || tf(lang.get(), "countdown.tz", &[("date", &date.format_long(lang.get()))])}</p>
        <details class="countdown-steps">
            <summary>{move || t(lang.get(), "countdown.steps")}</summary>
            <ol>
                {move || {
                    steps()
                        .into_iter()
                        .map(|(when, what, event, _id)| {
                            view! {
                                <li>
                                    <span class="step-date">{when}</span>
                                    " · "
                                    {what}
                                    " · "
                                    <span class="step-event">{event}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </details>
        <p class="countdown-actions">
            <a class="button" href=ics download=file_name>{move || t(lang.get(), "countdown.ics")}</a>
            " "
            <A href=chain_link attr:class="countdown-more">{move || t(lang.get(), "countdown.follow")}</A>
        </p>
    }
}

#[component]
fn CountUnit(
    n: Signal<i64>,
    one: &'static str,
    many: &'static str,
    lang: Signal<Lang>,
) -> impl IntoView {
    let unit = move || {
        let n = n.get();
        let singular = match lang.get() {
            Lang::En => n == 1,
            Lang::Fr => n <= 1,
        };
        t(lang.get(), if singular { one } else { many })
    };
    view! {
        <span class="count">
            <span class="count-n">{move || n.get()}</span>
            " "
            <span class="count-unit">{unit}</span>
        </span>
    }
}

fn nothing_pending(
    timeline: &Arc<Timeline>,
    most_recent: Option<Deadline>,
    ended_ago_secs: Option<i64>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let timeline = timeline.clone();
    let detail = move || {
        let lang = lang.get();
        let Some(d) = most_recent.as_ref() else {
            return String::new();
        };
        let name = chain_name(&timeline, &d.chain, lang);
        let date = d.date.format_long(lang);
        let outcome = outcome_label(d.outcome, lang);
        match ended_ago_secs {
            Some(secs) => tf(
                lang,
                "countdown.passed",
                &[
                    ("name", &name),
                    ("date", &date),
                    ("ago", &ago_words(secs, lang)),
                    ("outcome", outcome),
                ],
            ),
            None => tf(
                lang,
                "countdown.ended_early",
                &[("name", &name), ("date", &date), ("outcome", outcome)],
            ),
        }
    };
    view! {
        <p class="countdown-none">{move || t(lang.get(), "countdown.none")}</p>
        <p class="countdown-recent">{detail}</p>
    }
}

/// "302 days" / "1 day" / "5 hours": the largest unit is enough for "how long ago".
fn ago_words(secs: i64, lang: Lang) -> String {
    let c = Countdown::from_secs(secs);
    let (n, one, many) = if c.days > 0 {
        (c.days, "unit.day", "unit.days")
    } else if c.hours > 0 {
        (c.hours, "unit.hour", "unit.hours")
    } else {
        (c.minutes, "unit.minute", "unit.minutes")
    };
    let singular = match lang {
        Lang::En => n == 1,
        Lang::Fr => n <= 1,
    };
    format!("{n} {}", t(lang, if singular { one } else { many }))
}

/// A `data:` address that downloads `ics` as a calendar file.
pub fn calendar_href(ics: &str) -> String {
    format!("data:text/calendar;charset=utf-8,{}", encode_component(ics))
}

/// Whether an outcome is shown as settled (for styling).
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
    use super::*;

    #[test]
    fn calendar_files_download_as_percent_encoded_data() {
        assert_eq!(
            calendar_href("A,b\r\n"),
            "data:text/calendar;charset=utf-8,A%2Cb%0D%0A"
        );
        assert!(calendar_href("é").ends_with("%C3%A9"));
    }

    #[test]
    fn how_long_ago_uses_the_largest_unit() {
        assert_eq!(ago_words(86_400 * 302 + 5, Lang::En), "302 days");
        assert_eq!(ago_words(86_400, Lang::Fr), "1 jour");
        assert_eq!(ago_words(3 * 3600, Lang::Fr), "3 heures");
        assert_eq!(ago_words(59, Lang::En), "0 minutes");
    }
}
