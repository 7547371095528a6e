//! Scraped article text → [`Article`].
//!
//! Two shapes are read:
//! - **page text**, as the seed article: a title line, an optional dateline
//!   (`ingest/dateline.rs`), then paragraphs; blank lines do not matter;
//! - **corpus text**, as the dantri files: `# key = value` header lines
//!   (`url`, `date = YYYYMMDD`), a title line, a standfirst line (the sapo),
//!   then one paragraph per line.
//!
//! In page text, the title may come under the page's navigation or the
//! dateline (see `title_first`), and the dateline at the end when none is
//! above; a first paragraph that opens with the newsroom's mark is the
//! sapo. In both, lines holding no words (a stray `.` or `,`, a leaked
//! `<br>`), the title repeated under itself, the page's navigation above
//! the title (and a section's name between the title and the dateline),
//! its sharing tools under it (see `take_page_tools`), its links to other
//! stories among the paragraphs (see `take_links_to_other_stories`) and
//! its chrome under the article (`Tin liên quan` and the titles it lists:
//! see `take_page_chrome`) are left out with a warning; an image's alt text followed by its near-identical
//! caption becomes one figure (see `is_alt_and_caption`), the photo credit
//! that ends the caption, or the line under it, its credit (see
//! `split_credit`); so does a caption line
//! alone that ends with a picture's credit or has it on the next line, and
//! such a credit alone (see `figure_without_alt`), and so does the note
//! that a lost photo only illustrated the story (`Ảnh minh họa. Nguồn:
//! internet`), split off the words an aggregator glued after it (see
//! `glued_photo_note`); a short line without
//! punctuation before a longer sentence, or a short question a paragraph
//! answers outside an interview, becomes a subheading (see
//! `is_subheading`); a line of `* * *` between paragraphs becomes a
//! separator; lines that each open with a bullet, the next number
//! or the next letter of a document's points (`a)`, `b)`… `đ)`), after a
//! line ending with a colon or each but the last ending with a semicolon,
//! become a list (see `list_at`); and a short
//! line of personal names (or a newsroom's or office's signature, `PV`,
//! `Ban Tuyên giáo Tỉnh ủy`) at the end (possibly followed by a `Theo …`,
//! `Nguồn: …` or `Tổng hợp` credit line,
//! or by a photo or video credit that joins it) becomes the byline, as do
//! such names glued after the last sentence of a body scraped as one
//! line (see `byline_after_sentences`). Every
//! other line is kept, word for word, as a paragraph.

mod dateline;

use std::borrow::Cow;
use std::ops::Range;

use time::{Date, Month};

use crate::Error;
use crate::article::{
    Article, Block, Figure, Image, LanguageTag, Numbering, Paragraph, Source, Timestamp, breaks_text,
    whole_reference,
};
use crate::citation::FAMILY_NAMES;
use crate::normalize::{is_invisible, leaked_nbsp_len, letter, nfc, to_lower};
use crate::render::{CREDIT_LABELS, vietnamese_weekday};

/// An article read from scraped text, with what is worth knowing about the
/// reading.
#[derive(Clone, Debug, PartialEq)]
pub struct Ingested {
    /// The article.
    pub article: Article,
    /// Lines left out, a dateline's weekday that contradicts its date, in
    /// the order of their lines.
    pub warnings: Vec<Error>,
}

/// A line of the input with its 1-based number.
#[derive(Clone, Copy)]
struct Line<'a> {
    number: usize,
    text: &'a str,
}

/// Reads scraped article text. Fails only when no line has a word in it.
///
/// ```
/// let text = "Hội nghị trực tuyến\nCập nhật lúc 16:07, Thứ Năm, 07/11/2019 (GMT+7)\n.\n\
///             Sáng 7-11, hội nghị đã diễn ra.\n\n Lê Hương\n";
/// let ingested = vn_article::ingest(text).unwrap();
/// assert_eq!(ingested.article.title, "Hội nghị trực tuyến");
/// assert_eq!(ingested.article.updated.unwrap().to_string(), "2019-11-07T16:07:00+07:00");
/// assert_eq!(ingested.article.authors, ["Lê Hương"]);
/// assert_eq!(ingested.article.blocks.len(), 1);
/// ```
pub fn ingest(text: &str) -> Result<Ingested, Error> {
    let mut warnings = Vec::new();
    let read = without_leaked_markup(text, &mut warnings);
    let text: &str = &read;
    let mut source = Source::default();
    let mut published = None;
    let mut has_header = false;
    let mut lines = Vec::new();
    // The lines that set two parts of the article apart (`* * *`).
    let mut separators = Vec::new();

    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        // Invisible characters at a line's ends (a zero-width space before
        // a byline) are no part of what it says; normalisation takes them
        // out of the text too.
        let line = raw.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
        // Header lines come before the title, and only there.
        if let (true, Some((key, value))) = (lines.is_empty(), header_field(line)) {
            has_header = true;
            match key {
                "url" => source.url = Some(value.to_owned()),
                "date" => published = compact_date(value).map(Timestamp::Day),
                _ => {}
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        if is_separator(line) {
            separators.push(Line { number, text: line });
            continue;
        }
        if !holds_words(line) {
            warnings.push(Error::DroppedLine {
                line: number,
                text: line.to_owned(),
            });
            continue;
        }
        lines.push(Line { number, text: line });
    }

    if !has_header {
        warnings.extend(title_first(&mut lines));
    }
    let mut lines = lines.into_iter().peekable();
    let first = lines.next().ok_or(Error::EmptyText)?;
    let title_line = first.number;
    // A headline a page broke over lines (`Ông A:`, `"Cơ hội … do`,
    // `giấy phép mà ra"`) is one.
    let mut headline = first.text.to_owned();
    while let Some(line) = lines.next_if(|line| headline_goes_on(&headline, line.text)) {
        headline.push(' ');
        headline.push_str(line.text);
    }
    // The publication's name after the title goes to the source, shown
    // under the article.
    let (title, site) = match site_after_title(&headline) {
        Some((title, site)) => (title, Some(site)),
        None => (headline.as_str(), None),
    };
    let mut article = Article::new(title);
    article.published = published;
    // A first line that reads as a paragraph, or that shares few words
    // with the headline the address names, is no headline: the scrape lost
    // it (most of dantri-dev's files begin with their standfirst, some with
    // a subheading). The line stays the title, and the next is no
    // standfirst.
    let headline_warning = if reads_as_paragraph(&article.title) {
        Some(Error::TitleReadsAsParagraph { line: title_line })
    } else {
        (source.url.as_deref())
            .filter(|url| address_names_other_headline(url, &article.title))
            .map(|url| Error::TitleNotInAddress {
                line: title_line,
                url: url.to_owned(),
            })
    };
    let lost_headline = headline_warning.is_some();
    warnings.extend(headline_warning);
    // The title a page repeats (its heading under its `<title>`), under
    // the title or under the dateline, is left out.
    let title_lower = lower_case(&article.title);
    let repeats_title = |line: &Line<'_>| lower_case(line.text) == title_lower;
    warnings.extend(left_out(std::iter::from_fn(|| lines.next_if(repeats_title))));
    let dateline = lines.next_if(|line| dateline_line(line.text).is_some());
    if dateline.is_some() {
        warnings.extend(left_out(std::iter::from_fn(|| lines.next_if(repeats_title))));
    }
    // The byline or the publication's name a page writes on the dateline's line.
    let beside = match &dateline {
        Some(line) => read_dateline(line, &mut article, &mut warnings),
        None => DatelineLine::default(),
    };
    let mut authors = beside.names;
    if has_header && !lost_headline {
        article.sapo = lines.next().map(|line| line.text.to_owned());
    }
    let mut body: Vec<Line<'_>> = lines.collect();
    warnings.extend(take_page_tools(&mut body));
    // A page may put the byline and the section's name under its dateline,
    // either first, and its tools under them.
    if dateline.is_some() && !has_header && authors.is_empty() {
        authors = take_byline_above(&mut body);
        warnings.extend(take_section_name(&mut body));
        if authors.is_empty() {
            authors = take_byline_above(&mut body);
        }
        warnings.extend(take_page_tools(&mut body));
    }
    warnings.extend(take_links_to_other_stories(&mut body));
    warnings.extend(take_page_chrome(&mut body));
    let (below, stray) = take_byline(&mut body);
    for name in below {
        if !authors.contains(&name) {
            authors.push(name);
        }
    }
    article.authors = authors;
    warnings.extend(stray);
    if source.url.is_none() {
        source.url = take_source_address(&mut body);
    }
    // An outlet's English edition: the page says so to screen readers,
    // and the article's labels are English.
    if reads_as_english(body.iter().map(|line| line.text).chain([article.title.as_str()])) {
        article.lang = LanguageTag::english();
    }
    // A page that dates its article under the text (`Ngày đăng: …`, over
    // or under the byline) dates it there, when nothing above did.
    let dated = article.published.is_some() || article.updated.is_some();
    let plain_dateline = |line: &Line<'_>| {
        dateline_line(line.text).is_some_and(|read| read.names.is_empty() && read.site.is_none())
    };
    // A page may set its standfirst between the title and the dateline
    // (`TTO - …`, then `Cập nhật: 10/10/2024 14:25`): the paragraph above
    // the dateline is the sapo.
    if !dated
        && article.sapo.is_none()
        && body.len() > 2
        && plain_dateline(&body[1])
        && ends_sentence(body[0].text)
    {
        let mut start = body.drain(..2);
        article.sapo = start.next().map(|line| line.text.to_owned());
        if let Some(line) = start.next() {
            read_dateline(&line, &mut article, &mut warnings);
        }
    } else if let Some(line) = body.pop_if(|line| !dated && plain_dateline(line)) {
        read_dateline(&line, &mut article, &mut warnings);
    }
    // A page's first paragraph that opens with the newsroom's mark
    // (`(Chinhphu.vn) - `, `TTO - `) is its standfirst, as the second line
    // of corpus text is, when more of the article follows it.
    if article.sapo.is_none()
        && body.len() > 1
        && (opens_with_newsroom_mark(body[0].text) || is_standfirst_over_one_line_body(&body))
    {
        article.sapo = Some(body.remove(0).text.to_owned());
    }
    let body = split_glued_photo_notes(body);
    article.blocks = blocks(
        &body,
        &separators,
        &article.title,
        article.sapo.as_deref(),
        &mut warnings,
    );
    if let Some(url) = &source.url {
        source.name = host(url).map(str::to_owned);
    }
    if let Some(site) = site.or(beside.site) {
        source.name = Some(site.to_owned());
    }
    if source.name.is_some() {
        article.source = Some(source);
    }
    // Each step above reports what it left out; the reader reads it all in
    // the order of the text, then what it all left.
    warnings.sort_by_key(Error::line);
    if article.blocks.is_empty() && article.sapo.is_none() {
        warnings.push(Error::NoBody);
    }
    Ok(Ingested { article, warnings })
}

