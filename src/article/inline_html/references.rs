//! Character references (`&amp;`, `&nbsp`, `&#233;`, `&#xE9;`), read as the
//! WHATWG tokenizer reads them: the longest name that matches, the legacy
//! names that need no semicolon, and numbers repaired as browsers repair
//! them.
//!
//! Written here rather than taken from a crate: the crates that decode HTML
//! entities store the 2,231 names as tables of string pointers, perfect-hash
//! maps or one match arm per name, two to five times the bytes of the packed
//! table in `references_table.rs`, and the wasm module goes to every reader.

use super::references_table::{ENTRIES, NAMES, SECOND_POINTS};

/// The longest name, `CounterClockwiseContourIntegral;`.
const LONGEST_NAME: usize = 32;
/// The longest name that needs no semicolon (`frac12`, `middot`…).
const LONGEST_LEGACY_NAME: usize = 6;

/// Reads the character reference just after an `&`: appends what it stands
/// for to `out` and returns how many bytes of `after_ampersand` it takes, or
/// returns `None` when the `&` is only an ampersand.
///
/// In an attribute value, a legacy name followed by `=` or a letter or digit
/// stays as written (`?a=1&copy=2` is a query string, not `©=2`).
pub(super) fn read(after_ampersand: &str, in_attribute: bool, out: &mut String) -> Option<usize> {
    let bytes = after_ampersand.as_bytes();
    match bytes.first() {
        Some(b'#') => numeric(&bytes[1..], out).map(|length| length + 1),
        _ => named(bytes, in_attribute, out),
    }
}

/// How many bytes after an `&` a character reference written whole takes,
/// its semicolon included (`amp;`, `#8211;`, `#x2014;`): a name HTML knows,
/// or a number. `None` for anything else (`T;` of `AT&T;`).
pub(crate) fn whole_reference_len(after_ampersand: &str) -> Option<usize> {
    whole_reference(after_ampersand).map(|(len, _)| len)
}

/// The character reference written whole just after an `&` (see
/// [`whole_reference_len`]): how many bytes it takes, and what it stands
/// for.
pub(crate) fn whole_reference(after_ampersand: &str) -> Option<(usize, String)> {
    // Read as the tokenizer reads it; whole when it took its semicolon.
    let mut characters = String::new();
    let len = read(after_ampersand, false, &mut characters)?;
    (after_ampersand.as_bytes()[len - 1] == b';').then_some((len, characters))
}

