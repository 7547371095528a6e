//! Article JSON version 1 → [`Article`], with every problem named by its
//! JSON path.
//!
//! The JSON is read into a [`serde_json::Value`] first and walked by hand,
//! rather than deserialized with derived impls, because a derived
//! deserializer stops at the first problem and cannot keep the rest of the
//! article: here a broken block costs that block only, a broken optional
//! field that field only, and every problem is reported in one pass.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::inline_html::{Pictures, RelatedStories};
use super::json_places::{self, field_path, item_path};
use super::limits::{Limits, lines_and_columns};
use super::lone_surrogates;
use super::picture_number::without_picture_number;
use super::{
    Alternative, Article, Block, Candidate, Cell, Embed, Figure, Focus, Image, Inline, InlineStyle, Item,
    LanguageTag, Numbering, Paragraph, Quote, Size, Source, Table, Timestamp,
};
use crate::Error;
use crate::normalize::{is_invisible, leaked_nbsp_len, merge_in_order};
use crate::photo_credit::Credits;
use crate::render::safe_url;
use crate::web_address::page_of_player;

/// An article read from JSON, with the problems met on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// Everything that could be read.
    pub article: Article,
    /// What was skipped, ignored or worth a look, in document order.
    pub problems: Vec<Error>,
}

const ARTICLE_FIELDS: &[&str] = &[
    "lang",
    "title",
    "sapo",
    "published",
    "updated",
    "authors",
    "place",
    "source",
    "blocks",
    "credit",
];

/// The most problems reported for one article: past it, one more says how
/// many were left out (a generated file can have a problem in every block).
pub const MAX_PROBLEMS: usize = 100;

/// Reads `json`, within `limits`. Each of `raw_halves` (a byte offset, a
/// UTF-16 code unit) is a U+FFFD that stands for half of a surrogate pair
/// the text held raw, not escaped (see
/// [`super::Article::from_utf16_json_within`]): it is reported where it
/// stands, as an escaped half is.
pub(super) fn from_json(
    json: &str,
    raw_halves: &[(usize, u16)],
    limits: &Limits,
) -> Result<Parsed, Vec<Error>> {
    // A byte-order mark (a file saved as "UTF-8 with BOM") is not part of
    // the JSON, which RFC 8259 lets a reader ignore; editors do not count it
    // as a column either.
    let without_bom = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    let bom = json.len() - without_bom.len();
    let json = without_bom;
    limits.check_text(json).map_err(|error| vec![error])?;
    let read = read_json(json, raw_halves.iter().map(|&(at, unit)| (at - bom, unit)));
    let mut problems = read.halves;
    let value = match read.value {
        Ok(value) => value,
        Err(syntax) => {
            problems.insert_in_order(syntax);
            return Err(problems.into_vec());
        }
    };
    let article = from_value(&value, limits, &mut problems);
    let problems = problems.located_in(json);
    match article {
        Some(article) => Ok(Parsed { article, problems }),
        None => Err(problems),
    }
}

/// The problems met while reading, in document order: the first
/// [`MAX_PROBLEMS`], and how many more there were. Those are counted, not
/// kept: a generated file with a problem in each of a million fields is
/// not made a million messages to drop all but a hundred.
#[derive(Default)]
pub(super) struct Problems {
    listed: Vec<Error>,
    unlisted: usize,
}

impl Problems {
    pub(super) fn push(&mut self, problem: Error) {
        if self.listed.len() < MAX_PROBLEMS {
            self.listed.push(problem);
        } else {
            self.unlisted += 1;
        }
    }

    /// Places `problem` among those listed by its place in the text; a
    /// problem about the whole article, which has none, after them.
    fn insert_in_order(&mut self, problem: Error) {
        let place = |problem: &Error| problem.position().unwrap_or((usize::MAX, 0));
        let at = self
            .listed
            .partition_point(|listed| place(listed) <= place(&problem));
        self.listed.insert(at, problem);
        if self.listed.len() > MAX_PROBLEMS {
            self.listed.pop();
            self.unlisted += 1;
        }
    }

    /// The problems listed, each with its line and column in `json`, the
    /// text they were read from, in the order of the text (problems about
    /// the whole article last); then one that says how many more there
    /// were.
    fn located_in(mut self, json: &str) -> Vec<Error> {
        let mut listed = std::mem::take(&mut self.listed);
        json_places::locate(json, &mut listed);
        // A hundred at most, each placed after those before it or at its
        // place: the order of the text, and the reading's among equals.
        for problem in listed {
            self.insert_in_order(problem);
        }
        self.into_vec()
    }

    /// The problems listed, then one that says how many more there were.
    pub(super) fn into_vec(mut self) -> Vec<Error> {
        if self.unlisted > 0 {
            self.listed.push(Error::MoreProblems { count: self.unlisted });
        }
        self.listed
    }
}

impl Extend<Error> for Problems {
    fn extend<T: IntoIterator<Item = Error>>(&mut self, problems: T) {
        for problem in problems {
            self.push(problem);
        }
    }
}

/// What [`read_json`] read.
struct Read {
    /// The value, or the syntax error that stopped the reading.
    value: Result<Value, Error>,
    /// The halves of surrogate pairs alone, in order: only those listed
    /// are placed and made problems, the rest counted (a text with a half
    /// in every string is not read again for each).
    halves: Problems,
}

/// Half of a surrogate pair alone.
enum LoneHalf {
    /// Escaped (`\ud83c`).
    Escaped,
    /// Raw: its code unit, which the text holds as U+FFFD.
    Raw(u16),
}

/// Reads `json` into a value. Half of a surrogate pair alone in a string
/// is read as U+FFFD and reported ([`lone_surrogates`]), as is each of
/// `raw_halves` (see [`from_json`]); any other mistake is a syntax error.
fn read_json(json: &str, raw_halves: impl Iterator<Item = (usize, u16)>) -> Read {
    let (value, escaped) = match serde_json::from_str(json) {
        Ok(value) => (Ok(value), Vec::new()),
        Err(error) => {
            let lone = lone_surrogates::find(json);
            // Every place keeps its line and column in the repaired text.
            let value = if lone.is_empty() {
                Err(error)
            } else {
                serde_json::from_str(&lone_surrogates::replaced(json, &lone))
            };
            (value, lone)
        }
    };
    // Each half where it stands, escaped or raw, in order.
    let escaped = escaped
        .into_iter()
        .map(|escape| (escape.start, LoneHalf::Escaped))
        .collect();
    let raw = raw_halves.map(|(at, unit)| (at, LoneHalf::Raw(unit))).collect();
    let halves = merge_in_order(escaped, raw, |&(at, _)| at);
    let listed = halves.len().min(MAX_PROBLEMS);
    let places = lines_and_columns(json, halves[..listed].iter().map(|&(at, _)| at));
    Read {
        value: value.map_err(|error| syntax_error(json, &error)),
        halves: Problems {
            listed: places
                .zip(&halves)
                .map(|((line, column), &(at, ref half))| Error::LoneSurrogate {
                    line,
                    column,
                    escape: match half {
                        LoneHalf::Escaped => json[at..at + lone_surrogates::ESCAPE_LEN].to_owned(),
                        LoneHalf::Raw(unit) => format!("\\u{unit:04x}"),
                    },
                })
                .collect(),
            unlisted: halves.len() - listed,
        },
    }
}

/// Turns serde_json's error into one that counts columns in characters, as
/// editors do, rather than in bytes.
fn syntax_error(json: &str, error: &serde_json::Error) -> Error {
    let (line, byte_column) = (error.line(), error.column());
    let message = message_without_position(error);
    let line_text = json.lines().nth(line.saturating_sub(1)).unwrap_or("");
    let mut end = byte_column.min(line_text.len());
    while !line_text.is_char_boundary(end) {
        end += 1;
    }
    let column = line_text[..end].chars().count().max(1);
    Error::Syntax {
        line,
        column,
        message,
    }
}

/// serde_json's message without the " at line L column C" it appends, for
/// callers that say where in their own words.
pub(crate) fn message_without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    message.strip_suffix(&position).unwrap_or(&message).to_owned()
}

