//! Text in decomposed letters (`Nghị` as `Nghi`, a combining dot below and
//! a combining hook above), as some CMSs and macOS keyboards send it, read
//! composed: the kinds' names, codes and issuers are written composed, and
//! a citation's offsets still point into the text as it was given.

use crate::normalize::{is_combining_mark, nfc};

/// `text` composed, letter by letter, and where each letter was.
pub(super) struct Composed {
    pub(super) text: String,
    /// `(composed, original)` byte offsets where each letter, with the marks
    /// that followed it, begins; and both lengths last.
    starts: Vec<(usize, usize)>,
}

impl Composed {
    /// `None` when `text` has no combining mark of the Latin letters
    /// (U+0300–U+036F, two bytes led by 0xCC or 0xCD): nothing to compose,
    /// and nothing found would move.
    pub(super) fn new(text: &str) -> Option<Composed> {
        let bytes = text.as_bytes();
        if !bytes.contains(&0xCC) && !bytes.contains(&0xCD) {
            return None;
        }
        let mut composed = String::with_capacity(text.len());
        let mut starts = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((start, first)) = chars.next() {
            let mut end = start + first.len_utf8();
            while let Some((at, mark)) = chars.next_if(|&(_, c)| is_combining_mark(c)) {
                end = at + mark.len_utf8();
            }
            starts.push((composed.len(), start));
            if end == start + first.len_utf8() {
                composed.push(first);
            } else {
                composed.push_str(&nfc(&text[start..end]));
            }
        }
        starts.push((composed.len(), text.len()));
        Some(Composed {
            text: composed,
            starts,
        })
    }

    /// The offset in the original text of a span starting at `at` in the
    /// composed one: the start of its letter.
    pub(super) fn start(&self, at: usize) -> usize {
        let index = self.starts.partition_point(|&(composed, _)| composed <= at);
        self.starts[index.saturating_sub(1)].1
    }

    /// The offset in the original text of a span ending at `at` in the
    /// composed one: the end of its letter, marks and all.
    pub(super) fn end(&self, at: usize) -> usize {
        let index = self.starts.partition_point(|&(composed, _)| composed < at);
        self.starts[index.min(self.starts.len() - 1)].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_the_composed_text_map_back_to_the_letters_as_written() {
        let text = "Nghi\u{323} đi\u{323}nh 100";
        let composed = Composed::new(text).expect("has marks");
        assert_eq!(composed.text, "Nghị định 100");
        let word = composed.text.find("định").unwrap();
        let span = composed.start(word)..composed.end(word + "định".len());
        assert_eq!(&text[span], "đi\u{323}nh");
        let number = composed.text.find("100").unwrap();
        assert_eq!(composed.start(number), text.find("100").unwrap());
        assert_eq!(composed.end(composed.text.len()), text.len());
        assert!(Composed::new("Nghị định 100").is_none());
    }
}
