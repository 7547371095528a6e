//! A paragraph's HTML that is one picture, as content systems keep one
//! among their paragraphs: CKEditor's and WordPress's
//! `<figure class="image"><img …><figcaption>…</figcaption></figure>`, an
//! older system's photo table (a cell holding the `<img>`, the cell under
//! it the caption), a `<div>` or `<p>` holding an `<img>`; or several side
//! by side. Read as figure blocks: as a paragraph, the pictures would be
//! lost and only their captions kept.

use super::embed::PLAYERS;
use super::tokens::{Attributes, Token, Tokens, hides_text, non_negative_integer};
use super::{VOID_ELEMENTS, breaks_text, collapsed, is_html_space};
use crate::Error;
use crate::article::parse::{Problems, allowed_url, is_image_type, shows_something};
use crate::article::picture_number::without_picture_number;
use crate::article::{Alternative, Candidate, Figure, Image, InlineStyle, Size};
use crate::normalize::nfc;
use crate::photo_credit::{Credits, split_credit_of};
use crate::render::safe_url;
use crate::web_address::leads_to_a_page;

/// Elements that hold a picture and its caption, and say nothing more: the
/// caption is the text after the picture inside the outermost of them.
pub(super) const CONTAINERS: &[&str] = &["figure", "div", "table", "center"];

/// Other elements a picture's HTML may hold: the caption's own, a table's
/// parts, the link around a picture (to another page: [`leads_elsewhere`];
/// to its larger file, the page makes its own), the `<picture>` around it
/// and its other formats' `<source>`s.
pub(super) const PARTS: &[&str] = &[
    "figcaption",
    "caption",
    "p",
    "span",
    "a",
    "br",
    "picture",
    "source",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "colgroup",
    "col",
];

/// What a paragraph's HTML of pictures holds: their figures, but for those
/// with nothing a reader could see or hear (`Error::EmptyFigure` reported
/// for each).
pub(in crate::article) type Pictures = Vec<Figure>;

/// A picture's size as a page's microdata notes it, in the `<meta>`s of
/// its `ImageObject` (`<meta itemprop="width" content="680">`), which
/// systems write beside an `<img>` without `width` and `height`.
#[derive(Default)]
struct Noted {
    width: Option<String>,
    height: Option<String>,
}

impl Noted {
    /// Notes what the `<meta>` of `attributes` says of the size.
    fn read(&mut self, meta: &Attributes) {
        let prop = meta
            .itemprop
            .as_deref()
            .map(|prop| prop.trim_matches(is_html_space));
        match prop {
            Some(prop) if prop.eq_ignore_ascii_case("width") => self.width.clone_from(&meta.content),
            Some(prop) if prop.eq_ignore_ascii_case("height") => self.height.clone_from(&meta.content),
            _ => {}
        }
    }

    /// Gives the size noted to the `<img>` of `attributes`, as the size its
    /// system notes beside it would be, when it has no such note.
    fn give(self, attributes: &mut Attributes) {
        if let (Some(width), Some(height), None, None) = (
            self.width,
            self.height,
            &attributes.data_width,
            &attributes.data_height,
        ) {
            attributes.data_width = Some(width);
            attributes.data_height = Some(height);
        }
    }
}

/// Whether the element `name` sits inside a line: its edges do not part
/// the caption's words as a line break's or a block's do. So do those that
/// show nothing: a script, a style sheet, a fallback ([`hides_text`]), and
/// the `<meta>` and `<link>` of a page's microdata (`<meta itemprop="url"
/// …>` in a `<figure>`).
pub(super) fn is_inline(name: &str) -> bool {
    matches!(name, "a" | "span" | "meta" | "link")
        || InlineStyle::from_tag(name).is_some()
        || (hides_text(name) && !PLAYERS.contains(&name))
}

/// A picture as read so far: its `<img>`'s attributes, the `<source>`s of
/// the `<picture>` around it, the `href` of the link around it, and its
/// caption's lines (a line break and a block's edge end one; the line feeds
/// of the HTML itself are spaces, as in a browser).
struct Read {
    attributes: Box<Attributes>,
    sources: Vec<Attributes>,
    link: Option<String>,
    caption: String,
}

/// The figures `html` is, when it is one `<img>` or several (a content
/// system's pictures side by side, a photo table's row of them) in the
/// elements of [`CONTAINERS`] and [`PARTS`], with no text before the
/// first and, after each, text only inside its outermost container, or
/// after a line break (`<p><img …><br><em>Ảnh: …</em></p>`): its caption,
/// up to the next picture, with the credit it holds set apart. The images'
/// attributes are read as the JSON figure's fields (`src` allow-listed,
/// `alt`, `width` and `height` or the size noted beside them (by the
/// system, or by the page's microdata: [`Noted`]), `srcset`'s widths,
/// `sizes`, the formats of its `<picture>`'s `<source>`s, the page the link
/// around it leads to), and their problems reported under `path`. `None`
/// otherwise, and the paragraph is read as inline HTML.
pub(in crate::article) fn figures(html: &str, path: &str, problems: &mut Problems) -> Option<Pictures> {
    let mut open: Vec<String> = Vec::new();
    let mut pictures: Vec<Read> = Vec::new();
    // The `<source>`s of a `<picture>` before its `<img>`.
    let mut sources: Vec<Attributes> = Vec::new();
    // How many elements were open around the last picture's outermost
    // container when it came: text is its caption while more are.
    let mut caption_while_deeper_than = None;
    // Whether a line break follows the last picture before any text.
    let mut broken_after_image = false;
    // The size a page's microdata notes for the next picture, or the last
    // (`<meta itemprop="width" content="680">` in its `<figure>`).
    let mut noted = Noted::default();
    // The `href` of the link open, if one is.
    let mut link: Option<String> = None;
    for token in Tokens::new(html) {
        let in_caption =
            broken_after_image || caption_while_deeper_than.is_some_and(|depth| open.len() > depth);
        let last = pictures.last_mut();
        match token {
            Token::Text(text) if text.trim_matches(is_html_space).is_empty() => {
                last.into_iter().for_each(|picture| picture.caption.push(' '));
            }
            Token::Text(text) => match last {
                Some(picture) if in_caption => push_caption_words(&mut picture.caption, &text),
                _ => return None,
            },
            Token::Start {
                name,
                href,
                attributes,
                ..
            } => {
                let mut edge = !is_inline(&name);
                if name == "img" {
                    let mut attributes = attributes?;
                    std::mem::take(&mut noted).give(&mut attributes);
                    pictures.push(Read {
                        attributes,
                        sources: std::mem::take(&mut sources),
                        link: link.clone(),
                        caption: String::new(),
                    });
                    caption_while_deeper_than =
                        open.iter().position(|name| CONTAINERS.contains(&name.as_str()));
                    broken_after_image = false;
                    edge = false;
                } else if name == "a" {
                    link = href;
                } else if name == "meta"
                    && let Some(meta) = attributes.as_deref()
                {
                    noted.read(meta);
                } else if name == "source" && open.iter().any(|open| open == "picture") {
                    sources.extend(attributes.map(|source| *source));
                } else if name == "br"
                    && last
                        .as_ref()
                        .is_some_and(|picture| picture.caption.trim_matches(is_html_space).is_empty())
                {
                    broken_after_image = true;
                } else if !(CONTAINERS.contains(&name.as_str())
                    || PARTS.contains(&name.as_str())
                    || is_inline(&name))
                {
                    return None;
                }
                if edge && let Some(picture) = pictures.last_mut() {
                    picture.caption.push('\n');
                }
                if !VOID_ELEMENTS.contains(&name.as_str()) {
                    open.push(name);
                }
            }
            Token::End(name) => {
                if let Some(at) = open.iter().rposition(|open| *open == name) {
                    open.truncate(at);
                }
                if name == "a" {
                    link = None;
                }
                if !is_inline(&name)
                    && let Some(picture) = last
                {
                    picture.caption.push('\n');
                }
            }
            Token::Unclosed(_) => return None,
        }
    }
    noted.give(&mut pictures.last_mut()?.attributes);
    let figure = |read: Read| {
        let (caption, credit) = caption_and_credit(&read.caption, Credits::Picture);
        // A link around the picture to an image file leads to its larger view.
        let larger = (read.link.as_deref())
            .and_then(safe_url)
            .filter(|href| !leads_to_a_page(href));
        let image = read_image(*read.attributes, read.sources, larger, path, problems);
        let link = (read.link.as_deref()).and_then(|href| leads_elsewhere(href, &image));
        if image.src.is_none() && image.alt.trim().is_empty() && caption.is_none() && credit.is_none() {
            problems.push(Error::EmptyFigure { path: path.into() });
            return None;
        }
        Some(Figure {
            image,
            caption,
            credit,
            link,
            lang: None,
        })
    };
    Some(pictures.into_iter().filter_map(figure).collect())
}

