//! Scraped text written in Markdown, as reader tools and crawlers save a
//! page (`# Tiêu đề`, `*Thứ Bảy, 03/12/2022*`, `![Quang cảnh](https://…/a.jpg)`,
//! `[UBND quận](https://…)`, `**Lê Hương**`), read as the plain lines the
//! rest of ingest reads: the marks of headings, quotes and emphasis go, a
//! link keeps its words, and a picture becomes its address on a line of
//! its own with its alt text under it, as a scrape of a page's text keeps
//! them (see `image_address` and `is_alt_and_caption`).
//!
//! Each line is read on its own, with pulldown-cmark (CommonMark, which
//! knows where emphasis opens and closes and which characters are escaped):
//! line by line, so that warnings keep the input's line numbers and the
//! rest of ingest still sees one line where the writer wrote one. What
//! spans lines in Markdown (a title underlined with `===`, a link defined
//! at the end) is left as it is written.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use url::Url;

use super::{PARAGRAPH_SEPARATOR, header_field, page_address};
use crate::Error;
use crate::render::safe_url;
use crate::web_address::leads_to_a_page;

/// How many lines must show Markdown's marks before a text is read as
/// Markdown: one may be a plain text's (`**` around a word, a `# ` line).
const MIN_MARKED_LINES: usize = 2;

/// Text read as plain lines, with what its Markdown marked.
pub(super) struct Plain<'a> {
    pub(super) text: Cow<'a, str>,
    pub(super) marked: Marked,
}

/// The lines Markdown marked as what they are, by number (from 1, in
/// order).
#[derive(Default)]
pub(super) struct Marked {
    /// Headings, with their levels (`## ` is 2).
    pub(super) headings: Vec<(usize, u8)>,
    /// Captions: a line in emphasis alone (`*Du khách dạo quanh hồ*`)
    /// under a picture, as tools write a `<figcaption>`.
    pub(super) captions: Vec<usize>,
    /// Lines in strong emphasis whole (`**Sáng 10/10, …**`), as a page
    /// sets its standfirst in bold.
    pub(super) strong: Vec<usize>,
    /// The pages pictures lead to (`[![Cầu mới](…/a.jpg)](…/cau-moi.htm)`,
    /// a related story's picture): each picture's line, its address as
    /// the plain line gives it, and the page.
    pub(super) picture_links: Vec<(usize, String, String)>,
    /// The lines holding one link with words, to a page (`- [Giá vàng
    /// tăng](https://…/gia-vang.htm)`, a related story's title): each
    /// line's number, the link's words, and the page, resolved against the
    /// one the text was scraped from as a picture's address is.
    pub(super) page_links: Vec<(usize, String, String)>,
}

impl Marked {
    /// Whether the line numbered `number` is in strong emphasis whole.
    pub(super) fn is_strong(&self, number: usize) -> bool {
        self.strong.binary_search(&number).is_ok()
    }

    /// The words and the page of the one link to a page on the line
    /// numbered `number`, if it holds one.
    pub(super) fn page_link(&self, number: usize) -> Option<(&str, &str)> {
        let at = (self.page_links)
            .binary_search_by_key(&number, |(line, ..)| *line)
            .ok()?;
        let (_, words, page) = &self.page_links[at];
        Some((words, page))
    }

    /// The page the picture at `address` on the line numbered `number`
    /// leads to, if it is a link.
    pub(super) fn picture_link(&self, number: usize, address: &str) -> Option<&str> {
        (self.picture_links.iter())
            .find(|(line, picture, _)| *line == number && picture == address)
            .map(|(_, _, page)| page.as_str())
    }
}

/// `text` read as plain lines when it is Markdown ([`is_markdown`]), each
/// line whose links' addresses were left out told in `warnings`.
pub(super) fn without_markdown<'a>(text: &'a str, warnings: &mut Vec<Error>) -> Plain<'a> {
    let mut marked = Marked::default();
    if !is_markdown(text) {
        return Plain {
            text: Cow::Borrowed(text),
            marked,
        };
    }
    let page = page_address(text)
        .and_then(|address| Url::parse(address).ok())
        .filter(|page| matches!(page.scheme(), "http" | "https"));
    let mut out = String::with_capacity(text.len());
    // Whether the last line of words ended with a picture.
    let mut under_picture = false;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() || header_field(content.trim()).is_some() {
            out.push_str(line);
            continue;
        }
        if under_picture && is_emphasized(content.trim()) {
            marked.captions.push(index + 1);
        }
        if is_emphasized_by(content.trim(), STRONG) {
            marked.strong.push(index + 1);
        }
        let PlainLine {
            text: plain,
            addresses,
            heading,
            picture_links,
            page_link,
        } = plain_line(content, page.as_ref());
        (marked.picture_links)
            .extend((picture_links.into_iter()).map(|(picture, link)| (index + 1, picture, link)));
        (marked.page_links).extend(page_link.map(|(words, link)| (index + 1, words, link)));
        under_picture = plain.ends_with(PARAGRAPH_SEPARATOR);
        let plain = plain.trim_matches(PARAGRAPH_SEPARATOR);
        // A line Markdown reads as no words stays as written: a thematic
        // break (`---`, `* * *`), which ingest reads as the separator
        // between two parts of an article, or a link's definition (`[1]:
        // https://…`), nothing of which is lost unsaid.
        if plain.trim().is_empty() {
            out.push_str(line);
            continue;
        }
        if let Some(level) = heading {
            marked.headings.push((index + 1, level));
        }
        out.push_str(plain);
        out.push_str(&line[content.len()..]);
        if !addresses.is_empty() {
            warnings.push(Error::MarkdownLinks {
                line: index + 1,
                addresses,
            });
        }
    }
    Plain {
        text: Cow::Owned(out),
        marked,
    }
}

