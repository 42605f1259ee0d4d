//! The files and head strings for search engines and link previews, read back with
//! independent parsers (roxmltree for XML, feed-rs for Atom, png for the image, serde_json for
//! JSON-LD) and checked against the shipped content.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;
use sunny_corner::i18n::Lang;
use sunny_corner::load::content_dir;
use sunny_corner::press::PAGE_SIZE;
use sunny_corner::routes::Page;
use sunny_corner::seo::{
    atom_feed, head_tags, json_ld, json_ld_value, page_updated, robots_txt, share_image_png,
    sitemap_xml, write_all, PageText, SiteContent, SiteUrl, SHARE_HEIGHT, SHARE_WIDTH,
};
use sunny_corner::timeline::chains;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

fn content() -> &'static SiteContent {
    static CONTENT: OnceLock<SiteContent> = OnceLock::new();
    CONTENT.get_or_init(|| SiteContent::read_from_dir(&content_dir()).expect("content loads"))
}

/// A deployment under a sub-path, so that every check also covers the base path.
fn site_url() -> SiteUrl {
    SiteUrl::parse("https://press.example.org/portal/").unwrap()
}

fn text(page: Page, lang: Lang) -> PageText {
    PageText {
        title: format!("{page:?} title in {}", lang.code()),
        description: format!("{page:?} description in {}", lang.code()),
    }
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

// ---------------------------------------------------------------- sitemap and robots

#[test]
fn the_sitemap_lists_every_page_in_both_languages_with_reciprocal_alternates() {
    let url = site_url();
    let xml = sitemap_xml(&url, content());
    let doc = roxmltree::Document::parse(&xml).expect("the sitemap is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(SITEMAP_NS));
    assert_eq!(root.tag_name().name(), "urlset");

    let entries: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    assert_eq!(entries.len(), Page::ALL.len() * Lang::ALL.len());
    let mut locs = BTreeSet::new();
    for page in Page::ALL {
        for lang in Lang::ALL {
            let expected = url.page(page, lang);
            let entry = entries
                .iter()
                .find(|e| child_text(e, SITEMAP_NS, "loc") == Some(expected.as_str()))
                .unwrap_or_else(|| panic!("{expected} is in the sitemap"));
            assert_eq!(
                child_text(entry, SITEMAP_NS, "lastmod"),
                Some(page_updated(page, content()).to_string().as_str()),
                "{expected}: lastmod is the content's updated date"
            );
            let links: Vec<(String, String)> = entry
                .children()
                .filter(|n| n.has_tag_name((XHTML_NS, "link")))
                .map(|n| {
                    assert_eq!(n.attribute("rel"), Some("alternate"));
                    (
                        n.attribute("hreflang").unwrap().to_owned(),
                        n.attribute("href").unwrap().to_owned(),
                    )
                })
                .collect();
            assert_eq!(
                links,
                vec![
                    ("en".to_owned(), url.page(page, Lang::En)),
                    ("fr".to_owned(), url.page(page, Lang::Fr)),
                    ("x-default".to_owned(), url.page(page, Lang::En)),
                ],
                "{expected}: alternates name both languages and x-default, itself included"
            );
            locs.insert(expected);
        }
    }
    assert_eq!(locs.len(), entries.len(), "no page is listed twice");
    for loc in &locs {
        assert!(
            loc.starts_with("https://press.example.org/portal/"),
            "{loc} is absolute"
        );
    }
}

fn child_text<'a>(node: &roxmltree::Node<'a, '_>, ns: &str, name: &str) -> Option<&'a str> {
    node.children()
        .find(|n| n.has_tag_name((ns, name)))
        .and_then(|n| n.text())
}

#[test]
fn the_sitemap_lastmod_follows_the_content_files_updated_dates() {
    let c = content();
    assert_eq!(page_updated(Page::Faq, c), c.faq.updated);
    assert_eq!(page_updated(Page::Articles, c), c.articles.updated);
    assert_eq!(page_updated(Page::Timeline, c), c.timeline.updated);
    assert_eq!(
        page_updated(Page::Home, c),
        c.site.updated.max(c.timeline.updated)
    );
}

#[test]
fn robots_allows_everything_and_names_the_sitemap_by_its_absolute_address() {
    let robots = robots_txt(&site_url());
    let rules: Vec<(String, String)> = robots
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (field, value) = l.split_once(':').expect("every line is field: value");
            (field.trim().to_ascii_lowercase(), value.trim().to_owned())
        })
        .collect();
    assert!(rules.contains(&("user-agent".into(), "*".into())));
    assert!(rules.contains(&("allow".into(), "/".into())));
    assert!(
        !rules.iter().any(|(f, v)| f == "disallow" && !v.is_empty()),
        "nothing is disallowed"
    );
    assert!(rules.contains(&(
        "sitemap".into(),
        "https://press.example.org/portal/sitemap.xml".into()
    )));
}

