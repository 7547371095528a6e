//! Vietnamese letters taken apart: a base letter, the shape mark of ă â ê ô
//! ơ ư, a tone mark, and case — and put back together.
//!
//! The breakdown comes from Unicode's canonical decompositions (through
//! unicode-normalization, which NFC needs anyway), looked up once per code
//! point and kept in a table built on first use, so no hand-typed table can
//! disagree with Unicode.

use std::sync::OnceLock;

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};

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

    fn from_mark(mark: char) -> Option<Tone> {
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

    fn from_mark(mark: char) -> Option<Shape> {
        [Shape::Breve, Shape::Circumflex, Shape::Horn]
            .into_iter()
            .find(|shape| shape.mark() == Some(mark))
    }

    /// Whether Vietnamese writes this shape on `base`: ă; â ê ô; ơ ư.
    fn fits(self, base: char) -> bool {
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
        let mut c = self.base;
        if self.upper {
            c = if c == 'đ' { 'Đ' } else { c.to_ascii_uppercase() };
        }
        let mut marks = [self.shape.mark(), self.tone.map(Tone::mark)];
        // Canonical composition takes marks in combining-class order: the
        // horn (216) and the dot below (220) before the marks above (230).
        marks.sort_by_key(|mark| mark.map(canonical_combining_class));
        for mark in marks.into_iter().flatten() {
            // Every base, shape and tone this type can hold composes to one
            // precomposed Vietnamese letter; the fallback is never taken.
            c = compose(c, mark).unwrap_or(c);
        }
        c
    }
}

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
        (TABLE_START..TABLE_END)
            .map(|code| char::from_u32(code as u32).and_then(analyse).map_or(0, pack))
            .collect()
    })
}

/// Takes a precomposed character apart by its canonical decomposition.
fn analyse(c: char) -> Option<Letter> {
    match c {
        'đ' | 'Đ' => {
            return Some(Letter {
                base: 'đ',
                shape: Shape::Plain,
                tone: None,
                upper: c == 'Đ',
            });
        }
        _ => {}
    }
    let mut parts = Vec::with_capacity(3);
    decompose_canonical(c, |part| parts.push(part));
    let (&first, marks) = parts.split_first()?;
    if marks.is_empty() || !first.is_ascii_alphabetic() {
        return None;
    }
    let base = first.to_ascii_lowercase();
    let mut shape = Shape::Plain;
    let mut tone = None;
    for &mark in marks {
        match (Shape::from_mark(mark), Tone::from_mark(mark)) {
            (Some(found), _) if shape == Shape::Plain && found.fits(base) => shape = found,
            (_, Some(found)) if tone.is_none() && matches!(base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') => {
                tone = Some(found)
            }
            _ => return None,
        }
    }
    Some(Letter {
        base,
        shape,
        tone,
        upper: first.is_ascii_uppercase(),
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
