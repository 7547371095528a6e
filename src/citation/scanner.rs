//! The pass that finds citations: at each word that may begin one — a
//! kind's name, an abbreviation, a digit — a bounded look ahead decides.

use super::context::{self, After, FIRST_YEAR, is_word_end, number_word, spaces, word, year_phrase};
use super::document_kind::{
    self, ABBREVIATIONS, CONSTITUTION_YEARS, DOCUMENT, FIRST_NAMED_LAW_YEAR, KINDS, Kind, NAMED_CODES,
    Strength,
};
use super::document_symbol::{self, Shape, Symbol};
use super::issuer::COUNTRIES;
use super::law_names::{self, Listed};
use super::party_meeting;
use super::{Citation, Form};
use crate::normalize::{is_alphanumeric, to_lower};

/// Every citation in `text`, unresolved.
pub(super) fn scan(text: &str) -> Vec<Citation> {
    let mut found = Vec::new();
    let mut at = 0;
    // The bytes that cannot begin a citation are passed over by one table
    // lookup each.
    let may_begin = |byte: &u8| byte.is_ascii_digit() || FIRST_BYTE_ROW[usize::from(*byte)] != 0;
    while let Some(offset) = text
        .as_bytes()
        .get(at..)
        .and_then(|rest| rest.iter().position(may_begin))
    {
        at += offset;
        let beginning = beginning_at(text, at);
        if beginning.is_some()
            && starts_word(text, at)
            && let Some(end) = citations_at(text, at, beginning, &mut found)
        {
            at = end;
            continue;
        }
        at += 1;
    }
    share_series_issuers(text, &mut found);
    found
}

/// Whether no letter or digit comes right before byte `at`, a character
/// boundary.
pub(super) fn starts_word(text: &str, at: usize) -> bool {
    match text.as_bytes()[..at].last() {
        None => true,
        Some(byte) if byte.is_ascii() => !byte.is_ascii_alphanumeric(),
        Some(_) => !text[..at].chars().next_back().is_some_and(is_alphanumeric),
    }
}

/// How a citation may begin at byte `at`: with a digit (`Some(None)`), or
/// with the first two letters of kinds' names or abbreviations, in either
/// case (`Some(Some(set))`: which of [`BEGINNINGS`] it may be, as bits).
/// This is the one test every byte of the text meets, so it looks at
/// bytes, the first byte of each of the two letters (`Tờ` and `TỜ` both
/// begin `t`, 0xE1), in two small tables.
fn beginning_at(text: &str, at: usize) -> Option<Option<u64>> {
    let bytes = text.as_bytes();
    let first = *bytes.get(at)?;
    if first.is_ascii_digit() {
        return Some(None);
    }
    // Only ASCII and lead bytes have a row: `at` is a character boundary.
    let row = FIRST_BYTE_ROW[usize::from(first)];
    if row == 0 {
        return None;
    }
    let second = bytes
        .get(at + utf8_len(first))
        .copied()
        .unwrap_or(0)
        .to_ascii_lowercase();
    let set = BEGINNING_SETS[usize::from(row)][usize::from(SECOND_BYTE_COLUMN[usize::from(second)])];
    (set != 0).then_some(Some(set))
}

/// For each first byte of [`BEGINNINGS`], in either case, its row of
/// [`BEGINNING_SETS`]; 0 for every other byte.
const FIRST_BYTE_ROW: [u8; 256] = {
    let mut rows = [0; 256];
    let mut next = 1;
    let mut index = 0;
    while index < BEGINNINGS.len() {
        let first = BEGINNINGS[index].0;
        if rows[first as usize] == 0 {
            rows[first as usize] = next;
            rows[first.to_ascii_uppercase() as usize] = next;
            next += 1;
        }
        index += 1;
    }
    rows
};

/// For each second byte of [`BEGINNINGS`], its column of
/// [`BEGINNING_SETS`]; 0 for every other byte.
const SECOND_BYTE_COLUMN: [u8; 256] = {
    let mut columns = [0; 256];
    let mut next = 1;
    let mut index = 0;
    while index < BEGINNINGS.len() {
        let second = BEGINNINGS[index].1 as usize;
        if columns[second] == 0 {
            columns[second] = next;
            next += 1;
        }
        index += 1;
    }
    columns
};

/// Which of [`BEGINNINGS`] each pair of first and second byte begins, as
/// bits; row and column 0 begin nothing. (More beginnings, rows or columns
/// than fit stop the build: a shift or index out of range in a constant.)
const BEGINNING_SETS: [[u64; 16]; 32] = {
    let mut sets = [[0; 16]; 32];
    let mut index = 0;
    while index < BEGINNINGS.len() {
        let (first, second) = BEGINNINGS[index];
        let row = FIRST_BYTE_ROW[first as usize] as usize;
        let column = SECOND_BYTE_COLUMN[second as usize] as usize;
        sets[row][column] |= 1 << index;
        index += 1;
    }
    sets
};

/// The length of the UTF-8 sequence that `lead` begins.
const fn utf8_len(lead: u8) -> usize {
    // 0xxxxxxx: 1; 110xxxxx: 2; 1110xxxx: 3; 11110xxx: 4.
    let ones = lead.leading_ones() as usize;
    if ones == 0 { 1 } else { ones }
}

/// The first bytes of the first two letters of every kind's name,
/// abbreviation and named code, ASCII in small letters.
const BEGINNINGS: [(u8, u8); KINDS.len() + ABBREVIATIONS.len() + NAMED_CODES.len()] = {
    const fn beginning(name: &str) -> (u8, u8) {
        let bytes = name.as_bytes();
        (
            bytes[0].to_ascii_lowercase(),
            bytes[utf8_len(bytes[0])].to_ascii_lowercase(),
        )
    }
    let mut table = [(0, 0); KINDS.len() + ABBREVIATIONS.len() + NAMED_CODES.len()];
    let mut index = 0;
    while index < KINDS.len() {
        table[index] = beginning(KINDS[index].name);
        index += 1;
    }
    let mut other = 0;
    while other < ABBREVIATIONS.len() {
        table[index] = beginning(ABBREVIATIONS[other].0);
        index += 1;
        other += 1;
    }
    other = 0;
    while other < NAMED_CODES.len() {
        table[index] = beginning(NAMED_CODES[other].0);
        index += 1;
        other += 1;
    }
    table
};

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
// Not inlined into `scan`: its loop over the text's bytes then carried all
// of this, and V8, which charges a loop's every turn with the size of its
// body, compiled it with TurboFan beside the first render of every first
// visit (benches/README.md, "What a first visit compiles"). Out of line,
// the loop is small and this is asked only where a citation may begin:
// 0.4% fewer instructions for `vn-article cite` over baomoi-dev.
#[inline(never)]
fn citations_at(
    text: &str,
    at: usize,
    beginning: Option<Option<u64>>,
    found: &mut Vec<Citation>,
) -> Option<usize> {
    let first = text[at..].chars().next()?;
    let Some(beginning) = beginning? else {
        return bare_symbol(text, at, found);
    };
    if let Some((kind, after)) = kind_name(text, at, beginning) {
        let capitalised = first.is_uppercase();
        return match kind.name {
            "Hiến pháp" if capitalised => constitution(text, at, kind, after, found),
            "Điều lệ" => party_charter(text, at, kind, after, found),
            "Luật" | "Bộ luật" | "Pháp lệnh" => law(text, at, kind, after, capitalised, found),
            "Nghị quyết" if capitalised => match party_meeting::resolution(text, at, kind, after) {
                Some((end, name)) => {
                    found.push(named_citation(text, at, end, kind, &name, None));
                    Some(end)
                }
                None => numbered(text, at, kind, after, KindWritten::Name { capitalised }, found),
            },
            _ => numbered(text, at, kind, after, KindWritten::Name { capitalised }, found),
        };
    }
    match first {
        'B' => named_code(text, at, found),
        'C' | 'N' | 'Q' | 'T' => abbreviation(text, at, found),
        _ => None,
    }
}

