//! Typography: paired quotes, spaces where Vietnamese typesetting puts
//! them, invisible characters removed — and the tokens nothing may touch.

use std::borrow::Cow;
use std::ops::Range;

use super::compose::{as_it_will_read, is_spacing_tone};
use super::glued_words;
use super::letters::{letter, to_lower};
use super::unicode::is_combining_mark;
use crate::article::whole_reference_len;

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
/// (no-break space, thin spaces) are typed on purpose and stay.
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
    // pass may split in it (`%/nămSau`), and the tone marks it composes
    // (`%/hoaˋ`), or when this pass puts a space between it and a small
    // word glued after it (`80 %hòa`: see [`per_cent_lacks_space`]). Not
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
            // So is a span the pass protects that begins at the capital
            // (`%/ệFtp://`): the word before it is cut off.
            let glued_word = glued_at.is_some_and(|at| {
                unprotected(at) || protected_spans(chunk).iter().any(|span| span.start == at)
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
            spaced_mark
                || glued_word
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
/// in five in the corpora). The first number stands alone: after a word
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
    let start = number.trim_end_matches(is_numeral);
    let first_digit = first_visible(&number[start.len()..]);
    let stands_alone = match last_as_read(start) {
        None | Some('\n' | '\r') => !lists,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '['),
    };
    number.ends_with(|c: char| c.is_ascii_digit())
        && first_digit.is_some_and(|c| c.is_ascii_digit())
        && stands_alone
        && first_visible(second).is_some_and(|c| c.is_ascii_digit())
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
const UNMARKED_SENTENCE_STARTS: [&str; 9] = ["cho", "do", "hai", "khi", "qua", "sau", "theo", "trong", "tuy"];

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
    let word = as_it_will_read(&visible);
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
    // (`ˋ` is a modifier letter to Unicode: not one of the word's letters.)
    let mut letters_before = word_before().filter(|&c| c.is_alphanumeric() && !is_spacing_tone(c));
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
            let word_before_len: usize = word_before().map(char::len_utf8).sum();
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

/// The parts of a chunk of text (no whitespace in it) that must not
/// change: URLs, e-mail addresses, numbers (`1.800`, `3,5%`, `24/24h`,
/// `COVID-19`) and document symbols (`30/2020/NĐ-CP`, `205-QĐ/TW`,
/// `HD/BTCTW`). Brackets, quotes and sentence punctuation around them are
/// not part of them, so a span is the same whatever spacing surrounds it.
///
/// Found as the chunk will read, without its invisible characters
/// (`19<ZWSP>96` is `1996`, `thủy<ZWSP>1.800` is `thủy1.800`), so that
/// the next pass finds the same spans. A span then holds the invisible
/// characters inside it and beside it, which the pass takes out.
pub(crate) fn protected_spans(chunk: &str) -> Vec<Range<usize>> {
    if !chunk.chars().any(is_invisible) {
        return visible_spans(chunk);
    }
    // Each visible character: where it is in `visible`, and where it
    // begins and ends in `chunk`.
    let mut visible = String::with_capacity(chunk.len());
    let mut places = Vec::new();
    for (at, c) in chunk.char_indices().filter(|&(_, c)| !is_invisible(c)) {
        places.push((visible.len(), at, at + c.len_utf8()));
        visible.push(c);
    }
    let index_of = |offset: usize| places.partition_point(|&(at, ..)| at < offset);
    visible_spans(&visible)
        .into_iter()
        .map(|span| {
            // From the end of the visible character before to the start of
            // the one after.
            let start = index_of(span.start)
                .checked_sub(1)
                .map_or(0, |before| places[before].2);
            let end = places
                .get(index_of(span.end))
                .map_or(chunk.len(), |&(_, start, _)| start);
            start..end
        })
        .collect()
}

/// [`protected_spans`] in a chunk without invisible characters.
fn visible_spans(chunk: &str) -> Vec<Range<usize>> {
    let urls_and_references =
        super::merge_in_order(urls(chunk).collect(), character_references(chunk), |span| {
            span.start
        });
    // Numbers, symbols and e-mail addresses: runs of letters, digits and
    // the marks that join them.
    let mut spans = Vec::new();
    let mut start = None;
    let mut previous = None;
    for (at, c) in chunk.char_indices().chain([(chunk.len(), ' ')]) {
        // A spacing accent after a letter is about to be composed into it
        // (`U´t` reads `Út`): part of the word, as it will be on the next
        // pass.
        let joins = joins_symbol(c) || (is_spacing_tone(c) && previous.is_some_and(char::is_alphabetic));
        // The accent's letter is the character before it, past the other
        // accents of a run (`U´´n`: the first composes into `Ú`, the second
        // then follows it) and the combining marks about to be composed
        // into it (`o` + U+0302 + `´`).
        if !is_spacing_tone(c) && !is_combining_mark(c) {
            previous = Some(c);
        }
        match (joins, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                push_run_spans(chunk, from..at, &mut spans);
                start = None;
            }
            _ => {}
        }
    }
    // Both lists are in text order; spans that overlap are joined.
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(urls_and_references.len() + spans.len());
    for span in super::merge_in_order(urls_and_references, spans, |span| span.start) {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// The character references a scrape left in the text (`&quot;`,
/// `H&amp;M`, `&#8211;`), each a span: shown as written, their `;` no
/// mark to space. Not `&nbsp;`, which reads as the space it stands for.
fn character_references(chunk: &str) -> Vec<Range<usize>> {
    memchr::memchr_iter(b'&', chunk.as_bytes())
        .filter(|&at| super::leaked_nbsp_len(&chunk[at..]) == 0)
        .filter_map(|at| whole_reference_len(&chunk[at + 1..]).map(|len| at..at + 1 + len))
        .collect()
}

/// Pushes the spans of numbers, symbols and e-mail addresses in `run`, a
/// run of `chunk`'s letters, digits and the marks that join them. A run
/// holds more than one symbol when a scrape glued words after the first
/// (`205-QĐ/TWhòa-,ABCthủy`): what is left after a symbol cut short is read
/// as a run of its own, as the next pass reads it once the glued words get
/// their space.
fn push_run_spans(chunk: &str, run: Range<usize>, spans: &mut Vec<Range<usize>>) {
    let mut from = run.start;
    loop {
        let run = &chunk[from..run.end];
        let lead = run.len() - run.trim_start_matches(is_joiner).len();
        let core = run.trim_matches(is_joiner);
        if is_number_or_symbol(core) {
            let symbol = without_glued_words(without_sentence_after(core));
            // `TT-BGDĐTsẽ`: the word glued after it is no part of it.
            let symbol = &symbol[..symbol.len() - glued_words::marked_word_at_end(symbol)];
            // `dịchCovid-19`, `hơn40`: the small word before is no part of
            // it, whether a label is glued before it or not (the label gets
            // its space, and the next pass reads it alone). An address's
            // letters are all its own.
            // Each label or word glued before it with a colon or a comma
            // (`hòa,Việt:1.800`), as the next pass would find it once the
            // first gets its space.
            let mut label = 0;
            while let glued @ 1.. = match glued_label_len(&symbol[label..]) {
                0 => word_glued_with_comma_len(&symbol[label..]),
                label_len => label_len,
            } {
                label += glued;
            }
            // Each small word glued before it, the last maybe capitalised
            // (`theoViệt1.800`: `theo`, then `Việt`), as the next pass
            // would find it once the first is cut off.
            while let Some(small) = (!symbol.contains('@'))
                .then(|| glued_words::small_word_before(&symbol[label..]))
                .flatten()
            {
                label += small;
            }
            if is_number_or_symbol(&symbol[label..]) {
                spans.push(from + lead + label..from + lead + symbol.len());
            }
            if !symbol.is_empty() && symbol.len() < core.len() {
                from += lead + symbol.len();
                continue;
            }
        } else if core.contains('@') {
            for (part_start, part) in address_parts(core) {
                // `a@b.vn.Việt`, `a@b.vnABCthủy`: the sentence or the word
                // glued after it is no part of it, as when a number's run
                // holds the address.
                let trimmed =
                    without_sentence_after(part.trim_matches(is_joiner)).trim_end_matches(is_joiner);
                let trimmed = &trimmed[..trimmed.len() - glued_words::marked_word_at_end(trimmed)];
                if is_email(trimmed) {
                    let start =
                        from + lead + part_start + part.len() - part.trim_start_matches(is_joiner).len();
                    spans.push(start..start + trimmed.len());
                }
            }
        }
        return;
    }
}

/// A number or symbol without the words a scrape glued after it with
/// sentence punctuation (`2020,thành`, `COVID-19.Đây`, `205-QĐ/TW,ngày`):
/// the words after the last digit, from a `, ; :` with a letter right
/// after it, a `.` with a capital or a `%` with a small letter
/// (`0,3%so`), are not part of it — no number goes on with letters after
/// such a mark. Kept whole when what is left is
/// neither, or when the words are a symbol themselves (`2020,NĐ-CP`).
fn without_glued_words(core: &str) -> &str {
    let Some(last_digit) = core.rfind(|c: char| c.is_ascii_digit()) else {
        return core;
    };
    let after_digits = &core[last_digit..];
    let glued = after_digits.char_indices().find(|&(at, c)| {
        let next = after_digits[at + c.len_utf8()..].chars().next();
        match c {
            ',' | ';' | ':' => next.is_some_and(char::is_alphabetic),
            // A domain's next part is small (`a0@a.vn`).
            '.' => next.is_some_and(|next| letter(next).is_some_and(|letter| letter.upper)),
            // The sign stays with the plain text, where it gets its space.
            '%' => begins_small_word(&after_digits[at + 1..]),
            _ => false,
        }
    });
    match glued {
        Some((at, _))
            if !after_digits[at..].contains(['@', '/']) && !is_number_or_symbol(&after_digits[at + 1..]) =>
        {
            // Without the joiners before the mark (invisible characters).
            let head = core[..last_digit + at].trim_end_matches(is_joiner);
            if is_number_or_symbol(head) { head } else { core }
        }
        _ => core,
    }
}

/// A symbol without the sentence a scrape glued after it with a full stop
/// or an ellipsis (`USD/năm.Đã`, `QĐ/TW.Năm`, `2020của...Việt`): no code
/// goes on with a word only Vietnamese writes
/// ([`begins_vietnamese_sentence`]).
fn without_sentence_after(symbol: &str) -> &str {
    symbol
        .match_indices('.')
        .find(|&(at, _)| begins_vietnamese_sentence(&symbol[at + 1..]))
        .map_or(symbol, |(at, _)| symbol[..at].trim_end_matches('.'))
}

/// How long the label is that a scrape glued with a colon before a symbol
/// or number (`Ảnh:TTXVN/Quang Huy`, `Nguồn:Reuters/AFP`, `Số:12/2020`,
/// `Số liệu:1.000`), its colon included (see [`is_label`]); a letter or
/// digit follows its colon. 0 when there is none, as in `41:2016/BGTVT`,
/// `tel:0912` or `TCVN:5574`.
fn glued_label_len(core: &str) -> usize {
    // The last colon: a run of labels (`a:b:c1`) is no label, whichever
    // colon gets its space first.
    let Some((label, rest)) = core.rsplit_once(':') else {
        return 0;
    };
    let glued = rest.starts_with(|c: char| c.is_alphabetic() || c.is_ascii_digit());
    if glued && is_label(label) {
        label.len() + 1
    } else {
        0
    }
}

/// Whether `word` is a label a scrape may glue before a colon: letters,
/// one of them small, and no scheme (schemes are lower-case ASCII,
/// `mailto:`, `tel:`, as [`missing_space`] reads them).
fn is_label(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_alphabetic() || is_combining_mark(c) || is_spacing_tone(c))
        && word.chars().any(is_lower)
        && !word.chars().all(|c| c.is_ascii_lowercase())
}

/// How long the word is that a scrape glued with a comma before a number
/// or a code (`Đến nay,100%`, `Nguyễn Trãi,Q.1`), its comma included:
/// letters only, two or more, and some of them small when a code follows
/// (see [`missing_space`], which gives the comma its space). 0 when there
/// is none, as in `2019,2020`, `Covid-19,5`, `a,1` or `NĐ,CP-12`.
fn word_glued_with_comma_len(core: &str) -> usize {
    let Some((word, rest)) = core.split_once(',') else {
        return 0;
    };
    let letters = word
        .chars()
        .filter(|&c| !is_combining_mark(c) && !is_spacing_tone(c));
    let is_word = letters.clone().all(char::is_alphabetic) && letters.clone().count() >= 2;
    let before_code = || {
        letters.clone().any(char::is_lowercase)
            && rest.starts_with(char::is_uppercase)
            && is_number_or_symbol(rest)
    };
    if is_word && (rest.starts_with(|c: char| c.is_ascii_digit()) || before_code()) {
        word.len() + 1
    } else {
        0
    }
}

/// Whether `c` is part of a run that may be a number, symbol or address:
/// a letter, digit or mark, or a [`is_joiner`].
fn joins_symbol(c: char) -> bool {
    super::letters::is_alphanumeric(c) || is_combining_mark(c) || is_joiner(c) || matches!(c, '%' | '°' | '˚')
}

/// A character typed for the degree sign (`34oC`, `25ºC`, `36⁰C`,
/// `98,6˚F`): the letter o, the ordinal indicator, a superscript zero or
/// o, a spacing ring. The last three mean a degree after a number without
/// a unit too (`15⁰ - 24⁰C`, `góc 45˚`); the letter and the ordinal do not.
fn degree_lookalike(c: char) -> Option<DegreeLookalike> {
    match c {
        'o' | 'º' => Some(DegreeLookalike::BeforeUnit),
        '⁰' | 'ᵒ' | '˚' => Some(DegreeLookalike::Alone),
        _ => None,
    }
}

/// Where a character [`degree_lookalike`] returns means a degree.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DegreeLookalike {
    /// Only before `C` or `F`.
    BeforeUnit,
    /// After a number, with a unit or without one.
    Alone,
}

