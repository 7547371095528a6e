//! Typography: spaces where Vietnamese typesetting puts them, invisible
//! characters removed; quotes paired ([`quotes`]) — and the tokens nothing
//! may touch ([`protected`]).

mod protected;
mod quotes;

use std::borrow::Cow;

use super::compose::{as_it_will_read, is_spacing_tone};
use super::glued_words;
use super::letters::{letter, to_lower};
use super::unicode::is_combining_mark;

pub(crate) use protected::{
    begins_lookalike_degree, degree_lookalikes, is_address, places_of, protected_spans, spaced_degree_unit,
    urls,
};
use protected::{is_label, is_number_or_symbol, joins_symbol, scheme_start};
pub(crate) use quotes::{
    Found, Quote, Role, is_any_quote, is_double_quote, pair_curly_quotes, pair_quotes, pair_single_quotes,
};

/// Characters that show nothing and only get in the way: zero-width space,
/// word joiner, byte-order mark, the direction marks and embeddings (a
/// Vietnamese text is left to right throughout), and the control
/// characters that are not whitespace (a scrape's backspace, `\u{8}`, or
/// NUL: HTML shows them as nothing or as a box). Zero-width joiners stay:
/// emoji sequences need them.
// Inlined: called for every character that may begin a gap.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    match c {
        // Control characters, but the whitespace among them (tab, line
        // feed… and U+0085).
        '\0'..='\u{7f}' => is_invisible_ascii(c as u8),
        '\u{80}'..='\u{9f}' => c != '\u{85}',
        _ => {
            matches!(
                c,
                '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
            ) || ('\u{202A}'..='\u{202E}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        }
    }
}

/// Whether `byte` is an ASCII character that [`is_invisible`] takes out:
/// a control character other than whitespace (`\u{8}`). Asked of bytes,
/// without decoding, where most are letters.
pub(super) fn is_invisible_ascii(byte: u8) -> bool {
    matches!(byte, 0x00..=0x08 | 0x0E..=0x1F | 0x7F)
}

/// The space characters whose runs collapse into one space. Other spaces
/// (no-break space, thin spaces) are typed on purpose and stay, but for a
/// no-break space's repeats and those at a line's edge (see
/// `pass::is_stray_no_break_space`).
pub(crate) fn is_collapsible_space(c: char) -> bool {
    matches!(c, ' ' | '\t')
}

/// What a run of spaces and tabs becomes, given the text before it,
/// the text after it, and whether it sits just inside a pair of quotes:
/// nothing at the start or end of a line or text, after `(`, after an
/// opening quote or before a closing one, beside another space (a
/// no-break space stays), and before `, . ; : ! ? )` or `…`
/// that ends a phrase (a space, the end or more closing punctuation follows
/// it: not `.NET` or `,5`), between a number and its `%`, and between a
/// number's degree sign and its unit (`35° C`), beside a range's hyphen
/// spaced on one side only (`8 -10`: see [`loose_range`]); otherwise one
/// space. `text_before` is the text before the run. An emoticon is not
/// punctuation: the spaces beside `:)`, `:))`, `;)` and after `:(` stay.
pub(crate) fn space_run(text_before: &str, after: &str, inside_quotes: bool) -> &'static str {
    let before = text_before.chars().next_back();
    let at_line_edge = |c: Option<char>| matches!(c, None | Some('\n' | '\r'));
    let next = after.chars().next();
    let is_punctuation = |c: char| matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '…');
    // Invisible characters after the punctuation are about to go; a run of
    // it is read to its end (`. ..Tôi` does not end a phrase: the space
    // stays, and the dots are not joined into an ellipsis glued to a word).
    let ends_phrase = next.is_some_and(is_punctuation) && {
        let run_len = after
            .find(|c| !is_invisible(c) && !is_punctuation(c))
            .unwrap_or(after.len());
        let (run, rest) = after.split_at(run_len);
        // Nor does `),hòa`, `)và` or `)- ông`: the comma after a closing
        // bracket, or the bracket, gets its space (see [`missing_space`]
        // and [`closing_bracket_lacks_space`]).
        let spaced_after_bracket = run.rfind(')').is_some_and(|bracket| {
            let mut chars = after[bracket + 1..].trim_start_matches(is_invisible).chars();
            match chars.next() {
                Some(c) if c.is_alphabetic() => true,
                Some(_) if begins_spaced_dash(&after[bracket + 1..]) => true,
                Some(mark) => missing_space(")", mark, chars.as_str(), true).is_some(),
                None => false,
            }
        });
        let before_space = rest
            .chars()
            .next()
            // (A straight single quote may close a pair: `'hòa .'`.)
            .is_none_or(|c| c.is_whitespace() || is_any_quote(c) || matches!(c, '\'' | '»' | ']'))
            // A leaked `&nbsp` is the space it stands for (`2007 .&nbsp`).
            || super::leaked_nbsp_len(rest) > 0;
        !begins_with_face(after) && (before_space || spaced_after_bracket)
    };
    // A per cent sign belongs to its number (`80 %` → `80%`, `80 %),`,
    // `7 %/năm`) when the run of letters, digits and joiners that a number
    // is read from ends with it, its unit or the `, . :` after them, read
    // past the invisible characters about to go, or when this pass puts a
    // space after the mark that follows its unit (`7 %/năm.Sau`): then
    // the run is judged alike with the space and without it. A unit is
    // read whole, as it will read: capitals too, as the glued words this
    // pass may split in it (`%/nămSau`) or its glued syllables
    // (`%/iệpệ`), and the tone marks it composes (`%/hoaˋ`), or when this
    // pass puts a space between it and a small word glued after it
    // (`80 %hòa`: see [`per_cent_lacks_space`]). Not
    // before a capital or symbol glued after it (`80 %Hòa`, `80 %-HĐ/TW`).
    let percent = before.is_some_and(|c| c.is_ascii_digit())
        && after.strip_prefix('%').is_some_and(|after_sign| {
            let in_unit =
                |c: char| c.is_alphabetic() || is_combining_mark(c) || is_spacing_tone(c) || is_invisible(c);
            let rest = after_sign.trim_start_matches(is_invisible);
            let (unit, rest) = match rest.strip_prefix('/') {
                Some(unit) => {
                    let rest = unit.trim_start_matches(in_unit);
                    (&unit[..unit.len() - rest.len()], rest)
                }
                None => ("", rest),
            };
            // Marks and glued words are set apart by this pass only outside
            // the spans it protects (`%/ABC:hòa`, `%/fOU:t` are symbols),
            // read in the chunk the sign begins.
            let chunk = &after[..after.find(char::is_whitespace).unwrap_or(after.len())];
            let unprotected = |at: usize| !protected_spans(chunk).iter().any(|span| span.contains(&at));
            // A capital after a small letter: a word glued on, which ends
            // the unit once set apart (`%/óH/` is `%/ó H/`).
            let unit_at = after.len() - rest.len() - unit.len();
            let mut small_before = false;
            let glued_at = unit
                .char_indices()
                .filter(|(_, c)| c.is_alphabetic())
                .find_map(|(at, c)| {
                    let capital_after_small = small_before && !is_lower(c);
                    small_before = is_lower(c);
                    capital_after_small.then_some(unit_at + at)
                });
            // So is a span the pass protects that begins at the capital,
            // or at invisible characters before it (`%/ệFtp://`,
            // `%/i\u{200B}Ftp://`): the word before it is cut off.
            let glued_word = glued_at.is_some_and(|at| {
                unprotected(at)
                    || (protected_spans(chunk).iter())
                        .any(|span| span.start <= at && chunk[span.start..at].chars().all(is_invisible))
            });
            // A mark this pass spaces after the unit: the last of a run of
            // the marks read past below (`%/B...Ô`: the ellipsis gets its
            // space after its last dot), or any other mark.
            let marks_len = rest
                .find(|c: char| !is_invisible(c) && !matches!(c, ',' | '.' | ':'))
                .unwrap_or(rest.len());
            let last_mark = rest[..marks_len]
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_invisible(c))
                .or_else(|| rest.chars().next().map(|c| (0, c)));
            let spaced_mark = last_mark.is_some_and(|(at, mark)| {
                let mark_at = after.len() - rest.len() + at;
                missing_space(
                    &after[..mark_at],
                    mark,
                    &after[mark_at + mark.len_utf8()..],
                    false,
                )
                .is_some()
                    && unprotected(mark_at)
            });
            // Syllables glued together, which this pass sets apart
            // (`%/iệpệ` is `%/iệp ệ`), or a word with a mark glued after
            // capitals, which it cuts off as it does after a code
            // (`%/BBiệ` is `%/BBi ệ`): the unit ends before them.
            let glued_syllables = || {
                let visible: String = unit.chars().filter(|&c| !is_invisible(c)).collect();
                let word_len = glued_words::marked_word_at_end(unit);
                (unprotected(unit_at) && glued_words::syllables(&as_it_will_read(&visible)).is_some())
                    || (word_len > 0 && unprotected(unit_at + unit.len() - word_len))
            };
            spaced_mark
                || glued_word
                || (!unit.is_empty() && glued_syllables())
                || begins_small_word(after_sign)
                || rest
                    .chars()
                    .find(|&c| !is_invisible(c) && !matches!(c, ',' | '.' | ':'))
                    .is_none_or(|c| !joins_symbol(c))
        });
    // A colon spaced between two numbers is a ratio or a score (`tỷ số
    // 3 : 1`): its spaces stay, as `3: 1` reads as neither.
    let ratio = before.is_some_and(|c| c.is_ascii_digit())
        && after.strip_prefix(':').is_some_and(|rest| {
            let number = rest.trim_start_matches(' ');
            number.len() < rest.len() && number.starts_with(|c: char| c.is_ascii_digit())
        });
    // A degree's unit belongs to its sign (`5° C`, `5 ° C` → `5°C`,
    // `5 °C`): the sign after a number standing alone, the unit a word of
    // its own.
    let degree_unit = matches!(before, Some('°' | '˚'))
        && matches!(next, Some('C' | 'F'))
        && !after[1..].starts_with(|c: char| super::letters::is_alphanumeric(c) || is_combining_mark(c))
        && {
            let sign_at = text_before.len() - before.map_or(0, char::len_utf8);
            let number =
                text_before[..sign_at].trim_end_matches(|c: char| c.is_whitespace() || is_invisible(c));
            let number_start =
                number.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
            number.ends_with(|c: char| c.is_ascii_digit())
                && last_visible(number_start).is_none_or(|c| !super::letters::is_alphanumeric(c))
        };
    let range = (next == Some('-') || before == Some('-')) && loose_range(text_before, after);
    // A no-break or other fixed space beside the run is the one space the
    // words need (`Hà Nội&nbsp; ngày`).
    let fixed_space = |c: Option<char>| c.is_some_and(char::is_whitespace);
    if inside_quotes
        || fixed_space(before)
        || fixed_space(next)
        || at_line_edge(before)
        || at_line_edge(next)
        || before == Some('(') && !ends_with_frown(text_before)
        || ends_phrase && !ratio
        || percent
        || degree_unit
        || range
    {
        ""
    } else {
        " "
    }
}

