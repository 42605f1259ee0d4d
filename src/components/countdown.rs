//! The countdown to the next deadline, on the home page and on the timeline.

use crate::components::clock::use_now;
use crate::content::{term_name, Timeline};
use crate::i18n::Lang;
use crate::routes::{with_base, Page};
use crate::timeline::{
    ago, calendar_href, chains, eastern_date, ics_for, next_deadline, outcome_label, shape_span,
    step_words, Countdown, Deadline, IcsDeadline, NextDeadline, TimeUnit, TimelineQuery,
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
    // How long the card keeps its shape as rendered (see `shape_span`), as "FROM UNTIL" in
    // Unix seconds, `-` for an open end: a pre-rendered home page counts its numbers on its own
    // within that span, and starts the app outside it (public/boot.js).
    let (from, until) = shape_span(&timeline, now.get_untracked());
    let end = |t: Option<i64>| t.map_or_else(|| "-".to_owned(), |t| t.to_string());
    let shape = format!("{} {}", end(from), end(until));
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
        <section
            class="countdown"
            aria-labelledby="countdown-title"
            data-shape=shape
        >
            <h2 id="countdown-title">{move || lang.get().strings().countdown.title}</h2>
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
            let query = TimelineQuery::default().toggle_chain(&chain);
            let path = with_base(&Page::Timeline.path(lang.get()));
            format!("{}#{event_id}", query.href(&path))
        }
    };
    let file_name = format!("{}-{}.ics", deadline.chain, date);
    let s = move || lang.get().strings();
    view! {
        <p class="countdown-deadline">
            <span class="countdown-chain">{name}</span>
            <strong><time datetime=date.to_string()>{move || date.format_long(lang.get())}</time></strong>
        </p>
        <div class="countdown-clock" role="timer" aria-atomic="true">
            <CountUnit n=Signal::derive(move || left().days) unit=TimeUnit::Day lang tick=Tick::until(ends_at, None) />
            <CountUnit n=Signal::derive(move || left().hours) unit=TimeUnit::Hour lang tick=Tick::until(ends_at, Some(24)) />
            <CountUnit n=Signal::derive(move || left().minutes) unit=TimeUnit::Minute lang tick=Tick::until(ends_at, Some(60)) />
        </div>
        <p class="countdown-tz">{move || s().countdown.tz.fill([&date.format_long(lang.get())])}</p>
        <details class="countdown-steps">
            <summary>{move || s().countdown.steps}</summary>
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
            <a class="button" href=ics download=file_name>{move || s().countdown.ics}</a>
            " "
            <A href=chain_link attr:class="countdown-more">{move || s().countdown.follow}</A>
        </p>
    }
}

/// How a page counts a number of the card on its own, without the app (`public/boot.js`): the
/// whole `unit`s from now until `at` (or since `at`), modulo `modulo` when given. These are the
/// numbers `Countdown::from_secs` and `ago` compute. Written as one attribute (one string, so
/// that the wasm carries no extra attribute types): `data-count="until|since AT UNIT_SECS
/// MODULO FORMS"`, MODULO 0 for none, FORMS the noun for 0, 1 and more, joined by `|`.
#[derive(Clone, Copy)]
struct Tick {
    since: bool,
    at: i64,
    modulo: Option<i64>,
}

impl Tick {
    fn until(at: i64, modulo: Option<i64>) -> Tick {
        Tick {
            since: false,
            at,
            modulo,
        }
    }

    fn since(at: i64) -> Tick {
        Tick {
            since: true,
            at,
            modulo: None,
        }
    }
}

/// One unit of the countdown: "5 days", "0 minute"; its `data-count` says how to count it on.
/// Only a pre-rendered page reads it, so it is written once, in the language of the moment.
#[component]
fn CountUnit(n: Signal<i64>, unit: TimeUnit, lang: Signal<Lang>, tick: Tick) -> impl IntoView {
    let word = move || {
        let lang = lang.get();
        unit.noun(lang).form(lang.plural(n.get().max(0) as u64))
    };
    let count = {
        let lang = lang.get_untracked();
        format!(
            "{} {} {} {} {}",
            if tick.since { "since" } else { "until" },
            tick.at,
            unit.secs(),
            tick.modulo.unwrap_or(0),
            lang.forms_by_count(unit.noun(lang)).join("|")
        )
    };
    view! {
        <span
            class="count"
            data-count=count
        >
            <span class="count-n">{move || n.get()}</span>
            " "
            <span class="count-unit">{word}</span>
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
        let signal = lang;
        let lang = lang.get();
        let d = most_recent.as_ref()?;
        let name = chain_name(&timeline, &d.chain, lang);
        let date = d.date.format_long(lang);
        let outcome = outcome_label(d.outcome, lang);
        let words = &lang.strings().countdown;
        Some(match ended_ago_secs {
            Some(secs) => {
                // "… 312 days ago …", the number counted on like the countdown's.
                let (n, unit) = ago(secs);
                let (before, after) = words.passed.around([&name, &date, "", outcome], 2);
                let tick = Tick::since(d.ends_at_unix);
                view! { {before} <CountUnit n=Signal::stored(n) unit lang=signal tick /> {after} }
                    .into_any()
            }
            None => words.ended_early.fill([&name, &date, outcome]).into_any(),
        })
    };
    view! {
        <p class="countdown-none">{move || lang.get().strings().countdown.none}</p>
        <p class="countdown-recent">{detail}</p>
    }
}
