//! What Vietnamese writes around a citation: the date and the issuer after
//! it (`, ngày 05/01/2021 của Bộ Tài chính`, `do Bộ Tài chính ban hành`),
//! the issuer the sentence names before it (`Bộ Tài chính vừa ban hành …`)
//! and the pinpoint before it (`khoản 2 Điều 5`). All readers take a byte
//! offset into the text and return what they read with the offset after
//! it, reading at most a few dozen words, so that finding citations stays
//! linear in the text.

use super::document_kind::ENGLISH_NAMES;
use super::issuer;
use super::party_meeting::{TERM, term};
use super::scanner::is_kind_name_at;
use crate::normalize::{is_alphanumeric, letter, to_lower};
use crate::number_words::TWO_TO_NINE;

/// Spaces between words: one or two (the text may be unnormalised), no
/// line break.
pub(super) fn spaces(text: &str, at: usize) -> usize {
    let mut end = at;
    for _ in 0..2 {
        match text[end..].chars().next() {
            Some(c @ (' ' | '\u{a0}')) => end += c.len_utf8(),
            _ => break,
        }
    }
    end
}

/// Whether a word may end at `at`: no letter or digit follows.
pub(super) fn is_word_end(text: &str, at: usize) -> bool {
    !text[at..].starts_with(is_alphanumeric)
}

/// Reads `word` at `at` in any case, as a whole word, with its own spaces
/// matched by one or two; returns where it ends.
pub(super) fn word(text: &str, at: usize, word: &str) -> Option<usize> {
    let mut end = at;
    for want in word.chars() {
        if want == ' ' {
            let spaced = spaces(text, end);
            if spaced == end {
                return None;
            }
            end = spaced;
            continue;
        }
        let got = text[end..].chars().next()?;
        if !same_letter(got, want) {
            return None;
        }
        end += got.len_utf8();
    }
    is_word_end(text, end).then_some(end)
}

/// Whether `got` is `want` in either case. Most words compared are not
/// the one looked for, so the letter table is asked only when the two
/// could be a pair of cases: both ASCII or neither, and at most 32 apart
/// (`A`/`a`, `À`/`à`, `Ể`/`ể`, `Đ`/`đ`).
pub(super) fn same_letter(got: char, want: char) -> bool {
    got == want
        || (got.is_ascii() == want.is_ascii()
            && u32::from(got).abs_diff(u32::from(want)) <= 32
            && to_lower(got) == to_lower(want))
}

/// `số`, `Số`, `số:` or `Số:` before a number, with the spaces after it
/// (or none: `số30/1998/NĐ-CP`).
pub(super) fn number_word(text: &str, at: usize) -> Option<usize> {
    let glued = ["số", "Số", "SỐ"].iter().find(|word| {
        text[at..]
            .strip_prefix(*word)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    });
    if let Some(word) = glued {
        return Some(at + word.len());
    }
    let end = word(text, at, "số")?;
    let end = if text[end..].starts_with(':') {
        end + 1
    } else {
        end
    };
    let spaced = spaces(text, end);
    text[spaced..]
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some(spaced)
}

/// Digits at `at`, at most `max`, as a number and where they end.
pub(super) fn digits(text: &str, at: usize, max: usize) -> Option<(u32, usize)> {
    let len = text[at..].bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > max {
        return None;
    }
    Some((text[at..at + len].parse().ok()?, at + len))
}

/// The first year a citation may give: the year the Democratic Republic of
/// Vietnam was founded.
pub(super) const FIRST_YEAR: u16 = 1945;

/// A year from [`FIRST_YEAR`] on, four digits standing alone.
pub(super) fn year(text: &str, at: usize) -> Option<(u16, usize)> {
    let (year, end) = digits(text, at, 4)?;
    let year = u16::try_from(year)
        .ok()
        .filter(|year| (FIRST_YEAR..=2099).contains(year))?;
    (end - at == 4 && is_word_end(text, end) && !text[end..].starts_with(['/', '-'])).then_some((year, end))
}

/// `năm 2014` or `2014` at `at`.
pub(super) fn year_phrase(text: &str, at: usize) -> Option<(u16, usize)> {
    match word(text, at, "năm") {
        Some(end) => year(text, spaces(text, end)),
        None => year(text, at),
    }
}

/// What follows a citation.
#[derive(Debug, Default)]
pub(super) struct After {
    /// The date, ISO 8601 (`2021-01-05`).
    pub date: Option<String>,
    /// The issuer as named, with its code when it can be told.
    pub issuer: Option<(String, Option<String>)>,
    /// Whether the issuer named after `của` is a body of the world or of
    /// another land (see [`abroad`]): the document is none of ours.
    pub abroad: bool,
}

/// The date and the issuer after a citation, in either order, each after
/// an optional comma: `ngày 5/6/2012 của Bộ Chính trị`, `, ngày 16-12-2016,
/// của Thành ủy`, `của Ngân hàng Nhà nước ngày 19/1/2001`.
pub(super) fn after(text: &str, at: usize) -> After {
    let mut found = After::default();
    let mut end = at;
    for _ in 0..2 {
        let next = comma(text, end);
        if found.date.is_none()
            && let Some(at) = word(text, next, "ngày").map(|after| spaces(text, after))
        {
            if let Some((date, after)) = date(text, at) {
                found.date = Some(date);
                end = after;
                continue;
            }
            // A day and month without the year (`ngày 29/4 của UBND
            // tỉnh`) dates nothing, but the issuer after it is read.
            if let Some(after) = yearless_date(text, at) {
                end = after;
                continue;
            }
        }
        if found.date.is_none()
            && let Some((date, after)) = english_date_after(text, next)
        {
            found.date = Some(date);
            end = after;
            continue;
        }
        let of_at = word(text, next, "của").map(|after| spaces(text, after));
        if found.issuer.is_none()
            && let Some((name, after)) = of_at
                .and_then(|at| issuer_name(text, at))
                .inspect(|&(name, name_end)| {
                    // (Asked only of a name the issuers' table does not
                    // know whole: most are known, `Bộ Chính trị`.)
                    found.abroad =
                        !issuer::is_known_name(name) && of_at.is_some_and(|at| abroad(text, at, name_end));
                })
                .or_else(|| issued_by(text, next))
                .or_else(|| issuer_without_of(text, next))
                .or_else(|| english_issuer(text, next))
        {
            let code = issuer::code_of(name);
            // The term a body sat in belongs with it (`của Hội nghị Trung
            // ương 6 khóa XIII`, `của Bộ Chính trị (khóa XI)`): every term
            // has a sixth plenum.
            found.issuer = Some(match term(text, after) {
                Some((term_end, numeral)) => {
                    end = term_end;
                    (format!("{name}{TERM}{numeral}"), code)
                }
                None => {
                    end = after;
                    (name.to_owned(), code)
                }
            });
            continue;
        }
        break;
    }
    found
}