/// Whether a run of spaces between `text_before` and `after` is the one
/// space of a range of numbers typed with a hyphen spaced on one side only
/// (`8 -10`, `2011- 2016`, `1.400 -1.800 tỷ`, `20/5/2007- 20/5/2017`): the
/// space goes, as news writes ranges closed up (`18-20 triệu`: four times
/// in five in the corpora). The first number stands alone, after a space,
/// a bracket or a quote (glued to a closing one, it is about to be spaced
/// from it: `hòa”1.800- 2.000`, so a second reading decides as the first
/// did), or will once the pass cuts off a small word glued before it
/// (`từ5 -7`): after a word
/// the hyphen is a minus (`xuống -15`), after a code part of it
/// (`Covid-19 -20`); and a number at a line's start before `- ` numbers a
/// list (`1- 2 quả trứng`). A dash, spaced in Vietnamese news, is left as
/// typed.
fn loose_range(text_before: &str, after: &str) -> bool {
    let is_numeral = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '/') || is_invisible(c);
    let (number, second, lists) = match after.strip_prefix('-') {
        Some(second) => (text_before, second, false),
        None => match text_before.strip_suffix('-') {
            Some(number) => (number, after, true),
            None => return false,
        },
    };
    let number = number.trim_end_matches(is_invisible);
    let mut start = number.trim_end_matches(is_numeral);
    // A comma glued after a word is the word's, not a decimal one, and a
    // semicolon after a word or a space, or a colon after a label, is no
    // numeral: each gets its space after it (`hòa,1.800 -2.000`,
    // `hòa;1.800 -2.000`, `hòa ;1.800 -2.000` and `hòa:1.800 -2.000` read
    // as `hòa, 1.800 -2.000` does).
    // (`hòa<ZWSP>,1.800` too: the invisible character is about to go.)
    let from_comma = number[start.len()..].trim_start_matches(is_invisible);
    let comma_after_word = start.ends_with(char::is_alphabetic) && from_comma.starts_with(',');
    if comma_after_word {
        start = &number[..number.len() - from_comma.len() + 1];
    }
    let spaced_after_mark = comma_after_word
        || (start.strip_suffix(';'))
            .and_then(last_as_read)
            .is_some_and(|c| c.is_alphabetic() || c.is_whitespace())
        || (start.strip_suffix(':')).is_some_and(|label| number_after_word(label, ':'))
        // An ellipsis typed after a space and glued to the number gets its
        // space after it (`hòa …1.800- 2.000` reads as `hòa… 1.800- 2.000`).
        || (start.strip_suffix('…').or_else(|| start.strip_suffix("...")))
            .and_then(last_as_read)
            .is_some_and(char::is_whitespace);
    let first_digit = first_visible(&number[start.len()..]);
    // Asked last: reading the word before the number takes longest.
    let stands_alone = || match last_as_read(start) {
        None | Some('\n' | '\r') => !lists,
        Some(c) => {
            c.is_whitespace()
                || spaced_after_mark
                || matches!(c, '(' | '[')
                || is_any_quote(c)
                || protected::small_word_glued_before(start, &number[start.len()..])
        }
    };
    number.ends_with(|c: char| c.is_ascii_digit())
        && first_digit.is_some_and(|c| c.is_ascii_digit())
        && first_visible(second).is_some_and(|c| c.is_ascii_digit())
        && stands_alone()
}

/// Whether `text` begins with an emoticon (invisible characters among it
/// about to go): eyes, perhaps a nose, a mouth: `:)`, `:))`, `;)`,
/// `:-(`, `;'(`.
fn begins_with_face(text: &str) -> bool {
    let mut visible = text.chars().filter(|&c| !is_invisible(c)).peekable();
    if !visible.next().is_some_and(|eyes| matches!(eyes, ':' | ';')) {
        return false;
    }
    // The nose is not always drawn.
    visible.next_if(|&nose| matches!(nose, '-' | '\''));
    visible.next().is_some_and(|mouth| matches!(mouth, ')' | '('))
}

/// Whether `text` ends with a frowning emoticon (`buồn :(`, `:-(`, `;((`,
/// `=(`), read as it will read (invisible characters about to go): its
/// bracket opens nothing. Eyes glued after a word's letter (`gồm:( a)`,
/// the word's marks about to be composed onto it) are punctuation.
fn ends_with_frown(text: &str) -> bool {
    let face = text.trim_end_matches(|c| c == '(' || is_invisible(c));
    let face = face
        .strip_suffix(['-', '\''])
        .unwrap_or(face)
        .trim_end_matches(is_invisible);
    // The semicolon of a leaked `&nbsp;` is no eye (`&nbsp;( Hà`): the
    // space it stands for is about to go, and `(` begins the text.
    if leaked_nbsp_len_at_end(face) > 0 {
        return false;
    }
    face.strip_suffix([':', ';', '=']).is_some_and(|before| {
        last_as_read(before)
            .is_none_or(|c| !(c.is_alphanumeric() || is_combining_mark(c) || is_spacing_tone(c)))
    })
}

