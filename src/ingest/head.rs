//! The article's head: the title (under a page's navigation, broken over
//! lines, followed by the publication's name), the dateline's line and
//! what a page writes beside it, the standfirst.

use super::byline::{PLACES_NOT_NAMES, PROVINCES, personal_names};
use super::credits::is_credit;
use super::page_chrome::left_out;
use super::{
    Line, MAX_HEADLINE_CHARS, dateline, ends_sentence, folded_words, is_wide_gap, length_as_read, lower_case,
    reads_as_paragraph, shared_words, word_spans,
};
use crate::Error;
use crate::article::Article;
use crate::normalize::nfc;
use crate::photo_credit::split_credit;
use crate::render::vietnamese_weekday;
use time::Weekday;

/// The publication's name that a page's `<title>` adds after the
/// article's (`… - Báo Đắk Lắk điện tử`, `… | VOV.VN`, `… – Tạp chí Cộng
/// sản`): the title without it, and the name (see [`is_site_name`]); the
/// title keeps three words or more.
pub(super) fn site_after_title(title: &str) -> Option<(&str, &str)> {
    const MIN_TITLE_WORDS: usize = 3;
    let (at, separator) = [" - ", " – ", " — ", " | "]
        .iter()
        .filter_map(|separator| title.rfind(separator).map(|at| (at, *separator)))
        .max_by_key(|&(at, _)| at)?;
    let (kept, site) = (title[..at].trim_end(), title[at + separator.len()..].trim());
    (is_site_name(site) && kept.split_whitespace().count() >= MIN_TITLE_WORDS).then_some((kept, site))
}

/// Whether `text` is a publication's name: it begins as a publication's
/// does (`Báo` or `Tạp chí` then a capital: `Báo chí …` is no name; `Đài
/// Phát thanh`, `Cổng thông tin`…) or is a web address's (`VOV.VN`,
/// `Chinhphu.vn`), and has at most eight words.
fn is_site_name(text: &str) -> bool {
    const MAX_SITE_WORDS: usize = 8;
    /// Openings a capitalised name follows (`Báo Nhân Dân`, not `Báo chí`).
    const OPENINGS: &[&str] = &["Báo", "Tạp chí"];
    /// Openings that name the kind of publication whatever follows
    /// (`Đài Phát thanh và Truyền hình Đắk Lắk`; not `Đài Loan`).
    const KINDS: &[&str] = &[
        "Đài Phát thanh",
        "Đài Truyền hình",
        "Đài Tiếng nói",
        "Cổng thông tin",
        "Cổng Thông tin",
        "Thông tấn xã",
    ];
    const DOMAINS: &[&str] = &[".vn", ".com", ".net", ".org"];
    let after = |opening: &&str| {
        text.strip_prefix(*opening)
            .and_then(|rest| rest.strip_prefix(' '))
    };
    let named = OPENINGS
        .iter()
        .any(|opening| after(opening).is_some_and(|rest| rest.starts_with(char::is_uppercase)))
        || KINDS.iter().any(|kind| after(kind).is_some());
    let addressed = text.split_whitespace().any(|word| {
        let lower = word.to_ascii_lowercase();
        DOMAINS
            .iter()
            .any(|domain| lower.ends_with(domain) && lower.len() > domain.len())
    });
    (named || addressed) && text.split_whitespace().count() <= MAX_SITE_WORDS
}

/// A dateline's line: its datelines, and what a page may write beside
/// them, set apart by a bar or a dash, either first.
#[derive(Default)]
pub(super) struct DatelineLine<'a> {
    pub(super) datelines: Vec<dateline::Dateline>,
    /// The writers' names (`Minh Anh | 01/01/2024 10:00`, `Thứ Hai,
    /// 01/01/2024 - 10:00 | Tác giả: Minh Anh`, `Bởi Minh Anh - 01/01/2024`).
    pub(super) names: Vec<String>,
    /// The publication's name (`Chinhphu.vn - 14/11/2026 08:15`, `Báo Nhân
    /// Dân | 01/01/2024`).
    pub(super) site: Option<&'a str>,
    /// The account that posted the article (`Người đăng: Quản trị viên |
    /// 01/01/2024`): no writer's name.
    pub(super) poster: Option<&'a str>,
    /// Where the story was filed from (`Hải Phòng - 01/01/2024`, `Hà Nội,
    /// 18/09/2020`).
    pub(super) place: Option<&'a str>,
}