/// Where a number or symbol (a protected span) types its degree sign with
/// a look-alike ([`degree_lookalike`]): each look-alike's range. The number
/// before it stands alone (`29-34oC`, never `A4oC`), and the word ends with
/// the unit (`34oC,`, never `5oCT`) or, for a look-alike that means a degree
/// alone, with it. Never in a URL or an e-mail address, which stay as
/// written. Neighbours are read past invisible characters, which are about
/// to go.
pub(crate) fn degree_lookalikes(span: &str) -> Vec<Range<usize>> {
    let ends_word = |next: Option<char>| next.is_none_or(|c| !super::letters::is_alphanumeric(c));
    let found: Vec<Range<usize>> = span
        .char_indices()
        .filter_map(|(at, c)| Some((at, c, degree_lookalike(c)?)))
        .filter(|&(at, c, lookalike)| {
            let before = &span[..at];
            let mut after = span[at + c.len_utf8()..].chars().filter(|&c| !is_invisible(c));
            let next = after.next();
            let unit = matches!(next, Some('C' | 'F')) && ends_word(after.next());
            ends_with_lone_number(before) && (unit || lookalike == DegreeLookalike::Alone && ends_word(next))
        })
        .map(|(at, c, _)| at..at + c.len_utf8())
        .collect();
    // Most numbers and symbols hold none: only then is the span read whole.
    if found.is_empty() {
        return found;
    }
    let visible: String = span.chars().filter(|&c| !is_invisible(c)).collect();
    if visible.contains('@') || urls(&visible).next().is_some() {
        return Vec::new();
    }
    found
}