/// `, `, `; `, `. `, `… ` or `... ` when a run of spaces after a word and
/// before that mark, glued to the next word (`2020 ,anh`, `Cường ...Chủ`,
/// `cơ thể .Vì vậy`), was typed on the wrong side of it; it replaces the
/// run and the mark, whose length as typed comes with it (the three dots
/// of `... ` may have invisible characters between them, about to go).
/// Not a comma before a digit (`3 ,5` may be a number's own comma, and
/// `dân ,15` a number that lost its first digits), nor after other
/// punctuation (`2021, ,Phong`) or at a line's start; a full
/// stop only before a sentence's first word that only Vietnamese writes
/// ([`begins_vietnamese_sentence`]): `.zip`, `.Net` and `.VN` are a
/// file's or a domain's ending. After a closing quote or bracket
/// (`after_closing` says, asked only then: `“…làm” .Xem`), where no name or
/// domain goes on, before any capitalised word.
pub(crate) fn misplaced_mark(
    before: Option<char>,
    after: &str,
    after_closing: impl FnOnce() -> bool,
) -> Option<(&'static str, usize)> {
    // A sentence's mark goes back only before a sentence's first word
    // that only Vietnamese writes, or, after a closing quote or bracket,
    // any capitalised word.
    let sentence_after = |mark: &'static str| {
        let rest = &after[1..];
        (begins_vietnamese_sentence(rest) || (begins_capitalised_word(rest) && after_closing()))
            .then_some((mark, 1))
    };
    // Every gap asks: most are told apart by the byte after them.
    let (mark, typed_len) = match after.as_bytes().first()? {
        b',' => (", ", 1),
        b';' => ("; ", 1),
        b'.' => match three_dots_len(after) {
            Some(len) => ("... ", len),
            None => sentence_after(". ")?,
        },
        0xE2 if after.starts_with('…') => ("… ", '…'.len_utf8()),
        // A question or an exclamation ends as a full stop does (`Câu hỏi
        // ?Trả lời`); a run of them (`???Anh`) is left as typed.
        b'?' if !after[1..].starts_with(['?', '!']) => sentence_after("? ")?,
        b'!' if !after[1..].starts_with(['?', '!']) => sentence_after("! ")?,
        _ => return None,
    };
    let after_word = before.is_some_and(|c| {
        !c.is_whitespace() && !matches!(c, ',' | ';' | '.' | ':' | '!' | '?' | '…' | '(' | '[' | '{')
    });
    if !after_word {
        return None;
    }
    // Invisible characters after the mark are about to go.
    first_visible(&after[typed_len..])
        // A number may begin with a comma's digits (`dân ,15` in a table
        // that lost the digits before them), never a semicolon's or an
        // ellipsis's.
        .is_some_and(|c| c.is_alphabetic() || (mark != ", " && c.is_ascii_digit()))
        .then_some((mark, typed_len))
}

/// Words without marks that news often begins a sentence with, which no
/// file, domain or code ends with (`.Net`, `.Docx` do). A list, because a
/// capitalised word without marks cannot otherwise be told from a name or
/// a brand.
const UNMARKED_SENTENCE_STARTS: [&str; 10] = [
    "cho", "do", "hai", "khi", "qua", "sau", "theo", "trong", "tuy", "xem",
];

/// Whether `text` begins with a capitalised Vietnamese syllable with a
/// mark (`Vì`, `Đây`, `Các`) or a capitalised word of
/// [`UNMARKED_SENTENCE_STARTS`] (`Theo`, `Sau`), read past the invisible
/// characters about to go and as it will read: `Ðại` is `Đại`, and the
/// syllable may be glued to more (`Việthòa`, `Việtthủy"`), which the pass
/// may cut off.
fn begins_vietnamese_sentence(text: &str) -> bool {
    /// The most letters a syllable has (`nghiêng`).
    const MAX_SYLLABLE_LEN: usize = 7;
    // Most texts after a dot are told by their first letter (`1.800`, `.vn`).
    if !first_visible(text).is_some_and(|first| first.is_alphabetic() && !is_lower(first)) {
        return false;
    }
    let end = text
        .find(|c| !is_word_part(c) && !is_invisible(c))
        .unwrap_or(text.len());
    let word = &text[..end];
    // (Copied only when invisible characters are to be taken out.)
    let visible: Cow<'_, str> = if word.contains(is_invisible) {
        Cow::Owned(word.chars().filter(|c| !is_invisible(*c)).collect())
    } else {
        Cow::Borrowed(word)
    };
    // A URL glued after it (`Việthttps://…`, `Việthttp<U+0000>://…`,
    // `Việthttp:<U+0000>//…`) is no part of the word, which the pass reads
    // and repairs alone.
    let visible = if (text[end..].chars().filter(|c| !is_invisible(*c)).take(3)).eq("://".chars()) {
        &visible[..scheme_start(&visible, visible.len())]
    } else {
        &visible
    };
    let word = as_it_will_read(visible);
    let mut chars = word.chars();
    let Some(first) = chars
        .next()
        .filter(|&first| first.is_alphabetic() && !is_lower(first))
    else {
        return false;
    };
    let mut syllable = to_lower(first).to_string();
    let rest = chars.as_str();
    if UNMARKED_SENTENCE_STARTS
        .iter()
        .any(|start| start.strip_prefix(syllable.as_str()) == Some(rest))
    {
        return true;
    }
    for c in chars.take(MAX_SYLLABLE_LEN - 1) {
        if glued_words::is_marked_word(&syllable) {
            return true;
        }
        syllable.push(c);
    }
    glued_words::is_marked_word(&syllable)
}

/// Whether `text` begins with a capitalised word (`Xem`, not `NET`),
/// read past the invisible characters about to go.
fn begins_capitalised_word(text: &str) -> bool {
    let mut letters = text.chars().filter(|&c| !is_invisible(c));
    letters
        .next()
        .is_some_and(|first| first.is_alphabetic() && is_capitalised(first, letters))
}

/// The length of the three dots `text` begins with, invisible characters
/// between them (about to go) counted in; `None` unless there are three.
fn three_dots_len(text: &str) -> Option<usize> {
    let mut dots = 0;
    for (at, c) in text.char_indices() {
        match c {
            '.' if dots == 2 => return Some(at + 1),
            '.' => dots += 1,
            c if is_invisible(c) => {}
            _ => return None,
        }
    }
    None
}

