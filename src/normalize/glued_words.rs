//! Words a scrape glued together (`trườnghợp`, `HuyệnCần`, `lựclượng`),
//! split back into their syllables — only where no other reading is
//! possible.
//!
//! A Vietnamese syllable has one run of vowels, so a word with two runs
//! (`lực|lượng`) cannot be one. It is split only when it can be cut into
//! syllables in exactly one way (`ruộng|ở` or `ruộn|gở`: left whole),
//! never inside a run of vowels (`vi|ệc`) nor between two syllables of
//! plain ASCII (`Vi|deo`), each spelled as Vietnamese spells (`trường|hợp`,
//! never `trườn|ghợp`); and only when it has a tone mark and a letter only
//! Vietnamese writes. French and Spanish names (`René`, `Léon`, `Pépé`)
//! read as Vietnamese syllables too, but have no such letter; loanwords
//! written whole (`nitơ`, `rơle`) have no tone.
//!
//! A small Vietnamese word glued to a name or number after it (`theoThông
//! tư`, `từIndonesia`, `doVincent`, `hơn40`, `ngày3/2`: a link or bold
//! name lost the space before it) is cut where its small letters end
//! ([`small_word_before`]).

use super::compose::is_vietnamese_syllable;
use super::letters::{Letter, MAX_SYLLABLE_LETTERS, Shape, Tone, letter, to_lower};
use super::typography::{begins_lookalike_degree, is_invisible};
use super::unicode::{is_combining_mark, nfc};

/// Words without marks that news glues to the name after them (`theoBộ`,
/// `doVincent`, `caCovid`). A list, because brands and units begin with
/// small letters on purpose (`iPhone`, `eKYC`, `mRNA`, `macOS`, `genZ`,
/// `kWh`) and a word without marks cannot be told from them.
const UNMARKED_WORDS_BEFORE_NAMES: [&str; 12] = [
    "anh", "ca", "cho", "do", "khi", "qua", "sang", "sau", "theo", "thi", "trong", "vua",
];

/// The length in bytes of the small word `word` begins with, when a name
/// or a number is glued to it: lower-case letters that make a Vietnamese
/// syllable with a mark (`từ`, `của`, `với`) or a word of
/// [`UNMARKED_WORDS_BEFORE_NAMES`], then a capital (`từIndonesia`,
/// `theoThông`, `doVincent`) or a digit (`hơn40`, `ngày3/2/2021`,
/// `số187/2004/NĐ-CP`), or syllables glued together, one with a mark
/// (`lựclượngCOVID-19`, `khoảnghơn5.000`), which the pass then cuts. A
/// word that is all glued syllables (`huyệnCần`, `tạiViệtNam`) is left to
/// [`syllables`], which cuts it whole. Brands and units without a mark
/// keep their digits (`realme8`, `km2`, `i7`). A sentence's first word,
/// capitalised, is cut before a number only (`Sau3 ngày`, `Từ2020`):
/// capitalised words run together are names and brands as often
/// (`ChoTot`, `AnhDuong`).
pub(crate) fn small_word_before(word: &str) -> Option<usize> {
    let capital = word
        .chars()
        .next()
        .filter(|c| c.is_uppercase())
        .map_or(0, char::len_utf8);
    let hump = capital + word[capital..].find(|c: char| !(c.is_lowercase() || is_combining_mark(c)))?;
    let (before, after) = word.split_at(hump);
    // After a word without marks, digits with letters after them are a
    // code or the keys of a typing method (`ca1o`: VNI's `cáo`), not a
    // number; but for a temperature's degree typed with a letter
    // (`theo0oC`), which the pass makes a degree sign.
    let code = || {
        let digits_end = after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len());
        let letters = &after[digits_end..];
        before.is_ascii()
            && digits_end > 0
            && letters.starts_with(char::is_alphabetic)
            && !begins_lookalike_degree(letters)
    };
    let glued = hump > capital
        && after.starts_with(|c: char| (c.is_uppercase() && capital == 0) || c.is_ascii_digit())
        && (is_small_word(before) || syllables(&nfc(before)).is_some())
        && !code();
    (glued && syllables(&nfc(word)).is_none()).then_some(hump)
}