/// The issuer an English edition names after `of` (`Resolution 57-NQ/TW
/// of the Politburo`, `Circular 10/2020/TT-BTC of the Ministry of
/// Finance`), as written: `the`, then capitalised words, joined by `of`,
/// `and` or `for` before another capitalised one that begins no kind of
/// document, at most [`MAX_ISSUER_WORDS`] words. A month begins a date,
/// not a name (`Decision 1234/QD-TTg of September 5, 2023`).
fn english_issuer(text: &str, at: usize) -> Option<(&str, usize)> {
    let start = spaces(text, word(text, at, "of")?);
    let word_at = |at: usize| {
        let len: usize = text[at..]
            .chars()
            .take_while(|&c| is_alphanumeric(c))
            .map(char::len_utf8)
            .sum();
        &text[at..at + len]
    };
    // Another document's kind is no part of a name (`… of the Party
    // Central Committee and Circular 10 …`).
    let capitalised = |at: usize| {
        word_at(at).starts_with(char::is_uppercase)
            && !ENGLISH_NAMES
                .iter()
                .any(|&(_, english)| word(text, at, english).is_some())
    };
    let mut at = match word(text, start, "the") {
        Some(after) => spaces(text, after),
        None => start,
    };
    if english_month(text, at).is_some() {
        return None;
    }
    let mut end = None;
    for _ in 0..MAX_ISSUER_WORDS {
        let written = word_at(at);
        let after = spaces(text, at + written.len());
        if capitalised(at) {
            end = Some(at + written.len());
        } else if !(matches!(written, "of" | "and" | "for") && end.is_some() && capitalised(after)) {
            break;
        }
        if after == at + written.len() {
            break;
        }
        at = after;
    }
    end.map(|end| (&text[start..end], end))
}

/// The issuer named after `do` and before the verb of issuing, and where
/// the verb ends (the date may follow it): `Thông tư 10 do Bộ Tài chính
/// ban hành ngày 14/8/2000`, `… do UBND TP vừa ký ban hành`. Not an official
/// (`do Phó Chủ tịch UBND tỉnh Nguyễn Văn A ký`): their own name cannot be
/// told from the body's.
fn issued_by(text: &str, at: usize) -> Option<(&str, usize)> {
    let (name, end) = issuer_name(text, spaces(text, word(text, at, "do")?))?;
    let mut verb = spaces(text, end);
    while let Some(after) = TIMING.iter().find_map(|timing| word(text, verb, timing)) {
        verb = spaces(text, after);
    }
    let verb_end = ["ký ban hành", "ban hành"]
        .iter()
        .find_map(|issuing| word(text, verb, issuing))?;
    (!issuer::begins_with_title(name)).then_some((name, verb_end))
}

/// Words that time a verb of issuing (`vừa ban hành`, `đã chính thức ký`).
const TIMING: &[&str] = &["vừa", "đã", "mới", "cũng", "chính thức"];

/// The issuer a sentence names as its subject right before the verb of
/// issuing that leads to a citation at `start`: `Bộ Tài chính vừa ban
/// hành Thông tư 10`, `Thủ tướng Chính phủ đã ký Quyết định 751`. Only a
/// name whose code the issuers' table can tell, read as [`issuer_name`]
/// reads one, that ends right before the verb and the words that time it
/// (`vừa`, `đã chính thức`); the nearest such name (`Bộ Tài chính đề nghị
/// Chính phủ ban hành …`: the government issues it), with the known name
/// or the same body's name it ends (`Thủ tướng Chính phủ`, `Ban Bí thư
/// Trung ương Đảng`). An official signs for their body when their name
/// begins with a family name (`Bộ trưởng Bộ Công Thương Trần Tuấn Anh vừa
/// ký …`: `Bộ trưởng Bộ Công Thương`, `BCT`); else their own name cannot
/// be told from the body's, and no issuer is read. Not `… được ban hành`.
/// Read back at most [`SUBJECT_REACH`] bytes, after the phrase's last
/// mark.
pub(super) fn issuer_before(text: &str, start: usize) -> Option<(String, Option<String>)> {
    /// Verbs of issuing and signing, the longest first.
    const ISSUING: &[&str] = &["ký ban hành", "ban hành", "ký"];
    // `text` before `word` that ends it, and the spaces between them.
    fn before_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
        text.strip_suffix(word)
            .and_then(|rest| rest.strip_suffix([' ', '\u{a0}']))
            .map(|rest| rest.trim_end_matches([' ', '\u{a0}']))
    }
    let mut reach = start.saturating_sub(SUBJECT_REACH);
    while !text.is_char_boundary(reach) {
        reach += 1;
    }
    let before = text[reach..start].trim_end_matches([' ', '\u{a0}']);
    let mut subject = ISSUING.iter().find_map(|verb| before_word(before, verb))?;
    while let Some(rest) = TIMING.iter().find_map(|timing| before_word(subject, timing)) {
        subject = rest;
    }
    let subject_end = reach + subject.len();
    // The phrase ends at a mark or a line's end (a scrape's title above).
    let phrase_start = subject
        .char_indices()
        .rfind(|&(_, c)| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '“' | '”' | '\n'
            )
        })
        .map_or(0, |(mark, c)| mark + c.len_utf8());
    let phrase = &subject[phrase_start..];
    // Where a name may begin: a capitalised word after the phrase's start
    // or a word that is not (`Bộ Tài chính đề nghị Chính phủ`: `Bộ`,
    // `Chính`).
    let mut starts = Vec::new();
    let mut after_capital = false;
    let mut at = reach + phrase_start;
    for piece in phrase.split_inclusive([' ', '\u{a0}']) {
        let word_at = at;
        at += piece.len();
        if piece.trim_end_matches([' ', '\u{a0}']).is_empty() {
            continue;
        }
        let capital = piece.starts_with(char::is_uppercase);
        if capital && !after_capital {
            starts.push(word_at);
        }
        after_capital = capital;
    }
    // A name read to the verb, without the official's own name that may
    // follow a known body's (`Thủ tướng Chính phủ Nguyễn Xuân Phúc`) or
    // their title and body (`Chủ tịch UBND tỉnh Phú Yên Trần Hữu Thế`,
    // which `issuer_name` reads without it); and whether it names an
    // official so.
    let reaching_verb = |at: usize| {
        let (name, end) = issuer_name(text, at)?;
        if end != subject_end {
            let named = end < subject_end
                && issuer::begins_with_title(name)
                && reads_as_personal_name(&text[end..subject_end]);
            return named.then_some((name, true));
        }
        Some(match issuer::known_name_len(name) {
            Some(len) if reads_as_personal_name(&name[len..]) => (&name[..len], false),
            _ => (name, false),
        })
    };
    for (index, &at) in starts.iter().enumerate().rev() {
        let Some((name, _)) = reaching_verb(at) else {
            continue;
        };
        let Some(code) = issuer::code_of(name) else {
            continue;
        };
        let fuller = index
            .checked_sub(1)
            .and_then(|before| reaching_verb(starts[before]));
        let fuller_code = fuller.and_then(|(fuller, _)| issuer::code_of(fuller));
        return match fuller {
            // An official named after their title and body (`Bộ trưởng Bộ
            // Công Thương Trần Tuấn Anh`) signs for the body.
            Some((fuller, true)) => fuller_code.map(|code| (fuller.to_owned(), Some(code))),
            // An official whose own name cannot be told from the body's.
            Some((fuller, false)) if issuer::begins_with_title(fuller) && !issuer::is_known_name(fuller) => {
                None
            }
            // A known name it ends (`Thủ tướng Chính phủ`), or the same
            // body's (`Ban Bí thư Trung ương Đảng`).
            Some((fuller, false))
                if issuer::is_known_name(fuller) || fuller_code.as_deref() == Some(&code) =>
            {
                Some((fuller.to_owned(), fuller_code))
            }
            _ => Some((name.to_owned(), Some(code))),
        };
    }
    None
}

