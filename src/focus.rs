//! Where the keyboard focus goes when the address changes, so that a keyboard or screen-reader
//! visitor is never left on the `<body>` with no idea where they are. The pages call
//! `focus_after` on every change of address and carry out its answer (`components::page`).

/// What to do with the focus after the address changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusMove {
    /// Leave it alone: the first page of a visit (the browser, or the takeover of a
    /// pre-rendered page, puts it), or an address that did not change.
    Keep,
    /// Another page, or the same page in the other language: to the new page's heading, so that
    /// a screen reader says where the visitor arrived and Tab goes on from the top of its content.
    Heading,
    /// The same page in another state (a filter, a search, a fragment): the focus stays on the
    /// control the visitor used; only if that control went away is it put on the heading.
    Restore,
}

/// The move from the address `from` (`None` on the first page of a visit) to `to`. Both are
/// paths with their query and fragment (`/en/faq?q=x#id`); only the path says which page it is.
pub fn focus_after(from: Option<&str>, to: &str) -> FocusMove {
    let Some(from) = from else {
        return FocusMove::Keep;
    };
    let path = |address: &str| {
        address
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    if path(from) != path(to) {
        FocusMove::Heading
    } else if from != to {
        FocusMove::Restore
    } else {
        FocusMove::Keep
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_page_of_a_visit_keeps_the_focus_where_the_browser_put_it() {
        assert_eq!(focus_after(None, "/en/faq"), FocusMove::Keep);
        assert_eq!(focus_after(None, "/fr/timeline?kind=law"), FocusMove::Keep);
    }

    #[test]
    fn another_page_moves_the_focus_to_its_heading() {
        assert_eq!(focus_after(Some("/en/"), "/en/faq"), FocusMove::Heading);
        assert_eq!(
            focus_after(Some("/en/faq?q=oracle"), "/en/articles"),
            FocusMove::Heading
        );
        assert_eq!(focus_after(Some("/en/nowhere"), "/en/"), FocusMove::Heading);
    }

    #[test]
    fn the_other_language_is_another_page() {
        assert_eq!(
            focus_after(Some("/en/timeline?kind=law"), "/fr/timeline?kind=law"),
            FocusMove::Heading
        );
    }

    #[test]
    fn a_filter_a_search_or_a_fragment_keeps_the_focus_on_the_control_used() {
        assert_eq!(
            focus_after(Some("/en/articles"), "/en/articles?kind=news"),
            FocusMove::Restore
        );
        assert_eq!(
            focus_after(Some("/en/faq?q=o"), "/en/faq?q=or"),
            FocusMove::Restore
        );
        assert_eq!(
            focus_after(Some("/en/timeline"), "/en/timeline#year-2024"),
            FocusMove::Restore
        );
    }

    #[test]
    fn an_unchanged_address_changes_nothing() {
        assert_eq!(
            focus_after(Some("/en/faq?q=x#a"), "/en/faq?q=x#a"),
            FocusMove::Keep
        );
    }
}
