//! Where the tone mark of a Vietnamese syllable goes.
//!
//! The rules of Vietnamese orthography (as taught under Quyết định
//! 1989/QĐ-BGDĐT, and as the traditional style writes them):
//! 1. `qu` and `gi` (before another vowel) are onsets: their `u` and `i`
//!    never carry the mark (`quý`, `già`).
//! 2. A vowel with a shape mark (ă â ê ô ơ ư) takes the tone; in `ươ` the
//!    `ơ` does (`người`, `nghiệm`, `cứu`).
//! 3. Otherwise a closed syllable (one that ends in a consonant) marks its
//!    last vowel (`toàn`, `suýt`).
//! 4. Otherwise an open triphthong marks its middle vowel (`ngoài`,
//!    `khuỷu`), and an open diphthong its first (`mùa`, `tài`) — except open
//!    `oa`, `oe`, `uy`, where the traditional style marks the first vowel
//!    (`hòa`, `khỏe`, `thủy`) and the modern style the second (`hoà`,
//!    `khoẻ`, `thuỷ`).

use super::letters::{Letter, Tone};

/// Where the mark goes in open `oa`, `oe`, `uy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// hòa, khỏe, thủy
    Traditional,
    /// hoà, khoẻ, thuỷ
    Modern,
}

/// Vowel groups of Vietnamese syllables (the nucleus with its glides and
/// semivowel endings, after a `qu`/`gi` onset is taken off), and whether a
/// final consonant may or must follow. Source: the rhyme inventory of
/// Vietnamese orthography (Quyết định 1989/QĐ-BGDĐT, Phụ lục; Đoàn Thiện
/// Thuật, Ngữ âm tiếng Việt, 1977).
const VOWEL_GROUPS: &[(&str, Ending)] = &[
    ("a", Ending::Either),
    ("ă", Ending::Consonant),
    ("â", Ending::Consonant),
    ("e", Ending::Either),
    ("ê", Ending::Either),
    ("i", Ending::Either),
    ("o", Ending::Either),
    ("ô", Ending::Either),
    ("ơ", Ending::Either),
    ("u", Ending::Either),
    ("ư", Ending::Either),
    ("y", Ending::Either),
    ("ai", Ending::Open),
    ("ao", Ending::Open),
    ("au", Ending::Open),
    ("ay", Ending::Open),
    ("âu", Ending::Open),
    ("ây", Ending::Open),
    ("eo", Ending::Open),
    ("êu", Ending::Open),
    ("ia", Ending::Open),
    ("iê", Ending::Consonant),
    ("iu", Ending::Open),
    ("oa", Ending::Either),
    ("oă", Ending::Consonant),
    ("oe", Ending::Either),
    ("oi", Ending::Open),
    ("oo", Ending::Consonant),
    ("ôi", Ending::Open),
    ("ơi", Ending::Open),
    ("ua", Ending::Open),
    ("uâ", Ending::Consonant),
    ("uê", Ending::Either),
    ("ui", Ending::Open),
    ("uô", Ending::Consonant),
    ("uơ", Ending::Open),
    ("uy", Ending::Either),
    ("ưa", Ending::Open),
    ("ưi", Ending::Open),
    ("ươ", Ending::Consonant),
    ("ưu", Ending::Open),
    ("yê", Ending::Consonant),
    ("iêu", Ending::Open),
    ("oai", Ending::Open),
    ("oay", Ending::Open),
    ("oeo", Ending::Open),
    ("uây", Ending::Open),
    ("uôi", Ending::Open),
    ("uya", Ending::Open),
    ("uyê", Ending::Consonant),
    ("uyu", Ending::Open),
    ("ươi", Ending::Open),
    ("ươu", Ending::Open),
    ("yêu", Ending::Open),
];

/// Onsets, longest first where one begins another.
const ONSETS: &[&str] = &[
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k",
    "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Final consonants.
const CODAS: &[&str] = &["c", "ch", "m", "n", "ng", "nh", "p", "t"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// No final consonant may follow (the group ends in a semivowel).
    Open,
    /// A final consonant must follow.
    Consonant,
    /// Either.
    Either,
}

/// A syllable's tone and where it is and should be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Placement {
    /// The tone, when the syllable has one.
    pub(crate) tone: Option<Tone>,
    /// Indices of the letters that carry a tone mark now.
    pub(crate) marked: Vec<usize>,
    /// Where the mark belongs in the traditional and the modern style (the
    /// same index unless the syllable is an open `oa`, `oe` or `uy`).
    pub(crate) traditional: usize,
    pub(crate) modern: usize,
}

impl Placement {
    /// Where the mark belongs in `style`.
    pub(crate) fn target(&self, style: Style) -> usize {
        match style {
            Style::Traditional => self.traditional,
            Style::Modern => self.modern,
        }
    }

    /// The style the syllable is written in now, when only the style
    /// decides where its mark goes.
    pub(crate) fn written_style(&self) -> Option<Style> {
        match self.marked.as_slice() {
            [at] if self.traditional != self.modern && *at == self.traditional => Some(Style::Traditional),
            [at] if self.traditional != self.modern && *at == self.modern => Some(Style::Modern),
            _ => None,
        }
    }

    /// Whether the mark sits where no style puts it (or on two letters).
    pub(crate) fn is_misplaced(&self) -> bool {
        match self.marked.as_slice() {
            [] => false,
            [at] => *at != self.traditional && *at != self.modern,
            _ => true,
        }
    }
}

