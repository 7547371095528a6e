//! The String writer: events → HTML text.

use super::escape::{escape_attr, escape_text};
use super::events::Event;

/// Appends the HTML for `events` to `out`.
///
/// The markup is what a browser's `innerHTML` gives back for the DOM the
/// same events build, so server-rendered and client-rendered articles are
/// byte-identical.
pub fn push_html<'a>(out: &mut String, events: impl IntoIterator<Item = Event<'a>>) {
    for event in events {
        match event {
            Event::Start(tag) => {
                out.push('<');
                out.push_str(tag.name());
                for (name, value) in tag.attributes() {
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape_attr(out, value);
                    out.push('"');
                }
                out.push('>');
            }
            Event::End(name) => {
                out.push_str("</");
                out.push_str(name);
                out.push('>');
            }
            Event::Text(text) => escape_text(out, &text),
        }
    }
}
