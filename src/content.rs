//! The content files' data contract: the types `public/content/*.json` deserialize into, and
//! the checks an editor's change must pass. Nothing here touches the browser, so the same types
//! serve the browser (fetched JSON), native tests and build-time rendering (files on disk).

use crate::date::Date;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::fmt;

/// A text written in both languages.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub en: String,
    pub fr: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

/// Where a statement comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    /// An `https://` address, exactly as a source gave it.
    pub url: String,
    pub publisher: String,
    /// Publication date, when the source shows one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// A named group that items point at by id: an FAQ category, an article kind or tag, a deadline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub name: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
}

// ---------------------------------------------------------------- site.json

/// `site.json`: who the portal speaks for and what it says first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// When an editor last checked this file. No date inside may be later.
    pub updated: Date,
    pub name: Localized,
    pub tagline: Localized,
    /// Why the tagline is worded as it is (for example where sources disagree).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tagline_note: Option<Localized>,
    pub key_statement: Statement,
    pub highlights: Vec<Highlight>,
    pub social: Vec<SocialAccount>,
}

/// A statement quoted with its author and date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: Localized,
    pub attribution: Localized,
    pub date: Date,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Highlight {
    pub id: String,
    pub title: Localized,
    pub text: Localized,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SocialAccount {
    pub id: String,
    /// The network's name as people know it, for example "X (Twitter)".
    pub network: String,
    /// The handle with its `@`.
    pub handle: String,
    pub url: String,
}

// ---------------------------------------------------------------- faq.json

/// `faq.json`: questions and answers in named categories.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Faq {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub updated: Date,
    pub categories: Vec<Term>,
    pub entries: Vec<FaqEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    pub id: String,
    /// The id of one of the file's `categories`.
    pub category: String,
    pub question: Localized,
    /// Plain text; a blank line starts a new paragraph.
    pub answer: Localized,
    pub sources: Vec<Source>,
}

// ---------------------------------------------------------------- articles.json

/// `articles.json`: what was written about the story, by whom and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Articles {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub updated: Date,
    /// News, official document, statement, opinion…
    pub kinds: Vec<Term>,
    pub tags: Vec<Term>,
    pub articles: Vec<Article>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    /// The title as published, in `language`.
    pub title: String,
    /// True when `title` is a description written by the editors, not the published headline
    /// (the headline could not be confirmed). Shown as a description, never in quotes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub title_is_description: bool,
    /// The title translated into the other language.
    pub translated_title: String,
    /// The language the article was published in.
    pub language: Lang,
    pub publisher: String,
    pub date: Date,
    /// The id of one of the file's `kinds`.
    pub kind: String,
    /// Ids from the file's `tags`.
    pub tags: Vec<String>,
    /// Two sentences in each language.
    pub summary: Localized,
    /// Where to read it.
    pub url: String,
    pub sources: Vec<Source>,
}

impl Article {
    /// The title in `lang`: the original when it was published in `lang`, else the translation.
    pub fn title_in(&self, lang: Lang) -> &str {
        if self.language == lang {
            &self.title
        } else {
            &self.translated_title
        }
    }
}

// ---------------------------------------------------------------- timeline.json

/// `timeline.json`: dated events and the deadlines they set, moved or ended.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub updated: Date,
    /// Each chain is one deadline followed through its postponements (for example the
    /// app-store ban of 2020, or the 2024 Act's divest-or-ban date).
    pub deadlines: Vec<Term>,
    /// In chronological order.
    pub events: Vec<Event>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: Date,
    pub kind: EventKind,
    pub title: Localized,
    pub description: Localized,
    /// The deadlines this event set (`from` absent) or moved (`from` → `to`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deadlines: Vec<DeadlineChange>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    ExecutiveOrder,
    Law,
    CourtRuling,
    AgencyAction,
    Extension,
    Deal,
    Event,
}

/// One deadline set or moved by an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeadlineChange {
    /// The id of one of the file's `deadlines`.
    pub chain: String,
    /// The date this event moved the deadline from; absent when the event set it first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// The date the deadline falls on after this event. A deadline day ends at midnight,
    /// US Eastern time.
    pub to: Date,
    /// What became of the deadline `to`.
    pub outcome: Outcome,
    /// A caveat, for example when `to` is computed from a number of days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Localized>,
}

