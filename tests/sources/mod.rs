//! Rules for the addresses the content cites, so that a journalist who clicks a source lands on
//! the original document: no staging or trailing-dot hosts, no tracking parameters, one title
//! per address, and no mirror or aggregator passed off as the original. Errors are worded like
//! the contract's own (`file › item id › field: message`).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use sunny_corner::content::{Articles, Faq, Problem, Site, Source, Timeline};

/// The known mirrors and aggregators, one `host  reason` a line (see the file's header).
pub const MIRRORS: &str = include_str!("mirrors.txt");

/// Query parameters that only track a visit or select a page variant; the canonical address
/// never needs them. Matched case-insensitively; a name ending in `*` is a prefix.
const TRACKING_PARAMETERS: &[&str] = &[
    "utm_*",
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "igshid",
    "_ga",
    "_hs*",
    "hs_amp",
    "amp",
    "enter_method",
    "bc",
    "ref",
    "ref_src",
    "scrolla",
    "td",
    "ocid",
    "cmpid",
    "smid",
    "taid",
    "sr_share",
    "share",
    "s_cid",
];

/// Host labels that mark a server for testing or demos, never the published page.
const NON_PUBLIC_LABELS: &[&str] = &["staging", "stage", "dev", "test", "preview"];

/// Host endings of hosting platforms whose subdomains are demos, deploy previews or load
/// balancers, not a publisher's address.
const DEMO_HOST_SUFFIXES: &[&str] = &[
    ".vercel.app",
    ".netlify.app",
    ".pages.dev",
    ".herokuapp.com",
    ".elb.amazonaws.com",
    ".azurewebsites.net",
    ".github.io",
];

/// A source title that says the link is a copy, not the original: "Copy of …", or in French
/// "Copie de …" and its elided form before a vowel, "Copie d'…" / "Copie d’…".
pub fn says_copy(title: &str) -> bool {
    let lower = title.to_lowercase();
    ["copy of ", "copie de ", "copie d'", "copie d\u{2019}"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// One address the content cites, located for the editor.
#[derive(Clone, Debug)]
pub struct Cited<'a> {
    pub file: &'static str,
    pub id: String,
    pub field: String,
    pub url: &'a str,
    /// The source's title; `None` for an article's own `url`, which has no title of its own.
    pub title: Option<&'a str>,
    /// For an article's own `url`: whether one of its sources links the same address as a copy.
    pub copy_named_by_sources: bool,
}

fn push_sources<'a>(
    out: &mut Vec<Cited<'a>>,
    file: &'static str,
    id: &str,
    field: &str,
    sources: &'a [Source],
) {
    for (i, s) in sources.iter().enumerate() {
        out.push(Cited {
            file,
            id: id.to_owned(),
            field: format!("{field}[{i}].url"),
            url: &s.url,
            title: Some(&s.title),
            copy_named_by_sources: false,
        });
    }
}

/// Every address in the four files, in file order.
pub fn cited<'a>(
    site: &'a Site,
    faq: &'a Faq,
    articles: &'a Articles,
    timeline: &'a Timeline,
) -> Vec<Cited<'a>> {
    let mut out = Vec::new();
    push_sources(
        &mut out,
        "site.json",
        "site",
        "key_statement.sources",
        &site.key_statement.sources,
    );
    for h in &site.highlights {
        push_sources(&mut out, "site.json", &h.id, "sources", &h.sources);
    }
    for e in &faq.entries {
        push_sources(&mut out, "faq.json", &e.id, "sources", &e.sources);
    }
    for a in &articles.articles {
        out.push(Cited {
            file: "articles.json",
            id: a.id.clone(),
            field: "url".into(),
            url: &a.url,
            title: None,
            copy_named_by_sources: a
                .sources
                .iter()
                .any(|s| s.url == a.url && says_copy(&s.title)),
        });
        push_sources(&mut out, "articles.json", &a.id, "sources", &a.sources);
    }
    for e in &timeline.events {
        push_sources(&mut out, "timeline.json", &e.id, "sources", &e.sources);
    }
    out
}

/// The host of an `http(s)` address, lowercased, without user or port; `None` if there is none.
pub fn host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => authority,
    };
    (!host.is_empty()).then(|| host.to_lowercase())
}

/// The names of the query parameters of `url`, in order.
fn query_names(url: &str) -> Vec<&str> {
    let without_fragment = url.split('#').next().unwrap_or(url);
    match without_fragment.split_once('?') {
        Some((_, query)) => query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| p.split('=').next().unwrap_or(p))
            .collect(),
        None => Vec::new(),
    }
}

fn is_tracking(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    TRACKING_PARAMETERS
        .iter()
        .any(|t| match t.strip_suffix('*') {
            Some(prefix) => name.starts_with(prefix),
            None => name == *t,
        })
}

/// The known mirrors and aggregators: host → why it is not an original.
#[derive(Debug, Default)]
pub struct Mirrors {
    reasons: Vec<(String, String)>,
}

