//! Article → markup: the options, the event stream both writers share, the
//! String writer, and (in the browser) the DOM writer.

mod citations;
mod escape;
mod events;
mod figure;
mod html;
mod labels;
mod page;

#[cfg(target_arch = "wasm32")]
pub(crate) mod dom;

pub use escape::{escape_attr, escape_text, safe_url};
pub use events::{Event, Tag, events};
pub use figure::{DEFAULT_IMAGE_WIDTHS, DEFAULT_SIZES};
pub use html::push_html;
pub(crate) use labels::vietnamese_weekday;
pub use page::{PageAssets, render_page, render_page_json};

use crate::Error;
use crate::article::{Article, Inline, LanguageTag, Limits};
use crate::normalize::{Legacy, NormalizeOptions, ToneStyle, normalize_article};
use time::UtcOffset;

/// How to render an article. Every field has a default, so `{}` (or
/// `RenderOptions::default()`) renders the article as it is.
///
/// From JavaScript the options are an object with camelCase names; a name
/// this version does not know is an error, not silence.
///
/// | option | default | meaning |
/// |---|---|---|
/// | `lang` | the article's `lang` | language of the output's `lang` attribute and of the words the renderer adds (dates, "Cập nhật", "Nguồn") |
/// | `toneStyle` | `"auto"` | where tone marks go in open oa/oe/uy: `"traditional"` (hòa), `"modern"` (hoà), `"keep"`, or `"auto"` (the article's majority) |
/// | `typography` | `true` | pair quotes, fix spaces, remove invisible characters |
/// | `legacy` | `"auto"` | legacy encoding of the text: `"off"`, `"viqr"`, `"tcvn3"`, `"vni"`, or `"auto"` (TCVN3, VNI, VIQR or misread UTF-8, when certain) |
/// | `citations` | `true` | highlight the documents the article cites and list them at its end |
/// | `linkTemplate` | a search on thuvienphapluat.vn | each cited document's link: `{document}`, `{symbol}`, `{kind}`, `{number}`, `{year}` are replaced, URL-encoded; `null` for no links |
/// | `idPrefix` | `"vn"` | prefix of the ids given to mentions (`vn-cite-1`), to keep several articles on one page apart |
/// | `imageTemplate` | none | an image service's URL for one width, `{path}`/`{src}`/`{width}` replaced: a `srcset` ladder for images without one |
/// | `imageWidths` | `[320, 480, 640, 800, 1024, 1280, 1600]` | the widths of that ladder (never above the image's own width) |
/// | `imageSizes` | the column's width | `sizes` of images that give none |
/// | `limits` | `{"maxBytes": 10000000, "maxDepth": 32, "maxBlocks": 10000}` | how much article JSON is read at most; past a limit is an error |
///
/// Every text field is normalised (see [`crate::normalize`]) before it is
/// rendered, and citations are found in the normalised prose (see
/// [`crate::citation`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Overrides the article's language.
    pub lang: Option<LanguageTag>,
    /// Where tone marks go in open oa/oe/uy.
    pub tone_style: ToneStyle,
    /// Whether to fix quotes, spaces, invisible characters and look-alike symbols.
    pub typography: bool,
    /// Which legacy encoding text fields may be in.
    pub legacy: Legacy,
    /// Whether to highlight and list the documents the article cites.
    pub citations: bool,
    /// The link of a cited document, with `{document}` (its symbol, or a
    /// law's name and year: `Luật Đất đai 2013`), `{symbol}`, `{kind}`,
    /// `{number}` and `{year}` replaced; `None` for no links. A document that lacks a
    /// value the template asks for, or whose link is not an allowed URL,
    /// gets no link.
    pub link_template: Option<String>,
    /// The prefix of the ids the rendering gives elements.
    pub id_prefix: IdPrefix,
    /// An image service's address for one width of an image, with
    /// `{path}`, `{src}` and `{width}` replaced
    /// (`https://cdn.example.vn/{path}?w={width}`): a `srcset` for every
    /// image that has no `srcset` of its own.
    pub image_template: Option<String>,
    /// The widths of that `srcset`, never wider than the image itself.
    pub image_widths: Vec<u32>,
    /// The `sizes` of images that give none; the article column's width
    /// by default ([`DEFAULT_SIZES`]).
    pub image_sizes: Option<String>,
    /// How much article JSON is read at most.
    pub limits: Limits,
    /// The UTC offset every time of day is shown at (`+07:00`: a CMS's
    /// times in UTC shown as Vietnam's clocks read); `None` shows each at
    /// the offset it was written with.
    pub utc_offset: Option<UtcOffset>,
}