/// The article `value` holds, or `None` when it lacks what an article
/// cannot do without; each problem met goes to `problems`.
fn from_value(value: &Value, limits: &Limits, problems: &mut Problems) -> Option<Article> {
    let Some(root) = value.as_object() else {
        problems.push(invalid("$".into(), "an article object", value));
        return None;
    };
    let fields = Fields::new(root, "", ARTICLE_FIELDS, problems);

    let lang = fields.language(problems).unwrap_or_default();
    let title = fields.required_text("title", problems);
    let sapo = fields.text("sapo", problems);
    let published = fields.timestamp("published", problems);
    let updated = fields.timestamp("updated", problems);
    let authors = fields.text_list("authors", problems);
    let place = fields.text("place", problems);
    let credit = fields.text("credit", problems);
    let source = fields.object("source", &["name", "url"], problems, |source, problems| {
        let name = source.text("name", problems);
        let url = source.url("url", problems);
        (name.is_some() || url.is_some()).then_some(Source { name, url })
    });
    let blocks = match root.get("blocks") {
        None => {
            problems.push(Error::Missing {
                path: "blocks".into(),
                expected: "an array of blocks",
            });
            None
        }
        Some(Value::Array(items)) => {
            // A paragraph's HTML may hold a body of blocks: they count too.
            let read = limits.check_blocks(items.len()).and_then(|()| {
                let blocks: Vec<Block> = (items.iter().enumerate())
                    .flat_map(|(index, item)| {
                        block(item, &item_path("blocks", index), limits.max_blocks, problems)
                    })
                    .collect();
                limits.check_blocks(blocks.len()).map(|()| blocks)
            });
            match read {
                Ok(blocks) => Some(blocks),
                Err(error) => {
                    problems.push(error);
                    None
                }
            }
        }
        Some(other) => {
            problems.push(invalid("blocks".into(), "an array of blocks", other));
            None
        }
    };

    Some(Article {
        lang,
        title: title?,
        sapo,
        published,
        updated,
        authors,
        place,
        source,
        blocks: blocks?,
        credit,
    })
}

/// One block, none (with the reason in `problems`) when it cannot be
/// shown at all, or the blocks a paragraph's HTML holds (at most
/// `max_blocks`).
fn block(value: &Value, path: &str, max_blocks: usize, problems: &mut Problems) -> Vec<Block> {
    one_block(value, path, max_blocks, problems).unwrap_or_default()
}

fn one_block(value: &Value, path: &str, max_blocks: usize, problems: &mut Problems) -> Option<Vec<Block>> {
    let Some(map) = value.as_object() else {
        problems.push(invalid(path.into(), "a block object", value));
        return None;
    };
    let kind = match map.get("type") {
        Some(Value::String(kind)) => kind.as_str(),
        Some(other) => {
            problems.push(invalid(format!("{path}.type"), "a block type name", other));
            return None;
        }
        None => {
            problems.push(Error::Missing {
                path: format!("{path}.type").into(),
                expected: "a block type name",
            });
            return None;
        }
    };
    let known: &[&str] = match kind {
        "paragraph" => &["type", "text", "html", "lang"],
        "heading" => &["type", "level", "text", "lang"],
        "figure" => &["type", "image", "caption", "credit", "link", "lang"],
        "embed" => &["type", "url", "title", "caption", "credit", "poster", "lang"],
        "quote" => &["type", "text", "html", "attribution", "lang"],
        "list" => &["type", "ordered", "numbering", "start", "items", "lang"],
        "table" => &["type", "caption", "header", "rows", "rowHeaders", "lang"],
        "related" => &["type", "title", "items", "lang"],
        "separator" => &["type"],
        _ => {
            problems.push(Error::UnknownBlockType {
                path: format!("{path}.type").into(),
                found: kind.to_owned(),
                meant: super::name_meant(kind, &super::BLOCK_TYPES, super::BLOCK_TYPES_NAMED_OTHERWISE),
            });
            return None;
        }
    };
    let fields = Fields::new(map, path, known, problems);
    // The words of a block may be in another language than the article's
    // (`"lang": "en"`).
    let lang = known
        .contains(&"lang")
        .then(|| fields.language(problems))
        .flatten();
    let block = match kind {
        "paragraph" => {
            let mut blocks = paragraph(&fields, max_blocks, problems);
            mark_language(&mut blocks, lang);
            return Some(blocks);
        }
        "heading" => {
            let level = fields.heading_level(problems);
            let text = fields.required_text("text", problems)?;
            Some(Block::Heading {
                level,
                text,
                lang: None,
            })
        }
        "figure" => figure(&fields, problems).map(Block::Figure),
        "embed" => embed(&fields, problems).map(Block::Embed),
        "quote" => {
            let words = fields.words("a non-empty string", problems);
            let attribution = fields.text("attribution", problems);
            match words? {
                Words::Text(text) => Some(Block::Quote(Quote::text(&text, attribution))),
                Words::Html(html, path) => {
                    // The field names who said the words, or else the HTML.
                    let quote = match attribution {
                        Some(attribution) => Quote {
                            attribution: Some(attribution),
                            ..quotation(&html, &[], &path, false, problems)
                        },
                        None => quotation(&html, &[], &path, true, problems),
                    };
                    shows_words(&quote.content, &html, &path, problems)?;
                    Some(Block::Quote(quote))
                }
            }
        }
        "separator" => Some(Block::Separator),
        "table" => table(&fields, problems).map(Block::Table),
        "related" => {
            let title = fields.text("title", problems);
            let items = fields.items(true, problems);
            (!items.is_empty()).then_some(Block::Related {
                title,
                items,
                lang: None,
            })
        }
        _ => {
            let ordered = fields.boolean("ordered", problems).unwrap_or(false);
            let numbering = fields.numbering(ordered, problems);
            let start = fields.start(ordered, problems);
            let items = fields.items(false, problems);
            (!items.is_empty()).then_some(Block::List {
                ordered,
                numbering,
                start,
                items,
            })
        }
    };
    let mut blocks: Vec<Block> = block.into_iter().collect();
    mark_language(&mut blocks, lang);
    Some(blocks)
}

/// Marks the words of `blocks` as in `lang`, when it is given
/// ([`Block::set_language`]).
fn mark_language(blocks: &mut [Block], lang: Option<LanguageTag>) {
    if let Some(lang) = lang {
        blocks.iter_mut().for_each(|block| block.set_language(&lang));
    }
}

/// A paragraph's blocks: the one its `text` is, or those its `html` holds
/// (see [`html_blocks`]).
fn paragraph(fields: &Fields<'_>, max_blocks: usize, problems: &mut Problems) -> Vec<Block> {
    match fields.words("a non-empty string", problems) {
        Some(Words::Text(text)) => vec![Block::Paragraph(Paragraph::text(text))],
        Some(Words::Html(html, path)) => html_blocks(&html, &path, max_blocks, problems),
        None => Vec::new(),
    }
}

/// The words of an object that holds them as `"text"` or as `"html"` (a
/// paragraph, a quotation, a list's item).
enum Words {
    Text(String),
    /// The HTML, and its field's path.
    Html(String, String),
}

/// `Some` when `content`, read from `html` (the field at `path`), shows
/// some text; otherwise a problem.
fn shows_words(content: &[Inline], html: &str, path: &str, problems: &mut Problems) -> Option<()> {
    if !inline_shows_something(content) {
        problems.push(invalid(path.to_owned(), NO_TEXT, &Value::String(html.to_owned())));
        return None;
    }
    Some(())
}

/// How deep a body's `<div>`s, `<section>`s and `<article>`s are read into
/// for the blocks they hold; deeper, each is read as one paragraph.
const MAX_BODY_DEPTH: usize = 8;

/// The blocks a paragraph's `html` (the field at `path`) holds. A content
/// system's body (`<p>…</p><h2>…</h2><figure>…</figure><ul>…</ul>`) is
/// cut at its top-level elements ([`super::inline_html::pieces`]), each
/// read as the block it is: a paragraph, a subheading (`<h1>` to `<h6>`,
/// the title alone being level 1), a list, a quotation, a separator, or a
/// picture or table as one paragraph's HTML is read ([`html_block`]); the
/// blocks inside `<div>`, `<section>` and the like are read in turn. One
/// paragraph's HTML, or more pieces than `max_blocks`, is read as one
/// block.
fn html_blocks(html: &str, path: &str, max_blocks: usize, problems: &mut Problems) -> Vec<Block> {
    let pieces = super::inline_html::pieces(html, &[], max_blocks).unwrap_or_default();
    if !holds_blocks(html, &pieces, 0) {
        // One paragraph's words are read without the `<p>` around them, which
        // says nothing more (as in a body) but their language.
        let mut blocks = match pieces.as_slice() {
            [piece] if piece.element.as_deref() == Some("p") => {
                html_block(&piece.styled(html, piece.inner.clone()), path, problems)
            }
            _ => html_block(html, path, problems),
        };
        if let [piece] = pieces.as_slice()
            && piece.element.is_some()
        {
            mark_language(
                &mut blocks,
                language_of(&html[piece.outer.clone()], path, problems),
            );
        }
        return blocks;
    }
    let mut body = Body {
        path,
        max_blocks,
        empty: 0,
        tags_reported: BTreeMap::new(),
    };
    let blocks = body.blocks(html, &[], &pieces, 0, problems);
    if body.empty > 0 {
        problems.push(Error::EmptyBlocks {
            path: path.into(),
            count: body.empty,
        });
    }
    blocks
}

