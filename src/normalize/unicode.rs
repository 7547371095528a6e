//! The Unicode knowledge normalisation needs, kept small for the browser.
//!
//! - Which characters are combining marks, and which can make text not NFC:
//!   compact range tables generated from unicode-normalization
//!   (`unicode_tables.rs`, checked by `tests/unicode_tables.rs`).
//! - NFC itself. Vietnamese letters with Vietnamese marks, in any order and
//!   however half-composed, are composed here, from the vowel table of
//!   `letters.rs`. Anything else (other marks, other scripts) goes to the
//!   platform's complete implementation: unicode-normalization natively, and
//!   `String.prototype.normalize` in the browser, which already holds
//!   Unicode's composition data — shipping the same tables again would make
//!   the module half as big again (about 125 KB before compression). Both
//!   implement UAX #15, so native and browser output agree.

use super::letters::{Letter, Shape, Tone, letter};
use super::unicode_tables::{COMBINING_MARKS, NOT_NFC_QUICK_YES};

fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let code = c as u32;
    ranges
        .binary_search_by(|&(start, end)| {
            if end < code {
                std::cmp::Ordering::Less
            } else if start > code {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Whether `c` is a combining mark (General_Category=Mark).
pub(crate) fn is_combining_mark(c: char) -> bool {
    // Most text is ASCII and Vietnamese letters, which are not marks.
    (c as u32) >= 0x300 && in_ranges(&COMBINING_MARKS, c)
}

/// Whether `text` may not be NFC. `false` means it certainly is: no
/// character whose NFC_Quick_Check is No or Maybe, and no two combining
/// marks in a row (whose order NFC might change).
pub(crate) fn may_need_nfc(text: &str) -> bool {
    let mut previous_is_mark = false;
    text.chars().any(|c| {
        if (c as u32) < 0x300 {
            previous_is_mark = false;
            return false;
        }
        let is_mark = is_combining_mark(c);
        let doubtful = in_ranges(&NOT_NFC_QUICK_YES, c) || (is_mark && previous_is_mark);
        previous_is_mark = is_mark;
        doubtful
    })
}

/// `text` in Unicode Normalization Form C.
pub(crate) fn nfc(text: &str) -> String {
    vietnamese_nfc(text).unwrap_or_else(|| {
        // Composed by Unicode's rules, what the Vietnamese composition
        // turned down as a whole (`U` + U+0302 is `Û`, no Vietnamese
        // letter) leaves the Vietnamese letters after it composed too, in
        // any order of their marks (`ó` + U+0302 is `ố`), as the next pass
        // would compose them.
        let composed = platform_nfc(text);
        vietnamese_nfc(&composed).unwrap_or(composed)
    })
}

/// `text` composed (decomposed letters, as some scrapes come, included)
/// and in small letters: how labels and names are compared.
pub(crate) fn lower_case(text: &str) -> String {
    nfc(text).chars().map(super::to_lower).collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn platform_nfc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc().collect()
}

#[cfg(target_arch = "wasm32")]
fn platform_nfc(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFC").into()
}

/// NFC of text whose only marks are Vietnamese ones on letters that take
/// them: the shapes of ă â ê ô ơ ư and the five tones (with the deprecated
/// U+0340/U+0341 read as grave and acute). `None` for anything else.
fn vietnamese_nfc(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut pending: Option<Letter> = None;
    for c in text.chars() {
        let mark = match c {
            '\u{340}' => Some('\u{300}'),
            '\u{341}' => Some('\u{301}'),
            _ if is_combining_mark(c) => Some(c),
            _ => None,
        };
        match (mark, pending.as_mut()) {
            (Some(mark), Some(letter)) => apply(letter, mark)?,
            (Some(_), None) => return None,
            (None, _) => {
                if let Some(done) = pending.take() {
                    out.push(done.to_char());
                }
                if in_ranges(&NOT_NFC_QUICK_YES, c) {
                    return None;
                }
                match letter(c) {
                    Some(found) => pending = Some(found),
                    None => out.push(c),
                }
            }
        }
    }
    if let Some(done) = pending {
        out.push(done.to_char());
    }
    Some(out)
}

/// Adds a Vietnamese mark to a letter; `None` when it is not one, or the
/// letter cannot take it (a second tone, a shape on the wrong vowel).
fn apply(letter: &mut Letter, mark: char) -> Option<()> {
    if let Some(shape) = Shape::from_mark(mark) {
        if letter.shape != Shape::Plain || !shape.fits(letter.base) {
            return None;
        }
        letter.shape = shape;
        return Some(());
    }
    let tone = Tone::from_mark(mark)?;
    if letter.tone.is_some() || !letter.is_vowel() {
        return None;
    }
    letter.tone = Some(tone);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn composes_vietnamese_as_nfc_does() {
        for text in [
            "Vie\u{323}\u{302}t Nam",
            "nghê\u{323}",
            "thua\u{302}\u{323}t",
            "Ca\u{341} Ta\u{340}u",
            "NGƯ\u{300}Ơ\u{300}I",
            "đa\u{306}\u{301}t",
        ] {
            assert_eq!(
                vietnamese_nfc(text),
                Some(text.nfc().collect::<String>()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn leaves_other_marks_to_the_platform() {
        for text in [
            "n\u{303}",
            "a\u{308}",
            "e\u{301}\u{301}",
            "\u{301}a",
            "\u{212B}",
            "가\u{11A8}",
        ] {
            assert_eq!(vietnamese_nfc(text), None, "{text:?}");
            assert_eq!(nfc(text), text.nfc().collect::<String>(), "{text:?}");
        }
    }

    #[test]
    fn composes_vietnamese_letters_beside_what_the_platform_composes() {
        // `Û` is no Vietnamese letter; the `ố` after it is composed all the
        // same, its marks in either order, and once composed it stays so.
        for text in [
            "U\u{302}o\u{301}\u{302}",
            "U\u{302}\u{f3}\u{302}",
            "\u{db}o\u{302}\u{301}",
        ] {
            assert_eq!(nfc(text), "\u{db}\u{1ed1}", "{text:?}");
            assert_eq!(nfc(&nfc(text)), nfc(text), "{text:?}");
        }
        // A mark nothing composes keeps the letters as Unicode composes them.
        assert_eq!(nfc("\u{db}\u{301}o\u{301}\u{302}"), "\u{db}\u{301}\u{f3}\u{302}");
    }

    #[test]
    fn knows_when_text_is_nfc() {
        for text in [
            "Việt Nam",
            "hello",
            "東京",
            "a\u{301}",
            "x\u{346}\u{329}",
            "\u{2126}",
        ] {
            let is_nfc = unicode_normalization::is_nfc(text);
            assert!(may_need_nfc(text) || is_nfc, "{text:?}");
        }
        assert!(!may_need_nfc("Việt Nam, 東京, hello"));
    }
}
