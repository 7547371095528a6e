//! The kinds of documents Vietnamese text cites, by the words that name
//! them and the codes in their symbols.
//!
//! Sources: Luật Ban hành văn bản quy phạm pháp luật (80/2015/QH13, Điều 4
//! and 10) for normative documents; Nghị định 30/2020/NĐ-CP, Phụ lục III,
//! for administrative documents and their abbreviations; Hướng dẫn
//! 36-HD/VPTW (2018) for the documents of the Communist Party. The same
//! table, with examples, is `../shared/peer-cases/citations/abbreviations.tsv`.

/// A kind of document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Kind {
    /// Its name, as Vietnamese writes it: `Nghị định`, `Quy định`.
    pub name: &'static str,
    /// Its code in symbols (`NĐ` in `15/2020/NĐ-CP`), when it has one.
    pub code: Option<&'static str>,
    /// How sure a bare number after the name is to be a document's number:
    /// "Nghị định 15" is a decree, "Đề án 125" may be a nickname.
    pub strength: Strength,
    /// The issuer every document of this kind has, when there is only one
    /// (a Nghị định is always the Chính phủ's).
    pub sole_issuer: Option<&'static str>,
    /// Whether its symbols carry the year of issue (`01/2021/TT-BTC`): true
    /// of the normative kinds whose symbols always have one.
    pub dated: bool,
    /// Whether the state writes its code in symbols. A state official
    /// letter is numbered `N/ISSUER-UNIT`, without `CV`; the Party's are
    /// `N-CV/ISSUER`.
    pub state_code: bool,
}

/// How a kind may be cited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Strength {
    /// Cited by number alone (`Quy định 205`, `Nghị định 15`).
    Numbered,
    /// Cited by number alone only when a full citation in the text says
    /// which document it is (`Kế hoạch 31` after `Kế hoạch số 31-KH/TU`).
    Resolved,
    /// Never cited by number alone; by symbol, or by name and year (`Luật
    /// số 59/2020/QH14`, `Luật Đất đai 2013`).
    Named,
}

use Strength::{Named, Numbered, Resolved};

const fn kind(name: &'static str, code: Option<&'static str>, strength: Strength) -> Kind {
    Kind {
        name,
        code,
        strength,
        sole_issuer: None,
        dated: false,
        state_code: true,
    }
}

const fn dated(name: &'static str, code: &'static str) -> Kind {
    Kind {
        dated: true,
        ..kind(name, Some(code), Numbered)
    }
}

/// Every kind, longest name first where one begins another (`Thông tư liên
/// tịch` before `Thông tư`).
pub const KINDS: &[Kind] = &[
    dated("Thông tư liên tịch", "TTLT"),
    dated("Nghị quyết liên tịch", "NQLT"),
    kind("Văn bản hợp nhất", Some("VBHN"), Numbered),
    Kind {
        sole_issuer: Some("CP"),
        ..dated("Nghị định", "NĐ")
    },
    kind("Nghị quyết", Some("NQ"), Numbered),
    dated("Thông tư", "TT"),
    kind("Thông tri", Some("TT"), Numbered),
    kind("Quyết định", Some("QĐ"), Numbered),
    kind("Quy định", Some("QĐ"), Numbered),
    kind("Chỉ thị", Some("CT"), Numbered),
    kind("Hướng dẫn", Some("HD"), Numbered),
    kind("Kết luận", Some("KL"), Numbered),
    kind("Công điện", Some("CĐ"), Numbered),
    Kind {
        state_code: false,
        ..kind("Công văn", Some("CV"), Numbered)
    },
    dated("Pháp lệnh", "PL"),
    kind("Sắc lệnh", Some("SL"), Numbered),
    kind("Thông báo", Some("TB"), Resolved),
    kind("Kế hoạch", Some("KH"), Resolved),
    kind("Tờ trình", Some("TTr"), Resolved),
    kind("Quy chế", Some("QC"), Resolved),
    // The Party's programmes are of action (`Chương trình hành động số
    // 15-CTr/TU`): a symbol's `CTr` names one.
    kind("Chương trình hành động", Some("CTr"), Resolved),
    kind("Chương trình", Some("CTr"), Resolved),
    kind("Đề án", Some("ĐA"), Resolved),
    kind("Báo cáo", Some("BC"), Resolved),
    DOCUMENT,
    kind("Bộ luật", None, Named),
    kind("Hiến pháp", None, Named),
    kind("Điều lệ", None, Named),
    kind("Luật", None, Named),
    kind("Lệnh", Some("L"), Numbered),
];

/// The kind named `name` (as [`KINDS`] writes it).
pub fn by_name(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|kind| kind.name == name)
}

/// A document named by its number alone (`văn bản số 123/UBND-KT`), and the
/// kind of a symbol whose code names none (`59/2020/QH14`).
pub const DOCUMENT: Kind = kind("Văn bản", None, Resolved);

