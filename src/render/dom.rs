//! The DOM writer: events → nodes, through the browser's DOM APIs.
//!
//! Nothing is parsed as HTML: elements are created by name, attributes set
//! one by one, text added as text nodes. That is what keeps the widget
//! working under `require-trusted-types-for 'script'`.

use wasm_bindgen::JsValue;
use web_sys::{Document, DocumentFragment, Node};

use super::events::Event;

/// Builds the nodes for `events` in a fragment, ready to be inserted in one
/// step (one layout, not one per element).
pub(crate) fn build_fragment<'a>(
    document: &Document,
    events: impl IntoIterator<Item = Event<'a>>,
) -> Result<DocumentFragment, JsValue> {
    let fragment = document.create_document_fragment();
    let mut open: Vec<Node> = Vec::with_capacity(16);
    for event in events {
        let parent: &Node = open.last().unwrap_or(&fragment);
        match event {
            Event::Start(tag) => {
                let element = document.create_element(tag.name())?;
                for (name, value) in tag.attributes() {
                    element.set_attribute(name, value)?;
                }
                parent.append_child(&element)?;
                if !tag.is_void() {
                    open.push(element.into());
                }
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Text(text) => {
                parent.append_child(&document.create_text_node(&text))?;
            }
        }
    }
    Ok(fragment)
}
