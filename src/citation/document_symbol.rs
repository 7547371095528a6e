//! Document symbols (số, ký hiệu): read as written, with the spaces, typos
//! and old spellings real text has, and written back in canonical form.
//!
//! The shapes (Nghị định 30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW):
//! - `N/YYYY/TYPE-ISSUER` normative documents (`15/2020/NĐ-CP`,
//!   `02/2012/TTLT-BCA-BQP-BTP-BGDĐT`), and `N/YYYY/QHnn` laws;
//! - `N/TYPE-ISSUER` administrative documents (`512/QĐ-UBND`), `N/ISSUER-UNIT`
//!   official letters (`1866/BGDĐT-GDTrH`), `N/SL` historic decree-laws;
//! - `N-TYPE/ISSUER` Party documents (`205-QĐ/TW`, `07-NQ/HU`);
//! - `N/YYYY` and `N-YYYY`, a number and year cited without the rest.

use super::{document_kind, issuer};

/// A symbol as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The document's number, as written (`05`, `1866`), without the dot
    /// of thousands (`1234` for `1.234`).
    pub number: String,
    /// The year in the symbol, when it has one.
    pub year: Option<u16>,
    /// The type code (`NĐ`, `QĐ`), when the symbol has one.
    pub type_code: Option<String>,
    /// The issuer code and any unit codes after it (`CP`, `UBND-KTN`,
    /// `BCA-BQP-BTP-BGDĐT`).
    pub issuer: Option<String>,
    /// Which of the shapes it has.
    pub shape: Shape,
}

/// The shape of a symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A number alone.
    Number,
    /// `N/YYYY` or `N-YYYY`.
    NumberYear,
    /// `N/YYYY/CODES` or `N/CODES`.
    State,
    /// `N-TYPE/ISSUER`.
    Party,
    /// `N-ISSUER`, the numbering of decrees before 1992 (`94-CP`,
    /// `235-HĐBT`).
    Hyphenated,
}

impl Symbol {
    /// The canonical symbol, when the symbol says enough to write one.
    pub fn canonical(&self) -> Option<String> {
        let codes = match (&self.type_code, &self.issuer) {
            (Some(code), Some(issuer)) => format!("{code}-{issuer}"),
            (Some(code), None) => code.clone(),
            (None, Some(issuer)) => issuer.clone(),
            (None, None) => return None,
        };
        Some(match (self.shape, self.year) {
            (Shape::Party, _) => format!(
                "{}-{}/{}",
                self.number,
                self.type_code.as_deref()?,
                self.issuer.as_deref()?
            ),
            (Shape::Hyphenated, _) => format!("{}-{codes}", self.number),
            (_, Some(year)) => format!("{}/{year}/{codes}", self.number),
            (_, None) => format!("{}/{codes}", self.number),
        })
    }

    /// Whether the symbol alone says it is a document's: a type code of a
    /// known kind, or the issuer code of the National Assembly or its
    /// Standing Committee.
    pub fn is_self_evident(&self) -> bool {
        let known_type = self
            .type_code
            .as_deref()
            .and_then(document_kind::by_code)
            .is_some();
        let assembly = self.issuer.as_deref().is_some_and(|issuer| {
            ["QH", "UBTVQH"].iter().any(|prefix| {
                issuer
                    .strip_prefix(prefix)
                    .is_some_and(|term| !term.is_empty() && term.bytes().all(|b| b.is_ascii_digit()))
            })
        });
        match self.shape {
            Shape::Party => known_type && self.issuer.is_some(),
            Shape::State => {
                (known_type && (self.year.is_some() || self.issuer.is_some()))
                    || (assembly && self.year.is_some())
            }
            Shape::Number | Shape::NumberYear | Shape::Hyphenated => false,
        }
    }
}

/// Reads the symbol that starts at `text[at..]` (with a digit); returns it
/// and where it ends.
pub fn parse(text: &str, at: usize) -> Option<(Symbol, usize)> {
    parse_in(text, at, false)
}

/// [`parse`], and a number in thousands alone (`1.234`) as a list writes one
/// before the symbol whose codes it shares (`Quyết định số 1.234 và
/// 1.235/QĐ-UBND`). Such a number's span holds its dot: it is a document's
/// number only when the list's symbol gives it codes.
pub fn parse_listed(text: &str, at: usize) -> Option<(Symbol, usize)> {
    parse_in(text, at, true)
}

