//! Short forms resolved to the documents they stand for: the unique earlier
//! full citation with the same kind and number (and year, when the short
//! form gives one), or, when none is earlier, the unique later one (a lead
//! names `Nghị định 100`, the body `Nghị định 100/2019/NĐ-CP`). Two
//! different documents that fit leave the short form unresolved: a wrong
//! link is worse than none.
//!
//! A short form whose symbol was completed from the issuer named after it
//! (`Thông tư 15/2015 của Bộ VHTTDL` → `15/2015/TT-BVHTTDL`) is a document
//! too, when no full citation fits it: the later `Thông tư 15` refers to
//! it, and is as uncertain as it is (`inferred`). A full citation of the
//! same symbol, before or after, becomes the one they refer to.
//!
//! A law or code named without its symbol (`Luật Đất đai`, `Luật Đất đai
//! năm 2013`) is resolved the same way to the one document the text cites
//! in full under that name (`Luật Đất đai số 45/2013/QH13`), and of that
//! year when it gives one: [`resolve_names`].

use std::collections::BTreeMap;

use super::document_kind::{DOCUMENT, KINDS};
use super::issuer;
use super::{Citation, Form, Kind};

/// A document cited so far, under one kind and number.
struct Known<'t> {
    symbol: &'t str,
    /// Its first full citation, or the short form its symbol was inferred
    /// for until a full citation comes.
    first: usize,
    /// Whether its symbol is only inferred: no full citation gives it.
    inferred: bool,
    /// The issuer's code its symbol gives.
    issuer_code: Option<&'t str>,
    /// Its year, from its symbol or its date.
    year: Option<u16>,
}