/// What became of a deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// It arrived and took effect, or what it asked for was done in time.
    Met,
    /// A later event moved it to another date.
    Moved,
    /// A court stopped it.
    Blocked,
    /// It passed with nothing done and nothing enforced.
    Lapsed,
    /// A later act replaced it.
    Superseded,
    /// It has not come yet.
    Pending,
}

// ---------------------------------------------------------------- the files

/// One of the content files under `public/content/`.
pub trait ContentFile: for<'de> Deserialize<'de> + Send + Sync + 'static {
    /// The file's name, relative to `content/`.
    const FILE: &'static str;
    /// The file under `public/content/` this one is cut from by the build, if it is not one of
    /// them itself (see [`Countdown`]). Where there is no build step (`make serve`, native
    /// reads) that file is read instead: it has the same schema and holds all the cut does.
    const CUT_FROM: Option<&'static str> = None;
    /// Every way the file breaks the contract; empty when it is fine.
    fn problems(&self) -> Vec<Problem>;
}

impl ContentFile for Site {
    const FILE: &'static str = "site.json";
    fn problems(&self) -> Vec<Problem> {
        let mut c = Checker::new(Self::FILE, self.updated);
        c.localized("site", "name", &self.name);
        c.localized("site", "tagline", &self.tagline);
        if let Some(note) = &self.tagline_note {
            c.localized("site", "tagline_note", note);
        }
        let ks = &self.key_statement;
        c.localized("site", "key_statement.text", &ks.text);
        c.localized("site", "key_statement.attribution", &ks.attribution);
        c.not_after("site", "key_statement.date", ks.date);
        c.sources("site", "key_statement.sources", &ks.sources);
        c.unique_ids(self.highlights.iter().map(|h| h.id.as_str()));
        for h in &self.highlights {
            c.localized(&h.id, "title", &h.title);
            c.localized(&h.id, "text", &h.text);
            c.sources(&h.id, "sources", &h.sources);
        }
        c.unique_ids(self.social.iter().map(|s| s.id.as_str()));
        for s in &self.social {
            c.https(&s.id, "url", &s.url);
            if !s.handle.starts_with('@') || s.handle.len() < 2 {
                c.problem(&s.id, "handle", "must be a handle starting with @");
            }
            c.non_empty(&s.id, "network", &s.network);
        }
        c.done()
    }
}

impl ContentFile for Faq {
    const FILE: &'static str = "faq.json";
    fn problems(&self) -> Vec<Problem> {
        let mut c = Checker::new(Self::FILE, self.updated);
        c.terms(&self.categories);
        let declared = ids(&self.categories);
        c.unique_ids(self.entries.iter().map(|e| e.id.as_str()));
        for e in &self.entries {
            c.declared(&e.id, "category", &e.category, &declared);
            c.localized(&e.id, "question", &e.question);
            c.localized(&e.id, "answer", &e.answer);
            c.sources(&e.id, "sources", &e.sources);
        }
        c.done()
    }
}

impl ContentFile for Articles {
    const FILE: &'static str = "articles.json";
    fn problems(&self) -> Vec<Problem> {
        let mut c = Checker::new(Self::FILE, self.updated);
        c.terms(&self.kinds);
        c.terms(&self.tags);
        let (kinds, tags) = (ids(&self.kinds), ids(&self.tags));
        c.unique_ids(self.articles.iter().map(|a| a.id.as_str()));
        for a in &self.articles {
            c.non_empty(&a.id, "title", &a.title);
            c.non_empty(&a.id, "translated_title", &a.translated_title);
            c.non_empty(&a.id, "publisher", &a.publisher);
            c.not_after(&a.id, "date", a.date);
            c.declared(&a.id, "kind", &a.kind, &kinds);
            for (i, tag) in a.tags.iter().enumerate() {
                c.declared(&a.id, &format!("tags[{i}]"), tag, &tags);
            }
            c.localized(&a.id, "summary", &a.summary);
            c.https(&a.id, "url", &a.url);
            c.sources(&a.id, "sources", &a.sources);
        }
        c.done()
    }
}

