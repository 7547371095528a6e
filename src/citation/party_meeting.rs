//! Party resolutions named by the meeting that passed them, and the one
//! name each is listed under, however the text writes it:
//!
//! - a plenum of the Central Committee: `Nghị quyết Trung ương 4 khóa XII`,
//!   `Nghị quyết TW4 (khóa XII)`, `Nghị quyết Hội nghị Trung ương lần thứ
//!   tư, khóa XII` and `Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung
//!   ương Đảng khóa XII` are all `Nghị quyết Trung ương 4 khóa XII`;
//! - a national congress: `Nghị quyết Đại hội XIII`, `Nghị quyết Đại hội
//!   Đảng toàn quốc lần thứ XIII`, `Nghị quyết Đại hội đại biểu toàn quốc
//!   lần thứ 13 của Đảng` are all `Nghị quyết Đại hội XIII`;
//! - a local congress keeps the name it is written with (`Nghị quyết Đại
//!   hội đại biểu Đảng bộ tỉnh lần thứ XVII`).
//!
//! A plenum named without its term (`Nghị quyết Trung ương 4`) is listed
//! with the one term the text gives that plenum elsewhere: see
//! [`complete_terms`].

use std::collections::BTreeMap;

use super::context::{digits, is_word_end, plenum_number, spaces, word};
use super::{Citation, Form, Kind};
use crate::normalize::is_alphanumeric;

/// What comes between a plenum's number and its term in a listed name.
pub(super) const TERM: &str = " khóa ";

/// The most words between `Đại hội` and a congress's ordinal.
const MAX_CONGRESS_WORDS: usize = 8;

/// The words of a national congress's name (`Đại hội đại biểu toàn quốc
/// lần thứ XIII`, `Đại hội Đảng toàn quốc`): with any other word the
/// congress is some body's own (`Đảng bộ tỉnh`, `Đoàn`).
const NATIONAL_CONGRESS_WORDS: &[&str] = &["Đảng", "đại biểu", "toàn quốc"];

/// A resolution named by its meeting at `start` (`Nghị quyết` ends at
/// `after_kind`): where the meeting's name ends, and the name the
/// resolution is listed under.
pub(super) fn resolution(
    text: &str,
    start: usize,
    kind: &Kind,
    after_kind: usize,
) -> Option<(usize, String)> {
    let at = spaces(text, after_kind);
    let (end, name) = congress(text, at, kind).or_else(|| plenum(text, at, kind))?;
    Some((end, name.unwrap_or_else(|| text[start..end].to_owned())))
}

/// A plenum's name read at `at` (`Trung ương 4`, `TƯ 4`, `TW4`, `Hội nghị
/// Trung ương lần thứ 8`, `Hội nghị lần thứ tư Ban Chấp hành Trung ương
/// Đảng`, `4 Trung ương`) and the term after it, if any: where it ends, and
/// the name the resolution is listed under.
fn plenum(text: &str, at: usize, kind: &Kind) -> Option<(usize, Option<String>)> {
    const COMMITTEE: &str = "Ban Chấp hành Trung ương";
    let meeting = word(text, at, "hội nghị");
    let at = meeting.map_or(at, |after| spaces(text, after));
    let (end, number) = match committee(text, at) {
        Some(after_committee) if word(text, spaces(text, after_committee), "lần thứ").is_some() => {
            plenum_number(text, after_committee)?
        }
        Some(after_committee) => {
            let (number, end) = plenum_digits(text, spaces(text, after_committee))?;
            (end, number)
        }
        // The number first: `Hội nghị lần thứ tư Ban Chấp hành Trung ương`.
        None if meeting.is_some() => {
            let (end, number) = plenum_number(text, meeting?)?;
            let end = word(text, spaces(text, end), COMMITTEE)?;
            (word(text, spaces(text, end), "Đảng").unwrap_or(end), number)
        }
        // The number right after the kind, the committee and the term
        // after it: `Nghị quyết 4 Trung ương khóa XII`. Without the
        // committee (`Nghị quyết 18 khóa XII`) or the term (`Nghị quyết 18
        // Trung ương`, which may be `của Trung ương`) the number is the
        // resolution's own (`18-NQ/TW`), not the plenum's.
        None => {
            let (number, end) = plenum_digits(text, at)?;
            let after_committee = committee(text, spaces(text, end))?;
            let (end, term) = term(text, after_committee)?;
            let name = format!("{} Trung ương {number}{TERM}{term}", kind.name);
            return Some((end, Some(name)));
        }
    };
    let name = format!("{} Trung ương {number}", kind.name);
    Some(match term(text, end) {
        Some((end, term)) => (end, Some(format!("{name}{TERM}{term}"))),
        None => (end, Some(name)),
    })
}

