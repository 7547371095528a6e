//! Cited documents: the legal and Party documents a Vietnamese text cites,
//! found, read and resolved.
//!
//! [`find_citations`] reads a text once and returns every citation in it:
//!
//! - **full**: a kind and a symbol (`Nghị định số 15/2020/NĐ-CP`, `Quy định
//!   205-QĐ/TW`), or a symbol that names its kind (`theo 15/2020/NĐ-CP`);
//! - **short**: a kind and a number (`Quy định 205`, `NĐ 67`, `Nghị định
//!   155/2016`), resolved to the unique earlier full citation of the same
//!   kind and number (and year, when it gives one), as eyecite resolves US
//!   short cites, or else to the unique later one (a lead names a
//!   document short before the body cites it in full); a kind rarely
//!   cited by number alone (`Kế hoạch`, `Đề án`) counts only when it
//!   resolves;
//! - **named**: a law or code by name and year (`Luật Đất đai năm 2013`,
//!   `BLHS 2015`), a constitution (`Hiến pháp năm 2013`), the Party's
//!   charter (`Điều lệ Đảng`), a resolution of
//!   a Central Committee plenum or of a Party congress (`Nghị quyết Trung
//!   ương 4 khóa XII`, `Nghị quyết Đại hội XIII`), listed under one name
//!   however it is written (`Nghị quyết TW4 (khóa XII)`); a plenum's named
//!   without its term refers to the one the text names with it, and a law
//!   named without its symbol to the one the text cites in full under
//!   that name (`Luật Đất đai` → `Luật Đất đai số 45/2013/QH13`), or in
//!   brackets right after it (`Luật Đất đai 2024 (Luật số 31/2024/QH15)`).
//!
//! Lists share their kind: in `Quyết định số 578/QĐ-UBND và 579/QĐ-UBND` the
//! second citation spans `579/QĐ-UBND`. The date and issuer after a citation
//! and the pinpoint before it are read into its fields, not its span.
//!
//! The kind is the one the text names (`205-QĐ/TW` after `Quy định` is a
//! Quy định), never guessed from the code when a name is there.
//!
//! Finding is one pass over the text with a bounded look at each word that
//! may begin a citation: linear time, no regular expressions (a general
//! regex engine would cost more of the WebAssembly module than the rest of
//! the detector; benches/README.md has the measurements).
//!
//! ```
//! use vn_article::citation::{Form, find_citations};
//!
//! let text = "Quy định 205-QĐ/TW của Bộ Chính trị … Quy định 205 của Bộ Chính trị sẽ là bước đột phá.";
//! let citations = find_citations(text);
//! assert_eq!(citations.len(), 2);
//! assert_eq!(&text[citations[0].start..citations[0].end], "Quy định 205-QĐ/TW");
//! assert_eq!(citations[0].issuer.as_deref(), Some("Bộ Chính trị"));
//! assert_eq!(&text[citations[1].start..citations[1].end], "Quy định 205");
//! assert_eq!((citations[1].form, citations[1].resolves_to), (Form::Short, Some(0)));
//! assert_eq!(citations[1].symbol.as_deref(), Some("205-QĐ/TW"));
//! ```

mod composed;
mod context;
pub mod document_kind;
mod document_symbol;
mod english_names;
mod issuer;
mod law_names;
mod party_meeting;
mod resolve;
mod scanner;

use serde::Serialize;

pub(crate) use context::FAMILY_NAMES;
pub use document_kind::Kind;
pub(crate) use document_symbol::known_code_in_viqr;
pub(crate) use english_names::english_title;
pub(crate) use issuer::assembly_term;

use crate::normalize::to_lower;
use crate::text_offsets::TextOffsets;

