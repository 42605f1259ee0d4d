use crate::app::use_lang;
use crate::components::content_view::with_content;
use crate::components::sources::ExternalLink;
use crate::content::Articles;
use crate::i18n::{t, tf};
use crate::pages::PageMeta;
use leptos::prelude::*;

/// The press list, newest first.
#[component]
pub fn ArticlesPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageMeta lang title="articles.title" description="articles.description" />
        <div class="wrap page articles">
            <h1>{move || t(lang.get(), "articles.title")}</h1>
            <p class="lede">{move || t(lang.get(), "articles.description")}</p>
            {with_content::<Articles, _>(lang, move |data| {
                let mut list = data.articles.clone();
                list.sort_by_key(|a| std::cmp::Reverse(a.date));
                let kind_name = |id: &str| data.kinds.iter().find(|k| k.id == id).map(|k| k.name.clone()).unwrap_or_default();
                view! {
                    <ul class="article-list">
                        {list
                            .into_iter()
                            .map(|a| {
                                let kind = kind_name(&a.kind);
                                let article = a.clone();
                                let original = a.clone();
                                let summary = a.summary.clone();
                                let publisher = a.publisher.clone();
                                view! {
                                    <li class="card article-card" id=a.id.clone()>
                                        <p class="card-meta">
                                            <span class="badge">{move || kind.get(lang.get()).to_owned()}</span>
                                            " "
                                            <span>{a.publisher.clone()}</span>
                                            " · "
                                            <time datetime=a.date.to_string()>{move || a.date.format_long(lang.get())}</time>
                                        </p>
                                        <h2 class="card-title">
                                            {move || article.title_in(lang.get()).to_owned()}
                                        </h2>
                                        <Show when=move || original.language != lang.get()>
                                            <p class="original-title">
                                                {move || t(lang.get(), "articles.original_title")} ": "
                                                <span lang=original.language.code()>{original.title.clone()}</span>
                                            </p>
                                        </Show>
                                        <p>{move || summary.get(lang.get()).to_owned()}</p>
                                        <ExternalLink href=a.url.clone() lang>
                                            {move || tf(lang.get(), "articles.read", &[("publisher", &publisher)])}
                                        </ExternalLink>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
            })}
        </div>
    }
}
