//! Vietnamese text normalisation: what readers should see when text
//! arrives damaged.
//!
//! [`normalize_text`] makes, in one pass over the text (after a legacy
//! encoding is converted, when there is one):
//! - **composition** to NFC, including orthographic decompositions
//!   (`ê` + U+0323 → `ệ`), the deprecated tone marks U+0340/U+0341 and
//!   spacing accents typed after a vowel; `ð` → `đ` inside Vietnamese words;
//! - **tone placement**: marks moved to the vowel the orthography puts them
//!   on (`tòan` → `toàn`, `qúy` → `quý`, `ngừơi` → `người`), and open
//!   `oa`/`oe`/`uy` written in one house style ([`ToneStyle`]);
//! - **typography**: paired “ ” quotes (‘ ’ nested), no space before
//!   `, . ; : ! ? )` or after `(`, runs of spaces collapsed, tabs made
//!   spaces, invisible characters removed.
//!
//! URLs, e-mail addresses, numbers (`1.800`, `3,5%`, `24/24h`) and document
//! symbols (`30/2020/NĐ-CP`, `205-QĐ/TW`) are never touched. Every change is
//! reported with its place in the input ([`Change`]). Normalising twice
//! gives what normalising once gave.

mod changes;
mod compose;
mod legacy;
mod letters;
mod pass;
mod tone_placement;
mod typography;

use std::str::FromStr;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

pub use changes::{Change, ChangeKind};

use crate::Error;
use crate::article::{Article, Block, Inline, message_without_position};
use changes::Rewriter;
use compose::Marks;
use legacy::Encoding;
use tone_placement::Style;

/// Where tone marks go in open `oa`, `oe`, `uy`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ToneStyle {
    /// The style most of the text already uses; ties go to traditional.
    #[default]
    Auto,
    /// hòa, khỏe, thủy — the style of most news.
    Traditional,
    /// hoà, khoẻ, thuỷ — Quyết định 1989/QĐ-BGDĐT.
    Modern,
    /// Each word as written; only misplaced marks are repaired.
    Keep,
}

/// Which legacy encoding text may be in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Legacy {
    /// TCVN3 or VNI when that is certain for the whole text; never VIQR.
    #[default]
    Auto,
    /// Text is Unicode.
    Off,
    /// Convert from VIQR (`Vie^.t Nam`).
    Viqr,
    /// Convert from TCVN3 (ABC) read as Windows-1252 (`ViÖt Nam`).
    Tcvn3,
    /// Convert from VNI-Windows read as Windows-1252 (`Vieät Nam`).
    Vni,
}

macro_rules! from_str_by_serde_name {
    ($type:ty, $what:literal, [$($variant:ident),+]) => {
        impl FromStr for $type {
            type Err = String;

            /// Reads the lower-case name JSON and JavaScript use.
            fn from_str(name: &str) -> Result<Self, String> {
                $(
                    if name.eq_ignore_ascii_case(stringify!($variant)) {
                        return Ok(<$type>::$variant);
                    }
                )+
                Err(format!(
                    concat!("{:?} is not a ", $what, "; expected one of {}"),
                    name,
                    [$(stringify!($variant)),+].map(str::to_ascii_lowercase).join(", ")
                ))
            }
        }
    };
}
from_str_by_serde_name!(ToneStyle, "tone style", [Auto, Traditional, Modern, Keep]);
from_str_by_serde_name!(Legacy, "legacy encoding", [Auto, Off, Viqr, Tcvn3, Vni]);

/// How to normalise. The defaults (`NormalizeOptions::default()`, or `{}`
/// from JavaScript):
///
/// | option | default | meaning |
/// |---|---|---|
/// | `toneStyle` | `"auto"` | `"traditional"`, `"modern"`, `"keep"` or `"auto"` ([`ToneStyle`]) |
/// | `typography` | `true` | pair quotes, fix spaces, remove invisible characters |
/// | `legacy` | `"auto"` | `"off"`, `"viqr"`, `"tcvn3"`, `"vni"` or `"auto"` ([`Legacy`]) |
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
#[non_exhaustive]
pub struct NormalizeOptions {
    /// Where tone marks go in open `oa`, `oe`, `uy`.
    pub tone_style: ToneStyle,
    /// Whether to fix quotes, spaces and invisible characters.
    pub typography: bool,
    /// Which legacy encoding the text may be in.
    pub legacy: Legacy,
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        NormalizeOptions {
            tone_style: ToneStyle::Auto,
            typography: true,
            legacy: Legacy::Auto,
        }
    }
}

impl NormalizeOptions {
    /// Options with every field given.
    pub fn new(tone_style: ToneStyle, typography: bool, legacy: Legacy) -> Self {
        NormalizeOptions {
            tone_style,
            typography,
            legacy,
        }
    }