/// `text` with the HTML a scrape left in its lines read as a browser shows
/// it: character references (`&quot;`, `&amp;`, `&#8211;`) as the
/// characters they stand for, tags (`<br>`, `<p>`, `</strong>`) left out
/// (one that breaks the text, `<br>`, `<p>`, `<div>`…, a space between
/// words), each line that held some told in `warnings`. Only references
/// written whole (`AT&T` stays) and tags HTML has ([`leaked_tag_name`]:
/// `<Hết>` stays). A reference to a line break stays as written, so that
/// lines keep their numbers, and so does `&nbsp;`, which normalisation
/// reads as a space; a line of tags and `&nbsp;` alone is left out later
/// as holding no words.
fn without_leaked_markup<'a>(text: &'a str, warnings: &mut Vec<Error>) -> Cow<'a, str> {
    if !text.contains(['&', '<']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if !holds_words(line) {
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
                match leaked_tag_name(&rest[at..]) {
                    Some((len, name)) => {
                        let between_words = !out.ends_with(char::is_whitespace)
                            && rest[at + len..].starts_with(|c: char| !c.is_whitespace());
                        if between_words && breaks_text(&name) {
                            out.push(' ');
                        }
                        len
                    }
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

/// The HTML tag `text` starts with ([`leaked_tag_len`]) when its name is
/// one HTML has for a news page's text (a block's, [`breaks_text`], or an
/// inline element's: `b`, `strong`, `span`, `img`…), in small letters: how
/// long it is, and its name.
fn leaked_tag_name(text: &str) -> Option<(usize, String)> {
    const INLINE_TAGS: &[&str] = &[
        "a", "b", "strong", "i", "em", "u", "span", "font", "img", "sup", "sub", "small",
    ];
    let len = leaked_tag_len(text);
    let name: String = text[1..len.max(1)]
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (len > 0 && (breaks_text(&name) || INLINE_TAGS.contains(&name.as_str()))).then_some((len, name))
}

/// Whether `line` has a letter or a digit outside the HTML a scrape may
/// leak: tags (`<br>`, `</p>`) and the non-breaking spaces that
/// normalisation reads as spaces (`&nbsp;`). A line of those alone shows
/// nothing.
fn holds_words(line: &str) -> bool {
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let leaked = match c {
            '<' => leaked_tag_len(rest),
            '&' => leaked_nbsp_len(rest),
            _ => 0,
        };
        if leaked == 0 && c.is_alphanumeric() {
            return true;
        }
        rest = &rest[leaked.max(c.len_utf8())..];
    }
    false
}

/// The length of the HTML tag `text` starts with (`<br>`, `<br/>`, `</p>`,
/// `<div class="x">`): a name of ASCII letters and digits, then its end or
/// its attributes; 0 when it starts with none (`<Hết>` is a word).
fn leaked_tag_len(text: &str) -> usize {
    let Some(rest) = text.strip_prefix('<') else {
        return 0;
    };
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let after_name = &rest[name_len..];
    let named = rest.starts_with(|c: char| c.is_ascii_alphabetic())
        && after_name.starts_with(|c: char| c == '>' || c == '/' || c.is_ascii_whitespace());
    match after_name.find(['<', '>']) {
        Some(end) if named && after_name[end..].starts_with('>') => text.len() - after_name.len() + end + 1,
        _ => 0,
    }
}

/// Whether `line` sets two parts of an article apart: three or more of the
/// marks print uses for it and nothing else (`***`, `* * *`, `---`, `~~~`,
/// `• • •`), the asterism `⁂`, or `o0o` between such marks (`-o0o-`).
/// An ellipsis (`...`) is none: it stands for words left out.
fn is_separator(line: &str) -> bool {
    const MARKS: &[char] = &[
        '*', '-', '–', '—', '_', '~', '=', '•', '·', '◆', '♦', '❖', '★', '☆', '#',
    ];
    const MIN_MARKS: usize = 3;
    let marks = |text: &str| {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .try_fold(0, |count, c| MARKS.contains(&c).then_some(count + 1))
    };
    if line == "⁂" {
        return true;
    }
    match ["o0o", "oOo", "0o0"].iter().find_map(|o| line.split_once(o)) {
        Some((before, after)) => marks(before).is_some() && marks(after).is_some(),
        None => marks(line).is_some_and(|count| count >= MIN_MARKS),
    }
}

/// The publication's name that a page's `<title>` adds after the
/// article's (`… - Báo Đắk Lắk điện tử`, `… | VOV.VN`, `… – Tạp chí Cộng
/// sản`): the title without it, and the name (see [`is_site_name`]); the
/// title keeps three words or more.
fn site_after_title(title: &str) -> Option<(&str, &str)> {
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

/// `text` composed (decomposed letters, as some scrapes come, included)
/// and in small letters: how labels and names are compared.
fn lower_case(text: &str) -> String {
    nfc(text).chars().map(to_lower).collect()
}

/// `# key = value`.
fn header_field(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.strip_prefix('#')?.split_once('=')?;
    let key = key.trim();
    (!key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        .then(|| (key, value.trim()))
}

/// `20201001` → 2020-10-01.
fn compact_date(text: &str) -> Option<Date> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let month = Month::try_from(text[4..6].parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(text[..4].parse().ok()?, month, text[6..].parse().ok()?).ok()
}

/// `https://dantri.com.vn/kinh-doanh/…` → `dantri.com.vn`.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    (!host.is_empty()).then(|| host.strip_prefix("www.").unwrap_or(host))
}

/// A dateline's line: its datelines, and what a page may write beside
/// them, set apart by a bar or a dash, either first.
#[derive(Default)]
struct DatelineLine<'a> {
    datelines: Vec<dateline::Dateline>,
    /// The writers' names (`Minh Anh | 01/01/2024 10:00`, `Thứ Hai,
    /// 01/01/2024 - 10:00 | Tác giả: Minh Anh`, `Bởi Minh Anh - 01/01/2024`).
    names: Vec<String>,
    /// The publication's name (`Chinhphu.vn - 14/11/2026 08:15`, `Báo Nhân
    /// Dân | 01/01/2024`).
    site: Option<&'a str>,
    /// Where the story was filed from (`Hải Phòng - 01/01/2024`, `Hà Nội,
    /// 18/09/2020`).
    place: Option<&'a str>,
}

/// The most bytes a dateline's line takes: the longest the corpora and
/// the fixtures hold (`Cập nhật lúc 16:07, Thứ Năm, 07/11/2019 (GMT+7)`,
/// a date with an author's name and a site) take less than half of it.
const LONGEST_DATELINE: usize = 250;

/// The dateline's line `text` read (see [`DatelineLine`]); `None` when
/// the line is no dateline.
fn dateline_line(text: &str) -> Option<DatelineLine<'_>> {
    // A longer line is no dateline: each of its separators would be tried,
    // its two sides read each time.
    if text.len() > LONGEST_DATELINE {
        return None;
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
    [" | ", " - ", " – ", " — "]
        .iter()
        .flat_map(|separator| text.match_indices(separator))
        .find_map(|(at, separator)| {
            let (first, second) = (&text[..at], &text[at + separator.len()..]);
            [(first, second), (second, first)]
                .into_iter()
                .find_map(|(date, beside)| {
                    let datelines = dateline::parse_line(date)?;
                    let beside = beside.trim();
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

/// Fills the article's dates from the dateline `line`, with a warning when
/// its weekday is not its date's; returns what else the line holds (see
/// [`DatelineLine`]).
fn read_dateline<'a>(line: &Line<'a>, article: &mut Article, warnings: &mut Vec<Error>) -> DatelineLine<'a> {
    let read = dateline_line(line.text).unwrap_or_default();
    if let Some(place) = read.place {
        article.place = Some(place.to_owned());
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
            warnings.push(Error::WeekdayMismatch {
                line: line.number,
                stated: vietnamese_weekday(stated).to_owned(),
                actual: vietnamese_weekday(actual).to_owned(),
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
/// xuân 2020`, `Thời sự`, `07/11/2019 16:07`) is left out too.
fn title_first(lines: &mut Vec<Line<'_>>) -> Vec<Error> {
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
        return left_out(lines.drain(..home_trails))
            .into_iter()
            .chain(title_first(lines))
            .collect();
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

/// The byline a page puts above the body (`Hoài Thu`, `Ngọc Anh/VOV.VN`,
/// `HẢI ANH`): the first line, when it is the writers' names (see
/// [`personal_names`]) and the body goes on after it. The names are
/// returned, and the line taken out.
fn take_byline_above(body: &mut Vec<Line<'_>>) -> Vec<String> {
    match body
        .first()
        .filter(|_| body.len() > 1)
        .and_then(|line| personal_names(line.text))
    {
        Some(names) => {
            body.remove(0);
            names
        }
        None => Vec::new(),
    }
}

/// The name of the page's section under the dateline (`Thời sự`, `Kinh
/// tế`, `Giáo dục`), left out with a warning: the first line, when it is a
/// short name (a capital, then small letters and no digit: no writer's
/// name, no sentence) and the body goes on after it.
fn take_section_name(body: &mut Vec<Line<'_>>) -> Option<Error> {
    const MAX_WORDS: usize = 3;
    let line = body.first().filter(|_| body.len() > 1)?;
    let words: Vec<&str> = line.text.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    let is_name = words.len() <= MAX_WORDS
        && first.starts_with(char::is_uppercase)
        && first.chars().skip(1).all(char::is_lowercase)
        && rest
            .iter()
            .all(|word| word.chars().all(|c| c.is_lowercase() || c == ','))
        && !line.text.ends_with(',');
    if !is_name {
        return None;
    }
    left_out(body.drain(..1))
}

/// Whether `line` may be a section's name: at most six words (`Pháp luật
/// - Bạn đọc`), not a sentence.
fn is_section_name(line: &str) -> bool {
    const MAX_NAME_WORDS: usize = 6;
    line.split_whitespace().count() <= MAX_NAME_WORDS && !ends_sentence(line)
}

/// Whether `line` is a page's breadcrumb trail, two sections' names or more
/// set apart by `>`, `»`, `›` or `/` (`Thời sự > Chính trị`); `Some(true)`
/// when it begins at the home page (`Trang chủ`, `Trang nhất`, `Home`).
fn breadcrumb(line: &str) -> Option<bool> {
    const HOMES: &[&str] = &["trang chủ", "trang nhất", "home"];
    const SEPARATORS: &[&str] = &[">", ">>", "»", "›", "/"];
    let words: Vec<&str> = line.split_whitespace().collect();
    let names: Vec<String> = words
        .split(|word| SEPARATORS.contains(word))
        .map(|name| name.join(" "))
        .collect();
    (names.len() >= 2 && names.iter().all(|name| !name.is_empty() && is_section_name(name)))
        .then(|| HOMES.contains(&lower_case(&names[0]).as_str()))
}

/// The warning that names the page's lines left out, in order; `None`
/// when there are none.
fn left_out<'a>(mut lines: impl Iterator<Item = Line<'a>>) -> Option<Error> {
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
fn take_page_tools(body: &mut Vec<Line<'_>>) -> Option<Error> {
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
    PAGE_TOOLS.contains(&label) || PAGE_HEADINGS.contains(&label)
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
fn take_page_chrome(body: &mut Vec<Line<'_>>) -> Vec<Error> {
    let heading = |text: &str| {
        let lower = lower_case(text);
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
fn may_be_listed_title(line: &str) -> bool {
    let end = line.trim_end_matches(['"', '”', '’', '»', ')']);
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

/// Takes the page's links to other stories out of the body, wherever they
/// stand: lines that open with a marker of [`LINK_MARKERS`] and go on with
/// the story's title, and nothing more ([`may_be_listed_title`]: a scrape
/// may glue the article's text to a link, and that line stays); and a
/// heading of [`LINKS_HEADINGS`] with the titles under it, up to the
/// paragraph the article goes on with. No paragraph of an article opens
/// so. A warning names each run of lines left out.
fn take_links_to_other_stories(body: &mut Vec<Line<'_>>) -> Vec<Error> {
    let lower = |line: &Line<'_>| lower_case(line.text);
    // The titles under a heading end at any sentence's end: the paragraph
    // the article goes on with may ask a question.
    let is_title = |line: &Line<'_>| {
        !ends_sentence(line.text) && line.text.split_whitespace().count() <= MAX_TITLE_WORDS
    };
    let is_link = |line: &Line<'_>| {
        let lower = lower(line);
        may_be_listed_title(line.text)
            && LINK_MARKERS.iter().any(|marker| {
                lower
                    .strip_prefix(marker)
                    .is_some_and(|title| title.chars().any(char::is_alphanumeric))
            })
    };
    let is_heading = |line: &Line<'_>| LINKS_HEADINGS.contains(&lower(line).trim_end_matches(':').trim_end());
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

/// Takes the byline off the end of the body: the last line, or the one
/// before a closing `Theo …` credit, when it is nothing but personal names.
/// A credit glued to the names by the scrape (`Nhật LinhTheo Reuters`) is
/// split off and kept as the last line. A photo or video credit under the
/// names (`Lê Hương`, then `Ảnh: Nhật Bắc`) joins the byline. Names glued
/// after that line's last sentence (a body scraped as one line: `… xuất
/// hiện. Nam Phạm`) are the byline too, and the sentences stay.
fn take_byline<'a>(body: &mut Vec<Line<'a>>) -> (Vec<String>, Option<Error>) {
    let last = body.last().map(|line| line.text);
    let credit_last = last.is_some_and(is_credit);
    let media_last = last.filter(|_| !credit_last).and_then(media_credit);
    let Some(index) = body
        .len()
        .checked_sub(1 + usize::from(credit_last || media_last.is_some()))
    else {
        return (Vec::new(), None);
    };
    let line = body[index];
    // Keep at least one line of body.
    let whole = (index > 0 || credit_last)
        .then(|| byline_line(line, credit_last, media_last.is_some()))
        .flatten();
    let Some(mut byline) = whole.or_else(|| byline_after_sentences(line.text)) else {
        return (Vec::new(), None);
    };
    if let Some(media) = media_last {
        byline.names.push(media);
        body.pop();
    }
    match byline.kept {
        Some(text) => body[index].text = text,
        None => {
            body.remove(index);
        }
    }
    (byline.names, byline.stray)
}

/// A byline read off a line of the body.
struct Byline<'a> {
    /// The names, and the photo or video credit that joins them.
    names: Vec<String>,
    /// What stays of the line: the credit glued after the names, or the
    /// sentences before them; `None` when the line goes.
    kept: Option<&'a str>,
    /// Punctuation typed after the names, which goes.
    stray: Option<Error>,
}

/// `line` read as a byline (see [`take_byline`]): nothing but names, a
/// `Theo …` credit (unless one is below, `credit_below`) or a photo credit
/// (unless one is below, `media_below`) glued after them, and punctuation
/// typed after them.
fn byline_line(line: Line<'_>, credit_below: bool, media_below: bool) -> Option<Byline<'_>> {
    let (names, glued_credit) = match glued_credit(line.text) {
        Some(at) if !credit_below => (&line.text[..at], Some(&line.text[at..])),
        _ => (line.text, None),
    };
    // A photo or video credit the scrape glued to the names (`Hạo
    // MinhẢnh: Đỗ Linh`) joins them, as on a line of its own.
    let (names, glued_media) = match glued_media(names).filter(|_| !media_below) {
        Some(at) => (&names[..at], media_credit(&names[at..])),
        None => (names, None),
    };
    // Punctuation typed after the names (`Lê Hương ,`, `Lê Hương.`) is no
    // part of them: it goes, with a warning.
    let bare = names.trim_end_matches([',', '.', ';', ' ']);
    let (mut names, stray) = match personal_names(names) {
        Some(names) => (names, None),
        None if bare.len() < names.len() && glued_credit.is_none() => {
            (personal_names(bare)?, Some(&names[bare.len()..]))
        }
        None => return None,
    };
    names.extend(glued_media);
    Some(Byline {
        names,
        kept: glued_credit,
        stray: stray.map(|text| Error::StrayPunctuation {
            line: line.number,
            text: text.trim().to_owned(),
        }),
    })
}

/// The byline a scrape glued after the last sentence of `text` (`…
/// xuất hiện. Nam Phạm`, `… tháng 6/2017./. Bích Lan/VOV.VN`): the longest
/// end of it, after a space that follows a sentence's end or an aside in
/// brackets, that is personal names (see [`personal_names`]). A full stop
/// after an initial or a degree ends no sentence (`… Imolese. Ch. Tuấn` is
/// not signed `Tuấn`, nor `ThS. Nguyễn Văn An` `Nguyễn Văn An`), and a
/// `Theo …` credit is no byline, as on a line of its own. Only the end is
/// looked at, as far as a byline goes: each place tried asks for the rest
/// of the text.
fn byline_after_sentences(text: &str) -> Option<Byline<'_>> {
    let ends_sentence_here = |before: &str| {
        let last_word = before.rsplit(' ').next().unwrap_or_default();
        // `M.`, `Ch.`, `ThS.`, `PGS.`: a capital, and no vowel in four
        // letters at most.
        let initial = last_word.strip_suffix('.').is_some_and(|word| {
            word.starts_with(char::is_uppercase)
                && (1..=4).contains(&word.chars().count())
                && word
                    .chars()
                    .all(|c| letter(c).is_some_and(|letter| !letter.is_vowel()))
        });
        // An aside in brackets ends what goes before the byline too (`…
        // (Còn nữa) Thống Nhất`, `… (Ảnh: Reuters) Hà Liên`).
        (ends_sentence(before) && !initial) || before.ends_with(')')
    };
    // A space and as many characters as `personal_names` reads.
    let from = text
        .char_indices()
        .rev()
        .nth(MAX_BYLINE_CHARS)
        .map_or(0, |(at, _)| at);
    text[from..]
        .match_indices(' ')
        .map(|(at, _)| from + at)
        .filter(|&at| ends_sentence_here(&text[..at]) && !is_credit(&text[at + 1..]))
        .find_map(|at| {
            let names = personal_names(&text[at + 1..])?;
            Some(Byline {
                names,
                kept: Some(&text[..at]),
                stray: None,
            })
        })
}

/// The photo or video credit that `line` is (`Ảnh: Nhật Bắc`, `Nguồn
/// video: Liveleak`), composed, without brackets.
fn media_credit(line: &str) -> Option<String> {
    credit_line(line, CREDIT_LABELS).or_else(|| credit_line(line, VIDEO_LABELS))
}

/// Where a photo or video credit starts when the scrape glued it to the
/// word before it (`T.ThủyVideo: BBC Earth`): a capital right after a
/// small letter, from which the rest of `line` is such a credit. Only the
/// end of the line is looked at, as far as the longest credit goes: each
/// place asks for the rest of the line, which would take time growing with
/// the square of a long line's length.
fn glued_media(line: &str) -> Option<usize> {
    /// A credit's label and at most ten words, each letter with two marks
    /// apart at most.
    const MAX_CREDIT_CHARS: usize = 3 * 80;
    let from = line
        .char_indices()
        .rev()
        .nth(MAX_CREDIT_CHARS)
        .map_or(0, |(at, _)| at);
    let mut before = line[..from].chars().next_back();
    line[from..].char_indices().find_map(|(offset, c)| {
        let at = from + offset;
        let glued = before.is_some_and(char::is_lowercase) && c.is_uppercase();
        before = Some(c);
        (glued && media_credit(&line[at..]).is_some()).then_some(at)
    })
}

/// `Theo CNA`, `Theo Sina/QQ`, `(Theo TTXVN)`, `Nguồn: Báo Phú Yên`: the
/// news agency or paper a story is based on; or `Tổng hợp`: that it was
/// compiled from several.
fn is_credit(line: &str) -> bool {
    // Read composed: a scrape in decomposed letters spells `Tổng hợp` and
    // `Nguồn` with other bytes.
    let line = nfc(line);
    let line = line.trim();
    let line = line
        .strip_prefix('(')
        .and_then(|line| line.strip_suffix(')'))
        .unwrap_or(line);
    // (`Nguồn video: …` credits a video: see `VIDEO_LABELS`.)
    let source = line.strip_prefix("Nguồn: ").or_else(|| {
        line.strip_prefix("Nguồn ")
            .filter(|rest| rest.starts_with(char::is_uppercase))
    });
    line == "Tổng hợp"
        || line
            .strip_prefix("Theo ")
            .or(source)
            .is_some_and(|rest| rest.split_whitespace().count() <= 6 && !rest.ends_with('.'))
}

/// Where a `Theo …` or `Tổng hợp` credit starts when the scrape glued it
/// to the word before it (`Nhật LinhTheo Reuters`, `T.ThủyTổng hợp`).
fn glued_credit(line: &str) -> Option<usize> {
    /// `Tổng hợp` in the most characters it may take: each letter with
    /// two marks apart.
    const MAX_COMPILED_CHARS: usize = 3 * 8;
    let compiled = || {
        line.char_indices()
            .rev()
            .take(MAX_COMPILED_CHARS)
            .map(|(at, _)| at)
            .find(|&at| nfc(&line[at..]) == "Tổng hợp")
    };
    let at = line.find("Theo ").or_else(compiled)?;
    let before = line[..at].chars().next_back()?;
    (before.is_lowercase() && is_credit(&line[at..])).then_some(at)
}

/// English's commonest words, which no Vietnamese text written without
/// its marks has as often.
const COMMON_ENGLISH_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from",
    "said", "it", "its", "are", "has", "have", "be", "an", "this", "which", "will",
];

/// Whether `texts` are in English, as an outlet's English edition writes
/// (VnExpress International, Vietnam News): thirty words or more, fewer
/// than one in twenty with a letter beyond ASCII (`Việt`, `đ`), and one
/// in ten or more among [`COMMON_ENGLISH_WORDS`]. Any other text is
/// Vietnamese, unmarked text too (`Toi ten la Nam`).
fn reads_as_english<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    const MIN_WORDS: usize = 30;
    let (mut words, mut marked, mut common) = (0_usize, 0_usize, 0_usize);
    for word in texts.flat_map(|text| text.split(|c: char| !c.is_alphabetic())) {
        if word.is_empty() {
            continue;
        }
        words += 1;
        if !word.is_ascii() {
            marked += 1;
        } else if COMMON_ENGLISH_WORDS.contains(&word.to_ascii_lowercase().as_str()) {
            common += 1;
        }
    }
    words >= MIN_WORDS && marked * 20 < words && common * 10 >= words
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
fn take_source_address(body: &mut Vec<Line<'_>>) -> Option<String> {
    let line = body.last().filter(|_| body.len() > 1)?.text;
    let line = line
        .strip_prefix('(')
        .and_then(|line| line.strip_suffix(')'))
        .unwrap_or(line);
    let (label, address) = line.split_once(':')?;
    let address = address.trim();
    let is_address = (address.starts_with("https://") || address.starts_with("http://"))
        && host(address).is_some()
        && !address.contains(char::is_whitespace);
    if !(is_address && SOURCE_ADDRESS_LABELS.contains(&lower_case(label.trim()).as_str())) {
        return None;
    }
    let address = address.to_owned();
    body.pop();
    Some(address)
}

/// The most characters a byline takes (see [`personal_names`]).
const MAX_BYLINE_CHARS: usize = 120;

/// A byline such as `Lê Hương`, `H.Long`, `M. Hà`, `Hương Giang - Trường
/// Thịnh`: one to six names, each of one to five words written as
/// Vietnamese name syllables are (a capital, then small letters) or as
/// initials, and each may end with a short note in brackets, kept with it
/// (`Mi Vân (tổng hợp)`, `Minh Anh (TTXVN)`). A part of the byline may say
/// what its names did (`Tin, ảnh: Quốc Đạt`, `Hoàng Thùy - Ảnh: Nhật
/// Bắc`): such a part is kept whole, as one entry; a line that opens with
/// a photo credit (`Ảnh: Lê Hương`) credits an image, not the article. A
/// name may follow the writer's degree (`ThS. Nguyễn Văn A`), and the
/// office they work for or their post may follow the names (`Lê Hương -
/// Văn phòng Tỉnh ủy`, `Nguyễn Văn A, Phó Chủ tịch UBND huyện`, `Lê Văn
/// Hùng, Ban Tuyên giáo Huyện ủy`), kept with the last. An office may sign in its own name (`Ban Tuyên giáo Tỉnh
/// ủy`). Outlet names (`VietnamNet`, `VietQ.vn`) and sentences are not
/// bylines.
fn personal_names(line: &str) -> Option<Vec<String>> {
    const MAX_NAMES: usize = 6;
    if line.chars().count() > MAX_BYLINE_CHARS {
        return None;
    }
    // `Tác giả: Lê Hương`, `Bởi Lê Hương`: the label says only that names
    // follow.
    if let Some((label, names)) = line.split_once(':')
        && matches!(lower_case(label.trim()).as_str(), "tác giả" | "người viết")
    {
        return personal_names(names);
    }
    if let Some(names) = line.trim_start().strip_prefix("Bởi ") {
        return personal_names(names);
    }
    // An office that signs the article (`Ban Tuyên giáo Tỉnh ủy`).
    if is_signing_office(line) {
        return Some(vec![line.trim().to_owned()]);
    }
    let mut authors = Vec::new();
    let mut names = 0;
    let mut writes = None;
    for part in outside_brackets(line, " - ")
        .into_iter()
        .flat_map(|part| outside_brackets(part, " – "))
        .flat_map(roles_apart)
    {
        let role = byline_role(part);
        // Where the names before work (`Lê Hương - Văn phòng Tỉnh ủy`).
        if let (None, Some(last)) = (role, authors.last_mut())
            && is_affiliation(part)
        {
            *last = format!("{last} - {}", part.trim());
            continue;
        }
        let listed = role.map_or(part, |(at, _)| &part[at..]);
        for listed in names_apart(listed) {
            // The writer's post or office after their name (`Nguyễn Văn A,
            // Phó Chủ tịch UBND huyện`, `Lê Văn Hùng, Ban Tuyên giáo Huyện
            // ủy`), kept with it.
            let post = is_post(listed) || is_signing_office(listed) || is_office_name(listed, PAPERS);
            if let (None, Some(last), true) = (role, authors.last_mut(), post) {
                *last = format!("{last}, {}", listed.trim());
                continue;
            }
            for name in listed.split("; ").flat_map(|name| name.split(" và ")) {
                if !is_personal_name(name) && !is_titled_name(name, false) {
                    return None;
                }
                names += 1;
                if role.is_none() {
                    authors.push(name.trim().to_owned());
                }
            }
        }
        if role.is_some() {
            authors.push(part.trim().to_owned());
        }
        // The byline opens with the writers.
        writes.get_or_insert(role.is_none_or(|(_, writes)| writes));
    }
    (writes == Some(true) && names <= MAX_NAMES).then_some(authors)
}

/// `part` of a byline cut before each role a `; ` sets apart (`Tin: Hà
/// Phương; Ảnh: Minh Luận`); a `; ` between names (`Lê Hương; Minh Anh`)
/// stays.
fn roles_apart(part: &str) -> Vec<&str> {
    cut_where(part, "; ", |_, after| byline_role(after).is_some())
}

/// `listed` cut at each `, ` between names (`Minh Luận, Hà Phương`), not
/// at one after titles alone (`Đại tá, PGS, TS Nguyễn Văn A` is one name).
fn names_apart(listed: &str) -> Vec<&str> {
    cut_where(listed, ", ", |before, _| !is_titles(before))
}

/// `text` cut at each `separator` where `cuts` says so, asked with the
/// text since the last cut and the text after the separator.
fn cut_where<'a>(text: &'a str, separator: &str, cuts: impl Fn(&str, &str) -> bool) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(separator) {
        if cuts(&text[start..at], &text[at + separator.len()..]) {
            parts.push(&text[start..at]);
            start = at + separator.len();
        }
    }
    parts.push(&text[start..]);
    parts
}

/// `line` cut at each `separator` that is outside brackets (`Lê Hương
/// (Trung tâm Văn hóa - Thông tin)` is one part).
fn outside_brackets<'a>(line: &'a str, separator: &str) -> Vec<&'a str> {
    let mut depth = 0usize;
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, c) in line.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && at >= start && line[at..].starts_with(separator) => {
                parts.push(&line[start..at]);
                start = at + separator.len();
            }
            _ => {}
        }
    }
    parts.push(&line[start..]);
    parts
}

/// The words an office's name opens with, when an office signs an
/// article in its own name (`Ban Tuyên giáo Tỉnh ủy`, `Văn phòng UBND
/// tỉnh`, `Trung tâm Y tế huyện`).
const OFFICES: &[&str] = &[
    "Ban",
    "Văn phòng",
    "Sở",
    "Phòng",
    "Trung tâm",
    "Cổng thông tin",
    "Ủy ban",
    "Uỷ ban",
    "UBND",
    "Hội",
    "Cục",
    "Tổng cục",
    "Viện",
    "Đảng ủy",
    "Đảng uỷ",
    "Huyện ủy",
    "Huyện uỷ",
    "Thành ủy",
    "Thành uỷ",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Tỉnh đoàn",
    "Công an",
    "Bộ Chỉ huy",
    "Mặt trận",
    "Liên đoàn",
];

/// The posts a writer signs with after their name, lower-case (`Nguyễn
/// Văn A, Phó Chủ tịch UBND huyện`); `phó` ("deputy") may come first.
const POSTS: &[&str] = &[
    "chủ tịch",
    "bí thư",
    "giám đốc",
    "tổng giám đốc",
    "trưởng phòng",
    "trưởng ban",
    "chánh văn phòng",
    "tổng biên tập",
    "hiệu trưởng",
    "viện trưởng",
    "giảng viên",
    "nghiên cứu viên",
    "chuyên viên",
    "phóng viên",
];

/// Whether `text` is a writer's post: one of [`POSTS`] (perhaps after
/// `Phó`, or `Nguyên`, "former"), then where they hold it; ten words at
/// most, nothing but words.
fn is_post(text: &str) -> bool {
    const MAX_WORDS: usize = 10;
    let lower = lower_case(text.trim());
    let post = lower.strip_prefix("nguyên ").unwrap_or(&lower);
    let post = post.strip_prefix("phó ").unwrap_or(post);
    POSTS.iter().any(|known| {
        post.strip_prefix(known)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    }) && lower.split_whitespace().count() <= MAX_WORDS
        && lower
            .split_whitespace()
            .all(|word| word.chars().all(char::is_alphanumeric))
}

/// The words a paper's or station's name opens with (`Báo Nhân Dân`).
const PAPERS: &[&str] = &["Báo", "Đài", "Tạp chí"];

/// Whether `line` is the name of an office that signs the article (see
/// [`is_office_name`]). A news agency or paper is a source, not a writer
/// (`TTXVN`, `Theo Báo Phú Yên`: see `is_credit`).
fn is_signing_office(line: &str) -> bool {
    is_office_name(line, OFFICES)
}

/// Whether `text` is the name of an office or body that opens with one of
/// `openings`: the opening, a capitalised word (`Ban Tuyên giáo`, not
/// `Ban hành`; `Sở Y tế`, not `Hội nghị`), then words as an office's name
/// has them, never three small ones in a row (`Ban Tổ chức cho biết` is a
/// sentence), eight words at most.
fn is_office_name(text: &str, openings: &[&str]) -> bool {
    const MAX_WORDS: usize = 8;
    let text = nfc(text.trim());
    let Some(rest) = openings
        .iter()
        .find_map(|opening| text.strip_prefix(opening)?.strip_prefix(' '))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let small = |word: &&str| word.starts_with(char::is_lowercase);
    words.first().is_some_and(|first| !small(first))
        && words.len() < MAX_WORDS
        && !words.windows(3).any(|three| three.iter().all(small))
        && words.iter().all(|word| word.chars().all(char::is_alphanumeric))
}

/// Whether `part` of a byline names the office or body its writers work
/// for (`Văn phòng Tỉnh ủy`, `Phó Bí thư Đảng ủy xã`, `Báo Phú Yên`): two to
/// eight words, as an office's name is written (the first capitalised, and
/// at least a third of them: `Học viện Chính trị khu vực III`; not a
/// person's name alone), nothing else.
fn is_affiliation(part: &str) -> bool {
    const MAX_WORDS: usize = 8;
    let part = nfc(part);
    let words: Vec<&str> = part.split_whitespace().collect();
    let capitalised = |word: &str| word.starts_with(char::is_uppercase);
    (2..=MAX_WORDS).contains(&words.len())
        && capitalised(words[0])
        && 3 * words.iter().filter(|word| capitalised(word)).count() >= words.len()
        && words.iter().all(|word| word.chars().all(char::is_alphanumeric))
        && !is_personal_name(&part)
}

/// Where the names start after the roles that open a part of a byline
/// (`Tin, ảnh: `, `Bài và ảnh: `, `Thực hiện: `), and whether the roles
/// include more than taking photos.
fn byline_role(part: &str) -> Option<(usize, bool)> {
    /// What a byline says its names did, in small letters.
    const ROLES: &[&str] = &[
        "bài",
        "tin",
        "ảnh",
        "video",
        "clip",
        "đồ họa",
        "đồ hoạ",
        "thực hiện",
        "nhóm thực hiện",
        "ghi",
        "phóng viên",
        "nhóm phóng viên",
        "pv",
        "nhóm pv",
    ];
    let colon = part.find(':')?;
    let label = lower_case(&part[..colon]);
    let mut roles = label
        .split([',', '-', '/', '&', '+'])
        .flat_map(|role| role.split(" và "));
    let mut writes = false;
    let known = roles.all(|role| {
        let role = role.trim();
        writes |= role != "ảnh";
        ROLES.contains(&role)
    });
    known.then_some((colon + 1, writes))
}

/// Signatures that stand for a newsroom's writers without naming them:
/// a reporter (`PV`, `phóng viên`), a contributor (`CTV`), an editor
/// (`BTV`), the editorial board (`BBT`, `Ban biên tập`), or a group of
/// them.
const GENERIC_SIGNATURES: &[&str] = &[
    "PV",
    "CTV",
    "BTV",
    "BBT",
    "Ban biên tập",
    "Nhóm PV",
    "Nhóm CTV",
    "Phóng viên",
    "Nhóm phóng viên",
];

/// Whether `name` is one person's name, or a newsroom's signature (see
/// [`GENERIC_SIGNATURES`]) perhaps followed by its desk (`Nhóm PV Kinh
/// tế`), each perhaps with a note (see `personal_names`).
fn is_personal_name(name: &str) -> bool {
    let Some(name) = without_note(name) else {
        return false;
    };
    let composed = nfc(name);
    if is_newsroom_signature(&composed) {
        return true;
    }
    if PLACES_NOT_NAMES.contains(&composed.trim()) {
        return false;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // One word in capitals is an agency or a heading (`TTXVN`, `KẾT`), not
    // a person, unless it starts with an initial (`Đ.TÙNG`); nor is a
    // credit in capitals (`THEO AP`).
    let in_capitals = !name.chars().any(char::is_lowercase);
    let has_initial = name.chars().nth(1) == Some('.');
    let person = !in_capitals || ((words.len() > 1 || has_initial) && words[0] != "THEO");
    person && (1..=5).contains(&words.len()) && words.iter().all(|word| is_name_word(word, in_capitals))
}

/// Places written as names are (`Hà Nội`), that no one is named: alone on a
/// line under the story (a related story's place, a section's name), they
/// are not its byline. Places that are also given names (`Hà Giang`, `Hòa
/// Bình`, `Khánh Hòa`) are not listed.
const PLACES_NOT_NAMES: &[&str] = &[
    "Hà Nội",
    "TP.HCM",
    "TP. HCM",
    "TP HCM",
    "TP Hồ Chí Minh",
    "TP. Hồ Chí Minh",
    "Thành phố Hồ Chí Minh",
    "Sài Gòn",
    "Đà Nẵng",
    "Cần Thơ",
    "Việt Nam",
];

/// Vietnam's provinces and largest cities, as a page may write one where
/// it was filed beside its dateline (`Hải Phòng - 01/01/2024`), where
/// other pages write the byline; many read as personal names do.
const PROVINCES: &[&str] = &[
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cần Thơ",
    "Cao Bằng",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hoà Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Khánh Hoà",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thanh Hoá",
    "Thừa Thiên Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
    "Huế",
    "Sài Gòn",
    "Nha Trang",
    "Đà Lạt",
    "Vũng Tàu",
    "Hạ Long",
    "Quy Nhơn",
    "Buôn Ma Thuột",
    "Phú Quốc",
    "Hội An",
];

/// A signature of [`GENERIC_SIGNATURES`], alone or before the name of its
/// desk: a few words, the first capitalised, all of letters (`Nhóm PV
/// Kinh tế`, `PV Thời sự`).
fn is_newsroom_signature(name: &str) -> bool {
    const MAX_DESK_WORDS: usize = 3;
    let name = name.trim();
    GENERIC_SIGNATURES.iter().any(|&signature| {
        name.strip_prefix(signature).is_some_and(|desk| {
            let words: Vec<&str> = desk.split_whitespace().collect();
            desk.is_empty()
                || (desk.starts_with(' ')
                    && words.len() <= MAX_DESK_WORDS
                    && words
                        .first()
                        .is_some_and(|word| word.starts_with(char::is_uppercase))
                    && words.iter().all(|word| word.chars().all(char::is_alphabetic)))
        })
    })
}

/// A name without the note in brackets after it (`Mi Vân (tổng hợp)`,
/// `Ngọc Anh (T/h)`, `Gia Hân (Ảnh Duy Thành)`: a few words, nothing else
/// bracketed) or the agency after a slash outside brackets (`Ngọc
/// Anh/VOV.VN`: one word in capitals, perhaps with its bureau's place
/// after a hyphen, `Văn Tú/VOV-Tây Nguyên`; `Trần Hoa/Báo Nhân Dân`: a
/// paper's or office's name). `None` when the brackets are not such a
/// note.
fn without_note(name: &str) -> Option<&str> {
    const MAX_WORDS: usize = 8;
    const MAX_PLACE_WORDS: usize = 4;
    let slash = name.find('/').filter(|&at| !name[..at].contains('('));
    if let Some((name, agency)) = slash.map(|at| (&name[..at], &name[at + 1..])) {
        let agency = agency.trim();
        let one_word = |word: &str| {
            word.starts_with(char::is_uppercase)
                && !word.contains(char::is_whitespace)
                && !word.contains(['/', '(', ')'])
        };
        let bureau = agency.split_once('-').is_some_and(|(code, place)| {
            let words: Vec<&str> = place.split_whitespace().collect();
            one_word(code)
                && (1..=MAX_PLACE_WORDS).contains(&words.len())
                && words
                    .iter()
                    .all(|word| word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic))
        });
        let agency =
            one_word(agency) || bureau || is_office_name(agency, PAPERS) || is_office_name(agency, OFFICES);
        return agency.then_some(name.trim_end());
    }
    if !name.contains(['(', ')']) {
        return Some(name);
    }
    let (name, note) = name.trim_end().strip_suffix(')')?.split_once(" (")?;
    let words = note.split_whitespace().count();
    ((1..=MAX_WORDS).contains(&words) && !note.contains(['(', ')']) && !name.contains(['(', ')']))
        .then_some(name)
}

/// `Hương`, `H.`, `Ch.`, `H.Long`, `Thị-Mai`: syllables of a capital and
/// small letters (or, in a name printed in `capitals`, of capitals only:
/// `TUYẾT`, `Đ.TÙNG`), or initials (a letter, or the two that begin a
/// syllable together: `Ch`, `Th`, `Ng`…), joined by `.` or `-`; read
/// composed, so that a scrape in decomposed letters names the same people.
/// `H`, `K` or `Y` and an apostrophe may open it, as the Central
/// Highlands' peoples write a name's first sound (`H’Linh`, `K'Nhai`,
/// `Y’Bình`); other such names are foreign (`O'Neill`), and a line of them
/// is no byline of a Vietnamese newsroom.
fn is_name_word(word: &str, capitals: bool) -> bool {
    /// The pairs of letters a syllable may begin with, which write one
    /// sound: an initial of two letters.
    const TWO_LETTER_INITIALS: [&str; 10] = ["ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"];
    let word = nfc(word);
    let mut chars = word.chars();
    let word = match (chars.next(), chars.next()) {
        (Some('H' | 'K' | 'Y'), Some('\'' | '’')) => chars.as_str(),
        _ => &word,
    };
    let mut parts = word.split(['.', '-']).peekable();
    let mut any = false;
    while let Some(part) = parts.next() {
        let mut chars = part.chars();
        let syllable = match chars.next() {
            Some(first) if capitals => first.is_uppercase() && chars.all(char::is_uppercase),
            Some(first) => first.is_uppercase() && chars.all(char::is_lowercase),
            // Only an initial's dot may end the word: `H.`, `Ch.` but not
            // `Hà.`. (An empty part is the last one only when the dot ends
            // the word: the initial is the word without it.)
            None => {
                parts.peek().is_none() && any && {
                    let initial = &word[..word.len() - 1];
                    initial.chars().count() == 1
                        || TWO_LETTER_INITIALS.contains(&initial.to_ascii_lowercase().as_str())
                }
            }
        };
        if !syllable {
            return false;
        }
        any = true;
    }
    any
}

/// Paragraphs, subheadings and lists, with each alt-text line and its
/// caption line joined into a figure, and each caption line alone made
/// one; a separator between the parts that `separators` set apart. The
/// `title` and the `sapo`, when there is one, are the text before the
/// body. A separator above the body, below it or right under another sets
/// nothing apart: it is left out, with a warning.
fn blocks(
    body: &[Line<'_>],
    separators: &[Line<'_>],
    title: &str,
    sapo: Option<&str>,
    warnings: &mut Vec<Error>,
) -> Vec<Block> {
    let mut blocks = Vec::with_capacity(body.len());
    let set_apart = paragraphs_set_apart(body);
    let questions_head = !is_interview(body, [Some(title), sapo]);
    let mut part_start = 0;
    for separator in separators {
        // The part before the separator: the body's lines above it.
        let part_end = body.partition_point(|line| line.number < separator.number);
        if part_end > part_start && part_end < body.len() {
            part_blocks(
                &body[part_start..part_end],
                set_apart,
                questions_head,
                sapo,
                &mut blocks,
                warnings,
            );
            blocks.push(Block::Separator);
            part_start = part_end;
        } else {
            // Above the body, below it, or right under another separator.
            warnings.push(Error::DroppedLine {
                line: separator.number,
                text: separator.text.to_owned(),
            });
        }
    }
    part_blocks(
        &body[part_start..],
        set_apart,
        questions_head,
        sapo,
        &mut blocks,
        warnings,
    );
    nest_numbered_headings(&mut blocks);
    blocks
}

/// The blocks of `body`, one part of the article (the whole of it when no
/// separator divides it), added to `blocks`; `set_apart` and
/// `questions_head` are read from the whole body (see
/// [`paragraphs_set_apart`] and [`is_subheading`]). An image's file name
/// standing for its alt text is left out, with a warning.
fn part_blocks(
    body: &[Line<'_>],
    set_apart: bool,
    questions_head: bool,
    sapo: Option<&str>,
    blocks: &mut Vec<Block>,
    warnings: &mut Vec<Error>,
) {
    // The line after line `at`, when it may belong to the same figure:
    // where blank lines set paragraphs apart, only a line kept together
    // with it.
    let kept_with = |at: usize| {
        body.get(at + 1)
            .filter(|next| !set_apart || next.number == body[at].number + 1)
    };
    // The figure lines `at` begin, and how many lines it takes: an alt
    // text over its caption (and its credit under them), or a caption or a
    // credit alone.
    let figure_at = |at: usize| {
        let line = body[at].text;
        // A story's first paragraph is never a photo's caption or alt text.
        let next = kept_with(at).filter(|_| at > 0 || !opens_with_newsroom_mark(line));
        match next {
            Some(next) if is_alt_and_caption(line, next.text, set_apart) => {
                let mut figure = figure(line, next.text);
                // The credit on a line of its own under the caption.
                let credit = kept_with(at + 1).and_then(|line| credit_line(line.text, CREDIT_LABELS));
                match credit {
                    Some(credit) if figure.credit.is_none() => {
                        figure.credit = Some(credit);
                        Some((figure, 3))
                    }
                    _ => Some((figure, 2)),
                }
            }
            next => {
                let after_next = next.and(kept_with(at + 1)).map(|line| line.text);
                figure_without_alt(line, next.map(|next| next.text), after_next)
            }
        }
    };
    let mut index = 0;
    while index < body.len() {
        let line = body[index].text;
        let introduced = index > 0 && body[index - 1].text.ends_with(':');
        if let Some((list, len)) = list_at(&body[index..]).filter(|(list, _)| introduced || enumerates(list))
        {
            blocks.push(list);
            index += len;
            continue;
        }
        if is_image_file_name(line) {
            warnings.push(Error::ImageFileName {
                line: body[index].number,
                text: line.to_owned(),
            });
            // The line under it is the picture's caption, unless it is a
            // figure of its own already or too long to be one.
            let caption = kept_with(index).filter(|next| {
                !is_image_file_name(next.text)
                    && figure_without_alt(next.text, None, None).is_none()
                    && fits_caption(next.text)
            });
            index += 1;
            if let Some(caption) = caption {
                let (caption, credit) = without_credit(caption.text);
                blocks.push(Block::Figure(Figure {
                    image: Image::default(),
                    caption: Some(caption),
                    credit,
                }));
                index += 1;
            }
            continue;
        }
        if let Some((figure, lines)) = figure_at(index) {
            blocks.push(Block::Figure(figure));
            index += lines;
            continue;
        }
        let follows_text = match blocks.last() {
            // A new part of the article may begin after a figure, a list
            // or a separator.
            Some(Block::Figure(_) | Block::List { .. } | Block::Separator) => true,
            Some(_) => ends_sentence(body[index - 1].text),
            None => sapo.is_some_and(ends_sentence),
        };
        // The text a subheading heads: past the figures under it.
        let mut after = index + 1;
        while follows_text
            && after < body.len()
            && let Some((_, lines)) = figure_at(after)
        {
            after += lines;
        }
        blocks.push(match body.get(after) {
            Some(after) if follows_text && is_subheading(line, after.text, questions_head) => {
                Block::Heading {
                    level: 2,
                    text: line.to_owned(),
                }
            }
            _ => Block::Paragraph(Paragraph::text(line)),
        });
        index += 1;
    }
}

/// The most words a photo's caption has (a paragraph of prose may be
/// longer).
const MAX_CAPTION_WORDS: usize = 40;

/// Whether `text` is no longer than a photo's caption
/// ([`MAX_CAPTION_WORDS`]).
fn fits_caption(text: &str) -> bool {
    text.split_whitespace().count() <= MAX_CAPTION_WORDS
}

/// Whether `line` is only an image's file name (`IMG_2034.JPG`,
/// `anh-hoi-nghi.jpg`), as a page's content system fills in an image's alt
/// text when no one wrote one.
fn is_image_file_name(line: &str) -> bool {
    const IMAGE_EXTENSIONS: &[&str] = &[
        "jpg", "jpeg", "png", "gif", "webp", "avif", "bmp", "tif", "tiff", "heic",
    ];
    !line.contains(char::is_whitespace)
        && line.rsplit_once('.').is_some_and(|(name, extension)| {
            !name.is_empty()
                && IMAGE_EXTENSIONS
                    .iter()
                    .any(|image| extension.eq_ignore_ascii_case(image))
        })
}

/// Whether `line` opens as a story's first paragraph does, with the
/// newsroom's mark or the place it was filed from before a dash:
/// `(Chinhphu.vn) - `, `(Dân trí) - `, `TTO - `, `VOV.VN - `, `VTV.vn - `,
/// `GD&TĐ - `, `HÀ NỘI - `, `Dân trí - `. A mark is a few words in
/// brackets, in capitals, one word with a dot inside (a domain), or the
/// name of an outlet that writes its mark in small letters too
/// ([`OUTLETS_MARKED_IN_SMALL_LETTERS`]). A mark in brackets may have its
/// dash glued on (`(PLO)- `).
fn opens_with_newsroom_mark(line: &str) -> bool {
    const MAX_MARK_WORDS: usize = 4;
    const DASHES: [char; 3] = ['-', '–', '—'];
    let bracketed_mark = line
        .starts_with('(')
        .then(|| line.split_once(')'))
        .flatten()
        .filter(|(_, after)| after.trim_start().starts_with(DASHES))
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
    let bracketed = mark.starts_with('(') && mark.ends_with(')') && letters.clone().count() >= 2;
    let capitals = letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase);
    let domain = words == 1 && mark.trim_end_matches('.').contains('.') && letters.count() >= 2;
    // As the outlet writes it: `Thanh niên - lực lượng …` is a sentence.
    let outlet = OUTLETS_MARKED_IN_SMALL_LETTERS.contains(&mark);
    (1..=MAX_MARK_WORDS).contains(&words) && (bracketed || capitals || domain || outlet)
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
    "Đại Đoàn Kết",
    "Vietnam+",
    "VietnamPlus",
    "VnExpress",
    "Znews",
    "Zing",
];

/// Whether the scrape sets its paragraphs apart with blank lines, as the
/// seed's does, keeping only the lines of one thing together: an image's
/// alt text, its caption and its credit. A third of the gaps between body
/// lines or more are then blank lines (or a line of stray punctuation,
/// left out); in text with a paragraph a line, none are. Lines set apart
/// there are never one figure.
fn paragraphs_set_apart(body: &[Line<'_>]) -> bool {
    let gaps = body.len().saturating_sub(1);
    let apart = body
        .windows(2)
        .filter(|pair| pair[1].number > pair[0].number + 1)
        .count();
    // A figure keeps two or three lines together: in an article of many
    // photos, blank lines may be a third of the gaps.
    apart >= 2 && apart * 3 >= gaps
}

/// The list that `lines` open with, and how many lines it takes: two
/// lines or more that each open with the same bullet (`- `, `+ `, `• `…),
/// with the next number (`1. `, `2. `… or `1) `, `2) `…, from 1) or with
/// the next letter as Vietnamese documents count their points (`a) `, `b)
/// `… `d) `, `đ) `, `e) `, `g) `…, from a; see [`Numbering::Letters`]). The
/// caller takes it only after a line that ends with a colon or when its
/// items end with semicolons ([`enumerates`]): otherwise, a run of `- `
/// lines is more often an interview's questions and answers.
/// The bullets, numbers and letters become the list's own, so letters
/// counted otherwise (`d) `, `e) `, without `đ`) leave the lines as they
/// are.
fn list_at(lines: &[Line<'_>]) -> Option<(Block, usize)> {
    let first = list_item(lines.first()?.text, None)?;
    let mut items = vec![first.text];
    let mut last = first.marker;
    for line in &lines[1..] {
        let Some(item) = list_item(line.text, Some(last)) else {
            break;
        };
        items.push(item.text);
        last = item.marker;
    }
    let len = items.len();
    let (ordered, numbering) = match first.marker {
        ListMarker::Bullet(_) => (false, Numbering::Digits),
        ListMarker::Number(..) => (true, Numbering::Digits),
        ListMarker::Letter(_, mark) => {
            // The line after holds a letter out of the list's count.
            let miscounted = lines
                .get(len)
                .and_then(|line| letter_marker(line.text))
                .is_some_and(|(_, after)| after == mark);
            if miscounted {
                return None;
            }
            (true, Numbering::Letters)
        }
    };
    let list = Block::List {
        ordered,
        numbering,
        items,
    };
    (len >= 2).then_some((list, len))
}

/// Whether `list`'s items read as the clauses of one sentence: each but
/// the last ends with a semicolon (`- Phát triển hạ tầng số;`), as lists
/// of goals, tasks and points do with or without a line introducing
/// them. An interview's questions and answers end with `?` or `.`.
fn enumerates(list: &Block) -> bool {
    let Block::List { items, .. } = list else {
        return false;
    };
    items
        .split_last()
        .is_some_and(|(_, clauses)| clauses.iter().all(|item| item.ends_with(';')))
}

/// The letters Vietnamese documents count their points with, in order.
const POINT_LETTERS: [char; 23] = [
    'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v',
    'x', 'y',
];

/// What opens a line of a list.
#[derive(Clone, Copy, PartialEq)]
enum ListMarker {
    Bullet(char),
    /// The number and the character after it (`.` or `)`).
    Number(u32, char),
    /// The letter's place in [`POINT_LETTERS`] and the character after it.
    Letter(usize, char),
}

/// A line of a list, without its marker.
struct ListItem {
    marker: ListMarker,
    text: String,
}

/// `line` as the list item after `previous` (the first, when `None`): the
/// same bullet, or the next number or letter with the same mark after it;
/// then a space and words.
fn list_item(line: &str, previous: Option<ListMarker>) -> Option<ListItem> {
    const BULLETS: &[char] = &['-', '+', '•', '*', '–', '●', '▪', '◦'];
    const MAX_DIGITS: usize = 3;
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (marker, rest) = if (1..=MAX_DIGITS).contains(&digits) {
        let mark = line[digits..]
            .chars()
            .next()
            .filter(|&c| matches!(c, '.' | ')'))?;
        (
            ListMarker::Number(line[..digits].parse().ok()?, mark),
            &line[digits + 1..],
        )
    } else if let Some((letter, mark)) = letter_marker(line) {
        let place = POINT_LETTERS.iter().position(|&point| point == letter)?;
        let marker_len = letter.len_utf8() + mark.len_utf8();
        (ListMarker::Letter(place, mark), &line[marker_len..])
    } else {
        let bullet = line.chars().next().filter(|c| BULLETS.contains(c))?;
        (ListMarker::Bullet(bullet), &line[bullet.len_utf8()..])
    };
    let expected = match (previous, marker) {
        (None, ListMarker::Number(number, _)) => number == 1,
        (None, ListMarker::Letter(place, _)) => place == 0,
        (Some(ListMarker::Number(before, mark_before)), ListMarker::Number(number, mark)) => {
            number == before + 1 && mark == mark_before
        }
        (Some(ListMarker::Letter(before, mark_before)), ListMarker::Letter(place, mark)) => {
            place == before + 1 && mark == mark_before
        }
        (None, ListMarker::Bullet(_)) => true,
        (Some(before), marker) => before == marker,
    };
    let text = rest.strip_prefix(char::is_whitespace)?.trim();
    (expected && text.chars().any(char::is_alphanumeric)).then(|| ListItem {
        marker,
        text: text.to_owned(),
    })
}

/// The small letter and the mark (`.` or `)`) that open `line` (`a) `,
/// `đ. `), then a space.
fn letter_marker(line: &str) -> Option<(char, char)> {
    let mut chars = line.chars();
    let (letter, mark) = (chars.next()?, chars.next()?);
    (letter.is_lowercase() && matches!(mark, '.' | ')') && chars.next().is_some_and(char::is_whitespace))
        .then_some((letter, mark))
}

/// Whether `line`, after a sentence, a figure or a list (the caller
/// knows), and before the body line `after`, is a subheading: a short line
/// (at most twelve words) that opens with a capital or a digit and ends
/// with no punctuation, or asks a question the text goes on to answer
/// (`Vì sao giá vàng tăng?`) when `questions_head` (the article is no
/// interview: see [`is_interview`]; nor is the question an
/// interviewer's, `PV: …?`, or answered after a dash, `- Không.`), before
/// a sentence (`after` ends with `. ! ? …`, perhaps in quotes, or with the
/// colon that introduces a list) longer than it. Not a line of names (a portrait's
/// caption whose image the scrape lost, `Bộ trưởng Đào Ngọc Dung` aside)
/// or another line that reads as a caption, nor a credit. Two such lines
/// in a row are not headings either: the second has no sentence after it,
/// and they are more often captions or a list.
fn is_subheading(line: &str, after: &str, questions_head: bool) -> bool {
    const MAX_WORDS: usize = 12;
    // Counted once, before composing (which leaves spaces as they are),
    // and no further than a subheading may go.
    let words = line.split_whitespace().take(MAX_WORDS + 1).count();
    if words > MAX_WORDS {
        return false;
    }
    // Read composed: a scrape in decomposed letters ends `đỏ` with a mark.
    let line = &nfc(line);
    let opens = line
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let ends_bare = line.chars().next_back().is_some_and(char::is_alphanumeric);
    // An answer is a paragraph of its own, longer than a caption's line
    // (a gallery's captions may ask, `Ai đang bế ai?`).
    const ANSWER_MIN_WORDS: usize = 20;
    let answered = || {
        questions_head
            && line.ends_with('?')
            && !line.contains(':')
            && !opens_with_dash(after)
            && after.split_whitespace().nth(ANSWER_MIN_WORDS - 1).is_some()
    };
    opens
        && (ends_bare || answered())
        && (ends_sentence(after) || after.ends_with(':'))
        && after.split_whitespace().count() > words
        // `I. TÌNH HÌNH CHUNG` is a part's number, not an initial.
        && (heading_number(line) == Some(HeadingNumber::Roman) || !names_someone(line))
        // A portrait's caption names its sitter first (`GS.TS Nguyễn
        // Trung Việt, Phó Hiệu trưởng …`).
        && !is_titled_name(line.split([',', '(']).next().unwrap_or(line), true)
        && !reads_as_caption(line)
        && !is_credit(line)
        && credit_line(line, CREDIT_LABELS).is_none()
        && without_credit(line).1.is_none()
        && !names_media(line)
        && !is_contact(line)
}

/// Whether `line` names people (see [`personal_names`]). In capitals, a
/// person's name opens with a family name (`NGUYỄN VĂN AN`); other words
/// in capitals are a subheading's (`KẾT QUẢ ĐẠT ĐƯỢC`), whose syllables
/// read as names' too.
fn names_someone(line: &str) -> bool {
    let in_capitals = !line.chars().any(char::is_lowercase);
    personal_names(line).is_some()
        && (!in_capitals
            || line
                .split_whitespace()
                .next()
                .is_some_and(|first| FAMILY_NAMES.iter().any(|family| family.to_uppercase() == first)))
}

/// Whether `body`, under the texts of its `lead` (its title and sapo), is
/// an interview's: a line opens with the interviewer's label (`PV:`,
/// `Phóng viên:`, `Hỏi:`; a scrape that lost the title may begin with
/// one), or a question is answered after a dash (`- Không, nhõn một
/// cái.`). Its questions are the interviewer's, never subheadings.
fn is_interview(body: &[Line<'_>], lead: [Option<&str>; 2]) -> bool {
    const LABELS: &[&str] = &["pv", "phóng viên", "hỏi"];
    lead.into_iter()
        .flatten()
        .any(|text| opens_with_label(text, LABELS))
        || body.iter().any(|line| opens_with_label(line.text, LABELS))
        || body
            .windows(2)
            .any(|pair| pair[0].text.ends_with('?') && opens_with_dash(pair[1].text))
}

/// Whether `line` opens with one of `labels` (in small letters) and a
/// colon: `PV: …`, `Hotline: …`, `Video: …`.
fn opens_with_label(line: &str, labels: &[&str]) -> bool {
    line.split_once(':')
        .is_some_and(|(label, _)| labels.contains(&lower_case(label.trim()).as_str()))
}

/// Whether `line` opens with a dash, as an interview's answers do
/// (`- Không.`).
fn opens_with_dash(line: &str) -> bool {
    line.trim_start().starts_with(['-', '–', '—'])
}

/// Whether `line` gives a way to reach someone (`Điện thoại: (0292)
/// 3891433`, `Hotline: 1900…`, `Địa chỉ: …`), as an advertisement's or an
/// office's notice ends: a paragraph, never a heading.
fn is_contact(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "điện thoại",
        "đt",
        "hotline",
        "đường dây nóng",
        "fax",
        "email",
        "e-mail",
        "website",
        "địa chỉ",
    ];
    opens_with_label(line, LABELS)
}

/// Whether `line` is the title of a video or other media the page plays
/// (`Video: Người dân xếp hàng đổ xăng`): a paragraph of the text that
/// names what a scrape could not keep, not a heading over what follows.
fn names_media(line: &str) -> bool {
    const MEDIA_LABELS: &[&str] = &[
        "video",
        "clip",
        "video clip",
        "xem video",
        "mời xem video",
        "infographic",
        "podcast",
        "audio",
        "phóng sự ảnh",
    ];
    opens_with_label(line, MEDIA_LABELS)
}

/// How a subheading is numbered: `I. TÌNH HÌNH CHUNG`, `1. Về kinh tế`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HeadingNumber {
    Roman,
    Arabic,
}

/// The numbering `line` opens with, a number and a full stop or bracket
/// before a word (`II. NHIỆM VỤ`, `2) Về xã hội`): Roman from I to XX, two
/// words at least after it (`V. TÙNG` is a name's initial), or Arabic.
fn heading_number(line: &str) -> Option<HeadingNumber> {
    let (number, rest) = line.split_once([' '])?;
    let number = number.strip_suffix(['.', ')'])?;
    let roman = !number.is_empty()
        && number.len() <= 5
        && number.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        && rest.split_whitespace().count() >= 2;
    let arabic = !number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit());
    match (roman, arabic) {
        (true, _) => Some(HeadingNumber::Roman),
        (_, true) => Some(HeadingNumber::Arabic),
        _ => None,
    }
}

/// Subheadings numbered `1.`, `2.` under parts numbered `I.`, `II.` one
/// level down (`h3` under `h2`).
fn nest_numbered_headings(blocks: &mut [Block]) {
    let mut in_part = false;
    for block in blocks {
        if let Block::Heading { level, text } = block {
            match heading_number(text) {
                Some(HeadingNumber::Roman) => in_part = true,
                Some(HeadingNumber::Arabic) if in_part => *level = 3,
                _ => in_part = false,
            }
        }
    }
}

/// Whether `line` reads as the caption of a photo of an event, whose image
/// the scrape lost: it opens as such captions do (`Quang cảnh hội nghị`,
/// `Đồng chí …`, `Các đại biểu …`, an architect's `Phối cảnh dự án …`),
/// says what the photo shows being done (`… phát biểu tại …`, `… trao tặng
/// …`, `(từ trái sang)`, `… chụp ảnh cùng …`) or where someone stands in
/// it (`SHB Đà Nẵng (áo xanh)`, `(xanh)`, `(phải)`, `(đứng giữa)`).
fn reads_as_caption(line: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "quang cảnh",
        "toàn cảnh",
        "phối cảnh",
        "đồng chí",
        "các đồng chí",
        "đại biểu",
        "các đại biểu",
    ];
    const PHRASES: &[&str] = &[
        " phát biểu",
        "trao tặng",
        "tặng hoa",
        "tặng quà",
        "trao quà",
        "chụp ảnh lưu niệm",
        "chụp ảnh cùng",
        "trái sang",
        "trong ảnh",
        "(trái)",
        "(phải)",
        "(giữa)",
        "(bên trái",
        "(bên phải",
        "(đứng ",
        "(ngồi ",
        "(ngoài cùng",
        "(áo ",
        "(xanh)",
        "(đỏ)",
        "(trắng)",
        "(vàng)",
        "(đen)",
    ];
    let lower = lower_case(line);
    OPENINGS.iter().any(|opening| lower.starts_with(opening))
        || PHRASES.iter().any(|phrase| lower.contains(phrase))
}

/// Degrees, professions and ranks a writer signs with before their name
/// (`ThS. Nguyễn Văn A`, `Nhà báo Hữu Thọ`, `Đại tá Trần B`), in small
/// letters.
const DEGREES: &[&str] = &[
    "ts",
    "tskh",
    "ths",
    "gs",
    "pgs",
    "gs.ts",
    "pgs.ts",
    "gs.tskh",
    "bs",
    "bsck",
    "tiến sĩ",
    "thạc sĩ",
    "giáo sư",
    "bác sĩ",
    "luật sư",
    "ls",
    "kỹ sư",
    "ks",
    "kiến trúc sư",
    "kts",
    "nhà báo",
    "nhà văn",
    "nhà thơ",
    "nhà nghiên cứu",
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "đại uý",
    "thượng úy",
    "thượng uý",
    "trung úy",
    "trung uý",
    "thiếu úy",
    "thiếu uý",
];

/// Titles and roles a caption puts before a person's name (`Bộ trưởng
/// Đào Ngọc Dung`), in small letters, besides the [`DEGREES`].
const TITLES: &[&str] = &[
    "ông",
    "bà",
    "anh",
    "chị",
    "cô",
    "chú",
    "cụ",
    "bé",
    "em",
    "thầy",
    "cô giáo",
    "thầy giáo",
    "nghệ sĩ",
    "nsnd",
    "nsưt",
    "ca sĩ",
    "nhạc sĩ",
    "họa sĩ",
    "hoạ sĩ",
    "diễn viên",
    "đạo diễn",
    "người mẫu",
    "hoa hậu",
    "á hậu",
    "cầu thủ",
    "thủ môn",
    "hlv",
    "huấn luyện viên",
    "vận động viên",
    "vđv",
    "tỷ phú",
    "doanh nhân",
    "chuyên gia",
    "chủ tịch",
    "bộ trưởng",
    "thứ trưởng",
    "thủ tướng",
    "tổng bí thư",
    "bí thư",
    "tổng thống",
    "ngoại trưởng",
    "đại sứ",
    "giám đốc",
    "tổng giám đốc",
    "hiệu trưởng",
    "chủ nhiệm",
    "viện trưởng",
    "chánh án",
];

/// Whether `name` is a person's name after their titles: [`DEGREES`]
/// (`TS. Phan Quang Anh`; one after another, perhaps with commas: `PGS, TS
/// Nguyễn Văn A`, `Đại tá, PGS.TS Trần B`), or, with `roles`, [`TITLES`]
/// too (`Bộ trưởng Đào Ngọc Dung`). `phó` ("deputy") may come before a
/// title (`Phó Thủ tướng Vũ Đức Đam`).
fn is_titled_name(name: &str, roles: bool) -> bool {
    let words: Vec<String> = name.split_whitespace().map(lower_case).collect();
    let end = titles_end(&words, roles);
    end > 0 && is_personal_name(&name.split_whitespace().skip(end).collect::<Vec<_>>().join(" "))
}

/// Whether `text` is titles alone (`Đại tá`, `PGS, TS`): what a byline puts
/// before a name, cut from it at a comma.
fn is_titles(text: &str) -> bool {
    let words: Vec<String> = text.split_whitespace().map(lower_case).collect();
    !words.is_empty() && titles_end(&words, false) == words.len()
}

/// How many of `words` (in small letters) are the titles they open with:
/// see [`is_titled_name`]. The longest title is taken at each step (`cô
/// giáo`, not `cô`).
fn titles_end(words: &[String], roles: bool) -> usize {
    const MAX_TITLE_WORDS: usize = 4;
    let mut at = 0;
    loop {
        let start = at + usize::from(words.get(at).is_some_and(|word| word == "phó"));
        let title_end = (start + 1..=(start + MAX_TITLE_WORDS).min(words.len()))
            .rev()
            .find(|&end| {
                let title = words[start..end].join(" ");
                let title = title.trim_end_matches([',', '.']);
                DEGREES.contains(&title) || (roles && TITLES.contains(&title))
            });
        match title_end {
            Some(end) => at = end,
            None => return at,
        }
    }
}

/// Whether `body` is a standfirst over a body on one line, as an
/// aggregator's page gives an article (baomoi-dev: a title, a standfirst,
/// then every paragraph on one line, their breaks lost): two lines, the
/// second at least three times as long as the first (in words: the same
/// in composed and decomposed letters), which reads as a
/// sentence (it ends as one, or runs to a dozen words: not a name such as
/// `Tỉnh ủy Phú Yên`) and ends with no photo credit. 489 of baomoi-dev's
/// 500 files are so.
fn is_standfirst_over_one_line_body(body: &[Line<'_>]) -> bool {
    const BODY_TO_STANDFIRST: usize = 3;
    const MIN_STANDFIRST_WORDS: usize = 12;
    let [standfirst, text] = body else {
        return false;
    };
    let words = |line: &Line<'_>| line.text.split_whitespace().count();
    let reads_as_sentence = ends_sentence(standfirst.text) || words(standfirst) >= MIN_STANDFIRST_WORDS;
    reads_as_sentence
        && words(text) >= BODY_TO_STANDFIRST * words(standfirst)
        && split_credit(&nfc(standfirst.text)).is_none()
}

/// Whether the article's address names a headline other than `line`:
/// Vietnamese newsrooms end an article's address with its headline's words
/// without their marks (`…/gia-vang-bat-ngo-dao-chieu-giam-manh-20210420070625022.htm`),
/// and fewer than two in five of those words are `line`'s (a subheading or
/// a caption the scrape put first: `Dòng tiền tích cực` under
/// `…/buc-tranh-tai-chinh-cua-bsr-vung-vang-sau-quy-i-…`). Only that way:
/// an editor may shorten the address, not lengthen it. False when the
/// address ends with fewer than three such words.
fn address_names_other_headline(url: &str, line: &str) -> bool {
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

/// The most characters a headline runs to: dantri's and baomoi's run to
/// 150 at most (baomoi-dev's longest is 107).
pub(crate) const MAX_HEADLINE_CHARS: usize = 200;

/// Whether `line` goes on the headline a page broke over lines before it:
/// the headline leaves a quote open, or ends with a colon before the quote
/// `line` opens (`Ông A:` then `"Cơ hội…`); `line` reads as no paragraph
/// ([`reads_as_paragraph`]) and the two together are no longer than a
/// headline.
fn headline_goes_on(headline: &str, line: &str) -> bool {
    let count = |text: &str, quote: char| text.chars().filter(|&c| c == quote).count();
    let open_quote = count(headline, '"') % 2 == 1 || count(headline, '“') > count(headline, '”');
    let quote_after_colon = headline.ends_with(':') && line.starts_with(['"', '“']);
    (open_quote || quote_after_colon)
        && !reads_as_paragraph(line)
        && length_as_read(headline) + 1 + length_as_read(line) <= MAX_HEADLINE_CHARS
}

/// How many characters `text` shows: a letter typed with its marks apart
/// (decomposed) counts once.
fn length_as_read(text: &str) -> usize {
    nfc(text).chars().count()
}

/// Whether `line`, the first of the text, reads as a paragraph or a photo's
/// caption rather than a headline: it ends with a full stop (not an
/// ellipsis) or a colon, a closing quote or bracket after them, or with a
/// photo credit (`… (Ảnh: Reuters)`), or runs past [`MAX_HEADLINE_CHARS`].
/// Headlines end with a word, `?`, `!`, `…` or a quote.
fn reads_as_paragraph(line: &str) -> bool {
    let end = line.trim_end_matches(['"', '”', '’', '»', ')']);
    (end.ends_with(['.', ':']) && !end.ends_with(".."))
        || split_credit(&nfc(line)).is_some()
        || length_as_read(line) > MAX_HEADLINE_CHARS
}

/// Whether `line` ends a sentence: with `. ! ? …`, or a closing quote or
/// bracket right after one.
fn ends_sentence(line: &str) -> bool {
    let line = line.trim_end_matches(['"', '”', '’', '»', ')']);
    line.ends_with(['.', '!', '?', '…'])
}

/// The figure of an alt-text line and its caption line. A photo credit at
/// the end of the caption becomes the figure's credit; the same credit at
/// the end of the alt text goes (the figure shows it once), and a credit
/// only the alt text has becomes the figure's.
fn figure(alt: &str, caption: &str) -> Figure {
    let (caption, mut credit) = without_credit(caption);
    let alt = match without_credit(alt) {
        (without, Some(alt_credit)) if credit.as_ref().is_none_or(|credit| *credit == alt_credit) => {
            credit = Some(alt_credit);
            without
        }
        _ => alt.to_owned(),
    };
    Figure {
        image: Image {
            alt,
            ..Image::default()
        },
        caption: Some(caption),
        credit,
    }
}

/// The figure of an image the page gave no alt text, and how many lines
/// it takes: a caption of at most 40 words that ends with a picture's
/// credit (`Quang cảnh hội nghị. Ảnh: Thành Duy`, `Đại biểu phát biểu
/// (Ảnh: TTXVN)`) or has it on the line under it (unless `after_next`
/// tells the credit again: then the two are the next image's); or the
/// credit alone, where the scrape lost the caption (`(Ảnh: Getty)`), with
/// the line under it when that line tells the credit again (the image's
/// alt text and caption). Its alt text stays empty, so that the caption is
/// read once. A line that names nobody (`Ảnh minh họa`) is not the
/// credit of the line above it, which may as well be a paragraph or a
/// subheading: it is a figure of its own. A source (`Nguồn: Bộ Công
/// Thương`) may end a paragraph of prose or stand under a table: it makes
/// no figure, unless it is a picture's (`Nguồn ảnh: TTXVN`).
fn figure_without_alt(line: &str, next: Option<&str>, after_next: Option<&str>) -> Option<(Figure, usize)> {
    let credited = |caption, credit| Figure {
        image: Image::default(),
        caption,
        credit: Some(credit),
    };
    if let Some(credit) = picture_credit_line(line) {
        // An image whose alt text and caption both give only its credit
        // (`Ảnh minh họa`, then `Ảnh minh họa` or `Ảnh minh họa (Nguồn:
        // Internet)`): one figure, credited as the caption line says it.
        let caption_line = next.filter(|next| fits_caption(next) && repeats_credit(&credit, next));
        return Some(match caption_line {
            Some(next) => {
                let fuller = credit_line(next, CREDIT_LABELS).unwrap_or_else(|| nfc(next.trim()));
                (credited(None, fuller), 2)
            }
            None => (credited(None, credit), 1),
        });
    }
    // A note with its source (`Ảnh minh họa. Nguồn: internet`): the
    // whole of what the page says of its image.
    let composed = nfc(line);
    let words: Vec<&str> = composed.split_whitespace().collect();
    if photo_note_words(&words) == Some(words.len()) {
        return Some((credited(None, words.join(" ")), 1));
    }
    match without_credit(line) {
        (caption, Some(credit)) => (is_picture_credit(&credit) && fits_caption(&caption))
            .then(|| (credited(Some(caption), credit), 1)),
        (caption, None) => {
            let credit = next
                .and_then(picture_credit_line)
                .filter(|credit| !names_nobody(credit))?;
            // A credit told twice under a line is the next image's alt
            // text and caption, not this line's credit.
            let next_image = after_next.is_some_and(|after| repeats_credit(&credit, after));
            (fits_caption(&caption) && !next_image).then(|| (credited(Some(caption), credit), 2))
        }
    }
}

/// How many of a line's `words` (composed) make the note it opens with
/// that a photo only illustrates the story, without naming anyone behind
/// it (see [`names_nobody`]: `Ảnh minh họa`, `Ảnh chỉ mang tính minh
/// họa.`), with the source that may follow it: `Ảnh minh họa: Internet`,
/// `Ảnh minh họa. Nguồn: internet`, `Ảnh minh họa nguồn internet.`, `Ảnh
/// minh họa. (Nguồn: TTXVN)`. A source without brackets is one word that
/// is no one's name (see [`is_source_word`]): after it, the words of a
/// name and of a sentence cannot be told apart. `None` when the line does
/// not open with such a note, or its source cannot be told from what
/// follows.
fn photo_note_words(words: &[&str]) -> Option<usize> {
    /// The most words of a label and its kind (`Ảnh chỉ mang tính minh
    /// họa`).
    const MAX_NOTE_WORDS: usize = 6;
    /// The most words in brackets after `(Nguồn:`.
    const MAX_SOURCE_WORDS: usize = 10;
    let note = (2..=MAX_NOTE_WORDS.min(words.len()))
        .find(|&len| names_nobody(words[..len].join(" ").trim_end_matches([':', '.'])))?;
    // `Hình ảnh` ("picture") opens prose as often as it credits (`Hình ảnh
    // "công trường" tập kết gỗ lậu …`): it says nothing of illustrating.
    if lower_case(words[1]).trim_end_matches([':', '.']) == "ảnh" {
        return None;
    }
    let source_at = |at: usize| words.get(at).is_some_and(|word| is_source_word(word));
    if words[note - 1].ends_with(':') {
        return source_at(note).then_some(note + 1);
    }
    let label = words.get(note).map(|word| lower_case(word));
    match label.as_deref() {
        Some("(nguồn:") => words[note..]
            .iter()
            .take(MAX_SOURCE_WORDS + 1)
            .position(|word| word.trim_end_matches('.').ends_with(')'))
            .map(|last| note + last + 1),
        Some("nguồn:" | "nguồn") => source_at(note + 1).then_some(note + 2),
        _ => Some(note),
    }
}

/// Whether `word` (and the full stop or bracket after it) names a
/// picture's source as no person's name is written: `internet`, an
/// agency in capitals (`TTXVN`, `AFP`), a domain (`vneconomy.vn`).
fn is_source_word(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ')']);
    let letters = word.chars().filter(|c| c.is_alphabetic());
    word.eq_ignore_ascii_case("internet")
        || (letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase))
        || (word.contains('.')
            && word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')))
}

/// Where the story goes on after the photo note an aggregator glued to its
/// first words (`Ảnh minh họa Theo đó, …`, `Ảnh minh họa. Nguồn: internet
/// Cụ thể, …`; see [`photo_note_words`]): a capitalised word, a number or
/// a quote, opening a sentence of [`MIN_GLUED_WORDS`] words or more (not
/// `Ảnh minh họa Thanh Hà`, a credit). Read composed; the place is the
/// line's as written, where the note's last word ends.
fn glued_photo_note(line: &str) -> Option<usize> {
    let composed = nfc(line);
    let words: Vec<&str> = composed.split_whitespace().collect();
    let note = photo_note_words(&words)?;
    let rest = words.get(note..).filter(|rest| rest.len() >= MIN_GLUED_WORDS)?;
    // Where the note's last word ends in the line as written.
    let note_end = || {
        let spans = word_spans(line);
        note.checked_sub(1)
            .and_then(|last| spans.get(last))
            .map_or(line.len(), |word| word.end)
    };
    opens_sentence(rest[0]).then(note_end)
}

/// Whether `word` may open a sentence of the story: a capital, a number or
/// an opening quote.
fn opens_sentence(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '«'))
}

/// The fewest words of the story after a photo note glued to it.
const MIN_GLUED_WORDS: usize = 6;

/// Every line of `body` that opens with a photo note glued to the story
/// (see [`glued_photo_note`]), as two lines of the same number: the note,
/// which becomes a figure, and the story; and every line with a credited
/// caption glued inside it (see [`glued_caption`]), as the story before
/// it, the caption with its credit, and the story after it.
fn split_glued_photo_notes<'a>(body: Vec<Line<'a>>) -> Vec<Line<'a>> {
    // An aggregator's body on one line lost its line breaks, which left
    // wider gaps behind.
    let one_line_body = body.len() == 1;
    let mut lines = Vec::with_capacity(body.len());
    for line in body {
        let mut push = |text: &'a str, story: bool| {
            let parts = match story && one_line_body {
                true => at_lost_line_breaks(text),
                false => vec![text],
            };
            lines.extend(
                parts
                    .into_iter()
                    .filter(|part| !part.is_empty())
                    .map(|text| Line { text, ..line }),
            );
        };
        let mut text = line.text;
        if let Some(at) = glued_photo_note(text) {
            push(&text[..at], false);
            text = text[at..].trim_start();
        }
        while let Some(glued) = glued_caption(text) {
            let caption = glued.caption;
            let heading_start = glued.heading.unwrap_or(caption.start);
            push(text[..heading_start].trim_end(), true);
            push(text[heading_start..caption.start].trim_end(), false);
            push(&text[caption.clone()], false);
            text = text[caption.end..].trim_start();
        }
        push(text, true);
    }
    lines
}