/// Whether `text` is Markdown: its first line of words is a heading
/// (`# Tiêu đề`), or [`MIN_MARKED_LINES`] lines show Markdown's marks.
fn is_markdown(text: &str) -> bool {
    let lines = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && header_field(line).is_none());
    let first_is_heading = lines.clone().next().is_some_and(is_heading);
    first_is_heading
        || lines
            .filter(|line| is_marked(line))
            .take(MIN_MARKED_LINES)
            .count()
            == MIN_MARKED_LINES
}

/// Whether `line` is a Markdown heading: one to six `#`, a space, words.
fn is_heading(line: &str) -> bool {
    let marks = line.len() - line.trim_start_matches('#').len();
    (1..=6).contains(&marks) && line[marks..].starts_with(' ') && !line[marks..].trim().is_empty()
}

/// Whether `line` shows Markdown's marks: a heading, a picture or a link
/// (`](`), or words wrapped whole in emphasis (`**Lê Hương**`, `*…*`).
fn is_marked(line: &str) -> bool {
    is_heading(line) || (line.contains('[') && line.contains("](")) || is_emphasized(line)
}

/// The marks of strong emphasis.
const STRONG: &[&str] = &["**", "__"];

/// Whether `line` is words wrapped whole in emphasis (`**Lê Hương**`,
/// `*Du khách dạo quanh hồ*`, `_…_`), not a list's item (`* Mục`).
fn is_emphasized(line: &str) -> bool {
    is_emphasized_by(line, &["**", "__", "*", "_"])
}

/// Whether `line` is words wrapped whole in one of `marks`.
fn is_emphasized_by(line: &str, marks: &[&str]) -> bool {
    marks.iter().any(|mark| {
        line.len() > 2 * mark.len()
            && line.starts_with(mark)
            && line.ends_with(mark)
            && !line[mark.len()..].starts_with(' ')
    })
}

