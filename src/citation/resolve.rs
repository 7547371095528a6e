//! Short forms resolved to the documents they stand for: the unique earlier
//! full citation with the same kind and number (and year, when the short
//! form gives one), or, when none is earlier, the unique later one (a lead
//! names `Nghị định 100`, the body `Nghị định 100/2019/NĐ-CP`). Two
//! different documents that fit leave the short form unresolved: a wrong
//! link is worse than none.

use std::collections::BTreeMap;

use super::document_kind::KINDS;
use super::{Citation, Form, Kind};

/// A document cited in full so far, under one kind and number.
struct Known<'t> {
    symbol: &'t str,
    /// Its first full citation.
    first: usize,
}

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
    let mut resolved = Vec::with_capacity(citations.len());
    for (index, citation) in citations.iter().enumerate() {
        let number = citation
            .number
            .as_deref()
            .and_then(|number| number.parse::<u32>().ok());
        let target = match (citation.form, number) {
            (Form::Full, Some(number)) => {
                if let Some(symbol) = citation.symbol.as_deref() {
                    let year = year_of(citation);
                    for kind in kinds_of(text, citation) {
                        for key in std::iter::once(None).chain(year.map(Some)) {
                            let place = *keys.entry(key_of(kind, number, key)).or_insert_with(|| {
                                documents.push(Vec::new());
                                documents.len() - 1
                            });
                            let known = &mut documents[place];
                            if known.len() < 2 && !known.iter().any(|known| known.symbol == symbol) {
                                known.push(Known { symbol, first: index });
                            }
                        }
                    }
                }
                None
            }
            (Form::Short, Some(_)) => lookup(text, citation, &keys, &documents),
            _ => None,
        };
        resolved.push(target);
    }
    // A short form with no full citation before it refers forward, to the
    // one document cited in full after it under its key. (One before it
    // would have resolved it, and two anywhere leave it unresolved.)
    for (citation, target) in citations.iter().zip(&mut resolved) {
        if citation.form == Form::Short && target.is_none() {
            *target = lookup(text, citation, &keys, &documents);
        }
    }
    // Drop unresolved short forms that count only when resolved, renumbering
    // the targets (which are full citations, never dropped; a target may
    // come later, so every new index is known first).
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
    let mut index = 0;
    citations.retain_mut(|citation| {
        let target = resolved[index].take();
        let kept = keep[index];
        index += 1;
        if let Some((symbol, first, kind)) = target {
            citation.kind = kind;
            citation.symbol = Some(symbol);
            citation.inferred = false;
            citation.resolves_to = Some(new_index[first]);
        }
        kept
    });
}

/// The one document known under a short form's key: its symbol, its first
/// full citation, and the kind it was found under. A short form written as
/// an abbreviation that stands for several kinds (`QĐ 205`: a Quyết định
/// or a Quy định) looks under each, and takes the kind it is found under.
fn lookup(
    text: &str,
    citation: &Citation,
    keys: &BTreeMap<String, usize>,
    documents: &[Vec<Known<'_>>],
) -> Option<(String, usize, &'static Kind)> {
    let number = citation.number.as_deref()?.parse::<u32>().ok()?;
    let abbreviated = citation
        .kind
        .code
        .filter(|code| text[citation.start..].starts_with(code));
    let kinds: Vec<&'static Kind> = match abbreviated {
        Some(code) => KINDS.iter().filter(|kind| kind.code == Some(code)).collect(),
        None => vec![citation.kind],
    };
    let mut found: Option<(&Known<'_>, &'static Kind)> = None;
    for kind in kinds {
        let Some(&place) = keys.get(&key_of(kind.name, number, citation.year)) else {
            continue;
        };
        for known in &documents[place] {
            match found {
                Some((other, _)) if other.symbol != known.symbol => return None,
                _ => found = Some((known, kind)),
            }
        }
    }
    found.map(|(known, kind)| (known.symbol.to_owned(), known.first, kind))
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

/// A full citation's year: its symbol's, or its date's.
fn year_of(citation: &Citation) -> Option<u16> {
    citation.year.or_else(|| {
        citation
            .date
            .as_deref()
            .and_then(|date| date.get(..4)?.parse().ok())
    })
}
