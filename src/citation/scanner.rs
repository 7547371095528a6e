//! The pass that finds citations: at each word that may begin one — a
//! kind's name, an abbreviation, a digit — a bounded look ahead decides.

use super::context::{self, After, digits, is_word_end, number_word, spaces, word, year_phrase};
use super::document_kind::{
    self, ABBREVIATIONS, CONSTITUTION_YEARS, DOCUMENT, FIRST_NAMED_LAW_YEAR, KINDS, Kind, NAMED_CODES,
    Strength,
};
use super::document_symbol::{self, Shape, Symbol};
use super::{Citation, Form};
use crate::normalize::letter;

/// Every citation in `text`, unresolved.
pub(super) fn scan(text: &str) -> Vec<Citation> {
    let mut found = Vec::new();
    let mut at = 0;
    let mut in_word = false;
    while let Some(c) = text[at..].chars().next() {
        let is_word = is_word_char(c);
        if is_word && !in_word && may_begin(c) {
            if let Some(end) = citations_at(text, at, &mut found) {
                at = end;
                in_word = text[..end].chars().next_back().is_some_and(is_word_char);
                continue;
            }
        }
        in_word = is_word;
        at += c.len_utf8();
    }
    found
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && (letter(c).is_some() || c.is_alphanumeric()))
}

/// Whether a citation may begin with `c`: a digit, or the first letter of a
/// kind's name or abbreviation (tested against the tables).
fn may_begin(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            'B' | 'b'
                | 'C'
                | 'c'
                | 'H'
                | 'h'
                | 'K'
                | 'k'
                | 'L'
                | 'l'
                | 'N'
                | 'n'
                | 'P'
                | 'p'
                | 'Q'
                | 'q'
                | 'S'
                | 's'
                | 'T'
                | 't'
                | 'V'
                | 'v'
                | 'Đ'
                | 'đ'
        )
}

/// How a citation names its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KindWritten {
    /// By the kind's name, capitalised (`Nghị định`) or not (`nghị định`).
    Name { capitalised: bool },
    /// By an abbreviation (`NĐ 67`).
    Abbreviation,
}

/// The citations that begin at `at`, pushed to `found`; returns where the
/// last one ends.
fn citations_at(text: &str, at: usize, found: &mut Vec<Citation>) -> Option<usize> {
    let first = text[at..].chars().next()?;
    if first.is_ascii_digit() {
        return bare_symbol(text, at, found);
    }
    if let Some((kind, after)) = kind_name(text, at) {
        let capitalised = first.is_uppercase();
        return match kind.name {
            "Hiến pháp" if capitalised => constitution(text, at, kind, after, found),
            "Luật" | "Bộ luật" | "Pháp lệnh" => law(text, at, kind, after, capitalised, found),
            "Nghị quyết" if capitalised => central_committee_resolution(text, at, kind, after, found)
                .or_else(|| numbered(text, at, kind, after, KindWritten::Name { capitalised }, found)),
            _ => numbered(text, at, kind, after, KindWritten::Name { capitalised }, found),
        };
    }
    named_code(text, at, found).or_else(|| abbreviation(text, at, found))
}

/// The kind whose name is written at `at`, in any case, and where the name
/// ends.
fn kind_name(text: &str, at: usize) -> Option<(&'static Kind, usize)> {
    KINDS
        .iter()
        .find_map(|kind| word(text, at, kind.name).map(|end| (kind, end)))
}

/// `NĐ 67`, `QĐ 33`, `NĐ155/CP`.
fn abbreviation(text: &str, at: usize, found: &mut Vec<Citation>) -> Option<usize> {
    let rest = &text[at..];
    let (abbreviation, name) = ABBREVIATIONS.iter().find(|(abbreviation, _)| {
        rest.strip_prefix(abbreviation)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_alphabetic()))
    })?;
    let kind = document_kind::by_name(name)?;
    if after_identifier_word(text, at) {
        return None;
    }
    numbered(
        text,
        at,
        kind,
        at + abbreviation.len(),
        KindWritten::Abbreviation,
        found,
    )
}

