//! The tags a pre-rendered page adds to its `<head>` for search engines and link previews.

use super::escape::{escape_html, is_forbidden};
use super::feed::feed_path;
use super::share_image::{share_image_alt, share_image_path, SHARE_HEIGHT, SHARE_WIDTH};
use super::sitemap::alternates;
use super::{og_locale, PageText, SiteContent, SiteUrl};
use crate::i18n::Lang;
use crate::routes::Page;
use std::fmt::Write;

/// The head tags of `page` in `lang`, one per line, every value escaped: the canonical link;
/// hreflang alternates for en, fr and x-default (the English page); the language's Atom feed;
/// Open Graph (type, site name, title, description, url, locale and the other language's
/// locale, the share image with its type, size and alt text); and a Twitter
/// `summary_large_image` card.
///
/// It leaves out `<title>` and `<meta name="description">`, which the page's own components
/// set (leptos_meta), so that the page never carries them twice; `text` must hold the same
/// title and description. Values are written on one line (runs of spaces, tabs and line
/// breaks become one space; no-break spaces stay), as previews show them.
pub fn head_tags(
    page: Page,
    lang: Lang,
    site_url: &SiteUrl,
    content: &SiteContent,
    text: &PageText,
) -> String {
    let url = site_url.page(page, lang);
    let image = site_url.join(&share_image_path(lang));
    let image_alt = share_image_alt(&content.site, lang);
    let site_name = content.site.name.get(lang);
    let mut tags: Vec<String> = Vec::new();
    let link = |attrs: &[(&str, &str)]| {
        let mut tag = String::from("<link");
        for (name, value) in attrs {
            let _ = write!(tag, " {name}=\"{}\"", attribute(value));
        }
        tag.push('>');
        tag
    };
    let meta = |key: &str, name: &str, value: &str| {
        format!("<meta {key}=\"{name}\" content=\"{}\">", attribute(value))
    };
    tags.push(link(&[("rel", "canonical"), ("href", &url)]));
    for (hreflang, href) in alternates(site_url, page) {
        tags.push(link(&[
            ("rel", "alternate"),
            ("hreflang", hreflang),
            ("href", &href),
        ]));
    }
    let feed_title = format!("{site_name} (Atom)");
    tags.push(link(&[
        ("rel", "alternate"),
        ("type", "application/atom+xml"),
        ("title", &feed_title),
        ("href", &site_url.join(&feed_path(lang))),
    ]));
    let og = |name: &str, value: &str| meta("property", name, value);
    tags.push(og("og:type", "website"));
    tags.push(og("og:site_name", site_name));
    tags.push(og("og:title", &text.title));
    tags.push(og("og:description", &text.description));
    tags.push(og("og:url", &url));
    tags.push(og("og:locale", og_locale(lang)));
    tags.push(og("og:locale:alternate", og_locale(lang.other())));
    tags.push(og("og:image", &image));
    tags.push(og("og:image:type", "image/png"));
    tags.push(og("og:image:width", &SHARE_WIDTH.to_string()));
    tags.push(og("og:image:height", &SHARE_HEIGHT.to_string()));
    tags.push(og("og:image:alt", &image_alt));
    let twitter = |name: &str, value: &str| meta("name", name, value);
    tags.push(twitter("twitter:card", "summary_large_image"));
    tags.push(twitter("twitter:title", &text.title));
    tags.push(twitter("twitter:description", &text.description));
    tags.push(twitter("twitter:image", &image));
    tags.push(twitter("twitter:image:alt", &image_alt));
    let mut out = tags.join("\n");
    out.push('\n');
    out
}

/// `value` escaped for a quoted attribute, on one line ([`one_line`]).
fn attribute(value: &str) -> String {
    let allowed: String = value.chars().filter(|&c| !is_forbidden(c)).collect();
    escape_html(&one_line(&allowed))
}

/// `text` on one line: runs of ASCII whitespace become one space, and the ends are trimmed.
/// Only ASCII: a French no-break space before « : » is part of the text.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn line_breaks_in_a_value_become_single_spaces_and_no_break_spaces_stay() {
        assert_eq!(
            one_line("  Deux\r\n lignes\t:\u{A0}oui "),
            "Deux lignes :\u{A0}oui"
        );
    }
}
