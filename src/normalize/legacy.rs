//! Text typed in the legacy Vietnamese encodings, back to Unicode:
//! - **TCVN3** (TCVN 5712:1993, the ABC fonts such as .VnTime) and
//!   **VNI-Windows**, as such text looks when its bytes are read as
//!   Windows-1252 (`Xin chµo c¸c b¹n`, `Toâi ñi hoïc`) — how it reaches the
//!   web from old Word files and databases;
//! - **VIQR** (RFC 1456), the ASCII convention `Vie^.t Nam`;
//! - **UTF-8 read as Windows-1252 or Latin-1** (`Viá»‡t Nam`): Unicode text
//!   whose bytes a scraper decoded with the wrong charset (HTTP's default,
//!   ISO-8859-1, when a page does not say).
//!
//! Each is detected on its own only when the detection is confident for
//! the whole text ([`detect`], [`misread_utf8_words`]). VIQR's tone marks
//! are ASCII punctuation (`'`, `.`, `?`) that plain text is full of, so it
//! is detected by its other marks only (`a^`, `a(`, `u+`, `` a` ``, `a~`),
//! which nothing else glues to a vowel.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use super::compose::is_vietnamese_syllable;
use super::letters::letter;
use super::typography;

/// A legacy encoding text can be converted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Encoding {
    Tcvn3,
    Vni,
    Viqr,
}

/// Whether `text` could be legacy text read as Windows-1252: not plain
/// ASCII, and nothing outside what Windows-1252 shows but combining marks
/// (which composition may join to a letter it shows). Cheap: Vietnamese
/// Unicode text fails at its first ư, ơ or ạ.
pub(crate) fn may_be_legacy(text: &str) -> bool {
    !text.is_ascii()
        && text
            .chars()
            .all(|c| c.is_ascii() || misread_byte(c).is_some() || super::unicode::is_combining_mark(c))
}

/// Converts `text` from `encoding`; `None` when nothing changes. URLs
/// are left as written: a legacy text's are ASCII, and a letter beyond it
/// in one (`http://a.vn/hoà` pasted into VNI text) is the address's own.
pub(crate) fn decode(text: &str, encoding: Encoding) -> Option<String> {
    let decoded = match encoding {
        Encoding::Tcvn3 => outside_urls(text, decode_tcvn3),
        Encoding::Vni => outside_urls(text, decode_vni),
        // Composed, as the other decoders' letters are.
        Encoding::Viqr => super::unicode::nfc(&decode_viqr(text)),
    };
    (decoded != text).then_some(decoded)
}

/// `text` with its parts outside URLs converted by `convert`.
pub(super) fn outside_urls(text: &str, convert: fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (start, chunk) in super::chunks(text) {
        for url in typography::urls(chunk) {
            out.push_str(&convert(&text[copied..start + url.start]));
            out.push_str(&chunk[url.clone()]);
            copied = start + url.end;
        }
    }
    out.push_str(&convert(&text[copied..]));
    out
}

/// The legacy encoding `text` is in, when that is certain:
/// - every character is one Windows-1252 can show (legacy bytes read that
///   way never give anything else);
/// - at least two words show the signs of legacy bytes: a character that is
///   neither ASCII, nor a Vietnamese letter, nor punctuation, glued to an
///   ASCII letter (`chµo`, `T«i`, `ñi`, `hoïc`);
/// - at least nine in ten of those words (numbers and symbols aside) become
///   Vietnamese syllables;
/// - fewer than half of all the words the conversion changes were
///   Vietnamese already (`Tôi là ai` is Unicode, though all its letters are
///   Latin-1).
///
/// Text with no letter beyond ASCII is VIQR when at least two words show
/// VIQR's own marks ([`shows_viqr_marks`]) and nine in ten of the words
/// the conversion changes become Vietnamese syllables. Expects NFC text.
pub(crate) fn detect(text: &str) -> Option<(Encoding, String)> {
    if may_be_viqr(text) {
        // Two words with the marks first: most ASCII text (a title, a
        // number, an English name) has none, and is never decoded.
        text.split_whitespace()
            .filter(|word| shows_viqr_marks(word))
            .nth(1)?;
        let decoded = decode(text, Encoding::Viqr)?;
        return score(text, &decoded, 2, Encoding::Viqr).map(|_| (Encoding::Viqr, decoded));
    }
    if !may_be_legacy(text) {
        return None;
    }
    [Encoding::Tcvn3, Encoding::Vni]
        .into_iter()
        .filter_map(|encoding| {
            let decoded = decode(text, encoding)?;
            let score = score(text, &decoded, 2, encoding)?;
            Some((score, encoding, decoded))
        })
        .max_by_key(|(score, _, _)| *score)
        .map(|(_, encoding, decoded)| (encoding, decoded))
}

/// Whether `text`, a field of an article whose text as a whole is certainly
/// in `encoding` ([`detect`]), is in it too: as [`detect`] asks, but one
/// word that shows the encoding's bytes is enough (a title `Tin töùc`, a
/// name `Leâ Höông`, an alt text), and in VIQR none is needed (`Ho.c
/// sinh`: its words become Vietnamese).
pub(crate) fn fits(text: &str, encoding: Encoding) -> bool {
    let (may_be, min_signs) = match encoding {
        Encoding::Tcvn3 | Encoding::Vni => (may_be_legacy(text), 1),
        Encoding::Viqr => (may_be_viqr(text), 0),
    };
    may_be
        && decode(text, encoding).is_some_and(|decoded| score(text, &decoded, min_signs, encoding).is_some())
}

