//! The tokens of a paragraph's HTML, read as the WHATWG tokenizer reads
//! them: text with its character references decoded, start and end tags,
//! and comments, doctypes and processing instructions skipped.
//!
//! Written here rather than taken from a crate: a document tokenizer
//! (html5gum until this file) was the largest part of the wasm module, about
//! 170 KB of 600, for states (doctype identifiers, CDATA, script escapes)
//! whose content only ever becomes text or nothing in a paragraph. What is
//! simpler here than in the specification is said where it happens, with why
//! a reader cannot see the difference.
//!
//! Every step moves forward through the input and no search starts again
//! from an earlier place, so time grows with the input, not faster.

use std::borrow::Cow;

use super::references;
use super::style_attribute::StyleSet;

/// One token of a paragraph's HTML.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// Text, its character references decoded. Consecutive pieces of one run
    /// of text may come as several tokens.
    Text(Cow<'a, str>),
    /// A start tag: its name in lower case, its `href` and its `lang`, the
    /// attributes the paragraph subset reads (the first of each, as in
    /// HTML), and the styles of the subset its `style` gives; the columns
    /// and rows a table's cell spans (`colspan="2"`); and the attributes of
    /// an `<img>`, a `<source>`, a player and an `<ol>`.
    Start {
        name: String,
        href: Option<String>,
        lang: Option<String>,
        styles: StyleSet,
        span: Span,
        attributes: Option<Box<Attributes>>,
    },
    /// An end tag's name in lower case (its attributes mean nothing).
    End(String),
    /// Markup that is still open at the end of the input: a tag (which
    /// browsers drop) or a comment (which hides the rest). Ends the tokens.
    Unclosed(&'a str),
}

/// The attributes of an `<img>` or a `<source>` that a figure reads, of
/// a player (or an element a script makes a post) that an embed reads, of
/// an `<ol>` that a list reads, and of a `<script>` (its `src`), their
/// character references decoded (the first of each name, as HTML keeps).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Attributes {
    pub(super) src: Option<String>,
    pub(super) alt: Option<String>,
    pub(super) width: Option<String>,
    pub(super) height: Option<String>,
    pub(super) srcset: Option<String>,
    pub(super) sizes: Option<String>,
    /// `type`: a `<source>`'s format (`image/avif`), how an `<ol>` counts
    /// (`1`, `a`, `i`), or what a VCCorp `<div>` holds (`VideoStream`).
    pub(super) kind: Option<String>,
    /// A `<source>`'s media query: another crop of the picture, for
    /// screens it matches.
    pub(super) media: Option<String>,
    /// An `<ol>`'s first number.
    pub(super) start: Option<String>,
    /// What a player (`<iframe>`, `<video>`, `<audio>`) shows, and the
    /// picture a `<video>` shows until it plays (VCCorp's video,
    /// `data-thumb`).
    pub(super) title: Option<String>,
    pub(super) poster: Option<String>,
    /// The classes of a `<div>`, a `<p>`, a `<figure>` or a
    /// `<blockquote>`, and the address of the post or video its site's
    /// script fills it in with (`<div class="fb-post" data-href="…">`,
    /// `<blockquote class="tiktok-embed" cite="…">`, VCCorp's `<div
    /// type="VideoStream" data-vid="…">`).
    pub(super) class: Option<String>,
    pub(super) post: Option<String>,
    /// Where a page that loads its pictures late keeps the picture's
    /// address until it comes into view (`data-src`, `data-original`,
    /// `data-lazy-src`), its `src` a placeholder meanwhile.
    pub(super) lazy_src: Option<String>,
    /// The same for `srcset` (`data-srcset`, `data-lazy-srcset`).
    pub(super) lazy_srcset: Option<String>,
    /// The picture's size as a content system notes it beside an empty
    /// `width` and `height` (`data-width`, `data-height`; VCCorp's system,
    /// which many Vietnamese papers run on, `w` and `h`).
    pub(super) data_width: Option<String>,
    pub(super) data_height: Option<String>,
    /// What a `<meta>` of a page's microdata says (`itemprop="width"
    /// content="680"`): a figure's `ImageObject` notes the picture's size so.
    pub(super) itemprop: Option<String>,
    pub(super) content: Option<String>,
}

