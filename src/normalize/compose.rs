//! One word at a time: canonical composition, spacing tone marks, `ð` for
//! `đ`, and the tone mark moved to where it belongs.

use std::borrow::Cow;

use super::ChangeKind;
use super::letters::{Letter, Letters, Shape, Tone, is_alphanumeric, letter};
use super::tone_placement::{Placement, Style, place};
use super::unicode::{is_combining_mark, may_need_nfc, nfc};

/// What to do with tone marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marks {
    /// Repair misplaced marks, and write open oa/oe/uy in this style.
    Style(Style),
    /// Repair misplaced marks only.
    Repair,
}

/// The word normalised, with the most significant kind of change made to
/// it (`None` when it is fine as it is), and the house style it was written
/// in when it shows one (an open `oa`/`oe`/`uy` syllable with its mark
/// placed by one style): the house-style vote, taken in the same look.
/// `reading` is what [`Reader`] made of the word.
pub(crate) fn word(
    word: &str,
    reading: Reading<'_>,
    marks: Marks,
) -> (Option<(String, ChangeKind)>, Option<Style>) {
    match reading {
        Reading::Fine => (None, None),
        Reading::Syllable(letters) => place_letters(letters, marks),
        Reading::Other => (repair(word, marks), None),
    }
}

/// What one look at a word tells.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Reading<'a> {
    /// Composed letters with at most one vowel, or with no mark and no
    /// horn: nothing to repair. Most words.
    Fine,
    /// Composed letters that may be a syllable with a mark to place.
    Syllable(&'a Letters),
    /// Anything else: marks to compose, `ð`, spacing tones, digits, other
    /// scripts, invisible characters.
    Other,
}

/// Reads a word character by character, as the pass meets them, without
/// allocating. One reader serves word after word ([`Reader::clear`]), and
/// what it read is lent, not moved: its letters are copied only when a mark
/// moves (copying them out for every word took a tenth of the time).
pub(crate) struct Reader {
    letters: Letters,
    vowels: usize,
    /// Runs of vowels: a syllable has one (see [`Reader::may_be_glued`]).
    vowel_runs: usize,
    after_vowel: bool,
    marked: bool,
    long: bool,
    other: bool,
    /// Whether a capital was read (see [`Reader::turns_capital`]).
    capital: bool,
}

impl Reader {
    pub(crate) fn new() -> Reader {
        Reader {
            letters: Letters::new(),
            vowels: 0,
            vowel_runs: 0,
            after_vowel: false,
            marked: false,
            long: false,
            other: false,
            capital: false,
        }
    }

    /// Forgets the last word, to read the next.
    pub(crate) fn clear(&mut self) {
        self.letters.clear();
        self.vowels = 0;
        self.vowel_runs = 0;
        self.after_vowel = false;
        self.marked = false;
        self.long = false;
        self.other = false;
        self.capital = false;
    }

    /// The word's next character, as [`letter`] reads it (`None` for
    /// anything that is not a letter).
    // Inlined: called for every character of every word the pass reads.
    #[inline]
    pub(crate) fn add(&mut self, letter: Option<Letter>) {
        match letter {
            Some(letter) => {
                let vowel = letter.is_vowel();
                self.vowels += usize::from(vowel);
                self.vowel_runs += usize::from(vowel && !self.after_vowel);
                self.after_vowel = vowel;
                self.marked |= letter.tone.is_some() || letter.shape == Shape::Horn;
                self.capital |= letter.upper;
                self.long |= !self.letters.push(letter);
            }
            None => self.other = true,
        }
    }

    /// Whether the word read so far may be syllables glued together (see
    /// [`super::glued_words`]): composed letters only, marked, with two
    /// runs of vowels.
    pub(crate) fn may_be_glued(&self) -> bool {
        !self.other && self.marked && self.vowel_runs >= 2
    }

    /// Whether the word read so far begins with a small letter and has a
    /// capital (`theoThông`, `iPhone`): a small word glued to a name, maybe (see
    /// [`super::glued_words::small_word_before`]).
    pub(crate) fn turns_capital(&self) -> bool {
        self.capital && self.letters.first().is_some_and(|letter| !letter.upper)
    }

