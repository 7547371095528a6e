//! The one pass over a text: cut it into pieces (gaps between words,
//! protected spans, plain text), pair its quotes, then rewrite each word
//! and gap.
//!
//! Everything is decided on what the text will look like, not on what it
//! looks like now, so that a second pass finds nothing to do: invisible
//! characters count as gone, quotes are judged by the text beside them
//! rather than by their present shape, and protected spans are found the
//! same way whatever spacing surrounds them.

use std::borrow::Cow;
use std::ops::Range;

use super::changes::{Change, ChangeKind, Rewriter};
use super::compose::{self, Marks, Reader, Reading};
use super::glued_words;
use super::letters::{is_alphanumeric, letter};
use super::tone_placement::{Style, Tally};
use super::typography::{self, Found, Quote, Role};
use super::unicode::{is_combining_mark, nfc};

/// A stretch of text that one rule handles.
enum Piece {
    /// Spaces and tabs, with any invisible characters among them.
    Gap(Range<usize>),
    /// Whitespace other than spaces and tabs: left as it is.
    Untouched,
    /// A no-break space that [`is_stray_no_break_space`] says goes.
    StrayNoBreakSpace(Range<usize>),
    /// A number, symbol, address or URL: left as written, but for the
    /// invisible characters inside it.
    Protected(Range<usize>),
    /// Words and punctuation, and the protected spans glued to them.
    Plain(Range<usize>, GluedSpans),
}

/// A text cut into pieces, ready to be read or rewritten.
pub(super) struct Text<'a> {
    text: &'a str,
    typography: bool,
    pieces: Vec<Piece>,
}

impl<'a> Text<'a> {
    /// Cuts `text` into gaps between words, protected spans (see
    /// [`typography::protected_spans`]) and the plain text around them.
    /// Gaps exist only with `typography`.
    ///
    /// One scan over the bytes: a chunk of plain text runs to the next
    /// whitespace or the next gap that holds a space, and only where a
    /// character may be whitespace or invisible (see [`may_begin_break`])
    /// is one decoded. Invisible characters inside a chunk stay part of it.
    /// The same scan notes whether a chunk may hold a protected span.
    pub(super) fn new(text: &'a str, typography: bool) -> Self {
        let bytes = text.as_bytes();
        // About one piece in four bytes (a word and a gap) in Vietnamese
        // prose: room for a paragraph at once, grown for longer texts.
        let mut pieces = Vec::with_capacity((text.len() / 4).min(4096));
        let mut chunk_start = 0;
        let mut may_hold_span = false;
        let mut url_nbsps = UrlNbsps::new(text);
        let mut at = 0;
        while let Some(offset) = bytes[at..]
            .iter()
            .position(|&byte| BYTE_CLASS[usize::from(byte)] != 0)
        {
            at += offset;
            if BYTE_CLASS[usize::from(bytes[at])] == MAY_BEGIN_SPAN {
                may_hold_span |= bytes[at] != b'.' || bytes[..at].ends_with(b"www");
                at += 1;
                continue;
            }
            if !may_begin_break(&text[at..]) {
                // Another character reference is a span (`&quot;`).
                may_hold_span |= bytes[at] == b'&';
                at += 1;
                continue;
            }
            // A leaked `&nbsp` (`may_begin_break` says): a break, but for a
            // URL's.
            if typography && bytes[at] == b'&' && url_nbsps.contain(chunk_start, at) {
                at += 1;
                continue;
            }
            let c = text[at..].chars().next().unwrap_or_default();
            let (gap_end, holds_space) = if typography {
                gap_end(text, at, |nbsp| url_nbsps.contain(chunk_start, nbsp))
            } else {
                (at, false)
            };
            // A gap or other whitespace ends the chunk before it.
            let (ends_chunk, next) = if holds_space {
                (Piece::Gap(at..gap_end), gap_end)
            } else if gap_end > at {
                at = gap_end; // invisible characters inside a chunk
                continue;
            } else if typography && c == NO_BREAK_SPACE && is_stray_no_break_space(text, at) {
                (Piece::StrayNoBreakSpace(at..at + c.len_utf8()), at + c.len_utf8())
            } else if c.is_whitespace() {
                (Piece::Untouched, at + c.len_utf8())
            } else {
                at += c.len_utf8();
                continue;
            };
            push_chunk(text, chunk_start..at, may_hold_span, &mut pieces);
            pieces.push(ends_chunk);
            at = next;
            chunk_start = at;
            may_hold_span = false;
        }
        push_chunk(text, chunk_start..bytes.len(), may_hold_span, &mut pieces);
        Text {
            text,
            typography,
            pieces,
        }
    }

