//! One word at a time: canonical composition, spacing tone marks, `ð` for
//! `đ`, and the tone mark moved to where it belongs.

use std::borrow::Cow;

use super::ChangeKind;
use super::letters::{Letter, Shape, letter};
use super::tone_placement::{Placement, Style, place};
use super::unicode::{is_combining_mark, may_need_nfc, nfc};

/// Longest word that can be one Vietnamese syllable (`nghiêng` has 7
/// letters); longer words are never read as syllables.
const MAX_SYLLABLE_LETTERS: usize = 8;

/// What to do with tone marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marks {
    /// Repair misplaced marks, and write open oa/oe/uy in this style.
    Style(Style),
    /// Repair misplaced marks only.
    Repair,
}

/// The word normalised, with the most significant kind of change made to
/// it; `None` when it is fine as it is.
pub(crate) fn word(word: &str, marks: Marks) -> Option<(String, ChangeKind)> {
    if word.is_ascii() {
        return None;
    }
    let mut kind = None;
    let mut text = Cow::Borrowed(word);
    if let Some(attached) = attach_spacing_tones(&text) {
        text = Cow::Owned(attached);
        kind = Some(ChangeKind::Composition);
    }
    if may_need_nfc(&text) {
        let composed = nfc(&text);
        if composed != text {
            text = Cow::Owned(composed);
            kind = Some(ChangeKind::Composition);
        }
    }
    if let Some(repaired) = repair_eth(&text) {
        text = Cow::Owned(repaired);
        kind = Some(ChangeKind::Eth);
    }
    if let Some((placed, placement_kind)) = place_tone(&text, marks) {
        text = Cow::Owned(placed);
        kind = Some(match kind {
            Some(ChangeKind::Eth) => ChangeKind::Eth,
            _ => placement_kind,
        });
    }
    kind.map(|kind| (text.into_owned(), kind))
}

/// The style the word is written in, when it is an open `oa`/`oe`/`uy`
/// syllable with its mark placed by one style.
pub(crate) fn written_style(word: &str) -> Option<Style> {
    syllable(word).and_then(|(_, placement)| placement.written_style())
}

/// Whether `word` reads as one Vietnamese syllable, as written, whose mark
/// (if any) is where some style puts it.
pub(crate) fn is_vietnamese_syllable(word: &str) -> bool {
    let Some((letters, placement)) = syllable(word) else {
        return false;
    };
    let lower = letters.iter().all(|letter| !letter.upper);
    let title =
        letters.first().is_some_and(|letter| letter.upper) && letters[1..].iter().all(|letter| !letter.upper);
    let upper = letters.iter().all(|letter| letter.upper);
    (lower || title || upper) && !placement.is_misplaced()
}

fn syllable(word: &str) -> Option<(Vec<Letter>, Placement)> {
    let letters = letters(word)?;
    let placement = place(&letters)?;
    Some((letters, placement))
}

fn letters(word: &str) -> Option<Vec<Letter>> {
    if word.chars().count() > MAX_SYLLABLE_LETTERS {
        return None;
    }
    word.chars().map(letter).collect()
}

/// `uơ` and `ưo` before a final consonant or semivowel are `ươ` with a
/// horn lost in typing (`buớc`, `đưọc`, `nguời`): no Vietnamese syllable has
/// them there. Gives the letters with both horns when that makes a
/// syllable.
fn restore_horn(letters: &[Letter]) -> Option<(Vec<Letter>, Placement)> {
    let at = letters.windows(2).position(|pair| {
        let (u, o) = (pair[0], pair[1]);
        u.base == 'u'
            && o.base == 'o'
            && (u.shape == Shape::Horn) != (o.shape == Shape::Horn)
            && matches!(u.shape, Shape::Plain | Shape::Horn)
            && matches!(o.shape, Shape::Plain | Shape::Horn)
    })?;
    if at + 2 >= letters.len() {
        return None; // `thuở`, `huơ`: open uơ is right as it is
    }
    let mut repaired = letters.to_vec();
    repaired[at].shape = Shape::Horn;
    repaired[at + 1].shape = Shape::Horn;
    let placement = place(&repaired)?;
    Some((repaired, placement))
}

/// Spacing accents typed after a vowel in place of a tone mark (`aˋ`,
/// `oˊ`): the Spacing Modifier Letters block's grave, acute, small tilde
/// and glottal stop (which old fonts drew as the hook), and Latin-1's acute
/// accent.
fn spacing_tone(c: char) -> Option<char> {
    Some(match c {
        '\u{2CB}' => '\u{300}',
        '\u{2CA}' | '\u{B4}' => '\u{301}',
        '\u{2DC}' => '\u{303}',
        '\u{2C0}' => '\u{309}',
        _ => return None,
    })
}

/// Whether `c` may belong to a word: a spacing tone mark is part of the
/// word it follows.
pub(crate) fn is_spacing_tone(c: char) -> bool {
    spacing_tone(c).is_some()
}

