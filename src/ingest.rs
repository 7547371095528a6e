//! Scraped article text → [`Article`].
//!
//! Two shapes are read:
//! - **page text**, as the seed article: a title line, an optional dateline
//!   (`ingest/dateline.rs`), then paragraphs; blank lines do not matter;
//! - **corpus text**, as the dantri files: `# key = value` header lines
//!   (`url`, `date = YYYYMMDD`), a title line, a standfirst line (the sapo),
//!   then one paragraph per line.
//!
//! Text in Markdown (what reader tools and crawlers save: `# Tiêu đề`,
//! `![alt](https://…/a.jpg)`) is read as plain lines first
//! (`ingest/markdown.rs`), and text wrapped at a fixed width (e-mail, wire
//! copy) has its paragraphs' lines joined again (`ingest/wrapped.rs`).
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
//! line (see `byline_after_sentences`); the credit line that ends the
//! story (`Theo Reuters`, `Tổng hợp`; `Nguồn: …` under a byline) is the
//! article's `credit`. Every other line is kept, word for word, as a
//! paragraph.

mod blocks;
mod byline;
mod credits;
mod dateline;
mod figures;
mod head;
mod leaked_markup;
mod lists;
mod markdown;
mod page_chrome;
mod related;
mod tables;
mod wrapped;

use std::ops::Range;

use time::{Date, Month};

use crate::Error;
use crate::article::{Article, LanguageTag, Source, Timestamp};
use crate::normalize::{is_invisible, leaked_nbsp_len, letter, lower_case, nfc};
use crate::photo_credit::split_credit;

use blocks::blocks;
use byline::{take_byline, take_byline_above};
use credits::take_credit;
use figures::split_glued_photo_notes;
use head::{
    DatelineLine, address_names_other_headline, dateline_line, dates_the_rest, headline_goes_on,
    is_standfirst_over_one_line_body, opens_with_newsroom_mark, read_dateline, reads_as_standfirst,
    site_after_title, take_section_name, title_first,
};
use leaked_markup::without_leaked_markup;
use markdown::without_markdown;
use page_chrome::{
    left_out, take_links_to_other_stories, take_page_chrome, take_page_tools, take_source_address,
};
use related::take_related_boxes;

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

/// What ends a paragraph inside a line of scraped text: U+2029 PARAGRAPH
/// SEPARATOR, typed or read from a block's tag the scrape left
/// (`<p>A</p><p>B</p>`: see [`without_leaked_markup`]). The parts keep
/// their line's number.
const PARAGRAPH_SEPARATOR: char = '\u{2029}';

/// A line of the input (or a part of one: [`PARAGRAPH_SEPARATOR`]) with
/// its 1-based number.
#[derive(Clone, Copy)]
struct Line<'a> {
    number: usize,
    /// The number of the last line of the input it holds: its own, but
    /// for a paragraph a wrap broke over lines (see [`wrapped`]).
    last: usize,
    /// Which part of its line it is, from 0: where it stands among the
    /// parts that share its number (`<p>A</p><p>* * *</p><p>B</p>`).
    part: usize,
    text: &'a str,
}

