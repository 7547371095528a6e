//! Text a tool wrapped at a fixed width (an e-mail, a wire service's copy,
//! a text file saved from a document): the lines a wrap broke joined again.
//!
//! A wrap breaks a paragraph wherever its next word would pass the width,
//! mid-sentence and often mid-name (`Luật Đất` over `đai`), so each line of
//! it would otherwise be a paragraph of its own, and a cited document's
//! name cut in two. Such text is told by three things at once: its lines
//! keep to a wrapping tool's width ([`MIN_WIDTH`] to [`MAX_WIDTH`]); many
//! of them are full, the next line's first word would not have fitted on
//! them; and after some of those ([`MIN_GOING_ON`]) the text goes on in
//! small letters, as no paragraph opens.

use std::borrow::Cow;

use super::ends_sentence;
use super::figures::image_address;
use super::lists::opens_item;
use crate::normalize::is_invisible;

/// The widest a wrapping tool sets its lines, in characters: e-mail wraps
/// at 72 to 78, wire copy and text files at 60 to 80, some tools at 100 or
/// 120. Most lines of a text wider than this are paragraphs a line each.
const MAX_WIDTH: usize = 160;

/// The narrowest a wrapping tool sets its lines, in characters: a text of
/// shorter lines alone (a poem, a list of names) is set that way by hand.
const MIN_WIDTH: usize = 40;

/// How many full lines must go on in small letters on the next line
/// before a text is read as wrapped: one may be a scrape's broken line.
const MIN_GOING_ON: usize = 2;

/// Scraped text with the lines a wrap broke joined, each to the next by a
/// space.
pub(super) struct Unwrapped<'a> {
    pub(super) text: Cow<'a, str>,
    /// For each line of `text`, the numbers (from 1) of the first and the
    /// last line of the input it holds; empty when nothing was joined.
    spans: Vec<(usize, usize)>,
}

impl Unwrapped<'_> {
    /// The first and the last line of the input (numbered from 1) that
    /// line `index` of the text (from 0) holds.
    pub(super) fn input_lines(&self, index: usize) -> (usize, usize) {
        self.spans.get(index).copied().unwrap_or((index + 1, index + 1))
    }
}