/// `. `, `, ` … where a scrape glued a phrase or sentence to the next
/// (`trời lạnh.Sáng nay`, `nhau,có`, `(Ảnh:Getty)`): the mark, between the
/// word that `before` ends with and the word `after` begins with, and the
/// space it lacks. Only where no abbreviation, domain, scheme or number
/// can be:
/// - `,`, `;` and an ellipsis (`…` or `...`) between two letters (not
///   `3,5`);
/// - `:` unless the word before is lower-case ASCII, as schemes and
///   prefixes are (`mailto:`, `xmlns:`; and so `nhau:trời` is left);
/// - `.`, `!` and `?` after a word of two letters or more with a vowel
///   that ends lower-case (not `Tp.`, `TP.`, `Mr.`, `b.`), before a
///   capitalised word (not `HCM`, `com`), where no domain can be
///   (`Zing.Vn`, `Dantri.Com.Vn`: see [`joins_domain`]).
///
/// After a closing quote or bracket (`after_closing`: `”.Sau`, `),còn`)
/// or a per cent sign (`80%,còn`, `tăng 5%.Đây`) no abbreviation,
/// domain or number goes on: `, ; : …` before a word and `. ! ?` before a
/// capitalised one lack their space.
///
/// Words are judged as they will read: invisible characters (about to go)
/// are read past, and so are the combining marks and spacing tone marks
/// of a word (about to be composed).
pub(crate) fn missing_space(
    before: &str,
    mark: char,
    after: &str,
    after_closing: bool,
) -> Option<&'static str> {
    let spaced = match mark {
        ',' => ", ",
        ';' => "; ",
        ':' => ": ",
        '.' => ". ",
        '!' => "! ",
        '?' => "? ",
        '…' => "… ",
        _ => return None,
    };
    // Most marks are followed by a space: the word after is read first,
    // and a space or the end is told by its first byte.
    if after.as_bytes().first().is_none_or(|&byte| byte == b' ') {
        return None;
    }
    // A combining mark right after the mark has no letter to go on; nor
    // does another mark (`???`: each of a run is read once, not its run
    // before it).
    let mut word_after = after.chars().filter(|c| !is_invisible(*c));
    let first = word_after.next()?;
    if !first.is_alphabetic() && !first.is_ascii_digit() {
        return None;
    }
    // The last dot of an ellipsis typed as three (`rồi...Tôi`) is read as
    // `…`: the word before ends before the first.
    let (mark, before) = match two_dots_before(before) {
        Some(word_end) if mark == '.' => ('…', &before[..word_end]),
        // A run of `?` and `!` ends its sentence as one mark (`gì?!Tại`),
        // invisible characters between (about to go) read past.
        _ if matches!(mark, '!' | '?') => (
            mark,
            before.trim_end_matches(|c| matches!(c, '?' | '!') || is_invisible(c)),
        ),
        _ => (mark, before),
    };
    if first.is_ascii_digit() {
        return number_after_word(before, mark).then_some(spaced);
    }
    let word_after = word_after.filter(|c| !is_combining_mark(*c) && !is_spacing_tone(*c));
    if after_closing || ends_with_per_cent(before) {
        let glued = !matches!(mark, '.' | '!' | '?') || is_capitalised(first, word_after);
        return glued.then_some(spaced);
    }
    // After a leaked `&nbsp`, read as a space, the mark is glued to no
    // word (`, &nbsp,hòa`: its letters are no word).
    if last_as_read(before).is_some_and(char::is_whitespace) {
        return None;
    }
    // The word before as written, with the marks and invisible characters
    // that composition and typography are about to fold into it or drop.
    let word_before = || {
        before.chars().rev().take_while(|&c| {
            c.is_alphanumeric() || is_combining_mark(c) || is_invisible(c) || is_spacing_tone(c)
        })
    };
    // The word's letters as they will read: one with combining marks is
    // judged composed (`ï` and a dot below read `ị̈`, a vowel and a mark).
    // (`ˋ` is a modifier letter to Unicode: not one of the word's letters.)
    let word_before_len: usize = word_before().map(char::len_utf8).sum();
    let written = &before[before.len() - word_before_len..];
    let judged = match written.chars().any(is_combining_mark) {
        true => as_it_will_read(written),
        false => Cow::Borrowed(written),
    };
    let mut letters_before = (judged.chars().rev()).filter(|&c| c.is_alphanumeric() && !is_spacing_tone(c));
    let last = letters_before.next()?;
    let glued = match mark {
        // A number's own comma is followed by a digit, never a letter.
        ',' | ';' | '…' => true,
        // A scheme or prefix is lower-case ASCII (a mark makes a word other
        // than ASCII once composed, and invisible characters are about to
        // go), and a URL never follows one (`website:www.abc.vn`,
        // `xem:https://…` are labels).
        ':' => {
            !word_before()
                .filter(|&c| !is_invisible(c))
                .all(|c| c.is_ascii_lowercase())
                || begins_url(after)
        }
        _ => {
            // Any number may end a sentence (`2016.Cuộc`, `COVID-19.Đây`:
            // see [`without_glued_words`]), and so may its unit
            // (`2,5m.Cảnh`, `12h.Sáng`); a word, one that is no
            // abbreviation.
            let ends_sentence = last.is_ascii_digit() || {
                let (mut letters, mut vowels) = (1, usize::from(is_vowel(last)));
                let mut unit = last.is_ascii_lowercase();
                let mut after_digit = false;
                for c in letters_before {
                    if unit && c.is_ascii_digit() {
                        after_digit = letters <= 3;
                        break;
                    }
                    unit &= c.is_ascii_lowercase();
                    letters += 1;
                    vowels += usize::from(is_vowel(c));
                }
                after_digit || (is_lower(last) && letters >= 2 && vowels > 0)
            };
            // So may a domain (`Zing.Vn.Đây`) or a file's or page's name
            // (`kinh-doanh.htm.Theo`): its ending after a dot. (Read as it
            // will read, past invisible characters.)
            let ends_address = || {
                let head = &before[..before.len() - word_before_len];
                last_visible(head) == Some('.')
                    && is_address_ending(
                        before[before.len() - word_before_len..]
                            .chars()
                            .filter(|c| !is_invisible(*c)),
                    )
            };
            // The end of a code or a unit (`205-QĐ/TW.Đây`, `đồng/kg.Giá`,
            // `km/h.Đây`, `19-NQ.Đây`), before a sentence's first word that
            // only Vietnamese writes: no code or unit goes on so. Not after
            // a hyphen alone (`L.Hà -H.Phạm`: initials).
            let ends_code = || {
                let head = &before[..before.len() - word_before_len];
                // A code begins after a space, a bracket or a quote (the
                // space after one may be about to go, `( -km`, and a
                // straight quote to change shape, `%"-ABC`), or after a
                // per cent sign, which no code holds: the space before the
                // sign may be about to go (`0 %ab.-n.Vệ`), and the code
                // reads alike either way. No code is longer than
                // [`LONGEST_CODE`]: a run of text without a space is read
                // in time that grows with its length.
                let begins_code = |c: char| {
                    c.is_whitespace()
                        || is_any_quote(c)
                        || matches!(c, '\'' | '(' | '[' | '{' | ')' | ']' | '}' | '%')
                };
                // The code's characters are counted as they will read:
                // invisible ones are about to go. (Still linear: each is
                // read by the full stops of the next 40 characters only.)
                let code_holds_digit = || {
                    head.chars()
                        .rev()
                        .filter(|&c| !is_invisible(c))
                        .take(LONGEST_CODE)
                        .take_while(|&c| !begins_code(c))
                        .any(|c| c.is_ascii_digit())
                };
                (head.ends_with('/') || (head.ends_with('-') && code_holds_digit()))
                    && begins_vietnamese_sentence(after)
            };
            is_capitalised(first, word_after)
                && (ends_sentence || ends_code() || ends_address())
                && !(mark == '.' && joins_domain(before, word_before_len, after))
        }
    };
    glued.then_some(spaced)
}

/// The most characters [`missing_space`] reads back for the code a full
/// stop may end: more than any document symbol or unit has
/// (`1234/2019/QĐ-UBND-KT`).
const LONGEST_CODE: usize = 40;

/// Whether `text` begins with a URL, `www.` or a scheme's `://`, read past
/// the invisible characters about to go. Only its first visible ASCII
/// characters are read: no scheme is longer.
fn begins_url(text: &str) -> bool {
    let mut head = [0; 16];
    let mut len = 0;
    for c in text.chars().filter(|&c| !is_invisible(c)) {
        match u8::try_from(c) {
            Ok(byte) if byte.is_ascii() && len < head.len() => head[len] = byte,
            _ => break,
        }
        len += 1;
    }
    let head = &head[..len];
    let letters = head.iter().take_while(|byte| byte.is_ascii_alphabetic()).count();
    head.starts_with(b"www.") || head[letters..].starts_with(b"://")
}

/// Whether a comma or semicolon between the word that `before` ends with
/// and a number lacks its space (`Đến nay,100%`, `5 huyện;12 xã`): a
/// number's own comma has a digit before it (`2019,2020` stays), and a
/// word's last letter is not one (`Covid-19,5`). Only a word of two
/// letters or more, read past the invisible characters about to go: a
/// single letter may be a list's label or a variable (`a,1`). So does a
/// colon after a label ([`is_label`]: `Số liệu:1.000`, `Điện
/// thoại:0912`; never `tel:0912`, `TCVN:5574`).
fn number_after_word(before: &str, mark: char) -> bool {
    if mark == ':' {
        // The word before, as it will read (invisible characters gone). A
        // colon that a protected span holds (`a-Số:12`) is not asked.
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| {
                is_invisible(c) || c.is_alphabetic() || is_combining_mark(c) || is_spacing_tone(c)
            })
            .last()
            .map_or(before.len(), |(at, _)| at);
        let word: String = before[start..].chars().filter(|&c| !is_invisible(c)).collect();
        return is_label(&word);
    }
    // After a leaked `&nbsp` (`ủ&nbsp,0`), read as a space, the mark is
    // not glued to the word.
    if !matches!(mark, ',' | ';') || last_as_read(before).is_some_and(char::is_whitespace) {
        return false;
    }
    let mut letters = before
        .chars()
        .rev()
        .filter(|&c| !is_invisible(c) && !is_combining_mark(c) && !is_spacing_tone(c));
    letters.next().is_some_and(char::is_alphabetic) && letters.next().is_some_and(char::is_alphabetic)
}

