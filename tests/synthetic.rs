//! Writes the seeded synthetic corpora that the browser benchmarks load instead of the real
//! content. Not a test of behaviour: run by `bench/articles/run.sh` with
//! `SYNTHETIC_ARTICLES=path cargo test --test synthetic -- --ignored`.

use sunny_corner::content::ContentFile;
use sunny_corner::press::synthetic_articles;

#[test]
#[ignore = "writes benchmark data; run by bench/articles/run.sh"]
fn write_synthetic_articles() {
    let path =
        std::env::var("SYNTHETIC_ARTICLES").expect("SYNTHETIC_ARTICLES names the output file");
    let n = std::env::var("SYNTHETIC_COUNT")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let articles = synthetic_articles(n, 2020);
    assert!(
        articles.problems().is_empty(),
        "the synthetic corpus keeps the contract"
    );
    std::fs::write(&path, serde_json::to_string(&articles).unwrap()).unwrap();
}