    /// Reads options from a JSON value; an unknown name is an error.
    pub fn from_json_value(value: serde_json::Value) -> Result<NormalizeOptions, Error> {
        NormalizeOptions::deserialize(value).map_err(|error| Error::Options {
            message: message_without_position(&error),
        })
    }
}

/// Normalised text and the changes that made it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Normalized {
    /// The text.
    pub text: String,
    /// What changed, in the order it appears in the input.
    pub changes: Vec<Change>,
}

impl Normalized {
    /// Each change's place in `input` counted in UTF-16 code units, as
    /// JavaScript strings count (`Change` counts UTF-8 bytes). `input` must
    /// be the text that was normalised.
    pub fn utf16_ranges(&self, input: &str) -> Vec<std::ops::Range<usize>> {
        let mut units = 0;
        let mut bytes = 0;
        let mut chars = input.chars();
        let mut to_units = |offset: usize| {
            while bytes < offset {
                let Some(c) = chars.next() else { break };
                bytes += c.len_utf8();
                units += c.len_utf16();
            }
            units
        };
        self.changes
            .iter()
            .map(|change| {
                let start = to_units(change.start);
                start..to_units(change.end)
            })
            .collect()
    }
}

/// Normalises `text` (see the module docs for what that means).
///
/// ```
/// use vn_article::normalize::{NormalizeOptions, ChangeKind, normalize_text};
///
/// let normalized = normalize_text("Hội nghị quán triệt  \"chạy chức” , tòan diện", &NormalizeOptions::default());
/// assert_eq!(normalized.text, "Hội nghị quán triệt “chạy chức”, toàn diện");
/// let kinds: Vec<ChangeKind> = normalized.changes.iter().map(|change| change.kind).collect();
/// assert_eq!(kinds, [ChangeKind::Spacing, ChangeKind::Quotes, ChangeKind::Spacing, ChangeKind::TonePlacement]);
/// ```
pub fn normalize_text(text: &str, options: &NormalizeOptions) -> Normalized {
    let decoded = decode_legacy(text, options.legacy);
    let source = decoded.as_ref().map_or(text, |(decoded, _)| decoded.as_str());
    let marks = marks(options, [source]);
    let (result, changes) = match (decoded.as_ref(), pass::run(source, marks, options.typography)) {
        (None, None) => return unchanged(text),
        (None, Some(rewritten)) => rewritten,
        (Some((decoded, legacy)), None) => (decoded.clone(), legacy.clone()),
        (Some((_, legacy)), Some((result, second))) => {
            let changes = changes::compose(text, legacy, &second, &result);
            (result, changes)
        }
    };
    Normalized {
        text: result,
        changes,
    }
}

fn unchanged(text: &str) -> Normalized {
    Normalized {
        text: text.to_owned(),
        changes: Vec::new(),
    }
}

/// Every text field of the article normalised; `Auto` styles are decided
/// once for the whole article, so its fields agree.
pub fn normalize_article(article: &Article, options: &NormalizeOptions) -> Article {
    let mut article = article.clone();
    let resolved = NormalizeOptions {
        tone_style: resolve_style(options, article_texts(&article)),
        ..options.clone()
    };
    let fix = |text: &mut String| *text = normalize_text(text, &resolved).text;
    fix(&mut article.title);
    article.sapo.iter_mut().for_each(fix);
    article.authors.iter_mut().for_each(fix);
    if let Some(source) = &mut article.source {
        source.name.iter_mut().for_each(fix);
    }
    for block in &mut article.blocks {
        match block {
            Block::Paragraph(paragraph) => normalize_inline(&mut paragraph.content, &resolved),
            Block::Heading { text, .. } => fix(text),
            Block::Figure(figure) => {
                fix(&mut figure.image.alt);
                figure.caption.iter_mut().for_each(fix);
                figure.credit.iter_mut().for_each(fix);
            }
            Block::Quote { text, attribution } => {
                fix(text);
                attribution.iter_mut().for_each(fix);
            }
            Block::List { items, .. } => items.iter_mut().for_each(fix),
        }
    }
    article
}

fn article_texts(article: &Article) -> Vec<&str> {
    let mut texts = article.visible_texts();
    texts.extend(article.blocks.iter().filter_map(|block| match block {
        Block::Figure(figure) => Some(figure.image.alt.as_str()),
        _ => None,
    }));
    texts
}

