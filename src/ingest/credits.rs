//! Credits: a photo's or a video's (`Ảnh: TTXVN`, `Nguồn video: VTV`) at
//! the end of a caption or on a line of its own, and the source a story is
//! based on (`Theo TTXVN`, `Tổng hợp`) beside its byline, which becomes the
//! article's credit.

use super::byline::personal_names;
use super::{Line, ends_sentence, folded_words};
use crate::normalize::nfc;
use crate::photo_credit::{Credits, unbracketed};

/// The photo or video credit that `line` is (`Ảnh: Nhật Bắc`, `Nguồn
/// video: Liveleak`), composed, without brackets.
pub(super) fn media_credit(line: &str) -> Option<String> {
    Credits::Media.line(line)
}

/// Where a photo or video credit starts when the scrape glued it to the
/// word before it (`T.ThủyVideo: BBC Earth`): a capital right after a
/// small letter, from which the rest of `line` is such a credit. Only the
/// end of the line is looked at, as far as the longest credit goes: each
/// place asks for the rest of the line, which would take time growing with
/// the square of a long line's length.
pub(super) fn glued_media(line: &str) -> Option<usize> {
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

/// `Theo CNA`, `Theo Sina/QQ`, `(Theo TTXVN)`, `theo The Conversation`,
/// `Nguồn: Báo Phú Yên`: the news agency or paper a story is based on; or
/// `Tổng hợp`: that it was compiled from several.
pub(super) fn is_credit(line: &str) -> bool {
    // Read composed: a scrape in decomposed letters spells `Tổng hợp` and
    // `Nguồn` with other bytes.
    let line = nfc(line);
    let line = unbracketed(&line);
    // (`Nguồn video: …` credits a video: see `Credits::Media`.)
    let source = line.strip_prefix("Nguồn: ").or_else(|| {
        line.strip_prefix("Nguồn ")
            .filter(|rest| rest.starts_with(char::is_uppercase))
    });
    // `theo The Conversation`, `(theo LiveScience)`: the small `t` of a
    // credit typed mid-sentence.
    let small_theo = line
        .strip_prefix("theo ")
        .filter(|rest| rest.starts_with(char::is_uppercase));
    line == "Tổng hợp"
        || line
            .strip_prefix("Theo ")
            .or(small_theo)
            .or(source)
            .is_some_and(|rest| rest.split_whitespace().count() <= 6 && !rest.ends_with('.'))
}

/// Takes the line that credits what the story is based on off the end of
/// the body (see [`is_credit`]): `Theo Reuters`, `(Theo TTXVN)`, `Tổng
/// hợp`; a source's, `Nguồn: Báo Phú Yên`, only when `signed` (a byline
/// was above it), for without one it may say where the figures of the
/// paragraph or table over it come from. A credit to another paper's
/// writer over that paper's name (`Theo Hà Trang`, then `Dân Việt`) is one
/// credit, joined as a byline joins a name and its office: `Theo Hà Trang -
/// Dân Việt`.
pub(super) fn take_credit(body: &mut Vec<Line<'_>>, signed: bool) -> Option<String> {
    if let [.., above, last] = body.as_slice()
        && credits_a_writer(above.text)
        && is_paper_name(last.text)
    {
        let credit = format!("{} - {}", above.text.trim(), last.text.trim());
        body.truncate(body.len() - 2);
        return Some(credit);
    }
    let names_a_source = |line: &str| nfc(line).trim().trim_start_matches('(').starts_with("Nguồn");
    body.pop_if(|line| is_credit(line.text) && (signed || !names_a_source(line.text)))
        .map(|line| line.text.trim().to_owned())
}

/// Whether `line` credits another paper's writer (`Theo Hà Trang`): the
/// paper's name may follow on the next line.
pub(super) fn credits_a_writer(line: &str) -> bool {
    line.strip_prefix("Theo ").and_then(personal_names).is_some()
}

/// Whether `line` may be a paper's or station's name under a credit to its
/// writer (`Dân Việt`, `VietQ.vn`, `Sức khỏe & Đời sống`, `VOV`): a few
/// words, the first capitalised, ending no sentence.
fn is_paper_name(line: &str) -> bool {
    const MAX_WORDS: usize = 5;
    let line = line.trim();
    let words = line.split_whitespace().count();
    line.starts_with(char::is_uppercase)
        && (1..=MAX_WORDS).contains(&words)
        && !ends_sentence(line)
        && !line.ends_with(':')
}

/// Where a `Theo …` or `Tổng hợp` credit starts when the scrape glued it
/// to the word before it (`Nhật LinhTheo Reuters`, `T.ThủyTổng hợp`).
pub(super) fn glued_credit(line: &str) -> Option<usize> {
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

/// Whether `line` begins with the words of `credit`, marks, case and
/// punctuation aside (`(Ảnh: TTXVN)` after `Ảnh: TTXVN`).
pub(super) fn repeats_credit(credit: &str, line: &str) -> bool {
    folded_words(line).starts_with(&folded_words(credit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::body_of;

    #[test]
    fn the_credit_that_ends_a_story() {
        let credit = |lines: &[&str], signed: bool| {
            let mut body = body_of(lines);
            let credit = take_credit(&mut body, signed);
            (credit, body.len())
        };
        assert_eq!(
            credit(&["Đoạn văn.", "(Theo TTXVN)"], false),
            (Some("(Theo TTXVN)".into()), 1)
        );
        assert_eq!(
            credit(&["Đoạn văn.", "Theo Hà Trang", "Sức khỏe & Đời sống"], false),
            (Some("Theo Hà Trang - Sức khỏe & Đời sống".into()), 1)
        );
        // A source under a paragraph may be its figures'; under a byline,
        // the story's.
        assert_eq!(
            credit(&["Giá tăng 12%.", "Nguồn: Bộ Công Thương"], false),
            (None, 2)
        );
        assert_eq!(
            credit(&["Giá tăng 12%.", "Nguồn: Bộ Công Thương"], true),
            (Some("Nguồn: Bộ Công Thương".into()), 1)
        );
        // Not a paper's name under the credit: a sentence, or a label.
        for last in ["Các nhà khoa học cho biết.", "Xem thêm:", "vnexpress"] {
            assert_eq!(
                credit(&["Đoạn văn.", "Theo Hà Trang", last], false),
                (None, 3),
                "{last}"
            );
        }
    }

    #[test]
    fn credits_to_a_story_s_source() {
        for line in [
            "Theo CNA",
            "(Theo TTXVN)",
            "theo The Conversation",
            "(theo LiveScience)",
            "Nguồn: Báo Phú Yên",
            "Tổng hợp",
        ] {
            assert!(is_credit(line), "{line}");
        }
        for line in ["theo đó, giá tăng", "Theo đó, giá xăng tăng mạnh từ chiều nay."] {
            assert!(!is_credit(line), "{line}");
        }
    }

    #[test]
    fn a_word_that_opens_like_a_label_is_no_credit() {
        assert_eq!(
            Credits::Picture.line("Ảnh: Nhật Bắc").as_deref(),
            Some("Ảnh: Nhật Bắc")
        );
        assert_eq!(Credits::Picture.line("Ảnh hưởng lớn"), None);
        assert_eq!(Credits::Media.line("Video hướng dẫn"), None);
    }
}
