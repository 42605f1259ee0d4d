//! `sitemap.xml` (sitemaps.org 0.9 with `xhtml:link` hreflang alternates, as search engines
//! read them) and `robots.txt`.

use super::escape::escape_html;
use super::{page_updated, SiteContent, SiteUrl};
use crate::i18n::Lang;
use crate::routes::Page;
use std::fmt::Write;

/// Where the sitemap lands, relative to the built folder.
pub const SITEMAP_PATH: &str = "sitemap.xml";
/// Where `robots.txt` lands, relative to the built folder.
pub const ROBOTS_PATH: &str = "robots.txt";

/// Every page in both languages. Each `<url>` names all its language versions, itself
/// included, and `x-default` (the English page), as hreflang annotations must be reciprocal.
/// `lastmod` is the `updated` date of the content the page shows ([`page_updated`]).
pub fn sitemap_xml(site_url: &SiteUrl, content: &SiteContent) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ",
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    ));
    for page in Page::ALL {
        let lastmod = page_updated(page, content);
        for lang in Lang::ALL {
            let _ = writeln!(out, "  <url>");
            let _ = writeln!(
                out,
                "    <loc>{}</loc>",
                escape_html(&site_url.page(page, lang))
            );
            let _ = writeln!(out, "    <lastmod>{lastmod}</lastmod>");
            for (hreflang, alternate) in alternates(site_url, page) {
                let _ = writeln!(
                    out,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\"/>",
                    escape_html(&alternate)
                );
            }
            let _ = writeln!(out, "  </url>");
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// A page's language versions as (hreflang, absolute address): `en`, `fr`, then `x-default`,
/// the English page, for visitors in neither language.
pub(crate) fn alternates(site_url: &SiteUrl, page: Page) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Lang::ALL
        .iter()
        .map(|&lang| (lang.code(), site_url.page(page, lang)))
        .collect();
    out.push(("x-default", site_url.page(page, Lang::En)));
    out
}

/// Allows every crawler everywhere and names the sitemap by its absolute address.
/// Crawlers read `robots.txt` only at the root of a host: under a sub-path the host's own
/// file decides, and this one only documents where the sitemap is.
pub fn robots_txt(site_url: &SiteUrl) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site_url.join(SITEMAP_PATH)
    )
}
