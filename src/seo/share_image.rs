//! The share image link previews show: 1200×630, in the portal's palette (black, white, cyan
//! #25F4EE, red #FE2C55), with the portal's name and the language's tagline. Drawn as an SVG
//! and rendered to PNG with resvg, using only the DejaVu Sans fonts embedded by the `dejavu`
//! crate (no system font is ever looked up), so the output depends only on the content and
//! the locked crate versions, never on the fonts a machine has installed.

use super::escape::escape_html;
use crate::content::Site;
use crate::i18n::Lang;
use resvg::{tiny_skia, usvg};
use std::fmt::Write;
use std::sync::{Arc, OnceLock};

/// The share image's size in pixels: the 1.91:1 Open Graph recommends.
pub const SHARE_WIDTH: u32 = 1200;
pub const SHARE_HEIGHT: u32 = 630;

const FONT_FAMILY: &str = "DejaVu Sans";
const BLACK: &str = "#000000";
const WHITE: &str = "#FFFFFF";
const CYAN: &str = "#25F4EE";
const RED: &str = "#FE2C55";
/// Left and right margin of the text.
const MARGIN: f32 = 80.0;
const TEXT_WIDTH: f32 = SHARE_WIDTH as f32 - 2.0 * MARGIN;

/// Where a language's share image lands, relative to the built folder: `en/share.png`.
pub fn share_image_path(lang: Lang) -> String {
    format!("{}/share.png", lang.code())
}

/// What the image says, for `og:image:alt`: "Sunny Corner: The Last Sunny Corner of the Internet".
pub fn share_image_alt(site: &Site, lang: Lang) -> String {
    format!("{}: {}", site.name.get(lang), site.tagline.get(lang))
}

/// The options resvg renders with: the embedded fonts only, DejaVu Sans by default.
fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for font in [dejavu::sans::regular(), dejavu::sans::bold()] {
            db.load_font_data(font.to_vec());
        }
        db.set_sans_serif_family(FONT_FAMILY);
        usvg::Options {
            font_family: FONT_FAMILY.to_owned(),
            fontdb: Arc::new(db),
            ..usvg::Options::default()
        }
    })
}

/// How wide `text` is, drawn on one line in DejaVu Sans at `size` pixels: measured by
/// laying it out with resvg itself, so wrapping agrees with what is drawn.
fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10000\" height=\"{h}\">\
         <text x=\"0\" y=\"{size}\" font-family=\"{FONT_FAMILY}\" font-size=\"{size}\" \
         font-weight=\"{w}\">{t}</text></svg>",
        h = size * 2.0,
        w = if bold { "bold" } else { "normal" },
        t = escape_html(text),
    );
    usvg::Tree::from_str(&svg, options())
        .map(|tree| tree.root().abs_bounding_box().width())
        .unwrap_or(f32::INFINITY)
}

/// The words of `text` as units a line may not break inside: an opening guillemet or
/// bracket standing alone stays with the word after it (« The), and other lone punctuation
/// with the word before it (Internet »), as French typography wants.
fn unbreakable_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut opener_pending = false;
    for word in text.split_whitespace() {
        let punctuation_only = !word.chars().any(char::is_alphanumeric);
        let opens = punctuation_only && word.ends_with(['«', '(', '“', '‹']);
        match words.last_mut() {
            Some(last) if opener_pending || (punctuation_only && !opens) => {
                last.push('\u{A0}');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
        opener_pending = opens;
    }
    words
}

/// `words` laid greedily into lines no wider than `width` where possible (a single word wider
/// than that gets its own line).
fn wrap(words: &[String], size: f32, bold: bool, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in words {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), size, bold) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.clone()),
        }
    }
    lines
}

/// `text` broken into at most `max_lines` lines no wider than [`TEXT_WIDTH`], at the largest
/// of `sizes` (tried in order) at which it fits, with lines of even length rather than a
/// last word alone. At the last size, lines that do not fit end in an ellipsis.
fn fit(text: &str, sizes: &[f32], max_lines: usize, bold: bool) -> (f32, Vec<String>) {
    let words = unbreakable_words(text);
    let mut smallest = (0.0, Vec::new());
    for &size in sizes {
        let lines = wrap(&words, size, bold, TEXT_WIDTH);
        let fits = lines.len() <= max_lines
            && lines
                .iter()
                .all(|l| text_width(l, size, bold) <= TEXT_WIDTH);
        if fits {
            // The narrowest width that still gives as few lines: evens them out.
            let (mut narrow, mut wide) = (TEXT_WIDTH / 2.0, TEXT_WIDTH);
            for _ in 0..8 {
                let mid = (narrow + wide) / 2.0;
                if wrap(&words, size, bold, mid).len() == lines.len() {
                    wide = mid;
                } else {
                    narrow = mid;
                }
            }
            return (size, wrap(&words, size, bold, wide));
        }
        smallest = (size, lines);
    }
    // Nothing fitted: keep the smallest size's first lines, marking the cut.
    let (size, mut lines) = smallest;
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    (size, lines)
}