/// `html`, a paragraph's words with pictures or players among them (`<p>Đoàn
/// thăm nhà máy. <img …> Sau đó, …</p>`, `<p>Xem clip: <iframe …></iframe></p>`),
/// cut before and after each, so that each is a figure or an embed of its
/// own between the paragraphs of the words around it: as a paragraph, they
/// would be lost. A player's piece runs to its end tag, and a piece in a
/// link is in it too. The words after a cut go on in the emphasis and the
/// link open around it (their start tags repeated), and pieces without
/// words are left out. Not cut at: a picture that
/// [`is_letter`] or without an address to show, which the words keep; nor
/// one inside an element that [`holds_cut`] says keeps it. `None` when
/// there is nothing to cut at, or nothing else to cut away.
pub(in crate::article) fn cut_at_figures(html: &str) -> Option<Vec<String>> {
    let mut pieces = Vec::new();
    // The elements open, each with its start tag's HTML; the words since
    // the last cut, and whether they have any.
    let mut open: Vec<(String, &str)> = Vec::new();
    let mut words = String::new();
    let mut has_words = false;
    let mut tokens = Tokens::new(html);
    while let Some((before, token)) = tokens.next_at() {
        let markup = &html[before..tokens.offset()];
        match token {
            Token::Start {
                name,
                attributes: Some(attributes),
                ..
            } if (name == "img" && is_picture(&attributes) || PLAYERS.contains(&name.as_str()))
                && (open.iter()).all(|(name, _)| holds_cut(name)) =>
            {
                let words_before = std::mem::take(&mut words);
                if std::mem::take(&mut has_words) {
                    pieces.push(words_before);
                }
                if name != "img" {
                    // The player whole, to its end tag.
                    loop {
                        match tokens.next() {
                            Some(Token::End(end)) if end == name => break,
                            Some(Token::Unclosed(_)) => return None,
                            Some(_) => {}
                            None => break,
                        }
                    }
                }
                // A picture in a link leads where the link does: the last
                // opened, as a link's start tag ends the one before.
                let link = open.iter().rposition(|(name, _)| name == "a");
                let mut piece = link.map_or("", |at| open[at].1).to_owned();
                piece.push_str(&html[before..tokens.offset()]);
                if link.is_some() {
                    piece.push_str("</a>");
                }
                pieces.push(piece);
                words.extend(
                    (open.iter().enumerate())
                        .filter(|&(at, (name, _))| Some(at) == link || InlineStyle::from_tag(name).is_some())
                        .map(|(_, (_, tag))| *tag),
                );
                continue;
            }
            // A quotation's marks are words, written as the text a browser
            // shows (`<q>` draws them): a picture cut out of a quotation
            // stands between its two marks, each in the piece of its words.
            Token::Start { name, .. } if name == "q" => {
                words.push_str(super::quote_marks(quotations(&open)).0);
                has_words = true;
                open.push((name, ""));
                continue;
            }
            Token::Start { name, .. } if !VOID_ELEMENTS.contains(&name.as_str()) => {
                // An anchor closes the one open, and what was opened inside
                // it; its emphasis goes on (as the paragraph reader reads it).
                if name == "a"
                    && let Some(at) = open.iter().rposition(|(name, _)| name == "a")
                {
                    has_words |= close_quotes(&open, at, &mut words);
                    let mut element = 0;
                    open.retain(|(name, _)| {
                        let kept = element < at || element > at && super::is_formatting(name);
                        element += 1;
                        kept
                    });
                }
                open.push((name, markup));
            }
            Token::End(name) => {
                if let Some(at) = open.iter().rposition(|(open, _)| *open == name) {
                    has_words |= close_quotes(&open, at, &mut words);
                    open.truncate(at);
                }
                if name == "q" {
                    continue;
                }
            }
            Token::Text(text) => has_words |= !text.trim_matches(is_html_space).is_empty(),
            Token::Start { .. } => {}
            Token::Unclosed(_) => return None,
        }
        words.push_str(markup);
    }
    if pieces.is_empty() {
        return None;
    }
    has_words |= close_quotes(&open, 0, &mut words);
    if has_words {
        pieces.push(words);
    }
    // Nothing cut away: the whole is what it is already.
    (pieces != [html]).then_some(pieces)
}

/// The closing marks of the quotations (`<q>`) among the elements `open`
/// from `from` on, innermost first, added to `words`, as the elements close;
/// whether there were any.
fn close_quotes(open: &[(String, &str)], from: usize, words: &mut String) -> bool {
    let (outside, all) = (quotations(&open[..from]), quotations(open));
    for depth in (outside..all).rev() {
        words.push_str(super::quote_marks(depth).1);
    }
    all > outside
}

/// How many quotations (`<q>`) are among the elements `open`.
fn quotations(open: &[(String, &str)]) -> usize {
    open.iter().filter(|(name, _)| name == "q").count()
}

/// The page the link `href` around the picture `image` leads to (a
/// related story's, a sponsor's), which the figure keeps: not the
/// picture's own file or a larger one (an image file, by its name: the
/// page makes its own link to the largest), nor a place in the page or a
/// script's lightbox (`#`, `javascript:void(0)`, which the allow-list
/// refuses: no page is lost).
fn leads_elsewhere(href: &str, image: &Image) -> Option<String> {
    let href = safe_url(href)?;
    (image.src.as_deref() != Some(href) && leads_to_a_page(href)).then(|| href.to_owned())
}

/// Whether a picture inside the element `name` may be cut out of it: an
/// inline element's (a link's: the picture and the words go on leading
/// where it leads), a `<p>`'s or a `<div>`'s, but not a list's, a cell's
/// or another block's.
fn holds_cut(name: &str) -> bool {
    !breaks_text(name) || matches!(name, "p" | "div")
}

/// `html` with the `<noscript>`s that hold its only pictures opened: a
/// page whose script draws a picture (a lazy-loading plugin's `<div
/// data-bg="…">`) keeps its `<img>` in a `<noscript>` for browsers without
/// scripts, and that copy is the picture to show. A `<noscript>` is opened
/// when it holds pictures alone (no words, which no browser running
/// scripts shows). `None` when a picture shows outside the `<noscript>`s
/// (theirs are its copies), or none holds one.
pub(in crate::article) fn open_noscript_pictures(html: &str) -> Option<String> {
    let mut opened = String::new();
    // How much of `html` is in `opened`, and the `<noscript>` open: where
    // its start tag begins and where it ends.
    let mut copied = 0;
    let mut noscript: Option<(usize, usize)> = None;
    let mut tokens = Tokens::new(html);
    while let Some((before, token)) = tokens.next_at() {
        match token {
            Token::Start {
                name,
                attributes: Some(attributes),
                ..
            } if name == "img" && is_picture(&attributes) => return None,
            Token::Start { name, .. } if name == "noscript" => noscript = Some((before, tokens.offset())),
            Token::End(name) if name == "noscript" => {
                // The token runs over what the element holds to its end
                // tag, the last `</noscript` in it.
                let end_tag = (html.as_bytes()[before..tokens.offset()].windows(b"</noscript".len()))
                    .rposition(|window| window.eq_ignore_ascii_case(b"</noscript"))
                    .map(|at| before + at);
                if let (Some((start, content)), Some(end_tag)) = (noscript.take(), end_tag)
                    && let Some(held) = html.get(content..end_tag)
                    && holds_pictures_alone(held)
                {
                    opened.push_str(&html[copied..start]);
                    opened.push_str(held);
                    copied = tokens.offset();
                }
            }
            _ => {}
        }
    }
    (copied > 0).then(|| opened + &html[copied..])
}

