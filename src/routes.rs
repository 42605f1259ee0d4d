//! The portal's addresses: which page a path names, and the path of a page in a language.
//! Paths here never include the deployment's base path (`/portal` when the site is served under
//! a sub-path); [`with_base`] adds it for links.

use crate::i18n::Lang;
use std::sync::OnceLock;

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

    /// The interface-string key of the page's name.
    pub fn nav_key(self) -> &'static str {
        match self {
            Page::Home => "nav.home",
            Page::Faq => "nav.faq",
            Page::Articles => "nav.articles",
            Page::Timeline => "nav.timeline",
        }
    }

    /// `/en/`, `/fr/faq`…
    pub fn path(self, lang: Lang) -> String {
        format!("/{}/{}", lang.code(), self.slug())
    }
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

/// `path` followed by `query` (given with or without its `?`): `("/en/faq", "q=x")` → `/en/faq?q=x`.
pub fn join_query(path: &str, query: &str) -> String {
    let query = query.trim_start_matches('?');
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_have_one_path_per_language() {
        assert_eq!(Page::Home.path(Lang::En), "/en/");
        assert_eq!(Page::Faq.path(Lang::Fr), "/fr/faq");
        assert_eq!(Page::Timeline.path(Lang::En), "/en/timeline");
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
    fn joins_a_path_and_a_query() {
        assert_eq!(join_query("/en/faq", "?q=x"), "/en/faq?q=x");
        assert_eq!(join_query("/en/faq", "q=x"), "/en/faq?q=x");
        assert_eq!(join_query("/en/faq", ""), "/en/faq");
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
