//! Issuers: the names prose gives them (`Bộ Tài chính`, `Ban Tổ chức Trung
//! ương`) and the codes symbols give them (`BTC`, `BTCTW`).
//!
//! A ministry's or committee's code is the initials of its name (Nghị định
//! 30/2020/NĐ-CP, Phụ lục III): `Bộ Giáo dục và Đào tạo` → `BGDĐT`, `Hội
//! đồng bầu cử Quốc gia` → `HĐBCQG`. The Party's central bodies all sign
//! `TW`, and a few state bodies have codes of their own (`TTg`, `CP`): those
//! are in [`KNOWN`].

use crate::normalize::letter;

/// Issuers whose code is not the initials of their name, and the common
/// ones a description names when the text does not (Hướng dẫn 36-HD/VPTW;
/// `../shared/peer-cases/citations/abbreviations.tsv`). The first name of a
/// code is the one descriptions use.
const KNOWN: &[(&str, &str)] = &[
    // The Central Committee, the Politburo and the Secretariat all sign
    // `TW`: a description says no more than the code does.
    ("TW", "Trung ương Đảng"),
    ("TW", "Ban Chấp hành Trung ương Đảng"),
    ("TW", "Ban Chấp hành Trung ương"),
    ("TW", "Trung ương"),
    ("TW", "Bộ Chính trị"),
    ("TW", "Ban Bí thư"),
    // Who signs for the Central Committee and the Politburo.
    ("TW", "Tổng Bí thư"),
    ("TW", "TW"),
    ("TW", "TƯ"),
    ("CP", "Chính phủ"),
    ("CP", "Hội đồng Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("TTg", "Thủ tướng"),
    ("CTN", "Chủ tịch nước"),
    ("VPTW", "Văn phòng Trung ương Đảng"),
    ("TU", "Tỉnh ủy"),
    ("TU", "Thành ủy"),
    ("HU", "Huyện ủy"),
    ("QU", "Quận ủy"),
    ("ThU", "Thị ủy"),
    ("ĐU", "Đảng ủy"),
    ("BTC", "Bộ Tài chính"),
    ("BTCTW", "Ban Tổ chức Trung ương"),
    ("BTGTW", "Ban Tuyên giáo Trung ương"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BYT", "Bộ Y tế"),
    ("BCA", "Bộ Công an"),
    ("BQP", "Bộ Quốc phòng"),
    ("BTP", "Bộ Tư pháp"),
    ("BNV", "Bộ Nội vụ"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BCT", "Bộ Công Thương"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BXD", "Bộ Xây dựng"),
    ("BNG", "Bộ Ngoại giao"),
    ("TTCP", "Thanh tra Chính phủ"),
    ("NHNN", "Ngân hàng Nhà nước"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("TANDTC", "Tòa án nhân dân tối cao"),
    ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    ("UBTWMTTQVN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    // Merged into the Ministry of Culture in 2007; its circulars are
    // still cited.
    ("UBTDTT", "Ủy ban Thể dục thể thao"),
];

/// The codes of [`KNOWN`], each once or more.
pub(super) fn known_codes() -> impl Iterator<Item = &'static str> {
    KNOWN.iter().map(|&(code, _)| code)
}

/// Whether `code` is a Party issuer's: its documents are numbered
/// `N-TYPE/ISSUER`.
pub(super) fn is_party(code: &str) -> bool {
    matches!(code, "TW" | "TU" | "HU" | "QU" | "ThU" | "ĐU") || code.ends_with("TW")
}

/// Whether two issuers' codes may be one body's: the same, or one a name
/// stopping short of the other (`BGD` for `BGDĐT`, `Bộ Giáo dục`); but a
/// Party body is never a state one (`BTC`, `BTCTW`).
pub(super) fn may_be_same(code: &str, other: &str) -> bool {
    (code.starts_with(other) || other.starts_with(code)) && is_party(code) == is_party(other)
}

/// The titles of officials who sign a body's documents, before its name.
const TITLES: &[&str] = &[
    "Bộ trưởng",
    "Thứ trưởng",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Thống đốc",
    "Tổng cục trưởng",
    "Cục trưởng",
    "Giám đốc",
    "Trưởng ban",
];

/// Heads of organisation names whose code is their initials.
const HEADS: &[&str] = &[
    "Bộ", "Ban", "Ủy", "Uỷ", "Hội", "Ngân", "Tổng", "Cục", "Văn", "Thanh", "Kiểm", "Tòa", "Toà", "Viện", "Sở",
];

/// Whether `word` begins the name of an organisation (`Bộ`, `Ban`, `Sở`…).
pub(super) fn is_head(word: &str) -> bool {
    HEADS.contains(&word)
}

/// Whether `word`, alone after `của`, refers back to a body named before
/// rather than naming one: a head (`Bộ`) or a place (`TP`).
pub(super) fn refers_back(word: &str) -> bool {
    is_head(word) || PLACES.contains(&word)
}

/// Whether `word` is the first of a place's (`tỉnh`, `thành` of `thành
/// phố`).
pub(super) fn begins_place(word: &str) -> bool {
    PLACES.iter().any(|place| place.split(' ').next() == Some(word))
}

/// Words that begin the place an issuer is of (`Ủy ban nhân dân tỉnh Lạng
/// Sơn`): the code stops before them.
pub(super) const PLACES: &[&str] = &[
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "TP",
    "TP.",
];

/// The length of the longest name in [`KNOWN`] that `text` begins with.
pub(super) fn known_name_len(text: &str) -> Option<usize> {
    KNOWN
        .iter()
        // The first byte first: most names differ there.
        .filter(|(_, known)| text.as_bytes().first() == known.as_bytes().first() && text.starts_with(known))
        .map(|(_, known)| known.len())
        .max()
}

/// Whether `name` is the whole name of an issuer in [`KNOWN`].
pub(super) fn is_known_name(name: &str) -> bool {
    KNOWN.iter().any(|&(_, known)| known == name)
}

/// Whether `name` begins with an official's title (`Bộ trưởng Bộ Y tế`).
pub(super) fn begins_with_title(name: &str) -> bool {
    TITLES
        .iter()
        .any(|title| name.strip_prefix(title).is_some_and(|rest| rest.starts_with(' ')))
}

/// The code of the issuer named `name`, when it can be told: `Bộ GD-ĐT` →
/// `BGDĐT`, `Thành ủy Hà Nội` → `TU`.
pub(super) fn code_of(name: &str) -> Option<String> {
    // An official signs for the body (`Bộ trưởng Bộ Y tế` → `BYT`).
    if let Some(body) = TITLES
        .iter()
        .find_map(|title| name.strip_prefix(title)?.strip_prefix(' '))
        .filter(|body| !is_known_name(name) && body.starts_with(char::is_uppercase))
    {
        return code_of(body);
    }
    let name = without_place(name);
    let name = name.replace("uỷ", "ủy").replace("Uỷ", "Ủy");
    // A meeting signs as the body that met (`Hội nghị Trung ương 6`, `Hội
    // nghị lần thứ sáu Ban Chấp hành Trung ương Đảng` → `TW`); a meeting of
    // a body the table does not know has no code to be told.
    if let Some(meeting) = name.strip_prefix("Hội nghị ") {
        return KNOWN
            .iter()
            .filter(|(_, known)| meeting.contains(known))
            .max_by_key(|(_, known)| known.len())
            .map(|(code, _)| (*code).to_owned());
    }
    // A known name, alone or followed by a place (`Thành ủy Hà Nội`).
    let known = KNOWN
        .iter()
        .filter(|(_, known)| {
            name.strip_prefix(known).is_some_and(|rest| {
                rest.is_empty()
                    || rest
                        .strip_prefix(' ')
                        .is_some_and(|place| place.starts_with(char::is_uppercase))
            })
        })
        .max_by_key(|(_, known)| known.len());
    if let Some((code, _)) = known {
        return Some((*code).to_owned());
    }
    let mut words = name.split(' ').filter(|word| !word.is_empty());
    let head = words.next()?;
    if is_acronym(head) && !name.contains(' ') {
        return Some(head.replace(['-', '&'], ""));
    }
    if !is_head(head) && !is_acronym(head) {
        return None;
    }
    let mut code = initials(head);
    let rest: Vec<&str> = words.collect();
    let mut index = 0;
    while index < rest.len() {
        let word = rest[index];
        if word.eq_ignore_ascii_case("Trung") && rest.get(index + 1) == Some(&"ương") {
            code.push_str("TW");
            index += 2;
            continue;
        }
        // A number names the body among others of its kind, and ends the
        // code (`Ban Chỉ đạo 389 quốc gia` → `BCĐ389`).
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            code.push_str(word);
            break;
        }
        if !matches!(word, "và" | "-" | "&") {
            code.push_str(&initials(word));
        }
        index += 1;
    }
    Some(code)
}

/// The name a description gives the issuer coded `code`: `CP` → `Chính
/// phủ`, `QH14` → `Quốc hội khóa XIV`.
pub(super) fn name_of(code: &str) -> Option<String> {
    if let Some(term) = code.strip_prefix("UBTVQH").or_else(|| code.strip_prefix("QH")) {
        let assembly = if code.starts_with('U') {
            "Ủy ban Thường vụ Quốc hội"
        } else {
            "Quốc hội"
        };
        let term: u16 = term.parse().ok()?;
        return Some(format!("{assembly} khóa {}", roman(term)?));
    }
    KNOWN
        .iter()
        .find(|(known, _)| *known == code)
        .map(|(_, name)| (*name).to_owned())
}

/// The name without the place it is of.
fn without_place(name: &str) -> &str {
    let mut end = name.len();
    for (index, _) in name.match_indices(' ') {
        let after = &name[index + 1..];
        if PLACES.iter().any(|place| {
            after
                .strip_prefix(place)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '.']))
        }) {
            end = index;
            break;
        }
    }
    &name[..end]
}

