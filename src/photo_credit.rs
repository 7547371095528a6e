//! A picture's credit in its caption (`… hội nghị. Ảnh: Nhật Bắc`, `…
//! (Ảnh: TTXVN)`) or on a line of its own (`Ảnh: Lê Hương`): told from the
//! caption's words, so that the page can set it apart. Read by `ingest`
//! from scraped lines and by the article's HTML pictures from their
//! captions.

use crate::normalize::{lower_case, nfc, to_lower};

/// The words a credit starts with when it says what it credits (`Ảnh: TTXVN`,
/// `Nguồn: …`, `Photo: Reuters`, `Photo by Giang Huy`), in small letters; a
/// label before the label it begins with.
pub(crate) const CREDIT_LABELS: &[&str] = &[
    "ảnh",
    "hình",
    "nguồn",
    "đồ họa",
    "đồ hoạ",
    "photo by",
    "photo",
    "image",
    "source",
];

/// The words a video's credit starts with, in small letters.
pub(crate) const VIDEO_LABELS: &[&str] = &["video", "nguồn video", "clip"];

/// What a credit credits: a picture, or a picture or a video (a video, a
/// clip, a post: what an embed shows).
#[derive(Clone, Copy)]
pub(crate) enum Credits {
    Picture,
    Media,
}

impl Credits {
    /// The credit a whole line is ([`credit_line`]).
    pub(crate) fn line(self, line: &str) -> Option<String> {
        let media = || match self {
            Credits::Picture => None,
            Credits::Media => credit_line(line, VIDEO_LABELS),
        };
        credit_line(line, CREDIT_LABELS).or_else(media)
    }

    /// Whether `text` is such a credit (see [`is_credit_by`]).
    fn is_credit(self, text: &str, bracketed: bool) -> bool {
        is_credit_by(text, CREDIT_LABELS, bracketed)
            || matches!(self, Credits::Media) && is_credit_by(text, VIDEO_LABELS, bracketed)
    }
}

/// The picture's credit a whole line is (see [`is_picture_credit`]).
pub(crate) fn picture_credit_line(line: &str) -> Option<String> {
    credit_line(line, CREDIT_LABELS).filter(|credit| is_picture_credit(credit))
}