/// Whether `text` ends with a per cent sign (invisible characters about to
/// go read past). Whether a number is right before it is not asked: the
/// space between them may be about to go (`80 %,còn`), and no word or
/// symbol goes on after a per cent sign with these marks either.
fn ends_with_per_cent(text: &str) -> bool {
    text.trim_end_matches(is_invisible).ends_with('%')
}

/// Where the text before the two dots that `before` ends with ends, when
/// it ends with exactly two (invisible characters among them are about to
/// go). The look back stops at a third dot: a run of dots is read in time
/// that grows with its length, not with its square.
fn two_dots_before(before: &str) -> Option<usize> {
    let mut dots = 0;
    for (at, c) in before.char_indices().rev() {
        match c {
            '.' if dots == 2 => return None,
            '.' => dots += 1,
            c if is_invisible(c) => {}
            c => return (dots == 2).then_some(at + c.len_utf8()),
        }
    }
    (dots == 2).then_some(0)
}

/// Whether an opening quote glued to what comes before it lacks its
/// space (`nói:"Tôi`, `đề tài"Thiết`): `before`, the visible character
/// before it, ends a word or is punctuation that ends a phrase — not a
/// bracket, a dash or another quote. Quotes glued together (`“”"`, `’”`
/// once nested) are paired by what is around them all, and are left as
/// they are.
pub(crate) fn opening_quote_lacks_space(before: Option<char>, after: &str) -> bool {
    before.is_some_and(|c| is_word_part(c) || matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '…'))
        && !after.trim_start_matches(is_invisible).starts_with(is_any_quote)
}

/// Whether a closing quote glued to the word after it lacks its space
/// (`“Thiết kế”của`, `máy bay.”Nó`), or glued to the dash that says who
/// spoke (`“… trong thời gian tới”- ông Tám nói`): `before`, the visible
/// character before the quote, ends a word or a phrase — not markup
/// (`rel=”none"`) or another quote (a run of them, as above); `after` is
/// the text after it. A space inside the quotes counts as the word it is
/// about to make way for (`“hòa ”- ông`, `“Mắt biếc ”đạt`: its space typed
/// on the wrong side). A dash glued on both sides (`“A”-“B”`) may join,
/// and is left as typed.
pub(crate) fn closing_quote_lacks_space(before: Option<char>, after: &str) -> bool {
    let Some(before) = before else {
        return false;
    };
    let ends_phrase = is_word_part(before)
        || before.is_whitespace()
        || matches!(before, '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')');
    ends_phrase && (first_visible(after).is_some_and(char::is_alphanumeric) || begins_spaced_dash(after))
}

/// Whether `text`, as it will read, begins with a dash and a space before a
/// word (`- ông nói`); a leaked `&nbsp` is the space it stands for.
fn begins_spaced_dash(text: &str) -> bool {
    let Some(after_dash) = text
        .trim_start_matches(is_invisible)
        .strip_prefix(['-', '–', '—'])
    else {
        return false;
    };
    let mut word = after_dash.trim_start_matches(is_invisible);
    let mut spaced = false;
    loop {
        let gap = match word.chars().next() {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            _ => super::leaked_nbsp_len(word),
        };
        if gap == 0 {
            break;
        }
        spaced = true;
        word = word[gap..].trim_start_matches(is_invisible);
    }
    spaced && word.starts_with(char::is_alphanumeric)
}

/// Whether a per cent sign after a number is glued to the small word
/// that goes on after it (`0,3%so với`, `5 %và`): `before` is the text
/// before the sign, `after` the text after it. A capital after it may
/// begin a code (`100%VN`), and a sign that follows no number (`%s`) is
/// left as typed.
pub(crate) fn per_cent_lacks_space(before: &str, after: &str) -> bool {
    // A leaked `&nbsp` before the sign goes as a space would (`1&nbsp%r`).
    without_gap_at_end(before).ends_with(|c: char| c.is_ascii_digit()) && begins_small_word(after)
}

/// Whether `text` begins with a small letter, as it will read.
fn begins_small_word(text: &str) -> bool {
    first_visible(text).is_some_and(is_lower)
}

/// Whether a `(` glued to the word before it opens an aside that lacks its
/// space (`Ấn Độ(Ảnh: Reuters)`, `Nguyễn Văn A(sinh năm 1970)`,
/// `Covid-19(BN2912)`): `before` is the visible character before it,
/// `after` the text after it. The aside begins with a word (a number after
/// a word), is closed on the same line with two characters or more inside,
/// and no digit is glued after its `)`: not a formula (`Ca(OH)2`), a
/// plural (`bạn(s)`), a function (`f(x)`) or a pinpoint (`khoản 1(a)`,
/// `Điều 5(2)`). (A word glued after it gets its space too:
/// [`closing_bracket_lacks_space`].)
pub(crate) fn aside_lacks_space(before: Option<char>, after: &str) -> bool {
    let Some(before) = before.filter(|&c| is_word_part(c)) else {
        return false;
    };
    let inside = without_gap_at_start(after);
    let begins_aside = inside
        .chars()
        .next()
        .is_some_and(|first| first.is_alphabetic() || (first.is_ascii_digit() && !before.is_ascii_digit()));
    if !begins_aside {
        return false;
    }
    let Some(close) = inside
        .find(['(', ')', '\n', '\r'])
        .filter(|&at| inside[at..].starts_with(')'))
    else {
        return false;
    };
    let long_enough = without_gap_at_end(&inside[..close]).chars().nth(1).is_some();
    let digit_after = first_visible(&inside[close + 1..]).is_some_and(|c| c.is_ascii_digit());
    long_enough && !digit_after
}

/// Whether a `)` glued to the word after it lacks its space (`(còn
/// nóng)và`, `Từ Dũ(TPHCM)để`), or glued to a dash spaced before the next
/// word (`(PLO)- Chiều 5-11`, `(bên phải)- Giám đốc sở`): `before` is the
/// text before it, `after` the text after it. Not after a bracket that
/// holds one character (`(s)he`); a digit after it may be a formula's
/// (`Ca(OH)2`).
pub(crate) fn closing_bracket_lacks_space(before: &str, after: &str) -> bool {
    let opened = before
        .rfind(['(', ')', '\n', '\r'])
        .filter(|&at| before[at..].starts_with('('));
    let holds_a_word = |at: usize| {
        without_gap_at_end(without_gap_at_start(&before[at + 1..]))
            .chars()
            .nth(1)
            .is_some()
    };
    (first_visible(after).is_some_and(char::is_alphabetic) || begins_spaced_dash(after))
        && opened.is_none_or(holds_a_word)
}

/// The first character of `text` as it will read: invisible characters
/// are about to go.
pub(crate) fn first_visible(text: &str) -> Option<char> {
    text.chars().find(|c| !is_invisible(*c))
}

/// The last character of `text` as it will read.
pub(crate) fn last_visible(text: &str) -> Option<char> {
    text.chars().rev().find(|c| !is_invisible(*c))
}

/// The last character of `text` as it will read: invisible characters
/// are about to go, and a leaked `&nbsp` is the space it stands for.
pub(crate) fn last_as_read(text: &str) -> Option<char> {
    let text = text.trim_end_matches(is_invisible);
    if leaked_nbsp_len_at_end(text) > 0 {
        Some(' ')
    } else {
        text.chars().next_back()
    }
}

/// The first character of `text` as it will read ([`last_as_read`]).
pub(crate) fn first_as_read(text: &str) -> Option<char> {
    let text = text.trim_start_matches(is_invisible);
    match super::leaked_nbsp_len(text) {
        0 => text.chars().next(),
        _ => Some(' '),
    }
}

/// The length of the leaked `&nbsp` that `text` ends with (see
/// [`super::leaked_nbsp_len`]); 0 when there is none.
pub(crate) fn leaked_nbsp_len_at_end(text: &str) -> usize {
    let mut rest = text.strip_suffix(';').unwrap_or(text);
    for letter in ['p', 's', 'b', 'n'] {
        match rest.trim_end_matches(is_invisible).strip_suffix(letter) {
            Some(before) => rest = before,
            None => return 0,
        }
    }
    match rest.trim_end_matches(is_invisible).strip_suffix('&') {
        Some(before) if super::leaked_nbsp_len(&text[before.len()..]) == text.len() - before.len() => {
            text.len() - before.len()
        }
        _ => 0,
    }
}

