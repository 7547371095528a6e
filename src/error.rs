//! Every problem the crate reports, as one enum whose messages are sentences.
//!
//! A problem names its place: for article JSON, `line:column` and a JSON
//! path such as `blocks[3].image.width` (the path alone for an object a
//! caller handed over, `line:column` alone for JSON that does not parse); a
//! line number for scraped text. [`Error::severity`] says whether the problem makes
//! `check` fail ([`Severity::Error`]) or is only worth knowing
//! ([`Severity::Warning`]). Rendering never stops on a block-level problem: it
//! skips or repairs what it must and hands the problems back as warnings.

use std::fmt;

use crate::ingest::MAX_HEADLINE_CHARS;

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The input is wrong: `check` fails, and the renderer had to skip or
    /// repair something.
    Error,
    /// The input is usable as it is, but something about it deserves a look.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A problem with an article or with the options it is rendered with.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is not well-formed JSON.
    Syntax {
        /// 1-based line of the first character that could not be read.
        line: usize,
        /// 1-based column (in characters) of that character.
        column: usize,
        /// What the JSON reader expected there.
        message: String,
    },
    /// A `\u` escape in a JSON string that is half of a UTF-16 surrogate
    /// pair without the other half (a text cut inside an emoji), or such a
    /// half itself in JSON text that JavaScript handed over. It is read as
    /// U+FFFD, the replacement character; everything else is read.
    LoneSurrogate {
        /// 1-based line of the escape.
        line: usize,
        /// 1-based column (in characters) of its backslash, or of the half.
        column: usize,
        /// The escape as written (`\ud83c`), or the half's code unit
        /// written as one.
        escape: String,
    },
    /// A required field is absent.
    Missing {
        /// JSON path of the absent field.
        path: JsonPath,
        /// What the field should hold, e.g. "a non-empty string".
        expected: &'static str,
    },
    /// A field holds the wrong kind of value.
    Invalid {
        /// JSON path of the value.
        path: JsonPath,
        /// What the field should hold, e.g. "a positive integer".
        expected: &'static str,
        /// A short rendering of what it holds instead.
        found: String,
    },
    /// A field this version of the article format does not know.
    UnknownField {
        /// JSON path of the field.
        path: JsonPath,
        /// The known field it most likely means (`caption` for `captoin`).
        meant: Option<&'static str>,
    },
    /// A block whose `type` is not one of the known block types.
    UnknownBlockType {
        /// JSON path of the block's `type`.
        path: JsonPath,
        /// The type that was given.
        found: String,
        /// The block type it most likely means (`figure` for `image`).
        meant: Option<&'static str>,
    },
    /// A URL whose scheme is not allowed (only http, https, mailto, tel and
    /// relative URLs are).
    UnsafeUrl {
        /// JSON path of the URL.
        path: JsonPath,
        /// The URL as given.
        url: String,
    },
    /// An HTML element outside the paragraph subset; its text is kept, but
    /// for what a browser does not show either (a `<script>`'s code, a
    /// `<style>`, a `<noscript>` fallback), which is left out, and for a
    /// picture where none can stand (a list's item, a cell), left out too.
    UnsupportedTag {
        /// JSON path of the `html` field.
        path: JsonPath,
        /// The element's name.
        tag: String,
    },
    /// A link in a body's subheading (`<h2>Xem <a href="…">bài trước</a></h2>`):
    /// a subheading is text alone, and the link's words are kept without it.
    LinkInHeading {
        /// JSON path of the `html` field.
        path: JsonPath,
    },
    /// HTML typed into a plain text field (`&quot;Tôi&quot;`, `<b>`), as a
    /// content system's export leaves it when it escapes its HTML once too
    /// often: shown as typed, for a text is not read as HTML.
    MarkupInText {
        /// JSON path of the text field.
        path: JsonPath,
        /// The references and tags, as written, each once, in order.
        markup: Vec<String>,
    },
    /// A link in inline HTML whose `href` is not allowed; its text is kept.
    UnsafeLink {
        /// JSON path of the `html` field.
        path: JsonPath,
        /// The `href` as given.
        href: String,
    },
    /// A `lang` attribute in inline HTML that names no language
    /// (`lang="English"`); its words are kept, read in the language around
    /// them.
    UnknownLanguage {
        /// JSON path of the `html` field.
        path: JsonPath,
        /// The attribute's value as given.
        lang: String,
    },
    /// Inline HTML that is still open at its end: a tag cut off, which is
    /// left out, or a comment never closed, which hides the rest (as in a
    /// browser).
    UnclosedMarkup {
        /// JSON path of the `html` field.
        path: JsonPath,
        /// The start of the markup left out.
        markup: String,
        /// How many characters of it come after `markup`.
        hidden: usize,
    },
    /// Inline HTML nested deeper than the renderer follows; the deeper
    /// elements' text is kept without them.
    TooDeep {
        /// JSON path of the `html` field.
        path: JsonPath,
        /// The deepest nesting that is kept.
        limit: usize,
    },
    /// Scraped text with no line that could be a title.
    EmptyText,
    /// Scraped text with a title but nothing under it that is the
    /// article's: no paragraph, figure or standfirst (a scrape that kept
    /// only the page's heading and its chrome). The article has no body.
    NoBody,
    /// Scraped text whose first line reads as a paragraph or a photo's
    /// caption, not a headline: it ends with a full stop or a colon, ends
    /// with a photo credit, or runs past any headline's length. The scrape
    /// may have lost the headline; the line is the article's title, and
    /// the lines under it its body.
    TitleReadsAsParagraph {
        /// 1-based line number of the title.
        line: usize,
    },
    /// Scraped text whose first line shares few words with the headline
    /// the article's address names (its last segment, the headline's words
    /// without their marks): a subheading or a caption the scrape put
    /// first. The line is the article's title, and the lines under it its
    /// body.
    TitleNotInAddress {
        /// 1-based line number of the title.
        line: usize,
        /// The article's address.
        url: String,
    },
    /// Scraped text: a line that holds no words was left out.
    DroppedLine {
        /// 1-based line number in the scraped text.
        line: usize,
        /// The line as it was.
        text: String,
    },
    /// Scraped text: the HTML a scrape left in a line was read as a
    /// browser shows it: its character references (`&quot;`, `&amp;`) as
    /// the characters they stand for, its tags (`<br>`, `<strong>`) left
    /// out, the line parted where a block's tag (`</p><p>`) parts it.
    LeakedMarkup {
        /// 1-based line number in the scraped text.
        line: usize,
        /// The references and tags, as written, each once, in the order of
        /// the line.
        markup: Vec<String>,
    },
    /// Scraped text in Markdown: the addresses of a line's links were
    /// left out; their words stay in the text.
    MarkdownLinks {
        /// 1-based line number in the scraped text.
        line: usize,
        /// The links' addresses, in the order of the line.
        addresses: Vec<String>,
    },
    /// Scraped text: a line that is only an image's file name
    /// (`IMG_2034.JPG`), which a page's content system writes where no one
    /// described the picture, was left out; the line under it, when it is
    /// short enough, is the picture's caption.
    ImageFileName {
        /// 1-based line number in the scraped text.
        line: usize,
        /// The line as it was.
        text: String,
    },
    /// Scraped text: punctuation typed after the byline's names (`Lê
    /// Hương ,`) was left out; the names are the article's authors.
    StrayPunctuation {
        /// 1-based line number of the byline.
        line: usize,
        /// The punctuation, as it was.
        text: String,
    },
    /// Scraped text: the page's navigation above the title, its sharing
    /// tools under it, or its links to other stories and comment tools
    /// under the article, were left out.
    PageChrome {
        /// 1-based line number of the first line left out (`Tin liên
        /// quan`, `Thời sự`, `Chia sẻ`).
        line: usize,
        /// That line as it was.
        text: String,
        /// The lines after it, left out with it.
        following: Vec<String>,
    },
    /// Scraped text: the page's count of readers on the dateline's line
    /// (`07/11/2019 | Lượt xem: 1.234`) was left out; the date is read.
    ReaderCount {
        /// 1-based line number of the dateline.
        line: usize,
        /// The count, as written (`1.234`; counts of several kinds
        /// separated by commas).
        count: String,
    },
    /// Scraped text: the account that posted the article, on the
    /// dateline's line (`Người đăng: Quản trị viên | Ngày đăng: …`), was
    /// left out; the date is read.
    Poster {
        /// 1-based line number of the dateline.
        line: usize,
        /// The account's name, as written.
        poster: String,
    },
    /// Scraped text: a dateline names a weekday that is not the weekday of
    /// its date. The date is kept.
    WeekdayMismatch {
        /// 1-based line number of the dateline.
        line: usize,
        /// The weekday the dateline names.
        stated: String,
        /// The weekday of the date, in the same words.
        actual: String,
    },
    /// An image with a `src` but no `width` and `height`: its box is
    /// reserved at the default ratio (3:2) and the image fitted inside it.
    NoDimensions {
        /// JSON path of the image.
        path: JsonPath,
    },
    /// An image without a `src` (a scrape keeps a picture's words, not
    /// the picture): a quiet box holds its place.
    NoImageSource {
        /// JSON path of the image.
        path: JsonPath,
    },
    /// A figure with nothing a reader could see or hear: no image the page
    /// may load, no text alternative, caption or credit. It is left out
    /// rather than shown as an empty box.
    EmptyFigure {
        /// JSON path of the block.
        path: JsonPath,
    },
    /// An image's text alternative ended with the number the page's content
    /// system gave the picture (`… - Ảnh 1.`), which tells a listener
    /// nothing of it: the number was left out.
    PictureNumber {
        /// JSON path of the text alternative.
        path: JsonPath,
        /// The number, as written.
        text: String,
    },
    /// A box of related stories in a paragraph's HTML showed pictures (the
    /// stories' thumbnails), which were left out: the box is a list of the
    /// stories by their titles.
    RelatedStoryPictures {
        /// JSON path of the HTML.
        path: JsonPath,
        /// How many pictures were left out.
        count: usize,
    },
    /// A paragraph's HTML that holds a body of blocks holds some that show
    /// nothing (`<p>&nbsp;</p>`, a content system's spacer): they are left
    /// out.
    EmptyBlocks {
        /// JSON path of the HTML.
        path: JsonPath,
        /// How many were left out.
        count: usize,
    },
    /// The input is past one of the reading limits (see
    /// [`crate::article::Limits`]); nothing of it is rendered.
    LimitExceeded {
        /// Which limit.
        limit: crate::article::Limit,
        /// Its value.
        max: usize,
        /// What the input has: bytes, nesting depth or blocks.
        found: usize,
        /// For nesting, the 1-based line and column where it went too deep.
        at: Option<(usize, usize)>,
    },
    /// More problems than are reported for one article.
    MoreProblems {
        /// How many were left out.
        count: usize,
    },
    /// Rendering options that cannot be used.
    Options {
        /// What is wrong with them.
        message: String,
    },
}