/// Where the committee's name standing at `at` ends: `Trung ương`, `TƯ`,
/// `TW` (which a plenum's number may follow unspaced: `TW4`), `T.Ư`,
/// `T.W`.
fn committee(text: &str, at: usize) -> Option<usize> {
    word(text, at, "trung ương").or_else(|| {
        ["TƯ", "TW", "T.Ư", "T.W"]
            .iter()
            .find(|code| text[at..].starts_with(*code))
            .map(|code| at + code.len())
    })
}

/// A plenum's number in digits standing as a word at `at` (a term holds at
/// most twenty plenums), and where it ends.
fn plenum_digits(text: &str, at: usize) -> Option<(u32, usize)> {
    let (number, end) = digits(text, at, 2)?;
    ((1..=20).contains(&number) && is_word_end(text, end)).then_some((number, end))
}

/// The term after a plenum's name ending at `end`: `khóa XII`, `(khóa
/// XII)`, `khóa (XII)`, `, khóa XI`. Where it ends, and its numeral.
pub(super) fn term(text: &str, end: usize) -> Option<(usize, &str)> {
    let mut at = spaces(text, end);
    if text[at..].starts_with(',') {
        at = spaces(text, at + 1);
    }
    let in_brackets = text[at..].starts_with('(');
    if in_brackets {
        at += 1;
    }
    let after_word = word(text, at, "khóa").or_else(|| word(text, at, "khoá"))?;
    let mut numeral = spaces(text, after_word);
    let numeral_in_brackets = !in_brackets && text[numeral..].starts_with('(');
    if numeral_in_brackets {
        numeral += 1;
    }
    let numeral_end = roman_numeral(text, numeral)?;
    if in_brackets || numeral_in_brackets {
        return text[numeral_end..]
            .starts_with(')')
            .then_some((numeral_end + 1, &text[numeral..numeral_end]));
    }
    Some((numeral_end, &text[numeral..numeral_end]))
}

/// A congress's name read at `at` (`Đại hội XIII`, `Đại hội Đảng toàn
/// quốc lần thứ XIII`, `Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII`): its
/// ordinal in Roman numerals or digits, after at most eight words of whose
/// congress it is, with no punctuation between. Where it ends, and for a
/// national congress the name its resolution is listed under.
fn congress(text: &str, at: usize, kind: &Kind) -> Option<(usize, Option<String>)> {
    if !text[at..].starts_with("Đại") {
        return None;
    }
    let mut next = spaces(text, word(text, at, "Đại hội")?);
    let mut national = true;
    for words in 0..=MAX_CONGRESS_WORDS {
        let ordinal = word(text, next, "lần thứ").map(|after| spaces(text, after));
        // A numeral right after `Đại hội`, or after `lần thứ`.
        let numeral = ordinal.or((words == 0).then_some(next));
        let roman = numeral
            .and_then(|at| roman_numeral(text, at))
            .map(|end| (end, None));
        let in_digits = || {
            digits(text, ordinal?, 2)
                .filter(|&(_, end)| is_word_end(text, end))
                .map(|(number, end)| (end, Some(number)))
        };
        if let Some((end, number)) = roman.or_else(in_digits) {
            if !national || of_a_party_organisation(text, end) {
                return Some((end, None));
            }
            let written = number.map_or_else(|| text[numeral.unwrap_or(next)..end].to_owned(), roman_of);
            return Some((end, Some(format!("{} Đại hội {written}", kind.name))));
        }
        if ordinal.is_some() {
            return None;
        }
        let (word_end, national_word) = match NATIONAL_CONGRESS_WORDS.iter().find_map(|w| word(text, next, w))
        {
            Some(end) => (end, true),
            None => (
                next + text[next..]
                    .find(|c: char| !is_alphanumeric(c))
                    .unwrap_or(text.len() - next),
                false,
            ),
        };
        national &= national_word;
        let after = spaces(text, word_end);
        if word_end == next || after == word_end {
            return None;
        }
        next = after;
    }
    None
}

