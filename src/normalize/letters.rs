//! Vietnamese letters taken apart: a base letter, the shape mark of ă â ê ô
//! ơ ư, a tone mark, and case — and put back together.
//!
//! The letters come from one table of the twelve vowels with their six
//! tones ([`VOWELS`]), checked against Unicode's canonical decompositions
//! by this module's tests, and looked up through tables built from it at
//! compile time.

/// The mark that makes a different vowel letter: ă, â ê ô, ơ ư.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    Plain,
    Breve,
    Circumflex,
    Horn,
}

/// The five marked tones (the level tone, ngang, has no mark).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tone {
    /// huyền, U+0300
    Grave,
    /// sắc, U+0301
    Acute,
    /// ngã, U+0303
    Tilde,
    /// hỏi, U+0309
    Hook,
    /// nặng, U+0323
    Dot,
}

impl Tone {
    pub(crate) const ALL: [Tone; 5] = [Tone::Grave, Tone::Acute, Tone::Tilde, Tone::Hook, Tone::Dot];

    /// The combining mark that writes the tone.
    pub(crate) fn mark(self) -> char {
        match self {
            Tone::Grave => '\u{300}',
            Tone::Acute => '\u{301}',
            Tone::Tilde => '\u{303}',
            Tone::Hook => '\u{309}',
            Tone::Dot => '\u{323}',
        }
    }

    pub(crate) fn from_mark(mark: char) -> Option<Tone> {
        Tone::ALL.into_iter().find(|tone| tone.mark() == mark)
    }
}

impl Shape {
    fn mark(self) -> Option<char> {
        match self {
            Shape::Plain => None,
            Shape::Breve => Some('\u{306}'),
            Shape::Circumflex => Some('\u{302}'),
            Shape::Horn => Some('\u{31b}'),
        }
    }

    pub(crate) fn from_mark(mark: char) -> Option<Shape> {
        [Shape::Breve, Shape::Circumflex, Shape::Horn]
            .into_iter()
            .find(|shape| shape.mark() == Some(mark))
    }

    /// Whether Vietnamese writes this shape on `base`: ă; â ê ô; ơ ư.
    pub(crate) fn fits(self, base: char) -> bool {
        match self {
            Shape::Plain => true,
            Shape::Breve => base == 'a',
            Shape::Circumflex => matches!(base, 'a' | 'e' | 'o'),
            Shape::Horn => matches!(base, 'o' | 'u'),
        }
    }
}

/// One letter of the Vietnamese alphabet (or of the plain Latin one), with
/// its marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Letter {
    /// Lower-case `a`–`z`, or `đ`.
    pub(crate) base: char,
    pub(crate) shape: Shape,
    pub(crate) tone: Option<Tone>,
    pub(crate) upper: bool,
}

impl Letter {
    pub(crate) fn is_vowel(&self) -> bool {
        matches!(self.base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
    }

    /// The letter without its tone, lower-case: `ư` for `Ừ`.
    pub(crate) fn shaped(&self) -> char {
        match (self.base, self.shape) {
            ('a', Shape::Breve) => 'ă',
            ('a', Shape::Circumflex) => 'â',
            ('e', Shape::Circumflex) => 'ê',
            ('o', Shape::Circumflex) => 'ô',
            ('o', Shape::Horn) => 'ơ',
            ('u', Shape::Horn) => 'ư',
            (base, _) => base,
        }
    }

    /// The single character that writes this letter, as NFC does.
    pub(crate) fn to_char(self) -> char {
        let lower = match VOWELS
            .iter()
            .find(|(base, shape, _)| *base == self.base && *shape == self.shape)
        {
            Some((_, _, tones)) => tones[self.tone.map_or(0, |tone| tone as usize + 1)],
            None => self.base,
        };
        if self.upper { upper_case(lower) } else { lower }
    }
}

/// The capital of a small Vietnamese letter, by the rule the letter tables
/// are built with: Unicode's case tables would add 14 KB to the WebAssembly
/// module (6.7 KB gzipped) for the 134 letters this is called on.
fn upper_case(lower: char) -> char {
    if lower.is_ascii() {
        lower.to_ascii_uppercase()
    } else {
        char::from_u32(const_upper_case(lower as u32)).unwrap_or(lower)
    }
}

/// The twelve vowels of Vietnamese, with each tone: none, then in
/// [`Tone::ALL`]'s order (huyền, sắc, ngã, hỏi, nặng). Source: the Vietnamese
/// alphabet (Quyết định 1989/QĐ-BGDĐT), written in Unicode's precomposed
/// letters; the tests check every entry against Unicode's canonical
/// decompositions.
const VOWELS: [(char, Shape, [char; 6]); 12] = [
    ('a', Shape::Plain, ['a', 'à', 'á', 'ã', 'ả', 'ạ']),
    ('a', Shape::Breve, ['ă', 'ằ', 'ắ', 'ẵ', 'ẳ', 'ặ']),
    ('a', Shape::Circumflex, ['â', 'ầ', 'ấ', 'ẫ', 'ẩ', 'ậ']),
    ('e', Shape::Plain, ['e', 'è', 'é', 'ẽ', 'ẻ', 'ẹ']),
    ('e', Shape::Circumflex, ['ê', 'ề', 'ế', 'ễ', 'ể', 'ệ']),
    ('i', Shape::Plain, ['i', 'ì', 'í', 'ĩ', 'ỉ', 'ị']),
    ('o', Shape::Plain, ['o', 'ò', 'ó', 'õ', 'ỏ', 'ọ']),
    ('o', Shape::Circumflex, ['ô', 'ồ', 'ố', 'ỗ', 'ổ', 'ộ']),
    ('o', Shape::Horn, ['ơ', 'ờ', 'ớ', 'ỡ', 'ở', 'ợ']),
    ('u', Shape::Plain, ['u', 'ù', 'ú', 'ũ', 'ủ', 'ụ']),
    ('u', Shape::Horn, ['ư', 'ừ', 'ứ', 'ữ', 'ử', 'ự']),
    ('y', Shape::Plain, ['y', 'ỳ', 'ý', 'ỹ', 'ỷ', 'ỵ']),
];

/// Longest word that can be one Vietnamese syllable (`nghiêng` has 7
/// letters); longer words are never read as syllables.
pub(crate) const MAX_SYLLABLE_LETTERS: usize = 8;

/// The letters of a word short enough to be one syllable, kept on the
/// stack: normalisation reads most words of a text this way, and must not
/// allocate for each.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Letters {
    letters: [Letter; MAX_SYLLABLE_LETTERS],
    len: usize,
}

