//! The changes normalisation makes, recorded against the text it was
//! given, so an editor can be shown exactly what changed.

use std::ops::Range;

use serde::Serialize;

/// What kind of repair a change is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ChangeKind {
    /// Converted from a legacy encoding (TCVN3, VNI, VIQR).
    Legacy,
    /// Composed to NFC: decomposed or half-composed letters, deprecated or
    /// spacing tone marks.
    Composition,
    /// `ð`/`Ð` typed for `đ`/`Đ`.
    Eth,
    /// A tone mark moved off a vowel that cannot carry it (`tòan` → `toàn`)
    /// or off a final consonant (`toaǹ` → `toàn`), or typed a second time
    /// over a letter that has it (`biế́t` → `biết`).
    TonePlacement,
    /// A tone mark moved to the other house style (`hoà` → `hòa`).
    ToneStyle,
    /// Straight or mismatched double quotes paired as “ ” (‘ ’ nested).
    Quotes,
    /// Spaces collapsed, removed before punctuation or after `(`, tabs made
    /// spaces, spaces at the ends trimmed; spaces a scrape lost put back
    /// (after punctuation, around quotes and asides, between glued
    /// syllables).
    Spacing,
    /// Invisible characters removed (zero-width space, byte-order mark,
    /// direction marks).
    Invisible,
    /// A symbol typed with a look-alike: the degree sign (`34oC` → `34°C`).
    Symbol,
    /// Half of a UTF-16 surrogate pair without the other (a JavaScript
    /// string cut inside an emoji), shown as U+FFFD. A Rust string cannot
    /// hold one: only JavaScript's `normalizeTextWithChanges` reports it.
    LoneSurrogate,
}

impl ChangeKind {
    /// Every kind, in the order the docs list them.
    pub const ALL: [ChangeKind; 10] = [
        ChangeKind::Legacy,
        ChangeKind::Composition,
        ChangeKind::Eth,
        ChangeKind::TonePlacement,
        ChangeKind::ToneStyle,
        ChangeKind::Quotes,
        ChangeKind::Spacing,
        ChangeKind::Invisible,
        ChangeKind::Symbol,
        ChangeKind::LoneSurrogate,
    ];

    /// The kebab-case name, as JSON and JavaScript see it.
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Legacy => "legacy",
            ChangeKind::Composition => "composition",
            ChangeKind::Eth => "eth",
            ChangeKind::TonePlacement => "tone-placement",
            ChangeKind::ToneStyle => "tone-style",
            ChangeKind::Quotes => "quotes",
            ChangeKind::Spacing => "spacing",
            ChangeKind::Invisible => "invisible",
            ChangeKind::Symbol => "symbol",
            ChangeKind::LoneSurrogate => "lone-surrogate",
        }
    }
}

/// One change: `before`, at `start..end` of the text given (UTF-8 byte
/// offsets), became `after`. A word changed in several ways is one change,
/// named by its most significant kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Where the changed text starts in the input.
    pub start: usize,
    /// Where it ends in the input.
    pub end: usize,
    /// The input text that changed.
    pub before: String,
    /// What it became.
    pub after: String,
    /// What kind of repair it was.
    pub kind: ChangeKind,
}

/// Builds a new text from a source by replacing ranges, left to right,
/// recording each replacement. Nothing is allocated until the first change.
pub(crate) struct Rewriter<'a> {
    source: &'a str,
    out: String,
    copied: usize,
    changes: Vec<Change>,
}

impl<'a> Rewriter<'a> {
    pub(crate) fn new(source: &'a str) -> Self {
        Rewriter {
            source,
            out: String::new(),
            copied: 0,
            changes: Vec::new(),
        }
    }

    /// Replaces `range` (which starts at or after every earlier one) with
    /// `after`; a replacement equal to the source is not a change.
    pub(crate) fn replace(&mut self, range: Range<usize>, after: &str, kind: ChangeKind) {
        let before = &self.source[range.clone()];
        if before == after {
            return;
        }
        if self.changes.is_empty() {
            self.out.reserve(self.source.len() + 16);
        }
        self.out.push_str(&self.source[self.copied..range.start]);
        self.out.push_str(after);
        self.changes.push(Change {
            start: range.start,
            end: range.end,
            before: before.to_owned(),
            after: after.to_owned(),
            kind,
        });
        self.copied = range.end;
    }

    /// The new text and the changes, or `None` when nothing changed.
    pub(crate) fn finish(mut self) -> Option<(String, Vec<Change>)> {
        if self.changes.is_empty() {
            return None;
        }
        self.out.push_str(&self.source[self.copied..]);
        Some((self.out, self.changes))
    }
}

/// Where positions of the text before `changes` end up after them. A
/// position inside a changed range keeps its distance from the range's
/// start, as far as the replacement reaches. Positions are asked in
/// increasing order, and each question goes on from the last one's place:
/// a text's questions together read its changes once.
pub(crate) struct PositionsAfter<'a> {
    changes: &'a [Change],
    /// The first change that ends after the last position asked.
    next: usize,
    /// How much the changes before `next` moved the text after them.
    shift: isize,
}

impl<'a> PositionsAfter<'a> {
    pub(crate) fn new(changes: &'a [Change]) -> Self {
        PositionsAfter {
            changes,
            next: 0,
            shift: 0,
        }
    }

