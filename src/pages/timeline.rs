use crate::components::address::use_page_address;
use crate::components::chip::FilterChip;
use crate::components::clock::now_unix;
use crate::components::countdown::NextDeadlineCard;
use crate::components::filters::FilterPanel;
use crate::components::page::content_page;
use crate::components::sources::SourceList;
use crate::content::{term_name, Event, Timeline};
use crate::date::Date;
use crate::i18n::Lang;
use crate::routes::{join_query, Page};
use crate::timeline::{
    calendar_href, chains, eastern_date, ics_for, kind_label, outcome_class, outcome_icon,
    outcome_label, step_words, today_text, today_words, year_groups, years, IcsDeadline,
    TimelineQuery, EVENT_KINDS,
};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// Every event and deadline, grouped by year, with the countdown, the deadline chains, a kind
/// filter and a year jump. Filter and highlighted chain live in the query string.
#[component]
pub fn TimelinePage() -> impl IntoView {
    content_page::<Timeline, _>(
        Page::Timeline,
        |data, lang| view! { <TimelineView data lang /> },
    )
}

#[component]
fn TimelineView(data: Arc<Timeline>, lang: Signal<Lang>) -> impl IntoView {
    let location = use_page_address().expect("a content page");
    let s = move || lang.get().strings();
    let parsed = Memo::new(move |_| TimelineQuery::parse(&location.search.get()));
    let query = Memo::new(move |_| parsed.with(|p| p.query.clone()));
    // The highlighted chain, when the address names one the timeline has.
    let selected = {
        let data = data.clone();
        Memo::new(move |_| {
            query
                .with(|q| q.chain.clone())
                .filter(|c| data.deadlines.iter().any(|d| &d.id == c))
        })
    };
    let path = move || location.pathname.get();
    let link = move |q: TimelineQuery| q.href(&path());

    // Jump to `#year-2024` or an event's anchor once the list is on screen, and on every
    // change of fragment.
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

    let kind_chips = move || {
        let lang = lang.get();
        let all = view! {
            <FilterChip
                label=lang.strings().timeline.kinds_all
                href=Signal::derive(move || link(query.with(TimelineQuery::all_kinds)))
                pressed=Signal::derive(move || query.with(|q| q.kinds.is_empty()))
            />
        };
        let kinds = EVENT_KINDS
            .into_iter()
            .map(|kind| {
                view! {
                    <FilterChip
                        label=kind_label(kind, lang)
                        href=Signal::derive(move || link(query.with(|q| q.toggle_kind(kind))))
                        pressed=Signal::derive(move || query.with(|q| q.kinds.contains(&kind)))
                    />
                }
            })
            .collect_view();
        view! { {all} {kinds} }
    };

    let note = move || parsed.with(|p| p.note(lang.get()));
    let year_links = {
        let data = data.clone();
        move || {
            // With a <base> element, a bare "#year" would resolve against the site root.
            let here = join_query(&path(), &location.search.get());
            years(&data)
                .into_iter()
                .map(|y| view! { <li><a href=format!("{here}#year-{y}")>{y}</a></li> })
                .collect_view()
        }
    };

    // Built once per language; which chain is highlighted updates in place, so the chain the
    // visitor chose keeps the focus.
    let chain_list = {
        let data = data.clone();
        move || {
            let lang = lang.get();
            chains(&data)
                .into_iter()
                .filter(|c| !c.links.is_empty())
                .map(|c| {
                    let name = term_name(&data.deadlines, &c.id, lang);
                    let (a, b) = (c.id.clone(), c.id.clone());
                    let on = Signal::derive(move || selected.with(|s| s.as_deref() == Some(a.as_str())));
                    let href = move || link(query.with(|q| q.toggle_chain(&b)));
                    let summary = c.summary(lang).unwrap_or_default();
                    let outcome = c.final_outcome();
                    view! {
                        <li class="chain" class:selected=on>
                            <A href=href scroll=false attr:class="chain-toggle"
                                attr:aria-pressed=move || if on.get() { "true" } else { "false" } attr:role="button">
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
            let shown = query.with(|q| q.apply(&data));
            let lang_now = lang.get();
            let chain = selected.get();
            if data.events.is_empty() {
                return view! { <p class="empty">{lang_now.strings().timeline.nothing}</p> }
                    .into_any();
            }
            if shown.is_empty() {
                return view! { <p class="empty">{lang_now.strings().timeline.empty}</p> }
                    .into_any();
            }
            year_groups(&data, &shown, today)
                .into_iter()
                .map(|group| {
                    let year = group.year;
                    let mut items: Vec<AnyView> = Vec::new();
                    for (pos, &i) in group.events.iter().enumerate() {
                        if group.today_at == Some(pos) {
                            items.push(today_marker(today, lang_now).into_any());
                        }
                        let event = &data.events[i];
                        let in_chain = chain
                            .as_ref()
                            .is_some_and(|c| event.deadlines.iter().any(|d| &d.chain == c));
                        items.push(event_item(&data, event, in_chain, lang_now).into_any());
                    }
                    if group.today_at == Some(group.events.len()) {
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
        <div class="results-layout">
            <FilterPanel lang
                active=Signal::derive(move || query.with(|q| q.active_filters()))
                state=Signal::derive(move || location.search.get())>
                <div class="control-group">
                    <h3 class="control-label" id="kinds-label">{move || s().timeline.kinds}</h3>
                    <ul class="chips" aria-labelledby="kinds-label">{kind_chips}</ul>
                </div>
                <nav class="control-group" aria-labelledby="years-label">
                    <h3 class="control-label" id="years-label">{move || s().timeline.jump}</h3>
                    <ul class="chips years">{year_links}</ul>
                </nav>
                <div class="chains">
                    <h3 class="control-label" id="chains-title">{move || s().timeline.chains}</h3>
                    <p class="chains-help">{move || s().timeline.chains_help}</p>
                    <ul class="chain-list" aria-labelledby="chains-title">{chain_list}</ul>
                    {move || pending_ics().map(|href| view! {
                        <p><a class="button" href=href download="sunny-corner-deadlines.ics">{s().timeline.ics_all}</a></p>
                    })}
                </div>
            </FilterPanel>
            <div class="results">
                {move || note().map(|n| view! { <p class="query-note" role="status">{n}</p> })}
                <div class="events" data-today=move || today_words(lang.get())>{events}</div>
            </div>
        </div>
    }
}

fn today_marker(today: Date, lang: Lang) -> impl IntoView {
    view! {
        <li class="today-marker" id="today" data-day=today.to_string()>
            <span>{today_text(today, lang)}</span>
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
            <article aria-labelledby=format!("title-{}", event.id)>
            <p class="event-meta">
                <time datetime=event.date.to_string()>{event.date.format_long(lang)}</time>
                " "
                <span class="badge">{kind_label(event.kind, lang)}</span>
                {in_chain.then(|| view! { <span class="in-chain-label">{lang.strings().timeline.in_chain}</span> })}
            </p>
            <h3 id=format!("title-{}", event.id)>{event.title.get(lang).to_owned()}</h3>
            <p>{event.description.get(lang).to_owned()}</p>
            {has_changes.then(|| view! {
                <ul class="deadline-changes" aria-label=lang.strings().timeline.changes>{changes}</ul>
            })}
            <SourceList sources=event.sources.clone() lang=Signal::stored(lang) />
            </article>
        </li>
    }
}