/// The share image of `lang` as SVG: the name large, in white over a cyan and a red shadow
/// (the palette's signature look), the tagline below it, and the palette's two colours as a
/// band along the bottom.
pub fn share_image_svg(site: &Site, lang: Lang) -> String {
    let (name_size, name_lines) = fit(site.name.get(lang), &[120.0, 100.0, 84.0, 72.0], 2, true);
    let (tag_size, tag_lines) = fit(
        site.tagline.get(lang),
        &[60.0, 54.0, 48.0, 42.0, 36.0],
        4,
        false,
    );
    let name_height = name_size * 1.1 * name_lines.len() as f32;
    let tag_gap = tag_size * 0.9;
    let tag_height = tag_size * 1.3 * tag_lines.len() as f32;
    // The text block centred in the space above the band.
    let band_top = SHARE_HEIGHT as f32 - 60.0;
    let top = ((band_top - name_height - tag_gap - tag_height) / 2.0).max(40.0);

    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{SHARE_WIDTH}\" \
         height=\"{SHARE_HEIGHT}\" viewBox=\"0 0 {SHARE_WIDTH} {SHARE_HEIGHT}\">\n\
         <rect width=\"{SHARE_WIDTH}\" height=\"{SHARE_HEIGHT}\" fill=\"{BLACK}\"/>\n\
         <rect x=\"0\" y=\"{band_top}\" width=\"{half}\" height=\"60\" fill=\"{CYAN}\"/>\n\
         <rect x=\"{half}\" y=\"{band_top}\" width=\"{half}\" height=\"60\" fill=\"{RED}\"/>\n",
        half = SHARE_WIDTH / 2,
    );
    for (i, line) in name_lines.iter().enumerate() {
        let y = top + name_size * (0.9 + 1.1 * i as f32);
        let line = escape_html(line);
        for (dx, dy, fill) in [(-5.0, -4.0, CYAN), (5.0, 4.0, RED), (0.0, 0.0, WHITE)] {
            let _ = writeln!(
                svg,
                "<text x=\"{x}\" y=\"{y}\" font-family=\"{FONT_FAMILY}\" font-weight=\"bold\" \
                 font-size=\"{name_size}\" fill=\"{fill}\">{line}</text>",
                x = MARGIN + dx,
                y = y + dy,
            );
        }
    }
    let tag_top = top + name_height + tag_gap;
    for (i, line) in tag_lines.iter().enumerate() {
        let _ = writeln!(
            svg,
            "<text x=\"{MARGIN}\" y=\"{y}\" font-family=\"{FONT_FAMILY}\" \
             font-size=\"{tag_size}\" fill=\"{WHITE}\">{line}</text>",
            y = tag_top + tag_size * (1.0 + 1.3 * i as f32),
            line = escape_html(line),
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// The share image of `lang` as PNG bytes, [`SHARE_WIDTH`]×[`SHARE_HEIGHT`].
pub fn share_image_png(site: &Site, lang: Lang) -> std::io::Result<Vec<u8>> {
    let svg = share_image_svg(site, lang);
    let tree = usvg::Tree::from_str(&svg, options()).map_err(std::io::Error::other)?;
    let mut pixmap = tiny_skia::Pixmap::new(SHARE_WIDTH, SHARE_HEIGHT)
        .ok_or_else(|| std::io::Error::other("share image: cannot allocate the pixmap"))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(std::io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guillemets_keep_their_words_on_one_line() {
        assert_eq!(
            unbreakable_words("coin d’Internet (« The Last Corner »)"),
            vec![
                "coin",
                "d’Internet",
                "(«\u{A0}The",
                "Last",
                "Corner\u{A0}»)"
            ]
        );
    }

    #[test]
    fn lone_punctuation_stays_with_the_word_before() {
        assert_eq!(
            unbreakable_words("Vraiment ? Oui !"),
            vec!["Vraiment\u{A0}?", "Oui\u{A0}!"]
        );
    }

    #[test]
    fn a_long_tagline_wraps_within_the_margins() {
        let text =
            "Le dernier coin ensoleillé d’Internet (« The Last Sunny Corner of the Internet »)";
        let (size, lines) = fit(text, &[60.0, 54.0, 48.0], 4, false);
        assert!(lines.len() > 1 && lines.len() <= 4, "{lines:?}");
        for line in &lines {
            assert!(text_width(line, size, false) <= TEXT_WIDTH, "{line}");
        }
        assert_eq!(lines.join(" ").replace('\u{A0}', " "), text);
    }

    #[test]
    fn bold_text_is_measured_wider_than_regular() {
        assert!(text_width("Sunny Corner", 100.0, true) > text_width("Sunny Corner", 100.0, false));
        assert!(text_width("Sunny Corner", 100.0, false) > 300.0);
    }
}