/// One citation of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Citation {
    /// Where its span starts, in bytes of the text.
    pub start: usize,
    /// Where its span ends, in bytes of the text.
    pub end: usize,
    /// The kind of document, as the text names it.
    pub kind: &'static Kind,
    /// How it is written.
    pub form: Form,
    /// The document's number as written (`05`); none for a named law.
    pub number: Option<String>,
    /// The year of the document: its symbol's, the one `năm 2014` after it
    /// gives, or its date's (`68-NQ/TW ngày 4/5/2025` → 2025).
    pub year: Option<u16>,
    /// The type code of its symbol (`NĐ`).
    pub type_code: Option<String>,
    /// The issuer code of its symbol (`CP`, `BCA-BQP-BTP-BGDĐT`), or of the
    /// issuer named after it.
    pub issuer_code: Option<String>,
    /// The canonical symbol: its own, the one of the full citation a short
    /// form resolves to, or one completed from what the text says
    /// (`Nghị định 155/2016` → `155/2016/NĐ-CP`; see `inferred`).
    pub symbol: Option<String>,
    /// Whether `symbol` was completed from the kind and the issuer named
    /// after the citation (or after the one it resolves to) rather than
    /// written or resolved to a full citation.
    pub inferred: bool,
    /// The date named after it (`ngày 05/01/2021`), ISO 8601.
    pub date: Option<String>,
    /// The issuer named after it (`của Bộ Tài chính`), as written.
    pub issuer: Option<String>,
    /// The article, clause and point before it (`khoản 2 Điều 5`), as
    /// written.
    pub pinpoint: Option<String>,
    /// A named document's name (`Luật Đất đai`); a Party resolution's is
    /// the one it is listed under, however the text writes it
    /// (`Nghị quyết TW4 (khóa XII)` → `Nghị quyết Trung ương 4 khóa XII`).
    pub name: Option<String>,
    /// For a short form, the index of the citation it resolves to: the
    /// document's first full citation, or, when none gives its symbol, the
    /// short form that symbol was inferred for (and `inferred` is set); for
    /// a plenum's resolution named without its term, the index of the one
    /// named with it; for a law named without its symbol, the index of
    /// the one citation of that name given in full, or else with the one
    /// year the text gives it.
    pub resolves_to: Option<usize>,
    /// Whether a short form counts only if it resolves: its kind's bare
    /// numbers are not documents on their own (`Kế hoạch 31`), or its number
    /// reads as a year (`Quyết định 2020`) unless a full citation in the text
    /// has that number.
    pub(crate) only_if_resolved: bool,
}

/// How a citation is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Form {
    /// With its symbol.
    Full,
    /// With its number alone, or number and year.
    Short,
    /// By name (and year).
    Named,
}

impl Citation {
    /// The names of the issuers its symbol's code gives, for the common
    /// ones: `CP` → `Chính phủ`, `QH14` → `Quốc hội khóa XIV`. A symbol
    /// without a type code (an official letter's, `5120/BYT-KCB`) names the
    /// body, then the unit that drafted it: the body is the issuer (`Bộ Y
    /// tế`). A joint document's (`06/2016/TTLT-BTC-BTP`) names each of its
    /// issuers: all of them, when every one is known.
    pub fn issuer_names_from_code(&self) -> Option<Vec<String>> {
        let code = self.issuer_code.as_deref()?;
        if let Some(name) = issuer::name_of(code) {
            return Some(vec![name]);
        }
        let (body, _) = code.split_once('-')?;
        match self.type_code.as_deref() {
            None => Some(vec![issuer::name_of(body)?]),
            Some(joint) if joint.ends_with("LT") => code.split('-').map(issuer::name_of).collect(),
            Some(_) => None,
        }
    }

    /// What a document cited by name is known by: its name in small
    /// letters, so that one name however a mention capitalises it (`Luật
    /// Giao thông`, `luật giao thông`) is one document, then `year`, when
    /// there is one. `None` for a citation without a name.
    pub(crate) fn name_key(&self, year: Option<u16>) -> Option<String> {
        let mut key: String = self.name.as_deref()?.chars().map(to_lower).collect();
        if let Some(year) = year {
            key.push_str(&format!(" {year}"));
        }
        Some(key)
    }

