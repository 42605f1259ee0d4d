//! Free text over the articles, with the FAQ's search engine: one engine, not two.

use crate::content::Articles;
use crate::i18n::Lang;
use crate::search::{Index, Query};

/// A search index over each article's title, translated title, summary and publisher, built
/// once per language (the summary is the one field that changes with the language).
pub struct TextIndex {
    en: Index,
    fr: Index,
}

impl TextIndex {
    pub fn new(articles: &Articles) -> TextIndex {
        let build = |lang: Lang| {
            Index::build(articles.articles.iter().map(|a| {
                [
                    a.title.as_str(),
                    a.translated_title.as_str(),
                    a.summary.get(lang),
                    a.publisher.as_str(),
                ]
            }))
        };
        TextIndex {
            en: build(Lang::En),
            fr: build(Lang::Fr),
        }
    }

    /// The articles `text` finds in `lang`, best first; `None` when there is no text to search.
    pub fn hits(&self, lang: Lang, text: &str) -> Option<Vec<usize>> {
        let query = Query::parse(text);
        if query.is_empty() {
            return None;
        }
        let index = match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        };
        Some(
            index
                .search(&query)
                .into_iter()
                .map(|hit| hit.doc)
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{content_dir, read_from_dir};

    #[test]
    fn text_finds_articles_by_publisher_and_by_summary_in_either_language() {
        let articles: Articles = read_from_dir(&content_dir()).unwrap();
        let index = TextIndex::new(&articles);
        assert_eq!(index.hits(Lang::En, "  "), None);
        let hits = index.hits(Lang::En, "boursorama").unwrap();
        assert!(!hits.is_empty());
        assert!(hits
            .iter()
            .all(|&i| articles.articles[i].publisher.contains("Boursorama")));
        let hits = index.hits(Lang::Fr, "cour supreme").unwrap();
        assert!(!hits.is_empty());
    }
}