impl Attributes {
    /// Keeps `value` as the attribute `name`'s, if it is one of these
    /// that no earlier one of the name (or of another name for the same)
    /// has given.
    fn read(&mut self, name: &str, value: &str) {
        let fields: [(&[&str], &mut Option<String>); 19] = [
            (&["src"], &mut self.src),
            (&["alt"], &mut self.alt),
            (&["width"], &mut self.width),
            (&["height"], &mut self.height),
            (&["srcset"], &mut self.srcset),
            (&["sizes"], &mut self.sizes),
            (&["type"], &mut self.kind),
            (&["media"], &mut self.media),
            (&["start"], &mut self.start),
            (&["title"], &mut self.title),
            (&["poster", "data-thumb"], &mut self.poster),
            (&["class"], &mut self.class),
            (
                &["data-href", "cite", "data-instgrm-permalink", "data-vid"],
                &mut self.post,
            ),
            (
                &["data-src", "data-original", "data-lazy-src"],
                &mut self.lazy_src,
            ),
            (&["data-srcset", "data-lazy-srcset"], &mut self.lazy_srcset),
            (&["data-width", "w"], &mut self.data_width),
            (&["data-height", "h"], &mut self.data_height),
            (&["itemprop"], &mut self.itemprop),
            (&["content"], &mut self.content),
        ];
        // Compared in either case, as the tokenizer's other attributes are:
        // no lower-case copy of each name.
        if let Some((_, field)) = fields
            .into_iter()
            .find(|(names, _)| names.iter().any(|known| name.eq_ignore_ascii_case(known)))
            && field.is_none()
        {
            *field = Some(references::decode(value, true));
        }
    }
}

/// The columns and rows a table's cell spans, read as HTML reads its
/// `colspan` and `rowspan`: 1 when absent or not a number; `colspan` 1 to
/// 1000, `rowspan` 0 to 65534, where 0 means "to the end of the rows'
/// group".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Span {
    pub(super) columns: u16,
    pub(super) rows: u16,
}

impl Span {
    /// The span of a cell with these `colspan` and `rowspan` values (the
    /// first of each name, as HTML keeps).
    fn of(colspan: Option<&str>, rowspan: Option<&str>) -> Span {
        use crate::article::Cell;
        let read = |value: Option<&str>, max: u16| {
            // Capped, so within u16.
            value
                .and_then(non_negative_integer)
                .map(|n| n.min(u32::from(max)) as u16)
        };
        Span {
            columns: read(colspan, Cell::MAX_COLSPAN).filter(|&n| n > 0).unwrap_or(1),
            rows: read(rowspan, Cell::MAX_ROWSPAN).unwrap_or(1),
        }
    }
}

/// HTML's "rules for parsing non-negative integers": spaces, an optional
/// `+`, then digits, read as far as they go (`2px` is 2); `None` without a
/// digit. Past `u32::MAX` it stays there, being capped after anyway.
pub(super) fn non_negative_integer(value: &str) -> Option<u32> {
    let value = value.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let digits = value.strip_prefix('+').unwrap_or(value);
    let length = digits.bytes().take_while(u8::is_ascii_digit).count();
    (length > 0).then(|| {
        digits.bytes().take(length).fold(0u32, |number, digit| {
            number.saturating_mul(10).saturating_add(u32::from(digit - b'0'))
        })
    })
}