impl Letters {
    /// The letters of `word`, or `None` when it has a character that is not
    /// a letter, or too many letters to be a syllable.
    pub(crate) fn read(word: &str) -> Option<Letters> {
        let mut letters = Letters::new();
        for c in word.chars() {
            if !letters.push(letter(c)?) {
                return None;
            }
        }
        Some(letters)
    }
}

impl Letters {
    /// No letters yet.
    pub(crate) fn new() -> Letters {
        const BLANK: Letter = Letter {
            base: 'a',
            shape: Shape::Plain,
            tone: None,
            upper: false,
        };
        Letters {
            letters: [BLANK; MAX_SYLLABLE_LETTERS],
            len: 0,
        }
    }

    /// No letters, to read another word.
    pub(crate) fn clear(&mut self) {
        self.len = 0;
    }

    /// Adds a letter; `false` (and nothing added) when there is no room.
    pub(crate) fn push(&mut self, letter: Letter) -> bool {
        match self.letters.get_mut(self.len) {
            Some(slot) => {
                *slot = letter;
                self.len += 1;
                true
            }
            None => false,
        }
    }
}

impl std::ops::Deref for Letters {
    type Target = [Letter];

    fn deref(&self) -> &[Letter] {
        &self.letters[..self.len]
    }
}

impl std::ops::DerefMut for Letters {
    fn deref_mut(&mut self) -> &mut [Letter] {
        &mut self.letters[..self.len]
    }
}

/// Whether `c` is a letter or digit, answered from the letter table for
/// ASCII and Vietnamese letters before asking Unicode's tables (which are
/// slow for characters outside ASCII).
// Inlined: called for every character the pass and the citation search
// look at.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && (letter(c).is_some() || c.is_alphanumeric()))
}

/// The small letter of a Latin or Vietnamese letter (`Ệ` → `ệ`), from the
/// letter table rather than Unicode's case tables, which would add more to
/// the WebAssembly module than the text they are used on needs; any other
/// character as it is.
pub(crate) fn to_lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match letter(c) {
        Some(upper @ Letter { upper: true, .. }) => Letter {
            upper: false,
            ..upper
        }
        .to_char(),
        _ => c,
    }
}

/// The letter `c` writes, or `None` when `c` is not a letter of Vietnamese
/// (nor a plain Latin letter). Expects NFC input: a letter followed by a
/// separate combining mark is two characters here.
// Inlined: the pass calls it for every character of every word (callgrind:
// 5% fewer instructions normalising dantri).
#[inline]
pub(crate) fn letter(c: char) -> Option<Letter> {
    if c.is_ascii_alphabetic() {
        return Some(Letter {
            base: c.to_ascii_lowercase(),
            shape: Shape::Plain,
            tone: None,
            upper: c.is_ascii_uppercase(),
        });
    }
    unpack(packed(c as u32))
}

/// Precomposed Vietnamese letters live in Latin-1 Supplement, Latin
/// Extended-A and -B (U+00C0–U+01B0), and Latin Extended Additional
/// (U+1EA0–U+1EF9): two small tables, built from [`VOWELS`] at compile time.
const LATIN: (u32, usize) = (0xC0, 0x1B1 - 0xC0);
const LATIN_ADDITIONAL: (u32, usize) = (0x1EA0, 0x1EFA - 0x1EA0);
static LATIN_TABLE: [u16; LATIN.1] = build_table(LATIN.0);
static LATIN_ADDITIONAL_TABLE: [u16; LATIN_ADDITIONAL.1] = build_table(LATIN_ADDITIONAL.0);

