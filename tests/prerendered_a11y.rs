//! The pre-rendered pages say only what is true without JavaScript: a control that needs the
//! app is not offered as one (see `pages::faq` and `public/noscript.css`).

use sunny_corner::prerender::{render_body, routes};

#[test]
fn the_pre_rendered_faq_offers_no_disclosure_button() {
    for path in ["/en/faq", "/fr/faq"] {
        let html = render_body(path);
        let entries = html.matches("class=\"faq-entry\"").count();
        assert!(entries > 30, "{path}: {entries} entries");
        // Each question is a plain heading that names its answer, and no button claims the
        // answer is closed.
        assert_eq!(
            html.matches("<h2 class=\"faq-question\"><span id=\"q-")
                .count(),
            entries,
            "{path}"
        );
        assert_eq!(
            html.matches("class=\"faq-question-text\"").count(),
            entries,
            "{path}"
        );
        assert!(!html.contains("aria-expanded"), "{path}");
    }
}

#[test]
fn every_pre_rendered_page_has_a_heading_that_takes_the_focus() {
    // After a change of page the app puts the focus on the page's one <h1> (`focus`).
    for route in routes() {
        let html = render_body(&route.path);
        assert_eq!(html.matches("<h1").count(), 1, "{}", route.path);
        assert!(
            html.contains("<h1 tabindex=\"-1\"")
                || html.contains("<h1 id=\"site-title\" tabindex=\"-1\""),
            "{}",
            route.path
        );
    }
}