/// What a short form resolves to: where its document is known (the place in
/// `documents` and the entry there; read at the end, when a full citation
/// may have replaced an inferred one), and the kind it was found under.
type Target = (usize, usize, &'static Kind);

/// A document's key: its kind, number and year (`Quyết định 1234 2019`),
/// or any year (`Quyết định 1234`). No kind's name holds a digit.
fn key_of(kind: &str, number: u32, year: Option<u16>) -> String {
    match year {
        Some(year) => format!("{kind} {number} {year}"),
        None => format!("{kind} {number}"),
    }
}

/// Resolves every short form in `citations` (found in `text`, in order) and
/// drops the short forms that count only when resolved.
pub(super) fn resolve(text: &str, citations: &mut Vec<Citation>) {
    // Keyed by kind, number and year (none: any year). A short form
    // resolves when its key holds exactly one document; two are an
    // ambiguity a third cannot lift, so no key keeps more than two, and
    // time stays linear however many documents share a number. The keys
    // are text and lead to a place in `documents` because the crate's
    // other maps are `BTreeMap<String, usize>`: each other kind of map
    // costs the wasm module about 3.5 KB.
    let mut keys: BTreeMap<String, usize> = BTreeMap::new();
    let mut documents: Vec<Vec<Known>> = Vec::new();
    let mut resolved: Vec<Option<Target>> = Vec::with_capacity(citations.len());
    for (index, citation) in citations.iter().enumerate() {
        let number = citation
            .number
            .as_deref()
            .and_then(|number| number.parse::<u32>().ok());
        let target = match (citation.form, number) {
            (Form::Full, Some(number)) => {
                know(text, citation, number, index, &mut keys, &mut documents);
                None
            }
            (Form::Short, Some(number)) => {
                let target = lookup(text, citation, &keys, &documents);
                // A document whose symbol was inferred is never dropped:
                // it is not one of those that count only when resolved.
                if target.is_none() && citation.inferred && !citation.only_if_resolved {
                    know(text, citation, number, index, &mut keys, &mut documents);
                }
                target
            }
            _ => None,
        };
        resolved.push(target);
    }
    // A short form with no full citation before it refers forward, to the
    // one document cited in full after it under its key. (One before it
    // would have resolved it, and two anywhere leave it unresolved.) An
    // inferred one finds itself until a full citation takes its place.
    for (index, (citation, target)) in citations.iter().zip(&mut resolved).enumerate() {
        if citation.form == Form::Short && target.is_none() {
            *target = lookup(text, citation, &keys, &documents)
                .filter(|&(place, entry, _)| documents[place][entry].first != index);
        }
    }
    // What each resolved short form takes from its document, read now that
    // every full citation has taken its inferred one's place.
    let resolved: Vec<Option<(String, usize, bool, &'static Kind)>> = resolved
        .into_iter()
        .map(|target| {
            let (place, entry, kind) = target?;
            let known = &documents[place][entry];
            Some((known.symbol.to_owned(), known.first, known.inferred, kind))
        })
        .collect();
    // Drop unresolved short forms that count only when resolved, renumbering
    // the targets (which are never dropped: full citations, and inferred
    // ones that count unresolved; a target may come later, so every new
    // index is known first).
    let keep: Vec<bool> = citations
        .iter()
        .zip(&resolved)
        .map(|(citation, target)| target.is_some() || !citation.only_if_resolved)
        .collect();
    let new_index: Vec<usize> = keep
        .iter()
        .scan(0, |kept, &keep| {
            let index = *kept;
            *kept += usize::from(keep);
            Some(index)
        })
        .collect();
    let mut resolved = resolved.into_iter();
    let mut keep = keep.into_iter();
    citations.retain_mut(|citation| {
        if let Some(Some((symbol, first, inferred, kind))) = resolved.next() {
            citation.kind = kind;
            citation.symbol = Some(symbol);
            citation.inferred = inferred;
            citation.resolves_to = Some(new_index[first]);
        }
        keep.next().unwrap_or(true)
    });
}

/// Notes the document `citation` (at `index`) gives a symbol to, under each
/// kind it may be referred back to as, with its year and without. A full
/// citation takes the place of an inferred one of the same symbol.
fn know<'t>(
    text: &str,
    citation: &'t Citation,
    number: u32,
    index: usize,
    keys: &mut BTreeMap<String, usize>,
    documents: &mut Vec<Vec<Known<'t>>>,
) {
    let Some(symbol) = citation.symbol.as_deref() else {
        return;
    };
    let year = year_of(citation);
    for kind in kinds_of(text, citation) {
        for key in std::iter::once(None).chain(year.map(Some)) {
            let place = *keys.entry(key_of(kind, number, key)).or_insert_with(|| {
                documents.push(Vec::new());
                documents.len() - 1
            });
            let known = &mut documents[place];
            let this = Known {
                symbol,
                first: index,
                inferred: citation.inferred,
                issuer_code: own_issuer(citation),
                year,
            };
            // An inferred symbol may lack what the full one has (`1/NQ-CP`
            // for `01/2020/NQ-CP`): the full one takes its place when
            // neither names another issuer or year.
            let same = known.iter().position(|known| {
                known.symbol == symbol
                    || (known.inferred && !citation.inferred && known.may_be(this.issuer_code, year))
            });
            match same {
                Some(entry) if known[entry].inferred && !citation.inferred => known[entry] = this,
                // A later mention may say what the first did not
                // (`Quy định 629-QĐ/TU`, then `Quy định 629-QĐ/TU ngày
                // 05/01/2020`): a short form of another year or issuer is
                // then another document.
                Some(entry) => {
                    let known = &mut known[entry];
                    known.year = known.year.or(year);
                    known.issuer_code = known.issuer_code.or(this.issuer_code);
                }
                None if known.len() < 2 => known.push(this),
                None => {}
            }
        }
    }
}

impl Known<'_> {
    /// Whether a citation of `issuer_code` and `year` may be this document:
    /// it names no other issuer (a name's code may stop short of the
    /// symbol's: `Bộ Giáo dục`, `BGD`, for `BGDĐT`) and no other year.
    fn may_be(&self, issuer_code: Option<&str>, year: Option<u16>) -> bool {
        let same_issuer = match (issuer_code, self.issuer_code) {
            (Some(own), Some(known)) => issuer::may_be_same(own, known),
            _ => true,
        };
        let same_year = match (year, self.year) {
            (Some(own), Some(known)) => own == known,
            _ => true,
        };
        same_issuer && same_year
    }
}

/// The issuer's code a citation names, when its kind may have more than
/// one: the body named after a decree is another phrase's (`hướng dẫn thực
/// hiện Nghị định 116 của Bộ GD&ĐT`).
fn own_issuer(citation: &Citation) -> Option<&str> {
    citation
        .issuer_code
        .as_deref()
        .filter(|_| citation.kind.sole_issuer.is_none())
}

