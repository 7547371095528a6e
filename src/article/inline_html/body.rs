//! A paragraph's HTML that holds several blocks, as a content system keeps
//! an article's body (paragraphs, subheadings, pictures, lists, quotes,
//! tables): cut at its top-level elements, so that each is read as the
//! block it is rather than the whole as one paragraph of lines.

use std::borrow::Cow;
use std::ops::Range;

use super::embed::loads_posts;
use super::tokens::{Token, Tokens, hides_text, holds_raw_text};
use super::{MAX_DEPTH, VOID_ELEMENTS, is_block, is_formatting, is_html_space};

/// An element open around what is being read: its name, and where its
/// start tag is in the HTML.
type OpenTag = (String, Range<usize>);

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
    /// The start tags of the inline elements open around the piece
    /// ([`is_inline`]: styles, links, `<span>`), outermost first, in which a
    /// browser shows its words: those of an element around it
    /// (`<em><p>…</p></em>`, `<del><p>…</p></del>`, `<a
    /// href="/tin-khac.htm"><h3>…</h3></a>`), and the emphasis, struck
    /// words and links a block before it left open (`<p><b>…</p><p>…`),
    /// which a browser's parser opens again in the blocks after until their
    /// end tag (HTML's reconstruction of the active formatting elements).
    pub(in crate::article) around: Vec<Range<usize>>,
    /// The end tags in the piece that a browser ignores, a block standing
    /// between them and their start tag, which stops a browser's search
    /// for it but for emphasis and links: `<mark><p>a</mark> b</p>`, `b`
    /// is highlighted.
    pub(in crate::article) ignored: Vec<Range<usize>>,
}

impl Piece {
    /// The HTML of `part` of the piece (its `inner`, its `outer`) in
    /// `html`, inside the inline elements open around it but those it
    /// holds (the link an `outer` begins with: `<a href="…"><img …></a>`).
    pub(in crate::article) fn styled<'h>(&self, html: &'h str, part: Range<usize>) -> Cow<'h, str> {
        let around = || (self.around.iter()).filter(|tag| tag.start < part.start);
        if around().next().is_none() && !self.ignored.iter().any(|ignored| part.contains(&ignored.start)) {
            return Cow::Borrowed(&html[part]);
        }
        let mut styled: String = around().map(|tag| &html[tag.clone()]).collect();
        let mut at = part.start;
        for ignored in (self.ignored.iter()).filter(|ignored| part.contains(&ignored.start)) {
            styled.push_str(&html[at..ignored.start]);
            // A comment for it, which keeps the text on each side apart
            // (`&#x111</span>a` is `đa`, not `&#x111a`).
            styled.push_str("<!---->");
            at = ignored.end;
        }
        styled.push_str(&html[at..part.end]);
        Cow::Owned(styled)
    }

    /// Where each level of blocks begins in the HTML [`Piece::styled`]
    /// makes of `part`, given where each begins in `html` (`levels`: see
    /// [`pieces`]): each start tag written before `part` at the level of
    /// blocks it was opened at, what `part` holds one level deeper, inside
    /// the piece's element.
    pub(in crate::article) fn levels(&self, levels: &[usize], part: &Range<usize>) -> Vec<usize> {
        let mut styled_levels = Vec::with_capacity(levels.len() + 1);
        let mut at = 0;
        for tag in (self.around.iter()).filter(|tag| tag.start < part.start) {
            let level = level_of(levels, tag);
            styled_levels.resize(level.max(styled_levels.len()), at);
            at += tag.len();
        }
        styled_levels.resize(levels.len() + 1, at);
        styled_levels
    }
}

/// The level of blocks the element whose start tag is at `tag` was opened
/// at, given where each level begins ([`pieces`]): 0 outside every block.
fn level_of(levels: &[usize], tag: &Range<usize>) -> usize {
    levels.partition_point(|&begins| begins <= tag.start)
}

/// Elements read as blocks at the top level besides [`is_block`]'s: a
/// picture standing alone, a table.
fn begins_block(name: &str) -> bool {
    is_block(name) || matches!(name, "img" | "table" | "picture")
}

/// A top-level element being read.
struct Element {
    name: String,
    /// Where its start tag begins (or the link around it: `<a href="…"><img
    /// …>`), and where its content does.
    outer: usize,
    inner: usize,
    /// The inline elements open around it, and where the start tags are
    /// of those among them a parser ended early from inside it
    /// ([`adopt`]), which hold its words before that, and no more.
    around: Vec<OpenTag>,
    ended: Vec<usize>,
    /// The end tags in it that a browser ignores ([`Piece::ignored`]).
    ignored: Vec<Range<usize>>,
    /// The elements open inside it, by name.
    open: Vec<String>,
}

