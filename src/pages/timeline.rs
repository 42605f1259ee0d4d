use crate::app::use_lang;
use crate::components::content_view::with_content;
use crate::components::sources::SourceList;
use crate::content::Timeline;
use crate::i18n::t;
use crate::pages::PageMeta;
use leptos::prelude::*;

/// Every event and deadline, grouped by year.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageMeta lang title="timeline.title" description="timeline.description" />
        <div class="wrap page timeline">
            <h1>{move || t(lang.get(), "timeline.title")}</h1>
            <p class="lede">{move || t(lang.get(), "timeline.description")}</p>
            {with_content::<Timeline, _>(lang, move |data| {
                let mut years: Vec<i32> = data.events.iter().map(|e| e.date.year()).collect();
                years.dedup();
                years
                    .into_iter()
                    .map(|year| {
                        let events: Vec<_> = data.events.iter().filter(|e| e.date.year() == year).cloned().collect();
                        view! {
                            <section class="timeline-year" aria-labelledby=format!("year-{year}")>
                                <h2 id=format!("year-{year}")>{year}</h2>
                                <ol class="event-list">
                                    {events
                                        .into_iter()
                                        .map(|e| {
                                            let (title, description) = (e.title.clone(), e.description.clone());
                                            view! {
                                                <li class="event" id=e.id.clone()>
                                                    <time datetime=e.date.to_string()>{move || e.date.format_long(lang.get())}</time>
                                                    <h3>{move || title.get(lang.get()).to_owned()}</h3>
                                                    <p>{move || description.get(lang.get()).to_owned()}</p>
                                                    <SourceList sources=e.sources lang />
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            </section>
                        }
                    })
                    .collect_view()
            })}
        </div>
    }
}
