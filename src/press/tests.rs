use super::*;
use crate::content::{Article, Articles, ContentFile, Localized, Source, Term};
use crate::date::Date;
use crate::i18n::Lang;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::LazyLock;

// ---------------------------------------------------------------- a small press file

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn term(id: &str) -> Term {
    Term {
        id: id.into(),
        name: Localized {
            en: id.into(),
            fr: id.into(),
        },
        description: None,
    }
}

fn article(
    id: &str,
    lang: Lang,
    publisher: &str,
    date: &str,
    kind: &str,
    tags: &[&str],
) -> Article {
    Article {
        id: id.into(),
        title: id.into(),
        title_is_description: false,
        translated_title: id.into(),
        language: lang,
        publisher: publisher.into(),
        date: d(date),
        kind: kind.into(),
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        summary: Localized {
            en: id.into(),
            fr: id.into(),
        },
        url: format!("https://example.org/{id}"),
        sources: vec![Source {
            title: id.into(),
            url: format!("https://example.org/{id}"),
            publisher: publisher.into(),
            date: None,
        }],
    }
}

/// Seven articles, in file order; `official-courts` and `news-china` share a day.
fn press() -> Articles {
    use Lang::{En, Fr};
    Articles {
        schema: None,
        updated: d("2026-01-31"),
        kinds: ["news", "official", "opinion"].map(term).to_vec(),
        tags: ["courts", "oracle", "congress", "china"].map(term).to_vec(),
        articles: vec![
            article(
                "news-courts",
                En,
                "Reuters",
                "2020-09-28",
                "news",
                &["courts"],
            ),
            article(
                "official-courts",
                En,
                "Supreme Court",
                "2025-01-17",
                "official",
                &["courts"],
            ),
            article(
                "news-oracle",
                Fr,
                "Le Monde",
                "2020-09-21",
                "news",
                &["oracle"],
            ),
            article(
                "opinion-courts-oracle",
                En,
                "Lawfare",
                "2021-02-10",
                "opinion",
                &["courts", "oracle"],
            ),
            article(
                "official-congress",
                En,
                "U.S. Senate",
                "2024-03-05",
                "official",
                &["congress"],
            ),
            article(
                "news-china",
                Fr,
                "Le Monde",
                "2025-01-17",
                "news",
                &["china"],
            ),
            article(
                "news-congress-courts",
                En,
                "Reuters, Ltd",
                "2024-04-24",
                "news",
                &["congress", "courts"],
            ),
        ],
    }
}

fn ids(articles: &Articles, indices: &[usize]) -> Vec<String> {
    indices
        .iter()
        .map(|&i| articles.articles[i].id.clone())
        .collect()
}

fn parse(raw: &str) -> ParsedQuery {
    ArticleQuery::parse(raw, &PressIndex::new(&press()))
}

fn shown(raw: &str) -> Vec<String> {
    let press = press();
    let index = PressIndex::new(&press);
    let parsed = ArticleQuery::parse(raw, &index);
    assert_eq!(parsed.notes, [], "{raw}");
    ids(&press, &index.filter(&parsed.query, None).matches)
}

fn set<T: Ord + Clone>(values: &[T]) -> BTreeSet<T> {
    values.iter().cloned().collect()
}

fn strings(values: &[&str]) -> BTreeSet<String> {
    values.iter().map(|v| (*v).to_owned()).collect()
}

// ---------------------------------------------------------------- reading the address

#[test]
fn the_example_address_reads_as_written_and_writes_back_canonically() {
    let press = press();
    let index = PressIndex::new(&press);
    let parsed = ArticleQuery::parse(
        "?q=oracle&kind=news,official&tag=courts&tag=oracle&publisher=Reuters&lang=fr&from=2020&to=2021-06-30&sort=oldest&page=2",
        &index,
    );
    assert_eq!(parsed.notes, []);
    let q = &parsed.query;
    assert_eq!(q.q, "oracle");
    assert_eq!(q.kinds, strings(&["news", "official"]));
    assert_eq!(q.tags, strings(&["courts", "oracle"]));
    assert_eq!(q.publishers, strings(&["Reuters"]));
    assert_eq!(q.languages, set(&[Lang::Fr]));
    assert_eq!(q.from, Some(DateBound::Year(2020)));
    assert_eq!(q.to, Some(DateBound::Day(d("2021-06-30"))));
    assert_eq!(q.sort, Sort::Oldest);
    assert_eq!(q.page, 2);
    assert_eq!(
        q.to_query_string(),
        "q=oracle&kind=news,official&tag=courts,oracle&publisher=Reuters&lang=fr&from=2020&to=2021-06-30&sort=oldest&page=2"
    );
}