impl Element {
    /// Ends the last `name` open around the element early, from inside it
    /// ([`adopt`]): its words so far stay in it, and the parser closes
    /// the elements open in it but the blocks among them.
    fn adopt(&mut self, name: &str, levels: &[usize]) {
        if let Some(at) = adopt(&mut self.around, &self.ended, name, false, levels) {
            self.ended.push(self.around[at].1.start);
            self.open.retain(|open| is_special(open));
        }
    }

    /// The piece it is, ending at `outer_end` and its content at
    /// `inner_end`.
    fn piece(self, outer_end: usize, inner_end: usize) -> Piece {
        Piece {
            element: Some(self.name),
            outer: self.outer..outer_end,
            inner: self.inner..inner_end,
            around: tags(&self.around),
            ignored: self.ignored,
        }
    }
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
/// paragraph's line. Each piece notes the inline elements open around it
/// ([`Piece::around`]).
///
/// When `html` is what a block holds, written inside the start tags of the
/// inline elements open around the block ([`Piece::styled`]), `levels`
/// says where in it each level of blocks begins ([`Piece::levels`]): the
/// start tags before the first were opened outside every block around,
/// those before the second inside the outermost, and so on; what comes
/// after the last is inside the innermost. A browser's parser ends an
/// element opened outside blocks level by level ([`adopt`]). Empty for an
/// article's field.
pub(in crate::article) fn pieces(html: &str, levels: &[usize], max: usize) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    // The start of the loose text being read, whether it has any and the
    // inline elements open around it; the element being read.
    let mut loose: Option<(usize, bool, Vec<OpenTag>)> = None;
    let mut element: Option<Element> = None;
    // The inline elements open around what comes next, and the formatting
    // elements the element being read opened and did not end, which go on
    // after it.
    let mut around: Vec<OpenTag> = Vec::new();
    let mut formatting: Vec<OpenTag> = Vec::new();
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
                    end_tag(&mut around, name);
                    continue;
                }
                Token::Text(text) if text.trim_matches(is_html_space).is_empty() => link_to_close = true,
                _ => {}
            }
        }
        // A block inside a paragraph ends the paragraph, at the top level
        // and inside an element; a picture is in its line.
        if let Token::Start { name: starting, .. } = &token
            && ends_paragraph(starting)
        {
            if element.as_ref().is_some_and(|element| element.name == "p")
                && let Some(paragraph) = element.take()
            {
                pieces.push(paragraph.piece(before, before));
                carry(&mut around, &mut formatting);
            } else if let Some(element) = &mut element
                && let Some(at) = element.open.iter().rposition(|open| open == "p")
            {
                element.open.truncate(at);
            }
        }
        match (&mut element, token) {
            (None, Token::Start { name, .. }) if begins_block(&name) => {
                let begins = link_at.take().unwrap_or(before);
                link_to_close = begins < before;
                if let Some((start, true, styles)) = loose.take() {
                    pieces.push(piece(None, start..begins, start..begins, &styles));
                }
                if VOID_ELEMENTS.contains(&name.as_str()) {
                    pieces.push(piece(Some(name), begins..after, after..after, &around));
                } else {
                    element = Some(Element {
                        name,
                        outer: begins,
                        inner: after,
                        ended: Vec::new(),
                        around: around.clone(),
                        ignored: Vec::new(),
                        open: Vec::new(),
                    });
                }
            }
            (None, Token::Text(text)) if text.trim_matches(is_html_space).is_empty() => {}
            // What a browser does not show is a piece too, so that what
            // was left out is reported.
            (None, token) => {
                let (_, has_text, _) = loose.get_or_insert_with(|| (before, false, around.clone()));
                // A link with other elements between it and the block is
                // around the block ([`Piece::around`]).
                match &token {
                    Token::Start { name, .. } if name == "a" => link_at = Some(before),
                    Token::Text(_) | Token::Start { .. } | Token::End(_) => link_at = None,
                    Token::Unclosed(_) => {}
                }
                match &token {
                    Token::Start { name, .. } if is_inline(name) => {
                        // A link inside another closes it.
                        if name == "a" {
                            end_tag(&mut around, name);
                        }
                        if around.len() < MAX_DEPTH {
                            around.push((name.clone(), before..after));
                        }
                    }
                    Token::End(name) => end_tag(&mut around, name),
                    _ => {}
                }
                *has_text |= match &token {
                    Token::Text(_) => true,
                    Token::Start { name, .. } => hides_text(name) && !loads_posts(&token),
                    _ => false,
                };
            }
            (Some(element), Token::Start { name: starting, .. }) => {
                // Formatting a table's cell opens ends with the cell (HTML's
                // markers in the list of active formatting elements).
                let in_table = element.name == "table" || element.open.iter().any(|open| open == "table");
                // A link inside another closes it, and what was opened in
                // it but blocks.
                if starting == "a" {
                    end_tag(&mut formatting, &starting);
                    if let Some(at) = element.open.iter().rposition(|open| open == "a") {
                        let mut index = 0;
                        element.open.retain(|open| {
                            index += 1;
                            index <= at || is_special(open)
                        });
                    }
                    element.adopt(&starting, levels);
                    adopt(&mut around, &[], &starting, true, levels);
                }
                if is_formatting(&starting) && !in_table && formatting.len() < MAX_DEPTH {
                    formatting.push((starting.clone(), before..after));
                }
                if !VOID_ELEMENTS.contains(&starting.as_str()) {
                    element.open.push(starting);
                }
            }
            (Some(reading), Token::End(ending)) => {
                let had_formatting = formatting.len();
                end_tag(&mut formatting, &ending);
                match reading.open.iter().rposition(|open| *open == ending) {
                    // A browser's search for the start tag of an inline
                    // element but a formatting one stops at a block
                    // (`<span><p>a</span> b</p>`): the end tag is ignored.
                    Some(at)
                        if is_inline(&ending)
                            && !is_formatting(&ending)
                            && reading.open[at + 1..].iter().any(|open| is_special(open)) =>
                    {
                        reading.ignored.push(before..after);
                    }
                    Some(at) => reading.open.truncate(at),
                    None if reading.name == ending => {
                        if let Some(ended) = element.take() {
                            pieces.push(ended.piece(after, before));
                        }
                        carry(&mut around, &mut formatting);
                    }
                    None if formatting.len() < had_formatting => {}
                    // The end of an emphasis or a link open around the
                    // element ends it in the element's words, and after
                    // them (HTML's adoption agency); that of another style
                    // is ignored, the element being one its search for the
                    // start tag stops at.
                    None if is_formatting(&ending) => {
                        reading.adopt(&ending, levels);
                        adopt(&mut around, &[], &ending, true, levels);
                    }
                    None => {
                        if reading.around.iter().any(|(name, _)| *name == ending) {
                            reading.ignored.push(before..after);
                        }
                    }
                }
            }
            (Some(_), _) => {}
        }
        if pieces.len() > max {
            return None;
        }
    }
    if let Some(element) = element {
        pieces.push(element.piece(html.len(), html.len()));
    }
    if let Some((start, true, styles)) = loose {
        pieces.push(piece(None, start..html.len(), start..html.len(), &styles));
    }
    (pieces.len() <= max).then_some(pieces)
}