/// Family names that begin a person's name after an official's title and
/// body, and begin no place's name (not `Hà`, `Thái`, `Cao`, `Hồ`, `Mai`:
/// `Sở Y tế Hà Nội`).
pub(crate) const FAMILY_NAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô",
    "Dương", "Lý", "Đinh", "Trương", "Đoàn", "Trịnh", "Lương", "Tạ", "Đào", "Tô", "Chu", "Vương",
];

/// Whether a person's name begins at `words[index]`, inside a name that
/// began with an official's title: a family name of [`FAMILY_NAMES`], a
/// capitalised word after it, and before it no word that begins a place
/// (`UBND quận Hoàng Mai`, `TP Hồ Chí Minh`).
fn begins_personal_name(words: &[NameWord<'_>], index: usize) -> bool {
    index >= 2
        && FAMILY_NAMES.contains(&words[index].text)
        && words.get(index + 1).is_some_and(|next| next.capitalised)
        && !issuer::begins_place(words[index - 1].text)
}

/// Whether `rest`, what follows a known body's name or an official's
/// title and body, reads as a person's name: capitalised words, two to four
/// when the first is a family name (`Trần Tuấn Anh`, `Tô Lâm`), else three
/// or four and not a place (`Nguyễn Xuân Phúc`; not `tỉnh Lạng Sơn`, `Hà
/// Nội`).
fn reads_as_personal_name(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let family_named = words.first().is_some_and(|first| FAMILY_NAMES.contains(first));
    let count_fits = match family_named {
        true => (2..=4).contains(&words.len()),
        false => (3..=4).contains(&words.len()) && !issuer::begins_place(words[0]),
    };
    count_fits && words.iter().all(|word| word.starts_with(char::is_uppercase))
}

/// The most bytes [`issuer_before`] reads back from a citation: a
/// subject's name and the verb after it (`Ủy ban nhân dân thành phố Hồ Chí
/// Minh vừa chính thức ban hành` is 81).
const SUBJECT_REACH: usize = 160;

/// The issuer named right after a document's symbol or date without
/// `của`, as Party documents are often cited (`Nghị quyết số 18-NQ/TW ngày
/// 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII
/// về …`, `Nghị quyết số 19-NQ/TW Hội nghị Trung ương 6 khóa XII về …`): a
/// Party body or its plenum, then its term or the document's subject
/// (`về`). A body followed by anything else is the subject of what the
/// sentence goes on to say (`… ngày 25/10/2017 Bộ Chính trị tiếp tục ban
/// hành …`), and a meeting of no body named (`Hội nghị lần thứ 3 về …`) is
/// news of a meeting: neither is the issuer.
fn issuer_without_of(text: &str, at: usize) -> Option<(&str, usize)> {
    let (name, after) = issuer_name(text, at)?;
    let party = issuer::code_of(name).is_some_and(|code| issuer::is_party(&code));
    let described = term(text, after).is_some() || word(text, spaces(text, after), "về").is_some();
    (party && described).then_some((name, after))
}

/// Bodies of the world or of other lands (`Hội đồng Bảo an Liên hợp
/// quốc`, `Nghị viện châu Âu`): what they resolve or decide is no document
/// of Vietnam's to link to or list.
const BODIES_ABROAD: &[&str] = &[
    "Liên hợp quốc",
    "Liên hiệp quốc",
    "LHQ",
    "Hội đồng Bảo an",
    "ASEAN",
    "châu Âu",
    "NATO",
    "WTO",
    "IMF",
    "UNESCO",
    "FIFA",
];

/// The organs every state has, which news names with their country when
/// it is another (`Quốc hội Mỹ`, `Chính phủ Nhật Bản`).
const ORGANS_OF_STATES: &[&str] = &[
    "Quốc hội",
    "Chính phủ",
    "Tổng thống",
    "Thủ tướng",
    "Nghị viện",
    "Thượng viện",
    "Hạ viện",
    "Quốc vụ viện",
    "Bộ Ngoại giao",
];

/// Whether the issuer named at `at` (after `của`) and read to `name_end`
/// is a body of the world or of another land: `Nghị quyết 2758 của Đại
/// hội đồng Liên hợp quốc`, `Nghị quyết 1 của Quốc hội Mỹ`. The body is
/// looked for among the words of the name and the word after them (`Liên
/// hợp` is read as a name that ends before its small word `quốc`). A
/// country's name is one only right after a state's organ (`Quốc hội Mỹ`,
/// `Tổng thống Mỹ Donald Trump`; not a person's name, `Nguyễn Văn Anh`,
/// nor a place, `UBND tỉnh Lào Cai`).
fn abroad(text: &str, at: usize, name_end: usize) -> bool {
    let of_a_state_abroad = || {
        ORGANS_OF_STATES.iter().any(|organ| {
            word(text, at, organ).is_some_and(|organ_end| {
                let country_at = spaces(text, organ_end);
                text[country_at..].starts_with(char::is_uppercase)
                    && issuer::COUNTRIES
                        .iter()
                        .any(|&country| country != "Việt Nam" && word(text, country_at, country).is_some())
            })
        })
    };
    let mut word_at = at;
    loop {
        if BODIES_ABROAD
            .iter()
            .any(|body| word(text, word_at, body).is_some())
        {
            return true;
        }
        if word_at >= name_end {
            return of_a_state_abroad();
        }
        let word_end = text[word_at..]
            .find(|c: char| !is_alphanumeric(c))
            .map_or(text.len(), |len| word_at + len);
        let next = spaces(text, word_end);
        if next == word_end {
            return of_a_state_abroad();
        }
        word_at = next;
    }
}

/// Past spaces and an optional comma.
fn comma(text: &str, at: usize) -> usize {
    let at = spaces(text, at);
    if text[at..].starts_with(',') {
        spaces(text, at + 1)
    } else {
        at
    }
}

/// A date: `5/6/2012`, `16-12-2016`, `15.2.2012` or `14 tháng 12 năm 2004`,
/// as ISO 8601.
pub(super) fn date(text: &str, at: usize) -> Option<(String, usize)> {
    let (day, month, end) = match day_and_month(text, at) {
        Some((day, month, separator, end)) => {
            (day, month, text[end..].strip_prefix(separator).map(|_| end + 1)?)
        }
        None => {
            let (day, end) = digits(text, at, 2)?;
            let end = word(text, spaces(text, end), "tháng")?;
            let (month, end) = digits(text, spaces(text, end), 2)?;
            let end = word(text, spaces(text, end), "năm")?;
            (day, month, spaces(text, end))
        }
    };
    let (year, end) = year(text, end)?;
    Some((iso_date(year, month, day)?, end))
}

/// A day of the calendar as ISO 8601, if there is one.
fn iso_date(year: u16, month: u32, day: u32) -> Option<String> {
    let days = match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (1..=days)
        .contains(&day)
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// The date an English edition gives after a citation (`Decision
/// 16/2021/QD-TTg dated September 5, 2021`, `of 5 September 2021`,
/// `issued on September 5th, 2021`), as ISO 8601.
fn english_date_after(text: &str, at: usize) -> Option<(String, usize)> {
    let at = ["dated", "issued on", "of", "on"]
        .into_iter()
        .find_map(|lead| word(text, at, lead))?;
    english_date(text, spaces(text, at))
}

/// `September 5, 2021`, `September 5th, 2021` or `5 September 2021`.
fn english_date(text: &str, at: usize) -> Option<(String, usize)> {
    let day = |at: usize| {
        let (day, end) = digits(text, at, 2)?;
        let ordinal = ["st", "nd", "rd", "th"]
            .into_iter()
            .find_map(|suffix| word(text, end, suffix));
        Some((day, ordinal.unwrap_or(end)))
    };
    let (month, day, end) = match english_month(text, at) {
        Some((month, end)) => {
            let (day, end) = day(spaces(text, end))?;
            (month, day, comma(text, end))
        }
        None => {
            let (day, end) = day(at)?;
            let (month, end) = english_month(text, spaces(text, end))?;
            (month, day, spaces(text, end))
        }
    };
    let (year, end) = year(text, end)?;
    Some((iso_date(year, month, day)?, end))
}

/// The month an English word at `at` names (1 to 12), and where it ends.
fn english_month(text: &str, at: usize) -> Option<(u32, usize)> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    (1..).zip(MONTHS).find_map(|(month, name)| {
        let end = word(text, at, name)?;
        text[at..].starts_with(char::is_uppercase).then_some((month, end))
    })
}

/// A day and month joined by `/`, `-` or `.` (`29/4`): the two numbers,
/// the separator and where the month ends.
fn day_and_month(text: &str, at: usize) -> Option<(u32, u32, char, usize)> {
    let (day, end) = digits(text, at, 2)?;
    let separator = text[end..]
        .chars()
        .next()
        .filter(|c| matches!(c, '/' | '-' | '.'))?;
    let (month, end) = digits(text, end + 1, 2)?;
    Some((day, month, separator, end))
}

/// Where a day and month written without the year end (`29/4`, `3-7`):
/// nothing but an end of phrase after them.
fn yearless_date(text: &str, at: usize) -> Option<usize> {
    let (day, month, separator, end) = day_and_month(text, at)?;
    let ends = !text[end..].starts_with(separator) && !text[end..].starts_with(char::is_alphanumeric);
    ((1..=31).contains(&day) && (1..=12).contains(&month) && ends).then_some(end)
}

/// The most words an issuer's name has.
const MAX_ISSUER_WORDS: usize = 16;

/// Words that end an issuer's name even between capitalised words.
const NOT_IN_NAMES: &[&str] = &[
    "về", "ngày", "năm", "số", "khóa", "khoá", "đã", "sẽ", "là", "được", "có", "thì", "tại", "trong", "cho",
    "với", "đến", "theo", "này", "nay", "quy", "hướng", "nhằm", "để", "nêu", "vừa", "đang", "cũng", "mà",
    "khi", "do", "từ",
];

/// The name of an issuer at `at`: capitalised words and the small words
/// that belong to them (`Bộ Tài chính`, `Hội đồng bầu cử Quốc gia`, `UBND
/// tỉnh Lạng Sơn`, `Bộ Lao động - Thương binh và Xã hội`), up to where the
/// prose goes on in small words (`… của Bộ Chính trị sẽ là …`).
fn issuer_name(text: &str, at: usize) -> Option<(&str, usize)> {
    // Words are read only as far as the name is judged: the word looked at
    // and the three after it.
    let mut source = NameWords {
        text,
        start: at,
        next: Some(at),
        count: 0,
        after_head: false,
    };
    let mut words = Vec::new();
    source.read_to(&mut words, 4);
    if !words.first()?.capitalised {
        return None;
    }
    // Whether the word at `index` ends a name: `năm` is a year, but not
    // after `thứ` (`Hội nghị lần thứ năm Ban Chấp hành`: the fifth).
    let ends_name = |words: &[NameWord<'_>], index: usize| {
        let word = words[index].text;
        NOT_IN_NAMES.contains(&word) && !(word == "năm" && index > 0 && words[index - 1].text == "thứ")
    };
    // An official's name may follow their title and body (`Giám đốc Sở Y
    // tế Nguyễn Văn An`): it is no part of the body's.
    let official = issuer::begins_with_title(&text[at..]);
    let mut taken = 1;
    let mut small_run = 0;
    loop {
        source.read_to(&mut words, taken + 4);
        let Some(word) = words.get(taken) else { break };
        if word.follows_name || begins_document_part(&words, taken) {
            break;
        }
        if word.capitalised {
            if official && begins_personal_name(&words, taken) {
                break;
            }
            small_run = 0;
            taken += 1;
            continue;
        }
        // `ban` begins `ban hành` (issue), except in `Ủy ban`.
        let issues = word.text == "ban" && words.get(taken + 1).is_some_and(|next| next.text == "hành");
        // The country a body is of is no part of its name (`Quốc hội nước
        // Cộng hòa xã hội chủ nghĩa Việt Nam`).
        let country = word.text == "nước"
            && words
                .get(taken + 1)
                .is_some_and(|next| next.text == "Cộng" || next.text == "CHXHCN");
        if ends_name(&words, taken) || issues || country {
            break;
        }
        // The second syllable of a capitalised word (`Tài chính`) belongs;
        // further small words only on the way to another capitalised one,
        // at most three words on (`Hội nghị lần thứ sáu Ban Chấp hành`).
        // Not past what follows a name (`của Quốc hội và Pháp lệnh Giám
        // định …`: another document's name).
        let leads_on = (taken + 1..words.len())
            .take(3)
            .take_while(|&next| !ends_name(&words, next) && !words[next].follows_name)
            .any(|next| words[next].capitalised);
        // `và` joins two parts of a name (`Bộ Giáo dục và Đào tạo`), never
        // ends one. An acronym has no second syllable (`TP chỉ …`), nor has
        // a name the issuers' table knows whole (`Trung ương Đảng chưa …`),
        // nor a proper name, whose every syllable is capitalised (`Quảng
        // Bình phê …`, `Bộ Công Thương chưa …`; neither the head of an
        // organisation's name nor an acronym is one of those syllables:
        // `Bộ Tài chính`, `và Bộ Nội vụ`, `BCH Trung ương`). The place they
        // are of follows them (`UBND tỉnh`).
        let name = &text[at..words[taken - 1].end];
        // A name the issuers' table knows whole, and no longer one that
        // begins with it, ends before small words but its place's and
        // `và` (`Thủ tướng Chính phủ phê duyệt Quy hoạch …`: the prose).
        let known_whole =
            || issuer::is_known_name(name) && issuer::known_name_len(&text[at..]) == Some(name.len());
        let whole = || {
            let capitalised_run = words[..taken]
                .iter()
                .rev()
                .take_while(|word| {
                    word.capitalised && !issuer::is_head(word.text) && !issuer::is_acronym(word.text)
                })
                .count();
            let whole = issuer::is_acronym(words[taken - 1].text) || capitalised_run >= 2 || known_whole();
            whole && !issuer::begins_place(word.text)
        };
        if (small_run > 0 || word.text == "và" || whole()) && !leads_on {
            break;
        }
        if word.text != "và" && !issuer::begins_place(word.text) && known_whole() {
            break;
        }
        small_run += 1;
        taken += 1;
    }
    // A name the issuers' table knows goes on in small words (`Chủ tịch
    // nước`, `Bộ Giao thông vận tải`, `Ủy ban nhân dân`), when the prose
    // goes on after it as after a name (not `Chủ tịch nước ngoài`), or
    // whatever follows when two small words or more are the name's (`Bộ
    // Giao thông vận tải điều chỉnh …`: no syllable after a name that long
    // makes another word of its last).
    // As far as the longest known name (`Tòa án nhân dân tối cao`: four
    // small words after `Tòa án`).
    source.read_to(&mut words, taken + 6);
    let ends_there = |len: usize| {
        words
            .get(len)
            .is_none_or(|next| next.follows_name || next.capitalised || ends_name(&words, len))
    };
    // The known name may begin further in, as a part of the body's
    // (`Hội đồng Thẩm phán Tòa án nhân dân tối cao`).
    let known_end = (words.len() > taken && !ends_there(taken))
        .then(|| {
            words[..taken]
                .iter()
                .filter(|word| word.capitalised)
                .find_map(|word| {
                    word.known_name_end(text)
                        .filter(|&end| end > words[taken - 1].end)
                })
        })
        .flatten();
    if let Some(known) = (taken + 1..=words.len())
        .find(|&len| Some(words[len - 1].end) == known_end && (ends_there(len) || len - taken >= 2))
    {
        taken = known;
        // The place the body is of, after the name (`Ủy ban nhân dân
        // thành phố Hà Nội`), which the small words of the name kept out
        // of reach.
        source.read_to(&mut words, taken + 6);
        taken = place_after(&words, taken).unwrap_or(taken);
        // A second known body joined by `và`, as a joint document's
        // (`Viện kiểm sát nhân dân tối cao và Tòa án nhân dân tối cao`).
        source.read_to(&mut words, taken + 8);
        if words.get(taken).is_some_and(|joining| joining.text == "và")
            && let Some(second) = words.get(taken + 1)
        {
            let second_end = second.known_name_end(text);
            if let Some(index) = words.iter().position(|word| Some(word.end) == second_end) {
                taken = index + 1;
            }
        }
    }
    // A head or a place alone refers back to a body the prose has named
    // (`Thông tư 15 của Bộ`: the ministry just mentioned; `của TP`: the
    // city's); it names none itself.
    if taken == 1 && issuer::refers_back(words[0].text) {
        return None;
    }
    let end = words[taken - 1].end;
    // A country issues nothing: `của Việt Nam` says whose law it is.
    if issuer::COUNTRIES.contains(&&text[at..end]) {
        return None;
    }
    // A plenum's number is part of its name (`Hội nghị Trung ương 6`).
    let end = match word(text, at, "Hội nghị") {
        Some(_) => plenum_number(text, end).map_or(end, |(end, _)| end),
        None => end,
    };
    Some((&text[at..end], end))
}

/// Where the number after a plenum's name ends, and the number: ` 6`, `
/// lần thứ 6`, ` lần thứ sáu` after `Hội nghị Trung ương`, read from `end`.
pub(super) fn plenum_number(text: &str, end: usize) -> Option<(usize, u32)> {
    /// Ordinals in words from ten on, longest first where one begins
    /// another; then one and [`TWO_TO_NINE`].
    const TENS: &[(&str, u8)] = &[
        ("mười một", 11),
        ("mười hai", 12),
        ("mười ba", 13),
        ("mười bốn", 14),
        ("mười lăm", 15),
        ("mười", 10),
    ];
    const MAX_DIGITS: usize = 2;
    let at = spaces(text, end);
    if at == end {
        return None;
    }
    let ordinal = word(text, at, "lần thứ").map(|after| spaces(text, after));
    let at = ordinal.unwrap_or(at);
    let in_digits = digits(text, at, MAX_DIGITS)
        .filter(|&(_, end)| is_word_end(text, end))
        .map(|(number, end)| (end, number));
    // An ordinal in words only after `lần thứ`: `Hội nghị Trung ương năm
    // 2020` is the year.
    in_digits.or_else(|| {
        let at = ordinal?;
        [("nhất", 1)]
            .iter()
            .chain(&TWO_TO_NINE)
            .chain(TENS)
            .find_map(|&(ordinal, number)| Some((word(text, at, ordinal)?, u32::from(number))))
    })
}

/// A word of a name.
struct NameWord<'a> {
    text: &'a str,
    end: usize,
    /// Capitalised, and not the first word of what follows a name (`… của
    /// Bộ Chính trị và Hướng dẫn số 21 …`: the name ends before `và`).
    capitalised: bool,
    /// The first word of a document's kind or of a pinpoint (`… của Chính
    /// phủ, Điều 5 Thông tư …`): what follows a name, never part of one.
    follows_name: bool,
}