#[test]
fn escapes_and_plus_signs_are_decoded() {
    let parsed = parse("q=tiktok+ban%21%20%C3%A9t%C3%A9&publisher=Le%20Monde&tag=%63ourts");
    assert_eq!(parsed.notes, []);
    assert_eq!(parsed.query.q, "tiktok ban! été");
    assert_eq!(parsed.query.publishers, strings(&["Le Monde"]));
    assert_eq!(parsed.query.tags, strings(&["courts"]));
    assert_eq!(
        parsed.query.to_query_string(),
        "q=tiktok%20ban%21%20%C3%A9t%C3%A9&tag=courts&publisher=Le%20Monde"
    );
}

#[test]
fn repeated_facet_keys_add_up() {
    let parsed = parse("tag=courts&tag=oracle,china&kind=news&kind=official&lang=en&lang=fr");
    assert_eq!(parsed.notes, []);
    assert_eq!(parsed.query.tags, strings(&["china", "courts", "oracle"]));
    assert_eq!(parsed.query.kinds, strings(&["news", "official"]));
    assert_eq!(parsed.query.languages, set(&[Lang::En, Lang::Fr]));
}

#[test]
fn a_duplicated_q_keeps_the_first() {
    let parsed = parse("q=oracle&q=congress&sort=oldest&sort=newest&page=3&page=3");
    assert_eq!(parsed.query.q, "oracle");
    assert_eq!(parsed.query.sort, Sort::Oldest);
    assert_eq!(parsed.query.page, 3);
    // Repeating the same value is harmless and not worth a note.
    assert_eq!(
        parsed.notes,
        [
            QueryNote::DuplicateKey("q"),
            QueryNote::DuplicateKey("sort")
        ]
    );
    assert_eq!(
        parsed.notes[0].text(Lang::En),
        "“q” was given more than once; the first value is used."
    );
    // An empty value counts as absent.
    let parsed = parse("q=&q=oracle");
    assert_eq!((parsed.query.q.as_str(), parsed.notes), ("oracle", vec![]));
}

#[test]
fn an_unknown_tag_is_ignored_with_a_note_in_french() {
    let parsed = parse("tag=courts,tiktok-ban&tag=tiktok-ban");
    assert_eq!(parsed.query.tags, strings(&["courts"]));
    assert_eq!(
        parsed.notes,
        [QueryNote::UnknownTag("tiktok-ban".into())],
        "each unknown value is named once"
    );
    assert_eq!(
        parsed.notes[0].text(Lang::Fr),
        "Thème inconnu ignoré\u{a0}: «\u{a0}tiktok-ban\u{a0}»."
    );
    assert_eq!(
        parsed.notes[0].text(Lang::En),
        "Unknown tag ignored: “tiktok-ban”."
    );
}

#[test]
fn unknown_kinds_publishers_and_languages_are_named_in_notes() {
    let parsed = parse("kind=tweet&publisher=Le%20Temps&lang=de&sort=popular");
    assert_eq!(parsed.query, ArticleQuery::default());
    assert_eq!(
        parsed.notes,
        [
            QueryNote::UnknownKind("tweet".into()),
            QueryNote::UnknownPublisher("Le Temps".into()),
            QueryNote::UnknownLanguage("de".into()),
            QueryNote::UnknownSort("popular".into()),
        ]
    );
}

#[test]
fn values_are_matched_ignoring_case_and_spelled_as_the_file_spells_them() {
    let parsed = parse("kind=NEWS&tag=Courts,%20China%20&publisher=le+monde&lang=FR");
    assert_eq!(parsed.notes, []);
    assert_eq!(parsed.query.kinds, strings(&["news"]));
    assert_eq!(parsed.query.tags, strings(&["china", "courts"]));
    assert_eq!(parsed.query.publishers, strings(&["Le Monde"]));
    assert_eq!(parsed.query.languages, set(&[Lang::Fr]));
}

#[test]
fn a_publisher_with_a_comma_in_its_name_is_read_whole() {
    // As the canonical address writes it, and as a person might type it.
    for raw in ["publisher=Reuters%2C+Ltd", "publisher=Reuters,+Ltd"] {
        let parsed = parse(raw);
        assert_eq!(parsed.notes, [], "{raw}");
        assert_eq!(parsed.query.publishers, strings(&["Reuters, Ltd"]), "{raw}");
    }
    let both = parse("publisher=Reuters%2C+Ltd,Reuters").query;
    assert_eq!(both.publishers, strings(&["Reuters", "Reuters, Ltd"]));
    assert_eq!(both.to_query_string(), "publisher=Reuters,Reuters%2C%20Ltd");
}

