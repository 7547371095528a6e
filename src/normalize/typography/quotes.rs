//! Quotes paired: straight and mismatched double quotes as “ ”, a quote
//! inside a quote as ‘ ’, straight single quotes only where they surely
//! pair, never an inch mark (`15"`) or an apostrophe (`H'Mông`).

use super::{
    closing_quote_lacks_space, first_visible, is_invisible, is_word_part, last_visible,
    opening_quote_lacks_space,
};
use crate::normalize::compose::is_spacing_tone;
use crate::normalize::unicode::is_combining_mark;

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
    // The quotes before which what is open was set aside (below).
    let mut afresh: Vec<usize> = Vec::new();
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
            // With nothing open on its line, a curly one faces the way its
            // shape says: what an earlier paragraph left open does not
            // make an opening one close (`Tên miền “.vn” là`).
            (false, false) if this.quote != '"' && !open_on_line => Some(this.quote == '“'),
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
                // A quote opening a paragraph while an earlier paragraph's
                // is still open continues a quotation over paragraphs, as
                // news writes it: each paragraph opens, the last one
                // closes. It is no quote inside that quote. (Further into
                // the paragraph, one may be: `Tôi nhớ, dư luận “dậy
                // sóng”` inside the quote an earlier paragraph opened.)
                if this.before.is_none_or(|c| matches!(c, '\n' | '\r')) && !open.is_empty() {
                    open.clear();
                    afresh.push(index);
                }
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
    let mut afresh = afresh.into_iter().peekable();
    for index in 0..quotes.len() {
        if afresh.next_if_eq(&index).is_some() {
            stack.clear();
            matched_on_stack = 0;
        }
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
}
