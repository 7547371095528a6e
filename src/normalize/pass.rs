//! The one pass over a text: cut it into pieces (gaps between words,
//! protected spans, plain text), pair its quotes, then rewrite each word
//! and gap.
//!
//! Everything is decided on what the text will look like, not on what it
//! looks like now, so that a second pass finds nothing to do: invisible
//! characters count as gone, quotes are judged by the text beside them
//! rather than by their present shape, and protected spans are found the
//! same way whatever spacing surrounds them.

use std::borrow::Cow;
use std::ops::Range;

use super::changes::{Change, ChangeKind, Rewriter};
use super::compose::{self, Marks};
use super::typography::{self, Found, Quote, Role};
use super::unicode::{is_combining_mark, nfc};

/// A stretch of text that one rule handles.
enum Piece {
    /// Spaces and tabs, with any invisible characters among them.
    Gap(Range<usize>),
    /// Text that must not change, and whitespace other than spaces and tabs.
    Untouched,
    /// Words and punctuation.
    Plain(Range<usize>),
}

/// Composition, tone placement and (when `typography`) typography over
/// `text`: the new text and its changes, or `None` when nothing changes.
pub(super) fn run(text: &str, marks: Marks, typography: bool) -> Option<(String, Vec<Change>)> {
    let pieces = pieces(text, typography);
    // Quotes are paired before anything is rewritten: the spaces just
    // inside a pair go, and that depends on quotes after the spaces.
    let quotes = if typography {
        plan_quotes(text, &pieces)
    } else {
        Vec::new()
    };
    let quote_at = |at: usize| {
        quotes
            .binary_search_by_key(&at, |quote| quote.at)
            .ok()
            .map(|index| quotes[index])
    };
    let mut rewriter = Rewriter::new(text);
    for piece in &pieces {
        match piece {
            Piece::Gap(range) => gap(text, range.clone(), &quote_at, &mut rewriter),
            Piece::Untouched => {}
            Piece::Plain(range) => plain(text, range.clone(), marks, typography, &quote_at, &mut rewriter),
        }
    }
    rewriter.finish()
}

/// The words of `text` the pass would rewrite, invisible characters taken
/// out: what the house-style vote counts.
pub(super) fn words(text: &str, typography: bool) -> impl Iterator<Item = Cow<'_, str>> {
    pieces(text, typography).into_iter().flat_map(move |piece| {
        let Piece::Plain(range) = piece else {
            return Vec::new();
        };
        let mut words = Vec::new();
        let mut position = range.start;
        while let Some(c) = text[position..range.end].chars().next() {
            if c.is_alphanumeric() {
                let end = word_end(text, position, range.end, typography);
                words.push(visible(&text[position..end]));
                position = end;
            } else {
                position += c.len_utf8();
            }
        }
        words
    })
}

/// The text cut into pieces: gaps between words, protected spans (see
/// [`typography::protected_spans`]) and the plain text around them.
fn pieces(text: &str, typography: bool) -> Vec<Piece> {
    let is_space = |c: char| typography && typography::is_collapsible_space(c);
    let is_gap = |c: char| typography && (typography::is_collapsible_space(c) || typography::is_invisible(c));
    // Where a run of gap characters starting at `at` ends.
    let gap_end = |at: usize| {
        text[at..]
            .find(|c| !is_gap(c))
            .map_or(text.len(), |offset| at + offset)
    };
    let mut pieces = Vec::new();
    let mut position = 0;
    while let Some(c) = text[position..].chars().next() {
        let end = gap_end(position);
        if text[position..end].contains(is_space) {
            pieces.push(Piece::Gap(position..end));
            position = end;
        } else if c.is_whitespace() {
            pieces.push(Piece::Untouched);
            position += c.len_utf8();
        } else {
            // A chunk runs to the next whitespace or the next gap that holds
            // a space; invisible characters inside it stay part of it.
            let mut end = position;
            while let Some(c) = text[end..].chars().next() {
                if c.is_whitespace() || (is_gap(c) && text[end..gap_end(end)].contains(is_space)) {
                    break;
                }
                end += c.len_utf8();
            }
            let mut from = position;
            for span in typography::protected_spans(&text[position..end]) {
                pieces.push(Piece::Plain(from..position + span.start));
                pieces.push(Piece::Untouched);
                from = position + span.end;
            }
            pieces.push(Piece::Plain(from..end));
            position = end;
        }
    }
    pieces
}

