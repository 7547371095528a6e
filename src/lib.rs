//! # vn-article
//!
//! Vietnamese news articles, from JSON to finished, accessible HTML — natively
//! (CLI, server-side rendering, static pages) and in the browser through
//! WebAssembly, with the same markup in both.
//!
//! The flow is a chain of pure functions over plain data:
//!
//! ```text
//! article JSON ──Article::from_json──▶ Article ◀──ingest── scraped text
//! Article ──normalize──▶ Article ──events──▶ [Event] ──citations──▶ [Event]
//! [Event] ──push_html──▶ String        (native, SSR)
//!         └─DOM writer─▶ DOM nodes     (wasm, browser)
//! ```
//!
//! ```
//! use vn_article::{RenderOptions, render_json};
//!
//! let json = r#"{
//!     "title": "Hội nghị trực tuyến",
//!     "updated": "2019-11-07T16:07:00+07:00",
//!     "blocks": [
//!         { "type": "paragraph", "html": "Sáng 7-11, <b>Ban Thường vụ Tỉnh ủy</b> đã tổ chức hội nghị." },
//!         { "type": "chart", "src": "gia-vang.csv" }
//!     ]
//! }"#;
//! let rendered = render_json(json, &RenderOptions::default()).unwrap();
//! assert!(rendered.html.starts_with(r#"<article class="vn-article" lang="vi" aria-labelledby="vn-title" part="article">"#));
//! assert!(rendered.html.contains("<b>Ban Thường vụ Tỉnh ủy</b>"));
//! assert!(rendered.html.contains("Cập nhật 16:07, Thứ Năm, 07/11/2019"));
//! // The unknown block is skipped, and said so, with its line and column.
//! assert_eq!(rendered.warnings[0].to_string(),
//!     "6:11: blocks[1].type: unknown block type \"chart\"; expected one of paragraph, heading, figure, embed, quote, list, table, related, separator; the block is skipped");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod article;
pub mod citation;
mod error;
pub mod ingest;
pub mod normalize;
mod number_words;
mod options;
mod photo_credit;
pub mod render;
mod text_offsets;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
mod web_address;

pub use article::{
    Alternative, Article, Block, Candidate, Cell, Embed, Figure, Focus, Image, Inline, InlineStyle, Item,
    LanguageTag, Numbering, Paragraph, Parsed, Quote, Size, Source, Table, Timestamp,
};
pub use citation::{Citation, find_citations};
pub use error::{Error, JsonPath, Severity};
pub use ingest::{Ingested, ingest};
pub use normalize::{NormalizeOptions, Normalized, normalize_text};
pub use render::{RenderOptions, Rendered, render, render_json};

/// Every problem with article JSON, in document order, each with its line
/// and column; empty when the article is valid. Problems of
/// [`Severity::Error`] make it invalid.
///
/// ```
/// let problems = vn_article::check(r#"{"title": "", "blocks": [{"type": "figure", "image": {"alt": "Hội trường", "width": -3}}]}"#);
/// let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
/// assert_eq!(messages, [
///     "1:2: title: expected a non-empty string, found \"\"",
///     "1:45: blocks[0].image: no src; readers see a quiet box in the picture's place, \
///      and screen readers its text alternative (give the image's address to show it)",
///     "1:76: blocks[0].image.width: expected a positive integer, found -3",
/// ]);
/// assert_eq!(problems[1].severity(), vn_article::Severity::Warning);
/// assert_eq!(problems[2].path(), Some("blocks[0].image.width"));
/// assert_eq!(problems[2].position(), Some((1, 76)));
/// ```
pub fn check(json: &str) -> Vec<Error> {
    match Article::from_json(json) {
        Ok(parsed) => parsed.problems,
        Err(problems) => problems,
    }
}