impl Mirrors {
    /// Reads `host  reason` lines; `#` starts a comment. Panics on a line without a reason, so
    /// that every host on the list says why it is there.
    pub fn parse(text: &str) -> Mirrors {
        let mut reasons = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (host, reason) = line
                .split_once(char::is_whitespace)
                .unwrap_or_else(|| panic!("mirrors.txt line {}: a host needs a reason", n + 1));
            let reason = reason.trim();
            assert!(
                !reason.is_empty(),
                "mirrors.txt line {}: a host needs a reason",
                n + 1
            );
            reasons.push((host.to_lowercase(), reason.to_owned()));
        }
        Mirrors { reasons }
    }

    /// Why `host` (or the domain it belongs to) is a mirror, if it is one.
    pub fn reason(&self, host: &str) -> Option<&str> {
        self.reasons.iter().find_map(|(h, reason)| {
            let inside = host == h
                || host
                    .strip_suffix(h.as_str())
                    .is_some_and(|rest| rest.ends_with('.'));
            inside.then_some(reason.as_str())
        })
    }

    pub fn hosts(&self) -> impl Iterator<Item = &str> {
        self.reasons.iter().map(|(h, _)| h.as_str())
    }
}

fn problem(c: &Cited, message: String) -> Problem {
    Problem {
        file: c.file,
        id: c.id.clone(),
        field: c.field.clone(),
        message,
    }
}

/// Every way the cited addresses break the source rules; empty when they are fine.
pub fn problems(cited: &[Cited], mirrors: &Mirrors) -> Vec<Problem> {
    let mut out = Vec::new();
    // The first title each address was cited with, and where.
    let mut first_title: HashMap<&str, (&str, String)> = HashMap::new();
    for c in cited {
        let Some(host) = host(c.url) else {
            // The contract's own https check reports addresses without a host.
            continue;
        };
        if host.ends_with('.') {
            out.push(problem(
                c,
                format!(
                    "host “{host}” ends with a dot: write “{}”",
                    host.trim_end_matches('.')
                ),
            ));
        }
        // Every label but the top-level domain: `web.dev` is a public site, `dev.example.org` is not.
        let labels: Vec<&str> = host.trim_end_matches('.').split('.').collect();
        let below_tld = &labels[..labels.len().saturating_sub(1)];
        let non_public = below_tld.iter().find(|label| {
            label
                .split('-')
                .any(|part| NON_PUBLIC_LABELS.contains(&part))
        });
        if let Some(label) = non_public {
            out.push(problem(
                c,
                format!("host “{host}” is a staging or development server (“{label}”): link the public page"),
            ));
        }
        if let Some(suffix) = DEMO_HOST_SUFFIXES.iter().find(|s| host.ends_with(*s)) {
            out.push(problem(
                c,
                format!("host “{host}” is a demo or hosting-platform address (…{suffix}), not a publisher: link the original"),
            ));
        }
        let tracking: Vec<&str> = query_names(c.url)
            .into_iter()
            .filter(|n| is_tracking(n))
            .collect();
        if !tracking.is_empty() {
            out.push(problem(
                c,
                format!(
                    "tracking parameter {} in “{}”: cite the address without it",
                    tracking
                        .iter()
                        .map(|n| format!("“{n}”"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    c.url
                ),
            ));
        }
        if let Some(reason) = mirrors.reason(host.trim_end_matches('.')) {
            let named = match c.title {
                Some(title) => says_copy(title),
                None => c.copy_named_by_sources,
            };
            if !named {
                out.push(problem(
                    c,
                    format!(
                        "“{host}” is a known mirror or aggregator ({reason}): link the original; if none can be found, title the source “Copy of …” and say why in CONTENT.md"
                    ),
                ));
            }
        }
        if let Some(title) = c.title {
            match first_title.get(c.url) {
                Some((first, at)) if *first != title => out.push(problem(
                    c,
                    format!("“{}” is titled “{title}” here but “{first}” at {at}: one address, one title", c.url),
                )),
                Some(_) => {}
                None => {
                    first_title.insert(c.url, (title, format!("{} › {}", c.file, c.id)));
                }
            }
        }
    }
    out
}

/// Uses of each host: (uses as original, uses as a copy). A use is a copy when its title says
/// so, or for an article's own address when its sources say so.
pub fn host_counts(cited: &[Cited]) -> BTreeMap<String, (usize, usize)> {
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for c in cited {
        let Some(host) = host(c.url) else { continue };
        let copy = match c.title {
            Some(title) => says_copy(title),
            None => c.copy_named_by_sources,
        };
        let entry = counts.entry(host).or_default();
        if copy {
            entry.1 += 1;
        } else {
            entry.0 += 1;
        }
    }
    counts
}

/// The table an editor reads to see where the content's weight lies: hosts by uses, most first.
pub fn host_table(cited: &[Cited]) -> String {
    let counts = host_counts(cited);
    let mut rows: Vec<(&String, &(usize, usize))> = counts.iter().collect();
    rows.sort_by(|a, b| (b.1 .0 + b.1 .1).cmp(&(a.1 .0 + a.1 .1)).then(a.0.cmp(b.0)));
    let width = rows.iter().map(|(h, _)| h.len()).max().unwrap_or(4).max(4);
    let (originals, copies): (usize, usize) = counts
        .values()
        .fold((0, 0), |(o, c), (a, b)| (o + a, c + b));
    let distinct: std::collections::BTreeSet<&str> = cited.iter().map(|c| c.url).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} uses of {} addresses on {} hosts: {originals} originals, {copies} copies",
        cited.len(),
        distinct.len(),
        counts.len()
    );
    let _ = writeln!(out, "{:<width$}  uses  copies", "host");
    for (host, (o, c)) in rows {
        let _ = writeln!(out, "{host:<width$}  {:>4}  {:>6}", o + c, c);
    }
    out
}
