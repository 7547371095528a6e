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

use std::sync::OnceLock;

use super::letters::{Letter, MAX_SYLLABLE_LETTERS, Shape, Tone};

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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// No final consonant may follow (the group ends in a semivowel).
    Open,
    /// A final consonant must follow.
    Consonant,
    /// Either.
    Either,
}

/// The house-style vote: how many open `oa`/`oe`/`uy` syllables with a
/// mark are written in each style.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Tally {
    traditional: usize,
    modern: usize,
}

impl Tally {
    pub(crate) fn count(&mut self, style: Option<Style>) {
        match style {
            Some(Style::Traditional) => self.traditional += 1,
            Some(Style::Modern) => self.modern += 1,
            None => {}
        }
    }

    /// Adds the votes of `other`.
    pub(crate) fn add(&mut self, other: Tally) {
        self.traditional += other.traditional;
        self.modern += other.modern;
    }

    /// The majority; ties go to traditional.
    pub(crate) fn winner(&self) -> Style {
        if self.modern > self.traditional {
            Style::Modern
        } else {
            Style::Traditional
        }
    }
}

/// A syllable's tone and where it is and should be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Placement {
    /// The tone, when the syllable has one.
    pub(crate) tone: Option<Tone>,
    /// The letters that carry a tone mark now, one bit each.
    marked: u16,
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

    /// The letter carrying the mark, when exactly one does.
    pub(crate) fn marked_letter(&self) -> Option<usize> {
        (self.marked.count_ones() == 1).then(|| self.marked.trailing_zeros() as usize)
    }

    /// The style the syllable is written in now, when only the style
    /// decides where its mark goes.
    pub(crate) fn written_style(&self) -> Option<Style> {
        let at = self.marked_letter()?;
        match () {
            _ if self.traditional == self.modern => None,
            _ if at == self.traditional => Some(Style::Traditional),
            _ if at == self.modern => Some(Style::Modern),
            _ => None,
        }
    }

    /// Whether the mark sits where no style puts it (or on two letters).
    pub(crate) fn is_misplaced(&self) -> bool {
        match (self.marked, self.marked_letter()) {
            (0, _) => false,
            (_, Some(at)) => at != self.traditional && at != self.modern,
            (_, None) => true,
        }
    }
}

/// Reads `letters` as one Vietnamese syllable. `None` when they are not one
/// (a foreign word, an abbreviation, two syllables run together), or when
/// they carry two different tones, which cannot be repaired with certainty.
pub(crate) fn place(letters: &[Letter]) -> Option<Placement> {
    if letters.len() > MAX_SYLLABLE_LETTERS {
        return None;
    }
    let mut bases = [0u8; MAX_SYLLABLE_LETTERS];
    for (slot, letter) in bases.iter_mut().zip(letters) {
        *slot = if letter.base == 'đ' {
            DJ
        } else {
            letter.base as u8
        };
    }
    let bases = &bases[..letters.len()];
    let onset = onset_len(bases)?;
    let vowels_end = onset
        + letters[onset..]
            .iter()
            .take_while(|letter| letter.is_vowel())
            .count();
    let vowels = &letters[onset..vowels_end];
    // `qu` holds the glide already: no `o` or `u` follows it (`quốc`, not
    // `quoác`, which is VNI's `quốc`).
    if bases.starts_with(b"qu")
        && vowels
            .first()
            .is_some_and(|letter| matches!(letter.shaped(), 'o' | 'u'))
    {
        return None;
    }
    let plain = |letters: &[Letter]| letters.iter().all(|letter| letter.shape == Shape::Plain);
    if vowels.is_empty()
        || !closes(vowels, &bases[vowels_end..])
        || !plain(&letters[..onset])
        || !plain(&letters[vowels_end..])
    {
        return None;
    }
    match (vowel_group(vowels)?, vowels_end == letters.len()) {
        (Ending::Open, false) | (Ending::Consonant, true) => return None,
        _ => {}
    }

    let mut marked = 0u16;
    let mut tone = None;
    for (index, letter) in letters.iter().enumerate() {
        if let Some(found) = letter.tone {
            if tone.is_some_and(|tone| tone != found) {
                return None;
            }
            tone = Some(found);
            marked |= 1 << index;
        }
    }
    let (traditional, modern) = target(vowels, vowels_end < letters.len());
    Some(Placement {
        tone,
        marked,
        traditional: onset + traditional,
        modern: onset + modern,
    })
}

/// `đ` among the bases, which are otherwise lower-case ASCII letters.
const DJ: u8 = b'D';

/// The length of the onset, or `None` when the letters cannot begin a
/// Vietnamese syllable. The onsets of Vietnamese orthography: b c ch d đ g
/// gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x — with `gi` an onset
/// only before another vowel (`gìn` is g + in) and `q` only as `qu` before
/// a vowel.
fn onset_len(bases: &[u8]) -> Option<usize> {
    let vowel_at = |at: usize| bases.get(at).is_some_and(|base| b"aeiouy".contains(base));
    Some(match bases {
        [b'n', b'g', b'h', ..] => 3,
        [b'g', b'i', ..] if vowel_at(2) => 2,
        [b'q', b'u', ..] if vowel_at(2) => 2,
        [b'q', ..] => return None,
        [b'c' | b'g' | b'k' | b'p' | b't', b'h', ..] | [b'n', b'g' | b'h', ..] | [b't', b'r', ..] => 2,
        [
            b'b' | b'c' | b'd' | DJ | b'g' | b'h' | b'k' | b'l' | b'm' | b'n' | b'p' | b'r' | b's' | b't'
            | b'v' | b'x',
            ..,
        ] => 1,
        _ => 0,
    })
}

