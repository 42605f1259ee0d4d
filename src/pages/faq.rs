use crate::app::use_lang;
use crate::components::content_view::with_content;
use crate::components::sources::SourceList;
use crate::content::Faq;
use crate::i18n::t;
use crate::pages::{paragraphs, PageMeta};
use leptos::prelude::*;

/// The questions and answers, by category.
#[component]
pub fn FaqPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageMeta lang title="faq.title" description="faq.description" />
        <div class="wrap page faq">
            <h1>{move || t(lang.get(), "faq.title")}</h1>
            <p class="lede">{move || t(lang.get(), "faq.description")}</p>
            {with_content::<Faq, _>(lang, move |faq| {
                faq.categories
                    .iter()
                    .map(|category| {
                        let entries: Vec<_> = faq.entries.iter().filter(|e| e.category == category.id).cloned().collect();
                        let name = category.name.clone();
                        let heading = format!("category-{}", category.id);
                        let labelledby = heading.clone();
                        view! {
                            <section class="faq-category" aria-labelledby=labelledby>
                                <h2 id=heading>{move || name.get(lang.get()).to_owned()}</h2>
                                {entries
                                    .into_iter()
                                    .map(|entry| {
                                        let (q, a) = (entry.question.clone(), entry.answer.clone());
                                        view! {
                                            <article class="faq-entry" id=entry.id.clone()>
                                                <h3>{move || q.get(lang.get()).to_owned()}</h3>
                                                {move || {
                                                    paragraphs(a.get(lang.get()))
                                                        .into_iter()
                                                        .map(|p| view! { <p>{p}</p> })
                                                        .collect_view()
                                                }}
                                                <SourceList sources=entry.sources lang />
                                            </article>
                                        }
                                    })
                                    .collect_view()}
                            </section>
                        }
                    })
                    .collect_view()
            })}
        </div>
    }
}
