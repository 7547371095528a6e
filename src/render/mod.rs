//! Article → markup: the options, the event stream both writers share, the
//! String writer, and (in the browser) the DOM writer.

mod escape;
mod events;
mod html;
mod labels;

#[cfg(target_arch = "wasm32")]
pub(crate) mod dom;

pub use escape::{escape_attr, escape_text, safe_url};
pub use events::{Event, Tag, events};
pub use html::push_html;
pub(crate) use labels::vietnamese_weekday;

use serde::Deserialize;

use crate::Error;
use crate::article::{Article, Inline, LanguageTag, message_without_position};

/// How to render an article. Every field has a default, so `{}` (or
/// `RenderOptions::default()`) renders the article as it is.
///
/// From JavaScript the options are an object with camelCase names; a name
/// this version does not know is an error, not silence.
///
/// | option | default | meaning |
/// |---|---|---|
/// | `lang` | the article's `lang` | language of the output's `lang` attribute and of the words the renderer adds (dates, "Cập nhật", "Nguồn") |
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Overrides the article's language.
    pub lang: Option<LanguageTag>,
}

impl RenderOptions {
    /// Reads options from JSON text, e.g. `{"lang": "en"}`.
    pub fn from_json(json: &str) -> Result<RenderOptions, Error> {
        let value = serde_json::from_str(json).map_err(|error| options_error(&error))?;
        RenderOptions::from_json_value(value)
    }

    /// Reads options from a JSON value; an unknown name is an error.
    pub fn from_json_value(value: serde_json::Value) -> Result<RenderOptions, Error> {
        RenderOptions::deserialize(value).map_err(|error| options_error(&error))
    }
}

fn options_error(error: &serde_json::Error) -> Error {
    Error::Options {
        message: message_without_position(error),
    }
}

/// An article rendered to HTML, with the problems its JSON had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// The `<article>` element, as text.
    pub html: String,
    /// What was skipped or repaired to render it, in document order.
    pub warnings: Vec<Error>,
}

/// Renders an article to an HTML fragment: one `<article>` element.
///
/// ```
/// use vn_article::{Article, Block, Paragraph, RenderOptions, render};
///
/// let mut article = Article::new("Hà Nội & Huế");
/// article.blocks.push(Block::Paragraph(Paragraph::text("Trời <mưa>.")));
/// let html = render(&article, &RenderOptions::default());
/// assert!(html.contains("<h1 class=\"vn-article__title\">Hà Nội &amp; Huế</h1>"));
/// assert!(html.contains("<p>Trời &lt;mưa&gt;.</p>"));
/// ```
pub fn render(article: &Article, options: &RenderOptions) -> String {
    let mut html = String::with_capacity(article.blocks.len() * 512 + 1024);
    push_html(&mut html, events(article, options));
    html
}

/// Reads article JSON and renders it. Block-level problems do not stop the
/// rendering: the blocks are skipped and the problems returned as warnings.
/// Problems that leave nothing to render (malformed JSON, no usable title or
/// blocks) are the error, every one of them.
pub fn render_json(json: &str, options: &RenderOptions) -> Result<Rendered, Vec<Error>> {
    let parsed = Article::from_json(json)?;
    Ok(Rendered {
        html: render(&parsed.article, options),
        warnings: parsed.problems,
    })
}

/// Inline content as HTML, for writing a paragraph back as article JSON.
pub(crate) fn inline_to_html(content: &[Inline]) -> String {
    let mut html = String::new();
    push_html(&mut html, events::inline_events(content));
    html
}