    /// Whether the word read so far begins with two capitals and has a
    /// mark (`UBNDtỉnh`, `TPHCMcần`): a word glued after a code, maybe (see
    /// [`super::glued_words::marked_word_at_end`]). Words in capitals
    /// (`HÀ`) are asked too, and are no such thing.
    #[inline]
    pub(crate) fn begins_with_code(&self) -> bool {
        self.marked && matches!(&self.letters[..], [first, second, ..] if first.upper && second.upper)
    }

    /// What the word read so far is.
    pub(crate) fn reading(&self) -> Reading<'_> {
        match self {
            Reader { other: true, .. } => Reading::Other,
            Reader {
                vowels: 2..,
                marked: true,
                long: false,
                letters,
                ..
            } => Reading::Syllable(letters),
            _ => Reading::Fine,
        }
    }
}

/// The general path: a tone typed after the final consonant put back on
/// the vowels, compose, repair `ð`, then place the mark.
fn repair(word: &str, marks: Marks) -> Option<(String, ChangeKind)> {
    let mut kind = None;
    let mut text = Cow::Borrowed(word);
    if let Some(moved) = stray_tone(&text) {
        text = Cow::Owned(moved);
        kind = Some(ChangeKind::TonePlacement);
    }
    if may_need_nfc(&text) {
        let composed = nfc(&text);
        if composed != text {
            text = Cow::Owned(composed);
            kind = kind.or(Some(ChangeKind::Composition));
        }
    }
    // Composed first, so that a spacing accent's vowel is one character
    // however it was typed (`o` + U+0302 + `´` as `ô´`), then composed again
    // with the accent.
    if let Some(attached) = attach_spacing_tones(&text) {
        text = Cow::Owned(nfc(&attached));
        kind = Some(ChangeKind::Composition);
    }
    if let Some(repaired) = repair_eth(&text) {
        text = Cow::Owned(repaired);
        kind = Some(ChangeKind::Eth);
    }
    if let Some((placed, placement_kind)) =
        Letters::read(&text).and_then(|letters| place_letters(&letters, marks).0)
    {
        text = Cow::Owned(placed);
        kind = Some(match kind {
            Some(ChangeKind::Eth) => ChangeKind::Eth,
            _ => placement_kind,
        });
    }
    kind.map(|kind| (text.into_owned(), kind))
}

/// `word` with a combining tone mark that stands where no tone can put
/// right: typed after its final consonant (`toan` + U+0300, as Windows'
/// Vietnamese keyboard writes a tone typed at the end of the word) and
/// moved back after its vowels, or typed a second time (`biết` + U+0301,
/// `hoà` + U+0300) and taken out; when that makes it a syllable with that
/// one tone ([`syllable`]: `toàn`, `biết`). `None` otherwise. No consonant
/// carries a tone in Vietnamese, nor a letter two, and the mark drawn over
/// another letter (`toaǹ`, `biế́t`) reads as no word.
fn stray_tone(word: &str) -> Option<String> {
    // A consonant composed with its mark is read as the two.
    let mut decomposed = String::new();
    if word.chars().any(|c| toned_consonant(c).is_some()) {
        for c in word.chars() {
            match toned_consonant(c) {
                Some((consonant, mark)) => decomposed.extend([consonant, mark]),
                None => decomposed.push(c),
            }
        }
    }
    let word = if decomposed.is_empty() { word } else { &decomposed };
    // The letter the marks read so far stand on, and whether it has a
    // tone yet: its own (`ế`) or a mark's after it.
    let mut base = None;
    let mut toned = false;
    let mut chars = word.char_indices();
    let (at, mark, tone) = loop {
        let (at, c) = chars.next()?;
        // The deprecated tone marks are the grave's and the acute's.
        let tone = match c {
            '\u{340}' => Some(Tone::Grave),
            '\u{341}' => Some(Tone::Acute),
            c => Tone::from_mark(c),
        };
        if let Some(tone) = tone {
            if toned || base.is_some_and(|letter: Letter| !letter.is_vowel()) {
                break (at, c, tone);
            }
            toned = true;
        } else if !is_combining_mark(c) {
            base = letter(c);
            toned = base.is_some_and(|letter| letter.tone.is_some());
        }
    };
    let after = &word[at + mark.len_utf8()..];
    let with_tone = |text: String| {
        let composed = nfc(&text);
        let (letters, _) = syllable(&composed)?;
        let mut tones = letters.iter().filter_map(|letter| letter.tone);
        (tones.next() == Some(tone) && tones.next().is_none()).then_some(composed)
    };
    // Typed twice: the word has its tone without this one.
    if let Some(repaired) = with_tone(format!("{}{after}", &word[..at])) {
        return Some(repaired);
    }
    // After the final consonants: back after the vowel before them.
    let (vowel_at, vowel) = (word[..at].char_indices()).rfind(|&(_, c)| !is_consonant(c))?;
    let consonants_at = vowel_at + vowel.len_utf8();
    with_tone(format!(
        "{}{mark}{}{after}",
        &word[..consonants_at],
        &word[consonants_at..at]
    ))
}

