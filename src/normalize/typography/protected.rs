//! The spans normalisation leaves as written: numbers (`1.800`, `3,5%`,
//! `COVID-19`), document symbols (`30/2020/NĐ-CP`, `205-QĐ/TW`), URLs,
//! e-mail addresses and character references; a degree sign's look-alikes
//! inside them.

use std::ops::Range;

use super::{
    begins_small_word, begins_vietnamese_sentence, is_address_ending, is_invisible, is_lower, last_visible,
    number_after_word,
};
use crate::article::whole_reference_len;
use crate::normalize::compose::is_spacing_tone;
use crate::normalize::glued_words;
use crate::normalize::letters::{is_alphanumeric, letter};
use crate::normalize::unicode::is_combining_mark;
use crate::normalize::{leaked_nbsp_len, merge_in_order};

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
    let urls_and_references = merge_in_order(urls(chunk).collect(), character_references(chunk), |span| {
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
    for span in merge_in_order(urls_and_references, spans, |span| span.start) {
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
        .filter(|&at| leaked_nbsp_len(&chunk[at..]) == 0)
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
    'symbols: loop {
        let run = &chunk[from..run.end];
        let lead = run.len() - run.trim_start_matches(is_joiner).len();
        let core = run.trim_matches(is_joiner);
        if is_number_or_symbol(core) {
            let symbol = without_glued_words(without_abbreviation_after(without_sentence_after(core)));
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
                let start = from + lead + part_start + part.len() - part.trim_start_matches(is_joiner).len();
                // `a@b.vn.Việt`, `a@b.vnABCthủy`: the sentence or the word
                // glued after it is no part of it, as when a number's run
                // holds the address.
                let part = part.trim_matches(is_joiner);
                let before_sentence = without_sentence_after(part);
                let trimmed = before_sentence.trim_end_matches(is_joiner);
                let trimmed = &trimmed[..trimmed.len() - glued_words::marked_word_at_end(trimmed)];
                if is_email(trimmed) {
                    spans.push(start..start + trimmed.len());
                }
                // `a.Việt@b.vn`: the sentence glued after the first word is
                // read as a run of its own, as when a symbol is cut short.
                if !before_sentence.is_empty() && before_sentence.len() < part.len() {
                    from = start + before_sentence.len();
                    continue 'symbols;
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
            // A domain's next part is small (`a0@a.vn`). A word's first
            // `Ð` (eth) will read `Đ`, a capital.
            '.' => next.is_some_and(|next| next == 'Ð' || letter(next).is_some_and(|letter| letter.upper)),
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

/// A number without the abbreviated word a scrape glued after it with a
/// comma (`5,Q.3` for `phường 5, quận 3`, `3/2,P.12`, `2019,U.23`): one
/// or two capitals and a full stop, then a digit or a capital. No symbol
/// goes on that way; a code after a comma has no full stop (`2020,NĐ-CP`).
/// An eth `Ð` will read `Đ`, a capital (`5,Ð.C`).
fn without_abbreviation_after(core: &str) -> &str {
    let glued = core.match_indices(',').find(|&(at, _)| {
        let after = &core[at + 1..];
        let capitals = after
            .chars()
            .take_while(|&c| c.is_ascii_uppercase() || matches!(c, 'Đ' | 'Ð'))
            .count();
        let rest = &after[after
            .char_indices()
            .nth(capitals)
            .map_or(after.len(), |(end, _)| end)..];
        core[..at].ends_with(|c: char| c.is_ascii_digit())
            && (1..=2).contains(&capitals)
            && rest
                .strip_prefix('.')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()))
    });
    glued.map_or(core, |(at, _)| &core[..at])
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
/// `mailto:`, `tel:`, as [`missing_space`](super::missing_space) reads
/// them).
pub(super) fn is_label(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_alphabetic() || is_combining_mark(c) || is_spacing_tone(c))
        && word.chars().any(is_lower)
        && !word.chars().all(|c| c.is_ascii_lowercase())
}

/// How long the word is that a scrape glued with a comma before a number
/// or a code (`Đến nay,100%`, `Nguyễn Trãi,Q.1`), its comma included:
/// letters only, two or more, and some of them small when a code follows
/// (see [`missing_space`](super::missing_space), which gives the comma its
/// space). 0 when there is none, as in `2019,2020`, `Covid-19,5`, `a,1` or
/// `NĐ,CP-12`.
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
pub(super) fn joins_symbol(c: char) -> bool {
    is_alphanumeric(c) || is_combining_mark(c) || is_joiner(c) || matches!(c, '%' | '°' | '˚')
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
    let found: Vec<Range<usize>> = span
        .char_indices()
        .filter_map(|(at, c)| Some((at, c, degree_lookalike(c)?)))
        .filter(|&(at, c, lookalike)| {
            let before = &span[..at];
            let after = &span[at + c.len_utf8()..];
            let alone = || {
                lookalike == DegreeLookalike::Alone && ends_word(after.chars().find(|&c| !is_invisible(c)))
            };
            ends_with_lone_number(before) && (begins_degree_unit(after) || alone())
        })
        .map(|(at, c, _)| at..at + c.len_utf8())
        .collect();
    // Most numbers and symbols hold none: only then is the span read whole.
    if found.is_empty() || is_address(span) {
        return Vec::new();
    }
    found
}

/// Whether `next`, the character after a degree or its unit, ends the
/// word: none, or no letter or digit.
fn ends_word(next: Option<char>) -> bool {
    next.is_none_or(|c| !is_alphanumeric(c))
}

/// Whether `text` begins with a degree's unit, `C` or `F` ending the word,
/// read past invisible characters.
fn begins_degree_unit(text: &str) -> bool {
    let mut visible = text.chars().filter(|&c| !is_invisible(c));
    matches!(visible.next(), Some('C' | 'F')) && ends_word(visible.next())
}

/// Whether `text`, after a number, begins with its degree typed with a
/// look-alike and its unit (`oC`, `ºF`): the temperature
/// [`degree_lookalikes`] reads, not a code's letters (`A4oC`'s are, its
/// number not standing alone).
pub(crate) fn begins_lookalike_degree(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().and_then(degree_lookalike).is_some() && begins_degree_unit(chars.as_str())
}

/// Whether the protected span `span` is a URL or an e-mail address, read
/// past the invisible characters about to go: it stays as written.
pub(crate) fn is_address(span: &str) -> bool {
    let visible: String = span.chars().filter(|&c| !is_invisible(c)).collect();
    visible.contains('@') || urls(&visible).next().is_some()
}

/// Whether `word`, spaced from the number `number` ends with (`37,5 oC`),
/// is a degree's unit typed with a look-alike: the look-alike, then `C` or
/// `F`, and nothing more. `number` gives the text before the space, which
/// `word_at` (where the word begins) is past; however the space is typed
/// (a tab, `&nbsp;`, invisible characters beside it), it reads as one. It
/// is asked for only once the word is such a unit: reading back over the
/// space before every word cost a twelfth of a render (callgrind). The
/// number stands alone, as in [`degree_lookalikes`] (`A4 oC` is no
/// temperature).
pub(crate) fn spaced_degree_unit<'a>(number: impl FnOnce() -> &'a str, word_at: usize, word: &str) -> bool {
    let mut chars = word.chars();
    let (Some(sign), Some('C' | 'F'), None) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    if degree_lookalike(sign).is_none() {
        return false;
    }
    let number = number();
    number.len() < word_at && ends_with_lone_number(number)
}

/// Whether `text` ends with a number standing alone, as a temperature's
/// does (invisible characters about to go read past): no letter or digit
/// glued before it (`A4` is no number), unless the comma between gets its
/// space (`nay,36`: see [`number_after_word`]), the word is a small one
/// the pass cuts off (`và37,5`: see [`glued_words::small_word_before`]) or
/// a leaked `&nbsp`, which reads as a space (`&nbsp36`).
fn ends_with_lone_number(text: &str) -> bool {
    let start =
        text.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',') || is_invisible(c));
    let numeral = text[start.len()..].trim_start_matches(is_invisible);
    let leaked_space = || {
        start
            .rfind('&')
            .is_some_and(|at| leaked_nbsp_len(&start[at..]) == start.len() - at)
    };
    last_visible(text).is_some_and(|c| c.is_ascii_digit())
        && (last_visible(start).is_none_or(|c| !is_alphanumeric(c))
            || numeral.starts_with(',') && number_after_word(start, ',')
            || small_word_glued_before(start, &text[start.len()..])
            || leaked_space())
}

