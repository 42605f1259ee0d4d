//! The portal's addresses: which page a path names, and the path of a page in a language.
//! Paths here never include the deployment's base path (`/portal` when the site is served under
//! a sub-path); [`with_base`] adds it for links.

use crate::i18n::{Lang, Strings};
use std::sync::OnceLock;

/// Picks one string out of a language's table: `|s| s.faq.title`.
pub type Pick = fn(&'static Strings) -> &'static str;

/// A page of the portal, as the navigation lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Faq,
    Articles,
    Timeline,
}

impl Page {
    pub const ALL: [Page; 4] = [Page::Home, Page::Faq, Page::Articles, Page::Timeline];

    /// The path segment after the language.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Faq => "faq",
            Page::Articles => "articles",
            Page::Timeline => "timeline",
        }
    }

    /// The page's name in the navigation.
    pub fn name(self, strings: &'static Strings) -> &'static str {
        match self {
            Page::Home => strings.nav_home,
            Page::Faq => strings.nav_faq,
            Page::Articles => strings.nav_articles,
            Page::Timeline => strings.nav_timeline,
        }
    }

    /// The page's document title (and heading, but for the home page, whose heading is the
    /// portal's name).
    pub fn title(self) -> Pick {
        match self {
            Page::Home => |s| s.home.title,
            Page::Faq => |s| s.faq.title,
            Page::Articles => |s| s.articles.title,
            Page::Timeline => |s| s.timeline.title,
        }
    }

    /// The page's description, for search engines and under its heading.
    pub fn description(self) -> Pick {
        match self {
            Page::Home => |s| s.site_description,
            Page::Faq => |s| s.faq.description,
            Page::Articles => |s| s.articles.description,
            Page::Timeline => |s| s.timeline.description,
        }
    }

    /// The class of the page's content, for styles: `home`, `faq`…
    pub fn class(self) -> &'static str {
        match self {
            Page::Home => "home",
            slug => slug.slug(),
        }
    }

    /// The page a path (without the base path) shows: `/fr/faq` → the FAQ; `None` for `/`
    /// and unknown paths.
    pub fn of_path(path: &str) -> Option<Page> {
        let mut parts = path.trim_start_matches('/').split('/');
        lang_of_path(path)?;
        parts.next();
        let slug = parts.next().unwrap_or("");
        if parts.next().is_some_and(|rest| !rest.is_empty()) {
            return None;
        }
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// What of the address, beyond the path, changes what the page shows: the query keys its
    /// query type reads, and `#` when the fragment needs the app (it opens or scrolls to
    /// something). The pre-rendered page shows the page without any of them, so
    /// `public/boot.js` starts the app at once when the address has one (`data-standby`);
    /// others (`?utm_source=…`) change nothing.
    pub fn state_keys(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Faq => "q category #",
            Page::Articles => "q kind tag publisher lang from to sort page",
            // A fragment (`#year-2024`, an event) is scrolled to by the app once the list is
            // laid out: the browser's own jump lands short on a list whose off-screen entries
            // are not laid out yet (`content-visibility`).
            Page::Timeline => "kind year chain #",
        }
    }

    /// `/en/`, `/fr/faq`…
    pub fn path(self, lang: Lang) -> String {
        format!("/{}/{}", lang.code(), self.slug())
    }
}

/// A content file under `content/` that a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    Site,
    Faq,
    Articles,
    Timeline,
    /// Built from the timeline for the home page's countdown (`content::Countdown`).
    Countdown,
}

impl Content {
    /// The file's name under `content/`: `faq.json`.
    pub fn file(self) -> &'static str {
        use crate::content::{self as c, ContentFile};
        match self {
            Content::Site => c::Site::FILE,
            Content::Faq => c::Faq::FILE,
            Content::Articles => c::Articles::FILE,
            Content::Timeline => c::Timeline::FILE,
            Content::Countdown => c::Countdown::FILE,
        }
    }

    /// The file under `public/content/` it comes from: itself, or the one the build cuts it from.
    pub fn source(self) -> &'static str {
        use crate::content::{self as c, ContentFile};
        match self {
            Content::Countdown => c::Countdown::CUT_FROM.unwrap_or(c::Countdown::FILE),
            other => other.file(),
        }
    }
}

impl Page {
    /// The content files the page shows: `site.json` (the footer's press account, and the home
    /// page's statement) and the page's own (for the home page's countdown, the part of the
    /// timeline it needs, `countdown.json`). The start-up loads them before it takes a
    /// pre-rendered page over, and the pre-rendered page has the browser fetch them early.
    pub fn content(self) -> &'static [Content] {
        match self {
            Page::Home => &[Content::Site, Content::Countdown],
            Page::Faq => &[Content::Site, Content::Faq],
            Page::Articles => &[Content::Site, Content::Articles],
            Page::Timeline => &[Content::Site, Content::Timeline],
        }
    }
}