/// The one document known under a short form's key, and the kind it was
/// found under. A short form written as an abbreviation that stands for
/// several kinds (`QĐ 205`: a Quyết định or a Quy định) looks under each,
/// and takes the kind it is found under. A short form whose issuer is named
/// (`Chỉ thị 12 của Thủ tướng`) is not another issuer's document (`Chỉ thị
/// 12-CT/TW`), nor is one dated in one year a document of another
/// (`Nghị định 1 ngày 15/3/2021` is not `Nghị định 1/1990/NĐ-CP`).
fn lookup(
    text: &str,
    citation: &Citation,
    keys: &BTreeMap<String, usize>,
    documents: &[Vec<Known<'_>>],
) -> Option<Target> {
    let number = citation.number.as_deref()?.parse::<u32>().ok()?;
    let abbreviated = citation
        .kind
        .code
        .filter(|code| text[citation.start..].starts_with(code));
    let kinds: Vec<&'static Kind> = match abbreviated {
        Some(code) => KINDS.iter().filter(|kind| kind.code == Some(code)).collect(),
        None => vec![citation.kind],
    };
    let mut found: Option<Target> = None;
    for kind in kinds {
        let Some(&place) = keys.get(&key_of(kind.name, number, citation.year)) else {
            continue;
        };
        for entry in 0..documents[place].len() {
            if !documents[place][entry].may_be(own_issuer(citation), year_of(citation)) {
                continue;
            }
            match found {
                Some((other, other_entry, _))
                    if documents[other][other_entry].symbol != documents[place][entry].symbol =>
                {
                    return None;
                }
                _ => found = Some((place, entry, kind)),
            }
        }
    }
    found
}

/// The kinds a full citation may be referred back to as: the kind it names,
/// or, for a symbol cited without a name, every kind its type code stands
/// for (`205-QĐ/TW` may be a Quyết định or a Quy định).
fn kinds_of(text: &str, citation: &Citation) -> Vec<&'static str> {
    let named = !text[citation.start..].starts_with(|c: char| c.is_ascii_digit());
    match citation.type_code.as_deref() {
        Some(code) if !named => KINDS
            .iter()
            .filter(|kind| kind.code == Some(code))
            .map(|kind| kind.name)
            .collect(),
        _ => vec![citation.kind.name],
    }
}

/// A citation's year: its symbol's (or the one `năm` gives), or its
/// date's.
pub(super) fn year_of(citation: &Citation) -> Option<u16> {
    citation.year.or_else(|| {
        citation
            .date
            .as_deref()
            .and_then(|date| date.get(..4)?.parse().ok())
    })
}

/// What the text tells of the document under one name: where it is cited
/// first (in full, `Luật Đất đai số 45/2013/QH13`, or else by name and
/// year, `Luật Đất đai năm 2013`), its year, and whether the name stands
/// for two documents (two symbols, or two years: `Luật Đất đai 2013` and
/// `Luật Đất đai 2024`).
#[derive(Default)]
struct NamedDocument {
    first: Option<usize>,
    first_in_full: bool,
    year: Option<u16>,
    ambiguous: bool,
}

impl NamedDocument {
    /// Notes the citation at `index`, of `year`, cited in full or not.
    fn note(&mut self, index: usize, year: Option<u16>, in_full: bool, citations: &[Citation]) {
        if year.is_some() && self.year.is_some() && year != self.year {
            self.ambiguous = true;
        }
        self.year = self.year.or(year);
        match self.first {
            Some(first) if in_full && self.first_in_full => {
                if citations[first].symbol != citations[index].symbol {
                    self.ambiguous = true;
                }
            }
            Some(_) if !in_full || self.first_in_full => {}
            _ => (self.first, self.first_in_full) = (Some(index), in_full),
        }
    }
}

