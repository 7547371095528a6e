//! What a page puts around its article and is no part of it: sharing
//! tools, tags, copyright lines, links to other stories, `Tin liên quan`
//! and the titles it lists; the source address a last line gives.

use super::byline::personal_names;
use super::credits::is_credit;
use super::dateline::view_count;
use super::lists::without_bullet;
use super::{Line, before_closing_marks, ends_sentence, is_web_address};
use crate::Error;
use crate::article::parse_clock;
use crate::normalize::lower_case;
use crate::web_address::host;

/// The warning that names the page's lines left out, in order; `None`
/// when there are none.
pub(super) fn left_out<'a>(mut lines: impl Iterator<Item = Line<'a>>) -> Option<Error> {
    let first = lines.next()?;
    Some(Error::PageChrome {
        line: first.number,
        text: first.text.to_owned(),
        following: lines.map(|line| line.text.to_owned()).collect(),
    })
}

/// The labels of a page's sharing and reading tools, besides those of
/// [`PAGE_HEADINGS`] (lower-case), which a scrape copies as lines of their
/// own under the title.
const PAGE_TOOLS: &[&str] = &[
    "facebook",
    "zalo",
    "twitter",
    "email",
    "e-mail",
    "messenger",
    "linkedin",
    "copy link",
    "sao chép liên kết",
    "lưu",
    "lưu bài",
    "lưu bài viết",
    "nghe",
    "nghe bài viết",
    "nghe đọc bài",
    "theo dõi",
    "google news",
    "in",
    "in trang",
    "về trang trước",
    "quay lại",
    "trở lại",
    "lên đầu trang",
    "về đầu trang",
];

/// Takes the page's sharing and reading tools (`Chia sẻ`, `Facebook`,
/// `Nghe bài viết`) off the start of the body, each a line of its own: no
/// article's text is a tool's label alone. The warning names them.
pub(super) fn take_page_tools(body: &mut Vec<Line<'_>>) -> Option<Error> {
    // Keep at least one line of body.
    let tools = body
        .iter()
        .take(body.len().saturating_sub(1))
        .take_while(|line| is_page_tool(line.text))
        .count();
    left_out(body.drain(..tools))
}

/// Whether `line` is the page's list of tags (`Từ khóa: tinh gọn bộ máy,
/// Nghị quyết 18`, `Tags: …`).
fn is_tags(line: &str) -> bool {
    lower_case(line)
        .split_once(':')
        .is_some_and(|(label, list)| is_tags_label(label.trim()) && !list.trim().is_empty())
}

/// Whether `line` is the page's copyright notice (`© Báo Nhân Dân`,
/// `Bản quyền thuộc Báo Nhân Dân`, `Copyright 2024 …`): a line of the
/// page's footer, not the article's, so no sentence (`Bản quyền thuộc về
/// người sáng tác.` may end an article).
fn is_copyright(line: &str) -> bool {
    const MAX_WORDS: usize = 20;
    let lower = lower_case(line);
    [
        "©",
        "(c) ",
        "copyright",
        "bản quyền thuộc",
        "bản quyền ©",
        "bản quyền:",
    ]
    .iter()
    .any(|opening| lower.starts_with(opening))
        && line.split_whitespace().count() <= MAX_WORDS
        && !ends_sentence(line)
}

/// Whether `label` (lower-case) heads a page's tags.
fn is_tags_label(label: &str) -> bool {
    matches!(label, "từ khóa" | "từ khoá" | "tags")
}

/// Whether `line` is the label of one of the page's tools or headings
/// alone (`Chia sẻ`, `Facebook`, `Bình luận:`).
fn is_page_tool(line: &str) -> bool {
    let lower = lower_case(line);
    let label = lower.trim_end_matches(':').trim();
    PAGE_TOOLS.contains(&label)
        || PAGE_HEADINGS.contains(&label)
        || is_text_size_tool(label)
        || is_relative_time(label)
        || is_reader_count(label)
        || is_menu(label)
}

