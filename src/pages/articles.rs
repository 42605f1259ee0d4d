use crate::app::use_lang;
use crate::components::content_view::with_content;
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

/// One facet value as a filter button: a link that toggles it, or a disabled button when it
/// would give nothing.
fn facet_chip(label: String, count: usize, on: bool, href: String) -> AnyView {
    if count == 0 && !on {
        view! {
            <li>
                <span class="chip" role="link" aria-disabled="true">{label} " " <span class="chip-count">"0"</span></span>
            </li>
        }
        .into_any()
    } else {
        view! {
            <li>
                <a href=href class="chip" aria-pressed=if on { "true" } else { "false" } role="button" data-noscroll=true>
                    {label} " " <span class="chip-count">{count}</span>
                </a>
            </li>
        }
        .into_any()
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
    let path = move || location.pathname.get();
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
        move || {
            let q = query.get();
            let r = result.get();
            let lang = lang.get();
            let kinds = index
                .kinds()
                .iter()
                .zip(&r.counts.kinds)
                .map(|(id, &n)| {
                    let name = term_name(&data.kinds, id, lang);
                    facet_chip(name, n, q.kinds.contains(id), link(q.toggle_kind(id)))
                })
                .collect_view();
            let tags = index
                .tags()
                .iter()
                .zip(&r.counts.tags)
                .map(|(id, &n)| {
                    let name = term_name(&data.tags, id, lang);
                    facet_chip(name, n, q.tags.contains(id), link(q.toggle_tag(id)))
                })
                .collect_view();
            let languages = Lang::ALL
                .into_iter()
                .map(|l| {
                    let name = t(
                        lang,
                        if l == Lang::En {
                            "articles.lang.en"
                        } else {
                            "articles.lang.fr"
                        },
                    )
                    .to_owned();
                    facet_chip(
                        name,
                        r.counts.language(l),
                        q.languages.contains(&l),
                        link(q.toggle_language(l)),
                    )
                })
                .collect_view();
            let selected_year = q.selected_year();
            let years = index
                .years()
                .iter()
                .zip(&r.counts.years)
                .map(|(&y, &n)| {
                    let on = selected_year == Some(y);
                    facet_chip(
                        y.to_string(),
                        n,
                        on,
                        link(q.with_year(if on { None } else { Some(y) })),
                    )
                })
                .collect_view();
            let publishers = index
                .publishers()
                .iter()
                .zip(&r.counts.publishers)
                .map(|(p, &n)| {
                    facet_chip(
                        p.clone(),
                        n,
                        q.publishers.contains(p),
                        link(q.toggle_publisher(p)),
                    )
                })
                .collect_view();
            let open_publishers = !q.publishers.is_empty();
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
