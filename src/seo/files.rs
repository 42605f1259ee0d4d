//! Writing every file of this module into the built folder.

use super::app_icon::{app_icon_png, web_manifest, APP_ICONS, MANIFEST_PATH};
use super::feed::{atom_feed, feed_path};
use super::share_image::{share_image_path, share_image_png};
use super::sitemap::{robots_txt, sitemap_xml, ROBOTS_PATH, SITEMAP_PATH};
use super::{PageText, SiteContent, SiteUrl};
use crate::i18n::Lang;
use crate::routes::Page;
use std::io;
use std::path::{Path, PathBuf};

/// Writes `sitemap.xml`, `robots.txt`, for each language `{lang}/feed.xml` and
/// `{lang}/share.png`, then the web app manifest and its icons under `out_dir`, creating folders as needed and replacing files that
/// exist (such as a `robots.txt` copied from `public/`). `page_text` gives each page's title
/// and description, as its head shows them; the feeds take the articles page's.
///
/// Returns the paths written, in that order.
pub fn write_all(
    out_dir: &Path,
    site_url: &SiteUrl,
    content: &SiteContent,
    page_text: impl Fn(Page, Lang) -> PageText,
) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<(String, Vec<u8>)> = vec![
        (
            SITEMAP_PATH.to_owned(),
            sitemap_xml(site_url, content).into_bytes(),
        ),
        (ROBOTS_PATH.to_owned(), robots_txt(site_url).into_bytes()),
    ];
    for lang in Lang::ALL {
        let text = page_text(Page::Articles, lang);
        files.push((
            feed_path(lang),
            atom_feed(lang, site_url, content, &text).into_bytes(),
        ));
        files.push((
            share_image_path(lang),
            share_image_png(&content.site, lang)?,
        ));
    }
    files.push((
        MANIFEST_PATH.to_owned(),
        web_manifest(&content.site).into_bytes(),
    ));
    for icon in APP_ICONS {
        files.push((icon.path.to_owned(), app_icon_png(icon)?));
    }
    let mut written = Vec::with_capacity(files.len());
    for (relative, bytes) in files {
        let path = out_dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, bytes)?;
        written.push(path);
    }
    Ok(written)
}