#[test]
fn a_malformed_date_is_ignored_with_a_note() {
    let parsed = parse("from=2021-02-30&to=yesterday&tag=courts");
    assert_eq!((parsed.query.from, parsed.query.to), (None, None));
    assert_eq!(parsed.query.tags, strings(&["courts"]));
    assert_eq!(
        parsed.notes,
        [
            QueryNote::InvalidFrom("2021-02-30".into()),
            QueryNote::InvalidTo("yesterday".into()),
        ]
    );
    assert!(parsed.notes[1]
        .text(Lang::Fr)
        .starts_with("Date de fin non comprise"));
    for bad in ["21", "20210", "2021-6-30", "2021/06/30", "%E2%80%94"] {
        let parsed = parse(&format!("from={bad}"));
        assert_eq!(parsed.query.from, None, "{bad}");
        assert_eq!(parsed.notes.len(), 1, "{bad}");
    }
}

#[test]
fn from_after_to_is_ignored() {
    let parsed = parse("from=2022&to=2021-12-31&kind=news");
    assert_eq!((parsed.query.from, parsed.query.to), (None, None));
    assert_eq!(parsed.query.kinds, strings(&["news"]));
    assert_eq!(
        parsed.notes,
        [QueryNote::FromAfterTo {
            from: DateBound::Year(2022),
            to: DateBound::Day(d("2021-12-31")),
        }]
    );
    assert_eq!(
        parsed.notes[0].text(Lang::En),
        "The start date 2022 is after the end date 2021-12-31, so both were ignored."
    );
    // The same year at both ends is the whole year, not a contradiction.
    let parsed = parse("from=2021&to=2021");
    assert_eq!(parsed.notes, []);
    assert_eq!(parsed.query.selected_year(), Some(2021));
}

#[test]
fn a_year_runs_from_the_first_of_january_to_the_thirty_first_of_december() {
    assert_eq!(DateBound::Year(2021).first_day(), d("2021-01-01"));
    assert_eq!(DateBound::Year(2021).last_day(), d("2021-12-31"));
    assert_eq!(
        shown("from=2024&to=2025-01-17"),
        [
            "official-courts",
            "news-china",
            "news-congress-courts",
            "official-congress"
        ]
    );
    assert_eq!(shown("to=2020"), ["news-courts", "news-oracle"]);
    assert_eq!(shown("from=2025-01-17"), ["official-courts", "news-china"]);
}

#[test]
fn relevance_without_text_falls_back_to_newest_without_a_note() {
    let parsed = parse("sort=relevance");
    assert_eq!((parsed.query.sort, parsed.notes), (Sort::Newest, vec![]));
    let parsed = parse("sort=Relevance&q=+");
    assert_eq!(parsed.query.sort, Sort::Newest);
    let parsed = parse("sort=relevance&q=oracle");
    assert_eq!(parsed.query.sort, Sort::Relevance);
}

#[test]
fn a_page_that_is_not_a_whole_number_from_one_up_means_the_first() {
    for raw in [
        "page=0",
        "page=-2",
        "page=two",
        "page=1.5",
        "page=",
        "page=99999999999999999999999",
    ] {
        assert_eq!(parse(raw).query.page, 1, "{raw}");
    }
    assert_eq!(parse("page=+4").query.page, 4);
}

#[test]
fn foreign_keys_fragments_and_stray_separators_are_ignored_silently() {
    let parsed = parse("?utm_source=x&&tag=courts&=&tag&#tag=oracle");
    assert_eq!(parsed.notes, []);
    assert_eq!(parsed.query.tags, strings(&["courts"]));
    for raw in ["", "?", "#", "&&&", "=", "%", "%zz=1", "q"] {
        let parsed = parse(raw);
        assert_eq!(parsed.query, ArticleQuery::default(), "{raw}");
        assert_eq!(parsed.notes, [], "{raw}");
    }
}

#[test]
fn a_long_value_is_cut_when_a_note_quotes_it() {
    let parsed = parse(&format!("tag={}", "x".repeat(500)));
    let QueryNote::UnknownTag(quoted) = &parsed.notes[0] else {
        panic!("{:?}", parsed.notes)
    };
    assert_eq!(quoted.chars().count(), 61);
    assert!(quoted.ends_with('…'));
}

#[test]
fn every_note_reads_in_both_languages() {
    let notes = [
        QueryNote::UnknownKind("k".into()),
        QueryNote::UnknownTag("t".into()),
        QueryNote::UnknownPublisher("p".into()),
        QueryNote::UnknownLanguage("l".into()),
        QueryNote::UnknownSort("s".into()),
        QueryNote::InvalidFrom("f".into()),
        QueryNote::InvalidTo("t".into()),
        QueryNote::FromAfterTo {
            from: DateBound::Year(2022),
            to: DateBound::Year(2021),
        },
        QueryNote::DuplicateKey("page"),
    ];
    for note in &notes {
        let (en, fr) = (note.text(Lang::En), note.text(Lang::Fr));
        assert!(en.ends_with('.') && fr.ends_with('.'), "{en} / {fr}");
        assert_ne!(en, fr);
    }
    for sort in Sort::ALL {
        assert_eq!(Sort::from_id(sort.id()), Some(sort));
        assert_ne!(sort.label(Lang::En), sort.label(Lang::Fr));
    }
}

