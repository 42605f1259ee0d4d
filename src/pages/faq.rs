use crate::components::content_view::with_content;
use crate::components::lang::use_lang;
use crate::components::sources::SourceList;
use crate::content::Faq;
use crate::faq::{results, Disclosures, FaqIndex};
use crate::i18n::{t, tf, Lang};
use crate::pages::{paragraphs, PageMeta};
use crate::routes::{encode_component, join_query};
use crate::search::{highlight_pieces, Query};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The questions and answers: searchable as you type, filtered by category, each a disclosure
/// with a permalink. Query and category live in the address (`?q=…&category=…`).
#[component]
pub fn FaqPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageMeta lang title="faq.title" description="faq.description" />
        <div class="wrap page faq">
            <h1>{move || t(lang.get(), "faq.title")}</h1>
            <p class="lede">{move || t(lang.get(), "faq.description")}</p>
            {with_content::<Faq, _>(lang, move |faq| view! { <FaqSearch faq lang /> })}
        </div>
    }
}

/// The address of this page with another query and category.
fn faq_query(q: &str, category: Option<&str>) -> String {
    let mut parts = Vec::new();
    if !q.is_empty() {
        parts.push(format!("q={}", encode_component(q)));
    }
    if let Some(c) = category {
        parts.push(format!("category={}", encode_component(c)));
    }
    parts.join("&")
}