/// Whether `label` (lower-case) is one of the page's menus, its items
/// parted by `|`, `>`, `»` or `›`: the trail of sections above the
/// article (`Trang chủ > Thời sự > Xã hội`), or the links of its footer
/// (`Liên hệ | Quảng cáo | Đặt báo`), half its items or more such links.
fn is_menu(label: &str) -> bool {
    /// The most words a menu's item has (`Chính sách bảo mật`).
    const MAX_ITEM_WORDS: usize = 4;
    /// Links a page's header or footer menu holds (lower-case).
    const MENU_LINKS: &[&str] = &[
        "trang chủ",
        "home",
        "giới thiệu",
        "về chúng tôi",
        "liên hệ",
        "liên hệ quảng cáo",
        "quảng cáo",
        "đặt báo",
        "tòa soạn",
        "toà soạn",
        "điều khoản",
        "điều khoản sử dụng",
        "bảo mật",
        "chính sách bảo mật",
        "rss",
        "sitemap",
        "sơ đồ trang",
        "đăng nhập",
        "đăng ký",
        "tuyển dụng",
        "hỏi đáp",
        "góp ý",
    ];
    let items: Vec<&str> = label.split(['|', '>', '»', '›']).map(str::trim).collect();
    if items.len() < 2
        || items
            .iter()
            .any(|item| item.is_empty() || item.split_whitespace().nth(MAX_ITEM_WORDS).is_some())
    {
        return false;
    }
    let links = items.iter().filter(|item| MENU_LINKS.contains(item)).count();
    items[0] == "trang chủ" || items[0] == "home" || links * 2 >= items.len()
}

/// Whether `label` (lower-case) is the page's count of its readers alone
/// on its line (`lượt xem: 1.234`, `1234 lượt đọc`), as some pages set it
/// under the dateline rather than beside it.
fn is_reader_count(label: &str) -> bool {
    let mut words = label
        .split_whitespace()
        .map(|word| word.strip_suffix(':').unwrap_or(word))
        .filter(|word| !word.is_empty())
        .peekable();
    words
        .next()
        .is_some_and(|first| view_count(first, &mut words).is_some())
        && words.next().is_none()
}

/// Whether `label` (lower-case) is a time a page counts back from when it
/// was read (`2 giờ trước`, `Cập nhật 15 phút trước`, `vừa xong`, `Hôm qua
/// lúc 10:30`, `Hôm nay, 08:15`): the scrape does not say when that was, so
/// it dates nothing.
fn is_relative_time(label: &str) -> bool {
    const UNITS: &[&str] = &["giây", "phút", "giờ", "tiếng", "ngày", "tuần", "tháng", "năm"];
    let label = ["cập nhật", "đăng"]
        .iter()
        .find_map(|name| label.strip_prefix(name))
        .map_or(label, |rest| rest.trim_start_matches(':').trim_start());
    let words: Vec<&str> = label
        .split_whitespace()
        .map(|word| word.trim_end_matches(','))
        .collect();
    match words.as_slice() {
        ["vừa", "xong"] | ["hôm", "qua" | "nay" | "kia"] => true,
        ["hôm", "qua" | "nay" | "kia", "lúc", clock] | ["hôm", "qua" | "nay" | "kia", clock] => {
            parse_clock(clock).is_some()
        }
        [number, unit, "trước"] => number.bytes().all(|b| b.is_ascii_digit()) && UNITS.contains(unit),
        _ => false,
    }
}

/// Whether `label` (lower-case) is a page's buttons for the size of its
/// text: `Cỡ chữ A A A`, `Cỡ chữ: A- A+`, `Font chữ: a A`.
fn is_text_size_tool(label: &str) -> bool {
    ["cỡ chữ", "font chữ", "kích thước chữ"]
        .iter()
        .find_map(|name| label.strip_prefix(name))
        .is_some_and(|buttons| {
            buttons
                .trim_start_matches(':')
                .split_whitespace()
                .all(|button| button.trim_matches(['+', '-']) == "a")
        })
}