    /// Composition, tone placement and (with typography) typography: the
    /// new text and its changes, or `None` when nothing changes.
    /// Also counts the house-style vote among the words.
    pub(super) fn rewrite(&self, marks: Marks) -> (Option<(String, Vec<Change>)>, Tally) {
        // Quotes are paired before anything is rewritten: the spaces just
        // inside a pair go, and that depends on quotes after the spaces.
        let mut quotes = QuotesInOrder::new(if self.typography {
            self.plan_quotes()
        } else {
            Vec::new()
        });
        let mut rewriter = Rewriter::new(self.text);
        let mut tally = Tally::default();
        // Where the text a gap's rule rewrote ends: a mark typed on the
        // wrong side of the gap is part of its change.
        let mut rewritten_to = 0;
        for piece in &self.pieces {
            match piece {
                Piece::Gap(range) => rewritten_to = self.gap(range.clone(), &mut quotes, &mut rewriter),
                Piece::Untouched => {}
                Piece::StrayNoBreakSpace(range) => {
                    if range.start >= rewritten_to {
                        rewriter.replace(range.clone(), "", ChangeKind::Spacing);
                    }
                }
                Piece::Protected(range) => {
                    let start = range.start.max(rewritten_to);
                    if self.typography && start < range.end {
                        protected(self.text, start..range.end, &mut rewriter);
                    }
                }
                Piece::Plain(range, glued) => {
                    let start = range.start.max(rewritten_to);
                    if start < range.end {
                        let glued = GluedSpans {
                            before: glued.before && start == range.start,
                            after: glued.after,
                        };
                        self.plain(
                            start..range.end,
                            glued,
                            marks,
                            &mut quotes,
                            &mut rewriter,
                            &mut tally,
                        )
                    }
                }
            }
        }
        (rewriter.finish(), tally)
    }

