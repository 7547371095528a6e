//! The number a page's content system writes after a picture's text
//! alternative: `Thủ tướng phát biểu tại hội nghị - Ảnh 1.`, as the sites
//! of VCCorp's system (Tuổi Trẻ, Kenh14, CafeF…) number the pictures of an
//! article. A screen reader reads it out after the words, and it tells the
//! listener nothing of the picture; it also keeps an alt text from reading
//! as the caption it repeats. The article leaves it out, and says so;
//! ingest reads a scraped alt-text line without it when it pairs the line
//! with its caption, and keeps it in the article it writes.

use super::parse::Problems;
use crate::Error;
use crate::normalize::lower_case;

/// The words a picture's number is labelled with, in small letters.
const LABELS: &[&str] = &["ảnh", "hình"];

/// The most digits a picture's number has.
const MAX_DIGITS: usize = 3;

/// `alt` without the picture's number at its end, which is reported as a
/// problem of `path` ([`Error::PictureNumber`]).
pub(super) fn without_picture_number(alt: String, path: &str, problems: &mut Problems) -> String {
    match split_picture_number(&alt) {
        Some((words, number)) => {
            problems.push(Error::PictureNumber {
                path: path.into(),
                text: number.to_owned(),
            });
            words.to_owned()
        }
        None => alt,
    }
}

/// `alt` apart from the picture's number at its end (` - Ảnh 1.`, `– Hình
/// 12`): the words before it, and the number as written, from the spaces
/// before its dash. `None` when it has none, or when no words come before
/// it (`Ảnh 1` alone is all the page says of the picture, and stays).
pub(crate) fn split_picture_number(alt: &str) -> Option<(&str, &str)> {
    let text = alt.trim_end();
    let text = text.strip_suffix('.').unwrap_or(text);
    let before_number = text.trim_end_matches(|c: char| c.is_ascii_digit());
    if !(1..=MAX_DIGITS).contains(&(text.len() - before_number.len())) {
        return None;
    }
    let before_spaces = before_number.trim_end();
    if before_spaces.len() == before_number.len() {
        return None;
    }
    let label_at = before_spaces
        .trim_end_matches(|c: char| !c.is_whitespace() && !is_dash(c))
        .len();
    if !LABELS.contains(&lower_case(&before_spaces[label_at..]).as_str()) {
        return None;
    }
    let words = before_spaces[..label_at]
        .trim_end()
        .strip_suffix(is_dash)?
        .trim_end();
    words
        .contains(char::is_alphanumeric)
        .then(|| (words, &alt[words.len()..]))
}

/// A hyphen or a dash, as a content system or an editor types the one
/// before a picture's number.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_content_systems_number_is_told_from_the_words() {
        assert_eq!(
            split_picture_number("Thủ tướng phát biểu tại hội nghị - Ảnh 1."),
            Some(("Thủ tướng phát biểu tại hội nghị", " - Ảnh 1."))
        );
        assert_eq!(
            split_picture_number("Cầu Rồng về đêm. – hình 12 "),
            Some(("Cầu Rồng về đêm.", " – hình 12 "))
        );
        assert_eq!(split_picture_number("Phố cổ -Ảnh 3"), Some(("Phố cổ", " -Ảnh 3")));
        // Written decomposed, as the article's text may come.
        assert_eq!(
            split_picture_number("Phố cổ - A\u{309}nh 2."),
            Some(("Phố cổ", " - A\u{309}nh 2."))
        );
    }

    #[test]
    fn words_that_only_look_like_a_number_stay() {
        for alt in [
            "Ảnh 1.",
            " - Ảnh 1",
            "Phố cổ - Ảnh",
            "Phố cổ - Ảnh 2024",
            "Phố cổ - Ảnh1",
            "Phố cổ Ảnh 1",
            "Phố cổ - Bảng 1",
            "Phố cổ - Ảnh: Lê Hương",
            "Giá vàng tăng - Chính sách 2",
            "",
        ] {
            assert_eq!(split_picture_number(alt), None, "{alt:?}");
        }
    }
}