/// Whether a credit of [`CREDIT_LABELS`] credits a picture: any but a
/// source's (`Nguồn: …`), unless the source is a picture's (`Nguồn ảnh`).
pub(crate) fn is_picture_credit(credit: &str) -> bool {
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
pub(crate) fn without_credit(line: &str) -> (String, Option<String>) {
    let composed = nfc(line);
    match split_credit(&composed) {
        Some((text, credit)) => (text, Some(credit.to_owned())),
        None => (line.to_owned(), None),
    }
}

/// The credit a whole line is, by one of `labels` (`Ảnh: Lê Hương`,
/// `(Ảnh: TTXVN)` by [`CREDIT_LABELS`]; `Nguồn video: Liveleak` by a
/// video's labels), composed, without the brackets. A full stop may end
/// it (`Hình minh họa.`) and stays.
pub(crate) fn credit_line(line: &str, labels: &[&str]) -> Option<String> {
    let line = nfc(line);
    let credit = unbracketed(&line);
    let judged = credit.strip_suffix('.').unwrap_or(credit);
    is_credit_by(judged, labels, false).then(|| credit.to_owned())
}

/// `line` without the spaces around it and the brackets around the whole
/// of it (`(Ảnh: TTXVN)`, `(Theo TTXVN)`), as a credit is read.
pub(crate) fn unbracketed(line: &str) -> &str {
    let line = line.trim();
    line.strip_prefix('(')
        .and_then(|line| line.strip_suffix(')'))
        .unwrap_or(line)
}

/// A photo credit at the end of a caption, as newsrooms write it (`… hội
/// nghị. Ảnh: Nhật Bắc`, `… (Ảnh: TTXVN)`, `… - Ảnh minh họa`, `… (Ảnh Đỗ
/// Linh)`): the caption before it (ended by the full stop that followed
/// the brackets, if one did), and the credit as written, without the
/// brackets, dash or semicolon that set it apart (the page sets the credit
/// apart instead). `None` when the line has no credit, or nothing but one.
pub(crate) fn split_credit(caption: &str) -> Option<(String, &str)> {
    split_credit_of(caption, Credits::Picture)
}

/// [`split_credit`] of the credits `credits` names.
pub(crate) fn split_credit_of(caption: &str, credits: Credits) -> Option<(String, &str)> {
    let text = caption.trim_end();
    // A full stop after the brackets ends the caption (`… 838m (Ảnh: AFP).`).
    let (bracketed, end) = match text.strip_suffix('.') {
        Some(bracketed) if bracketed.ends_with(')') => (bracketed, "."),
        _ => (text, ""),
    };
    let bracketed = bracketed.strip_suffix(')').and_then(|inner| {
        let open = inner.rfind('(')?;
        // A space may follow the bracket (`( Ảnh: Daily Mail)`).
        let credit = inner[open + 1..].trim_start();
        credits
            .is_credit(credit, true)
            .then_some((&inner[..open], credit, end))
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
            .filter(|&(at, c)| {
                at > 0
                    && c.is_alphabetic()
                    && (follows_separator(&text[..at]) || runs_into_credit(&text[..at], &text[at..]))
            })
            .map(|(at, _)| at)
            .rev()
            .find(|&at| credits.is_credit(&text[at..], false))?;
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

/// Whether a caption ran into its credit with neither a stop nor a dash
/// between them (`Quang cảnh hội chợ ảnh: H.Yến`, `… phát biểu Ảnh: TTXVN`):
/// after a space, a label with its colon right after it and at most five
/// names, each capitalised. In small letters only `ảnh:` and `nguồn:`
/// alone, not after a word they make a noun with (`hình ảnh: …`, `triển
/// lãm ảnh: …` name pictures, not who took them).
fn runs_into_credit(before: &str, credit: &str) -> bool {
    const SMALL_LABELS: &[&str] = &["ảnh", "nguồn"];
    /// Words that make a noun of `ảnh` after them.
    const COMPOUNDS: &[&str] = &["hình", "bức", "tấm", "bộ", "lãm", "album", "kho", "thi", "chụp"];
    const MAX_NAMES: usize = 5;
    // A credit in brackets is read as one, whole (above).
    if !before.ends_with(' ') || before.trim_end().ends_with('(') {
        return false;
    }
    let Some((label, names)) = credit.split_once(':') else {
        return false;
    };
    let names: Vec<&str> = names.split_whitespace().collect();
    if !(1..=MAX_NAMES).contains(&names.len())
        || !names
            .iter()
            .all(|name| name.starts_with(char::is_uppercase) && !name.contains([')', '(']))
    {
        return false;
    }
    let label_lower = lower_case(label);
    let labelled = CREDIT_LABELS.iter().any(|known| {
        label_lower
            .strip_prefix(known)
            .is_some_and(|kind| kind.is_empty() || PICTURE_KINDS.contains(&kind))
    });
    let noun_before = || {
        before
            .split_whitespace()
            .next_back()
            .is_some_and(|word| COMPOUNDS.contains(&lower_case(word).as_str()))
    };
    labelled
        && (label.starts_with(char::is_uppercase)
            || SMALL_LABELS.contains(&label_lower.as_str()) && !noun_before())
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
pub(crate) fn names_nobody(credit: &str) -> bool {
    let lower: String = credit.trim_end_matches('.').chars().map(to_lower).collect();
    CREDIT_LABELS.iter().any(|label| {
        lower
            .strip_prefix(label)
            .is_some_and(|kind| PICTURE_KINDS.contains(&kind))
    })
}

/// Whether `text` is a credit that starts with one of `labels`: a label
/// the page recognises as one (`Ảnh`, `Nguồn`, `Đồ họa`…), perhaps what
/// kind of picture it is (`Ảnh minh họa`, `Ảnh chụp màn hình`), then a
/// colon and at most ten words of names (`Ảnh: Trần Lê Lâm/TTXVN`), or
/// nothing more after a kind. In brackets a name may follow the label
/// without a colon (`(Ảnh Đỗ Linh)`); elsewhere up to four, each
/// capitalised (`Ảnh VGP`).
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

#[cfg(test)]
mod tests {
    use super::*;

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
            (
                "Quang cảnh hội chợ ảnh: H.Yến",
                Some(("Quang cảnh hội chợ", "ảnh: H.Yến")),
            ),
            (
                "Thủ tướng phát biểu tại hội nghị Ảnh: Trần Lê Lâm/TTXVN",
                Some(("Thủ tướng phát biểu tại hội nghị", "Ảnh: Trần Lê Lâm/TTXVN")),
            ),
            (
                "Biểu đồ tăng trưởng nguồn: GSO",
                Some(("Biểu đồ tăng trưởng", "nguồn: GSO")),
            ),
            // An organisation's name in small letters is no run-in credit.
            ("Biểu đồ tăng trưởng nguồn: Tổng cục Thống kê", None),
            (
                "Người dân phản ứng trước tàu lạ. ( Ảnh: Daily Mail).",
                Some(("Người dân phản ứng trước tàu lạ.", "Ảnh: Daily Mail")),
            ),
            ("Khách xem triển lãm ảnh: Hà Nội", None),
            ("Cán bộ xem hình ảnh: Bác Hồ", None),
            ("Học sinh xem ảnh: Bác Hồ với thiếu nhi", None),
            ("Đại biểu chụp ảnh:Lưu niệm", None),
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
}