/// The consonant and the tone mark that `c` composes, when it is a
/// consonant that may end a syllable (c, ch, m, n, ng, nh, p, t) drawn with
/// a tone mark over or under it (`ǹ`: `n` + U+0300), as composing a mark
/// typed after it makes it. By hand: the few such letters Unicode has,
/// rather than its whole decomposition table.
fn toned_consonant(c: char) -> Option<(char, char)> {
    const TONED: &[(char, char, char)] = &[
        ('ć', 'c', '\u{301}'),
        ('Ć', 'C', '\u{301}'),
        ('ḥ', 'h', '\u{323}'),
        ('Ḥ', 'H', '\u{323}'),
        ('ḿ', 'm', '\u{301}'),
        ('Ḿ', 'M', '\u{301}'),
        ('ṃ', 'm', '\u{323}'),
        ('Ṃ', 'M', '\u{323}'),
        ('ǹ', 'n', '\u{300}'),
        ('Ǹ', 'N', '\u{300}'),
        ('ń', 'n', '\u{301}'),
        ('Ń', 'N', '\u{301}'),
        ('ñ', 'n', '\u{303}'),
        ('Ñ', 'N', '\u{303}'),
        ('ṇ', 'n', '\u{323}'),
        ('Ṇ', 'N', '\u{323}'),
        ('ǵ', 'g', '\u{301}'),
        ('Ǵ', 'G', '\u{301}'),
        ('ṕ', 'p', '\u{301}'),
        ('Ṕ', 'P', '\u{301}'),
        ('ṭ', 't', '\u{323}'),
        ('Ṭ', 'T', '\u{323}'),
    ];
    if c.is_ascii() {
        return None;
    }
    (TONED.iter())
        .find(|&&(toned, ..)| toned == c)
        .map(|&(_, consonant, mark)| (consonant, mark))
}

/// Whether `c` is a consonant letter of Vietnamese, plain (`n`, `Đ`).
fn is_consonant(c: char) -> bool {
    letter(c).is_some_and(|letter| !letter.is_vowel() && letter.tone.is_none())
}

/// `word` as it will read once normalised (composed, spacing tones
/// attached, `ð` repaired, its mark placed), for a rule that judges a word
/// before the pass rewrites it: judged as written, the rule would find
/// something else on the next pass.
pub(crate) fn as_it_will_read(word: &str) -> Cow<'_, str> {
    repair(word, Marks::Repair).map_or(Cow::Borrowed(word), |(text, _)| Cow::Owned(text))
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

fn syllable(word: &str) -> Option<(Letters, Placement)> {
    let letters = Letters::read(word)?;
    let placement = place(&letters)?;
    Some((letters, placement))
}