/// Small words a sentence goes on after, which no subheading ends with
/// (`Ba câu về  Nguyễn Văn An`: a typist's wider gap before a name).
const LEADING_ON_WORDS: &[&str] = &[
    "về",
    "của",
    "và",
    "với",
    "cho",
    "là",
    "ở",
    "tại",
    "từ",
    "đến",
    "theo",
    "ông",
    "bà",
    "anh",
    "chị",
    "em",
    "các",
    "những",
    "một",
    "được",
    "bị",
    "do",
    "vì",
    "như",
    "thì",
    "mà",
    "có",
    "đã",
    "sẽ",
    "đang",
    "trong",
    "ngoài",
    "trên",
    "dưới",
    "sau",
    "trước",
    "khi",
    "tỉnh",
    "huyện",
    "xã",
    "quận",
    "phường",
    "thành",
    "phố",
];

/// `text`, an aggregator's story on one line, cut where the scrape lost
/// its line breaks and left a wider gap (two spaces or more) before a
/// capitalised word, a number, a quote, a bracket or a dash: after a
/// sentence's end or a colon (`… trở lên.  Trước tiên, …`, `… như sau:
/// Một là, …`), and around a subheading, a few words after a sentence's
/// end and before the gap (`… nghiêm trọng. Nhiều băn khoăn  Khảo sát …`).
/// A wider gap inside a sentence (`hoàn thiện  hệ thống`, `của  Nguyễn
/// Văn An`: after a small word a sentence goes on after, see
/// [`LEADING_ON_WORDS`]) is a typist's and cuts nothing. Every character
/// stays, in order.
fn at_lost_line_breaks(text: &str) -> Vec<&str> {
    let words = word_spans(text);
    // A sentence's end or a colon, but not an abbreviation's dot.
    let ends_part =
        |word: &str| (ends_sentence(word) || word.ends_with(':')) && !ABBREVIATIONS.contains(&word);
    let mut cuts = Vec::new();
    let mut sentence_start = 0;
    for (index, span) in words.iter().enumerate() {
        let word = &text[span.clone()];
        let Some(next) = words.get(index + 1) else { break };
        let opens = opens_sentence(&text[next.clone()]) || text[next.clone()].starts_with(['(', '-', '–']);
        if is_wide_gap(&text[span.end..next.start]) && opens {
            if ends_part(word) {
                cuts.push(next.start);
            } else if index + 1 - sentence_start <= MAX_GLUED_HEADING_WORDS
                && !LEADING_ON_WORDS.contains(&lower_case(word).as_str())
                && !ABBREVIATIONS.contains(&word)
            {
                cuts.push(words[sentence_start].start);
                cuts.push(next.start);
            }
        }
        if ends_part(word) || cuts.last() == Some(&next.start) {
            sentence_start = index + 1;
        }
    }
    cuts.dedup();
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for cut in cuts.into_iter().filter(|&cut| cut > 0) {
        parts.push(text[from..cut].trim_end());
        from = cut;
    }
    parts.push(&text[from..]);
    parts
}