/// The most bytes a dateline's line takes: the longest the corpora and
/// the fixtures hold (`Cập nhật lúc 16:07, Thứ Năm, 07/11/2019 (GMT+7)`,
/// a date with an author's name and a site) take less than half of it.
const LONGEST_DATELINE: usize = 250;

/// The account after the label a page gives who posted an article
/// (`Người đăng: Quản trị viên`, `Đăng bởi: admin`); `None` when `text`
/// has no such label.
fn posted_by(text: &str) -> Option<&str> {
    const LABELS: &[&str] = &["người đăng", "đăng bởi", "người cập nhật", "posted by"];
    let (label, poster) = text.split_once(':')?;
    let poster = poster.trim();
    (LABELS.contains(&lower_case(label.trim()).as_str()) && !poster.is_empty()).then_some(poster)
}

/// The dateline's line `text` read (see [`DatelineLine`]); `None` when
/// the line is no dateline.
pub(super) fn dateline_line(text: &str) -> Option<DatelineLine<'_>> {
    // A longer line is no dateline: each of its separators would be tried,
    // its two sides read each time.
    if text.len() > LONGEST_DATELINE {
        return None;
    }
    // A page may bracket its dateline whole: `(Cập nhật: 08/08/2023 07:45)`.
    if let Some(inner) = text
        .trim()
        .strip_prefix('(')
        .and_then(|text| text.strip_suffix(')'))
        && !inner.contains(['(', ')'])
        && let Some(line) = dateline_line(inner)
    {
        return Some(line);
    }
    if let Some(datelines) = dateline::parse_line(text) {
        return Some(DatelineLine {
            datelines,
            ..DatelineLine::default()
        });
    }
    // Where the story was filed from, before a comma: `Hà Nội, 18/09/2020`.
    if let Some((place, date)) = text.split_once(", ")
        && is_place(place)
        && let Some(datelines) = dateline::parse_line(date)
    {
        return Some(DatelineLine {
            datelines,
            place: Some(place.trim()),
            ..DatelineLine::default()
        });
    }
    // (A wide gap: `By Nguyen Quy   December 28, 2026`.)
    [" | ", " - ", " – ", " — ", "  ", "\t"]
        .iter()
        .flat_map(|separator| text.match_indices(separator))
        .find_map(|(at, separator)| {
            let (first, second) = (&text[..at], &text[at + separator.len()..]);
            [(first, second), (second, first)]
                .into_iter()
                .find_map(|(date, beside)| {
                    let datelines = dateline::parse_line(date)?;
                    let beside = beside.trim();
                    if let Some(poster) = posted_by(beside) {
                        return Some(DatelineLine {
                            datelines,
                            poster: Some(poster),
                            ..DatelineLine::default()
                        });
                    }
                    if is_site_name(beside) {
                        return Some(DatelineLine {
                            datelines,
                            site: Some(beside),
                            ..DatelineLine::default()
                        });
                    }
                    // `Hải Phòng - 01/01/2024`: where the story was filed;
                    // many places read as personal names do.
                    if is_place(beside) {
                        return Some(DatelineLine {
                            datelines,
                            place: Some(beside),
                            ..DatelineLine::default()
                        });
                    }
                    Some(DatelineLine {
                        datelines,
                        names: personal_names(beside)?,
                        ..DatelineLine::default()
                    })
                })
        })
}

/// Whether `text` names a province or a city ([`PROVINCES`],
/// [`PLACES_NOT_NAMES`]), in any case (`HÀ NỘI`).
fn is_place(text: &str) -> bool {
    let text = lower_case(text.trim());
    PROVINCES
        .iter()
        .chain(PLACES_NOT_NAMES)
        .any(|place| lower_case(place) == text)
}

/// Whether `text` is a second dateline under the first: dates only, each
/// for what the article has no date for yet (`Ngày đăng: …`, then `Cập
/// nhật: …`; `Posted on …`, then `Last updated: …`).
pub(super) fn dates_the_rest(text: &str, article: &Article) -> bool {
    dateline_line(text).is_some_and(|read| {
        read.names.is_empty()
            && read.site.is_none()
            && read.place.is_none()
            && read.datelines.iter().all(|found| match found.field {
                dateline::Field::Published => article.published.is_none(),
                dateline::Field::Updated => article.updated.is_none(),
            })
    })
}

