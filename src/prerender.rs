//! Build-time rendering: every route of the portal, in both languages, rendered to static HTML
//! from the same components and content files as the browser uses (leptos `ssr`, native only),
//! and written where static hosts look for it: `/en/` → `en/index.html`, `/en/faq` →
//! `en/faq.html`, a real `404.html`, and `index.html` as a language chooser.
//!
//! The page around the rendered body is trunk's own `index.html` (its stylesheet, script and
//! `<base>`), so the browser loads the same assets and the app takes the page over (see
//! `main.rs`).

use crate::app::App;
use crate::content::{ContentFile, Countdown};
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

/// Every page in both languages, then the 404 pages: `404.html` (English, what hosts answer
/// for any unknown address) and `fr/404.html` (what hosts that look for the nearest 404 page,
/// or follow `_redirects`' 404 rule, answer under `/fr/`).
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
    routes.push(Route {
        path: "/fr/404".to_owned(),
        file: "fr/404.html".to_owned(),
        lang: Lang::Fr,
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

/// The wasm files of the split named `split` in a build cut into route chunks (scripts/split.sh):
/// the split's own chunk, then the shared chunks it needs, as wasm-split's loader (the text of
/// `__wasm_split-<hash>.js`) names them. Empty when the loader has no such split.
pub fn split_chunks(loader: &str, split: &str) -> Vec<String> {
    // The first `"./<file>.wasm"` after `at` in the loader.
    let wasm_after = |at: usize| {
        let start = at + loader[at..].find("\"./")? + 3;
        let end = start + loader[start..].find(".wasm\"")? + 5;
        Some(loader[start..end].to_owned())
    };
    let Some(at) = loader.find(&format!("export const __wasm_split_load_{split} =")) else {
        return Vec::new();
    };
    let mut files: Vec<String> = wasm_after(at).into_iter().collect();
    // Its shared chunks: `makeLoad(() => {…}, [__chunk_4, __chunk_5]));`.
    let end = loader[at..]
        .find("]))")
        .map_or(loader.len(), |end| at + end);
    let statement = &loader[at..end];
    let deps = statement
        .rfind('[')
        .map_or("", |open| &statement[open + 1..]);
    for dep in deps.split(',').map(str::trim).filter(|d| !d.is_empty()) {
        if let Some(file) = loader
            .find(&format!("const {dep} = makeLoad("))
            .and_then(wasm_after)
        {
            files.push(file);
        }
    }
    files
}

/// `<link rel="preload">` for the wasm chunks of a page's own code ([`split_chunks`]): a page
/// opened directly then fetches them beside the main wasm, rather than only once the app runs
/// and asks for them. As with content, `crossorigin` matches the loader's `fetch`.
pub fn chunk_preload_links(files: &[String]) -> String {
    files
        .iter()
        .map(|f| format!("<link rel=\"preload\" href=\"{f}\" as=\"fetch\" crossorigin>"))
        .collect()
}

/// The id of the `<template>` that holds a page's preload links until boot.js moves them into
/// the head, once the page has painted (public/boot.js).
pub const DEFERRED_PRELOADS_ID: &str = "preload-after-paint";

/// `links` inside an inert `<template>`: the browser fetches nothing a template holds, so the
/// downloads the app needs (its chunks and content) do not compete with the page's first paint
/// for a slow link; boot.js starts them, side by side with the main wasm, as soon as the page has
/// painted. Empty when there is nothing to fetch.
pub fn after_first_paint(links: &str) -> String {
    if links.is_empty() {
        return String::new();
    }
    format!("<template id=\"{DEFERRED_PRELOADS_ID}\">{links}</template>")
}

/// wasm-split's loader in `dist`, if the build was cut into route chunks.
fn split_loader(dist: &Path) -> io::Result<Option<String>> {
    for entry in std::fs::read_dir(dist)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.starts_with("__wasm_split-") && name.ends_with(".js") {
            return std::fs::read_to_string(dist.join(name)).map(Some);
        }
    }
    Ok(None)
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
/// with the content files of `content_dir` (the shipped ones: [`crate::load::content_dir`]),
/// and writes the SEO files. `base` is the deployment's base path (`""` or `/portal`). Returns
/// the files written.
pub fn prerender(
    dist: &Path,
    base: &str,
    site_url: &SiteUrl,
    content_dir: &Path,
) -> io::Result<Vec<PathBuf>> {
    crate::load::with_content_dir(content_dir, || {
        prerender_pages(dist, base, site_url, content_dir)
    })
}

fn prerender_pages(
    dist: &Path,
    base: &str,
    site_url: &SiteUrl,
    content_dir: &Path,
) -> io::Result<Vec<PathBuf>> {
    let template = std::fs::read_to_string(dist.join("index.html"))?;
    let content =
        SiteContent::read_from_dir(content_dir).map_err(|e| io::Error::other(e.to_string()))?;
    let loader = split_loader(dist)?.unwrap_or_default();
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
    // The home page's countdown file, cut from the timeline (`content::Countdown`); the deploy
    // step publishes it under a hashed name like the others.
    let cut =
        serde_json::to_string(&content.timeline.cut_for_countdown()).map_err(io::Error::other)?;
    write(&format!("content/{}", Countdown::FILE), cut)?;
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
        // A page's own code (the chunk named after its slug, `page_chunk!` in app.rs), then its
        // content, fetched once the page has painted ([`after_first_paint`]). The home page's
        // code is in the main module, which boot.js fetches then too.
        let chunks = match route.page {
            Some(page) if page != Page::Home => split_chunks(&loader, page.slug()),
            _ => Vec::new(),
        };
        let head = after_first_paint(
            &(chunk_preload_links(&chunks) + &preload_links(content_of(&route.path))),
        ) + &head;
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
                "404.html",
                "fr/404.html"
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
    fn the_countdown_file_shows_what_the_whole_timeline_shows_at_any_moment() {
        use crate::timeline::{chains, ics_for, next_deadline, IcsDeadline, NextDeadline};
        let full: crate::content::Timeline =
            crate::load::read_from_dir(&crate::load::content_dir()).unwrap();
        let cut = full.cut_for_countdown();
        // It round-trips through its file, and is a fraction of the whole.
        let text = serde_json::to_string(&cut).unwrap();
        assert_eq!(crate::load::parse::<Countdown>(&text).unwrap().0, cut);
        let whole = serde_json::to_string(&full).unwrap();
        assert!(
            text.len() * 3 < whole.len(),
            "{} of {}",
            text.len(),
            whole.len()
        );
        // What the card shows: the deadline (or the most recent one), the steps of its chain with
        // their events' titles, and its calendar file.
        let shown = |t: &crate::content::Timeline, now: i64| {
            let next = next_deadline(t, now);
            let deadline = match &next {
                NextDeadline::Upcoming(d) => Some(d.clone()),
                NextDeadline::NothingPending { most_recent, .. } => most_recent.clone(),
            };
            let details = deadline.as_ref().map(|d| {
                let steps: Vec<_> = chains(t)
                    .into_iter()
                    .filter(|c| c.id == d.chain)
                    .flat_map(|c| c.links)
                    .map(|l| {
                        (
                            l.event_date,
                            l.from,
                            l.to,
                            l.event_id,
                            t.events[l.event].title.clone(),
                        )
                    })
                    .collect();
                let ics = ics_for(&[IcsDeadline::from_deadline(t, d)], now, Lang::Fr);
                (d.chain.clone(), d.date, d.event_id.clone(), steps, ics)
            });
            (std::mem::discriminant(&next), details)
        };
        // Every day from before the first event to a year after the last, and each deadline's
        // last second and first second after.
        let start = crate::timeline::eastern_day_start_utc(full.events[0].date) - 86_400;
        let end = crate::timeline::eastern_day_start_utc(full.updated) + 400 * 86_400;
        let mut moments: Vec<i64> = (start..end).step_by(86_400).collect();
        for e in &full.events {
            for d in &e.deadlines {
                let ends = crate::timeline::deadline_end_utc(d.to);
                moments.extend([ends - 1, ends]);
            }
        }
        for now in moments {
            assert_eq!(shown(&cut, now), shown(&full, now), "at {now}");
        }
    }

    #[test]
    fn a_split_names_its_own_chunk_then_its_shared_ones_as_the_loader_does() {
        // The shape of wasm_split_cli_support 0.2's loader.
        let loader = r#"/* articles, faq */
const __chunk_4 = makeLoad(() => {
    const src = fetch(new URL("./chunk_4-83ad8d3a918a158b.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
const __chunk_5 = makeLoad(() => {
    const src = fetch(new URL("./chunk_5-364e217401ad55e2.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
export const __wasm_split_load_faq = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_faq-b8e89feb035daa03.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_4, __chunk_5]));
export const __wasm_split_load_timeline = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_timeline-1b950fa7f6449c75.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []));"#;
        assert_eq!(
            split_chunks(loader, "faq"),
            [
                "split_faq-b8e89feb035daa03.wasm",
                "chunk_4-83ad8d3a918a158b.wasm",
                "chunk_5-364e217401ad55e2.wasm"
            ]
        );
        assert_eq!(
            split_chunks(loader, "timeline"),
            ["split_timeline-1b950fa7f6449c75.wasm"]
        );
        assert!(split_chunks(loader, "articles").is_empty());
        assert!(split_chunks("", "faq").is_empty());
        assert_eq!(
            chunk_preload_links(&split_chunks(loader, "timeline")),
            "<link rel=\"preload\" href=\"split_timeline-1b950fa7f6449c75.wasm\" as=\"fetch\" crossorigin>"
        );
    }

    #[test]
    fn the_preloads_wait_in_an_inert_template_for_the_first_paint() {
        assert_eq!(after_first_paint(""), "");
        assert_eq!(
            after_first_paint(&preload_links(content_of("/404"))),
            "<template id=\"preload-after-paint\"><link rel=\"preload\" \
             href=\"content/site.json\" as=\"fetch\" crossorigin></template>"
        );
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

/// Hostile content through the pre-renderer: the shipped files with every text and address
/// replaced by markup, scripts, event handlers, unsafe schemes, a 10,000-character word and odd
/// Unicode, rendered by [`prerender`] (what `make dist` runs) and parsed back with html5ever.
#[cfg(test)]
mod hostile {
    use super::*;
    use crate::content::safe_href;
    use crate::seo::escape_html;
    use proptest::prelude::*;
    use scraper::{ElementRef, Html, Node};
    use serde_json::Value;

    /// What goes into every text field, in turn. No C0 control characters: the head drops them
    /// (`seo::escape_html`), so they would not read back the same there.
    pub const TEXTS: &[&str] = &[
        "<img src=x onerror=\"window.__pwned=1\">",
        "<script>window.__pwned=2</script>",
        "\"><svg onload=window.__pwned=3>",
        "' onmouseover='window.__pwned=4' x='",
        "</title></textarea></noscript><!-- <b>bold</b> --><!>",
        "&amp; &lt;b&gt; &#x3C;script&#x3E; {{ x }} ${x}",
        "\u{202E}gpj.exe\u{202C} \u{200D}\u{1F469}\u{200D}\u{1F4BB} Z\u{336}\u{321}a\u{301}\u{301}\u{301}",
        "</script><script>window.__pwned=5</script>",
    ];

    /// A word of 10,000 characters: it must wrap rather than widen the page.
    pub fn long_word() -> String {
        "W".repeat(10_000)
    }

    /// What goes into every address field, in turn: the unsafe ones, and one safe address full
    /// of markup, which must come out as exactly that `href`.
    pub const URLS: &[&str] = &[
        "javascript:window.__pwned=6",
        "data:text/html,<script>window.__pwned=7</script>",
        "vbscript:msgbox(1)",
        "java\tscript:window.__pwned=8",
        " javascript:window.__pwned=9",
        "\u{1}javascript:window.__pwned=10",
        "https://example.org/\u{202E}gpj.exe",
        QUOTED_URL,
    ];
    pub const QUOTED_URL: &str = "https://example.org/?q=\"><img/src=x/onerror=window.__pwned=11>";

    /// Keys whose strings are ids, dates or names of declared values: kept, so that the file
    /// still parses and its references hold.
    pub const KEPT: &[&str] = &[
        "$schema", "updated", "date", "id", "category", "kind", "tags", "chain", "from", "to",
        "outcome", "language",
    ];

    /// Replaces every text (in turn from `texts`) and every `url` (from `urls`) in `value`;
    /// `n` counts the texts and the addresses replaced so far.
    pub fn poison(
        value: &mut Value,
        key: &str,
        texts: &[String],
        urls: &[&str],
        n: &mut (usize, usize),
    ) {
        match value {
            Value::String(s) if !KEPT.contains(&key) => {
                *s = if key == "url" {
                    n.1 += 1;
                    urls[n.1 % urls.len()].to_owned()
                } else {
                    n.0 += 1;
                    texts[n.0 % texts.len()].clone()
                };
            }
            Value::Array(items) if !KEPT.contains(&key) => {
                for item in items {
                    poison(item, key, texts, urls, n);
                }
            }
            Value::Object(map) => {
                for (k, v) in map.iter_mut() {
                    poison(v, k, texts, urls, n);
                }
            }
            _ => {}
        }
    }

    /// The shipped content poisoned with `texts`, written into a new folder.
    fn content_with(name: &str, texts: &[String]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("sunny-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for file in ["site.json", "faq.json", "articles.json", "timeline.json"] {
            let text = std::fs::read_to_string(crate::load::content_dir().join(file)).unwrap();
            let mut value: Value = serde_json::from_str(&text).unwrap();
            poison(&mut value, "", texts, URLS, &mut (0, 0));
            std::fs::write(dir.join(file), value.to_string()).unwrap();
        }
        dir
    }

    const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
        <title>Sunny Corner</title></head><body></body></html>";

    /// Every page `prerender` writes with `content`: (file name, HTML).
    fn pages_of(name: &str, content: &Path) -> Vec<(String, String)> {
        let dist = std::env::temp_dir().join(format!("sunny-{name}-dist-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), TEMPLATE).unwrap();
        let url = SiteUrl::parse("https://sunny-corner.pages.dev/").unwrap();
        let written = prerender(&dist, "", &url, content).unwrap();
        let mut pages = Vec::new();
        for path in written {
            let file = path.strip_prefix(&dist).unwrap().display().to_string();
            if file.ends_with(".html") {
                pages.push((file, std::fs::read_to_string(&path).unwrap()));
            } else if file.ends_with(".xml") {
                let xml = std::fs::read_to_string(&path).unwrap();
                let doc = roxmltree::Document::parse(&xml)
                    .unwrap_or_else(|e| panic!("{file} is not well-formed XML: {e}"));
                for node in doc.descendants().filter(|n| n.is_element()) {
                    for a in node.attributes() {
                        assert!(
                            !["href", "src", "uri"].contains(&a.name())
                                || safe_href(a.value()).is_some(),
                            "{file}: {}={:?}",
                            a.name(),
                            a.value()
                        );
                    }
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dist);
        pages
    }

    /// Each element's name and attribute names, in document order: the page's shape.
    fn shape(doc: &Html) -> Vec<String> {
        doc.root_element()
            .descendent_elements()
            .map(|e| {
                let mut attrs: Vec<&str> = e.value().attrs().map(|(name, _)| name).collect();
                attrs.sort_unstable();
                format!("<{} {}>", e.value().name(), attrs.join(" "))
            })
            .collect()
    }

    /// Does `value`, as an address in an attribute, lead anywhere but the portal itself or a
    /// safe web address?
    fn leads_somewhere_unsafe(value: &str) -> bool {
        let scheme_end = value.find(':');
        let path_start = value.find(['/', '?', '#']);
        let has_scheme = scheme_end.is_some_and(|c| path_start.is_none_or(|p| c < p));
        if has_scheme || value.starts_with("//") {
            safe_href(value).is_none()
        } else {
            value.chars().any(crate::content::is_hidden_in_url)
        }
    }

    fn text_of(doc: &Html) -> String {
        doc.tree
            .nodes()
            .filter(|n| {
                n.parent()
                    .and_then(ElementRef::wrap)
                    .is_none_or(|p| p.value().name() != "script")
            })
            .filter_map(|n| match n.value() {
                Node::Text(t) => Some(&**t),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn hostile_content_is_rendered_as_text_and_unsafe_addresses_are_not_links() {
        let mut texts: Vec<String> = TEXTS.iter().map(|&t| t.to_owned()).collect();
        texts.push(long_word());
        let plain: Vec<String> = (0..texts.len())
            .map(|i| format!("plain text {i}"))
            .collect();
        let hostile_dir = content_with("hostile", &texts);
        let plain_dir = content_with("plain", &plain);
        let hostile = pages_of("hostile", &hostile_dir);
        let plain = pages_of("plain", &plain_dir);
        assert_eq!(
            hostile.len(),
            11,
            "nine routes, the French 404 page and the language chooser"
        );
        let mut all_text = String::new();
        let mut safe_links = 0;
        for ((file, html), (_, plain_html)) in hostile.iter().zip(&plain) {
            let doc = Html::parse_document(html);
            // The same elements and attributes as with plain words: nothing came from content.
            let (shape, expected) = (shape(&doc), shape(&Html::parse_document(plain_html)));
            if let Some(i) =
                (0..shape.len().max(expected.len())).find(|&i| shape.get(i) != expected.get(i))
            {
                panic!(
                    "{file}: element {i} is {:?} where plain content gives {:?}",
                    shape.get(i),
                    expected.get(i)
                );
            }
            for e in doc.root_element().descendent_elements() {
                let name = e.value().name();
                for (attr, value) in e.value().attrs() {
                    assert!(!attr.starts_with("on"), "{file}: <{name} {attr}>");
                    if ["href", "src", "action", "formaction", "poster", "srcset"].contains(&attr) {
                        assert!(
                            !leads_somewhere_unsafe(value),
                            "{file}: <{name} {attr}={value:?}>"
                        );
                    }
                    if name == "a" && attr == "href" && value == QUOTED_URL {
                        safe_links += 1;
                    }
                }
                if name == "script" {
                    assert_eq!(
                        e.value().attr("type"),
                        Some("application/ld+json"),
                        "{file}"
                    );
                    let json: String = e.text().collect();
                    serde_json::from_str::<Value>(&json)
                        .unwrap_or_else(|err| panic!("{file}: JSON-LD does not parse: {err}"));
                }
            }
            all_text.push_str(&text_of(&doc));
        }
        for text in &texts {
            assert!(
                all_text.contains(text.as_str()),
                "not shown as text: {text:?}"
            );
        }
        assert!(
            safe_links > 0,
            "the safe address with markup in it is a link, exactly as written"
        );
        for dir in [hostile_dir, plain_dir] {
            let _ = std::fs::remove_dir_all(dir);
        }
    }

    /// Strings made to break out of text and attributes, and any string at all.
    fn breakout() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            prop::sample::select(vec![
                "<",
                ">",
                "\"",
                "'",
                "&",
                "=",
                "/",
                " ",
                "`",
                "</p>",
                "<p>",
                "<!--",
                "-->",
                "<!>",
                "<script>",
                "</script>",
                "&amp;",
                "&#x3C;",
                "&lt",
                "\r\n",
                "\r",
                "\u{202E}",
                "\u{200D}",
                "\u{301}",
                "\u{0}",
                "\u{1b}",
                "\u{FFFF}",
                "a",
                "onload=",
            ])
            .prop_map(str::to_owned),
            any::<char>().prop_map(String::from),
        ];
        prop_oneof![
            prop::collection::vec(piece, 0..24).prop_map(|p| p.concat()),
            any::<String>(),
        ]
    }

    /// What an HTML parser reads back for `text`: line ends normalised (every parser does that
    /// before tokenising), and in a text node U+0000 dropped, in an attribute replaced.
    fn as_parsed(text: &str, in_attribute: bool) -> String {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        if in_attribute {
            text.replace('\0', "\u{FFFD}")
        } else {
            text.replace('\0', "")
        }
    }

    /// The only `<p>` of a parsed fragment, with its title and its text.
    fn the_paragraph(html: &str) -> Result<(String, String), TestCaseError> {
        let doc = Html::parse_fragment(html);
        let elements: Vec<ElementRef> = doc.root_element().descendent_elements().collect();
        let names: Vec<&str> = elements.iter().map(|e| e.value().name()).collect();
        prop_assert_eq!(&names, &["html", "p"], "{}", html);
        let p = elements[1];
        let attrs: Vec<&str> = p.value().attrs().map(|(n, _)| n).collect();
        prop_assert_eq!(&attrs, &["title"], "{}", html);
        Ok((
            p.value().attr("title").unwrap_or_default().to_owned(),
            p.text().collect(),
        ))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn no_content_string_can_close_a_tag_or_an_attribute_in_a_rendered_page(
            // Leptos writes an empty text as a space, to keep its node: not an escaping matter.
            text in breakout().prop_filter("not empty", |t| !t.is_empty())
        ) {
            let owner = Owner::new();
            let html = owner.with(|| {
                let (title, body) = (text.clone(), text.clone());
                let dynamic = RwSignal::new(text.clone());
                view! { <p title=title>{body}{move || dynamic.get()}</p> }.to_html()
            });
            let (title, body) = the_paragraph(&without_markers(&html))?;
            prop_assert_eq!(title, as_parsed(&text, true));
            // The two texts are parsed as one: a `\r` ending the first and a `\n` starting
            // the second make one line end (the case "\n\r" found this).
            prop_assert_eq!(body, as_parsed(&text.repeat(2), false));
        }

        #[test]
        fn no_content_string_can_close_a_tag_or_an_attribute_in_the_head(text in breakout()) {
            // The pre-renderer's own escaping (title, description, head tags, the chooser).
            let escaped = escape_html(&text);
            let (title, body) = the_paragraph(&format!("<p title=\"{escaped}\">{escaped}</p>"))?;
            let kept: String = text.chars().filter(|&c| !crate::seo::is_forbidden(c)).collect();
            prop_assert_eq!(title, as_parsed(&kept, true));
            prop_assert_eq!(body, as_parsed(&kept, false));
        }
    }

    /// The shipped FAQ with every question and every category name set to `text`, in a new
    /// folder beside the shipped site file; `case` names the folder.
    fn faq_with_questions(text: &str, case: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("sunny-faq-{case}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let shipped = crate::load::content_dir();
        std::fs::copy(shipped.join("site.json"), dir.join("site.json")).unwrap();
        let faq = std::fs::read_to_string(shipped.join("faq.json")).unwrap();
        let mut faq: Value = serde_json::from_str(&faq).unwrap();
        for key in ["question", "name"] {
            for item in faq.as_object_mut().unwrap().values_mut() {
                for entry in item.as_array_mut().into_iter().flatten() {
                    if let Some(localized) = entry.get_mut(key) {
                        *localized = serde_json::json!({ "en": text, "fr": text });
                    }
                }
            }
        }
        std::fs::write(dir.join("faq.json"), faq.to_string()).unwrap();
        dir
    }

    fn faq_page_with_questions(text: &str, case: &str) -> Html {
        let dir = faq_with_questions(text, case);
        let html = crate::load::with_content_dir(&dir, || render_body("/en/faq"));
        let _ = std::fs::remove_dir_all(dir);
        Html::parse_document(&html)
    }

    proptest! {
        // Each case renders the whole FAQ page (41 entries).
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn no_generated_question_can_close_a_tag_or_an_attribute_of_the_faq_page(
            text in breakout().prop_filter("not empty", |t| !t.is_empty())
        ) {
            let id = format!("{:016x}", {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                text.hash(&mut h);
                h.finish()
            });
            let page = faq_page_with_questions(&text, &id);
            let plain = faq_page_with_questions("A plain question", &format!("{id}-plain"));
            prop_assert_eq!(shape(&page), shape(&plain));
            let shown = text_of(&page);
            let expected = as_parsed(&text, false);
            prop_assert!(
                shown.matches(expected.as_str()).count() >= 41,
                "every question reads back as text: {:?}", expected
            );
        }
    }
}