/// A caption glued inside a line of the story (see [`glued_caption`]).
struct GluedCaption {
    /// The caption and its credit.
    caption: Range<usize>,
    /// Where a subheading glued before the caption begins, when a wider
    /// gap sets the two apart (`… 350 USD/tấn. Giá thu mua lúa ổn định
    /// Thương lái …`: the gap is where the scrape lost a line break).
    heading: Option<usize>,
}

/// The most words a subheading glued before a caption has.
const MAX_GLUED_HEADING_WORDS: usize = 15;

/// The most words a credit glued before the story has.
const MAX_GLUED_CREDIT_WORDS: usize = 6;

/// Where the first caption an aggregator glued inside a line of the story
/// is, with its credit: the sentence before `Ảnh:` (after a full stop, a
/// dash or a bracket), then the credit, then more of the story (a
/// capitalised word, a number or a quote, and [`MIN_GLUED_WORDS`] words or
/// more): `… vẫn rất trầm lắng. Nông dân ĐBSCL phơi sấy lúa. Ảnh: I.T Cụ
/// thể, gạo …`. The credit is what a bracket closes (`(Ảnh: TTXVN)`), a
/// sentence of a few words (`Ảnh: Bệnh viện cung cấp.`), or else the
/// capitalised words after the colon, up to the one that begins the
/// story's next sentence (`Ảnh: Hoàng Yến Ca bệnh …`: `Hoàng Yến`) or an
/// organisation or a person spoken of (`Ảnh: TTXVN Bộ Y tế …`, `Ảnh:
/// Facebook Bộ trưởng …`). Read as written: a scrape in decomposed
/// letters is not split.
fn glued_caption(line: &str) -> Option<GluedCaption> {
    let words = word_spans(line);
    (0..words.len())
        .filter(|&label| matches!(&line[words[label].clone()], "Ảnh:" | "(Ảnh:"))
        .find_map(|label| caption_credited_at(line, &words, label))
}