/// Whether `text` could be VIQR: it has letters, all of them ASCII (its
/// quotes and dashes may be typographic ones).
pub(crate) fn may_be_viqr(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
        && !text.chars().any(|c| !c.is_ascii() && c.is_alphanumeric())
}

/// Whether `chunk` holds a vowel with one of VIQR's marks that no other
/// text glues to a vowel: a shape (`a^`, `e^`, `o^`, `a(`, `o+`, `u+`),
/// a grave accent or a tilde (`` la` ``, `dda~`), with no digit beside
/// them (`x^2`, `2a^`, `a(1)` are formulas and list marks). VIQR's other
/// tone marks (`'`, `?`, `.`) are an apostrophe and sentence punctuation
/// everywhere else.
fn shows_viqr_marks(chunk: &str) -> bool {
    let bytes = chunk.as_bytes();
    bytes.windows(2).enumerate().any(|(at, pair)| {
        let vowel = pair[0].to_ascii_lowercase();
        let marked = match pair[1] {
            b'^' => matches!(vowel, b'a' | b'e' | b'o'),
            b'(' => vowel == b'a',
            b'+' | b'*' => matches!(vowel, b'o' | b'u'),
            b'`' | b'~' => b"aeiouy".contains(&vowel),
            _ => false,
        };
        let next = bytes.get(at + 2).copied();
        let goes_on = next.is_none_or(|next| !next.is_ascii_digit());
        marked && goes_on && (at == 0 || !bytes[at - 1].is_ascii_digit())
    })
}

/// How many words with signs of `encoding` became Vietnamese, when the
/// conversion to it is certain: at least `min_signs` words showed them
/// ([`shows_legacy_bytes`], [`shows_viqr_marks`]), and nine in ten of the
/// words judged became Vietnamese syllables. The words judged are those
/// with signs; in VIQR, every word the conversion changed, since its
/// `'`, `.` and `?` are read as marks too once the rest is certain.
fn score<'a>(original: &'a str, decoded: &'a str, min_signs: usize, encoding: Encoding) -> Option<usize> {
    let shows_signs = match encoding {
        Encoding::Tcvn3 | Encoding::Vni => shows_legacy_bytes,
        Encoding::Viqr => shows_viqr_marks,
    };
    let (mut changed, mut valid_before, mut signs, mut judged, mut valid) = (0, 0, 0, 0, 0);
    // Words apart, and the parts of a word that a slash or a hyphen joins
    // (`®ång/lÝt`, `đồng/lít`).
    let parts = |text: &'a str| text.split(|c: char| c.is_whitespace() || c == '/' || c == '-');
    for (before, after) in parts(original).zip(parts(decoded)) {
        if before == after {
            continue;
        }
        let shows = shows_signs(before);
        // A word showing legacy bytes was no Vietnamese, though what is
        // left of it without them may be (`§éc` is `éc` without TCVN3's
        // `Đ`).
        let was_syllable = !shows && is_vietnamese_syllable(word(before));
        // A syllable that VNI makes another tells nothing either way: it
        // writes `ồ` as `oà`, which is `hoà` in the modern style too
        // (`Hoà`, `phoá` are `Hồ`, `phố`). TCVN3's letters are Latin-1's
        // themselves (`ì` is `ỡ`): there, a syllable is Unicode's.
        if was_syllable
            && encoding == Encoding::Vni
            && is_vietnamese_syllable(&super::unicode::nfc(word(after)))
        {
            continue;
        }
        changed += 1;
        valid_before += usize::from(was_syllable);
        // A number or a document's symbol (`205-QÑ/TW`) is no syllable
        // in any encoding, nor is an abbreviation without a vowel (`ÑH`,
        // `C§V`, `DDHQGHN` for `ĐH`, `CĐV`, `ĐHQGHN`): they tell nothing
        // either way.
        let has_vowel = word(after)
            .chars()
            .any(|c| letter(c).is_some_and(|letter| letter.is_vowel()));
        if before.bytes().any(|b| b.is_ascii_digit()) || !has_vowel {
            continue;
        }
        signs += usize::from(shows);
        if shows || encoding == Encoding::Viqr {
            judged += 1;
            // Composed: TCVN3's five tone marks on their own (`A±nh` is
            // `A` and a hook above) are combining marks.
            valid += usize::from(is_vietnamese_syllable(&super::unicode::nfc(word(after))));
        }
    }
    // Whether the text was Vietnamese already is asked of text that has
    // letters beyond ASCII only: a VIQR word without its marks is one
    // (`Le^` is `Le`), and no Vietnamese in Unicode is ASCII with VIQR's
    // marks glued to its vowels.
    let was_vietnamese = encoding != Encoding::Viqr && valid_before * 2 >= changed;
    let confident = signs >= min_signs && judged > 0 && valid * 10 >= judged * 9 && !was_vietnamese;
    confident.then_some(valid)
}

/// A chunk without the punctuation around it.
fn word(chunk: &str) -> &str {
    chunk.trim_matches(|c: char| !c.is_alphanumeric())
}

/// A character that is not ASCII, not a Vietnamese letter, not a combining
/// mark (decomposed Unicode) and not general punctuation, next to a
/// letter: an ASCII one (`chµo`, `T«i`), or one that is Vietnamese in
/// Unicode too (TCVN3's `§éc` is `Độc`, its `é` being `ộ`). Or, in a word
/// that is no Vietnamese syllable, a Latin-1 letter with a mark after a
/// plain vowel: VNI's marks are such letters (`thaéng`, `nhaát` are
/// `thắng`, `nhất`).
fn shows_legacy_bytes(chunk: &str) -> bool {
    let odd = |c: char| {
        !c.is_ascii()
            && letter(c).is_none()
            && !super::unicode::is_combining_mark(c)
            && !('\u{2000}'..='\u{206F}').contains(&c)
    };
    let vni_mark = |(first, second): (char, char)| {
        "aeiouyAEIOUY".contains(first) && "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".contains(second)
    };
    let pairs = || chunk.chars().zip(chunk.chars().skip(1));
    pairs().any(|(first, second)| {
        (odd(first) && second.is_alphabetic()) || (first.is_alphabetic() && odd(second))
    }) || (pairs().any(vni_mark) && !is_vietnamese_syllable(word(chunk)))
}

