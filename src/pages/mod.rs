//! One module per page a visitor can open.

pub mod articles;
pub mod faq;
pub mod home;
pub mod not_found;
pub mod timeline;

/// Paragraphs of a plain-text content field: a blank line starts a new one.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            super::paragraphs("One.\n\nTwo\nlines.\n\n\n"),
            vec!["One.", "Two\nlines."]
        );
        assert!(super::paragraphs("  ").is_empty());
    }
}