/// Where a cited document is looked up by default: thuvienphapluat.vn's
/// search, which finds documents by their symbol, and laws by their name.
pub const DEFAULT_LINK_TEMPLATE: &str = "https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword={document}";

/// A prefix for element ids: an ASCII letter, then letters, digits, `-` or
/// `_`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdPrefix(String);

impl IdPrefix {
    /// The prefix.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for IdPrefix {
    fn default() -> Self {
        IdPrefix("vn".to_owned())
    }
}

impl TryFrom<String> for IdPrefix {
    type Error = String;

    fn try_from(prefix: String) -> Result<Self, String> {
        let valid = prefix.starts_with(|c: char| c.is_ascii_alphabetic())
            && prefix
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if valid {
            Ok(IdPrefix(prefix))
        } else {
            Err(format!(
                "expected an ASCII letter followed by letters, digits, '-' or '_', found {prefix:?}"
            ))
        }
    }
}

impl Default for RenderOptions {
    fn default() -> Self {
        let normalize = NormalizeOptions::default();
        RenderOptions {
            lang: None,
            tone_style: normalize.tone_style,
            typography: normalize.typography,
            legacy: normalize.legacy,
            citations: true,
            link_template: Some(DEFAULT_LINK_TEMPLATE.to_owned()),
            id_prefix: IdPrefix::default(),
            image_template: None,
            image_widths: DEFAULT_IMAGE_WIDTHS.to_vec(),
            image_sizes: None,
            limits: Limits::default(),
            utc_offset: None,
        }
    }
}

impl RenderOptions {
    /// The normalisation these options ask for.
    pub fn normalize_options(&self) -> NormalizeOptions {
        NormalizeOptions::new(self.tone_style, self.typography, self.legacy)
    }

    /// The article as it will be rendered: every text field normalised,
    /// its times at [`RenderOptions::utc_offset`].
    pub fn prepare(&self, article: &Article) -> Article {
        let mut article = normalize_article(article, &self.normalize_options());
        if let Some(offset) = self.utc_offset {
            for at in [&mut article.published, &mut article.updated]
                .into_iter()
                .flatten()
            {
                *at = at.at_offset(offset);
            }
        }
        article
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

/// Renders an article to an HTML fragment: one `<article>` element, its
/// text normalised as `options` say.
///
/// ```
/// use vn_article::{Article, Block, Paragraph, RenderOptions, render};
///
/// let mut article = Article::new("Hà Nội & Huế");
/// article.blocks.push(Block::Paragraph(Paragraph::text("Trời <mưa>.")));
/// let html = render(&article, &RenderOptions::default());
/// assert!(html.contains("<h1 class=\"vn-article__title\" id=\"vn-title\" part=\"title\">Hà Nội &amp; Huế</h1>"));
/// assert!(html.contains("<p>Trời &lt;mưa&gt;.</p>"));
/// ```
pub fn render(article: &Article, options: &RenderOptions) -> String {
    let article = options.prepare(article);
    let mut html = String::with_capacity(article.blocks.len() * 512 + 1024);
    push_html(&mut html, events(&article, options));
    html
}

/// Reads article JSON and renders it. Block-level problems do not stop the
/// rendering: the blocks are skipped and the problems returned as warnings.
/// Problems that leave nothing to render (malformed JSON, no usable title or
/// blocks) are the error, every one of them.
pub fn render_json(json: &str, options: &RenderOptions) -> Result<Rendered, Vec<Error>> {
    read_and_write(json, options, |article| render(article, options))
}

/// Reads article JSON within the options' limits and writes it with `write`.
fn read_and_write(
    json: &str,
    options: &RenderOptions,
    write: impl FnOnce(&Article) -> String,
) -> Result<Rendered, Vec<Error>> {
    let parsed = Article::from_json_within(json, &options.limits)?;
    Ok(Rendered {
        html: write(&parsed.article),
        warnings: parsed.problems,
    })
}

/// Inline content as HTML, for writing a paragraph back as article JSON.
pub(crate) fn inline_to_html(content: &[Inline]) -> String {
    let mut html = String::new();
    push_html(&mut html, events::inline_events(content));
    html
}