/// Whether the congress whose ordinal ends at `end` is a Party
/// organisation's, named after it (`lần thứ XXI Đảng bộ thành phố`, `lần
/// thứ XVI của Đảng bộ Thành phố`).
fn of_a_party_organisation(text: &str, end: usize) -> bool {
    let at = spaces(text, end);
    let at = word(text, at, "của").map_or(at, |after| spaces(text, after));
    word(text, at, "Đảng bộ").is_some()
}

/// Where a Roman numeral (`XIII`) standing as a word at `at` ends.
fn roman_numeral(text: &str, at: usize) -> Option<usize> {
    let len = text[at..].bytes().take_while(|b| b"IVXL".contains(b)).count();
    (len > 0 && is_word_end(text, at + len)).then_some(at + len)
}

/// `number` (below 100) in Roman numerals, as congresses are numbered.
fn roman_of(mut number: u32) -> String {
    const NUMERALS: [(u32, &str); 8] = [
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut roman = String::new();
    for (value, numeral) in NUMERALS {
        while number >= value {
            roman.push_str(numeral);
            number -= value;
        }
    }
    roman
}

/// Lists a plenum's resolution named without its term (`Nghị quyết Trung
/// ương 4`) under the one term the text gives that plenum elsewhere
/// (`Nghị quyết Trung ương 4 (khóa XII)`), pointing to that citation, as a
/// short form points to its full citation. Two terms (`khóa XI`, `khóa
/// XII`) leave it as it is.
pub(super) fn complete_terms(citations: &mut [Citation]) {
    // Each plenum named with a term leads to its first such citation, or
    // to none once a second term is given. (A `BTreeMap<String, usize>`,
    // as the crate's other maps: each other kind costs the wasm module
    // about 3.5 KB.)
    let mut plenums: BTreeMap<String, usize> = BTreeMap::new();
    let mut targets: Vec<Option<usize>> = Vec::new();
    for (index, citation) in citations.iter().enumerate() {
        let Some((plenum, full)) = termed(citation) else {
            continue;
        };
        match plenums.get(plenum) {
            Some(&place) => {
                if targets[place]
                    .is_some_and(|first| termed(&citations[first]).map(|(_, name)| name) != Some(full))
                {
                    targets[place] = None;
                }
            }
            None => {
                plenums.insert(plenum.to_owned(), targets.len());
                targets.push(Some(index));
            }
        }
    }
    for index in 0..citations.len() {
        let citation = &citations[index];
        if citation.form != Form::Named || termed(citation).is_some() {
            continue;
        }
        let target = citation
            .name
            .as_deref()
            .and_then(|name| plenums.get(name))
            .and_then(|&place| targets[place]);
        if let Some(target) = target {
            citations[index].name = citations[target].name.clone();
            citations[index].resolves_to = Some(target);
        }
    }
}

/// A plenum's resolution listed with its term: the name without the term,
/// and the whole name.
fn termed(citation: &Citation) -> Option<(&str, &str)> {
    let name = citation.name.as_deref()?;
    let (plenum, _) = name.split_once(TERM)?;
    (citation.form == Form::Named && citation.kind.name == "Nghị quyết").then_some((plenum, name))
}

#[cfg(test)]
mod tests {
    use super::roman_of;

    #[test]
    fn ordinals_in_digits_are_written_as_congresses_are_numbered() {
        let numerals: Vec<String> = [1, 4, 9, 13, 14, 17, 21, 39, 44, 99]
            .into_iter()
            .map(roman_of)
            .collect();
        assert_eq!(
            numerals,
            [
                "I", "IV", "IX", "XIII", "XIV", "XVII", "XXI", "XXXIX", "XLIV", "XCIX"
            ]
        );
    }
}