/// The Windows-1252 byte that shows as `c`, for `c` outside ASCII.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = c as u32;
    if (0xA0..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    CP1252_HIGH
        .iter()
        .position(|&high| high == c)
        .and_then(|index| u8::try_from(0x80 + index).ok())
}

/// The byte that Windows-1252 or Latin-1 shows as `c`: Latin-1 shows bytes
/// 0x80–0x9F as the C1 controls of the same value.
fn misread_byte(c: char) -> Option<u8> {
    u8::try_from(c).ok().or_else(|| cp1252_byte(c))
}

/// The words of UTF-8 text whose bytes were read as Windows-1252 or
/// Latin-1 (`Viá»‡t`), each with the text it reads back as (`Viá»‡t` →
/// `Việt`), when that is certain: every character is one of
/// those encodings' (as [`may_be_legacy`] asks), their bytes are valid
/// UTF-8, and that reads as Vietnamese, with a letter only Vietnamese has
/// (`ệ`, `ư`, `đ`) and nothing but letters, combining marks and
/// punctuation beyond ASCII. Neither TCVN3 nor VNI text is ever valid
/// UTF-8. Text misread twice (`Viá»‡t` read again) is read back twice. A
/// word reads back on its own, since ASCII bytes are ASCII in UTF-8; its
/// bytes may show as whitespace (U+00A0 is the second byte of `à`), which
/// does not end it.
pub(crate) fn misread_utf8_words(text: &str) -> Option<Vec<(Range<usize>, String)>> {
    const MOST_MISREADINGS: usize = 3;
    if !may_be_legacy(text) {
        return None;
    }
    // How many times the text was misread: read back until it reads as
    // Vietnamese.
    let mut current = text.to_owned();
    let times = (1..=MOST_MISREADINGS).find(|_| match read_as_utf8(&current) {
        Some(read) if read != current => {
            current = read;
            reads_as_vietnamese(&current)
        }
        _ => false,
    })?;
    // Each word (cut at ASCII spaces and punctuation) with characters
    // beyond ASCII reads back on its own.
    let mut words = Vec::new();
    let mut from = 0;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_ascii() && !c.is_ascii_alphanumeric() {
            let word = &text[from..at];
            if !word.is_ascii() {
                let mut read = word.to_owned();
                for _ in 0..times {
                    read = read_as_utf8(&read)?;
                }
                words.push((from..at, read));
            }
            from = at + 1;
        }
    }
    Some(words)
}

/// The UTF-8 that `text`'s characters spell as Windows-1252 or Latin-1
/// bytes.
fn read_as_utf8(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        bytes.push(misread_byte(c)?);
    }
    String::from_utf8(bytes).ok()
}

/// Whether `text` reads as Vietnamese: a letter only Vietnamese has, and
/// nothing beyond ASCII but letters, combining marks and punctuation.
fn reads_as_vietnamese(text: &str) -> bool {
    let vietnamese = text
        .chars()
        .any(|c| !c.is_ascii() && cp1252_byte(c).is_none() && letter(c).is_some());
    vietnamese
        && text.chars().all(|c| {
            c.is_ascii()
                || letter(c).is_some()
                || super::unicode::is_combining_mark(c)
                || ('\u{a0}'..='\u{bf}').contains(&c)
                || ('\u{2000}'..='\u{206f}').contains(&c)
        })
}

/// Windows-1252 bytes 0x80–0x9F (the rest of the upper half is Latin-1).
/// Source: the WHATWG Encoding Standard, index-windows-1252. The five bytes
/// Windows leaves undefined read as the C1 controls of the same value.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}',
    '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// TCVN3 (TCVN 5712:1993 VN3) bytes 0x80–0xFF as Unicode. Source: GNU
