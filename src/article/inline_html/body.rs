//! A paragraph's HTML that holds several blocks, as a content system keeps
//! an article's body (paragraphs, subheadings, pictures, lists, quotes,
//! tables): cut at its top-level elements, so that each is read as the
//! block it is rather than the whole as one paragraph of lines.

use std::ops::Range;

use super::tokens::{Token, Tokens, hides_text};
use super::{VOID_ELEMENTS, is_block, is_html_space};

/// One top-level piece of the HTML: an element, or the text and inline
/// markup between elements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(in crate::article) struct Piece {
    /// The element's name in small letters; `None` for text and inline
    /// markup outside any block.
    pub(in crate::article) element: Option<String>,
    /// The piece's HTML, the element's tags included.
    pub(in crate::article) outer: Range<usize>,
    /// What is inside the element's tags (the whole piece for text).
    pub(in crate::article) inner: Range<usize>,
}

/// Elements read as blocks at the top level besides [`is_block`]'s: a
/// picture standing alone, a table.
fn begins_block(name: &str) -> bool {
    is_block(name) || matches!(name, "img" | "table" | "picture")
}

/// The top-level pieces of `html`, in order, at most `max` of them;
/// `None` when markup is left open at the end (the paragraph reader
/// reports it) or there are more pieces than `max`. White space between
/// blocks is no piece, nor are tags without text between them (a `<br>`),
/// but for those whose content a browser does not show ([`hides_text`]: a
/// `<script>`), and a link around a block, which is part of the block's
/// piece (`<a href="/tin-khac.htm"><img …></a>`: the page a picture leads
/// to). An element left open at the end runs to the end, and a `<p>` ends
/// where a block or a table begins, as a browser reads them. An `<img>`
/// between blocks is a piece of its own; inside a `<p>` it is part of the
/// paragraph's line.
pub(in crate::article) fn pieces(html: &str, max: usize) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    // The start of the loose text being read and whether it has any, and
    // the element being read with the elements open inside it.
    let mut loose: Option<(usize, bool)> = None;
    let mut element: Option<(String, usize, usize)> = None;
    let mut open: Vec<String> = Vec::new();
    // Where the `<a>` open around what comes next begins, when no text
    // came since; and whether the last piece began with one, whose end tag
    // it then takes in.
    let mut link_at: Option<usize> = None;
    let mut link_to_close = false;
    let mut tokens = Tokens::new(html);
    while let Some((before, token)) = tokens.next_at() {
        let after = tokens.offset();
        if let Token::Unclosed(_) = token {
            return None;
        }
        if element.is_none() && std::mem::take(&mut link_to_close) {
            match &token {
                Token::End(name) if name == "a" => {
                    (pieces.last_mut().into_iter()).for_each(|piece: &mut Piece| piece.outer.end = after);
                    continue;
                }
                Token::Text(text) if text.trim_matches(is_html_space).is_empty() => link_to_close = true,
                _ => {}
            }
        }
        // A block inside a paragraph ends the paragraph; a picture is in
        // its line.
        if let (Some((name, outer, inner)), Token::Start { name: starting, .. }) = (&element, &token)
            && name == "p"
            && (is_block(starting) || starting == "table")
        {
            pieces.push(piece(Some(name.clone()), *outer..before, *inner..before));
            element = None;
        }
        match (&element, token) {
            (None, Token::Start { name, .. }) if begins_block(&name) => {
                let begins = link_at.take().unwrap_or(before);
                link_to_close = begins < before;
                if let Some((start, true)) = loose.take() {
                    pieces.push(piece(None, start..begins, start..begins));
                }
                if VOID_ELEMENTS.contains(&name.as_str()) {
                    pieces.push(piece(Some(name), begins..after, after..after));
                } else {
                    element = Some((name, begins, after));
                    open.clear();
                }
            }
            (None, Token::Text(text)) if text.trim_matches(is_html_space).is_empty() => {}
            // What a browser does not show is a piece too, so that what
            // was left out is reported.
            (None, token) => {
                let (_, has_text) = loose.get_or_insert((before, false));
                match &token {
                    Token::Start { name, .. } if name == "a" => link_at = Some(before),
                    Token::Text(_) | Token::End(_) => link_at = None,
                    _ => {}
                }
                *has_text |= match token {
                    Token::Text(_) => true,
                    Token::Start { name, .. } => hides_text(&name),
                    _ => false,
                };
            }
            (Some(_), Token::Start { name, .. }) => {
                if !VOID_ELEMENTS.contains(&name.as_str()) {
                    open.push(name);
                }
            }
            (Some((name, outer, inner)), Token::End(ending)) => {
                match open.iter().rposition(|open| *open == ending) {
                    Some(at) => open.truncate(at),
                    None if *name == ending => {
                        pieces.push(piece(Some(ending), *outer..after, *inner..before));
                        element = None;
                    }
                    None => {}
                }
            }
            (Some(_), _) => {}
        }
        if pieces.len() > max {
            return None;
        }
    }
    if let Some((name, outer, inner)) = element {
        pieces.push(piece(Some(name), outer..html.len(), inner..html.len()));
    }
    if let Some((start, true)) = loose {
        pieces.push(piece(None, start..html.len(), start..html.len()));
    }
    (pieces.len() <= max).then_some(pieces)
}

