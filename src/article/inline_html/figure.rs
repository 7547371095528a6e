//! A paragraph's HTML that is one picture, as content systems keep one
//! among their paragraphs: CKEditor's and WordPress's
//! `<figure class="image"><img …><figcaption>…</figcaption></figure>`, an
//! older system's photo table (a cell holding the `<img>`, the cell under
//! it the caption), a `<div>` or `<p>` holding an `<img>`. Read as a
//! figure block: as a paragraph, the picture would be lost and only its
//! caption kept.

use super::tokens::{ImageAttributes, Token, Tokens, non_negative_integer};
use super::{VOID_ELEMENTS, collapsed, is_html_space};
use crate::Error;
use crate::article::parse::{Problems, allowed_url};
use crate::article::{Candidate, Figure, Image, InlineStyle, Size};

/// Elements that hold a picture and its caption, and say nothing more: the
/// caption is the text after the picture inside the outermost of them.
const CONTAINERS: &[&str] = &["figure", "div", "table", "center"];

/// Other elements a picture's HTML may hold: the caption's own, a table's
/// parts, the link around a picture (to its larger file: the page makes
/// its own), the `<picture>` around it and its other formats' `<source>`s
/// (the `<img>` is the picture every browser can show).
const PARTS: &[&str] = &[
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

/// What a paragraph's HTML that is one picture holds: the figure, or
/// nothing a reader could see or hear (`Error::EmptyFigure` reported).
pub(in crate::article) type Picture = Option<Figure>;

/// Whether the element `name` sits inside a line: its edges do not part
/// the caption's words as a line break's or a block's do.
fn is_inline(name: &str) -> bool {
    matches!(name, "a" | "span") || InlineStyle::from_tag(name).is_some()
}

/// The figure `html` is, when it is one `<img>` in the elements of
/// [`CONTAINERS`] and [`PARTS`], with no text before it and, after it,
/// text only inside its outermost container, or after a line break
/// (`<p><img …><br><em>Ảnh: …</em></p>`): its caption. The image's
/// attributes are read as the JSON figure's fields (`src` allow-listed,
/// `alt`, `width` and `height`, `srcset`'s widths, `sizes`), and their
/// problems reported under `path`. `None` otherwise, and the paragraph is
/// read as inline HTML.
pub(in crate::article) fn figure(html: &str, path: &str, problems: &mut Problems) -> Option<Picture> {
    let mut open: Vec<String> = Vec::new();
    let mut image: Option<Box<ImageAttributes>> = None;
    // How many elements were open around the picture's outermost
    // container when the picture came: text is its caption while more are.
    let mut caption_while_deeper_than = None;
    // Whether a line break follows the picture before any text.
    let mut broken_after_image = false;
    let mut caption = String::new();
    for token in Tokens::new(html) {
        let in_caption =
            broken_after_image || caption_while_deeper_than.is_some_and(|depth| open.len() > depth);
        match token {
            Token::Text(text) if text.trim_matches(is_html_space).is_empty() => caption.push(' '),
            Token::Text(text) if image.is_some() && in_caption => caption.push_str(&text),
            Token::Text(_) => return None,
            Token::Start {
                name,
                image: attributes,
                ..
            } => {
                if name == "img" {
                    if image.is_some() {
                        return None;
                    }
                    image = attributes;
                    caption_while_deeper_than =
                        open.iter().position(|name| CONTAINERS.contains(&name.as_str()));
                } else if name == "br" && image.is_some() && collapsed(&caption).is_empty() {
                    broken_after_image = true;
                } else if !(CONTAINERS.contains(&name.as_str())
                    || PARTS.contains(&name.as_str())
                    || InlineStyle::from_tag(&name).is_some())
                {
                    return None;
                }
                if !is_inline(&name) {
                    caption.push(' ');
                }
                if !VOID_ELEMENTS.contains(&name.as_str()) {
                    open.push(name);
                }
            }
            Token::End(name) => {
                if let Some(at) = open.iter().rposition(|open| *open == name) {
                    open.truncate(at);
                }
                if !is_inline(&name) {
                    caption.push(' ');
                }
            }
            Token::Unclosed(_) => return None,
        }
    }
    let attributes = image?;
    let caption = Some(collapsed(&caption)).filter(|caption| !caption.is_empty());
    let image = read_image(*attributes, path, problems);
    if image.src.is_none() && image.alt.trim().is_empty() && caption.is_none() {
        problems.push(Error::EmptyFigure { path: path.into() });
        return Some(None);
    }
    Some(Some(Figure {
        image,
        caption,
        credit: None,
    }))
}

/// The image an `<img>`'s attributes describe, as a JSON figure's image
/// fields would (see `parse::figure`), with the problems it has.
fn read_image(attributes: ImageAttributes, path: &str, problems: &mut Problems) -> Image {
    // A `src` that is there but refused has its own problem.
    let src_given =
        (attributes.src.as_deref()).is_some_and(|src| !src.trim_matches(is_html_space).is_empty());
    let src = attributes.src.and_then(|src| url(&src, path, problems));
    let alt = attributes.alt.unwrap_or_else(|| {
        problems.push(Error::Missing {
            path: path.into(),
            expected: "an alt attribute on the <img> (alt=\"\" for a decorative image)",
        });
        String::new()
    });
    let dimension = |value: Option<String>| {
        value
            .as_deref()
            .and_then(non_negative_integer)
            .filter(|&pixels| pixels > 0)
    };
    let size = match (dimension(attributes.width), dimension(attributes.height)) {
        (Some(width), Some(height)) => Some(Size { width, height }),
        _ => {
            if src.is_some() {
                problems.push(Error::NoDimensions { path: path.into() });
            }
            None
        }
    };
    if !src_given {
        problems.push(Error::NoImageSource { path: path.into() });
    }
    Image {
        src,
        alt,
        size,
        srcset: (attributes.srcset.as_deref())
            .map(|srcset| candidates(srcset, path, problems))
            .unwrap_or_default(),
        sizes: attributes.sizes.filter(|sizes| !sizes.trim().is_empty()),
        ..Image::default()
    }
}

/// A URL from an attribute, without the spaces HTML strips around it, if
/// it is allowed; `None` when empty.
fn url(value: &str, path: &str, problems: &mut Problems) -> Option<String> {
    let value = value.trim_matches(is_html_space);
    (!value.is_empty())
        .then(|| allowed_url(value, path, problems))
        .flatten()
}

/// The files of a `srcset` at their widths (`a-480.jpg 480w, a-800.jpg
/// 800w`), read by HTML's rules for parsing a srcset attribute: a URL runs
/// to the next space (commas ending it are not its own), its descriptors
/// to the next comma outside brackets. A file given by density (`2x`) or
/// without a descriptor says no width and is left out, as is one whose URL
/// is not allowed (reported).
fn candidates(srcset: &str, path: &str, problems: &mut Problems) -> Vec<Candidate> {
    let mut candidates = Vec::new();
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
        let width = match descriptors
            .split(is_html_space)
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()[..]
        {
            [descriptor] => descriptor
                .strip_suffix('w')
                .filter(|digits| !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit()))
                .and_then(|digits| digits.parse::<u32>().ok())
                .filter(|&width| width > 0),
            _ => None,
        };
        if let Some(width) = width
            && let Some(src) = url(src, path, problems)
        {
            candidates.push(Candidate { src, width });
        }
    }
    candidates
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> (Option<Figure>, Vec<String>) {
        let mut problems = Problems::default();
        let figure = figure(html, "blocks[0].html", &mut problems).flatten();
        let problems = problems.into_vec().iter().map(ToString::to_string).collect();
        (figure, problems)
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
            [("https://x.vn/a-480.jpg", 480), ("https://x.vn/a,800.jpg", 800)]
        );
        assert_eq!(
            figure.image.sizes.as_deref(),
            Some("(max-width: 600px) 100vw, 600px")
        );
        assert_eq!(figure.caption.as_deref(), Some("Cây me bật gốc. Ảnh: Sơn Hòa"));
        assert_eq!(
            problems,
            [
                "blocks[0].html: \"javascript:alert(1)\" is not an allowed URL (only http, https, mailto, tel and relative URLs are)"
            ]
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
        assert_eq!(figure.unwrap().caption.as_deref(), Some("Phố cổ. Ảnh: Lê Hương"));
    }

    #[test]
    fn a_picture_among_words_is_no_figure() {
        for html in [
            "Ảnh chụp: <img src=\"a.jpg\" alt=\"\">",
            "<p><img src=\"a.jpg\" alt=\"\"> Hà Nội hôm nay mưa.</p>",
            "<img src=\"a.jpg\" alt=\"\"><p>Chú thích không nằm trong khung ảnh.</p>",
            "<figure><img src=\"a.jpg\" alt=\"\"><img src=\"b.jpg\" alt=\"\"></figure>",
            "<figure><img src=\"a.jpg\" alt=\"\"><ul><li>1</li></ul></figure>",
            "<div><img src=\"a.jpg\" alt=\"\"></div><script>alert(1)</script>",
            "<p>Không có ảnh</p>",
            "<figure><img src=\"a.jpg\" alt=\"\"",
        ] {
            assert_eq!(read(html).0, None, "{html}");
        }
    }
}