/// The language the element `outer` begins with names (`<p lang="en">`,
/// `<figure lang="en">`), for the blocks read from it; a name that is no
/// language reported at `path`, unless the paragraph reader, reading the
/// element whole, reported it already.
fn language_of(outer: &str, path: &str, problems: &mut Problems) -> Option<LanguageTag> {
    let mut named = Problems::default();
    let lang = super::inline_html::element_language(outer, path, &mut named);
    for problem in named.into_vec() {
        // Compared as the one problem it can be: `Error`'s whole
        // `PartialEq` would be 3 KB of the wasm module.
        let reported = (problems.listed.iter()).any(|listed| match (listed, &problem) {
            (
                Error::UnknownLanguage { path, lang },
                Error::UnknownLanguage {
                    path: its_path,
                    lang: its_lang,
                },
            ) => path == its_path && lang == its_lang,
            _ => false,
        });
        if !reported {
            problems.push(problem);
        }
    }
    lang
}

/// Whether `pieces` of `html` (`depth` containers deep) are more than one
/// paragraph's HTML: several, or one that is no paragraph's (a subheading,
/// a list, a quotation, a separator, a `<div>` of blocks).
fn holds_blocks(html: &str, pieces: &[super::inline_html::Piece], depth: usize) -> bool {
    match pieces {
        [piece] => match piece.element.as_deref() {
            Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "blockquote" | "hr") => true,
            Some(container) if holds_body(container, &html[piece.outer.clone()], depth) => {
                let inner = &html[piece.inner.clone()];
                super::inline_html::pieces(inner, &[], usize::MAX)
                    .is_some_and(|pieces| holds_blocks(inner, &pieces, depth + 1))
            }
            _ => false,
        },
        pieces => pieces.len() > 1,
    }
}

/// Elements that only hold a body's blocks.
const CONTAINERS: &[&str] = &["div", "section", "article", "aside", "main", "center"];

/// Whether `problem` reports a dropped element that only held a body's
/// words there: one of [`CONTAINERS`], a `<p>`, a `<figcaption>` (around
/// one paragraph, or a picture's caption beside it).
fn reports_a_holder(problem: &Error) -> bool {
    matches!(problem, Error::UnsupportedTag { tag, .. }
        if matches!(tag.as_str(), "p" | "figcaption") || CONTAINERS.contains(&tag.as_str()))
}

/// Whether the element `name` (its HTML `outer`), `depth` containers deep,
/// holds a body's blocks to read one by one: one of [`CONTAINERS`], not too
/// deep, and not a post's `<div>` (an embed, its words its caption:
/// [`super::inline_html::opens_post`]).
fn holds_body(name: &str, outer: &str, depth: usize) -> bool {
    CONTAINERS.contains(&name) && depth < MAX_BODY_DEPTH && !super::inline_html::opens_post(outer)
}

/// A body of blocks being read from one paragraph's HTML.
struct Body<'a> {
    /// The HTML field's path, which names every problem.
    path: &'a str,
    max_blocks: usize,
    /// How many blocks were left out for showing nothing.
    empty: usize,
    /// The tags reported as dropped: a tag the body's paragraphs all hold
    /// (`<span style=…>`) is reported once, as one paragraph's are. A map,
    /// as the paragraph reader's (thousands of different tags are not
    /// quadratic), of the crate's one kind (`String` to `usize`).
    tags_reported: BTreeMap<String, usize>,
}

impl Body<'_> {
    /// The blocks of `pieces` of `html`, `depth` containers deep, the
    /// levels of blocks around its words beginning at `levels`
    /// ([`super::inline_html::pieces`]).
    fn blocks(
        &mut self,
        html: &str,
        levels: &[usize],
        pieces: &[super::inline_html::Piece],
        depth: usize,
        problems: &mut Problems,
    ) -> Vec<Block> {
        let mut blocks = Vec::new();
        for (at, piece) in pieces.iter().enumerate() {
            // Each piece's problems, before they join the others.
            let mut found = Problems::default();
            let outer = &html[piece.outer.clone()];
            // What is inside the element, and the element, inside the
            // styles and links open around it (`<b><p>…</p></b>`): its words
            // are in them.
            let styled = piece.styled(html, piece.inner.clone());
            // Where its levels of blocks begin, for the blocks read in it
            // in turn (a list's items, a quotation's paragraphs).
            let styled_levels = || piece.levels(levels, &piece.inner);
            let styled_outer = piece.styled(html, piece.outer.clone());
            let path = self.path;
            // The blocks read from an element get the language it names
            // (`<p lang="en">`, `<div lang="en">`, `<figure lang="en">`);
            // those the paragraph reader read from its whole HTML have it
            // already (and are not marked twice: see
            // [`Block::set_language`]), and its name reported if it is no
            // language.
            let language = |found: &mut Problems| language_of(outer, path, found);
            let mut related = (piece.element.is_some())
                .then(|| super::inline_html::related_stories(outer))
                .flatten();
            let mut piece_blocks: Vec<Block> = match piece.element.as_deref() {
                Some(heading @ ("h1" | "h2" | "h3" | "h4" | "h5" | "h6")) => {
                    let mut content = block_content(&styled, path, &mut found);
                    super::inline_html::trim_edges(&mut content);
                    if is_one_link(&content) {
                        // A title that is all one link is another story's
                        // (a box of related stories in the body): a line
                        // that leads to it, not a part of this article.
                        let line = inline_shows_something(&content)
                            .then_some(Block::Paragraph(Paragraph { content }));
                        line.into_iter().collect()
                    } else {
                        if holds_link(&content) {
                            found.push(Error::LinkInHeading { path: path.into() });
                        }
                        let level = heading.as_bytes()[1] - b'0';
                        let text = Some(plain_text(&content)).filter(|text| shows_something(text));
                        let heading = text.map(|text| Block::Heading {
                            level: level.max(2),
                            text,
                            lang: whole_language(&content),
                        });
                        heading.into_iter().collect()
                    }
                }
                Some(list @ ("ul" | "ol")) => {
                    match super::inline_html::pieces(&styled, &styled_levels(), usize::MAX) {
                        Some(items) => {
                            let items: Vec<Item> = (items.iter())
                                .map(|item| Item {
                                    content: inside_element(&styled, item, path, &mut found),
                                })
                                .filter(|item| inline_shows_something(&item.content))
                                .collect();
                            let ordered = list == "ol";
                            let (numbering, start) = match ordered {
                                true => super::inline_html::list_counting(outer),
                                false => (Numbering::Digits, 1),
                            };
                            let list = (!items.is_empty()).then_some(Block::List {
                                ordered,
                                numbering,
                                start,
                                items,
                            });
                            list.into_iter().collect()
                        }
                        None => html_block(outer, path, &mut found),
                    }
                }
                Some("blockquote") if super::inline_html::opens_post(outer) => {
                    html_block(outer, path, &mut found)
                }
                Some("blockquote") => {
                    let quote = quotation(&styled, &styled_levels(), path, true, &mut found);
                    let quote = inline_shows_something(&quote.content).then_some(Block::Quote(quote));
                    quote.into_iter().collect()
                }
                Some("hr") => vec![Block::Separator],
                Some(_) if related.is_some() => (related.take())
                    .and_then(|related| related_stories(related, path, &mut found))
                    .into_iter()
                    .collect(),
                Some(container) if holds_body(container, outer, depth) => {
                    // A `<p>` or a container alone is read as a body's
                    // are, inside what is open around it (`<div><b><sup><p>chữ</b>`:
                    // `chữ` is in bold, the superscript closed before the
                    // paragraph), but in an element that says it holds a
                    // caption.
                    let one_to_read_in_turn = |inner_pieces: &[super::inline_html::Piece]| {
                        matches!(inner_pieces, [piece] if piece.element.as_deref()
                            .is_some_and(|name| name == "p" || CONTAINERS.contains(&name)))
                            && !super::inline_html::opens_caption(outer)
                    };
                    let inner_levels = styled_levels();
                    match super::inline_html::pieces(&styled, &inner_levels, self.max_blocks).filter(
                        |inner_pieces| {
                            holds_blocks(&styled, inner_pieces, depth + 1)
                                || one_to_read_in_turn(inner_pieces)
                        },
                    ) {
                        Some(inner_pieces) => {
                            let mut inner_blocks =
                                self.blocks(&styled, &inner_levels, &inner_pieces, depth + 1, problems);
                            mark_language(&mut inner_blocks, language(&mut found));
                            self.report(found, problems);
                            blocks.extend(inner_blocks);
                            continue;
                        }
                        // One paragraph's words (or a picture and its
                        // caption): the container and a `<p>` in it only
                        // hold them, as a body's do.
                        None => {
                            let read = html_block(&styled_outer, path, &mut found);
                            found.listed.retain(|problem| !reports_a_holder(problem));
                            read
                        }
                    }
                }
                // A paragraph's words, and the text between blocks, are
                // read without the `<p>` around them, which says nothing
                // more.
                None | Some("p") => html_block(&styled, path, &mut found),
                // A table is read from its own HTML, which is one table: its
                // cells do not take the styles around it.
                Some("table") => html_block(outer, path, &mut found),
                // A picture, and what no block of ours is (`<pre>`,
                // `<dl>`): read as one paragraph's HTML, which keeps its
                // words.
                _ => html_block(&styled_outer, path, &mut found),
            };
            if piece.element.is_some() {
                mark_language(&mut piece_blocks, language(&mut found));
            }
            // A paragraph of a caption under a picture or a player without
            // one. A caption's element holds its words as expected.
            let marked = super::inline_html::opens_caption(outer);
            if let ([Block::Paragraph(paragraph)], Some(above)) = (piece_blocks.as_slice(), blocks.last_mut())
                && takes_caption_under(above, &paragraph.content, marked)
            {
                found
                    .listed
                    .retain(|problem| !(marked && reports_a_holder(problem)));
                self.report(found, problems);
                continue;
            }
            // The blocks left out for showing nothing: the piece, or the
            // words cut from around its pictures (`<img …>&nbsp;`).
            let without_text = (found.listed.iter())
                .filter(|problem| matches!(problem, Error::Invalid { expected, .. } if *expected == NO_TEXT))
                .count();
            // The empty box a script draws a picture into (`<div
            // data-bg="…">`), its copy in the `<noscript>` after it, shows
            // nothing but loses nothing.
            let draws_next_picture = || {
                (pieces.get(at + 1)).is_some_and(|next| {
                    super::inline_html::open_noscript_pictures(&html[next.outer.clone()]).is_some()
                })
            };
            // A piece without characters (`<div id="fb-root"></div>`,
            // `<p><br></p>`, a `<script>`, whose own problem says it was
            // left out) loses none; one that held characters that show
            // nothing (`<p>&nbsp;</p>`, a leaked `&nbsp` beside a
            // `<noscript>`) loses them.
            self.empty += match piece_blocks.is_empty() {
                true if !holds_characters(outer) => 0,
                true if without_text <= 1 && draws_next_picture() => 0,
                true => without_text.max(1),
                false => without_text,
            };
            blocks.extend(piece_blocks);
            self.report(found, problems);
        }
        blocks
    }

    /// Passes a piece's problems on, but for the tags already reported and
    /// for its having no text to show, which [`Body::empty`] counts.
    fn report(&mut self, found: Problems, problems: &mut Problems) {
        for problem in found.into_vec() {
            match &problem {
                Error::UnsupportedTag { tag, .. } if self.tags_reported.contains_key(tag) => continue,
                Error::UnsupportedTag { tag, .. } => {
                    self.tags_reported.insert(tag.clone(), self.tags_reported.len());
                }
                Error::Invalid { expected, .. } if *expected == NO_TEXT => continue,
                _ => {}
            }
            problems.push(problem);
        }
    }
}

