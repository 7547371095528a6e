//! The body's lines → blocks: paragraphs, subheadings (numbered ones
//! nested), separators, lists and figures, in the order of the text; what
//! tells an interview's questions from subheadings.

use super::byline::{is_titled_name, names_someone};
use super::credits::is_credit;
use super::figures::{
    figure, figure_without_alt, fits_caption, image_address, is_alt_and_caption, is_image_file_name,
    reads_as_caption,
};
use super::head::opens_with_newsroom_mark;
use super::lists::{list_at, stands_alone};
use super::markdown::Marked;
use super::related::RelatedBox;
use super::tables::table_at;
use super::{
    Line, before_closing_marks, ends_sentence, folded_words, lower_case, opens_with_label, shared_words,
};
use crate::Error;
use crate::article::{Block, Figure, Image, Inline, InlineStyle, Paragraph};
use crate::normalize::nfc;
use crate::photo_credit::{CREDIT_LABELS, credit_line, without_credit};

/// Paragraphs, subheadings and lists, with each alt-text line and its
/// caption line joined into a figure, and each caption line alone made
/// one; a separator between the parts that `separators` set apart, and
/// each box of `related` stories where it stood. The `title` and the
/// `sapo`, when there is one, are the text before the body. A separator
/// above the body, below it or right under another sets nothing apart: it
/// is left out, with a warning.
pub(super) fn blocks(
    body: &[Line<'_>],
    separators: &[Line<'_>],
    related: Vec<RelatedBox<'_>>,
    title: &str,
    sapo: Option<&str>,
    marked: &Marked,
    warnings: &mut Vec<Error>,
) -> Vec<Block> {
    let mut blocks = Vec::with_capacity(body.len());
    let whole = Whole {
        set_apart: paragraphs_set_apart(body),
        questions_head: !is_interview(body, [Some(title), sapo]),
        title,
        sapo,
        marked,
        // The title's own mark (`# `) is not the body's.
        top_level: (body.iter())
            .filter_map(|line| marked_level(marked, line))
            .min()
            .unwrap_or(2),
    };
    // The separators (no block yet) and the boxes of related stories, each
    // at its line, in the order of the text.
    let mut between: Vec<(Line<'_>, Option<Block>)> = (separators.iter())
        .map(|separator| (*separator, None))
        .chain(related.into_iter().map(|(line, block)| (line, Some(block))))
        .collect();
    between.sort_by_key(|(line, _)| line.place());
    let mut part_start = 0;
    for (at, related) in between {
        // The part before it: the body's lines above it.
        let part_end = body.partition_point(|line| line.place() < at.place());
        if let Some(related) = related {
            part_blocks(&body[part_start..part_end], whole, &mut blocks, warnings);
            blocks.push(related);
            part_start = part_end;
        } else if part_end > part_start && part_end < body.len() {
            part_blocks(&body[part_start..part_end], whole, &mut blocks, warnings);
            blocks.push(Block::Separator);
            part_start = part_end;
        } else {
            // Above the body, below it, or right under another separator.
            warnings.push(Error::DroppedLine {
                line: at.number,
                text: at.text.to_owned(),
            });
        }
    }
    part_blocks(&body[part_start..], whole, &mut blocks, warnings);
    nest_numbered_headings(&mut blocks);
    blocks
}

/// What the blocks of each part of the article read from the whole body.
#[derive(Clone, Copy)]
struct Whole<'a> {
    /// Whether blank lines set paragraphs apart (see
    /// [`paragraphs_set_apart`]).
    set_apart: bool,
    /// Whether a question may be a subheading (see [`is_subheading`]).
    questions_head: bool,
    title: &'a str,
    sapo: Option<&'a str>,
    /// The lines the text marks as what they are (Markdown's `## `).
    marked: &'a Marked,
    /// The body's highest marked heading level, which becomes 2 (the
    /// title is 1).
    top_level: u8,
}

/// The level of `line` when the text marks it as a heading.
fn marked_level(marked: &Marked, line: &Line<'_>) -> Option<u8> {
    let at = (marked.headings)
        .binary_search_by_key(&line.number, |&(number, _)| number)
        .ok()?;
    Some(marked.headings[at].1)
}

/// The blocks of `body`, one part of the article (the whole of it when no
/// separator divides it), added to `blocks`. A line the text marks as a
/// heading is one. An image's file name standing for its alt text is left
/// out, with a warning; a picture's address is the picture.
fn part_blocks(body: &[Line<'_>], whole: Whole<'_>, blocks: &mut Vec<Block>, warnings: &mut Vec<Error>) {
    let Whole {
        set_apart,
        questions_head,
        title,
        sapo,
        marked,
        top_level,
    } = whole;
    let title_words = folded_words(title);
    // The line after line `at`, when it may belong to the same figure:
    // where blank lines set paragraphs apart, only a line kept together
    // with it.
    let kept_with = |at: usize| {
        body.get(at + 1)
            .filter(|next| !set_apart || next.number == body[at].last + 1)
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
                figure_without_alt(line, next.map(|next| next.text), after_next).or_else(|| {
                    // The title again in the body, when it is no caption of
                    // its own (a credit ends it), is a picture's alt text, as
                    // content systems fill it in: a subheading never repeats
                    // the title. The line under it is its caption when it
                    // tells the same (see `repeats_title`).
                    (folded_words(line) == title_words).then(|| {
                        let caption = next.filter(|next| repeats_title(&title_words, next.text));
                        match caption {
                            Some(caption) => (figure(line, caption.text), 2),
                            None => {
                                let image = Image {
                                    alt: line.to_owned(),
                                    ..Image::default()
                                };
                                let figure = Figure {
                                    image,
                                    caption: None,
                                    credit: None,
                                    link: None,
                                    lang: None,
                                };
                                (figure, 1)
                            }
                        }
                    })
                })
            }
        }
    };
    // A picture with no caption of its own under it: the line the text
    // marks as its caption (Markdown's `*…*` under it) is its, and so is
    // the credited caption a blank line sets below it (`Du khách dạo
    // quanh hồ. Ảnh: TTXVN`, a figure of its own otherwise), or a credit
    // alone.
    let push_picture = |image: Image, link: Option<String>, index: &mut usize, blocks: &mut Vec<Block>| {
        let next = body.get(*index);
        let (caption, credit) = match next.filter(|line| marked.captions.binary_search(&line.number).is_ok())
        {
            Some(line) => {
                *index += 1;
                let (caption, credit) = without_credit(line.text);
                (Some(caption), credit)
            }
            None => match next
                .and_then(|_| figure_at(*index))
                .filter(|(figure, _)| figure.image == Image::default())
            {
                Some((figure, lines)) => {
                    *index += lines;
                    (figure.caption, figure.credit)
                }
                None => (None, None),
            },
        };
        blocks.push(Block::Figure(Figure {
            image,
            caption,
            credit,
            link,
            lang: None,
        }));
    };
    let mut index = 0;
    while index < body.len() {
        let line = body[index].text;
        if let Some(level) = marked_level(marked, &body[index]) {
            blocks.push(Block::Heading {
                level: (level + 2).saturating_sub(top_level).clamp(2, 6),
                text: line.to_owned(),
                lang: None,
            });
            index += 1;
            continue;
        }
        let introduced = index > 0 && body[index - 1].text.ends_with(':');
        if let Some((list, len)) =
            list_at(&body[index..]).filter(|(list, _)| introduced || stands_alone(list))
        {
            blocks.push(list);
            index += len;
            continue;
        }
        if let Some((table, len)) = table_at(&body[index..]) {
            blocks.push(table);
            index += len;
            continue;
        }
        // A picture's address: the picture, with the figure under it
        // (an alt text over its caption, or a caption or credit alone),
        // or else the line under it as its caption.
        let address = image_address(line);
        // The page a picture in a Markdown link leads to.
        let link = address
            .and_then(|address| marked.picture_link(body[index].number, address))
            .map(str::to_owned);
        if let Some(src) = address
            && let Some((mut figure, lines)) = kept_with(index).and_then(|_| figure_at(index + 1))
        {
            figure.image.src = Some(src.to_owned());
            figure.link = link;
            blocks.push(Block::Figure(figure));
            index += 1 + lines;
            continue;
        }
        // A picture given in markup (Markdown's `![alt](src)`, a leaked
        // `<img>`): its address, then its alt text as a part of the same
        // line (see `markdown.rs` and `leaked_markup.rs`).
        let alt_in_markup = address
            .and(body.get(index + 1))
            .filter(|next| next.number == body[index].number);
        if address.is_some() || is_image_file_name(line) {
            if address.is_none() {
                warnings.push(Error::ImageFileName {
                    line: body[index].number,
                    text: line.to_owned(),
                });
            }
            let image = Image {
                src: address.map(str::to_owned),
                alt: alt_in_markup.map_or_else(String::new, |alt| alt.text.to_owned()),
                ..Image::default()
            };
            // The picture's last line.
            let last = index + usize::from(alt_in_markup.is_some());
            // The line under it is the picture's caption, unless it is a
            // figure of its own already or too long to be one. Under an
            // address, where no blank lines set paragraphs apart, only a
            // line that reads as a caption is one: the picture may have
            // had none, and a paragraph is better left a paragraph.
            let caption = kept_with(last).filter(|next| {
                !is_image_file_name(next.text)
                    && image_address(next.text).is_none()
                    && figure_without_alt(next.text, None, None).is_none()
                    && fits_caption(next.text)
                    && (address.is_none() || set_apart || reads_as_caption(next.text))
            });
            index = last + 1;
            match caption {
                Some(caption) => {
                    let (caption, credit) = without_credit(caption.text);
                    blocks.push(Block::Figure(Figure {
                        image,
                        caption: Some(caption),
                        credit,
                        link,
                        lang: None,
                    }));
                    index += 1;
                }
                None if image.src.is_some() => push_picture(image, link, &mut index, blocks),
                None => {}
            }
            continue;
        }
        if let Some((figure, lines)) = figure_at(index) {
            blocks.push(Block::Figure(figure));
            index += lines;
            continue;
        }
        let follows_text = match blocks.last() {
            // A new part of the article may begin after a figure, a list,
            // a separator or a box of related stories.
            Some(
                Block::Figure(_)
                | Block::List { .. }
                | Block::Table(_)
                | Block::Separator
                | Block::Related { .. },
            ) => true,
            // A part's first numbered subheading, under its heading (`II.
            // CÔNG TÁC ỨNG PHÓ`, then `1. Sơ tán dân`).
            Some(Block::Heading { text, .. }) if heads_numbered_subheadings(text, line) => true,
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
        // A part's heading right above its first numbered subheading
        // heads the text under that one.
        let subheading = body.get(after + 1).filter(|text| {
            heads_numbered_subheadings(line, body[after].text)
                && is_subheading(body[after].text, text.text, questions_head)
        });
        blocks.push(match (body.get(after), subheading) {
            (Some(after), _) if follows_text && is_subheading(line, after.text, questions_head) => {
                Block::Heading {
                    level: 2,
                    text: line.to_owned(),
                    lang: None,
                }
            }
            (_, Some(text)) if follows_text && is_subheading(line, text.text, questions_head) => {
                Block::Heading {
                    level: 2,
                    text: line.to_owned(),
                    lang: None,
                }
            }
            _ if !questions_head
                && is_interviewer_question(
                    line,
                    index.checked_sub(1).map(|above| body[above].text),
                    body.get(index + 1).map(|next| next.text),
                ) =>
            {
                Block::Paragraph(Paragraph {
                    content: vec![Inline::Styled {
                        style: InlineStyle::Bold,
                        children: vec![Inline::Text(line.to_owned())],
                    }],
                })
            }
            _ => Block::Paragraph(Paragraph::text(line)),
        });
        index += 1;
    }
}

/// Whether `line` is the caption of a picture whose alt text is the
/// title (`title_words`, folded): a caption's length, not introducing
/// anything, and holding four in five of the title's words (`Ngành tư pháp
/// đón nhận Huân chương Lao động hạng Nhất`, then `Chủ tịch Quốc hội …
/// trao Huân chương Lao động hạng Nhất cho ngành tư pháp.`).
fn repeats_title(title_words: &[String], line: &str) -> bool {
    fits_caption(line)
        && !line.trim_end().ends_with(':')
        && shared_words(title_words, &folded_words(line)) * 5 >= title_words.len() * 4
}

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
        .filter(|pair| pair[1].number > pair[0].last + 1)
        .count();
    // A figure keeps two or three lines together: in an article of many
    // photos, blank lines may be a third of the gaps.
    apart >= 2 && apart * 3 >= gaps
}

/// Whether `line`, after a sentence, a figure or a list (the caller
/// knows), and before the body line `after`, is a subheading: a short line
/// (at most twelve words) that opens with a capital or a digit and ends
/// with no punctuation but a closing quote (`Doanh nghiệp "khóc ròng"`,
/// `HLV Park: "Tôi tự hào về các học trò"`), or asks a question the text
/// goes on to answer (`Vì sao giá vàng tăng?`) when `questions_head` (the
/// article is no interview: see [`is_interview`]; nor is the question an
/// interviewer's, `PV: …?`, or answered after a dash, `- Không.`), before
/// a sentence (`after` ends with `. ! ? …`, perhaps in quotes, or with the
/// colon that introduces a list) longer than it. Not a line of names (a
/// portrait's caption whose image the scrape lost, `Bộ trưởng Đào Ngọc
/// Dung` aside)
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
    // A quote may end it bare (`HLV Park: "Tôi tự hào về các học trò"`).
    let ends_bare = line
        .trim_end_matches(['"', '”', '’'])
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
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

/// Whether `body`, under the texts of its `lead` (its title and sapo), is
/// an interview's: a line opens with the interviewer's label (`PV:`,
/// `Phóng viên:`, `Hỏi:`; a scrape that lost the title may begin with
/// one), a question is answered after a dash (`- Không, nhõn một
/// cái.`), or one asks the person answering by name or title (see
/// [`addresses_someone`]). Its questions are the interviewer's, never
/// subheadings.
fn is_interview(body: &[Line<'_>], lead: [Option<&str>; 2]) -> bool {
    lead.into_iter()
        .flatten()
        .any(|text| opens_with_label(text, INTERVIEWER_LABELS))
        || body
            .iter()
            .any(|line| opens_with_label(line.text, INTERVIEWER_LABELS) || addresses_someone(line.text))
        || body
            .windows(2)
            .any(|pair| pair[0].text.ends_with('?') && opens_with_dash(pair[1].text))
}

/// The labels an interviewer's questions open with, in small letters.
const INTERVIEWER_LABELS: &[&str] = &["pv", "phóng viên", "hỏi"];

/// Whether `line`, in an interview, is the interviewer's question, which
/// papers set in bold to tell it from the answers: it opens with the
/// interviewer's label (`PV: Vì sao …?`, `Hỏi: Tôi muốn hỏi …`), or
/// addresses the person it asks (`Khó khăn lớn nhất là gì, thưa ông?`: see
/// [`addresses_someone`]), or it asks, opening with no dash, and the line
/// `next` answers it: after a dash (`Ông đánh giá thế nào?`, then `- Phải
/// nói thẳng, …`), or opening with no question, when the line `above` asks
/// nothing either (an answer may end with a question of its own, or with
/// the next question a scrape glued to it).
///
/// A question after a dash is an answer's, or an item of a list (`- Vấn
/// đề đó được biểu hiện như thế nào?`), unless it stands between two
/// answers that open with a dash and no question: then it is a question
/// typed with the answers' dash (`- Cổ đông kỳ vọng …, ông có áp lực
/// không?`).
fn is_interviewer_question(line: &str, above: Option<&str>, next: Option<&str>) -> bool {
    let asks = |line: &str| before_closing_marks(line.trim_end()).ends_with('?');
    let dashed_answer = |line: &str| opens_with_dash(line) && !opens_asking(line);
    if opens_with_label(line, INTERVIEWER_LABELS) {
        return true;
    }
    if opens_with_dash(line) {
        return asks(line) && above.is_some_and(dashed_answer) && next.is_some_and(dashed_answer);
    }
    let answered = next.is_some_and(|next| {
        opens_with_dash(next) || (!opens_asking(next) && above.is_none_or(|above| !asks(above)))
    });
    addresses_someone(line) || (asks(line) && answered)
}

/// Whether the first sentence of `line` is a question: it ends at the first
/// `.`, `!`, `?` or `…` followed by a space, or with the line.
fn opens_asking(line: &str) -> bool {
    let first_end = line.char_indices().find(|&(at, mark)| {
        matches!(mark, '.' | '!' | '?' | '…') && line[at + mark.len_utf8()..].starts_with(char::is_whitespace)
    });
    match first_end {
        Some((_, mark)) => mark == '?',
        None => before_closing_marks(line.trim_end()).ends_with('?'),
    }
}

/// Whether the question `line` addresses the person it asks, as an
/// interviewer does (`Thưa ông, kết quả nổi bật nhất là gì?`, `Khó khăn
/// lớn nhất là gì, thưa Bộ trưởng?`): `thưa` before a word people are
/// addressed by or a capitalised title. `thưa` alone means sparse (`dân
/// cư thưa thớt?`).
fn addresses_someone(line: &str) -> bool {
    /// The words after `thưa` that address a person, in small letters.
    const ADDRESSED: &[&str] = &[
        "ông", "bà", "anh", "chị", "cô", "thầy", "bác", "chú", "đồng", "ngài",
    ];
    if !line.ends_with('?') {
        return false;
    }
    let line = nfc(line);
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .collect();
    words.windows(2).any(|pair| {
        let addressed = pair[1].trim_end_matches('?');
        lower_case(pair[0]) == "thưa"
            && (addressed.starts_with(char::is_uppercase) || ADDRESSED.contains(&addressed))
    })
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

/// Whether `part` is a part's numbered heading (`II. CÔNG TÁC ỨNG PHÓ`)
/// and `line` a subheading numbered under it (`1. Sơ tán dân`).
fn heads_numbered_subheadings(part: &str, line: &str) -> bool {
    heading_number(part) == Some(HeadingNumber::Roman) && heading_number(line) == Some(HeadingNumber::Arabic)
}

/// Subheadings numbered `1.`, `2.` under parts numbered `I.`, `II.` one
/// level down (`h3` under `h2`).
fn nest_numbered_headings(blocks: &mut [Block]) {
    let mut in_part = false;
    for block in blocks {
        if let Block::Heading { level, text, .. } = block {
            match heading_number(text) {
                Some(HeadingNumber::Roman) => in_part = true,
                Some(HeadingNumber::Arabic) if in_part => *level = 3,
                _ => in_part = false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::body_of;

    #[test]
    fn a_credit_on_its_own_line_under_a_caption_is_the_figure_s() {
        let lines = [
            "Các đại biểu tham dự hội nghị tại điểm cẩu Tỉnh ủy",
            "Các đại biểu tham dự hội nghị tại điểm cầu Tỉnh ủy",
            " (Ảnh: Lê Hương)",
            "Ảnh: Nhật Bắc",
        ];
        let body = body_of(&lines);
        let blocks = blocks(
            &body,
            &[],
            Vec::new(),
            "",
            None,
            &Marked::default(),
            &mut Vec::new(),
        );
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
    }

    #[test]
    fn interviews_are_told_by_the_interviewer_s_label_address_or_answers_after_dashes() {
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
        // A question that addresses the one answering.
        for addressing in [
            "Thưa ông, kết quả nổi bật nhất của tỉnh là gì?",
            "Khó khăn lớn nhất hiện nay là gì, thưa ông?",
            "Xin Bộ trưởng cho biết lộ trình, thưa Bộ trưởng?",
            "Kính thưa đồng chí, tỉnh sẽ làm gì tiếp theo?",
        ] {
            assert!(
                is_interview(&body_of(&[addressing, answer]), [None, None]),
                "{addressing}"
            );
        }
        for not_addressing in [
            "Vì sao dân cư ở đây thưa thớt?",
            "Thưa ông, tôi xin phép.",
            "Thư gửi ông có đến tay?",
        ] {
            assert!(
                !is_interview(&body_of(&[not_addressing, answer]), [None, None]),
                "{not_addressing}"
            );
        }
    }

    #[test]
    fn subheadings() {
        let after = "Theo các chuyên gia, giá sẽ còn biến động trong tuần tới.";
        for line in [
            "Triển vọng cho năm 2021",
            "2,5 triệu đồng/quả xoài đỏ",
            "Bước 2: Vệ sinh lồng quạt",
            "Vệ sinh điều hòa - tưởng dễ, mà khó",
            "Doanh nghiệp xây dựng \"khóc ròng\"",
            "HLV Park Hang-seo: “Tôi tự hào về các học trò”",
        ] {
            assert!(is_subheading(line, after, true), "{line}");
        }
        for line in [
            "Triển vọng cho năm 2021.",
            "Vì sao giá vàng tăng?",
            "triển vọng cho năm 2021",
            "- Triển vọng cho năm 2021",
            "\"Triển vọng cho năm 2021\"",
            "Ông Park nói: “Tôi tự hào về các học trò.”",
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
}