// ---------------------------------------------------------------- building links

#[test]
fn the_default_query_is_the_bare_address() {
    assert_eq!(ArticleQuery::default().to_query_string(), "");
    assert_eq!(ArticleQuery::default().href("/en/articles"), "/en/articles");
    let q = ArticleQuery::default().toggle_tag("courts");
    assert_eq!(q.href("/fr/articles"), "/fr/articles?tag=courts");
}

#[test]
fn a_tag_button_adds_the_tag_then_takes_it_away_and_goes_back_to_the_first_page() {
    let deep = ArticleQuery {
        page: 4,
        ..ArticleQuery::default()
    };
    let with = deep.toggle_tag("courts").toggle_tag("oracle");
    assert_eq!(with.tags, strings(&["courts", "oracle"]));
    assert_eq!(with.page, 1);
    let without = with.toggle_tag("courts");
    assert_eq!(without.tags, strings(&["oracle"]));
    assert_eq!(without.toggle_tag("oracle"), ArticleQuery::default());
    let q = ArticleQuery::default()
        .toggle_kind("news")
        .toggle_publisher("Le Monde")
        .toggle_language(Lang::Fr);
    assert_eq!(
        q.to_query_string(),
        "kind=news&publisher=Le%20Monde&lang=fr"
    );
    assert!(q.is_filtered());
    assert!(!q.toggle_language(Lang::Fr).languages.contains(&Lang::Fr));
}

#[test]
fn a_year_button_limits_the_dates_to_that_year_and_clicking_it_again_clears_them() {
    let q = ArticleQuery::default().with_year(Some(2024));
    assert_eq!(q.selected_year(), Some(2024));
    assert_eq!(q.to_query_string(), "from=2024&to=2024");
    assert_eq!(q.with_year(None), ArticleQuery::default());
    // A range that is not one whole year is no year button's.
    assert_eq!(parse("from=2024&to=2025").query.selected_year(), None);
}

#[test]
fn a_date_range_covers_whole_years_or_days() {
    let q = parse("from=2021&to=2022").query;
    assert_eq!(
        q.date_range(),
        (Some(d("2021-01-01")), Some(d("2022-12-31")))
    );
}

#[test]
fn the_search_text_and_the_order_have_their_own_buttons() {
    let q = ArticleQuery::default()
        .with_text("oracle")
        .with_sort(Sort::Relevance);
    assert_eq!(q.to_query_string(), "q=oracle&sort=relevance");
    // Clearing the text drops the order that needs it.
    assert_eq!(q.with_text(""), ArticleQuery::default());
    assert_eq!(
        ArticleQuery::default().with_sort(Sort::Relevance).sort,
        Sort::Newest
    );
    // The text is kept as typed, trailing space included, so the search box does not jump.
    assert_eq!(ArticleQuery::default().with_text("oracle ").q, "oracle ");
}

#[test]
fn show_more_opens_one_more_page() {
    let q = ArticleQuery::default().toggle_tag("courts");
    let more = q.next_page().next_page();
    assert_eq!(more.page, 3);
    assert_eq!(more.to_query_string(), "tag=courts&page=3");
    assert_eq!(more.first_page(), q);
    assert_eq!(
        more.toggle_tag("oracle").page,
        1,
        "a new filter starts over"
    );
}

// ---------------------------------------------------------------- filtering

#[test]
fn the_default_sort_is_newest_first() {
    assert_eq!(ArticleQuery::default().sort, Sort::Newest);
    // Same-day articles keep the file's order.
    assert_eq!(
        shown(""),
        [
            "official-courts",
            "news-china",
            "news-congress-courts",
            "official-congress",
            "opinion-courts-oracle",
            "news-courts",
            "news-oracle",
        ]
    );
}

#[test]
fn oldest_first_is_by_date_then_file_order() {
    assert_eq!(
        shown("sort=oldest"),
        [
            "news-oracle",
            "news-courts",
            "opinion-courts-oracle",
            "official-congress",
            "news-congress-courts",
            "official-courts",
            "news-china",
        ]
    );
}

#[test]
fn two_tags_give_items_with_either_tag() {
    assert_eq!(
        shown("tag=oracle,congress"),
        [
            "news-congress-courts",
            "official-congress",
            "opinion-courts-oracle",
            "news-oracle",
        ]
    );
}