// ---------------------------------------------------------------- feeds

#[test]
fn each_feed_holds_every_article_in_its_language_newest_first() {
    let url = site_url();
    let c = content();
    for lang in Lang::ALL {
        let xml = atom_feed(lang, &url, c, &text(Page::Articles, lang));
        let feed = feed_rs::parser::parse(xml.as_bytes()).expect("the feed parses");
        assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
        assert_eq!(feed.language.as_deref(), Some(lang.code()));
        let feed_url = url.join(&format!("{}/feed.xml", lang.code()));
        assert_eq!(feed.id, feed_url);
        assert!(feed
            .links
            .iter()
            .any(|l| l.rel.as_deref() == Some("self") && l.href == feed_url));
        assert!(feed
            .links
            .iter()
            .any(|l| l.rel.as_deref() == Some("alternate")
                && l.href == url.page(Page::Articles, lang)));
        assert!(feed.title.unwrap().content.contains(c.site.name.get(lang)));
        assert_eq!(feed.entries.len(), c.articles.articles.len());

        let mut previous = None;
        for entry in &feed.entries {
            let id = entry
                .id
                .strip_prefix(&format!("{}#", url.page(Page::Articles, lang)))
                .unwrap_or_else(|| panic!("{} is an anchor of the articles page", entry.id));
            let a = c.articles.articles.iter().find(|a| a.id == id).unwrap();
            assert_eq!(entry.title.as_ref().unwrap().content, a.title_in(lang));
            assert_eq!(entry.summary.as_ref().unwrap().content, a.summary.get(lang));
            let original = entry
                .links
                .iter()
                .find(|l| l.rel.as_deref().unwrap_or("alternate") == "alternate")
                .unwrap();
            assert_eq!(original.href, a.url, "{id} links to the original");
            assert!(original.href.starts_with("https://"));
            // The content has days; the feed gives them as midnight UTC.
            let published = entry.published.map(|d| d.to_rfc3339());
            let updated = entry.updated.map(|d| d.to_rfc3339());
            let midnight = format!("{}T00:00:00+00:00", a.date);
            assert_eq!(published.as_deref(), Some(midnight.as_str()));
            assert_eq!(updated.as_deref(), Some(midnight.as_str()));
            assert_eq!(entry.authors[0].name, a.publisher);
            assert!(entry.categories.iter().any(|cat| cat.term == a.kind));
            if let Some(prev) = previous {
                assert!(a.date <= prev, "{id}: entries are newest first");
            }
            previous = Some(a.date);
        }
        let ids: BTreeSet<_> = feed.entries.iter().map(|e| e.id.clone()).collect();
        assert_eq!(ids.len(), feed.entries.len(), "entry ids are unique");
    }
}

// ---------------------------------------------------------------- files and image

#[test]
fn write_all_writes_the_sitemap_robots_feeds_images_manifest_and_icons() {
    let dir = scratch_dir("seo-write-all");
    let written = write_all(&dir, &site_url(), content(), text).unwrap();
    let relative: Vec<String> = written
        .iter()
        .map(|p| p.strip_prefix(&dir).unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        relative,
        [
            "sitemap.xml",
            "robots.txt",
            "en/feed.xml",
            "en/share.png",
            "fr/feed.xml",
            "fr/share.png",
            "manifest.webmanifest",
            "icons/icon-192.png",
            "icons/icon-512.png",
            "icons/maskable-512.png"
        ]
    );
    // The manifest names icons that were written, and starts where it is.
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.webmanifest")).unwrap())
            .unwrap();
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["display"], "standalone");
    let icons = manifest["icons"].as_array().unwrap();
    assert!(icons.iter().any(|i| i["purpose"] == "maskable"));
    for icon in icons {
        assert!(dir.join(icon["src"].as_str().unwrap()).is_file(), "{icon}");
    }
    for path in &written {
        assert!(std::fs::metadata(path).unwrap().len() > 0, "{path:?}");
    }
    // The head tags point at files that exist.
    for lang in Lang::ALL {
        let head = head_tags(
            Page::Home,
            lang,
            &site_url(),
            content(),
            &text(Page::Home, lang),
        );
        for tag in parse_tags(&head) {
            for (name, value) in &tag.attrs {
                let is_url = name == "href" || (name == "content" && value.starts_with("http"));
                if let Some(rel) = value.strip_prefix(site_url().as_str()).filter(|_| is_url) {
                    let rel = rel.split(['#', '?']).next().unwrap();
                    if rel.ends_with(".xml") || rel.ends_with(".png") {
                        assert!(dir.join(rel).is_file(), "{value} was written");
                    }
                }
            }
        }
    }
}

