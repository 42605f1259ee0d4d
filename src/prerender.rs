//! Build-time rendering: every route of the portal, in both languages, rendered to static HTML
//! from the same components and content files as the browser uses (leptos `ssr`, native only),
//! and written where static hosts look for it: `/en/` → `en/index.html`, `/en/faq` →
//! `en/faq.html`, a real `404.html`, and `index.html` as a language chooser.
//!
//! The page around the rendered body is trunk's own `index.html` (its stylesheet, script and
//! `<base>`), so the browser loads the same assets and the app takes the page over (see
//! `main.rs`).

use crate::app::App;
use crate::i18n::Lang;
use crate::routes::{content_of, Content, Page};
use crate::seo::{self, escape_html, PageText, SiteContent, SiteUrl};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use std::io;
use std::path::{Path, PathBuf};

/// One file the pre-renderer writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// The portal path it serves, without the base path: `/en/faq`.
    pub path: String,
    /// Where it lands in the built folder: `en/faq.html`.
    pub file: String,
    pub lang: Lang,
    /// `None` for the 404 page.
    pub page: Option<Page>,
}

/// Every page in both languages, then the 404 page.
pub fn routes() -> Vec<Route> {
    let mut routes = Vec::new();
    for lang in Lang::ALL {
        for page in Page::ALL {
            let file = match page {
                Page::Home => format!("{}/index.html", lang.code()),
                other => format!("{}/{}.html", lang.code(), other.slug()),
            };
            routes.push(Route {
                path: page.path(lang),
                file,
                lang,
                page: Some(page),
            });
        }
    }
    routes.push(Route {
        path: "/404".to_owned(),
        file: "404.html".to_owned(),
        lang: Lang::En,
        page: None,
    });
    routes
}

/// The app's body at `path` (with the base path), rendered with the content read from disk.
pub fn render_body(path: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(path));
        // The components' <Title> and <Meta> go to this context; the page's head is written
        // from the same strings below.
        let (meta, _head) = ServerMetaContext::new();
        provide_context(meta);
        without_markers(&view! { <App /> }.to_html())
    })
}

/// `html` rendered by Leptos without its hydration markers: the `<!>` placeholders and the
/// `<!--…-->` comments (`<!--bo-…-->`, `<!--s-…-->`, `<!--<() />-->`). The app replaces the
/// static page instead of hydrating it, so they serve nothing, and `<!>` is not valid HTML.
/// Leptos escapes `<` in text and attribute values, and the app renders no `<script>` or
/// `<style>` (whose text it would not escape), so in its output `<!` only ever opens a marker.
pub fn without_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!") {
        out.push_str(&rest[..at]);
        let marker = &rest[at..];
        let len = if marker.starts_with("<!>") {
            3
        } else if marker.starts_with("<!--") {
            marker.find("-->").map_or(marker.len(), |end| end + 3)
        } else {
            // Not a marker (a doctype, were one ever passed in): kept as it is.
            out.push_str("<!");
            2
        };
        rest = &marker[len..];
    }
    out.push_str(rest);
    out
}

/// A page's title and description as its head shows them.
pub fn page_text(page: Page, lang: Lang) -> PageText {
    let s = lang.strings();
    PageText {
        title: format!("{} · {}", page.title()(s), s.site_name),
        description: page.description()(s).to_owned(),
    }
}

/// `<link rel="preload">` for the content files a page shows (`Page::content`, the list the
/// start-up loads before it takes the page over), so the browser fetches them while the wasm
/// downloads rather than after it. `crossorigin` gives the preload the mode and credentials of
/// the app's `fetch`, so that the app's request is served from it.
pub fn preload_links(files: &[Content]) -> String {
    files
        .iter()
        .map(|c| {
            format!(
                "<link rel=\"preload\" href=\"content/{}\" as=\"fetch\" crossorigin>",
                c.file()
            )
        })
        .collect()
}

/// What needs JavaScript, said to those without it.
fn noscript(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Everything on this page can be read without JavaScript. Searching as you type, the filters and the live countdown need it.",
        Lang::Fr => "Tout le contenu de cette page se lit sans JavaScript. La recherche pendant la saisie, les filtres et le décompte en direct en ont besoin.",
    }
}

