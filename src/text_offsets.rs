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

/// Text in UTF-16 code units as a `String`: half of a surrogate pair
/// without the other (a JavaScript string cut inside an emoji) becomes
/// U+FFFD, one code unit as the half was, so UTF-16 offsets into the text
/// are offsets into the `String` too. Each half is listed with its byte
/// offset in the `String` and its unit, so that it can be reported.
pub(crate) fn from_utf16_marking_halves(units: &[u16]) -> (String, Vec<(usize, u16)>) {
    let mut text = String::with_capacity(units.len());
    let mut halves = Vec::new();
    for decoded in char::decode_utf16(units.iter().copied()) {
        match decoded {
            Ok(c) => text.push(c),
            Err(half) => {
                halves.push((text.len(), half.unpaired_surrogate()));
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    (text, halves)
}