/// Headings that a news page puts under its article, over links to other
/// stories or over its sharing, printing and comment tools (lower-case,
/// without a colon): page chrome that a scrape copies with the text.
const PAGE_HEADINGS: &[&str] = &[
    "tin liên quan",
    "tin bài liên quan",
    "bài liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "tin khác",
    "các tin khác",
    "tin mới",
    "tin mới nhất",
    "tin mới hơn",
    "tin cũ hơn",
    "các tin đã đưa",
    "tin nổi bật",
    "đọc nhiều",
    "đọc nhiều nhất",
    "xem nhiều",
    "xem nhiều nhất",
    "tin đọc nhiều",
    "có thể bạn quan tâm",
    "bạn có thể quan tâm",
    "xem thêm",
    "đọc thêm",
    "chia sẻ",
    "chia sẻ bài viết",
    "in bài",
    "in bài viết",
    "gửi bài viết",
    "bình luận",
    "ý kiến bạn đọc",
    "từ khóa",
    "từ khoá",
    "tags",
];

/// Takes the page chrome off the end of the body: a heading of
/// [`PAGE_HEADINGS`] and every line after it, when those lines are what
/// such a heading lists (other stories' titles, [`may_be_listed_title`],
/// and tags). A tag line (`Từ khóa: …`) is such a
/// heading with its list on the same line; a byline may follow the list,
/// with its credit line under it (`Theo Dân trí`), and the page's tools
/// under both (`Chia sẻ`). The warnings name what was left out: it is not
/// the article's text, but it was in the input.
pub(super) fn take_page_chrome(body: &mut Vec<Line<'_>>) -> Vec<Error> {
    let heading = |text: &str| {
        let lower = lower_case(without_bullet(text));
        let (label, list) = lower.split_once(':').unwrap_or((&lower, ""));
        let label = label.trim();
        PAGE_HEADINGS.contains(&label) && (list.trim().is_empty() || is_tags_label(label))
    };
    let listed = |text: &str| may_be_listed_title(text) && !text.ends_with(':');
    // A byline under the list (`Thiên Vỹ`), and the credit line under it,
    // are the article's, not stories' titles: the chrome ends before them.
    // The page's tools under them, its tags (`Từ khóa: …`) and its
    // copyright notice are chrome of their own.
    let tools_start = body.len()
        - body
            .iter()
            .skip(1)
            .rev()
            .take_while(|line| is_page_tool(line.text) || is_tags(line.text) || is_copyright(line.text))
            .count();
    let credit = tools_start
        .checked_sub(1)
        .filter(|&index| is_credit(body[index].text));
    let names = credit.unwrap_or(tools_start).checked_sub(1);
    let (end, tools) = match names {
        Some(names) if personal_names(body[names].text).is_some() => {
            (names, left_out(body.drain(tools_start..)))
        }
        _ => (body.len(), None),
    };
    // The first heading from which every line to the end is chrome.
    let mut start = None;
    for (index, line) in body[..end].iter().enumerate().rev() {
        if heading(line.text) {
            start = Some(index);
        } else if !listed(line.text) {
            break;
        }
    }
    // Keep at least one line of body.
    let start = start.filter(|&start| start > 0);
    let list = start.and_then(|start| left_out(body.drain(start..end)));
    list.into_iter().chain(tools).collect()
}

/// The most words a story's title takes.
const MAX_TITLE_WORDS: usize = 30;

/// Whether `line` may be another story's title as a page lists it under a
/// heading or after a marker: no more words than a title takes, and no
/// sentence ended but by a headline's question or exclamation (`Vượt đèn
/// đỏ bị phạt bao nhiêu từ năm 2025?`). A line that trails off (`…`) is the
/// article's.
pub(super) fn may_be_listed_title(line: &str) -> bool {
    let end = before_closing_marks(line);
    (!ends_sentence(line) || end.ends_with(['?', '!'])) && line.split_whitespace().count() <= MAX_TITLE_WORDS
}

/// What opens a page's link to another story set among the paragraphs
/// (`>> Hà Tĩnh: Quán triệt Nghị quyết`, `Xem thêm: Bí thư Tỉnh ủy làm
/// việc với huyện`), lower-case.
const LINK_MARKERS: &[&str] = &[
    ">>",
    "»",
    "xem thêm:",
    "đọc thêm:",
    "tin liên quan:",
    "bài liên quan:",
];