/// Resolves each law or code named without a symbol (`Luật Đất đai`,
/// `Bộ luật Hình sự năm 2015`) to the one document the text cites in full
/// under that name, earlier or later, and of the year it gives, if it
/// gives one; a name without a year, when the text cites no such document
/// in full, to the one year it gives the name (`Bộ luật Hình sự năm
/// 2015`). A name given two documents (two symbols, or two years) is left
/// unresolved, and so is a name the text says is another text than the
/// one in force: a draft or an amendment (`dự thảo Luật Đất đai`, `Luật
/// Đất đai sửa đổi`, `Luật Đất đai mới`), a new law under the old name.
/// (`Luật Đất đai (sửa đổi)` is named so: the scanner keeps the bracket.)
/// A constitution named without a year is the one in force, not an
/// earlier one the text names with its year (`Hiến pháp năm 1992`).
pub(super) fn resolve_names(text: &str, citations: &mut [Citation]) {
    // Keyed by the name in small letters, and by name and year (`luật đất
    // đai 2013`: only documents cited in full); `BTreeMap<String, usize>`,
    // as the crate's other maps.
    let mut keys: BTreeMap<String, usize> = BTreeMap::new();
    let mut names: Vec<NamedDocument> = Vec::new();
    for (index, citation) in citations.iter().enumerate() {
        let year = year_of(citation);
        let in_full = citation.form == Form::Full && citation.symbol.is_some();
        if !in_full && (citation.form != Form::Named || year.is_none()) {
            continue;
        }
        let with_year = year.filter(|_| in_full).map(Some);
        for name_key in std::iter::once(None)
            .chain(with_year)
            .filter_map(|year| citation.name_key(year))
        {
            let place = *keys.entry(name_key).or_insert_with(|| {
                names.push(NamedDocument::default());
                names.len() - 1
            });
            names[place].note(index, year, in_full, citations);
        }
    }
    for index in 0..citations.len() {
        let citation = &citations[index];
        let Some(name_key) = citation
            .name_key(year_of(citation))
            .filter(|_| citation.form == Form::Named)
        else {
            continue;
        };
        if citation.kind.name == "Hiến pháp" && citation.year.is_none() {
            continue;
        }
        let target = keys
            .get(&name_key)
            .map(|&place| &names[place])
            .filter(|document| !document.ambiguous)
            .and_then(|document| document.first)
            .filter(|&first| first != index && !names_another_text(text, citation));
        if let Some(target) = target {
            citations[index].symbol = citations[target].symbol.clone();
            citations[index].resolves_to = Some(target);
        }
    }
}

/// Gives a document named without its symbol the symbol written in
/// brackets right after it, or the name written in brackets right after
/// its symbol: `Bộ luật Hình sự 2015 (Bộ luật số 100/2015/QH13)`, `Luật Đất
/// đai 2024 (số 31/2024/QH15)`, `Nghị quyết số 04-NQ/TW (Nghị quyết Trung
/// ương 4 khóa XII)`. The citation with the symbol takes the name (and the
/// kind, when only its symbol names one), so that [`resolve_names`]
/// resolves the named one to it and the list shows one document. A kind
/// or a year that differs (`Bộ luật Hình sự 2015 (Luật số 12/2017/QH14)`,
/// the law that amended it) is another document, and so is a bracket that
/// holds more than the two of them.
pub(super) fn join_bracketed_names(text: &str, citations: &mut [Citation]) {
    for second in 1..citations.len() {
        let closes = citations.get(second + 1).map_or(text.len(), |next| next.start);
        let (before, after) = citations.split_at_mut(second);
        let (first, second) = (&mut before[second - 1], &mut after[0]);
        if !bracketed(text, first, second, closes) {
            continue;
        }
        let (named, full) = match (first.form, second.form) {
            (Form::Named, Form::Full) => (first, second),
            (Form::Full, Form::Named) => (second, first),
            _ => continue,
        };
        let same_kind = full.kind.name == named.kind.name || full.kind.name == DOCUMENT.name;
        let same_year = match (year_of(named), year_of(full)) {
            (Some(named), Some(full)) => named == full,
            _ => true,
        };
        if full.symbol.is_some() && full.name.is_none() && same_kind && same_year {
            full.kind = named.kind;
            full.name.clone_from(&named.name);
        }
    }
}

/// Whether `second` is all that a bracket right after `first` holds, but
/// for `số` before it and its date and issuer after it: the bracket opens
/// between them and closes after `second`, before `closes` (where the
/// next citation starts) and before any other bracket opens.
fn bracketed(text: &str, first: &Citation, second: &Citation, closes: usize) -> bool {
    let opens = text[first.end..second.start]
        .trim_start()
        .strip_prefix('(')
        .map(str::trim);
    let Some(close) = text[second.end..closes].find(')') else {
        return false;
    };
    matches!(opens, Some("" | "số" | "Số")) && !text[second.end..second.end + close].contains('(')
}

/// Whether the words around a named law say it is not the law in force
/// under that name: `dự thảo` or `dự án` before it, `(sửa đổi)` (after
/// a year: `Luật Đất đai 2013 (sửa đổi)`), `sửa đổi` or `mới` after it
/// (each as a sentence's start or its middle writes it).
fn names_another_text(text: &str, citation: &Citation) -> bool {
    const BEFORE: [&str; 4] = ["dự thảo ", "Dự thảo ", "dự án ", "Dự án "];
    const AFTER: [&str; 5] = [" (sửa đổi", " (Sửa đổi", " sửa đổi", " mới", " (mới"];
    let (before, after) = (&text[..citation.start], &text[citation.end..]);
    BEFORE.iter().any(|words| before.ends_with(words)) || AFTER.iter().any(|words| after.starts_with(words))
}