/// Fills the article's dates from the dateline `line`, with a warning when
/// its weekday is not its date's; returns what else the line holds (see
/// [`DatelineLine`]).
pub(super) fn read_dateline<'a>(
    line: &Line<'a>,
    article: &mut Article,
    warnings: &mut Vec<Error>,
) -> DatelineLine<'a> {
    let read = dateline_line(line.text).unwrap_or_default();
    if let Some(place) = read.place {
        article.place = Some(place.to_owned());
    }
    if let Some(poster) = read.poster {
        warnings.push(Error::Poster {
            line: line.number,
            poster: poster.to_owned(),
        });
    }
    for found in &read.datelines {
        match found.field {
            dateline::Field::Published => article.published = Some(found.at),
            dateline::Field::Updated => article.updated = Some(found.at),
        }
        if !found.readers.is_empty() {
            warnings.push(Error::ReaderCount {
                line: line.number,
                count: found.readers.join(", "),
            });
        }
        let actual = found.at.date().weekday();
        if let Some(stated) = found.weekday.filter(|stated| *stated != actual) {
            // Named in the words the line names it in.
            let name = |weekday: Weekday| {
                if found.weekday_in_english {
                    weekday.to_string()
                } else {
                    vietnamese_weekday(weekday).to_owned()
                }
            };
            warnings.push(Error::WeekdayMismatch {
                line: line.number,
                stated: name(stated),
                actual: name(actual),
            });
        }
    }
    read
}

/// Puts the title first when the page's navigation (`Thời sự`, `Chính
/// trị`) or the dateline came above it: when one of the first lines is a
/// dateline, the title is the line before it, or the line after it when
/// the dateline is the first, and ends with no full stop (a standfirst
/// does). The lines above the title, each a short name as navigation is
/// (not a sentence: the article would start there) or a breadcrumb trail
/// (see [`breadcrumb`]), are left out, and the warnings returned name
/// them; so are the trails from the home page that open the text, with or
/// without a dateline. A section's name between a title that
/// is not one (longer, or a sentence) and the dateline (`Khai mạc hội chợ
/// xuân 2020`, `Thời sự`, `07/11/2019 16:07`) is left out too, and so is
/// a trail over the dateline that a title follows (`Thời sự › Đô thị`,
/// `04/12/2026 09:15`, the title), or a section's short name
/// ([`is_short_section_name`]) over it (`Thời sự`, `Thứ sáu, 2/12/2022`,
/// the title).
pub(super) fn title_first(lines: &mut Vec<Line<'_>>) -> Vec<Error> {
    /// The most lines of navigation a page puts above its title.
    const MAX_LINES_ABOVE_TITLE: usize = 3;
    let is_dateline = |line: &Line<'_>| dateline_line(line.text).is_some();
    let is_navigation = |line: &Line<'_>| is_section_name(line.text) || breadcrumb(line.text).is_some();
    // A title ends with no full stop; a standfirst does.
    let stops = |text: &str| text.ends_with('.') && !text.ends_with("...");
    // The page's trail from its home page (`Trang chủ > Tin tức > Thời
    // sự`) is navigation, dateline or none.
    let home_trails = lines
        .iter()
        .take(MAX_LINES_ABOVE_TITLE)
        .take_while(|line| breadcrumb(line.text).is_some_and(|from_home| from_home))
        .count();
    if home_trails > 0 && home_trails < lines.len() {
        return title_first_past(lines, home_trails);
    }
    let Some(mut dateline) = lines.iter().take(MAX_LINES_ABOVE_TITLE + 2).position(is_dateline) else {
        return Vec::new();
    };
    // The writers' names between the title and the dateline go under the
    // dateline, where the byline above the body is read.
    if dateline >= 2 && personal_names(lines[dateline - 1].text).is_some() {
        lines.swap(dateline - 1, dateline);
        dateline -= 1;
    }
    match dateline {
        0 => {
            if lines.get(1).is_some_and(|title| !is_dateline(title)) {
                lines.swap(0, 1);
            }
            Vec::new()
        }
        // A breadcrumb trail, then the dateline, then the title.
        1 if breadcrumb(lines[0].text).is_some() && lines.get(2).is_some_and(|title| !is_dateline(title)) => {
            title_first_past(lines, 1)
        }
        // A section's name, then the dateline, then a longer title, which
        // no full stop ends (`Thời sự`, `Thứ sáu, 2/12/2022, 19:28`, the
        // title): a short title over the dateline has a standfirst or the
        // story after the dateline, not another title.
        1 if is_short_section_name(lines[0].text)
            && lines.get(2).is_some_and(|title| {
                !is_dateline(title)
                    && !stops(title.text)
                    && title.text.split_whitespace().count() > lines[0].text.split_whitespace().count()
            }) =>
        {
            title_first_past(lines, 1)
        }
        1 => Vec::new(),
        after_title => {
            if lines[..after_title - 1].iter().all(is_navigation) {
                if stops(lines[after_title - 1].text) {
                    return Vec::new();
                }
                return left_out(lines.drain(..after_title - 1)).into_iter().collect();
            }
            // The title, then the section's name.
            let title = after_title - 2;
            if stops(lines[title].text)
                || !is_navigation(&lines[after_title - 1])
                || !lines[..title].iter().all(is_navigation)
            {
                return Vec::new();
            }
            let section = left_out(lines.drain(after_title - 1..after_title));
            left_out(lines.drain(..title))
                .into_iter()
                .chain(section)
                .collect()
        }
    }
}

