use crate::components::address::use_page_address;
use crate::components::chip::FilterChip;
use crate::components::page::content_page;
use crate::components::set_if_changed;
use crate::components::sources::SourceList;
use crate::components::staged::{staged_rows, RowStates};
use crate::content::Faq;
use crate::faq::{Disclosures, FaqIndex, FaqQuery, Listing, LIST_LIMIT, MAX_QUERY_CHARS};
use crate::i18n::Lang;
use crate::list::{rows as list_rows, shown_mask, RowHeight};
use crate::pages::paragraphs;
use crate::routes::Page;
use crate::search::{highlight, pieces};
use leptos::either::Either;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use std::ops::Range;
use std::sync::Arc;

/// The least height of a closed FAQ entry (its question on one line), with room to spare.
const QUESTION_HEIGHT: RowHeight = RowHeight(40.0);

/// The questions and answers: searchable as you type, filtered by category, each a disclosure
/// with a permalink. Query, category and open entry live in the address
/// (`?q=…&category=…#entry`).
#[component]
pub fn FaqPage() -> impl IntoView {
    content_page::<Faq, _>(Page::Faq, |faq, lang| view! { <FaqSearch faq lang /> })
}

#[component]
fn FaqSearch(faq: Arc<Faq>, lang: Signal<Lang>) -> impl IntoView {
    let index = Arc::new(FaqIndex::new(&faq));
    let location = use_page_address().expect("a content page");
    let s = move || lang.get().strings();
    // One memo for what the address asks and gives (`faq::Listing`): every control and entry
    // reads it, and a keystroke marks them once.
    let listing = {
        let (faq, index) = (faq.clone(), index.clone());
        Memo::new(move |before: Option<&Listing>| {
            let (search, hash, lang) = (location.search.read(), location.hash.read(), lang.get());
            Listing::new(&search, &hash, lang, (&faq, &index), before)
        })
    };
    // What the address says now: the chips' links go from it (`PageAddress`).
    let written = Memo::new(move |_| {
        FaqQuery::parse(&location.written_search.get(), &location.written_hash.get())
    });
    let q = Memo::new(move |_| listing.with(|l| l.query.q.clone()));
    let path = move || location.pathname.get();
    let href = move |next: FaqQuery| next.href(&location.pathname.get_untracked());

    // Which answers are open: the ones the visitor opened, the permalinked one (#id) and a single
    // result, unless the visitor closed them.
    let (opened, set_opened) = signal(Disclosures::default());
    let by_default = {
        let faq = faq.clone();
        Memo::new(move |_| listing.with(|l| l.open_by_default(&faq)))
    };
    let is_open = {
        let faq = faq.clone();
        move |i: usize| {
            let id = &faq.entries[i].id;
            opened.with(|o| o.is_open(id, by_default.with(|d| d.contains(i))))
        }
    };
    // Scroll to a permalinked entry once it is on screen, and on every change of fragment.
    let fragment = Memo::new(move |_| listing.with(|l| l.query.open.clone()));
    Effect::new(move |_| {
        let Some(id) = fragment.get() else {
            return;
        };
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&id) {
                el.scroll_into_view();
            }
        });
    });

    // "/" focuses the search box from anywhere on the page (in the browser).
    let input_ref = NodeRef::<leptos::html::Input>::default();
    #[cfg(target_arch = "wasm32")]
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
    #[cfg(target_arch = "wasm32")]
    on_cleanup(move || handle.remove());

    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        location.typed(&ev, move || {
            href(listing.with_untracked(|l| l.query.with_text(&value)))
        });
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            location.replace(|| href(listing.with_untracked(|l| l.query.with_text(""))));
        }
    };

    // Built once per language; counts, states and links update in place.
    let chips = {
        let faq = faq.clone();
        move || {
            let lang = lang.get();
            let all = view! {
                <FilterChip
                    label=lang.strings().faq.all
                    href=Signal::derive(move || written.with(|x| x.with_category(None).href(&path())))
                    pressed=Signal::derive(move || listing.with(|l| l.query.category.is_none()))
                    count=Signal::derive(move || listing.with(|l| l.results.total))
                />
            };
            let rest = faq
                .categories
                .iter()
                .enumerate()
                .map(|(pos, c)| {
                    let (a, b) = (c.id.clone(), c.id.clone());
                    let on = Signal::derive(move || {
                        listing.with(|l| l.query.category.as_deref() == Some(a.as_str()))
                    });
                    view! {
                        <FilterChip
                            label=c.name.get(lang).to_owned()
                            href=Signal::derive(move || {
                                written.with(|x| {
                                    let on = x.category.as_deref() == Some(b.as_str());
                                    x.with_category((!on).then_some(b.as_str())).href(&path())
                                })
                            })
                            pressed=on
                            count=Signal::derive(move || listing.with(|l| l.results.counts[pos]))
                        />
                    }
                })
                .collect_view();
            view! { {all} {rest} }
        }
    };

    let count_text = move || {
        let n = listing.with(|l| l.results.shown.len()) as u64;
        lang.get().count(n, s().faq.answers)
    };

    let all_open = {
        let is_open = is_open.clone();
        move || {
            listing.with(|l| {
                !l.results.shown.is_empty() && l.results.shown.iter().all(|&i| is_open(i))
            })
        }
    };
    let toggle_all = {
        let faq = faq.clone();
        let all_open = all_open.clone();
        move |_| {
            let open_all = !all_open();
            let shown: Vec<String> = listing.with_untracked(|l| {
                let shown = l.results.shown.iter();
                shown.map(|&i| faq.entries[i].id.clone()).collect()
            });
            set_opened.update(|o| shown.iter().for_each(|id| o.set(id, open_all)));
        }
    };

    // Whether a category was chosen, when nothing is found.
    let unmatched = Memo::new(move |_| {
        listing.with(|l| {
            l.results
                .shown
                .is_empty()
                .then(|| l.query.category.is_some())
        })
    });
    let empty = {
        let nothing = faq.entries.is_empty();
        move || {
            unmatched.get().map(|has_category| {
                if nothing {
                    return view! { <div class="empty"><p>{move || s().faq.nothing}</p></div> }
                        .into_any();
                }
                view! {
                    <div class="empty">
                        <p>{move || s().faq.none.fill([&q.get()])}</p>
                        <p>{move || s().faq.none_hint}</p>
                        {has_category.then(|| view! {
                            <button type="button" class="button"
                                on:click=move |_| {
                                    location.replace(|| href(listing.with_untracked(|l| l.query.with_category(None))));
                                    // This button goes with the category: the search box is
                                    // where the visitor goes on.
                                    if let Some(input) = input_ref.get_untracked() {
                                        let _ = input.focus();
                                    }
                                }>
                                {move || s().faq.clear_category}
                            </button>
                        })}
                    </div>
                }
                .into_any()
            })
        }
    };

    // The list's rows (`list::rows`): on a file of up to `LIST_LIMIT` entries every entry stays
    // on the page and a keystroke only shows, hides and moves them; a larger file shows the first
    // `limit` results, and "Show more" raises the limit. Rows are keyed by entry and language.
    let (limit, set_limit) = signal(LIST_LIMIT);
    let entries = faq.entries.len();
    let rows = Memo::new(move |_| {
        let open = by_default.with(|d| d.linked);
        listing.with(|l| list_rows(&l.results.shown, entries, limit.get(), open, LIST_LIMIT))
    });
    // A broader query brings back many entries: the ones in view first.
    let wanted = rows;
    let rows = staged_rows(rows, entries, QUESTION_HEIGHT);
    let mask = Memo::new(move |_| rows.with(|rows| shown_mask(rows, entries)));
    // What a change shows, opens and highlights in each row on the page (`RowState`): worked out
    // here for all of them, and written only to the rows it changes. A keystroke then marks and
    // checks those rows' views alone, where each row's own memos (shown, open, highlighted) were
    // all marked and checked on every keystroke (issue 12).
    let states = RowStates::<RowState>::default();
    let state_of = {
        let (faq, is_open) = (faq.clone(), is_open.clone());
        move |i: usize, lang: Lang, listing: &Listing, shown: bool| RowState {
            shown: ArcRwSignal::new(shown),
            open: ArcRwSignal::new(is_open(i)),
            marks: ArcRwSignal::new(highlight(faq.entries[i].question.get(lang), &listing.words)),
        }
    };
    Effect::new({
        let (faq, is_open) = (faq.clone(), is_open.clone());
        move |_| {
            // The rows the change leaves shown: `mask` is the rows on the page, which the staged
            // rows' effect may not have updated yet when this runs first; a row on its way out
            // is not highlighted again, only to be hidden.
            let staying = wanted.with(|target| shown_mask(target, entries));
            mask.with(|mask| {
                listing.with(|l| {
                    states.each(|i, lang, row| {
                        set_if_changed(&row.shown, mask[i]);
                        set_if_changed(&row.open, is_open(i));
                        // A hidden row keeps its last marks.
                        if mask[i] && staying[i] {
                            let question = faq.entries[i].question.get(lang);
                            set_if_changed(&row.marks, highlight(question, &l.words));
                        }
                    })
                })
            })
        }
    });
    let each = move || {
        let lang = lang.get();
        rows.with(|rows| rows.iter().map(|r| (r.entry, lang)).collect::<Vec<_>>())
    };
    let left = Memo::new(move |_| {
        listing
            .with(|l| l.results.shown.len())
            .saturating_sub(limit.get())
    });
    let more = move || {
        let left = left.get();
        (left > 0).then(|| {
            let n = left.min(LIST_LIMIT).to_string();
            view! {
                <p class="show-more">
                    <button type="button" class="button"
                        on:click=move |_| set_limit.update(|l| *l += LIST_LIMIT)>
                        {move || s().faq.more.fill([&n])}
                    </button>
                </p>
            }
        })
    };
    let entry_view = {
        let faq = faq.clone();
        move |(i, lang_now): (usize, Lang)| {
            let entry = &faq.entries[i];
            let id = entry.id.clone();
            let toggle_id = id.clone();
            let state = untrack(|| {
                let shown = mask.with(|m| m[i]);
                listing.with(|l| state_of(i, lang_now, l, shown))
            });
            states.keep(i, lang_now, state.clone());
            let RowState {
                shown: visible,
                open: expanded,
                marks: question_marks,
            } = state;
            // An answer's body is built the first time it opens, and then kept: a closed answer is
            // hidden, so building all of them would only slow the first paint and every keystroke.
            // The pre-render (native) builds every one: without JavaScript they are all shown.
            let built = {
                let expanded = expanded.clone();
                Memo::new(move |before: Option<&bool>| {
                    before == Some(&true) || expanded.get() || !cfg!(target_arch = "wasm32")
                })
            };
            let question: Arc<str> = entry.question.get(lang_now).into();
            let answer = {
                let (text, sources, id, visible) = (
                    entry.answer.get(lang_now).to_owned(),
                    entry.sources.clone(),
                    id.clone(),
                    visible.clone(),
                );
                move || {
                    built.get().then(|| {
                        let paragraphs = paragraphs(&text)
                            .into_iter()
                            .map(|p| {
                                let p: Arc<str> = p.into();
                                let ranges = matches(p.clone(), listing, visible.clone());
                                view! { <p>{move || marked(&p, &ranges.read())}</p> }
                            })
                            .collect_view();
                        let id = id.clone();
                        let permalink = move || listing.with(|l| l.query.permalink(&id).href(&path()));
                        view! {
                            {paragraphs}
                            <SourceList sources=sources.clone() lang=Signal::stored(lang_now) />
                            <p class="permalink"><a href=permalink>{lang_now.strings().faq.permalink}</a></p>
                        }
                    })
                }
            };
            let question = move || marked(&question, &question_marks.read());
            // The disclosure needs the app: the page pre-rendered for visitors without
            // JavaScript shows the question as a plain heading (and noscript.css every answer),
            // never a button that cannot open or close anything.
            let question_view = if cfg!(target_arch = "wasm32") {
                let (expanded, toggled) = (expanded.clone(), expanded.clone());
                Either::Left(view! {
                    <button type="button" id=format!("q-{id}") aria-expanded=move || if expanded.get() { "true" } else { "false" }
                        aria-controls=format!("a-{id}")
                        on:click=move |_| {
                            let now = toggled.get_untracked();
                            set_opened.update(|o| o.set(&toggle_id, !now));
                        }>
                        <span class="disclosure-icon" aria-hidden="true"></span>
                        <span>{question}</span>
                    </button>
                })
            } else {
                Either::Right(view! {
                    // `data-control`: a click on it before the app runs is heard again by the
                    // app's button of the same id (`public/boot.js`).
                    <span class="faq-question-text" id=format!("q-{id}") data-control="">
                        <span class="disclosure-icon" aria-hidden="true"></span>
                        <span>{question}</span>
                    </span>
                })
            };
            view! {
                <article class="faq-entry" id=id.clone() aria-labelledby=format!("q-{id}") hidden=move || !visible.get()>
                    <h2 class="faq-question">{question_view}</h2>
                    <div class="faq-answer" id=format!("a-{id}") role="region" aria-labelledby=format!("q-{id}") hidden=move || !expanded.get()>
                        {answer}
                    </div>
                </article>
            }
        }
    };

    view! {
        <div class="faq-search" role="search">
            <label for="faq-search" class="search-label">{move || s().faq.search_label}</label>
            <div class="search-row">
                <input id="faq-search" type="search" node_ref=input_ref autocomplete="off" spellcheck="false"
                    maxlength=MAX_QUERY_CHARS.to_string()
                    placeholder=move || s().faq.search_placeholder
                    aria-describedby="faq-search-hint"
                    prop:value=move || q.get()
                    on:input=on_input on:keydown=on_keydown />
            </div>
            <p id="faq-search-hint" class="search-hint">{move || s().faq.search_hint}</p>
        </div>
        <ul class="chips faq-categories" aria-label=move || s().faq.categories>{chips}</ul>
        <div class="faq-toolbar">
            <p class="result-count" aria-live="polite" aria-atomic="true">{count_text}</p>
            <button type="button" class="link-button" on:click=toggle_all>
                {move || if all_open() { s().faq.collapse_all } else { s().faq.expand_all }}
            </button>
        </div>
        {empty}
        <div class="faq-list">
            <For each key=|k| *k children=entry_view />
        </div>
        {more}
    }
}