/// A kind and what follows it: a symbol, a number, a list of them.
fn numbered(
    text: &str,
    start: usize,
    kind: &'static Kind,
    after_kind: usize,
    written: KindWritten,
    found: &mut Vec<Citation>,
) -> Option<usize> {
    let spaced = spaces(text, after_kind);
    let glued = spaced == after_kind;
    let numbered_by_word = number_word(text, spaced);
    let at = numbered_by_word.unwrap_or(spaced);
    if !text[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (symbol, mut end) = document_symbol::parse(text, at)?;
    let capitalised = written != KindWritten::Name { capitalised: false };
    let has_number_word = numbered_by_word.is_some();
    if !(capitalised || has_number_word || symbol.is_self_evident()) {
        return None;
    }
    match symbol.shape {
        Shape::State | Shape::Party | Shape::Hyphenated => {}
        Shape::NumberYear if kind.strength != Strength::Named => {}
        Shape::Number if kind.strength != Strength::Named && !glued => {
            if !stands_alone(text, end, false) || (!has_number_word && looks_like_year(&symbol.number)) {
                return None;
            }
        }
        _ => return None,
    }
    let shape = symbol.shape;
    let mut items = vec![(start, end, symbol)];
    // `Quyết định số 649 năm 2014`: the year is a field, not the span.
    let mut context_at = end;
    if shape == Shape::Number {
        if let Some((year, after)) = year_phrase(text, spaces(text, end)) {
            items[0].2.year = Some(year);
            context_at = after;
        }
    }
    if context_at == end {
        while let Some(item) = list_item(text, end, shape) {
            end = item.1;
            items.push(item);
        }
        context_at = end;
    }
    let after = context::after(text, context_at);
    let pinpoint = context::pinpoint_before(text, start);
    for (index, (span_start, span_end, symbol)) in items.into_iter().enumerate() {
        let mut citation = citation_of(span_start, span_end, kind, symbol, &after);
        if index == 0 {
            citation.pinpoint = pinpoint.map(str::to_owned);
        }
        found.push(citation);
    }
    Some(end)
}

/// The next item of a list after `end` (`, 218`, ` và 579/QĐ-UBND`, ` và số
/// 10`), when it has the same shape as the first.
fn list_item(text: &str, end: usize, shape: Shape) -> Option<(usize, usize, Symbol)> {
    let mut at = spaces(text, end);
    let comma = text[at..].starts_with(',');
    if comma {
        at = spaces(text, at + 1);
    }
    if let Some(after) = word(text, at, "và") {
        at = spaces(text, after);
    } else if !comma {
        return None;
    }
    let at = number_word(text, at).unwrap_or(at);
    if !text[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (symbol, item_end) = document_symbol::parse(text, at)?;
    let alone =
        shape != Shape::Number || (stands_alone(text, item_end, true) && !looks_like_year(&symbol.number));
    (symbol.shape == shape && alone).then_some((at, item_end, symbol))
}

/// Words that measure or count: a number before one is a quantity (`Kế
/// hoạch 5 năm`), not a document's number.
const MEASURES: &[&str] = &[
    "năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "lần", "người", "triệu", "tỷ", "tỉ", "nghìn",
    "ngàn", "trăm", "đồng", "km", "m", "kg", "ha", "tấn", "điểm",
];

/// Words a document's number is followed by in a list (`Quyết định 217, 218
/// và 2 của …`).
const AFTER_LIST_ITEM: &[&str] = &[
    "của", "và", "về", "ngày", "năm", "đã", "được", "do", "đều", "cùng",
];

/// Whether the number ending at `end` stands alone as a document's number:
/// not part of a bigger number (`1.200`) or a quantity (`5 năm`). In a list
/// (`strict`), it must also end the phrase.
fn stands_alone(text: &str, end: usize, strict: bool) -> bool {
    let rest = &text[end..];
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some('.' | ','), Some(next)) if next.is_alphanumeric() => return false,
        (Some('/' | '-' | '%' | '–'), _) => return false,
        _ => {}
    }
    let next = spaces(text, end);
    let following: String = text[next..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if MEASURES.contains(&following.as_str()) {
        return match following.as_str() {
            "năm" => year_phrase(text, next).is_some(),
            "ngày" => word(text, next, "ngày")
                .is_some_and(|after| context::date(text, spaces(text, after)).is_some()),
            _ => false,
        };
    }
    !strict || following.is_empty() || AFTER_LIST_ITEM.contains(&following.as_str())
}

/// A four-digit number that reads as a year (`Chương trình 2000`).
fn looks_like_year(number: &str) -> bool {
    number.len() == 4
        && number
            .parse::<u16>()
            .is_ok_and(|year| (1900..=2099).contains(&year))
}

/// Whether the word before `at` says what follows is an identifier (`số
/// hiệu NĐ 1816`, `biển số 68E1`, `kí hiệu CT-01`), not a document.
fn after_identifier_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let tail: String = {
        let mut tail: Vec<char> = before.chars().rev().take(8).collect();
        tail.reverse();
        tail.into_iter().flat_map(char::to_lowercase).collect()
    };
    [
        "số hiệu",
        "biển số",
        "kí hiệu",
        "ký hiệu",
        "mã hiệu",
        "mã số",
        " mã",
    ]
    .iter()
    .any(|word| tail.ends_with(word) || tail == word.trim_start())
}

