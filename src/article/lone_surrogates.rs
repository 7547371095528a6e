//! Lone UTF-16 surrogates in JSON's `\u` escapes: `"…ngày hội \ud83c"`.
//!
//! A character beyond the Basic Multilingual Plane (most emoji) is written
//! in JSON as two escapes, a surrogate pair (`\ud83c\udf89`). A text cut by
//! UTF-16 code units — JavaScript's `slice`, a CMS shortening a sapo to 160
//! characters — can keep one half and lose the other, and
//! `JSON.stringify` and Python's `json.dumps` then write that half alone.
//! It is no character, so a strict JSON reader (`serde_json` among them)
//! refuses the whole text: one cut emoji would blank the article. Here each
//! lone half is read as U+FFFD (�), the replacement character, as
//! `TextDecoder` reads a broken byte, and reported where it stands.
//!
//! Written by hand: `serde_json` has no lenient mode for strings, and the
//! scan below is all that is needed, run only on JSON it has refused.

use std::ops::Range;

/// The byte ranges of the `\uXXXX` escapes inside `json`'s strings that are
/// half of a surrogate pair without the other half, in order.
pub(super) fn find(json: &str) -> Vec<Range<usize>> {
    let bytes = json.as_bytes();
    let mut lone = Vec::new();
    let mut in_string = false;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => {
                in_string = !in_string;
                at += 1;
            }
            b'\\' if in_string => match surrogate_at(bytes, at) {
                Some(Half::High) if surrogate_at(bytes, at + ESCAPE_LEN) == Some(Half::Low) => {
                    at += 2 * ESCAPE_LEN;
                }
                Some(_) => {
                    lone.push(at..at + ESCAPE_LEN);
                    at += ESCAPE_LEN;
                }
                // Any other escape, `\"` and `\\` among them: the escaped
                // byte is not the string's end nor another escape's start.
                None => at += 2,
            },
            _ => at += 1,
        }
    }
    lone
}

/// `json` with each of the `lone` escapes ([`find`]) written as `\ufffd`:
/// the same length, so that every other place keeps its line and column.
pub(super) fn replaced(json: &str, lone: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(json.len());
    let mut from = 0;
    for escape in lone {
        out.push_str(&json[from..escape.start]);
        out.push_str("\\ufffd");
        from = escape.end;
    }
    out.push_str(&json[from..]);
    out
}

/// The length of a `\uXXXX` escape, in bytes.
pub(super) const ESCAPE_LEN: usize = 6;

/// Which half of a surrogate pair an escape writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Half {
    /// U+D800 to U+DBFF, the first.
    High,
    /// U+DC00 to U+DFFF, the second.
    Low,
}

/// The half of a surrogate pair the escape at `bytes[at..]` writes, if it is
/// a `\u` escape of one.
fn surrogate_at(bytes: &[u8], at: usize) -> Option<Half> {
    let [b'\\', b'u', hex @ ..] = bytes.get(at..at + ESCAPE_LEN)? else {
        return None;
    };
    let unit = hex.iter().try_fold(0u16, |unit, &digit| {
        let value = char::from(digit).to_digit(16)?;
        Some(unit << 4 | value as u16)
    })?;
    match unit {
        0xD800..=0xDBFF => Some(Half::High),
        0xDC00..=0xDFFF => Some(Half::Low),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lone(json: &str) -> Vec<&str> {
        find(json).into_iter().map(|range| &json[range]).collect()
    }

    #[test]
    fn finds_the_halves_without_their_pair() {
        assert_eq!(lone(r#"{"sapo": "Ngày hội \ud83c"}"#), [r"\ud83c"]);
        assert_eq!(lone(r#"{"sapo": "\udf89 vui"}"#), [r"\udf89"]);
        // A high half before another pair, and two high halves in a row.
        assert_eq!(
            lone(r#"["\uD83C\uD83C\uDF89", "\ud83c\ud83c"]"#),
            [r"\uD83C", r"\ud83c", r"\ud83c"]
        );
        // In a key too.
        assert_eq!(lone(r#"{"\udc00": 1}"#), [r"\udc00"]);
    }

    #[test]
    fn leaves_pairs_other_escapes_and_text_outside_strings_alone() {
        for json in [
            r#"{"title": "\ud83c\udf89 Tết"}"#,
            r#"{"title": "\u00e0 \u1ea1 \uFFFD"}"#,
            // An escaped backslash, then the letters `ud83c`.
            r#"{"title": "C:\\ud83c"}"#,
            // An escaped quote does not end the string.
            r#"{"title": "\"\ud83c\udf89\""}"#,
            r#"{"title": "\u+83c \ud83"}"#,
            r#"{"title": "cut \"#,
        ] {
            assert_eq!(lone(json), Vec::<&str>::new(), "{json}");
        }
    }

    #[test]
    fn replaces_each_lone_half_keeping_every_place() {
        let json = r#"{"title": "a\ud83c", "sapo": "\udf89b\ud83c\udf89"}"#;
        let repaired = replaced(json, &find(json));
        assert_eq!(repaired, r#"{"title": "a\ufffd", "sapo": "\ufffdb\ud83c\udf89"}"#);
        assert_eq!(repaired.len(), json.len());
    }
}