/// The caption glued inside `line` (parted into `words`) whose credit's
/// label is `words[label]`: see [`glued_caption`].
fn caption_credited_at(line: &str, words: &[Range<usize>], label: usize) -> Option<GluedCaption> {
    /// Words that begin what the story says next, never a credit's name:
    /// a body or a person spoken of, a sentence's first words (`Ảnh:
    /// VGP/Quang Hiếu Ngành Ngân hàng cũng …`).
    const NOT_IN_CREDITS: &[&str] = &[
        "Bộ", "Sở", "Ban", "UBND", "HĐND", "Chủ", "Phó", "Thủ", "Tổng", "Ông", "Bà", "Ngành", "Các", "Những",
        "Nhiều", "Theo", "Trong", "Tại", "Người", "Việc",
    ];
    let bracketed = line[words[label].clone()].starts_with('(');
    // A credit the line opens with, the one before it told (`… 11/6. Ảnh:
    // AFP Ảnh: AFP Theo …`), is a picture's whose caption was lost.
    let (caption_start, heading) = match label {
        0 => (0, None),
        _ => caption_before(line, words, label, bracketed)?,
    };
    // The credit's last word.
    let credit = &words[label + 1..];
    let last = if bracketed {
        credit
            .iter()
            .take(MAX_GLUED_CREDIT_WORDS)
            .position(|word| line[word.clone()].ends_with(')'))?
    } else {
        let is_name = |word: &str| {
            word.starts_with(char::is_uppercase)
                && !word.ends_with(':')
                && !NOT_IN_CREDITS.contains(&word.trim_end_matches([',', ';']))
        };
        // An agency's initials end a credit (`TTXVN`, `Tuấn Anh/TTXVN`)
        // unless a name in capitals goes on (`HOÀNG GIANG`).
        let ends_in_initials = |word: &str| {
            let last_part = word.rsplit('/').next().unwrap_or(word);
            last_part.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !last_part.contains(char::is_lowercase)
        };
        // Capitalised words, to a full stop that ends them (`Ảnh: Q.Huy.
        // Theo đó`) or an agency's initials (`Ảnh: TTXVN Hiện …`).
        let mut names = 0;
        let mut stopped = false;
        for (index, word) in credit.iter().take(MAX_GLUED_CREDIT_WORDS + 1).enumerate() {
            let word = &line[word.clone()];
            if !is_name(word) {
                break;
            }
            names += 1;
            let next_in_capitals = credit.get(index + 1).is_some_and(|next| {
                let next = &line[next.clone()];
                ends_in_initials(next) || OUTLET_NAME_ENDS.contains(&next.trim_end_matches('.'))
            });
            if ends_with_stop(word) || (ends_in_initials(word) && !next_in_capitals) {
                stopped = true;
                break;
            }
        }
        // Else the last capitalised word begins the next sentence when a
        // small word or a number follows it (`Ca bệnh`, `Liên quan`, `Bài
        // 1:`).
        let next_small = !stopped
            && credit.get(names).is_none_or(|word| {
                line[word.clone()].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            });
        let names = names - usize::from(next_small && names > 0);
        match names {
            1..=MAX_GLUED_CREDIT_WORDS => names - 1,
            // A credit in a sentence of a few words (`Ảnh: Bệnh viện cung
            // cấp.`).
            0 => credit
                .iter()
                .take(MAX_GLUED_CREDIT_WORDS)
                .position(|word| ends_with_stop(&line[word.clone()]))?,
            _ => return None,
        }
    };
    let rest = &words[label + 2 + last..];
    let opens = rest
        .first()
        .is_some_and(|word| opens_sentence(&line[word.clone()]));
    (opens && rest.len() >= MIN_GLUED_WORDS).then(|| GluedCaption {
        caption: words[caption_start].start..words[label + 1 + last].end,
        heading,
    })
}