/// Whether a number `parse_listed` read spans the dot of thousands, and so
/// is a document's only with a symbol's codes.
pub fn in_thousands(text: &str, at: usize, end: usize, symbol: &Symbol) -> bool {
    symbol.shape == Shape::Number && text[at..end].contains('.')
}

fn parse_in(text: &str, at: usize, listed: bool) -> Option<(Symbol, usize)> {
    // A symbol typed with `Đ` anywhere is typed with Vietnamese letters:
    // its `D` is a `D` (`868/HĐXD-DA`).
    let symbol_word = text[at..].split(char::is_whitespace).next().unwrap_or_default();
    let mut reader = Reader {
        text,
        at,
        without_d_stroke: !symbol_word.contains(['Đ', 'Ð']),
    };
    reader.digits(1, 5)?;
    // `1.234/QĐ-UBND`: a number in thousands, written with the dot prose
    // sets them apart with. A symbol's number has none: only a whole
    // symbol, codes and all, is read so; or, when `listed`, the number
    // alone, nothing after it making it a bigger number, a fraction or a
    // code (`1.234 và`, `1.234, 1.235/…`; not `1.234,5`, `1.234/kg`).
    let after_thousands = (reader.at - at <= 2)
        .then(|| reader.rest().strip_prefix('.'))
        .flatten()
        .and_then(|rest| {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            (digits == 3).then(|| &rest[digits..])
        });
    let alone = |after: &str| {
        let mut chars = after.chars();
        match chars.next() {
            Some(',') => !chars.next().is_some_and(|next| next.is_ascii_digit()),
            next => next.is_none_or(|next| !next.is_alphanumeric() && !".-/%".contains(next)),
        }
    };
    let thousands_alone = listed && after_thousands.is_some_and(alone);
    let thousands = thousands_alone || after_thousands.is_some_and(|after| after.starts_with('/'));
    if thousands {
        reader.at += ".000".len();
    }
    // `30a/2008/NQ-CP`, `210A-TC/VP`: a letter after the number, and
    // nothing else of the word.
    let mut rest = reader.rest().chars();
    if let (Some(suffix), next) = (rest.next(), rest.next())
        && matches!(suffix, 'a'..='e' | 'A'..='E')
        && next.is_none_or(|next| !next.is_alphanumeric() && next != '.')
    {
        reader.at += 1;
    }
    let number = text[at..reader.at].replace('.', "");
    let mut symbol = Symbol {
        number,
        year: None,
        type_code: None,
        issuer: None,
        shape: Shape::Number,
    };
    let after_number = reader.at;
    match reader.separator() {
        Some('/') => {
            let checkpoint = reader.at;
            if let Some(year) = reader.year() {
                symbol.year = Some(year);
                symbol.shape = Shape::NumberYear;
                let after_year = reader.at;
                if matches!(reader.separator(), Some('/' | '-')) {
                    if let Some(codes) = reader.codes() {
                        symbol.shape = Shape::State;
                        split_codes(&mut symbol, codes);
                        reader.spaced_issuer(&mut symbol);
                    } else {
                        reader.at = after_year;
                    }
                } else {
                    reader.at = after_year;
                }
            } else {
                reader.at = checkpoint;
                match reader.codes() {
                    Some(codes) => {
                        symbol.shape = Shape::State;
                        split_codes(&mut symbol, codes);
                        reader.spaced_issuer(&mut symbol);
                        // A Party body's document typed the state's way
                        // (`29/NQ-TƯ`) is the Party's `29-NQ/TW`.
                        if is_party_pair(symbol.type_code.as_deref(), symbol.issuer.as_deref()) {
                            symbol.shape = Shape::Party;
                        }
                    }
                    None => reader.at = after_number,
                }
            }
        }
        Some('-') => {
            let checkpoint = reader.at;
            if let Some(year) = reader.year() {
                symbol.year = Some(year);
                symbol.shape = Shape::NumberYear;
            } else {
                reader.at = checkpoint;
                let type_code = reader.code();
                let after_code = reader.at;
                let slash = type_code.is_some().then(|| reader.separator()).flatten();
                match (type_code, slash, reader.code()) {
                    (Some(type_code), Some(separator), Some(issuer))
                        if separator == '/' || is_party_pair(Some(&type_code), Some(&issuer)) =>
                    {
                        // (A hyphen typed for the slash before a Party
                        // body's code: `29-NQ-TƯ`.)
                        symbol.shape = Shape::Party;
                        symbol.type_code = Some(type_code);
                        symbol.issuer = Some(issuer);
                    }
                    // An old symbol of a number and its issuer (`15-CP`),
                    // its hyphen never spaced: `2.500 - TP.HCM` is a
                    // number and a city.
                    (Some(issuer), None, _)
                        if document_kind::by_code(&issuer).is_none()
                            && !text[after_number..checkpoint].contains(' ') =>
                    {
                        reader.at = after_code;
                        symbol.shape = Shape::Hyphenated;
                        symbol.issuer = Some(issuer);
                    }
                    _ => reader.at = after_number,
                }
            }
        }
        _ => {
            reader.at = after_number;
            if let Some((type_code, issuer)) = reader.party_codes_after_space() {
                symbol.shape = Shape::Party;
                symbol.type_code = Some(type_code);
                symbol.issuer = Some(issuer);
            }
        }
    }
    // A symbol is never glued to more letters or digits (`24/24h` is not one).
    if reader.text[reader.at..].starts_with(|c: char| c.is_ascii_digit())
        || (symbol.shape != Shape::State && reader.text[reader.at..].starts_with(char::is_alphabetic))
    {
        return None;
    }
    if thousands && !(matches!(symbol.shape, Shape::State | Shape::Party) || thousands_alone) {
        return None;
    }
    Some((symbol, reader.at))
}

