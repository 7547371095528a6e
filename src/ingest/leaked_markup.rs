//! HTML a scrape left inside its lines (`&quot;`, `<br>`, `</p>`), read
//! as a browser shows it.

use std::borrow::Cow;

use super::{PARAGRAPH_SEPARATOR, holds_words, is_web_address};
use crate::Error;
use crate::article::{breaks_text, image_tag, is_block, tag_name, whole_reference};
use crate::normalize::leaked_nbsp_len;

/// `text` with the HTML a scrape left in its lines read as a browser shows
/// it: character references (`&quot;`, `&amp;`, `&#8211;`) as the
/// characters they stand for, a block's tags (`<p>`, `</div>`, `<li>`) as
/// the end of a paragraph ([`PARAGRAPH_SEPARATOR`]: `<p>A</p><p>B</p>` is
/// two), an `<img>` with a web address as a picture (its address and its
/// alt text, each a paragraph: see [`picture`]), other tags (`<br>`,
/// `</strong>`) left out (`<br>` or a table cell's, a space between
/// words), each line whose markup was read or left out told in
/// `warnings`. Only references written whole (`AT&T` stays) and tags HTML
/// has ([`tag_name`]: `<Hết>` stays). A reference to a line break
/// stays as written, so that lines keep their numbers, and so does
/// `&nbsp;`, which normalisation reads as a space; a line of tags and
/// `&nbsp;` alone is left out later as holding no words.
pub(super) fn without_leaked_markup<'a>(text: &'a str, warnings: &mut Vec<Error>) -> Cow<'a, str> {
    if !text.contains(['&', '<']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if !holds_words(line) && !holds_picture(line) {
            out.push_str(line);
            continue;
        }
        let mut markup: Vec<&str> = Vec::new();
        let mut rest = line;
        while let Some(at) = rest.find(['&', '<']) {
            out.push_str(&rest[..at]);
            // What the markup at `at` reads as, written out; how long it is.
            let len = if rest[at..].starts_with('&') {
                match whole_reference(&rest[at + 1..]) {
                    Some((len, characters))
                        if leaked_nbsp_len(&rest[at..]) == 0 && !characters.contains(['\n', '\r']) =>
                    {
                        out.push_str(&characters);
                        len + 1
                    }
                    _ => 0,
                }
            } else {
                match tag_name(&rest[at..]) {
                    Some((len, name)) => match picture(&name, &rest[at..at + len]) {
                        // A picture: its address, then its alt text, each a
                        // paragraph of its own, as Markdown's are (see
                        // `markdown.rs`); no markup left out.
                        Some((src, alt)) => {
                            for part in [src, alt].iter().filter(|part| !part.is_empty()) {
                                out.push(PARAGRAPH_SEPARATOR);
                                out.push_str(part);
                            }
                            out.push(PARAGRAPH_SEPARATOR);
                            rest = &rest[at + len..];
                            continue;
                        }
                        None => {
                            let between_words = !out.ends_with(char::is_whitespace)
                                && rest[at + len..].starts_with(|c: char| !c.is_whitespace());
                            if is_block(&name) {
                                out.push(PARAGRAPH_SEPARATOR);
                            } else if between_words && breaks_text(&name) {
                                out.push(' ');
                            }
                            len
                        }
                    },
                    None => 0,
                }
            };
            if len == 0 {
                out.push_str(&rest[at..=at]);
                rest = &rest[at + 1..];
                continue;
            }
            let written = &rest[at..at + len];
            if !markup.contains(&written) {
                markup.push(written);
            }
            rest = &rest[at + len..];
        }
        out.push_str(rest);
        if !markup.is_empty() {
            warnings.push(Error::LeakedMarkup {
                line: index + 1,
                markup: markup.into_iter().map(str::to_owned).collect(),
            });
        }
    }
    Cow::Owned(out)
}

/// Whether `line` holds an `<img>` tag with a web address ([`picture`]).
fn holds_picture(line: &str) -> bool {
    line.match_indices('<').any(|(at, _)| {
        tag_name(&line[at..]).is_some_and(|(len, name)| picture(&name, &line[at..at + len]).is_some())
    })
}

/// The address and the alt text (empty when it has none) of the picture
/// `tag`, named `name`, is: an `<img>` whose `src` is a web address, or
/// whose `data-src` (`data-original`, `data-lazy-src`) is, where a page
/// that loads its pictures late keeps it behind a placeholder `src`.
fn picture(name: &str, tag: &str) -> Option<(String, String)> {
    if name != "img" {
        return None;
    }
    let (src, alt) = image_tag(tag)?;
    let src = src
        .map(|src| src.trim().to_owned())
        .filter(|src| is_web_address(src))?;
    Some((src, alt.map(|alt| alt.trim().to_owned()).unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_tag_s_address_and_alt_text() {
        let picture = |tag: &str| picture("img", tag);
        let tag = r#"<img data-x=1 SRC = 'https://x.vn/a.jpg?w=1&amp;h=2' alt="Cổng &quot;A&quot;" hidden/>"#;
        assert_eq!(
            picture(tag),
            Some(("https://x.vn/a.jpg?w=1&h=2".into(), "Cổng \"A\"".into()))
        );
        assert_eq!(
            picture("<img src=https://x.vn/a.png>"),
            Some(("https://x.vn/a.png".into(), String::new()))
        );
        assert_eq!(
            picture(r#"<img src="data:image/gif;base64,R0lG" data-src="https://x.vn/b.jpg" alt="B">"#),
            Some(("https://x.vn/b.jpg".into(), "B".into()))
        );
        for not_one in [
            r#"<img alt="src=no">"#,
            r#"<img src="/a.jpg">"#,
            r#"<img src="unclosed>"#,
        ] {
            assert_eq!(picture(not_one), None, "{not_one}");
        }
    }
}
