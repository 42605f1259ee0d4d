//! How search behaves, as a visitor of the FAQ and the articles sees it.

use super::*;
use proptest::prelude::*;
use std::ops::Range;

/// A few FAQ entries as `[question, answer]`, in French, in the content's order.
const FAQ_FR: [[&str; 2]; 4] = [
    [
        "Où sont stockées les données des utilisateurs américains ?",
        "Dans les centres de données d’Oracle, en Virginie et au Texas. Les copies de sauvegarde \
         ont été effacées de Singapour.",
    ],
    [
        "Qui possède l’application ?",
        "ByteDance, une société fondée à Pékin ; la coentreprise américaine est contrôlée par \
         des investisseurs américains.",
    ],
    [
        "Qu’a décidé la Cour suprême ?",
        "Elle a confirmé la loi en janvier 2025, au nom de la sécurité nationale.",
    ],
    [
        "Comment l’algorithme de recommandation est-il contrôlé ?",
        "Oracle examine le code source et réentraîne l’algorithme sur les données américaines.",
    ],
];

/// The same entries in English.
const FAQ_EN: [[&str; 2]; 4] = [
    [
        "Where is American user data stored?",
        "In Oracle's data centers in Virginia and Texas. Backups were deleted from Singapore.",
    ],
    [
        "Who owns the app?",
        "ByteDance, a company founded in Beijing; the American joint venture is controlled by \
         American investors.",
    ],
    [
        "What did the Supreme Court decide?",
        "It upheld the law in January 2025, citing national security.",
    ],
    [
        "How is the recommendation algorithm overseen?",
        "Oracle reviews the source code and retrains the algorithm on American data.",
    ],
];

fn found(index: &Index, query: &str) -> Vec<usize> {
    index
        .search(&Query::parse(query))
        .iter()
        .map(|hit| hit.doc)
        .collect()
}

fn marked<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
    highlight(text, &Query::parse(query))
        .into_iter()
        .map(|range| &text[range])
        .collect()
}

// ---------------------------------------------------------------- what matches

#[test]
fn searching_virginie_finds_the_storage_answer() {
    let index = Index::build(FAQ_FR);
    assert_eq!(found(&index, "virginie"), [0]);
    assert_eq!(found(&index, "VIRGINIE"), [0]);
}

#[test]
fn accents_are_ignored_both_ways() {
    let index = Index::build(FAQ_FR);
    assert_eq!(found(&index, "securite"), [2]);
    assert_eq!(found(&index, "cour supreme"), [2]);
    let plain = Index::build([["Securite nationale", ""]]);
    assert_eq!(found(&plain, "Sécurité"), [0]);
}

#[test]
fn ligatures_and_sharp_s_match_their_spelled_out_forms() {
    let index = Index::build([["Un chef-d’œuvre", ""], ["Die Straße", ""]]);
    assert_eq!(found(&index, "oeuvre"), [0]);
    assert_eq!(found(&index, "Œuvre"), [0]);
    assert_eq!(found(&index, "strasse"), [1]);
}

#[test]
fn a_query_word_finds_the_words_it_begins() {
    let index = Index::build(FAQ_EN);
    assert_eq!(found(&index, "sing"), [0]);
    assert_eq!(found(&index, "dat"), [0, 3]);
    assert_eq!(found(&index, "supr"), [2]);
}

#[test]
fn one_typo_is_forgiven_in_words_of_five_letters_or_more() {
    let index = Index::build(FAQ_EN);
    assert_eq!(found(&index, "virgina"), [0], "a letter missing");
    assert_eq!(found(&index, "virginiia"), [0], "a letter added");
    assert_eq!(found(&index, "virgimia"), [0], "a letter replaced");
    assert_eq!(found(&index, "virignia"), [0], "two letters swapped");
    assert_eq!(found(&index, "wirginia"), [0], "the first letter wrong");
    assert_eq!(
        found(&index, "ivrginia"),
        [0],
        "the first two letters swapped"
    );
    assert_eq!(
        found(&index, "virginai"),
        [0],
        "the last two letters swapped"
    );
    assert_eq!(found(&index, "oracel"), [0, 3]);
    assert!(
        found(&index, "virgnii").is_empty(),
        "two typos are too many"
    );
}

#[test]
fn no_typo_is_forgiven_under_five_letters() {
    let index = Index::build(FAQ_EN);
    assert_eq!(found(&index, "dat"), [0, 3], "a prefix still matches");
    assert!(found(&index, "dta").is_empty());
    assert!(found(&index, "dtaa").is_empty());
    assert!(found(&index, "lwa").is_empty());
}

#[test]
fn french_elisions_are_split_and_their_articles_not_required() {
    let index = Index::build(FAQ_FR);
    // "l’application" in the text is found by "application", and the query "l'application"
    // does not ask for a word "l".
    let hits = index.search(&Query::parse("l'application"));
    assert_eq!(
        hits,
        [Hit {
            doc: 1,
            matched_all: true
        }]
    );
    assert_eq!(found(&index, "algorithme d’oracle"), [3, 0]);
}

