//! Properties of the citation search over generated prose: a document
//! cited in full, as newsrooms write it (with or without `số`, `số:`), is
//! found wherever it stands, with exactly its words highlighted and its
//! symbol read; a later short form (`Nghị định 15`) leads back to it; the
//! same text in decomposed letters cites the same; a Party resolution named
//! by its meeting is listed under one name however it is written; and prose
//! that cites nothing highlights nothing.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vn_article::citation::{Form, find_citations};

/// Words and punctuation of news prose that name no document.
const PROSE: &[&str] = &[
    "Hội nghị",
    "đã",
    "quán triệt",
    "về việc",
    "kiểm soát quyền lực",
    "người dân",
    "doanh nghiệp",
    "năm nay",
    "theo",
    "thực hiện",
    "tinh thần",
    "sửa đổi",
    "bổ sung",
    "và",
    "hoặc",
    "2.500",
    "15%",
    "lần thứ 3",
    "Hà Nội",
    "TP.HCM",
    ",",
    ".",
    ";",
    ":",
    "(",
    ")",
    "-",
    "“",
    "”",
];

/// A document cited in full: the text as written, its kind's name, its
/// canonical symbol, and the details written around it.
#[derive(Clone, Debug)]
struct Cited {
    written: String,
    kind: &'static str,
    number: u16,
    symbol: String,
    pinpoint: Option<&'static str>,
    date: Option<&'static str>,
    issuer: Option<&'static str>,
}

fn number() -> impl Strategy<Value = u16> {
    1..2000u16
}

/// `số`, `số:` or nothing between a kind's name and its symbol.
fn marker() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", "số ", "số: ", "số "])
}

impl Cited {
    /// `kind` and `symbol` as prose writes them: the kind capitalised, or in
    /// lower case mid-sentence (`theo nghị định 100/2019/NĐ-CP`), then
    /// `marker` (`số `…).
    fn new(kind: &'static str, lower: bool, marker: &str, number: u16, symbol: String) -> Cited {
        let written_kind = if lower {
            kind.to_lowercase()
        } else {
            kind.to_owned()
        };
        Cited {
            written: format!("{written_kind} {marker}{symbol}"),
            kind,
            number,
            symbol,
            pinpoint: None,
            date: None,
            issuer: None,
        }
    }
}

/// State documents: `Nghị định 100/2019/NĐ-CP`, `Thông tư số 05/2021/TT-BYT`.
fn state_document() -> impl Strategy<Value = Cited> {
    let kinds = prop::sample::select(vec![
        ("Nghị định", "NĐ", "CP"),
        ("Thông tư", "TT", "BTC"),
        ("Thông tư", "TT", "BGDĐT"),
        ("Thông tư", "TT", "BYT"),
        ("Quyết định", "QĐ", "TTg"),
        ("Quyết định", "QĐ", "UBND"),
        ("Nghị quyết", "NQ", "CP"),
        ("Nghị quyết", "NQ", "HĐND"),
    ]);
    let shape = (kinds, marker(), number(), 1990..2030u16, any::<bool>());
    shape.prop_map(|((kind, code, issuer), marker, number, year, lower)| {
        Cited::new(
            kind,
            lower,
            marker,
            number,
            format!("{number}/{year}/{code}-{issuer}"),
        )
    })
}

/// Party documents: `Quy định 205-QĐ/TW`, `Hướng dẫn số 21-HD/BTCTW`.
fn party_document() -> impl Strategy<Value = Cited> {
    let kinds = prop::sample::select(vec![
        ("Quy định", "QĐ"),
        ("Hướng dẫn", "HD"),
        ("Chỉ thị", "CT"),
        ("Nghị quyết", "NQ"),
        ("Kết luận", "KL"),
    ]);
    let issuers = prop::sample::select(vec!["TW", "BTCTW", "TU", "HU", "ĐU"]);
    let shape = (kinds, marker(), number(), issuers, any::<bool>());
    shape.prop_map(|((kind, code), marker, number, issuer, lower)| {
        Cited::new(kind, lower, marker, number, format!("{number}-{code}/{issuer}"))
    })
}