impl ContentFile for Timeline {
    const FILE: &'static str = "timeline.json";
    fn problems(&self) -> Vec<Problem> {
        let mut c = Checker::new(Self::FILE, self.updated);
        c.terms(&self.deadlines);
        let chains = ids(&self.deadlines);
        c.unique_ids(self.events.iter().map(|e| e.id.as_str()));
        // Every date each chain has been set to so far, in the order of the events.
        let mut set_dates: HashMap<&str, Vec<Date>> = HashMap::new();
        let mut previous: Option<Date> = None;
        for e in &self.events {
            c.not_after(&e.id, "date", e.date);
            if previous.is_some_and(|p| e.date < p) {
                c.problem(&e.id, "date", "events must be in chronological order");
            }
            previous = Some(e.date);
            c.localized(&e.id, "title", &e.title);
            c.localized(&e.id, "description", &e.description);
            c.sources(&e.id, "sources", &e.sources);
            for (i, change) in e.deadlines.iter().enumerate() {
                let field = format!("deadlines[{i}]");
                c.declared(&e.id, &format!("{field}.chain"), &change.chain, &chains);
                if let Some(from) = change.from {
                    let earlier = set_dates.get(change.chain.as_str());
                    if !earlier.is_some_and(|dates| dates.contains(&from)) {
                        c.problem(
                            &e.id,
                            &format!("{field}.from"),
                            &format!(
                                "{from} was never set by an earlier event of chain {}",
                                change.chain
                            ),
                        );
                    }
                }
                if let Some(note) = &change.note {
                    c.localized(&e.id, &format!("{field}.note"), note);
                }
                set_dates
                    .entry(change.chain.as_str())
                    .or_default()
                    .push(change.to);
            }
        }
        // A deadline marked moved or superseded must be moved by a later event, and one that a
        // later event moves must say so.
        let moved_from: BTreeSet<(&str, Date)> = self
            .events
            .iter()
            .flat_map(|e| e.deadlines.iter())
            .filter_map(|d| d.from.map(|from| (d.chain.as_str(), from)))
            .collect();
        for e in &self.events {
            for (i, d) in e.deadlines.iter().enumerate() {
                let was_moved = moved_from.contains(&(d.chain.as_str(), d.to));
                let says_moved = matches!(d.outcome, Outcome::Moved | Outcome::Superseded);
                let field = format!("deadlines[{i}].outcome");
                if says_moved && !was_moved && d.outcome == Outcome::Moved {
                    c.problem(
                        &e.id,
                        &field,
                        &format!("says {} moved, but no later event moves it", d.to),
                    );
                }
                if was_moved && !says_moved {
                    c.problem(
                        &e.id,
                        &field,
                        &format!(
                            "a later event moves {}, so it must say moved or superseded",
                            d.to
                        ),
                    );
                }
                if d.outcome == Outcome::Pending && d.to <= self.updated {
                    c.problem(
                        &e.id,
                        &field,
                        &format!(
                            "{} had passed by the file's updated date, so it cannot be pending",
                            d.to
                        ),
                    );
                }
            }
        }
        c.done()
    }
}

// ---------------------------------------------------------------- countdown.json (built)

/// `countdown.json`: what the home page's countdown needs from `timeline.json`, cut from it at
/// build time ([`Timeline::cut_for_countdown`], written by the pre-render), so that the home
/// page loads a few kilobytes instead of the whole timeline. It has `timeline.json`'s schema.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct Countdown(pub Timeline);

impl ContentFile for Countdown {
    const FILE: &'static str = "countdown.json";
    const CUT_FROM: Option<&'static str> = Some(Timeline::FILE);
    fn problems(&self) -> Vec<Problem> {
        self.0.problems()
    }
}

impl Timeline {
    /// The part of the timeline the countdown uses ([`Countdown`]): every chain, and the events
    /// that set or move a deadline, in order, without their descriptions and sources (the
    /// countdown shows an event's date and title only). What the countdown shows at any moment
    /// is the same from the cut as from the whole file.
    pub fn cut_for_countdown(&self) -> Timeline {
        Timeline {
            schema: None,
            updated: self.updated,
            deadlines: self.deadlines.clone(),
            events: self
                .events
                .iter()
                .filter(|e| !e.deadlines.is_empty())
                .map(|e| Event {
                    description: Localized::default(),
                    sources: Vec::new(),
                    ..e.clone()
                })
                .collect(),
        }
    }
}

// ---------------------------------------------------------------- checks

/// One way a content file breaks the contract, located for the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: &'static str,
    /// The item's id, or the file's top-level part.
    pub id: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} › {} › {}: {}",
            self.file, self.id, self.field, self.message
        )
    }
}

