use crate::components::address::use_page_address;
use crate::components::chip::FilterChip;
use crate::components::filters::FilterPanel;
use crate::components::page::content_page;
use crate::components::set_if_changed;
use crate::components::sources::ExternalLink;
use crate::components::staged::{staged_rows, RowStates};
use crate::content::{term_name, Articles};
use crate::i18n::Lang;
use crate::list::{rows as list_rows, rows_in_order, shown_mask, RowHeight};
use crate::press::{ArticleQuery, Chip, Facet, Listing, PressIndex, Sort, TextIndex, CARDS_KEPT};
use crate::routes::Page;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// The least height of an article card on any screen (about 220 px on a wide one, with a
/// one-line summary), with room to spare.
const CARD_HEIGHT: RowHeight = RowHeight(160.0);

/// The press list: free text, facets (kind, tags, publisher, language, year), sorting and
/// "show more", all kept in the address.
#[component]
pub fn ArticlesPage() -> impl IntoView {
    content_page::<Articles, _>(
        Page::Articles,
        |data, lang| view! { <ArticleList data lang /> },
    )
}

/// One facet as a labelled list of chips.
fn facet(id: &'static str, label: &'static str, chips: impl IntoView) -> impl IntoView {
    view! {
        <div class="facet">
            <h3 class="control-label" id=id>{label}</h3>
            <ul class="chips" aria-labelledby=id>{chips}</ul>
        </div>
    }
}