impl Error {
    /// Whether this problem fails `check` or is only a warning.
    pub fn severity(&self) -> Severity {
        match self {
            Error::UnsupportedTag { .. }
            | Error::LinkInHeading { .. }
            | Error::MarkupInText { .. }
            | Error::DroppedLine { .. }
            | Error::ImageFileName { .. }
            | Error::LeakedMarkup { .. }
            | Error::MarkdownLinks { .. }
            | Error::StrayPunctuation { .. }
            | Error::PageChrome { .. }
            | Error::ReaderCount { .. }
            | Error::Poster { .. }
            | Error::WeekdayMismatch { .. }
            | Error::NoBody
            | Error::TitleReadsAsParagraph { .. }
            | Error::TitleNotInAddress { .. }
            | Error::NoDimensions { .. }
            | Error::NoImageSource { .. }
            | Error::PictureNumber { .. }
            | Error::RelatedStoryPictures { .. }
            | Error::EmptyBlocks { .. }
            | Error::UnknownLanguage { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The line and column (1-based) in the JSON text: of malformed JSON,
    /// of half a character alone, of nesting past the limit, of the field
    /// or item a path names.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Error::Syntax { line, column, .. } | Error::LoneSurrogate { line, column, .. } => {
                Some((*line, *column))
            }
            Error::LimitExceeded { at, .. } => *at,
            _ => self.json_path()?.at,
        }
    }