/// Whether `html` is pictures ([`is_picture`]) alone: `<img>`s, and
/// `<picture>`s of `<source>`s and an `<img>`, with nothing else that would
/// change what follows once opened (no words, no other element).
fn holds_pictures_alone(html: &str) -> bool {
    let mut pictures = false;
    for token in Tokens::new(html) {
        match token {
            Token::Text(text) if text.trim_matches(is_html_space).is_empty() => {}
            Token::Start {
                name,
                attributes: Some(attributes),
                ..
            } if name == "img" => pictures |= is_picture(&attributes),
            Token::Start { name, .. } if matches!(name.as_str(), "picture" | "source") => {}
            Token::End(name) if name == "picture" => {}
            _ => return false,
        }
    }
    pictures
}

/// The narrowest or lowest an `<img>` among words may be and still be a
/// picture, in pixels: below, it is drawn in the line (an icon, a smiley).
const MIN_PICTURE_PIXELS: u32 = 100;

/// Whether the `<img>` of `attributes` is a picture of its own among a
/// paragraph's words: one with an address to show (once loaded, see
/// [`as_loaded`]) that [`is_letter`] says is no letter.
fn is_picture(attributes: &Attributes) -> bool {
    let mut attributes = attributes.clone();
    as_loaded(&mut attributes);
    let shows_a_file =
        !is_placeholder(attributes.src.as_deref()) || !is_placeholder(attributes.srcset.as_deref());
    shows_a_file && !is_letter(&attributes)
}

/// Whether the `<img>` of `attributes` is drawn in the line as a letter
/// is: an emoji drawn as an image (WordPress's `class="emoji"`,
/// `wp-smiley`), or an icon or a smiley that a side said to be smaller than
/// [`MIN_PICTURE_PIXELS`] shows. Among words, its text alternative is
/// what it says (`:)`, `😀`, `PDF`).
pub(super) fn is_letter(attributes: &Attributes) -> bool {
    const LETTER_CLASSES: &[&str] = &["emoji", "wp-smiley"];
    let small = |given: &Option<String>, noted: &Option<String>| {
        pixels(given.as_deref())
            .or_else(|| pixels(noted.as_deref()))
            .is_some_and(|pixels| pixels < MIN_PICTURE_PIXELS)
    };
    small(&attributes.width, &attributes.data_width)
        || small(&attributes.height, &attributes.data_height)
        || (attributes.class.as_deref()).is_some_and(|class| {
            class
                .split_ascii_whitespace()
                .any(|name| LETTER_CLASSES.contains(&name))
        })
}

/// Whether `html` opens with an element that holds a caption: a
/// `<figcaption>`, or one whose class says so, as content systems mark the
/// caption they keep beside a picture rather than around it (WordPress's
/// `<p class="wp-caption-text">`, `<div class="PhotoCMS_Caption">`).
pub(in crate::article) fn opens_caption(html: &str) -> bool {
    match Tokens::new(html).next() {
        Some(Token::Start { name, attributes, .. }) => {
            name == "figcaption"
                || (attributes.and_then(|attributes| attributes.class)).is_some_and(|class| {
                    (class.split_ascii_whitespace()).any(|name| {
                        (name.as_bytes().windows(b"caption".len()))
                            .any(|window| window.eq_ignore_ascii_case(b"caption"))
                    })
                })
        }
        _ => false,
    }
}

/// Adds a text of the HTML to a caption's lines: its line feeds are spaces,
/// as in a browser (a line break and a block's edge end a line).
pub(super) fn push_caption_words(caption: &mut String, text: &str) {
    caption.extend(text.chars().map(|c| if c == '\n' { ' ' } else { c }));
}

/// A caption's words (its `lines` apart by `\n`) and the credit among
/// them of what `credits` names (a picture, a video), as a newsroom writes
/// it: its last line when that is one (`Ảnh: TTXVN` under the caption, or
/// all there is), or the credit that ends its text (`… phát biểu. Ảnh:
/// Nhật Bắc`, `… (Ảnh: TTXVN)`; see [`split_credit_of`]). The page sets
/// the credit apart from the caption.
pub(in crate::article) fn caption_and_credit(
    lines: &str,
    credits: Credits,
) -> (Option<String>, Option<String>) {
    // A line of invisible characters alone (`&#8203;`) shows nothing.
    let lines: Vec<String> = (lines.split('\n'))
        .map(collapsed)
        .filter(|line| shows_something(line))
        .collect();
    let words = |lines: &[String]| Some(lines.join(" ")).filter(|words| !words.is_empty());
    if let Some((last, above)) = lines.split_last()
        && let Some(credit) = credits.line(last)
    {
        return (words(above), Some(credit));
    }
    let caption = words(&lines);
    let split = |caption: &str| {
        split_credit_of(&nfc(caption), credits).map(|(caption, credit)| (caption, credit.to_owned()))
    };
    match caption.as_deref().and_then(split) {
        Some((caption, credit)) => (Some(caption), Some(credit)),
        None => (caption, None),
    }
}

/// The image an `<img>`'s attributes describe, as a JSON figure's image
/// fields would (see `parse::figure`), with the problems it has. Its
/// `<picture>`'s `sources` give its files when it has none of its own and
/// one of them is the same picture for every screen in no other format
/// (`<source srcset="a.jpg 1x, a-2.jpg 2x">`, which a browser picks
/// before the `<img>`), and the others its other formats ([`alternative`]);
/// the `larger` file the link around it leads to may be its full-size one
/// ([`thumbnail_and_full_size`]).
fn read_image(
    mut attributes: Attributes,
    sources: Vec<Attributes>,
    larger: Option<&str>,
    path: &str,
    problems: &mut Problems,
) -> Image {
    as_loaded(&mut attributes);
    if is_placeholder(attributes.srcset.as_deref())
        && let Some(plain) = sources.iter().find_map(plain_source)
    {
        attributes.srcset = Some(plain);
    }
    let given = pixels(attributes.width.as_deref()).zip(pixels(attributes.height.as_deref()));
    let noted = pixels(attributes.data_width.as_deref()).zip(pixels(attributes.data_height.as_deref()));
    let size = given.or(noted).map(|(width, height)| Size { width, height });
    let widths = Widths {
        given: given.map(|(width, _)| width),
        src: (attributes.src.as_deref()).and_then(stated_width),
        noted: noted.map(|(width, _)| width),
    };
    let srcset = (attributes.srcset.as_deref())
        .map(|srcset| candidates(srcset, widths, path, problems))
        .unwrap_or_default();
    // A `src` that is there but refused has its own problem; an image
    // given by its `srcset` alone has one.
    let src_given = (attributes.src.as_deref())
        .is_some_and(|src| !src.trim_matches(is_html_space).is_empty())
        || !srcset.is_empty();
    let src = (attributes.src)
        .and_then(|src| url(&src, path, problems))
        .or_else(|| Candidate::widest(&srcset));
    let srcset = match (&src, size) {
        (Some(thumbnail), Some(size)) if srcset.is_empty() => {
            let full_size = (attributes.lazy_src.as_deref())
                .filter(|full_size| !is_placeholder(Some(full_size)))
                .or(larger);
            thumbnail_and_full_size(thumbnail, full_size, size.width, path, problems)
        }
        _ => srcset,
    };
    let alt = match attributes.alt {
        Some(alt) => without_picture_number(alt, path, problems),
        None => {
            problems.push(Error::Missing {
                path: path.into(),
                expected: "an alt attribute on the <img> (alt=\"\" for a decorative image)",
            });
            String::new()
        }
    };
    if size.is_none() && src.is_some() {
        problems.push(Error::NoDimensions { path: path.into() });
    }
    if !src_given {
        problems.push(Error::NoImageSource { path: path.into() });
    }
    Image {
        src,
        alt,
        size,
        srcset,
        sizes: attributes.sizes.filter(|sizes| !sizes.trim().is_empty()),
        sources: (sources.into_iter())
            .filter_map(|source| alternative(source, widths, path, problems))
            .collect(),
        ..Image::default()
    }
}