/// Takes `paragraph`, the paragraph right under the picture or player
/// `above` in a body, into it when it reads as part of it: a photo credit
/// alone (`Ảnh: TTXVN`, `Video: VTV` under a player), as the credit of one
/// without a credit; or, under one without a caption or credit, a
/// paragraph in an element that says it holds a caption (`marked`:
/// [`super::inline_html::opens_caption`]), or one all of it in italics
/// (`<p><em>Cầu Rồng về đêm.</em></p>`, as editors set a caption in an
/// editor that gives pictures no caption of their own), fifty words at
/// most, as its caption, the credit it holds set apart. Whether it was
/// taken.
fn takes_caption_under(above: &mut Block, paragraph: &[Inline], marked: bool) -> bool {
    const MAX_CAPTION_WORDS: usize = 50;
    /// Whether `content` shows no words but in italics.
    fn in_italics(content: &[Inline]) -> bool {
        content.iter().all(|inline| match inline {
            Inline::Text(text) => !shows_something(text),
            Inline::Break => true,
            Inline::Styled {
                style: InlineStyle::Italic | InlineStyle::Emphasis,
                ..
            } => true,
            Inline::Styled { children, .. }
            | Inline::Link { children, .. }
            | Inline::Language { children, .. } => in_italics(children),
        })
    }
    let (caption, credit, credits) = match above {
        Block::Figure(figure) => (&mut figure.caption, &mut figure.credit, Credits::Picture),
        Block::Embed(embed) => (&mut embed.caption, &mut embed.credit, Credits::Media),
        _ => return false,
    };
    if credit.is_some() {
        return false;
    }
    let text = plain_text(paragraph);
    if let Some(line) = credits.line(&text) {
        *credit = Some(line);
        return true;
    }
    let reads_as_caption =
        marked || text.split_whitespace().count() <= MAX_CAPTION_WORDS && in_italics(paragraph);
    if caption.is_some() || !reads_as_caption {
        return false;
    }
    (*caption, *credit) = super::inline_html::caption_and_credit(&text, credits);
    true
}

/// The inline content of the HTML inside a list's item, a subheading or a
/// quotation. The paragraphs and other blocks it holds (`<li><p>…</p></li>`)
/// are expected there, and not reported.
fn block_content(html: &str, path: &str, problems: &mut Problems) -> Vec<Inline> {
    let mut found = Problems::default();
    let content = super::inline_html::parse(html, path, &mut found);
    problems.extend((found.into_vec().into_iter()).filter(
        |problem| !matches!(problem, Error::UnsupportedTag { tag, .. } if super::inline_html::is_block(tag)),
    ));
    content
}

/// What is inside `piece`'s element in `html` (a `<p>`, an `<li>`), read
/// as [`block_content`], in the language the element names (`<p
/// lang="en">`).
fn inside_element(
    html: &str,
    piece: &super::inline_html::Piece,
    path: &str,
    problems: &mut Problems,
) -> Vec<Inline> {
    let mut content = block_content(&piece.styled(html, piece.inner.clone()), path, problems);
    if let Some(lang) = super::inline_html::element_language(&html[piece.outer.clone()], path, problems) {
        super::in_language(&mut content, &lang);
    }
    content
}

/// A quotation's HTML read: each paragraph (each top-level piece,
/// [`super::inline_html::pieces`]) a line of its own, parted by a line
/// break outside any element, as [`Quote`] holds them; and who said the
/// words, when the HTML names them as HTML does, in a `<footer>` or a
/// `<cite>` under the words (`<footer>— Chủ tịch Hồ Chí Minh</footer>`),
/// the dash before their name left to the page, which draws its own
/// (unless `names_speaker` is false: then that is a line too). Read whole
/// when its markup is left open. `levels`: see
/// [`super::inline_html::pieces`].
fn quotation(
    html: &str,
    levels: &[usize],
    path: &str,
    names_speaker: bool,
    problems: &mut Problems,
) -> Quote {
    let Some(mut pieces) = super::inline_html::pieces(html, levels, usize::MAX) else {
        return Quote {
            content: block_content(html, path, problems),
            attribution: None,
        };
    };
    let attribution = match pieces.last() {
        Some(last) if names_speaker && pieces.len() > 1 && is_attribution(html, last) => {
            // Its `<cite>` says what the attribution is: no problem.
            let mut found = Problems::default();
            let name = block_text(&html[last.inner.clone()], path, &mut found);
            problems
                .extend((found.into_vec().into_iter()).filter(
                    |problem| !matches!(problem, Error::UnsupportedTag { tag, .. } if tag == "cite"),
                ));
            let name = name.trim_start_matches(['—', '–', '-', ' ']);
            pieces.pop();
            shows_something(name).then(|| name.to_owned())
        }
        _ => None,
    };
    let mut content = Vec::new();
    for piece in pieces {
        let line = match piece.element.as_deref() {
            None => block_content(&piece.styled(html, piece.inner.clone()), path, problems),
            Some("p") => inside_element(html, &piece, path, problems),
            Some(_) => block_content(&piece.styled(html, piece.outer.clone()), path, problems),
        };
        if inline_shows_something(&line) {
            if !content.is_empty() {
                content.push(Inline::Break);
            }
            content.extend(line);
        }
    }
    Quote { content, attribution }
}

/// Whether `piece` of a quotation's `html` names who said it: a
/// `<footer>`, or a `<cite>` alone (in a paragraph of its own or not).
fn is_attribution(html: &str, piece: &super::inline_html::Piece) -> bool {
    let lone_cite = |html: &str| {
        let html = html.trim().to_ascii_lowercase();
        html.starts_with("<cite") && html.ends_with("</cite>")
    };
    match piece.element.as_deref() {
        Some("footer") => true,
        Some("p") => lone_cite(&html[piece.inner.clone()]),
        None => lone_cite(&html[piece.outer.clone()]),
        Some(_) => false,
    }
}

/// The text of the inline HTML inside a subheading (see
/// [`block_content`]).
fn block_text(html: &str, path: &str, problems: &mut Problems) -> String {
    plain_text(&block_content(html, path, problems))
}