#[test]
fn a_kind_and_a_tag_give_items_with_both() {
    assert_eq!(shown("kind=official&tag=courts"), ["official-courts"]);
    assert_eq!(
        shown("kind=news,opinion&tag=courts&lang=en"),
        [
            "news-congress-courts",
            "opinion-courts-oracle",
            "news-courts"
        ]
    );
    assert_eq!(shown("publisher=Le+Monde&tag=courts"), Vec::<String>::new());
}

#[test]
fn the_count_next_to_a_tag_follows_the_other_facets() {
    let press = press();
    let index = PressIndex::new(&press);
    let count = |raw: &str, tag: &str| {
        let q = ArticleQuery::parse(raw, &index).query;
        let at = index.tags().iter().position(|t| t == tag).unwrap();
        index.filter(&q, None).counts.tags[at]
    };
    assert_eq!(count("", "courts"), 4);
    assert_eq!(count("kind=official", "courts"), 1);
    assert_eq!(count("kind=official", "oracle"), 0, "shown disabled");
    assert_eq!(count("lang=fr", "oracle"), 1);
    assert_eq!(count("from=2024", "courts"), 2);
    // A tag's own facet does not narrow its counts: selecting courts leaves oracle at 2,
    // which is what adding oracle would bring in (OR within the facet).
    assert_eq!(count("tag=courts", "oracle"), 2);
    assert_eq!(count("tag=courts&kind=news", "oracle"), 1);
}

#[test]
fn the_counts_of_every_facet_leave_out_only_their_own_selection() {
    let press = press();
    let index = PressIndex::new(&press);
    let q = ArticleQuery::parse("kind=news&lang=en", &index).query;
    let result = index.filter(&q, None);
    assert_eq!(
        ids(&press, &result.matches),
        ["news-congress-courts", "news-courts"]
    );
    // Kinds among English articles: news 2, official 2, opinion 1.
    assert_eq!(result.counts.kinds, [2, 2, 1]);
    // Languages among news: en 2, fr 2.
    assert_eq!(result.counts.language(Lang::En), 2);
    assert_eq!(result.counts.language(Lang::Fr), 2);
    // Years and publishers among English news.
    assert_eq!(index.years(), [2020, 2021, 2024, 2025]);
    assert_eq!(result.counts.years, [1, 0, 1, 0]);
    assert_eq!(
        index.publishers(),
        [
            "Lawfare",
            "Le Monde",
            "Reuters",
            "Reuters, Ltd",
            "Supreme Court",
            "U.S. Senate"
        ]
    );
    assert_eq!(result.counts.publishers, [0, 0, 1, 1, 0, 0]);
    // Years ignore the date range, their own filter.
    let q = ArticleQuery::parse("from=2025", &index).query;
    assert_eq!(index.filter(&q, None).counts.years, [2, 1, 2, 2]);
}

#[test]
fn with_search_text_only_its_hits_are_eligible_and_relevance_keeps_their_order() {
    let press = press();
    let index = PressIndex::new(&press);
    // Hits as a search would rank them, with a repeat and an index past the end.
    let hits = [3, 0, 6, 3, 99, 2];
    let q = ArticleQuery::default()
        .with_text("court")
        .with_sort(Sort::Relevance);
    let result = index.filter(&q, Some(&hits));
    assert_eq!(
        ids(&press, &result.matches),
        [
            "opinion-courts-oracle",
            "news-courts",
            "news-congress-courts",
            "news-oracle"
        ]
    );
    assert_eq!(result.counts.tags, [3, 2, 1, 0]);
    let newest = index.filter(&q.with_sort(Sort::Newest), Some(&hits));
    assert_eq!(
        ids(&press, &newest.matches),
        [
            "news-congress-courts",
            "opinion-courts-oracle",
            "news-courts",
            "news-oracle"
        ]
    );
    let narrowed = index.filter(&q.toggle_tag("courts"), Some(&hits));
    assert_eq!(
        ids(&press, &narrowed.matches),
        [
            "opinion-courts-oracle",
            "news-courts",
            "news-congress-courts"
        ]
    );
    assert_eq!(index.filter(&q, Some(&[])).total(), 0);
    // No hits passed: relevance has nothing to follow and the list is newest first.
    assert_eq!(
        index.filter(&q, None).matches,
        index.filter(&ArticleQuery::default(), None).matches
    );
}

#[test]
fn a_selection_the_file_does_not_know_filters_nothing() {
    let press = press();
    let q = ArticleQuery::default()
        .toggle_tag("nope")
        .toggle_publisher("Nobody");
    assert_eq!(filter(&press, &q, None).total(), press.articles.len());
}

