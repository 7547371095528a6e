//! Vietnamese letters taken apart: a base letter, the shape mark of ă â ê ô
//! ơ ư, a tone mark, and case — and put back together.
//!
//! The letters come from one table of the twelve vowels with their six
//! tones ([`VOWELS`]), checked against Unicode's canonical decompositions
//! by this module's tests, and looked up through a table built from it on
//! first use.

use std::sync::OnceLock;

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

/// The upper case of a Vietnamese letter, which is always one character.
fn upper_case(c: char) -> char {
    c.to_uppercase().next().unwrap_or(c)
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

/// The letter `c` writes, or `None` when `c` is not a letter of Vietnamese
/// (nor a plain Latin letter). Expects NFC input: a letter followed by a
/// separate combining mark is two characters here.
pub(crate) fn letter(c: char) -> Option<Letter> {
    if c.is_ascii_alphabetic() {
        return Some(Letter {
            base: c.to_ascii_lowercase(),
            shape: Shape::Plain,
            tone: None,
            upper: c.is_ascii_uppercase(),
        });
    }
    let code = c as usize;
    if !(TABLE_START..TABLE_END).contains(&code) {
        return None;
    }
    unpack(table()[code - TABLE_START])
}

/// Precomposed Vietnamese letters live in Latin-1 Supplement, Latin
/// Extended-A and -B, and Latin Extended Additional (U+1EA0–U+1EF9).
const TABLE_START: usize = 0xC0;
const TABLE_END: usize = 0x1EFA;

fn table() -> &'static [u16] {
    static TABLE: OnceLock<Box<[u16]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![0; TABLE_END - TABLE_START];
        let mut put = |c: char, letter: Letter| {
            if let Some(slot) = (c as usize)
                .checked_sub(TABLE_START)
                .and_then(|index| table.get_mut(index))
            {
                *slot = pack(letter);
            }
        };
        for (base, shape, tones) in VOWELS {
            for (index, lower) in tones.into_iter().enumerate() {
                let tone = index.checked_sub(1).map(|tone| Tone::ALL[tone]);
                let letter = Letter {
                    base,
                    shape,
                    tone,
                    upper: false,
                };
                put(lower, letter);
                put(
                    upper_case(lower),
                    Letter {
                        upper: true,
                        ..letter
                    },
                );
            }
        }
        let d = Letter {
            base: 'đ',
            shape: Shape::Plain,
            tone: None,
            upper: false,
        };
        put('đ', d);
        put('Đ', Letter { upper: true, ..d });
        table.into_boxed_slice()
    })
}

// Packed as: bit 15 set for a letter; bits 0–4 the base (a–z = 0–25, đ =
// 26); bits 5–6 the shape; bits 7–9 the tone (0 = none); bit 10 upper case.
fn pack(letter: Letter) -> u16 {
    let base = if letter.base == 'đ' {
        26
    } else {
        u16::from(letter.base as u8 - b'a')
    };
    let shape = letter.shape as u16;
    let tone = letter.tone.map_or(0, |tone| tone as u16 + 1);
    0x8000 | base | shape << 5 | tone << 7 | u16::from(letter.upper) << 10
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