/// Every page's own address (without the base path), space-separated: `/en/ /en/faq …`. The
/// 404 page carries them (`data-pages`), so that `public/boot.js` starts the app where the host
/// answered another form of a page's address with it (`/en/faq/` on a host that does not look
/// for `faq.html`), as `canonical_path` would rewrite it.
pub fn page_paths() -> String {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| Page::ALL.map(|page| page.path(lang)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The content files shown at `path` (without the base path): its page's, or only `site.json`
/// (the footer) where no page is, as on the 404 page.
pub fn content_of(path: &str) -> &'static [Content] {
    Page::of_path(path).map_or(&[Content::Site], Page::content)
}

/// An address from its parts: `path`, then the query and the fragment, each with its `?` or `#`
/// only when it is not empty. The parts may come with their sign (`Location.search`) or without
/// (the router's location).
pub fn address(path: &str, search: &str, hash: &str) -> String {
    let (search, hash) = (search.trim_start_matches('?'), hash.trim_start_matches('#'));
    format!(
        "{path}{}{search}{}{hash}",
        if search.is_empty() { "" } else { "?" },
        if hash.is_empty() { "" } else { "#" },
    )
}

/// The page's own address for another form of it that static hosts also answer: `/en/faq.html`
/// and `/en/faq/` → `/en/faq`, `/en/index.html` → `/en/`, `/index.html` → `/`. `None` when
/// `path` (without the base path) is already a page's own address or names no page.
pub fn canonical_path(path: &str) -> Option<String> {
    let trimmed = match path.strip_suffix("/index.html") {
        Some(folder) => format!("{folder}/"),
        None => path.strip_suffix(".html").unwrap_or(path).to_owned(),
    };
    let canonical = if trimmed == "/" {
        trimmed
    } else {
        Page::of_path(&trimmed)?.path(lang_of_path(&trimmed)?)
    };
    (canonical != path).then_some(canonical)
}

/// The language a path starts with, if any: `/fr/faq` → French.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    path.trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Lang::from_code)
}

/// The same address in another language, keeping the page, the query and the fragment:
/// `/en/faq?q=data#x` → `/fr/faq?q=data#x`. A path with no language gets one in front.
pub fn switch_lang(path_and_query: &str, to: Lang) -> String {
    let rest = path_and_query.trim_start_matches('/');
    let (first, tail) = match rest.find(['/', '?', '#']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    match Lang::from_code(first) {
        Some(_) if tail.is_empty() => format!("/{}/", to.code()),
        Some(_) => format!("/{}{}", to.code(), tail),
        None => format!("/{}/{}", to.code(), rest),
    }
}

/// The router's base path from the document's `<base href>`: `/portal/` → `/portal`, `/` → ``.
pub fn base_from_href(href: &str) -> String {
    // An absolute href (`https://host/portal/`) keeps only its path.
    let path = match href.find("://") {
        Some(i) => href[i + 3..].find('/').map_or("/", |j| &href[i + 3 + j..]),
        None => href,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.trim_end_matches('/').to_owned()
}

static BASE: OnceLock<String> = OnceLock::new();

/// Records the deployment's base path once, at start-up.
pub fn set_base(base: String) {
    let _ = BASE.set(base);
}

/// The deployment's base path (`""` at the root of a host).
pub fn base() -> &'static str {
    BASE.get().map_or("", String::as_str)
}

/// A portal path as a link: `/en/faq` → `/portal/en/faq` under a sub-path.
pub fn with_base(path: &str) -> String {
    format!("{}{}", base(), path)
}

/// A location's path without the base path: `/portal/en/faq` → `/en/faq`.
pub fn without_base(path: &str) -> &str {
    let base = base();
    match path.strip_prefix(base) {
        Some(rest) if !base.is_empty() && (rest.is_empty() || rest.starts_with('/')) => {
            if rest.is_empty() {
                "/"
            } else {
                rest
            }
        }
        _ => path,
    }
}

/// `text` percent-encoded for a URL query value or a `data:` address: everything but
/// letters, digits and `-_.~` becomes `%XX` (UTF-8).
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `%2C` → `,` and `+` → space, as browsers write query values; a malformed escape stays as
/// written and invalid UTF-8 becomes U+FFFD.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let hex = |b: u8| (b as char).to_digit(16);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The `key=value` pairs of a query string (given with or without its `?`; a `#fragment` is
/// dropped), in order: each key decoded, trimmed and lowercased, each value as written (still
/// encoded, so that a caller can split a list on commas before decoding).
pub fn query_pairs(raw: &str) -> impl Iterator<Item = (String, &str)> {
    let raw = raw.split('#').next().unwrap_or("");
    let raw = raw.strip_prefix('?').unwrap_or(raw);
    raw.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode_component(key).trim().to_ascii_lowercase(), value)
    })
}

