//! The deployment's absolute address (`SITE_URL`), from which every link in the sitemap, the
//! feeds and the head tags is made: crawlers and link previews need absolute addresses.

use crate::i18n::Lang;
use crate::routes::Page;
use std::fmt;

/// An absolute `http(s)` address of the site's root, always ending in `/`, with any sub-path:
/// `https://press.example.org/portal/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl(String);

/// Why a `SITE_URL` was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiteUrlError {
    /// It does not start with `https://` or `http://`.
    Scheme,
    /// Nothing between the scheme and the path.
    NoHost,
    /// A query or fragment, which a site's root cannot have.
    QueryOrFragment,
    /// A space, a control character or one of `"<>\`'{}|^` that would have to be encoded.
    Character(char),
}

impl fmt::Display for SiteUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteUrlError::Scheme => f.write_str("SITE_URL must start with https:// or http://"),
            SiteUrlError::NoHost => f.write_str("SITE_URL has no host"),
            SiteUrlError::QueryOrFragment => {
                f.write_str("SITE_URL must not have a query (?) or a fragment (#)")
            }
            SiteUrlError::Character(c) => write!(f, "SITE_URL must not contain {c:?}"),
        }
    }
}

impl std::error::Error for SiteUrlError {}

impl SiteUrl {
    /// Where the portal is published when the build names no other address.
    pub const DEFAULT: &'static str = "https://sunny-corner.pages.dev/";

    /// Reads an address, adding the final `/` when it is missing:
    /// `https://press.example.org/portal` → `https://press.example.org/portal/`.
    pub fn parse(text: &str) -> Result<SiteUrl, SiteUrlError> {
        let text = text.trim();
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or(SiteUrlError::Scheme)?;
        if let Some(c) = text
            .chars()
            .find(|c| c.is_whitespace() || c.is_control() || "\"<>\\`'{}|^".contains(*c))
        {
            return Err(SiteUrlError::Character(c));
        }
        if text.contains(['?', '#']) {
            return Err(SiteUrlError::QueryOrFragment);
        }
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() {
            return Err(SiteUrlError::NoHost);
        }
        let mut url = text.to_owned();
        if !url.ends_with('/') {
            url.push('/');
        }
        Ok(SiteUrl(url))
    }

    /// `SITE_URL` from the environment, or [`SiteUrl::DEFAULT`] when it is unset or empty.
    pub fn from_env() -> Result<SiteUrl, SiteUrlError> {
        match std::env::var("SITE_URL") {
            Ok(value) if !value.trim().is_empty() => SiteUrl::parse(&value),
            _ => Ok(SiteUrl::default()),
        }
    }

    /// The root address, ending in `/`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The path part, from the host on: `/portal/` for `https://press.example.org/portal/`, `/`
    /// at the root of a host. The build's public URL (trunk's `--public-url`, `PUBLIC_URL`)
    /// must be the same, or the links here would point outside the deployed folder.
    pub fn path(&self) -> &str {
        let after_scheme = self.0.find("://").map_or(0, |i| i + 3);
        self.0[after_scheme..]
            .find('/')
            .map_or("/", |i| &self.0[after_scheme + i..])
    }

    /// The absolute address of a path relative to the site's root; a leading `/` is read as
    /// the site's root, not the host's: `/en/faq` → `https://press.example.org/portal/en/faq`.
    pub fn join(&self, path: &str) -> String {
        format!("{}{}", self.0, path.trim_start_matches('/'))
    }

    /// The absolute address of a page: `https://…/en/`, `https://…/fr/faq`.
    pub fn page(&self, page: Page, lang: Lang) -> String {
        self.join(&page.path(lang))
    }
}

impl Default for SiteUrl {
    fn default() -> SiteUrl {
        SiteUrl(SiteUrl::DEFAULT.to_owned())
    }
}

impl fmt::Display for SiteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sub_path_gets_its_final_slash_and_pages_land_under_it() {
        let url = SiteUrl::parse("https://press.example.org/portal").unwrap();
        assert_eq!(url.as_str(), "https://press.example.org/portal/");
        assert_eq!(
            url.page(Page::Faq, Lang::Fr),
            "https://press.example.org/portal/fr/faq"
        );
        assert_eq!(
            url.page(Page::Home, Lang::En),
            "https://press.example.org/portal/en/"
        );
        assert_eq!(url.path(), "/portal/");
        assert_eq!(SiteUrl::default().path(), "/");
        assert_eq!(
            url.join("sitemap.xml"),
            "https://press.example.org/portal/sitemap.xml"
        );
    }

    #[test]
    fn the_default_is_the_public_address_and_parses_as_itself() {
        assert_eq!(
            SiteUrl::parse(SiteUrl::DEFAULT).unwrap(),
            SiteUrl::default()
        );
    }

    #[test]
    fn addresses_a_crawler_could_not_use_are_refused() {
        assert_eq!(
            SiteUrl::parse("press.example.org/"),
            Err(SiteUrlError::Scheme)
        );
        assert_eq!(SiteUrl::parse("https:///x/"), Err(SiteUrlError::NoHost));
        assert_eq!(
            SiteUrl::parse("https://a.org/?x=1"),
            Err(SiteUrlError::QueryOrFragment)
        );
        assert_eq!(
            SiteUrl::parse("https://a.org/my portal/"),
            Err(SiteUrlError::Character(' '))
        );
        assert_eq!(
            SiteUrl::parse("https://a.org/\"x"),
            Err(SiteUrlError::Character('"'))
        );
    }
}