#[test]
fn an_empty_query_filters_nothing() {
    let index = Index::build(FAQ_EN);
    for blank in ["", "   ", "\n\t", "🙂", "?!"] {
        let hits = index.search(&Query::parse(blank));
        assert_eq!(hits.iter().map(|h| h.doc).collect::<Vec<_>>(), [0, 1, 2, 3]);
        assert!(hits.iter().all(|h| h.matched_all));
    }
}

#[test]
fn a_query_that_matches_nothing_finds_nothing() {
    let index = Index::build(FAQ_EN);
    assert!(found(&index, "zebra").is_empty());
    assert!(Index::build(Vec::<[&str; 2]>::new())
        .search(&Query::parse("data"))
        .is_empty());
    assert!(Index::default()
        .search(&Query::parse("virginia"))
        .is_empty());
}

#[test]
fn hits_give_what_a_per_category_count_needs() {
    let categories = ["storage", "ownership", "law", "algorithm"];
    let index = Index::build(FAQ_EN);
    let hits = index.search(&Query::parse("american"));
    let in_storage = hits
        .iter()
        .filter(|h| categories[h.doc] == "storage")
        .count();
    assert_eq!(hits.len(), 3);
    assert_eq!(in_storage, 1);
}

// ---------------------------------------------------------------- how hits are ranked

#[test]
fn entries_matching_every_word_rank_above_those_matching_some() {
    let index = Index::build([
        ["Oracle", "Oracle Oracle"],
        ["Texas", ""],
        ["Something else", "Oracle stores data in Texas"],
    ]);
    let hits = index.search(&Query::parse("oracle texas"));
    assert_eq!(
        hits[0],
        Hit {
            doc: 2,
            matched_all: true
        }
    );
    assert!(hits[1..].iter().all(|h| !h.matched_all));
    assert_eq!(hits.len(), 3);
}

#[test]
fn matches_in_the_question_rank_above_matches_in_the_answer() {
    let index = Index::build([
        ["Who owns the app?", "ByteDance"],
        ["What is ByteDance?", "A company"],
    ]);
    assert_eq!(found(&index, "bytedance"), [1, 0]);
}

#[test]
fn for_articles_an_earlier_field_weighs_more() {
    // [title, translated title, summary, publisher]
    let index = Index::build([
        ["A", "B", "C", "Reuters"],
        ["A", "B", "Reuters reports", "AP"],
        ["A", "Reuters", "C", "AP"],
        ["Reuters", "B", "C", "AP"],
    ]);
    assert_eq!(found(&index, "reuters"), [3, 2, 1, 0]);
}

#[test]
fn exact_words_rank_above_prefixes_and_prefixes_above_typos() {
    let index = Index::build([["Oracles", ""], ["Oracle", ""], ["Orcale", ""]]);
    assert_eq!(found(&index, "oracle"), [1, 0, 2]);
}

#[test]
fn the_place_of_a_match_counts_before_its_closeness() {
    // A prefix in the question beats an exact word in the answer.
    let index = Index::build([["Something", "Singapore"], ["Singaporean law", "Other"]]);
    assert_eq!(found(&index, "singapore"), [1, 0]);
}

#[test]
fn equally_good_entries_keep_the_content_order() {
    let index = Index::build([["data", ""], ["other", ""], ["data", ""], ["data", ""]]);
    assert_eq!(found(&index, "data"), [0, 2, 3]);
}

#[test]
fn each_entry_appears_once_whatever_it_matches() {
    let index = Index::build([["data data database", "data dat datta"]]);
    assert_eq!(found(&index, "data datta database"), [0]);
}

// ---------------------------------------------------------------- highlighting

#[test]
fn highlighting_marks_accented_words_of_the_original_text() {
    let text = "Au nom de la Sécurité nationale.";
    let ranges = highlight(text, &Query::parse("securite"));
    assert_eq!(ranges.len(), 1);
    assert_eq!(ranges[0], 13..23);
    assert_eq!(&text[13..23], "Sécurité");
}

#[test]
fn highlighting_marks_whole_words_for_prefixes_and_typos() {
    let text = "Backups were deleted from Singapore; data stays in Virginia.";
    assert_eq!(marked(text, "sing virgina"), ["Singapore", "Virginia"]);
    assert_eq!(marked(text, "DAT"), ["data"]);
    assert!(marked(text, "dta").is_empty());
}

#[test]
fn highlighting_skips_elided_articles() {
    let text = "Qui possède l’application ?";
    assert_eq!(marked(text, "l’application"), ["application"]);
}

#[test]
fn highlighting_an_empty_query_marks_nothing() {
    assert!(highlight("Sécurité", &Query::parse("  ")).is_empty());
}

