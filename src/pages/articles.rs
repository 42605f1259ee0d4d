use crate::components::content_view::with_content;
use crate::components::lang::use_lang;
use crate::components::sources::ExternalLink;
use crate::content::{term_name, Articles};
use crate::i18n::{t, tf, Lang};
use crate::pages::PageMeta;
use crate::press::{ArticleQuery, PressIndex, Sort, TextIndex};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The press list: free text, facets (kind, tags, publisher, language, year), sorting and
/// "show more", all kept in the address.
#[component]
pub fn ArticlesPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageMeta lang title="articles.title" description="articles.description" />
        <div class="wrap page articles">
            <h1>{move || t(lang.get(), "articles.title")}</h1>
            <p class="lede">{move || t(lang.get(), "articles.description")}</p>
            {with_content::<Articles, _>(lang, move |data| view! { <ArticleList data lang /> })}
        </div>
    }
}

/// One facet value as a filter button whose count, state and link follow the address; a value
/// that would give nothing is a disabled button with no link. Built once per language and
/// updated in place, so a filter change touches only what changed.
fn facet_chip(
    label: String,
    count: Signal<usize>,
    on: Signal<bool>,
    href: Signal<String>,
) -> impl IntoView {
    let off = move || count.get() == 0 && !on.get();
    view! {
        <li>
            <a
                class="chip"
                role="button"
                data-noscroll=true
                href=move || (!off()).then(|| href.get())
                aria-disabled=move || off().then_some("true")
                aria-pressed=move || if on.get() { "true" } else { "false" }
            >
                {label}
                " "
                <span class="chip-count">{move || count.get()}</span>
            </a>
        </li>
    }
}