/// Whether the words from `index` begin a part of a document printed
/// after its issuer's name, the line break lost (`Bộ trưởng Bộ Quốc phòng
/// Ban hành …`, `Thủ tướng Chính phủ Căn cứ …`, `Chính phủ Về việc …`):
/// capitalised, yet never a body's.
fn begins_document_part(words: &[NameWord<'_>], index: usize) -> bool {
    const PARTS: [(&str, &str); 5] = [
        ("Ban", "hành"),
        ("Căn", "cứ"),
        ("Về", "việc"),
        ("Theo", "đề"),
        ("Xét", "đề"),
    ];
    let next = words.get(index + 1).map(|word| word.text);
    PARTS
        .iter()
        .any(|&(first, second)| words[index].text == first && next == Some(second))
}

impl NameWord<'_> {
    /// Where the longest name the issuers' table knows that begins with
    /// this word ends in `text`, if one does.
    fn known_name_end(&self, text: &str) -> Option<usize> {
        let start = self.end - self.text.len();
        issuer::known_name_len(&text[start..]).map(|len| start + len)
    }
}

/// Where the place that `words` name from `at` ends: a place's words
/// (`thành phố`, `tỉnh`), then its name in capitals (`Hà Nội`).
fn place_after(words: &[NameWord<'_>], at: usize) -> Option<usize> {
    let place_len = issuer::PLACES.iter().find_map(|place| {
        let len = place.split(' ').count();
        let written = words.get(at..at + len)?;
        (written.iter().map(|word| word.text).eq(place.split(' '))
            && !written.iter().any(|word| word.follows_name))
        .then_some(len)
    })?;
    let name_len = words[at + place_len..]
        .iter()
        .take_while(|word| word.capitalised && !word.follows_name)
        .count();
    (name_len > 0).then_some(at + place_len + name_len)
}

/// The words from `next` on, joined by single spaces (or ` - ` between
/// capitalised words), up to punctuation, at most [`MAX_ISSUER_WORDS`]:
/// read one at a time, as they are asked for.
struct NameWords<'a> {
    text: &'a str,
    /// Where the name begins.
    start: usize,
    /// Where the next word begins; `None` once the words have ended.
    next: Option<usize>,
    count: usize,
    /// Whether the last word read heads an organisation's name (`Bộ`).
    after_head: bool,
}