/// The files of a picture whose `src` is a thumbnail its image server
/// made (`…/thumb_w/680/a.jpg`, as VCCorp's and Dân trí's write it: 680
/// pixels wide) and whose full-size file, `full_width` wide (the size the
/// page notes is that file's), is in `data-original` beside it, or the
/// file the link around it leads to (Tuổi Trẻ's lightbox): the
/// browser picks the thumbnail on narrow screens, and the picture's larger
/// view is the full-size file. None when the thumbnail is no narrower.
fn thumbnail_and_full_size(
    thumbnail: &str,
    full_size: Option<&str>,
    full_width: u32,
    path: &str,
    problems: &mut Problems,
) -> Vec<Candidate> {
    let Some(width) = stated_width(thumbnail).filter(|&width| width < full_width) else {
        return Vec::new();
    };
    match full_size.and_then(|full_size| url(full_size, path, problems)) {
        Some(full_size) if full_size != thumbnail => vec![
            Candidate {
                src: thumbnail.to_owned(),
                width,
            },
            Candidate {
                src: full_size,
                width: full_width,
            },
        ],
        _ => Vec::new(),
    }
}

/// A width or a height in pixels, as HTML reads one (`600`, ` 600px`);
/// `None` for none, or for 0.
fn pixels(value: Option<&str>) -> Option<u32> {
    value.and_then(non_negative_integer).filter(|&pixels| pixels > 0)
}

/// The address and the alt text of the `<img>` start tag `tag` (a tag a
/// scrape left in its text), their character references read: the
/// address the reader sees once the picture is loaded (see
/// [`as_loaded`]); `None` when `tag` is no `<img>`'s.
pub(crate) fn image_tag(tag: &str) -> Option<(Option<String>, Option<String>)> {
    match Tokens::new(tag).next()? {
        Token::Start {
            name,
            attributes: Some(mut attributes),
            ..
        } if name == "img" => {
            as_loaded(&mut attributes);
            Some((attributes.src, attributes.alt))
        }
        _ => None,
    }
}

/// The attributes of a picture that a page loads late as the reader gets
/// them once it comes into view: `data-src` (`data-original`,
/// `data-lazy-src`) for a `src` that is only a placeholder (none, empty,
/// or a `data:` image such as a one-pixel GIF), and `data-srcset`
/// (`data-lazy-srcset`) for any `srcset`: a lazy loader puts its files in
/// place of those the page gave first, a placeholder or the smallest
/// (VnExpress's `<source>` gives its `1x` file, and the `1x`, `1.5x` and
/// `2x` files late). A `data-src` beside a real `src` may be the larger
/// file (`data-original`: see [`thumbnail_and_full_size`]).
pub(super) fn as_loaded(attributes: &mut Attributes) {
    if is_placeholder(attributes.src.as_deref()) && !is_placeholder(attributes.lazy_src.as_deref()) {
        attributes.src = attributes.lazy_src.take();
    }
    if !is_placeholder(attributes.lazy_srcset.as_deref()) {
        attributes.srcset = attributes.lazy_srcset.take();
    }
}

/// Whether an address attribute holds no picture (or player) of its own:
/// none, an empty one, a `data:` URL (a placeholder, which pages never show
/// as the picture) or `about:blank` (a player's, until it is in view).
fn is_placeholder(value: Option<&str>) -> bool {
    value.is_none_or(|value| {
        let value = value.trim_matches(is_html_space);
        value.is_empty()
            || value.eq_ignore_ascii_case("about:blank")
            || value
                .get(..5)
                .is_some_and(|scheme| scheme.eq_ignore_ascii_case("data:"))
    })
}

/// The `srcset` of a `<picture>`'s `<source>` that gives the `<img>`'s
/// picture in its own format for every screen: no `type`, no `media`.
fn plain_source(source: &Attributes) -> Option<String> {
    let mut source = source.clone();
    as_loaded(&mut source);
    let blank = |value: &Option<String>| {
        value
            .as_deref()
            .is_none_or(|value| value.trim_matches(is_html_space).is_empty())
    };
    (blank(&source.kind) && blank(&source.media))
        .then_some(source.srcset)
        .flatten()
        .filter(|srcset| !is_placeholder(Some(srcset)))
}

/// The picture in another format that a `<picture>`'s `<source>` gives
/// (`type="image/avif"`, its files by width, or by density of the
/// picture's [`Widths`]), as a JSON figure's `sources`. A source for some
/// screens only (`media`) is another crop of the picture, left out, for
/// the `<img>` stands for it; one without a format gives the `<img>`'s own
/// files ([`plain_source`]), and one without widths says nothing the
/// `<img>` does not.
fn alternative(
    mut source: Attributes,
    widths: Widths,
    path: &str,
    problems: &mut Problems,
) -> Option<Alternative> {
    as_loaded(&mut source);
    let media = source
        .media
        .as_deref()
        .map(|media| media.trim_matches(is_html_space));
    if media.is_some_and(|media| !media.is_empty()) {
        return None;
    }
    let media_type = (source.kind?.trim_matches(is_html_space)).to_ascii_lowercase();
    if !is_image_type(&media_type) {
        return None;
    }
    let srcset = candidates(source.srcset.as_deref()?, widths, path, problems);
    (!srcset.is_empty()).then_some(Alternative { media_type, srcset })
}

/// A URL from an attribute, without the spaces HTML strips around it, if
/// it is allowed; `None` when empty.
pub(super) fn url(value: &str, path: &str, problems: &mut Problems) -> Option<String> {
    let value = value.trim_matches(is_html_space);
    (!value.is_empty())
        .then(|| allowed_url(value, path, problems))
        .flatten()
}

/// What the files of a `srcset` given by density (`1.5x`) count from: the
/// width of the picture's `1x` file, which the `<img>`'s `width` gives
/// (the width it is laid out at, as its `1x` file is wide), or else the
/// address of that file, when its image server is asked for a width there
/// ([`stated_width`]: the srcset's `1x` file, or the `<img>`'s `src`,
/// which a srcset without one has for it), or else the size its system
/// or microdata notes, which may be a larger file's: VnExpress notes its
/// original, 1200 pixels wide, beside `1x`, `1.5x` and `2x` files 680,
/// 1020 and 1360 pixels wide (`…?w=680&dpr=1.5`).
#[derive(Clone, Copy)]
struct Widths {
    given: Option<u32>,
    src: Option<u32>,
    noted: Option<u32>,
}