#[test]
fn the_share_images_are_1200_by_630_pngs_in_the_palette() {
    for lang in Lang::ALL {
        let bytes = share_image_png(&content().site, lang).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let frame = reader.next_frame(&mut pixels).unwrap();
        assert_eq!((frame.width, frame.height), (SHARE_WIDTH, SHARE_HEIGHT));
        assert_eq!((SHARE_WIDTH, SHARE_HEIGHT), (1200, 630));
        assert_eq!(frame.color_type, png::ColorType::Rgba);
        let rgb: Vec<[u8; 3]> = pixels[..frame.buffer_size()]
            .chunks(4)
            .map(|p| [p[0], p[1], p[2]])
            .collect();
        assert_eq!(rgb[0], [0, 0, 0], "the background is black");
        for colour in [[0x25, 0xF4, 0xEE], [0xFE, 0x2C, 0x55], [0xFF, 0xFF, 0xFF]] {
            let count = rgb.iter().filter(|&&p| p == colour).count();
            assert!(
                count > 5_000,
                "{lang:?}: {colour:02X?} covers {count} pixels"
            );
        }
        // Anti-aliasing mixes the palette's colours at edges; nothing else appears in bulk.
        let palette = [
            [0, 0, 0],
            [0x25, 0xF4, 0xEE],
            [0xFE, 0x2C, 0x55],
            [0xFF, 0xFF, 0xFF],
        ];
        let in_palette = rgb.iter().filter(|p| palette.contains(p)).count();
        assert!(
            in_palette * 10 > rgb.len() * 9,
            "{lang:?}: {in_palette} of {}",
            rgb.len()
        );
    }
}

#[test]
fn the_share_image_is_the_same_bytes_every_build_and_differs_by_tagline() {
    let site = &content().site;
    let en = share_image_png(site, Lang::En).unwrap();
    assert_eq!(en, share_image_png(site, Lang::En).unwrap());
    assert_ne!(en, share_image_png(site, Lang::Fr).unwrap());
}

// ---------------------------------------------------------------- head tags

/// One `<link …>` or `<meta …>` tag, read strictly: any quote or bracket out of place fails.
#[derive(Debug)]
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn unescape(value: &str) -> String {
    value
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Reads head tags written one per line; panics on anything but `<name a="v" …>`.
fn parse_tags(head: &str) -> Vec<Tag> {
    head.lines()
        .map(|line| {
            let inner = line
                .strip_prefix('<')
                .and_then(|l| l.strip_suffix('>'))
                .unwrap_or_else(|| panic!("one tag per line: {line:?}"));
            let (name, mut rest) = inner.split_once(' ').expect("a tag with attributes");
            let mut attrs = Vec::new();
            while !rest.is_empty() {
                let (attr, after) = rest.split_once("=\"").expect("name=\"value\"");
                assert!(
                    attr.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "attribute name {attr:?} in {line:?}"
                );
                let end = after.find('"').expect("a closing quote");
                let value = &after[..end];
                assert!(
                    !value.contains(['<', '>', '\'']),
                    "value {value:?} is escaped"
                );
                attrs.push((attr.to_owned(), unescape(value)));
                rest = after[end + 1..]
                    .strip_prefix(' ')
                    .unwrap_or(&after[end + 1..]);
            }
            Tag {
                name: name.to_owned(),
                attrs,
            }
        })
        .collect()
}

fn meta<'a>(tags: &'a [Tag], key: &str, name: &str) -> Vec<&'a str> {
    tags.iter()
        .filter(|t| t.name == "meta" && t.attr(key) == Some(name))
        .filter_map(|t| t.attr("content"))
        .collect()
}

