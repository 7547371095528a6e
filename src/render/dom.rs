//! The DOM writer: events → nodes, through the browser's DOM APIs.
//!
//! Nothing is parsed as HTML: elements are created by name, attributes set
//! one by one, text added as text nodes. That is what keeps the widget
//! working under `require-trusted-types-for 'script'`.
//!
//! The events are written as one list of instructions — their strings in one
//! text, their shape in numbers — that `dom.js` builds the nodes from in one
//! call. Calling a DOM method from Rust for each element, attribute and text
//! costs a crossing into JavaScript and a string conversion apiece, which
//! was a third of the rendering time (Chromium's profiler, long article).

use wasm_bindgen::prelude::*;
use web_sys::{Document, DocumentFragment};

use super::events::Event;

#[wasm_bindgen(module = "/src/render/dom.js")]
extern "C" {
    /// Builds the nodes of `instructions` (see [`Instructions`]) in a fragment.
    #[wasm_bindgen(js_name = buildFragment, catch)]
    fn build(document: &Document, strings: &str, instructions: &[u32]) -> Result<DocumentFragment, JsValue>;
}

/// Builds the nodes for `events` in a fragment, ready to be inserted in one
/// step (one layout, not one per element).
pub(crate) fn build_fragment<'a>(
    document: &Document,
    events: impl IntoIterator<Item = Event<'a>>,
) -> Result<DocumentFragment, JsValue> {
    let mut instructions = Instructions::default();
    for event in events {
        instructions.push(&event);
    }
    build(document, &instructions.strings, &instructions.numbers)
}

/// Events as `dom.js` reads them. Each string is appended to `strings` and
/// its length, in UTF-16 code units as JavaScript counts, goes in `numbers`
/// where the event needs it:
///
/// | event | numbers |
/// |---|---|
/// | an element | `OPEN` (or `VOID`: no children, no end), name, attribute count, then name and value of each |
/// | its end | `CLOSE` |
/// | text | `TEXT`, text |
#[derive(Default)]
struct Instructions {
    strings: String,
    numbers: Vec<u32>,
}

// The codes dom.js reads.
const CLOSE: u32 = 0;
const OPEN: u32 = 1;
const VOID: u32 = 2;
const TEXT: u32 = 3;

impl Instructions {
    fn push(&mut self, event: &Event<'_>) {
        match event {
            Event::Start(tag) => {
                self.numbers.push(if tag.is_void() { VOID } else { OPEN });
                self.string(tag.name());
                let count_at = self.numbers.len();
                self.numbers.push(0);
                for (name, value) in tag.attributes() {
                    self.numbers[count_at] += 1;
                    self.string(name);
                    self.string(value);
                }
            }
            Event::End(_) => self.numbers.push(CLOSE),
            Event::Text(text) => {
                self.numbers.push(TEXT);
                self.string(text);
            }
        }
    }

    fn string(&mut self, string: &str) {
        self.strings.push_str(string);
        self.numbers.push(utf16_length(string));
    }
}

/// The length of `string` in UTF-16 code units: one per character, two for
/// a character beyond U+FFFF. Counted from the UTF-8 bytes: every byte but a
/// continuation byte begins a character, and a lead byte of F0 or above
/// begins one of four bytes, beyond U+FFFF.
fn utf16_length(string: &str) -> u32 {
    string
        .bytes()
        .map(|byte| u32::from(byte & 0xC0 != 0x80) + u32::from(byte >= 0xF0))
        .sum()
}
