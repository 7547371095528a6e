//! HTML written into plain text as typed characters: the character
//! references and tags a scrape or a content system's export leaves in
//! words that are not read as HTML (`&quot;Tôi&quot;`, `<br>`, `</p>`).

use super::{breaks_text, references::whole_reference};
use crate::normalize::leaked_nbsp_len;

/// The length of the HTML tag `text` starts with (`<br>`, `<br/>`, `</p>`,
/// `<div class="x">`): a name of ASCII letters and digits, then its end or
/// its attributes; 0 when it starts with none (`<Hết>` is a word).
pub(crate) fn tag_len(text: &str) -> usize {
    let Some(rest) = text.strip_prefix('<') else {
        return 0;
    };
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let after_name = &rest[name_len..];
    let named = rest.starts_with(|c: char| c.is_ascii_alphabetic())
        && after_name.starts_with(|c: char| c == '>' || c == '/' || c.is_ascii_whitespace());
    match after_name.find(['<', '>']) {
        Some(end) if named && after_name[end..].starts_with('>') => text.len() - after_name.len() + end + 1,
        _ => 0,
    }
}

/// The HTML tag `text` starts with ([`tag_len`]) when its name is one HTML
/// has for a news page's text (a block's, [`breaks_text`], or an inline
/// element's: `b`, `strong`, `span`, `img`…), in small letters: how long
/// it is, and its name.
pub(crate) fn tag_name(text: &str) -> Option<(usize, String)> {
    const INLINE_TAGS: &[&str] = &[
        "a", "b", "strong", "i", "em", "u", "span", "font", "img", "sup", "sub", "small",
    ];
    let len = tag_len(text);
    let name: String = text[1..len.max(1)]
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (len > 0 && (breaks_text(&name) || INLINE_TAGS.contains(&name.as_str()))).then_some((len, name))
}

/// The HTML typed into the plain `text`, as written, each once, in order:
/// its character references written whole (`&quot;`, `&#8220;`; not the
/// `&T` of `AT&T`, nor `&nbsp;`, which normalisation reads as the space it
/// stands for) and its tags HTML has ([`tag_name`]: `<b>`, `</p>`; not
/// `<Hết>`). A reader sees them as typed.
pub(crate) fn markup_in(text: &str) -> Vec<String> {
    let mut markup: Vec<String> = Vec::new();
    for (at, c) in text.match_indices(['&', '<']) {
        let rest = &text[at..];
        let len = match c {
            "&" if leaked_nbsp_len(rest) == 0 => whole_reference(&rest[1..]).map_or(0, |(len, _)| len + 1),
            "<" => tag_name(rest).map_or(0, |(len, _)| len),
            _ => 0,
        };
        if len > 0 && !markup.iter().any(|seen| *seen == rest[..len]) {
            markup.push(rest[..len].to_owned());
        }
    }
    markup
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_tags_typed_into_text() {
        assert_eq!(
            markup_in("Ông nói: &quot;Tôi&quot; &amp; <b>đậm</b><br/>AT&T, <Hết>, 5 < 6 &nbsp;"),
            ["&quot;", "&amp;", "<b>", "</b>", "<br/>"]
        );
        assert!(markup_in("Giá 5 > 3, H&M").is_empty());
    }
}