    fn plain_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Plain(range, _) => Some(range.clone()),
            _ => None,
        })
    }

    /// Every double quote of the plain text, paired, and the straight
    /// single quotes that surely pair. A quote's neighbours are read past
    /// invisible characters, which are about to go.
    // Not inlined into `rewrite`, whose loop over pieces it ran once before:
    // V8 charges a loop's every turn with the size of its body, and the
    // pass, which crosses that budget on every first visit, was 12 KB more
    // for TurboFan to compile beside the first render (benches/README.md,
    // "What a first visit compiles"). Out of line it is also 0.5% fewer
    // instructions natively.
    #[inline(never)]
    fn plan_quotes(&self) -> Vec<Quote> {
        let text = self.text;
        let bytes = text.as_bytes();
        let (mut double, mut single, mut curly) = (Vec::<Found>::new(), Vec::new(), Vec::new());
        let mut plain = self.plain_ranges().peekable();
        let mut from = 0;
        // `"` and `'` are one byte; `“` and `”` start with 0xE2. The whole
        // text is searched at once, and each find checked against the plain
        // pieces in order.
        while let Some(offset) = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..]) {
            let at = from + offset;
            from = at + 1;
            while plain.next_if(|range| range.end <= at).is_some() {}
            if !plain.peek().is_some_and(|range| range.contains(&at)) {
                continue;
            }
            let quote = text[at..].chars().next().unwrap_or_default();
            let found = match quote {
                '\'' => &mut single,
                '‘' | '’' => &mut curly,
                quote if typography::is_double_quote(quote) => &mut double,
                _ => continue,
            };
            let first_on_line = found
                .last()
                .is_none_or(|last| memchr::memchr(b'\n', &bytes[last.at..at]).is_some());
            found.push(Found {
                at,
                quote,
                before: typography::last_as_read(&text[..at]),
                before_spaces: without_spaces_at_end(&text[..at]).chars().next_back(),
                after: typography::first_as_read(&text[at + quote.len_utf8()..]),
                after_spaces: text[gap_end(text, at + quote.len_utf8(), |_| false).0..]
                    .chars()
                    .next(),
                first_on_line,
            });
        }
        let doubles = typography::pair_quotes(&double);
        let singles = typography::pair_single_quotes(text, &single, &curly, &doubles);
        let shaped = super::merge_in_order(doubles, singles, |quote| quote.at);
        if curly.is_empty() {
            return shaped;
        }
        let curly = typography::pair_curly_quotes(text, &curly, &shaped);
        super::merge_in_order(shaped, curly, |quote| quote.at)
    }

    /// A gap: one space, or none where typesetting wants none; a gap of only
    /// invisible characters goes. Returns where the text it rewrote ends.
    fn gap(&self, range: Range<usize>, quotes: &mut QuotesInOrder, rewriter: &mut Rewriter<'_>) -> usize {
        let text = self.text;
        let before = text[..range.start].chars().next_back();
        // Only quotes decide the spaces inside quotes: looked up only
        // beside one (a straight single quote too: one that pairs is about
        // to be ‘ ’, and closes as it will).
        let opened = before
            .filter(|&c| typography::is_any_quote(c) || c == '\'')
            .and_then(|c| quotes.at(range.start - c.len_utf8()));
        // (`"` and `'` are one byte; the curly quotes begin with 0xE2.)
        let closes = (matches!(text.as_bytes().get(range.end), Some(b'"' | b'\'' | 0xE2))
            && text[range.end..].starts_with(|c| typography::is_any_quote(c) || c == '\''))
        .then(|| quotes.at(range.end))
        .flatten();
        let inside_quotes = opened.is_some_and(|quote| quote.role == Role::Open)
            || closes.is_some_and(|quote| quote.role == Role::Close);
        // `2020 ,anh`: the space goes after the comma.
        let after_closing = || {
            opened.is_some_and(|quote| quote.role == Role::Close)
                || matches!(before, Some(')' | ']' | '”' | '»'))
        };
        if let Some((mark, typed_len)) = typography::misplaced_mark(before, &text[range.end..], after_closing)
        {
            let end = range.end + typed_len;
            rewriter.replace(range.start..end, mark, ChangeKind::Spacing);
            return end;
        }
        let replacement = typography::space_run(&text[..range.start], &text[range.end..], inside_quotes);
        // Most gaps are one space and stay one.
        if !(replacement == " " && range.len() == 1 && text.as_bytes()[range.start] == b' ') {
            rewriter.replace(range.clone(), replacement, ChangeKind::Spacing);
        }
        range.end
    }

    /// Words and the characters between them, within plain text.
    fn plain(
        &self,
        range: Range<usize>,
        glued: GluedSpans,
        marks: Marks,
        quotes: &mut QuotesInOrder,
        rewriter: &mut Rewriter<'_>,
        tally: &mut Tally,
    ) {
        let text = self.text;
        let mut reader = Reader::new();
        let mut position = range.start;
        // Where the last closing quote or bracket ended: a mark right after
        // it (invisible characters between are about to go) ends a phrase.
        let mut closed_at = None;
        // Where the text before is read from (see `Text::symbol`).
        let mut reads_from = 0;
        while let Some(c) = text[position..range.end].chars().next() {
            if c.is_ascii_alphanumeric() {
                // A word of ASCII letters and digits that ASCII outside any
                // word ends (`cho`, `2019`) has no mark to place or compose:
                // most words of Vietnamese text are passed over here, unless
                // a capital follows a small letter (`doVincent`, `theoNĐ-CP`).
                let (end, turns_capital) = ascii_word_end(text, position, range.end);
                let ends_word = |next: u8| next.is_ascii() && !typography::is_invisible_ascii(next);
                if (end == range.end || ends_word(text.as_bytes()[end]))
                    && !(self.typography && (turns_capital || glued.after && end == range.end))
                {
                    position = end;
                    continue;
                }
            }
            if is_alphanumeric(c) {
                let (end, invisible) = self.word_end(position, range.end, &mut reader);
                let word = &text[position..end];
                let shown = visible(word, invisible);
                // A degree's unit spaced from its number (`37,5 oC`), read
                // past the invisible characters about to go (`o<ZWSP>C`).
                if self.typography
                    && typography::spaced_degree_unit(
                        || without_spaces_at_end(&text[..position]),
                        position,
                        &shown,
                    )
                {
                    if invisible {
                        let unit = shown.chars().last().map_or(0, char::len_utf8);
                        let degree = format!("°{}", &shown[shown.len() - unit..]);
                        rewriter.replace(position..end, &degree, ChangeKind::Symbol);
                    } else {
                        let sign = position + word.chars().next().map_or(0, char::len_utf8);
                        rewriter.replace(position..sign, "°", ChangeKind::Symbol);
                    }
                    position = end;
                    continue;
                }
                let reading = reader.reading();
                let (change, written_style) = compose::word(&shown, reading, marks);
                // Glued words are cut as the word is composed: the next pass
                // reads it so.
                let glued = GluedSpans {
                    before: glued.before && position == range.start,
                    after: glued.after && end == range.end,
                };
                let cut = (self.typography && (may_be_cut(&reader, reading) || glued.before || glued.after))
                    .then(|| {
                        let composed = Written {
                            text: change.as_ref().map_or(&*shown, |(normalized, _)| normalized),
                            style: written_style,
                        };
                        self.cut(reads_from, position..end, &composed, glued, marks, tally)
                    })
                    .flatten();
                match (cut, change) {
                    (Some(cut), _) => {
                        if glued.before && cut.starts_with(' ') {
                            reads_from = position;
                        }
                        rewriter.replace(position..end, &cut, ChangeKind::Spacing)
                    }
                    (None, Some((normalized, kind))) => {
                        tally.count(written_style);
                        rewriter.replace(position..end, &normalized, kind)
                    }
                    (None, None) => {
                        tally.count(written_style);
                        if invisible {
                            rewriter.replace(position..end, &shown, ChangeKind::Invisible)
                        }
                    }
                }
                position = end;
                continue;
            }
            position = self.symbol(
                reads_from..position,
                c,
                range.end,
                &mut closed_at,
                quotes,
                rewriter,
            );
        }
    }

    /// The word at `range`, composed as `word`, cut where a scrape glued it:
    /// into syllables (`lựclượng`), or after a small word glued to a name
    /// (`theoThông`), each part normalised as a word of its own and counted
    /// in the vote; or given its space back where it is `glued` to a
    /// protected span: a small word before a name (`dịchCovid-19`), a word
    /// with a mark after a code or number (`TT-BGDĐTsẽ`), or syllables glued
    /// there (`5.800tỷđồng`). `None` when it is
    /// no such word. Hashtags, handles and dotted names glue their words on
    /// purpose.
    // Not inlined into `plain`: few words are glued, and its loop over
    // words counted 2% more instructions with this in it (callgrind,
    // `examples/workload.rs normalize`).
    #[inline(never)]
    fn cut(
        &self,
        reads_from: usize,
        range: Range<usize>,
        word: &Written<'_>,
        glued: GluedSpans,
        marks: Marks,
        tally: &mut Tally,
    ) -> Option<String> {
        let text = self.text;
        // The last part given its space from the span glued after it, when
        // it is a small word (`lựclượngFtp://` is `lực lượng Ftp://`): the
        // next pass reads it alone, glued to the span.
        let spaced_from_span = |mut cut: String| {
            if glued.after && cut.rsplit(' ').next().is_some_and(glued_words::is_small_word) {
                cut.push(' ');
            }
            cut
        };
        if glued.before && glued_words::is_marked_word(word.text) {
            tally.count(word.style);
            return Some(spaced_from_span(format!(" {}", word.text)));
        }
        // Syllables glued to each other and to the number before them
        // (`5.800tỷđồng`): the span ends where they begin
        // ([`glued_words::marked_word_at_end`]).
        if glued.before && glued_words::syllables(word.text).is_some() {
            return self
                .cut_word(word.text, marks, tally)
                .map(|cut| spaced_from_span(format!(" {cut}")));
        }
        // The text before is read from `reads_from`, as `Text::symbol` reads it.
        let (before, word_range) = (
            &text[reads_from..],
            range.start - reads_from..range.end - reads_from,
        );
        // (Read as it will read: `g@\u{1}êD` is an address's.)
        let after_mark =
            typography::last_as_read(&before[..word_range.start]).is_some_and(|c| matches!(c, '#' | '@'));
        if glued_by_a_dot(before, word_range.clone()) || after_mark {
            return None;
        }
        if glued.after && glued_words::is_small_word(word.text) {
            tally.count(word.style);
            return Some(format!("{} ", word.text));
        }
        self.cut_word(word.text, marks, tally).map(spaced_from_span)
    }

    /// `word` (composed) cut into syllables or after a small word glued to
    /// a name, the parts normalised and joined by spaces; see [`Text::cut`].
    fn cut_word(&self, word: &str, marks: Marks, tally: &mut Tally) -> Option<String> {
        let parts = match glued_words::syllables(word) {
            Some(syllables) => syllables,
            None => {
                // A small word glued before a name (`theoThông`), or a word
                // with a mark glued after a code of capitals (`UBNDtỉnh`).
                let cut = glued_words::small_word_before(word).or_else(|| {
                    let glued = glued_words::marked_word_at_end(word);
                    (glued > 0 && glued < word.len()).then(|| word.len() - glued)
                })?;
                let (first, second) = word.split_at(cut);
                vec![first, second]
            }
        };
        let mut joined = String::with_capacity(word.len() + parts.len());
        let mut reader = Reader::new();
        for part in parts {
            if !joined.is_empty() {
                joined.push(' ');
            }
            reader.clear();
            part.chars().for_each(|c| reader.add(letter(c)));
            let reading = reader.reading();
            let (change, written_style) = compose::word(part, reading, marks);
            let composed = change.as_ref().map_or(part, |(normalized, _)| normalized);
            match may_be_cut(&reader, reading)
                .then(|| self.cut_word(composed, marks, tally))
                .flatten()
            {
                Some(cut) => joined.push_str(&cut),
                None => {
                    tally.count(written_style);
                    joined.push_str(composed);
                }
            }
        }
        Some(joined)
    }

    /// The character `c` at the end of `read`, which is not part of a word:
    /// its space put back, its quote paired, or it removed or composed;
    /// returns where the text after it starts. `closed_at` is where the last
    /// closing quote or bracket ended. The text before it is read from the
    /// start of `read`: a word given back the space before it is read as the
    /// next pass will read it (`1.800thủy.Việt`: `thủy.Việt`, no dotted
    /// name).
    // Not inlined into `plain`: its loop over words ran 4% slower with all
    // of this in it (callgrind, `examples/workload.rs normalize`).
    #[inline(never)]
    fn symbol(
        &self,
        read: Range<usize>,
        c: char,
        limit: usize,
        closed_at: &mut Option<usize>,
        quotes: &mut QuotesInOrder,
        rewriter: &mut Rewriter<'_>,
    ) -> usize {
        let text = self.text;
        let (from, position) = (read.start, read.end);
        let next = position + c.len_utf8();
        // Combining marks on a character that is not a letter compose
        // with it (`=` and U+0338 make `≠`).
        let marks_end = text[next..limit]
            .find(|c: char| !is_combining_mark(c))
            .map_or(limit, |offset| next + offset);
        let spaced = if self.typography {
            let after_closing =
                closed_at.is_some_and(|end| text[end..position].chars().all(typography::is_invisible));
            typography::missing_space(&text[from..position], c, &text[next..], after_closing)
        } else {
            None
        };
        if matches!(c, ')' | ']') {
            *closed_at = Some(next);
        }
        let visible_before = || typography::last_as_read(&text[from..position]);
        if let Some(spaced) = spaced {
            rewriter.replace(position..next, spaced, ChangeKind::Spacing);
        } else if let Some(quote) = quotes.at(position) {
            // (Quotes are paired only with typography.) A space it lacks is
            // part of the same change: every change replaces some text.
            let mut shape = [0; 4];
            let shaped = &*quote.to.encode_utf8(&mut shape);
            let kind = if shaped == &text[position..next] {
                ChangeKind::Spacing
            } else {
                ChangeKind::Quotes
            };
            if quote.role == Role::Close {
                *closed_at = Some(next);
            }
            let written = match quote.role {
                Role::Open if typography::opening_quote_lacks_space(visible_before(), &text[next..]) => {
                    Cow::Owned(format!(" {shaped}"))
                }
                Role::Close if typography::closing_quote_lacks_space(visible_before(), &text[next..]) => {
                    Cow::Owned(format!("{shaped} "))
                }
                _ => Cow::Borrowed(shaped),
            };
            rewriter.replace(position..next, &written, kind);
        } else if self.typography
            && c == '%'
            && typography::per_cent_lacks_space(&text[from..position], &text[next..])
        {
            rewriter.replace(position..next, "% ", ChangeKind::Spacing);
        } else if self.typography
            && c == '('
            && typography::aside_lacks_space(visible_before(), &text[next..])
        {
            rewriter.replace(position..next, " (", ChangeKind::Spacing);
        } else if self.typography
            && c == ')'
            && typography::closing_bracket_lacks_space(&text[from..position], &text[next..])
        {
            rewriter.replace(position..next, ") ", ChangeKind::Spacing);
        } else if self.typography
            && typography::is_invisible(c)
            && !text[next..].starts_with(is_combining_mark)
        {
            rewriter.replace(position..next, "", ChangeKind::Invisible);
        } else if marks_end > next {
            // An invisible character keeps its marks: removing it would
            // put them on the letter before.
            rewriter.replace(
                position..marks_end,
                &nfc(&text[position..marks_end]),
                ChangeKind::Composition,
            );
            return marks_end;
        }
        next
    }

    /// Where the word starting at `start` ends and whether it holds
    /// invisible characters; `reader` is left holding how it reads. A word
    /// is letters, digits and combining marks, spacing tone marks after a
    /// letter, and (with typography) invisible characters between two of
    /// those.
    fn word_end(&self, start: usize, limit: usize, reader: &mut Reader) -> (usize, bool) {
        let text = self.text;
        let mut end = start;
        let mut previous_is_letter = false;
        let mut invisible = false;
        reader.clear();
        // The end of the run of invisible characters last found to be
        // followed by more of the word: each run is read ahead only once.
        let mut word_goes_on_after = start;
        for (offset, c) in text[start..limit].char_indices() {
            let found = letter(c);
            if found.is_some() || c.is_alphanumeric() || is_combining_mark(c) {
                previous_is_letter = !c.is_ascii_digit();
            } else if previous_is_letter && compose::is_spacing_tone(c) {
                // So is a run of them (`aU´´`): the first may be attached
                // and the second then follow the letter.
            } else if self.typography && typography::is_invisible(c) {
                // Part of the word only when the word goes on after it: with
                // a letter, digit or mark, or a spacing tone mark after a
                // letter (`a<ZWSP>´ng` reads `áng` once the ZWSP is gone).
                let at = start + offset;
                if at >= word_goes_on_after {
                    let run_end = text[at..limit]
                        .find(|c| !typography::is_invisible(c))
                        .map_or(limit, |length| at + length);
                    let after = &text[run_end..limit];
                    let goes_on = after.starts_with(compose::is_word_char)
                        || (previous_is_letter && after.starts_with(compose::is_spacing_tone));
                    if !goes_on {
                        break;
                    }
                    word_goes_on_after = run_end;
                }
                invisible = true;
            } else {
                break;
            }
            reader.add(found);
            end = start + offset + c.len_utf8();
        }
        (end, invisible)
    }
}