/// The width an image server is asked for in a picture's address: a
/// folder of its path, the `thumb_w/680` of VCCorp's and Dân trí's
/// thumbnails or the `w660` of Znews' and Nhân Dân's, or the `w=680` (or
/// `width=680`) query of VnExpress's and other image services' addresses;
/// `None` when it names none, or one no picture is ([`MIN_PICTURE_PIXELS`]).
fn stated_width(url: &str) -> Option<u32> {
    let url = url.split('#').next().unwrap_or(url);
    let (address, query) = url.split_once('?').unwrap_or((url, ""));
    let path = match address.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |at| &rest[at..]),
        None => address,
    };
    let folders = path
        .rsplit_once('/')
        .map_or("", |(folders, _)| folders)
        .split('/');
    let in_path = || {
        (folders.clone().zip(folders.clone().skip(1)))
            .find_map(|(name, width)| (name == "thumb_w").then(|| pixel_count(width)).flatten())
            .or_else(|| {
                folders
                    .clone()
                    .find_map(|folder| folder.strip_prefix('w').and_then(pixel_count))
            })
    };
    let in_query = || {
        (query.split('&')).find_map(|pair| {
            let (name, value) = pair.split_once('=')?;
            matches!(name, "w" | "width")
                .then(|| pixel_count(value))
                .flatten()
        })
    };
    in_path()
        .or_else(in_query)
        .filter(|&width| width >= MIN_PICTURE_PIXELS)
}

/// The files of a `srcset` at their widths (`a-480.jpg 480w, a-800.jpg
/// 800w`), read by HTML's rules for parsing a srcset attribute: a URL runs
/// to the next space (commas ending it are not its own), its descriptors
/// to the next comma outside brackets. A file given by density (`1.5x`)
/// is as wide as that many times the width of the picture's `1x` file,
/// when [`Widths`] knows it (a 680 pixels wide `<img>`'s `1.5x` is 1020
/// pixels wide); otherwise it says no width and is left out, as is one
/// without a descriptor, or whose URL is not allowed (reported).
fn candidates(srcset: &str, widths: Widths, path: &str, problems: &mut Problems) -> Vec<Candidate> {
    // Each file's URL and its one descriptor, if it has one.
    let mut files = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| is_html_space(c) || c == ',');
        if rest.is_empty() {
            break;
        }
        let url_end = rest.find(is_html_space).unwrap_or(rest.len());
        let (mut src, mut after) = rest.split_at(url_end);
        let mut descriptors = "";
        if src.ends_with(',') {
            src = src.trim_end_matches(',');
        } else {
            let mut depth = 0usize;
            let end = after
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    c == ',' && depth == 0
                })
                .map_or(after.len(), |(at, _)| at);
            descriptors = &after[..end];
            after = &after[end..];
        }
        rest = after;
        let descriptor = match descriptors
            .split(is_html_space)
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()[..]
        {
            [descriptor] => Some(descriptor),
            _ => None,
        };
        files.push((src, descriptor));
    }
    fn density(descriptor: Option<&str>) -> Option<&str> {
        descriptor?.strip_suffix('x')
    }
    let one_x = || {
        (files.iter())
            .find(|(_, descriptor)| density(*descriptor).and_then(|x| density_width(x, 100)) == Some(100))
            .map_or(widths.src, |(src, _)| stated_width(src))
    };
    let base = widths.given.or_else(one_x).or(widths.noted);
    let mut candidates = Vec::new();
    for (src, descriptor) in files {
        let width = match density(descriptor) {
            Some(density) => base.and_then(|base| density_width(density, base)),
            None => descriptor
                .and_then(|descriptor| descriptor.strip_suffix('w'))
                .and_then(pixel_count),
        };
        if let Some(width) = width
            && let Some(src) = url(src, path, problems)
        {
            candidates.push(Candidate { src, width });
        }
    }
    candidates
}

/// A count of pixels written in digits alone (`680` of `680w`, of
/// `thumb_w/680`), above 0.
fn pixel_count(digits: &str) -> Option<u32> {
    (!digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|&count| count > 0)
}