impl<'a> NameWords<'a> {
    /// Reads words into `words` until it holds `count`, or the words end.
    fn read_to(&mut self, words: &mut Vec<NameWord<'a>>, count: usize) {
        words.extend(self.by_ref().take(count.saturating_sub(words.len())));
    }
}

impl<'a> Iterator for NameWords<'a> {
    type Item = NameWord<'a>;

    fn next(&mut self) -> Option<NameWord<'a>> {
        let text = self.text;
        let start = self.next.take()?;
        if self.count == MAX_ISSUER_WORDS {
            return None;
        }
        let len: usize = text[start..]
            .chars()
            .take_while(|&c| is_alphanumeric(c) || c == '&' || c == '-')
            .map(char::len_utf8)
            .sum();
        let word = text[start..start + len].trim_end_matches('-');
        if word.is_empty() || word.starts_with('-') {
            return None;
        }
        // The city's abbreviation keeps its full stop (`TP.HCM`, `TP. Hồ
        // Chí Minh`), and so does the Centre's (`BCH T.Ư Đảng`).
        let word = match text[start + word.len()..].strip_prefix('.') {
            Some(rest) if word == "TP" || (word == "T" && rest.starts_with('Ư')) => {
                let joined: usize = rest
                    .chars()
                    .take_while(|&c| is_alphanumeric(c))
                    .map(char::len_utf8)
                    .sum();
                &text[start..start + word.len() + 1 + joined]
            }
            _ => word,
        };
        self.count += 1;
        let end = start + word.len();
        // A kind's name right after a head is the body's (`Bộ Kế hoạch và
        // Đầu tư`).
        let follows_name = (is_kind_name_at(text, start) && !self.after_head)
            || (word.starts_with(may_begin_pinpoint) && pinpoint_at(text, start).is_some());
        self.after_head = issuer::is_head(word);
        // A whole name the issuers' table knows (`Chính phủ`) enumerates no
        // fields: `của Chính phủ, Hà Nội và TP.HCM sẽ …` ends at the comma.
        let complete = || issuer::is_known_name(&text[self.start..end]);
        self.next = match enumerated_part(text, end).filter(|_| !complete()) {
            Some(after_comma) => Some(after_comma),
            None => {
                let next = spaces(text, end);
                // A hyphen or an en dash between two capitalised parts
                // (`Bộ Lao động – Thương binh và Xã hội`).
                let dash = ["- ", "– "]
                    .iter()
                    .find_map(|dash| Some((dash.len(), text[next..].strip_prefix(dash)?)));
                match dash {
                    _ if next == end || next - end > 1 => None,
                    Some((len, rest)) if rest.starts_with(char::is_uppercase) => Some(next + len),
                    _ => Some(next),
                }
            }
        };
        Some(NameWord {
            text: word,
            end,
            capitalised: word.starts_with(char::is_uppercase) && !follows_name,
            follows_name,
        })
    }
}