fn piece(element: Option<String>, outer: Range<usize>, inner: Range<usize>, around: &[OpenTag]) -> Piece {
    Piece {
        element,
        outer,
        inner,
        around: tags(around),
        ignored: Vec::new(),
    }
}

/// Adds the formatting elements an element left open to those `around`
/// what comes after it, as deep as the paragraph reader reads elements
/// ([`MAX_DEPTH`]: deeper, it reports them): a body of thousands of blocks
/// after thousands of `<b>`s is read in linear time.
fn carry(around: &mut Vec<OpenTag>, formatting: &mut Vec<OpenTag>) {
    formatting.truncate(MAX_DEPTH.saturating_sub(around.len()));
    around.append(formatting);
}

/// Whether the start tag of `name` ends a paragraph open before it: a
/// block's, a table's and an `<xmp>`'s do.
fn ends_paragraph(name: &str) -> bool {
    is_block(name) || matches!(name, "table" | "xmp")
}

/// Where the start tags of the elements `open` are.
fn tags(open: &[OpenTag]) -> Vec<Range<usize>> {
    open.iter().map(|(_, tag)| tag.clone()).collect()
}

/// Whether the element `name` is a block or a table's cell, which HTML
/// counts among its special elements.
fn is_special(name: &str) -> bool {
    is_block(name) || matches!(name, "td" | "th")
}

/// Whether the element `name` is an inline one that holds words and
/// markup: one of the subset's (`<b>`, `<a>`), or another (`<span>`,
/// `<font>`), which holds the words of blocks inside it as well (in the
/// language it names), and whose end tag closes what was opened in it
/// (`<span><del></span>`).
fn is_inline(name: &str) -> bool {
    !is_special(name) && !VOID_ELEMENTS.contains(&name) && !hides_text(name) && !holds_raw_text(name)
}