/// Whether a kind's name is written at `at`, in any case: what
/// `KINDS.iter().any(|kind| word(text, at, kind.name).is_some())` says, after
/// the two tables of [`beginning_at`] and the first word's length have
/// ruled out the kinds it cannot be.
pub(super) fn is_kind_name_at(text: &str, at: usize) -> bool {
    kind_named_at(text, at).is_some()
}

/// The kind whose name is written at `at`, in any case (see
/// [`is_kind_name_at`]), and where the name ends.
fn kind_named_at(text: &str, at: usize) -> Option<(&'static Kind, usize)> {
    match beginning_at(text, at) {
        Some(Some(beginnings)) => kind_name(text, at, beginnings),
        _ => None,
    }
}

/// The kind whose name is written at `at`, in any case, and where the name
/// ends.
fn kind_name(text: &str, at: usize, beginnings: u64) -> Option<(&'static Kind, usize)> {
    // A Vietnamese letter takes as many bytes in either case, so a kind's
    // first word can only be a word that ends as many bytes on: looked at
    // there for each kind the beginning allows, rather than by reading the
    // word to its end (a fifth of the search's time on citing prose).
    let word_ends_after = |length: usize| {
        text.get(at + length..)
            .is_some_and(|rest| !rest.starts_with(is_alphanumeric))
    };
    // Only the kinds whose bits are set are looked at: a beginning allows
    // a few of them.
    let kinds = beginnings & ((1 << KINDS.len()) - 1);
    set_bits(kinds)
        .filter(|&index| word_ends_after(FIRST_WORD_LENGTHS[index]))
        .find_map(|index| word(text, at, KINDS[index].name).map(|end| (&KINDS[index], end)))
}

/// The indices of the bits set in `bits`, lowest first.
fn set_bits(mut bits: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let index = bits.trailing_zeros() as usize;
        bits &= bits.wrapping_sub(1);
        (index < 64).then_some(index)
    })
}

/// The length in bytes of the first word of each kind's name.
const FIRST_WORD_LENGTHS: [usize; KINDS.len()] = {
    let mut lengths = [0; KINDS.len()];
    let mut index = 0;
    while index < KINDS.len() {
        let name = KINDS[index].name.as_bytes();
        let mut length = 0;
        while length < name.len() && name[length] != b' ' {
            length += 1;
        }
        lengths[index] = length;
        index += 1;
    }
    lengths
};

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

/// How urgent an official letter or dispatch is, as its heading says
/// between its kind and its number.
const URGENCY: &[&str] = &["hỏa tốc", "hoả tốc", "thượng khẩn", "khẩn"];

/// What a kind's documents may be of, written between the kind and the
/// number: a notice of conclusions is a Thông báo, an inspection's
/// conclusions a Kết luận, each numbered as one.
const SUBJECTS: &[(&str, &[&str])] = &[
    ("Thông báo", &["kết luận"]),
    ("Kết luận", &["thanh tra", "kiểm tra", "giám sát"]),
];

