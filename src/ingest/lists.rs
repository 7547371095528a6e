//! Lists: lines that each open with a bullet, the next number or the next
//! letter of a document's points (`a)`, `b)`… `đ)`).

use super::Line;
use crate::article::{Block, Inline, Item, Numbering};

/// The list that `lines` open with, and how many lines it takes: two
/// lines or more that each open with the same bullet (`- `, `+ `, `• `…),
/// with the next number (`1. `, `2. `… or `1) `, `2) `…, from 1) or with
/// the next letter as Vietnamese documents count their points (`a) `, `b)
/// `… `d) `, `đ) `, `e) `, `g) `…, from a; see [`Numbering::Letters`]). The
/// caller takes counted lines anywhere, and a run of bullets only after a
/// line that ends with a colon or when its items end with semicolons
/// ([`stands_alone`]): otherwise, a run of `- ` lines is more often an
/// interview's questions and answers.
/// The bullets, numbers and letters become the list's own, so letters
/// counted otherwise (`d) `, `e) `, without `đ`) leave the lines as they
/// are.
pub(super) fn list_at(lines: &[Line<'_>]) -> Option<(Block, usize)> {
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
        start: 1,
        items: items.into_iter().map(Item::text).collect(),
    };
    (len >= 2).then_some((list, len))
}

/// Whether `list` reads as a list with no line introducing it: its items
/// are counted (numbers from 1, letters from a: the count is the author's
/// own), or read as the clauses of one sentence, each but the last ending
/// with a semicolon (`- Phát triển hạ tầng số;`), as lists of goals,
/// tasks and points do. An interview's questions and answers, set out
/// with dashes, end with `?` or `.`.
pub(super) fn stands_alone(list: &Block) -> bool {
    let Block::List { ordered, items, .. } = list else {
        return false;
    };
    *ordered
        || items
            .split_last()
            .is_some_and(|(_, clauses)| clauses.iter().all(ends_with_semicolon))
}

/// Whether a list's item ends with a semicolon, as a clause of a sentence
/// set out as a list does.
fn ends_with_semicolon(item: &Item) -> bool {
    matches!(item.content.last(), Some(Inline::Text(text)) if text.ends_with(';'))
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
    let (marker, rest) = marker(line)?;
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

/// Whether `line` opens with a list item's marker (a bullet, a number or
/// a point's letter, whichever its place in a list), then a space.
pub(super) fn opens_item(line: &str) -> bool {
    marker(line).is_some_and(|(_, rest)| rest.starts_with(char::is_whitespace))
}

/// `line` without the bullet and the space that open it (`* Tin liên
/// quan:`), as a heading over a page's list may be marked too.
pub(super) fn without_bullet(line: &str) -> &str {
    match marker(line) {
        Some((ListMarker::Bullet(_), rest)) if rest.starts_with(char::is_whitespace) => rest.trim_start(),
        _ => line,
    }
}

/// The marker that opens `line` (a bullet, a number of up to three digits
/// or a point's letter, with its mark) and the rest of the line.
fn marker(line: &str) -> Option<(ListMarker, &str)> {
    const BULLETS: &[char] = &['-', '+', '•', '*', '–', '●', '▪', '◦'];
    const MAX_DIGITS: usize = 3;
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=MAX_DIGITS).contains(&digits) {
        let mark = line[digits..]
            .chars()
            .next()
            .filter(|&c| matches!(c, '.' | ')'))?;
        Some((
            ListMarker::Number(line[..digits].parse().ok()?, mark),
            &line[digits + 1..],
        ))
    } else if let Some((letter, mark)) = letter_marker(line) {
        let place = POINT_LETTERS.iter().position(|&point| point == letter)?;
        let marker_len = letter.len_utf8() + mark.len_utf8();
        Some((ListMarker::Letter(place, mark), &line[marker_len..]))
    } else {
        let bullet = line.chars().next().filter(|c| BULLETS.contains(c))?;
        Some((ListMarker::Bullet(bullet), &line[bullet.len_utf8()..]))
    }
}

/// The small letter and the mark (`.` or `)`) that open `line` (`a) `,
/// `đ. `), then a space.
fn letter_marker(line: &str) -> Option<(char, char)> {
    let mut chars = line.chars();
    let (letter, mark) = (chars.next()?, chars.next()?);
    (letter.is_lowercase() && matches!(mark, '.' | ')') && chars.next().is_some_and(char::is_whitespace))
        .then_some((letter, mark))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::body_of;

    #[test]
    fn lists() {
        let list = |lines: &[&str]| {
            list_at(&body_of(lines)).map(|(block, len)| match block {
                Block::List {
                    ordered,
                    numbering,
                    items,
                    ..
                } => {
                    let items: Vec<String> = (items.into_iter())
                        .map(|item| match &item.content[..] {
                            [Inline::Text(text)] => text.clone(),
                            content => unreachable!("a scraped list's items are text: {content:?}"),
                        })
                        .collect();
                    (ordered, numbering, items, len)
                }
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
    fn a_bullet_is_read_past_but_not_a_number() {
        assert_eq!(without_bullet("* Tin liên quan:"), "Tin liên quan:");
        assert_eq!(without_bullet("•  Xem thêm"), "Xem thêm");
        assert_eq!(without_bullet("-Xem thêm"), "-Xem thêm");
        assert_eq!(without_bullet("1. Xem thêm"), "1. Xem thêm");
    }
}