    /// The 1-based line of scraped text a problem of [`mod@crate::ingest`] is
    /// about.
    pub fn line(&self) -> Option<usize> {
        match self {
            Error::DroppedLine { line, .. }
            | Error::ImageFileName { line, .. }
            | Error::LeakedMarkup { line, .. }
            | Error::MarkdownLinks { line, .. }
            | Error::TitleReadsAsParagraph { line }
            | Error::TitleNotInAddress { line, .. }
            | Error::StrayPunctuation { line, .. }
            | Error::PageChrome { line, .. }
            | Error::ReaderCount { line, .. }
            | Error::Poster { line, .. }
            | Error::WeekdayMismatch { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// The JSON path the problem is about, when it has one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::LimitExceeded {
                limit: crate::article::Limit::Blocks,
                ..
            } => Some("blocks"),
            _ => self.json_path().map(|json_path| json_path.path.as_str()),
        }
    }

    /// The path of a problem about one place in article JSON.
    pub(crate) fn json_path(&self) -> Option<&JsonPath> {
        with_json_path!(self)
    }

    /// The same, to record where the place is in the text.
    pub(crate) fn json_path_mut(&mut self) -> Option<&mut JsonPath> {
        with_json_path!(self)
    }
}

/// The [`JsonPath`] of an [`Error`] (`&` or `&mut`, as the error is
/// borrowed) if it is about one place in article JSON.
macro_rules! with_json_path {
    ($error:expr) => {
        match $error {
            Error::Missing { path, .. }
            | Error::Invalid { path, .. }
            | Error::UnknownField { path, .. }
            | Error::UnknownBlockType { path, .. }
            | Error::UnsafeUrl { path, .. }
            | Error::UnsupportedTag { path, .. }
            | Error::LinkInHeading { path }
            | Error::MarkupInText { path, .. }
            | Error::UnsafeLink { path, .. }
            | Error::UnknownLanguage { path, .. }
            | Error::UnclosedMarkup { path, .. }
            | Error::TooDeep { path, .. }
            | Error::NoDimensions { path }
            | Error::NoImageSource { path }
            | Error::EmptyFigure { path }
            | Error::PictureNumber { path, .. }
            | Error::RelatedStoryPictures { path, .. }
            | Error::EmptyBlocks { path, .. } => Some(path),
            _ => None,
        }
    };
}
use with_json_path;