/// `text` with its character references decoded.
pub(crate) fn decode(text: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(ampersand) = rest.find('&') {
        out.push_str(&rest[..ampersand]);
        rest = &rest[ampersand + 1..];
        match read(rest, in_attribute, &mut out) {
            Some(length) => rest = &rest[length..],
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

fn named(bytes: &[u8], in_attribute: bool, out: &mut String) -> Option<usize> {
    let run = bytes
        .iter()
        .take(LONGEST_NAME)
        .take_while(|byte| byte.is_ascii_alphanumeric())
        .count();
    if bytes.get(run) == Some(&b';')
        && let Some(index) = find(&bytes[..=run])
    {
        push(index, out);
        return Some(run + 1);
    }
    for length in (2..=run.min(LONGEST_LEGACY_NAME)).rev() {
        if let Some(index) = find(&bytes[..length]) {
            let next = bytes.get(length);
            if in_attribute && next.is_some_and(|byte| *byte == b'=' || byte.is_ascii_alphanumeric()) {
                return None;
            }
            push(index, out);
            return Some(length);
        }
    }
    None
}

/// The index of `name` in the table (binary search over the sorted names).
fn find(name: &[u8]) -> Option<usize> {
    let (mut low, mut high) = (0, ENTRIES.len());
    while low < high {
        let middle = (low + high) / 2;
        match name_at(middle).cmp(name) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return Some(middle),
        }
    }
    None
}

fn name_end(entry: u32) -> usize {
    (entry & 0x7fff) as usize
}

fn name_at(index: usize) -> &'static [u8] {
    let start = index
        .checked_sub(1)
        .map_or(0, |previous| name_end(ENTRIES[previous]));
    &NAMES.as_bytes()[start..name_end(ENTRIES[index])]
}

fn push(index: usize, out: &mut String) {
    out.extend(char::from_u32(ENTRIES[index] >> 15));
    if let Ok(second) = SECOND_POINTS.binary_search_by_key(&index, |&(at, _)| usize::from(at)) {
        out.extend(char::from_u32(u32::from(SECOND_POINTS[second].1)));
    }
}

/// `&#…;` after its `#`: decimal, or hexadecimal after `x`; the semicolon may
/// be missing. Without a digit, nothing is a reference (`&#` stays text).
fn numeric(bytes: &[u8], out: &mut String) -> Option<usize> {
    let (radix, prefix) = match bytes.first() {
        Some(b'x' | b'X') => (16, 1),
        _ => (10, 0),
    };
    let digits = bytes[prefix..]
        .iter()
        .map_while(|byte| char::from(*byte).to_digit(radix))
        .fold((0u32, 0usize), |(value, count), digit| {
            // Past U+10FFFF every value means the same: U+FFFD.
            ((value * radix + digit).min(0x11_0000), count + 1)
        });
    let (value, count) = digits;
    if count == 0 {
        return None;
    }
    out.push(code_point(value));
    let semicolon = usize::from(bytes.get(prefix + count) == Some(&b';'));
    Some(prefix + count + semicolon)
}

/// What a numeric reference shows, after the tokenizer's repairs: U+FFFD for
/// zero, surrogates and numbers past Unicode; the C1 controls as the
/// windows-1252 characters that pages in that encoding meant.
fn code_point(value: u32) -> char {
    /// U+0080 to U+009F as windows-1252 reads those bytes; 0 where it has no
    /// character (the control is kept).
    const WINDOWS_1252: [u16; 32] = [
        0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
        0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
        0x0153, 0, 0x017e, 0x0178,
    ];
    let value = match value {
        0x80..=0x9f => match WINDOWS_1252[(value - 0x80) as usize] {
            0 => value,
            mapped => u32::from(mapped),
        },
        _ => value,
    };
    // Zero, surrogates and values past U+10FFFF are not characters.
    char::from_u32(value)
        .filter(|&c| c != '\0')
        .unwrap_or(char::REPLACEMENT_CHARACTER)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(text: &str) -> String {
        decode(text, false)
    }

    #[test]
    fn the_table_is_whole_and_sorted() {
        assert_eq!(ENTRIES.len(), 2231);
        assert!((1..ENTRIES.len()).all(|index| name_at(index - 1) < name_at(index)));
        assert!((0..ENTRIES.len()).all(|index| char::from_u32(ENTRIES[index] >> 15).is_some()));
        assert!((0..ENTRIES.len()).all(|index| name_at(index).len() <= LONGEST_NAME));
        let legacy = (0..ENTRIES.len()).filter(|&index| !name_at(index).ends_with(b";"));
        assert_eq!(legacy.clone().count(), 106);
        assert!(
            legacy
                .clone()
                .all(|index| name_at(index).len() <= LONGEST_LEGACY_NAME)
        );
    }

    #[test]
    fn whole_references_are_known_names_or_numbers_with_their_semicolon() {
        for (after, len) in [
            ("amp;M", Some(4)),
            ("quot;Được", Some(5)),
            ("#8211; ", Some(6)),
            ("#x2014;", Some(7)),
        ] {
            assert_eq!(whole_reference_len(after), len, "{after}");
        }
        for after in ["T;", "amp", "amp M", "#;", "#x;", "#12a;", ";", ""] {
            assert_eq!(whole_reference_len(after), None, "{after}");
        }
    }

    #[test]
    fn names_with_and_without_semicolons() {
        assert_eq!(
            decoded("Giá 1.800&nbsp;đ &amp; &lt;b&gt;"),
            "Giá 1.800\u{a0}đ & <b>"
        );
        assert_eq!(
            decoded("&ldquo;Nghị quyết&rdquo; &hellip; 5&ndash;7"),
            "“Nghị quyết” … 5–7"
        );
        assert_eq!(decoded("H&agrave; N&ocirc;̣i &AElig &copy2026"), "Hà Nội Æ ©2026");
        assert_eq!(decoded("&CounterClockwiseContourIntegral;"), "∳");
        assert_eq!(decoded("&NotEqualTilde; &fjlig;"), "\u{2242}\u{338} fj");
    }

    #[test]
    fn the_longest_name_wins_and_unknown_names_stay_text() {
        assert_eq!(decoded("&notin; &notit; &not"), "∉ ¬it; ¬");
        assert_eq!(decoded("&xyz; & ;&; &amp"), "&xyz; & ;&; &");
        assert_eq!(decoded("&"), "&");
    }

    #[test]
    fn attributes_keep_query_strings() {
        assert_eq!(
            decode("/tin?a=1&copy=2&amp;b=3&not", true),
            "/tin?a=1&copy=2&b=3¬"
        );
        assert_eq!(decode("?x&notx", true), "?x&notx");
        assert_eq!(decode("?x&notx", false), "?x¬x");
    }

    #[test]
    fn numbers_are_repaired_as_browsers_repair_them() {
        assert_eq!(decoded("&#273;&#x111;&#X110;&#7871"), "đđĐế");
        assert_eq!(
            decoded("&#0; &#xD800; &#x110000; &#99999999999999999999;"),
            "\u{fffd} \u{fffd} \u{fffd} \u{fffd}"
        );
        assert_eq!(decoded("&#x80;&#150;&#x81;"), "€–\u{81}");
        assert_eq!(decoded("&#; &#x; &#a"), "&#; &#x; &#a");
    }
}