fn packed(code: u32) -> u16 {
    let lookup = |table: &[u16], start: u32| {
        code.checked_sub(start)
            .and_then(|index| table.get(index as usize))
            .copied()
            .unwrap_or(0)
    };
    if code < LATIN_ADDITIONAL.0 {
        lookup(&LATIN_TABLE, LATIN.0)
    } else {
        lookup(&LATIN_ADDITIONAL_TABLE, LATIN_ADDITIONAL.0)
    }
}

/// The packed letters whose code points fall in `start..start + N`: every
/// vowel of [`VOWELS`] in both cases, and đ Đ.
const fn build_table<const N: usize>(start: u32) -> [u16; N] {
    let mut table = [0u16; N];
    let mut vowel = 0;
    while vowel < VOWELS.len() {
        let (base, shape, tones) = VOWELS[vowel];
        let mut tone = 0;
        while tone < tones.len() {
            let lower = tones[tone] as u32;
            let upper = const_upper_case(lower);
            // Bits: 15 a letter; 0–4 base (a–z = 0–25, đ = 26); 5–6 shape;
            // 7–9 tone (0 = none, else Tone::ALL index + 1); 10 upper case.
            let packed = 0x8000 | (base as u16 - b'a' as u16) | (shape as u16) << 5 | (tone as u16) << 7;
            table = put(table, start, lower, packed);
            table = put(table, start, upper, packed | 0x400);
            tone += 1;
        }
        vowel += 1;
    }
    table = put(table, start, 'đ' as u32, 0x8000 | 26);
    put(table, start, 'Đ' as u32, 0x8000 | 26 | 0x400)
}

const fn put<const N: usize>(mut table: [u16; N], start: u32, code: u32, packed: u16) -> [u16; N] {
    if code >= start && ((code - start) as usize) < N {
        table[(code - start) as usize] = packed;
    }
    table
}

/// The upper case of a precomposed small Vietnamese letter or đ: Latin-1's
/// small letters sit 0x20 above their capitals, every other one 1 above (the
/// tests check it against `char::to_uppercase`).
const fn const_upper_case(lower: u32) -> u32 {
    if lower >= 0xE0 && lower <= 0xFE {
        lower - 0x20
    } else {
        lower - 1
    }
}

fn unpack(packed: u16) -> Option<Letter> {
    if packed & 0x8000 == 0 {
        return None;
    }
    let base = match packed & 0x1F {
        26 => 'đ',
        n => char::from(b'a' + n as u8),
    };
    let shape = [Shape::Plain, Shape::Breve, Shape::Circumflex, Shape::Horn][usize::from(packed >> 5 & 0x3)];
    let tone = match packed >> 7 & 0x7 {
        0 => None,
        n => Some(Tone::ALL[usize::from(n - 1)]),
    };
    Some(Letter {
        base,
        shape,
        tone,
        upper: packed & 0x400 != 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 134 letters of the Vietnamese alphabet with marks (67 lower-case,
    /// 67 upper-case), as Unicode precomposes them.
    const VIETNAMESE: &str = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ\
                              ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";

    #[test]
    fn every_vietnamese_letter_takes_apart_and_back() {
        assert_eq!(VIETNAMESE.chars().count(), 134);
        for c in VIETNAMESE.chars() {
            let letter = letter(c).unwrap_or_else(|| panic!("{c} is a Vietnamese letter"));
            assert_eq!(letter.to_char(), c);
        }
    }

    /// Each entry of [`VOWELS`] is what Unicode's canonical decomposition says.
    #[test]
    fn the_vowel_table_agrees_with_unicode() {
        use unicode_normalization::char::decompose_canonical;
        for (base, shape, tones) in VOWELS {
            for (index, c) in tones.into_iter().enumerate() {
                let mut parts = Vec::new();
                decompose_canonical(c, |part| parts.push(part));
                let mut expected = vec![base];
                expected.extend(shape.mark());
                expected.extend(index.checked_sub(1).map(|tone| Tone::ALL[tone].mark()));
                parts.sort_unstable();
                expected.sort_unstable();
                assert_eq!(parts, expected, "{c}");
            }
        }
    }

    #[test]
    fn the_upper_case_rule_is_unicodes() {
        let vowels = VOWELS.into_iter().flat_map(|(_, _, tones)| tones);
        for c in vowels.chain('a'..='z').chain(['đ']) {
            assert_eq!(Some(upper_case(c)), c.to_uppercase().next(), "{c}");
        }
    }

    #[test]
    fn marks_are_read_apart() {
        let letter = letter('Ự').unwrap();
        assert_eq!(
            (letter.base, letter.shape, letter.tone, letter.upper),
            ('u', Shape::Horn, Some(Tone::Dot), true)
        );
        assert_eq!(letter.shaped(), 'ư');
    }

    #[test]
    fn other_letters_are_not_vietnamese() {
        for c in ['ü', 'ñ', 'ç', 'ð', 'ø', 'ǹ', 'ḿ', 'ā', 'ő', '中', '1'] {
            assert_eq!(letter(c), None, "{c}");
        }
    }
}