/// Whether plain text (or a word of it) is glued to a protected span
/// before it that ends with a letter or digit, and to one after it that
/// begins with a capital or a digit.
#[derive(Clone, Copy)]
struct GluedSpans {
    before: bool,
    after: bool,
}

/// A word as composed, and the house style it is written in (when it
/// shows one).
struct Written<'a> {
    text: &'a str,
    style: Option<Style>,
}

/// The paired quotes of a text, looked up in text order: each lookup goes
/// on from where the last one stopped, so that a text's lookups together
/// read the list once.
struct QuotesInOrder {
    quotes: Vec<Quote>,
    next: usize,
}

impl QuotesInOrder {
    fn new(quotes: Vec<Quote>) -> Self {
        QuotesInOrder { quotes, next: 0 }
    }

    /// The quote at `at`, which is never before the last lookup's place.
    fn at(&mut self, at: usize) -> Option<Quote> {
        let passed = self.quotes[self.next..].iter().take_while(|quote| quote.at < at);
        self.next += passed.count();
        self.quotes.get(self.next).filter(|quote| quote.at == at).copied()
    }
}

/// Whether `bytes` may begin with a whitespace or invisible character: ASCII
/// whitespace and control characters, U+0080–U+00A0 (C2 80 to C2 A0: C1
/// controls, U+0085 and the no-break space), U+061C (D8 9C), U+1680
/// (E1 9A), U+2000–U+206F (E2 80, E2 81), U+3000 (E3 80), U+FEFF (EF BB),
/// or a leaked `&nbsp` (see [`leaked_nbsp_len`]). The Vietnamese letters of
/// U+1E00–U+1EFF begin with E1 too, but never with E1 9A.
// Inlined: called for every byte the table below lets through.
#[inline]
fn may_begin_break(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b'&') {
        return leaked_nbsp_len(text) > 0;
    }
    matches!(
        bytes,
        [0x00..=0x1F | b' ' | 0x7F, ..]
            | [0xC2, 0x80..=0xA0, ..]
            | [0xD8, 0x9C, ..]
            | [0xE1, 0x9A, ..]
            | [0xE2, 0x80 | 0x81, ..]
            | [0xE3, 0x80, ..]
            | [0xEF, 0xBB, ..]
    )
}