/// Whether `word` is a small word news glues to a name or number: lower-case letters
/// that make a Vietnamese syllable with a mark, or a word of
/// [`UNMARKED_WORDS_BEFORE_NAMES`]; its first letter may be a capital,
/// as a sentence's first word's is (`Sau`, `Từ`).
pub(crate) fn is_small_word(word: &str) -> bool {
    let mut letters = word.chars();
    let lowered: String;
    let word = match letters.next() {
        Some(first) if first.is_uppercase() => {
            lowered = std::iter::once(to_lower(first)).chain(letters).collect();
            &lowered
        }
        _ => word,
    };
    if word.is_ascii() {
        UNMARKED_WORDS_BEFORE_NAMES.contains(&word)
    } else {
        is_marked_word(word)
    }
}

/// Whether `word` is lower-case letters that make a Vietnamese syllable
/// with a mark (`sẽ`, `ngày`, `về`): a word no code or number ends with.
/// A word longer than a syllable can be, decomposed, is not composed to
/// be judged: callers ask of every end of a run of letters, which would
/// then take time that grows with the square of the run's length.
pub(crate) fn is_marked_word(word: &str) -> bool {
    /// A letter, the mark of its shape and its tone mark, decomposed.
    const MAX_CHARS_A_LETTER: usize = 3;
    if word
        .chars()
        .nth(MAX_SYLLABLE_LETTERS * MAX_CHARS_A_LETTER)
        .is_some()
    {
        return false;
    }
    let word = nfc(word);
    !word.is_ascii() && word.chars().all(char::is_lowercase) && is_vietnamese_syllable(&word)
}

/// The length in bytes of the word a scrape glued to the end of a number
/// or code (`TT-BGDĐTsẽ`, `NĐ-CPngày`, `QĐ-TTgvề`, `Covid-19bùng`): the
/// longest end of its last small letters that is a word with a mark
/// ([`is_marked_word`]) right after a digit or a code of capitals (and
/// the small `g` of `TTg`), or all of them when they are syllables glued
/// together ([`syllables`]: `5.800tỷđồng`, which the pass then cuts); 0
/// when there is none. A capitalised word's small letters are its own
/// (`TT-Huế`, `BFI-Tiếng`).
pub(crate) fn marked_word_at_end(symbol: &str) -> usize {
    let small = symbol.len()
        - symbol
            .trim_end_matches(|c: char| c.is_lowercase() || is_combining_mark(c))
            .len();
    let run_start = symbol.len() - small;
    let run = &symbol[run_start..];
    if small > 0
        && !run.starts_with(is_combining_mark)
        && after_a_code(&symbol[..run_start], run)
        && syllables(&nfc(run)).is_some()
    {
        return small;
    }
    run.char_indices()
        .map(|(at, _)| run_start + at)
        .find(|&at| {
            let word = &symbol[at..];
            // `after_a_code` first: it reads a character or two before
            // `at`, where `is_marked_word` composes the whole end.
            !word.starts_with(is_combining_mark) && after_a_code(&symbol[..at], word) && is_marked_word(word)
        })
        .map_or(0, |at| symbol.len() - at)
}

