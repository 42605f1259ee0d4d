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
    use crate::press::synthetic_articles;

    #[test]
    fn text_finds_articles_by_publisher_and_by_summary_in_either_language() {
        let articles = synthetic_articles(300, 11);
        let index = TextIndex::new(&articles);
        assert_eq!(index.hits(Lang::En, "  "), None);
        let publisher = articles.articles[0].publisher.clone();
        let word = publisher.split_whitespace().last().unwrap().to_lowercase();
        let hits = index.hits(Lang::En, &word).unwrap();
        assert!(hits.contains(&0));
        assert!(hits.iter().all(|&i| {
            let a = &articles.articles[i];
            let text = format!(
                "{} {} {} {}",
                a.publisher, a.title, a.translated_title, a.summary.en
            );
            text.to_lowercase().contains(&word[..word.len().min(4)])
        }));
        let summary_word = articles.articles[5]
            .summary
            .fr
            .split_whitespace()
            .nth(1)
            .unwrap()
            .to_owned();
        assert!(!index.hits(Lang::Fr, &summary_word).unwrap().is_empty());
    }
}