const NO_BREAK_SPACE: char = '\u{a0}';

/// Whether the no-break space at `at` in `text` is a stray one, which
/// goes: one after another (a content system writes `&nbsp;&nbsp;` or
/// `&nbsp; &nbsp;` for a space typed twice), or at the start or the end of
/// a line (an indent typed with them). Spaces, tabs, invisible characters
/// and leaked `&nbsp` between do not count: they go too. One alone between
/// words is typed on purpose (`5&nbsp;km`) and stays.
fn is_stray_no_break_space(text: &str, at: usize) -> bool {
    let goes = |c: char| typography::is_collapsible_space(c) || typography::is_invisible(c);
    let line_edge = |c: Option<char>| matches!(c, None | Some('\n' | '\r'));
    let mut before = text[..at].trim_end_matches(goes);
    while let leaked @ 1.. = typography::leaked_nbsp_len_at_end(before) {
        before = before[..before.len() - leaked].trim_end_matches(goes);
    }
    match before.chars().next_back() {
        Some(NO_BREAK_SPACE) => true,
        before if line_edge(before) => true,
        // The first of its run reads it to its end, once.
        _ => {
            let mut after = &text[at..];
            loop {
                after = after.trim_start_matches(|c| goes(c) || c == NO_BREAK_SPACE);
                match leaked_nbsp_len(after) {
                    0 => break line_edge(after.chars().next()),
                    leaked => after = &after[leaked..],
                }
            }
        }
    }
}