/// Is `id` a lowercase slug: letters, digits and single hyphens?
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Why an address may not become a link. The one rule shared by the content check, the browser
/// and the pre-rendered pages ([`safe_href`]): an address is followed only if it is plainly
/// `http://` or `https://` with a host, and nothing in it is invisible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnsafeUrl {
    Empty,
    /// A whitespace, control or invisible formatting character (a right-to-left override, a
    /// zero-width space…): browsers drop some of them before reading the scheme, so they can
    /// hide a `javascript:` address, and a reader cannot see them.
    Hidden(char),
    /// A scheme other than `http` or `https` (`javascript`, `data`, `vbscript`, `file`…).
    Scheme(String),
    /// No scheme at all: a relative address would point into the portal itself.
    NoScheme,
    /// `https:` not followed by `//` and a host.
    NoHost,
}

impl fmt::Display for UnsafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnsafeUrl::Empty => write!(f, "is empty"),
            UnsafeUrl::Hidden(c) => write!(
                f,
                "contains U+{:04X}, a space, control or invisible character that can hide what the address is",
                *c as u32
            ),
            UnsafeUrl::Scheme(scheme) => write!(
                f,
                "uses the {scheme}: scheme, which is never shown as a link (only https:// addresses are)"
            ),
            UnsafeUrl::NoScheme => write!(f, "has no scheme: write the whole https:// address"),
            UnsafeUrl::NoHost => write!(f, "has no host after the scheme"),
        }
    }
}

/// Characters that may not appear anywhere in an address: whitespace and controls (C0, DEL, C1)
/// and the invisible formatting characters (zero-width spaces and joiners, bidirectional marks,
/// embeddings, overrides and isolates, the word joiner family, the byte-order mark, the soft
/// hyphen). Real addresses carry them percent-encoded.
pub fn is_hidden_in_url(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// Whether `url` may become a link, and if not, why.
pub fn check_url(url: &str) -> Result<(), UnsafeUrl> {
    if url.is_empty() {
        return Err(UnsafeUrl::Empty);
    }
    if let Some(c) = url.chars().find(|&c| is_hidden_in_url(c)) {
        return Err(UnsafeUrl::Hidden(c));
    }
    let scheme = match url.split_once(':') {
        Some((scheme, _))
            if !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) =>
        {
            scheme.to_ascii_lowercase()
        }
        _ => return Err(UnsafeUrl::NoScheme),
    };
    if scheme != "http" && scheme != "https" {
        return Err(UnsafeUrl::Scheme(scheme));
    }
    let rest = &url[scheme.len() + 1..];
    match rest.strip_prefix("//") {
        Some(host) if !host.is_empty() && !host.starts_with(['/', '\\', '?', '#', '@', ':']) => {
            Ok(())
        }
        _ => Err(UnsafeUrl::NoHost),
    }
}

/// The address if it is one a visitor may safely follow (see [`check_url`]), else `None`: content
/// can never smuggle a `javascript:`, `data:` or `vbscript:` link into a page. Every link made
/// from content goes through here, in the browser and in the pre-rendered HTML alike.
pub fn safe_href(url: &str) -> Option<&str> {
    check_url(url).ok().map(|()| url)
}

/// The name in `lang` of the term `id` among `terms`; the id itself if none is declared (which
/// the content checks forbid), so a slip shows as a word rather than a gap.
pub fn term_name(terms: &[Term], id: &str, lang: Lang) -> String {
    terms
        .iter()
        .find(|t| t.id == id)
        .map_or_else(|| id.to_owned(), |t| t.name.get(lang).to_owned())
}

fn ids(terms: &[Term]) -> BTreeSet<&str> {
    terms.iter().map(|t| t.id.as_str()).collect()
}

struct Checker {
    file: &'static str,
    updated: Date,
    problems: Vec<Problem>,
}

impl Checker {
    fn new(file: &'static str, updated: Date) -> Checker {
        Checker {
            file,
            updated,
            problems: Vec::new(),
        }
    }

    fn problem(&mut self, id: &str, field: &str, message: &str) {
        self.problems.push(Problem {
            file: self.file,
            id: id.to_owned(),
            field: field.to_owned(),
            message: message.to_owned(),
        });
    }