/// `text` without the gap it begins with: spaces, invisible characters and
/// leaked `&nbsp` (the space it stands for), which go just inside a bracket
/// (`(&nbspPhó`) and before a per cent sign.
fn without_gap_at_start(mut text: &str) -> &str {
    loop {
        text = text.trim_start_matches(|c| is_collapsible_space(c) || is_invisible(c));
        match super::leaked_nbsp_len(text) {
            0 => return text,
            nbsp => text = &text[nbsp..],
        }
    }
}

/// `text` without the gap it ends with ([`without_gap_at_start`]).
fn without_gap_at_end(mut text: &str) -> &str {
    loop {
        text = text.trim_end_matches(|c| is_collapsible_space(c) || is_invisible(c));
        match leaked_nbsp_len_at_end(text) {
            0 => return text,
            nbsp => text = &text[..text.len() - nbsp],
        }
    }
}

/// A character that may end a word as it will read: a letter or digit, or
/// a combining or spacing tone mark about to be composed into one.
fn is_word_part(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || is_spacing_tone(c)
}

/// A small letter: a Vietnamese or Latin one by the letter table, any
/// other by Unicode, so that a letter reads the same composed and
/// decomposed (`ṿ` is a small `v` with a dot below, which the table lacks).
fn is_lower(c: char) -> bool {
    match letter(c) {
        Some(letter) => !letter.upper,
        None => c.is_lowercase(),
    }
}

/// Whether a word that begins with `first`, then `rest`, is capitalised:
/// a capital, then a small letter (not `HCM`).
fn is_capitalised(first: char, mut rest: impl Iterator<Item = char>) -> bool {
    !is_lower(first) && rest.next().is_some_and(|c| c.is_alphabetic() && is_lower(c))
}

fn is_vowel(c: char) -> bool {
    letter(c).is_some_and(|letter| letter.is_vowel())
}

/// Whether the dot between `before` (which ends with a word of
/// `word_before_len` bytes) and `after` joins the parts of a domain or a
/// dotted name (`Zing.Vn`, `Dantri.Com.Vn`, `Node.Js.Org`): the word after
/// is a domain's ending, or another dot joins a word on either side, and
/// no word only Vietnamese writes follows a domain's ending
/// ([`begins_vietnamese_sentence`]: `gmail.com.Hôm` ends a sentence). Every
/// dot of a chain is judged alike, whichever is read first. The word after
/// ends where the pass cuts off a word glued after its number or code, as
/// [`protected_spans`] does (`Việt0hòa.V` is `Việt0 hòa.V`; `ViUUò.V`,
/// no code, stays whole).
fn joins_domain(before: &str, word_before_len: usize, after: &str) -> bool {
    // A word's spacing tone marks are its own, as [`missing_space`] reads
    // the word before (`òa.V´ủ.Vệ` is one chain read from either dot).
    let in_word =
        |c: char| c.is_alphanumeric() || is_combining_mark(c) || is_invisible(c) || is_spacing_tone(c);
    let word_len = after.find(|c| !in_word(c)).unwrap_or(after.len());
    let (word, rest) = after.split_at(word_len);
    // As it will read, without its invisible characters (`Vệ0ò<U+0000>`).
    let word: Cow<'_, str> = if word.contains(is_invisible) {
        Cow::Owned(word.chars().filter(|&c| !is_invisible(c)).collect())
    } else {
        Cow::Borrowed(word)
    };
    let cut_off = is_number_or_symbol(&word) && glued_words::marked_word_at_end(&word) > 0;
    // Read past invisible characters, which are about to go.
    let dot_after = !cut_off
        && rest
            .strip_prefix('.')
            .is_some_and(|rest| first_visible(rest).is_some_and(char::is_alphanumeric));
    // A domain's part is never a word only Vietnamese writes: after a
    // domain's or a file's ending (`vnexpress.net.`, `bao-cao.docx.`) such
    // a word begins the next sentence (`.Hôm nay`). The chain before stays
    // joined by the ending; the one after begins with that word, as it
    // will once spaced (`vn.Việt.Nam` is `vn. Việt.Nam`).
    let sentence_after_domain = |domain: &str, word: &str| {
        let ending = &domain[domain.trim_end_matches(in_word).len()..];
        is_address_ending(ending.chars().filter(|c| !is_invisible(*c))) && begins_vietnamese_sentence(word)
    };
    if sentence_after_domain(before, after) {
        return false;
    }
    let dot_before = before[..before.len() - word_before_len]
        .strip_suffix('.')
        .is_some_and(|rest| {
            last_as_read(rest).is_some_and(in_word)
                && !sentence_after_domain(rest, &before[before.len() - word_before_len..])
        });
    dot_after || dot_before || is_domain_ending(word.chars())
}

/// Whether a word, its letters given in order, is a domain's last part
/// ([`DOMAIN_ENDINGS`]), in any case.
fn is_domain_ending(word: impl Iterator<Item = char> + Clone) -> bool {
    is_one_of(word, &DOMAIN_ENDINGS)
}

/// Whether a word, its letters given in order, ends an address: a
/// domain's last part or a file's or page's extension
/// ([`FILE_EXTENSIONS`]), in any case.
fn is_address_ending(word: impl Iterator<Item = char> + Clone) -> bool {
    is_domain_ending(word.clone()) || is_one_of(word, &FILE_EXTENSIONS)
}

/// Whether a word, its letters given in order, is one of `endings` (ASCII,
/// in small letters), in any case.
fn is_one_of(word: impl Iterator<Item = char> + Clone, endings: &[&str]) -> bool {
    endings.iter().any(|ending| {
        word.clone().count() == ending.len()
            && word
                .clone()
                .zip(ending.chars())
                .all(|(c, e)| c.eq_ignore_ascii_case(&e))
    })
}

/// The last parts of domains that a scrape may capitalise (`Zing.Vn`).
const DOMAIN_ENDINGS: [&str; 9] = ["vn", "com", "net", "org", "edu", "gov", "info", "biz", "io"];