/// Puts `body` and the page's head into trunk's `index.html`: the language on `<html>`, the
/// title, description and `head` extras in place of trunk's title, and the body first in
/// `<body>`, before trunk's own content.
pub fn compose(
    template: &str,
    lang: Lang,
    text: &PageText,
    head: &str,
    noscript: &str,
    body: &str,
) -> String {
    let mut html = template.to_owned();
    if let Some(start) = html.find("<html") {
        let end = start + html[start..].find('>').unwrap_or(5);
        html.replace_range(start..=end, &format!("<html lang=\"{}\">", lang.code()));
    }
    let title = format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\">{head}\
         <noscript><link rel=\"stylesheet\" href=\"noscript.css\"></noscript>",
        escape_html(&text.title),
        escape_html(&text.description),
    );
    match (html.find("<title>"), html.find("</title>")) {
        (Some(a), Some(b)) if a < b => html.replace_range(a..b + "</title>".len(), &title),
        _ => {
            let at = html.find("</head>").unwrap_or(0);
            html.insert_str(at, &title);
        }
    }
    let noscript = format!(
        // A landmark of its own, so that no text of the page sits outside one.
        "<noscript><aside class=\"noscript\"><p>{}</p></aside></noscript>",
        escape_html(noscript)
    );
    if let Some(at) = html.find("<body") {
        let at = at + html[at..].find('>').map_or(5, |i| i + 1);
        html.insert_str(at, &format!("{noscript}{body}"));
    }
    html
}

/// The language chooser at `/`: two links without JavaScript; with it, the app sends the
/// visitor to their language (saved choice, then the browser's).
fn chooser_body(site: &crate::content::Site) -> String {
    let links: String = Lang::ALL
        .iter()
        .map(|&l| {
            format!(
                "<li><a class=\"button\" href=\"{code}/\" hreflang=\"{code}\" lang=\"{code}\">{name}</a></li>",
                code = l.code(),
                name = l.native_name()
            )
        })
        .collect();
    format!(
        "<main id=\"main\" class=\"wrap page chooser\"><h1>{}</h1><p class=\"tagline\" lang=\"en\">{}</p>\
         <p class=\"tagline\" lang=\"fr\">{}</p><ul class=\"chooser-links\">{links}</ul></main>",
        escape_html(site.name.get(Lang::En)),
        escape_html(site.tagline.get(Lang::En)),
        escape_html(site.tagline.get(Lang::Fr)),
    )
}