    fn new(start: usize, end: usize, kind: &'static Kind, form: Form) -> Self {
        Citation {
            start,
            end,
            kind,
            form,
            number: None,
            year: None,
            type_code: None,
            issuer_code: None,
            symbol: None,
            inferred: false,
            date: None,
            issuer: None,
            pinpoint: None,
            name: None,
            resolves_to: None,
            only_if_resolved: false,
        }
    }
}

/// Every citation in `text`, in order, short forms resolved. Text in
/// decomposed letters is read composed; the spans are still offsets into
/// `text`, and the fields read from it (symbol, issuer…) are composed.
pub fn find_citations(text: &str) -> Vec<Citation> {
    let Some(composed) = composed::Composed::new(text) else {
        return find_in(text);
    };
    let mut citations = find_in(&composed.text);
    for citation in &mut citations {
        citation.start = composed.start(citation.start);
        citation.end = composed.end(citation.end);
    }
    citations
}

fn find_in(text: &str) -> Vec<Citation> {
    let mut citations = scanner::scan(text);
    english_names::add(text, &mut citations);
    resolve::resolve(text, &mut citations);
    resolve::join_bracketed_names(text, &mut citations);
    resolve::resolve_names(text, &mut citations);
    party_meeting::complete_terms(&mut citations);
    for citation in &mut citations {
        citation.year = resolve::year_of(citation);
    }
    citations
}

/// A citation as the CLI and JavaScript report it: its text, offsets in the
/// unit the caller counts in, and its fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CitationRecord<'a> {
    /// The span's text.
    pub text: &'a str,
    /// Where the span starts.
    pub start: usize,
    /// Where the span ends.
    pub end: usize,
    /// The kind's name (`Nghị định`).
    pub kind: &'static str,
    /// How it is written.
    pub form: Form,
    /// The canonical symbol, when known.
    pub symbol: Option<&'a str>,
    /// Whether the symbol was completed rather than written or resolved.
    pub inferred: bool,
    /// The number as written.
    pub number: Option<&'a str>,
    /// The year.
    pub year: Option<u16>,
    /// The type code.
    pub type_code: Option<&'a str>,
    /// The issuer code.
    pub issuer_code: Option<&'a str>,
    /// The date, ISO 8601.
    pub date: Option<&'a str>,
    /// The issuer, as written.
    pub issuer: Option<&'a str>,
    /// The pinpoint, as written.
    pub pinpoint: Option<&'a str>,
    /// A named document's name, as it is listed.
    pub name: Option<&'a str>,
    /// For a short form, the index of the citation it resolves to (a full
    /// one, or one whose symbol was inferred); for a plenum's resolution
    /// named without its term, of the one named with it; for a law named
    /// without its symbol, of the one full citation of that name, or else
    /// of its one year.
    pub resolves_to: Option<usize>,
}

/// The unit offsets are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    /// Unicode scalar values, as Rust's `chars()` and Python's `str` count.
    Chars,
    /// UTF-16 code units, as JavaScript strings count.
    Utf16,
}

/// The records of `citations` found in `text`, offsets counted in `unit`.
pub fn records<'a>(text: &'a str, citations: &'a [Citation], unit: OffsetUnit) -> Vec<CitationRecord<'a>> {
    let mut offsets = TextOffsets::new(text);
    let mut count = |byte: usize| {
        let (chars, units) = offsets.at(byte);
        match unit {
            OffsetUnit::Chars => chars,
            OffsetUnit::Utf16 => units,
        }
    };
    citations
        .iter()
        .map(|citation| CitationRecord {
            text: &text[citation.start..citation.end],
            start: count(citation.start),
            end: count(citation.end),
            kind: citation.kind.name,
            form: citation.form,
            symbol: citation.symbol.as_deref(),
            inferred: citation.inferred,
            number: citation.number.as_deref(),
            year: citation.year,
            type_code: citation.type_code.as_deref(),
            issuer_code: citation.issuer_code.as_deref(),
            date: citation.date.as_deref(),
            issuer: citation.issuer.as_deref(),
            pinpoint: citation.pinpoint.as_deref(),
            name: citation.name.as_deref(),
            resolves_to: citation.resolves_to,
        })
        .collect()
}