/// The language all of `content` is in, when one element says it, in
/// emphasis or not (`<h2><span lang="en">World</span></h2>`): a
/// subheading, which is plain text, keeps it so.
fn whole_language(content: &[Inline]) -> Option<LanguageTag> {
    match content {
        [Inline::Language { lang, .. }] => Some(lang.clone()),
        [Inline::Styled { children, .. }] => whole_language(children),
        _ => None,
    }
}

/// Whether `content` is one link, in emphasis or not
/// (`<strong><a href="…">…</a></strong>`).
fn is_one_link(content: &[Inline]) -> bool {
    match content {
        [Inline::Link { .. }] => true,
        [Inline::Styled { children, .. } | Inline::Language { children, .. }] => is_one_link(children),
        _ => false,
    }
}

/// Whether `html`, read as a paragraph's, holds a character but HTML's
/// spaces: perhaps one that shows nothing (a leaked `&nbsp`, a no-break
/// space), which a block left out for showing nothing loses.
fn holds_characters(html: &str) -> bool {
    let content = super::inline_html::parse(html, "", &mut Problems::default());
    let mut texts = Vec::new();
    super::collect_inline_texts(&content, &mut texts);
    texts
        .iter()
        .any(|text| !super::inline_html::collapsed(text).is_empty())
}

/// Whether `content` holds a link.
fn holds_link(content: &[Inline]) -> bool {
    content.iter().any(|inline| match inline {
        Inline::Link { .. } => true,
        Inline::Styled { children, .. } | Inline::Language { children, .. } => holds_link(children),
        Inline::Text(_) | Inline::Break => false,
    })
}

/// The text of inline content as a browser shows it on one line: a line
/// break read as a space, runs of HTML's spaces one (a no-break space
/// stays), none at the ends.
fn plain_text(content: &[Inline]) -> String {
    let mut text = String::new();
    for inline in content {
        match inline {
            Inline::Text(words) => text.push_str(words),
            Inline::Break => text.push(' '),
            Inline::Styled { children, .. }
            | Inline::Link { children, .. }
            | Inline::Language { children, .. } => text.push_str(&plain_text(children)),
        }
    }
    super::inline_html::collapsed(&text)
}

/// `url` without the spaces around it, when it is allowed ([`safe_url`]);
/// otherwise `None`, and a problem at `path`.
pub(super) fn allowed_url(url: &str, path: &str, problems: &mut Problems) -> Option<String> {
    let safe = safe_url(url).map(str::to_owned);
    if safe.is_none() {
        problems.push(Error::UnsafeUrl {
            path: path.into(),
            url: url.to_owned(),
        });
    }
    safe
}

/// What HTML with no text to show is expected to hold.
const NO_TEXT: &str = "inline HTML with some text to show";

/// The block a box of related stories among a body's blocks is (see
/// `inline_html::related_stories`): titled by the words before its first
/// story, its items the stories' titles' links, each with what the box
/// says of it; its pictures, the stories' thumbnails, left out and
/// reported.
fn related_stories(related: RelatedStories, path: &str, problems: &mut Problems) -> Option<Block> {
    if related.pictures > 0 {
        problems.push(Error::RelatedStoryPictures {
            path: path.into(),
            count: related.pictures,
        });
    }
    let title = plain_text(&block_content(&related.label, path, problems));
    let items: Vec<Item> = (related.stories.iter())
        .map(|story| Item {
            content: block_content(story, path, problems),
        })
        .filter(|item| inline_shows_something(&item.content))
        .collect();
    (!items.is_empty()).then(|| Block::Related {
        title: Some(title).filter(|title| shows_something(title)),
        items,
        lang: None,
    })
}

/// A story of a box of related stories given as a content system keeps
/// one: its `title`, the `url` it leads to and its `sapo`; shown as the
/// title's link, the standfirst on the line below.
fn story(map: &Map<String, Value>, path: &str, problems: &mut Problems) -> Option<Item> {
    let fields = Fields::new(map, path, &["title", "url", "sapo"], problems);
    let title = fields.required_text("title", problems)?;
    let title = match fields.url("url", problems) {
        Some(href) => Inline::Link {
            href,
            children: vec![Inline::Text(title)],
        },
        None => Inline::Text(title),
    };
    let sapo = fields.text("sapo", problems);
    let sapo = sapo
        .into_iter()
        .flat_map(|sapo| [Inline::Break, Inline::Text(sapo)]);
    Some(Item {
        content: std::iter::once(title).chain(sapo).collect(),
    })
}

/// The block one paragraph's HTML is: one plain table
/// ([`super::inline_html::table`]), a player (an embed:
/// [`super::inline_html::embed`]), a picture or pictures side by side, each
/// a figure ([`super::inline_html::figures`]), a table with pictures in its
/// cells that frames no figure (the pictures left out), or else a paragraph of inline
/// markup, cut at the pictures and players among its words, each a figure
/// or an embed between paragraphs ([`super::inline_html::cut_at_figures`]). A content system
/// keeps tables and pictures among its paragraphs this way. A picture a
/// script draws is read from its `<noscript>` copy
/// ([`super::inline_html::open_noscript_pictures`]). HTML with no text to
/// show is no block, and a problem.
fn html_block(html: &str, path: &str, problems: &mut Problems) -> Vec<Block> {
    // The pictures a script draws, from the copy kept for browsers without
    // scripts.
    let opened = (super::inline_html::holds_tag(html, "<noscript"))
        .then(|| super::inline_html::open_noscript_pictures(html))
        .flatten();
    let html = opened.as_deref().unwrap_or(html);
    let holds = |tag: &str| super::inline_html::holds_tag(html, tag);
    if holds("<table")
        && let Some(table) = super::inline_html::table(html, path, Pictures::Refused, problems)
    {
        return vec![Block::Table(table)];
    }
    if super::inline_html::may_hold_embed(html)
        && let Some(embed) = super::inline_html::embed(html, path, problems)
    {
        return vec![Block::Embed(embed)];
    }
    if holds("<img")
        && let Some(pictures) = super::inline_html::figures(html, path, problems)
    {
        return pictures.into_iter().map(Block::Figure).collect();
    }
    // A table of data with pictures in its cells, which frame no figure.
    if holds("<table")
        && holds("<img")
        && let Some(table) = super::inline_html::table(html, path, Pictures::LeftOut, problems)
    {
        return vec![Block::Table(table)];
    }
    // Each piece is a picture, a player, or words without one to cut at.
    // One piece alone is a picture or player that could not be read as
    // one above (`<a><iframe>`, without a `src`): its words are read
    // below, rather than cut again, forever.
    if (holds("<img") || super::inline_html::may_hold_embed(html))
        && let Some(pieces) = super::inline_html::cut_at_figures(html)
        && pieces.len() > 1
    {
        return (pieces.iter())
            .flat_map(|piece| html_block(piece, path, problems))
            .collect();
    }
    let mut content = super::inline_html::parse(html, path, problems);
    if !inline_shows_something(&content) {
        problems.push(invalid(path.to_owned(), NO_TEXT, &Value::String(html.to_owned())));
        return Vec::new();
    }
    super::inline_html::trim_edges(&mut content);
    vec![Block::Paragraph(Paragraph { content })]
}

/// What a table's `rows` holds.
const ROWS: &str = "an array of rows, each an array of cells";

/// A table, when it has a row to show. A row that is no array of cells,
/// or has none, is a problem and left out; the other rows are shown.
fn table(fields: &Fields<'_>, problems: &mut Problems) -> Option<Table> {
    let caption = fields.text("caption", problems);
    let header = match fields.map.get("header") {
        // Several rows of heads: an array of rows.
        Some(Value::Array(rows)) if rows.iter().any(Value::is_array) => {
            row_list(rows, &fields.path_of("header"), problems)
        }
        Some(row) => cells(row, &fields.path_of("header"), problems)
            .into_iter()
            .collect(),
        None => Vec::new(),
    };
    let path = fields.path_of("rows");
    let rows = match fields.map.get("rows") {
        None => {
            problems.push(Error::Missing {
                path: path.into(),
                expected: ROWS,
            });
            return None;
        }
        Some(Value::Array(rows)) if rows.is_empty() => {
            problems.push(Error::Invalid {
                path: path.into(),
                expected: "at least one row",
                found: "[]".into(),
            });
            return None;
        }
        Some(Value::Array(rows)) => row_list(rows, &path, problems),
        Some(other) => {
            problems.push(invalid(path, ROWS, other));
            return None;
        }
    };
    let row_headers = fields.boolean("rowHeaders", problems).unwrap_or(false);
    (!rows.is_empty()).then_some(Table {
        caption,
        header,
        rows,
        row_headers,
    })
}

/// The rows of `rows` (at `path`) that are arrays of cells.
fn row_list(rows: &[Value], path: &str, problems: &mut Problems) -> Vec<Vec<Cell>> {
    rows.iter()
        .enumerate()
        .filter_map(|(index, row)| cells(row, &item_path(path, index), problems))
        .collect()
}

/// What a table's cell may be.
const CELL: &str = "a cell: a string, a number or an object with its \"text\" or \"html\"";

