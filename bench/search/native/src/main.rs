//! Times `sunny_corner::search` natively on the synthetic corpus: index build, query latency
//! (p50, p95) and precision@1 on the 30 planted queries. Writes the corpus, the queries and its
//! own results to OUT_DIR for the browser half of the benchmark.
//!
//!   cargo run --release -- OUT_DIR        (bench/search/run.sh does)
//!
//! With SEARCH_BENCH_EACH=1 it also prints each query's median time and number of hits.

mod corpus;

use corpus::{Corpus, Lang, ENTRIES, TYPING};
use serde_json::json;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use sunny_corner::search::{Index, Query};

/// Timed rounds over all the queries, after one round to warm up.
const ROUNDS: usize = 50;
const BUILDS: usize = 3;

fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: search-bench OUT_DIR"),
    );
    std::fs::create_dir_all(&out).expect("cannot create the output folder");

    let started = Instant::now();
    let corpus = corpus::generate();
    eprintln!(
        "corpus: {ENTRIES} entries × 2 languages generated in {:.0} ms",
        ms(started.elapsed())
    );
    write_inputs(&corpus, &out);

    // The median of a few builds of both languages' indexes.
    let mut builds = Vec::new();
    let mut indexes = None;
    for _ in 0..BUILDS {
        let started = Instant::now();
        let built = (Index::build(&corpus.en), Index::build(&corpus.fr));
        builds.push(ms(started.elapsed()));
        indexes = Some(built);
    }
    builds.sort_by(f64::total_cmp);
    let build_ms = builds[BUILDS / 2];
    let (en, fr) = indexes.expect("built at least once");
    eprintln!("index (en): {en:?}\nindex (fr): {fr:?}");
    let index = |lang| match lang {
        Lang::En => &en,
        Lang::Fr => &fr,
    };

    let mut right = 0;
    for query in &corpus.queries {
        let hits = index(query.lang).search(&Query::parse(query.text));
        if hits.first().map(|h| h.doc) == Some(query.expected) {
            right += 1;
        } else {
            let rank = hits.iter().position(|h| h.doc == query.expected);
            eprintln!(
                "miss: {:?} ({}) expected entry {} at rank {:?}, got {:?}",
                query.text,
                query.kind,
                query.expected,
                rank.map(|r| r + 1),
                hits.first().map(|h| h.doc)
            );
        }
    }
    let precision = right as f64 / corpus.queries.len() as f64;

    let planted: Vec<(Lang, &str)> = corpus.queries.iter().map(|q| (q.lang, q.text)).collect();
    if std::env::var_os("SEARCH_BENCH_EACH").is_some() {
        for &(lang, text) in planted.iter().chain(TYPING) {
            let (p50, _) = latencies(&[(lang, text)], index);
            let hits = index(lang).search(&Query::parse(text)).len();
            eprintln!("  {p50:.4} ms  {hits:>5} hits  {text:?}");
        }
    }
    let (p50, p95) = latencies(&planted, index);
    let (typing_p50, typing_p95) = latencies(TYPING, index);

    let results = json!({
        "engine": "sunny-corner (native)",
        "build_ms": build_ms,
        "p50_ms": p50,
        "p95_ms": p95,
        "precision": precision,
        "typing_p50_ms": typing_p50,
        "typing_p95_ms": typing_p95,
    });
    std::fs::write(out.join("native.json"), results.to_string()).expect("cannot write results");
    eprintln!(
        "native: build {build_ms:.1} ms (both languages), p50 {p50:.4} ms, p95 {p95:.4} ms, \
         precision@1 {right}/{}",
        corpus.queries.len()
    );
}

/// p50 and p95 in milliseconds of parsing and running each query, `ROUNDS` times.
fn latencies<'a>(queries: &[(Lang, &str)], index: impl Fn(Lang) -> &'a Index) -> (f64, f64) {
    let mut samples = Vec::with_capacity(queries.len() * ROUNDS);
    for round in 0..=ROUNDS {
        for &(lang, text) in queries {
            let started = Instant::now();
            let hits = index(lang).search(&Query::parse(text));
            let elapsed = started.elapsed();
            std::hint::black_box(hits);
            if round > 0 {
                samples.push(ms(elapsed));
            }
        }
    }
    samples.sort_by(f64::total_cmp);
    (percentile(&samples, 0.50), percentile(&samples, 0.95))
}

/// Nearest-rank percentile of sorted samples.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn write_inputs(corpus: &Corpus, out: &std::path::Path) {
    let docs = json!({ "en": corpus.en, "fr": corpus.fr });
    std::fs::write(out.join("corpus.json"), docs.to_string()).expect("cannot write the corpus");
    let queries: Vec<_> = corpus
        .queries
        .iter()
        .map(|q| json!({ "lang": q.lang.code(), "text": q.text, "kind": q.kind, "expected": q.expected }))
        .collect();
    let typing: Vec<_> = TYPING
        .iter()
        .map(|(lang, text)| json!({ "lang": lang.code(), "text": text }))
        .collect();
    let all = json!({ "planted": queries, "typing": typing });
    std::fs::write(out.join("queries.json"), all.to_string()).expect("cannot write the queries");
}
