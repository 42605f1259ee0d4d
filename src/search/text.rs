//! Text folded into comparable words: lowercase, accents dropped, ligatures spelled out, split
//! at anything that is not a letter or a digit.

use std::ops::Range;

/// The words of `text` as search compares them: lowercase, without accents (`é` → `e`), with
/// ligatures and `ß` spelled out (`œ` → `oe`, `æ` → `ae`, `ß` → `ss`), separated by one space.
///
/// Apostrophes of every kind split words, so a French elision gives two words
/// (`L’Application` → `l application`); hyphens and other punctuation split too. Combining
/// accents and invisible joiners inside a word belong to it. Normalizing twice gives the same
/// text as normalizing once.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut words = Words::new(text);
    while words.next_word().is_some() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(words.folded());
    }
    out
}

/// Walks the words of a text, giving each one's byte range in the text and its folded form.
///
/// Not an `Iterator`: the folded word lives in one buffer that each step reuses, so tokenizing
/// a whole corpus allocates once.
pub(crate) struct Words<'a> {
    text: &'a str,
    pos: usize,
    folded: String,
}

impl<'a> Words<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Words {
            text,
            pos: 0,
            folded: String::new(),
        }
    }

    /// The byte range of the next word in the text, on char boundaries, or `None` at the end.
    /// Its folded form is then [`Words::folded`].
    pub(crate) fn next_word(&mut self) -> Option<Range<usize>> {
        loop {
            self.folded.clear();
            let mut start = None;
            let mut end = self.pos;
            let rest = &self.text[self.pos..];
            let mut next = self.text.len();
            for (offset, c) in rest.char_indices() {
                let at = self.pos + offset;
                if is_ignorable(c) {
                    // An accent typed as a combining mark, or an invisible joiner, belongs to the
                    // word around it: it neither starts nor ends one.
                    if start.is_some() {
                        end = at + c.len_utf8();
                    }
                } else if c.is_alphanumeric() && !is_apostrophe(c) {
                    start.get_or_insert(at);
                    push_folded(c, &mut self.folded);
                    end = at + c.len_utf8();
                } else if start.is_some() {
                    next = at;
                    break;
                }
            }
            self.pos = next;
            let start = start?;
            // A word of letters that fold to nothing (rare scripts' marks) is no word.
            if !self.folded.is_empty() {
                return Some(start..end);
            }
        }
    }

    /// The folded form of the word [`Words::next_word`] returned last.
    pub(crate) fn folded(&self) -> &str {
        &self.folded
    }

    /// The text right after the word [`Words::next_word`] returned last.
    pub(crate) fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }
}

/// Whether `c` is an apostrophe or a mark typed in its place. The modifier letter `ʼ` counts as
/// a letter for Unicode, but in French text it is an elision's apostrophe.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '′' | '`' | '´')
}

/// Combining accents, variation selectors and invisible joiners: kept inside a word, never
/// compared.
fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{00AD}' // soft hyphen
        | '\u{200C}' | '\u{200D}' // zero-width non-joiner and joiner
        | '\u{2060}' | '\u{FEFF}' // word joiners
    )
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for lower in c.to_lowercase() {
        match fold(lower) {
            Some(plain) => out.push_str(plain),
            // `İ` lowercases to `i` and a combining dot, which must not stay in the word.
            None if lower.is_alphanumeric() && !is_ignorable(lower) => out.push(lower),
            None => {}
        }
    }
}

/// The plain letters of an accented or joined lowercase Latin letter (Latin-1, Latin
/// Extended-A, the common letters of Extended-B, and the `ﬁ`-style ligatures).
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ǟ' | 'ǡ' | 'ǻ' | 'ȁ' | 'ȃ'
        | 'ȧ' | 'ª' => "a",
        'æ' | 'ǣ' | 'ǽ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ȅ' | 'ȇ' | 'ȩ' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'ǧ' | 'ǵ' => "g",
        'ĥ' | 'ħ' | 'ȟ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ȉ' | 'ȋ' => "i",
        'ĳ' => "ij",
        'ĵ' | 'ǰ' => "j",
        'ķ' | 'ǩ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ǹ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' | 'ǫ' | 'ǭ' | 'ǿ' | 'ȍ'
        | 'ȏ' | 'ȫ' | 'ȭ' | 'ȯ' | 'ȱ' | 'º' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' | 'ȑ' | 'ȓ' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ'
        | 'ǜ' | 'ȕ' | 'ȗ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ȳ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, String)> {
        let mut words = Words::new(text);
        let mut out = Vec::new();
        while let Some(range) = words.next_word() {
            out.push((&text[range], words.folded().to_owned()));
        }
        out
    }

    #[test]
    fn normalizing_drops_case_and_accents() {
        assert_eq!(normalize("Sécurité"), "securite");
        assert_eq!(normalize("VIRGINIE"), "virginie");
        assert_eq!(normalize("Cour SUPRÊME"), "cour supreme");
        assert_eq!(normalize("Ça coûte"), "ca coute");
    }

    #[test]
    fn normalizing_spells_out_ligatures_and_sharp_s() {
        assert_eq!(normalize("Œuvre"), "oeuvre");
        assert_eq!(normalize("cœur"), "coeur");
        assert_eq!(normalize("Ægis"), "aegis");
        assert_eq!(normalize("Straße"), "strasse");
        assert_eq!(normalize("ﬁdèle"), "fidele");
    }

    #[test]
    fn normalizing_accepts_accents_typed_as_combining_marks() {
        // "e" followed by U+0301 COMBINING ACUTE ACCENT, as macOS file names and some keyboards
        // produce it.
        assert_eq!(normalize("se\u{301}curite\u{301}"), "securite");
    }

    #[test]
    fn apostrophes_of_every_kind_split_french_elisions() {
        assert_eq!(normalize("l’application"), "l application");
        assert_eq!(normalize("l'application"), "l application");
        assert_eq!(normalize("lʼapplication"), "l application");
        assert_eq!(normalize("Qu’est-ce que c’est ?"), "qu est ce que c est");
    }

    #[test]
    fn punctuation_emoji_and_control_characters_separate_words() {
        assert_eq!(
            normalize("data,sécurité;🙂Oracle\u{0}ByteDance"),
            "data securite oracle bytedance"
        );
        assert_eq!(normalize("  \t\n "), "");
        assert_eq!(normalize("🙂🙂"), "");
    }

    #[test]
    fn soft_hyphens_and_joiners_stay_inside_a_word() {
        assert_eq!(normalize("sécu\u{AD}rité"), "securite");
        assert_eq!(normalize("data\u{200D}base"), "database");
    }

    #[test]
    fn other_scripts_are_lowercased_and_kept() {
        assert_eq!(normalize("ΑΘΗΝΑ Москва"), "αθηνα москва");
        assert_eq!(normalize("שלום עולם"), "שלום עולם");
        assert_eq!(normalize("İstanbul"), "istanbul");
    }

    #[test]
    fn word_ranges_are_on_the_original_text_and_cover_combining_marks() {
        assert_eq!(
            words("L’Application: Sécurité!"),
            vec![
                ("L", "l".to_owned()),
                ("Application", "application".to_owned()),
                ("Sécurité", "securite".to_owned()),
            ]
        );
        assert_eq!(
            words("cafe\u{301} noir"),
            vec![
                ("cafe\u{301}", "cafe".to_owned()),
                ("noir", "noir".to_owned())
            ]
        );
    }
}
