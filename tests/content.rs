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

// ---------------------------------------------------------------- hostile files

use proptest::prelude::*;
use sunny_corner::load::{parse, LoadError, LoadErrorKind};

/// What a visitor sees for a file that cannot be used: a message in words with the file's name.
fn says_why<T: ContentFile>(result: Result<T, LoadError>) -> Result<(), TestCaseError> {
    if let Err(e) = result {
        prop_assert_eq!(e.file, T::FILE);
        let message = e.to_string();
        prop_assert!(message.starts_with(T::FILE), "{}", message);
        let detail = match &e.kind {
            LoadErrorKind::Syntax { detail, .. } | LoadErrorKind::Schema { detail, .. } => detail,
            other => return Err(TestCaseError::fail(format!("{other:?}"))),
        };
        prop_assert!(detail.chars().any(char::is_alphabetic), "{}", message);
    }
    Ok(())
}

fn each_file(text: &str) -> Result<(), TestCaseError> {
    says_why(parse::<Site>(text))?;
    says_why(parse::<Faq>(text))?;
    says_why(parse::<Articles>(text))?;
    says_why(parse::<Timeline>(text))?;
    Ok(())
}

/// Any JSON value, nested a few levels, with the files' own keys among the random ones.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let key = prop_oneof![
        prop::sample::select(vec![
            "updated",
            "name",
            "tagline",
            "en",
            "fr",
            "entries",
            "categories",
            "id",
            "url",
            "sources",
            "date",
            "events",
            "deadlines",
            "articles",
            "kinds",
            "tags",
            "title",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop_oneof![
            any::<String>(),
            Just("2026-01-28".to_owned()),
            Just("javascript:alert(1)".to_owned())
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn any_bytes_give_a_file_or_a_clear_error_never_a_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..300)
    ) {
        // The browser reads a response as UTF-8, replacing what is not.
        each_file(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn any_json_value_gives_a_file_or_a_clear_error_never_a_panic(value in any_json()) {
        each_file(&value.to_string())?;
    }

    #[test]
    fn a_shipped_file_cut_short_anywhere_is_a_clear_error(cut in 0.0f64..1.0) {
        let file = std::fs::read_to_string(content_dir().join("faq.json")).unwrap();
        // Without its closing newline the file is still whole: cut into what is left, which
        // always takes at least the final `}`.
        let text = file.trim_end();
        let mut at = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let result = parse::<Faq>(&text[..at]);
        prop_assert!(result.is_err());
        says_why(result)?;
    }
}

/// serde_json refuses a lone surrogate escaped in JSON (`"\ud800"`): a Rust string cannot hold
/// one. We keep that refusal rather than read it lossily: the file is not valid Unicode text,
/// and an editor is told where, like any other syntax error.
#[test]
fn a_lone_surrogate_escaped_in_json_is_a_syntax_error_with_its_place() {
    let text = std::fs::read_to_string(content_dir().join("site.json")).unwrap();
    // The opening quote of the English tagline.
    let at = text.find("\"tagline\"").unwrap();
    let at = at + text[at..].find("\"en\": \"").unwrap() + "\"en\": \"".len();
    let line = text[..at].lines().count();
    let with = |escape: &str| format!("{}{escape}{}", &text[..at], &text[at..]);
    for lone in ["\\ud800", "\\udfff", "\\ud800\\u0041", "\\ud800\\ud800"] {
        let error = parse::<Site>(&with(lone)).unwrap_err();
        let shown = error.to_string();
        assert!(
            matches!(&error.kind, LoadErrorKind::Syntax { line: l, detail, .. }
                if *l == line && ["surrogate", "hex escape", "unicode code point"].iter().any(|w| detail.contains(w))),
            "{lone}: {shown}"
        );
        assert!(shown.starts_with(&format!("site.json:{line}:")), "{shown}");
    }
    // An escaped pair is one character, read as such.
    let site: Site = parse(&with("\\ud83d\\ude00 ")).unwrap();
    assert!(
        site.tagline.en.starts_with("\u{1F600} "),
        "{}",
        site.tagline.en
    );
}

#[test]
fn hostile_text_passes_the_check_but_an_unsafe_address_does_not() {
    let mut site = load::<Site>();
    site.tagline.en = "<img src=x onerror=alert(1)>\u{202E}\u{200D}e\u{301}".to_owned();
    assert!(
        site.problems().is_empty(),
        "text is shown as text, so any text is fine"
    );
    site.social[0].url = "vbscript:msgbox(1)".to_owned();
    let said: Vec<String> = site.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [format!(
            "site.json › {} › url: \"vbscript:msgbox(1)\" uses the vbscript: scheme, which is never shown as a link (only https:// addresses are)",
            site.social[0].id
        )]
    );
}