#[component]
fn ArticleList(data: Arc<Articles>, lang: Signal<Lang>) -> impl IntoView {
    let index = Arc::new(PressIndex::new(&data));
    let text = Arc::new(TextIndex::new(&data));
    let location = use_location();
    let navigate = use_navigate();
    let parsed = {
        let index = index.clone();
        Memo::new(move |_| ArticleQuery::parse(&location.search.get(), &index))
    };
    let query = Memo::new(move |_| parsed.get().query);
    let hits = Memo::new(move |_| text.hits(lang.get(), &query.with(|q| q.q.clone())));
    // Filtering ignores the page, so "show more" does not run it again.
    let result = {
        let index = index.clone();
        Memo::new(move |_| hits.with(|h| index.filter(&query.get().first_page(), h.as_deref())))
    };
    let pathname = location.pathname;
    let path = move || pathname.get();
    let link = move |q: ArticleQuery| q.href(&path());

    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let next = query.get_untracked().with_text(value);
        navigate(
            &next.href(&location.pathname.get_untracked()),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };

    let sort_links = move || {
        let q = query.get();
        let lang = lang.get();
        let current = q.effective_sort();
        Sort::ALL
            .into_iter()
            .filter(|s| *s != Sort::Relevance || q.has_text())
            .map(|s| {
                let on = s == current;
                view! {
                    <li>
                        <a href=link(q.with_sort(s)) class="chip" aria-current=on.then_some("true") data-noscroll=true>{s.label(lang)}</a>
                    </li>
                }
            })
            .collect_view()
    };

    let facets = {
        let data = data.clone();
        let index = index.clone();
        // Rebuilt only when the language changes; counts, states and links update in place.
        move || {
            let lang = lang.get();
            let kinds = index
                .kinds()
                .iter()
                .enumerate()
                .map(|(pos, id)| {
                    let (a, b) = (id.clone(), id.clone());
                    facet_chip(
                        term_name(&data.kinds, id, lang),
                        Signal::derive(move || result.with(|r| r.counts.kinds[pos])),
                        Signal::derive(move || query.with(|q| q.kinds.contains(&a))),
                        Signal::derive(move || link(query.with(|q| q.toggle_kind(&b)))),
                    )
                })
                .collect_view();
            let tags = index
                .tags()
                .iter()
                .enumerate()
                .map(|(pos, id)| {
                    let (a, b) = (id.clone(), id.clone());
                    facet_chip(
                        term_name(&data.tags, id, lang),
                        Signal::derive(move || result.with(|r| r.counts.tags[pos])),
                        Signal::derive(move || query.with(|q| q.tags.contains(&a))),
                        Signal::derive(move || link(query.with(|q| q.toggle_tag(&b)))),
                    )
                })
                .collect_view();
            let languages = Lang::ALL
                .into_iter()
                .map(|l| {
                    let key = if l == Lang::En {
                        "articles.lang.en"
                    } else {
                        "articles.lang.fr"
                    };
                    facet_chip(
                        t(lang, key).to_owned(),
                        Signal::derive(move || result.with(|r| r.counts.language(l))),
                        Signal::derive(move || query.with(|q| q.languages.contains(&l))),
                        Signal::derive(move || link(query.with(|q| q.toggle_language(l)))),
                    )
                })
                .collect_view();
            let years = index
                .years()
                .iter()
                .enumerate()
                .map(|(pos, &y)| {
                    let on = Signal::derive(move || query.with(|q| q.selected_year() == Some(y)));
                    facet_chip(
                        y.to_string(),
                        Signal::derive(move || result.with(|r| r.counts.years[pos])),
                        on,
                        Signal::derive(move || {
                            let year = if on.get() { None } else { Some(y) };
                            link(query.with(|q| q.with_year(year)))
                        }),
                    )
                })
                .collect_view();
            let publishers = index
                .publishers()
                .iter()
                .enumerate()
                .map(|(pos, p)| {
                    let (a, b) = (p.clone(), p.clone());
                    facet_chip(
                        p.clone(),
                        Signal::derive(move || result.with(|r| r.counts.publishers[pos])),
                        Signal::derive(move || query.with(|q| q.publishers.contains(&a))),
                        Signal::derive(move || link(query.with(|q| q.toggle_publisher(&b)))),
                    )
                })
                .collect_view();
            let open_publishers = move || query.with(|q| !q.publishers.is_empty());
            view! {
                <div class="facet">
                    <h3 class="control-label" id="facet-kind">{t(lang, "articles.facet.kind")}</h3>
                    <ul class="chips" aria-labelledby="facet-kind">{kinds}</ul>
                </div>
                <div class="facet">
                    <h3 class="control-label" id="facet-tag">{t(lang, "articles.facet.tag")}</h3>
                    <ul class="chips" aria-labelledby="facet-tag">{tags}</ul>
                </div>
                <div class="facet">
                    <h3 class="control-label" id="facet-lang">{t(lang, "articles.facet.language")}</h3>
                    <ul class="chips" aria-labelledby="facet-lang">{languages}</ul>
                </div>
                <div class="facet">
                    <h3 class="control-label" id="facet-year">{t(lang, "articles.facet.year")}</h3>
                    <ul class="chips" aria-labelledby="facet-year">{years}</ul>
                </div>
                <details class="facet" open=open_publishers>
                    <summary class="control-label" id="facet-publisher">{t(lang, "articles.facet.publisher")}</summary>
                    <ul class="chips" aria-labelledby="facet-publisher">{publishers}</ul>
                </details>
            }
        }
    };

    let notes = move || {
        let lang = lang.get();
        parsed
            .get()
            .notes
            .iter()
            .map(|n| view! { <li>{n.text(lang)}</li> })
            .collect_view()
    };

    // Cards are keyed by article and language, so a filter change keeps the cards that stay.
    let visible = move || {
        let q = query.get();
        let lang = lang.get();
        result.with(|r| {
            r.visible(q.page)
                .iter()
                .map(|&i| (i, lang))
                .collect::<Vec<_>>()
        })
    };
    let card = {
        let data = data.clone();
        move |(i, lang): (usize, Lang)| article_card(&data, i, lang, &path())
    };
    let empty = move || {
        let q = query.get();
        let lang = lang.get();
        result.with(|r| r.matches.is_empty()).then(|| {
            let what = if q.q.trim().is_empty() {
                t(lang, "articles.none.filters").to_owned()
            } else {
                tf(lang, "articles.none.text", &[("q", q.q.trim())])
            };
            view! {
                <div class="empty">
                    <p>{what}</p>
                    <p><A href=link(ArticleQuery::default()) attr:class="button">{t(lang, "articles.clear")}</A></p>
                </div>
            }
        })
    };

    let more = move || {
        let q = query.get();
        let r = result.get();
        r.has_more(q.page).then(|| {
            let n = r.next_batch(q.page);
            view! {
                <p class="show-more">
                    <A href=link(q.next_page()) attr:class="button" scroll=false>
                        {tf(lang.get(), "articles.more", &[("n", &n.to_string())])}
                    </A>
                </p>
            }
        })
    };

    let count = move || {
        let n = result.get().total();
        tf(
            lang.get(),
            if n == 1 {
                "articles.count.one"
            } else {
                "articles.count"
            },
            &[("n", &n.to_string())],
        )
    };

    view! {
        <div class="faq-search" role="search">
            <label for="article-search" class="search-label">{move || t(lang.get(), "articles.search.label")}</label>
            <input id="article-search" type="search" autocomplete="off" spellcheck="false" maxlength="200"
                placeholder=move || t(lang.get(), "articles.search.placeholder")
                prop:value=move || query.with(|q| q.q.clone())
                on:input=on_input />
        </div>
        <ul class="query-notes">{notes}</ul>
        <section class="facets" aria-labelledby="facets-title">
            <h2 id="facets-title" class="visually-hidden">{move || t(lang.get(), "articles.filters")}</h2>
            {facets}
            <div class="facet">
                <h3 class="control-label" id="facet-sort">{move || t(lang.get(), "articles.sort")}</h3>
                <ul class="chips" aria-labelledby="facet-sort">{sort_links}</ul>
            </div>
        </section>
        <div class="faq-toolbar">
            <p class="result-count" aria-live="polite" aria-atomic="true">{count}</p>
            {move || query.get().is_filtered().then(|| view! {
                <A href=link(ArticleQuery::default()) attr:class="link-button">{t(lang.get(), "articles.clear")}</A>
            })}
        </div>
        {empty}
        <ul class="article-list">
            <For each=visible key=|k| *k children=card />
        </ul>
        {more}
    }
}

