use crate::components::clock::now_unix;
use crate::components::content_view::with_content;
use crate::components::countdown::{calendar_href, outcome_class, outcome_icon, NextDeadlineCard};
use crate::components::lang::use_lang;
use crate::components::sources::SourceList;
use crate::content::{term_name, Event, Timeline};
use crate::date::Date;
use crate::i18n::{t, tf, Lang};
use crate::pages::PageMeta;
use crate::routes::join_query;
use crate::timeline::{
    chains, eastern_date, ics_for, kind_label, outcome_label, step_words, EventFilter, IcsDeadline,
    EVENT_KINDS,
};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_query_map};
use std::sync::Arc;

/// Every event and deadline, grouped by year, with the countdown, the deadline chains, a kind
/// filter and a year jump. Filter and highlighted chain live in the query string.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageMeta lang title="timeline.title" description="timeline.description" />
        <div class="wrap page timeline">
            <h1>{move || t(lang.get(), "timeline.title")}</h1>
            <p class="lede">{move || t(lang.get(), "timeline.description")}</p>
            {with_content::<Timeline, _>(lang, move |data| view! { <TimelineView data lang /> })}
        </div>
    }
}

#[component]
fn TimelineView(data: Arc<Timeline>, lang: Signal<Lang>) -> impl IntoView {
    let query = use_query_map();
    let parsed = Memo::new(move |_| {
        let q = query.read();
        EventFilter::from_params(q.get_str("kind"), q.get_str("year"))
    });
    let chain_ids: Vec<String> = data.deadlines.iter().map(|d| d.id.clone()).collect();
    let selected = Memo::new(move |_| {
        query
            .read()
            .get_str("chain")
            .filter(|c| chain_ids.iter().any(|id| id == c))
            .map(str::to_owned)
    });
    // A link to this page with another filter or chain, keeping the rest.
    let href = move |filter: &EventFilter, chain: Option<&str>| {
        let mut parts = vec![filter.to_query()];
        if let Some(chain) = chain {
            parts.push(format!("chain={chain}"));
        }
        parts.retain(|p| !p.is_empty());
        if parts.is_empty() {
            "?".to_owned()
        } else {
            format!("?{}", parts.join("&"))
        }
    };

    // Jump to `#year-2024` or an event's anchor once the list is on screen, and on every
    // change of fragment.
    let location = use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        let id = hash.trim_start_matches('#').to_owned();
        if id.is_empty() {
            return;
        }
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&id) {
                el.scroll_into_view();
            }
        });
    });

    let today = eastern_date(now_unix());
    let years = {
        let data = data.clone();
        move || {
            let filter = parsed.get().filter;
            let shown: Vec<usize> = filter.apply(&data);
            let mut years: Vec<i32> = shown.iter().map(|&i| data.events[i].date.year()).collect();
            years.dedup();
            (shown, years)
        }
    };
    let chain_of = {
        let data = data.clone();
        move |event: &Event| -> Vec<String> {
            event
                .deadlines
                .iter()
                .filter(|c| data.deadlines.iter().any(|d| d.id == c.chain))
                .map(|c| c.chain.clone())
                .collect()
        }
    };

    let kind_chips = move || {
        let filter = parsed.get().filter;
        let chain = selected.get();
        let all = EventFilter {
            kinds: Vec::new(),
            year: filter.year,
        };
        let mut chips = vec![view! {
            <li>
                <A href=href(&all, chain.as_deref()) scroll=false attr:class="chip" attr:aria-current=filter.kinds.is_empty().then_some("true")>
                    {t(lang.get(), "timeline.kinds.all")}
                </A>
            </li>
        }
        .into_any()];
        for kind in EVENT_KINDS {
            let on = filter.kinds.contains(&kind);
            chips.push(
                view! {
                    <li>
                        <A href=href(&filter.toggle_kind(kind), chain.as_deref()) scroll=false attr:class="chip" attr:aria-pressed=if on { "true" } else { "false" } attr:role="button">
                            {kind_label(kind, lang.get())}
                        </A>
                    </li>
                }
                .into_any(),
            );
        }
        chips
    };

    let note = move || parsed.get().note(lang.get());
    let year_links = {
        let data = data.clone();
        move || {
            // With a <base> element, a bare "#year" would resolve against the site root.
            let here = join_query(&location.pathname.get(), &location.search.get());
            let mut years: Vec<i32> = data.events.iter().map(|e| e.date.year()).collect();
            years.dedup();
            years
                .into_iter()
                .map(|y| view! { <li><a href=format!("{here}#year-{y}")>{y}</a></li> })
                .collect_view()
        }
    };

    let chain_list = {
        let data = data.clone();
        move || {
            let lang = lang.get();
            let filter = parsed.get().filter;
            let current = selected.get();
            chains(&data)
                .into_iter()
                .filter(|c| !c.links.is_empty())
                .map(|c| {
                    let name = term_name(&data.deadlines, &c.id, lang);
                    let on = current.as_deref() == Some(c.id.as_str());
                    let link = if on { href(&filter, None) } else { href(&filter, Some(&c.id)) };
                    let summary = c.summary(lang).unwrap_or_default();
                    let outcome = c.final_outcome();
                    view! {
                        <li class="chain" class:selected=on>
                            <A href=link scroll=false attr:class="chain-toggle" attr:aria-pressed=if on { "true" } else { "false" } attr:role="button">
                                {name}
                            </A>
                            <span class="chain-summary">{summary}</span>
                            {outcome.map(|o| view! {
                                <span class=format!("outcome {}", outcome_class(o))>
                                    <span aria-hidden="true">{outcome_icon(o)}</span>" "{outcome_label(o, lang)}
                                </span>
                            })}
                        </li>
                    }
                })
                .collect_view()
        }
    };

    let pending_ics = {
        let data = data.clone();
        move || {
            let now = now_unix();
            let pending = IcsDeadline::pending(&data, now);
            (!pending.is_empty()).then(|| calendar_href(&ics_for(&pending, now, lang.get())))
        }
    };

    let events = {
        let data = data.clone();
        move || {
            let (shown, years) = years();
            let lang_now = lang.get();
            let chain = selected.get();
            if shown.is_empty() {
                return view! { <p class="empty">{t(lang_now, "timeline.empty")}</p> }.into_any();
            }
            let today_year = today.year();
            years
                .into_iter()
                .map(|year| {
                    let in_year: Vec<usize> = shown
                        .iter()
                        .copied()
                        .filter(|&i| data.events[i].date.year() == year)
                        .collect();
                    // The "today" marker goes before the first later event of its year, or at the
                    // end of the year's list.
                    let marker_at = (year == today_year).then(|| {
                        in_year
                            .iter()
                            .position(|&i| data.events[i].date > today)
                            .unwrap_or(in_year.len())
                    });
                    let mut items: Vec<AnyView> = Vec::new();
                    for (pos, &i) in in_year.iter().enumerate() {
                        if marker_at == Some(pos) {
                            items.push(today_marker(today, lang_now).into_any());
                        }
                        let event = &data.events[i];
                        let in_chain = chain.as_ref().is_some_and(|c| chain_of(event).contains(c));
                        items.push(event_item(&data, event, in_chain, lang_now).into_any());
                    }
                    if marker_at == Some(in_year.len()) {
                        items.push(today_marker(today, lang_now).into_any());
                    }
                    view! {
                        <section class="timeline-year" aria-labelledby=format!("year-{year}")>
                            <h2 id=format!("year-{year}") tabindex="-1">{year}</h2>
                            <ol class="event-list">{items}</ol>
                        </section>
                    }
                    .into_any()
                })
                .collect_view()
                .into_any()
        }
    };

    view! {
        <NextDeadlineCard timeline=data.clone() lang />
        <section class="timeline-controls" aria-labelledby="filters-title">
            <h2 id="filters-title" class="visually-hidden">{move || t(lang.get(), "timeline.filters")}</h2>
            <div class="control-group">
                <h3 class="control-label" id="kinds-label">{move || t(lang.get(), "timeline.kinds")}</h3>
                <ul class="chips" aria-labelledby="kinds-label">{kind_chips}</ul>
            </div>
            <nav class="control-group" aria-labelledby="years-label">
                <h3 class="control-label" id="years-label">{move || t(lang.get(), "timeline.jump")}</h3>
                <ul class="chips years">{year_links}</ul>
            </nav>
            {move || note().map(|n| view! { <p class="query-note" role="status">{n}</p> })}
        </section>
        <section class="chains" aria-labelledby="chains-title">
            <h2 id="chains-title">{move || t(lang.get(), "timeline.chains")}</h2>
            <p class="chains-help">{move || t(lang.get(), "timeline.chains.help")}</p>
            <ul class="chain-list">{chain_list}</ul>
            {move || pending_ics().map(|href| view! {
                <p><a class="button" href=href download="sunny-corner-deadlines.ics">{t(lang.get(), "timeline.ics.all")}</a></p>
            })}
        </section>
        <div class="events">{events}</div>
    }
}

