//! schema.org JSON-LD from the content, one script per page: `WebSite` on home, `FAQPage` on
//! the FAQ, an `ItemList` of `NewsArticle` on the articles page, an `Event` per deadline on the
//! timeline. Each describes what the page shows, in the page's language.

use super::escape::json_for_script;
use super::{articles_newest_first, PageText, SiteContent, SiteUrl};
use crate::content::{safe_href, Outcome};
use crate::i18n::Lang;
use crate::press::PAGE_SIZE;
use crate::routes::Page;
use crate::timeline::{chains, Chain};
use serde_json::{json, Value};

/// The JSON-LD of `page` in `lang` as a complete `<script type="application/ld+json">`
/// element, safe to place in the page as it is ([`json_for_script`]). `None` for a page with
/// nothing to describe; every page of [`Page::ALL`] has a description today.
pub fn json_ld(
    page: Page,
    lang: Lang,
    site_url: &SiteUrl,
    content: &SiteContent,
    text: &PageText,
) -> Option<String> {
    let value = json_ld_value(page, lang, site_url, content, text)?;
    Some(format!(
        "<script type=\"application/ld+json\">{}</script>",
        json_for_script(&value)
    ))
}

/// The JSON-LD of `page` in `lang` as a value, before it is written into the script.
pub fn json_ld_value(
    page: Page,
    lang: Lang,
    site_url: &SiteUrl,
    content: &SiteContent,
    text: &PageText,
) -> Option<Value> {
    let url = site_url.page(page, lang);
    let code = lang.code();
    Some(match page {
        Page::Home => json!({
            "@context": "https://schema.org",
            "@type": "WebSite",
            "@id": format!("{}#website", site_url.as_str()),
            "url": url,
            "name": content.site.name.get(lang),
            "alternateName": content.site.tagline.get(lang),
            "description": text.description,
            "inLanguage": code,
        }),
        Page::Faq => json!({
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "url": url,
            "name": text.title,
            "description": text.description,
            "inLanguage": code,
            "mainEntity": content.faq.entries.iter().map(|e| json!({
                "@type": "Question",
                "url": format!("{url}#{}", e.id),
                "name": e.question.get(lang),
                "acceptedAnswer": { "@type": "Answer", "text": e.answer.get(lang) },
            })).collect::<Vec<_>>(),
        }),
        Page::Articles => {
            let data = &content.articles;
            let shown: Vec<_> = articles_newest_first(data)
                .into_iter()
                .take(PAGE_SIZE)
                .collect();
            let items: Vec<Value> = shown
                .iter()
                .enumerate()
                .map(|(position, &i)| {
                    let a = &data.articles[i];
                    let mut article = json!({
                        "@type": "NewsArticle",
                        "headline": a.title,
                        "inLanguage": a.language.code(),
                        "datePublished": a.date.to_string(),
                        "description": a.summary.get(lang),
                        "publisher": { "@type": "Organization", "name": a.publisher },
                    });
                    // Only an address a visitor may follow (`content::safe_href`).
                    if let Some(href) = safe_href(&a.url) {
                        article["url"] = json!(href);
                    }
                    // The page shows the translated title under the original one.
                    if a.language != lang {
                        article["alternativeHeadline"] = json!(a.translated_title);
                    }
                    json!({
                        "@type": "ListItem",
                        "position": position + 1,
                        "url": format!("{url}#{}", a.id),
                        "item": article,
                    })
                })
                .collect();
            json!({
                "@context": "https://schema.org",
                "@type": "ItemList",
                "url": url,
                "name": text.title,
                "description": text.description,
                "inLanguage": code,
                "itemListOrder": "https://schema.org/ItemListOrderDescending",
                "numberOfItems": items.len(),
                "itemListElement": items,
            })
        }
        Page::Timeline => {
            let t = &content.timeline;
            let events: Vec<Value> = chains(t)
                .iter()
                .filter_map(|chain| deadline_event(chain, t, lang, &url))
                .collect();
            json!({
                "@context": "https://schema.org",
                "@graph": events,
            })
        }
    })
}

/// One deadline chain as a schema.org `Event` on its final date, with the dates it was moved
/// from as `previousStartDate` and its outcome as the event's status. `None` while no event
/// sets the deadline (the timeline page does not list it either).
fn deadline_event(
    chain: &Chain,
    t: &crate::content::Timeline,
    lang: Lang,
    page_url: &str,
) -> Option<Value> {
    let last = chain.last()?;
    let term = t.deadlines.iter().find(|d| d.id == chain.id)?;
    let description = term
        .description
        .as_ref()
        .map(|d| d.get(lang).to_owned())
        .or_else(|| chain.summary(lang))?;
    let mut previous: Vec<String> = Vec::new();
    for link in &chain.links[..chain.links.len() - 1] {
        let date = link.to.to_string();
        if link.to != last.to && !previous.contains(&date) {
            previous.push(date);
        }
    }
    let status = match last.outcome {
        Outcome::Blocked | Outcome::Lapsed | Outcome::Superseded => "EventCancelled",
        _ if !previous.is_empty() => "EventRescheduled",
        _ => "EventScheduled",
    };
    let country = match lang {
        Lang::En => "United States",
        Lang::Fr => "États-Unis",
    };
    let mut event = json!({
        "@type": "Event",
        "name": term.name.get(lang),
        "description": description,
        "url": format!("{page_url}?chain={}", chain.id),
        "startDate": last.to.to_string(),
        "endDate": last.to.to_string(),
        "eventStatus": format!("https://schema.org/{status}"),
        "location": { "@type": "Country", "name": country },
        "inLanguage": lang.code(),
    });
    if !previous.is_empty() {
        event["previousStartDate"] = json!(previous);
    }
    Some(event)
}