/// The cells of a row (or of the header) at `path`: each a string, empty
/// when the cell is, a number, as written (`2013`, `3.6`), or an object
/// (see [`object_cell`]). A cell of another kind is a problem, shown empty
/// so that the cells after it keep their columns.
fn cells(value: &Value, path: &str, problems: &mut Problems) -> Option<Vec<Cell>> {
    let row = match value {
        Value::Array(row) if row.is_empty() => {
            problems.push(Error::Invalid {
                path: path.to_owned().into(),
                expected: "at least one cell",
                found: "[]".into(),
            });
            return None;
        }
        Value::Array(row) => row,
        other => {
            problems.push(invalid(path.to_owned(), "an array of cells", other));
            return None;
        }
    };
    let cell = |(index, value): (usize, &Value)| {
        let path = item_path(path, index);
        match value {
            Value::Object(map) => object_cell(map, &path, problems),
            value => Cell::text(cell_text(value, path, CELL, problems)),
        }
    };
    Some(row.iter().enumerate().map(cell).collect())
}

/// A cell written as an object: its `text`, or its `html` (read as a
/// paragraph's), and the columns and rows it spans (`colspan`, `rowspan`).
/// A span that is no whole number in HTML's range is a problem, and the
/// cell spans one; with both `text` and `html`, the cell shows its text.
fn object_cell(map: &Map<String, Value>, path: &str, problems: &mut Problems) -> Cell {
    let fields = Fields::new(map, path, &["text", "html", "colspan", "rowspan"], problems);
    let content = match (map.get("text"), map.get("html")) {
        (Some(text), html) => {
            if html.is_some() {
                problems.push(Error::Invalid {
                    path: path.to_owned().into(),
                    expected: "either \"text\" or \"html\"",
                    found: "both".into(),
                });
            }
            Cell::text(cell_text(
                text,
                fields.path_of("text"),
                "a string or a number",
                problems,
            ))
            .content
        }
        (None, Some(_)) => fields
            .string("html", problems)
            .map(|html| super::inline_html::parse(&html, &fields.path_of("html"), problems))
            .unwrap_or_default(),
        (None, None) => {
            problems.push(Error::Missing {
                path: fields.path_of("text").into(),
                expected: "the cell's text (\"\" for an empty cell) or html",
            });
            Vec::new()
        }
    };
    Cell {
        content,
        colspan: fields.span(
            "colspan",
            Cell::MAX_COLSPAN,
            "a whole number of columns from 1 to 1000",
            problems,
        ),
        rowspan: fields.span(
            "rowspan",
            Cell::MAX_ROWSPAN,
            "a whole number of rows from 1 to 65534",
            problems,
        ),
    }
}

/// A cell's text: a string, or a number as written. Anything else is a
/// problem (`expected` says what was), and the cell is empty.
fn cell_text(value: &Value, path: String, expected: &'static str, problems: &mut Problems) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        other => {
            problems.push(invalid(path, expected, other));
            String::new()
        }
    }
}

const IMAGE_FIELDS: &[&str] = &[
    "src", "alt", "width", "height", "srcset", "sizes", "sources", "focus",
];

/// An embed's fields: its address, which it cannot be shown without (a
/// site's player, `https://www.youtube.com/embed/…`, stands for its page:
/// [`page_of_player`]), what it is, its caption and its credit, and the
/// picture a video file shows until it plays.
fn embed(fields: &Fields<'_>, problems: &mut Problems) -> Option<Embed> {
    let title = fields.text("title", problems);
    let caption = fields.text("caption", problems);
    let credit = fields.text("credit", problems);
    if !fields.map.contains_key("url") {
        problems.push(Error::Missing {
            path: fields.path_of("url").into(),
            expected: "the address of the video, post or file",
        });
    }
    let poster = fields.url("poster", problems);
    let url = fields.url("url", problems)?;
    Some(Embed {
        url: page_of_player(&url).into_owned(),
        title,
        caption,
        credit,
        poster,
        lang: None,
    })
}

fn figure(fields: &Fields<'_>, problems: &mut Problems) -> Option<Figure> {
    let caption = fields.text("caption", problems);
    let credit = fields.text("credit", problems);
    let link = fields.url("link", problems);
    let image = match fields.map.get("image") {
        Some(Value::Object(map)) => {
            let path = fields.path_of("image");
            let image = Fields::new(map, &path, IMAGE_FIELDS, problems);
            let srcset = image.candidates("srcset", problems);
            // An image given by its `srcset` alone has a `src`.
            let src = image.url("src", problems).or_else(|| Candidate::widest(&srcset));
            let alt = match map.get("alt") {
                Some(Value::String(alt)) => {
                    without_picture_number(alt.clone(), &image.path_of("alt"), problems)
                }
                Some(other) => {
                    problems.push(invalid(
                        image.path_of("alt"),
                        "a string (\"\" for a decorative image)",
                        other,
                    ));
                    String::new()
                }
                None => {
                    problems.push(Error::Missing {
                        path: image.path_of("alt").into(),
                        expected: "a text alternative (\"\" for a decorative image)",
                    });
                    String::new()
                }
            };
            // Nothing to hold a place for: a box would show nothing and say
            // nothing. The image's other fields are still read, for their
            // problems.
            let empty = src.is_none() && !shows_something(&alt) && caption.is_none() && credit.is_none();
            if empty {
                problems.push(Error::EmptyFigure {
                    path: fields.path.into(),
                });
            } else if !map.contains_key("src") && srcset.is_empty() {
                // A `src` that is there but refused has its own problem.
                problems.push(Error::NoImageSource {
                    path: path.as_str().into(),
                });
            }
            let width = image.dimension("width", problems);
            let height = image.dimension("height", problems);
            let size = match (width, height) {
                (Some(width), Some(height)) => Some(Size { width, height }),
                (Some(_), None) | (None, Some(_)) => {
                    let missing = if width.is_none() { "width" } else { "height" };
                    if !map.contains_key(missing) {
                        problems.push(Error::Missing {
                            path: image.path_of(missing).into(),
                            expected: "a positive integer (width and height go together)",
                        });
                    }
                    None
                }
                (None, None) => {
                    if src.is_some() && !map.contains_key("width") && !map.contains_key("height") {
                        problems.push(Error::NoDimensions {
                            path: path.as_str().into(),
                        });
                    }
                    None
                }
            };
            let image = Image {
                src,
                alt,
                size,
                srcset,
                sizes: image.text("sizes", problems),
                sources: image.alternatives("sources", problems),
                focus: image.object("focus", &["x", "y"], problems, |focus, problems| {
                    let x = focus.fraction("x", problems);
                    let y = focus.fraction("y", problems);
                    Some(Focus { x: x?, y: y? })
                }),
            };
            if empty {
                return None;
            }
            Some(image)
        }
        Some(other) => {
            problems.push(invalid(fields.path_of("image"), "an image object", other));
            None
        }
        None => {
            problems.push(Error::Missing {
                path: fields.path_of("image").into(),
                expected: "an image object",
            });
            None
        }
    };
    match image {
        Some(image) => Some(Figure {
            image,
            caption,
            credit,
            link,
            lang: None,
        }),
        // Without an image, a caption is still the author's text: keep it as
        // a figure whose picture is missing rather than lose it.
        None if caption.is_some() || credit.is_some() => Some(Figure {
            image: Image::default(),
            caption,
            credit,
            link,
            lang: None,
        }),
        None => None,
    }
}

/// Other article formats' names for our fields (`summary` for `sapo`,
/// `datePublished` for `published`), for [`super::name_meant`].
const FIELDS_NAMED_OTHERWISE: &[(&str, &[&str])] = &[
    (
        "sapo",
        &[
            "lead",
            "summary",
            "description",
            "standfirst",
            "excerpt",
            "subtitle",
        ],
    ),
    (
        "published",
        &["date", "publishedat", "published_at", "pubdate", "datepublished"],
    ),
    (
        "updated",
        &["modified", "updatedat", "updated_at", "datemodified"],
    ),
    ("authors", &["byline", "writer", "writers"]),
    ("title", &["headline"]),
    (
        "sapo",
        &[
            "summary",
            "excerpt",
            "lead",
            "standfirst",
            "description",
            "abstract",
        ],
    ),
    // A CMS's body (WordPress's `content`, Ghost's `html`, schema.org's
    // `articleBody`): the article's blocks.
    ("blocks", &["content", "body", "articlebody", "paragraphs"]),
    ("src", &["url", "href", "link"]),
    ("url", &["src", "href", "link"]),
    ("alt", &["alttext", "alt_text", "description"]),
    // A block's words, as editors' exports name them.
    ("text", &["content", "body", "value", "string"]),
    ("caption", &["description", "figcaption", "legend"]),
    (
        "credit",
        &["photographer", "photo_credit", "photocredit", "copyright"],
    ),
    ("attribution", &["author", "source", "cite", "speaker"]),
    ("items", &["list", "entries", "values", "children"]),
    ("rows", &["body", "data", "cells"]),
    ("header", &["head", "headers", "thead", "columns"]),
    ("level", &["depth", "rank"]),
    ("ordered", &["numbered"]),
];

