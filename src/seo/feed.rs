//! An Atom feed (RFC 4287) of the articles per language, at `en/feed.xml` and `fr/feed.xml`:
//! every article, newest first, in the order of the articles page.

use super::escape::escape_html;
use super::{articles_newest_first, PageText, SiteContent, SiteUrl};
use crate::content::{safe_href, Term};
use crate::date::Date;
use crate::i18n::Lang;
use crate::routes::Page;
use std::fmt::Write;

/// Where a language's feed lands, relative to the built folder: `en/feed.xml`.
pub fn feed_path(lang: Lang) -> String {
    format!("{}/feed.xml", lang.code())
}

/// A date as an Atom timestamp. The content has days only; midnight UTC stands for the day.
fn timestamp(date: Date) -> String {
    format!("{date}T00:00:00Z")
}

/// The Atom feed of the articles in `lang`. `articles_text` is the articles page's title and
/// description in that language, which become the feed's title and subtitle.
///
/// Each entry: the article's page anchor as its id (`…/en/articles#id`, stable and unique per
/// language), its title in `lang` ([`crate::content::Article::title_in`]), a link to the
/// original, its date as published and updated, the publisher as author, its kind and tags as
/// categories, and its summary in `lang`.
pub fn atom_feed(
    lang: Lang,
    site_url: &SiteUrl,
    content: &SiteContent,
    articles_text: &PageText,
) -> String {
    let data = &content.articles;
    let page = site_url.page(Page::Articles, lang);
    let self_url = site_url.join(&feed_path(lang));
    let order = articles_newest_first(data);
    // The feed changes when the file does; never older than its newest entry.
    let updated = order
        .iter()
        .map(|&i| data.articles[i].date)
        .fold(data.updated, Date::max);
    let e = |text: &str| escape_html(text);
    let code = lang.code();

    let mut out = String::new();
    let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    let _ = writeln!(
        out,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">"
    );
    let _ = writeln!(out, "  <id>{}</id>", e(&self_url));
    let _ = writeln!(
        out,
        "  <title type=\"text\">{}</title>",
        e(&feed_title(
            content.site.name.get(lang),
            &articles_text.title
        ))
    );
    let _ = writeln!(
        out,
        "  <subtitle type=\"text\">{}</subtitle>",
        e(&articles_text.description)
    );
    let _ = writeln!(out, "  <updated>{}</updated>", timestamp(updated));
    let _ = writeln!(
        out,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        e(&self_url)
    );
    let _ = writeln!(
        out,
        "  <link rel=\"alternate\" type=\"text/html\" hreflang=\"{code}\" href=\"{}\"/>",
        e(&page)
    );
    let _ = writeln!(
        out,
        "  <author><name>{}</name><uri>{}</uri></author>",
        e(content.site.name.get(lang)),
        e(&site_url.page(Page::Home, lang))
    );
    for &i in &order {
        let a = &data.articles[i];
        let date = timestamp(a.date);
        let _ = writeln!(out, "  <entry>");
        let _ = writeln!(out, "    <id>{}</id>", e(&format!("{page}#{}", a.id)));
        let _ = writeln!(
            out,
            "    <title type=\"text\">{}</title>",
            e(a.title_in(lang))
        );
        // Only an address a visitor may follow becomes a link (`content::safe_href`).
        if let Some(url) = safe_href(&a.url) {
            let _ = writeln!(
                out,
                "    <link rel=\"alternate\" type=\"text/html\" hreflang=\"{}\" href=\"{}\"/>",
                a.language.code(),
                e(url)
            );
        }
        let _ = writeln!(out, "    <published>{date}</published>");
        let _ = writeln!(out, "    <updated>{date}</updated>");
        let _ = writeln!(out, "    <author><name>{}</name></author>", e(&a.publisher));
        let terms =
            std::iter::once((&data.kinds, &a.kind)).chain(a.tags.iter().map(|t| (&data.tags, t)));
        for (declared, id) in terms {
            let _ = writeln!(
                out,
                "    <category term=\"{}\" label=\"{}\"/>",
                e(id),
                e(term_name(declared, id, lang))
            );
        }
        let _ = writeln!(
            out,
            "    <summary type=\"text\">{}</summary>",
            e(a.summary.get(lang))
        );
        let _ = writeln!(out, "  </entry>");
    }
    out.push_str("</feed>\n");
    out
}

/// The feed's title: the articles page's, with the portal's name in front unless the page
/// title already names it ("Articles · Sunny Corner" stays as it is).
fn feed_title(site_name: &str, page_title: &str) -> String {
    if page_title.contains(site_name) {
        page_title.to_owned()
    } else {
        format!("{site_name} · {page_title}")
    }
}

/// A declared term's name in `lang`, or its id when it is not declared (the content checks
/// report that).
pub(crate) fn term_name<'a>(terms: &'a [Term], id: &'a str, lang: Lang) -> &'a str {
    terms
        .iter()
        .find(|t| t.id == id)
        .map_or(id, |t| t.name.get(lang))
}

#[cfg(test)]
mod tests {
    use super::feed_title;

    #[test]
    fn the_feed_title_names_the_portal_once() {
        assert_eq!(
            feed_title("Sunny Corner", "Articles"),
            "Sunny Corner · Articles"
        );
        assert_eq!(
            feed_title("Sunny Corner", "Articles · Sunny Corner"),
            "Articles · Sunny Corner"
        );
    }
}
