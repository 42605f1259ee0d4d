//! The shipped content obeys the data contract. Run alone with `cargo test --test content`:
//! every error names the file, the item id and the field.

use sunny_corner::content::{Articles, ContentFile, Faq, Site, Timeline};
use sunny_corner::load::{content_dir, read_from_dir};

fn check<T: ContentFile>() -> T {
    let value = read_from_dir::<T>(&content_dir()).unwrap_or_else(|e| panic!("{e}"));
    let problems = value.problems();
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        listed.len(),
        listed.join("\n")
    );
    value
}

#[test]
fn site_json_keeps_the_contract() {
    let site = check::<Site>();
    assert!(site.social.iter().any(|s| s.handle == "@tiktok_comms"));
}

#[test]
fn faq_json_keeps_the_contract() {
    let faq = check::<Faq>();
    assert!(!faq.entries.is_empty());
}

#[test]
fn articles_json_keeps_the_contract() {
    let articles = check::<Articles>();
    assert!(!articles.articles.is_empty());
}

#[test]
fn timeline_json_keeps_the_contract() {
    let timeline = check::<Timeline>();
    assert!(!timeline.events.is_empty());
}

// ---------------------------------------------------------------- sources

mod sources;

use sources::{cited, host, host_table, says_copy, Cited, Mirrors, MIRRORS};

fn load<T: ContentFile>() -> T {
    read_from_dir::<T>(&content_dir()).unwrap_or_else(|e| panic!("{e}"))
}

fn all_files() -> (Site, Faq, Articles, Timeline) {
    (load(), load(), load(), load())
}

#[test]
fn every_source_is_an_original_or_a_named_copy() {
    let (site, faq, articles, timeline) = all_files();
    let cited = cited(&site, &faq, &articles, &timeline);
    let problems = sources::problems(&cited, &Mirrors::parse(MIRRORS));
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        listed.len(),
        listed.join("\n")
    );
}

/// `cargo test --test content hosts -- --nocapture` shows where the content's weight lies.
#[test]
fn hosts_table_counts_every_use_and_originals_outweigh_copies() {
    let (site, faq, articles, timeline) = all_files();
    let cited = cited(&site, &faq, &articles, &timeline);
    let table = host_table(&cited);
    println!("{table}");
    let counts = sources::host_counts(&cited);
    let (originals, copies) = counts
        .values()
        .fold((0, 0), |(o, c), (a, b)| (o + a, c + b));
    assert_eq!(originals + copies, cited.len(), "every use is counted once");
    assert!(
        originals > 3 * copies,
        "copies carry too much weight: {copies} copies against {originals} originals"
    );
}

#[test]
fn every_copy_still_cited_is_justified_in_content_md() {
    let (site, faq, articles, timeline) = all_files();
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/CONTENT.md"))
        .expect("CONTENT.md");
    let copies_section = guide
        .split("\n## ")
        .find(|s| s.starts_with("Copies"))
        .expect("CONTENT.md has a “## Copies” section");
    let mut missing: Vec<String> = cited(&site, &faq, &articles, &timeline)
        .iter()
        .filter(|c| c.title.is_some_and(says_copy))
        .filter_map(|c| host(c.url))
        .filter(|h| !copies_section.contains(h.as_str()))
        .collect();
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "copies on these hosts are not explained in CONTENT.md's “Copies” section: {}",
        missing.join(", ")
    );
}

#[test]
fn the_key_statement_cites_tiktok_itself_first() {
    let (site, ..) = all_files();
    let first = site.key_statement.sources.first().expect("a source");
    assert!(
        first.publisher.starts_with("TikTok"),
        "site.json › site › key_statement.sources[0].publisher: the statement's own author comes first, not “{}”",
        first.publisher
    );
}

#[test]
fn every_mirror_on_the_list_says_why() {
    // Mirrors::parse panics on a host without a reason.
    let mirrors = Mirrors::parse(MIRRORS);
    assert!(mirrors.hosts().count() >= 10);
    assert!(mirrors
        .hosts()
        .all(|h| host(&format!("https://{h}/")).as_deref() == Some(h)));
}

fn use_of<'a>(url: &'a str, title: &'a str, id: &str) -> Cited<'a> {
    Cited {
        file: "faq.json",
        id: id.into(),
        field: "sources[0].url".into(),
        url,
        title: Some(title),
        copy_named_by_sources: false,
    }
}