/// Whether `word`, spaced from the number `number` ends with (`37,5 oC`),
/// is a degree's unit typed with a look-alike: the look-alike, then `C` or
/// `F`, and nothing more. `number` is the text before the space, which
/// `word_at` (where the word begins) is past; however the space is typed
/// (a tab, `&nbsp;`, invisible characters beside it), it reads as one. The
/// number stands alone, as in [`degree_lookalikes`] (`A4 oC` is no
/// temperature).
pub(crate) fn spaced_degree_unit(number: &str, word_at: usize, word: &str) -> bool {
    let mut chars = word.chars();
    let (Some(sign), Some('C' | 'F'), None) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    degree_lookalike(sign).is_some() && number.len() < word_at && ends_with_lone_number(number)
}

/// Whether `text` ends with a number standing alone, as a temperature's
/// does (invisible characters about to go read past): no letter or digit
/// glued before it (`A4` is no number), unless the comma between gets its
/// space (`nay,36`: see [`number_after_word`]).
fn ends_with_lone_number(text: &str) -> bool {
    let start =
        text.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',') || is_invisible(c));
    let numeral = text[start.len()..].trim_start_matches(is_invisible);
    last_visible(text).is_some_and(|c| c.is_ascii_digit())
        && (last_visible(start).is_none_or(|c| !super::letters::is_alphanumeric(c))
            || numeral.starts_with(',') && number_after_word(start, ','))
}

/// Punctuation that joins the parts of a number or symbol but never ends
/// one.
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | '/' | ':' | '-' | '_' | '@' | '+')
}

/// Where `pattern` (a URL's `://` or `www.`) begins in `bytes`, each place
/// in order. Searched for byte by byte: chunks of text are short, and a
/// `str` pattern's searcher took more to set up than to search (callgrind,
/// `examples/workload.rs normalize`).
pub(super) fn places_of<'a>(bytes: &'a [u8], pattern: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    bytes
        .windows(pattern.len())
        .enumerate()
        .filter_map(move |(at, window)| (window == pattern).then_some(at))
}

/// The URLs of `text`, in order, each from its scheme (or `www.`) to where
/// a URL in prose ends. A known scheme is read as one even when letters are
/// glued before it. The renderer links the same URLs that normalisation
/// keeps as written. Each `://` and `www.` is looked for once, from where
/// the last was found: a text holding many URLs is read in time that grows
/// with its length, not with its square.
pub(crate) fn urls(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let next_scheme = move |from: usize| {
        places_of(&bytes[from..], b"://")
            .next()
            .map(|at| (from + at, scheme_start(text, from + at)))
    };
    // `www.` begins a URL after no letter, read as it will read: the
    // accents before it are about to be composed into their letter
    // (`U´www.`), the invisible characters taken out (`ò\0www.`).
    let next_www = move |from: usize| {
        places_of(&bytes[from..], b"www.")
            .map(|at| from + at)
            .find(|&at| {
                !text[..at]
                    .trim_end_matches(|c: char| is_spacing_tone(c) || is_combining_mark(c) || is_invisible(c))
                    .ends_with(|c: char| c.is_alphanumeric())
            })
    };
    let (mut scheme, mut www) = (next_scheme(0), next_www(0));
    let mut from = 0;
    std::iter::from_fn(move || {
        // Those inside the URL last found are passed over. (Where a URL
        // ends, no letter and no `www.` begins: the next is read as from
        // there.)
        if scheme.is_some_and(|(at, _)| at < from) {
            scheme = next_scheme(from);
        }
        if www.is_some_and(|at| at < from) {
            www = next_www(from);
        }
        let start = scheme.map(|(_, start)| start).into_iter().chain(www).min()?;
        let end = start + url_len(&text[start..]);
        // (A URL is never empty, and begins with an ASCII character: one
        // byte on, the search goes on whatever it found.)
        from = end.max(start + 1);
        Some(start..end)
    })
}

/// Where the URL whose `://` is at `at` begins: at a known scheme, even
/// with letters glued before it, or at another scheme, the word before
/// `://`, when it is one of ASCII letters; a word with other letters
/// (`khuyủ://`) is not part of the URL, whatever its repair makes of it.
/// The word is read with the combining marks about to be composed
/// (`Vie\u{323}\u{302}t://` is `Việt://`).
fn scheme_start(text: &str, at: usize) -> usize {
    let before = &text.as_bytes()[..at];
    ["https", "http", "ftps", "ftp"]
        .into_iter()
        .find(|scheme| {
            before.len() >= scheme.len()
                && before[before.len() - scheme.len()..].eq_ignore_ascii_case(scheme.as_bytes())
        })
        .map(|scheme| at - scheme.len())
        .unwrap_or_else(|| {
            let before = &text[..at];
            let word = before
                .char_indices()
                .rfind(|&(_, c)| !c.is_alphanumeric() && !is_combining_mark(c))
                .map_or(0, |(index, c)| index + c.len_utf8());
            if before[word..].chars().all(|c| c.is_ascii_alphabetic()) {
                word
            } else {
                at
            }
        })
}

/// How much of `text` (which starts with a URL) the URL takes: up to a
/// quote or an angle bracket, or a dot glued to a sentence's first word
/// in its host, then without the sentence punctuation after
/// it, and without a closing bracket it did not open (`(xem
/// https://x.vn/a)`), as link detectors read URLs in prose.
fn url_len(text: &str) -> usize {
    let stop = |c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '<' | '>');
    let mut url = &text[..text.find(stop).unwrap_or(text.len())];
    // A URL ends at its domain's ending or its page's or file's extension
    // before a dot glued to a word only Vietnamese writes: no part of a
    // host or a path is one (`https://vnexpress.net.Hôm nay`,
    // `www.dantri.com.vn/kinh-doanh.htm.Theo đó`), as [`joins_domain`]
    // reads it.
    let from = if url.starts_with("www.") {
        0
    } else {
        url.find("://").map_or(0, |at| at + 3)
    };
    let address = &url[from..];
    if let Some((dot, _)) = address.match_indices('.').find(|&(at, _)| {
        let label = &address[address[..at].rfind(['.', '/']).map_or(0, |mark| mark + 1)..at];
        is_address_ending(label.chars()) && begins_vietnamese_sentence(&address[at + 1..])
    }) {
        url = &url[..from + dot];
    }
    loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '…']);
        let unopened = |open: char, close: char| {
            trimmed.ends_with(close) && trimmed.matches(close).count() > trimmed.matches(open).count()
        };
        let trimmed = if unopened('(', ')') || unopened('[', ']') || unopened('{', '}') {
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if trimmed.len() == url.len() {
            return url.len();
        }
        url = trimmed;
    }
}