/// Elements whose content is text up to their end tag, as the tree builder
/// switches the tokenizer for them; `true` where references are decoded in
/// it (RCDATA). `<script>` is raw text whose end the tokenizer's escaped
/// states decide (see [`script_end`]). The text of those a browser does
/// not show ([`hides_text`]) is passed over.
const RAW_TEXT_ELEMENTS: [(&str, bool); 10] = [
    ("script", false),
    ("style", false),
    ("xmp", false),
    ("iframe", false),
    ("noembed", false),
    ("noframes", false),
    ("noscript", false),
    ("textarea", true),
    ("title", true),
    ("plaintext", false),
];

/// Whether the element `tag` (in small letters) holds raw text or RCDATA
/// ([`RAW_TEXT_ELEMENTS`]): no markup.
pub(super) fn holds_raw_text(tag: &str) -> bool {
    RAW_TEXT_ELEMENTS.iter().any(|(name, _)| *name == tag)
}

/// Whether a browser leaves out what the element `tag` (in small letters)
/// holds: a script's code, a style sheet, a title (of the document, not
/// the article), and the fallbacks of `<noscript>` (shown only where
/// scripts are off), `<iframe>`, `<noembed>` and `<noframes>` (shown only
/// by browsers that have no frames). It is no text of the page, and the
/// tokens pass it over; the element's tags still come, so that a reader
/// can say what was left out.
pub(crate) fn hides_text(tag: &str) -> bool {
    matches!(
        tag,
        "script" | "style" | "title" | "noscript" | "iframe" | "noembed" | "noframes"
    )
}

/// The tokens of `html`, in order.
#[derive(Clone)]
pub(super) struct Tokens<'a> {
    html: &'a str,
    at: usize,
    /// Set after a start tag of [`RAW_TEXT_ELEMENTS`]: its name, and
    /// whether references are decoded in its text.
    raw_text_of: Option<(&'static str, bool)>,
}

impl<'a> Tokens<'a> {
    pub(super) fn new(html: &'a str) -> Self {
        Tokens {
            html,
            at: 0,
            raw_text_of: None,
        }
    }

    /// Where in the HTML the next token begins (in bytes).
    pub(super) fn offset(&self) -> usize {
        self.at
    }

    /// The next token, with where in the HTML it begins (in bytes).
    pub(super) fn next_at(&mut self) -> Option<(usize, Token<'a>)> {
        let at = self.at;
        self.next().map(|token| (at, token))
    }

    /// The text of the raw text element just opened, up to its end tag (or
    /// to the end: `<plaintext>` has none).
    fn raw_text(&mut self, element: &'static str, decode: bool) -> Option<Token<'a>> {
        let rest = &self.html[self.at..];
        let end = match element {
            "plaintext" => None,
            "script" => script_end(rest),
            _ => end_tag_at(rest, element),
        }
        .unwrap_or(rest.len());
        self.at += end;
        let text = &rest[..end];
        match (text.is_empty() || hides_text(element), decode) {
            (true, _) => None,
            (false, true) => Some(Token::Text(Cow::Owned(references::decode(text, false)))),
            (false, false) => Some(Token::Text(Cow::Borrowed(text))),
        }
    }

    /// Reads what starts with `<` at `self.at`; `None` when it is skipped
    /// (a comment, a doctype, `</>`).
    fn markup(&mut self) -> Option<Token<'a>> {
        let rest = &self.html[self.at..];
        let bytes = rest.as_bytes();
        match bytes.get(1) {
            Some(b'!') => self.declaration(rest),
            Some(b'?') => self.skip_bogus_comment(rest, 1),
            Some(b'/') => match bytes.get(2) {
                Some(letter) if letter.is_ascii_alphabetic() => self.tag(rest, 2, true),
                Some(b'>') => {
                    self.at += 3;
                    None
                }
                Some(_) => self.skip_bogus_comment(rest, 2),
                None => self.text(2),
            },
            Some(letter) if letter.is_ascii_alphabetic() => self.tag(rest, 1, false),
            _ => self.text(1),
        }
    }