/// libiconv, lib/tcvn.h (tcvn_2uni_2). 0xB0–0xB4 are the five tone marks
/// on their own; NFC joins them to the vowel before.
const TCVN3_HIGH: [u16; 128] = [
    0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6,
    0x00cc, 0x1ec8, 0x0128, 0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede,
    0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168, 0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af,
    0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0, 0x0300, 0x0309, 0x0303, 0x0301,
    0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, 0x1eae,
    0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2,
    0x1ebb, 0x1ebd, 0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe,
    0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2, 0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7,
    0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9, 0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5,
    0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

fn decode_tcvn3(text: &str) -> String {
    let decode = |c: char| {
        let byte = cp1252_byte(c)?;
        char::from_u32(u32::from(TCVN3_HIGH[usize::from(byte - 0x80)]))
    };
    text.chars()
        .map(|c| if c.is_ascii() { c } else { decode(c).unwrap_or(c) })
        .collect()
}

/// VNI-Windows: a base letter, then (for most letters) one byte that adds
/// the shape and tone marks, all shown here as Windows-1252 reads them.
/// Each entry is (VNI text, Unicode letter). Source: the VNI-Windows table
/// of duydev/vietnamese-conversion (src/charsets.ts), checked against
/// Unikey's; the single-byte letters (ì í ó ò æ î, ñ, ô, ö) are VNI's own
/// codes for ì í ĩ ị ỉ ỵ, đ, ơ, ư.
const VNI: &[(&str, char)] = &[
    ("AØ", 'À'),
    ("AÙ", 'Á'),
    ("AÂ", 'Â'),
    ("AÕ", 'Ã'),
    ("EØ", 'È'),
    ("EÙ", 'É'),
    ("EÂ", 'Ê'),
    ("Ì", 'Ì'),
    ("Í", 'Í'),
    ("OØ", 'Ò'),
    ("OÙ", 'Ó'),
    ("OÂ", 'Ô'),
    ("OÕ", 'Õ'),
    ("UØ", 'Ù'),
    ("UÙ", 'Ú'),
    ("YÙ", 'Ý'),
    ("aø", 'à'),
    ("aù", 'á'),
    ("aâ", 'â'),
    ("aõ", 'ã'),
    ("eø", 'è'),
    ("eù", 'é'),
    ("eâ", 'ê'),
    ("ì", 'ì'),
    ("í", 'í'),
    ("oø", 'ò'),
    ("où", 'ó'),
    ("oâ", 'ô'),
    ("oõ", 'õ'),
    ("uø", 'ù'),
    ("uù", 'ú'),
    ("yù", 'ý'),
    ("AÊ", 'Ă'),
    ("aê", 'ă'),
    ("Ñ", 'Đ'),
    ("ñ", 'đ'),
    ("Ó", 'Ĩ'),
    ("ó", 'ĩ'),
    ("UÕ", 'Ũ'),
    ("uõ", 'ũ'),
    ("Ô", 'Ơ'),
    ("ô", 'ơ'),
    ("Ö", 'Ư'),
    ("ö", 'ư'),
    ("AÏ", 'Ạ'),
    ("aï", 'ạ'),
    ("AÛ", 'Ả'),
    ("aû", 'ả'),
    ("AÁ", 'Ấ'),
    ("aá", 'ấ'),
    ("AÀ", 'Ầ'),
    ("aà", 'ầ'),
    ("AÅ", 'Ẩ'),
    ("aå", 'ẩ'),
    ("AÃ", 'Ẫ'),
    ("aã", 'ẫ'),
    ("AÄ", 'Ậ'),
    ("aä", 'ậ'),
    ("AÉ", 'Ắ'),
    ("aé", 'ắ'),
    ("AÈ", 'Ằ'),
    ("aè", 'ằ'),
    ("AÚ", 'Ẳ'),
    ("aú", 'ẳ'),
    ("AÜ", 'Ẵ'),
    ("aü", 'ẵ'),
    ("AË", 'Ặ'),
    ("aë", 'ặ'),
    ("EÏ", 'Ẹ'),
    ("eï", 'ẹ'),
    ("EÛ", 'Ẻ'),
    ("eû", 'ẻ'),
    ("EÕ", 'Ẽ'),
    ("eõ", 'ẽ'),
    ("EÁ", 'Ế'),
    ("eá", 'ế'),
    ("EÀ", 'Ề'),
    ("eà", 'ề'),
    ("EÅ", 'Ể'),
    ("eå", 'ể'),
    ("EÃ", 'Ễ'),
    ("eã", 'ễ'),
    ("EÄ", 'Ệ'),
    ("eä", 'ệ'),
    ("Æ", 'Ỉ'),
    ("æ", 'ỉ'),
    ("Ò", 'Ị'),
    ("ò", 'ị'),
    ("OÏ", 'Ọ'),
    ("oï", 'ọ'),
    ("OÛ", 'Ỏ'),
    ("oû", 'ỏ'),
    ("OÁ", 'Ố'),
    ("oá", 'ố'),
    ("OÀ", 'Ồ'),
    ("oà", 'ồ'),
    ("OÅ", 'Ổ'),
    ("oå", 'ổ'),
    ("OÃ", 'Ỗ'),
    ("oã", 'ỗ'),
    ("OÄ", 'Ộ'),
    ("oä", 'ộ'),
    ("ÔÙ", 'Ớ'),
    ("ôù", 'ớ'),
    ("ÔØ", 'Ờ'),
    ("ôø", 'ờ'),
    ("ÔÛ", 'Ở'),
    ("ôû", 'ở'),
    ("ÔÕ", 'Ỡ'),
    ("ôõ", 'ỡ'),
    ("ÔÏ", 'Ợ'),
    ("ôï", 'ợ'),
    ("UÏ", 'Ụ'),
    ("uï", 'ụ'),
    ("UÛ", 'Ủ'),
    ("uû", 'ủ'),
    ("ÖÙ", 'Ứ'),
    ("öù", 'ứ'),
    ("ÖØ", 'Ừ'),
    ("öø", 'ừ'),
    ("ÖÛ", 'Ử'),
    ("öû", 'ử'),
    ("ÖÕ", 'Ữ'),
    ("öõ", 'ữ'),
    ("ÖÏ", 'Ự'),
    ("öï", 'ự'),
    ("YØ", 'Ỳ'),
    ("yø", 'ỳ'),
    ("Î", 'Ỵ'),
    ("î", 'ỵ'),
    ("YÛ", 'Ỷ'),
    ("yû", 'ỷ'),
    ("YÕ", 'Ỹ'),
    ("yõ", 'ỹ'),
];

fn decode_vni(text: &str) -> String {
    // The entries by the first byte of their VNI text, so that each
    // character is compared with the few entries that can start there, not
    // with all of them.
    static BY_FIRST_BYTE: OnceLock<Vec<Vec<(&str, char)>>> = OnceLock::new();
    let by_first_byte = BY_FIRST_BYTE.get_or_init(|| {
        let mut table = vec![Vec::new(); 256];
        for &(vni, letter) in VNI {
            table[usize::from(vni.as_bytes()[0])].push((vni, letter));
        }
        table
    });
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        // Two-character sequences first: `aø` is à, not a then ø.
        let found = by_first_byte[usize::from(rest.as_bytes()[0])]
            .iter()
            .filter(|(vni, _)| rest.starts_with(vni))
            .max_by_key(|(vni, _)| vni.len());
        match found {
            Some((vni, letter)) => {
                out.push(*letter);
                rest = &rest[vni.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// VIQR (RFC 1456): a vowel followed by its shape (`^` â ê ô, `(` ă, `+` ơ
/// ư, or `*` as some typists write the horn: ``ngu*o*`i``) and tone (`'`
/// sắc, `` ` `` huyền, `?` hỏi, `~` ngã, `.` nặng), `dd` for đ, `\` before
/// a mark to keep it literal. A `.` or `?` that ends a sentence (before the
/// end of the text or a line break, or before a space and a capital when
/// it makes no syllable of the word: `Vì sao? Ông`, `saỏ` being none) is
/// punctuation.
///
/// URLs, e-mail addresses, numbers and document symbols hold the same
/// punctuation (`abc@yahoo.com`, `U.23`, `v1.2`): they are left as written,
/// but for a symbol's `Đ` typed `DD` ([`decode_viqr_symbol`]).
fn decode_viqr(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let protected = protected_chars(text);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let previous_is_letter = i > 0 && chars[i - 1].is_alphabetic();
        if protected[i] {
            let end = protected[i..]
                .iter()
                .position(|&p| !p)
                .map_or(chars.len(), |len| i + len);
            let span: String = chars[i..end].iter().collect();
            out.push_str(&decode_viqr_symbol(&span));
            i = end;
            continue;
        }
        // A known code in capitals, whose `Đ` is `DD` (`GDDDT` is `GDĐT`).
        if !previous_is_letter && c.is_ascii_uppercase() {
            let end = chars[i..]
                .iter()
                .position(|c| !c.is_ascii_uppercase())
                .map_or(chars.len(), |len| i + len);
            if chars[i..end].windows(2).any(|pair| pair == ['D', 'D'])
                && !chars.get(end).is_some_and(|c| c.is_alphabetic())
                && let Some(known) =
                    crate::citation::known_code_in_viqr(&chars[i..end].iter().collect::<String>())
            {
                out.push_str(known);
                i = end;
                continue;
            }
        }
        match c {
            '\\' if chars
                .get(i + 1)
                .is_some_and(|next| "^(+*'`?~.dD\\".contains(*next)) =>
            {
                out.push(chars[i + 1]);
                i += 2;
            }
            'd' | 'D'
                if (!previous_is_letter || in_abbreviation(&chars, i))
                    && matches!(chars.get(i + 1), Some('d' | 'D')) =>
            {
                out.push(if c == 'D' { 'Đ' } else { 'đ' });
                i += 2;
            }
            _ if "aeiouyAEIOUY".contains(c) => {
                // What the word has read so far, looked for no further
                // back than a syllable reaches (a longer word is none).
                let mut word_start = out.len();
                for (at, c) in out.char_indices().rev().take(MAX_SYLLABLE_CHARS) {
                    if !c.is_alphabetic() && !super::is_combining_mark(c) {
                        break;
                    }
                    word_start = at;
                }
                let (letter, used) = viqr_vowel(&chars, i, &out[word_start..]);
                out.push_str(&letter);
                i += used;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// More letters and marks than a syllable has, decomposed (`nghiêng` is
/// seven letters and a mark; `người` five letters and three marks).
const MAX_SYLLABLE_CHARS: usize = 12;

/// Whether `DD` at `chars[at]` is the `Đ` of an abbreviation in capitals,
/// after another initial (`CDDV`, `HDDND`, `DDHDDCDD` for `CĐV`, `HĐND`,
/// `ĐHĐCĐ`): a consonant in capitals stands before (`ADDRESS` and `ODD`
/// are English), and the capitals end, within an abbreviation's length,
/// before anything but a letter.
fn in_abbreviation(chars: &[char], at: usize) -> bool {
    const LONGEST: usize = 12;
    let rest = &chars[at..];
    let capitals = rest
        .iter()
        .take(LONGEST + 1)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    rest.first() == Some(&'D')
        && at > 0
        && chars[at - 1].is_ascii_uppercase()
        && !"AEIOUY".contains(chars[at - 1])
        && capitals <= LONGEST
        && !rest.get(capitals).is_some_and(|c| c.is_alphabetic())
}

/// A protected span as VIQR types it: a document symbol's codes with `DD`
/// for `Đ` (`100/2019/NDD-CP` is `100/2019/NĐ-CP`, `QDD/TW` is `QĐ/TW`,
/// `BGDDDT` the known `BGDĐT`). Numbers, URLs and e-mail addresses are
/// left as written.
fn decode_viqr_symbol(span: &str) -> Cow<'_, str> {
    if !span.contains("DD") || span.contains([':', '@', '.']) {
        return Cow::Borrowed(span);
    }
    let mut out = String::with_capacity(span.len());
    for code in span.split_inclusive(|c: char| !c.is_ascii_alphabetic()) {
        let letters = code.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        match crate::citation::known_code_in_viqr(letters) {
            Some(known) => out.push_str(known),
            None => out.push_str(&letters.replace("DD", "Đ")),
        }
        out.push_str(&code[letters.len()..]);
    }
    Cow::Owned(out)
}

/// For each character of `text`, whether it is in a URL, an e-mail
/// address, a number or a document's symbol
/// ([`typography::protected_spans`]).
fn protected_chars(text: &str) -> Vec<bool> {
    let mut protected_bytes = vec![false; text.len()];
    for (start, chunk) in super::chunks(text) {
        for span in typography::protected_spans(chunk) {
            protected_bytes[start + span.start..start + span.end].fill(true);
        }
    }
    text.char_indices().map(|(at, _)| protected_bytes[at]).collect()
}

/// The vowel at `chars[at]` with the VIQR marks after it, and how many
/// characters that took. `before` is what the word has read so far. A mark
/// is read past the invisible characters before it, which are about to go
/// (`o<U+200B>~` is `õ`), and takes them.
fn viqr_vowel(chars: &[char], at: usize, before: &str) -> (String, usize) {
    let vowel = chars[at];
    let lower = vowel.to_ascii_lowercase();
    let mut marks = String::new();
    let mut used = 1;
    let visible_from = |from: usize| {
        from + chars[from..]
            .iter()
            .take_while(|&&c| super::is_invisible(c))
            .count()
    };
    let shape_at = visible_from(at + used);
    if let Some(&next) = chars.get(shape_at) {
        let shape = match (next, lower) {
            ('^', 'a' | 'e' | 'o') => Some('\u{302}'),
            ('(', 'a') => Some('\u{306}'),
            ('+' | '*', 'o' | 'u') => Some('\u{31b}'),
            _ => None,
        };
        if let Some(shape) = shape {
            marks.push(shape);
            used = shape_at + 1 - at;
        }
    }
    let tone_at = visible_from(at + used);
    if let Some(&next) = chars.get(tone_at) {
        // Whether the mark makes a syllable of the word, as the tone it
        // would be; where a sentence may end, not of a word that ends
        // sentences far more often than it takes that tone.
        let makes_syllable = |sentence_may_end: bool| {
            let (tone, sentence_ends) = match next {
                '?' => ('\u{309}', ENDS_SENTENCES_BEFORE_QUESTION_MARK),
                _ => ('\u{323}', ENDS_SENTENCES_BEFORE_FULL_STOP),
            };
            let untoned = super::nfc(&format!("{before}{vowel}{marks}"));
            !(sentence_may_end && sentence_ends.contains(&untoned.as_str()))
                && is_vietnamese_syllable(&super::nfc(&format!("{untoned}{tone}")))
        };
        let ends_sentence = || {
            let rest = &chars[tone_at + 1..];
            match rest {
                [] | ['\n' | '\r', ..] => true,
                [space, rest @ ..] if space.is_whitespace() => match rest.first() {
                    None => true,
                    // Before a small letter the sentence goes on: the mark
                    // is the word's when it makes a syllable (`tu. ta^.p`).
                    Some(c) if c.is_alphabetic() && !c.is_uppercase() => !makes_syllable(false),
                    // Before a capital, the mark ends a syllable more often
                    // than a sentence, when it makes one: in the news
                    // corpora, `Bộ Y tế`, `Ấn Độ Dương`, `ở Hà Nội`, `cầu
                    // thủ Leeds` outnumber `đi ra. Anh` and `Vì sao? Ông` 7
                    // to 1 for `.`, 500 to 1 for `?`. So before a bracket
                    // or a quote (`không cao. (A?nh`).
                    Some(_) => !makes_syllable(true),
                },
                // Dots after the mark: a full stop or an ellipsis after a
                // syllable it makes (`vu..` is `vụ.`, `ngu?.` `ngủ.`,
                // `the^?...` `thể...`), but three dots in all are an
                // ellipsis (`ra...`), and after no syllable the mark is
                // punctuation too (`sao?...` asks).
                ['.', ..] => {
                    let dots = rest.iter().take_while(|&&c| c == '.').count();
                    (next == '.' && dots == 2) || !makes_syllable(true)
                }
                // A letter after the mark: the word goes on (`ddu+o+.c`),
                // as `viqr_ends_syllable` judges.
                [c, ..] if c.is_alphabetic() => false,
                // A comma after it goes on with the sentence (`kie^'t
                // ly., gia?m`); a quote or a bracket may end it
                // (`nhie^`u."`).
                [',' | ';' | ':', ..] => !makes_syllable(false),
                _ => !makes_syllable(true),
            }
        };
        let tone = match next {
            '\'' => Some('\u{301}'),
            '`' => Some('\u{300}'),
            '~' => Some('\u{303}'),
            '?' if !ends_sentence() => Some('\u{309}'),
            '.' if !ends_sentence() => Some('\u{323}'),
            _ => None,
        };
        // What follows a tone mark must end the syllable: in `Node.js` and
        // `O'Brien` the `.` and `'` are not marks.
        if let Some(tone) = tone.filter(|_| viqr_ends_syllable(&chars[tone_at + 1..])) {
            marks.push(tone);
            used = tone_at + 1 - at;
        }
    }
    (format!("{vowel}{marks}"), used)
}

/// Words that, with a `.` after them and a capital after that, end a
/// sentence (`đi ra. Anh`, `Cần Thơ. Ông`) far more often than they take
/// the dot as their mark (`rạ`, `Thợ`): in the news corpora (dantri-dev,
/// baomoi-dev), each ends a sentence before a capital 5 to 98 times, and
/// its heavy-toned form stands there at most once. As written: `chúng ta.
/// Mời`, but `Tạ Quang Bửu`.
const ENDS_SENTENCES_BEFORE_FULL_STOP: &[&str] = &[
    "qua", "ra", "gia", "tra", "đi", "cô", "xe", "ta", "da", "ly", "cư", "ty", "tô", "hoa", "ca", "cơ",
    "Nga", "Phi", "Hoa", "Nha", "Thơ", "A", "La",
];

/// Words that, with a `?` after them and a capital after that, end a
/// question (`Thật thế ư? Ông`) rather than take it as their mark, as
/// [`ENDS_SENTENCES_BEFORE_FULL_STOP`]. Other question words (`sao`,
/// `chưa`, `đâu`, `ai`) make no syllable with the mark on their last vowel.
const ENDS_SENTENCES_BEFORE_QUESTION_MARK: &[&str] = &["ư"];

/// Whether `rest`, what follows a VIQR tone mark, can end a Vietnamese
/// syllable: the syllable's other vowels (with their VIQR shapes, as in
/// `ngu+o+\`i`), then at most one final consonant (`c`, `ch`, `k`, `m`, `n`,
/// `ng`, `nh`, `p`, `t`), then no more letters.
fn viqr_ends_syllable(rest: &[char]) -> bool {
    let vowels = rest
        .iter()
        .take_while(|c| "aeiouyAEIOUY^(+*".contains(**c))
        .count();
    let mut consonants = rest[vowels..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .map(|c| c.to_ascii_lowercase());
    matches!(
        (consonants.next(), consonants.next(), consonants.next()),
        (None, None, None)
            | (Some('c' | 'k' | 'm' | 'n' | 'p' | 't'), None, None)
            | (Some('c' | 'n'), Some('h'), None)
            | (Some('n'), Some('g'), None)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn decoded(text: &str, encoding: Encoding) -> String {
        decode(text, encoding)
            .unwrap_or_else(|| text.to_owned())
            .nfc()
            .collect()
    }

    #[test]
    fn converts_each_encoding() {
        assert_eq!(decoded("Xin chµo c¸c b¹n", Encoding::Tcvn3), "Xin chào các bạn");
        assert_eq!(decoded("Céng hßa X· héi", Encoding::Tcvn3), "Cộng hòa Xã hội");
        assert_eq!(decoded("Toâi ñi hoïc", Encoding::Vni), "Tôi đi học");
        assert_eq!(
            decoded("DDa^y la` mo^.t vi' du. ve^` VIQR", Encoding::Viqr),
            "Đây là một ví dụ về VIQR"
        );
        assert_eq!(decoded("su+. thu+.c", Encoding::Viqr), "sự thực");
        assert_eq!(
            decoded("Ba.n ddi dda^u? Kho^ng bie^'t.", Encoding::Viqr),
            "Bạn đi đâu? Không biết."
        );
        assert_eq!(decoded("1\\. Mo^.t", Encoding::Viqr), "1. Một");
        // Marks read past the invisible characters about to go, which they take.
        assert_eq!(
            decoded("Vie\u{200b}^\u{7}.t vo\u{200b}~", Encoding::Viqr),
            "Việt võ"
        );
        assert_eq!(
            decoded("Anh ngu?. Sao va^.y?... Kho^ng bie^'t?", Encoding::Viqr),
            "Anh ngủ. Sao vậy?... Không biết?"
        );
        assert_eq!(
            decoded(
                "Nguye^~n dda('t O'Brien vie^'t Node.js nu+o+'c ngu+o+`i",
                Encoding::Viqr
            ),
            "Nguyễn đắt O'Brien viết Node.js nước người"
        );
        assert_eq!(
            decoded("Tru*o*`ng cu?a chu'ng ta. Mo*`i *ba.n*", Encoding::Viqr),
            "Trường của chúng ta. Mời *bạn*"
        );
        // Before a capital, a `.` or `?` that makes a syllable is its mark,
        // but for words that end sentences (`ra`); one that makes none
        // (`dda^u?`, `cao.`) is punctuation, before a bracket or a quote
        // too.
        assert_eq!(
            decoded(
                "Bo^. Y te^' o+? Ha` No^.i ddi ra. Anh ddi dda^u? Ve^` ca^`u thu? Leeds.",
                Encoding::Viqr
            ),
            "Bộ Y tế ở Hà Nội đi ra. Anh đi đâu? Về cầu thủ Leeds."
        );
        assert_eq!(
            decoded("Kho^ng cao. (A?nh: TTXVN) \"Ra^'t nhie^`u.\"", Encoding::Viqr),
            "Không cao. (Ảnh: TTXVN) \"Rất nhiều.\""
        );
        // Dots after a mark: the mark, then a full stop or an ellipsis;
        // three dots in all are an ellipsis.
        assert_eq!(
            decoded("nhie^.m vu.. Co' the^?... ddi ra... Ro^`i", Encoding::Viqr),
            "nhiệm vụ. Có thể... đi ra... Rồi"
        );
        // `DD` in an abbreviation in capitals; `k` after `ă` in the
        // Central Highlands' names.
        assert_eq!(
            decoded("CDDV, HDDND ti?nh DDa('k La('k, ADDRESS", Encoding::Viqr),
            "CĐV, HĐND tỉnh Đắk Lắk, ADDRESS"
        );
    }

    #[test]
    fn reads_back_utf8_read_as_windows_1252_or_latin_1() {
        let misread = |text: &str, times: usize| {
            let mut text = text.to_owned();
            for _ in 0..times {
                // Latin-1: each byte the character of the same value.
                text = text.bytes().map(char::from).collect();
            }
            text
        };
        let read_back = |text: &str| {
            misread_utf8_words(text).map(|words| {
                let mut out = text.to_owned();
                for (range, read) in words.into_iter().rev() {
                    out.replace_range(range, &read);
                }
                out
            })
        };
        for original in [
            "Tiếng Việt là ngôn ngữ của Việt Nam, theo Nghị định 100/2019/NĐ-CP.",
            "Người đứng đầu",
            "Ông Nguyễn Văn Nam đến Huế",
        ] {
            assert_eq!(read_back(&misread(original, 1)).as_deref(), Some(original));
            assert_eq!(read_back(&misread(original, 2)).as_deref(), Some(original));
        }
        // Windows-1252: `‡` for byte 0x87, `‘` for 0x91.
        assert_eq!(read_back("Viá»‡t Nam Ä‘áº¹p").as_deref(), Some("Việt Nam đẹp"));
        // Unicode Vietnamese, Latin-1 text that is not UTF-8, and UTF-8
        // that does not read as Vietnamese stay.
        for text in ["Việt Nam", "café Zürich, Ã la carte", "Ã©tÃ©", "plain ASCII"] {
            assert_eq!(read_back(text), None, "{text}");
        }
    }

    #[test]
    fn detects_only_what_is_certain() {
        assert_eq!(
            detect("Xin chµo c¸c b¹n").map(|(encoding, _)| encoding),
            Some(Encoding::Tcvn3)
        );
        // The motto of every official letter: two of its words are
        // Vietnamese in Unicode too (`Tù`, `phóc`), and `§éc` would be
        // without its `§`.
        assert_eq!(
            detect("§éc lËp - Tù do - H¹nh phóc"),
            Some((Encoding::Tcvn3, "Độc lập - Tự do - Hạnh phúc".to_owned()))
        );
        assert_eq!(
            detect("Toâi ñi hoïc").map(|(encoding, _)| encoding),
            Some(Encoding::Vni)
        );
        // VNI's marks are Latin-1 letters: after a plain vowel, in a word
        // that is no syllable, they are its signs too.
        assert_eq!(
            detect("Ruslan Malinovskiy ghi baøn thaéng duy nhaát cho Atalanta."),
            Some((
                Encoding::Vni,
                "Ruslan Malinovskiy ghi bàn thắng duy nhất cho Atalanta.".to_owned()
            ))
        );
        // Abbreviations without a vowel tell nothing; a slash parts words.
        assert_eq!(
            detect("PGS.TS. Ñinh Ñoaøn Long - Phoù Hieäu tröôûng Tröôøng ÑH Y Döôïc, ÑHQGHN."),
            Some((
                Encoding::Vni,
                "PGS.TS. Đinh Đoàn Long - Phó Hiệu trưởng Trường ĐH Y Dược, ĐHQGHN.".to_owned()
            ))
        );
        assert_eq!(
            detect("x¨ng E5 cã gi¸ b¸n tèi ®a lµ 17.806 ®ång/lÝt"),
            Some((
                Encoding::Tcvn3,
                "xăng E5 có giá bán tối đa là 17.806 đồng/lít".to_owned()
            ))
        );
        // Both encodings read two words; only TCVN3's are syllables (VNI's
        // `Tỉng` would end in `ng` after `i`).
        assert_eq!(detect("Tæng hîp"), Some((Encoding::Tcvn3, "Tổng hợp".to_owned())));
        assert_eq!(
            detect("To^i ddi ho.c, \"vui qua'\" – no'i vo+'i me.").map(|(encoding, _)| encoding),
            Some(Encoding::Viqr)
        );
        // ASCII with VIQR's other marks only (`'`, `.`, `dd`), or marks
        // that make no syllables.
        for text in [
            "Xin chao cac ban. Toi ddi hoc, ban ddi dau?",
            "O'Brien's café isn't open.",
            "a^2 + b^2 = c^2, e^x, f(x) = (a+b)^2",
            "Vui qua ^^ =)) :(( hihi ~~",
            "C++ and Ada(TM), Node.js",
        ] {
            assert_eq!(detect(text), None, "{text}");
        }
        for text in [
            "Tôi là ai",
            // Decomposed marks, which a URL keeps as written.
            "Xem http://a.vn/hoa\u{300}/hoa\u{300}/hoa\u{300}?a=0 nhé.",
            "Xin chào các bạn",
            "Hello, world",
            "Café à la crème brûlée",
            "Straße und Müller",
            "Año nuevo en España",
            "Giá 15 €, giảm 10%",
            // Syllables VNI would read as others tell nothing either way.
            "Hoà bình, khoá học, toà án, hoá đơn ở Muñoz và Ødegaard",
        ] {
            assert_eq!(detect(text), None, "{text}");
        }
    }

    #[test]
    fn a_short_field_fits_the_article_s_encoding() {
        assert!(fits("Tin töùc", Encoding::Vni));
        assert!(fits("Quang caûnh", Encoding::Vni));
        // `Hoà` and `phoá` are syllables in the modern style too.
        assert!(fits("Thaønh phoá Hoà Chí Minh", Encoding::Vni));
        assert!(detect("Tin töùc").is_none());
        assert!(fits("Le^ Anh", Encoding::Viqr));
        assert!(detect("Le^ Anh").is_none());
        assert!(fits("Ba'o ca'o", Encoding::Viqr));
        assert!(detect("Ba'o ca'o").is_none());
        for text in ["Hanoi.", "O'Brien", "Photo: Reuters", "Tin tức"] {
            assert!(!fits(text, Encoding::Viqr), "{text}");
        }
        for text in ["Tôi là ai", "Café", "Hello", "Tin tức"] {
            assert!(!fits(text, Encoding::Vni), "{text}");
        }
    }

    #[test]
    fn the_windows_1252_table_round_trips() {
        for (index, c) in CP1252_HIGH.iter().enumerate() {
            assert_eq!(cp1252_byte(*c), Some(0x80 + index as u8));
        }
    }
}