/// The bytes the scan of [`Text::new`] stops at: those that may begin a
/// break (the first bytes [`may_begin_break`] accepts) and those that may
/// begin a protected span. The bytes between are passed over by one table
/// lookup each.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = match byte as u8 {
            0x00..=0x1F | b' ' | 0x7F | b'&' | 0xC2 | 0xD8 | 0xE1 | 0xE2 | 0xE3 | 0xEF => MAY_BEGIN_BREAK,
            b'0'..=b'9' | b'@' | b'/' | b'-' | b':' | b'.' => MAY_BEGIN_SPAN,
            _ => 0,
        };
        byte += 1;
    }
    table
};
const MAY_BEGIN_BREAK: u8 = 1;
/// A digit, `@`, `/`, `-`, `:`, or the `.` of `www.`: only a chunk with
/// one can hold a protected span.
const MAY_BEGIN_SPAN: u8 = 2;

/// Adds a chunk of text (no whitespace, no gap in it) to `pieces`: its
/// protected spans untouched, the plain text around them.
fn push_chunk(text: &str, chunk: Range<usize>, may_hold_span: bool, pieces: &mut Vec<Piece>) {
    if chunk.is_empty() {
        return;
    }
    let mut from = chunk.start;
    let mut before = false;
    if may_hold_span {
        for span in typography::protected_spans(&text[chunk.clone()]) {
            let span = chunk.start + span.start..chunk.start + span.end;
            let span_text = &text[span.clone()];
            let after =
                typography::first_visible(span_text).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            pieces.push(Piece::Plain(from..span.start, GluedSpans { before, after }));
            pieces.push(Piece::Protected(span.clone()));
            before = typography::last_visible(span_text).is_some_and(char::is_alphanumeric);
            from = span.end;
        }
    }
    pieces.push(Piece::Plain(from..chunk.end, GluedSpans { before, after: false }));
}

/// A protected span, as written but for two things. Its invisible
/// characters go (`19<ZWSP>96`, `NĐ<U+0008>-CP`): no number or symbol is
/// written with one, and a reader would see a box in it. One before a
/// combining mark stays, as in plain text: removing it would put the mark
/// on the character before. A degree sign typed with a look-alike becomes
/// the sign (`34oC` → `34°C`, see [`typography::degree_lookalikes`]), and
/// a symbol's `Đ` typed as the eth `Ð` becomes `Đ` (`100/2019/NÐ-CP`), as
/// in words, where a code's capitals are (not beside a small letter: a
/// word glued to a number, `Ðại1.800`, is read as a word on the next pass);
/// never in a URL or an e-mail address.
fn protected(text: &str, span: Range<usize>, rewriter: &mut Rewriter<'_>) {
    let span_text = &text[span.clone()];
    let mut degrees = typography::degree_lookalikes(span_text).into_iter().peekable();
    let eth_repaired = span_text.contains('Ð') && !typography::is_address(span_text);
    let mut chars = span_text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let at = span.start + offset;
        if typography::is_invisible(c) && !chars.peek().is_some_and(|&(_, next)| is_combining_mark(next)) {
            rewriter.replace(at..at + c.len_utf8(), "", ChangeKind::Invisible);
        } else if degrees.next_if(|degree| degree.start == offset).is_some() {
            rewriter.replace(at..at + c.len_utf8(), "°", ChangeKind::Symbol);
        } else if c == 'Ð' && eth_repaired && in_code(span_text, offset..offset + c.len_utf8()) {
            rewriter.replace(at..at + c.len_utf8(), "Đ", ChangeKind::Eth);
        }
    }
}

/// Whether the letter at `letter` in `span` stands among a code's
/// capitals: no small letter beside it, read past the invisible characters
/// about to go.
fn in_code(span: &str, letter: Range<usize>) -> bool {
    let small = |c: Option<char>| c.is_some_and(char::is_lowercase);
    !small(typography::last_visible(&span[..letter.start]))
        && !small(typography::first_visible(&span[letter.end..]))
}

/// `text` without the spaces, invisible characters and leaked `&nbsp` at
/// its end: what a quote or a degree's unit after it follows, as the text
/// will read.
fn without_spaces_at_end(text: &str) -> &str {
    let mut text = text;
    loop {
        let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || typography::is_invisible(c));
        let trimmed = &trimmed[..trimmed.len() - typography::leaked_nbsp_len_at_end(trimmed)];
        if trimmed.len() == text.len() {
            return text;
        }
        text = trimmed;
    }
}