/// A paragraph's inline content normalised as one text, so that rules
/// reach across element boundaries (`<b>Hà Nội </b>,` loses its space), then
/// split back into its elements.
fn normalize_inline(content: &mut Vec<Inline>, options: &NormalizeOptions) {
    let mut joined = String::new();
    let mut spans = Vec::new();
    collect_inline(content, &mut joined, &mut spans);
    let normalized = normalize_text(&joined, options);
    if normalized.changes.is_empty() {
        return;
    }
    let mut index = 0;
    distribute_inline(content, &normalized, &spans, &mut index);
}

/// Appends the text of `content` to `joined` (a line break as `\n`, which
/// normalisation never changes), noting where each text node lies.
fn collect_inline(content: &[Inline], joined: &mut String, spans: &mut Vec<(usize, usize)>) {
    for node in content {
        match node {
            Inline::Text(text) => {
                spans.push((joined.len(), joined.len() + text.len()));
                joined.push_str(text);
            }
            Inline::Break => joined.push('\n'),
            Inline::Styled { children, .. } | Inline::Link { children, .. } => {
                collect_inline(children, joined, spans)
            }
        }
    }
}

/// Gives each text node its part of the normalised text; nodes left empty
/// are removed, and elements left empty with them.
fn distribute_inline(
    content: &mut Vec<Inline>,
    normalized: &Normalized,
    spans: &[(usize, usize)],
    index: &mut usize,
) {
    for node in content.iter_mut() {
        match node {
            Inline::Text(text) => {
                let (start, end) = spans[*index];
                *index += 1;
                let start = changes::map_position(&normalized.changes, start);
                let end = changes::map_position(&normalized.changes, end).max(start);
                *text = normalized.text[start..end].to_owned();
            }
            Inline::Break => {}
            Inline::Styled { children, .. } | Inline::Link { children, .. } => {
                distribute_inline(children, normalized, spans, index)
            }
        }
    }
    content.retain(|node| match node {
        Inline::Text(text) => !text.is_empty(),
        Inline::Break => true,
        Inline::Styled { children, .. } | Inline::Link { children, .. } => !children.is_empty(),
    });
}

/// `Auto` made definite by the texts' majority: the style most open
/// `oa`/`oe`/`uy` syllables with a mark are written in; ties go to
/// traditional. Other styles are returned as they are.
pub fn resolve_style<'a>(options: &NormalizeOptions, texts: impl IntoIterator<Item = &'a str>) -> ToneStyle {
    if options.tone_style != ToneStyle::Auto {
        return options.tone_style;
    }
    let (mut traditional, mut modern) = (0usize, 0usize);
    for text in texts {
        for word in pass::words(text, options.typography) {
            match compose::written_style(&word) {
                Some(Style::Traditional) => traditional += 1,
                Some(Style::Modern) => modern += 1,
                None => {}
            }
        }
    }
    if modern > traditional {
        ToneStyle::Modern
    } else {
        ToneStyle::Traditional
    }
}

fn marks<'a>(options: &NormalizeOptions, texts: impl IntoIterator<Item = &'a str>) -> Marks {
    match resolve_style(options, texts) {
        ToneStyle::Modern => Marks::Style(Style::Modern),
        ToneStyle::Keep => Marks::Repair,
        _ => Marks::Style(Style::Traditional),
    }
}

fn decode_legacy(text: &str, legacy: Legacy) -> Option<(String, Vec<Change>)> {
    let decoded = match legacy {
        Legacy::Off => None,
        // Detected on the composed text: the text composition gives is the
        // text a second normalisation would see.
        Legacy::Auto => legacy::detect(&text.nfc().collect::<String>()).map(|(_, decoded)| decoded),
        Legacy::Viqr => legacy::decode(text, Encoding::Viqr),
        Legacy::Tcvn3 => legacy::decode(text, Encoding::Tcvn3),
        Legacy::Vni => legacy::decode(text, Encoding::Vni),
    }?;
    // One change per whitespace-separated word that the conversion changed.
    let mut rewriter = Rewriter::new(text);
    for ((start, before), after) in chunks(text).zip(decoded.split_whitespace()) {
        rewriter.replace(start..start + before.len(), after, ChangeKind::Legacy);
    }
    let (rewritten, changes) = rewriter.finish()?;
    Some((rewritten, changes))
}

/// Whitespace-separated chunks with their byte offsets.
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |chunk| (chunk.as_ptr() as usize - text.as_ptr() as usize, chunk))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_ranges_count_as_javascript_does() {
        // "𝐀" takes two UTF-16 units and four UTF-8 bytes; "ò" one and two.
        let input = "𝐀 tòan  x";
        let normalized = normalize_text(input, &NormalizeOptions::default());
        assert_eq!(normalized.text, "𝐀 toàn x");
        assert_eq!(normalized.utf16_ranges(input), [3..7, 7..9]);
    }
}