/// After a comma at `end`, the next part of a name that enumerates its
/// fields (`Bộ Văn hóa, Thể thao và Du lịch`, `Bộ Lao động, Thương binh và
/// Xã hội`): a capitalised word, and `và` and another before the next
/// punctuation. A comma before anything else ends the name (`của Bộ Tài
/// chính, Bộ trưởng …`).
fn enumerated_part(text: &str, end: usize) -> Option<usize> {
    let after = spaces(text, text[end..].strip_prefix(',').map(|_| end + 1)?);
    let rest = &text[after..];
    let reach = (0..=rest.len().min(64))
        .rev()
        .find(|&index| rest.is_char_boundary(index))
        .unwrap_or(0);
    let part_end = rest
        .find([',', '.', ';', ':', '(', ')', '\n'])
        .unwrap_or(rest.len())
        .min(reach);
    let part = &rest[..part_end];
    let first = part.split(' ').next().unwrap_or_default();
    let enumerates = first.starts_with(char::is_uppercase)
        && !issuer::is_head(first)
        && part
            .match_indices(" và ")
            .any(|(index, _)| part[index + " và ".len()..].starts_with(char::is_uppercase));
    enumerates.then_some(after)
}

/// The most bytes a pinpoint runs to before a citation.
const PINPOINT_REACH: usize = 96;

/// A pinpoint ending just before `start`: `Điều 6`, `khoản 3 Điều 5`,
/// `Điểm a Khoản 1 Điều 34`, `Khoản 2, Điều 6`, `Điều 6 của`; in an English
/// edition `Article 6 of`, `Clause 2, Article 3 of the`. Returns it as
/// written.
pub(super) fn pinpoint_before(text: &str, start: usize) -> Option<&str> {
    let mut from = start.saturating_sub(PINPOINT_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..start];
    // The earliest place where a whole pinpoint begins is the longest one.
    let candidates = window.char_indices().filter_map(|(offset, c)| {
        let at = from + offset;
        let word_start = || {
            text[..at]
                .chars()
                .next_back()
                .is_none_or(|before| !is_alphanumeric(before))
        };
        (may_begin_pinpoint(c) && word_start()).then_some(at)
    });
    candidates.into_iter().find_map(|at| {
        let end = pinpoint_at(text, at)?;
        let mut next = comma(text, end);
        if let Some(after) = word(text, next, "của") {
            next = spaces(text, after);
        } else if let Some(after) = word(text, next, "of") {
            next = spaces(text, after);
            if let Some(after) = word(text, next, "the") {
                next = spaces(text, after);
            }
        }
        (next == start).then(|| &text[at..end])
    })
}

/// Whether a pinpoint may begin with `c`: `Điểm`, `Điều`, `Khoản`, in
/// either case; `Point`, `Clause`, `Article`, capitalised as English
/// editions write them.
fn may_begin_pinpoint(c: char) -> bool {
    matches!(c, 'Đ' | 'đ' | 'K' | 'k' | 'P' | 'C' | 'A')
}

/// A pinpoint's parts in Vietnamese and in English, in the order they
/// come: a point, a clause, an article.
const POINT: [&str; 2] = ["điểm", "point"];
const CLAUSE: [&str; 2] = ["khoản", "clause"];
const ARTICLE: [&str; 2] = ["điều", "article"];