fn today_marker(today: Date, lang: Lang) -> impl IntoView {
    view! {
        <li class="today-marker" id="today">
            <span>{tf(lang, "timeline.today", &[("date", &today.format_long(lang))])}</span>
        </li>
    }
}

fn event_item(data: &Timeline, event: &Event, in_chain: bool, lang: Lang) -> impl IntoView {
    let changes = event
        .deadlines
        .iter()
        .map(|c| {
            let name = term_name(&data.deadlines, &c.chain, lang);
            let note = c.note.as_ref().map(|n| n.get(lang).to_owned());
            view! {
                <li class="deadline-change">
                    <span class="change-chain">{name}</span>
                    <span class="change-dates">{step_words(c.from, c.to, lang)}</span>
                    <span class=format!("outcome {}", outcome_class(c.outcome))>
                        <span aria-hidden="true">{outcome_icon(c.outcome)}</span>
                        " "
                        {outcome_label(c.outcome, lang)}
                    </span>
                    {note.map(|n| view! { <span class="change-note">{n}</span> })}
                </li>
            }
        })
        .collect_view();
    let has_changes = !event.deadlines.is_empty();
    view! {
        <li class="event" class:in-chain=in_chain id=event.id.clone()>
            <p class="event-meta">
                <time datetime=event.date.to_string()>{event.date.format_long(lang)}</time>
                " "
                <span class="badge">{kind_label(event.kind, lang)}</span>
                {in_chain.then(|| view! { <span class="in-chain-label">{t(lang, "timeline.in_chain")}</span> })}
            </p>
            <h3>{event.title.get(lang).to_owned()}</h3>
            <p>{event.description.get(lang).to_owned()}</p>
            {has_changes.then(|| view! {
                <ul class="deadline-changes" aria-label=t(lang, "timeline.changes")>{changes}</ul>
            })}
            <SourceList sources=event.sources.clone() lang=Signal::stored(lang) />
        </li>
    }
}