/// A word written in capitals (`UBND`, `GD-ĐT`, `LĐ-TB&XH`).
pub(super) fn is_acronym(word: &str) -> bool {
    let mut capitals = 0;
    for c in word.chars() {
        match c {
            '-' | '&' => {}
            c if c.is_uppercase() => capitals += 1,
            c if c.is_ascii_digit() => {}
            _ => return false,
        }
    }
    capitals >= 2
}

/// A word's initial in capitals, without its marks; an acronym whole; an
/// initial that is not a Latin or Vietnamese letter as it is written.
fn initials(word: &str) -> String {
    if is_acronym(word) {
        return word.replace(['-', '&'], "");
    }
    let Some(first) = word.chars().next() else {
        return String::new();
    };
    match letter(first).map(|letter| letter.base) {
        Some('đ') => "Đ".to_owned(),
        Some(base) => base.to_ascii_uppercase().to_string(),
        None => first.to_string(),
    }
}

/// The number of a National Assembly's term written in Roman numerals
/// (`XV` → 15), as [`name_of`] writes it.
pub(crate) fn assembly_term(numerals: &str) -> Option<u16> {
    (1..40).find(|&number| roman(number).as_deref() == Some(numerals))
}

/// A term of the National Assembly in Roman numerals (1 to 39).
fn roman(number: u16) -> Option<String> {
    if !(1..40).contains(&number) {
        return None;
    }
    let tens = "X".repeat(usize::from(number / 10));
    let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][usize::from(number % 10)];
    Some(tens + units)
}