/// The marker of [`LINK_MARKERS`] that opens `line`, as written, and the
/// rest of the line after it.
pub(super) fn link_marker(line: &str) -> Option<(&str, &str)> {
    LINK_MARKERS.iter().find_map(|marker| {
        let (opening, rest) = line.split_at_checked(marker.len())?;
        (lower_case(opening) == *marker).then_some((opening, rest))
    })
}

/// Headings a page puts over links to other stories set among the
/// paragraphs (lower-case, without a colon).
const LINKS_HEADINGS: &[&str] = &[
    "tin liên quan",
    "tin bài liên quan",
    "bài liên quan",
    "bài viết liên quan",
    "xem thêm",
    "đọc thêm",
];

/// Whether `line` is a heading of [`LINKS_HEADINGS`] (`Tin liên quan`,
/// `Xem thêm:`, `- Đọc thêm`).
pub(super) fn is_links_heading(line: &str) -> bool {
    let lower = lower_case(without_bullet(line));
    LINKS_HEADINGS.contains(&lower.trim_end_matches(':').trim_end())
}

/// Takes the page's links to other stories out of the body, wherever they
/// stand: lines that open with a marker of [`LINK_MARKERS`] and go on with
/// the story's title, and nothing more ([`may_be_listed_title`]: a scrape
/// may glue the article's text to a link, and that line stays); and a
/// heading of [`LINKS_HEADINGS`] with the titles under it, up to the
/// paragraph the article goes on with. No paragraph of an article opens
/// so. A warning names each run of lines left out.
pub(super) fn take_links_to_other_stories(body: &mut Vec<Line<'_>>) -> Vec<Error> {
    // The titles under a heading end at any sentence's end: the paragraph
    // the article goes on with may ask a question. No title is bracketed
    // whole: such a line is the article's credit (`(TTXVN/Vietnam+)`).
    let is_title = |line: &Line<'_>| {
        let text = line.text.trim();
        !ends_sentence(text)
            && text.split_whitespace().count() <= MAX_TITLE_WORDS
            && !(text.starts_with('(') && text.ends_with(')'))
    };
    let is_link = |line: &Line<'_>| {
        may_be_listed_title(line.text)
            && link_marker(line.text).is_some_and(|(_, title)| title.chars().any(char::is_alphanumeric))
    };
    let is_heading = |line: &Line<'_>| is_links_heading(line.text);
    // Where the run of titles from each line ends, read backwards once:
    // linear time however many headings there are.
    let mut titles_end = vec![body.len(); body.len() + 1];
    for (index, line) in body.iter().enumerate().rev() {
        titles_end[index] = if is_title(line) {
            titles_end[index + 1]
        } else {
            index
        };
    }
    let mut warnings = Vec::new();
    let mut kept = Vec::with_capacity(body.len());
    let mut index = 0;
    while index < body.len() {
        // The heading's titles, when a paragraph follows them.
        let listed_end = titles_end[index + 1];
        let links = if listed_end > index + 1 && listed_end < body.len() && is_heading(&body[index]) {
            listed_end - index
        } else {
            body[index..].iter().take_while(|line| is_link(line)).count()
        };
        if links == 0 {
            kept.push(body[index]);
            index += 1;
            continue;
        }
        warnings.extend(left_out(body[index..index + links].iter().copied()));
        index += links;
    }
    // Keep at least one line of body.
    if kept.is_empty() {
        return Vec::new();
    }
    *body = kept;
    warnings
}

/// The labels before the address of the page an article was first
/// published on (lower-case, without the colon): `Nguồn: https://…`,
/// `Link bài gốc: https://…`.
const SOURCE_ADDRESS_LABELS: &[&str] = &["nguồn", "nguồn bài viết", "link bài gốc", "link gốc", "bài gốc"];