/// [`title_first`] past the first `navigation` lines, which are left out.
fn title_first_past(lines: &mut Vec<Line<'_>>, navigation: usize) -> Vec<Error> {
    left_out(lines.drain(..navigation))
        .into_iter()
        .chain(title_first(lines))
        .collect()
}

/// The name of the page's section under the dateline (`Thời sự`, `Kinh
/// tế`, `Giáo dục`), left out with a warning: the first line, when it is a
/// short name (a capital, then small letters and no digit: no writer's
/// name, no sentence) and the body goes on after it.
pub(super) fn take_section_name(body: &mut Vec<Line<'_>>) -> Option<Error> {
    let line = body.first().filter(|_| body.len() > 1)?;
    if !is_short_section_name(line.text) {
        return None;
    }
    left_out(body.drain(..1))
}

/// Whether `line` is a section's name as a page writes it on a line of its
/// own: up to three words, a capital, then small letters and no digit
/// (`Thời sự`, `Kinh tế`, `Pháp luật`): no writer's name, no sentence.
fn is_short_section_name(line: &str) -> bool {
    const MAX_WORDS: usize = 3;
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    words.len() <= MAX_WORDS
        && first.starts_with(char::is_uppercase)
        && first.chars().skip(1).all(char::is_lowercase)
        && rest
            .iter()
            .all(|word| word.chars().all(|c| c.is_lowercase() || c == ','))
        && !line.ends_with(',')
}

/// Whether `line` may be a section's name: at most six words (`Pháp luật
/// - Bạn đọc`), not a sentence.
fn is_section_name(line: &str) -> bool {
    const MAX_NAME_WORDS: usize = 6;
    line.split_whitespace().count() <= MAX_NAME_WORDS && !ends_sentence(line)
}

/// Whether `line` is a page's breadcrumb trail, two sections' names or more
/// set apart by `>`, `»`, `›` or `/` (`Thời sự > Chính trị`), or by the
/// wide gaps a scrape leaves where the trail's arrows were pictures
/// (`Trang chủ   Tin tức - Sự kiện   Xây dựng Đảng`); `Some(true)` when it
/// begins at the home page (`Trang chủ`, `Trang nhất`, `Home`).
fn breadcrumb(line: &str) -> Option<bool> {
    const HOMES: &[&str] = &["trang chủ", "trang nhất", "home"];
    const SEPARATORS: &[&str] = &[">", ">>", "»", "›", "/"];
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut names: Vec<String> = words
        .split(|word| SEPARATORS.contains(word))
        .map(|name| name.join(" "))
        .collect();
    if names.len() == 1 {
        names = at_wide_gaps(line).into_iter().map(str::to_owned).collect();
    }
    (names.len() >= 2 && names.iter().all(|name| !name.is_empty() && is_section_name(name)))
        .then(|| HOMES.contains(&lower_case(&names[0]).as_str()))
}

/// The parts of `line` that wide gaps set apart (see [`is_wide_gap`]),
/// without the gaps.
fn at_wide_gaps(line: &str) -> Vec<&str> {
    let words = word_spans(line);
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Vec::new();
    };
    let mut parts = Vec::new();
    let mut start = first.start;
    for pair in words.windows(2) {
        if is_wide_gap(&line[pair[0].end..pair[1].start]) {
            parts.push(&line[start..pair[0].end]);
            start = pair[1].start;
        }
    }
    parts.push(&line[start..last.end]);
    parts
}