fn article_card(data: &Articles, i: usize, lang: Lang, path: &str) -> impl IntoView {
    let a = &data.articles[i];
    let kind = term_name(&data.kinds, &a.kind, lang);
    let tags = a
        .tags
        .iter()
        .map(|id| {
            let name = term_name(&data.tags, id, lang);
            let href = ArticleQuery {
                tags: [id.clone()].into(),
                ..Default::default()
            }
            .href(path);
            view! { <li><a href=href class="tag">{format!("#{name}")}</a></li> }
        })
        .collect_view();
    let translated = (a.language != lang).then(|| a.translated_title.clone());
    let read = tf(lang, "articles.read", &[("publisher", &a.publisher)]);
    view! {
        <li class="card article-card" id=a.id.clone()>
            <p class="card-meta">
                <span class="badge">{kind}</span>
                " "
                <span class="publisher">{a.publisher.clone()}</span>
                " · "
                <time datetime=a.date.to_string()>{a.date.format_long(lang)}</time>
            </p>
            <h2 class="card-title" lang=a.language.code()>{a.title.clone()}</h2>
            {translated.map(|title| view! {
                <p class="translated-title">
                    <span class="visually-hidden">{t(lang, "articles.translation")} " "</span>
                    {title}
                </p>
            })}
            <p>{a.summary.get(lang).to_owned()}</p>
            <ul class="tags" aria-label=t(lang, "articles.facet.tag")>{tags}</ul>
            <ExternalLink href=a.url.clone() lang=Signal::stored(lang)>
                {read}
            </ExternalLink>
        </li>
    }
}