/// Whether `before` ends with a digit or with a code, as it will read
/// (invisible characters gone): two capitals (ASCII or `Đ`, as codes are
/// written), or two capitals and one small
/// ASCII letter (`TTg`: never a word with a mark, so that what is left is
/// judged the same on the next pass). The last capital is no code's when it
/// begins a capitalised word with what follows it (`ÑViệt`).
fn after_a_code(before: &str, word: &str) -> bool {
    let mut last = before.chars().rev().filter(|&c| !is_invisible(c));
    // Codes are written in ASCII capitals and `Đ` (or the eth `Ð` typed
    // for it, which will read `Đ`: `TT-BGDÐTsẽ`).
    let is_capital = |c: Option<char>| c.is_some_and(|c| c.is_ascii_uppercase() || matches!(c, 'Đ' | 'Ð'));
    // Whether the code's last letters and the word read as one word.
    let one_word = |letters: String| is_vietnamese_syllable(&nfc(&(letters + word)));
    match last.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(small) if small.is_ascii_lowercase() => match (last.next(), last.next()) {
            (Some(capital), before) if is_capital(Some(capital)) && is_capital(before) => {
                !one_word(format!("{capital}{small}"))
            }
            _ => false,
        },
        Some(capital) if is_capital(Some(capital)) => {
            is_capital(last.next()) && !one_word(capital.to_string())
        }
        _ => false,
    }
}

/// The syllables `word` (composed letters only) is made of, when it is
/// glued syllables that split one way only.
pub(crate) fn syllables(word: &str) -> Option<Vec<&str>> {
    // Most words the pass asks about are one syllable, or not letters:
    // told apart before anything is allocated. (The pass's reader counts
    // runs as it reads, to ask only about words with two; it did not read
    // those it had to compose first.)
    if vowel_runs(word.chars().map(letter)) < 2 {
        return None;
    }
    let letters: Vec<(usize, Letter)> = word
        .char_indices()
        .map(|(at, c)| letter(c).map(|letter| (at, letter)))
        .collect::<Option<_>>()?;
    let any = |test: fn(&Letter) -> bool| letters.iter().any(|(_, letter)| test(letter));
    if !any(only_vietnamese) || !any(|letter| letter.tone.is_some()) {
        return None;
    }
    let byte_at = |index: usize| letters.get(index).map_or(word.len(), |(at, _)| *at);
    // ways[i][plain]: in how many ways (none, one, or more: 0, 1, 2) the
    // first i letters cut into syllables whose last one is (or is not)
    // plain ASCII, and where that last syllable of the one way begins and
    // whether the syllable before it is plain.
    let mut ways = vec![[Way::default(); 2]; letters.len() + 1];
    ways[0][0].count = 1;
    for end in 1..=letters.len() {
        for start in end.saturating_sub(MAX_SYLLABLE_LETTERS)..end {
            let text = &word[byte_at(start)..byte_at(end)];
            if cuts_vowels(&letters, start) || !is_syllable(text, &letters[start..end]) {
                continue;
            }
            let plain = text.is_ascii();
            for before_plain in [false, true] {
                let count = ways[start][usize::from(before_plain)].count;
                // Two plain syllables are never cut apart: `Vi|deo`, `Ha|di`
                // are English and Indonesian, not Vietnamese.
                if count == 0 || (start > 0 && plain && before_plain) {
                    continue;
                }
                let way = &mut ways[end][usize::from(plain)];
                *way = Way {
                    count: (way.count + count).min(2),
                    start,
                    before_plain,
                };
            }
        }
    }
    let [mixed, plain] = ways[letters.len()];
    if mixed.count + plain.count != 1 {
        return None;
    }
    let mut parts = Vec::new();
    let (mut end, mut way) = (letters.len(), if mixed.count == 1 { mixed } else { plain });
    while end > 0 {
        parts.push(&word[byte_at(way.start)..byte_at(end)]);
        end = way.start;
        way = ways[end][usize::from(way.before_plain)];
    }
    parts.reverse();
    Some(parts)
}

/// One step of [`syllables`]' count of the ways to cut a word.
#[derive(Clone, Copy, Default)]
struct Way {
    count: u8,
    start: usize,
    before_plain: bool,
}