    /// `<!--…-->`, `<!DOCTYPE…>`, `<![CDATA[…]]>` and other `<!…>`.
    fn declaration(&mut self, rest: &'a str) -> Option<Token<'a>> {
        let Some(body) = rest.strip_prefix("<!--") else {
            // Doctypes, CDATA outside SVG and MathML, and any other `<!`
            // end at the first `>`.
            return self.skip_bogus_comment(rest, 2);
        };
        // `<!-->` and `<!--->` are empty comments.
        let end = match (body.as_bytes(), comment_end(body)) {
            ([b'>', ..], _) => 1,
            ([b'-', b'>', ..], _) => 2,
            (_, Some(end)) => end,
            (_, None) => return self.unclosed(rest),
        };
        self.at += 4 + end;
        None
    }

    /// Markup that is read as a comment up to the next `>`.
    fn skip_bogus_comment(&mut self, rest: &'a str, from: usize) -> Option<Token<'a>> {
        match rest[from..].find('>') {
            Some(end) => {
                self.at += from + end + 1;
                None
            }
            None => self.unclosed(rest),
        }
    }

    /// A tag whose name starts at `rest[name_at..]`, with its attributes.
    fn tag(&mut self, rest: &'a str, name_at: usize, is_end: bool) -> Option<Token<'a>> {
        let bytes = rest.as_bytes();
        let mut at = name_at
            + until(&bytes[name_at..], |byte| {
                is_space(byte) || matches!(byte, b'/' | b'>')
            });
        let name = lower_case(&rest[name_at..at]);
        let (mut href, mut lang, mut style) = (None, None, None);
        let (mut colspan, mut rowspan) = (None, None);
        let mut attributes = (matches!(
            name.as_str(),
            "img"
                | "source"
                | "ol"
                | "iframe"
                | "video"
                | "audio"
                | "div"
                | "section"
                | "aside"
                | "blockquote"
                | "p"
                | "meta"
                | "figure"
                | "script"
        ) && !is_end)
            .then(Box::<Attributes>::default);
        loop {
            at += bytes[at..].iter().take_while(|byte| is_space(**byte)).count();
            match bytes.get(at) {
                None => return self.unclosed(rest),
                Some(b'>') => break,
                // `/` before `>` makes the tag self-closing, which means
                // nothing for the elements of a paragraph; elsewhere it is
                // read past.
                Some(b'/') => {
                    at += 1;
                    continue;
                }
                Some(_) => {}
            }
            // A name may begin with `=`; it ends before space, `/`, `>`, `=`.
            let name_start = at;
            at += 1 + until(&bytes[at + 1..], |byte| {
                is_space(byte) || matches!(byte, b'/' | b'>' | b'=')
            });
            let attribute = &rest[name_start..at];
            at += bytes[at..].iter().take_while(|byte| is_space(**byte)).count();
            let has_value = bytes.get(at) == Some(&b'=');
            if has_value {
                at += 1;
                at += bytes[at..].iter().take_while(|byte| is_space(**byte)).count();
            }
            let value = match bytes.get(at) {
                _ if !has_value => "",
                None => return self.unclosed(rest),
                Some(&quote @ (b'"' | b'\'')) => {
                    let Some(length) = bytes[at + 1..].iter().position(|byte| *byte == quote) else {
                        return self.unclosed(rest);
                    };
                    at += length + 2;
                    &rest[at - length - 1..at - 1]
                }
                // `<a href=>` has an empty value; the `>` ends the tag.
                Some(b'>') => "",
                Some(_) => {
                    let start = at;
                    at += until(&bytes[at..], |byte| is_space(byte) || byte == b'>');
                    &rest[start..at]
                }
            };
            // Only the first `href` counts; other values are not decoded.
            if href.is_none() && !is_end && attribute.eq_ignore_ascii_case("href") {
                href = Some(references::decode(value, true));
            }
            if lang.is_none() && !is_end && attribute.eq_ignore_ascii_case("lang") {
                lang = Some(references::decode(value, true));
            }
            if style.is_none() && !is_end && attribute.eq_ignore_ascii_case("style") {
                style = Some(StyleSet::from_attribute(&references::decode(value, true)));
            }
            if attribute.eq_ignore_ascii_case("colspan") {
                colspan.get_or_insert(value);
            } else if attribute.eq_ignore_ascii_case("rowspan") {
                rowspan.get_or_insert(value);
            } else if let Some(attributes) = attributes.as_mut() {
                attributes.read(attribute, value);
            }
        }
        self.at += at + 1;
        if is_end {
            return Some(Token::End(name));
        }
        self.raw_text_of = RAW_TEXT_ELEMENTS
            .into_iter()
            .find(|(element, _)| *element == name);
        let span = Span::of(colspan, rowspan);
        Some(Token::Start {
            name,
            href,
            lang,
            styles: style.unwrap_or_default(),
            span,
            attributes,
        })
    }

    fn text(&mut self, length: usize) -> Option<Token<'a>> {
        let text = &self.html[self.at..self.at + length];
        self.at += length;
        Some(Token::Text(Cow::Borrowed(text)))
    }

    fn unclosed(&mut self, rest: &'a str) -> Option<Token<'a>> {
        self.at = self.html.len();
        Some(Token::Unclosed(rest))
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = &self.html[self.at..];
            let token = if let Some((element, decode)) = self.raw_text_of.take() {
                self.raw_text(element, decode)
            } else {
                match rest.as_bytes().first()? {
                    b'<' => self.markup(),
                    b'&' => {
                        let mut decoded = String::new();
                        match references::read(&rest[1..], false, &mut decoded) {
                            Some(length) => {
                                self.at += 1 + length;
                                Some(Token::Text(Cow::Owned(decoded)))
                            }
                            None => self.text(1),
                        }
                    }
                    _ => self.text(until(rest.as_bytes(), |byte| matches!(byte, b'<' | b'&'))),
                }
            };
            if token.is_some() {
                return token;
            }
        }
    }
}

/// Where the comment whose text begins `body` ends, after its `-->` or
/// `--!>`. One scan: looking for each ending apart would read to the end of
/// the input for every comment that uses the other.
fn comment_end(body: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    let mut from = 0;
    while let Some(found) = body[from..].find("--") {
        let after = from + found + 2;
        match (bytes.get(after), bytes.get(after + 1)) {
            (Some(b'>'), _) => return Some(after + 1),
            (Some(b'!'), Some(b'>')) => return Some(after + 2),
            _ => from = after - 1,
        }
    }
    None
}

/// Where the end tag of `element` starts in `text`: `</` and its name in any
/// case, then space, `/` or `>`.
fn end_tag_at(text: &str, element: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find("</") {
        let at = from + found;
        if names(&text.as_bytes()[at + 2..], element) {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// Where the end tag of a script's text starts, as the tokenizer's script
/// data states find it. After `<!--` the script is escaped: a `<script`
/// there begins a double-escaped part, in which `</script>` ends only that
/// part; `-->` ends the escaping. So `<!--<script></script>` leaves the
/// script open, and the rest of the paragraph is its text.
fn script_end(text: &str) -> Option<usize> {
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    const TAG: usize = "script".len() + 1; // the name and the character after it
    let bytes = text.as_bytes();
    let mut state = State::Data;
    // `-` read in a row: two, then `>`, end the escaping.
    let mut dashes = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let rest = &bytes[at..];
        let end_tag = rest.starts_with(b"</") && names(&rest[2..], "script");
        let start_tag = byte == b'<' && names(&rest[1..], "script");
        match state {
            State::Data | State::Escaped if end_tag => return Some(at),
            State::Data if rest.starts_with(b"<!--") => {
                (state, dashes, at) = (State::Escaped, 2, at + 4);
                continue;
            }
            State::Escaped if start_tag => {
                (state, dashes, at) = (State::DoubleEscaped, 0, at + 1 + TAG);
                continue;
            }
            State::DoubleEscaped if end_tag => {
                (state, dashes, at) = (State::Escaped, 0, at + 2 + TAG);
                continue;
            }
            State::Escaped | State::DoubleEscaped if byte == b'>' && dashes >= 2 => state = State::Data,
            _ => {}
        }
        dashes = if byte == b'-' { dashes + 1 } else { 0 };
        at += 1;
    }
    None
}

/// Whether `bytes` begin with the tag name `element`, in any case, followed
/// by space, `/` or `>`.
fn names(bytes: &[u8], element: &str) -> bool {
    let name_end = element.len();
    bytes
        .get(..name_end)
        .is_some_and(|name| name.eq_ignore_ascii_case(element.as_bytes()))
        && bytes
            .get(name_end)
            .is_some_and(|&byte| is_space(byte) || matches!(byte, b'/' | b'>'))
}

/// How many bytes come before the first that `stop` accepts (all, if none).
/// The stops are ASCII, so the count always ends on a character boundary.
fn until(bytes: &[u8], stop: impl Fn(u8) -> bool) -> usize {
    bytes.iter().position(|&byte| stop(byte)).unwrap_or(bytes.len())
}

/// HTML's space characters inside tags: tab, line feed, form feed, carriage
/// return and space.
fn is_space(byte: u8) -> bool {
    matches!(byte, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn lower_case(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c == '\0' {
                char::REPLACEMENT_CHARACTER
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(html: &str) -> Vec<Token<'_>> {
        Tokens::new(html).collect()
    }

    fn text(text: &str) -> Token<'_> {
        Token::Text(Cow::Borrowed(text))
    }

    fn start(name: &str, href: Option<&str>) -> Token<'static> {
        Token::Start {
            name: name.into(),
            href: href.map(Into::into),
            lang: None,
            styles: StyleSet::default(),
            span: Span::of(None, None),
            attributes: None,
        }
    }

    /// A `<script>`'s start tag without attributes: its `src` is read.
    fn script_start() -> Token<'static> {
        let mut token = start("script", None);
        if let Token::Start { attributes, .. } = &mut token {
            *attributes = Some(Box::default());
        }
        token
    }

    #[test]
    fn the_styles_of_the_first_style_of_a_start_tag() {
        let [Token::Start { styles, .. }, ..] =
            &tokens("<span STYLE='font-weight:&#x62;old' style='font-style: italic'>Hà Nội</span>")[..]
        else {
            panic!("a start tag");
        };
        assert_eq!(*styles, StyleSet::from_attribute("font-weight: bold"));
        assert!(!styles.is_empty());
    }

    #[test]
    fn the_first_lang_of_a_start_tag() {
        let [Token::Start { lang, .. }, ..] = &tokens("<span LANG='en-GB' lang=fr>Hello</span>")[..] else {
            panic!("no start tag");
        };
        assert_eq!(lang.as_deref(), Some("en-GB"));
    }

    #[test]
    fn tags_attributes_and_text() {
        assert_eq!(
            tokens("Xem <A HREF = '/tin?a=1&amp;b=2' title=\"x > y\" href=/khac>bài</a >."),
            [
                text("Xem "),
                start("a", Some("/tin?a=1&b=2")),
                text("bài"),
                Token::End("a".into()),
                text("."),
            ]
        );
        assert_eq!(
            tokens("<a href=/tin>x</a><a title=a href>y<br/><b/>"),
            [
                start("a", Some("/tin")),
                text("x"),
                Token::End("a".into()),
                start("a", Some("")),
                text("y"),
                start("br", None),
                start("b", None),
            ]
        );
        assert_eq!(tokens("<a\nhref=\"x\"/>"), [start("a", Some("x"))]);
        assert_eq!(tokens("<a href=\"x\"title=y>"), [start("a", Some("x"))]);
    }

    #[test]
    fn less_than_signs_that_open_nothing_are_text() {
        assert_eq!(
            tokens("a < b <3 <"),
            [
                text("a "),
                text("<"),
                text(" b "),
                text("<"),
                text("3 "),
                text("<")
            ]
        );
    }

    #[test]
    fn comments_doctypes_and_bogus_comments_are_skipped() {
        assert_eq!(
            tokens("a<!-- x --> b<!---->c<!-->d<!--->e<!-- y --!>f<!DOCTYPE html>g<?php x ?>h</>i</ x>j"),
            [
                text("a"),
                text(" b"),
                text("c"),
                text("d"),
                text("e"),
                text("f"),
                text("g"),
                text("h"),
                text("i"),
                text("j")
            ]
        );
        assert_eq!(tokens("a<![CDATA[x]]>b"), [text("a"), text("b")]);
    }

    #[test]
    fn markup_open_at_the_end_is_reported() {
        assert_eq!(
            tokens("a <a href=\"/x"),
            [text("a "), Token::Unclosed("<a href=\"/x")]
        );
        assert_eq!(tokens("a <!-- b"), [text("a "), Token::Unclosed("<!-- b")]);
        assert_eq!(tokens("a <b"), [text("a "), Token::Unclosed("<b")]);
        assert_eq!(tokens("a <!DOCTYPE"), [text("a "), Token::Unclosed("<!DOCTYPE")]);
        assert_eq!(tokens("a </ b"), [text("a "), Token::Unclosed("</ b")]);
        assert_eq!(tokens("a </"), [text("a "), text("</")]);
    }

    #[test]
    fn raw_text_elements_keep_their_content_as_text() {
        assert_eq!(
            tokens("<xmp>if (a<b) x('</b>')</XMP >z"),
            [
                start("xmp", None),
                text("if (a<b) x('</b>')"),
                Token::End("xmp".into()),
                text("z"),
            ]
        );
        assert_eq!(
            tokens("<textarea>&amp;<b></textarea>"),
            [
                start("textarea", None),
                Token::Text(Cow::Owned("&<b>".into())),
                Token::End("textarea".into())
            ]
        );
        assert_eq!(
            tokens("<plaintext></plaintext>x"),
            [start("plaintext", None), text("</plaintext>x")]
        );
    }

    #[test]
    fn what_a_browser_does_not_show_is_passed_over() {
        assert_eq!(
            tokens("<script>if (a<b) x('</b>')</SCRIPT >z"),
            [script_start(), Token::End("script".into()), text("z")]
        );
        assert_eq!(
            tokens("<title>&amp;<b></title>"),
            [start("title", None), Token::End("title".into())]
        );
        assert_eq!(tokens("<style>a{}"), [start("style", None)]);
        assert_eq!(
            tokens("<noscript><img src=\"a.jpg\"></noscript>b"),
            [start("noscript", None), Token::End("noscript".into()), text("b")]
        );
    }

    #[test]
    fn a_script_ends_where_its_escaped_parts_let_it() {
        // `<!--<script>` opens a part that its own `</script>` closes: the
        // text after the script's end is what shows.
        let script = |after: &'static str| {
            let mut expected = vec![script_start()];
            if !after.is_empty() {
                expected.extend([Token::End("script".into()), text(after)]);
            }
            expected
        };
        assert_eq!(tokens("<script><!--<script></script>x"), script(""));
        assert_eq!(tokens("<script><!--<script></script>--></script>y"), script("y"));
        assert_eq!(tokens("<script><!--></script>z"), script("z"));
        assert_eq!(tokens("<script><!--<scripts></script>w"), script("w"));
    }

    #[test]
    fn references_in_text() {
        let decoded: String = Tokens::new("1.800&nbsp;đ &amp &x")
            .map(|token| match token {
                Token::Text(text) => text.into_owned(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(decoded, "1.800\u{a0}đ & &x");
    }
}