/// `line` without its Markdown: its words, a list item's marker as written
/// (ingest reads lists from their markers), each picture as its address
/// and its alt text, each set apart by [`PARAGRAPH_SEPARATOR`] (one ends
/// the line when a picture does); the
/// addresses of its links, which were left out; its level, when it is
/// a heading; the pictures in a link, each with the page it leads
/// to, which is kept (resolved against the `page` as a picture's address
/// is); and, when the line holds one link and it has words and leads to
/// a page, its words and that page.
fn plain_line(line: &str, page: Option<&Url>) -> PlainLine {
    let mut plain = String::with_capacity(line.len());
    // A page's marker of a link to another story (`>> [Giá vàng tăng](…)`),
    // which Markdown reads as a quote in a quote, stays as written: ingest
    // reads such links by it, as in plain text.
    let line = match line.trim_start().strip_prefix(">>") {
        Some(rest) if !rest.starts_with('>') && !rest.trim().is_empty() => {
            plain.push_str(">> ");
            rest.trim_start()
        }
        _ => line,
    };
    let mut addresses = Vec::new();
    let mut heading = None;
    let mut picture_links = Vec::new();
    // How many links the line holds, and the last with words but no
    // picture, with where its words begin and end in `plain`.
    let mut links = 0;
    let mut worded_link: Option<(String, Range<usize>)> = None;
    // The alt text of the picture being read, and its address.
    let mut picture: Option<(String, String)> = None;
    // The link open: its address, the pictures in it, and whether it holds
    // words besides; and where its words begin.
    let mut link: Option<(String, Vec<String>, bool)> = None;
    let mut link_start = 0;
    for (event, range) in Parser::new(line).into_offset_iter() {
        let in_picture = picture.is_some();
        let out = match &mut picture {
            Some((alt, _)) => alt,
            None => &mut plain,
        };
        match event {
            Event::Start(Tag::Item) => {
                // The marker, as written: `- `, `1. `, `a) ` is no marker
                // to CommonMark and stays in the text.
                let marker = &line[range.start..];
                let len = marker.len() - marker.trim_start_matches(|c: char| !c.is_whitespace()).len();
                out.push_str(&marker[..len]);
                out.push(' ');
            }
            Event::Start(Tag::Heading { level, .. }) => heading = Some(level as u8),
            Event::Start(Tag::Image { dest_url, .. }) => {
                picture = Some((String::new(), dest_url.into_string()))
            }
            Event::End(TagEnd::Image) => {
                if let Some((alt, address)) = picture.take() {
                    let address = picture_address(page, address);
                    if let Some((_, pictures, _)) = &mut link {
                        pictures.push(address.trim().to_owned());
                    }
                    for part in [address, without_picture_number(&alt).to_owned()] {
                        if !plain.is_empty() && !plain.ends_with(PARAGRAPH_SEPARATOR) {
                            plain.push(PARAGRAPH_SEPARATOR);
                        }
                        plain.push_str(part.trim());
                    }
                    plain.push(PARAGRAPH_SEPARATOR);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) if !dest_url.is_empty() => {
                link = Some((dest_url.into_string(), Vec::new(), false));
                link_start = plain.len();
                links += 1;
            }
            Event::End(TagEnd::Link) => match link.take() {
                // A picture in a link leads to its page, alone or with the
                // link's words (a teaser: its picture and title), which are
                // plain text here: the page is not lost. One linked to its
                // larger file loses nothing (the page makes its own link
                // to the largest).
                Some((address, pictures, _)) if !pictures.is_empty() && !leads_to_a_page(&address) => {}
                Some((address, pictures, _)) if !pictures.is_empty() && safe_url(&address).is_some() => {
                    let address = picture_address(page, address);
                    picture_links.extend(pictures.into_iter().map(|picture| (picture, address.clone())));
                }
                Some((address, pictures, words)) => {
                    if words && pictures.is_empty() {
                        worded_link = Some((address.clone(), link_start..plain.len()));
                    }
                    addresses.push(address);
                }
                None => {}
            },
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                if let (Some((_, _, words)), false) = (&mut link, in_picture) {
                    *words |= !text.trim().is_empty();
                }
                out.push_str(&text);
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    // A page: not a picture's file, a place in this one, an e-mail
    // address or a telephone number.
    let names_no_page = |address: &str| {
        ["mailto:", "tel:"].iter().any(|scheme| {
            address
                .get(..scheme.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
        })
    };
    let page_link = match worded_link {
        Some((address, words))
            if links == 1
                && leads_to_a_page(&address)
                && !names_no_page(&address)
                && safe_url(&address).is_some() =>
        {
            Some((plain[words].trim().to_owned(), picture_address(page, address)))
        }
        _ => None,
    };
    PlainLine {
        text: plain,
        addresses,
        heading,
        picture_links,
        page_link,
    }
}

/// A line of Markdown as [`plain_line`] reads it.
#[derive(Debug, PartialEq)]
struct PlainLine {
    /// Its words, its pictures' addresses and alt texts.
    text: String,
    /// The addresses of its links, left out.
    addresses: Vec<String>,
    /// Its level, when it is a heading.
    heading: Option<u8>,
    /// Each picture in a link, and the page the link leads to.
    picture_links: Vec<(String, String)>,
    /// Its one link's words and page, when it holds one with words.
    page_link: Option<(String, String)>,
}

/// A picture's address as a reader's browser fetches it: one relative to
/// the `page` it was scraped from (`/images/a.jpg`, `a.jpg`,
/// `//cdn.bao.vn/a.jpg`) joined to the page's; an address that names its
/// site stays as written, and so does any address when the page's is not
/// known (ingest then tells that a file name is no picture's text).
fn picture_address(page: Option<&Url>, address: String) -> String {
    match page.and_then(|page| page.join(&address).ok()) {
        Some(joined) if Url::parse(&address).is_err() && matches!(joined.scheme(), "http" | "https") => {
            joined.into()
        }
        _ => address,
    }
}

/// `alt` without the number a reader tool puts before a picture's alt
/// text (Jina Reader's `Image 1: `, or `Image 2` where there was none).
fn without_picture_number(alt: &str) -> &str {
    let Some(rest) = alt.strip_prefix("Image ") else {
        return alt;
    };
    let number = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match rest[number..].strip_prefix(':') {
        Some(text) if number > 0 => text.trim_start(),
        None if number > 0 && number == rest.len() => "",
        _ => alt,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_told_from_plain_text() {
        assert!(is_markdown("# Tiêu đề\nĐoạn văn."));
        assert!(is_markdown("Tiêu đề\n**Lê Hương**\n[UBND](https://x.vn) họp."));
        // A corpus file's header lines are no headings.
        assert!(!is_markdown("# url = https://x.vn\nTiêu đề\nĐoạn văn."));
        assert!(!is_markdown("Tiêu đề\n#hashtag\nGiá 5*3*2 đồng.\n**Lê Hương**"));
    }

    #[test]
    fn a_line_s_markdown_goes_and_its_words_stay() {
        let plain = |line| {
            plain_line(line, None)
                .text
                .trim_matches(PARAGRAPH_SEPARATOR)
                .to_owned()
        };
        assert_eq!(plain_line("### Giải pháp", None).heading, Some(3));
        assert_eq!(plain("## Lưu ý khi gửi xe"), "Lưu ý khi gửi xe");
        assert_eq!(
            plain("*Thứ Bảy, 03/12/2022 - 07:00*"),
            "Thứ Bảy, 03/12/2022 - 07:00"
        );
        assert_eq!(plain("> **Ông A** nói: \\*không\\*"), "Ông A nói: *không*");
        assert_eq!(plain(">> [Giá vàng tăng](/gia-vang.htm)"), ">> Giá vàng tăng");
        assert_eq!(plain("- Xét tuyển *thẳng*;"), "- Xét tuyển thẳng;");
        assert_eq!(plain("2. Nộp lệ phí."), "2. Nộp lệ phí.");
        assert_eq!(
            plain_line("Theo [UBND quận](https://hoankiem.vn), đường `A-1` mở.", None),
            PlainLine {
                text: "Theo UBND quận, đường A-1 mở.".to_owned(),
                addresses: vec!["https://hoankiem.vn".to_owned()],
                heading: None,
                picture_links: vec![],
                page_link: Some(("UBND quận".to_owned(), "https://hoankiem.vn".to_owned())),
            }
        );
        assert_eq!(
            plain("![Du khách dạo quanh hồ](https://x.vn/a.jpg \"Hồ\")"),
            "https://x.vn/a.jpg\u{2029}Du khách dạo quanh hồ"
        );
        assert_eq!(plain("![](https://x.vn/a.jpg)"), "https://x.vn/a.jpg");
        // A reader tool's numbers are no alt text.
        assert_eq!(
            plain("![Image 3: Hồ Gươm](https://x.vn/a.jpg)"),
            "https://x.vn/a.jpg\u{2029}Hồ Gươm"
        );
        assert_eq!(plain("![Image 4](https://x.vn/a.jpg)"), "https://x.vn/a.jpg");
        // Read as no words, so kept whole by `without_markdown`.
        assert_eq!(plain("[1]: https://x.vn/a"), "");
        assert_eq!(plain("* * *"), "");
        let mut warnings = Vec::new();
        let read = without_markdown("# Tiêu đề\n[1]: https://x.vn/a\n* * *\n", &mut warnings);
        assert_eq!(read.text, "Tiêu đề\n[1]: https://x.vn/a\n* * *\n");
        assert_eq!(read.marked.headings, [(1, 1)]);
        let read = without_markdown(
            "# Tiêu đề\n**Sáng 10/10, …**\n*Ảnh*\n__Lê Hương__\n",
            &mut warnings,
        );
        assert_eq!(read.marked.strong, [2, 4]);
        assert_eq!(
            plain("![Image of Hồ Gươm](https://x.vn/a.jpg)"),
            "https://x.vn/a.jpg\u{2029}Image of Hồ Gươm"
        );
    }

    #[test]
    fn a_picture_in_a_link_leads_to_its_page() {
        let page = Url::parse("https://x.vn/tin/a.htm").ok();
        let read = |line: &str| {
            let read = plain_line(line, page.as_ref());
            (read.addresses, read.picture_links)
        };
        let pair = |picture: &str, link: &str| (picture.to_owned(), link.to_owned());
        assert_eq!(
            read("[![Image 2: Cầu mới](/anh/cau.jpg)](/tin/cau-moi.htm)"),
            (
                vec![],
                vec![pair("https://x.vn/anh/cau.jpg", "https://x.vn/tin/cau-moi.htm")]
            )
        );
        // Linked to its larger file, or to a place in the page: nothing lost.
        assert_eq!(read("[![Cầu](a.jpg)](a-lon.JPG)"), (vec![], vec![]));
        assert_eq!(read("[![Cầu](a.jpg)](#anh)"), (vec![], vec![]));
        // With the link's words besides (a teaser), the picture still
        // leads to the page.
        assert_eq!(
            read("[![Cầu](a.jpg) Cầu mới](/cau.htm)"),
            (
                vec![],
                vec![pair("https://x.vn/tin/a.jpg", "https://x.vn/cau.htm")]
            )
        );
        // One not allowed is left out, and told.
        assert_eq!(
            read("[![Cầu](a.jpg)](javascript:alert(1))"),
            (vec!["javascript:alert(1)".to_owned()], vec![])
        );
    }
}
