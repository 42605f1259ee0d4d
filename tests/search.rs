//! Search over the shipped content, the way the FAQ and articles pages use it: one index per
//! language, `[question, answer]` for an FAQ entry, `[title, other title, summary, publisher]`
//! for an article. Run alone with `cargo test --test search`.

use sunny_corner::content::{Articles, Faq};
use sunny_corner::i18n::Lang;
use sunny_corner::load::{content_dir, read_from_dir};
use sunny_corner::search::{highlight, Index, Query};

fn faq() -> Faq {
    read_from_dir(&content_dir()).unwrap_or_else(|e| panic!("{e}"))
}

fn faq_index(faq: &Faq, lang: Lang) -> Index {
    Index::build(
        faq.entries
            .iter()
            .map(|e| [e.question.get(lang), e.answer.get(lang)]),
    )
}

/// The ids of the entries `query` finds, best first.
fn found(faq: &Faq, lang: Lang, query: &str) -> Vec<String> {
    faq_index(faq, lang)
        .search(&Query::parse(query))
        .iter()
        .map(|hit| faq.entries[hit.doc].id.clone())
        .collect()
}

#[test]
fn searching_virginie_finds_the_storage_answer_first() {
    let faq = faq();
    assert_eq!(found(&faq, Lang::Fr, "virginie")[0], "where-is-data-stored");
    assert_eq!(found(&faq, Lang::Fr, "VIRGINIE")[0], "where-is-data-stored");
    assert_eq!(found(&faq, Lang::En, "virgina")[0], "where-is-data-stored");
}

#[test]
fn searching_the_supreme_court_finds_the_ruling_in_both_languages() {
    let faq = faq();
    assert_eq!(
        found(&faq, Lang::En, "supreme court")[0],
        "supreme-court-tiktok-v-garland"
    );
    assert_eq!(
        found(&faq, Lang::Fr, "cour supreme")[0],
        "supreme-court-tiktok-v-garland"
    );
}

#[test]
fn every_entry_is_found_by_its_own_question() {
    let faq = faq();
    for lang in Lang::ALL {
        let index = faq_index(&faq, lang);
        for (doc, entry) in faq.entries.iter().enumerate() {
            let hits = index.search(&Query::parse(entry.question.get(lang)));
            assert!(
                hits.iter().any(|h| h.doc == doc && h.matched_all),
                "{} ({lang:?}) is not found by its question",
                entry.id
            );
        }
    }
}

#[test]
fn every_hit_shows_a_highlight_and_the_category_counts_add_up() {
    let faq = faq();
    for (lang, query) in [(Lang::En, "oracle data"), (Lang::Fr, "données sécurité")] {
        let query = Query::parse(query);
        let hits = faq_index(&faq, lang).search(&query);
        assert!(!hits.is_empty());
        for hit in &hits {
            let entry = &faq.entries[hit.doc];
            let marked = [entry.question.get(lang), entry.answer.get(lang)]
                .iter()
                .any(|text| !highlight(text, &query).is_empty());
            assert!(marked, "{} is found but shows no highlight", entry.id);
        }
        let counted: usize = faq
            .categories
            .iter()
            .map(|c| {
                hits.iter()
                    .filter(|h| faq.entries[h.doc].category == c.id)
                    .count()
            })
            .sum();
        assert_eq!(counted, hits.len());
    }
}

#[test]
fn articles_are_found_by_title_in_either_language_and_by_publisher() {
    let articles: Articles = read_from_dir(&content_dir()).unwrap_or_else(|e| panic!("{e}"));
    let first = &articles.articles[0];
    for lang in Lang::ALL {
        let index = Index::build(articles.articles.iter().map(|a| {
            [
                a.title_in(lang),
                a.title_in(lang.other()),
                a.summary.get(lang),
                a.publisher.as_str(),
            ]
        }));
        for text in [&first.title, &first.translated_title, &first.publisher] {
            let hits = index.search(&Query::parse(text));
            assert!(
                hits.iter().any(|h| h.doc == 0 && h.matched_all),
                "{text:?} ({lang:?}) does not find {}",
                first.id
            );
        }
    }
}