/// A citation of `kind` with `symbol`, and what the text says after it.
fn citation_of(start: usize, end: usize, kind: &'static Kind, symbol: Symbol, after: &After) -> Citation {
    let form = match symbol.shape {
        Shape::State | Shape::Party | Shape::Hyphenated => Form::Full,
        Shape::Number | Shape::NumberYear => Form::Short,
    };
    let mut citation = Citation::new(start, end, kind, form);
    citation.symbol = symbol.canonical();
    if citation.symbol.is_none() {
        citation.symbol = inferred_symbol(kind, &symbol, after);
        citation.inferred = citation.symbol.is_some();
    }
    citation.number = Some(symbol.number);
    citation.year = symbol.year;
    citation.type_code = symbol
        .type_code
        .or_else(|| citation.inferred.then(|| kind.code.map(str::to_owned)).flatten());
    citation.issuer_code = symbol
        .issuer
        .or_else(|| after.issuer.as_ref().and_then(|(_, code)| code.clone()));
    citation.date = after.date.clone();
    citation.issuer = after.issuer.as_ref().map(|(name, _)| name.clone());
    citation
}

/// Party issuers: their documents are numbered `N-TYPE/ISSUER`.
fn is_party_issuer(code: &str) -> bool {
    matches!(code, "TW" | "TU" | "HU" | "QU" | "ThU" | "ĐU") || code.ends_with("TW")
}

/// The symbol a short form stands for, when its kind and the issuer named
/// after it say: `Nghị định 155/2016` → `155/2016/NĐ-CP`, `Thông tư 6 ngày
/// 15.2.2012 của Bộ GD-ĐT` → `06/2012/TT-BGDĐT`, `Chỉ thị 40 của Ban Bí thư`
/// → `40-CT/TW`.
fn inferred_symbol(kind: &Kind, symbol: &Symbol, after: &After) -> Option<String> {
    let type_code = kind.code?;
    let issuer = kind
        .sole_issuer
        .map(str::to_owned)
        .or_else(|| after.issuer.as_ref().and_then(|(_, code)| code.clone()))?;
    if is_party_issuer(&issuer) {
        return Some(format!("{}-{type_code}/{issuer}", symbol.number));
    }
    if !kind.state_code {
        return None;
    }
    let year_of_date = after.date.as_deref().and_then(|date| date[..4].parse().ok());
    match symbol.year.or(if kind.dated { year_of_date } else { None }) {
        // Normative documents are numbered with two digits at least.
        Some(year) if kind.dated => Some(format!("{:0>2}/{year}/{type_code}-{issuer}", symbol.number)),
        Some(year) => Some(format!("{}/{year}/{type_code}-{issuer}", symbol.number)),
        None if kind.dated => None,
        None => Some(format!("{}/{type_code}-{issuer}", symbol.number)),
    }
}

/// A symbol cited without its kind's name (`theo 15/2020/NĐ-CP`), when the
/// symbol says it is a document's.
fn bare_symbol(text: &str, at: usize, found: &mut Vec<Citation>) -> Option<usize> {
    // Inside a path or a longer token (`/van-ban/15/2020/NĐ-CP`) it is not
    // prose.
    let before = text[..at].chars().next_back();
    if before.is_some_and(|c| !(c.is_whitespace() || matches!(c, '(' | '[' | '“' | '"' | '‘' | '\'' | ':')))
    {
        return None;
    }
    let (symbol, end) = document_symbol::parse(text, at)?;
    if !symbol.is_self_evident() || after_identifier_word(text, at) {
        return None;
    }
    let kind = symbol
        .type_code
        .as_deref()
        .and_then(document_kind::by_code)
        .unwrap_or(&DOCUMENT);
    let after = context::after(text, end);
    let mut citation = citation_of(at, end, kind, symbol, &after);
    citation.pinpoint = context::pinpoint_before(text, at).map(str::to_owned);
    found.push(citation);
    Some(end)
}