/// The parts of a run that may each be an address, with where each starts:
/// addresses listed with commas or semicolons are one run, and so are two
/// that typography joined (`a@b.vn ..c@d.vn` and `a@b.vn .:c@d.vn` lose
/// their space before the punctuation): no address holds a colon or two
/// dots in a row.
fn address_parts(run: &str) -> Vec<(usize, &str)> {
    let bytes = run.as_bytes();
    let mut parts = Vec::new();
    let (mut start, mut at) = (0, 0);
    while at < bytes.len() {
        let separator = match bytes[at] {
            b',' | b';' | b':' => 1,
            b'.' if bytes.get(at + 1) == Some(&b'.') => 2,
            _ => 0,
        };
        if separator == 0 {
            at += 1;
            continue;
        }
        parts.push((start, &run[start..at]));
        at += separator;
        start = at;
    }
    parts.push((start, &run[start..]));
    parts
}

fn is_email(core: &str) -> bool {
    core.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.contains('@')
    })
}

/// A digit anywhere (`1.800`, `BN2900`, `24/24h`), or a slash or hyphen
/// with two capitals in a row (`QĐ/TW`, `NĐ-CP`, `HD/BTCTW`).
fn is_number_or_symbol(core: &str) -> bool {
    if core.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    if !core.contains(['/', '-']) {
        return false;
    }
    // Two capitals in a row.
    let mut capitals = 0;
    core.chars().any(|c| {
        capitals = if c.is_uppercase() { capitals + 1 } else { 0 };
        capitals >= 2
    })
}

/// What a quote turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Open,
    Close,
    /// Neither, with certainty (`15"`, `a"b`, `H'Mông`): left as it was.
    Unpaired,
}

/// A quote of the text (double, or straight single), and what it becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quote {
    /// Byte offset in the text.
    pub(crate) at: usize,
    pub(crate) role: Role,
    /// The character it becomes: “ ” at the outer level, ‘ ’ inside and
    /// for a pair of single quotes.
    pub(crate) to: char,
}

/// A double quote, or a single one that a nested pair of them becomes.
pub(crate) fn is_any_quote(c: char) -> bool {
    is_double_quote(c) || matches!(c, '‘' | '’')
}

/// Whether `c` is a double quote that pairing handles.
pub(crate) fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

/// A quote as found in the text, with its neighbours.
pub(crate) struct Found {
    pub(crate) at: usize,
    pub(crate) quote: char,
    pub(crate) before: Option<char>,
    /// The visible character before it and the spaces before it.
    pub(crate) before_spaces: Option<char>,
    pub(crate) after: Option<char>,
    /// The visible character after it and the spaces after it (a line
    /// break is no space here).
    pub(crate) after_spaces: Option<char>,
    /// No quote of its kind before it on its line (its paragraph).
    pub(crate) first_on_line: bool,
}