/// Whether `coda` is a final consonant of Vietnamese (c ch m n ng nh p t,
/// or none) that may close `vowels`: `nh` and `ch` close only `a`, `ê`, `i`
/// and `y`, alone or after their glide (`anh`, `oach`, `ênh`, `uêch`,
/// `inh`, `uynh`); `ng` and `c` never close `i` or `y` (`ing` and `ic` are
/// English). And `k`, which closes `ă` in the Central Highlands' names
/// (`Đắk Lắk`, `Đăk Tô`).
fn closes(vowels: &[Letter], coda: &[u8]) -> bool {
    let last = || vowels.last().map(Letter::shaped);
    match coda {
        [] | [b'm' | b'n' | b'p' | b't'] => true,
        [b'n' | b'c', b'h'] => match vowels {
            [_] => matches!(last(), Some('a' | 'ê' | 'i' | 'y')),
            [first, _] => matches!(
                (first.shaped(), last()),
                ('o', Some('a')) | ('u', Some('ê' | 'y'))
            ),
            _ => false,
        },
        [b'n', b'g'] | [b'c'] => !matches!(last(), Some('i' | 'y')),
        [b'k'] => vowels.len() == 1 && last() == Some('ă'),
        _ => false,
    }
}

/// How the vowel group may end its syllable, or `None` when it is not a
/// Vietnamese vowel group. Looked up by a key of four bits a vowel, in a
/// table built once from [`VOWEL_GROUPS`].
fn vowel_group(vowels: &[Letter]) -> Option<Ending> {
    static TABLE: OnceLock<Box<[Option<Ending>]>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = vec![None; 1 << 12];
        for (group, ending) in VOWEL_GROUPS {
            let key = group.chars().fold(0, |key, vowel| key << 4 | vowel_code(vowel));
            table[key] = Some(*ending);
        }
        table.into_boxed_slice()
    });
    if vowels.len() > 3 {
        return None;
    }
    let key = vowels
        .iter()
        .fold(0, |key, letter| key << 4 | vowel_code(letter.shaped()));
    table[key]
}

/// 1 to 12 for the twelve vowel letters, 0 for anything else. (A match, not
/// a search through a string of them: every syllable with two vowels and a
/// mark comes here.)
fn vowel_code(vowel: char) -> usize {
    match vowel {
        'a' => 1,
        'ă' => 2,
        'â' => 3,
        'e' => 4,
        'ê' => 5,
        'i' => 6,
        'o' => 7,
        'ô' => 8,
        'ơ' => 9,
        'u' => 10,
        'ư' => 11,
        'y' => 12,
        _ => 0,
    }
}

/// The traditional and modern positions of the mark within the vowel group.
fn target(vowels: &[Letter], closed: bool) -> (usize, usize) {
    if let Some(horn_o) = vowels
        .windows(2)
        .position(|pair| pair[0].shaped() == 'ư' && pair[1].shaped() == 'ơ')
    {
        return (horn_o + 1, horn_o + 1);
    }
    if let Some(at) = vowels.iter().rposition(|letter| letter.shape != Shape::Plain) {
        return (at, at);
    }
    let last = vowels.len() - 1;
    match (closed, vowels) {
        (true, _) => (last, last),
        (false, [_, _, _]) => (1, 1),
        (false, [first, second])
            if matches!((first.base, second.base), ('o', 'a') | ('o', 'e') | ('u', 'y')) =>
        {
            (0, 1)
        }
        _ => (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::super::letters::letter;
    use super::*;

    fn placement(word: &str) -> Option<(usize, usize, Vec<usize>)> {
        let letters: Vec<Letter> = word.chars().map(|c| letter(c).unwrap()).collect();
        place(&letters).map(|placement| {
            let marked = (0..16).filter(|i| placement.marked & (1 << i) != 0).collect();
            (placement.traditional, placement.modern, marked)
        })
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
    fn a_final_consonant_closes_only_the_vowels_it_follows_in_vietnamese() {
        for word in [
            "anh", "oanh", "thách", "hoạch", "bệnh", "nguệch", "tính", "huỳnh", "huých", "ăng", "buộc",
            "tiếng", "Đắk", "Lắk",
        ] {
            assert!(placement(word).is_some(), "{word}");
        }
        // `ing` and `ic` are English; `nh` and `ch` follow no `o`, `ô`,
        // `ư`, `ươ`; `k` closes nothing but `ă`.
        for word in [
            "tỉng", "pic", "ping", "uyng", "honh", "bốch", "ưnh", "lak", "ok", "quoác",
        ] {
            assert!(placement(word).is_none(), "{word}");
        }
    }

    #[test]
    fn two_different_tones_cannot_be_repaired() {
        assert_eq!(placement("tủổi").map(|(_, _, marked)| marked), Some(vec![1, 2]));
        assert_eq!(placement("tủồi"), None);
    }
}