#[test]
fn highlighted_pieces_put_the_text_back_together() {
    let text = "L’algorithme d’Oracle, revu.";
    let pieces = highlight_pieces(text, &Query::parse("oracle algo"));
    assert_eq!(
        pieces,
        [
            Piece {
                text: "L’",
                matched: false
            },
            Piece {
                text: "algorithme",
                matched: true
            },
            Piece {
                text: " d’",
                matched: false
            },
            Piece {
                text: "Oracle",
                matched: true
            },
            Piece {
                text: ", revu.",
                matched: false
            },
        ]
    );
    assert!(highlight_pieces("", &Query::parse("x")).is_empty());
}

// ---------------------------------------------------------------- hostile input

#[test]
fn huge_and_strange_queries_are_cut_down_not_choked_on() {
    let index = Index::build(FAQ_EN);
    let long: String = "virginia données 🙂 \u{202E}שלום\u{0}\u{7} ".repeat(500);
    assert!(long.chars().count() > 10_000);
    let query = Query::parse(&long);
    assert!(query.words().count() <= MAX_QUERY_WORDS);
    assert_eq!(index.search(&query)[0].doc, 0);
    let one_word = "a".repeat(10_000);
    assert!(index.search(&Query::parse(&one_word)).is_empty());
    let many_words: String = (0..10_000).map(|i| format!("w{i} ")).collect();
    assert_eq!(Query::parse(&many_words).words().count(), MAX_QUERY_WORDS);
}

// ---------------------------------------------------------------- properties

/// Strings mixing what content and visitors produce: ASCII, accents typed both ways,
/// ligatures, apostrophes, emoji, right-to-left text, controls, and anything else.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z ]{1,8}",
        "[éèêàçùôÉÈÀÇœŒæßﬁ’ʼ' -]{1,4}",
        Just("e\u{301}".to_owned()),
        Just("\u{AD}\u{200D}\u{FE0F}".to_owned()),
        Just("🙂👩‍👩‍👧".to_owned()),
        Just("\u{202E}שלום مرحبا".to_owned()),
        "[\\x00-\\x1f\\x7f]{1,3}",
        Just("İıΣς".to_owned()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

fn check_ranges(text: &str, ranges: &[Range<usize>]) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for range in ranges {
        prop_assert!(range.start < range.end, "empty range {range:?}");
        prop_assert!(
            range.start >= last_end,
            "unsorted or overlapping {ranges:?}"
        );
        prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        prop_assert!(range.end <= text.len());
        last_end = range.end;
    }
    Ok(())
}

proptest! {
    #[test]
    fn normalizing_is_idempotent(text in messy_text()) {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone());
    }

    #[test]
    fn normalizing_is_idempotent_for_any_string(text in any::<String>()) {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone());
    }

    #[test]
    fn highlight_ranges_are_sorted_disjoint_and_on_char_boundaries(
        text in messy_text(),
        query in messy_text(),
    ) {
        check_ranges(&text, &highlight(&text, &Query::parse(&query)))?;
        let pieces = highlight_pieces(&text, &Query::parse(&query));
        prop_assert_eq!(pieces.iter().map(|p| p.text).collect::<String>(), text);
    }

    #[test]
    fn search_finds_an_entry_exactly_when_one_of_its_fields_has_a_highlight(
        docs in prop::collection::vec([messy_text(), messy_text()], 0..8),
        query in messy_text(),
    ) {
        let index = Index::build(&docs);
        let query = Query::parse(&query);
        let hits = index.search(&query);
        if query.is_empty() {
            prop_assert_eq!(hits.len(), docs.len());
            return Ok(());
        }
        let mut seen = vec![false; docs.len()];
        for hit in &hits {
            prop_assert!(!seen[hit.doc], "entry {} listed twice", hit.doc);
            seen[hit.doc] = true;
        }
        for (doc, fields) in docs.iter().enumerate() {
            let marked = fields.iter().any(|field| !highlight(field, &query).is_empty());
            prop_assert_eq!(seen[doc], marked, "entry {} {:?}", doc, fields);
        }
        // Entries matching every word come first.
        let first_partial = hits.iter().position(|h| !h.matched_all).unwrap_or(hits.len());
        prop_assert!(hits[first_partial..].iter().all(|h| !h.matched_all));
    }

    #[test]
    fn nothing_panics_on_any_input(
        text in any::<String>(),
        query in any::<String>(),
    ) {
        let parsed = Query::parse(&query);
        let index = Index::build([[text.as_str(), query.as_str()]]);
        let _ = index.search(&parsed);
        check_ranges(&text, &highlight(&text, &parsed))?;
        let _ = normalize(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn huge_inputs_do_not_panic(
        text in prop::collection::vec(messy_text(), 50..150).prop_map(|p| p.concat()),
        query in prop::collection::vec(messy_text(), 50..150).prop_map(|p| p.concat()),
    ) {
        let parsed = Query::parse(&query);
        prop_assert!(parsed.words().count() <= MAX_QUERY_WORDS);
        let index = Index::build([[text.as_str(), query.as_str()]]);
        let _ = index.search(&parsed);
        check_ranges(&text, &highlight(&text, &parsed))?;
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone());
    }
}