/// `Hiến pháp năm 2013`: one of Vietnam's constitutions.
fn constitution(
    text: &str,
    start: usize,
    kind: &'static Kind,
    after_kind: usize,
    found: &mut Vec<Citation>,
) -> Option<usize> {
    // `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992`.
    let at = spaces(text, after_kind);
    let name_end = [
        "nước cộng hòa xã hội chủ nghĩa việt nam",
        "nước cộng hoà xã hội chủ nghĩa việt nam",
        "nước chxhcn việt nam",
    ]
    .iter()
    .find_map(|name| word(text, at, name))
    .unwrap_or(after_kind);
    let (year, end) = year_phrase(text, spaces(text, name_end))?;
    if !CONSTITUTION_YEARS.contains(&year) {
        return None;
    }
    found.push(named_citation(
        text,
        start,
        end,
        kind,
        &text[start..name_end],
        Some(year),
    ));
    Some(end)
}

/// `BLHS 2015`: a code by its abbreviation and year.
fn named_code(text: &str, start: usize, found: &mut Vec<Citation>) -> Option<usize> {
    let rest = &text[start..];
    let (abbreviation, subject) = NAMED_CODES.iter().find(|(abbreviation, _)| {
        rest.starts_with(abbreviation) && is_word_end(text, start + abbreviation.len())
    })?;
    let (year, end) = year_phrase(text, spaces(text, start + abbreviation.len()))?;
    let kind = document_kind::by_name("Bộ luật")?;
    let mut citation = named_citation(text, start, end, kind, "", Some(year));
    citation.name = Some(format!("Bộ luật {subject}"));
    found.push(citation);
    Some(end)
}

/// A named citation spanning `start..end`.
fn named_citation(
    text: &str,
    start: usize,
    end: usize,
    kind: &'static Kind,
    name: &str,
    year: Option<u16>,
) -> Citation {
    let mut citation = Citation::new(start, end, kind, Form::Named);
    citation.name = Some(name.to_owned());
    citation.year = year;
    citation.pinpoint = context::pinpoint_before(text, start).map(str::to_owned);
    citation
}

/// `Nghị quyết Trung ương 4 khóa XII`, `Nghị quyết TƯ 4`, `Nghị quyết TW4`:
/// a resolution of a plenum of the Central Committee, by the plenum's
/// number.
fn central_committee_resolution(
    text: &str,
    start: usize,
    kind: &'static Kind,
    after_kind: usize,
    found: &mut Vec<Citation>,
) -> Option<usize> {
    let at = spaces(text, after_kind);
    let after_committee = word(text, at, "trung ương").or_else(|| {
        ["TƯ", "TW"]
            .iter()
            .find(|code| text[at..].starts_with(*code))
            .map(|code| at + code.len())
    })?;
    let (plenum, mut end) = digits(text, spaces(text, after_committee), 2)?;
    if !(1..=20).contains(&plenum) || !is_word_end(text, end) {
        return None;
    }
    // `khóa XII`
    let term = spaces(text, end);
    if let Some(after) = word(text, term, "khóa").or_else(|| word(text, term, "khoá")) {
        let numeral = spaces(text, after);
        let len = text[numeral..]
            .bytes()
            .take_while(|b| b"IVXL".contains(b))
            .count();
        if len > 0 && is_word_end(text, numeral + len) {
            end = numeral + len;
        }
    }
    found.push(named_citation(text, start, end, kind, &text[start..end], None));
    Some(end)
}

/// The most words a law's name has before its number or year.
const MAX_LAW_NAME_WORDS: usize = 20;

/// Words that end a law's name (`Luật Đất đai có hiệu lực …`).
const NOT_IN_LAW_NAMES: &[&str] = &[
    "về", "ngày", "năm", "số", "khóa", "khoá", "đã", "sẽ", "là", "được", "có", "thì", "tại", "trong", "cho",
    "với", "đến", "theo", "này", "nay", "quy", "hướng", "nhằm", "để", "vừa", "đang", "cũng", "mà", "khi",
    "do", "từ", "của", "việc", "nhưng",
];