#[component]
fn ArticleList(data: Arc<Articles>, lang: Signal<Lang>) -> impl IntoView {
    let index = Arc::new(PressIndex::new(&data));
    let location = use_page_address().expect("a content page");
    // One memo for what the address asks and gives (`press::Listing`): every control and card
    // reads it, and a click marks them once.
    let listing = {
        let (index, text) = (index.clone(), TextIndex::new(&data));
        Memo::new(move |before: Option<&Listing>| {
            location
                .search
                .with(|search| Listing::new(search, lang.get(), &index, &text, before))
        })
    };
    // What the address says now: the chips' links go from it (`PageAddress`).
    let written = {
        let index = index.clone();
        Memo::new(move |_| ArticleQuery::parse(&location.written_search.get(), &index).query)
    };
    let pathname = location.pathname;
    let path = move || pathname.get();
    let link = move |q: ArticleQuery| q.href(&path());
    let s = move || lang.get().strings();

    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        location.typed(&ev, move || {
            let next = listing.with_untracked(|l| l.query().with_text(value));
            next.href(&location.pathname.get_untracked())
        });
    };

    let sort_chips = move || {
        let lang = lang.get();
        Sort::ALL
            .into_iter()
            .map(|sort| {
                view! {
                    <Show when=move || sort != Sort::Relevance || listing.with(|l| l.query().has_text())>
                        <FilterChip
                            label=sort.label(lang)
                            href=Signal::derive(move || link(written.with(|q| q.with_sort(sort))))
                            pressed=Signal::derive(move || listing.with(|l| l.query().effective_sort() == sort))
                        />
                    </Show>
                }
            })
            .collect_view()
    };

    // Whether the publishers' disclosure is open: their chips wait while it is not.
    let publishers_open =
        RwSignal::new(listing.with_untracked(|l| !l.query().publishers.is_empty()));
    // Built once per language; counts, states and links update in place.
    let facets = {
        let data = data.clone();
        let index = index.clone();
        move || {
            let lang = lang.get();
            let words = &lang.strings().articles;
            // Each chip's state (on, count) is a signal of its own, which one effect sets from
            // the listing only when it changes (as the FAQ's rows, `RowState`): a click reaches
            // the chips it changes, where each chip read the listing and all seventy were
            // marked and checked on every click (issue 12).
            let mut states: Vec<(Chip, ArcRwSignal<(bool, usize)>)> = Vec::new();
            let mut chip = |chip: Chip, label: String, href: Signal<String>| {
                let state = ArcRwSignal::new(listing.with_untracked(|l| l.chip(chip, &index)));
                states.push((chip, state.clone()));
                let (on, count) = (state.clone(), state);
                view! {
                    <FilterChip
                        label
                        count=Signal::derive(move || count.with(|s| s.1))
                        pressed=Signal::derive(move || on.with(|s| s.0))
                        href
                    />
                }
            };
            // Kinds, tags and publishers: word-valued facets, one chip per value.
            let [kinds, tags, publishers] = Facet::ALL.map(|facet| {
                index
                    .values(facet)
                    .iter()
                    .enumerate()
                    .map(|(pos, value)| {
                        let label = match facet {
                            Facet::Kind => term_name(&data.kinds, value, lang),
                            Facet::Tag => term_name(&data.tags, value, lang),
                            Facet::Publisher => value.clone(),
                        };
                        let value = value.clone();
                        let href =
                            Signal::derive(move || link(written.with(|q| q.toggle(facet, &value))));
                        chip(Chip::Value(facet, pos), label, href)
                    })
                    .collect_view()
            });
            let languages = Lang::ALL
                .into_iter()
                .map(|l| {
                    let label = if l == Lang::En {
                        words.lang_en
                    } else {
                        words.lang_fr
                    };
                    let href = Signal::derive(move || link(written.with(|q| q.toggle_language(l))));
                    chip(Chip::Language(l), label.to_owned(), href)
                })
                .collect_view();
            let years = index
                .years()
                .iter()
                .enumerate()
                .map(|(pos, &y)| {
                    let href = Signal::derive(move || {
                        link(written.with(|q| {
                            let on = q.selected_year() == Some(y);
                            q.with_year((!on).then_some(y))
                        }))
                    });
                    chip(Chip::Year(pos), y.to_string(), href)
                })
                .collect_view();
            // The one effect that sets them. The publishers' chips wait while their disclosure is
            // closed, and catch up when it opens.
            Effect::new({
                let index = index.clone();
                move |_| {
                    let open = publishers_open.get();
                    listing.with(|l| {
                        for (chip, state) in &states {
                            if open || !matches!(chip, Chip::Value(Facet::Publisher, _)) {
                                set_if_changed(state, l.chip(*chip, &index));
                            }
                        }
                    })
                }
            });
            let open_publishers = move || listing.with(|l| !l.query().publishers.is_empty());
            view! {
                {facet("facet-kind", words.facet_kind, kinds)}
                {facet("facet-tag", words.facet_tag, tags)}
                {facet("facet-lang", words.facet_language, languages)}
                {facet("facet-year", words.facet_year, years)}
                <details class="facet" open=open_publishers
                    on:toggle=move |ev| publishers_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                    // A click on the summary opens the list: its chips catch up before the paint
                    // (`toggle` comes after it).
                    <summary class="control-label" id="facet-publisher" on:click=move |_| publishers_open.set(true)>
                        {words.facet_publisher}
                    </summary>
                    <ul class="chips" aria-labelledby="facet-publisher">{publishers}</ul>
                </details>
                {facet("facet-sort", words.sort, sort_chips)}
            }
        }
    };

    let notes = Memo::new(move |_| listing.with(|l| l.parsed.notes.clone()));
    let notes = move || {
        let lang = lang.get();
        notes
            .read()
            .iter()
            .map(|n| view! { <li>{n.text(lang)}</li> })
            .collect_view()
    };

    // Cards are keyed by article and language, so a filter change keeps the cards that stay; a
    // file of up to `CARDS_KEPT` articles keeps every card on the page, the ones not shown hidden,
    // so that a filter change shows, hides and moves cards and builds none (`list::rows`).
    let articles = data.articles.len();
    // Listed by date, the kept cards stay in that order and a filter only shows and hides them.
    let rows = {
        let index = index.clone();
        Memo::new(move |_| {
            listing.with(|l| {
                let (page, sort) = (l.query().page, l.query().sort);
                let visible = l.result.visible(page);
                match index.date_order(sort, l.hits.is_some()) {
                    Some(order) if articles <= CARDS_KEPT => {
                        rows_in_order(order.iter().map(|&i| i as usize), visible, articles)
                    }
                    _ => list_rows(visible, articles, usize::MAX, None, CARDS_KEPT),
                }
            })
        })
    };
    // A filter turned off brings back up to a page of cards: the ones in view first.
    let rows = staged_rows(rows, articles, CARD_HEIGHT);
    let mask = Memo::new(move |_| rows.with(|rows| shown_mask(rows, articles)));
    let visible = move || {
        let lang = lang.get();
        rows.with(|rows| rows.iter().map(|r| (r.entry, lang)).collect::<Vec<_>>())
    };
    // Each card on the page has its own "shown" signal, which one effect sets from the mask
    // only where it changes (`RowStates`): a click reaches the cards it shows or hides, not all
    // of them.
    let cards = RowStates::<ArcRwSignal<bool>>::default();
    Effect::new(move |_| {
        mask.with(|mask| cards.each(|i, _, shown| set_if_changed(shown, mask[i])))
    });
    let card = {
        let data = data.clone();
        move |(i, lang): (usize, Lang)| {
            let shown = ArcRwSignal::new(mask.with_untracked(|m| m[i]));
            cards.keep(i, lang, shown.clone());
            article_card(&data, i, lang, &path(), move || shown.get())
        }
    };
    let nothing = data.articles.is_empty();
    // The text searched for when nothing matches.
    let unmatched = Memo::new(move |_| {
        listing.with(|l| {
            let text = l.query().q.trim();
            l.result.matches.is_empty().then(|| text.to_owned())
        })
    });
    let empty = move || {
        let lang = lang.get();
        unmatched.get().map(|text| {
            let words = &lang.strings().articles;
            if nothing {
                return view! { <div class="empty"><p>{words.nothing}</p></div> }.into_any();
            }
            let what = if text.is_empty() {
                words.none_filters.to_owned()
            } else {
                words.none_text.fill([&text])
            };
            view! {
                <div class="empty">
                    <p>{what}</p>
                    <p><A href=link(ArticleQuery::default()) attr:class="button">{words.clear}</A></p>
                </div>
            }
            .into_any()
        })
    };

    // How many articles "show more" would add, if any.
    let next_batch = Memo::new(move |_| {
        listing.with(|l| {
            let page = l.query().page;
            l.result.has_more(page).then(|| l.result.next_batch(page))
        })
    });
    let more = move || {
        next_batch.get().map(|n| {
            let next = move || link(listing.with(|l| l.query().next_page()));
            view! {
                <p class="show-more">
                    <A href=next attr:class="button" scroll=false>
                        {move || s().articles.more.fill([&n.to_string()])}
                    </A>
                </p>
            }
        })
    };
    let filtered = Memo::new(move |_| listing.with(|l| l.query().is_filtered()));

    let count = move || {
        let n = listing.with(|l| l.result.total()) as u64;
        lang.get().count(n, s().articles.articles)
    };

    view! {
        <div class="faq-search" role="search">
            <label for="article-search" class="search-label">{move || s().articles.search_label}</label>
            <input id="article-search" type="search" autocomplete="off" spellcheck="false" maxlength="200"
                placeholder=move || s().articles.search_placeholder
                prop:value=move || listing.with(|l| l.query().q.clone())
                on:input=on_input />
        </div>
        <ul class="query-notes" aria-label=move || s().articles.notes>{notes}</ul>
        <div class="results-layout">
            <FilterPanel lang
                active=Signal::derive(move || listing.with(|l| l.query().active_filters()))
                state=Signal::derive(move || location.search.get())>
                {facets}
            </FilterPanel>
            <div class="results">
                <div class="faq-toolbar">
                    <p class="result-count" aria-live="polite" aria-atomic="true">{count}</p>
                    {move || filtered.get().then(|| view! {
                        <A href=link(ArticleQuery::default()) attr:class="link-button">{s().articles.clear}</A>
                    })}
                </div>
                {empty}
                <ul class="article-list">
                    <For each=visible key=|k| *k children=card />
                </ul>
                {more}
            </div>
        </div>
    }
}