/// A kind and what follows it: a symbol, a number, a list of them.
fn numbered(
    text: &str,
    start: usize,
    kind: &'static Kind,
    after_kind: usize,
    written: KindWritten,
    found: &mut Vec<Citation>,
) -> Option<usize> {
    // `Thông báo kết luận số 35-TB/TW`, `Kết luận thanh tra số
    // 1234/KL-TTCP`: what the document concludes or announces, between its
    // kind and its number.
    let after_kind = SUBJECTS
        .iter()
        .filter(|(name, _)| *name == kind.name)
        .flat_map(|(_, subjects)| subjects.iter())
        .find_map(|subject| word(text, spaces(text, after_kind), subject))
        .unwrap_or(after_kind);
    // `Công điện hỏa tốc số 541/CĐ-TTg`, `công văn khẩn số 12/UBND-VX`:
    // how urgent it is, before its number.
    let after_kind = URGENCY
        .iter()
        .find_map(|urgency| word(text, spaces(text, after_kind), urgency))
        .filter(|&end| {
            let at = spaces(text, end);
            at > end
                && (number_word(text, at).is_some() || text[at..].starts_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(after_kind);
    let spaced = spaces(text, after_kind);
    let glued = spaced == after_kind;
    let numbered_by_word = number_word(text, spaced);
    let at = numbered_by_word.unwrap_or(spaced);
    if !text[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (symbol, mut end) = document_symbol::parse_listed(text, at)?;
    let capitalised = written != KindWritten::Name { capitalised: false };
    let has_number_word = numbered_by_word.is_some();
    // A kind in small letters is prose's (`các nghị định 2 năm qua`) unless
    // `số` or the symbol says a document follows: a code it names
    // (`15/2020/NĐ-CP`), or an issuer's after a slash (`công văn
    // 1234/UBND-KT`).
    let issued = symbol.shape == Shape::State && symbol.issuer.is_some();
    if !(capitalised || has_number_word || issued || symbol.is_self_evident()) {
        return None;
    }
    match symbol.shape {
        Shape::State | Shape::Party | Shape::Hyphenated => {}
        Shape::NumberYear if kind.strength != Strength::Named => {}
        Shape::Number if kind.strength != Strength::Named && !glued => {
            // After `số` the number is the document's, not a quantity: a
            // measure after it begins what follows (`Công điện số 13 ngày
            // 3/7`).
            if continues_number(text, end) || (!has_number_word && !stands_alone(text, end, false)) {
                return None;
            }
        }
        _ => return None,
    }
    let shape = symbol.shape;
    // `Chương trình 2000`, `Nghị quyết 2020`: a bare number that reads as a
    // year names a document only when a full citation in the text has it
    // (`Quyết định 1962/QĐ-TTg` … `Quyết định 1962`).
    let year_like = shape == Shape::Number && !has_number_word && looks_like_year(&symbol.number);
    let mut items = vec![(start, end, symbol)];
    // `Quyết định số 649 năm 2014`: the year is a field, not the span; so
    // is the year `năm` gives a symbol without one (`Quyết định số
    // 06/QĐ-TTg năm 2022`), which the symbol does not take.
    let mut context_at = end;
    let mut stated_year = None;
    let year_at = spaces(text, end);
    if shape == Shape::Number
        && let Some((year, after)) = year_phrase(text, year_at)
    {
        items[0].2.year = Some(year);
        context_at = after;
    } else if shape != Shape::NumberYear
        && items[0].2.year.is_none()
        && word(text, year_at, "năm").is_some()
        && let Some((year, after)) = year_phrase(text, year_at)
    {
        stated_year = Some(year);
        context_at = after;
    }
    if context_at == end {
        while let Some(item) = list_item(text, end, shape) {
            end = item.1;
            items.push(item);
        }
        end = numbers_sharing_codes(text, &mut items, end);
        context_at = end;
    }
    // A number in thousands (`1.234`) is a document's only with the codes
    // of the symbol that ends its list: the list stops before one without.
    let uncoded = items
        .iter()
        .enumerate()
        .position(|(index, (item_at, item_end, symbol))| {
            let number_at = if index == 0 { at } else { *item_at };
            document_symbol::in_thousands(text, number_at, *item_end, symbol)
        });
    if let Some(uncoded) = uncoded {
        // (The first without: no citation at all.)
        end = items.get(uncoded.checked_sub(1)?)?.1;
        items.truncate(uncoded);
        context_at = end;
    }
    let mut after = context::after(text, context_at);
    // A resolution of the United Nations, a decision of another land's
    // government: no document of ours.
    if after.abroad {
        return None;
    }
    // Else the sentence's subject, when it issued it (`Bộ Tài chính vừa ban
    // hành Thông tư 10`, and each document of a series after the verb:
    // `… ban hành Quy định 99, Quy định 100 và Chỉ thị 12`), and the symbol
    // names no other issuer.
    if after.issuer.is_none() {
        let symbol_issuer = items[0].2.issuer.as_deref();
        let series_start = series_start(text, start, found);
        after.issuer = context::issuer_before(text, series_start).filter(|(_, code)| {
            symbol_issuer.is_none_or(|issuer| code.as_deref().is_some_and(|code| issuer.starts_with(code)))
        });
    }
    // A number with a date of issue after it is a document's, not a year
    // (`Quyết định 2039 ngày 29/5/2017`); after `số`, with the date or the
    // organisation that say which, it names a document of any kind (`Kế
    // hoạch số 02 ngày 22/3/2017 của Ban Chỉ đạo …`).
    let dated = after.date.is_some();
    let identified =
        has_number_word && (dated || after.issuer.as_ref().is_some_and(|(_, code)| code.is_some()));
    let pinpoint = context::pinpoint_before(text, start);
    for (index, (span_start, span_end, symbol)) in items.into_iter().enumerate() {
        let mut citation = citation_of(span_start, span_end, kind, symbol, &after);
        citation.only_if_resolved &= !identified;
        if index == 0 {
            citation.year = citation.year.or(stated_year);
            citation.pinpoint = pinpoint.map(str::to_owned);
            citation.only_if_resolved |= year_like && !dated;
        }
        found.push(citation);
    }
    Some(end)
}

/// Numbers listed before a symbol share its codes, as a list writes them
/// once at its end (`Thông tư 01, 02/2021/TT-BTC`, `Quyết định 12, 13 và
/// 14/QĐ-UBND`, `Nghị định 15/2020/NĐ-CP, 91 và 100/2019/NĐ-CP`): each
/// number is read with the part of the symbol after its number. Extends
/// `items` with every such run and the symbol that ends it; numbers that
/// no symbol ends are left out (after a symbol, `, 91 người` counts).
/// Where the list ends.
fn numbers_sharing_codes(text: &str, items: &mut Vec<(usize, usize, Symbol)>, end: usize) -> usize {
    let mut end = end;
    loop {
        let mut at = end;
        let mut numbers = Vec::new();
        while let Some(item) = list_item(text, at, Shape::Number) {
            at = item.1;
            numbers.push(item);
        }
        let Some(coded) = [Shape::State, Shape::Party, Shape::Hyphenated, Shape::NumberYear]
            .into_iter()
            .find_map(|shape| list_item(text, at, shape))
        else {
            return end;
        };
        let written = &text[coded.0..coded.1];
        let Some(codes) = written.find(['/', '-']).map(|at| &written[at..]) else {
            return end;
        };
        items.extend(numbers);
        for (_, _, symbol) in items
            .iter_mut()
            .rev()
            .take_while(|item| item.2.shape == Shape::Number)
        {
            let written = format!("{}{codes}", symbol.number);
            if let Some((shared, read)) = document_symbol::parse(&written, 0)
                && read == written.len()
                && shared.shape == coded.2.shape
            {
                *symbol = shared;
            }
        }
        end = coded.1;
        items.push(coded);
    }
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
    let (symbol, item_end) = document_symbol::parse_listed(text, at)?;
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

/// What a number before it counts, as a title counts steps or tasks
/// (`Hướng dẫn 5 bước`, `Kết luận 3 nội dung`, `Nghị quyết 4 nhóm giải
/// pháp`, `Quy định 3 cấp hành chính`): a quantity, not a document's
/// number. `cấp` alone is also a verb after one (`Quyết định 123 cấp
/// phép`, `cấp học bổng`): only the levels it counts are here.
const COUNTED: &[&str] = &[
    "bước",
    "cách",
    "mẹo",
    "nhóm",
    "đợt",
    "nội dung",
    "vấn đề",
    "giải pháp",
    "nhiệm vụ",
    "tiêu chí",
    "trường hợp",
    "mục tiêu",
    "lĩnh vực",
    "nguyên tắc",
    "quan điểm",
    "cấp hành chính",
    "cấp chính quyền",
    "cấp độ",
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
    if continues_number(text, end) {
        return false;
    }
    let next = spaces(text, end);
    let following: String = text[next..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(to_lower)
        .collect();
    if MEASURES.contains(&following.as_str()) {
        return match following.as_str() {
            "năm" => year_phrase(text, next).is_some(),
            "ngày" => word(text, next, "ngày")
                .is_some_and(|after| context::date(text, spaces(text, after)).is_some()),
            _ => false,
        };
    }
    if COUNTED.iter().any(|counted| word(text, next, counted).is_some()) {
        return false;
    }
    !strict || following.is_empty() || AFTER_LIST_ITEM.contains(&following.as_str())
}

/// Whether the number ending at `end` goes on as a bigger number, a
/// fraction or a percentage (`1.200`, `2/3`, `5%`).
fn continues_number(text: &str, end: usize) -> bool {
    let mut chars = text[end..].chars();
    match (chars.next(), chars.next()) {
        (Some('.' | ','), Some(next)) => next.is_alphanumeric(),
        (Some('/' | '-' | '%' | '–'), _) => true,
        _ => false,
    }
}

/// A four-digit number that reads as a year (`Chương trình 2000`).
fn looks_like_year(number: &str) -> bool {
    number.len() == 4
        && number
            .parse::<u16>()
            .is_ok_and(|year| (1900..=2099).contains(&year))
}

/// Whether the word before `at` says what follows is an identifier (`số
/// hiệu NĐ 1816`, `biển số 68E1`, `kí hiệu CT-01`) or a form (`mẫu số
/// 01/TT-LLTP`, `Biểu số 29/BC-BDT`: a form's code may hold a kind's), not
/// a document.
fn after_identifier_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let tail: String = {
        let mut tail: Vec<char> = before.chars().rev().take(8).collect();
        tail.reverse();
        tail.into_iter().map(to_lower).collect()
    };
    [
        "số hiệu",
        "biển số",
        "kí hiệu",
        "ký hiệu",
        "mã hiệu",
        "mã số",
        " mã",
        "mẫu số",
        " mẫu",
        "biểu số",
    ]
    .iter()
    .any(|word| tail.ends_with(word) || tail == word.trim_start())
}

/// A citation of `kind` with `symbol`, and what the text says after it.
pub(super) fn citation_of(
    start: usize,
    end: usize,
    kind: &'static Kind,
    symbol: Symbol,
    after: &After,
) -> Citation {
    let form = match symbol.shape {
        Shape::State | Shape::Party | Shape::Hyphenated => Form::Full,
        Shape::Number | Shape::NumberYear => Form::Short,
    };
    // `văn bản số 12/2020/NĐ-CP`: a document named only as one is of the
    // kind its symbol's code names.
    let kind = match symbol.type_code.as_deref().and_then(document_kind::by_code) {
        Some(coded) if kind.name == DOCUMENT.name => coded,
        _ => kind,
    };
    let mut citation = Citation::new(start, end, kind, form);
    citation.only_if_resolved = form == Form::Short && kind.strength == Strength::Resolved;
    citation.symbol = symbol.canonical();
    if citation.symbol.is_none() {
        let issuer_code = after.issuer.as_ref().and_then(|(_, code)| code.as_deref());
        citation.symbol = inferred_symbol(
            kind,
            &symbol.number,
            symbol.year,
            issuer_code,
            after.date.as_deref(),
        );
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

/// The symbol a short form stands for, when its kind and the issuer named
/// after it say: `Nghị định 155/2016` → `155/2016/NĐ-CP`, `Thông tư 6 ngày
/// 15.2.2012 của Bộ GD-ĐT` → `06/2012/TT-BGDĐT`, `Chỉ thị 40 của Ban Bí thư`
/// → `40-CT/TW`.
fn inferred_symbol(
    kind: &Kind,
    number: &str,
    year: Option<u16>,
    issuer_code: Option<&str>,
    date: Option<&str>,
) -> Option<String> {
    let type_code = kind.code?;
    let issuer = kind.sole_issuer.or(issuer_code)?;
    if super::issuer::is_party(issuer) {
        return Some(format!("{number}-{type_code}/{issuer}"));
    }
    if !kind.state_code {
        return None;
    }
    let year_of_date = date.and_then(|date| date.get(..4)?.parse().ok());
    // Since the Law on legal documents of 2015 (in force from 1 July 2016),
    // only the Prime Minister, the State Audit Office and people's
    // committees issue decisions that are law, numbered with their year; a
    // ministry's decision is `1234/QĐ-BGTVT` (so every one of the corpora's
    // decisions after 2016 that is not `QĐ-TTg` or `QĐ-UBND`).
    let decision_without_year =
        |year: u16| type_code == "QĐ" && year > 2016 && !matches!(issuer, "TTg" | "KTNN" | "UBND");
    match year.or(if kind.dated { year_of_date } else { None }) {
        // Normative documents are numbered with two digits at least.
        Some(year) if kind.dated => Some(format!("{number:0>2}/{year}/{type_code}-{issuer}")),
        Some(year) if decision_without_year(year) => Some(format!("{number}/{type_code}-{issuer}")),
        Some(year) => Some(format!("{number}/{year}/{type_code}-{issuer}")),
        None if kind.dated => None,
        None => Some(format!("{number}/{type_code}-{issuer}")),
    }
}

/// Where the series of documents that `start` ends begins: the first of
/// those found before it, each one's end separated from the next by `,`,
/// `và` or `, và` (`Quy định 99, Quy định 100 và Chỉ thị 12`); `start`
/// when none is. At most `MAX_SERIES` back: a text that is one long
/// series is read in time that grows with its length, not its square.
fn series_start(text: &str, start: usize, found: &[Citation]) -> usize {
    /// The most documents before one that its series is read back through.
    const MAX_SERIES: usize = 20;
    let mut at = start;
    for citation in found.iter().rev().take(MAX_SERIES) {
        let gap = text.get(citation.end..at).map(|gap| gap.trim_matches(' '));
        if !matches!(gap, Some("," | "và" | ", và")) {
            break;
        }
        at = citation.start;
    }
    at
}

/// Documents of one kind named in a series whose issuer is named after the
/// last (`Nghị quyết 57, Nghị quyết 66 và Nghị quyết 68 của Bộ Chính trị`):
/// the issuer is each one's, and a short form's symbol is inferred from
/// it. A document whose symbol names another issuer keeps its own, and
/// ends the series.
fn share_series_issuers(text: &str, found: &mut [Citation]) {
    for index in (1..found.len()).rev() {
        let (before, after) = found.split_at_mut(index);
        let (this, next) = (&mut before[index - 1], &after[0]);
        let in_series = matches!(
            text.get(this.end..next.start).map(|gap| gap.trim_matches(' ')),
            Some("," | "và" | ", và")
        );
        let Some(name) = next
            .issuer
            .as_deref()
            .filter(|_| in_series && this.issuer.is_none())
        else {
            continue;
        };
        if this.kind.name != next.kind.name || this.form == Form::Named || next.form == Form::Named {
            continue;
        }
        // The code the last one has: its symbol's, or its issuer's.
        let code = next.issuer_code.clone();
        if let (Some(own), Some(shared)) = (this.issuer_code.as_deref(), code.as_deref())
            && !super::issuer::may_be_same(own, shared)
        {
            continue;
        }
        this.issuer = Some(name.to_owned());
        if this.symbol.is_none()
            && let Some(number) = this.number.as_deref()
        {
            this.symbol = inferred_symbol(
                this.kind,
                number,
                this.year,
                code.as_deref(),
                this.date.as_deref(),
            );
            this.inferred = this.symbol.is_some();
            if this.inferred {
                this.type_code = this.kind.code.map(str::to_owned);
            }
        }
        this.issuer_code = this.issuer_code.take().or(code);
    }
}

/// A symbol cited without its kind's name (`theo 15/2020/NĐ-CP`), when the
/// symbol says it is a document's.
fn bare_symbol(text: &str, at: usize, found: &mut Vec<Citation>) -> Option<usize> {
    // An English edition names the kind before the symbol, in its words
    // (`Decree No. 168/2024/ND-CP`, `Decree 168`); not with a word of the
    // citation before (a law's name that runs up to `Code`).
    if let Some((start, kind)) = english_kind_before(text, at)
        && found.last().is_none_or(|last| last.end <= start)
        && let Some(end) = english_citation(text, start, at, kind, found)
    {
        return Some(end);
    }
    // Inside a path or a longer token (`/van-ban/15/2020/NĐ-CP`) it is not
    // prose.
    let before = text[..at].chars().next_back();
    if before.is_some_and(|c| !(c.is_whitespace() || matches!(c, '(' | '[' | '“' | '"' | '‘' | '\'' | ':')))
    {
        return None;
    }
    // Most numbers in news are not followed by a separator: not symbols.
    let after_digits = at + text[at..].bytes().take_while(u8::is_ascii_digit).count();
    if !text[after_digits..]
        .trim_start_matches(' ')
        .starts_with(['/', '-', '–'])
    {
        return None;
    }
    let (symbol, end) = document_symbol::parse(text, at)?;
    if !symbol.is_self_evident() || after_identifier_word(text, at) {
        return None;
    }
    let after = context::after(text, end);
    let mut citation = citation_of(at, end, &DOCUMENT, symbol, &after);
    citation.pinpoint = context::pinpoint_before(text, at).map(str::to_owned);
    found.push(citation);
    Some(end)
}

/// A document an English edition names by its kind's English name
/// (`start`) and its symbol or number (`at`): of that kind, unless the
/// symbol's code names another (`Decree 1234/QĐ-TTg` is a decision: the
/// caller reads it by its symbol alone).
fn english_citation(
    text: &str,
    start: usize,
    at: usize,
    kind: &'static Kind,
    found: &mut Vec<Citation>,
) -> Option<usize> {
    let (symbol, end) = document_symbol::parse(text, at)?;
    let coded_otherwise = symbol
        .type_code
        .as_deref()
        .is_some_and(|code| kind.code != Some(code));
    // `Code 404-A`: an error's code, not a symbol.
    if symbol.shape == Shape::Hyphenated
        || coded_otherwise
        || (symbol.shape == Shape::Number && !stands_alone(text, end, false))
    {
        return None;
    }
    let after = context::after(text, end);
    let mut citation = citation_of(start, end, kind, symbol, &after);
    // `Resolution 2231` is the United Nations': a number alone is one of
    // the text's documents only when a full citation says which.
    citation.only_if_resolved |= citation.form == Form::Short && !citation.inferred;
    citation.pinpoint = context::pinpoint_before(text, start).map(str::to_owned);
    found.push(citation);
    Some(end)
}

/// The kind whose English name ends the text before `at`, perhaps with
/// `No.` after it (`Decree No. `, `Circular `, `decision no.`), and where
/// that name begins.
#[inline(never)] // out of the search's loop, which every byte of text goes through
fn english_kind_before(text: &str, at: usize) -> Option<(usize, &'static Kind)> {
    // Asked of every number: most follow a Vietnamese word whose last
    // letter has a mark (`số 5`), a bracket or a comma, told by a byte.
    let bytes = text.as_bytes();
    let spaces = bytes[..at].iter().rev().take_while(|&&byte| byte == b' ').count();
    let last = bytes[..at - spaces].last()?;
    // `Decree 168`, `No.168`.
    if !(*last == b'.' || spaces > 0 && last.is_ascii_alphabetic()) {
        return None;
    }
    let mut before = &text[..at - spaces];
    let undotted = before.strip_suffix('.');
    let mut word = ascii_word_before(undotted.unwrap_or(before));
    if word.eq_ignore_ascii_case("no") {
        let numbered = undotted.unwrap_or(before);
        before = numbered[..numbered.len() - word.len()].trim_end_matches(' ');
        word = ascii_word_before(before);
    } else if undotted.is_some() {
        return None;
    }
    // A whole word of ASCII letters: not the end of a Vietnamese one
    // (`năm 2024`).
    let whole = !before[..before.len() - word.len()].ends_with(is_alphanumeric);
    if word.is_empty() || !whole {
        return None;
    }
    document_kind::ENGLISH_NAMES.iter().find_map(|&(name, english)| {
        let rest = strip_suffix_ignoring_case(before, english)?;
        (!rest.ends_with(is_alphanumeric))
            .then(|| document_kind::by_name(name).map(|kind| (rest.len(), kind)))
            .flatten()
    })
}

/// The word that ends `text`, in ASCII letters (empty when none does).
fn ascii_word_before(text: &str) -> &str {
    let letters = text.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    &text[text.len() - letters..]
}

/// `text` without `suffix` (ASCII) at its end, in any case.
fn strip_suffix_ignoring_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let start = text.len().checked_sub(suffix.len())?;
    let tail = text.get(start..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &text[..start])
}

/// `Hiến pháp năm 2013`: one of Vietnam's constitutions; `Hiến pháp nước
/// Cộng hòa xã hội chủ nghĩa Việt Nam`: the one in force. Each is listed as
/// `Hiến pháp` and its year, however the country is written.
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
    let Some((year, end)) = year_phrase(text, spaces(text, name_end)) else {
        // Named with the country's name and no year, it is the constitution
        // in force (`Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt
        // Nam;`); `Hiến pháp` alone may be another country's.
        if name_end == after_kind {
            return None;
        }
        found.push(named_citation(text, start, name_end, kind, kind.name, None));
        return Some(name_end);
    };
    if !CONSTITUTION_YEARS.contains(&year) {
        return None;
    }
    found.push(named_citation(text, start, end, kind, kind.name, Some(year)));
    Some(end)
}

/// `Điều lệ Đảng`, `Điều lệ Đảng Cộng sản Việt Nam`: the Party's charter,
/// which Party documents and news cite as laws are cited. Not a company's
/// or an association's charter (`Điều lệ công ty`, `vốn điều lệ`).
fn party_charter(
    text: &str,
    start: usize,
    kind: &'static Kind,
    after_kind: usize,
    found: &mut Vec<Citation>,
) -> Option<usize> {
    let at = spaces(text, after_kind);
    if !text[at..].starts_with("Đảng") {
        return None;
    }
    let party_end = word(text, at, "Đảng")?;
    let end = word(text, spaces(text, party_end), "Cộng sản Việt Nam").unwrap_or(party_end);
    found.push(named_citation(text, start, end, kind, "Điều lệ Đảng", None));
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

/// The most words a law's name has before its number or year.
const MAX_LAW_NAME_WORDS: usize = 32;

/// Words that end a law's name (`Luật Đất đai có hiệu lực …`).
const NOT_IN_LAW_NAMES: &[&str] = &[
    "về", "ngày", "năm", "số", "khóa", "khoá", "đã", "sẽ", "là", "được", "có", "thì", "tại", "trong", "cho",
    "với", "đến", "theo", "này", "nay", "nhằm", "để", "vừa", "đang", "cũng", "mà", "khi", "do", "từ", "của",
    "việc", "nhưng",
];

/// Phrases a law's name may hold though one of their words ends other
/// names ([`NOT_IN_LAW_NAMES`], [`AFTER_UNDATED_NAMES`]) or names a kind
/// of document: `Luật Hỗ trợ doanh nghiệp nhỏ và vừa`, `Luật Phòng, chống
/// tác hại của thuốc lá`, `Luật Hàng không dân dụng`, `Luật Việc làm`,
/// `Pháp lệnh Dân số`, `Luật Đê điều`, `Luật Điều ước quốc tế`, `Luật Tổ
/// chức cơ quan điều tra hình sự`, `Luật Ban hành văn bản quy phạm pháp
/// luật`, `Pháp lệnh Ưu đãi người có công với cách mạng`. `điều` alone ends a name (`Luật Thanh tra
/// Điều 5`), as `có` does (`Luật Phòng, chống mua bán người có hiệu lực`).
const PHRASES_IN_NAMES: &[&str] = &[
    "và vừa",
    "hại của",
    "hàng không",
    "việc làm",
    "dân số",
    "đê điều",
    "điều tra",
    "điều ước",
    "văn bản quy phạm",
    "pháp luật",
    "người có công với cách mạng",
];

/// Which of a law's `words` stand in one of [`PHRASES_IN_NAMES`].
fn in_phrases(text: &str, words: &[(&str, usize)]) -> Vec<bool> {
    let mut inside = vec![false; words.len()];
    for (index, &(found, word_end)) in words.iter().enumerate() {
        let start = word_end - found.len();
        let Some(phrase_end) = PHRASES_IN_NAMES
            .iter()
            .find_map(|phrase| word(text, start, phrase))
        else {
            continue;
        };
        for (covered, &(_, end)) in inside[index..].iter_mut().zip(&words[index..]) {
            if end > phrase_end {
                break;
            }
            *covered = true;
        }
    }
    inside
}

/// Whether a law's name ends at `end`, after `pháp luật`: no name goes on
/// after it (`Luật Ban hành văn bản quy phạm pháp luật`, `Luật Phổ biến,
/// giáo dục pháp luật xem xét …`).
fn ends_at_phap_luat(text: &str, end: usize) -> bool {
    text[..end].ends_with(" pháp luật")
}

/// Verbs of two words that end a law's name (`Luật Đất đai quy định …`),
/// though each word may be in one (`quy phạm`, `Ban hành`).
/// `Căn cứ` begins the next line of a document's preamble, which a
/// scrape may join to the law's title (`Luật Du lịch Căn cứ Hiến pháp …`).
const VERBS_AFTER_LAW_NAMES: &[(&str, &str)] = &[
    ("quy", "định"),
    ("hướng", "dẫn"),
    ("ban", "hành"),
    ("căn", "cứ"),
    ("Căn", "cứ"),
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
    if at == after_kind {
        return None;
    }
    // A listed name (no amending law's, `Luật sửa đổi …`, is one). In
    // small letters the kind cites a law only before a listed name written
    // with its capital (`luật Tổ chức Chính phủ`), not in prose (`luật đất
    // đai`, `pháp luật Việt Nam`).
    if (capitalised || text[at..].starts_with(char::is_uppercase))
        && let Some(listed) = law_names::listed_at(text, at, kind.name)
    {
        return listed_law(text, start, kind, listed, found);
    }
    if !capitalised {
        return None;
    }
    let words = law_name_words(text, at);
    let first = words.first()?;
    // `Luật sư` is a lawyer, `Luật gia` a jurist; `luật pháp`, `luật lệ`,
    // `luật chơi` and `luật định` are the law, rules and what law sets.
    // A game has laws too: `Luật việt vị`, `Luật bóng đá`.
    if matches!(
        first.0,
        "sư" | "gia" | "pháp" | "lệ" | "chơi" | "định" | "việt" | "bóng"
    ) {
        return None;
    }
    let amending = words.len() > 1 && word(words[0].0, 0, "sửa").is_some() && words[1].0 == "đổi";
    let in_phrase = in_phrases(text, &words);
    // A code is Vietnam's whatever its year (`Bộ luật Hình sự năm 1985`); a
    // law or ordinance before 1986 may be a foreign one (`Luật Biển 1982`).
    let oldest = if kind.name == "Bộ luật" {
        FIRST_YEAR
    } else {
        FIRST_NAMED_LAW_YEAR
    };
    let mut name_end = None;
    for (index, &(_, word_end)) in words.iter().enumerate() {
        if of_another_country(text, word_end) {
            return None;
        }
        if let Some((citation, end)) = closed_at(text, start, kind, word_end, oldest).ok()? {
            if of_another_country(text, end) {
                return None;
            }
            found.push(citation);
            return Some(end);
        }
        name_end = Some(word_end);
        // Only an amending law's name names another law.
        let stops = ends_at_phap_luat(text, word_end)
            || words.get(index + 1).is_none_or(|&(next_word, next_end)| {
                // `Luật Hóa chất và Nghị định số 108/2008/NĐ-CP`: another
                // document, not this law's number (`pháp luật`, `văn bản quy
                // phạm` are in names); `lệnh` in `Pháp lệnh` names no kind of
                // its own.
                let in_a_kind = kind_named_at(text, word_end - words[index].0.len())
                    .is_some_and(|(_, kind_end)| kind_end >= next_end);
                let next_kind = (!in_phrase[index + 1] && !in_a_kind)
                    .then(|| kind_named_at(text, next_end - next_word.len()))
                    .flatten();
                let another_law =
                    next_kind.is_some_and(|(kind, _)| matches!(kind.name, "Luật" | "Bộ luật" | "Pháp lệnh"));
                let another_document = next_kind.is_some() && !another_law;
                let verb = words
                    .get(index + 2)
                    .is_some_and(|&(after, _)| VERBS_AFTER_LAW_NAMES.contains(&(next_word, after)));
                // `số` before a number, not in `Pháp lệnh Dân số`.
                let number_sign = next_word == "số" && words.get(index + 2).is_none();
                // `tại Việt Nam` ends names (`Luật Đầu tư nước ngoài tại Việt Nam`).
                let in_vietnam =
                    next_word == "tại" && words.get(index + 2).is_some_and(|&(after, _)| after == "Việt");
                let stop_word = next_word != "số"
                    && !in_vietnam
                    && !in_phrase[index + 1]
                    && NOT_IN_LAW_NAMES.contains(&next_word);
                // `Luật Sở hữu trí tuệ Việc cấp phép …`: a capital after a small
                // word begins a sentence whose full stop the scrape lost.
                let capitalised_stop_word = next_word.starts_with(char::is_uppercase)
                    && !words[index].0.starts_with(char::is_uppercase)
                    && NOT_IN_LAW_NAMES
                        .iter()
                        .any(|stop| word(next_word, 0, stop).is_some());
                (stop_word || capitalised_stop_word || number_sign || another_law || another_document || verb)
                    && !(amending && (matches!(next_word, "số" | "của") || another_law))
            });
        if stops {
            break;
        }
    }
    // An amending law is named by the law it amends, year or not; its name
    // does not end on a word that joins (`… Luật Giáo dục đại học và quy
    // định …`).
    let mut name_end = name_end?;
    while let Some(index) = words.iter().position(|&(_, end)| end == name_end) {
        match words[index] {
            ("và" | "của" | "số" | "các" | "một", _) if index > 0 && !in_phrase[index] => {
                name_end = words[index - 1].1
            }
            _ => break,
        }
    }
    if amending {
        let amends = words
            .iter()
            .take_while(|(_, end)| *end <= name_end)
            .any(|(word, _)| *word == "Luật");
        if !amends {
            return None;
        }
    } else {
        name_end = undated_name_end(text, start, capitalised, &words, &in_phrase, name_end)?;
    }
    // A name no list holds that names the world (`Bộ luật phòng, chống
    // doping thế giới`, `Luật Hiệp hội các nhà thầu quốc tế`) is the
    // world's code or a body's rules, not a law of Vietnam's (the listed
    // `Luật Điều ước quốc tế` is read before).
    if words
        .iter()
        .take_while(|&&(_, end)| end < name_end)
        .any(|&(written, end)| names_the_world(text, end - written.len()))
    {
        return None;
    }
    let mut name = text[start..name_end].to_owned();
    let end = amended(text, name_end, &mut name);
    found.push(named_citation(text, start, end, kind, &name, None));
    Some(end)
}

/// A law, code or ordinance whose name is listed in `law_names`, cited
/// from `start`: named as the list writes it (`Luật khám bệnh , chữa bệnh`
/// and `Luật Khám bệnh, chữa bệnh` are one law in the list of documents).
fn listed_law(
    text: &str,
    start: usize,
    kind: &'static Kind,
    listed: Listed,
    found: &mut Vec<Citation>,
) -> Option<usize> {
    // A listed name is Vietnam's law, however old (`Luật Nghĩa vụ quân sự
    // ngày 30-12-1981`). A word or two may stand between it and the year
    // that closes it (`Bộ luật Hình sự sửa đổi năm 2009`, `Luật Đất đai mới
    // năm 2024`).
    let after_name = spaces(text, listed.end);
    let qualified = law_name_words(text, after_name)
        .into_iter()
        .take(usize::from(after_name > listed.end) * 2);
    let closed = std::iter::once(listed.end)
        .chain(qualified.map(|(_, end)| end))
        .find_map(|name_end| {
            // No year a text gives is before `FIRST_YEAR`: never `TooOld`.
            let (citation, end) = closed_at(text, start, kind, name_end, FIRST_YEAR).ok()??;
            Some((citation, end, name_end))
        });
    let (mut citation, end, name_end) = match closed {
        Some((_, end, _)) if of_another_country(text, end) => return None,
        Some(closed) => closed,
        // `Luật Thương mại quốc tế`: the world's trade law, not ours.
        None if not_a_law_here(text, start)
            || of_another_country(text, listed.end)
            || (spaces(text, listed.end) > listed.end && names_the_world(text, spaces(text, listed.end))) =>
        {
            return None;
        }
        None => (
            named_citation(text, start, listed.end, kind, "", None),
            listed.end,
            listed.end,
        ),
    };
    let mut name = format!("{} {}{}", kind.name, listed.name, &text[listed.end..name_end]);
    // Nothing closed the name: `(sửa đổi)` may follow it.
    let end = if end == listed.end {
        citation.end = amended(text, end, &mut name);
        citation.end
    } else {
        end
    };
    citation.name = Some(name);
    found.push(citation);
    Some(end)
}

/// Whether `quốc tế` or `thế giới` is written at `at`: a law's name that
/// holds them, and no list of ours does, is the world's.
fn names_the_world(text: &str, at: usize) -> bool {
    ["quốc tế", "thế giới"]
        .iter()
        .any(|world| word(text, at, world).is_some())
}

/// Where a law's name ends, with `(sửa đổi)` (or `(sửa đổi, bổ sung)`)
/// when the text writes it right after the name at `name_end`: the law as
/// amended, or its draft, as the press names it (`Luật Dược (sửa đổi)`).
/// That is another text than the law of that name, listed under the name
/// and ` (sửa đổi)` however the text words it, which this adds to `name`.
fn amended(text: &str, name_end: usize, name: &mut String) -> usize {
    const AMENDED: [&str; 4] = [
        "(sửa đổi)",
        "(Sửa đổi)",
        "(sửa đổi, bổ sung)",
        "(sửa đổi bổ sung)",
    ];
    let at = spaces(text, name_end);
    match AMENDED.iter().find(|words| text[at..].starts_with(*words)) {
        Some(words) if at > name_end => {
            name.push_str(" (sửa đổi)");
            at + words.len()
        }
        _ => name_end,
    }
}

/// A law's name closed by a year before the laws of today's legal system
/// ([`FIRST_NAMED_LAW_YEAR`]): not a Vietnamese law (`Luật Biển 1982`).
struct TooOld;

/// The citation of a law of `kind` cited from `start` whose name ends at
/// `name_end`, if something closes the name: its number (`Luật Đất đai số
/// 13/2003/QH11`), the year in its name (`Luật Đất đai năm 2013`) or the
/// date it was passed (`Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015`,
/// the law's as a numbered document's date is); with where what closes it
/// ends. A year before `oldest` is [`TooOld`].
fn closed_at(
    text: &str,
    start: usize,
    kind: &'static Kind,
    name_end: usize,
    oldest: u16,
) -> Result<Option<(Citation, usize)>, TooOld> {
    let next = spaces(text, name_end);
    if let Some(number_at) = number_word(text, next)
        && let Some((symbol, end)) = document_symbol::parse(text, number_at)
        && symbol.shape == Shape::State
    {
        let after = context::after(text, end);
        let mut citation = citation_of(start, end, kind, symbol, &after);
        citation.name = Some(text[start..name_end].to_owned());
        citation.pinpoint = context::pinpoint_before(text, start).map(str::to_owned);
        return Ok(Some((citation, end)));
    }
    let dated = || {
        let (date, end) = context::date(text, spaces(text, word(text, next, "ngày")?))?;
        Some((date[..4].parse().ok()?, name_end, Some(date), end))
    };
    let Some((year, span_end, date, end)) = year_phrase(text, next)
        .map(|(year, end)| (year, end, None, end))
        .or_else(dated)
    else {
        return Ok(None);
    };
    if year < oldest {
        return Err(TooOld);
    }
    let mut citation = named_citation(text, start, span_end, kind, &text[start..name_end], Some(year));
    // What follows the year or the date as it follows a number: the date
    // it was passed and the body that passed it (`Luật Đất đai năm 2013
    // của Quốc hội`, `… ngày 29/11/2013 của Quốc hội khóa XIII`).
    let after = context::after(text, end);
    citation.date = date.or(after.date);
    if let Some((issuer, code)) = after.issuer {
        citation.issuer = Some(issuer);
        citation.issuer_code = code;
    }
    Ok(Some((citation, end)))
}

/// The most words a law's name has when no year or number closes it
/// (`Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân` has eleven), and
/// before its first `và` or comma (`Luật Ban hành văn bản quy phạm pháp
/// luật` has eight): a longer run of small words is a sentence going on
/// (`Luật Xây dựng đánh giá hiệu quả dự án còn chung chung`).
const MAX_UNDATED_NAME_WORDS: usize = 11;
const MAX_FIRST_PART_WORDS: usize = 8;

/// Words that follow a law's name in news but are not in one: `Luật Đất
/// đai mới`, `… hiện hành`, `… sửa đổi`, `Luật Doanh nghiệp nêu rõ`,
/// `Pháp lệnh nói trên`, `Luật Kế toán áp dụng`, `Luật Thanh tra Điều 5`,
/// and the small words that join a clause (`vi phạm Luật giao thông vì
/// thói quen`, `… rồi bỏ chạy`, `… còn nhiều bất cập`). Only a name
/// without a year ends at them: a year after them (`… sửa đổi năm 2013`)
/// is read as before.
const AFTER_UNDATED_NAMES: &[&str] = &[
    "mới",
    "cũ",
    "hiện",
    "sửa",
    "nêu",
    "nói",
    "trên",
    "đó",
    "cần",
    "phải",
    "nên",
    "bị",
    "vẫn",
    "đều",
    "lại",
    "chưa",
    "bao gồm",
    "chỉ",
    "nghiêm",
    "yêu cầu",
    "áp dụng",
    "đối với",
    "thuộc",
    "vào",
    "ra đời",
    "chính thức",
    "phù hợp",
    "đánh giá",
    "đáp ứng",
    "chắc chắn",
    "không",
    "làm",
    "như",
    "cụ thể",
    "qua",
    "nếu",
    "trừ",
    "kể",
    "gây",
    "hoặc",
    "gồm",
    "khác",
    "thực hiện",
    "điều",
    "khoản",
    "điểm",
    "chương",
    "vì",
    "bởi",
    "khiến",
    "rồi",
    "sau",
    "lúc",
    "luôn",
    "cùng",
    "ngay",
    "rất",
    "còn",
    "gần",
];

/// Words that begin something other than a part of a law's name after
/// `và` or a comma: `Luật Ngân sách nhà nước và các văn bản hướng dẫn`,
/// `Luật Đất đai, người dân được …`, `… và không thuộc …`.
const NOT_AFTER_CONJUNCTIONS: &[&str] = &[
    "các",
    "những",
    "một",
    "mọi",
    "nhiều",
    "mỗi",
    "văn bản",
    "nội quy",
    "pháp luật",
    "quy định",
    "quy chế",
    "người",
    "doanh nghiệp",
    "cơ quan",
    "chúng",
    "tôi",
    "ông",
    "bà",
    "anh",
    "chị",
    "họ",
    "nếu",
    "khi",
    "tuy",
    "nhưng",
    "vì",
    "nay",
    "hiện",
    "đồng thời",
    "sau",
    "không",
    "biên bản",
    "tổ chức",
    "đặc biệt",
];

/// The most words of a part of a law's name after `và` (`Luật Hôn nhân
/// và gia đình`).
const MAX_JOINED_PART_WORDS: usize = 4;

/// The first words of the laws whose names join two subjects with a
/// comma (`Luật Cán bộ, công chức`, `Luật Phòng, chống tham nhũng`): after
/// any other name a comma ends it (`Bộ luật Lao động, bảo đảm cho …`,
/// `Luật Doanh nghiệp, phát hành trái phiếu`).
const NAMES_GOING_ON_AFTER_COMMAS: &[&str] = &[
    "phòng",
    "quản lý",
    "cán bộ",
    "thi đua",
    "khiếu nại",
    "khám bệnh",
    "tín ngưỡng",
    "thể dục",
    "an toàn",
    "nhập cảnh",
    "xuất cảnh",
    "phổ biến",
    "thực hành",
    "chất lượng",
    "thuế",
    "hành nghề",
    "bảo vệ",
    "sửa đổi",
    "về",
    "tiếp công dân",
    "xử lý",
    "phí",
    "bưu chính",
    "ký kết",
];

/// The most words of a part after a comma: two verbs share what follows
/// (`Luật Phòng, chống bạo lực gia đình`, `Luật Quản lý, sử dụng tài sản
/// nhà nước`).
const MAX_PART_WORDS_AFTER_COMMA: usize = 8;

/// Words before `Luật` that make it a name of something else: a faculty,
/// a school, a firm (`Đại học Luật Hà Nội`, `Khoa Luật`, `Công ty Luật
/// Basico`, `Kinh tế - Luật`, `cử nhân Luật`).
const BEFORE_NON_LAWS: &[&str] = &[
    "học",
    "khoa",
    "ty",
    "phòng",
    "hãng",
    "viện",
    "trường",
    "ngành",
    "nhân",
    "sĩ",
    "môn",
    "đoàn",
    "pháp",
    "đh",
    "-",
];

/// Where the name of a law cited without a year or number ends, if it is
/// one: `Luật Đất đai`, `Bộ luật Hình sự`, `Pháp lệnh Xử lý vi phạm hành
/// chính`, `Luật Thi đua, Khen thưởng`, and in legal prose `Luật quảng
/// cáo`. `words` are the words after the kind, `name_end` where the
/// words that may be a name end.
///
/// Without a year to close it the name's end is a guess, so the guess is
/// kept only where the writing is plain:
/// - the kind is capitalised, and so is the name's first word, unless the
///   kind stands inside a sentence (`theo Luật quảng cáo`: at a sentence's
///   start `Luật chơi` is a game's rules);
/// - the name begins with no verb (`Luật quy định …`, `Pháp lệnh hướng
///   dẫn …`), nor with `Căn cứ`, the next line of a preamble a scrape
///   joined (`… của Pháp lệnh Căn cứ Pháp lệnh …`);
/// - the name ends before a word of [`AFTER_UNDATED_NAMES`] or a
///   document's kind, unless the word stands in one of
///   [`PHRASES_IN_NAMES`] (`in_phrase`, one flag for each of `words`), and
///   has at most [`MAX_UNDATED_NAME_WORDS`] words;
/// - each part after `và` or a comma is short, begins with none of
///   [`NOT_AFTER_CONJUNCTIONS`] nor a document's kind (`… và Nghị định`),
///   and the last one ends where a sentence's part does (a mark, a word
///   that ends names, `và`): else the name ends before it.
fn undated_name_end(
    text: &str,
    start: usize,
    capitalised: bool,
    words: &[(&str, usize)],
    in_phrase: &[bool],
    name_end: usize,
) -> Option<usize> {
    let listed_at = |list: &[&str], at: usize| list.iter().any(|listed| word(text, at, listed).is_some());
    let &(first, first_end) = words.first()?;
    let name_start = first_end - first.len();
    if !capitalised
        || not_a_law_here(text, start)
        || (starts_sentence(text, start) && !first.starts_with(char::is_uppercase))
        || (first != "về" && NOT_IN_LAW_NAMES.contains(&first))
        || words.get(1).is_some_and(|&(second, _)| {
            matches!(
                (first, second),
                ("quy", "định") | ("hướng", "dẫn") | ("căn" | "Căn", "cứ")
            )
        })
    {
        return None;
    }
    // The name's parts, each ending at `và` or at a comma, and whether
    // `và` began it; each part is where its words start and end.
    let mut parts: Vec<(bool, Vec<(usize, usize)>)> = vec![(false, Vec::new())];
    let mut previous_end = name_start;
    for (index, &(found, word_end)) in words.iter().enumerate() {
        let word_start = word_end - found.len();
        let inside = in_phrase[index];
        // Another document begins (`… Luật Ngân sách Kết luận thanh tra …`,
        // where the scrape lost a full stop, or `… và Nghị định …`).
        let another = index > 0 && !inside && is_kind_name_at(text, word_start);
        if word_end > name_end || another || (!inside && listed_at(AFTER_UNDATED_NAMES, word_start)) {
            if index == 0 {
                return None;
            }
            break;
        }
        if found == "và" {
            parts.push((true, Vec::new()));
        } else if text[previous_end..word_start].contains(',') {
            parts.push((false, Vec::new()));
        }
        if found != "và" {
            parts.last_mut()?.1.push((word_start, word_end));
        }
        previous_end = word_end;
    }
    let first_len = parts.first()?.1.len();
    if first_len > MAX_FIRST_PART_WORDS {
        return None;
    }
    let goes_on_after_comma = listed_at(NAMES_GOING_ON_AFTER_COMMAS, name_start);
    let mut end = parts.first()?.1.last()?.1;
    let mut count = first_len;
    for (index, (joined, part)) in parts.iter().enumerate().skip(1) {
        let (Some(&(first_start, _)), Some(&(_, last_end))) = (part.first(), part.last()) else {
            break;
        };
        let limit = match joined {
            true => MAX_JOINED_PART_WORDS,
            false if goes_on_after_comma => MAX_PART_WORDS_AFTER_COMMA,
            false => 0,
        };
        let last_part = parts.get(index + 1).is_none_or(|(_, next)| next.is_empty());
        if part.len() > limit
            || listed_at(NOT_AFTER_CONJUNCTIONS, first_start)
            || (last_part && !ends_a_part(text, last_end) && !ends_at_phap_luat(text, last_end))
        {
            break;
        }
        end = last_end;
        count += part.len();
    }
    // `Luật Việt Nam`, `Luật Mỹ`: a country's law, not a law's name; nor
    // is a code of old or abroad (`Luật Hồng Đức`, `Bộ luật Hammurabi`).
    let name = &text[name_start..end];
    let a_country = COUNTRIES
        .iter()
        .any(|country| word(name, 0, country) == Some(name.len()));
    let of_old_or_abroad = OLD_OR_FOREIGN_CODES
        .iter()
        .any(|code| word(name, 0, code).is_some());
    (count <= MAX_UNDATED_NAME_WORDS && !a_country && !of_old_or_abroad).then_some(end)
}

/// The names of codes of Vietnam's past or of other lands that news names
/// as laws are named (`Luật Hồng Đức thời Lê`, `Bộ luật Gia Long`, `Bộ luật
/// Napoleon`): no document of today to link to or list.
const OLD_OR_FOREIGN_CODES: &[&str] = &["Hồng Đức", "Gia Long", "Hammurabi", "Napoleon", "La Mã", "Sharia"];

/// Whether a sentence starts at `at`: nothing before it, or a mark that
/// ends a sentence or opens a quote or an aside.
fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '"', '“', '(', ')'])
}

/// Whether the word before a law's kind at `start` makes what follows
/// something other than a law cited by name: a person (`Nguyễn Tiến Luật`:
/// a capital, then small letters, inside a sentence; not a pinpoint's
/// `Chương II Luật …`, `Điều40 Luật …`, nor a heading's capitals) or a
/// school, a faculty, a field of study (`Khoa Luật Dân sự`,
/// [`BEFORE_NON_LAWS`]).
fn not_a_law_here(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    let word_before = before
        .rsplit(|c: char| !is_alphanumeric(c) && c != '-')
        .next()
        .unwrap_or_default();
    let a_name_word = word_before.starts_with(char::is_uppercase)
        && word_before.chars().skip(1).any(char::is_lowercase)
        && !word_before.contains(|c: char| c.is_ascii_digit());
    let in_a_name = a_name_word && !starts_sentence(text, before.len() - word_before.len());
    in_a_name
        || BEFORE_NON_LAWS
            .iter()
            .any(|non_law| word(word_before, 0, non_law).is_some())
}

/// Whether the law whose name or year ends at `end` is another country's:
/// the country follows it, after `của`, `tại` or `ở` (`Luật Đất đai của
/// Trung Quốc`, `Luật An ninh mạng năm 2017 của Mỹ`, `Luật Hình sự ở Nhật
/// Bản`), or right after it when named with its capital (`Luật Đất đai
/// Trung Quốc`, not `Luật Đầu tư nước ngoài`), and ends the phrase. No
/// document of ours to link to or list.
fn of_another_country(text: &str, end: usize) -> bool {
    let at = spaces(text, end);
    let (at, linked) = match ["của", "tại", "ở"]
        .iter()
        .find_map(|linking| word(text, at, linking))
    {
        Some(after) => (spaces(text, after), true),
        None => (at, false),
    };
    // A country's name, written with its capital (not `tư pháp`, nor `ở
    // nước ngoài`, which names a law's subject: `Pháp lệnh về cơ quan đại
    // diện … ở nước ngoài`), that ends the phrase: not `Pháp lệnh`, nor a
    // person's name after `của` (`của Anh Tuấn`).
    let named_with_capital = text[at..].starts_with(char::is_uppercase);
    let countries = COUNTRIES.iter().filter(|&&country| {
        country != "Việt Nam"
            && !matches!(country, "quốc tế" | "nước ngoài")
            && (linked || named_with_capital)
    });
    !is_kind_name_at(text, at)
        && countries
            .filter_map(|country| word(text, at, country))
            .any(|end| !text[spaces(text, end)..].starts_with(char::is_uppercase))
}

/// Whether a part of a sentence ends at `at`: a mark or the text's end
/// follows, or a word that ends a law's name, or `và`.
fn ends_a_part(text: &str, at: usize) -> bool {
    let next = spaces(text, at);
    let rest = &text[next..];
    let listed = |list: &[&str]| list.iter().any(|listed| word(text, next, listed).is_some());
    rest.is_empty()
        || rest.starts_with(|c: char| c.is_ascii_punctuation() || "”’…–—\n".contains(c))
        || word(text, next, "và").is_some()
        || listed(NOT_IN_LAW_NAMES)
        || listed(AFTER_UNDATED_NAMES)
        || VERBS_AFTER_LAW_NAMES.iter().any(|(verb, object)| {
            word(text, next, verb).is_some_and(|end| word(text, spaces(text, end), object).is_some())
        })
}

/// The words after a law's kind: letters only, one space apart, or a comma
/// between words that go on the name (`Luật Cán bộ, công chức`, `Luật Thi
/// đua, Khen thưởng`, `Luật Sửa đổi, bổ sung`), and, in an amending law's
/// name, between the laws it amends (`Luật sửa đổi, bổ sung một số điều
/// của Luật Đất đai, Luật Nhà ở và Luật Các tổ chức tín dụng`).
fn law_name_words(text: &str, at: usize) -> Vec<(&str, usize)> {
    let amending = word(text, at, "sửa").is_some_and(|end| word(text, spaces(text, end), "đổi").is_some());
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
        // the name, not before the next document (`Luật Đất đai, Luật Nhà
        // ở`, `Luật Quản lý thuế, Nghị định số 106/2010/NĐ-CP`).
        if text[next..].starts_with(',') {
            let after = spaces(text, next + 1);
            let amended_law = amending
                && kind_named_at(text, after)
                    .is_some_and(|(kind, _)| matches!(kind.name, "Luật" | "Bộ luật" | "Pháp lệnh"));
            if after == next + 1
                || (!amended_law && (word(text, after, "luật").is_some() || is_kind_name_at(text, after)))
            {
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
        let names = KINDS
            .iter()
            .map(|kind| kind.name)
            .chain(ABBREVIATIONS.iter().map(|(abbreviation, _)| *abbreviation))
            .chain(NAMED_CODES.iter().map(|(abbreviation, _)| *abbreviation));
        for name in names {
            for written in [name.to_owned(), name.to_lowercase(), name.to_uppercase()] {
                assert!(beginning_at(&written, 0).is_some(), "{written}");
            }
        }
        for word in ["nhất", "và", "Hà", "ông", "trong"] {
            assert!(beginning_at(word, 0).is_none(), "{word}");
        }
    }
}