#[test]
fn show_more_reveals_fifty_articles_at_a_time() {
    let articles = synthetic_articles(120, 3);
    let index = PressIndex::new(&articles);
    let result = index.filter(&ArticleQuery::default(), None);
    assert_eq!(result.total(), 120);
    assert_eq!(result.visible(1).len(), PAGE_SIZE);
    assert_eq!(result.visible(0).len(), PAGE_SIZE, "page 0 is read as 1");
    assert!(result.has_more(1));
    assert_eq!(result.next_batch(1), 50);
    assert_eq!(result.visible(2).len(), 100);
    assert_eq!(result.next_batch(2), 20);
    assert_eq!(result.visible(3).len(), 120);
    assert!(!result.has_more(3));
    assert_eq!(result.next_batch(3), 0);
    assert_eq!(result.visible(usize::MAX).len(), 120);
    assert_eq!(result.visible(1), &result.matches[..50]);
}

// ---------------------------------------------------------------- the shipped articles.json

fn shipped() -> Articles {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/content/articles.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn on_the_shipped_file_courts_and_official_give_only_official_court_documents() {
    let articles = shipped();
    let index = PressIndex::new(&articles);
    let parsed = ArticleQuery::parse("?tag=courts&kind=official", &index);
    assert_eq!(parsed.notes, []);
    let result = index.filter(&parsed.query, None);
    assert!(result.total() >= 2, "{:?}", ids(&articles, &result.matches));
    for &i in &result.matches {
        let a = &articles.articles[i];
        assert_eq!(a.kind, "official", "{}", a.id);
        assert!(a.tags.iter().any(|t| t == "courts"), "{}", a.id);
    }
    let found = ids(&articles, &result.matches);
    assert!(found.contains(&"supreme-court-tiktok-v-garland".to_owned()));
    assert!(found.windows(2).all(|w| {
        let date = |id: &str| articles.articles.iter().find(|a| a.id == id).unwrap().date;
        date(&w[0]) >= date(&w[1])
    }));
    // The count next to kind official is the result, and next to tag courts too.
    let official = index.kinds().iter().position(|k| k == "official").unwrap();
    let courts = index.tags().iter().position(|t| t == "courts").unwrap();
    assert_eq!(result.counts.kinds[official], result.total());
    assert_eq!(result.counts.tags[courts], result.total());
}

#[test]
fn on_the_shipped_file_the_counts_add_up() {
    let articles = shipped();
    let index = PressIndex::new(&articles);
    let all = index.filter(&ArticleQuery::default(), None);
    let n = articles.articles.len();
    assert_eq!(all.total(), n);
    assert_eq!(all.counts.kinds.iter().sum::<usize>(), n);
    assert_eq!(all.counts.publishers.iter().sum::<usize>(), n);
    assert_eq!(all.counts.languages.iter().sum::<usize>(), n);
    assert_eq!(all.counts.years.iter().sum::<usize>(), n);
    let tagged: usize = articles.articles.iter().map(|a| a.tags.len()).sum();
    assert_eq!(all.counts.tags.iter().sum::<usize>(), tagged);
    assert!(all.counts.language(Lang::Fr) > 0 && all.counts.language(Lang::En) > 0);
    assert_eq!(index.years().first(), Some(&2020));

    // Each value's count is the size of the list selecting it alone.
    for (i, kind) in index.kinds().iter().enumerate() {
        let q = ArticleQuery::default().toggle_kind(kind);
        assert_eq!(
            index.filter(&q, None).total(),
            all.counts.kinds[i],
            "{kind}"
        );
    }
    for (i, tag) in index.tags().iter().enumerate() {
        let q = ArticleQuery::default().toggle_tag(tag);
        assert_eq!(index.filter(&q, None).total(), all.counts.tags[i], "{tag}");
    }
    for (i, &year) in index.years().iter().enumerate() {
        let q = ArticleQuery::default().with_year(Some(year));
        assert_eq!(
            index.filter(&q, None).total(),
            all.counts.years[i],
            "{year}"
        );
    }
    // Within a year, the kinds' counts add up to that year's.
    let q = ArticleQuery::default().with_year(Some(2025));
    let in_2025 = index.filter(&q, None);
    assert_eq!(in_2025.counts.kinds.iter().sum::<usize>(), in_2025.total());
}

// ---------------------------------------------------------------- the synthetic corpus

#[test]
fn the_synthetic_corpus_is_repeatable_plausible_and_valid() {
    let a = synthetic_articles(2_000, 42);
    assert_eq!(a, synthetic_articles(2_000, 42));
    assert_ne!(a.articles, synthetic_articles(2_000, 43).articles);
    assert_eq!(a.problems(), [], "it passes the editors' checks");
    let index = PressIndex::new(&a);
    assert_eq!(index.len(), 2_000);
    assert_eq!(index.kinds(), ["news", "official", "statement", "opinion"]);
    assert_eq!(index.tags().len(), 12);
    assert_eq!(index.publishers().len(), 40);
    assert_eq!(index.years(), [2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    let all = index.filter(&ArticleQuery::default(), None);
    let fr = all.counts.language(Lang::Fr);
    assert!((400..900).contains(&fr), "about a third in French: {fr}");
    assert!(
        all.counts.kinds.iter().all(|&c| c > 50),
        "{:?}",
        all.counts.kinds
    );
    assert!(a.articles.windows(2).all(|w| w[0].date <= w[1].date));
    assert!(synthetic_articles(0, 1).articles.is_empty());
}

/// Not a pass/fail test: `cargo test --release --lib press::tests::timing -- --ignored
/// --nocapture` prints how long a filter change takes on 10,000 articles.
#[test]
#[ignore]
fn timing() {
    let articles = synthetic_articles(10_000, 1);
    let started = std::time::Instant::now();
    for _ in 0..10 {
        std::hint::black_box(PressIndex::new(&articles));
    }
    println!("index: {:?}", started.elapsed() / 10);
    let index = PressIndex::new(&articles);
    let queries = [
        "",
        "tag=courts,oracle&kind=news",
        "lang=fr&from=2021&to=2023-06-30&publisher=Le+Monde,Reuters&sort=oldest",
    ];
    let hits: Vec<usize> = (0..10_000).step_by(3).collect();
    for raw in queries {
        let q = ArticleQuery::parse(raw, &index).query;
        for text in [None, Some(&hits[..])] {
            let started = std::time::Instant::now();
            let rounds = 200;
            for _ in 0..rounds {
                std::hint::black_box(index.filter(&q, text));
            }
            println!(
                "{raw:?} text={}: {:?} per filter",
                text.is_some(),
                started.elapsed() / rounds
            );
        }
    }
}

// ---------------------------------------------------------------- properties

static CORPUS: LazyLock<Articles> = LazyLock::new(|| {
    let mut articles = synthetic_articles(300, 9);
    // A publisher with a comma and one with an ampersand, to exercise the escaping.
    articles.articles[0].publisher = "Smith, Jones & Co".into();
    articles.articles[1].publisher = "L’Obs + 100% «local»".into();
    articles
});
static INDEX: LazyLock<PressIndex> = LazyLock::new(|| PressIndex::new(&CORPUS));

fn bound() -> impl Strategy<Value = DateBound> {
    prop_oneof![
        (0..=9999i32).prop_map(DateBound::Year),
        (0..=9999i32, 1..=12u8, 1..=31u8)
            .prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d))
            .prop_map(DateBound::Day),
    ]
}

fn some_of(values: &[String], most: usize) -> impl Strategy<Value = BTreeSet<String>> {
    prop::collection::btree_set(prop::sample::select(values.to_vec()), 0..=most)
}

/// Any canonical query over the corpus.
fn valid_query() -> impl Strategy<Value = ArticleQuery> {
    let index = &*INDEX;
    (
        prop_oneof![Just(String::new()), "[a-z ]{1,12}", any::<String>()],
        some_of(index.kinds(), 3),
        some_of(index.tags(), 4),
        some_of(index.publishers(), 3),
        prop::collection::btree_set(prop::sample::select(Lang::ALL.to_vec()), 0..=2),
        prop::option::of(bound()),
        prop::option::of(bound()),
        prop::sample::select(Sort::ALL.to_vec()),
        prop_oneof![1..5usize, 1..=usize::MAX],
    )
        .prop_map(
            |(q, kinds, tags, publishers, languages, from, to, sort, page)| {
                let mut query = ArticleQuery {
                    q,
                    kinds,
                    tags,
                    publishers,
                    languages,
                    from,
                    to,
                    sort,
                    page,
                };
                if let (Some(f), Some(t)) = (from, to) {
                    if f.first_day() > t.last_day() {
                        (query.from, query.to) = (Some(t), Some(f));
                    }
                }
                query.sort = query.effective_sort();
                query
            },
        )
}

/// Query-like text: the keys, the separators, escapes, and some junk.
fn query_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("q".to_owned()),
        Just("kind".to_owned()),
        Just("tag".to_owned()),
        Just("publisher".to_owned()),
        Just("lang".to_owned()),
        Just("from".to_owned()),
        Just("to".to_owned()),
        Just("sort".to_owned()),
        Just("page".to_owned()),
        "[=&,+#?]",
        "%[0-9A-Fa-f]{0,2}",
        "[a-zA-Z0-9-]{1,6}",
        "[0-9]{4}(-[0-9]{2}){0,2}",
        "[éß’«» \\x00-\\x1f]{1,2}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

/// What `filter` must give, counted the slow and obvious way.
fn by_hand(
    articles: &Articles,
    index: &PressIndex,
    q: &ArticleQuery,
    hits: Option<&[usize]>,
) -> (BTreeSet<usize>, FacetCounts) {
    let eligible: BTreeSet<usize> = match hits {
        Some(hits) => hits
            .iter()
            .copied()
            .filter(|&i| i < articles.articles.len())
            .collect(),
        None => (0..articles.articles.len()).collect(),
    };
    let (from, to) = q.date_range();
    let passes = |a: &Article, skip: usize| {
        let checks = [
            q.kinds.is_empty() || q.kinds.contains(&a.kind),
            q.tags.is_empty() || a.tags.iter().any(|t| q.tags.contains(t)),
            q.publishers.is_empty() || q.publishers.contains(&a.publisher),
            q.languages.is_empty() || q.languages.contains(&a.language),
            from.is_none_or(|f| a.date >= f) && to.is_none_or(|t| a.date <= t),
        ];
        checks.iter().enumerate().all(|(i, ok)| i == skip || *ok)
    };
    let with = |skip: usize, has: &dyn Fn(&Article) -> bool| {
        eligible
            .iter()
            .filter(|&&i| passes(&articles.articles[i], skip) && has(&articles.articles[i]))
            .count()
    };
    let counts = FacetCounts {
        kinds: index
            .kinds()
            .iter()
            .map(|k| with(0, &|a| a.kind == *k))
            .collect(),
        tags: index
            .tags()
            .iter()
            .map(|t| with(1, &|a| a.tags.contains(t)))
            .collect(),
        publishers: index
            .publishers()
            .iter()
            .map(|p| with(2, &|a| a.publisher == *p))
            .collect(),
        languages: Lang::ALL.map(|l| with(3, &|a| a.language == l)),
        years: index
            .years()
            .iter()
            .map(|&y| with(4, &|a| a.date.year() == y))
            .collect(),
    };
    let matches = eligible
        .iter()
        .copied()
        .filter(|&i| passes(&articles.articles[i], usize::MAX))
        .collect();
    (matches, counts)
}

proptest! {
    #[test]
    fn serialize_then_parse_is_the_identity(query in valid_query()) {
        let written = query.to_query_string();
        let parsed = ArticleQuery::parse(&written, &INDEX);
        prop_assert_eq!(&parsed.notes, &vec![], "{}", written);
        prop_assert_eq!(&parsed.query, &query, "{}", written);
        // With a leading `?`, as `location.search` gives it.
        prop_assert_eq!(ArticleQuery::parse(&format!("?{written}"), &INDEX).query, query);
    }

    #[test]
    fn no_raw_query_string_panics_and_what_it_gives_is_canonical(
        raw in prop_oneof![any::<String>(), query_like()]
    ) {
        let parsed = ArticleQuery::parse(&raw, &INDEX);
        let again = ArticleQuery::parse(&parsed.query.to_query_string(), &INDEX);
        prop_assert_eq!(again.notes, vec![]);
        prop_assert_eq!(&again.query, &parsed.query);
        for note in &parsed.notes {
            prop_assert!(!note.text(Lang::En).is_empty() && !note.text(Lang::Fr).is_empty());
        }
        let result = INDEX.filter(&parsed.query, None);
        prop_assert!(result.visible(parsed.query.page).len() <= result.total());
    }

    #[test]
    fn filtering_agrees_with_counting_by_hand(
        query in valid_query(),
        hits in prop::option::of(prop::collection::vec(0..320usize, 0..200)),
    ) {
        let result = INDEX.filter(&query, hits.as_deref());
        let (matches, counts) = by_hand(&CORPUS, &INDEX, &query, hits.as_deref());
        prop_assert_eq!(result.matches.len(), matches.len(), "each match once");
        prop_assert_eq!(result.matches.iter().copied().collect::<BTreeSet<_>>(), matches);
        prop_assert_eq!(&result.counts, &counts);
        let date = |i: usize| CORPUS.articles[i].date;
        for pair in result.matches.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let in_order = match (query.sort, &hits) {
                (Sort::Relevance, Some(hits)) => {
                    let rank = |i: usize| hits.iter().position(|&h| h == i).unwrap();
                    rank(a) < rank(b)
                }
                (Sort::Oldest, _) => (date(a), a) < (date(b), b),
                _ => date(a) > date(b) || (date(a) == date(b) && a < b),
            };
            prop_assert!(in_order, "{} then {} for {:?}", a, b, query.sort);
        }
    }
}

#[test]
fn the_filters_button_counts_each_choice_once() {
    let articles = synthetic_articles(120, 3);
    let index = PressIndex::new(&articles);
    let count = |raw: &str| ArticleQuery::parse(raw, &index).query.active_filters();
    assert_eq!(count(""), 0);
    assert_eq!(
        count("q=oracle&sort=oldest"),
        0,
        "text and order are not filters"
    );
    assert_eq!(count("tag=courts,oracle&lang=fr"), 3);
    assert_eq!(count("from=2021&to=2021"), 1, "a year is one choice");
    assert_eq!(count("from=2021&to=2022-06-30"), 2);
}