fn messages(uses: &[Cited]) -> Vec<String> {
    let mirrors = Mirrors::parse("wikimili.com  mirror of Wikipedia articles\n");
    sources::problems(uses, &mirrors)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// What one reported problem must say.
#[derive(Debug)]
enum Says {
    Exactly(&'static str),
    StartsWith(&'static str),
    Contains(&'static str),
}

use Says::{Contains, Exactly, StartsWith};

/// One use of an address in a test row: (url, title, item id).
type Use = (&'static str, &'static str, &'static str);

/// One source rule a row: the uses given to the check, and what each problem it reports must say,
/// in order. A use that breaks no rule is there to show that it passes.
const RULES: &[(&str, &[Use], &[Says])] = &[
    (
        "a trailing dot in a host is named with its fix",
        &[("https://en.wikisource.org./wiki/X", "X", "x")],
        &[Exactly(
            "faq.json › x › sources[0].url: host “en.wikisource.org.” ends with a dot: write “en.wikisource.org”",
        )],
    ),
    (
        "a staging or demo host is rejected, a .dev top-level domain is not",
        &[
            ("https://iguazu-staging.vlex.com/cases/1", "A", "a"),
            ("https://web.dev/articles/x", "B", "b"),
            ("https://demo.vercel.app/x", "C", "c"),
        ],
        &[
            StartsWith("faq.json › a › sources[0].url: host “iguazu-staging.vlex.com” is a staging"),
            StartsWith("faq.json › c › sources[0].url: host “demo.vercel.app” is a demo"),
        ],
    ),
    (
        "tracking parameters are named, ordinary ones pass",
        &[
            ("https://a.org/x?utm_source=tw&id=3", "A", "a"),
            ("https://b.org/x?amp=1", "B", "b"),
            ("https://c.org/x?BC=bc_1", "C", "c"),
            ("https://d.org/?p=8623", "D", "d"),
            ("https://e.org/x?enter_method=card&hs_amp=true", "E", "e"),
        ],
        &[
            Contains("tracking parameter “utm_source”"),
            Contains("“amp”"),
            Contains("“BC”"),
            Contains("“enter_method”, “hs_amp”"),
        ],
    ),
    (
        "one address with two titles is rejected at the second use",
        &[
            ("https://a.org/x", "Title one", "first"),
            ("https://a.org/x", "Title one", "same"),
            ("https://a.org/x", "Title two", "second"),
        ],
        &[Exactly(
            "faq.json › second › sources[0].url: “https://a.org/x” is titled “Title two” here but “Title one” at faq.json › first: one address, one title",
        )],
    ),
    (
        "a mirror passes only when named as a copy",
        &[
            ("https://wikimili.com/en/X", "X (encyclopedia article)", "bare"),
            ("https://www.wikimili.com/en/Y", "Copy of the Wikipedia article on Y", "named"),
            ("https://notwikimili.com/en/Z", "Z", "other"),
        ],
        &[StartsWith(
            "faq.json › bare › sources[0].url: “wikimili.com” is a known mirror or aggregator (mirror of Wikipedia articles)",
        )],
    ),
];

#[test]
fn each_source_rule_reports_its_problems_and_nothing_else() {
    for (rule, uses, expected) in RULES {
        let uses: Vec<Cited> = uses
            .iter()
            .map(|&(url, title, id)| use_of(url, title, id))
            .collect();
        let m = messages(&uses);
        assert_eq!(m.len(), expected.len(), "{rule}: {m:?}");
        for (message, says) in m.iter().zip(expected.iter()) {
            let holds = match says {
                Exactly(s) => message == s,
                StartsWith(s) => message.starts_with(s),
                Contains(s) => message.contains(s),
            };
            assert!(holds, "{rule}: “{message}” should match {says:?}");
        }
    }
}

#[test]
fn an_articles_own_address_on_a_mirror_needs_a_source_naming_it_a_copy() {
    let own = |copy_named_by_sources| Cited {
        file: "articles.json",
        id: "a".into(),
        field: "url".into(),
        url: "https://wikimili.com/en/X",
        title: None,
        copy_named_by_sources,
    };
    assert_eq!(messages(&[own(false)]).len(), 1);
    assert!(messages(&[own(true)]).is_empty());
}

#[test]
fn a_copy_is_named_in_either_language_including_the_elided_french_form() {
    assert!(says_copy("Copy of the AP story"));
    assert!(says_copy("Copie de la dépêche de l'AFP"));
    assert!(says_copy("Copie d'une dépêche AFP"));
    assert!(says_copy("Copie d’un article de Reuters"));
    assert!(!says_copy("Copied text"));
    assert!(!says_copy("Reuters report"));
}
