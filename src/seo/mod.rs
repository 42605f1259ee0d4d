//! What search engines, feed readers and link previews read, generated from the content at
//! build time: the sitemap, `robots.txt`, an Atom feed per language, the share image, and for
//! each page its head tags (canonical, hreflang alternates, Open Graph, Twitter card) and its
//! schema.org JSON-LD.
//!
//! Native only: the pre-rendering pipeline calls it, the browser never does.
//!
//! - [`write_all`]: every file at once, into the built folder.
//! - [`head_tags`] and [`json_ld`]: the strings a pre-rendered page puts into its `<head>`.
//! - [`SiteUrl`]: the deployment's absolute address, which every link here starts with.
//!
//! Where the files land (relative to the built folder, so under the site's address):
//!
//! | file | what |
//! |---|---|
//! | `sitemap.xml` | every page in both languages, with hreflang alternates and `lastmod` |
//! | `robots.txt` | allows everything, names the sitemap |
//! | `en/feed.xml`, `fr/feed.xml` | Atom feed of the articles in that language, newest first |
//! | `en/share.png`, `fr/share.png` | 1200×630 share image with the name and that language's tagline |

mod app_icon;
mod escape;
mod feed;
mod files;
mod head;
mod json_ld;
mod share_image;
mod sitemap;
mod url;

pub use app_icon::{app_icon_png, app_icon_svg, web_manifest, AppIcon, APP_ICONS, MANIFEST_PATH};
#[cfg(test)]
pub(crate) use escape::is_forbidden;
pub use escape::{escape_html, json_for_script};
pub use feed::{atom_feed, feed_path};
pub use files::write_all;
pub use head::head_tags;
pub use json_ld::{json_ld, json_ld_value};
pub use share_image::{
    share_image_path, share_image_png, share_image_svg, SHARE_HEIGHT, SHARE_WIDTH,
};
pub use sitemap::{robots_txt, sitemap_xml, ROBOTS_PATH, SITEMAP_PATH};
pub use url::{SiteUrl, SiteUrlError};

use crate::content::{Articles, Faq, Site, Timeline};
use crate::i18n::Lang;
use crate::load::{read_from_dir, LoadError};
use crate::routes::Page;

/// The four content files, as the pages show them.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteContent {
    pub site: Site,
    pub faq: Faq,
    pub articles: Articles,
    pub timeline: Timeline,
}

impl SiteContent {
    /// Reads every content file from `dir` (usually [`crate::load::content_dir`]).
    pub fn read_from_dir(dir: &std::path::Path) -> Result<SiteContent, LoadError> {
        Ok(SiteContent {
            site: read_from_dir(dir)?,
            faq: read_from_dir(dir)?,
            articles: read_from_dir(dir)?,
            timeline: read_from_dir(dir)?,
        })
    }
}

/// A page's title and description in one language, as its `<title>` and
/// `<meta name="description">` give them. The caller fills it from the interface strings, so
/// this module does not depend on how they are stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageText {
    pub title: String,
    pub description: String,
}

/// The latest `updated` date of the content files a page shows: for `sitemap.xml`'s `lastmod`.
/// The home page shows the site file and the countdown (from the timeline).
pub fn page_updated(page: Page, content: &SiteContent) -> crate::date::Date {
    match page {
        Page::Home => content.site.updated.max(content.timeline.updated),
        Page::Faq => content.faq.updated,
        Page::Articles => content.articles.updated,
        Page::Timeline => content.timeline.updated,
    }
}

/// The Open Graph locale of a language: French is written for readers in France.
pub fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_US",
        Lang::Fr => "fr_FR",
    }
}

/// The articles in the order the articles page shows them by default (newest first), as
/// indices into `Articles::articles`: the page's own filter with an empty query, so the feed
/// and the JSON-LD can never disagree with the list.
pub(crate) fn articles_newest_first(articles: &Articles) -> Vec<usize> {
    let index = crate::press::PressIndex::new(articles);
    index
        .filter(&crate::press::ArticleQuery::default(), None)
        .matches
}