/// Every double quote of the plain text, paired. A quote's neighbours are
/// read past invisible characters, which are about to go.
fn plan_quotes(text: &str, pieces: &[Piece]) -> Vec<Quote> {
    let beside = |c: &char| !typography::is_invisible(*c);
    let mut found = Vec::new();
    for piece in pieces {
        let Piece::Plain(range) = piece else {
            continue;
        };
        for (offset, quote) in text[range.clone()].char_indices() {
            if !typography::is_double_quote(quote) {
                continue;
            }
            let at = range.start + offset;
            found.push(Found {
                at,
                quote,
                before: text[..at].chars().rev().find(beside),
                after: text[at + quote.len_utf8()..].chars().find(beside),
            });
        }
    }
    typography::pair_quotes(&found)
}

/// A gap: one space, or none where typesetting wants none; a gap of only
/// invisible characters goes.
fn gap(
    text: &str,
    range: Range<usize>,
    quote_at: &dyn Fn(usize) -> Option<Quote>,
    rewriter: &mut Rewriter<'_>,
) {
    let before = text[..range.start].chars().next_back();
    let opened = before.and_then(|c| quote_at(range.start - c.len_utf8()));
    let closes = quote_at(range.end);
    let inside_quotes = opened.is_some_and(|quote| quote.role == Role::Open)
        || closes.is_some_and(|quote| quote.role == Role::Close);
    let replacement = typography::space_run(before, &text[range.end..], inside_quotes);
    rewriter.replace(range, replacement, ChangeKind::Spacing);
}

/// Words and the characters between them, within plain text.
fn plain(
    text: &str,
    range: Range<usize>,
    marks: Marks,
    typography: bool,
    quote_at: &dyn Fn(usize) -> Option<Quote>,
    rewriter: &mut Rewriter<'_>,
) {
    let mut position = range.start;
    while let Some(c) = text[position..range.end].chars().next() {
        if c.is_alphanumeric() {
            let end = word_end(text, position, range.end, typography);
            rewrite_word(&text[position..end], position, marks, rewriter);
            position = end;
            continue;
        }
        let next = position + c.len_utf8();
        // Combining marks on a character that is not a letter compose with
        // it (`=` and U+0338 make `≠`).
        let marks_end = text[next..range.end]
            .find(|c: char| !is_combining_mark(c))
            .map_or(range.end, |offset| next + offset);
        if let Some(quote) = quote_at(position) {
            rewriter.replace(
                position..next,
                quote.to.encode_utf8(&mut [0; 4]),
                ChangeKind::Quotes,
            );
        } else if typography && typography::is_invisible(c) && !text[next..].starts_with(is_combining_mark) {
            rewriter.replace(position..next, "", ChangeKind::Invisible);
        } else if marks_end > next {
            // An invisible character keeps its marks: removing it would put
            // them on the letter before.
            let composed = nfc(&text[position..marks_end]);
            rewriter.replace(position..marks_end, &composed, ChangeKind::Composition);
            position = marks_end;
            continue;
        }
        position = next;
    }
}

/// Where the word starting at `start` ends: letters, digits and combining
/// marks, a spacing tone mark after a letter, and (with typography)
/// invisible characters between two of those.
fn word_end(text: &str, start: usize, limit: usize, typography: bool) -> usize {
    let mut end = start;
    let mut previous_is_letter = false;
    for (offset, c) in text[start..limit].char_indices() {
        // An invisible character is part of the word only when the word
        // goes on after it.
        let invisible_inside = || {
            text[start + offset..limit]
                .chars()
                .find(|c| !typography::is_invisible(*c))
                .is_some_and(compose::is_word_char)
        };
        let in_word = compose::is_word_char(c)
            || (previous_is_letter && compose::is_spacing_tone(c))
            || (typography && typography::is_invisible(c) && invisible_inside());
        if !in_word {
            break;
        }
        if !typography::is_invisible(c) {
            previous_is_letter = c.is_alphabetic();
        }
        end = start + offset + c.len_utf8();
    }
    end
}

/// The word without invisible characters.
fn visible(word: &str) -> Cow<'_, str> {
    if word.contains(typography::is_invisible) {
        Cow::Owned(word.chars().filter(|c| !typography::is_invisible(*c)).collect())
    } else {
        Cow::Borrowed(word)
    }
}

fn rewrite_word(word: &str, at: usize, marks: Marks, rewriter: &mut Rewriter<'_>) {
    let shown = visible(word);
    let stripped = matches!(shown, Cow::Owned(_));
    match compose::word(&shown, marks) {
        Some((normalized, kind)) => rewriter.replace(at..at + word.len(), &normalized, kind),
        None if stripped => rewriter.replace(at..at + word.len(), &shown, ChangeKind::Invisible),
        None => {}
    }
}
