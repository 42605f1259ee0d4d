use crate::components::content_view::{content_resource, show_content};
use crate::components::countdown::NextDeadlineCard;
use crate::components::lang::use_lang;
use crate::components::page::PageMeta;
use crate::components::sources::{ExternalLink, SourceList};
use crate::content::{Countdown, Site};
use crate::load::ready;
use crate::routes::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// The front page: name, tagline, the key statement, the countdown, highlights and the press
/// account.
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let s = move || lang.get().strings();
    // Both files start loading now, side by side; the countdown shows as soon as both are in.
    // The countdown's file is the part of the timeline it needs (`Countdown`).
    let site = content_resource::<Site>();
    let countdown = content_resource::<Countdown>();
    // The name and tagline as site.json gives them; the page has its heading even while the
    // file loads or when it cannot be used (the error is said below it).
    let loaded = move || ready::<Site>().or_else(|| site.get().and_then(Result::ok));
    let name = move || {
        loaded()
            .map(|site| site.name.get(lang.get()).to_owned())
            .unwrap_or_else(|| s().site_name.to_owned())
    };
    let tagline = move || {
        loaded().map(|site| {
            let text = site.tagline.get(lang.get()).to_owned();
            view! { <p class="tagline">{text}</p> }
        })
    };
    view! {
        <PageMeta lang title=Page::Home.title() description=Page::Home.description() />
        // `data-standby`: the pre-rendered page is whole without the app, which `boot.js`
        // then does not start as long as the countdown keeps its shape (it counts the numbers
        // itself); see `public/boot.js`.
        <div class="wrap page home" data-standby=Page::Home.state_keys()>
            <section class="hero" aria-labelledby="site-title">
                <h1 id="site-title" tabindex="-1">{name}</h1>
                {tagline}
            </section>
            {show_content(site, lang, move |site| {
                let statement = site.key_statement.clone();
                let highlights = site.highlights.clone();
                let social = site.social.clone();
                view! {
                    <section class="key-statement" aria-labelledby="key-statement-title">
                        <h2 id="key-statement-title">{move || s().home.key_statement}</h2>
                        <figure>
                            <blockquote>
                                <p>{let text = statement.text.clone(); move || text.get(lang.get()).to_owned()}</p>
                            </blockquote>
                            <figcaption>
                                {let who = statement.attribution.clone(); move || who.get(lang.get()).to_owned()}
                                ", "
                                {move || statement.date.format_long(lang.get())}
                            </figcaption>
                        </figure>
                        <SourceList sources=statement.sources.clone() lang />
                    </section>
                    {show_content(countdown, lang, move |c| view! { <NextDeadlineCard timeline=Arc::new(c.0.clone()) lang /> })}
                    // No highlights published: no empty section.
                    {(!highlights.is_empty()).then(|| view! {
                    <section class="highlights" aria-labelledby="highlights-title">
                        <h2 id="highlights-title">{move || s().home.highlights}</h2>
                        <ul class="card-grid">
                            {highlights
                                .into_iter()
                                .map(|h| {
                                    let (title, text) = (h.title.clone(), h.text.clone());
                                    view! {
                                        <li class="card">
                                            <h3>{move || title.get(lang.get()).to_owned()}</h3>
                                            <p>{move || text.get(lang.get()).to_owned()}</p>
                                            <SourceList sources=h.sources lang />
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                    })}
                    <section class="follow" aria-labelledby="follow-title">
                        <h2 id="follow-title">{move || s().home.follow}</h2>
                        <ul class="social-list">
                            {social
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <li>
                                            <ExternalLink href=s.url lang>
                                                <span class="social-handle">{s.handle}</span>
                                            </ExternalLink>
                                            <span class="social-network">" · " {s.network}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
        </div>
    }
}