/// The kind a code stands for in a symbol, for symbols cited without their
/// kind's name (`theo 15/2020/NĐ-CP`). `TT` is read as Thông tư, `QĐ` as
/// Quyết định: the name, when there is one, says otherwise.
pub fn by_code(code: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|kind| kind.code == Some(code))
}

/// The kinds' names in English, as English editions of Vietnamese news and
/// translations of the official gazette write them, longest first where
/// one ends another (`Joint Circular` before `Circular`): read before a
/// symbol (`Decree No. 168/2024/ND-CP`), and shown for an English article.
pub const ENGLISH_NAMES: &[(&str, &str)] = &[
    ("Thông tư liên tịch", "Joint Circular"),
    ("Nghị quyết liên tịch", "Joint Resolution"),
    ("Văn bản hợp nhất", "Consolidated Document"),
    ("Nghị định", "Decree"),
    ("Nghị quyết", "Resolution"),
    ("Thông tư", "Circular"),
    ("Thông tri", "Instruction"),
    ("Quyết định", "Decision"),
    ("Quy định", "Regulation"),
    ("Chỉ thị", "Directive"),
    ("Hướng dẫn", "Guidance"),
    ("Kết luận", "Conclusion"),
    ("Công điện", "Official Dispatch"),
    ("Công văn", "Official Letter"),
    ("Pháp lệnh", "Ordinance"),
    ("Sắc lệnh", "Edict"),
    ("Thông báo", "Notice"),
    ("Kế hoạch", "Plan"),
    ("Tờ trình", "Proposal"),
    ("Quy chế", "Rules"),
    ("Chương trình hành động", "Action Programme"),
    ("Chương trình", "Programme"),
    ("Đề án", "Scheme"),
    ("Báo cáo", "Report"),
    ("Văn bản", "Document"),
    ("Bộ luật", "Code"),
    ("Hiến pháp", "Constitution"),
    ("Điều lệ", "Charter"),
    ("Luật", "Law"),
    ("Lệnh", "Order"),
];

/// The English name of the kind named `name` (see [`ENGLISH_NAMES`]).
pub fn english_name(name: &str) -> Option<&'static str> {
    ENGLISH_NAMES
        .iter()
        .find_map(|&(vietnamese, english)| (vietnamese == name).then_some(english))
}

/// Abbreviations that stand for a kind's name in prose (`NĐ 67`, `QĐ 33`),
/// from Nghị định 30/2020/NĐ-CP, Phụ lục III.
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("TTLT", "Thông tư liên tịch"),
    ("NĐ", "Nghị định"),
    ("NQ", "Nghị quyết"),
    ("TT", "Thông tư"),
    ("QĐ", "Quyết định"),
    ("CT", "Chỉ thị"),
];

/// Named codes: `BLHS 2015` is the Bộ luật Hình sự of 2015.
pub const NAMED_CODES: &[(&str, &str)] = &[
    ("BLHS", "Hình sự"),
    ("BLDS", "Dân sự"),
    ("BLLĐ", "Lao động"),
    ("BLTTHS", "Tố tụng hình sự"),
    ("BLTTDS", "Tố tụng dân sự"),
];

/// The years of Vietnam's constitutions: Hiến pháp 1946, 1959, 1980, 1992,
/// 2013. A "Hiến pháp" of another year is not Vietnam's.
pub const CONSTITUTION_YEARS: [u16; 5] = [1946, 1959, 1980, 1992, 2013];

/// Laws cited by name and year are laws of the legal system built since
/// Đổi mới (1986): `Luật Biển 1982` is the UN convention, not a Vietnamese
/// law.
pub const FIRST_NAMED_LAW_YEAR: u16 = 1986;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_english_name_and_longer_names_come_first() {
        for kind in KINDS {
            assert!(english_name(kind.name).is_some(), "{}", kind.name);
        }
        for (index, (_, english)) in ENGLISH_NAMES.iter().enumerate() {
            for (_, later) in &ENGLISH_NAMES[index + 1..] {
                assert!(
                    !later.ends_with(&format!(" {english}")),
                    "{later} after {english}"
                );
            }
        }
    }

    #[test]
    fn longer_names_come_before_the_names_they_begin_with() {
        for (index, kind) in KINDS.iter().enumerate() {
            for earlier in &KINDS[..index] {
                assert!(
                    !kind.name.starts_with(earlier.name) || kind.name == earlier.name,
                    "{} comes after {}",
                    kind.name,
                    earlier.name
                );
            }
        }
    }

    #[test]
    fn codes_name_their_kinds() {
        assert_eq!(by_code("NĐ").map(|kind| kind.name), Some("Nghị định"));
        assert_eq!(by_code("TT").map(|kind| kind.name), Some("Thông tư"));
        assert_eq!(by_code("QĐ").map(|kind| kind.name), Some("Quyết định"));
        assert_eq!(by_name("Nghị định").and_then(|kind| kind.sole_issuer), Some("CP"));
    }
}
