//! Writes the SEO files (sitemap, robots, feeds, share images) into OUT_DIR, and with
//! `--pages` also a minimal HTML document per page holding its head tags and JSON-LD, to look
//! at them by hand or run them through the Nu HTML Checker:
//! `cargo run --example seo_files -- OUT_DIR [SITE_URL] [--pages]`.

use sunny_corner::i18n::Lang;
use sunny_corner::load::content_dir;
use sunny_corner::routes::Page;
use sunny_corner::seo::{
    escape_html, head_tags, json_ld, write_all, PageText, SiteContent, SiteUrl,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pages = args.iter().any(|a| a == "--pages");
    let mut positional = args.iter().filter(|a| !a.starts_with("--"));
    let out = positional
        .next()
        .ok_or("usage: seo_files OUT_DIR [SITE_URL] [--pages]")?;
    let out = std::path::Path::new(out);
    let site_url = match positional.next() {
        Some(url) => SiteUrl::parse(url)?,
        None => SiteUrl::from_env()?,
    };
    let content = SiteContent::read_from_dir(&content_dir()).map_err(|e| format!("{e:?}"))?;
    // Stand-in titles: the pipeline passes the page's real interface strings.
    let text = |page: Page, lang: Lang| PageText {
        title: format!("{page:?} · {}", content.site.name.get(lang)),
        description: content.site.tagline.get(lang).to_owned(),
    };
    for path in write_all(out, &site_url, &content, text)? {
        println!("wrote {}", path.display());
    }
    if !pages {
        return Ok(());
    }
    for lang in Lang::ALL {
        for page in Page::ALL {
            let t = text(page, lang);
            let document = format!(
                "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
                 <title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
                 {head}{ld}\n</head>\n<body><h1>{title}</h1></body>\n</html>\n",
                code = lang.code(),
                title = escape_html(&t.title),
                description = escape_html(&t.description),
                head = head_tags(page, lang, &site_url, &content, &t),
                ld = json_ld(page, lang, &site_url, &content, &t).unwrap_or_default(),
            );
            let slug = if page.slug().is_empty() {
                "index"
            } else {
                page.slug()
            };
            let path = out
                .join("pages")
                .join(format!("{}-{slug}.html", lang.code()));
            std::fs::create_dir_all(path.parent().unwrap_or(out))?;
            std::fs::write(&path, document)?;
            println!("wrote {}", path.display());
        }
    }
    Ok(())
}