/// Whether a type code and an issuer code are a known kind's and a Party
/// body's (`NQ` and `TW`): Party documents are numbered `N-TYPE/ISSUER`
/// whatever separators were typed. Not a dispatch (`CĐ`): the state's
/// central steering committees sign theirs `05/CĐ-TW`.
fn is_party_pair(type_code: Option<&str>, issuer: Option<&str>) -> bool {
    type_code.is_some_and(|code| code != "CĐ" && document_kind::by_code(code).is_some())
        && issuer.is_some_and(issuer::is_party)
}

/// Splits `NĐ-CP` into type and issuer, `UBND-KTN` into issuer and unit,
/// `TTLT-BCA-BQP` into type and issuers.
fn split_codes(symbol: &mut Symbol, codes: Vec<String>) {
    // `NĐCP` was read as one code and written back as `NĐ-CP`.
    let mut codes = codes
        .iter()
        .flat_map(|code| code.split('-'))
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter();
    let first = codes.next();
    let rest: Vec<String> = codes.collect();
    match first {
        Some(first) if document_kind::by_code(&first).is_some() => {
            symbol.type_code = Some(first);
            symbol.issuer = (!rest.is_empty()).then(|| rest.join("-"));
        }
        Some(first) => {
            symbol.issuer = Some(std::iter::once(first).chain(rest).collect::<Vec<_>>().join("-"));
        }
        None => {}
    }
}

/// The most codes one symbol has.
const MAX_CODES: usize = 8;

/// Reads symbol parts from a position.
struct Reader<'a> {
    text: &'a str,
    at: usize,
    /// The symbol has no `Đ`: it may be typed without Vietnamese letters,
    /// and a known code's `Đ` typed as `D` (see [`with_its_d_stroke`]).
    without_d_stroke: bool,
}