/// Countries and the world: they make `Luật …` a country's or the world's
/// law when they are the whole name (`theo Luật Việt Nam`, `Luật quốc
/// tế`), and they issue no document (`Nghị định 100/2019/NĐ-CP của Việt
/// Nam`).
pub(super) const COUNTRIES: &[&str] = &[
    "Việt Nam",
    "Mỹ",
    "Hoa Kỳ",
    "Trung Quốc",
    "Nhật",
    "Nhật Bản",
    "Hàn Quốc",
    "Anh",
    "Pháp",
    "Đức",
    "Nga",
    "Úc",
    "Ấn Độ",
    "Singapore",
    "Thái Lan",
    "Lào",
    "Campuchia",
    "Hong Kong",
    "Hồng Kông",
    "Đài Loan",
    "Triều Tiên",
    "Indonesia",
    "Malaysia",
    "Philippines",
    "Myanmar",
    "Canada",
    "Brazil",
    "Mexico",
    "Cuba",
    "Israel",
    "Iran",
    "Ukraine",
    "Italy",
    "Italia",
    "Tây Ban Nha",
    "Hà Lan",
    "Thụy Điển",
    "Thụy Sĩ",
    "Ba Lan",
    "Thổ Nhĩ Kỳ",
    "New Zealand",
    "Nam Phi",
    "Ai Cập",
    "Liên Xô",
    "châu Âu",
    "EU",
    "quốc tế",
    "nước ngoài",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_initials_unless_known_otherwise() {
        for (name, code) in [
            ("Bộ Tài chính", "BTC"),
            ("Bộ Giáo dục và Đào tạo", "BGDĐT"),
            ("Bộ GD-ĐT", "BGDĐT"),
            ("Bộ LĐ-TB&XH", "BLĐTBXH"),
            ("Hội đồng bầu cử Quốc gia", "HĐBCQG"),
            ("Ngân hàng Nhà nước", "NHNN"),
            ("Ban Tổ chức Trung ương", "BTCTW"),
            ("Ủy ban Kiểm tra Trung ương", "UBKTTW"),
            ("Uỷ ban nhân dân tỉnh Lạng Sơn", "UBND"),
            ("UBND tỉnh Lạng Sơn", "UBND"),
            ("Bộ Chính trị", "TW"),
            ("Thành ủy Hà Nội", "TU"),
            ("Thủ tướng Chính phủ", "TTg"),
            ("TW", "TW"),
            ("Ban Chỉ đạo 389 Quốc gia", "BCĐ389"),
            ("Bộ Kế hoạch và Đầu tư", "BKHĐT"),
            ("Bộ NN&PTNT", "BNNPTNT"),
            ("Bộ trưởng Bộ Y tế", "BYT"),
            ("UBND TP.HCM", "UBND"),
            ("Hội nghị Trung ương 6", "TW"),
            ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng", "TW"),
            ("Hội nghị Thành ủy lần thứ 5", "TU"),
            ("UBND TP. Hồ Chí Minh", "UBND"),
            ("Chủ tịch UBND tỉnh Hà Nam", "UBND"),
            ("Thống đốc Ngân hàng Nhà nước", "NHNN"),
            ("Chủ tịch nước", "CTN"),
        ] {
            assert_eq!(code_of(name).as_deref(), Some(code), "{name}");
        }
        assert_eq!(code_of("Hà Nội"), None);
        assert_eq!(code_of("Hội nghị Ban Chấp hành Đảng bộ tỉnh"), None);
    }

    #[test]
    fn names_of_codes() {
        assert_eq!(name_of("TW").as_deref(), Some("Trung ương Đảng"));
        assert_eq!(name_of("QH14").as_deref(), Some("Quốc hội khóa XIV"));
        assert_eq!(
            name_of("UBTVQH12").as_deref(),
            Some("Ủy ban Thường vụ Quốc hội khóa XII")
        );
        assert_eq!(name_of("XYZ"), None);
    }
}
