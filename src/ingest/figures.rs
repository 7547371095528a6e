//! Figures: an image's alt text and its near-identical caption, a caption
//! alone, a lost photo's note, a credited caption an aggregator glued
//! inside a paragraph; an image's file name standing for its alt text.

use std::ops::Range;

use super::credits::repeats_credit;
use super::{
    Line, ends_sentence, folded_words, is_web_address, is_wide_gap, longest_common_subsequence,
    opens_sentence, shared_words, word_spans,
};
use crate::article::{Figure, Image, split_picture_number};
use crate::normalize::{lower_case, nfc};
use crate::photo_credit::{
    CREDIT_LABELS, credit_line, is_picture_credit, names_nobody, picture_credit_line, without_credit,
};

/// The most words a photo's caption has (a paragraph of prose may be
/// longer).
const MAX_CAPTION_WORDS: usize = 40;

/// Whether `text` is no longer than a photo's caption
/// ([`MAX_CAPTION_WORDS`]).
pub(super) fn fits_caption(text: &str) -> bool {
    text.split_whitespace().count() <= MAX_CAPTION_WORDS
}

/// Whether `line` is only an image's file name (`IMG_2034.JPG`,
/// `anh-hoi-nghi.jpg`), as a page's content system fills in an image's alt
/// text when no one wrote one.
pub(super) fn is_image_file_name(line: &str) -> bool {
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

/// The address of an image that `line` is, whole (`https://cdn.example.vn
/// /2022/12/ho-guom.jpg`, with a query or not: `…/a.jpg?w=680`), as a
/// scrape keeps a picture it could not keep as a picture.
pub(super) fn image_address(line: &str) -> Option<&str> {
    let path = line.split(['?', '#']).next().unwrap_or_default();
    (is_web_address(line) && is_image_file_name(path)).then_some(line)
}

/// Whether `line` reads as the caption of a photo of an event, whose image
/// the scrape lost: it opens as such captions do (`Quang cảnh hội nghị`,
/// `Đồng chí …`, `Các đại biểu …`, an architect's `Phối cảnh dự án …`),
/// says what the photo shows being done (`… phát biểu tại …`, `… trao tặng
/// …`, `(từ trái sang)`, `… chụp ảnh cùng …`) or where someone stands in
/// it (`SHB Đà Nẵng (áo xanh)`, `(xanh)`, `(phải)`, `(đứng giữa)`).
pub(super) fn reads_as_caption(line: &str) -> bool {
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

/// The figure of an alt-text line and its caption line. A photo credit at
/// the end of the caption becomes the figure's credit; the same credit at
/// the end of the alt text goes (the figure shows it once), and a credit
/// only the alt text has becomes the figure's.
pub(super) fn figure(alt: &str, caption: &str) -> Figure {
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
        link: None,
        lang: None,
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
pub(super) fn figure_without_alt(
    line: &str,
    next: Option<&str>,
    after_next: Option<&str>,
) -> Option<(Figure, usize)> {
    let credited = |caption, credit| Figure {
        image: Image::default(),
        caption,
        credit: Some(credit),
        link: None,
        lang: None,
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

/// The fewest words of the story after a photo note glued to it.
const MIN_GLUED_WORDS: usize = 6;

/// Every line of `body` that opens with a photo note glued to the story
/// (see [`glued_photo_note`]), as two lines of the same number: the note,
/// which becomes a figure, and the story; and every line with a credited
/// caption glued inside it (see [`glued_caption`]), as the story before
/// it, the caption with its credit, and the story after it.
pub(super) fn split_glued_photo_notes<'a>(body: Vec<Line<'a>>) -> Vec<Line<'a>> {
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
/// (`blocks::paragraphs_set_apart`) are measured more loosely: a short alt
/// text (`Quang cảnh hội nghị`) may have a long caption, and the caption
/// may tell it in another order (`Đồng chí Nguyễn Đình Trung, Bí thư Tỉnh ủy
/// phát biểu`, then `Bí thư Tỉnh ủy Nguyễn Đình Trung phát biểu chỉ đạo`):
/// four in five of the shorter line's words in the longer, in any order.
/// An honorific before a name, which the caption may replace with the
/// person's post (`Đồng chí Nguyễn Văn Lợi phát biểu`, then `Bí thư Tỉnh
/// ủy Nguyễn Văn Lợi phát biểu khai mạc`), is not counted.
pub(super) fn is_alt_and_caption(alt: &str, caption: &str, together: bool) -> bool {
    const MIN_WORDS: usize = 4;
    // The number a content system wrote after the alt text (`… - Ảnh 1.`)
    // is none of its words.
    let alt = split_picture_number(alt).map_or(alt, |(words, _)| words);
    // A picture's credit alone describes nothing (`Ảnh minh họa: NGUYỄN
    // KHÁNH` twice): it is the credit told twice (see `figure_without_alt`).
    if picture_credit_line(alt).is_some() {
        return false;
    }
    // A caption that ends with a picture's credit is surely one: the line
    // above is its alt text when the caption opens with it, however short
    // (`Hiện trường`, then `Hiện trường vụ cháy. Ảnh: CTV`; not a
    // subheading's `Kinh tế` over `Tăng trưởng kinh tế. Ảnh: X`), and
    // whether it repeats the credit or not (`Ông A phát biểu - Ảnh: TTXVN`,
    // then `Ông A phát biểu tại hội nghị. Ảnh: TTXVN`).
    let ((alt_text, alt_credit), (caption_text, caption_credit)) =
        (without_credit(alt), without_credit(caption));
    let credit_told = caption_credit
        .as_ref()
        .is_some_and(|credit| is_picture_credit(credit))
        && alt_credit.is_none_or(|credit| Some(credit) == caption_credit);
    let credited = credit_told && !ends_sentence(&alt_text);
    let described = |text: &str| folded_words(&without_honorifics(text));
    let (alt, caption) = (described(&alt_text), described(&caption_text));
    // A credited caption told twice, word for word, is one however short,
    // and though it ends with an initial's full stop (`Ông Trần Văn C.
    // (Ảnh: tư liệu)` twice).
    if credit_told && !alt.is_empty() && alt == caption {
        return true;
    }
    let (shorter, longer) = if alt.len() <= caption.len() {
        (&alt, &caption)
    } else {
        (&caption, &alt)
    };
    // Credited, the alt text may also be the caption shortened in the
    // middle, every word of it kept in order (`Đồng chí A phát biểu`, then
    // `Đồng chí A, Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: X`), when
    // it is long enough not to be a subheading's few words.
    // Kept together where paragraphs are set apart, it may describe the
    // picture in words of its own, half of them the caption's (`Đại biểu
    // phát biểu tại hội nghị`, then `Đồng chí A, Giám đốc Sở phát biểu tại
    // hội nghị. (Ảnh: X)`).
    if credited
        && !alt.is_empty()
        && caption.len() <= MAX_CAPTION_WORDS
        && (caption.starts_with(&alt)
            || (alt.len() >= MIN_WORDS && longest_common_subsequence(&alt, &caption) == alt.len())
            || (together && alt.len() >= MIN_WORDS && shared_words(&alt, &caption) * 2 >= alt.len()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_image_file_name_is_no_description() {
        assert_eq!(
            image_address("https://i1.vnecdn.net/2022/12/03/ho-guom.jpg?w=680&h=0"),
            Some("https://i1.vnecdn.net/2022/12/03/ho-guom.jpg?w=680&h=0")
        );
        assert!(image_address("HTTP://x.vn/a.PNG").is_some());
        assert!(image_address("https://x.vn/bai-viet.html?anh=a.jpg").is_none());
        assert!(image_address("ftp://x.vn/a.jpg").is_none());
        assert!(image_address("x.vn/a.jpg").is_none());
        assert!(image_address("https://x.vn/a.jpg Quang cảnh").is_none());
        assert!(is_image_file_name("IMG_2034.JPG"));
        assert!(is_image_file_name("cau-dan-sinh.webp"));
        assert!(!is_image_file_name(".jpg"));
        assert!(!is_image_file_name("Ảnh hội nghị.jpg"));
        assert!(!is_image_file_name("baophuyen.vn"));
        assert!(!is_image_file_name("Quang cảnh hội nghị."));
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
        // Together and credited, half its words the caption's.
        let (alt, caption) = (
            "Đại biểu phát biểu tại hội nghị",
            "Đồng chí Nguyễn Văn Bình, Giám đốc Sở phát biểu tại hội nghị. (Ảnh: Thu Hằng)",
        );
        assert!(is_alt_and_caption(alt, caption, true));
        assert!(!is_alt_and_caption(alt, caption, false));
        assert!(!is_alt_and_caption(
            "Những con số ấn tượng",
            "Doanh nghiệp trưng bày sản phẩm tại hội nghị. (Ảnh: Thu Hằng)",
            true
        ));
        assert!(!is_alt_and_caption(
            "Ông Nguyễn Văn A cho biết việc này đã xong.",
            "Bà Trần Thị B nói thêm rằng việc này chưa xong.",
            true
        ));
        assert!(!is_alt_and_caption("Hà Nội", "Hà Nội", true));
        assert!(is_alt_and_caption(
            "Ông Trần Văn C. (ảnh tư liệu)",
            "Ông Trần Văn C. (ảnh tư liệu)",
            false
        ));
        // A credit told twice is no description.
        assert!(!is_alt_and_caption(
            "Ảnh minh họa: NGUYỄN KHÁNH",
            "Ảnh minh họa: NGUYỄN KHÁNH",
            false
        ));
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
}