    fn non_empty(&mut self, id: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.problem(id, field, "must not be empty");
        }
    }

    fn localized(&mut self, id: &str, field: &str, text: &Localized) {
        self.non_empty(id, &format!("{field}.en"), &text.en);
        self.non_empty(id, &format!("{field}.fr"), &text.fr);
    }

    fn not_after(&mut self, id: &str, field: &str, date: Date) {
        if date > self.updated {
            self.problem(
                id,
                field,
                &format!("{date} is after the file's updated date {}", self.updated),
            );
        }
    }

    /// A link for visitors: safe to follow ([`check_url`]) and, in the shipped content, `https`.
    fn https(&mut self, id: &str, field: &str, url: &str) {
        let shown = url.escape_debug();
        match check_url(url) {
            Err(why) => self.problem(id, field, &format!("\"{shown}\" {why}")),
            Ok(())
                if !url
                    .get(..8)
                    .is_some_and(|s| s.eq_ignore_ascii_case("https://")) =>
            {
                self.problem(
                    id,
                    field,
                    &format!("\"{shown}\" must be an https:// address"),
                )
            }
            Ok(()) => {}
        }
    }

    fn sources(&mut self, id: &str, field: &str, sources: &[Source]) {
        if sources.is_empty() {
            self.problem(id, field, "needs at least one source");
        }
        for (i, s) in sources.iter().enumerate() {
            let at = format!("{field}[{i}]");
            self.non_empty(id, &format!("{at}.title"), &s.title);
            self.non_empty(id, &format!("{at}.publisher"), &s.publisher);
            self.https(id, &format!("{at}.url"), &s.url);
            if let Some(date) = s.date {
                self.not_after(id, &format!("{at}.date"), date);
            }
        }
    }

    fn unique_ids<'a>(&mut self, ids: impl Iterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !is_slug(id) {
                self.problem(
                    id,
                    "id",
                    "must be a lowercase slug (a-z, 0-9 and single hyphens)",
                );
            }
            if !seen.insert(id) {
                self.problem(id, "id", "is used twice");
            }
        }
    }

    fn terms(&mut self, terms: &[Term]) {
        self.unique_ids(terms.iter().map(|t| t.id.as_str()));
        for t in terms {
            self.localized(&t.id, "name", &t.name);
            if let Some(d) = &t.description {
                self.localized(&t.id, "description", d);
            }
        }
    }

    fn declared(&mut self, id: &str, field: &str, value: &str, declared: &BTreeSet<&str>) {
        if !declared.contains(value) {
            self.problem(
                id,
                field,
                &format!("\"{value}\" is not declared in this file"),
            );
        }
    }

    fn done(self) -> Vec<Problem> {
        self.problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src() -> Source {
        Source {
            title: "T".into(),
            url: "https://example.org/a".into(),
            publisher: "P".into(),
            date: None,
        }
    }
    fn l(s: &str) -> Localized {
        Localized {
            en: s.into(),
            fr: s.into(),
        }
    }
    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }
    fn event(id: &str, day: &str, deadlines: Vec<DeadlineChange>) -> Event {
        Event {
            id: id.into(),
            date: date(day),
            kind: EventKind::Extension,
            title: l("t"),
            description: l("d"),
            deadlines,
            sources: vec![src()],
        }
    }
    fn change(from: Option<&str>, to: &str, outcome: Outcome) -> DeadlineChange {
        DeadlineChange {
            chain: "app-store".into(),
            from: from.map(date),
            to: date(to),
            outcome,
            note: None,
        }
    }
    fn timeline(events: Vec<Event>) -> Timeline {
        Timeline {
            schema: None,
            updated: date("2026-01-28"),
            deadlines: vec![Term {
                id: "app-store".into(),
                name: l("App stores"),
                description: None,
            }],
            events,
        }
    }

    #[test]
    fn terms_are_named_in_the_visitors_language() {
        let terms = vec![Term {
            id: "courts".into(),
            name: Localized {
                en: "Courts".into(),
                fr: "Justice".into(),
            },
            description: None,
        }];
        assert_eq!(term_name(&terms, "courts", Lang::Fr), "Justice");
        assert_eq!(term_name(&terms, "nope", Lang::En), "nope");
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_single_hyphens() {
        assert!(is_slug("eo-13942"));
        assert!(!is_slug("EO-13942"));
        assert!(!is_slug("eo--1"));
        assert!(!is_slug("-eo"));
        assert!(!is_slug("eo 1"));
        assert!(!is_slug(""));
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            safe_href("https://example.org"),
            Some("https://example.org")
        );
        assert_eq!(safe_href("HTTP://example.org"), Some("HTTP://example.org"));
        assert_eq!(
            safe_href("https://example.org/a?b=\"><script>"),
            Some("https://example.org/a?b=\"><script>"),
            "quotes and brackets are the renderer's to escape, not a reason to drop a link"
        );
        assert_eq!(safe_href("javascript:alert(1)"), None);
        assert_eq!(safe_href(" data:text/html,x"), None);
        assert_eq!(safe_href(""), None);
    }

    /// Every way an address is refused, with the reason the content check gives.
    const UNSAFE: &[(&str, &str)] = &[
        ("javascript:alert(1)", "uses the javascript: scheme"),
        ("JavaScript:alert(1)", "uses the javascript: scheme"),
        (
            "data:text/html,<script>alert(1)</script>",
            "uses the data: scheme",
        ),
        ("vbscript:msgbox(1)", "uses the vbscript: scheme"),
        ("file:///etc/passwd", "uses the file: scheme"),
        ("ftp://example.org/x", "uses the ftp: scheme"),
        ("mailto:press@example.org", "uses the mailto: scheme"),
        ("java\tscript:alert(1)", "contains U+0009"),
        ("java\nscript:alert(1)", "contains U+000A"),
        (" javascript:alert(1)", "contains U+0020"),
        ("\u{1}javascript:alert(1)", "contains U+0001"),
        ("https://example.org/\u{202E}fdp.exe", "contains U+202E"),
        ("https://exa\u{200D}mple.org/", "contains U+200D"),
        ("\u{FEFF}https://example.org/", "contains U+FEFF"),
        ("https://example.org/\u{85}", "contains U+0085"),
        ("https://example.org/ x", "contains U+0020"),
        ("//evil.example/x", "has no scheme"),
        ("/en/faq", "has no scheme"),
        ("example.org/x", "has no scheme"),
        (":alert(1)", "has no scheme"),
        ("https:alert(1)", "has no host"),
        ("https:///x", "has no host"),
        ("https:/\\evil.example", "has no host"),
        ("https://", "has no host"),
        ("", "is empty"),
    ];

    #[test]
    fn unsafe_addresses_are_never_links_and_each_says_why() {
        for (url, why) in UNSAFE {
            assert_eq!(safe_href(url), None, "{url:?}");
            let said = check_url(url).unwrap_err().to_string();
            assert!(said.starts_with(why), "{url:?}: {said}");
        }
    }

    #[test]
    fn the_content_check_rejects_unsafe_addresses_naming_file_item_and_field() {
        let mut site = Site {
            schema: None,
            updated: date("2026-01-28"),
            name: l("n"),
            tagline: l("t"),
            tagline_note: None,
            key_statement: Statement {
                text: l("s"),
                attribution: l("a"),
                date: date("2020-08-01"),
                sources: vec![src()],
            },
            highlights: vec![],
            social: vec![SocialAccount {
                id: "x".into(),
                network: "X".into(),
                handle: "@x".into(),
                url: "https://x.com/x".into(),
            }],
        };
        assert_eq!(site.problems(), vec![]);
        for (url, why) in UNSAFE {
            site.key_statement.sources[0].url = (*url).to_owned();
            site.social[0].url = (*url).to_owned();
            let said: Vec<String> = site.problems().iter().map(ToString::to_string).collect();
            let quoted = url.escape_debug();
            let expected = [
                format!("site.json › site › key_statement.sources[0].url: \"{quoted}\" {why}"),
                format!("site.json › x › url: \"{quoted}\" {why}"),
            ];
            assert_eq!(said.len(), 2, "{said:?}");
            for (said, expected) in said.iter().zip(&expected) {
                assert!(
                    said.starts_with(expected),
                    "{said} should start with {expected}"
                );
            }
        }
    }

    #[test]
    fn an_article_address_hidden_behind_a_right_to_left_override_is_shown_escaped() {
        let mut c = Checker::new("articles.json", date("2026-01-28"));
        c.https("a", "url", "https://example.org/\u{202E}gpj.exe");
        assert_eq!(
            c.done()[0].to_string(),
            "articles.json › a › url: \"https://example.org/\\u{202e}gpj.exe\" contains U+202E, \
             a space, control or invisible character that can hide what the address is"
        );
    }

    #[test]
    fn a_plain_http_address_is_a_link_but_not_in_the_shipped_content() {
        assert!(check_url("http://example.org").is_ok());
        let mut c = Checker::new("faq.json", date("2026-01-28"));
        c.https("q", "sources[0].url", "http://example.org");
        assert_eq!(
            c.done()[0].to_string(),
            "faq.json › q › sources[0].url: \"http://example.org\" must be an https:// address"
        );
    }

    #[test]
    fn a_consistent_chain_passes() {
        let t = timeline(vec![
            event(
                "set",
                "2020-08-06",
                vec![change(None, "2020-09-20", Outcome::Moved)],
            ),
            event(
                "moved",
                "2020-09-19",
                vec![change(Some("2020-09-20"), "2020-09-27", Outcome::Blocked)],
            ),
        ]);
        assert_eq!(t.problems(), vec![]);
    }

    #[test]
    fn a_move_from_a_date_never_set_is_reported_with_its_place() {
        let t = timeline(vec![
            event(
                "set",
                "2020-08-06",
                vec![change(None, "2020-09-20", Outcome::Moved)],
            ),
            event(
                "moved",
                "2020-09-19",
                vec![change(Some("2020-11-12"), "2020-09-27", Outcome::Blocked)],
            ),
        ]);
        let problems: Vec<String> = t.problems().iter().map(ToString::to_string).collect();
        assert!(problems.contains(&"timeline.json › moved › deadlines[0].from: 2020-11-12 was never set by an earlier event of chain app-store".to_string()), "{problems:?}");
        assert!(
            problems.iter().any(|p| p.contains("says 2020-09-20 moved")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_moved_deadline_must_say_so_and_events_must_be_in_order() {
        let t = timeline(vec![
            event(
                "set",
                "2020-09-19",
                vec![change(None, "2020-09-20", Outcome::Met)],
            ),
            event(
                "moved",
                "2020-08-06",
                vec![change(Some("2020-09-20"), "2020-09-27", Outcome::Blocked)],
            ),
        ]);
        let text = format!("{:?}", t.problems());
        assert!(text.contains("must say moved or superseded"), "{text}");
        assert!(text.contains("chronological order"), "{text}");
    }

    #[test]
    fn undeclared_categories_bad_urls_and_future_dates_are_reported() {
        let faq = Faq {
            schema: None,
            updated: date("2026-01-28"),
            categories: vec![Term {
                id: "data".into(),
                name: l("Data"),
                description: None,
            }],
            entries: vec![FaqEntry {
                id: "where".into(),
                category: "ownership".into(),
                question: Localized {
                    en: "Where?".into(),
                    fr: " ".into(),
                },
                answer: l("Virginia"),
                sources: vec![Source {
                    url: "http://example.org".into(),
                    date: Some(date("2027-01-01")),
                    ..src()
                }],
            }],
        };
        let text: Vec<String> = faq.problems().iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 4, "{text:?}");
        assert!(text[0].contains("where › category: \"ownership\" is not declared"));
        assert!(text[1].contains("where › question.fr: must not be empty"));
        assert!(text
            .iter()
            .any(|p| p
                .contains("sources[0].url: \"http://example.org\" must be an https:// address")));
        assert!(text
            .iter()
            .any(|p| p.contains("sources[0].date: 2027-01-01 is after")));
    }

    #[test]
    fn a_pending_deadline_must_lie_ahead() {
        let t = timeline(vec![event(
            "set",
            "2020-08-06",
            vec![change(None, "2020-09-20", Outcome::Pending)],
        )]);
        assert!(format!("{:?}", t.problems()).contains("cannot be pending"));
    }

    #[test]
    fn article_titles_fall_back_to_the_translation() {
        let a = Article {
            id: "a".into(),
            title: "TikTok lance un site".into(),
            title_is_description: false,
            translated_title: "TikTok launches a site".into(),
            language: Lang::Fr,
            publisher: "Le Monde".into(),
            date: date("2020-08-18"),
            kind: "news".into(),
            tags: vec![],
            summary: l("s"),
            url: "https://example.org".into(),
            sources: vec![src()],
        };
        assert_eq!(a.title_in(Lang::Fr), "TikTok lance un site");
        assert_eq!(a.title_in(Lang::En), "TikTok launches a site");
    }
}