/// `text` with each line that a wrap broke joined to the next, when the
/// text reads as wrapped (see the module's notes). A full line is not
/// joined to a list's item, to a picture's address or from one, to a line
/// after a wider one than a wrap leaves
/// (a title or a link left whole), nor, where no blank line sets
/// paragraphs apart, to a capital after the end of a sentence: that may be
/// the next paragraph.
pub(super) fn unwrapped(text: &str) -> Unwrapped<'_> {
    let unchanged = Unwrapped {
        text: Cow::Borrowed(text),
        spans: Vec::new(),
    };
    let lines: Vec<&str> = text
        .lines()
        .map(|line| line.trim_matches(|c: char| c.is_whitespace() || is_invisible(c)))
        .collect();
    let chars = |line: &str| line.chars().count();
    // The width a wrap kept to: nine lines in ten that go on to another
    // line keep to it (a title or a link may be wider).
    let mut widths: Vec<usize> = (lines.windows(2))
        .filter(|pair| !pair[0].is_empty() && !pair[1].is_empty())
        .map(|pair| chars(pair[0]))
        .collect();
    widths.sort_unstable();
    let Some(&width) = widths.get(widths.len() * 9 / 10) else {
        return unchanged;
    };
    if !(MIN_WIDTH..=MAX_WIDTH).contains(&width) {
        return unchanged;
    }
    // The longest word a wrap may leave to the next line: a line wider than
    // the width by more was never wrapped.
    let slack = width / 5;
    let full = |at: usize| {
        let (line, next) = (lines[at], lines.get(at + 1).copied().unwrap_or_default());
        let next_word = next.split_whitespace().next().map_or(0, chars);
        !line.is_empty()
            && next_word > 0
            && chars(line) <= width + slack
            && chars(line) + 1 + next_word > width
            && !opens_item(next)
            && image_address(line).is_none()
            && image_address(next).is_none()
    };
    let goes_on_small = |at: usize| lines[at + 1].starts_with(char::is_lowercase);
    let going_on = (0..lines.len())
        .filter(|&at| full(at) && goes_on_small(at))
        .count();
    if going_on < MIN_GOING_ON {
        return unchanged;
    }
    let set_apart = lines.iter().filter(|line| line.is_empty()).count() >= 2;
    let joins = |at: usize| full(at) && (set_apart || goes_on_small(at) || !ends_sentence(lines[at]));
    let mut joined = String::with_capacity(text.len());
    let mut spans = Vec::new();
    let mut first = 1;
    for (at, line) in text.lines().enumerate() {
        // A line that goes on another loses its indent.
        let line = if at > 0 && joins(at - 1) {
            line.trim_start()
        } else {
            line
        };
        if joins(at) {
            joined.push_str(line.trim_end());
            joined.push(' ');
        } else {
            joined.push_str(line);
            joined.push('\n');
            spans.push((first, at + 1));
            first = at + 2;
        }
    }
    Unwrapped {
        text: Cow::Owned(joined),
        spans,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAPPED: &str = "Quốc hội thông qua Luật Đất đai sửa đổi\n\
        \n\
        Sáng 18/1, với 432/477 đại biểu tán thành, Quốc hội đã thông qua Luật Đất\n\
        \x20 đai (sửa đổi). Luật gồm 16 chương, 260 điều, có hiệu lực từ ngày 1/1/2025.\n\
        \n\
        Luật được xây dựng nhằm thể chế hóa Nghị quyết số 18-NQ/TW ngày 16/6/2022\n\
        của Hội nghị Trung ương 5 khóa XIII về tiếp tục đổi mới, hoàn thiện thể\n\
        chế, chính sách:\n\
        - đất đai thuộc sở hữu toàn dân;\n\
        - Nhà nước là đại diện chủ sở hữu.\n\
        \n\
        Minh Anh\n";

    #[test]
    fn a_wrapped_paragraph_is_one_line_again() {
        let unwrapped = unwrapped(WRAPPED);
        let lines: Vec<&str> = unwrapped.text.lines().collect();
        assert_eq!(
            lines[2],
            "Sáng 18/1, với 432/477 đại biểu tán thành, Quốc hội đã thông qua Luật Đất đai (sửa đổi). \
             Luật gồm 16 chương, 260 điều, có hiệu lực từ ngày 1/1/2025."
        );
        assert_eq!(unwrapped.input_lines(2), (3, 4));
        assert!(lines[4].ends_with("hoàn thiện thể chế, chính sách:"));
        assert_eq!(unwrapped.input_lines(4), (6, 8));
        // A list's items stay lines of their own.
        assert_eq!(lines[5], "- đất đai thuộc sở hữu toàn dân;");
        assert_eq!(unwrapped.input_lines(5), (9, 9));
        assert_eq!(lines[8], "Minh Anh");
        assert_eq!(unwrapped.input_lines(8), (12, 12));
    }

    #[test]
    fn text_of_a_paragraph_a_line_stays_as_it_is() {
        // The seed's shape: a paragraph a line, blank lines between.
        let seed = "Hội nghị trực tuyến\nCập nhật lúc 16:07, Thứ Năm, 07/11/2019 (GMT+7)\n\n\
            Sáng 7-11, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị trực tuyến quán triệt các quy định, \
            hướng dẫn của Trung ương cho đội ngũ cán bộ chủ chốt tại 16 điểm cầu trên toàn tỉnh.\n\n\
            Các đại biểu tham dự hội nghị tại điểm cẩu Tỉnh ủy\n\
            Các đại biểu tham dự hội nghị tại điểm cầu Tỉnh ủy\n\n Lê Hương\n";
        assert!(matches!(unwrapped(seed).text, Cow::Borrowed(_)));
        // Short lines, none going on in small letters: a paragraph each.
        let short = "Tiêu đề\nĐoạn một kết thúc ở đây.\nĐoạn hai cũng vậy.\nĐoạn ba.\n";
        assert!(matches!(unwrapped(short).text, Cow::Borrowed(_)));
        // A poem whose lines open in small letters keeps its lines.
        let poem = "Bên kia sông Đuống\nem ơi buồn làm chi\nanh đưa em về sông Đuống\n\
                    ngày xưa cát trắng phẳng lì\nsông Đuống trôi đi\nmột dòng lấp lánh\n";
        assert!(matches!(unwrapped(poem).text, Cow::Borrowed(_)));
    }
}