fn article_card(
    data: &Articles,
    i: usize,
    lang: Lang,
    path: &str,
    shown: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
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
    let words = &lang.strings().articles;
    let read = words.read.fill([&a.publisher]);
    view! {
        <li class="card article-card" id=a.id.clone() hidden=move || !shown()>
            <article aria-labelledby=format!("title-{}", a.id)>
            <p class="card-meta">
                <span class="badge">{kind}</span>
                " "
                <span class="publisher">{a.publisher.clone()}</span>
                " · "
                <time datetime=a.date.to_string()>{a.date.format_long(lang)}</time>
            </p>
            <h2 class="card-title" class:described=a.title_is_description id=format!("title-{}", a.id) lang=a.language.code()>
                {a.title_is_description.then(|| view! { <span class="described-label">{words.described} " "</span> })}
                {a.title.clone()}
            </h2>
            {translated.map(|title| view! {
                <p class="translated-title">
                    <span class="visually-hidden">{words.translation} " "</span>
                    {title}
                </p>
            })}
            <p>{a.summary.get(lang).to_owned()}</p>
            <ul class="tags" aria-label=words.facet_tag>{tags}</ul>
            <ExternalLink href=a.url.clone() lang=Signal::stored(lang)>
                {read}
            </ExternalLink>
            </article>
        </li>
    }
}