/// Reads `[Điểm x] [Khoản N] Điều N` (`[Point x] [Clause N] Article N`)
/// at `at`, each part after an optional comma; returns where the last
/// number ends.
fn pinpoint_at(text: &str, at: usize) -> Option<usize> {
    let part = |at: usize, words: [&str; 2]| words.iter().find_map(|name| word(text, at, name));
    let mut next = at;
    if let Some(after) = part(next, POINT) {
        let point = spaces(text, after);
        let c = text[point..].chars().next()?;
        if letter(c).is_none_or(|letter| letter.upper) || !is_word_end(text, point + c.len_utf8()) {
            return None;
        }
        next = comma(text, point + c.len_utf8());
    }
    if let Some(after) = part(next, CLAUSE) {
        let (_, end) = digits(text, spaces(text, after), 3)?;
        next = comma(text, end);
    }
    let after = part(next, ARTICLE)?;
    let (_, end) = digits(text, spaces(text, after), 4)?;
    // `Điều 6a`.
    let end = match text[end..].chars().next() {
        Some(c) if c.is_ascii_lowercase() && is_word_end(text, end + 1) => end + 1,
        _ => end,
    };
    is_word_end(text, end).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_spelling() {
        for (text, iso) in [
            ("05/01/2021", "2021-01-05"),
            ("16-12-2016", "2016-12-16"),
            ("15.2.2012", "2012-02-15"),
            ("14 tháng 12 năm 2004", "2004-12-14"),
            ("29/2/2020", "2020-02-29"),
        ] {
            assert_eq!(
                date(text, 0).map(|(date, _)| date).as_deref(),
                Some(iso),
                "{text}"
            );
        }
        for text in ["29/2/2021", "32/1/2020", "5/13/2020", "5/6-2012", "1/1/20201"] {
            assert_eq!(date(text, 0), None, "{text}");
        }
    }

    #[test]
    fn an_english_edition_s_dates() {
        for (text, iso) in [
            ("dated September 5, 2021.", "2021-09-05"),
            ("of 5 September 2021", "2021-09-05"),
            ("issued on February 29th, 2020", "2020-02-29"),
            ("on May 4 2025", "2025-05-04"),
        ] {
            assert_eq!(
                english_date_after(text, 0).map(|(date, _)| date).as_deref(),
                Some(iso),
                "{text}"
            );
        }
        for text in [
            "dated February 29, 2021",
            "of the Ministry of Finance",
            "on may 4, 2025",
            "on administrative penalties",
            "dated September 2021",
        ] {
            assert_eq!(english_date_after(text, 0), None, "{text}");
        }
    }

    #[test]
    fn issuer_names_end_where_the_prose_goes_on() {
        for (text, name) in [
            ("của Bộ Chính trị sẽ là bước đột phá", "Bộ Chính trị"),
            (
                "của Ban Tổ chức Trung ương giúp chúng ta",
                "Ban Tổ chức Trung ương",
            ),
            ("của Bộ Tài chính về việc", "Bộ Tài chính"),
            ("của Hội đồng bầu cử Quốc gia", "Hội đồng bầu cử Quốc gia"),
            (
                "của Bộ Lao động - Thương binh và Xã hội.",
                "Bộ Lao động - Thương binh và Xã hội",
            ),
            ("của Bộ GD-ĐT hướng dẫn", "Bộ GD-ĐT"),
            ("của Bộ GD-ĐT và Chỉ thị 40", "Bộ GD-ĐT"),
            ("của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
            // Names the issuers' table knows, that go on in small words.
            ("của Chủ tịch nước về việc đặc xá", "Chủ tịch nước"),
            ("của Bộ Giao thông vận tải quy định", "Bộ Giao thông vận tải"),
            (
                "của Bộ Giao thông vận tải điều chỉnh giá",
                "Bộ Giao thông vận tải",
            ),
            ("của Ủy ban nhân dân phê duyệt", "Ủy ban nhân dân"),
            ("của Ủy ban nhân dân.", "Ủy ban nhân dân"),
            ("của Chủ tịch nước ngoài", "Chủ tịch"),
            ("của UBND tỉnh Lạng Sơn, các", "UBND tỉnh Lạng Sơn"),
            // The term the body sat in, however it is written.
            ("của Bộ Chính trị (khóa XI)", "Bộ Chính trị khóa XI"),
            ("của Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
            (
                "của Bộ Văn hóa, Thể thao và Du lịch.",
                "Bộ Văn hóa, Thể thao và Du lịch",
            ),
            ("của Bộ Tài chính, Bộ trưởng và Thứ trưởng", "Bộ Tài chính"),
            ("của Bộ Tài chính ban hành", "Bộ Tài chính"),
            ("của Bộ Chính trị và Hướng dẫn số 21", "Bộ Chính trị"),
            // Not on to another document's capitalised name.
            ("của Quốc hội và Pháp lệnh Giám định tư pháp", "Quốc hội"),
            ("của Chính phủ và Luật Đất đai", "Chính phủ"),
            ("của Bộ Giáo dục và Đào tạo và Thông tư", "Bộ Giáo dục và Đào tạo"),
            ("của Chính phủ, Điều 5 Thông tư", "Chính phủ"),
            ("của Chính phủ và Khoản 2 Điều 5", "Chính phủ"),
            ("của Ban Điều hành dự án", "Ban Điều hành"),
            ("của Chính phủ, Hà Nội và TP.HCM sẽ", "Chính phủ"),
            (
                "của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về",
                "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
            ),
            // `năm` after `thứ` is the fifth, not a year.
            (
                "của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khoá XIII",
                "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII",
            ),
            ("của Bộ Tài chính năm 2020", "Bộ Tài chính"),
            // A plenum's number.
            (
                "của Hội nghị Trung ương 6 khóa XII về",
                "Hội nghị Trung ương 6 khóa XII",
            ),
            (
                "của Hội nghị Trung ương lần thứ sáu khóa XII",
                "Hội nghị Trung ương lần thứ sáu khóa XII",
            ),
            (
                "của Hội nghị Trung ương lần thứ 8, khóa XI",
                "Hội nghị Trung ương lần thứ 8 khóa XI",
            ),
            // A term's word without a numeral is the prose's.
            ("của Hội nghị Trung ương 6 khóa này", "Hội nghị Trung ương 6"),
            ("của Hội nghị Trung ương năm 2020", "Hội nghị Trung ương"),
            ("của Hội nghị Trung ương 2020", "Hội nghị Trung ương"),
            ("của Bộ Tài chính 2 năm qua", "Bộ Tài chính"),
            ("của Bộ Công Thương chưa được bãi bỏ", "Bộ Công Thương"),
            ("của UBND TP chỉ quy định", "UBND TP"),
            ("của UBND tỉnh đã", "UBND tỉnh"),
            ("của UBND tỉnh Quảng Bình phê duyệt", "UBND tỉnh Quảng Bình"),
            ("của Cục Hàng hải Việt Nam không", "Cục Hàng hải Việt Nam"),
            (
                "của Ban Chấp hành Trung ương Đảng chưa",
                "Ban Chấp hành Trung ương Đảng",
            ),
            ("của Tòa án Nhân dân Tối cao", "Tòa án Nhân dân Tối cao"),
            ("của Bộ GD&ĐT và Bộ Nội vụ", "Bộ GD&ĐT và Bộ Nội vụ"),
            ("của BCH Trung ương khóa XI", "BCH Trung ương khóa XI"),
            ("của Bộ Kế hoạch và Đầu tư về việc", "Bộ Kế hoạch và Đầu tư"),
            ("của UBND TP.HCM về", "UBND TP.HCM"),
            ("của UBND TP. Hồ Chí Minh về", "UBND TP. Hồ Chí Minh"),
            ("của UBND TP.Hà Nội.", "UBND TP.Hà Nội"),
        ] {
            let found = after(text, 0);
            assert_eq!(
                found.issuer.map(|(name, _)| name).as_deref(),
                Some(name),
                "{text}"
            );
        }
        assert!(after("của cán bộ coi thi", 0).issuer.is_none());
        for text in [
            "của Bộ cũng quy định",
            "của Bộ.",
            "của Ban, ngành",
            "của Sở về việc",
            "của TP chỉ quy định",
            // A country's law: no body issued it.
            "của Việt Nam quy định",
        ] {
            assert!(after(text, 0).issuer.is_none(), "{text}");
        }
    }

    #[test]
    fn the_body_after_do_that_issues_a_document_is_its_issuer() {
        let found = after(" do Bộ Tài chính ban hành ngày 14/8/2000 hướng dẫn", 0);
        assert_eq!(
            found.issuer.map(|(name, _)| name).as_deref(),
            Some("Bộ Tài chính")
        );
        assert_eq!(found.date.as_deref(), Some("2000-08-14"));
        let signed = after(" do UBND tỉnh vừa ký ban hành", 0);
        assert_eq!(signed.issuer.map(|(name, _)| name).as_deref(), Some("UBND tỉnh"));
        for text in [
            " do Bộ Tài chính quy định",
            " do Phó Chủ tịch UBND tỉnh ban hành",
            " do ông A ban hành",
        ] {
            assert!(after(text, 0).issuer.is_none(), "{text}");
        }
    }

    #[test]
    fn the_subject_that_issues_a_document_is_its_issuer() {
        let issuer = |text: &str| {
            let start = text.find("Thông tư").unwrap();
            issuer_before(text, start).map(|(name, _)| name)
        };
        for (text, name) in [
            ("Bộ Tài chính vừa ban hành Thông tư 10", "Bộ Tài chính"),
            ("Sáng nay, Bộ Y tế đã chính thức ban hành Thông tư 5", "Bộ Y tế"),
            (
                "Bộ Giáo dục và Đào tạo ký ban hành Thông tư 08",
                "Bộ Giáo dục và Đào tạo",
            ),
            ("Bộ Tài chính đề nghị Chính phủ ban hành Thông tư 1", "Chính phủ"),
            ("Họ gọi là “Bộ Nội vụ ban hành Thông tư 2", "Bộ Nội vụ"),
            (
                "Lao động được đào tạo\nBộ Nội vụ ban hành Thông tư 2",
                "Bộ Nội vụ",
            ),
            (
                "Thủ tướng Chính phủ Nguyễn Xuân Phúc vừa ký Thông tư 3",
                "Thủ tướng Chính phủ",
            ),
            // An official named after their title and body signs for it.
            (
                "Bộ trưởng Bộ Công Thương Trần Tuấn Anh vừa ký Thông tư 10",
                "Bộ trưởng Bộ Công Thương",
            ),
            (
                "Chủ tịch UBND tỉnh Phú Yên Trần Hữu Thế ký Thông tư 10",
                "Chủ tịch UBND tỉnh Phú Yên",
            ),
            ("Tổng Bí thư Tô Lâm ký Thông tư 10", "Tổng Bí thư"),
        ] {
            assert_eq!(issuer(text).as_deref(), Some(name), "{text}");
        }
        for text in [
            "Quy chế được ban hành kèm theo Thông tư 10",
            // A name that begins with no family name cannot be told from
            // the body's.
            "Bộ trưởng Bộ Công Thương Tuấn Anh vừa ký Thông tư 10",
            "Các địa phương triển khai Thông tư 10",
            "ông Nguyễn Văn A ký Thông tư 10",
        ] {
            assert_eq!(issuer(text), None, "{text}");
        }
    }

    #[test]
    fn bodies_of_the_world_and_of_other_states_issue_nothing_of_ours() {
        for text in [
            " của Đại hội đồng Liên hợp quốc",
            ", của Hội đồng Bảo an LHQ về",
            " của Quốc hội Hàn Quốc",
            " của Tổng thống Mỹ Donald Trump",
            " của Nghị viện châu Âu",
        ] {
            assert!(after(text, 0).abroad, "{text}");
        }
        for text in [
            " của UBND tỉnh Lào Cai",
            " của Chính phủ Việt Nam",
            " của Giám đốc Sở Nguyễn Văn Anh",
            " của Quốc hội về hợp tác với Lào",
            " về Liên hợp quốc",
        ] {
            assert!(!after(text, 0).abroad, "{text}");
        }
    }

    #[test]
    fn a_party_body_after_a_date_or_symbol_without_cua_issues_only_before_its_term_or_subject() {
        for (text, name) in [
            (
                "ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về",
                "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII",
            ),
            ("ngày 15/5/2016 Bộ Chính trị về đẩy mạnh", "Bộ Chính trị"),
            (
                "ngày 25-10-2017, Hội nghị Trung ương 6 khóa XII.",
                "Hội nghị Trung ương 6 khóa XII",
            ),
            // Right after the symbol, without a date.
            ("Bộ Chính trị về đẩy mạnh", "Bộ Chính trị"),
            (
                " Hội nghị Trung ương 6 khóa XII về",
                "Hội nghị Trung ương 6 khóa XII",
            ),
        ] {
            let found = after(text, 0);
            assert_eq!(
                found.issuer.map(|(name, _)| name).as_deref(),
                Some(name),
                "{text}"
            );
        }
        for text in [
            // The subject of what the sentence says next.
            "ngày 25/10/2017 Bộ Chính trị tiếp tục ban hành",
            // A meeting of no body named, and a state body.
            "ngày 15/3/2021, Hội nghị lần thứ 3 về việc",
            "ngày 15/3/2021 Bộ Tài chính về việc",
            "Bộ Chính trị tiếp tục chỉ đạo",
        ] {
            assert!(after(text, 0).issuer.is_none(), "{text}");
        }
    }

    #[test]
    fn date_and_issuer_in_either_order() {
        let found = after(", ngày 16-12-2016, của Thành ủy", 0);
        assert_eq!(found.date.as_deref(), Some("2016-12-16"));
        assert_eq!(found.issuer, Some(("Thành ủy".to_owned(), Some("TU".to_owned()))));
        let found = after(" của Ngân hàng Nhà nước ngày 19/1/2001", 0);
        assert_eq!(found.date.as_deref(), Some("2001-01-19"));
        assert_eq!(found.issuer.map(|(_, code)| code), Some(Some("NHNN".to_owned())));
    }

    #[test]
    fn pinpoints_before_a_citation() {
        for (text, pinpoint) in [
            ("theo Điều 6 Quyết định", Some("Điều 6")),
            ("Khoản 1 Điều 29 Nghị định", Some("Khoản 1 Điều 29")),
            (
                "tại Điểm a Khoản 1 Điều 34 Nghị định",
                Some("Điểm a Khoản 1 Điều 34"),
            ),
            ("tại Khoản 2, Điều 6 Thông tư", Some("Khoản 2, Điều 6")),
            ("quy định tại điều 5 của Nghị định", Some("điều 5")),
            ("theo khoản 3 Nghị định", None),
            ("Điều 6 và Nghị định", None),
        ] {
            let start = text.rfind(|c: char| c.is_uppercase()).unwrap();
            assert_eq!(pinpoint_before(text, start), pinpoint, "{text}");
        }
    }

    #[test]
    fn an_english_edition_s_pinpoints() {
        for (text, cited, pinpoint) in [
            ("Under Article 5 of the Land Law", "Land", Some("Article 5")),
            (
                "Clause 2, Article 3 of Decree 100/2019/ND-CP",
                "Decree",
                Some("Clause 2, Article 3"),
            ),
            (
                "Point a, Clause 1, Article 6 of Circular 01",
                "Circular",
                Some("Point a, Clause 1, Article 6"),
            ),
            ("Article 12a of the Penal Code", "Penal", Some("Article 12a")),
            ("Article 5 and the Land Law", "Land", None),
            ("article 5 of the Land Law", "Land", None),
        ] {
            let start = text.find(cited).unwrap();
            assert_eq!(pinpoint_before(text, start), pinpoint, "{text}");
        }
    }
}