#[test]
fn every_page_names_its_canonical_address_alternates_and_preview() {
    let url = site_url();
    for page in Page::ALL {
        for lang in Lang::ALL {
            let t = text(page, lang);
            let tags = parse_tags(&head_tags(page, lang, &url, content(), &t));
            let own = url.page(page, lang);
            let links = |rel: &str| -> Vec<&Tag> {
                tags.iter()
                    .filter(|t| t.name == "link" && t.attr("rel") == Some(rel))
                    .collect()
            };
            let canonical = links("canonical");
            assert_eq!(canonical.len(), 1);
            assert_eq!(canonical[0].attr("href"), Some(own.as_str()));
            let hreflang: Vec<(&str, &str)> = links("alternate")
                .iter()
                .filter_map(|t| Some((t.attr("hreflang")?, t.attr("href")?)))
                .collect();
            let (en, fr) = (url.page(page, Lang::En), url.page(page, Lang::Fr));
            assert_eq!(
                hreflang,
                [
                    ("en", en.as_str()),
                    ("fr", fr.as_str()),
                    ("x-default", en.as_str())
                ]
            );
            let feed = links("alternate")
                .into_iter()
                .find(|t| t.attr("type") == Some("application/atom+xml"))
                .expect("the language's feed is announced");
            assert_eq!(
                feed.attr("href"),
                Some(url.join(&format!("{}/feed.xml", lang.code())).as_str())
            );

            let og = |name: &str| meta(&tags, "property", name);
            assert_eq!(og("og:title"), [t.title.as_str()]);
            assert_eq!(og("og:description"), [t.description.as_str()]);
            assert_eq!(og("og:url"), [own.as_str()]);
            assert_eq!(og("og:type"), ["website"]);
            assert_eq!(og("og:site_name"), [content().site.name.get(lang)]);
            let (locale, other) = match lang {
                Lang::En => ("en_US", "fr_FR"),
                Lang::Fr => ("fr_FR", "en_US"),
            };
            assert_eq!(og("og:locale"), [locale]);
            assert_eq!(og("og:locale:alternate"), [other]);
            let image = url.join(&format!("{}/share.png", lang.code()));
            assert_eq!(og("og:image"), [image.as_str()]);
            assert_eq!(og("og:image:width"), ["1200"]);
            assert_eq!(og("og:image:height"), ["630"]);
            assert!(og("og:image:alt")[0].contains(content().site.tagline.get(lang)));
            let tw = |name: &str| meta(&tags, "name", name);
            assert_eq!(tw("twitter:card"), ["summary_large_image"]);
            assert_eq!(tw("twitter:image"), [image.as_str()]);
            // Title and description are the page's own tags (leptos_meta), never doubled here.
            assert!(tags.iter().all(|t| t.name == "link" || t.name == "meta"));
            assert!(meta(&tags, "name", "description").is_empty());
        }
    }
}

// ---------------------------------------------------------------- JSON-LD

/// The JSON inside a JSON-LD script element, parsed.
fn script_json(script: &str) -> serde_json::Value {
    let inner = script
        .strip_prefix("<script type=\"application/ld+json\">")
        .and_then(|s| s.strip_suffix("</script>"))
        .expect("a complete script element");
    assert!(!inner.contains('<'), "nothing inside can start a tag");
    serde_json::from_str(inner).expect("the JSON-LD parses")
}

fn ld(page: Page, lang: Lang) -> serde_json::Value {
    let script = json_ld(page, lang, &site_url(), content(), &text(page, lang))
        .expect("every page has JSON-LD");
    let value = script_json(&script);
    assert_eq!(value["@context"], "https://schema.org");
    value
}

#[test]
fn the_faq_json_ld_holds_every_question_and_answer_in_the_pages_language() {
    for lang in Lang::ALL {
        let value = ld(Page::Faq, lang);
        assert_eq!(value["@type"], "FAQPage");
        assert_eq!(value["inLanguage"], lang.code());
        let questions = value["mainEntity"].as_array().unwrap();
        let entries = &content().faq.entries;
        assert_eq!(questions.len(), entries.len());
        for (q, e) in questions.iter().zip(entries) {
            assert_eq!(q["@type"], "Question");
            assert_eq!(q["name"], e.question.get(lang));
            assert_eq!(q["acceptedAnswer"]["@type"], "Answer");
            assert_eq!(q["acceptedAnswer"]["text"], e.answer.get(lang));
            assert_eq!(
                q["url"],
                format!("{}#{}", site_url().page(Page::Faq, lang), e.id)
            );
        }
    }
}