/// A law or code: `Luật số 59/2020/QH14`, `Bộ luật Hình sự số 100/2015/QH13`,
/// `Luật Đất đai năm 2013`, `Bộ luật hình sự năm 1999`, `Luật Sửa đổi, bổ
/// sung một số điều của Luật Thuế bảo vệ môi trường`.
fn law(
    text: &str,
    start: usize,
    kind: &'static Kind,
    after_kind: usize,
    capitalised: bool,
    found: &mut Vec<Citation>,
) -> Option<usize> {
    let at = spaces(text, after_kind);
    if number_word(text, at).is_some() || text[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return numbered(
            text,
            start,
            kind,
            after_kind,
            KindWritten::Name { capitalised },
            found,
        );
    }
    if !capitalised || at == after_kind {
        return None;
    }
    let words = law_name_words(text, at);
    let first = words.first()?;
    // `Luật sư` is a lawyer.
    if first.0 == "sư" {
        return None;
    }
    let amending = words.len() > 1 && words[0].0.to_lowercase() == "sửa" && words[1].0 == "đổi";
    let mut name_end = None;
    for (index, &(_, word_end)) in words.iter().enumerate() {
        let next = spaces(text, word_end);
        if let Some(number_at) = number_word(text, next) {
            if let Some((symbol, end)) = document_symbol::parse(text, number_at) {
                if symbol.shape == Shape::State {
                    let after = context::after(text, end);
                    let mut citation = citation_of(start, end, kind, symbol, &after);
                    citation.name = Some(text[start..word_end].to_owned());
                    citation.pinpoint = context::pinpoint_before(text, start).map(str::to_owned);
                    found.push(citation);
                    return Some(end);
                }
            }
        }
        if let Some((year, end)) = year_phrase(text, next) {
            let oldest = if kind.name == "Bộ luật" {
                1945
            } else {
                FIRST_NAMED_LAW_YEAR
            };
            if year < oldest {
                return None;
            }
            found.push(named_citation(
                text,
                start,
                end,
                kind,
                &text[start..word_end],
                Some(year),
            ));
            return Some(end);
        }
        name_end = Some(word_end);
        // Only an amending law's name names another law.
        let stops = words.get(index + 1).is_none_or(|(next_word, _)| {
            let another_law = next_word.eq_ignore_ascii_case("luật");
            (NOT_IN_LAW_NAMES.contains(next_word) || another_law)
                && !(amending && (matches!(*next_word, "số" | "của") || another_law))
        });
        if stops {
            break;
        }
    }
    // An amending law is named by the law it amends, year or not.
    let name_end = name_end?;
    let amends = words
        .iter()
        .take_while(|(_, end)| *end <= name_end)
        .any(|(word, _)| *word == "Luật");
    if !amending || !amends {
        return None;
    }
    found.push(named_citation(
        text,
        start,
        name_end,
        kind,
        &text[start..name_end],
        None,
    ));
    Some(name_end)
}

/// The words after a law's kind: letters only, one space apart, or a comma
/// between words that go on the name (`Luật Cán bộ, công chức`, `Luật Thi
/// đua, Khen thưởng`, `Luật Sửa đổi, bổ sung`).
fn law_name_words(text: &str, at: usize) -> Vec<(&str, usize)> {
    let mut words = Vec::new();
    let mut start = at;
    while words.len() < MAX_LAW_NAME_WORDS {
        let len: usize = text[start..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        if len == 0 || !is_word_end(text, start + len) {
            break;
        }
        let end = start + len;
        words.push((&text[start..end], end));
        let mut next = spaces(text, end);
        // A comma (`,` or, in tokenised text, ` ,`) before another word of
        // the name, not before the next law (`Luật Đất đai, Luật Nhà ở`).
        if text[next..].starts_with(',') {
            let after = spaces(text, next + 1);
            if after == next + 1 || word(text, after, "luật").is_some() {
                break;
            }
            next = after;
        }
        if next == end {
            break;
        }
        start = next;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_and_abbreviation_may_begin_a_citation() {
        let firsts = KINDS
            .iter()
            .map(|kind| kind.name)
            .chain(ABBREVIATIONS.iter().map(|(abbreviation, _)| *abbreviation))
            .chain(NAMED_CODES.iter().map(|(abbreviation, _)| *abbreviation))
            .filter_map(|name| name.chars().next());
        for first in firsts {
            assert!(may_begin(first), "{first}");
            assert!(first.to_lowercase().all(may_begin), "{first}");
        }
    }
}
