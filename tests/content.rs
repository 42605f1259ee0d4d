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