/// Where a problem is in article JSON: its path (`blocks[3].image.alt`)
/// and, once the text has been searched for it, the 1-based line and
/// column (in characters) where that field's name begins, or the array's
/// item; for a field that is missing, the object that lacks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonPath {
    /// The path: field names joined by `.`, array indices in brackets.
    pub path: String,
    /// The line and column, when the problem was read from JSON text.
    pub at: Option<(usize, usize)>,
}

impl From<String> for JsonPath {
    fn from(path: String) -> Self {
        JsonPath { path, at: None }
    }
}

impl From<&str> for JsonPath {
    fn from(path: &str) -> Self {
        path.to_owned().into()
    }
}

/// `blocks[3].image.alt`, after its `line:column: ` when it is known.
impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, column)) = self.at {
            write!(f, "{line}:{column}: ")?;
        }
        f.write_str(&self.path)
    }
}

/// The end of a message about a name we do not know: the one it most
/// likely means, when there is one.
fn did_you_mean(f: &mut fmt::Formatter<'_>, meant: Option<&str>) -> fmt::Result {
    match meant {
        Some(meant) => write!(f, " (did you mean {meant:?}?)"),
        None => Ok(()),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Syntax {
                line,
                column,
                message,
            } => write!(f, "{line}:{column}: malformed JSON: {message}"),
            Error::LoneSurrogate { line, column, escape } => write!(
                f,
                "{line}:{column}: {escape} is half of a character whose other half is missing (a text cut inside an emoji); it is shown as \u{FFFD}"
            ),
            Error::Missing { path, expected } => {
                write!(f, "{path}: expected {expected}, found nothing")
            }
            Error::Invalid {
                path,
                expected,
                found,
            } => write!(f, "{path}: expected {expected}, found {found}"),
            Error::UnknownField { path, meant } => {
                write!(f, "{path}: unknown field; it is ignored")?;
                did_you_mean(f, *meant)
            }
            Error::UnknownBlockType { path, found, meant } => {
                write!(
                    f,
                    "{path}: unknown block type {found:?}; expected one of {}; the block is skipped",
                    crate::article::BLOCK_TYPES.join(", ")
                )?;
                did_you_mean(f, *meant)
            }
            Error::UnsafeUrl { path, url } => write!(
                f,
                "{path}: {url:?} is not an allowed URL (only http, https, mailto, tel and relative URLs are)"
            ),
            Error::UnsupportedTag { path, tag } if crate::article::hides_text(tag) => write!(
                f,
                "{path}: <{tag}> is not allowed in a paragraph; what it holds is left out, \
                 as a browser does not show it"
            ),
            Error::UnsupportedTag { path, tag } if tag == "img" => write!(
                f,
                "{path}: <img> is not allowed in a paragraph's line, a list's item, a table's cell or a \
                 subheading; the picture is left out, its text alternative standing in a cell that holds \
                 nothing else (a picture stands between paragraphs, as a figure)"
            ),
            Error::UnsupportedTag { path, tag } if tag == "span" => write!(
                f,
                "{path}: <span> is not allowed in a paragraph but to name its words' language \
                 (<span lang=\"en\">) or to give them a style a paragraph's tags give \
                 (<span style=\"font-weight: bold\">); its text is kept without it"
            ),
            Error::UnsupportedTag { path, tag } => write!(
                f,
                "{path}: <{tag}> is not allowed in a paragraph; its text is kept without it"
            ),
            Error::MarkupInText { path, markup } => write!(
                f,
                "{path}: the text holds HTML ({}), which readers see as typed: a text field is plain \
                 text (give its characters as they read, or a block's words as its html)",
                markup.join(" ")
            ),
            Error::LinkInHeading { path } => write!(
                f,
                "{path}: a subheading holds a link, which it cannot show; its words are kept without it"
            ),
            Error::UnsafeLink { path, href } => write!(
                f,
                "{path}: link to {href:?} is not allowed (only http, https, mailto, tel and relative URLs are); its text is kept without the link"
            ),
            Error::UnknownLanguage { path, lang } => write!(
                f,
                "{path}: lang={lang:?} is not a language tag such as \"en\" or \"fr\"; its words are read \
                 in the language around them"
            ),
            Error::UnclosedMarkup {
                path,
                markup,
                hidden: 0,
            } => write!(
                f,
                "{path}: {markup:?} is not closed before the end; it is left out, as a browser leaves it out"
            ),
            Error::UnclosedMarkup { path, markup, hidden } => write!(
                f,
                "{path}: {markup:?} and the {hidden} characters after it are not closed before the end; \
                 they are left out, as a browser leaves them out"
            ),
            Error::TooDeep { path, limit } => write!(
                f,
                "{path}: elements nested more than {limit} deep; the deeper ones' text is kept without them"
            ),
            Error::NoDimensions { path } => write!(
                f,
                "{path}: no width and height; the image's box is kept at 3:2 and the image fitted inside it, \
                 which may leave bands around it (give its size to reserve the right box)"
            ),
            Error::NoImageSource { path } => write!(
                f,
                "{path}: no src; readers see a quiet box in the picture's place, and screen readers \
                 its text alternative (give the image's address to show it)"
            ),
            Error::EmptyFigure { path } => write!(
                f,
                "{path}: a figure with nothing to show (no image address the page may load, no text \
                 alternative, caption or credit) is left out"
            ),
            Error::RelatedStoryPictures { path, count } => write!(
                f,
                "{path}: the box of related stories showed {count} {}, which {} left out: the box is \
                 a list of the stories by their titles",
                if *count == 1 {
                    "picture, a story's thumbnail"
                } else {
                    "pictures, the stories' thumbnails"
                },
                if *count == 1 { "was" } else { "were" }
            ),
            Error::PictureNumber { path, text } => write!(
                f,
                "{path}: {text:?} is the number the page's content system gave the picture, which tells \
                 a listener nothing of it, and was left out"
            ),
            Error::EmptyBlocks { path, count: 1 } => write!(
                f,
                "{path}: a block of the body shows nothing (spaces, &nbsp; or invisible characters alone) \
                 and is left out"
            ),
            Error::EmptyBlocks { path, count } => write!(
                f,
                "{path}: {count} blocks of the body show nothing (spaces, &nbsp; or invisible characters \
                 alone) and are left out"
            ),
            Error::EmptyText => f.write_str(
                "the text holds no line with words in it, so there is no title to start an article with",
            ),
            Error::NoBody => f.write_str(
                "the text has a title but nothing under it that belongs to the article \
                 (no paragraph, figure or standfirst): the article has no body",
            ),
            Error::TitleReadsAsParagraph { line } => write!(
                f,
                "line {line}: the title reads as a paragraph or a photo's caption, not a headline \
                 (it ends with a full stop, a colon or a photo credit, or runs past {MAX_HEADLINE_CHARS} characters): \
                 the text may have lost its headline; this line is the title, and the lines under it the body",
            ),
            Error::TitleNotInAddress { line, url } => write!(
                f,
                "line {line}: the title shares few words with the headline the article's address names ({url}): \
                 the text may have lost its headline; this line is the title, and the lines under it the body",
            ),
            Error::DroppedLine { line, text } => {
                write!(f, "line {line}: {text:?} holds no words and was left out")
            }
            Error::LeakedMarkup { line, markup } => write!(
                f,
                "line {line}: the HTML the scrape left ({}) was read as a browser shows it: references as their characters, a block's tags as the end of a paragraph, other tags left out",
                markup.join(" ")
            ),
            Error::MarkdownLinks { line, addresses } => write!(
                f,
                "line {line}: the Markdown links' addresses ({}) were left out; their words stay",
                addresses.join(" ")
            ),
            Error::ImageFileName { line, text } => write!(
                f,
                "line {line}: {text:?} is an image's file name, which describes nothing of the picture, and was left out"
            ),
            Error::StrayPunctuation { line, text } => write!(
                f,
                "line {line}: {text:?} after the byline's names is stray punctuation and was left out"
            ),
            Error::PageChrome {
                line,
                text,
                following,
            } => {
                write!(f, "line {line}: {text:?}")?;
                if following.is_empty() {
                    return f.write_str(
                        " is part of the page (its navigation, links or tools), not of the article; left out",
                    );
                }
                f.write_str(" and the lines after it,")?;
                for (index, following) in following.iter().enumerate() {
                    let separator = if index == 0 { " " } else { ", " };
                    write!(f, "{separator}{following:?}")?;
                }
                f.write_str(
                    ", are part of the page (its navigation, links or tools), not of the article; left out",
                )
            }
            Error::ReaderCount { line, count } => write!(
                f,
                "line {line}: the page's count of readers beside the date ({count}) is not the article's; left out"
            ),
            Error::Poster { line, poster } => write!(
                f,
                "line {line}: the account that posted the article ({poster}), beside the date, put it online and need not have written it; left out"
            ),
            Error::WeekdayMismatch { line, stated, actual } => write!(
                f,
                "line {line}: the dateline says {stated} but its date is a {actual}; the date is kept"
            ),
            Error::LimitExceeded {
                limit,
                max,
                found,
                at,
            } => {
                let option = limit.option();
                match (limit, at) {
                    (crate::article::Limit::Depth, Some((line, column))) => write!(
                        f,
                        "{line}:{column}: arrays and objects nested more than {max} deep ({option}); nothing is read"
                    ),
                    (crate::article::Limit::Blocks, _) => write!(
                        f,
                        "blocks: {found} blocks, more than {max} ({option}); nothing is read"
                    ),
                    _ => write!(
                        f,
                        "the article JSON is {found} bytes, more than {max} ({option}); nothing is read"
                    ),
                }
            }
            Error::MoreProblems { count } => write!(f, "… and {count} more problems, not listed"),
            Error::Options { message } => write!(f, "options: {message}"),
        }
    }
}

impl std::error::Error for Error {}