/// How many runs of vowels the letters have (the vowel letter of `gi` and
/// `qu` runs on into the vowels after it: `giữa`, `quốc` have one).
/// Anything but a letter ends the count at none.
fn vowel_runs(letters: impl Iterator<Item = Option<Letter>>) -> usize {
    let mut runs = 0;
    let mut in_run = false;
    for letter in letters {
        let Some(letter) = letter else {
            return 0;
        };
        let vowel = letter.is_vowel();
        if vowel && !in_run {
            runs += 1;
        }
        in_run = vowel;
    }
    runs
}

/// Whether a cut before the letter at `at` falls inside a run of vowels
/// (`vi|ệc`): glued syllables are cut where consonants meet.
fn cuts_vowels(letters: &[(usize, Letter)], at: usize) -> bool {
    at > 0 && letters[at - 1].1.is_vowel() && letters[at].1.is_vowel()
}

/// A letter French, Spanish or Portuguese names do not write: ă, ơ, ư, đ,
/// a dot below or a hook above, a circumflex letter with a tone, a tilde
/// on e, i, u or y.
fn only_vietnamese(letter: &Letter) -> bool {
    matches!(letter.shape, Shape::Breve | Shape::Horn)
        || letter.base == 'đ'
        || matches!(letter.tone, Some(Tone::Dot | Tone::Hook))
        || (letter.shape == Shape::Circumflex && letter.tone.is_some())
        || (letter.tone == Some(Tone::Tilde) && matches!(letter.base, 'e' | 'i' | 'u' | 'y'))
}