    /// Where `position` ends up; never before the last position asked.
    pub(crate) fn of(&mut self, position: usize) -> usize {
        while let Some(change) = self.changes.get(self.next) {
            if position < change.start {
                break;
            }
            let new_start = change.start.saturating_add_signed(self.shift);
            if position < change.end {
                let offset = (position - change.start).min(change.after.len());
                let mut mapped = new_start + offset;
                while !change.after.is_char_boundary(mapped - new_start) {
                    mapped -= 1;
                }
                return mapped;
            }
            self.shift += growth(change);
            self.next += 1;
        }
        position.saturating_add_signed(self.shift)
    }
}

/// Where positions of the text after `changes`, outside their
/// replacements, were before them; asked in increasing order, as
/// [`PositionsAfter`].
struct PositionsBefore<'a> {
    changes: &'a [Change],
    next: usize,
    shift: isize,
}

impl<'a> PositionsBefore<'a> {
    fn new(changes: &'a [Change]) -> Self {
        PositionsBefore {
            changes,
            next: 0,
            shift: 0,
        }
    }

    /// Where `position` was; never before the last position asked.
    fn of(&mut self, position: usize) -> usize {
        while let Some(change) = self.changes.get(self.next) {
            if position <= change.start.saturating_add_signed(self.shift) {
                break;
            }
            self.shift += growth(change);
            self.next += 1;
        }
        position.saturating_add_signed(-self.shift)
    }
}

/// How much longer a change made the text (negative when shorter).
fn growth(change: &Change) -> isize {
    change.after.len() as isize - (change.end - change.start) as isize
}

/// Composes two rounds of changes: `first` took `original` to an
/// intermediate text, `second` took that to `result`. The result
/// says what changed from `original` to `result`; a second-round change
/// that touches a first-round one is merged into it and keeps its kind.
pub(crate) fn compose(original: &str, first: &[Change], second: &[Change], result: &str) -> Vec<Change> {
    // Ranges in the intermediate text, with the kind that names them.
    let mut first_ranges: Vec<(usize, usize, ChangeKind, bool)> = Vec::with_capacity(first.len());
    let mut shift: isize = 0;
    for change in first {
        let start = change.start.saturating_add_signed(shift);
        first_ranges.push((start, start + change.after.len(), change.kind, true));
        shift += growth(change);
    }
    let second_ranges = second
        .iter()
        .map(|change| (change.start, change.end, change.kind, false))
        .collect();
    // Each round's changes are in text order.
    let ranges = super::merge_in_order(first_ranges, second_ranges, |&(start, end, _, from_first)| {
        (start, end, !from_first)
    });

    let mut groups: Vec<(usize, usize, ChangeKind, bool)> = Vec::new();
    for range in ranges {
        match groups.last_mut() {
            Some(group) if range.0 < group.1 => {
                group.1 = group.1.max(range.1);
                if range.3 && !group.3 {
                    group.2 = range.2;
                    group.3 = true;
                }
            }
            _ => groups.push(range),
        }
    }

    // Groups are in order and apart: their starts and ends, in turn, only
    // ever increase.
    let mut to_original = PositionsBefore::new(first);
    let mut to_result = PositionsAfter::new(second);
    groups
        .into_iter()
        .map(|(start, end, kind, _)| {
            let (original_start, original_end) = (to_original.of(start), to_original.of(end));
            let (result_start, result_end) = (to_result.of(start), to_result.of(end));
            Change {
                start: original_start,
                end: original_end,
                before: original[original_start..original_end].to_owned(),
                after: result[result_start..result_end].to_owned(),
                kind,
            }
        })
        .filter(|change| change.before != change.after)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(source: &str, edits: &[(Range<usize>, &str, ChangeKind)]) -> (String, Vec<Change>) {
        let mut rewriter = Rewriter::new(source);
        for (range, after, kind) in edits {
            rewriter.replace(range.clone(), after, *kind);
        }
        rewriter.finish().unwrap()
    }

    #[test]
    fn records_changes_against_the_source() {
        let (text, changes) = apply(
            "a  b ,c",
            &[(1..3, " ", ChangeKind::Spacing), (4..5, "", ChangeKind::Spacing)],
        );
        assert_eq!(text, "a b,c");
        assert_eq!(changes[1].start, 4);
        assert_eq!(PositionsAfter::new(&changes).of(6), 4);
    }

    #[test]
    fn composes_two_rounds() {
        // Round one converts a legacy word; round two fixes its tone and a
        // space elsewhere.
        let original = "x  ho`a  y";
        let (intermediate, first) = apply(original, &[(3..7, "hòa", ChangeKind::Legacy)]);
        let (result, second) = apply(
            &intermediate,
            &[
                (1..3, " ", ChangeKind::Spacing),
                (3..7, "hoà", ChangeKind::ToneStyle),
            ],
        );
        let changes = compose(original, &first, &second, &result);
        assert_eq!(result, "x hoà  y");
        let described: Vec<_> = changes
            .iter()
            .map(|change| {
                (
                    change.start,
                    change.end,
                    change.before.as_str(),
                    change.after.as_str(),
                    change.kind,
                )
            })
            .collect();
        assert_eq!(
            described,
            [
                (1, 3, "  ", " ", ChangeKind::Spacing),
                (3, 7, "ho`a", "hoà", ChangeKind::Legacy)
            ]
        );
    }

    #[test]
    fn each_kind_is_named_as_json_names_it() {
        for kind in ChangeKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.name(), "{kind:?}");
        }
    }
}