/// The extensions of the pages and files news links to: web pages
/// (Vietnamese newsrooms' own among them: `.ldo`, `.vnp`, `.chn`, `.tpo`,
/// `.epi`), documents, archives and JPEG pictures.
const FILE_EXTENSIONS: [&str; 22] = [
    "htm", "html", "shtml", "php", "asp", "aspx", "jsp", "ldo", "vnp", "chn", "tpo", "epi", "pdf", "doc",
    "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "jpg",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_glued_to_both_words_gets_its_space() {
        for (before, mark, after, spaced) in [
            ("trời lạnh", '.', "Sáng nay", ". "),
            ("tình thế", '.', "Đó là", ". "),
            ("Campuchia", '.', "Cảnh sát", ". "),
            ("vì sao", '?', "Tôi", "? "),
            ("cái gì?", '!', "Tại", "! "),
            ("30.000 đồng/kg", '.', "Giá", ". "),
            ("theo km/h", '.', "Đây", ". "),
            ("Quyết định 205-QĐ/TW", '.', "Đây", ". "),
            ("theo QĐ/TW", '.', "Theo đó", ". "),
            ("vnexpress.net", '.', "Sau đó", ". "),
            ("Nghị quyết 19-NQ", '.', "Đây", ". "),
            ("nói!!", '!', "Thôi", "! "),
            ("giúp nhau", ',', "có", ", "),
            ("ĐH", ',', "CĐ", ", "),
            ("(Ảnh", ':', "Getty)", ": "),
            ("cho biết", ':', "VinHMS", ": "),
            ("tra", '.', "Nghị", ". "),
            ("la\u{323}nh", '.', "\u{200b}Sa\u{301}ng", ". "),
            ("ca\u{341}a", ':', "hòa", ": "),
            ("hoaˋ", '.', "Việt", ". "),
            ("hòa", '!', "Ña.Việt", "! "),
            ("năm 2020", ',', "thành", ", "),
            ("năm 2016", '.', "Cuộc", ". "),
            ("phút 63", ':', "Sterling", ": "),
            ("con", '…', "cũng", "… "),
            ("xuống..", '.', "Tôi", ". "),
            ("xuống.\u{200b}.", '.', "Tôi", ". "),
            ("abc@gmail.com", '.', "Hôm nay", ". "),
            ("https://vnexpress.net", '.', "Hôm nay", ". "),
            ("theo Zing.Vn", '.', "Đây", ". "),
            ("x.vn.Việt", '.', "Nam", ". "),
            ("theo Zing.\u{200b}V\u{200b}n", '.', "Đây", ". "),
        ] {
            assert_eq!(
                missing_space(before, mark, after, false),
                Some(spaced),
                "{before}{mark}{after}"
            );
        }
        for (before, mark, after) in [
            ("Tp", '.', "HCM"),
            ("TP", '.', "Hồ Chí Minh"),
            ("L.Hà -H", '.', "Phạm"),
            // No code holds a per cent sign: the number before it is
            // not the code's, whether the space before the sign stays.
            ("0%ab.-n", '.', "Vệ"),
            ("0 %ab.-n", '.', "Vệ"),
            ("theo QĐ/TW", '.', "Nam"),
            ("Tp", '.', "Hồ Chí Minh"),
            ("Mr", '.', "Bean"),
            ("b", '.', "Curry"),
            ("Zing", '.', "Vn"),
            ("Zing.Vn", '.', "Com"),
            ("Dantri", '.', "Com.Vn"),
            ("dantri", '.', "com.vn"),
            ("hòa.Ña", '.', "Việt"),
            ("hòa", '.', "Ña.Việt"),
            ("ca\u{341}.Việt", '.', "Việt"),
            ("hòa", '.', "Việt.\u{200b}Việt"),
            ("trời lạnh", '.', "sáng"),
            ("giá 3", ',', "5"),
            ("Kenh14", '.', "Vn"),
            ("năm 2016", '.', "cuộc"),
            ("lúc 16", ':', "07"),
            ("năm", '.', "2020"),
            ("mailto", ':', "Toasoan@x.vn"),
            ("nói", ':', "\"Được"),
            ("trời lạnh", '.', " Sáng"),
            ("hòa", ';', "\u{200b}\u{301}hòa"),
            ("mailto", ':', "toasoan@dantri.com.vn"),
            ("data", ':', "image/png"),
            ("nhau", ':', "trời"),
            ("…", '.', "Sáng"),
            ("a", '-', "b"),
            ("xuống.", '.', "Tôi"),
            ("xuống. ", '.', "Tôi"),
            ("xuống...", '.', "Tôi"),
            ("Cường ..", '.', "Chủ"),
            ("…", '…', "Tôi"),
        ] {
            assert_eq!(
                missing_space(before, mark, after, false),
                None,
                "{before}{mark}{after}"
            );
        }
        // A code's characters are counted as they will read: the digit
        // 33 characters back is the code's, invisible characters between.
        let code = format!("1{}-e", "-".repeat(30));
        let with_invisible = code.replacen("--", "-\u{200b}\u{0}\u{200b}-", 10);
        assert_eq!(missing_space(&code, '.', "Việt", false), Some(". "));
        assert_eq!(missing_space(&with_invisible, '.', "Việt", false), Some(". "));
    }

    #[test]
    fn a_mark_after_a_closing_quote_bracket_or_per_cent_sign_gets_its_space() {
        // (before, mark, after, whether a closing quote or bracket ends
        // `before`, the mark as it should read)
        for (before, mark, after, after_closing, spaced) in [
            ("“vùng chiến sự”", '.', "Nhiều", true, Some(". ")),
            ("thuộc TPHCM\"", ',', "Chủ tịch", true, Some(", ")),
            ("(Ảnh: Reuters)", ',', "còn", true, Some(", ")),
            ("“Không”", '!', "Ông", true, Some("! ")),
            ("“Tp”", '.', "hcm", true, None),
            ("(chiếm 72%)", ',', "297", true, None),
            ("“Có”", '.', " Sau", true, None),
            ("tăng 80%", ',', "còn", false, Some(", ")),
            ("tăng 5%", '.', "Đây", false, Some(". ")),
            ("chiếm 0 %\u{200b}", ';', "Hà Nội", false, Some("; ")),
            ("tăng 5%", '.', "vn", false, None),
            ("tăng 5%", ',', "5", false, None),
        ] {
            assert_eq!(
                missing_space(before, mark, after, after_closing),
                spaced,
                "{before}{mark}{after}"
            );
        }
    }

    #[test]
    fn a_leaked_nbsp_at_the_end_is_read_past_invisible_characters() {
        assert_eq!(leaked_nbsp_len_at_end("a&nb\u{0}sp;"), 7);
        assert_eq!(leaked_nbsp_len_at_end("a&nbsp"), 5);
        assert_eq!(leaked_nbsp_len_at_end("a nbsp"), 0);
        assert_eq!(leaked_nbsp_len_at_end("a&nbsp;;"), 0);
        assert_eq!(last_as_read("Ông nói&nbsp;"), Some(' '));
        assert_eq!(first_as_read("\u{200b}&nbsptrong"), Some(' '));
    }

    #[test]
    fn quotes_and_asides_glued_to_words_get_their_space() {
        assert!(opening_quote_lacks_space(Some('i'), "Thiết kế"));
        assert!(opening_quote_lacks_space(Some(':'), "Tôi"));
        assert!(!opening_quote_lacks_space(Some('('), "Tôi"));
        assert!(!opening_quote_lacks_space(Some('-'), "Tôi"));
        assert!(!opening_quote_lacks_space(Some('i'), "”"));
        assert!(closing_quote_lacks_space(Some('h'), "của"));
        assert!(closing_quote_lacks_space(Some('.'), "\u{200b}Nó"));
        assert!(!closing_quote_lacks_space(Some('='), "none"));
        assert!(!closing_quote_lacks_space(Some('’'), "của"));
        assert!(!closing_quote_lacks_space(Some('h'), ". Nó"));
        for (before, after) in [
            ('ộ', "Ảnh: Reuters)."),
            ('A', "sinh năm 1970) cho"),
            ('9', "BN2912 và BN2913),"),
            ('n', "4-3-3): Navas"),
            ('ý', " chiếm 72% )"),
            // A leaked `&nbsp` inside is the space it stands for.
            ('y', "&nbspPhó)"),
            ('y', "&nbsp;\u{200b} &nbspPhó)"),
        ] {
            assert!(aside_lacks_space(Some(before), after), "{before}({after}");
        }
        assert!(!aside_lacks_space(Some('y'), "P&nbsp)"));
        assert!(!closing_bracket_lacks_space("( s&nbsp;", "he"));
        assert!(closing_bracket_lacks_space("(còn nóng", "và"));
        assert!(closing_bracket_lacks_space("Quảng Ninh", "\u{200b}lại"));
        assert!(closing_bracket_lacks_space("a", "Khái niệm"));
        assert!(!closing_bracket_lacks_space("( s ", "he"));
        assert!(!closing_bracket_lacks_space("Ca(OH", "2"));
        assert!(!closing_bracket_lacks_space("(còn nóng", " và"));
        assert!(closing_bracket_lacks_space("(PLO", "- Chiều"));
        assert!(closing_bracket_lacks_space("Ông Tuấn (bên phải", "– Giám đốc"));
        assert!(closing_bracket_lacks_space("a", "- nội dung"));
        assert!(!closing_bracket_lacks_space("(s", "- he"));
        assert!(!closing_bracket_lacks_space("(PLO", "-Chiều"));
        assert!(!closing_bracket_lacks_space("(2020", "-2025"));
        for (before, after) in [
            ('a', "OH)2"),
            ('n', "s) và"),
            ('f', "x)"),
            ('1', "a)"),
            ('5', "2a)"),
            ('(', "ảnh)"),
            (' ', "ảnh)"),
            ('ộ', "Ảnh: Reuters"),
            ('ộ', "Ảnh\nReuters)"),
            ('ộ', "Ảnh (Reuters)"),
        ] {
            assert!(!aside_lacks_space(Some(before), after), "{before}({after}");
        }
    }

    #[test]
    fn a_small_word_glued_to_a_per_cent_sign_gets_its_space() {
        for (before, after) in [("0,3", "so với"), ("5 ", "và"), ("12", "\u{200b}trong")] {
            assert!(per_cent_lacks_space(before, after), "{before}%{after}");
        }
        for (before, after) in [("100", "VN"), ("", "s"), ("a", "so"), ("5", "/năm"), ("5", " so")] {
            assert!(!per_cent_lacks_space(before, after), "{before}%{after}");
        }
    }

    #[test]
    fn control_characters_are_invisible_but_whitespace() {
        for c in ('\0'..='\u{a0}').filter(|c| c.is_control()) {
            assert_eq!(is_invisible(c), !c.is_whitespace(), "{c:?}");
        }
        for c in ['a', ' ', '\u{a0}', 'ệ', '\u{200d}'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }

    #[test]
    fn a_space_typed_before_a_comma_goes_after_it() {
        assert_eq!(misplaced_mark(Some('t'), ",anh đi", || false), Some((", ", 1)));
        assert_eq!(misplaced_mark(Some('t'), ";Hà Nội", || false), Some(("; ", 1)));
        assert_eq!(
            misplaced_mark(Some('t'), ",\u{200b}anh", || false),
            Some((", ", 1))
        );
        assert_eq!(
            misplaced_mark(Some('g'), "...Chủ tịch", || false),
            Some(("... ", 3))
        );
        assert_eq!(
            misplaced_mark(Some('g'), ".\u{200b}..Chủ", || false),
            Some(("... ", 6))
        );
        assert_eq!(misplaced_mark(Some('m'), "…có", || false), Some(("… ", 3)));
        assert_eq!(
            misplaced_mark(Some('t'), "...2. Giảm", || false),
            Some(("... ", 3))
        );
        assert_eq!(misplaced_mark(Some('ể'), ".Vì vậy", || false), Some((". ", 1)));
        assert_eq!(misplaced_mark(Some('m'), ".Theo đó", || false), Some((". ", 1)));
        assert_eq!(
            misplaced_mark(Some('g'), ".\u{200b}Đây là", || false),
            Some((". ", 1))
        );
        // The word read alone, without the URL glued after it, as the
        // pass repairs it (its tone typed twice).
        assert_eq!(
            misplaced_mark(Some('a'), "!Việt\u{323}https://x.vn", || false),
            Some(("! ", 1))
        );
        // Its scheme and its `://` read past the invisible characters
        // about to go, and the tone moved off the final consonant onto its
        // vowel.
        for after in ["!Vit\u{323}http\u{0}://", "!Vit\u{323}http:\u{0}//"] {
            assert_eq!(
                misplaced_mark(Some('}'), after, || false),
                Some(("! ", 1)),
                "{after:?}"
            );
        }
        // After a closing quote or bracket, any capitalised word.
        assert_eq!(misplaced_mark(Some('”'), ".Xem thêm", || true), Some((". ", 1)));
        assert_eq!(
            misplaced_mark(Some(')'), ".\u{200b}Sau đó", || true),
            Some((". ", 1))
        );
        for after in [".NET", ".vn", ".5"] {
            assert_eq!(misplaced_mark(Some(')'), after, || true), None, "{after}");
        }
        for after in [
            ", anh",
            ",5",
            ",",
            "anh",
            ".zip",
            ".Net",
            ".VN",
            ".Docx",
            ".Sang",
            ".Theodore",
            ".vì",
            ",\"a",
        ] {
            assert_eq!(misplaced_mark(Some('t'), after, || false), None, "{after}");
        }
        for before in [None, Some(','), Some('\n')] {
            assert_eq!(misplaced_mark(before, ",anh", || false), None, "{before:?}");
        }
    }

    #[test]
    fn spaces_go_where_vietnamese_typesetting_puts_them() {
        assert_eq!(space_run("a", ", b", false), "");
        assert_eq!(space_run("a", "!", false), "");
        assert_eq!(space_run("a", ",5", false), " ");
        assert_eq!(space_run("a", ".NET", false), " ");
        assert_eq!(space_run("(", "a", false), "");
        // Emoticons are not punctuation.
        assert_eq!(space_run("quá", ":))", false), " ");
        assert_eq!(space_run("quá", ";) rồi", false), " ");
        assert_eq!(space_run("buồn :(", "rồi", false), " ");
        assert_eq!(space_run("buồn :-(", "rồi", false), " ");
        assert_eq!(space_run("gồm:(", "a)", false), "");
        assert_eq!(space_run("“;(", "hòa", false), " ");
        assert_eq!(space_run(" :\u{200b}(", "hòa", false), " ");
        assert_eq!(space_run("o\u{300}:(", "a)", false), "");
        assert_eq!(space_run("hòa", ";'( a", false), " ");
        assert_eq!(space_run("quá", ":) .", false), " ");
        assert_eq!(space_run("hòa", ";), hòa", false), " ");
        assert_eq!(space_run("quá", ":.", false), "");
        assert_eq!(space_run("quá", ":", false), "");
        assert_eq!(space_run("a", ")", false), "");
        assert_eq!(space_run("", "a", false), "");
        assert_eq!(space_run("a", "\nb", false), "");
        assert_eq!(space_run("“", "a", true), "");
        assert_eq!(space_run("a", "b", false), " ");
        assert_eq!(space_run("\u{a0}", "b", false), "");
        assert_eq!(space_run("a", "\u{202f}b", false), "");
        assert_eq!(space_run("a", "- b", false), " ");
        assert_eq!(space_run("a", "?!", false), "");
        assert_eq!(space_run(".", "..Tôi", false), " ");
        // A per cent sign joins its number, unless what is glued after it
        // would then be read with the number.
        assert_eq!(space_run("4", "%", false), "");
        assert_eq!(space_run("4", "%), còn", false), "");
        assert_eq!(space_run("4", "%)và", false), "");
        assert_eq!(space_run("4", "%/năm.", false), "");
        assert_eq!(space_run("4", "%\u{200b}/năm", false), "");
        assert_eq!(space_run("4", "%/Năm", false), "");
        assert_eq!(space_run("4", "%/nămSau", false), "");
        assert_eq!(space_run("4", "%/ệFtp://", false), "");
        assert_eq!(space_run("4", "%/hoaˋ", false), "");
        assert_eq!(space_run("4", "%/năm.Sau", false), "");
        assert_eq!(space_run("4", "%.Sau", false), "");
        // An ellipsis typed as three dots gets its space after the last.
        assert_eq!(space_run("4", "%/năm...Sau", false), "");
        assert_eq!(space_run("4", "%/năm.,Sau", false), " ");
        assert_eq!(space_run("4", "%.sau", false), " ");
        assert_eq!(space_run("4", "%/ABC:hòa", false), " ");
        assert_eq!(space_run("0", "%:a@b.vn", false), "");
        assert_eq!(space_run("4", "%\u{301}Việt", false), " ");
        assert_eq!(space_run("4", "%-HĐ/TW", false), " ");
        assert_eq!(space_run("4", "%-a@b.vn", false), " ");
        assert_eq!(space_run("4", "%hòa", false), "");
        assert_eq!(space_run("4", "%Hòa", false), " ");
        assert_eq!(space_run("a", "%", false), " ");
        // A degree's unit joins its sign after a number standing alone.
        assert_eq!(space_run("35°", "C, đêm", false), "");
        assert_eq!(space_run("-3 °", "C", false), "");
        assert_eq!(space_run("38,5˚", "F.", false), "");
        assert_eq!(space_run("45°", "Cách", false), " ");
        assert_eq!(space_run("A4°", "C", false), " ");
        assert_eq!(space_run("°", "C", false), " ");
        // A range's hyphen spaced on one side only is closed up.
        assert_eq!(space_run("từ 8", "-10 triệu", false), "");
        assert_eq!(space_run("nhiệm kỳ 2011-", "2016,", false), "");
        assert_eq!(space_run("(1.400", "-1.800)", false), "");
        assert_eq!(space_run("8", "-10", false), "");
        assert_eq!(space_run("từ 8\u{200B}-", "\u{200B}10", false), "");
        assert_eq!(space_run("xuống", "-15", false), " ");
        assert_eq!(space_run("Covid-19", "-20", false), " ");
        assert_eq!(space_run("20g", "-22g", false), " ");
        assert_eq!(space_run("1-", "2 quả trứng", false), " ");
        assert_eq!(space_run("Mục\n1-", "2 quả", false), " ");
        assert_eq!(space_run("8 -", "10", false), " ");
        assert_eq!(space_run("8", "- 10", false), " ");
        assert_eq!(space_run("8", "-HĐ/TW", false), " ");
        assert_eq!(space_run("Hà Nội", "-Hải Phòng", false), " ");
    }
}
