//! Links out of the portal and the list of sources under every claim.

use crate::content::{safe_href, Source};
use crate::i18n::Lang;
use leptos::prelude::*;

/// A link to another site: no referrer, no opener, and said to be external for screen readers.
/// An address that is not http(s) is shown as plain text, never as a link.
#[component]
pub fn ExternalLink(
    #[prop(into)] href: String,
    lang: Signal<Lang>,
    children: Children,
) -> impl IntoView {
    match safe_href(&href) {
        Some(url) => view! {
            <a class="external" href=url.to_owned() rel="noopener noreferrer external">
                {children()}
                <span class="visually-hidden">" " {move || lang.get().strings().external}</span>
            </a>
        }
        .into_any(),
        None => view! { <span>{children()}</span> }.into_any(),
    }
}

/// "Sources: …" under a claim.
#[component]
pub fn SourceList(sources: Vec<Source>, lang: Signal<Lang>) -> impl IntoView {
    view! {
        <div class="sources">
            <p class="sources-label">{move || lang.get().strings().sources}</p>
            <ul>
                {sources
                    .into_iter()
                    .map(|s| {
                        let date = s.date;
                        view! {
                            <li>
                                <ExternalLink href=s.url lang>{s.title}</ExternalLink>
                                <span class="source-meta">
                                    " · " {s.publisher}
                                    {move || date.map(|d| format!(", {}", d.format_long(lang.get())))}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