impl Line<'_> {
    /// Where the line stands in the text: its number, then its part.
    fn place(&self) -> (usize, usize) {
        (self.number, self.part)
    }
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
    let plain = without_markdown(text, &mut warnings);
    let read = without_leaked_markup(&plain.text, &mut warnings);
    let unwrapped = wrapped::unwrapped(&read);
    let text: &str = &unwrapped.text;
    let mut source = Source::default();
    let mut published = None;
    let mut has_header = false;
    // A reader tool's fields above the page's text (Jina Reader's `Title:
    // …`, `URL Source: …`, `Published Time: …`, then `Markdown Content:`),
    // read while they last: the title a line of its own, the page's
    // address and time the article's.
    let mut reader_fields = text.trim_start().starts_with("Title: ");
    let mut lines = Vec::new();
    // The lines that set two parts of the article apart (`* * *`).
    let mut separators = Vec::new();

    let parts = text.lines().enumerate().flat_map(|(index, line)| {
        let (number, last) = unwrapped.input_lines(index);
        (line.split(PARAGRAPH_SEPARATOR).enumerate()).map(move |(part, text)| (number, last, part, text))
    });
    for (number, last, part, raw) in parts {
        // Invisible characters at a line's ends (a zero-width space before
        // a byline) are no part of what it says; normalisation takes them
        // out of the text too.
        let mut line = raw.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
        if reader_fields && !line.is_empty() {
            match reader_field(line) {
                Some(("title", title)) => line = title,
                Some(("url source", url)) => {
                    source.url = Some(url.to_owned());
                    continue;
                }
                Some(("published time", time)) => {
                    published = Timestamp::parse(time);
                    continue;
                }
                // `Markdown Content:`: the page's text follows.
                Some(_) => {
                    reader_fields = false;
                    continue;
                }
                None => reader_fields = false,
            }
        }
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
            separators.push(Line {
                number,
                last,
                part,
                text: line,
            });
            continue;
        }
        // (A Markdown table's rule under its header says which row that is.)
        if !holds_words(line) && !tables::is_rule_row(line) {
            warnings.push(Error::DroppedLine {
                line: number,
                text: line.to_owned(),
            });
            continue;
        }
        lines.push(Line {
            number,
            last,
            part,
            text: line,
        });
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
    if dateline.is_some()
        && let Some(line) = lines.next_if(|line| dates_the_rest(line.text, &article))
    {
        read_dateline(&line, &mut article, &mut warnings);
    }
    let mut authors = beside.names;
    if has_header && !lost_headline {
        article.sapo = lines.next().map(|line| line.text.to_owned());
    }
    let mut body: Vec<Line<'_>> = lines.collect();
    let related = take_related_boxes(&mut body, &plain.marked, &mut warnings);
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
    let (mut below, mut stray) = take_byline(&mut body);
    if source.url.is_none() {
        source.url = take_source_address(&mut body);
    }
    // The credit that ends the story is the article's, shown under its
    // text, not a paragraph of it; the byline may be above it.
    article.credit = take_credit(&mut body, !below.is_empty());
    if below.is_empty() && article.credit.is_some() {
        (below, stray) = take_byline(&mut body);
    }
    // A writer named above and below (`By Nguyen Quy` beside the date,
    // `Story: Nguyen Quy` under the text) is one, as the line that says
    // more names them.
    fn named(entry: &str) -> &str {
        entry.rsplit_once(": ").map_or(entry, |(_, name)| name)
    }
    for name in below {
        match authors.iter_mut().find(|above| named(above) == named(&name)) {
            Some(above) if above.len() < name.len() => *above = name,
            Some(_) => {}
            None => authors.push(name),
        }
    }
    article.authors = authors;
    warnings.extend(stray);
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
    // of corpus text is, when more of the article follows it; so is one
    // Markdown sets in bold whole, as pages set their standfirst, when it
    // reads as sentences (not a bold subheading's few words).
    if article.sapo.is_none()
        && body.len() > 1
        && (opens_with_newsroom_mark(body[0].text)
            || is_standfirst_over_one_line_body(&body)
            || (plain.marked.is_strong(body[0].number) && reads_as_standfirst(body[0].text)))
    {
        article.sapo = Some(body.remove(0).text.to_owned());
    }
    // The page's tools under a standfirst found in the body (`TTO - …`,
    // then `Chia sẻ`).
    warnings.extend(take_page_tools(&mut body));
    let body = split_glued_photo_notes(body);
    article.blocks = blocks(
        &body,
        &separators,
        related,
        &article.title,
        article.sapo.as_deref(),
        &plain.marked,
        &mut warnings,
    );
    if let Some(url) = &source.url {
        source.name = crate::web_address::host(url).map(str::to_owned);
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

/// Whether `line` has a letter or a digit outside the HTML a scrape may
/// leak: tags (`<br>`, `</p>`) and the non-breaking spaces that
/// normalisation reads as spaces (`&nbsp;`). A line of those alone shows
/// nothing.
fn holds_words(line: &str) -> bool {
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let leaked = match c {
            '<' => crate::article::tag_len(rest),
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

/// A reader tool's field (`Title: …`, `URL Source: …`, `Published Time:
/// …`, `Markdown Content:`): its name in small letters and its value.
fn reader_field(line: &str) -> Option<(&'static str, &str)> {
    const FIELDS: [(&str, &str); 4] = [
        ("Title", "title"),
        ("URL Source", "url source"),
        ("Published Time", "published time"),
        ("Markdown Content", "markdown content"),
    ];
    let (name, value) = line.split_once(':')?;
    let value = value.trim();
    let &(_, key) = FIELDS.iter().find(|(written, _)| *written == name)?;
    // Each field has a value but the last, which the page's text follows.
    (value.is_empty() == (key == "markdown content")).then_some((key, value))
}

/// The page's own address, as the fields above its text give it (`URL
/// Source: …`, `# url = …`): what its relative addresses are relative to.
fn page_address(text: &str) -> Option<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map_while(|line| match (reader_field(line), header_field(line)) {
            (Some((key, value)), _) => Some((key == "url source").then_some(value)),
            (_, Some((key, value))) => Some((key == "url").then_some(value)),
            _ => None,
        })
        .flatten()
        .next()
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

/// Whether `text` opens with a web address's scheme, `http://` or
/// `https://`, in either case.
fn is_web_address(text: &str) -> bool {
    ["http://", "https://"].iter().any(|scheme| {
        text.get(..scheme.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
    })
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

/// Whether `line` opens with one of `labels` (in small letters) and a
/// colon: `PV: …`, `Hotline: …`, `Video: …`.
fn opens_with_label(line: &str, labels: &[&str]) -> bool {
    line.split_once(':')
        .is_some_and(|(label, _)| labels.contains(&lower_case(label.trim()).as_str()))
}

/// The most characters a headline runs to: dantri's and baomoi's run to
/// 150 at most (baomoi-dev's longest is 107).
pub(crate) const MAX_HEADLINE_CHARS: usize = 200;

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
    let end = before_closing_marks(line);
    (end.ends_with(['.', ':']) && !end.ends_with(".."))
        || split_credit(&nfc(line)).is_some()
        || length_as_read(line) > MAX_HEADLINE_CHARS
}

/// Whether `line` ends a sentence: with `. ! ? …`, or a closing quote or
/// bracket right after one.
fn ends_sentence(line: &str) -> bool {
    before_closing_marks(line).ends_with(['.', '!', '?', '…'])
}

/// `line` without the closing quotes and brackets after its last word or
/// punctuation mark.
fn before_closing_marks(line: &str) -> &str {
    line.trim_end_matches(['"', '”', '’', '»', ')'])
}

/// Whether `word` may open a sentence of the story: a capital, a number or
/// an opening quote.
fn opens_sentence(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '«'))
}

/// Whether `gap`, the whitespace between two words, is wider than one
/// space (a no-break space is one, a tab is wider): where a scrape lost a
/// line break or a table's cell.
fn is_wide_gap(gap: &str) -> bool {
    gap.chars().nth(1).is_some() || gap == "\t"
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
/// Lines of a body, numbered from 1.
fn body_of<'a>(texts: &[&'a str]) -> Vec<Line<'a>> {
    texts
        .iter()
        .enumerate()
        .map(|(index, text)| Line {
            number: index + 1,
            last: index + 1,
            part: 0,
            text,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Block, Paragraph};

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
    fn a_line_parted_by_blocks_is_read_as_its_parts() {
        // A whole page's body on one line, as its HTML left it: the title's
        // heading and each paragraph apart, the warning on that line.
        let text = "<h1>Hội nghị trực tuyến</h1><p>Sáng 7-11, hội nghị đã diễn ra.</p> \
                    <p>Hội nghị kết thúc lúc 11 giờ.</p>\n";
        let Ingested { article, warnings } = ingest(text).expect("an article");
        assert_eq!(article.title, "Hội nghị trực tuyến");
        assert_eq!(
            article.blocks,
            [
                Block::Paragraph(Paragraph::text("Sáng 7-11, hội nghị đã diễn ra.")),
                Block::Paragraph(Paragraph::text("Hội nghị kết thúc lúc 11 giờ.")),
            ]
        );
        assert!(
            matches!(warnings.as_slice(), [Error::LeakedMarkup { line: 1, .. }]),
            "{warnings:?}"
        );
        // A paragraph separator typed into the text parts it too.
        let typed =
            "Hội nghị trực tuyến\nSáng 7-11, hội nghị đã diễn ra.\u{2029}Hội nghị kết thúc lúc 11 giờ.\n";
        assert_eq!(ingest(typed).expect("an article").article.blocks, article.blocks);
        // A separator among the parts stands between the parts around it.
        let parted = "Hội nghị trực tuyến\n<p>Sáng 7-11, hội nghị đã diễn ra.</p><p>* * *</p>\
                      <p>Hội nghị kết thúc lúc 11 giờ.</p>\n";
        let parted = ingest(parted).expect("an article").article.blocks;
        let [first, Block::Separator, second] = parted.as_slice() else {
            panic!("a paragraph, a separator and a paragraph: {parted:?}");
        };
        assert_eq!([first, second], [&article.blocks[0], &article.blocks[1]]);
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
}