/// Takes what a browser's parser takes off the elements `around` a block
/// when it ends their last `name`, a formatting element, early from inside
/// the block (its end tag, an `<a>` inside a link; HTML's adoption
/// agency): the block is moved out of the elements opened after it, its
/// words keeping the three formatting elements nearest it at most (`<a
/// href="/x"><sup><p>chữ<a href="/y">`: `chữ` is linked, and no
/// superscript). For the block's own words, `name` stays (they were in
/// it); for what comes after, it ends (`ends`). Those `ended` so before
/// (the positions of their start tags) are neither searched nor counted:
/// the parser closed them. Where `name` is.
///
/// When blocks stand between `name` and the block (`levels`: `<b><a
/// href="/x"><div><i><s><p>chữ</b>`), the parser moves each out of what was
/// opened between it and the block or the `name` before it, one at a time,
/// outermost first: each keeps the three formatting elements nearest it
/// (`<a>` is kept, by the `<div>`, and so are `<i>` and `<s>`, by the
/// `<p>`).
fn adopt(
    around: &mut Vec<OpenTag>,
    ended: &[usize],
    name: &str,
    ends: bool,
    levels: &[usize],
) -> Option<usize> {
    const KEPT_NEAREST: usize = 3;
    let open = |(_, tag): &OpenTag| !ended.contains(&tag.start);
    let at = around
        .iter()
        .rposition(|element| element.0 == name && open(element))?;
    // Whether each element after it is kept: one ended before, or a
    // formatting element among the three nearest the block its level of
    // blocks ends with, counted from that block up.
    let mut kept = vec![true; around.len() - at];
    let (mut nearer, mut level) = (0, usize::MAX);
    for index in (at + 1..around.len()).rev().filter(|&index| open(&around[index])) {
        let its_level = level_of(levels, &around[index].1);
        if its_level < level {
            (nearer, level) = (0, its_level);
        }
        nearer += 1;
        kept[index - at] = is_formatting(&around[index].0) && nearer <= KEPT_NEAREST;
    }
    kept[0] = !ends;
    let mut index = 0;
    around.retain(|_| {
        index += 1;
        index <= at || kept[index - 1 - at]
    });
    Some(at)
}

/// Takes the last of the elements `open` that the end tag `name` ends off
/// them, and the elements opened after it but formatting ones, which a
/// browser's parser opens again before the next words.
fn end_tag(open: &mut Vec<OpenTag>, name: &str) {
    if let Some(at) = open.iter().rposition(|(open, _)| open == name) {
        open.remove(at);
        let mut index = 0;
        open.retain(|(open, _)| {
            index += 1;
            index <= at || is_formatting(open)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each piece's element and inner HTML.
    fn read(html: &str) -> Vec<(Option<&str>, &str)> {
        (pieces(html, &[], 100).unwrap().into_iter())
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
    fn a_piece_is_read_inside_the_inline_elements_open_around_it() {
        // The end tag of the `<mark>` ignored, as a browser ignores it:
        // what follows is highlighted too.
        let html = "<em><p>a</p></em><p><b>b</p><p>c</b>d</p><mark><p>e</mark>f</p><span lang=en><h2>g";
        let read: Vec<String> = (pieces(html, &[], 100).unwrap().iter())
            .map(|piece| piece.styled(html, piece.inner.clone()).into_owned())
            .collect();
        assert_eq!(
            read,
            [
                "<em>a",
                "<b>b",
                "<b>c</b>d",
                "<mark>e<!---->f",
                "<mark><span lang=en>g"
            ]
        );
    }

    #[test]
    fn an_element_ended_inside_a_block_in_a_block_ends_level_by_level() {
        // The `<div>` keeps the link, nearest it above the `<b>`; the `<p>`
        // keeps the italics and the struck words, nearest it in the `<div>`.
        let html = "<b><a href=\"/x\"><div><i><s><span><p></b>chữ</p></div>";
        let outer = pieces(html, &[], 100).unwrap();
        let [div] = outer.as_slice() else {
            panic!("one piece: {outer:?}")
        };
        let inner = div.styled(html, div.inner.clone());
        let levels = div.levels(&[], &div.inner);
        assert_eq!(levels, ["<b><a href=\"/x\">".len()]);
        let inner_pieces = pieces(&inner, &levels, 100).unwrap();
        let [paragraph] = inner_pieces.as_slice() else {
            panic!("one piece: {inner_pieces:?}")
        };
        assert_eq!(
            paragraph.styled(&inner, paragraph.inner.clone()),
            "<b><a href=\"/x\"><i><s></b>chữ"
        );
    }

    #[test]
    fn misnested_and_unclosed_elements_end_as_a_browser_ends_them() {
        assert_eq!(
            read("<div><span>a</div><p>b"),
            [(Some("<div><span>a</div>"), "<span>a"), (Some("<p>b"), "b")]
        );
        assert_eq!(pieces("<p>a</p><p>b <a href=\"x", &[], 100), None);
        assert_eq!(pieces("<p>a</p><p>b</p><p>c</p>", &[], 2), None);
    }
}