/// A query string without `?` from keys and their values, in the order given: every value
/// percent-encoded by [`encode_component`], several values of one key joined by commas, keys
/// without a non-empty value left out. `[("q", &["a b"]), ("tag", &["x", "y"])]` →
/// `q=a%20b&tag=x,y`.
pub fn query_string(pairs: &[(&str, &[&str])]) -> String {
    let mut out = String::new();
    for (key, values) in pairs {
        let values: Vec<String> = values
            .iter()
            .filter(|v| !v.is_empty())
            .map(|v| encode_component(v))
            .collect();
        if values.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        out.push_str(&values.join(","));
    }
    out
}

/// `path` followed by `query` (given with or without its `?`): `("/en/faq", "q=x")` → `/en/faq?q=x`.
pub fn join_query(path: &str, query: &str) -> String {
    let query = query.trim_start_matches('?');
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// Addresses as a hostile or careless visitor types them: query keys and separators, valid,
/// truncated and invalid percent escapes (`%`, `%4`, `%zz`, `%FF`, an encoded lone surrogate
/// `%ED%A0%80`), markup, odd Unicode and any character at all. For the decoders' property tests.
#[cfg(test)]
pub(crate) fn address_soup() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        prop::sample::select(vec![
            "q",
            "category",
            "kind",
            "chain",
            "year",
            "tag",
            "page",
            "sort",
            "=",
            "&",
            ",",
            "+",
            "#",
            "?",
            "/",
            "%",
            "%%",
            "%ED%A0%80",
            "%FF%FE",
            "%C3",
            "%00",
            "%0A",
            "<script>",
            "\"><img src=x onerror=alert(1)>",
            "\u{202E}",
            "\u{200D}",
            "e\u{301}\u{301}",
        ])
        .prop_map(str::to_owned),
        "%[0-9A-Fa-f]{0,2}",
        "%[g-zG-Z]{1,2}",
        "[a-z0-9-]{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        prop::collection::vec(piece, 0..40).prop_map(|p| p.concat()),
        any::<String>(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_joins_path_query_and_fragment_with_their_signs_only_when_needed() {
        assert_eq!(address("/en/faq", "", ""), "/en/faq");
        assert_eq!(address("/en/faq", "q=tik", ""), "/en/faq?q=tik");
        assert_eq!(address("/en/faq", "?q=tik", "#who"), "/en/faq?q=tik#who");
        assert_eq!(address("/en/faq", "?", "#"), "/en/faq");
        assert_eq!(address("/portal/fr/", "", "who"), "/portal/fr/#who");
    }

    proptest::proptest! {
        #[test]
        fn any_text_survives_encoding_and_decoding(text in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(decode_component(&encode_component(&text)), text);
        }

        #[test]
        fn decoding_any_address_gives_text_and_never_panics(raw in address_soup()) {
            let decoded = decode_component(&raw);
            // Nothing is lost but what was an escape: an undecodable byte is one U+FFFD.
            proptest::prop_assert!(decoded.chars().count() <= raw.chars().count());
            for (key, value) in query_pairs(&raw) {
                proptest::prop_assert_eq!(key.trim(), key.as_str());
                proptest::prop_assert!(!value.contains('&'));
            }
        }
    }

    #[test]
    fn pages_have_one_path_per_language() {
        assert_eq!(Page::Home.path(Lang::En), "/en/");
        assert_eq!(Page::Faq.path(Lang::Fr), "/fr/faq");
        assert_eq!(Page::Timeline.path(Lang::En), "/en/timeline");
    }

    #[test]
    fn the_other_forms_of_a_page_address_lead_to_the_page() {
        let canonical = |p| canonical_path(p);
        assert_eq!(canonical("/en/faq.html").as_deref(), Some("/en/faq"));
        assert_eq!(canonical("/fr/timeline/").as_deref(), Some("/fr/timeline"));
        assert_eq!(canonical("/en/index.html").as_deref(), Some("/en/"));
        assert_eq!(
            canonical("/fr/articles/index.html").as_deref(),
            Some("/fr/articles")
        );
        assert_eq!(canonical("/index.html").as_deref(), Some("/"));
        assert_eq!(canonical("/en").as_deref(), Some("/en/"));
        // Already a page's own address, or no page at all (left to the 404).
        for path in [
            "/",
            "/en/",
            "/fr/faq",
            "/de/faq.html",
            "/en/faq.html.html",
            "/en/x.html",
            "/en/faq/x",
            "/404.html",
        ] {
            assert_eq!(canonical(path), None, "{path}");
        }
    }

    #[test]
    fn switching_language_keeps_page_query_and_fragment() {
        assert_eq!(
            switch_lang("/en/faq?q=data&category=x#where", Lang::Fr),
            "/fr/faq?q=data&category=x#where"
        );
        assert_eq!(switch_lang("/fr/", Lang::En), "/en/");
        assert_eq!(switch_lang("/fr", Lang::En), "/en/");
        assert_eq!(switch_lang("/en?x=1", Lang::Fr), "/fr?x=1");
        assert_eq!(switch_lang("/nowhere/page", Lang::Fr), "/fr/nowhere/page");
    }

    #[test]
    fn encodes_and_decodes_query_values() {
        assert_eq!(encode_component("a b&c=é/"), "a%20b%26c%3D%C3%A9%2F");
        assert_eq!(decode_component("a%20b+c%26%C3%A9"), "a b c&é");
        assert_eq!(decode_component("100%"), "100%");
        assert_eq!(decode_component("%ZZ%C3"), "%ZZ\u{fffd}");
        assert_eq!(
            decode_component(&encode_component("données, ok")),
            "données, ok"
        );
    }

    #[test]
    fn writes_and_reads_query_strings() {
        assert_eq!(
            query_string(&[("q", &["a b&c"]), ("tag", &["x", "y,z"]), ("page", &[""])]),
            "q=a%20b%26c&tag=x,y%2Cz"
        );
        assert_eq!(query_string(&[("q", &[])]), "");
        let pairs: Vec<_> = query_pairs("?Q=a%20b&&tag=x,y%2Cz&flag#frag=1").collect();
        assert_eq!(
            pairs,
            [
                ("q".to_owned(), "a%20b"),
                ("tag".to_owned(), "x,y%2Cz"),
                ("flag".to_owned(), "")
            ]
        );
    }

    #[test]
    fn joins_a_path_and_a_query() {
        assert_eq!(join_query("/en/faq", "?q=x"), "/en/faq?q=x");
        assert_eq!(join_query("/en/faq", "q=x"), "/en/faq?q=x");
        assert_eq!(join_query("/en/faq", ""), "/en/faq");
    }

    #[test]
    fn finds_the_page_of_a_path() {
        assert_eq!(Page::of_path("/fr/faq"), Some(Page::Faq));
        assert_eq!(Page::of_path("/en/"), Some(Page::Home));
        assert_eq!(Page::of_path("/en"), Some(Page::Home));
        assert_eq!(Page::of_path("/en/nowhere"), None);
        assert_eq!(Page::of_path("/de/faq"), None);
        assert_eq!(Page::of_path("/"), None);
    }

    #[test]
    fn each_address_names_the_content_files_it_shows() {
        let files = |path| {
            content_of(path)
                .iter()
                .map(|c| c.file())
                .collect::<Vec<_>>()
        };
        assert_eq!(files("/fr/faq"), ["site.json", "faq.json"]);
        assert_eq!(files("/en/"), ["site.json", "countdown.json"]);
        assert_eq!(files("/en/articles"), ["site.json", "articles.json"]);
        assert_eq!(files("/fr/timeline"), ["site.json", "timeline.json"]);
        assert_eq!(files("/en/no-such-page"), ["site.json"]);
        assert_eq!(files("/"), ["site.json"]);
        // Every named file is one the site ships, or is cut from one by the build.
        for page in Page::ALL {
            for content in page.content() {
                let on_disk = crate::load::content_dir().join(content.source());
                assert!(on_disk.is_file(), "{}", on_disk.display());
            }
        }
    }

    #[test]
    fn finds_the_language_of_a_path() {
        assert_eq!(lang_of_path("/fr/faq"), Some(Lang::Fr));
        assert_eq!(lang_of_path("/en"), Some(Lang::En));
        assert_eq!(lang_of_path("/de/faq"), None);
        assert_eq!(lang_of_path("/"), None);
    }

    #[test]
    fn reads_the_base_path_from_the_base_element() {
        assert_eq!(base_from_href("/"), "");
        assert_eq!(base_from_href("/portal/"), "/portal");
        assert_eq!(base_from_href("https://cdn.example.org/a/b/"), "/a/b");
        assert_eq!(base_from_href("https://cdn.example.org"), "");
        assert_eq!(base_from_href(""), "");
    }
}