/// What news prose puts before a citation (a pinpoint) and after it (a
/// date, an issuer, a subject), and what the citation's details read from
/// them; none of it is highlighted.
fn before() -> impl Strategy<Value = (&'static str, Option<&'static str>)> {
    prop::sample::select(vec![
        ("", None),
        ("", None),
        ("khoản 2 Điều 5", Some("khoản 2 Điều 5")),
        ("điểm a khoản 1 Điều 12 của", Some("điểm a khoản 1 Điều 12")),
        ("Điều 3", Some("Điều 3")),
    ])
}

/// The text after a citation, its date and its issuer.
type After = (&'static str, Option<&'static str>, Option<&'static str>);

fn after() -> impl Strategy<Value = After> {
    prop::sample::select(vec![
        ("", None, None),
        ("", None, None),
        ("ngày 15/3/2021", Some("2021-03-15"), None),
        ("ngày 05 tháng 01 năm 2020", Some("2020-01-05"), None),
        ("của Chính phủ", None, Some("Chính phủ")),
        ("của Bộ Chính trị", None, Some("Bộ Chính trị")),
        (
            "ngày 2/9/2019 của Ban Bí thư",
            Some("2019-09-02"),
            Some("Ban Bí thư"),
        ),
        (
            "của Bộ Tài chính ngày 30-12-2019",
            Some("2019-12-30"),
            Some("Bộ Tài chính"),
        ),
        ("về việc", None, None),
        ("quy định chi tiết", None, None),
    ])
}

/// The issuer each of `cited` is read with: its own, or, when it has none
/// and only a comma or `và` parts it from the next of its kind, the next
/// one's (`Nghị quyết 18-NQ/TW, Nghị quyết 19-NQ/TW của Hội nghị Trung ương
/// 6`), unless their symbols name issuers that cannot be one (a Party body
/// is never a state one; otherwise one code may stop short of the other).
fn issuers_in_series(text: &str, cited: &[(usize, Cited)]) -> Vec<Option<&'static str>> {
    let issuer_code = |document: &Cited| {
        document
            .symbol
            .rsplit(['-', '/'])
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let is_party = |code: &str| code.ends_with("TW") || matches!(code, "TU" | "HU" | "ĐU");
    let mut issuers: Vec<Option<&'static str>> = cited.iter().map(|(_, document)| document.issuer).collect();
    for index in (1..cited.len()).rev() {
        let ((start, this), (next_start, next)) = (&cited[index - 1], &cited[index]);
        let gap = text[start + this.written.len()..*next_start].trim_matches(' ');
        let (own, shared) = (issuer_code(this), issuer_code(next));
        let may_be_one =
            (own.starts_with(&shared) || shared.starts_with(&own)) && is_party(&own) == is_party(&shared);
        if issuers[index - 1].is_none()
            && matches!(gap, "," | "và" | ", và")
            && this.kind == next.kind
            && may_be_one
        {
            issuers[index - 1] = issuers[index];
        }
    }
    issuers
}

/// Whether `details` after a short form say it is not `document`: they
/// name another issuer than its symbol's (`Thông tư 5 của Chính phủ` is not
/// `Thông tư 5/2020/TT-BTC`; a decree has one issuer, and a body named
/// after it belongs to another phrase), or a date in another year than its
/// symbol's or the dates of the full citations of its symbol in `cited`.
fn names_another_document(document: &Cited, cited: &[(usize, Cited)], details: &str) -> bool {
    const CODES: [(&str, &str); 4] = [
        ("Chính phủ", "CP"),
        ("Bộ Chính trị", "TW"),
        ("Ban Bí thư", "TW"),
        ("Bộ Tài chính", "BTC"),
    ];
    let symbol_issuer = document.symbol.rsplit(['-', '/']).next().unwrap_or_default();
    let another_issuer = document.kind != "Nghị định"
        && CODES
            .iter()
            .any(|(name, code)| details.contains(&format!("của {name}")) && *code != symbol_issuer);
    // The year is the second part of a state symbol (`5/2020/TT-BTC`), or
    // the date's after a full citation of the symbol, this one or another.
    let mut years: Vec<&str> = document
        .symbol
        .split('/')
        .nth(1)
        .filter(|year| year.len() == 4)
        .into_iter()
        .collect();
    if years.is_empty() {
        let dates = cited.iter().filter(|(_, other)| other.symbol == document.symbol);
        years.extend(dates.filter_map(|(_, other)| other.date.and_then(|date| date.get(..4))));
    }
    let date_year = details
        .split(|c: char| !c.is_ascii_digit())
        .find(|number| number.len() == 4);
    // Mentions of one symbol dated in two years (a Party symbol has no
    // year: numbering starts again each term) are two documents a dated
    // short form cannot choose between.
    years.dedup();
    let another_year =
        date_year.is_some_and(|date| years.len() > 1 || (!years.is_empty() && !years.contains(&date)));
    another_issuer || another_year
}

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PROSE), 0..8).prop_map(|words| words.join(" "))
}