#[test]
fn the_articles_json_ld_lists_the_first_page_of_news_articles_newest_first() {
    let articles = &content().articles.articles;
    for lang in Lang::ALL {
        let value = ld(Page::Articles, lang);
        assert_eq!(value["@type"], "ItemList");
        let items = value["itemListElement"].as_array().unwrap();
        assert_eq!(items.len(), articles.len().min(PAGE_SIZE));
        assert_eq!(value["numberOfItems"], items.len());
        let mut listed = BTreeSet::new();
        let mut previous: Option<String> = None;
        for (i, item) in items.iter().enumerate() {
            assert_eq!(item["@type"], "ListItem");
            assert_eq!(item["position"], i + 1);
            let article = &item["item"];
            assert_eq!(article["@type"], "NewsArticle");
            let a = articles
                .iter()
                .find(|a| a.url == article["url"] && a.title == article["headline"])
                .unwrap_or_else(|| panic!("{article} is an article of the content"));
            assert_eq!(article["datePublished"], a.date.to_string());
            assert_eq!(article["description"], a.summary.get(lang));
            assert_eq!(article["publisher"]["name"], a.publisher);
            assert_eq!(article["inLanguage"], a.language.code());
            let translated = (a.language != lang).then_some(a.translated_title.as_str());
            assert_eq!(article["alternativeHeadline"].as_str(), translated);
            let date = a.date.to_string();
            if let Some(prev) = &previous {
                assert!(&date <= prev, "newest first");
            }
            previous = Some(date);
            listed.insert(a.id.clone());
        }
        // The first page holds the newest: nothing left out is newer than the last listed.
        let oldest_listed = previous.unwrap();
        for a in articles.iter().filter(|a| !listed.contains(&a.id)) {
            assert!(
                a.date.to_string() <= oldest_listed,
                "{} is on the first page",
                a.id
            );
        }
    }
}

#[test]
fn the_timeline_json_ld_has_an_event_for_each_deadline_with_its_dates() {
    let t = &content().timeline;
    for lang in Lang::ALL {
        let value = ld(Page::Timeline, lang);
        let events = value["@graph"].as_array().unwrap();
        let chains: Vec<_> = chains(t)
            .into_iter()
            .filter(|c| !c.links.is_empty())
            .collect();
        assert_eq!(events.len(), chains.len());
        assert!(!chains.is_empty());
        for (event, chain) in events.iter().zip(&chains) {
            let term = t.deadlines.iter().find(|d| d.id == chain.id).unwrap();
            assert_eq!(event["@type"], "Event");
            assert_eq!(event["name"], term.name.get(lang));
            let last = chain.last().unwrap().to.to_string();
            assert_eq!(event["startDate"], last);
            let mut earlier: Vec<String> = chain.links[..chain.links.len() - 1]
                .iter()
                .map(|l| l.to.to_string())
                .filter(|d| *d != last)
                .collect();
            earlier.dedup();
            let previous: Vec<String> = event["previousStartDate"]
                .as_array()
                .map(|a| a.iter().map(|d| d.as_str().unwrap().to_owned()).collect())
                .unwrap_or_default();
            assert_eq!(previous, earlier, "{}: every date it was set to", chain.id);
            let status = event["eventStatus"].as_str().unwrap();
            assert!(status.starts_with("https://schema.org/Event"), "{status}");
            assert!(event["url"]
                .as_str()
                .unwrap()
                .starts_with(&site_url().page(Page::Timeline, lang)));
        }
    }
}

#[test]
fn the_home_json_ld_describes_the_website() {
    for lang in Lang::ALL {
        let value = ld(Page::Home, lang);
        assert_eq!(value["@type"], "WebSite");
        assert_eq!(value["name"], content().site.name.get(lang));
        assert_eq!(value["url"], site_url().page(Page::Home, lang));
        assert_eq!(value["inLanguage"], lang.code());
    }
}

// ---------------------------------------------------------------- no content can break out

/// Any text at all, with a strong bias towards what could end a script or an attribute.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[<>\"'&/a-zA-Z!\\- \u{0}-\u{1f}\u{2028}\u{2029}\u{85}\u{fffe}]{0,40}",
        Just("</script><script>alert(1)</script>".to_owned()),
        Just("<!-- \" onload=\"x\" '>".to_owned()),
    ]
}