/// Whether `line` opens as a story's first paragraph does, with the
/// newsroom's mark or the place it was filed from before a dash:
/// `(Chinhphu.vn) - `, `(Dân trí) - `, `TTO - `, `VOV.VN - `, `VTV.vn - `,
/// `GD&TĐ - `, `HÀ NỘI - `, `Dân trí - `, `(CLO) `. A mark is a few words in
/// brackets, in capitals, one word with a dot inside (a domain), or the
/// name of an outlet that writes its mark in small letters too
/// ([`OUTLETS_MARKED_IN_SMALL_LETTERS`]). A mark in brackets may have its
/// dash glued on (`(PLO)- `), or none after it when it is in capitals or a
/// domain and a capital follows (`(CLO) Ngày 5/12`).
pub(super) fn opens_with_newsroom_mark(line: &str) -> bool {
    const MAX_MARK_WORDS: usize = 4;
    const DASHES: [char; 3] = ['-', '–', '—'];
    let bracketed_mark = line
        .starts_with('(')
        .then(|| line.split_once(')'))
        .flatten()
        .filter(|(inside, after)| {
            // Some outlets set no dash after a mark in capitals or a
            // domain: `(CLO) Ngày 5/12, …`, `(Baonghean.vn) Sáng nay, …`.
            let name = &inside[1..];
            let letters = name.chars().filter(|c| c.is_alphabetic());
            let capitals = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
            let domain = !name.contains(char::is_whitespace) && name.contains('.');
            after.trim_start().starts_with(DASHES)
                || (capitals || domain)
                    && after
                        .strip_prefix(' ')
                        .is_some_and(|text| text.starts_with(char::is_uppercase))
        })
        .map(|(inside, _)| &line[..inside.len() + 1]);
    let Some(mark) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|dash| line.split_once(dash))
        .map(|(mark, _)| mark.trim())
        .chain(bracketed_mark)
        .min_by_key(|mark| mark.len())
    else {
        return false;
    };
    let words = mark.split_whitespace().count();
    let letters = mark.chars().filter(|c| c.is_alphabetic());
    let bracketed = (mark.starts_with('(') || is_placed_mark(mark))
        && mark.ends_with(')')
        && letters.clone().count() >= 2;
    let capitals = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
    let domain = words == 1 && mark.trim_end_matches('.').contains('.') && letters.count() >= 2;
    // As the outlet writes it: `Thanh niên - lực lượng …` is a sentence.
    let outlet = OUTLETS_MARKED_IN_SMALL_LETTERS.contains(&mark);
    (1..=MAX_MARK_WORDS).contains(&words) && (bracketed || capitals || domain || outlet)
}

/// Whether `mark` is a place, capitalised, before an agency's mark in
/// capitals in brackets, one word without digits: `Hanoi (VNA)`, `Hà Nội
/// (TTXVN)`, `Washington (AFP)`. A name before other words in brackets
/// (`Nguyễn Văn An (Hà Nội)`, `Ông Tuấn (SN 1980)`) is not one.
fn is_placed_mark(mark: &str) -> bool {
    let Some((place, agency)) = mark.strip_suffix(')').and_then(|mark| mark.split_once(" (")) else {
        return false;
    };
    let agency_letters = agency.chars().filter(|c| c.is_alphabetic());
    place
        .split_whitespace()
        .all(|word| word.starts_with(char::is_uppercase))
        && !agency.contains(|c: char| c.is_whitespace() || c.is_numeric())
        && agency_letters.clone().count() >= 2
        && agency_letters.clone().all(char::is_uppercase)
}

/// Outlets whose mark before a story's first paragraph is written in small
/// letters, without brackets or a domain (`Dân trí - Sáng nay, …`,
/// `QĐND Online - …`): a list, as such a mark cannot be told from a name
/// that begins a sentence (`Nguyễn Văn An - Giám đốc sở - cho biết …`).
const OUTLETS_MARKED_IN_SMALL_LETTERS: &[&str] = &[
    "Dân trí",
    "Dân Trí",
    "VietNamNet",
    "VietnamNet",
    "Infonet",
    "QĐND Online",
    "CAND Online",
    "Nhân Dân",
    "Lao Động",
    "Tiền Phong",
    "Thanh Niên",
    "Tuổi Trẻ",
    "Người Lao Động",
    "Hànộimới",
    "Kinh tế & Đô thị",
    "Kinhtedothi",
    "Đại Đoàn Kết",
    "Vietnam+",
    "VietnamPlus",
    "VnExpress",
    "Znews",
    "Zing",
];

