//! Writes the SEO files (sitemap, robots, feeds, share images) and prints one page's head tags
//! and JSON-LD, to look at them by hand:
//! `cargo run --example seo_files -- OUT_DIR [SITE_URL]`.

use sunny_corner::i18n::Lang;
use sunny_corner::load::content_dir;
use sunny_corner::routes::Page;
use sunny_corner::seo::{head_tags, json_ld, write_all, PageText, SiteContent, SiteUrl};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args.next().ok_or("usage: seo_files OUT_DIR [SITE_URL]")?;
    let site_url = match args.next() {
        Some(url) => SiteUrl::parse(&url)?,
        None => SiteUrl::from_env()?,
    };
    let content = SiteContent::read_from_dir(&content_dir()).map_err(|e| format!("{e:?}"))?;
    // Stand-in titles: the pipeline passes the real interface strings.
    let text = |page: Page, lang: Lang| PageText {
        title: format!("{page:?} ({})", lang.code()),
        description: format!("The {page:?} page in {}", lang.native_name()),
    };
    for path in write_all(std::path::Path::new(&out), &site_url, &content, text)? {
        println!("wrote {}", path.display());
    }
    let page_text = text(Page::Faq, Lang::Fr);
    println!(
        "{}",
        head_tags(Page::Faq, Lang::Fr, &site_url, &content, &page_text)
    );
    if let Some(script) = json_ld(
        Page::Timeline,
        Lang::En,
        &site_url,
        &content,
        &text(Page::Timeline, Lang::En),
    ) {
        println!("{script}");
    }
    Ok(())
}