/// Where the run of spaces, tabs, invisible characters and leaked `&nbsp`
/// from `at` ends, and whether it holds a space (or an `&nbsp`). An
/// invisible character with a combining mark after it ends the run: it
/// keeps its mark off the space before, as it does in plain text, where
/// it stays (`) <U+0007><U+07B0>` is read the same on the next pass).
/// So does a leaked `&nbsp` that `in_url` says is part of a URL: the
/// invisible characters before it are inside the URL too
/// (`www.<U+0000>&nbsp0www.`).
fn gap_end(text: &str, mut at: usize, mut in_url: impl FnMut(usize) -> bool) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut holds_space = false;
    let holds_mark = |after: usize| text[after..].starts_with(is_combining_mark);
    while at < bytes.len() {
        match bytes[at] {
            byte if typography::is_collapsible_space(char::from(byte)) => {
                at += 1;
                holds_space = true;
            }
            b'&' => match leaked_nbsp_len(&text[at..]) {
                0 => break,
                _ if in_url(at) => break,
                length => {
                    at += length;
                    holds_space = true;
                }
            },
            byte if typography::is_invisible_ascii(byte) && !holds_mark(at + 1) => at += 1,
            byte if byte < 0x80 || !may_begin_break(&text[at..]) => break,
            _ => match text[at..].chars().next() {
                Some(c) if typography::is_invisible(c) && !holds_mark(at + c.len_utf8()) => {
                    at += c.len_utf8()
                }
                _ => break,
            },
        }
    }
    (at, holds_space)
}

/// The length of a non-breaking space that a scrape left as its HTML name,
/// `&nbsp;` or `&nbsp` glued to the next word (as browsers read it:
/// `2021&nbsptrong`), at the start of `text`; 0 when there is none. Read
/// as it will read: invisible characters inside it, about to go, are part
/// of it (`&nb<U+0000>sp`).
pub(crate) fn leaked_nbsp_len(text: &str) -> usize {
    let Some(name) = text.strip_prefix('&') else {
        return 0;
    };
    let mut visible = name
        .char_indices()
        .filter(|&(_, c)| !typography::is_invisible(c))
        .map(|(at, c)| (1 + at + c.len_utf8(), c));
    let mut end = 0;
    for letter in "nbsp".chars() {
        match visible.next() {
            Some((after, c)) if c == letter => end = after,
            _ => return 0,
        }
    }
    match visible.next() {
        Some((after, ';')) => after,
        _ => end,
    }
}

/// Which leaked `&nbsp` are part of a URL's query, asked about in
/// increasing order, chunk by chunk. A chunk's bytes are read once for a
/// URL's mark; only a chunk holding one has its URLs looked for.
struct UrlNbsps<'a> {
    urls: UrlsInOrder<'a>,
    /// The chunk asked about last.
    chunk_start: usize,
    /// Whether it holds a URL's mark, as far as it was read for one.
    holds_mark: bool,
    read_to: usize,
}

impl<'a> UrlNbsps<'a> {
    fn new(text: &'a str) -> Self {
        UrlNbsps {
            urls: UrlsInOrder::new(text),
            chunk_start: 0,
            holds_mark: false,
            read_to: 0,
        }
    }

    /// Whether the leaked `&nbsp` at `at`, in the chunk that begins at
    /// `chunk_start`, is part of a URL.
    fn contain(&mut self, chunk_start: usize, at: usize) -> bool {
        if chunk_start != self.chunk_start {
            (self.chunk_start, self.holds_mark) = (chunk_start, false);
        }
        if !self.holds_mark {
            // A URL's mark may end where the last look stopped.
            let from = self.read_to.saturating_sub(3).max(chunk_start);
            self.holds_mark = holds_url(&self.urls.text.as_bytes()[from..at]);
            self.read_to = at;
        }
        self.holds_mark && self.urls.contain(at)
    }
}

/// The URLs of a text's words as [`typography::urls`] reads them (the
/// spans that normalisation keeps as written), asked about position by
/// position in increasing order: each word is read once, when a position
/// in it is first asked about.
struct UrlsInOrder<'a> {
    text: &'a str,
    /// The word (the run without whitespace) last read.
    word: Range<usize>,
    /// Its URLs, as ranges of the text.
    urls: Vec<Range<usize>>,
}

impl<'a> UrlsInOrder<'a> {
    fn new(text: &'a str) -> Self {
        UrlsInOrder {
            text,
            word: 0..0,
            urls: Vec::new(),
        }
    }

    /// Whether a URL holds the position `at`.
    fn contain(&mut self, at: usize) -> bool {
        if !self.word.contains(&at) {
            let start = self.text[..at]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(0, |(index, c)| index + c.len_utf8());
            let end = self.text[at..]
                .find(char::is_whitespace)
                .map_or(self.text.len(), |offset| at + offset);
            self.word = start..end;
            self.urls = typography::urls(&self.text[start..end])
                .map(|url| start + url.start..start + url.end)
                .collect();
        }
        // In order: the one that may hold it is found by halves.
        let url = self.urls.partition_point(|url| url.end <= at);
        self.urls.get(url).is_some_and(|url| url.contains(&at))
    }
}