/// Pairs the double quotes of a text. Which way a quote faces comes from
/// its neighbours: glued to the word after it, it opens; glued to the word
/// before it, it closes. A quote spaced on both sides (`“ Ban hành ”`, as
/// tokenised text writes them) opens when nothing is open and closes
/// otherwise; one glued on both sides faces the way its shape says, or,
/// when straight, closes what is open, opens before a quote that can only
/// close, or is left alone (`a"b`). Opening and closing quotes are then
/// matched like brackets: matched pairs become “ ”, or ‘ ’ when inside
/// another pair; an opening quote never closed becomes “; a closing quote
/// with nothing to close (the inch mark in `15"`) stays as it was.
pub(crate) fn pair_quotes(found: &[Found]) -> Vec<Quote> {
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    // Quotes glued together (`""Bước đột phá" là …"`, a quote opening
    // another) are a run. A straight quote in a run faces the way the
    // characters around the whole run say: its neighbour is about to change
    // shape, so it cannot say. A curly quote in a run faces the way its
    // shape says (`-”“`, as the first normalisation left it).
    let glued = |index: usize| {
        found.get(index + 1).is_some_and(|next| {
            found[index].after == Some(next.quote) && next.before == Some(found[index].quote)
        })
    };
    let mut run_start: Vec<usize> = (0..found.len()).collect();
    for index in 1..found.len() {
        if glued(index - 1) {
            run_start[index] = run_start[index - 1];
        }
    }
    let mut run_end: Vec<usize> = (0..found.len()).collect();
    for index in (0..found.len().saturating_sub(1)).rev() {
        if glued(index) {
            run_end[index] = run_end[index + 1];
        }
    }
    // A quote glued to a colon opens what is said (`nói:"Được"`).
    let opens_after = |c: char| matches!(c, '(' | '[' | '{' | '-' | '–' | '—' | '/' | '‘' | ':');
    let closes_before = |c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '}' | '-' | '–' | '—' | '’'
        )
    };
    // A phrase's mark, which a quote typed with its space on the wrong side
    // follows (`Hùng,“ giá`, `Hùng," giá`).
    let ends_phrase = |c: char| matches!(c, ',' | '.' | ';' | '!' | '?' | '…');
    // Whether a quote (its run) is glued to the text before it and after it.
    let glued_sides = |index: usize| {
        let (before, after) = (found[run_start[index]].before, found[run_end[index]].after);
        let glued_before = !space(before) && !before.is_some_and(opens_after);
        let glued_after = !space(after) && !after.is_some_and(closes_before);
        (glued_before, glued_after)
    };
    let mut quotes: Vec<Quote> = Vec::with_capacity(found.len());
    let mut matched = vec![false; found.len()];
    let mut open: Vec<usize> = Vec::new();
    let mut undecided_before = false;
    let mut unpaired_on_line = false;
    // The first quote of the line of the quote at hand.
    let mut line_start = 0;
    for (index, this) in found.iter().enumerate() {
        if this.first_on_line {
            line_start = index;
        }
        let open_on_line = open.last().is_some_and(|&opener| opener >= line_start);
        let in_run = run_start[index] != index || run_end[index] != index;
        let opens = match glued_sides(index) {
            _ if in_run && this.quote != '"' => Some(this.quote == '“'),
            // A curly quote whose neighbours say the other way, its space
            // typed on the wrong side, is read by its shape. An opening one
            // after a phrase's mark (`Theo ông Hùng,“ giá sẽ tăng ”`) opens
            // as a quote spaced on both sides does, when nothing is open
            // (not `“Tôi đi.“ Ông nói`, on a page that writes every quote
            // “).
            (true, false)
                if this.quote == '“'
                    && this.before.is_some_and(ends_phrase)
                    && this.after.is_some_and(char::is_whitespace) =>
            {
                Some(open.is_empty())
            }
            // A closing one after a space closes a quote opened earlier on
            // its line (`“Mắt biếc ”đạt`, not `Ông nói ”Tôi`), when what is
            // before its spaces is not what an opening quote follows (`(`,
            // `:`): glued to it once its spaces go, it would read as opening.
            (false, true)
                if this.quote == '”'
                    && this.before.is_some_and(char::is_whitespace)
                    && this.before_spaces.is_some_and(|c| !opens_after(c)) =>
            {
                Some(!open_on_line)
            }
            (false, true) => Some(true),
            // A straight one typed the same way (`Hùng," giá sẽ tăng ".`)
            // opens when nothing is open and the next quote on its line,
            // glued to no word after it, can close it; alone on its line,
            // it closes what an earlier paragraph opened (below).
            (true, false)
                if this.quote == '"'
                    && open.is_empty()
                    && !in_run
                    && this.before.is_some_and(ends_phrase)
                    && this.after.is_some_and(char::is_whitespace)
                    && found.get(index + 1).is_some_and(|next| {
                        next.quote == '"'
                            && !next.first_on_line
                            && run_end[index + 1] == index + 1
                            && !glued_sides(index + 1).1
                    }) =>
            {
                Some(true)
            }
            (true, false) => Some(false),
            (false, false) => Some(open.is_empty()),
            (true, true) => match this.quote {
                '“' => Some(true),
                '”' => Some(false),
                _ if !open.is_empty() => Some(false),
                // Glued between two words with nothing open, a straight
                // quote opens when the next one, glued to the word before
                // it, will close it (`đề tài"Thiết kế" của`, `là"thỏi
                // socola"và`); after a digit it may be an inch mark
                // (`15"x20"`).
                _ if !in_run
                    && this
                        .before
                        .is_some_and(|c| is_word_part(c) && !c.is_ascii_digit())
                    && this.after.is_some_and(is_word_part)
                    && found.get(index + 1).is_some_and(|next| {
                        next.quote != '“' && run_end[index + 1] == index + 1 && glued_sides(index + 1).0
                    }) =>
                {
                    Some(true)
                }
                // Glued after a comma or a semicolon and before a word,
                // its space left out (`Theo ông A,"thị trường …"`), it
                // opens when the next quote on its line can close it:
                // glued to the word before it, or to no word after it.
                _ if !in_run
                    && this.before.is_some_and(|c| matches!(c, ',' | ';'))
                    && this.after.is_some_and(is_word_part)
                    && found.get(index + 1).is_some_and(|next| {
                        let (next_glued_before, next_glued_after) = glued_sides(index + 1);
                        next.quote != '“'
                            && !next.first_on_line
                            && run_end[index + 1] == index + 1
                            && (next_glued_before || !next_glued_after)
                    }) =>
                {
                    Some(true)
                }
                // A new sentence's quote, glued to the last one's mark
                // (`ngoài."Ở nhà`).
                _ if !in_run
                    && this.before.is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'))
                    && this.after.is_some_and(char::is_uppercase) =>
                {
                    Some(true)
                }
                _ => None,
            },
        };
        // A quote closing with nothing open closes what an earlier
        // paragraph opened (`… là cần thiết".`, `… chữ "thật" trong đánh
        // giá", thầy nói`), when every quote before it on its line (its
        // paragraph) was paired; after a digit it is an inch mark (`15"`)
        // and stays as typed. So does one after a quote whose way was left
        // undecided (`a"b`): that quote could pair with it once it had a
        // shape.
        if this.first_on_line {
            unpaired_on_line = false;
        }
        let closes_earlier =
            !unpaired_on_line && !undecided_before && this.before.is_some_and(|c| !c.is_ascii_digit());
        undecided_before |= opens.is_none();
        let role = match opens {
            Some(true) => {
                open.push(index);
                Role::Open
            }
            Some(false) => match open.pop() {
                Some(opener) => {
                    matched[opener] = true;
                    Role::Close
                }
                None if closes_earlier => Role::Close,
                None => Role::Unpaired,
            },
            None => Role::Unpaired,
        };
        unpaired_on_line |= role == Role::Unpaired;
        // An opening quote that is never closed is still an opening quote,
        // and a closing one with nothing open a closing one.
        let to = match role {
            Role::Open => '“',
            Role::Close => '”',
            Role::Unpaired => this.quote,
        };
        quotes.push(Quote {
            at: this.at,
            role,
            to,
        });
    }
    // The same matching again, now that it is known which opening quotes
    // get closed: a pair inside another pair is written ‘ ’. Counting the
    // matched openers on the stack, rather than looking through it at each
    // close, keeps a text of many unclosed quotes linear.
    let mut stack: Vec<usize> = Vec::new();
    let mut matched_on_stack = 0;
    for index in 0..quotes.len() {
        match quotes[index].role {
            Role::Open => {
                stack.push(index);
                matched_on_stack += usize::from(matched[index]);
            }
            Role::Close => {
                if let Some(opener) = stack.pop() {
                    matched_on_stack -= usize::from(matched[opener]);
                    let nested = matched_on_stack > 0;
                    let (opening, closing) = if nested { ('‘', '’') } else { ('“', '”') };
                    quotes[opener].to = opening;
                    quotes[index].to = closing;
                }
            }
            Role::Unpaired => {}
        }
    }
    quotes
}

