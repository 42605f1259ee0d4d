//! Escaping content for the three places it lands: HTML attributes and XML (head tags,
//! sitemap, feeds, the share image's SVG) and JSON inside a `<script>` element (JSON-LD).
//! Content is plain text written by editors, so every string goes through here.

/// Characters that no HTML document or XML 1.0 file may contain as they are: controls other
/// than tab, line feed and carriage return (C0, DEL and C1), and Unicode noncharacters. They
/// are dropped from text; in JSON they are written as `\u` escapes instead.
pub(crate) fn is_forbidden(c: char) -> bool {
    let n = c as u32;
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&n)
        || (n & 0xFFFE) == 0xFFFE
}

/// `text` safe inside HTML or XML text and inside a quoted attribute value (either quote):
/// `& < > " '` become references, forbidden characters ([`is_forbidden`]) are dropped, and
/// line ends become line feeds, as every parser would read them anyway.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Forbidden characters go first, so that a CR they separated from its LF still pairs up.
    let mut chars = text.chars().filter(|&c| !is_forbidden(c)).peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `value` as JSON that can sit inside `<script type="application/ld+json">` without ever
/// ending it or being misread: `<`, `>` and `&` (so no `</script`, `<!--` or `-->`), the JavaScript
/// line separators U+2028 and U+2029 and the characters an HTML document may not contain
/// become `\uXXXX` escapes. These characters only ever occur inside JSON strings, where an
/// escape means the same character, so the JSON still parses to the same value.
pub fn json_for_script(value: &serde_json::Value) -> String {
    let json = value.to_string();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') || is_forbidden(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn markup_in_text_becomes_references() {
        assert_eq!(
            escape_html(r#"<b>"AT&T" 'n'</b>"#),
            "&lt;b&gt;&quot;AT&amp;T&quot; &#39;n&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn control_characters_and_noncharacters_are_dropped_from_text() {
        assert_eq!(
            escape_html("a\u{0}b\u{1b}c\u{85}d\u{FFFF}e\u{1FFFE}f\n"),
            "abcdef\n"
        );
    }

    #[test]
    fn a_closing_script_tag_in_json_is_escaped_and_parses_back_unchanged() {
        let value = json!({ "text": "</script><!-- & -->\u{2028}\u{85}\u{10FFFF}" });
        let out = json_for_script(&value);
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('&'));
        assert!(!out.contains('\u{2028}') && !out.contains('\u{85}'));
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back, value);
    }
}