/// How wide a file given by `density` (the number of a descriptor, `1.5`
/// of `1.5x`) is, for a picture `base` pixels wide: rounded, above 0.
/// Densities are read as pages write them, digits with a fraction or not
/// (`2`, `1.5`, `.75`); one with an exponent or a sign, which HTML allows
/// but no page writes, is left out. By hand, in whole numbers: reading a
/// floating-point number costs the wasm module 16 KB gzipped.
fn density_width(density: &str, base: u32) -> Option<u32> {
    let (whole, fraction) = density.split_once('.').unwrap_or((density, ""));
    let digits_only = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits_only(whole) || !digits_only(fraction) {
        return None;
    }
    // Past six digits of fraction, no width in pixels changes.
    let fraction = &fraction[..fraction.len().min(6)];
    // The density's digits as one whole number, `scale` times the density.
    let number = (whole.bytes().chain(fraction.bytes())).try_fold(0u64, |number, digit| {
        number.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
    })?;
    let scale = 10u64.pow(fraction.len() as u32);
    let width = number.checked_mul(u64::from(base))?.checked_add(scale / 2)? / scale;
    u32::try_from(width).ok().filter(|&width| width > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one figure `html` is, if it is one, and the problems.
    fn read(html: &str) -> (Option<Figure>, Vec<String>) {
        let (figures, problems) = read_all(html);
        let figure = figures.and_then(|figures| <[Figure; 1]>::try_from(figures).ok());
        (figure.map(|[figure]| figure), problems)
    }

    fn read_all(html: &str) -> (Option<Vec<Figure>>, Vec<String>) {
        let mut problems = Problems::default();
        let figures = figures(html, "blocks[0].html", &mut problems);
        let problems = problems.into_vec().iter().map(ToString::to_string).collect();
        (figures, problems)
    }

    #[test]
    fn a_content_system_s_picture_is_a_figure() {
        let (figure, problems) = read(
            "<figure class=\"image\"><a href=\"https://x.vn/a-full.jpg\"><img src=\" https://x.vn/a.jpg \" \
             alt=\"Cây đổ &amp; xe\" width=\"500\" height=\"300px\" sizes=\"(max-width: 600px) 100vw, 600px\" \
             srcset=\"https://x.vn/a-480.jpg 480w, https://x.vn/a,800.jpg 800w,https://x.vn/a-2x.jpg 2x, \
             javascript:alert(1) 300w\"></a><figcaption>Cây me <em>bật gốc</em>.<br>Ảnh: Sơn Hòa</figcaption></figure>",
        );
        let figure = figure.unwrap();
        assert_eq!(figure.image.src.as_deref(), Some("https://x.vn/a.jpg"));
        assert_eq!(figure.image.alt, "Cây đổ & xe");
        assert_eq!(
            figure.image.size,
            Some(Size {
                width: 500,
                height: 300
            })
        );
        let srcset: Vec<_> = (figure.image.srcset.iter())
            .map(|candidate| (candidate.src.as_str(), candidate.width))
            .collect();
        assert_eq!(
            srcset,
            [
                ("https://x.vn/a-480.jpg", 480),
                ("https://x.vn/a,800.jpg", 800),
                // `2x` of a picture 500 pixels wide.
                ("https://x.vn/a-2x.jpg", 1000)
            ]
        );
        assert_eq!(
            figure.image.sizes.as_deref(),
            Some("(max-width: 600px) 100vw, 600px")
        );
        assert_eq!(figure.caption.as_deref(), Some("Cây me bật gốc."));
        assert_eq!(figure.credit.as_deref(), Some("Ảnh: Sơn Hòa"));
        assert_eq!(
            problems,
            [
                "blocks[0].html: \"javascript:alert(1)\" is not an allowed URL (only http, https, mailto, tel and relative URLs are)"
            ]
        );
    }

    #[test]
    fn an_image_server_is_asked_for_a_width_in_the_address() {
        for (url, width) in [
            ("https://x.vn/zoom/thumb_w/680/2023/a.jpg", Some(680)),
            ("https://znews-photo.zingcdn.me/w660/Uploaded/a.jpg", Some(660)),
            ("/w800/2024/a.jpg", Some(800)),
            // A file's name, a host's, a folder that is no width.
            ("https://x.vn/w660.jpg", None),
            ("https://w800/a.jpg", None),
            ("https://x.vn/wide/a.jpg", None),
            ("https://x.vn/w66/a.jpg", None),
            ("https://x.vn/a.jpg?w=680&h=0&q=100&dpr=1.5", Some(680)),
            ("https://x.vn/a.jpg?fit=crop&width=1020#top", Some(1020)),
            ("https://x.vn/a.jpg?h=680", None),
            ("https://x.vn/a.jpg?sw=680", None),
            ("https://x.vn/a.jpg#w=680", None),
            ("https://x.vn/a.jpg?w=680px", None),
            // A version, not a width.
            ("https://x.vn/a.jpg?w=2", None),
            ("https://x.vn/thumb_w/a.jpg", None),
        ] {
            assert_eq!(stated_width(url), width, "{url}");
        }
    }

    #[test]
    fn files_given_by_density_are_as_wide_as_that_many_pictures() {
        let files = |html: &str| {
            let (figure, _) = read(html);
            let srcset = figure.unwrap().image.srcset.into_iter();
            srcset.map(|file| (file.src, file.width)).collect::<Vec<_>>()
        };
        let file = |src: &str, width| (src.to_owned(), width);
        // A `<picture>`'s plain `<source>`, loaded late, as VnExpress
        // writes it: the `<img>`'s own files, by density of its width.
        assert_eq!(
            files(
                "<figure><meta itemprop=\"width\" content=\"680\"><meta itemprop=\"height\" content=\"408\">\
                 <picture><source data-srcset=\"https://x.vn/a-680.jpg 1x, https://x.vn/a-1020.jpg 1.5x\">\
                 <img alt=\"\" src=\"data:image/gif;base64,R0lGOD\" data-src=\"https://x.vn/a-680.jpg\"></picture></figure>"
            ),
            [
                file("https://x.vn/a-680.jpg", 680),
                file("https://x.vn/a-1020.jpg", 1020)
            ]
        );
        // The `<img>`'s own files first; a source for some screens, or in
        // another format, is no plain one.
        for html in [
            "<picture><source srcset=\"https://x.vn/b.jpg 2x\"><img src=\"a.jpg\" srcset=\"a-2.jpg 2x\" alt=\"\" width=\"600\" height=\"400\"></picture>",
            "<picture><source media=\"(max-width: 600px)\" srcset=\"a-2.jpg 2x\">\
             <img src=\"a.jpg\" alt=\"\" width=\"600\" height=\"400\"></picture>",
        ] {
            let expected: &[(String, u32)] = if html.contains("media") {
                &[]
            } else {
                &[file("a-2.jpg", 1200)]
            };
            assert_eq!(files(html), expected, "{html}");
        }
        // The width the `1x` file's address asks its image server for,
        // before a size noted for a larger file (the original's); the
        // `src` stands for a `1x` file the srcset does not name.
        assert_eq!(
            files(
                "<figure><meta itemprop=\"width\" content=\"1200\"><meta itemprop=\"height\" content=\"720\">\
                 <img alt=\"\" src=\"https://x.vn/a.jpg?w=680&amp;h=0&amp;dpr=1\" \
                 srcset=\"https://x.vn/a.jpg?w=680&amp;dpr=1 1x, https://x.vn/a.jpg?w=680&amp;dpr=2 2x\"></figure>"
            ),
            [
                file("https://x.vn/a.jpg?w=680&dpr=1", 680),
                file("https://x.vn/a.jpg?w=680&dpr=2", 1360)
            ]
        );
        assert_eq!(
            files(
                "<img alt=\"\" src=\"https://x.vn/z/thumb_w/1020/a.jpg\" data-width=\"1440\" data-height=\"960\" \
                 srcset=\"https://x.vn/y/thumb_w/1020/a.jpg 2x\">"
            ),
            [file("https://x.vn/y/thumb_w/1020/a.jpg", 2040)]
        );
        // The `<img>`'s `width` before both.
        assert_eq!(
            files("<img alt=\"\" src=\"a.jpg?w=680\" srcset=\"a-2.jpg 2x\" width=\"500\" height=\"300\">"),
            [file("a-2.jpg", 1000)]
        );
        // No width to count from: left out.
        assert_eq!(files("<img src=\"a.jpg\" srcset=\"a-2.jpg 2x\" alt=\"\">"), []);
        // No density as pages write one: left out.
        let sized = |srcset: &str| {
            files(&format!(
                "<img src=\"a.jpg\" srcset=\"{srcset}\" alt=\"\" width=\"300\" height=\"200\">"
            ))
        };
        for srcset in [
            "a.jpg 0x",
            "a.jpg -1x",
            "a.jpg infx",
            "a.jpg 1e2x",
            "a.jpg .x",
            "a.jpg 1.5.5x",
        ] {
            assert_eq!(sized(srcset), [], "{srcset}");
        }
        assert_eq!(
            sized("a-2.jpg 2.0x, a-3.jpg .5x, a-4.jpg 1.255x"),
            [file("a-2.jpg", 600), file("a-3.jpg", 150), file("a-4.jpg", 377)]
        );
    }

    #[test]
    fn an_old_photo_table_and_a_bare_image_are_figures() {
        let (figure, problems) = read(
            "<table class=\"tplCaption\"><tbody><tr><td><img src=\"/anh/cay.jpg\" alt=\"\"></td></tr>\
             <tr><td><p class=\"Image\">Ô tô bị cây đè bẹp.</p></td></tr></tbody></table>",
        );
        let figure = figure.unwrap();
        assert_eq!(figure.image.src.as_deref(), Some("/anh/cay.jpg"));
        assert_eq!(figure.caption.as_deref(), Some("Ô tô bị cây đè bẹp."));
        assert_eq!(problems.len(), 1, "{problems:?}"); // no width and height
        let (figure, problems) = read("<p><img src=\"https://x.vn/b.png\"></p>");
        assert_eq!(figure.unwrap().caption, None);
        assert!(problems[0].contains("expected an alt attribute"), "{problems:?}");
        let (figure, _) = read(
            "<p style=\"text-align:center\"><img src=\"b.png\" alt=\"\"><br><em>Phố cổ. Ảnh: Lê Hương</em></p>",
        );
        let figure = figure.unwrap();
        assert_eq!(figure.caption.as_deref(), Some("Phố cổ."));
        assert_eq!(figure.credit.as_deref(), Some("Ảnh: Lê Hương"));
    }

    #[test]
    fn a_picture_s_other_formats_are_its_sources() {
        let (figure, problems) = read(
            "<figure><picture>\
             <source type=\"image/avif\" srcset=\"a-480.avif 480w, a.avif 960w\">\
             <source media=\"(max-width: 600px)\" type=\"image/webp\" srcset=\"a-crop.webp 600w\">\
             <source srcset=\"a-2x.webp 2x\" type=\" IMAGE/WEBP \">\
             <source srcset=\"a.jxl 960w\">\
             <source type=\"image/webp\" srcset=\"javascript:alert(1) 960w, a.webp 960w\">\
             <img src=\"a.jpg\" alt=\"Phố cổ\" width=\"960\" height=\"640\"></picture></figure>",
        );
        let sources: Vec<(String, Vec<(String, u32)>)> = (figure.unwrap().image.sources.into_iter())
            .map(|source| {
                let srcset = source.srcset.into_iter().map(|file| (file.src, file.width));
                (source.media_type, srcset.collect())
            })
            .collect();
        let files = |files: &[(&str, u32)]| {
            let files = files.iter().map(|&(src, width)| (src.to_owned(), width));
            files.collect::<Vec<_>>()
        };
        assert_eq!(
            sources,
            [
                (
                    "image/avif".to_owned(),
                    files(&[("a-480.avif", 480), ("a.avif", 960)])
                ),
                // By density, of the `<img>`'s width.
                ("image/webp".to_owned(), files(&[("a-2x.webp", 1920)])),
                ("image/webp".to_owned(), files(&[("a.webp", 960)])),
            ]
        );
        assert_eq!(problems.len(), 1, "{problems:?}"); // the javascript: file
    }

    #[test]
    fn a_picture_loaded_late_is_the_picture_the_reader_sees() {
        // A placeholder GIF in `src`, the picture in `data-src`, its
        // formats in `data-srcset`.
        let (figure, problems) = read(
            "<figure class=\"tplCaption\"><div class=\"fig-picture\"><picture>\
             <source data-srcset=\"https://x.vn/a-480.webp 480w, https://x.vn/a.webp 960w\" type=\"image/webp\">\
             <img loading=\"lazy\" alt=\"Cầu Rồng\" class=\"lazy\" \
             src=\"data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==\" \
             data-src=\"https://x.vn/a.jpg\" data-srcset=\"https://x.vn/a-480.jpg 480w\" width=\"960\" height=\"640\">\
             </picture></div><figcaption><p>Cầu Rồng phun lửa.</p></figcaption></figure>",
        );
        let figure = figure.unwrap();
        assert_eq!(figure.image.src.as_deref(), Some("https://x.vn/a.jpg"));
        assert_eq!(figure.image.srcset.len(), 1);
        assert_eq!(figure.image.sources[0].srcset.len(), 2);
        assert_eq!(problems, Vec::<String>::new());
        // A content system's empty `width` and `height`, the size noted
        // beside them; the full-size file in `data-original` beside a
        // `src` of its own, which stays.
        let (figure, problems) = read(
            "<figure class=\"image\"><img src=\"https://x.vn/thumb_w/680/a.jpg\" alt=\"\" width=\"\" height=\"\" \
             data-width=\"1280\" data-height=\"853\" data-original=\"https://x.vn/a.jpg\"></figure>",
        );
        let image = figure.unwrap().image;
        assert_eq!(image.src.as_deref(), Some("https://x.vn/thumb_w/680/a.jpg"));
        assert_eq!(
            image.size,
            Some(Size {
                width: 1280,
                height: 853
            })
        );
        // Both are its files: the thumbnail as wide as its address says.
        let files: Vec<_> = (image.srcset.iter())
            .map(|file| (file.src.as_str(), file.width))
            .collect();
        assert_eq!(
            files,
            [
                ("https://x.vn/thumb_w/680/a.jpg", 680),
                ("https://x.vn/a.jpg", 1280)
            ]
        );
        assert_eq!(problems, Vec::<String>::new());
        // Or the file the link around it leads to, as Tuổi Trẻ's lightbox.
        let (figure, _) = read(
            "<div type=\"Photo\"><a href=\"https://x.vn/a.jpg\" class=\"detail-img-lightbox\">\
             <img src=\"https://x.vn/thumb_w/730/a.jpg\" alt=\"\" w=\"1024\" h=\"683\" width=\"\" height=\"\"></a></div>",
        );
        let files: Vec<_> = (figure.unwrap().image.srcset.into_iter())
            .map(|file| (file.src, file.width))
            .collect();
        assert_eq!(
            files,
            [
                ("https://x.vn/thumb_w/730/a.jpg".to_owned(), 730),
                ("https://x.vn/a.jpg".to_owned(), 1024)
            ]
        );
        // Not when the thumbnail is as wide, or says no width, or when the
        // full-size file is not there, or is the same.
        for html in [
            "<img src=\"https://x.vn/thumb_w/1280/a.jpg\" alt=\"\" width=\"1280\" height=\"853\" data-original=\"https://x.vn/a.jpg\">",
            "<img src=\"https://x.vn/thumb_w/a.jpg\" alt=\"\" width=\"1280\" height=\"853\" data-original=\"https://x.vn/a.jpg\">",
            "<img src=\"https://x.vn/thumb_w/680/a.jpg\" alt=\"\" width=\"1280\" height=\"853\">",
            "<img src=\"https://x.vn/thumb_w/680/a.jpg\" alt=\"\" width=\"1280\" height=\"853\" data-src=\"https://x.vn/thumb_w/680/a.jpg\">",
            "<img src=\"https://x.vn/thumb_w/680/a.jpg\" alt=\"\" width=\"1280\" height=\"853\" data-original=\"javascript:a()\">",
        ] {
            assert_eq!(read(html).0.unwrap().image.srcset, [], "{html}");
        }
        // A placeholder and nothing else is still refused, and said so.
        let (figure, problems) = read("<p><img src=\"data:image/gif;base64,R0lG\" alt=\"Ảnh\"></p>");
        assert_eq!(figure.unwrap().image.src, None);
        assert!(problems[0].contains("is not an allowed URL"), "{problems:?}");
    }

    #[test]
    fn what_shows_nothing_in_a_picture_s_html_changes_nothing() {
        // A page's microdata (`<meta itemprop>`), and the copy of the
        // picture that a `<noscript>` keeps for browsers without scripts.
        let (figure, problems) = read(
            "<figure itemscope itemtype=\"http://schema.org/ImageObject\"><meta itemprop=\"url\" \
             content=\"https://x.vn/a.jpg\"><link itemprop=\"license\" href=\"/ban-quyen\"><div class=\"fig-picture\">\
             <img class=\"lazy\" data-src=\"https://x.vn/a.jpg\" alt=\"Cầu Rồng\" width=\"960\" height=\"640\">\
             <noscript><img src=\"https://x.vn/a.jpg\" alt=\"Cầu Rồng\"></noscript><script>lazy()</script></div>\
             <figcaption itemprop=\"description\"><p>Cầu Rồng <style>.x{}</style>phun lửa. Ảnh: <em>Giang Huy</em></p>\
             </figcaption></figure>",
        );
        let figure = figure.expect("one figure");
        assert_eq!(figure.image.src.as_deref(), Some("https://x.vn/a.jpg"));
        assert_eq!(figure.caption.as_deref(), Some("Cầu Rồng phun lửa."));
        assert_eq!(figure.credit.as_deref(), Some("Ảnh: Giang Huy"));
        assert_eq!(problems, Vec::<String>::new());
        // A page's microdata notes the size in its `ImageObject`'s `<meta>`s.
        let (figure, problems) = read(
            "<figure itemscope itemtype=\"http://schema.org/ImageObject\"><meta itemprop=\"width\" content=\"680\">\
             <meta itemprop=\"height\" content=\"408\"><img src=\"https://x.vn/a.jpg\" alt=\"\"></figure>",
        );
        assert_eq!(
            figure.unwrap().image.size,
            Some(Size {
                width: 680,
                height: 408
            })
        );
        assert_eq!(problems, Vec::<String>::new());
        // VCCorp's system notes the picture's size in `w` and `h`.
        let (figure, _) = read(
            "<div type=\"Photo\"><img src=\"https://x.vn/a.jpg\" alt=\"\" w=\"1920\" h=\"1280\" width=\"\" height=\"\"></div>",
        );
        assert_eq!(
            figure.unwrap().image.size,
            Some(Size {
                width: 1920,
                height: 1280
            })
        );
    }

    #[test]
    fn pictures_side_by_side_are_figures_each_with_the_caption_after_it() {
        let captions = |html: &str| {
            let figures = read_all(html).0?;
            let figures = figures
                .into_iter()
                .map(|figure| (figure.image.src, figure.caption));
            Some(figures.collect::<Vec<_>>())
        };
        let some = |text: &str| Some(text.to_owned());
        // A shared caption under both: the last picture's.
        assert_eq!(
            captions(
                "<figure><img src=\"a.jpg\" alt=\"\"><img src=\"b.jpg\" alt=\"\">\
                 <figcaption>Trước và sau khi sửa chữa.</figcaption></figure>"
            ),
            Some(vec![
                (some("a.jpg"), None),
                (some("b.jpg"), some("Trước và sau khi sửa chữa."))
            ])
        );
        // Each picture with the caption under it.
        assert_eq!(
            captions(
                "<p><img src=\"a.jpg\" alt=\"\"><br>Cầu cũ.<br><img src=\"b.jpg\" alt=\"\"><br>Cầu mới.</p>"
            ),
            Some(vec![
                (some("a.jpg"), some("Cầu cũ.")),
                (some("b.jpg"), some("Cầu mới."))
            ])
        );
        // Words between two pictures that no line break sets apart: a
        // paragraph's.
        assert_eq!(
            captions("<p><img src=\"a.jpg\" alt=\"\"> và <img src=\"b.jpg\" alt=\"\"></p>"),
            None
        );
        // A picture with nothing to show is left out, and said so; the
        // other stays.
        let (figures, problems) = read_all("<div><img src=\"\" alt=\"\"><img src=\"b.jpg\" alt=\"B\"></div>");
        assert_eq!(figures.map(|figures| figures.len()), Some(1));
        assert!(
            problems.iter().any(|problem| problem.contains("nothing")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_caption_s_credit_is_set_apart() {
        let credited = |caption: &str| {
            let html =
                format!("<figure><img src=\"a.jpg\" alt=\"\" width=\"4\" height=\"3\">{caption}</figure>");
            let figure = read(&html).0.unwrap();
            (figure.caption, figure.credit)
        };
        let some = |text: &str| Some(text.to_owned());
        for (caption, expected) in [
            (
                "<figcaption>Đại biểu dự hội nghị (Ảnh: Trần Lê Lâm/TTXVN)</figcaption>",
                (some("Đại biểu dự hội nghị"), some("Ảnh: Trần Lê Lâm/TTXVN")),
            ),
            (
                "<figcaption><p>Đại biểu dự hội nghị</p><p><em>Ảnh Duy Linh</em></p></figcaption>",
                (some("Đại biểu dự hội nghị"), some("Ảnh Duy Linh")),
            ),
            (
                "<figcaption>Nguồn: Bộ Y tế</figcaption>",
                (None, some("Nguồn: Bộ Y tế")),
            ),
            (
                "<figcaption>Ảnh minh họa</figcaption>",
                (None, some("Ảnh minh họa")),
            ),
            // Words about pictures, in a caption without a credit.
            (
                "<figcaption>Khách xem triển lãm ảnh: Hà Nội xưa</figcaption>",
                (some("Khách xem triển lãm ảnh: Hà Nội xưa"), None),
            ),
            (
                "<figcaption>Ảnh hưởng của bão số 3\n tới Hà Nội</figcaption>",
                (some("Ảnh hưởng của bão số 3 tới Hà Nội"), None),
            ),
        ] {
            assert_eq!(credited(caption), expected, "{caption}");
        }
    }

    #[test]
    fn a_paragraph_is_cut_at_the_pictures_among_its_words() {
        let big = "<img src=\"a.jpg\" alt=\"\" width=\"600\" height=\"400\">";
        let cut = |html: &str| cut_at_figures(html);
        let pieces = |pieces: &[&str]| Some(pieces.iter().map(|piece| piece.to_string()).collect::<Vec<_>>());
        // The words before and after, the emphasis open around the picture
        // going on after it.
        assert_eq!(
            cut(&format!("<p>Trước <b>đậm {big} vẫn đậm</b> sau.</p>")),
            pieces(&["<p>Trước <b>đậm ", big, "<b> vẫn đậm</b> sau.</p>"])
        );
        // A picture in a link stays in it, and so do the words after it.
        assert_eq!(
            cut(&format!("Xem <a href=\"/bai-khac\">{big} Bài khác</a>")),
            pieces(&[
                "Xem <a href=\"/bai-khac\">",
                &format!("<a href=\"/bai-khac\">{big}</a>"),
                "<a href=\"/bai-khac\"> Bài khác</a>"
            ])
        );
        // Pieces without words are left out; a picture without a size, or
        // loaded late, is cut at.
        let late = "<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"b.jpg\" alt=\"\">";
        assert_eq!(cut(&format!("<p>{late}</p> Chữ")), pieces(&[late, "</p> Chữ"]));
        // Not cut at: an icon, a picture with no address, one in a cell or
        // an item; nothing when there is no picture.
        for html in [
            "Vui <img src=\"cuoi.gif\" alt=\":)\" width=\"16\" height=\"16\"> quá",
            "Vui <img src=\"cuoi.gif\" alt=\":)\" data-height=\"20\"> quá",
            "Ảnh <img alt=\"mất\"> đây",
            &format!("<table><tr><td>Ô {big} chữ</td></tr></table>"),
            &format!("<ul><li>Mục {big} chữ</li></ul>"),
            "Không có ảnh",
            &format!("Chữ {big} <a href=\"x"),
            // A player alone: nothing else to cut away.
            "<iframe src=\"https://youtu.be/a\"></iframe>",
        ] {
            assert_eq!(cut(html), None, "{html}");
        }
        // A player among words, whole to its end tag.
        let player = "<video src=\"a.mp4\"><source src=\"a.webm\">Không phát được</video>";
        assert_eq!(
            cut(&format!("<p>Xem <i>clip: {player} rồi</i> bình luận.</p>")),
            pieces(&["<p>Xem <i>clip: ", player, "<i> rồi</i> bình luận.</p>"])
        );
    }

    #[test]
    fn a_picture_among_words_is_no_figure() {
        for html in [
            "Ảnh chụp: <img src=\"a.jpg\" alt=\"\">",
            "<p><img src=\"a.jpg\" alt=\"\"> Hà Nội hôm nay mưa.</p>",
            "<img src=\"a.jpg\" alt=\"\"><p>Chú thích không nằm trong khung ảnh.</p>",
            "<figure><img src=\"a.jpg\" alt=\"\"><ul><li>1</li></ul></figure>",
            "<div><img src=\"a.jpg\" alt=\"\"></div><font>alert(1)</font>",
            "<p>Không có ảnh</p>",
            "<figure><img src=\"a.jpg\" alt=\"\"",
        ] {
            assert_eq!(read(html).0, None, "{html}");
        }
    }

    #[test]
    fn a_picture_a_script_draws_is_read_from_its_noscript_copy() {
        let copy = "<img src=\"a.jpg\" alt=\"Cầu\">";
        assert_eq!(
            open_noscript_pictures(&format!(
                "<div data-bg=\"a.jpg\"></div><NOSCRIPT>{copy}</noscript > Chữ"
            )),
            Some(format!("<div data-bg=\"a.jpg\"></div>{copy} Chữ"))
        );
        let picture = format!("<picture><source srcset=\"a.webp 800w\" type=\"image/webp\">{copy}</picture>");
        assert_eq!(
            open_noscript_pictures(&format!("<noscript>\n{picture}\n</noscript>")),
            Some(format!("\n{picture}\n"))
        );
        for html in [
            // The picture shows outside: the copy is a copy.
            format!("<img data-src=\"a.jpg\" alt=\"Cầu\"><noscript>{copy}</noscript>"),
            // Words, or anything else that would change what follows.
            format!("<noscript>Bật JavaScript {copy}</noscript>"),
            format!("<noscript>{copy}<script></noscript>"),
            // No picture: an icon, nothing.
            "<noscript><img src=\"i.gif\" alt=\"\" width=\"1\" height=\"1\"></noscript>".to_owned(),
            format!("<noscript>{copy}"),
            "Chữ".to_owned(),
        ] {
            assert_eq!(open_noscript_pictures(&html), None, "{html}");
        }
    }
}