/// What the escaping keeps of a text: everything but characters no HTML document may hold.
fn kept(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            let n = c as u32;
            !((c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                || (0xFDD0..=0xFDEF).contains(&n)
                || (n & 0xFFFE) == 0xFFFE)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_content_string_can_close_the_json_ld_script(
        question in hostile_text(),
        answer in hostile_text(),
        headline in hostile_text(),
        name in hostile_text(),
    ) {
        let mut c = content().clone();
        c.faq.entries[0].question.en = question.clone();
        c.faq.entries[0].answer.en = answer.clone();
        // The newest article, so that it is among the first page the JSON-LD lists.
        let newest = c.articles.articles.iter_mut().max_by_key(|a| a.date).unwrap();
        newest.title = headline.clone();
        newest.language = Lang::Fr;
        newest.translated_title = headline.clone();
        c.site.name.en = name;
        let url = site_url();
        for page in Page::ALL {
            let t = text(page, Lang::En);
            let script = json_ld(page, Lang::En, &url, &c, &t).unwrap();
            let parsed = script_json(&script);
            prop_assert_eq!(&parsed, &json_ld_value(page, Lang::En, &url, &c, &t).unwrap());
            prop_assert_eq!(script.matches("</script").count(), 1);
        }
        let faq = json_ld_value(Page::Faq, Lang::En, &url, &c, &text(Page::Faq, Lang::En)).unwrap();
        prop_assert_eq!(&faq["mainEntity"][0]["name"], &serde_json::json!(question));
        prop_assert_eq!(&faq["mainEntity"][0]["acceptedAnswer"]["text"], &serde_json::json!(answer));
        let list = json_ld_value(Page::Articles, Lang::En, &url, &c, &text(Page::Articles, Lang::En)).unwrap();
        let first = &list["itemListElement"][0]["item"];
        prop_assert_eq!(&first["headline"], &serde_json::json!(headline));
        prop_assert_eq!(&first["alternativeHeadline"], &serde_json::json!(headline));
    }

    #[test]
    fn no_content_string_can_close_an_attribute_of_the_head_tags(
        title in hostile_text(),
        description in hostile_text(),
        name in hostile_text(),
        tagline in hostile_text(),
    ) {
        let mut c = content().clone();
        c.site.name.fr = name.clone();
        c.site.tagline.fr = tagline;
        let t = PageText { title: title.clone(), description: description.clone() };
        let head = head_tags(Page::Faq, Lang::Fr, &site_url(), &c, &t);
        // Strictly one tag per line, every value quoted and escaped (parse_tags panics if not).
        let tags = parse_tags(&head);
        prop_assert_eq!(tags.len(), head.lines().count());
        let one_line = |s: &str| kept(s)
            .split(|c: char| c.is_ascii_whitespace())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let kept_title = one_line(&title);
        prop_assert_eq!(meta(&tags, "property", "og:title"), vec![kept_title.as_str()]);
        let kept_description = one_line(&description);
        prop_assert_eq!(meta(&tags, "name", "twitter:description"), vec![kept_description.as_str()]);
        let kept_name = one_line(&name);
        prop_assert_eq!(meta(&tags, "property", "og:site_name"), vec![kept_name.as_str()]);
    }

    #[test]
    fn no_content_string_can_break_the_feeds_xml(
        title in hostile_text(),
        summary in hostile_text(),
        publisher in hostile_text(),
    ) {
        let mut c = content().clone();
        let a = &mut c.articles.articles[0];
        a.title = title.clone();
        a.translated_title = title.clone();
        a.summary.en = summary.clone();
        a.publisher = publisher;
        let id = a.id.clone();
        let xml = atom_feed(Lang::En, &site_url(), &c, &text(Page::Articles, Lang::En));
        let doc = roxmltree::Document::parse(&xml);
        prop_assert!(doc.is_ok(), "{:?}", doc.err());
        let doc = doc.unwrap();
        let entry = doc
            .descendants()
            .find(|n| n.has_tag_name("entry")
                && n.children().any(|c| c.has_tag_name("id") && c.text().is_some_and(|t| t.ends_with(&format!("#{id}")))))
            .unwrap();
        let field = |name: &str| entry
            .children()
            .find(|c| c.has_tag_name(name))
            .and_then(|c| c.text())
            .unwrap_or("")
            .to_owned();
        // XML reads a carriage return as a line feed.
        let normal = |s: &str| kept(s).replace("\r\n", "\n").replace('\r', "\n");
        prop_assert_eq!(field("title"), normal(&title));
        prop_assert_eq!(field("summary"), normal(&summary));
    }
}