/// `uơ` and `ưo` before a final consonant or semivowel are `ươ` with a
/// horn lost in typing (`buớc`, `đưọc`, `nguời`): no Vietnamese syllable has
/// them there. Gives the letters with both horns when that makes a
/// syllable.
fn restore_horn(letters: &Letters) -> Option<(Letters, Placement)> {
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
    let mut repaired = *letters;
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
    if !word.contains(is_spacing_tone) {
        return None;
    }
    let mut changed = false;
    let mut previous: Option<char> = None;
    let attached = word
        .chars()
        .map(|c| {
            // Only a vowel without a tone takes one: `ú´` stays, or a
            // second normalisation would attach what the first left.
            let after_vowel = previous
                .and_then(letter)
                .is_some_and(|letter| letter.is_vowel() && letter.tone.is_none());
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

/// The letters with their tone mark moved where `marks` wants it (and a
/// lost horn restored), as text, when anything moves; and the style the
/// letters were written in, when they show one.
pub(crate) fn place_letters(
    letters: &Letters,
    marks: Marks,
) -> (Option<(String, ChangeKind)>, Option<Style>) {
    let restored;
    let (letters, placement, horn_restored) = match place(letters) {
        Some(placement) => (letters, placement, false),
        None => match restore_horn(letters) {
            Some((repaired, placement)) => {
                restored = repaired;
                (&restored, placement, true)
            }
            None => return (None, None),
        },
    };
    let written_style = placement.written_style();
    let target = match (marks, placement.marked_letter()) {
        (Marks::Style(style), _) => placement.target(style),
        (Marks::Repair, Some(at)) if !placement.is_misplaced() => at,
        (Marks::Repair, _) => placement.traditional,
    };
    let moved = placement.tone.is_some() && placement.marked_letter() != Some(target);
    if !moved && !horn_restored {
        return (None, written_style);
    }
    let kind = if horn_restored || placement.is_misplaced() {
        ChangeKind::TonePlacement
    } else {
        ChangeKind::ToneStyle
    };
    let text = letters
        .iter()
        .enumerate()
        .map(|(index, letter)| match placement.tone {
            Some(tone) => Letter {
                tone: (index == target).then_some(tone),
                ..*letter
            },
            None => *letter,
        })
        .map(|letter| letter.to_char())
        .collect();
    (Some((text, kind)), written_style)
}

/// Whether `c` can be part of a word: letters, digits, combining marks.
pub(crate) fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(input: &str, marks: Marks) -> String {
        let mut reader = Reader::new();
        input.chars().for_each(|c| reader.add(letter(c)));
        word(input, reader.reading(), marks)
            .0
            .map_or_else(|| input.to_owned(), |(text, _)| text)
    }

    #[test]
    fn puts_back_a_tone_typed_after_the_consonant_or_twice() {
        for (input, expected) in [
            ("toan\u{300}", "toàn"),
            ("Viêt\u{301}", "Viết"),
            ("THĂNG\u{301}", "THẮNG"),
            ("biế\u{301}t", "biết"),
            ("biê\u{301}t\u{301}", "biết"),
            ("hoà\u{300}", "hoà"),
            ("toaǹ", "toàn"),
            ("VIÊṬ", "VIỆT"),
            ("Peña", "Peña"),
            ("Poznań", "Poznań"),
            // Another tone besides, or no syllable: not guessed.
            ("biết\u{300}", "biết\u{300}"),
            ("n\u{300}g", "ǹg"),
            ("xyz\u{301}", "xyź"),
        ] {
            assert_eq!(normalized(input, Marks::Repair), expected, "{input:?}");
        }
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
        // A vowel that has its tone takes no second one.
        assert_eq!(normalized("ca\u{301}\u{2CA}", Marks::Repair), "cá\u{2CA}");
        assert_eq!(normalized("c\u{e1}\u{b4}", Marks::Repair), "cá\u{b4}");
        // The vowel typed decomposed takes its accent as the composed one does.
        assert_eq!(normalized("B\u{f4}\u{b4}", Marks::Repair), "Bố");
        assert_eq!(normalized("Bo\u{302}\u{b4}", Marks::Repair), "Bố");
        assert_eq!(normalized("co\u{301}\u{b4}", Marks::Repair), "có\u{b4}");
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