/// Pairs the straight single quotes of a text that set words apart
/// (`gọi là 'ma men'`) as ‘ ’. A straight single quote is more often an
/// apostrophe than a quote (`H'Mông`, `phút 90'`, `Reuters'`), so only a
/// sure pair changes, on one line: an opening quote after a space, an
/// opening bracket, a dash, a colon, another quote or the start, with a
/// letter right after it, or glued after a sentence's end before a
/// capital; a closing one after a letter, digit or sentence mark, with a
/// space, punctuation, another quote or the end after it, or glued
/// between two words where it cannot be an apostrophe
/// ([`glued_quote_may_close`]). A quote spaced on both sides, not after a
/// number, is no apostrophe either: it closes what is open, or opens
/// before a word. Every other single quote stays as typed.
/// `found` are the text's straight single quotes, in order; `curly` its
/// curly single quotes and `doubles` its double quotes as [`pair_quotes`]
/// shaped them, which tell whether the next quote on a line closes.
pub(crate) fn pair_single_quotes(
    text: &str,
    found: &[Found],
    curly: &[Found],
    doubles: &[Quote],
) -> Vec<Quote> {
    // Any quote may stand beside one: which way a double quote faces, and
    // so its shape, is only known once it is paired.
    let opens = |quote: &Found| {
        quote.before.is_none_or(|c| {
            c.is_whitespace() || is_any_quote(c) || matches!(c, '(' | '[' | '{' | '–' | '—' | ':')
        }) && quote.after.is_some_and(char::is_alphabetic)
    };
    // Glued between a sentence's end and a capital (`nói.'Tôi`), a quote
    // closes what is open (`'ông trùm.'Sau`) or opens the next sentence.
    let between_sentences = |quote: &Found| {
        quote.before.is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'))
            && quote.after.is_some_and(char::is_uppercase)
    };
    // Spaced on both sides (`' tôi không biết '`, as tokenised text writes
    // quotes), a quote is no apostrophe: it closes what is open, or opens
    // before a word on its line. After a number it is a minute's or a
    // foot's mark (`phút 90 '`); beside another single quote (`' ' Đền ơn
    // ' '`, two standing for a double quote), straight or curly as this
    // pass may make it, it is left as typed.
    let spaced = |quote: &Found| {
        quote.before.is_none_or(char::is_whitespace)
            && quote.after.is_none_or(char::is_whitespace)
            && !quote
                .before_spaces
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, '\'' | '‘' | '’'))
            && !matches!(quote.after_spaces, Some('\'' | '‘' | '’'))
    };
    // The next quote on the line, straight, curly or double: whether it
    // closes as a single quote (a double one nested in another does).
    let next_closes = |index: usize, quote: &Found| {
        let straight = found
            .get(index + 1)
            .map(|next| (next.at, single_quote_closes(next)));
        let curly = curly
            .get(curly.partition_point(|curly| curly.at < quote.at))
            .map(|next| (next.at, single_quote_closes(next)));
        let double = doubles
            .get(doubles.partition_point(|double| double.at < quote.at))
            .map(|next| (next.at, next.to == '’' && shaped_pairs(text, next).1));
        [straight, curly, double]
            .into_iter()
            .flatten()
            .min_by_key(|(at, _)| *at)
            .is_some_and(|(next_at, closes)| closes && !breaks_line(&text[quote.at..next_at]))
    };
    let closes = |index: usize, quote: &Found| {
        single_quote_closes(quote) || (glued_quote_may_close(text, quote) && !next_closes(index, quote))
    };
    let mut quotes: Vec<Quote> = found
        .iter()
        .map(|quote| Quote {
            at: quote.at,
            role: Role::Unpaired,
            to: '\'',
        })
        .collect();
    let mut open: Vec<usize> = Vec::new();
    let mut line_from = 0;
    for (index, quote) in found.iter().enumerate() {
        // Each stretch between two quotes is read once.
        if breaks_line(&text[line_from..quote.at]) {
            open.clear();
        }
        line_from = quote.at;
        if opens(quote) || (open.is_empty() && between_sentences(quote)) {
            open.push(index);
        } else if !open.is_empty()
            && (spaced(quote) || between_sentences(quote) || closes(index, quote))
            && let Some(opener) = open.pop()
        {
            (quotes[opener].role, quotes[opener].to) = (Role::Open, '‘');
            (quotes[index].role, quotes[index].to) = (Role::Close, '’');
        } else if spaced(quote) && quote.after_spaces.is_some_and(char::is_alphabetic) {
            open.push(index);
        }
    }
    quotes
}

/// Whether a single quote as typed closes what is open, by its neighbours:
/// a straight one after a letter, digit or sentence mark, with a space,
/// punctuation, another quote or the end after it; `’` unless a word goes
/// on after it (`C’Land`, `’90`). (Glued between two words, either may
/// close too: [`glued_quote_may_close`].)
fn single_quote_closes(quote: &Found) -> bool {
    match quote.quote {
        '\'' => {
            quote
                .before
                .is_some_and(|c| is_word_part(c) || matches!(c, '.' | '!' | '?' | '…'))
                && quote.after.is_none_or(|c| {
                    c.is_whitespace()
                        || is_any_quote(c)
                        || matches!(
                            c,
                            ',' | '.' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '}' | '–' | '—'
                        )
                })
        }
        '’' => !quote.after.is_some_and(is_word_part),
        _ => false,
    }
}

/// Whether a single quote glued between two words may close the quote
/// open before it (`‘cú hích’của`, `'ma men'là`) rather than stand for an
/// apostrophe (`O’Brien`, `H'Mông`, `don’t`, `we’re`, `Rock’n’roll`): the
/// words on both sides have two letters or more, and the word after is not
/// an English contraction's ending. (It closes only when the next quote on
/// its line does not: `'aujourd'hui'`.)
fn glued_quote_may_close(text: &str, quote: &Found) -> bool {
    // Letters are read as they will read: past the invisible characters
    // about to go and the combining marks and spacing accents about to be
    // composed (`'en'U´g`), so that the text pairs the same way once it is
    // normalised.
    let letter = |c: &char| !is_invisible(*c) && !is_combining_mark(*c) && !is_spacing_tone(*c);
    let after = &text[quote.at + quote.quote.len_utf8()..];
    let mut before = text[..quote.at].chars().rev().filter(letter);
    let mut letters_after = after.chars().filter(letter);
    let two_letters = before.next().is_some_and(char::is_alphanumeric)
        && before.next().is_some_and(char::is_alphanumeric)
        && letters_after.next().is_some_and(char::is_alphabetic)
        && letters_after.next().is_some_and(char::is_alphabetic);
    // The word after, as typed: it begins with a letter (not a mark the
    // quote would carry), and is not an English contraction's ending.
    let mut word_after = after.chars().filter(|c| !is_invisible(*c));
    let first = word_after.next().filter(|c| c.is_alphabetic());
    let contraction = matches!(
        (
            first.map(|c| c.to_ascii_lowercase()),
            word_after.next().map(|c| c.to_ascii_lowercase()),
            word_after.next().filter(|&c| is_word_part(c)),
        ),
        (Some('r' | 'v'), Some('e'), None) | (Some('l'), Some('l'), None)
    );
    two_letters && first.is_some() && !contraction
}

/// Whether a quote shaped as a single one (from a straight one, or a
/// double one nested in another) opens and whether it closes among the
/// curly ones: it pairs as the text will read once its spaces are typeset;
/// glued to a word outside it, it does not.
fn shaped_pairs(text: &str, quote: &Quote) -> (bool, bool) {
    let before = last_visible(&text[..quote.at]);
    let after = &text[quote.at + text[quote.at..].chars().next().map_or(0, char::len_utf8)..];
    let glued_outside = match quote.role {
        Role::Open => before.is_some_and(is_word_part) && !opening_quote_lacks_space(before, after),
        _ => first_visible(after).is_some_and(is_word_part) && !closing_quote_lacks_space(before, after),
    };
    (
        quote.role == Role::Open && !glued_outside,
        quote.role == Role::Close && !glued_outside,
    )
}

/// Whether `stretch` holds a line break: single quotes pair on one line.
fn breaks_line(stretch: &str) -> bool {
    stretch.bytes().any(|byte| matches!(byte, b'\n' | b'\r'))
}