/// Where the caption before a glued credit's label `words[label]` begins
/// (the sentence before the label, ended by a full stop, a dash or the
/// `bracketed` label's bracket), and where the subheading before it begins,
/// if one does: see [`caption_credited_at`].
fn caption_before(
    line: &str,
    words: &[Range<usize>],
    label: usize,
    bracketed: bool,
) -> Option<(usize, Option<usize>)> {
    // The caption: the sentence before the label, ended by a full stop, a
    // dash or the bracket.
    let dash = matches!(&line[words[label.checked_sub(1)?].clone()], "-" | "–");
    let caption_end_word = label - usize::from(dash);
    let last_caption_word = &line[words[caption_end_word.checked_sub(1)?].clone()];
    if !(dash || bracketed || last_caption_word.ends_with('.')) {
        return None;
    }
    // In prose, a stop after capitals or an abbreviation ends no sentence
    // (`TP. Hồ Chí Minh`, `Tp. Hồ Chí Minh`).
    let ends_prose_sentence = |word: &str| {
        ends_with_stop(word)
            && (word.contains(char::is_lowercase) || !word.contains(char::is_uppercase))
            && !ABBREVIATIONS.contains(&word.trim_start_matches('('))
    };
    // Or a wider gap, where the scrape lost a line break (`… kinh tế
    // trong nước  Đại biểu Phạm Phú Quốc (đoàn Tp. Hồ Chí Minh). Ảnh:
    // TTXVN`: a subheading before the caption).
    let wide_gap = |index: usize| is_wide_gap(&line[words[index].end..words[index + 1].start]);
    let sentence_end = |index: usize| ends_prose_sentence(&line[words[index].clone()]);
    let caption_start = (0..caption_end_word - 1)
        .rev()
        .find(|&index| sentence_end(index) || wide_gap(index))
        .map_or(0, |index| index + 1);
    // The words between the sentence before and that gap, ended by no
    // mark, are a subheading.
    let heading = caption_start
        .checked_sub(1)
        .filter(|&gap| {
            wide_gap(gap) && !line[words[gap].clone()].ends_with(['.', ',', ';', ':', '!', '?', '…'])
        })
        .and_then(|gap| {
            let start = (0..gap)
                .rev()
                .find(|&index| sentence_end(index))
                .map_or(0, |index| index + 1);
            (start > 0 && gap + 1 - start <= MAX_GLUED_HEADING_WORDS).then(|| words[start].start)
        });
    let caption_words = caption_end_word - caption_start;
    (2..=MAX_CAPTION_WORDS)
        .contains(&caption_words)
        .then_some((caption_start, heading))
}

/// Whether `word` ends with a full stop (or `! ? …`) that ends a
/// sentence: after a word of two letters or more, or a number; not after
/// an initial (`T.`).
fn ends_with_stop(word: &str) -> bool {
    word.ends_with(['.', '!', '?', '…']) && word.chars().filter(|c| c.is_alphabetic()).count() != 1
}

/// Words that end an outlet's name after its initials (`VTC News`, `CAND
/// Online`).
const OUTLET_NAME_ENDS: &[&str] = &["News", "Online", "Plus", "Times", "Net", "Post", "Today"];

/// Abbreviations with a full stop that ends no sentence: a city's, a
/// degree's (`Tp. Hồ Chí Minh`, `ThS. Nguyễn Văn An`).
const ABBREVIATIONS: &[&str] = &["Tp.", "TP.", "ThS.", "Ths.", "TS.", "GS.", "PGS.", "BS.", "KS."];

/// Whether `gap`, the whitespace between two words, is wider than one
/// space (a no-break space is one): where a scrape lost a line break.
fn is_wide_gap(gap: &str) -> bool {
    gap.chars().nth(1).is_some()
}

/// Where each word of `line` (parted by whitespace) is.
fn word_spans(line: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = None;
    for (at, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(from)) => {
                spans.push(from..at);
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    spans.extend(start.map(|from| from..line.len()));
    spans
}

/// Whether `line` begins with the words of `credit`, marks, case and
/// punctuation aside (`(Ảnh: TTXVN)` after `Ảnh: TTXVN`).
fn repeats_credit(credit: &str, line: &str) -> bool {
    folded_words(line).starts_with(&folded_words(credit))
}

/// The picture's credit a whole line is (see [`is_picture_credit`]).
fn picture_credit_line(line: &str) -> Option<String> {
    credit_line(line, CREDIT_LABELS).filter(|credit| is_picture_credit(credit))
}

/// Whether a credit of [`CREDIT_LABELS`] credits a picture: any but a
/// source's (`Nguồn: …`), unless the source is a picture's (`Nguồn ảnh`).
fn is_picture_credit(credit: &str) -> bool {
    /// The labels of [`CREDIT_LABELS`] that name a source, not a picture.
    const SOURCE_LABELS: &[&str] = &["nguồn", "source"];
    let lower: String = credit.chars().map(to_lower).collect();
    let mut words = lower.split(|c: char| !c.is_alphabetic());
    words.next().is_none_or(|label| !SOURCE_LABELS.contains(&label))
        || words.next().is_some_and(|kind| matches!(kind, "ảnh" | "photo"))
}

/// `line` without the photo credit that ends it, and that credit. Read
/// composed, so that a scrape in decomposed letters splits the same; a line
/// without a credit stays as it came.
fn without_credit(line: &str) -> (String, Option<String>) {
    let composed = nfc(line);
    match split_credit(&composed) {
        Some((text, credit)) => (text, Some(credit.to_owned())),
        None => (line.to_owned(), None),
    }
}

/// The credit a whole line is, by one of `labels` (`Ảnh: Lê Hương`,
/// `(Ảnh: TTXVN)` by [`CREDIT_LABELS`]; `Nguồn video: Liveleak` by
/// [`VIDEO_LABELS`]), composed, without the brackets. A full stop may end
/// it (`Hình minh họa.`) and stays.
fn credit_line(line: &str, labels: &[&str]) -> Option<String> {
    let line = nfc(line);
    let line = line.trim();
    let credit = line
        .strip_prefix('(')
        .and_then(|line| line.strip_suffix(')'))
        .unwrap_or(line);
    let judged = credit.strip_suffix('.').unwrap_or(credit);
    is_credit_by(judged, labels, false).then(|| credit.to_owned())
}

/// The words a video's credit starts with, in small letters.
const VIDEO_LABELS: &[&str] = &["video", "nguồn video", "clip"];

/// A photo credit at the end of a caption, as newsrooms write it (`… hội
/// nghị. Ảnh: Nhật Bắc`, `… (Ảnh: TTXVN)`, `… - Ảnh minh họa`, `… (Ảnh Đỗ
/// Linh)`): the caption before it (ended by the full stop that followed
/// the brackets, if one did), and the credit as written, without the
/// brackets, dash or semicolon that set it apart (the page sets the credit
/// apart instead). `None` when the line has no credit, or nothing but one.
fn split_credit(caption: &str) -> Option<(String, &str)> {
    let text = caption.trim_end();
    // A full stop after the brackets ends the caption (`… 838m (Ảnh: AFP).`).
    let (bracketed, end) = match text.strip_suffix('.') {
        Some(bracketed) if bracketed.ends_with(')') => (bracketed, "."),
        _ => (text, ""),
    };
    let bracketed = bracketed.strip_suffix(')').and_then(|inner| {
        let open = inner.rfind('(')?;
        let credit = &inner[open + 1..];
        is_photo_credit(credit, true).then_some((&inner[..open], credit, end))
    });
    let (before, credit, end) = bracketed.or_else(|| {
        // The last credit set apart by a sentence's end or a dash, looked
        // for where one fits: a line is read in time that grows with its
        // length, not with its square.
        let mut from = text.len().saturating_sub(LONGEST_CREDIT);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let start = text[from..]
            .char_indices()
            .map(|(at, c)| (from + at, c))
            .filter(|&(at, c)| at > 0 && c.is_alphabetic() && follows_separator(&text[..at]))
            .map(|(at, _)| at)
            .rev()
            .find(|&at| is_photo_credit(&text[at..], false))?;
        Some((&text[..start], &text[start..], ""))
    })?;
    let before = before
        .trim_end()
        .trim_end_matches(['-', '–', '—', '|', ';'])
        .trim_end();
    let end = if before.ends_with(['.', '!', '?', '…']) {
        ""
    } else {
        end
    };
    before
        .chars()
        .any(char::is_alphanumeric)
        .then(|| (format!("{before}{end}"), credit))
}

/// The most bytes a credit set apart at the end of a caption takes: a
/// label, a kind of picture and ten names (`Ảnh chụp màn hình: …`) take
/// less than half of it.
const LONGEST_CREDIT: usize = 300;

/// Whether `text` ends with what sets a credit apart from its caption: a
/// sentence's end (`hội nghị. `, `hội nghị.`), a semicolon (`tốc độ cao;
/// Nguồn: popmech.ru`) or a spaced dash (` - `).
fn follows_separator(text: &str) -> bool {
    let trimmed = text.trim_end();
    match trimmed.chars().next_back() {
        Some('.' | '!' | '?' | '…' | ';') => true,
        Some(dash @ ('-' | '–' | '—' | '|')) => {
            trimmed.len() < text.len()
                && trimmed[..trimmed.len() - dash.len_utf8()].ends_with(char::is_whitespace)
        }
        _ => false,
    }
}

/// Whether `text` is a photo credit: a label the page recognises as one
/// (`Ảnh`, `Nguồn`, `Đồ họa`…), perhaps what kind of picture it is (`Ảnh
/// minh họa`, `Ảnh chụp màn hình`), then a colon and at most ten words of
/// names (`Ảnh: Trần Lê Lâm/TTXVN`), or nothing more after a kind. In
/// brackets a name may follow the label without a colon (`(Ảnh Đỗ Linh)`);
/// elsewhere up to four, each capitalised (`Ảnh VGP`).
fn is_photo_credit(text: &str, bracketed: bool) -> bool {
    is_credit_by(text, CREDIT_LABELS, bracketed)
}

/// What kind of picture a credit names, after its label.
const PICTURE_KINDS: &[&str] = &[
    " minh họa",
    " minh hoạ",
    " chỉ mang tính minh họa",
    " chỉ mang tính minh hoạ",
    " tư liệu",
    " chụp màn hình",
    " cắt từ clip",
    " cắt từ video",
    " ảnh",
];

/// Whether a picture's credit names nobody, only the kind of picture it
/// is (`Ảnh minh họa`, `Ảnh tư liệu`): such a line is a caption of its
/// own, the whole of what the page says of its image.
fn names_nobody(credit: &str) -> bool {
    let lower: String = credit.trim_end_matches('.').chars().map(to_lower).collect();
    CREDIT_LABELS.iter().any(|label| {
        lower
            .strip_prefix(label)
            .is_some_and(|kind| PICTURE_KINDS.contains(&kind))
    })
}

/// Whether `text` is a credit that starts with one of `labels` (see
/// [`is_photo_credit`]).
fn is_credit_by(text: &str, labels: &[&str], bracketed: bool) -> bool {
    let lower: String = text.chars().map(to_lower).collect();
    let Some(after_label) = labels.iter().find_map(|label| lower.strip_prefix(label)) else {
        return false;
    };
    let kind = PICTURE_KINDS
        .iter()
        .find_map(|kind| after_label.strip_prefix(kind));
    let rest = kind.unwrap_or(after_label);
    // Which pictures of a story it credits, before its colon (`Ảnh 1, 2:
    // Mạnh Quân`, `Ảnh trên: TTXVN`).
    let rest = pictures_named(rest).unwrap_or(rest);
    // The same place in the text as written: small letters have as many
    // characters as their capitals.
    let rest = text
        .char_indices()
        .nth(lower[..lower.len() - rest.len()].chars().count())
        .map_or("", |(at, _)| &text[at..]);
    let names = match rest.trim_start().strip_prefix(':') {
        Some(names) => names,
        None if rest.is_empty() => return kind.is_some(),
        None if bracketed && kind.is_none() && rest.starts_with(' ') => {
            let first = rest.trim_start().chars().next();
            if !first.is_some_and(char::is_uppercase) {
                return false;
            }
            rest
        }
        // Set apart by a sentence's end or a dash, names without a colon
        // must each be capitalised (`Ảnh VGP`, `Ảnh Nhật Bắc`): a sentence
        // goes on in small letters (`Ảnh hưởng`, `Ảnh cưới của họ`).
        None if kind.is_none() && rest.starts_with(' ') => {
            const MAX_NAMES: usize = 4;
            let names: Vec<&str> = rest.split_whitespace().collect();
            return (1..=MAX_NAMES).contains(&names.len())
                && names.iter().all(|name| name.starts_with(char::is_uppercase));
        }
        None => return false,
    };
    (1..=10).contains(&names.split_whitespace().count())
}

/// What follows the pictures a credit names before its colon, in small
/// letters (` 1, 2: Mạnh Quân` → `: Mạnh Quân`, ` trên: TTXVN`, ` 1 và 3:
/// …`, ` 2-4: …`); `None` when no colon follows them (`Ảnh 1 cho thấy`).
fn pictures_named(rest: &str) -> Option<&str> {
    const PLACES: &[&str] = &["trên", "dưới", "bìa", "đầu bài", "lớn", "nhỏ"];
    let colon = rest.find(':')?;
    let pictures = rest[..colon].trim();
    let numbers = pictures
        .split([',', '-', '–'])
        .flat_map(|part| part.split(" và "))
        .all(|number| {
            let number = number.trim();
            !number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit())
        });
    (rest.starts_with(' ') && (numbers || PLACES.contains(&pictures))).then(|| &rest[colon..])
}

/// Whether two consecutive lines are an image's alt text and its caption:
/// the same short description, told twice. The seed's pairs differ by a
/// tone mark (`cẩu`/`cầu`) and by a name the caption adds; consecutive
/// paragraphs that merely share words (two list items, two case reports)
/// are not pairs.
///
/// Compared word by word, without the photo credit that ends a line
/// (`Tang vật vụ án`, then `Tang vật vụ án. (Ảnh: CA cung cấp)`), without
/// marks or surrounding punctuation: every word of the shorter line
/// appears in the longer, in the same order; the longer adds at most 60%
/// more words, and no number of the shorter is missing from the longer
/// (numbers are facts: `ca bệnh 2900` and `ca bệnh 2902` are two things).
/// Lines kept `together` where paragraphs are set apart by blank lines
/// ([`paragraphs_set_apart`]) are measured more loosely: a short alt text
/// (`Quang cảnh hội nghị`) may have a long caption, and the caption may
/// tell it in another order (`Đồng chí Nguyễn Đình Trung, Bí thư Tỉnh ủy
/// phát biểu`, then `Bí thư Tỉnh ủy Nguyễn Đình Trung phát biểu chỉ đạo`):
/// four in five of the shorter line's words in the longer, in any order.
/// An honorific before a name, which the caption may replace with the
/// person's post (`Đồng chí Nguyễn Văn Lợi phát biểu`, then `Bí thư Tỉnh
/// ủy Nguyễn Văn Lợi phát biểu khai mạc`), is not counted.
fn is_alt_and_caption(alt: &str, caption: &str, together: bool) -> bool {
    const MIN_WORDS: usize = 4;
    // A caption that ends with a picture's credit is surely one: the line
    // above is its alt text when the caption opens with it, however short
    // (`Hiện trường`, then `Hiện trường vụ cháy. Ảnh: CTV`; not a
    // subheading's `Kinh tế` over `Tăng trưởng kinh tế. Ảnh: X`), and
    // whether it repeats the credit or not (`Ông A phát biểu - Ảnh: TTXVN`,
    // then `Ông A phát biểu tại hội nghị. Ảnh: TTXVN`).
    let ((alt_text, alt_credit), (caption_text, caption_credit)) =
        (without_credit(alt), without_credit(caption));
    let credited = caption_credit
        .as_ref()
        .is_some_and(|credit| is_picture_credit(credit))
        && alt_credit.is_none_or(|credit| Some(credit) == caption_credit)
        && !ends_sentence(&alt_text);
    let described = |text: &str| folded_words(&without_honorifics(text));
    let (alt, caption) = (described(&alt_text), described(&caption_text));
    let (shorter, longer) = if alt.len() <= caption.len() {
        (&alt, &caption)
    } else {
        (&caption, &alt)
    };
    // Credited, the alt text may also be the caption shortened in the
    // middle, every word of it kept in order (`Đồng chí A phát biểu`, then
    // `Đồng chí A, Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: X`), when
    // it is long enough not to be a subheading's few words.
    if credited
        && !alt.is_empty()
        && caption.len() <= MAX_CAPTION_WORDS
        && (caption.starts_with(&alt)
            || (alt.len() >= MIN_WORDS && longest_common_subsequence(&alt, &caption) == alt.len()))
    {
        return true;
    }
    if shorter.len() < MIN_WORDS
        || longer.len() > MAX_CAPTION_WORDS
        || (!together && longer.len() * 5 > shorter.len() * 8)
    {
        return false;
    }
    let numbers_kept = shorter
        .iter()
        .filter(|word| word.chars().any(|c| c.is_ascii_digit()))
        .all(|number| longer.contains(number));
    let told_again = if together {
        shared_words(shorter, longer) * 5 >= shorter.len() * 4
    } else {
        longest_common_subsequence(shorter, longer) == shorter.len()
    };
    numbers_kept && told_again
}

/// `line` without the honorifics that stand before a name (`Đồng chí`,
/// `Ông`, `bà`: the word after capitalised; `bà con` stays).
fn without_honorifics(line: &str) -> String {
    const HONORIFICS: &[&[&str]] = &[&["đồng", "chí"], &["đ/c"], &["ông"], &["bà"]];
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut kept = Vec::with_capacity(words.len());
    let mut at = 0;
    while at < words.len() {
        let honorific_len = HONORIFICS.iter().find_map(|honorific| {
            let run = words.get(at..at + honorific.len())?;
            let before_name = words.get(at + honorific.len())?.starts_with(char::is_uppercase);
            let same = run
                .iter()
                .zip(honorific.iter())
                .all(|(word, h)| lower_case(word) == *h);
            (before_name && same).then_some(honorific.len())
        });
        match honorific_len {
            Some(len) => at += len,
            None => {
                kept.push(words[at]);
                at += 1;
            }
        }
    }
    kept.join(" ")
}

/// How many of `a`'s words `b` has, each of `b`'s words counted once.
fn shared_words(a: &[String], b: &[String]) -> usize {
    let mut unused: Vec<&String> = b.iter().collect();
    a.iter()
        .filter(|word| {
            let found = unused.iter().position(|other| other == word);
            found.map(|at| unused.swap_remove(at)).is_some()
        })
        .count()
}

/// Words lower-cased, without Vietnamese marks or surrounding punctuation;
/// decomposed letters (`cầu`) are composed first, so that their marks go
/// too.
fn folded_words(line: &str) -> Vec<String> {
    nfc(line)
        .split_whitespace()
        .map(|word| {
            word.chars()
                .map(|c| match letter(c) {
                    Some(letter) if letter.base == 'đ' => 'd',
                    Some(letter) => letter.base,
                    None => c.to_lowercase().next().unwrap_or(c),
                })
                .collect::<String>()
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_owned()
        })
        .filter(|word| !word.is_empty())
        .collect()
}