/// Whether the number `number`, after `before`, has a small word glued
/// before it that the pass cuts off (`và37,5`, `ã0`: see
/// [`glued_words::small_word_before`]), or several, each cut off in turn
/// (`hòaViệt1.800`), so that it will stand alone. Read
/// as the pass reads it, invisible characters gone and a leaked `&nbsp` a
/// space; never inside an e-mail address, where the pass cuts no word off
/// (`ong@ê36`).
pub(super) fn small_word_glued_before(before: &str, number: &str) -> bool {
    let visible = |text: &str| text.chars().filter(|&c| !is_invisible(c)).collect::<String>();
    // Only the chunk the number ends (no invisible character is
    // whitespace): copying all the text before it made a paragraph's
    // ranges take time that grew with the square of its length.
    let chunk = visible(before.rsplit(char::is_whitespace).next().unwrap_or_default());
    // A leaked `&nbsp` reads as a space too (`ủ&nbspá0`).
    let chunk = match chunk.rfind('&') {
        Some(at) => &chunk[at + leaked_nbsp_len(&chunk[at..])..],
        None => &chunk,
    };
    let word = &chunk[chunk
        .trim_end_matches(|c: char| c.is_alphabetic() || is_combining_mark(c))
        .len()..];
    let glued = format!("{word}{}", visible(number));
    // The run of letters, digits and joiners the number ends, as the pass
    // reads its spans: `@!ê36` holds no address, `ong@ê36` does.
    let run = chunk.rsplit(|c| !joins_symbol(c)).next().unwrap_or_default();
    // Twice at most: after a word cut off before a capital, only a number
    // is cut off after a capitalised one.
    let mut cut = 0;
    while cut < word.len()
        && let Some(len) = glued_words::small_word_before(&glued[cut..])
    {
        cut += len;
    }
    !word.is_empty() && !run.contains('@') && cut == word.len()
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
pub(crate) fn places_of<'a>(bytes: &'a [u8], pattern: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
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
/// The word is read with the combining marks and spacing accents about
/// to be composed (`Vie\u{323}\u{302}t://` is `Việt://`, `a´nC://` is
/// `ánC://`).
pub(super) fn scheme_start(text: &str, at: usize) -> usize {
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
                .rfind(|&(_, c)| !c.is_alphanumeric() && !is_combining_mark(c) && !is_spacing_tone(c))
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
        // (Read as it will read, without its invisible characters.)
        is_address_ending(label.chars().filter(|&c| !is_invisible(c)))
            && begins_vietnamese_sentence(&address[at + 1..])
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
pub(super) fn is_number_or_symbol(core: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

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
            // The sentence glued after a first word is read alone.
            ("ABC:a.Việt@b.vn-hoà", vec!["Việt@b.vn-hoà"]),
            ("a.Việt@b.vn-hoà", vec!["Việt@b.vn-hoà"]),
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
}