impl Reader<'_> {
    fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    fn digits(&mut self, min: usize, max: usize) -> Option<&str> {
        let len = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if !(min..=max).contains(&len) {
            return None;
        }
        let start = self.at;
        self.at += len;
        Some(&self.text[start..self.at])
    }

    /// A four-digit year from 1945 on, not followed by another digit.
    fn year(&mut self) -> Option<u16> {
        let start = self.at;
        let year: u16 = self.digits(4, 4)?.parse().ok()?;
        if (1945..=2099).contains(&year) {
            Some(year)
        } else {
            self.at = start;
            None
        }
    }

    /// `/` or `-` (or the dashes typed for it), with at most one space on
    /// each side (`07 - NQ/HU`, `05- CT/TW`).
    fn separator(&mut self) -> Option<char> {
        let start = self.at;
        let skip_space = |reader: &mut Self| {
            if reader.rest().starts_with(' ') {
                reader.at += 1;
            }
        };
        skip_space(self);
        let separator = match self.rest().chars().next() {
            Some('/') => '/',
            Some('-' | '–') => '-',
            _ => {
                self.at = start;
                return None;
            }
        };
        self.at += self.rest().chars().next().map_or(1, char::len_utf8);
        skip_space(self);
        Some(separator)
    }

    /// A Party symbol's codes after a space typed for its hyphen (`21
    /// KL/TW`): a known type code, a slash, a Party issuer and nothing
    /// joined after it (`5360 CĐ/BCT-PCTT` is some other numbering, typed
    /// with a space: it is not guessed at). Nothing else is read after a
    /// bare space: a number is followed by words in prose.
    fn party_codes_after_space(&mut self) -> Option<(String, String)> {
        let start = self.at;
        let codes = self.spaced_party_codes();
        if codes.is_none() {
            self.at = start;
        }
        codes
    }

    /// The issuer of a symbol that ends at its type code, after a space
    /// typed for the hyphen (`30/2008/QĐ BTC`, `1177/QĐ BGDĐT`): only a
    /// code of a known issuer with nothing glued after it, so that the
    /// prose after a symbol is not read as its issuer.
    fn spaced_issuer(&mut self, symbol: &mut Symbol) {
        if symbol.type_code.is_none() || symbol.issuer.is_some() || !self.rest().starts_with(' ') {
            return;
        }
        let start = self.at;
        self.at += 1;
        match self.code() {
            Some(code)
                if issuer::known_codes().any(|known| known == code)
                    && !self.rest().starts_with(char::is_alphanumeric) =>
            {
                symbol.issuer = Some(code);
            }
            _ => self.at = start,
        }
    }

    /// [`Self::party_codes_after_space`], leaving the reader where it
    /// stopped when there are none.
    fn spaced_party_codes(&mut self) -> Option<(String, String)> {
        if !self.rest().starts_with(' ') {
            return None;
        }
        self.at += 1;
        let type_code = self
            .code()
            .filter(|code| document_kind::by_code(code).is_some())?;
        if !self.rest().starts_with('/') {
            return None;
        }
        self.at += 1;
        let issuer = self.code().filter(|code| issuer::is_party(code))?;
        let joined = self.rest().starts_with(['-', '–', '/']);
        (!joined).then_some((type_code, issuer))
    }

    /// Codes joined by `-` or `/`: a type and up to seven issuers and units
    /// (a joint circular names four or five).
    fn codes(&mut self) -> Option<Vec<String>> {
        let mut codes = vec![self.code()?];
        while codes.len() < MAX_CODES {
            let before = self.at;
            let spaced = self.rest().starts_with(' ');
            match self.separator() {
                // A spaced hyphen after a full symbol is prose (`NĐ-CP - Hà Nội`).
                Some(_) if spaced && codes.len() > 1 => {
                    self.at = before;
                    break;
                }
                Some(_) => match self.code() {
                    Some(code) => codes.push(code),
                    None => {
                        self.at = before;
                        break;
                    }
                },
                None => match self.issuer_after_dot(&codes) {
                    Some(code) => codes.push(code),
                    None => break,
                },
            }
        }
        Some(codes)
    }

    /// The issuer's code after a dot typed for the hyphen after a type
    /// code (`1234/QĐ.UBND`, `56/QĐ.UB`, as some provinces number theirs):
    /// a code of two characters or more with nothing glued after it, so
    /// that a sentence run on after the symbol's full stop (`QĐ-UBND.Theo
    /// đó`) is not read into it.
    fn issuer_after_dot(&mut self, codes: &[String]) -> Option<String> {
        let [type_code] = codes else { return None };
        if document_kind::by_code(type_code).is_none() || !self.rest().starts_with('.') {
            return None;
        }
        let before = self.at;
        self.at += 1;
        let code = self
            .code()
            .filter(|code| code.chars().count() >= 2 && !self.rest().starts_with(char::is_alphanumeric));
        if code.is_none() {
            self.at = before;
        }
        code
    }

    /// One code, in canonical form: capitals, digits and `&` (`QH14`,
    /// `BGD&ĐT`), or a code written with small letters (`TTg`, `QĐi`).
    fn code(&mut self) -> Option<String> {
        let rest = self.rest();
        // Codes written with small letters, and their usual misspellings.
        for (written, canonical) in [
            ("TTg", "TTg"),
            ("Ttg", "TTg"),
            ("QĐi", "QĐi"),
            ("TTr", "TTr"),
            ("CTr", "CTr"),
            ("QyĐ", "QyĐ"),
        ] {
            if rest.starts_with(written) && !rest[written.len()..].starts_with(char::is_alphanumeric) {
                self.at += written.len();
                return Some(canonical.to_owned());
            }
        }
        // Capitals, digits and `&`; a small letter only between capitals
        // (`GDTrH`) or alone at the end (`QLĐTh`), so that a word glued
        // after the code stays out of it (`BGDĐTvề`).
        // Read no further than the longest code: 24 characters.
        let mut chars = rest.chars().take(24).peekable();
        let (mut count, mut len) = (0, 0);
        while let Some(c) = chars.next() {
            let next = chars.peek().copied();
            let inside = c.is_uppercase()
                || c.is_ascii_digit()
                || c == '&'
                || (c.is_lowercase() && count > 0 && next.is_some_and(char::is_uppercase))
                || (c.is_lowercase() && count > 1 && next.is_none_or(|next| !next.is_alphanumeric()));
            if !inside {
                break;
            }
            count += 1;
            len += c.len_utf8();
        }
        let code = &rest[..len];
        // A capital and small letters is a word (`Nghị`), not a code.
        if !code.starts_with(char::is_uppercase)
            || (count == 1 && rest[len..].starts_with(char::is_lowercase))
        {
            return None;
        }
        let code = match self.without_d_stroke.then(|| with_its_d_stroke(code)).flatten() {
            Some(known) => known.to_owned(),
            None => canonical_code(code),
        };
        self.at += len;
        Some(code)
    }
}