fn longest_common_subsequence(a: &[String], b: &[String]) -> usize {
    let mut previous = vec![0; b.len() + 1];
    let mut current = vec![0; b.len() + 1];
    for word in a {
        for (j, other) in b.iter().enumerate() {
            current[j + 1] = if word == other {
                previous[j] + 1
            } else {
                current[j].max(previous[j + 1])
            };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_image_file_name_is_no_description() {
        assert!(is_image_file_name("IMG_2034.JPG"));
        assert!(is_image_file_name("cau-dan-sinh.webp"));
        assert!(!is_image_file_name(".jpg"));
        assert!(!is_image_file_name("Ảnh hội nghị.jpg"));
        assert!(!is_image_file_name("baophuyen.vn"));
        assert!(!is_image_file_name("Quang cảnh hội nghị."));
    }

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

    /// Lines of a body, numbered from 1.
    fn body_of<'a>(texts: &[&'a str]) -> Vec<Line<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(index, text)| Line {
                number: index + 1,
                text,
            })
            .collect()
    }

    #[test]
    fn alt_and_caption_pairs() {
        assert!(is_alt_and_caption(
            "Các đại biểu tham dự hội nghị tại điểm cẩu Tỉnh ủy",
            "Các đại biểu tham dự hội nghị tại điểm cầu Tỉnh ủy",
            false
        ));
        assert!(is_alt_and_caption(
            "Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận hội nghị.",
            "Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn phát biểu kết luận hội nghị.",
            false
        ));
        assert!(!is_alt_and_caption(
            "Quy định 205 của Bộ Chính trị sẽ là bước đột phá.",
            "Hướng dẫn số 21 của Ban Tổ chức Trung ương giúp chúng ta thấy được tầm quan trọng.",
            false
        ));
        // In decomposed letters, as some scrapes come.
        assert!(is_alt_and_caption(
            "Ca\u{301}c đa\u{323}i biê\u{309}u ta\u{323}i điê\u{309}m câ\u{309}u",
            "Ca\u{301}c đa\u{323}i biê\u{309}u ta\u{323}i điê\u{309}m câ\u{300}u",
            false
        ));
        // A short alt text over a long caption: a pair only where the
        // scrape keeps them together and sets paragraphs apart.
        let (alt, caption) = (
            "Quang cảnh hội nghị",
            "Quang cảnh hội nghị tại điểm cầu huyện Krông Pắc",
        );
        assert!(is_alt_and_caption(alt, caption, true));
        assert!(!is_alt_and_caption(alt, caption, false));
        assert!(!is_alt_and_caption(
            "Hội nghị trực tuyến quán triệt các quy định",
            "Hội nghị diễn ra tại 16 điểm cầu, quán triệt các văn bản của Trung ương",
            true
        ));
        // Together, the caption may tell it in another order.
        let (alt, caption) = (
            "Đồng chí Nguyễn Đình Trung, Bí thư Tỉnh ủy phát biểu tại hội nghị",
            "Bí thư Tỉnh ủy Nguyễn Đình Trung phát biểu chỉ đạo tại hội nghị. Ảnh: Minh Thuận",
        );
        assert!(is_alt_and_caption(alt, caption, true));
        assert!(!is_alt_and_caption(alt, caption, false));
        // An honorific the caption replaces with a post.
        let (alt, caption) = (
            "Đồng chí Nguyễn Văn Lợi phát biểu",
            "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nguyễn Văn Lợi phát biểu khai mạc đại hội",
        );
        assert!(is_alt_and_caption(alt, caption, true));
        assert!(!is_alt_and_caption(alt, caption, false));
        assert!(!is_alt_and_caption(
            "Ông Nguyễn Văn A cho biết việc này đã xong.",
            "Bà Trần Thị B nói thêm rằng việc này chưa xong.",
            true
        ));
        assert!(!is_alt_and_caption("Hà Nội", "Hà Nội", true));
        assert!(!is_alt_and_caption(
            "- CA BỆNH 2900 (BN2900) ghi nhận tại Vĩnh Phúc: Bệnh nhân nam, 46 tuổi.",
            "- CA BỆNH 2902 (BN2902) ghi nhận tại Vĩnh Phúc: Bệnh nhân nam, 48 tuổi.",
            false
        ));
        assert!(!is_alt_and_caption(
            "- Top 10 DN cung cấp nền tảng chuyển đổi số",
            "- Top 10 DN cung cấp dịch vụ, giải pháp chuyển đổi số",
            false
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
        ] {
            assert!(opens_with_newsroom_mark(lead), "{lead}");
        }
        for line in [
            "Ông Tuấn (bên phải) - Giám đốc sở - phát biểu",
            "Các đại biểu tham dự hội nghị - Ảnh: Lê Hương",
            "Nhiệm kỳ 2020 - 2025 đã bắt đầu.",
            "Nguyễn Văn An - Giám đốc sở - cho biết.",
            "Dân trí và người đọc - một mối quan hệ.",
            "Thanh niên - lực lượng xung kích của đất nước.",
            "A - B",
            "() - trống",
            "(a)-b là hằng số.",
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
    fn photo_credits_at_the_end_of_captions() {
        for (caption, split) in [
            (
                "Thủ tướng phát biểu. Ảnh: Nhật Bắc",
                Some(("Thủ tướng phát biểu.", "Ảnh: Nhật Bắc")),
            ),
            (
                "Thủ tướng phát biểu.Ảnh: Nhật Bắc ",
                Some(("Thủ tướng phát biểu.", "Ảnh: Nhật Bắc")),
            ),
            (
                "Cửa khẩu Hữu Nghị (Ảnh: Trần Lê Lâm/TTXVN)",
                Some(("Cửa khẩu Hữu Nghị", "Ảnh: Trần Lê Lâm/TTXVN")),
            ),
            (
                "Giá vàng giảm – Ảnh: TTXVN",
                Some(("Giá vàng giảm", "Ảnh: TTXVN")),
            ),
            (
                "Các ICBM có tầm bắn xa và tốc độ cao; Nguồn: popmech.ru",
                Some(("Các ICBM có tầm bắn xa và tốc độ cao", "Nguồn: popmech.ru")),
            ),
            (
                "Xác tàu ngầm được tìm thấy ở độ sâu 838m (Ảnh: AFP).",
                Some(("Xác tàu ngầm được tìm thấy ở độ sâu 838m.", "Ảnh: AFP")),
            ),
            (
                "Xác tàu ngầm được tìm thấy. (Ảnh: AFP).",
                Some(("Xác tàu ngầm được tìm thấy.", "Ảnh: AFP")),
            ),
            (
                "Giá vàng giảm (Ảnh minh họa)",
                Some(("Giá vàng giảm", "Ảnh minh họa")),
            ),
            (
                "Giá vàng giảm - ẢNH MINH HỌA: HOÀNG DUNG",
                Some(("Giá vàng giảm", "ẢNH MINH HỌA: HOÀNG DUNG")),
            ),
            (
                "Hiện trường vụ tai nạn (Ảnh Đỗ Linh)",
                Some(("Hiện trường vụ tai nạn", "Ảnh Đỗ Linh")),
            ),
            (
                "Lễ ký kết (Ảnh chụp ngày mùng 4 Tết) - Ảnh: Nguyễn Lê",
                Some(("Lễ ký kết (Ảnh chụp ngày mùng 4 Tết)", "Ảnh: Nguyễn Lê")),
            ),
            (
                "Biểu đồ tăng trưởng. Nguồn: Tổng cục Thống kê (GSO)",
                Some(("Biểu đồ tăng trưởng.", "Nguồn: Tổng cục Thống kê (GSO)")),
            ),
            (
                "Các đại biểu dự hội nghị. Ảnh VGP",
                Some(("Các đại biểu dự hội nghị.", "Ảnh VGP")),
            ),
            (
                "Thủ tướng phát biểu - Ảnh Nhật Bắc",
                Some(("Thủ tướng phát biểu", "Ảnh Nhật Bắc")),
            ),
            ("Dịch bệnh lan rộng. Ảnh hưởng rất lớn", None),
            ("Cô dâu chú rể. Ảnh cưới của họ", None),
            ("Hội nghị. Nguồn Tin Từ Bộ Y Tế Cho Biết", None),
            ("Ảnh: Nhật Bắc", None),
            ("(Ảnh: Nhật Bắc)", None),
            ("Ông Tuấn (bên phải) phát biểu", None),
            ("Một hội nghị có tầm ảnh hưởng (Ảnh hưởng lớn)", None),
            ("Cán bộ xem hình ảnh: bức tranh", None),
            ("Biểu đồ-Ảnh: Nhật Bắc", None),
            ("Giá vàng giảm (Ảnh)", None),
            (
                "Hội nghị. Nguồn: theo báo cáo của Bộ Y tế số ca nhiễm đã tăng gấp đôi",
                None,
            ),
        ] {
            let found = split_credit(caption);
            assert_eq!(
                found
                    .as_ref()
                    .map(|(caption, credit)| (caption.as_str(), *credit)),
                split,
                "{caption}"
            );
        }
    }

    #[test]
    fn a_figure_shows_its_credit_once() {
        let figure = super::figure(
            "Thủ tướng phát biểu. Ảnh: Nhật Bắc",
            "Thủ tướng phát biểu tại hội nghị. Ảnh: Nhật Bắc",
        );
        assert_eq!(figure.image.alt, "Thủ tướng phát biểu.");
        assert_eq!(
            figure.caption.as_deref(),
            Some("Thủ tướng phát biểu tại hội nghị.")
        );
        assert_eq!(figure.credit.as_deref(), Some("Ảnh: Nhật Bắc"));
        // A credit only the alt text has is the figure's.
        let figure = super::figure(
            "Thủ tướng phát biểu (Ảnh: TTXVN)",
            "Thủ tướng phát biểu tại hội nghị",
        );
        assert_eq!(figure.credit.as_deref(), Some("Ảnh: TTXVN"));
        // Two different credits: the alt text keeps its own.
        let figure = super::figure("Thủ tướng phát biểu. Ảnh: TTXVN", "Thủ tướng phát biểu. Ảnh: VGP");
        assert_eq!(figure.image.alt, "Thủ tướng phát biểu. Ảnh: TTXVN");
        assert_eq!(figure.credit.as_deref(), Some("Ảnh: VGP"));
    }

    #[test]
    fn a_credit_on_its_own_line_under_a_caption_is_the_figure_s() {
        let lines = [
            "Các đại biểu tham dự hội nghị tại điểm cẩu Tỉnh ủy",
            "Các đại biểu tham dự hội nghị tại điểm cầu Tỉnh ủy",
            " (Ảnh: Lê Hương)",
            "Ảnh: Nhật Bắc",
        ];
        let body = body_of(&lines);
        let blocks = blocks(&body, &[], "", None, &mut Vec::new());
        // One credit joins the figure; another is an image whose caption
        // the scrape lost.
        let [Block::Figure(figure), Block::Figure(another)] = blocks.as_slice() else {
            panic!("{blocks:?}");
        };
        assert_eq!(figure.credit.as_deref(), Some("Ảnh: Lê Hương"));
        assert_eq!(
            (another.caption.as_deref(), another.credit.as_deref()),
            (None, Some("Ảnh: Nhật Bắc"))
        );
        assert_eq!(credit_line("Ảnh hưởng lớn", CREDIT_LABELS), None);
        assert_eq!(credit_line("Video hướng dẫn", VIDEO_LABELS), None);
    }

    #[test]
    fn a_photo_note_glued_to_the_story_is_split_off() {
        let story = "Theo đó, mức giá mới áp dụng từ ngày 20/3.";
        fn split(line: &str) -> Option<(&str, &str)> {
            glued_photo_note(line).map(|at| (&line[..at], line[at..].trim_start()))
        }
        for note in [
            "Ảnh minh họa",
            "Ảnh minh họa.",
            "Ảnh minh họa: Internet",
            "Ảnh minh họa. Nguồn: internet",
            "Ảnh minh họa nguồn internet.",
            "Ảnh minh họa. (Nguồn: Thông tấn xã Việt Nam)",
            "Ảnh chỉ mang tính minh họa. Nguồn: vneconomy.vn",
            "Ảnh tư liệu: TTXVN",
        ] {
            assert_eq!(split(&format!("{note} {story}")), Some((note, story)), "{note}");
        }
        // Decomposed letters: split where the note's words end as written.
        let decomposed = "A\u{309}nh minh ho\u{323}a Theo đó, mức giá mới áp dụng.";
        assert_eq!(
            split(decomposed).map(|(note, _)| note),
            Some("A\u{309}nh minh ho\u{323}a")
        );
        for kept in [
            // A credit naming someone, then a name or a sentence.
            "Ảnh minh họa: Quang Hùng Theo đó, mức giá mới áp dụng.",
            "Ảnh minh họa. Nguồn: Bộ Công Thương Theo đó, mức giá mới áp dụng.",
            // Too few words after it for a story.
            "Ảnh minh họa Thanh Hà",
            // A sentence about the picture.
            "Ảnh minh họa cho thấy một khu đô thị mới ở Hà Nội.",
            "Hình ảnh \"công trường\" tập kết gỗ lậu khi mới phát hiện.",
            "Ảnh hưởng của Nghị định 100 tới người tham gia giao thông là rất lớn.",
        ] {
            assert_eq!(split(kept), None, "{kept}");
        }
    }

    #[test]
    fn bylines() {
        assert_eq!(personal_names("Lê Hương"), Some(vec!["Lê Hương".to_owned()]));
        assert_eq!(personal_names("H.Long"), Some(vec!["H.Long".to_owned()]));
        // Initials of two letters that write one sound; no other word of
        // two letters ends with a dot.
        assert_eq!(personal_names("Ch. Tuấn"), Some(vec!["Ch. Tuấn".to_owned()]));
        assert_eq!(personal_names("NG. HƯƠNG"), Some(vec!["NG. HƯƠNG".to_owned()]));
        assert_eq!(personal_names("An. Tuấn"), None);
        assert_eq!(
            personal_names("H’Linh Niê - K'Nhai"),
            Some(vec!["H’Linh Niê".to_owned(), "K'Nhai".to_owned()])
        );
        assert_eq!(personal_names("H’ Linh"), None);
        assert_eq!(personal_names("Hà’Linh"), None);
        assert_eq!(personal_names("Brad O'Neill"), None);
        assert_eq!(personal_names("A..Tế"), None);
        assert_eq!(
            personal_names("Lê Hu\u{31b}o\u{31b}ng"),
            Some(vec!["Lê Hu\u{31b}o\u{31b}ng".to_owned()])
        );
        assert_eq!(
            personal_names("Hương Giang - Trường Thịnh"),
            Some(vec!["Hương Giang".to_owned(), "Trường Thịnh".to_owned()])
        );
        // Up to six names; seven are a list, not a byline.
        let six = [
            "Nguyễn Văn An",
            "Trần Thị Bình",
            "Lê Văn Cường",
            "Phạm Thị Dung",
            "Hoàng Văn Em",
            "Vũ Thị Giang",
        ];
        assert_eq!(
            personal_names(&six.join(" - ")),
            Some(six.map(str::to_owned).to_vec())
        );
        assert_eq!(personal_names(&format!("{} - Đỗ Văn Hải", six.join(" - "))), None);
        assert_eq!(
            personal_names("Lan Hương (tổng hợp) - Trường Thịnh"),
            Some(vec!["Lan Hương (tổng hợp)".to_owned(), "Trường Thịnh".to_owned()])
        );
        assert_eq!(
            personal_names("Nguyễn Văn An (TTXVN)"),
            Some(vec!["Nguyễn Văn An (TTXVN)".to_owned()])
        );
        assert_eq!(
            personal_names("TUYẾT MAI - Đ.TÙNG"),
            Some(vec!["TUYẾT MAI".to_owned(), "Đ.TÙNG".to_owned()])
        );
        assert_eq!(
            personal_names("Ngọc Anh/VOV.VN"),
            Some(vec!["Ngọc Anh/VOV.VN".to_owned()])
        );
        assert_eq!(
            personal_names("Ngọc Anh / VOV"),
            Some(vec!["Ngọc Anh / VOV".to_owned()])
        );
        assert_eq!(
            personal_names("Tin, ảnh: Quốc Đạt (TTXVN)"),
            Some(vec!["Tin, ảnh: Quốc Đạt (TTXVN)".to_owned()])
        );
        assert_eq!(
            personal_names("Hoàng Thùy - Ảnh: Nhật Bắc"),
            Some(vec!["Hoàng Thùy".to_owned(), "Ảnh: Nhật Bắc".to_owned()])
        );
        assert_eq!(
            personal_names("Bài và ảnh: Minh Anh, Quốc Huy"),
            Some(vec!["Bài và ảnh: Minh Anh, Quốc Huy".to_owned()])
        );
        assert_eq!(
            personal_names("Tác giả: Lê Hương - Minh Anh"),
            Some(vec!["Lê Hương".to_owned(), "Minh Anh".to_owned()])
        );
        assert_eq!(personal_names("Tác giả: vẫn chưa rõ"), None);
        assert_eq!(
            personal_names("Tin-ảnh: Trọng Đức"),
            Some(vec!["Tin-ảnh: Trọng Đức".to_owned()])
        );
        // A degree before the name, an office after the names.
        for (byline, authors) in [
            ("ThS. Nguyễn Văn An", &["ThS. Nguyễn Văn An"][..]),
            ("PGS.TS Nguyễn Văn Bình", &["PGS.TS Nguyễn Văn Bình"]),
            ("Nhà báo Hữu Thọ", &["Nhà báo Hữu Thọ"]),
            ("Lê Hương - Văn phòng Tỉnh ủy", &["Lê Hương - Văn phòng Tỉnh ủy"]),
            (
                "Minh Anh, Lê Hương - Ban Tuyên giáo Tỉnh ủy",
                &["Minh Anh", "Lê Hương - Ban Tuyên giáo Tỉnh ủy"],
            ),
            (
                "TS. Nguyễn Văn Bình - Học viện Chính trị khu vực III",
                &["TS. Nguyễn Văn Bình - Học viện Chính trị khu vực III"],
            ),
            // A newsroom's signature and its desk or paper.
            ("Nhóm PV Kinh tế", &["Nhóm PV Kinh tế"]),
            ("Bài và ảnh: Nhóm PV Báo QĐND", &["Bài và ảnh: Nhóm PV Báo QĐND"]),
            ("Ngọc Anh (T/h)", &["Ngọc Anh (T/h)"]),
        ] {
            assert_eq!(personal_names(byline).unwrap_or_default(), authors, "{byline}");
        }
        for not_names in [
            "Hà Nội - Thủ đô nghìn năm văn hiến",
            "Phòng Thông tin - Tư liệu",
            "Văn phòng Tỉnh ủy - Lê Hương",
            "Bộ trưởng Đào Ngọc Dung",
            "Lê Hương - Văn phòng Tỉnh ủy.",
            "(Tổng hợp)",
            "Minh Anh ()",
            "Minh Anh (TTXVN",
            "Minh Anh (a (b))",
            "Minh Anh (theo một bài viết dài hơn sáu chữ của báo)",
            "Phó Bí thư phát biểu.",
            "Theo CNA.",
            "Kết luận",
            "Ảnh: Lê Hương",
            "Đại hội XIII",
            "TTXVN",
            "THEO AP",
            "Ngọc Anh/ban thời sự",
            "Ngọc Anh/VOV/VTV",
            "Ngọc Anh/",
            "TUYẾT mAI",
            "VOV-Moscow",
            "Ảnh: Lê Hương - Nhật Bắc",
            "Kết luận: Lê Hương",
            "Tin, ảnh: A, B, C, D, E",
            "PV Hà Nội đã đến",
            "Nhóm PV Kinh tế và Xã hội của Báo",
        ] {
            assert_eq!(personal_names(not_names), None, "{not_names}");
        }
    }

    #[test]
    fn a_credit_glued_to_the_byline_is_split_off() {
        let mut body = vec![
            Line {
                number: 5,
                text: "Đoạn văn.",
            },
            Line {
                number: 6,
                text: "Nhật LinhTheo Reuters",
            },
        ];
        assert_eq!(take_byline(&mut body).0, ["Nhật Linh"]);
        assert_eq!(body.last().unwrap().text, "Theo Reuters");
    }

    #[test]
    fn names_glued_after_the_last_sentence_are_the_byline() {
        for (text, byline, kept) in [
            (
                "Mở cửa đón khách. Nam Phạm",
                &["Nam Phạm"][..],
                "Mở cửa đón khách.",
            ),
            ("tại tỉnh Nghệ An. Việt Hòa", &["Việt Hòa"], "tại tỉnh Nghệ An."),
            (
                "“Đúng thế!”, ông nói. Lê Hương - Văn Bình",
                &["Lê Hương", "Văn Bình"],
                "“Đúng thế!”, ông nói.",
            ),
            // An aside in brackets ends what goes before.
            (
                "hình ảnh hiện trường (Ảnh: Reuters) Hà Liên",
                &["Hà Liên"],
                "hình ảnh hiện trường (Ảnh: Reuters)",
            ),
            // No sentence ends before the names; an initial's full stop
            // ends none.
            ("Mở cửa đón khách Nam Phạm", &[], "Mở cửa đón khách Nam Phạm"),
            (
                "có Tuttocuoio và Imolese. Ch. Tuấn",
                &["Ch. Tuấn"],
                "có Tuttocuoio và Imolese.",
            ),
            ("ThS. Nguyễn Văn An", &[], "ThS. Nguyễn Văn An"),
            (
                "Hội thảo kết thúc. ThS. Nguyễn Văn An",
                &["ThS. Nguyễn Văn An"],
                "Hội thảo kết thúc.",
            ),
            // A place, a credit, a sentence: no byline.
            ("Khai mạc tại thủ đô. Hà Nội", &[], "Khai mạc tại thủ đô. Hà Nội"),
            ("Giá giảm. Theo Reuters", &[], "Giá giảm. Theo Reuters"),
            ("Giá giảm. Giá tăng.", &[], "Giá giảm. Giá tăng."),
        ] {
            let mut body = body_of(&[text]);
            assert_eq!(take_byline(&mut body).0, byline, "{text}");
            assert_eq!(
                body.iter().map(|line| line.text).collect::<Vec<_>>(),
                [kept],
                "{text}"
            );
        }
        // Under the last line's names, a photo credit joins them.
        let mut body = body_of(&["Mở cửa đón khách. Nam Phạm", "Ảnh: Nhật Bắc"]);
        assert_eq!(take_byline(&mut body).0, ["Nam Phạm", "Ảnh: Nhật Bắc"]);
        assert_eq!(body.len(), 1);
    }

    #[test]
    fn a_photo_credit_under_the_byline_joins_it() {
        let mut body = body_of(&["Đoạn văn.", "Lê Hương", "Ảnh: Nhật Bắc"]);
        assert_eq!(take_byline(&mut body).0, ["Lê Hương", "Ảnh: Nhật Bắc"]);
        assert_eq!(body.len(), 1);
        // Under a sentence it stays where it is.
        let mut body = body_of(&["Đoạn văn.", "Hội nghị kết thúc.", "Ảnh: Nhật Bắc"]);
        assert!(take_byline(&mut body).0.is_empty());
        assert_eq!(body.len(), 3);
        let mut body = body_of(&["Đoạn văn.", "Nguyễn Nguyễn", "Nguồn video: Liveleak"]);
        assert_eq!(
            take_byline(&mut body).0,
            ["Nguyễn Nguyễn", "Nguồn video: Liveleak"]
        );
    }

    #[test]
    fn a_media_credit_glued_to_the_byline_joins_it() {
        for (last, byline) in [
            ("Hạo MinhẢnh: Đỗ Linh", ["Hạo Minh", "Ảnh: Đỗ Linh"]),
            ("T.ThủyVideo: BBC Earth", ["T.Thủy", "Video: BBC Earth"]),
        ] {
            let mut body = body_of(&["Đoạn văn.", last]);
            assert_eq!(take_byline(&mut body).0, byline, "{last}");
            assert_eq!(body.len(), 1);
        }
        let mut body = body_of(&["Đoạn văn.", "Hội nghị kết thúcẢnh: Đỗ Linh"]);
        assert!(take_byline(&mut body).0.is_empty());
    }

    #[test]
    fn the_byline_before_the_paper_it_was_taken_from() {
        for source in ["Nguồn: Báo Phú Yên", "Nguồn Báo Phú Yên", "(Nguồn: baophuyen.vn)"] {
            let mut body = body_of(&["Đoạn văn.", "Lê Hương", source]);
            assert_eq!(take_byline(&mut body).0, ["Lê Hương"], "{source}");
            assert_eq!(body.last().unwrap().text, source);
        }
    }

    #[test]
    fn a_credited_caption_glued_inside_the_story() {
        let story = "Cụ thể, gạo xuất khẩu của Việt Nam đang ở mức thấp.";
        for (glued, caption) in [
            ("Nông dân phơi lúa. Ảnh: I.T", "Nông dân phơi lúa. Ảnh: I.T"),
            (
                "Nông dân phơi lúa. Ảnh: Hoàng Yến",
                "Nông dân phơi lúa. Ảnh: Hoàng Yến",
            ),
            (
                "Nông dân phơi lúa - Ảnh: VTC News",
                "Nông dân phơi lúa - Ảnh: VTC News",
            ),
            (
                "Nông dân phơi lúa (Ảnh: Lê Lâm/TTXVN)",
                "Nông dân phơi lúa (Ảnh: Lê Lâm/TTXVN)",
            ),
            (
                "Nông dân phơi lúa. Ảnh: HOÀNG GIANG",
                "Nông dân phơi lúa. Ảnh: HOÀNG GIANG",
            ),
            (
                "Nông dân phơi lúa. Ảnh: Bệnh viện cung cấp.",
                "Nông dân phơi lúa. Ảnh: Bệnh viện cung cấp.",
            ),
            (
                "Giá tăng. Nông dân phơi lúa. Ảnh: TTXVN",
                "Nông dân phơi lúa. Ảnh: TTXVN",
            ),
            (
                "Ông An (Tp. Hồ Chí Minh). Ảnh: TTXVN",
                "Ông An (Tp. Hồ Chí Minh). Ảnh: TTXVN",
            ),
        ] {
            let line = format!("{glued} {story}");
            let found = glued_caption(&line).expect(&line);
            assert_eq!(&line[found.caption], caption, "{line}");
            assert!(found.heading.is_none(), "{line}");
        }
        // The story goes on with a capitalised word no name has.
        let line = "Nông dân phơi lúa. Ảnh: VGP/Quang Hiếu Ngành Ngân hàng cũng đã triển khai tín dụng.";
        assert_eq!(
            &line[glued_caption(line).unwrap().caption],
            "Nông dân phơi lúa. Ảnh: VGP/Quang Hiếu"
        );
        // A subheading before a wider gap.
        let line = format!("Giá tăng. Giá lúa ổn định  Nông dân phơi lúa. Ảnh: TTXVN {story}");
        let found = glued_caption(&line).unwrap();
        assert_eq!(
            &line[found.heading.unwrap()..found.caption.start],
            "Giá lúa ổn định  "
        );
        // A no-break space is no wider gap.
        let line = format!("Giá tăng. Giá lúa ổn\u{a0}định Nông dân phơi lúa. Ảnh: TTXVN {story}");
        assert!(glued_caption(&line).unwrap().heading.is_none());
        // A label that credits nothing glued is passed over for the next.
        let line = format!("Xem Ảnh: đẹp. Nông dân phơi lúa. Ảnh: TTXVN {story}");
        assert_eq!(
            &line[glued_caption(&line).unwrap().caption],
            "Nông dân phơi lúa. Ảnh: TTXVN"
        );
        // A credit the line opens with is a picture's whose caption was
        // lost (the line before it ended with another's credit).
        let line = format!("Ảnh: TTXVN {story}");
        assert_eq!(&line[glued_caption(&line).unwrap().caption], "Ảnh: TTXVN");
        for line in [
            "Nông dân phơi lúa. Ảnh: TTXVN".to_owned(),
            "Nông dân phơi lúa. Ảnh: TTXVN ngắn quá.".to_owned(),
            format!("Ảnh: Ông Nguyễn Văn An phát biểu {story}"),
            format!("Nông dân phơi lúa, ảnh: TTXVN {story}"),
            format!("Nông dân phơi lúa Ảnh: TTXVN {story}"),
        ] {
            assert!(glued_caption(&line).is_none(), "{line}");
        }
    }

    #[test]
    fn an_aggregator_s_story_cut_where_it_lost_its_line_breaks() {
        let text =
            "Một câu.  Hai câu: gồm  hai ý.  Tiêu đề phụ  Ba câu về  Nguyễn Văn An. (Xem tiếp)  4 câu.";
        assert_eq!(
            at_lost_line_breaks(text),
            [
                "Một câu.",
                "Hai câu: gồm  hai ý.",
                "Tiêu đề phụ",
                "Ba câu về  Nguyễn Văn An.",
                "(Xem tiếp)",
                "4 câu."
            ]
        );
        let long = format!(
            "Một câu. {}  Hai câu.",
            "chữ ".repeat(MAX_GLUED_HEADING_WORDS + 1).trim_end()
        );
        assert_eq!(at_lost_line_breaks(&long), [long.as_str()]);
        assert_eq!(at_lost_line_breaks("Ở Tp.  Hồ Chí Minh"), ["Ở Tp.  Hồ Chí Minh"]);
    }

    #[test]
    fn an_english_edition_reads_as_english() {
        let english = "Vietnam's GDP grew 7.09% in 2024, the General Statistics Office said. \
            Growth was driven by exports and manufacturing, which rose faster than in the \
            previous year, and by a recovery in tourism at the end of the year.";
        assert!(reads_as_english([english].into_iter()));
        let unmarked = "Toi ten la Nguyen Van Nam, hom nay troi dep qua nen ca nha di choi o \
            cong vien gan nha, an kem va uong nuoc mia, chieu ve nha nau com an toi cung nhau \
            roi xem phim den khuya moi di ngu";
        for text in [
            unmarked,
            &english.replace("Vietnam", "Việt Nam đã"),
            "The end of the year.",
        ] {
            assert!(!reads_as_english([text].into_iter()), "{text}");
        }
        let vietnamese = "Sáng 7-11, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị trực tuyến quán \
            triệt các quy định, hướng dẫn của Trung ương cho đội ngũ cán bộ chủ chốt tại 16 \
            điểm cầu trên toàn tỉnh. In ấn tài liệu to và rõ.";
        assert!(!reads_as_english([vietnamese].into_iter()));
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

    #[test]
    fn the_byline_before_a_compiled_from_line() {
        let mut body = body_of(&["Đoạn văn.", "Thành Đạt", "Tổng hợp"]);
        assert_eq!(take_byline(&mut body).0, ["Thành Đạt"]);
        assert_eq!(body.last().unwrap().text, "Tổng hợp");
        let mut body = body_of(&["Đoạn văn.", "T.ThủyTổng hợp"]);
        assert_eq!(take_byline(&mut body).0, ["T.Thủy"]);
        assert_eq!(body.last().unwrap().text, "Tổng hợp");
        // In decomposed letters.
        let compiled = "To\u{302}\u{309}ng ho\u{31b}\u{323}p";
        let glued = format!("T.Thủy{compiled}");
        let mut body = body_of(&["Đoạn văn.", &glued]);
        assert_eq!(take_byline(&mut body).0, ["T.Thủy"]);
        assert_eq!(body.last().unwrap().text, compiled);
        let mut body = body_of(&["Đoạn văn.", "Thành Đạt", compiled]);
        assert_eq!(take_byline(&mut body).0, ["Thành Đạt"]);
    }

    #[test]
    fn the_byline_before_a_bracketed_credit() {
        let mut body = body_of(&["Đoạn văn.", "Lê Hương", "(Theo TTXVN)"]);
        assert_eq!(take_byline(&mut body).0, ["Lê Hương"]);
        assert_eq!(body.last().unwrap().text, "(Theo TTXVN)");
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

    #[test]
    fn interviews_are_told_by_the_interviewer_s_label_or_answers_after_dashes() {
        let question = "Vì sao ông chọn cầu thủ ấy?";
        let answer = "Tôi chọn cậu ấy vì phong độ.";
        let body = body_of(&[question, answer]);
        assert!(!is_interview(&body, [Some("Tiêu đề"), None]));
        // The scrape lost the title: the first question stands in its place.
        assert!(is_interview(&body, [Some("PV: Đội thắng dễ, thưa ông?"), None]));
        assert!(is_interview(
            &body_of(&["Phóng viên: Ông nghĩ sao?", answer]),
            [None, None]
        ));
        assert!(is_interview(
            &body_of(&[question, "- Vì phong độ."]),
            [None, None]
        ));
        assert!(!is_interview(
            &body_of(&["Điện thoại: 0912345678", answer]),
            [None, None]
        ));
    }

    #[test]
    fn subheadings() {
        let after = "Theo các chuyên gia, giá sẽ còn biến động trong tuần tới.";
        for line in [
            "Triển vọng cho năm 2021",
            "2,5 triệu đồng/quả xoài đỏ",
            "Bước 2: Vệ sinh lồng quạt",
            "Vệ sinh điều hòa - tưởng dễ, mà khó",
        ] {
            assert!(is_subheading(line, after, true), "{line}");
        }
        for line in [
            "Triển vọng cho năm 2021.",
            "Vì sao giá vàng tăng?",
            "triển vọng cho năm 2021",
            "- Triển vọng cho năm 2021",
            "\"Triển vọng cho năm 2021\"",
            "Một dòng dài hơn mười hai chữ thì là một câu văn chứ không phải là tiêu đề phụ",
            "Nguyễn Hành",
            "Bộ trưởng Đào Ngọc Dung",
            "Phó Thủ tướng Vũ Đức Đam",
            "GS.TS Nguyễn Trung Việt, Phó Hiệu trưởng trường Đại học Thủy lợi",
            "Theo Reuters",
            "Quang cảnh hội nghị",
            "Đồng chí Phạm Minh Tấn phát biểu tại hội nghị",
            "Ảnh: Nhật Bắc",
            "Các đại biểu tham dự hội nghị - Ảnh minh họa",
            "Video: Người dân xếp hàng đổ xăng trước giờ điều chỉnh giá",
            "Clip: Khoảnh khắc cứu người",
        ] {
            assert!(!is_subheading(line, after, true), "{line}");
        }
        let line = "Triển vọng cho năm 2021";
        assert!(!is_subheading(line, "Kiểm tra tem nhãn", true));
        assert!(!is_subheading(line, "Giá tăng.", true));
        assert!(is_subheading(line, "Ông nói: “Giá sẽ tăng trong năm tới.”", true));
        // A question the next paragraph answers at length, in an article
        // that is no interview; not one a caption-long line follows, nor
        // the interviewer's.
        let question = "Vì sao giá vàng tăng?";
        let answer = "Theo các chuyên gia, giá vàng thế giới tăng mạnh do nhu cầu trú ẩn an toàn tăng cao khi căng thẳng địa chính trị leo thang.";
        assert!(is_subheading(question, answer, true));
        assert!(!is_subheading(question, answer, false));
        assert!(!is_subheading("PV: Vì sao giá vàng tăng?", answer, true));
        assert!(!is_subheading(question, &format!("- {answer}"), true));
        for (before, subheading) in [
            ("Giá vàng hôm nay tăng mạnh.", true),
            ("Ông nói: “Giá sẽ tăng.”", true),
            ("Người mua cần lưu ý:", false),
            ("Kiểm tra tem nhãn", false),
        ] {
            assert_eq!(ends_sentence(before), subheading, "{before}");
        }
    }

    #[test]
    fn invisible_characters_at_a_line_s_ends_do_not_hide_what_it_is() {
        let text = "\u{FEFF}Hội nghị trực tuyến\r\n07/11/2019 16:07\u{200B}\r\n\u{00A0}Sáng 7-11, hội nghị đã diễn ra.\r\n\u{200B} Lê Hương\u{200E}\r\n\u{2060}\r\n";
        let Ingested { article, warnings } = ingest(text).expect("an article");
        assert_eq!(article.title, "Hội nghị trực tuyến");
        assert!(article.published.is_some());
        assert_eq!(article.authors, ["Lê Hương"]);
        assert_eq!(
            article.blocks,
            [Block::Paragraph(Paragraph::text(
                "Sáng 7-11, hội nghị đã diễn ra."
            ))]
        );
        assert_eq!(warnings, []);
    }

    #[test]
    fn leaked_html_alone_holds_no_words() {
        for line in [
            "&nbsp;",
            "&nbsp;&nbsp;",
            "<br>",
            "<br/>",
            "</p><p>",
            "<div class=\"x\">&nbsp;</div>",
            ". <br />",
        ] {
            assert!(!holds_words(line), "{line}");
        }
        for line in [
            "Đoạn hai.<br>",
            "<b>Lưu ý</b>",
            "<Hết>",
            "a < b > c",
            "&nbsp2021",
            "<p",
            "1",
        ] {
            assert!(holds_words(line), "{line}");
        }
    }

    #[test]
    fn separators() {
        for line in [
            "***",
            "* * *",
            "---",
            "———",
            "~~~",
            "• • •",
            "= = =",
            "⁂",
            "o0o",
            "-o0o-",
            "--- oOo ---",
        ] {
            assert!(is_separator(line), "{line}");
        }
        // An ellipsis, a dash, a lone star, words: no separator.
        for line in [
            "...",
            "…",
            "--",
            "*",
            "- -",
            "***Tin nóng",
            "o0o0",
            "Zoo",
            "-->",
            "*.*.*",
        ] {
            assert!(!is_separator(line), "{line}");
        }
    }

    #[test]
    fn lists() {
        let list = |lines: &[&str]| {
            list_at(&body_of(lines)).map(|(block, len)| match block {
                Block::List {
                    ordered,
                    numbering,
                    items,
                } => (ordered, numbering, items, len),
                _ => unreachable!("list_at makes lists"),
            })
        };
        let digits = Numbering::Digits;
        assert_eq!(
            list(&["- Một;", "- Hai.", "Đoạn văn."]),
            Some((false, digits, vec!["Một;".to_owned(), "Hai.".to_owned()], 2))
        );
        assert_eq!(
            list(&["1. Một", "2. Hai", "3. Ba", "5. Năm"]),
            Some((
                true,
                digits,
                vec!["Một".to_owned(), "Hai".to_owned(), "Ba".to_owned()],
                3
            ))
        );
        assert_eq!(list(&["• Một", "• Hai"]).map(|(.., len)| len), Some(2));
        assert_eq!(
            list(&["1) Một", "2) Hai"]).map(|(ordered, ..)| ordered),
            Some(true)
        );
        let points = [
            "a) Một;",
            "b) Hai;",
            "c) Ba;",
            "d) Bốn;",
            "đ) Năm;",
            "e) Sáu.",
            "Đoạn văn.",
        ];
        assert_eq!(
            list(&points).map(|(ordered, numbering, items, len)| (ordered, numbering, items[4].clone(), len)),
            Some((true, Numbering::Letters, "Năm;".to_owned(), 6))
        );
        assert_eq!(list(&["a. Một", "b. Hai"]).map(|(.., len)| len), Some(2));
        for not_a_list in [
            &["- Một"][..],
            &["- Một", "+ Hai"],
            &["2. Hai", "3. Ba"],
            &["1. Một", "2) Hai"],
            // Letters counted without `đ`: the list would show it.
            &["a) Một", "b) Hai", "c) Ba", "d) Bốn", "e) Năm"],
            &["b) Hai", "c) Ba"],
            &["a) Một", "b. Hai"],
            &["A) Một", "B) Hai"],
            &["a)Một", "b)Hai"],
            &["-5 độ C", "-6 độ C"],
            &["2.5 triệu", "3.5 triệu"],
            &["- ", "- "],
            &["Một", "Hai"],
        ] {
            assert_eq!(list(not_a_list), None, "{not_a_list:?}");
        }
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host("https://dantri.com.vn/kinh-doanh/a.htm"),
            Some("dantri.com.vn")
        );
        assert_eq!(host("https://www.baomoi.com/?a=1"), Some("baomoi.com"));
        assert_eq!(host("dantri.com.vn"), None);
    }
}