fn piece(element: Option<String>, outer: Range<usize>, inner: Range<usize>) -> Piece {
    Piece {
        element,
        outer,
        inner,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each piece's element and inner HTML.
    fn read(html: &str) -> Vec<(Option<&str>, &str)> {
        (pieces(html, 100).unwrap().into_iter())
            .map(|piece| {
                (
                    piece.element.map(|_| &html[piece.outer.clone()]),
                    &html[piece.inner],
                )
            })
            .collect()
    }

    #[test]
    fn a_body_is_cut_at_its_top_level_blocks() {
        let html = "Mở đầu <b>đậm</b>\n<p>Đoạn <i>một</i></p>\n<h2>Tiêu đề</h2><img src=\"a.jpg\" alt=\"\">\
                    <ul><li>Một</li><li><p>Hai</p></li></ul><p>Đoạn hai<div>khối</div>";
        assert_eq!(
            read(html),
            [
                (None, "Mở đầu <b>đậm</b>\n"),
                (Some("<p>Đoạn <i>một</i></p>"), "Đoạn <i>một</i>"),
                (Some("<h2>Tiêu đề</h2>"), "Tiêu đề"),
                (Some("<img src=\"a.jpg\" alt=\"\">"), ""),
                (
                    Some("<ul><li>Một</li><li><p>Hai</p></li></ul>"),
                    "<li>Một</li><li><p>Hai</p></li>"
                ),
                (Some("<p>Đoạn hai"), "Đoạn hai"),
                (Some("<div>khối</div>"), "khối"),
            ]
        );
    }

    #[test]
    fn tags_without_text_between_blocks_are_no_piece() {
        assert_eq!(
            read("<b></b><img src=\"anh.jpg\" alt=\"\"><br><p>Chữ</p>"),
            [
                (Some("<img src=\"anh.jpg\" alt=\"\">"), ""),
                (Some("<p>Chữ</p>"), "Chữ")
            ]
        );
    }

    #[test]
    fn a_link_around_a_block_is_part_of_its_piece() {
        assert_eq!(
            read(
                "<a href=\"/tin.htm\"> <img src=\"a.jpg\" alt=\"\"> </a><p>Chữ</p><a href=\"/b.htm\"><div>Khối</div>x"
            ),
            [
                (
                    Some("<a href=\"/tin.htm\"> <img src=\"a.jpg\" alt=\"\"> </a>"),
                    ""
                ),
                (Some("<p>Chữ</p>"), "Chữ"),
                (Some("<a href=\"/b.htm\"><div>Khối</div>"), "Khối"),
                (None, "x"),
            ]
        );
        // Words before the link's picture are not the picture's.
        assert_eq!(
            read("Xem <a href=\"/tin.htm\">tin <img src=\"a.jpg\" alt=\"\"></a>"),
            [
                (None, "Xem <a href=\"/tin.htm\">tin "),
                (Some("<img src=\"a.jpg\" alt=\"\">"), ""),
            ]
        );
    }

    #[test]
    fn misnested_and_unclosed_elements_end_as_a_browser_ends_them() {
        assert_eq!(
            read("<div><span>a</div><p>b"),
            [(Some("<div><span>a</div>"), "<span>a"), (Some("<p>b"), "b")]
        );
        assert_eq!(pieces("<p>a</p><p>b <a href=\"x", 100), None);
        assert_eq!(pieces("<p>a</p><p>b</p><p>c</p>", 2), None);
    }
}
