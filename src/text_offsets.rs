//! Offsets into a text as other languages count them. The crate works in
//! UTF-8 byte offsets; the CLI reports Unicode scalar values and JavaScript
//! counts UTF-16 code units.

/// Converts increasing byte offsets of one text into scalar and UTF-16
/// offsets, walking the text once.
pub(crate) struct TextOffsets<'a> {
    chars: std::str::Chars<'a>,
    bytes: usize,
    scalars: usize,
    units: usize,
}

impl<'a> TextOffsets<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        TextOffsets {
            chars: text.chars(),
            bytes: 0,
            scalars: 0,
            units: 0,
        }
    }

    /// The scalar and UTF-16 offsets of byte offset `byte`, which must not
    /// be less than the last one asked for.
    pub(crate) fn at(&mut self, byte: usize) -> (usize, usize) {
        while self.bytes < byte {
            let Some(c) = self.chars.next() else { break };
            self.bytes += c.len_utf8();
            self.scalars += 1;
            self.units += c.len_utf16();
        }
        (self.scalars, self.units)
    }
}