/// Whether some of a chunk of text (no whitespace in it) holds the mark of
/// a URL, `://` or `www.`.
fn holds_url(bytes: &[u8]) -> bool {
    [b"://".as_slice(), b"www."]
        .into_iter()
        .any(|mark| typography::places_of(bytes, mark).next().is_some())
}

/// Whether the word `reader` read may be glued words for [`Text::cut`]:
/// syllables (two runs of vowels, or anything but composed letters), a
/// capital after a small letter, or a mark after two capitals.
// Inlined: asked of every word the pass reads.
#[inline]
fn may_be_cut(reader: &Reader, reading: Reading<'_>) -> bool {
    reader.may_be_glued()
        || matches!(reading, Reading::Other)
        || reader.turns_capital()
        || reader.begins_with_code()
}

/// Where the run of ASCII letters and digits from `start` ends, and
/// whether a capital follows its first small letters (`doVincent`,
/// `iPhone`: a small word glued to a name, maybe).
fn ascii_word_end(text: &str, start: usize, limit: usize) -> (usize, bool) {
    let bytes = &text.as_bytes()[start..limit];
    let small = bytes.iter().take_while(|byte| byte.is_ascii_lowercase()).count();
    let capital = small > 0 && bytes.get(small).is_some_and(u8::is_ascii_uppercase);
    let rest = bytes[small..]
        .iter()
        .take_while(|byte| byte.is_ascii_alphanumeric());
    (start + small + rest.count(), capital)
}

/// Whether the word at `word` is joined by a dot to a letter or digit
/// that typography leaves glued to it (`x.trườnghợp.vn`, a part of a
/// dotted name or domain: see [`typography::missing_space`]). Such a word
/// is never split, so that the dots beside it are judged the same on the
/// next pass. Judged as the text will read: without the invisible
/// characters about to go, a combining mark composed into its letter.
fn glued_by_a_dot(text: &str, word: Range<usize>) -> bool {
    // (A leaked `&nbsp` is the space it stands for: `&nbsp.ủT`.)
    let stays_glued = |before: &str, after: &str| {
        typography::last_as_read(before).is_some_and(|c| is_alphanumeric(c) || is_combining_mark(c))
            && typography::first_as_read(after).is_some_and(is_alphanumeric)
            && typography::missing_space(before, '.', after, false).is_none()
    };
    let before = text[..word.start].trim_end_matches(typography::is_invisible);
    let after = text[word.end..].trim_start_matches(typography::is_invisible);
    before
        .strip_suffix('.')
        .is_some_and(|before| stays_glued(before, &text[word.start..]))
        || after
            .strip_prefix('.')
            .is_some_and(|after| stays_glued(&text[..word.end], after))
}

/// The word without its invisible characters.
fn visible(word: &str, invisible: bool) -> Cow<'_, str> {
    if invisible {
        Cow::Owned(word.chars().filter(|c| !typography::is_invisible(*c)).collect())
    } else {
        Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_no_break_space_goes_after_another_or_at_a_line_s_edge() {
        // Each no-break space of `text` (`~`), whether it goes.
        let stray = |text: &str| {
            let text = text.replace('~', "\u{a0}");
            (text
                .match_indices(NO_BREAK_SPACE)
                .map(|(at, _)| is_stray_no_break_space(&text, at)))
            .collect::<Vec<_>>()
        };
        assert_eq!(stray("5~km"), [false]);
        assert_eq!(stray("a~~ ~b"), [false, true, true]);
        assert_eq!(stray("~a~b\n~c~ \u{200b}"), [true, false, true, true]);
        // A leaked `&nbsp` is the space it stands for.
        assert_eq!(stray("a~&nbsp;~b"), [false, true]);
        assert_eq!(stray("&nbsp ~a"), [true]);
        assert_eq!(stray("a~&nb\u{0}sp"), [true]);
        assert_eq!(stray("a~&nbspb"), [false]);
    }

    #[test]
    fn a_leaked_nbsp_belongs_to_a_url_only_inside_one() {
        let text = "xem http://a.vn/?q=1&nbsp=2 z&nbsp;w www.\"B&nbsp http://b.vn/&nbsp";
        let mut urls = UrlsInOrder::new(text);
        let inside: Vec<bool> = text
            .match_indices("&nbsp")
            .map(|(at, _)| urls.contain(at))
            .collect();
        assert_eq!(inside, [true, false, false, true]);
    }

    #[test]
    fn a_leaked_nbsp_is_read_past_invisible_characters() {
        assert_eq!(leaked_nbsp_len("&nbsp;x"), 6);
        assert_eq!(leaked_nbsp_len("&nbsptrong"), 5);
        assert_eq!(leaked_nbsp_len("&nb\u{0}sp;"), 7);
        assert_eq!(leaked_nbsp_len("&nb\u{200b}sp x"), 8);
        assert_eq!(leaked_nbsp_len("&nbs"), 0);
        assert_eq!(leaked_nbsp_len("&amp;"), 0);
    }

    #[test]
    fn every_break_begins_with_bytes_that_may_begin_one() {
        let breaks = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|&c| c.is_whitespace() || typography::is_invisible(c));
        for c in breaks {
            let text = c.to_string();
            let bytes = text.as_bytes();
            assert!(may_begin_break(&text), "{c:?} begins with {bytes:x?}");
            assert!(
                BYTE_CLASS[usize::from(bytes[0])] == MAY_BEGIN_BREAK,
                "{c:?} begins with {bytes:x?}"
            );
        }
    }
}