/// The fields of one JSON object, read by name; unknown names are reported
/// when the object is first seen.
struct Fields<'a> {
    map: &'a Map<String, Value>,
    path: &'a str,
}

impl<'a> Fields<'a> {
    fn new(
        map: &'a Map<String, Value>,
        path: &'a str,
        known: &[&'static str],
        problems: &mut Problems,
    ) -> Self {
        let fields = Fields { map, path };
        for key in map.keys().filter(|key| !known.contains(&key.as_str())) {
            problems.push(Error::UnknownField {
                path: fields.path_of(key).into(),
                meant: super::name_meant(key, known, FIELDS_NAMED_OTHERWISE),
            });
        }
        fields
    }

    fn path_of(&self, key: &str) -> String {
        field_path(self.path, key)
    }

    /// Any string, empty included.
    fn string(&self, key: &str, problems: &mut Problems) -> Option<String> {
        match self.map.get(key)? {
            Value::String(text) => Some(text.clone()),
            other => {
                problems.push(invalid(self.path_of(key), "a string", other));
                None
            }
        }
    }

    /// A string that shows something ([`shows_something`]); HTML typed
    /// into it ([`super::inline_html::markup_in`]) is a warning.
    fn text(&self, key: &str, problems: &mut Problems) -> Option<String> {
        let value = self.map.get(key)?;
        match value {
            Value::String(text) if shows_something(text) => {
                let markup = super::inline_html::markup_in(text);
                if !markup.is_empty() {
                    problems.push(Error::MarkupInText {
                        path: self.path_of(key).into(),
                        markup,
                    });
                }
                Some(text.clone())
            }
            other => {
                problems.push(invalid(self.path_of(key), "a non-empty string", other));
                None
            }
        }
    }

    /// The `"text"` or the `"html"` of an object that holds its words as
    /// either (both are a problem); `missing` says what `"text"` is
    /// expected to be when there is neither.
    fn words(&self, missing: &'static str, problems: &mut Problems) -> Option<Words> {
        if self.map.contains_key("text") && self.map.contains_key("html") {
            problems.push(Error::Invalid {
                path: self.path.to_owned().into(),
                expected: "either \"text\" or \"html\"",
                found: "both".into(),
            });
            return None;
        }
        if self.map.contains_key("html") {
            let html = self.string("html", problems)?;
            return Some(Words::Html(html, self.path_of("html")));
        }
        self.required("text", missing, problems, Self::text)
            .map(Words::Text)
    }

    fn required_text(&self, key: &str, problems: &mut Problems) -> Option<String> {
        self.required(key, "a non-empty string", problems, Self::text)
    }

    /// A field read by `read`, reported as missing when absent.
    fn required<T>(
        &self,
        key: &str,
        expected: &'static str,
        problems: &mut Problems,
        read: impl FnOnce(&Self, &str, &mut Problems) -> Option<T>,
    ) -> Option<T> {
        if !self.map.contains_key(key) {
            problems.push(Error::Missing {
                path: self.path_of(key).into(),
                expected,
            });
        }
        read(self, key, problems)
    }

    /// An array of non-empty strings; a bad item is reported and left out.
    fn text_list(&self, key: &str, problems: &mut Problems) -> Vec<String> {
        let Some(value) = self.map.get(key) else {
            return Vec::new();
        };
        let Value::Array(items) = value else {
            problems.push(invalid(self.path_of(key), "an array of non-empty strings", value));
            // One string where a list of them belongs (`"authors": "Lê
            // Hương"`) is still shown, as the list of one it means.
            return match value {
                Value::String(text) if shows_something(text) => vec![text.clone()],
                _ => Vec::new(),
            };
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| match item {
                Value::String(text) if shows_something(text) => Some(text.clone()),
                other => {
                    problems.push(invalid(
                        item_path(&self.path_of(key), index),
                        "a non-empty string",
                        other,
                    ));
                    None
                }
            })
            .collect()
    }

    /// The `items` of a list or a box of related stories (`stories`): each
    /// a string, or an object with its `text` or its `html` (read as a
    /// paragraph's inline markup), or a related story's `title`, `url` and
    /// `sapo` ([`story`]). Missing or empty, a problem. An item that shows
    /// nothing is a problem and left out; the others are shown. One string
    /// where the array belongs is the list of one it means.
    fn items(&self, stories: bool, problems: &mut Problems) -> Vec<Item> {
        let expected = match stories {
            true => {
                "a story: a non-empty string, or an object with its \"title\", \"url\" and \"sapo\", or its \"html\""
            }
            false => "an item: a non-empty string or an object with its \"text\" or \"html\"",
        };
        let path = self.path_of("items");
        let items = match self.map.get("items") {
            None => {
                problems.push(Error::Missing {
                    path: path.into(),
                    expected: "an array of non-empty strings",
                });
                return Vec::new();
            }
            Some(Value::Array(items)) if items.is_empty() => {
                problems.push(Error::Invalid {
                    path: path.into(),
                    expected: "at least one item",
                    found: "[]".into(),
                });
                return Vec::new();
            }
            Some(Value::Array(items)) => items,
            Some(value) => {
                problems.push(invalid(path, "an array of items", value));
                return match value {
                    Value::String(text) if shows_something(text) => vec![Item::text(text.clone())],
                    _ => Vec::new(),
                };
            }
        };
        let item = |(index, value): (usize, &Value)| {
            let path = item_path(&path, index);
            match value {
                Value::String(text) if shows_something(text) => Some(Item::text(text.clone())),
                Value::Object(map) if stories && !map.contains_key("text") && !map.contains_key("html") => {
                    story(map, &path, problems)
                }
                Value::Object(map) => {
                    let fields = Fields::new(map, &path, &["text", "html"], problems);
                    match fields.words("the item's text or html", problems)? {
                        Words::Text(text) => Some(Item::text(text)),
                        Words::Html(html, path) => {
                            let content = block_content(&html, &path, problems);
                            shows_words(&content, &html, &path, problems)?;
                            Some(Item { content })
                        }
                    }
                }
                other => {
                    problems.push(invalid(path, expected, other));
                    None
                }
            }
        };
        items.iter().enumerate().filter_map(item).collect()
    }

    /// The `lang` the words are in: a language tag.
    fn language(&self, problems: &mut Problems) -> Option<LanguageTag> {
        let lang = self.string("lang", problems)?;
        LanguageTag::try_from(lang)
            .map_err(|_| {
                let expected = "a language tag such as \"vi\" or \"en\"";
                problems.push(invalid(self.path_of("lang"), expected, &self.map["lang"]));
            })
            .ok()
    }

    fn boolean(&self, key: &str, problems: &mut Problems) -> Option<bool> {
        match self.map.get(key)? {
            Value::Bool(flag) => Some(*flag),
            other => {
                problems.push(invalid(self.path_of(key), "true or false", other));
                None
            }
        }
    }

    /// A numbered list's `start`: the number (or the letter's place) its
    /// first item has; 1 when it has none, or when the list is bulleted
    /// (a problem).
    fn start(&self, ordered: bool, problems: &mut Problems) -> u32 {
        match self.map.get("start") {
            Some(value) if !ordered => {
                let expected = "no start on a bulleted list (\"ordered\": false)";
                problems.push(invalid(self.path_of("start"), expected, value));
                1
            }
            _ => self.dimension("start", problems).unwrap_or(1),
        }
    }

    /// A numbered list's `numbering`; digits when it has none, or when the
    /// list is bulleted (a problem when it says otherwise).
    fn numbering(&self, ordered: bool, problems: &mut Problems) -> Numbering {
        let Some(value) = self.map.get("numbering") else {
            return Numbering::Digits;
        };
        // The names `Numbering` is written back with.
        let named = match value.as_str() {
            Some("digits") => Some(Numbering::Digits),
            Some("letters") => Some(Numbering::Letters),
            Some("capitals") => Some(Numbering::Capitals),
            Some("roman") => Some(Numbering::Roman),
            Some("smallRoman") => Some(Numbering::SmallRoman),
            _ => None,
        };
        match named {
            Some(numbering) if ordered => numbering,
            Some(_) => {
                problems.push(invalid(
                    self.path_of("numbering"),
                    "no numbering on a bulleted list (\"ordered\": false)",
                    value,
                ));
                Numbering::Digits
            }
            None => {
                problems.push(invalid(
                    self.path_of("numbering"),
                    "\"digits\", \"letters\", \"capitals\", \"roman\" or \"smallRoman\"",
                    value,
                ));
                Numbering::Digits
            }
        }
    }

    fn timestamp(&self, key: &str, problems: &mut Problems) -> Option<Timestamp> {
        let value = self.map.get(key)?;
        let parsed = value.as_str().and_then(Timestamp::parse);
        if parsed.is_none() {
            // A CMS's local time, written without its offset, says no
            // moment: which zone it meant is for the newsroom to say.
            let completed_by = |end: &str| {
                value
                    .as_str()
                    .is_some_and(|text| Timestamp::parse(&format!("{text}{end}")).is_some())
            };
            let expected = if completed_by("+07:00") {
                "a time zone after the time, such as \"+07:00\" for Vietnam's time (\"2019-11-07T16:07:00+07:00\")"
            } else if completed_by(":00+07:00") {
                "the seconds and a time zone after the time, such as \"2019-11-07T16:07:00+07:00\" for Vietnam's time"
            } else {
                "an RFC 3339 date-time such as \"2019-11-07T16:07:00+07:00\", or a date such as \"2019-11-07\""
            };
            let mut found = describe(value);
            // A count from 1970, as many CMSs and JavaScript keep times:
            // the message gives the moment to write instead.
            if let Some((moment, unit)) = value.as_u64().and_then(Timestamp::from_unix_count) {
                found = format!("{found}, which as {unit} since 1970 is \"{moment}\" in Vietnam's time");
            }
            // A date as Vietnamese pages write it, day first: the message
            // gives it as the format writes it.
            match value.as_str().and_then(Timestamp::from_day_first) {
                Some(day @ Timestamp::Day(_)) => {
                    found = format!("{found}, which read day first is \"{day}\"")
                }
                Some(moment) => {
                    found = format!("{found}, which read day first in Vietnam's time is \"{moment}\"")
                }
                None => {}
            }
            problems.push(Error::Invalid {
                path: self.path_of(key).into(),
                expected,
                found,
            });
        }
        parsed
    }

    fn url(&self, key: &str, problems: &mut Problems) -> Option<String> {
        let url = self.text(key, problems)?;
        allowed_url(&url, &self.path_of(key), problems)
    }

    /// A cell's span (`colspan`, `rowspan`): 1 to `max`, 1 when absent or
    /// not one (`expected` says what it should have been).
    fn span(&self, key: &str, max: u16, expected: &'static str, problems: &mut Problems) -> u16 {
        let Some(value) = self.map.get(key) else {
            return 1;
        };
        match value.as_u64().and_then(|n| u16::try_from(n).ok()) {
            Some(n) if (1..=max).contains(&n) => n,
            _ => {
                problems.push(invalid(self.path_of(key), expected, value));
                1
            }
        }
    }

    fn dimension(&self, key: &str, problems: &mut Problems) -> Option<u32> {
        let value = self.map.get(key)?;
        match value.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) if n > 0 => Some(n),
            _ => {
                problems.push(invalid(self.path_of(key), "a positive integer", value));
                None
            }
        }
    }

    /// A number from 0 to 1, as a whole percentage.
    fn fraction(&self, key: &str, problems: &mut Problems) -> Option<u8> {
        let Some(value) = self.map.get(key) else {
            problems.push(Error::Missing {
                path: self.path_of(key).into(),
                expected: "a number from 0 to 1",
            });
            return None;
        };
        match value.as_f64() {
            // In range, so the percentage fits a u8.
            Some(fraction) if (0.0..=1.0).contains(&fraction) => Some((fraction * 100.0).round() as u8),
            _ => {
                problems.push(invalid(self.path_of(key), "a number from 0 to 1", value));
                None
            }
        }
    }

    /// An array of image files at widths (`[{"src", "width"}]`); a bad
    /// item is reported and left out.
    fn candidates(&self, key: &str, problems: &mut Problems) -> Vec<Candidate> {
        let expected = "an array of {\"src\", \"width\"} objects";
        self.array_of(key, expected, &["src", "width"], problems, |item, problems| {
            let src = item.required("src", "a URL", problems, Fields::url);
            let width = item.required("width", "a positive integer", problems, Fields::dimension);
            Some(Candidate {
                src: src?,
                width: width?,
            })
        })
    }

    /// An array of alternative formats (`[{"type", "srcset"}]`).
    fn alternatives(&self, key: &str, problems: &mut Problems) -> Vec<Alternative> {
        const MEDIA_TYPE: &str = "an image MIME type such as \"image/avif\"";
        let expected = "an array of {\"type\", \"srcset\"} objects";
        self.array_of(key, expected, &["type", "srcset"], problems, |item, problems| {
            let media_type = item.required("type", MEDIA_TYPE, problems, |item, key, problems| {
                let value = item.map.get(key)?;
                match value.as_str().filter(|media_type| is_image_type(media_type)) {
                    Some(media_type) => Some(media_type.to_owned()),
                    None => {
                        problems.push(invalid(item.path_of(key), MEDIA_TYPE, value));
                        None
                    }
                }
            });
            let srcset = item
                .required(
                    "srcset",
                    "an array of {\"src\", \"width\"} objects",
                    problems,
                    |item, key, problems| Some(item.candidates(key, problems)),
                )
                .unwrap_or_default();
            (!srcset.is_empty()).then_some(Alternative {
                media_type: media_type?,
                srcset,
            })
        })
    }

    /// An array of objects, each read by `read`; an item that is not an
    /// object is reported, and so is an empty array.
    fn array_of<T>(
        &self,
        key: &str,
        expected: &'static str,
        known: &[&'static str],
        problems: &mut Problems,
        mut read: impl FnMut(&Fields<'_>, &mut Problems) -> Option<T>,
    ) -> Vec<T> {
        let Some(value) = self.map.get(key) else {
            return Vec::new();
        };
        let items = match value {
            Value::Array(items) if !items.is_empty() => items,
            other => {
                problems.push(invalid(self.path_of(key), expected, other));
                return Vec::new();
            }
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| {
                let path = item_path(&self.path_of(key), index);
                let Value::Object(map) = item else {
                    problems.push(invalid(path, "an object", item));
                    return None;
                };
                read(&Fields::new(map, &path, known, problems), problems)
            })
            .collect()
    }

    fn heading_level(&self, problems: &mut Problems) -> u8 {
        let Some(value) = self.map.get("level") else {
            return 2;
        };
        match value.as_u64() {
            Some(level @ 2..=6) => level as u8,
            _ => {
                problems.push(invalid(
                    self.path_of("level"),
                    "an integer from 2 to 6 (the title is level 1)",
                    value,
                ));
                2
            }
        }
    }

    /// An optional nested object, read by `read` when present.
    fn object<T>(
        &self,
        key: &str,
        known: &[&'static str],
        problems: &mut Problems,
        read: impl FnOnce(&Fields<'_>, &mut Problems) -> Option<T>,
    ) -> Option<T> {
        let value = self.map.get(key)?;
        let Value::Object(map) = value else {
            problems.push(invalid(self.path_of(key), "an object", value));
            return None;
        };
        let path = self.path_of(key);
        let fields = Fields::new(map, &path, known, problems);
        read(&fields, problems)
    }
}

/// `image/avif`, `image/webp`, `image/svg+xml`…
pub(super) fn is_image_type(media_type: &str) -> bool {
    media_type.strip_prefix("image/").is_some_and(|subtype| {
        !subtype.is_empty()
            && subtype
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'+' | b'-'))
    })
}

fn invalid(path: String, expected: &'static str, found: &Value) -> Error {
    Error::Invalid {
        path: path.into(),
        expected,
        found: describe(found),
    }
}

/// A short description of a JSON value for an error message.
pub(crate) fn describe(value: &Value) -> String {
    const MAX_CHARS: usize = 40;
    match value {
        Value::Null => "null".into(),
        Value::Bool(flag) => flag.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) if text.chars().count() > MAX_CHARS => {
            let head: String = text.chars().take(MAX_CHARS).collect();
            format!("{head:?}…")
        }
        Value::String(text) => format!("{text:?}"),
        Value::Array(items) if items.is_empty() => "[]".into(),
        Value::Array(_) => "an array".into(),
        Value::Object(map) if map.is_empty() => "{}".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// Whether `text` shows something: a character that is neither whitespace
/// nor invisible, outside a `&nbsp` a scrape leaked. Normalisation takes
/// out a zero-width space and reads a leaked `&nbsp;` as the space it
/// stands for: either alone would leave an empty heading or paragraph.
pub(super) fn shows_something(text: &str) -> bool {
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let leaked = leaked_nbsp_len(&text[at..]);
        if leaked == 0 && !c.is_whitespace() && !is_invisible(c) {
            return true;
        }
        at += leaked.max(c.len_utf8());
    }
    false
}

/// Whether inline content shows something ([`shows_something`]) in its
/// text: a paragraph of nothing but `<br>`, empty elements or `&nbsp;`
/// would render as an empty one.
fn inline_shows_something(content: &[Inline]) -> bool {
    let mut texts = Vec::new();
    super::collect_inline_texts(content, &mut texts);
    texts.into_iter().any(shows_something)
}