/// What the query decides in one row of the list (see `FaqSearch`'s effect that writes them).
#[derive(Clone)]
struct RowState {
    shown: ArcRwSignal<bool>,
    open: ArcRwSignal<bool>,
    /// The ranges of the question's text that the query matches.
    marks: ArcRwSignal<Vec<Range<usize>>>,
}

/// The ranges of `text` that the query matches, worked out while the entry is shown (a hidden
/// one keeps its last ranges); as a memo, a keystroke that leaves them as they were touches
/// nothing on the page.
fn matches(
    text: Arc<str>,
    listing: Memo<Listing>,
    visible: ArcRwSignal<bool>,
) -> Memo<Vec<Range<usize>>> {
    Memo::new(move |before: Option<&Vec<Range<usize>>>| match before {
        Some(ranges) if !visible.get() => ranges.clone(),
        _ => listing.with(|l| highlight(&text, &l.words)),
    })
}

/// A text with the `ranges` the query matched wrapped in `<mark>`, built as elements. Each piece
/// is either text or a mark, not a type-erased view: a keystroke that moves the marks rebuilds a
/// piece of the same kind in place (a text node's value set) with no allocation or type check
/// per piece (issue 12).
fn marked(text: &str, ranges: &[Range<usize>]) -> Vec<Either<String, impl IntoView + use<>>> {
    pieces(text, ranges)
        .into_iter()
        .map(|piece| {
            let text = piece.text.to_owned();
            if piece.matched {
                Either::Right(view! { <mark>{text}</mark> })
            } else {
                Either::Left(text)
            }
        })
        .collect()
}