/// Reads `letters` as one Vietnamese syllable. `None` when they are not one
/// (a foreign word, an abbreviation, two syllables run together), or when
/// they carry two different tones, which cannot be repaired with certainty.
pub(crate) fn place(letters: &[Letter]) -> Option<Placement> {
    let bases: Vec<char> = letters.iter().map(|letter| letter.base).collect();
    let onset = onset_len(&bases)?;
    if letters[..onset]
        .iter()
        .any(|letter| letter.shape != super::letters::Shape::Plain)
    {
        return None;
    }
    let vowels_end = onset
        + letters[onset..]
            .iter()
            .take_while(|letter| letter.is_vowel())
            .count();
    let vowels = &letters[onset..vowels_end];
    let coda: String = bases[vowels_end..].iter().collect();
    if vowels.is_empty() || !(coda.is_empty() || CODAS.contains(&coda.as_str())) {
        return None;
    }
    if letters[vowels_end..]
        .iter()
        .any(|letter| letter.shape != super::letters::Shape::Plain)
    {
        return None;
    }
    let ending = VOWEL_GROUPS
        .iter()
        .find(|(group, _)| group.chars().eq(vowels.iter().map(Letter::shaped)))
        .map(|(_, ending)| *ending)?;
    match (ending, coda.is_empty()) {
        (Ending::Open, false) | (Ending::Consonant, true) => return None,
        _ => {}
    }

    let marked: Vec<usize> = (0..letters.len())
        .filter(|&i| letters[i].tone.is_some())
        .collect();
    let tone = match marked.as_slice() {
        [] => None,
        [first, rest @ ..] => {
            let tone = letters[*first].tone;
            if rest.iter().any(|&i| letters[i].tone != tone) {
                return None;
            }
            tone
        }
    };
    // Marks on consonants are not Vietnamese; `letter()` never yields them.
    let (traditional, modern) = target(vowels, !coda.is_empty());
    Some(Placement {
        tone,
        marked,
        traditional: onset + traditional,
        modern: onset + modern,
    })
}

/// The length of the onset, or `None` when the letters cannot begin a
/// Vietnamese syllable.
fn onset_len(bases: &[char]) -> Option<usize> {
    let followed_by_vowel = |at: usize| {
        bases
            .get(at)
            .is_some_and(|&c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
    };
    for onset in ONSETS {
        let len = onset.chars().count();
        if bases.len() < len || !onset.chars().eq(bases[..len].iter().copied()) {
            continue;
        }
        return match *onset {
            // `gi` is an onset only before another vowel (`gìn` is g + in).
            "gi" if !followed_by_vowel(2) => Some(1),
            // `q` is written only as `qu` before a vowel.
            "qu" if !followed_by_vowel(2) => None,
            _ => Some(len),
        };
    }
    if bases.first() == Some(&'q') {
        return None;
    }
    Some(0)
}

/// The traditional and modern positions of the mark within the vowel group.
fn target(vowels: &[Letter], closed: bool) -> (usize, usize) {
    let shaped: Vec<char> = vowels.iter().map(Letter::shaped).collect();
    if let Some(horn_o) = shaped.windows(2).position(|pair| pair == ['ư', 'ơ']) {
        return (horn_o + 1, horn_o + 1);
    }
    if let Some(at) = vowels
        .iter()
        .rposition(|letter| letter.shape != super::letters::Shape::Plain)
    {
        return (at, at);
    }
    let last = vowels.len() - 1;
    match (closed, vowels.len()) {
        (true, _) => (last, last),
        (false, 3) => (1, 1),
        (false, 2) if matches!(shaped.as_slice(), ['o', 'a'] | ['o', 'e'] | ['u', 'y']) => (0, 1),
        _ => (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::super::letters::letter;
    use super::*;

    fn placement(word: &str) -> Option<(usize, usize, Vec<usize>)> {
        let letters: Vec<Letter> = word.chars().map(|c| letter(c).unwrap()).collect();
        place(&letters).map(|placement| (placement.traditional, placement.modern, placement.marked))
    }

    #[test]
    fn follows_the_orthography_rules() {
        // word → (traditional position, modern position)
        for (word, traditional, modern) in [
            ("quý", 2, 2),
            ("già", 2, 2),
            ("gìn", 1, 1),
            ("người", 3, 3),
            ("nghiệm", 4, 4),
            ("cứu", 1, 1),
            ("toàn", 2, 2),
            ("suýt", 2, 2),
            ("ngoài", 3, 3),
            ("khuỷu", 3, 3),
            ("mùa", 1, 1),
            ("hòa", 1, 2),
            ("khoẻ", 2, 3),
            ("thủy", 2, 3),
            ("quyển", 3, 3),
            ("giữa", 2, 2),
            ("thuở", 3, 3),
            ("xoong", 2, 2),
        ] {
            let (found_traditional, found_modern, _) = placement(word).unwrap_or_else(|| panic!("{word}"));
            assert_eq!((found_traditional, found_modern), (traditional, modern), "{word}");
        }
    }

    #[test]
    fn rejects_what_is_not_one_syllable() {
        for word in [
            "café", "hanoi", "qa", "tiê", "ăn", "oan", "abc", "tràng", "strong",
        ] {
            let valid = placement(word).is_some();
            // "ăn" needs a consonant after ă: it has one. "oan" and "tràng" are fine too.
            let expected = matches!(word, "ăn" | "oan" | "tràng");
            assert_eq!(valid, expected, "{word}");
        }
    }

    #[test]
    fn two_different_tones_cannot_be_repaired() {
        assert_eq!(placement("tủổi").map(|(_, _, marked)| marked), Some(vec![1, 2]));
        assert_eq!(placement("tủồi"), None);
    }
}