/// The address of the page the article was first published on, when the
/// body's last line gives it and nothing else (`Nguồn:
/// https://baochinhphu.vn/…`, in brackets or not): the line goes, and the
/// address becomes the article's source, shown under it as a link named
/// by its host. A line that names the source in words (`Nguồn: Báo Phú
/// Yên`) stays, as typed.
pub(super) fn take_source_address(body: &mut Vec<Line<'_>>) -> Option<String> {
    let line = body.last().filter(|_| body.len() > 1)?.text;
    let line = line
        .strip_prefix('(')
        .and_then(|line| line.strip_suffix(')'))
        .unwrap_or(line);
    let (label, address) = line.split_once(':')?;
    let address = address.trim();
    let is_address =
        is_web_address(address) && host(address).is_some() && !address.contains(char::is_whitespace);
    if !(is_address && SOURCE_ADDRESS_LABELS.contains(&lower_case(label.trim()).as_str())) {
        return None;
    }
    let address = address.to_owned();
    body.pop();
    Some(address)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::body_of;

    #[test]
    fn page_tools() {
        for line in [
            "Chia sẻ",
            "Facebook",
            "In bài",
            "Cỡ chữ  A  A  A",
            "Cỡ chữ: A- A+",
            "font chữ a A",
            "2 giờ trước",
            "Cập nhật: 15 phút trước",
            "Vừa xong",
            "Hôm qua lúc 10:30",
            "Hôm nay, 08:15",
            "Cập nhật: hôm kia 9h05",
            "Lượt xem: 1234",
            "1.234 lượt đọc",
            "Lượt truy cập : 56",
            "Trang chủ > Thời sự > Xã hội",
            "Trang chủ » Pháp luật",
            "Liên hệ | Quảng cáo | Đặt báo",
            "Điều khoản sử dụng | Chính sách bảo mật | RSS | Tuyển dụng",
        ] {
            assert!(is_page_tool(line), "{line}");
        }
        for line in [
            "Cỡ chữ quá nhỏ khiến người cao tuổi khó đọc",
            "Nghe nhạc",
            "In ấn",
            "3 tháng trước, cộng đồng mạng xôn xao",
            "hai giờ trước",
            "Hôm qua lúc đó",
            "Hôm nay trời mưa",
            "Lượt xem tăng mạnh",
            "Lượt xem: 1234 người",
            // A table's row; a sum; a menu's items are short.
            "Hà Nội | 30 | 28",
            "Giá > 20.000 đồng",
            "Liên hệ | Ông Nguyễn Văn A, Trưởng phòng Tổ chức cán bộ của Sở",
        ] {
            assert!(!is_page_tool(line), "{line}");
        }
        let mut body = body_of(&[
            "Cỡ chữ  A  A  A",
            "In bài",
            "Sáng 4/12, hội nghị diễn ra.",
            "Lê Hương",
        ]);
        assert!(take_page_tools(&mut body).is_some());
        assert_eq!(body[0].text, "Sáng 4/12, hội nghị diễn ra.");
    }

    #[test]
    fn a_last_line_giving_the_source_address_is_the_source() {
        for (last, address) in [
            (
                "Nguồn: https://baophuyen.vn/a.html",
                "https://baophuyen.vn/a.html",
            ),
            (
                "(Nguồn: https://baophuyen.vn/a.html)",
                "https://baophuyen.vn/a.html",
            ),
            ("Link bài gốc: http://x.vn/b", "http://x.vn/b"),
        ] {
            let mut body = body_of(&["Đoạn văn.", last]);
            assert_eq!(take_source_address(&mut body).as_deref(), Some(address), "{last}");
            assert_eq!(body.len(), 1);
        }
        for last in [
            "Nguồn: Báo Phú Yên",
            "(Nguồn: baophuyen.vn)",
            "Nguồn: https://baophuyen.vn/a.html và Báo Phú Yên",
            "Xem thêm: https://baophuyen.vn/a.html",
            "Nguồn: javascript:alert(1)",
        ] {
            let mut body = body_of(&["Đoạn văn.", last]);
            assert_eq!(take_source_address(&mut body), None, "{last}");
            assert_eq!(body.len(), 2);
        }
        let mut alone = body_of(&["Nguồn: https://baophuyen.vn/a.html"]);
        assert_eq!(take_source_address(&mut alone), None);
    }
}