/// Renders every route into `dist` (trunk's output folder, whose `index.html` is the template)
/// and writes the SEO files. `base` is the deployment's base path (`""` or `/portal`). Returns
/// the files written.
pub fn prerender(dist: &Path, base: &str, site_url: &SiteUrl) -> io::Result<Vec<PathBuf>> {
    let template = std::fs::read_to_string(dist.join("index.html"))?;
    let content = SiteContent::read_from_dir(&crate::load::content_dir())
        .map_err(|e| io::Error::other(e.to_string()))?;
    let mut written = Vec::new();
    let mut write = |file: &str, html: String| -> io::Result<()> {
        let path = dist.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, html)?;
        written.push(path);
        Ok(())
    };
    for route in routes() {
        let body = render_body(&format!("{base}{}", route.path));
        let (text, head) = match route.page {
            Some(page) => {
                let text = page_text(page, route.lang);
                let mut head = seo::head_tags(page, route.lang, site_url, &content, &text);
                head.extend(seo::json_ld(page, route.lang, site_url, &content, &text));
                (text, head)
            }
            None => {
                let s = route.lang.strings();
                let text = PageText {
                    title: format!("{} · {}", s.not_found.title, s.site_name),
                    description: s.not_found.text.to_owned(),
                };
                (
                    text,
                    "<meta name=\"robots\" content=\"noindex\">".to_owned(),
                )
            }
        };
        let head = preload_links(content_of(&route.path)) + &head;
        let html = compose(
            &template,
            route.lang,
            &text,
            &head,
            noscript(route.lang),
            &body,
        );
        write(&route.file, html)?;
    }
    // `/`: the language chooser, in both languages at once.
    let text = PageText {
        title: content.site.name.get(Lang::En).to_owned(),
        description: format!(
            "{} / {}",
            Lang::En.strings().site_description,
            Lang::Fr.strings().site_description
        ),
    };
    let both = format!("{} / {}", noscript(Lang::En), noscript(Lang::Fr));
    let chooser = compose(
        &template,
        Lang::En,
        &text,
        "",
        &both,
        &chooser_body(&content.site),
    );
    write("index.html", chooser)?;
    written.extend(seo::write_all(dist, site_url, &content, page_text)?);
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_lands_where_static_hosts_look_without_a_redirect() {
        let files: Vec<String> = routes().into_iter().map(|r| r.file).collect();
        assert_eq!(
            files,
            [
                "en/index.html",
                "en/faq.html",
                "en/articles.html",
                "en/timeline.html",
                "fr/index.html",
                "fr/faq.html",
                "fr/articles.html",
                "fr/timeline.html",
                "404.html"
            ]
        );
    }

    #[test]
    fn the_faq_is_rendered_with_its_content_not_a_placeholder() {
        let html = render_body("/fr/faq");
        assert!(
            html.contains("Questions fréquentes"),
            "{}",
            &html[..html.len().min(400)]
        );
        assert!(!html.contains("aria-busy"), "no loading placeholder");
        let faq: crate::content::Faq =
            crate::load::read_from_dir(&crate::load::content_dir()).unwrap();
        for entry in &faq.entries {
            assert!(
                html.contains(&format!("id=\"{}\"", entry.id)),
                "{}",
                entry.id
            );
        }
    }

    #[test]
    fn markers_are_taken_out_and_nothing_else() {
        assert_eq!(
            without_markers("<p>a<!>b<!--bo-1--><i>c</i><!--bc-1--><!--<() />--></p><!>"),
            "<p>ab<i>c</i></p>"
        );
        assert_eq!(
            without_markers("<!DOCTYPE html><p>x</p>"),
            "<!DOCTYPE html><p>x</p>"
        );
        assert_eq!(without_markers("<p>open <!-- never closed"), "<p>open ");
    }

    #[test]
    fn text_that_looks_like_a_marker_is_escaped_by_leptos_so_it_survives() {
        let owner = Owner::new();
        let html = owner.with(|| {
            let typed = "<!> and <!-- x --> typed by an editor".to_owned();
            let (title, dynamic) = (typed.clone(), RwSignal::new(typed.clone()));
            view! {
                <p title=title>"before"{typed}" "{move || dynamic.get()}</p>
            }
            .to_html()
        });
        assert!(html.contains("<!>"), "Leptos marks the text nodes: {html}");
        let clean = without_markers(&html);
        assert!(!clean.contains("<!"), "{clean}");
        let text = "&lt;!&gt; and &lt;!-- x --&gt; typed by an editor";
        assert_eq!(clean.matches(text).count(), 3, "{clean}");
    }

    #[test]
    fn rendered_pages_carry_no_markers() {
        for route in routes() {
            let html = render_body(&route.path);
            assert!(!html.contains("<!"), "{}: {html}", route.path);
        }
    }

    #[test]
    fn a_page_preloads_the_content_files_the_app_loads_before_taking_over() {
        assert_eq!(
            preload_links(content_of("/fr/faq")),
            "<link rel=\"preload\" href=\"content/site.json\" as=\"fetch\" crossorigin>\
             <link rel=\"preload\" href=\"content/faq.json\" as=\"fetch\" crossorigin>"
        );
        assert_eq!(
            preload_links(content_of("/404")),
            "<link rel=\"preload\" href=\"content/site.json\" as=\"fetch\" crossorigin>"
        );
    }

    #[test]
    fn composing_puts_the_language_head_and_body_in_trunks_page() {
        let template = "<!DOCTYPE html><html lang=\"en\"><head><base href=\"/\"><title>Sunny Corner</title><script type=\"module\">x</script></head><body><noscript>old</noscript></body></html>";
        let text = PageText {
            title: "FAQ · <Sunny>".into(),
            description: "a \"b\"".into(),
        };
        let html = compose(
            template,
            Lang::Fr,
            &text,
            "<link rel=\"canonical\" href=\"x\">",
            "sans JS",
            "<main>m</main>",
        );
        assert!(html.starts_with("<!DOCTYPE html><html lang=\"fr\"><head><base href=\"/\"><title>FAQ · &lt;Sunny&gt;</title>"));
        assert!(html.contains("<meta name=\"description\" content=\"a &quot;b&quot;\"><link rel=\"canonical\" href=\"x\">"));
        assert!(html.contains("<body><noscript><aside class=\"noscript\"><p>sans JS</p></aside></noscript><main>m</main><noscript>old</noscript></body>"));
        assert_eq!(html.matches("<title>").count(), 1);
    }
}