/// A syllable as written, spelled as Vietnamese spells it: `k`, `gh` and
/// `ngh` before e, ê, i (and `ky`); `c`, `g` and `ng` never there.
fn is_syllable(text: &str, letters: &[(usize, Letter)]) -> bool {
    let base = |index: usize| letters.get(index).map(|(_, letter)| letter.base);
    let front = |base: Option<char>| matches!(base, Some('e' | 'i'));
    let spelled = match (base(0), base(1), base(2)) {
        (Some('n'), Some('g'), Some('h')) => front(base(3)),
        (Some('n'), Some('g'), next) => !front(next),
        (Some('g'), Some('h'), next) => front(next),
        (Some('g'), Some('i'), _) => true,
        (Some('g'), next, _) => !front(next),
        (Some('k'), Some('h'), _) | (Some('c'), Some('h'), _) => true,
        (Some('k'), next, _) => front(next) || next == Some('y'),
        (Some('c'), next, _) => !front(next) && next != Some('y'),
        _ => true,
    };
    spelled && is_vietnamese_syllable(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_syllables_split_where_only_one_cut_reads() {
        for (word, parts) in [
            ("việctrước", vec!["việc", "trước"]),
            ("HuyệnCần", vec!["Huyện", "Cần"]),
            ("lựclượng", vec!["lực", "lượng"]),
            ("trườnghợp", vec!["trường", "hợp"]),
            ("huyệnnắm", vec!["huyện", "nắm"]),
            ("đãsẵn", vec!["đã", "sẵn"]),
            ("máuvàbạch", vec!["máu", "và", "bạch"]),
            ("VIỆTNAM", vec!["VIỆT", "NAM"]),
            ("ởđâu", vec!["ở", "đâu"]),
            ("ThủyTheo", vec!["Thủy", "Theo"]),
        ] {
            assert_eq!(syllables(word), Some(parts), "{word}");
        }
    }

    #[test]
    fn other_words_stay_whole() {
        for word in [
            "người", // one syllable
            "tòan",  // one syllable, its mark misplaced
            "giữa",  // `gi` begins it
            "quốc",  // `qu` begins it
            "René",  // French: no letter only Vietnamese writes
            "Pépé",
            "Léon",
            "làchuyên", // the same: à and ê are French letters too
            "cảnhân",   // cả|nhân or cản|hân
            "nghịtập",  // nghị|tập or nghịt|ập
            "iPhone",   // not Vietnamese
            "củaSHB",   // SHB is no syllable
            "Zürich",   // ü is not a Vietnamese letter
            "Pokémon",
            "ruộngở",    // ruộng|ở or ruộn|gở
            "ởmức",      // ở|mức or ởm|ức
            "nitơ",      // a loanword: no tone mark
            "ThủyVideo", // never Vi|deo
            "tướngHadi", // never Ha|di
            "Hopegiống", // never Ho|pe
        ] {
            assert_eq!(syllables(word), None, "{word}");
        }
    }

    #[test]
    fn small_words_glued_to_names_and_numbers_end_where_those_begin() {
        for (word, small) in [
            ("theoThông", "theo"),
            ("từIndonesia", "từ"),
            ("doVincent", "do"),
            ("vớiSARS", "với"),
            ("bàUrsula", "bà"),
            ("ởChernobyl", "ở"),
            ("tư\u{300}Indonesia", "tư\u{300}"),
            ("hơn40", "hơn"),
            ("ngày3/2/2021", "ngày"),
            ("số187/2004/NĐ-CP", "số"),
            ("trong2", "trong"),
            // A sentence's first word, before a number.
            ("Sau3", "Sau"),
            ("Từ2020", "Từ"),
            ("Điều40", "Điều"),
            // A temperature, its degree typed with a letter.
            ("theo0oC", "theo"),
            ("khoảng36ºF", "khoảng"),
        ] {
            assert_eq!(small_word_before(word), Some(small.len()), "{word}");
        }
        // Digits with letters after them are a code, or typed keys.
        for word in ["ca1o", "theo4oCT", "do2oD"] {
            assert_eq!(small_word_before(word), None, "{word}");
        }
    }

    #[test]
    fn words_glued_after_codes_and_numbers_end_them() {
        for (symbol, word) in [
            ("10/2021/TT-BGDĐTsẽ", "sẽ"),
            ("204/2004/NĐ-CPngày", "ngày"),
            ("QĐ-TTgvề", "về"),
            ("Covid-19bùng", "bùng"),
            ("2020của", "của"),
            ("NĐ-CP", ""),
            ("5kg", ""), // a unit: no mark
            ("QĐ-TTg", ""),
            ("50μm", ""),
            ("TT-Huế", ""), // a capitalised word's letters
            ("BFI-Tiếng", ""),
            ("A84-Bộ", ""),
            ("5.800tỷđồng", "tỷđồng"), // glued syllables, cut by `syllables`
            ("20triệuđồng", "triệuđồng"),
            ("NĐ-CPquyđịnh", "quyđịnh"),
            ("5.800xđồng", ""), // `đồng` after a small `x`: no syllables
            ("NĐ-CPưthủy", ""), // `ư` would be a word of its own next time
            ("xyz-ÑViệt", ""),  // `Việt` is a word: `V` no code's
            ("ĐTchỉ", "chỉ"),
            ("TT-BGDÐTsẽ", "sẽ"), // the eth typed for `Đ`
            ("NĐ-CP\u{200b}ngày", "ngày"),
        ] {
            assert_eq!(marked_word_at_end(symbol), word.len(), "{symbol}");
        }
    }

    #[test]
    fn brands_and_units_keep_their_small_letters() {
        for word in [
            "iPhone",
            "eKYC",
            "mRNA",
            "mARN",
            "macOS",
            "genZ",
            "kWh",
            "mAh",
            "xDrive",
            "microSD",
            "freeBuds",
            "virusSARS", // not a Vietnamese word
            "Covid",     // a capital first
            "theo",      // no name after it
            "thông",
            "theo-Bộ",
            "huyệnCần", // glued syllables, cut by `syllables`
            "realme8",  // no mark: a brand's number
            "km2",
            "i7",
            "sởcó3",  // glued syllables: no small word
            "ChoTot", // capitalised before a capital: a name or brand
            "TheoQuang",
            "Ca1o", // a code, or VNI's keys
            "Bo65",
        ] {
            assert_eq!(small_word_before(word), None, "{word}");
        }
    }
}