fn attach_spacing_tones(word: &str) -> Option<String> {
    let mut changed = false;
    let mut previous: Option<char> = None;
    let attached = word
        .chars()
        .map(|c| {
            let after_vowel = previous.and_then(letter).is_some_and(|letter| letter.is_vowel());
            previous = Some(c);
            match spacing_tone(c) {
                Some(mark) if after_vowel => {
                    changed = true;
                    mark
                }
                _ => c,
            }
        })
        .collect();
    changed.then_some(attached)
}

/// `ð`/`Ð` (eth, as Icelandic writes it) typed for `đ`/`Đ`: repaired when it
/// begins the word (Vietnamese writes đ only there, Icelandic never writes
/// ð there) or when the repaired word is a Vietnamese syllable. `Guðrún`
/// stays.
fn repair_eth(word: &str) -> Option<String> {
    if !word.contains(['ð', 'Ð']) {
        return None;
    }
    let repaired: String = word
        .chars()
        .map(|c| match c {
            'ð' => 'đ',
            'Ð' => 'Đ',
            c => c,
        })
        .collect();
    let initial = word.starts_with(['ð', 'Ð']);
    (initial || syllable(&repaired).is_some()).then_some(repaired)
}

/// The word with its tone mark moved where `marks` wants it (and a lost
/// horn restored).
fn place_tone(word: &str, marks: Marks) -> Option<(String, ChangeKind)> {
    // Fast path: a word with at most one vowel cannot misplace its mark,
    // and one with no mark and no horn has nothing to place or restore.
    let mut vowels = 0;
    let mut toned = false;
    let mut horned = false;
    for c in word.chars() {
        let letter = letter(c)?;
        vowels += usize::from(letter.is_vowel());
        toned |= letter.tone.is_some();
        horned |= letter.shape == Shape::Horn;
    }
    if vowels < 2 || !(toned || horned) {
        return None;
    }
    let letters = letters(word)?;
    let (mut letters, placement, horn_restored) = match place(&letters) {
        Some(placement) => (letters, placement, false),
        None => {
            let (letters, placement) = restore_horn(&letters)?;
            (letters, placement, true)
        }
    };
    let target = match marks {
        Marks::Style(style) => placement.target(style),
        Marks::Repair => match placement.marked.as_slice() {
            [at] if !placement.is_misplaced() => *at,
            _ => placement.traditional,
        },
    };
    let moved = placement.tone.is_some() && placement.marked != [target];
    if !moved && !horn_restored {
        return None;
    }
    let kind = if horn_restored || placement.is_misplaced() {
        ChangeKind::TonePlacement
    } else {
        ChangeKind::ToneStyle
    };
    if let Some(tone) = placement.tone {
        for (index, letter) in letters.iter_mut().enumerate() {
            letter.tone = (index == target).then_some(tone);
        }
    }
    Some((letters.into_iter().map(Letter::to_char).collect(), kind))
}

/// Whether `c` can be part of a word: letters, digits, combining marks.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(input: &str, marks: Marks) -> String {
        word(input, marks).map_or_else(|| input.to_owned(), |(text, _)| text)
    }

    #[test]
    fn repairs_misplaced_marks() {
        for (input, expected) in [
            ("tòan", "toàn"),
            ("qúy", "quý"),
            ("nghịêm", "nghiệm"),
            ("ngừơi", "người"),
            ("khuyủ", "khuỷu"),
            ("TỦỔI", "TUỔI"),
            ("Gĩa", "Giã"),
            ("buớc", "bước"),
            ("đưọc", "được"),
            ("thuơng", "thương"),
        ] {
            assert_eq!(normalized(input, Marks::Repair), expected, "{input}");
        }
    }

    #[test]
    fn writes_the_style_asked_for_and_keeps_case() {
        let traditional = Marks::Style(Style::Traditional);
        let modern = Marks::Style(Style::Modern);
        assert_eq!(normalized("hoà", traditional), "hòa");
        assert_eq!(normalized("HOÀ", traditional), "HÒA");
        assert_eq!(normalized("Thủy", modern), "Thuỷ");
        assert_eq!(normalized("hoà", Marks::Repair), "hoà");
        assert_eq!(normalized("hòa", Marks::Repair), "hòa");
    }

    #[test]
    fn composes_and_attaches_spacing_tones() {
        assert_eq!(normalized("nghe\u{302}\u{323}", Marks::Repair), "nghệ");
        assert_eq!(normalized("hoa\u{2CB}", Marks::Style(Style::Traditional)), "hòa");
        assert_eq!(normalized("ca\u{341}", Marks::Repair), "cá");
    }

    #[test]
    fn eth_only_inside_vietnamese_words() {
        assert_eq!(normalized("Ðại", Marks::Repair), "Đại");
        assert_eq!(normalized("ðor", Marks::Repair), "đor");
        assert_eq!(normalized("Guðrún", Marks::Repair), "Guðrún");
    }

    #[test]
    fn foreign_words_stay() {
        for input in ["café", "José", "Pokémon", "naïve", "Zürich"] {
            assert_eq!(normalized(input, Marks::Style(Style::Traditional)), input);
        }
    }
}