/// Whether `body` is a standfirst over a body on one line, as an
/// aggregator's page gives an article (baomoi-dev: a title, a standfirst,
/// then every paragraph on one line, their breaks lost): two lines (and
/// the `Theo …` credit split off the body's end: see `take_byline`), the
/// second at least three times as long as the first (in words: the same
/// in composed and decomposed letters), which reads as a
/// sentence (it ends as one, or runs to a dozen words: not a name such as
/// `Tỉnh ủy Phú Yên`) and ends with no photo credit. 489 of baomoi-dev's
/// 500 files are so.
pub(super) fn is_standfirst_over_one_line_body(body: &[Line<'_>]) -> bool {
    const BODY_TO_STANDFIRST: usize = 3;
    let (standfirst, text) = match body {
        [standfirst, text] => (standfirst, text),
        [standfirst, text, credit] if is_credit(credit.text) => (standfirst, text),
        _ => return false,
    };
    let words = |line: &Line<'_>| line.text.split_whitespace().count();
    let reads_as_sentence = ends_sentence(standfirst.text) || words(standfirst) >= MIN_STANDFIRST_WORDS;
    reads_as_sentence
        && words(text) >= BODY_TO_STANDFIRST * words(standfirst)
        && split_credit(&nfc(standfirst.text)).is_none()
}

/// The fewest words a standfirst has: fewer are a name or a subheading
/// (`Tỉnh ủy Phú Yên`, `Giải pháp nào cho giao thông?`).
const MIN_STANDFIRST_WORDS: usize = 12;

/// Whether `line`, set apart as a standfirst is (in bold), reads as one:
/// a sentence of [`MIN_STANDFIRST_WORDS`] words or more, without a photo
/// credit.
pub(super) fn reads_as_standfirst(line: &str) -> bool {
    ends_sentence(line)
        && line.split_whitespace().count() >= MIN_STANDFIRST_WORDS
        && split_credit(&nfc(line)).is_none()
}

/// Whether the article's address names a headline other than `line`:
/// Vietnamese newsrooms end an article's address with its headline's words
/// without their marks (`…/gia-vang-bat-ngo-dao-chieu-giam-manh-20210420070625022.htm`),
/// and fewer than two in five of those words are `line`'s (a subheading or
/// a caption the scrape put first: `Dòng tiền tích cực` under
/// `…/buc-tranh-tai-chinh-cua-bsr-vung-vang-sau-quy-i-…`). Only that way:
/// an editor may shorten the address, not lengthen it. False when the
/// address ends with fewer than three such words.
pub(super) fn address_names_other_headline(url: &str, line: &str) -> bool {
    const MIN_SHARED: f64 = 0.4;
    const MIN_SLUG_WORDS: usize = 3;
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let segment = path.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
    let segment = segment.split('.').next().unwrap_or_default();
    let mut slug: Vec<String> = segment
        .split('-')
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    // The article's number after the words (`-20210420070625022`).
    if slug
        .last()
        .is_some_and(|id| id.len() >= 8 && id.bytes().all(|b| b.is_ascii_digit()))
    {
        slug.pop();
    }
    if slug.len() < MIN_SLUG_WORDS || !slug.iter().all(|word| word.is_ascii()) {
        return false;
    }
    // A word of the line that is two of the address's run together counts
    // as both (`SpaceX` for `space-x`, `4a` for `4-a`).
    let words: Vec<String> = folded_words(line)
        .iter()
        .flat_map(|word| word.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|word| !word.is_empty())
        .flat_map(|word| match slug.windows(2).find(|pair| pair.concat() == word) {
            Some(pair) => pair.to_vec(),
            None => vec![word.to_owned()],
        })
        .collect();
    (shared_words(&slug, &words) as f64) < MIN_SHARED * slug.len() as f64
}

/// Whether `line` goes on the headline a page broke over lines before it:
/// the headline leaves a quote open, or ends with a colon before the quote
/// `line` opens (`Ông A:` then `"Cơ hội…`); `line` reads as no paragraph
/// ([`reads_as_paragraph`]) and the two together are no longer than a
/// headline.
pub(super) fn headline_goes_on(headline: &str, line: &str) -> bool {
    let count = |text: &str, quote: char| text.chars().filter(|&c| c == quote).count();
    let open_quote = count(headline, '"') % 2 == 1 || count(headline, '“') > count(headline, '”');
    let quote_after_colon = headline.ends_with(':') && line.starts_with(['"', '“']);
    (open_quote || quote_after_colon)
        && !reads_as_paragraph(line)
        && length_as_read(headline) + 1 + length_as_read(line) <= MAX_HEADLINE_CHARS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::body_of;

    #[test]
    fn an_address_names_its_headline_in_words_without_marks() {
        let url = |slug: &str| format!("https://dantri.com.vn/khoa-hoc/{slug}-20210424155907339.htm");
        // The headline, one a little shorter than the address, a word run
        // together (`SpaceX`), one the address shortened.
        for (slug, line) in [
            (
                "gia-vang-bat-ngo-dao-chieu-giam-manh",
                "Giá vàng bất ngờ đảo chiều giảm mạnh",
            ),
            (
                "space-x-phong-them-60-ve-tinh-vao-quy-dao",
                "SpaceX phóng thêm 60 vệ tinh",
            ),
            (
                "ong-phan-duc-hieu-co-hoi-kinh-doanh",
                "Ông Phan Đức Hiếu: \"Cơ hội kinh doanh không phải do giấy phép mà ra\"",
            ),
        ] {
            assert!(!address_names_other_headline(&url(slug), line), "{line}");
        }
        // A subheading; an address without a headline's words.
        assert!(address_names_other_headline(
            &url("buc-tranh-tai-chinh-cua-bsr-vung-vang-sau-quy-i"),
            "Dòng tiền tích cực"
        ));
        assert!(!address_names_other_headline(
            "https://baomoi.com/c/21486740.epi",
            "Phát triển cây dược liệu"
        ));
    }

    #[test]
    fn a_newsroom_s_mark_before_the_first_paragraph() {
        for lead in [
            "(Chinhphu.vn) - Thủ tướng vừa ký Nghị định.",
            "(Dân trí) - Sáng nay, trời mưa.",
            "TTO - Sau 10 tháng thực hiện Nghị định 100.",
            "VOV.VN - Chiều 5/6, Quốc hội họp.",
            "VTV.vn – Bão số 3 đổ bộ.",
            "GD&TĐ - Ngày 5/6, Bộ họp.",
            "HÀ NỘI — Sáng 7-11, hội nghị khai mạc.",
            "(PLO)- Chiều 5-11, mưa lớn kéo dài.",
            "(NLĐO)–Sáng 6-11, trời hửng nắng.",
            "Dân trí - Sáng nay, trời mưa.",
            "QĐND Online – Chiều 5/6, Quốc hội họp.",
            "VietnamNet - Bộ Y tế vừa có văn bản.",
            "Hanoi (VNA) – Residents will no longer charge e-bikes indoors.",
            "Hà Nội (TTXVN) - Sáng 5/12, Quốc hội họp.",
            "(CLO) Ngày 5/12, Hội Nhà báo Việt Nam tổ chức hội thảo.",
            "(Baonghean.vn) Sáng nay, tỉnh tổ chức hội nghị.",
            "Kinhtedothi - Chiều 5/12, Thành ủy Hà Nội họp.",
        ] {
            assert!(opens_with_newsroom_mark(lead), "{lead}");
        }
        for line in [
            "Ông Tuấn (bên phải) - Giám đốc sở - phát biểu",
            "Nguyễn Văn An (Hà Nội) - Giám đốc sở - cho biết.",
            "Ông Tuấn (SN 1980) - người bị hại - cho biết.",
            "Các đại biểu tham dự hội nghị - Ảnh: Lê Hương",
            "Nhiệm kỳ 2020 - 2025 đã bắt đầu.",
            "Nguyễn Văn An - Giám đốc sở - cho biết.",
            "Dân trí và người đọc - một mối quan hệ.",
            "Thanh niên - lực lượng xung kích của đất nước.",
            "A - B",
            "() - trống",
            "(a)-b là hằng số.",
            "(Ảnh minh họa) Người dân xếp hàng.",
            "(Theo VnExpress) Ông Tuấn cho biết.",
            "(CLO) ngày 5/12",
        ] {
            assert!(!opens_with_newsroom_mark(line), "{line}");
        }
    }

    #[test]
    fn a_publication_s_name_after_the_title() {
        for (title, split) in [
            (
                "Hội nghị quán triệt các quy định - Báo Đắk Lắk điện tử",
                Some(("Hội nghị quán triệt các quy định", "Báo Đắk Lắk điện tử")),
            ),
            (
                "Thủ tướng: Phải làm rõ trách nhiệm | VOV.VN",
                Some(("Thủ tướng: Phải làm rõ trách nhiệm", "VOV.VN")),
            ),
            (
                "Tổng kết năm 2021 – Đài Phát thanh và Truyền hình Đắk Lắk",
                Some(("Tổng kết năm 2021", "Đài Phát thanh và Truyền hình Đắk Lắk")),
            ),
            ("Khai mạc Hội báo Xuân - Báo chí đồng hành cùng đất nước", None),
            ("Trung Quốc tập trận quy mô lớn - Đài Loan phản ứng", None),
            ("Cao tốc Hà Nội - Hải Phòng", None),
            ("Ngắn - Báo Nhân Dân", None),
        ] {
            assert_eq!(site_after_title(title), split, "{title}");
        }
    }

    #[test]
    fn the_account_that_posted_is_no_writer() {
        let read =
            dateline_line("Người đăng: Quản trị viên | Ngày đăng: 05/12/2026 09:30").expect("a dateline");
        assert_eq!(
            (read.poster, read.names.as_slice()),
            (Some("Quản trị viên"), &[][..])
        );
        let read = dateline_line("05/12/2026 - Đăng bởi: admin").expect("a dateline");
        assert_eq!(read.poster, Some("admin"));
        // The writer's label names the writer.
        let read = dateline_line("Người viết: Lê Hương | 05/12/2026").expect("a dateline");
        assert_eq!(
            (read.poster, read.names.as_slice()),
            (None, &["Lê Hương".to_owned()][..])
        );
        assert_eq!(posted_by("Người đăng:"), None);
    }

    #[test]
    fn breadcrumb_trails() {
        for (line, from_home) in [
            ("Trang chủ > Tin tức > Thời sự", Some(true)),
            ("Thời sự » Chính trị", Some(false)),
            // The arrows were pictures: wide gaps, or tabs, are left.
            ("Trang chủ   Tin tức - Sự kiện   Xây dựng Đảng", Some(true)),
            ("Trang chủ\tTin tức - Sự kiện\tXây dựng Đảng", Some(true)),
            ("Thời sự", None),
            (
                "Sáng 7-11, hội nghị  đã diễn ra tại hội trường lớn của tỉnh.",
                None,
            ),
        ] {
            assert_eq!(breadcrumb(line), from_home, "{line}");
        }
    }

    #[test]
    fn the_title_is_the_line_before_the_dateline_under_the_navigation() {
        fn texts<'a>(lines: &[Line<'a>]) -> Vec<&'a str> {
            lines.iter().map(|line| line.text).collect()
        }
        let mut lines = body_of(&[
            "Thời sự",
            "Khai mạc hội chợ",
            "07/11/2019 16:07",
            "Hội chợ mở cửa.",
        ]);
        assert_eq!(title_first(&mut lines).len(), 1);
        assert_eq!(
            texts(&lines),
            ["Khai mạc hội chợ", "07/11/2019 16:07", "Hội chợ mở cửa."]
        );
        let mut lines = body_of(&["07/11/2019 16:07", "Khai mạc hội chợ", "Hội chợ mở cửa."]);
        assert!(title_first(&mut lines).is_empty());
        assert_eq!(
            texts(&lines),
            ["Khai mạc hội chợ", "07/11/2019 16:07", "Hội chợ mở cửa."]
        );
        // A trail above the dateline, the title under it.
        let mut lines = body_of(&[
            "Thời sự › Đô thị",
            "07/11/2019 16:07",
            "Khai mạc hội chợ",
            "Hội chợ mở cửa.",
        ]);
        assert_eq!(title_first(&mut lines).len(), 1);
        assert_eq!(
            texts(&lines),
            ["Khai mạc hội chợ", "07/11/2019 16:07", "Hội chợ mở cửa."]
        );
        // A short title over the dateline is no trail: it stays.
        let order = ["Khai mạc hội chợ", "07/11/2019 16:07", "Hội chợ mở cửa."];
        let mut lines = body_of(&order);
        assert!(title_first(&mut lines).is_empty());
        assert_eq!(texts(&lines), order);
        // A title, then a sentence, then the dateline: nothing above the
        // title is navigation, and the first line stays the title.
        let order = [
            "Khai mạc hội chợ",
            "Hội chợ mở cửa sáng nay.",
            "07/11/2019 16:07",
            "Nội dung.",
        ];
        let mut lines = body_of(&order);
        assert!(title_first(&mut lines).is_empty());
        assert_eq!(texts(&lines), order);
        // A title longer than a section's name, then the section's name.
        let mut lines = body_of(&[
            "Khai mạc hội chợ hàng Việt Nam chất lượng cao",
            "Kinh tế",
            "07/11/2019 16:07",
            "Hội chợ mở cửa.",
        ]);
        assert_eq!(title_first(&mut lines).len(), 1);
        assert_eq!(
            texts(&lines),
            [
                "Khai mạc hội chợ hàng Việt Nam chất lượng cao",
                "07/11/2019 16:07",
                "Hội chợ mở cửa."
            ]
        );
    }
}