/// Prose with documents cited in it, each with the details news puts
/// around a citation and a comma ending its clause, and where each
/// citation starts.
fn text_citing() -> impl Strategy<Value = (String, Vec<(usize, Cited)>)> {
    let cited = prop_oneof![state_document(), party_document()];
    let part = (prose(), before(), cited, after());
    (prop::collection::vec(part, 1..4), prose()).prop_map(|(parts, tail)| {
        let mut text = String::new();
        let mut citations = Vec::new();
        for (prose, (before, pinpoint), cited, (after, date, issuer)) in parts {
            for piece in [prose.as_str(), " ", before, " "] {
                text.push_str(piece);
            }
            // The clause ends after the details, as it does in prose.
            for piece in [cited.written.as_str(), " ", after, ", "] {
                text.push_str(piece);
            }
            let start = text.len() - cited.written.len() - after.len() - 3;
            citations.push((
                start,
                Cited {
                    pinpoint,
                    date,
                    issuer,
                    ..cited
                },
            ));
        }
        text.push_str(&tail);
        (text, citations)
    })
}

/// The ordinals a plenum's number is written with after `lần thứ`.
const ORDINAL_WORDS: [&str; 10] = [
    "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
];

/// The terms of the Central Committee and the congresses, in Roman numerals.
const ROMAN: [&str; 6] = ["IX", "X", "XI", "XII", "XIII", "XIV"];

/// A plenum's resolution as news writes it, without its term: plenum
/// `number` (1 to 10).
fn plenum_written(number: usize) -> impl Strategy<Value = String> {
    let ordinal = ORDINAL_WORDS[number - 1];
    prop::sample::select(vec![
        format!("Nghị quyết Trung ương {number}"),
        format!("Nghị quyết Trung ương {number:02}"),
        format!("Nghị quyết TW{number}"),
        format!("Nghị quyết TƯ {number}"),
        format!("Nghị quyết Hội nghị Trung ương {number}"),
        format!("Nghị quyết Hội nghị Trung ương lần thứ {number}"),
        format!("Nghị quyết Hội nghị Trung ương lần thứ {ordinal}"),
        format!("Nghị quyết Hội nghị lần thứ {ordinal} Ban Chấp hành Trung ương Đảng"),
    ])
}

/// A term after a plenum's name, as news writes it.
fn term_written(term: &'static str) -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        format!(" khóa {term}"),
        format!(" khoá {term}"),
        format!(" (khóa {term})"),
        format!(" (Khóa {term})"),
        format!(" khóa ({term})"),
        format!(", khóa {term}"),
    ])
}