/// `TƯ` → `TW`, `QDD` → `QĐ` (Telex's `dd`), `NÐ` → `NĐ` (the eth `Ð`,
/// U+00D0, typed for `Đ`), `BGD&ĐT` → `BGDĐT`, `NĐCP` → `NĐ-CP` (a type
/// code run into its issuer).
fn canonical_code(code: &str) -> String {
    // Most codes are canonical as typed: copied once, not once a rule.
    let mut code = code.to_owned();
    if code.contains(['&', 'Ð']) || code.contains("DD") {
        code = code.replace('&', "").replace("DD", "Đ").replace('Ð', "Đ");
    }
    if code.contains("TƯ") {
        code = code.replace("TƯ", "TW");
    }
    for kind in document_kind::KINDS {
        let Some(type_code) = kind.code else { continue };
        if let Some(issuer) = code.strip_prefix(type_code)
            && issuer.chars().count() >= 2
            && document_kind::by_code(&code).is_none()
            && is_issuer_like(type_code, issuer)
        {
            return format!("{type_code}-{issuer}");
        }
    }
    code
}

/// The type or issuer code `code` stands for when it is a known one typed
/// with `D` for its `Đ`, as text typed without Vietnamese letters (an
/// English edition's, a keyboard's without them) writes it: `ND` → `NĐ`,
/// `QD` → `QĐ`, `HDND` → `HĐND`, `BGDDT` → `BGDĐT`; read before Telex's
/// `DD` (`QDD`), which would make `BGDDT` a `BGĐT`.
fn with_its_d_stroke(code: &str) -> Option<&'static str> {
    // Asked of every code a symbol has: most have no `D`, and none is
    // copied (`&` is passed over: `BGD&DT`).
    if !code.contains('D') {
        return None;
    }
    let typed = || code.chars().filter(|&c| c != '&');
    let type_codes = document_kind::KINDS.iter().filter_map(|kind| kind.code);
    type_codes.chain(issuer::known_codes()).find(|known| {
        known.contains('Đ') && known.chars().map(|c| if c == 'Đ' { 'D' } else { c }).eq(typed())
    })
}

/// The known type or issuer code `code` is when typed in VIQR, whose `Đ`
/// is `DD`: `BGDDDT` is `BGDĐT` (not `BGĐDT`, as reading `DD` from the
/// left would have it), read as [`with_its_d_stroke`] reads `BGDDT`.
pub(crate) fn known_code_in_viqr(code: &str) -> Option<&'static str> {
    with_its_d_stroke(&code.replace("DD", "D"))
}