#[component]
fn FaqSearch(faq: Arc<Faq>, lang: Signal<Lang>) -> impl IntoView {
    let index = Arc::new(FaqIndex::new(&faq));
    let query_map = use_query_map();
    let location = use_location();
    let navigate = use_navigate();
    // Control characters never reach the engine or the address.
    let q = Memo::new(move |_| {
        query_map
            .read()
            .get_str("q")
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_control())
            .collect::<String>()
    });
    let category = Memo::new(move |_| query_map.read().get_str("category").map(str::to_owned));
    let found = {
        let (faq, index) = (faq.clone(), index.clone());
        Memo::new(move |_| {
            results(
                &faq,
                &index,
                lang.get(),
                &q.get(),
                category.get().as_deref(),
            )
        })
    };
    let go = {
        let navigate = navigate.clone();
        move |q: &str, category: Option<&str>| {
            let path = location.pathname.get_untracked();
            let url = join_query(&path, &faq_query(q, category));
            navigate(
                &url,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };

    // Which answers are open. A permalinked entry (#id) starts open; a single result is open.
    let (open, set_open) = signal(Disclosures::default());
    let hash = Memo::new(move |_| location.hash.get().trim_start_matches('#').to_owned());
    {
        let faq = faq.clone();
        Effect::new(move |_| {
            let id = hash.get();
            if faq.entries.iter().any(|e| e.id == id) {
                set_open.update(|o| o.set(&id, true));
                request_animation_frame(move || {
                    if let Some(el) = document().get_element_by_id(&id) {
                        el.scroll_into_view();
                    }
                });
            }
        });
    }
    let single = Memo::new(move |_| {
        let r = found.get();
        (r.shown.len() == 1).then(|| r.shown[0])
    });
    let is_open = {
        let faq = faq.clone();
        move |i: usize| open.with(|o| o.is_open(&faq.entries[i].id, single.get() == Some(i)))
    };

    // "/" focuses the search box from anywhere on the page.
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let handle = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = document().active_element().is_some_and(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            tag == "input" || tag == "textarea" || tag == "select"
        });
        if !typing {
            if let Some(input) = input_ref.get_untracked() {
                ev.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || handle.remove());

    let on_input = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            go(&value, category.get_untracked().as_deref());
        }
    };
    let on_keydown = {
        let go = go.clone();
        move |ev: KeyboardEvent| {
            if ev.key() == "Escape" {
                ev.prevent_default();
                go("", category.get_untracked().as_deref());
            }
        }
    };

    let chips = {
        let faq = faq.clone();
        let go = go.clone();
        move || {
            let r = found.get();
            let current = category.get();
            let lang = lang.get();
            let go_all = go.clone();
            let all = view! {
                <li>
                    <button type="button" class="chip" aria-pressed=if current.is_none() { "true" } else { "false" }
                        on:click=move |_| go_all(&q.get_untracked(), None)>
                        {t(lang, "faq.all")} " " <span class="chip-count">{r.total}</span>
                    </button>
                </li>
            };
            let rest = faq
                .categories
                .iter()
                .zip(r.counts.iter())
                .map(|(c, &n)| {
                    let on = current.as_deref() == Some(c.id.as_str());
                    let id = c.id.clone();
                    let go = go.clone();
                    view! {
                        <li>
                            <button type="button" class="chip" aria-pressed=if on { "true" } else { "false" }
                                disabled=n == 0 && !on
                                on:click=move |_| go(&q.get_untracked(), if on { None } else { Some(id.as_str()) })>
                                {c.name.get(lang).to_owned()} " " <span class="chip-count">{n}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { {all} {rest} }
        }
    };

    let count_text = move || {
        let n = found.get().shown.len();
        let lang = lang.get();
        let key = if n == 1 {
            "faq.results.one"
        } else {
            "faq.results"
        };
        tf(lang, key, &[("n", &n.to_string())])
    };

    let all_open = {
        let is_open = is_open.clone();
        move || {
            let r = found.get();
            !r.shown.is_empty() && r.shown.iter().all(|&i| is_open(i))
        }
    };
    let toggle_all = {
        let faq = faq.clone();
        let all_open = all_open.clone();
        move |_| {
            let shown: Vec<String> = found
                .get_untracked()
                .shown
                .iter()
                .map(|&i| faq.entries[i].id.clone())
                .collect();
            let open_all = !all_open();
            set_open.update(|o| shown.iter().for_each(|id| o.set(id, open_all)));
        }
    };

    let list = {
        let faq = faq.clone();
        let go = go.clone();
        move || {
            let r = found.get();
            let lang_now = lang.get();
            let query = Query::parse(&q.get());
            if r.shown.is_empty() {
                let go = go.clone();
                let has_category = category.get().is_some();
                return view! {
                    <div class="empty">
                        <p>{tf(lang_now, "faq.none", &[("q", &q.get())])}</p>
                        <p>{t(lang_now, "faq.none.hint")}</p>
                        {has_category.then(|| view! {
                            <button type="button" class="button" on:click=move |_| go(&q.get_untracked(), None)>
                                {t(lang_now, "faq.clear_category")}
                            </button>
                        })}
                    </div>
                }
                .into_any();
            }
            r.shown
                .iter()
                .map(|&i| {
                    let entry = &faq.entries[i];
                    let id = entry.id.clone();
                    let toggle_id = id.clone();
                    let is_open = is_open.clone();
                    let expanded = Signal::derive(move || is_open(i));
                    let question = marked(entry.question.get(lang_now), &query);
                    let answer = paragraphs(entry.answer.get(lang_now))
                        .into_iter()
                        .map(|p| view! { <p>{marked(&p, &query)}</p> })
                        .collect_view();
                    let permalink = format!("{}#{id}", join_query(&location.pathname.get_untracked(), &location.search.get_untracked()));
                    view! {
                        <article class="faq-entry" id=id.clone()>
                            <h2 class="faq-question">
                                <button type="button" id=format!("q-{id}") aria-expanded=move || if expanded.get() { "true" } else { "false" }
                                    aria-controls=format!("a-{id}")
                                    on:click=move |_| {
                                        let now = expanded.get_untracked();
                                        set_open.update(|o| o.set(&toggle_id, !now));
                                    }>
                                    <span class="disclosure-icon" aria-hidden="true"></span>
                                    <span>{question}</span>
                                </button>
                            </h2>
                            <div class="faq-answer" id=format!("a-{id}") role="region" aria-labelledby=format!("q-{id}") hidden=move || !expanded.get()>
                                {answer}
                                <SourceList sources=entry.sources.clone() lang />
                                <p class="permalink"><a href=permalink>{t(lang_now, "faq.permalink")}</a></p>
                            </div>
                        </article>
                    }
                    .into_any()
                })
                .collect_view()
                .into_any()
        }
    };

    view! {
        <div class="faq-search" role="search">
            <label for="faq-search" class="search-label">{move || t(lang.get(), "faq.search.label")}</label>
            <div class="search-row">
                <input id="faq-search" type="search" node_ref=input_ref autocomplete="off" spellcheck="false"
                    maxlength="200"
                    placeholder=move || t(lang.get(), "faq.search.placeholder")
                    aria-describedby="faq-search-hint"
                    prop:value=move || q.get()
                    on:input=on_input on:keydown=on_keydown />
            </div>
            <p id="faq-search-hint" class="search-hint">{move || t(lang.get(), "faq.search.hint")}</p>
        </div>
        <ul class="chips faq-categories" aria-label=move || t(lang.get(), "faq.categories")>{chips}</ul>
        <div class="faq-toolbar">
            <p class="result-count" aria-live="polite" aria-atomic="true">{count_text}</p>
            <button type="button" class="link-button" on:click=toggle_all>
                {move || t(lang.get(), if all_open() { "faq.collapse_all" } else { "faq.expand_all" })}
            </button>
        </div>
        <div class="faq-list">{list}</div>
    }
}

/// A text with the words the query matched wrapped in `<mark>`, built as elements.
fn marked(text: &str, query: &Query) -> Vec<AnyView> {
    highlight_pieces(text, query)
        .into_iter()
        .map(|piece| {
            let text = piece.text.to_owned();
            if piece.matched {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_address_keeps_query_and_category() {
        assert_eq!(
            super::faq_query("données & Co", Some("data-security")),
            "q=donn%C3%A9es%20%26%20Co&category=data-security"
        );
        assert_eq!(super::faq_query("", None), "");
    }
}