/// Pairs the curly single quotes an author typed (`‘ cú hích ’`), so that
/// the spaces just inside a pair go, as inside double quotes; they keep
/// their shape. `‘` opens unless words go on both sides of it (`H‘Mông`,
/// typed for an apostrophe; `là‘ cú hích’` opens) or a word goes before it
/// and a quote after it (`b‘’c`); `’` closes unless a word goes on after it
/// (`C’Land`, `’90`) and it cannot close there ([`glued_quote_may_close`]);
/// each pairs with the nearest one open on its line.
/// `found` are the typed ones, in order; `shaped` the double and straight
/// quotes as [`pair_quotes`] and [`pair_single_quotes`] left them, in
/// order: those that became ‘ ’ pair here as what they now are, so that the
/// text, when normalised again, pairs as it did. Returns the typed quotes
/// that pair.
pub(crate) fn pair_curly_quotes(text: &str, found: &[Found], shaped: &[Quote]) -> Vec<Quote> {
    let mut roles = vec![Role::Unpaired; found.len()];
    // What is open: a typed quote (its index in `found`) or one shaped.
    let mut open: Vec<Option<usize>> = Vec::new();
    let shaped = shaped
        .iter()
        .filter(|quote| quote.role != Role::Unpaired && matches!(quote.to, '‘' | '’'));
    let mut shaped = shaped.peekable();
    let mut line_from = 0;
    let mut typed = found.iter().enumerate().peekable();
    loop {
        // The next quote of either list, in text order.
        let typed_first = match (typed.peek(), shaped.peek()) {
            (Some((_, quote)), Some(shaped)) => quote.at < shaped.at,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let (at, typed_index, opens, closes) = if typed_first {
            let Some((index, quote)) = typed.next() else { break };
            let word_before = quote.before.is_some_and(is_word_part);
            // Glued to a word before it and a quote after it (`b‘’c`), it
            // does not open, as a shaped one does not.
            let opens = quote.quote == '‘'
                && !(word_before && quote.after.is_some_and(is_word_part))
                && (!word_before
                    || opening_quote_lacks_space(quote.before, &text[quote.at + '‘'.len_utf8()..]));
            // The next single quote on the line, typed or shaped: whether it closes.
            let mut next_closes = || {
                let typed_next = typed.peek().map(|(_, next)| (next.at, single_quote_closes(next)));
                let shaped_next = shaped.peek().map(|next| (next.at, shaped_pairs(text, next).1));
                typed_next
                    .into_iter()
                    .chain(shaped_next)
                    .min_by_key(|(at, _)| *at)
                    .is_some_and(|(next_at, closes)| closes && !breaks_line(&text[quote.at..next_at]))
            };
            let closes = single_quote_closes(quote)
                || (quote.quote == '’'
                    && !open.is_empty()
                    && glued_quote_may_close(text, quote)
                    && !next_closes());
            (quote.at, Some(index), opens, closes)
        } else {
            let Some(quote) = shaped.next() else { break };
            let (opens, closes) = shaped_pairs(text, quote);
            (quote.at, None, opens, closes)
        };
        // Each stretch between two quotes is read once.
        if breaks_line(&text[line_from..at]) {
            open.clear();
        }
        line_from = at;
        if opens {
            open.push(typed_index);
        } else if closes && let Some(opener) = open.pop() {
            for index in [opener, typed_index].into_iter().flatten() {
                roles[index] = if found[index].quote == '‘' {
                    Role::Open
                } else {
                    Role::Close
                };
            }
        }
    }
    found
        .iter()
        .zip(roles)
        .filter(|(_, role)| *role != Role::Unpaired)
        .map(|(quote, role)| Quote {
            at: quote.at,
            role,
            to: quote.quote,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair_all(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let found: Vec<Found> = (0..chars.len())
            .filter(|&i| is_double_quote(chars[i]))
            .map(|i| Found {
                at: i,
                quote: chars[i],
                before: i.checked_sub(1).map(|j| chars[j]),
                before_spaces: chars[..i].iter().rev().find(|c| !c.is_whitespace()).copied(),
                after: chars.get(i + 1).copied(),
                after_spaces: chars[i + 1..].iter().find(|c| !c.is_whitespace()).copied(),
                first_on_line: !chars[..i]
                    .iter()
                    .rev()
                    .take_while(|&&c| c != '\n')
                    .any(|&c| is_double_quote(c)),
            })
            .collect();
        let quotes = pair_quotes(&found);
        let mut out = chars.clone();
        for quote in quotes {
            out[quote.at] = quote.to;
        }
        out.into_iter().collect()
    }

    #[test]
    fn pairs_single_quotes_only_where_sure() {
        let pair = |text: &str| {
            let found: Vec<Found> = text
                .match_indices('\'')
                .map(|(at, _)| Found {
                    at,
                    quote: '\'',
                    before: text[..at].chars().next_back(),
                    before_spaces: text[..at].trim_end().chars().next_back(),
                    after: text[at + 1..].chars().next(),
                    after_spaces: text[at + 1..].trim_start().chars().next(),
                    first_on_line: false,
                })
                .collect();
            let mut out = text.to_owned();
            for quote in pair_single_quotes(text, &found, &[], &[]).iter().rev() {
                out.replace_range(quote.at..quote.at + 1, quote.to.encode_utf8(&mut [0; 4]));
            }
            out
        };
        for (text, paired) in [
            ("gọi là 'ma men', rồi", "gọi là ‘ma men’, rồi"),
            ("('tăng động')", "(‘tăng động’)"),
            ("\"'Số đỏ' của\"", "\"‘Số đỏ’ của\""),
            ("'Tôi đi.' Rồi", "‘Tôi đi.’ Rồi"),
            ("quán 'Phở 24' và 'Bún 5'", "quán ‘Phở 24’ và ‘Bún 5’"),
            ("phút 90' và 'bù giờ'", "phút 90' và ‘bù giờ’"),
            // Apostrophes, and quotes that are not surely a pair.
            ("Người H'Mông, Ia H'Drai", "Người H'Mông, Ia H'Drai"),
            ("phút 90'+2 và Reuters' tin", "phút 90'+2 và Reuters' tin"),
            // Spaced on both sides, as tokenised text writes quotes.
            ("thập niên '90 và ' cách '", "thập niên '90 và ‘ cách ’"),
            ("nói ' tôi đi' rồi", "nói ‘ tôi đi’ rồi"),
            ("phút 90 ' và phút 45 '", "phút 90 ' và phút 45 '"),
            ("' 5 '", "' 5 '"),
            ("Quỹ ' ' Đền ơn ' ' ban", "Quỹ ' ' Đền ơn ' ' ban"),
            ("‘à’ ' b '", "‘à’ ' b '"),
            ("'chưa đóng", "'chưa đóng"),
            ("'một dòng\nmột dòng khác'", "'một dòng\nmột dòng khác'"),
            ("nói:'Được'", "nói:‘Được’"),
            ("Ia H':'Drai", "Ia H':'Drai"),
        ] {
            assert_eq!(pair(text), paired, "{text}");
        }
    }

    #[test]
    fn pairs_straight_and_mismatched_quotes() {
        assert_eq!(
            pair_all(r#"chống "chạy chức, chạy quyền”, chống"#),
            "chống “chạy chức, chạy quyền”, chống"
        );
        assert_eq!(pair_all(r#"”Sai” và "đúng""#), "“Sai” và “đúng”");
        assert_eq!(
            pair_all(r#"Ông nói: "Đây là "bước đột phá"." "#),
            "Ông nói: “Đây là ‘bước đột phá’.” "
        );
        assert_eq!(pair_all(r#"màn hình 15" và 17""#), r#"màn hình 15" và 17""#);
        assert_eq!(pair_all(r#"Anh nói:"Được". "#), "Anh nói:“Được”. ");
        // Glued on both sides: the first of two opens.
        assert_eq!(pair_all(r#"đề tài"Thiết kế"của"#), "đề tài“Thiết kế”của");
        assert_eq!(pair_all(r#"màn hình 15"x20""#), r#"màn hình 15"x20""#);
        assert_eq!(pair_all(r#"a"b c "d"#), r#"a"b c “d"#);
        // A quote opening another, and closing with it.
        assert_eq!(
            pair_all(r#"Ông nói ""Bước đột phá" là cần thiết.""#),
            "Ông nói “‘Bước đột phá’ là cần thiết.”"
        );
        assert_eq!(pair_all(r#""Gọi là "đột phá"". "#), "“Gọi là ‘đột phá’”. ");
        assert_eq!(
            pair_all(r#"số " Ban hành " , " Sửa đổi ""#),
            "số “ Ban hành ” , “ Sửa đổi ”"
        );
        // A quote closing what an earlier paragraph opened; a new
        // sentence's quote glued to the last one's mark.
        assert_eq!(pair_all(r#"là cần thiết". Ông nói"#), "là cần thiết”. Ông nói");
        // Each line is a paragraph; not after a quote left undecided.
        assert_eq!(pair_all("“Mở\nvà đóng\". Hết"), "“Mở\nvà đóng”. Hết");
        assert_eq!(
            pair_all("Ông \"A\".\nlà cần thiết\"."),
            "Ông “A”.\nlà cần thiết”."
        );
        assert_eq!(
            pair_all("15\"x20\"\nlà cần thiết\"."),
            "15\"x20\"\nlà cần thiết\"."
        );
        assert_eq!(
            pair_all(r#"đeo hậu môn ngoài."Ở nhà, con"#),
            "đeo hậu môn ngoài.“Ở nhà, con"
        );
        assert_eq!(pair_all(r#"kích thước 6,52", chip"#), r#"kích thước 6,52", chip"#);
        // An opening quote never closed does not make the pairs after it nested.
        assert_eq!(
            pair_all("“Mở mãi. “Trích “lồng” hết”, bà nói."),
            "“Mở mãi. “Trích ‘lồng’ hết”, bà nói."
        );
    }

    #[test]
    fn protects_numbers_urls_addresses_and_symbols() {
        fn protected(chunk: &str) -> Vec<&str> {
            protected_spans(chunk)
                .into_iter()
                .map(|span| &chunk[span])
                .collect()
        }
        for (chunk, expected) in [
            ("1.800", vec!["1.800"]),
            ("3,5%;", vec!["3,5%"]),
            ("24/24h", vec!["24/24h"]),
            ("(30/2020/NĐ-CP),", vec!["30/2020/NĐ-CP"]),
            ("205-QĐ/TW,", vec!["205-QĐ/TW"]),
            ("“1.800”)1.800\"", vec!["1.800", "1.800"]),
            (
                "https://dantri.com.vn/hoà-bình.htm).",
                vec!["https://dantri.com.vn/hoà-bình.htm"],
            ),
            ("(www.baomoi.com)", vec!["www.baomoi.com"]),
            ("https://vnexpress.net.Hôm", vec!["https://vnexpress.net"]),
            ("www.x.vn.Đây", vec!["www.x.vn"]),
            ("https://a.Việt.vn", vec!["https://a.Việt.vn"]),
            (
                "https://vi.wikipedia.org/wiki/Hà_Nội",
                vec!["https://vi.wikipedia.org/wiki/Hà_Nội"],
            ),
            ("toasoan@dantri.com.vn.", vec!["toasoan@dantri.com.vn"]),
            ("toasoan@dantri.com.vn.Việt", vec!["toasoan@dantri.com.vn"]),
            ("a@b.vnABCthủy", vec!["a@b.vnABC"]),
            ("a@b.vn,c@d.vn;", vec!["a@b.vn", "c@d.vn"]),
            ("a@b.vn..c@d.vn", vec!["a@b.vn", "c@d.vn"]),
            ("a@b.vn.:c@d.vn", vec!["a@b.vn", "c@d.vn"]),
            ("HD/BTCTW", vec!["HD/BTCTW"]),
            ("ftp://a.vn", vec!["ftp://a.vn"]),
            ("svn://a.vn", vec!["svn://a.vn"]),
            ("khuyủ://a.vn", vec!["://a.vn"]),
            ("khuỷu://a.vn", vec!["://a.vn"]),
            ("bước\u{200b}a://a.vn", vec!["://a.vn"]),
            ("\u{200b}svn://a.vn", vec!["\u{200b}svn://a.vn"]),
            (
                "https://vn\u{200b}express.net",
                vec!["https://vn\u{200b}express.net"],
            ),
            ("thủy\u{200b}1.800", vec!["\u{200b}1.800"]),
            ("19\u{8}96", vec!["19\u{8}96"]),
            ("2020,thành", vec!["2020"]),
            ("COVID-19.Đây", vec!["COVID-19"]),
            ("USD/năm.Đã", vec!["USD/năm"]),
            // An ellipsis before the sentence goes with it, and the word
            // glued after the number is then cut off as after a full stop.
            ("năm 2020...Việt", vec!["2020"]),
            ("2020của...Việt", vec!["2020"]),
            ("H&amp;M", vec!["&amp;"]),
            ("&quot;Được&quot;,", vec!["&quot;", "&quot;"]),
            ("&#8211; &#x2014;", vec!["&#8211;", "&#x2014;"]),
            ("AT&T;", vec![]),
            ("QĐ/TW.Năm", vec!["QĐ/TW"]),
            ("205-QĐ/TW,ngày", vec!["205-QĐ/TW"]),
            ("16:07,Thứ", vec!["16:07"]),
            ("2,5m", vec!["2,5m"]),
            ("0,3%so", vec!["0,3"]),
            ("5%x2", vec!["5%x2"]),
            ("100%VN", vec!["100%VN"]),
            ("1.800đ.Sáng", vec!["1.800đ"]),
            ("P11,Q10", vec!["P11,Q10"]),
            ("Kenh14.Vn", vec!["Kenh14"]),
            ("1.800\u{200b},hòa", vec!["1.800\u{200b}"]),
            ("a0@a.vn,,,tòan-ABC", vec!["a0@a.vn,,,tòan-ABC"]),
            ("2020,NĐ-CP", vec!["2020,NĐ-CP"]),
            ("(Ảnh:TTXVN/Quang", vec!["TTXVN/Quang"]),
            ("Nguồn:Reuters/AFP).", vec!["Reuters/AFP"]),
            ("Email:bandoc1@x.vn", vec!["bandoc1@x.vn"]),
            ("41:2016/BGTVT", vec!["41:2016/BGTVT"]),
            ("mailto:bandoc1@x.vn", vec!["mailto:bandoc1@x.vn"]),
            ("Số:12/2020/NĐ-CP", vec!["12/2020/NĐ-CP"]),
            ("liệu:1.000", vec!["1.000"]),
            ("tel:0912345678", vec!["tel:0912345678"]),
            ("TCVN:5574", vec!["TCVN:5574"]),
            ("QĐ:Ban/TW", vec!["QĐ:Ban/TW"]),
        ] {
            assert_eq!(protected(chunk), expected, "{chunk}");
        }
        for chunk in [
            "hòa",
            "và/hoặc",
            "Hà-Nội",
            "“chạy",
            "TP.HCM",
            "“Yars”/“Kedr”",
            "Ảnh:Reuters/Afp",
        ] {
            assert_eq!(protected(chunk), Vec::<&str>::new(), "{chunk}");
        }
    }

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
