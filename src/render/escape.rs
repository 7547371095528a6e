//! Escaping for each place text can go in HTML, and the URL allow-list.
//!
//! The escapes are exactly those of the HTML serialization algorithm
//! (<https://html.spec.whatwg.org/#escapingString>) that browsers apply to
//! `innerHTML`, so the String writer and the DOM writer produce identical
//! markup, byte for byte.

use std::fmt::Write;

/// Escapes `text` for an HTML text node: `&`, `<`, `>` and U+00A0.
///
/// Safe in the content of any element but `script` and `style`, whose
/// text is raw (the crate writes a script's JSON with its `<`, `>` and
/// `&` as `\u` escapes, and no style); in `title` and `textarea` the
/// references it writes are read back as the characters.
pub fn escape_text(out: &mut String, text: &str) {
    escape(out, text, false);
}

/// Escapes `value` for a double-quoted attribute value: `&`, `"`, `<`, `>`
/// and U+00A0.
///
/// Safe only inside `"…"`; URL-valued attributes must also pass [`safe_url`].
pub fn escape_attr(out: &mut String, value: &str) {
    escape(out, value, true);
}

/// Writes `json`, a JSON text, as the content of a `<script>` data block
/// (`type="application/ld+json"`): `<`, `>` and `&` as `\u003c`, `\u003e`
/// and `\u0026`, so that no `</script>` or `<!--` in a string can end or
/// bend the element. In JSON text those characters can only be in strings,
/// where the escapes mean the same characters.
pub(crate) fn escape_json_in_script(out: &mut String, json: &str) {
    let mut written = 0;
    for (at, byte) in json.bytes().enumerate() {
        let escaped = match byte {
            b'<' => "\\u003c",
            b'>' => "\\u003e",
            b'&' => "\\u0026",
            _ => continue,
        };
        out.push_str(&json[written..at]);
        out.push_str(escaped);
        written = at + 1;
    }
    out.push_str(&json[written..]);
}

fn escape(out: &mut String, text: &str, in_attribute: bool) {
    // Byte by byte: every character escaped is ASCII but U+00A0, whose
    // bytes are C2 A0, and C2 never continues another character. The bytes
    // between are passed over by one table lookup each.
    let bytes = text.as_bytes();
    let mut written = 0;
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&byte| MAY_ESCAPE[usize::from(byte)]) {
        at += offset;
        let (start, escaped) = match bytes[at] {
            b'&' => (at, "&amp;"),
            b'<' => (at, "&lt;"),
            b'>' => (at, "&gt;"),
            b'"' if in_attribute => (at, "&quot;"),
            0xA0 if at > 0 && bytes[at - 1] == 0xC2 => (at - 1, "&nbsp;"),
            _ => {
                at += 1;
                continue;
            }
        };
        out.push_str(&text[written..start]);
        out.push_str(escaped);
        at += 1;
        written = at;
    }
    out.push_str(&text[written..]);
}

/// The bytes `escape` may replace: `&`, `<`, `>`, `"` and the last byte of
/// U+00A0.
const MAY_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table[0xA0] = true;
    table
};

/// Schemes a link or image may use. Everything else (`javascript:`,
/// `vbscript:`, `data:`, `file:`…) is refused.
const ALLOWED_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// The URL with surrounding whitespace removed, when it is allowed: http,
/// https, mailto, tel, or relative (including `//host/path`). `None` for
/// every other scheme and for an empty URL.
///
/// The scheme is read the way a browser's URL parser reads it: leading and
/// trailing C0 controls and spaces are ignored, tabs and newlines inside it
/// are removed, and case does not matter, so `" JaVa\tScript:"` is refused.
/// A colon before the first `/`, `?` or `#` makes the text before it a
/// scheme, even when no browser would accept it as one: such URLs are
/// refused rather than guessed at.
pub fn safe_url(url: &str) -> Option<&str> {
    let url = url.trim_matches(|c: char| c <= ' ');
    if url.is_empty() {
        return None;
    }
    let Some(end) = url.find([':', '/', '?', '#']) else {
        return Some(url);
    };
    if !url[end..].starts_with(':') {
        return Some(url);
    }
    let mut scheme = String::with_capacity(end);
    for c in url[..end].chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')) {
        let _ = scheme.write_char(c.to_ascii_lowercase());
    }
    ALLOWED_SCHEMES.contains(&scheme.as_str()).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(input: &str) -> String {
        let mut out = String::new();
        escape_text(&mut out, input);
        out
    }

    fn attr(input: &str) -> String {
        let mut out = String::new();
        escape_attr(&mut out, input);
        out
    }

    #[test]
    fn text_escapes_markup_but_not_quotes() {
        assert_eq!(
            text(r#"<b>"Hà Nội" & 'Huế'</b>"#),
            r#"&lt;b&gt;"Hà Nội" &amp; 'Huế'&lt;/b&gt;"#
        );
        assert_eq!(text("1.800\u{a0}đ"), "1.800&nbsp;đ");
        // Ơ is C6 A0 and ठ is E0 A4 A0: an A0 byte that is not U+00A0.
        assert_eq!(text("Ơ ठ\u{a0}\u{a0}&"), "Ơ ठ&nbsp;&nbsp;&amp;");
    }

    #[test]
    fn attributes_escape_double_quotes_too() {
        assert_eq!(attr(r#"x" onerror="alert(1)"#), "x&quot; onerror=&quot;alert(1)");
        assert_eq!(attr("a<b>&c"), "a&lt;b&gt;&amp;c");
    }

    #[test]
    fn urls_are_allow_listed() {
        for good in [
            "https://dantri.com.vn/a.htm",
            "HTTP://x.vn",
            "mailto:toasoan@example.vn",
            "tel:+84241234567",
            "/tin/1.htm",
            "anh.jpg",
            "//cdn.example.vn/a.jpg",
            "?trang=2",
            "#doan-3",
            "a/b:c",
        ] {
            assert!(safe_url(good).is_some(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "vbscript:msgbox",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "c:\\windows",
            "",
            "  ",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?}");
        }
        assert_eq!(safe_url("  https://x.vn/ \n"), Some("https://x.vn/"));
    }
}