/// A national congress's resolution as news writes it: congress `number`
/// (9 to 14).
fn congress_written(number: usize) -> impl Strategy<Value = String> {
    let roman = ROMAN[number - 9];
    prop::sample::select(vec![
        format!("Nghị quyết Đại hội {roman}"),
        format!("Nghị quyết Đại hội lần thứ {roman}"),
        format!("Nghị quyết Đại hội Đảng lần thứ {roman}"),
        format!("Nghị quyết Đại hội Đảng toàn quốc lần thứ {roman}"),
        format!("Nghị quyết Đại hội đại biểu toàn quốc lần thứ {number}"),
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn documents_cited_in_full_are_found_as_written((text, cited) in text_citing()) {
        let found = find_citations(&text);
        let issuers = issuers_in_series(&text, &cited);
        for ((start, document), issuer) in cited.iter().zip(issuers) {
            let citation = found.iter().find(|citation| citation.start == *start);
            prop_assert!(citation.is_some(), "{:?} not found in {:?}: {:?}", document.written, text, found);
            let Some(citation) = citation else { continue };
            prop_assert_eq!(&text[citation.start..citation.end], document.written.as_str(), "in {:?}", text);
            prop_assert_eq!(citation.kind.name, document.kind);
            prop_assert_eq!(citation.form, Form::Full);
            prop_assert_eq!(citation.symbol.as_deref(), Some(document.symbol.as_str()));
            prop_assert_eq!(citation.pinpoint.as_deref(), document.pinpoint, "in {:?}", text);
            prop_assert_eq!(citation.date.as_deref(), document.date, "in {:?}", text);
            prop_assert_eq!(citation.issuer.as_deref(), issuer, "in {:?}", text);
        }
    }

    #[test]
    fn a_short_form_leads_back_to_the_full_citation(
        (text, cited) in text_citing(),
        prose in prose(),
        (details, _, _) in after(),
    ) {
        // A short form means the one earlier document of its kind and
        // number; two of them are an ambiguity left unresolved on purpose.
        let (_, document) = &cited[cited.len() - 1];
        prop_assume!(cited.iter().all(|(_, other)| {
            other.kind != document.kind || other.number != document.number || other.symbol == document.symbol
        }));
        let short = format!("{} {}", document.kind, document.number);
        let short_start = text.len() + prose.len() + 2;
        let text = format!("{text} {prose} {short} {details}");
        let found = find_citations(&text);
        let citation = found.iter().find(|citation| citation.start == short_start);
        if names_another_document(document, &cited, details) {
            // Found or not (a number that reads as a year counts only
            // resolved), it does not lead to this document.
            prop_assert!(citation.is_none_or(|citation| citation.resolves_to.is_none()), "in {:?}", text);
            return Ok(());
        }
        prop_assert!(citation.is_some(), "{:?} not found in {:?}: {:?}", short, text, found);
        let Some(citation) = citation else { return Ok(()) };
        prop_assert_eq!(&text[citation.start..citation.end], short.as_str());
        prop_assert_eq!(citation.form, Form::Short);
        prop_assert_eq!(citation.symbol.as_deref(), Some(document.symbol.as_str()), "in {:?}", text);
    }

    #[test]
    fn a_short_form_in_the_lead_points_forward_to_the_full_citation(
        (text, cited) in text_citing(),
        prose in prose(),
        (details, _, _) in after(),
    ) {
        // A lead may name a document short before the body cites it in
        // full: the one later document of its kind and number.
        let (_, document) = &cited[0];
        prop_assume!(cited.iter().all(|(_, other)| {
            other.kind != document.kind || other.number != document.number || other.symbol == document.symbol
        }));
        let short = format!("{} {}", document.kind, document.number);
        let lead = format!("{short} {details}");
        let text = format!("{}, {prose}. {text}", lead.trim_end());
        let found = find_citations(&text);
        let citation = found.first().filter(|citation| citation.start == 0);
        if names_another_document(document, &cited, details) {
            prop_assert!(citation.is_none_or(|citation| citation.resolves_to.is_none()), "in {:?}", text);
            return Ok(());
        }
        prop_assert!(citation.is_some(), "{:?} not found in {:?}: {:?}", short, text, found);
        let Some(citation) = citation else { return Ok(()) };
        prop_assert_eq!(&text[citation.start..citation.end], short.as_str());
        prop_assert_eq!(citation.form, Form::Short);
        prop_assert_eq!(citation.symbol.as_deref(), Some(document.symbol.as_str()), "in {:?}", text);
        let target = citation.resolves_to.map(|target| &found[target]);
        prop_assert!(target.is_some_and(|target| target.form == Form::Full && target.start > citation.end), "in {:?}", text);
    }

    /// However a plenum's resolution and a congress's are written, each is
    /// listed under one name; the plenum named without its term refers to
    /// the mention that gives it.
    #[test]
    fn a_party_resolution_is_listed_under_one_name_however_written(
        (plenum, with_term, without_term, term, term_written) in (1..=10usize, 0..6usize).prop_flat_map(|(number, term)| {
            (Just(number), plenum_written(number), plenum_written(number), Just(ROMAN[term]), term_written(ROMAN[term]))
        }),
        (congress, first_congress, second_congress) in (9..=14usize).prop_flat_map(|number| {
            (Just(number), congress_written(number), congress_written(number))
        }),
        term_first in any::<bool>(),
        prose in prose(),
    ) {
        let termed = format!("{with_term}{term_written}");
        let (first, second) = if term_first { (&termed, &without_term) } else { (&without_term, &termed) };
        let text = format!("Thực hiện {first} và {first_congress}, {prose}; {second} cùng {second_congress} của Đảng.");
        let found = find_citations(&text);
        let spans: Vec<&str> = found.iter().map(|citation| &text[citation.start..citation.end]).collect();
        prop_assert_eq!(&spans, &[first.as_str(), first_congress.as_str(), second.as_str(), second_congress.as_str()], "in {:?}", text);
        let plenum_name = format!("Nghị quyết Trung ương {plenum} khóa {term}");
        let congress_name = format!("Nghị quyết Đại hội {}", ROMAN[congress - 9]);
        let names: Vec<Option<&str>> = found.iter().map(|citation| citation.name.as_deref()).collect();
        prop_assert_eq!(names, [Some(plenum_name.as_str()), Some(congress_name.as_str()), Some(plenum_name.as_str()), Some(congress_name.as_str())]);
        let (termed_index, termless_index) = if term_first { (0, 2) } else { (2, 0) };
        prop_assert_eq!(found[termless_index].resolves_to, Some(termed_index));
        prop_assert_eq!(found[termed_index].resolves_to, None);
    }

    /// Text in decomposed letters, as some CMSs send it: the same
    /// citations, each span the same words as written.
    #[test]
    fn decomposed_text_cites_the_same_documents((text, _) in text_citing()) {
        let decomposed: String = text.nfd().collect();
        let composed_spans: Vec<(String, Option<String>)> = find_citations(&text)
            .into_iter()
            .map(|citation| (text[citation.start..citation.end].to_owned(), citation.symbol))
            .collect();
        let decomposed_spans: Vec<(String, Option<String>)> = find_citations(&decomposed)
            .into_iter()
            .map(|citation| (decomposed[citation.start..citation.end].nfc().collect(), citation.symbol))
            .collect();
        prop_assert_eq!(decomposed_spans, composed_spans, "in {:?}", decomposed);
    }

    #[test]
    fn prose_that_cites_nothing_highlights_nothing(text in prose()) {
        prop_assert!(find_citations(&text).is_empty(), "{:?}", find_citations(&text));
    }
}