/// An issuer code that commonly follows a type code with the hyphen lost.
/// (`TTCP` stays whole: it is the Thanh tra Chính phủ, and the Chính phủ
/// issues no Thông tư.)
fn is_issuer_like(type_code: &str, code: &str) -> bool {
    let usual = matches!(
        code,
        "CP" | "TTg" | "UBND" | "HĐND" | "BTC" | "NHNN" | "BGDĐT" | "BYT" | "BCA" | "BQP" | "BTP" | "CTN"
    );
    usual && !(type_code == "TT" && code == "CP")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, &str)> {
        parse(text, 0).map(|(symbol, end)| {
            (
                symbol.canonical().unwrap_or_else(|| format!("{symbol:?}")),
                &text[end..],
            )
        })
    }

    #[test]
    fn reads_each_shape_and_its_messy_spellings() {
        for (text, canonical) in [
            ("15/2020/NĐ-CP.", "15/2020/NĐ-CP"),
            (
                "02/2012/TTLT-BCA-BQP-BTP-BGDĐT ngày",
                "02/2012/TTLT-BCA-BQP-BTP-BGDĐT",
            ),
            ("69/2000/TTLT/BNN-TCTK", "69/2000/TTLT-BNN-TCTK"),
            ("59/2020/QH14", "59/2020/QH14"),
            ("333/2017/UBTVQH14", "333/2017/UBTVQH14"),
            ("512/QĐ-UBND và", "512/QĐ-UBND"),
            ("1866/BGDĐT-GDTrH", "1866/BGDĐT-GDTrH"),
            ("8017/UBND-QLĐTh ngày", "8017/UBND-QLĐTh"),
            ("15/SL", "15/SL"),
            ("205-QĐ/TW của", "205-QĐ/TW"),
            ("29-NQ/TƯ", "29-NQ/TW"),
            ("29/NQ-TƯ", "29-NQ/TW"),
            ("29-NQ-TƯ", "29-NQ/TW"),
            ("12/KH-TU về", "12-KH/TU"),
            ("05/CĐ-TW yêu cầu", "05/CĐ-TW"),
            ("07 - NQ/HU", "07-NQ/HU"),
            ("05- CT/TW", "05-CT/TW"),
            ("2551/QDD-TTg", "2551/QĐ-TTg"),
            ("136/2020/ND-CP", "136/2020/NĐ-CP"),
            ("45/2026/QD-UBND", "45/2026/QĐ-UBND"),
            ("205-QD/TW", "205-QĐ/TW"),
            ("12/NQ-HDND", "12/NQ-HĐND"),
            ("01/2021/TT-BGDDT", "01/2021/TT-BGDĐT"),
            ("10/2020/TT-BLDTBXH", "10/2020/TT-BLĐTBXH"),
            ("868/HĐXD-DA ngày", "868/HĐXD-DA"),
            ("21/2014/TTLT-BGD&DT", "21/2014/TTLT-BGDĐT"),
            ("30/2008/QĐ BTC ngày", "30/2008/QĐ-BTC"),
            ("1177/QĐ BGDĐT ngày", "1177/QĐ-BGDĐT"),
            ("58/2016/QĐ-Ttg", "58/2016/QĐ-TTg"),
            ("121/2003/NĐCP", "121/2003/NĐ-CP"),
            ("11/2021/TT-BGDĐTvề", "11/2021/TT-BGDĐT"),
            ("21/2014/BGD&ĐT", "21/2014/BGDĐT"),
            ("3344/QĐ-TTCP", "3344/QĐ-TTCP"),
            ("30a/2008/NQ-CP", "30a/2008/NQ-CP"),
            ("210A-TC/VP", "210A-TC/VP"),
            ("94-CP ngày", "94-CP"),
            ("235-HĐBT", "235-HĐBT"),
        ] {
            assert_eq!(
                read(text).map(|(canonical, _)| canonical),
                Some(canonical.to_owned()),
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_and_years_alone() {
        let (symbol, _) = parse("155/2016 và", 0).unwrap();
        assert_eq!((symbol.shape, symbol.year), (Shape::NumberYear, Some(2016)));
        let (symbol, _) = parse("08-2017 của", 0).unwrap();
        assert_eq!((symbol.shape, symbol.year), (Shape::NumberYear, Some(2017)));
        let (symbol, end) = parse("205 của", 0).unwrap();
        assert_eq!((symbol.shape, end), (Shape::Number, 3));
    }

    #[test]
    fn a_space_for_the_hyphen_before_an_unknown_code_or_a_word_ends_the_symbol() {
        for (text, canonical, rest) in [
            ("551/QĐ ĐHH ngày", "551/QĐ", " ĐHH ngày"),
            ("12/QĐ Bộ Tài chính", "12/QĐ", " Bộ Tài chính"),
            ("12/QĐ BTCx", "12/QĐ", " BTCx"),
        ] {
            assert_eq!(read(text), Some((canonical.to_owned(), rest)), "{text}");
        }
        // An old symbol's hyphen (`15-CP`) is never spaced: a number and a
        // city.
        assert_eq!(read("15-CP ngày"), Some(("15-CP".to_owned(), " ngày")));
        let (symbol, end) = parse("25 - TP.HCM", 0).unwrap();
        assert_eq!((symbol.shape, end), (Shape::Number, "25".len()));
    }

    #[test]
    fn a_dot_for_the_hyphen_after_a_type_code_only_before_a_whole_code() {
        for (text, canonical, rest) in [
            ("1234/QĐ.UBND ngày", "1234/QĐ-UBND", " ngày"),
            ("56/QĐ.UB năm 1998", "56/QĐ-UB", " năm 1998"),
            ("15/2019/TT.BYT.", "15/2019/TT-BYT", "."),
            ("12/QĐ.UBND-VX nêu", "12/QĐ-UBND-VX", " nêu"),
            // A sentence run on after the full stop, not a code.
            ("12/QĐ-UBND.Theo đó", "12/QĐ-UBND", ".Theo đó"),
            ("12/QĐ.Sau đó", "12/QĐ", ".Sau đó"),
            ("12/QĐ.UBNDtỉnh", "12/QĐ", ".UBNDtỉnh"),
            // Not after an issuer's code.
            ("12/UBND.VX", "12/UBND", ".VX"),
        ] {
            assert_eq!(read(text), Some((canonical.to_owned(), rest)), "{text}");
        }
    }

    #[test]
    fn a_number_in_thousands_only_in_a_whole_symbol() {
        let (symbol, end) = parse("1.234/QĐ-UBND ngày", 0).unwrap();
        assert_eq!(
            (symbol.canonical().as_deref(), end),
            (Some("1234/QĐ-UBND"), "1.234/QĐ-UBND".len())
        );
        for text in [
            "1.234 của",
            "1.200/kg",
            "12.500/2024",
            "1.2345/QĐ-UBND",
            "123.456/QĐ-UBND",
        ] {
            assert!(parse(text, 0).is_none_or(|(_, end)| end <= 3), "{text}");
        }
    }

    #[test]
    fn a_number_in_thousands_alone_only_in_a_list() {
        for (text, number) in [
            ("1.234 và", "1234"),
            ("1.234, 1.235", "1234"),
            ("12.500", "12500"),
        ] {
            let (symbol, end) = parse_listed(text, 0).unwrap();
            assert_eq!(symbol.shape, Shape::Number, "{text}");
            assert_eq!(symbol.number, number, "{text}");
            assert!(in_thousands(text, 0, end, &symbol), "{text}");
        }
        for text in [
            "1.234,5",
            "1.200/kg",
            "1.234.567",
            "1.234-1.240",
            "1.234%",
            "1.234ha",
        ] {
            let read = parse_listed(text, 0);
            assert!(
                read.is_none_or(|(symbol, end)| !in_thousands(text, 0, end, &symbol)),
                "{text}"
            );
        }
        assert!(parse("1.234 và", 0).is_none_or(|(_, end)| end == 1));
    }

    #[test]
    fn look_alikes_are_not_symbols() {
        for text in ["24/24h", "6/2-1/7", "1.200 USD/oz", "68E1-237.81"] {
            let parsed = parse(text, 0).filter(|(symbol, _)| symbol.shape != Shape::Number);
            assert!(
                parsed.is_none_or(|(symbol, _)| !symbol.is_self_evident()),
                "{text}"
            );
        }
    }
}
