//! The article model: what an article is, independent of where it came from
//! (JSON, scraped text) and where it goes (HTML string, DOM).
//!
//! [`Article::from_json`] reads article JSON version 1 (documented in
//! README.md, schema in `www/article.schema.json`) and validates it, naming
//! every problem by its JSON path. Serializing an [`Article`] with serde
//! writes the same format back.

mod inline_html;
mod json_places;
mod limits;
mod lone_surrogates;
mod parse;
mod picture_number;
mod timestamp;

pub(crate) use inline_html::{
    breaks_text, hides_text, image_tag, is_block, tag_len, tag_name, whole_reference, whole_reference_len,
};
pub use limits::{Limit, Limits};
pub use parse::Parsed;
pub(crate) use parse::{describe, message_without_position};
pub(crate) use picture_number::split_picture_number;
pub use timestamp::Timestamp;
pub(crate) use timestamp::{calendar_date, parse_clock, parse_date, parse_offset};

use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// The `type` of every block the format knows, in the order the docs list them.
pub const BLOCK_TYPES: [&str; 9] = [
    "paragraph",
    "heading",
    "figure",
    "embed",
    "quote",
    "list",
    "table",
    "related",
    "separator",
];

/// Other names for the block types (`p`, `h2`, `image`, `blockquote`,
/// Editor.js's `header` and `delimiter`), for [`name_meant`].
const BLOCK_TYPES_NAMED_OTHERWISE: &[(&str, &[&str])] = &[
    ("paragraph", &["p", "text", "para"]),
    (
        "heading",
        &["h2", "h3", "h4", "h5", "h6", "header", "subheading", "subtitle"],
    ),
    ("figure", &["image", "img", "picture", "photo"]),
    (
        "embed",
        &["video", "audio", "iframe", "youtube", "tweet", "oembed", "media"],
    ),
    ("quote", &["blockquote", "pullquote", "quotation"]),
    ("list", &["ul", "ol", "bullets"]),
    ("table", &["grid", "datatable"]),
    (
        "related",
        &[
            "relatedstories",
            "related_stories",
            "related-stories",
            "readmore",
            "read_more",
            "read-more",
        ],
    ),
    ("separator", &["hr", "divider", "delimiter"]),
];

/// The name of `known` an unknown one (a field's, a block type's) most
/// likely means: the name another format gives it, as `other_names` lists
/// them (in small letters), or one of `known` cased otherwise or mistyped
/// by a letter or two (`Text`, `captoin`, `lists`) when long enough not to
/// be another word (`src` is not `url`).
fn name_meant(
    found: &str,
    known: &[&'static str],
    other_names: &[(&'static str, &[&str])],
) -> Option<&'static str> {
    let found = found.trim().to_ascii_lowercase();
    let named_otherwise = other_names
        .iter()
        .find(|(name, names)| known.contains(name) && names.contains(&found.as_str()))
        .map(|&(name, _)| name);
    named_otherwise.or_else(|| {
        known
            .iter()
            .map(|&name| (strsim::osa_distance(&found, name), name))
            .filter(|&(distance, name)| distance == 0 || (name.len() >= 4 && distance <= 2))
            .min_by_key(|&(distance, _)| distance)
            .map(|(_, name)| name)
    })
}

/// A news article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Article {
    /// Language of the text; `vi` unless said otherwise.
    pub lang: LanguageTag,
    /// The headline.
    pub title: String,
    /// The standfirst (sapo) shown under the headline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sapo: Option<String>,
    /// When the article was first published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Timestamp>,
    /// When the article was last updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
    /// The people who wrote it, in byline order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// Where the story was filed from (`Hải Phòng`), as a dateline names
    /// it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Where the article was first published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// The body, in reading order.
    pub blocks: Vec<Block>,
    /// The line that credits what the story is based on, as its end writes
    /// it (`Theo Reuters`, `(Theo TTXVN)`, `Nguồn: Báo Phú Yên`, `Tổng
    /// hợp`): shown under the body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

impl Article {
    /// An article in Vietnamese with a title and nothing else yet.
    pub fn new(title: impl Into<String>) -> Self {
        Article {
            lang: LanguageTag::default(),
            title: title.into(),
            sapo: None,
            published: None,
            updated: None,
            authors: Vec::new(),
            place: None,
            source: None,
            blocks: Vec::new(),
            credit: None,
        }
    }

    /// Reads and validates article JSON.
    ///
    /// On success the article holds every block that could be read; the
    /// problems met on the way (blocks skipped, fields ignored) come with it.
    /// When the JSON does not parse, or the title or the blocks are unusable,
    /// the result is every problem found, in document order.
    ///
    /// ```
    /// let parsed = vn_article::Article::from_json(
    ///     r#"{"title": "Tin nóng", "blocks": [{"type": "video"}]}"#,
    /// ).unwrap();
    /// assert_eq!(parsed.article.title, "Tin nóng");
    /// assert!(parsed.article.blocks.is_empty());
    /// assert_eq!(parsed.problems[0].path(), Some("blocks[0].type"));
    /// ```
    pub fn from_json(json: &str) -> Result<Parsed, Vec<crate::Error>> {
        parse::from_json(json, &[], &Limits::default())
    }

    /// [`Article::from_json`] within other [`Limits`] than the defaults.
    pub fn from_json_within(json: &str, limits: &Limits) -> Result<Parsed, Vec<crate::Error>> {
        parse::from_json(json, &[], limits)
    }

    /// [`Article::from_json_within`] for JSON text as JavaScript holds it,
    /// in UTF-16 code units. Half of a surrogate pair alone, raw rather
    /// than escaped (a string cut inside an emoji by `slice`, then joined
    /// into JSON text by hand), is read as U+FFFD and reported where it
    /// stands, as an escaped half is ([`crate::Error::LoneSurrogate`]).
    ///
    /// ```
    /// use vn_article::Article;
    /// use vn_article::article::Limits;
    ///
    /// let cut: Vec<u16> = r#"{"title": "Ngày hội 🎉", "blocks": []}"#.encode_utf16().collect();
    /// let at = cut.iter().position(|&unit| unit == 0xD83C).unwrap();
    /// let units = [&cut[..=at], &cut[at + 2..]].concat();
    /// let parsed = Article::from_utf16_json_within(&units, &Limits::default()).unwrap();
    /// assert_eq!(parsed.article.title, "Ngày hội \u{FFFD}");
    /// assert_eq!(parsed.problems[0].position(), Some((1, 21)));
    /// ```
    pub fn from_utf16_json_within(units: &[u16], limits: &Limits) -> Result<Parsed, Vec<crate::Error>> {
        let (json, raw_halves) = crate::text_offsets::from_utf16_marking_halves(units);
        parse::from_json(&json, &raw_halves, limits)
    }

    /// Every string of the article a reader sees as text, in reading order.
    /// Image alt texts are not among them: they are read out, not shown.
    pub fn visible_texts(&self) -> Vec<&str> {
        let mut texts = vec![self.title.as_str()];
        texts.extend(self.sapo.as_deref());
        texts.extend(self.authors.iter().map(String::as_str));
        texts.extend(self.place.as_deref());
        for block in &self.blocks {
            match block {
                Block::Paragraph(paragraph) => collect_inline_texts(&paragraph.content, &mut texts),
                Block::Heading { text, .. } => texts.push(text),
                Block::Figure(figure) => {
                    texts.extend(figure.caption.as_deref());
                    texts.extend(figure.credit.as_deref());
                }
                Block::Embed(embed) => {
                    texts.extend(embed.title.as_deref());
                    texts.extend(embed.caption.as_deref());
                    texts.extend(embed.credit.as_deref());
                }
                Block::Quote(quote) => {
                    for paragraph in quote.paragraphs() {
                        collect_inline_texts(paragraph, &mut texts);
                    }
                    texts.extend(quote.attribution.as_deref());
                }
                Block::List { items, .. } => {
                    for item in items {
                        collect_inline_texts(&item.content, &mut texts);
                    }
                }
                Block::Related { title, items, .. } => {
                    texts.extend(title.as_deref());
                    for item in items {
                        collect_inline_texts(&item.content, &mut texts);
                    }
                }
                Block::Table(table) => {
                    texts.extend(table.caption.as_deref());
                    for cell in table.cells() {
                        collect_inline_texts(&cell.content, &mut texts);
                    }
                }
                Block::Separator => {}
            }
        }
        texts.extend(self.credit.as_deref());
        if let Some(name) = self.source.as_ref().and_then(|source| source.name.as_deref()) {
            texts.push(name);
        }
        texts
    }
}

fn collect_inline_texts<'a>(content: &'a [Inline], texts: &mut Vec<&'a str>) {
    for inline in content {
        match inline {
            Inline::Text(text) => texts.push(text),
            Inline::Break => {}
            Inline::Styled { children, .. }
            | Inline::Link { children, .. }
            | Inline::Language { children, .. } => collect_inline_texts(children, texts),
        }
    }
}

/// A BCP 47 language tag in its common shape: a 2–3 letter language, then
/// subtags of 1–8 letters or digits (`vi`, `en-GB`, `zh-Hant-TW`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageTag(String);

impl LanguageTag {
    /// The tag as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// English: `en`.
    pub(crate) fn english() -> Self {
        LanguageTag("en".to_owned())
    }

    /// Whether the language is Vietnamese (`vi`, `vi-VN`…).
    pub fn is_vietnamese(&self) -> bool {
        let language = self.0.split('-').next().unwrap_or_default();
        language.eq_ignore_ascii_case("vi")
    }
}

impl Default for LanguageTag {
    /// Vietnamese.
    fn default() -> Self {
        LanguageTag("vi".to_owned())
    }
}

impl TryFrom<String> for LanguageTag {
    type Error = String;

    fn try_from(tag: String) -> Result<Self, Self::Error> {
        let mut subtags = tag.split('-');
        let language_ok = subtags.next().is_some_and(|language| {
            (2..=3).contains(&language.len()) && language.bytes().all(|b| b.is_ascii_alphabetic())
        });
        let rest_ok = subtags.all(|subtag| {
            (1..=8).contains(&subtag.len()) && subtag.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        if language_ok && rest_ok {
            Ok(LanguageTag(tag))
        } else {
            Err(format!("{tag:?} is not a language tag such as \"vi\" or \"en\""))
        }
    }
}

impl From<LanguageTag> for String {
    fn from(tag: LanguageTag) -> String {
        tag.0
    }
}

/// Where an article was first published.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The publication's name, e.g. `Dân trí`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The article's address there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One block of the article body.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    /// A paragraph of running text.
    Paragraph(Paragraph),
    /// A subheading inside the body.
    Heading {
        /// 2 to 6; the article's title is the only level 1.
        level: u8,
        /// The heading's text.
        text: String,
        /// The language of its words, when it is not the article's
        /// (`"lang": "en"`, `<h2 lang="en">`).
        #[serde(skip_serializing_if = "Option::is_none")]
        lang: Option<LanguageTag>,
    },
    /// An image with its caption and credit.
    Figure(Figure),
    /// A video, a post or a map on another site, or a video or sound file.
    Embed(Embed),
    /// A quotation set apart from the text.
    Quote(Quote),
    /// A bulleted or numbered list.
    List {
        /// Numbered (`true`) or bulleted (`false`).
        ordered: bool,
        /// How a numbered list counts its items.
        #[serde(skip_serializing_if = "Numbering::is_digits")]
        numbering: Numbering,
        /// Where a numbered list starts counting: 1 (or a), unless it goes
        /// on from a list that a picture or a paragraph interrupted.
        #[serde(skip_serializing_if = "starts_at_one")]
        start: u32,
        /// The items.
        items: Vec<Item>,
    },
    /// Figures set out in rows and columns: prices, results, a timetable.
    Table(Table),
    /// A box of other stories the article leads to (`Tin liên quan`, `Đọc
    /// thêm`), set apart from the story: its readers do not take the
    /// stories' titles for its words, and screen readers can pass it by.
    Related {
        /// What the box is called (`Đọc thêm`); the page says `Tin liên
        /// quan` (in the article's language) when it is not given.
        #[serde(skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// The stories: each a link to one, and what the box says of it.
        items: Vec<Item>,
        /// The language of its words, when it is not the article's.
        #[serde(skip_serializing_if = "Option::is_none")]
        lang: Option<LanguageTag>,
    },
    /// A pause between two parts of the article, where the story moves to
    /// another time, place or subject (`* * *` in print).
    Separator,
}

impl Block {
    /// Marks the words of a block as in `lang` (`"lang": "en"`, `<p
    /// lang="en">`), but for words marked so already: each line of a
    /// paragraph, a quotation, a list or a table; a subheading, a figure,
    /// an embed or a box of related stories whole. A table's caption and a
    /// quotation's attribution stay in the language around them.
    pub(crate) fn set_language(&mut self, lang: &LanguageTag) {
        match self {
            Block::Paragraph(Paragraph { content }) | Block::Quote(Quote { content, .. }) => {
                in_language(content, lang)
            }
            Block::List { items, .. } => {
                (items.iter_mut()).for_each(|item| in_language(&mut item.content, lang))
            }
            Block::Table(table) => (table.header.iter_mut().chain(&mut table.rows))
                .flatten()
                .for_each(|cell| in_language(&mut cell.content, lang)),
            Block::Heading { lang: its, .. }
            | Block::Figure(Figure { lang: its, .. })
            | Block::Embed(Embed { lang: its, .. })
            | Block::Related { lang: its, .. } => {
                its.get_or_insert_with(|| lang.clone());
            }
            Block::Separator => {}
        }
    }
}

/// `content` in `lang`: each of its lines (parted by a line break outside
/// any element, as a quotation's paragraphs are) one [`Inline::Language`].
pub(crate) fn in_language(content: &mut Vec<Inline>, lang: &LanguageTag) {
    let mut marked = Vec::new();
    let mut line = Vec::new();
    let end_line = |line: &mut Vec<Inline>, marked: &mut Vec<Inline>| {
        // A line in the language already (`<span lang="en">` all of it)
        // says it once.
        if let [Inline::Language { lang: its, .. }] = line.as_slice()
            && its == lang
        {
            marked.append(line);
        } else if !line.is_empty() {
            marked.push(Inline::Language {
                lang: lang.clone(),
                children: std::mem::take(line),
            });
        }
    };
    for node in std::mem::take(content) {
        match node {
            Inline::Break => {
                end_line(&mut line, &mut marked);
                marked.push(Inline::Break);
            }
            node => line.push(node),
        }
    }
    end_line(&mut line, &mut marked);
    *content = marked;
}

/// A table: rows of cells under the columns' heads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Table {
    /// What the table shows (`Giá xăng dầu từ 15h ngày 5/12`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// The rows of the columns' heads, when it has them: usually one; more
    /// when a head spans the columns of the heads under it (`Năm 2024`
    /// over `Quý I`, `Quý II`). Written back as one row when it is one.
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "row_or_rows")]
    pub header: Vec<Vec<Cell>>,
    /// The rows, each its cells.
    pub rows: Vec<Vec<Cell>>,
    /// Whether the first cell of each row heads it (a team in a league
    /// table, a province): read out with every cell of its row.
    #[serde(skip_serializing_if = "is_false", rename = "rowHeaders")]
    pub row_headers: bool,
}

fn is_false(flag: &bool) -> bool {
    !flag
}

impl Table {
    /// Every cell, the heads' first, row by row.
    pub fn cells(&self) -> impl Iterator<Item = &Cell> {
        self.header.iter().chain(&self.rows).flatten()
    }

    /// For each of `rows` (a group: the heads, or the body), whether a
    /// cell of a row above spans down into its first column, so that its
    /// first cell stands further in.
    pub fn first_column_held(rows: &[Vec<Cell>]) -> impl Iterator<Item = bool> + '_ {
        rows.iter().scan(0, |rows_held: &mut u16, row| {
            let held = *rows_held > 0;
            *rows_held = match (held, row.first()) {
                (true, _) => *rows_held - 1,
                (false, Some(first)) => first.rowspan - 1,
                (false, None) => 0,
            };
            Some(held)
        })
    }
}

/// The text of each cell of `rows`, row by row (for tests to compare).
#[cfg(test)]
pub(crate) fn cell_texts(rows: &[Vec<Cell>]) -> Vec<Vec<String>> {
    let text = |cell: &Cell| {
        let mut texts = Vec::new();
        collect_inline_texts(&cell.content, &mut texts);
        texts.concat()
    };
    rows.iter().map(|row| row.iter().map(text).collect()).collect()
}

/// One row of heads is written as the row alone, as the format has always
/// had it; several as an array of rows.
fn row_or_rows<S: Serializer>(rows: &[Vec<Cell>], serializer: S) -> Result<S::Ok, S::Error> {
    match rows {
        [row] => row.serialize(serializer),
        rows => rows.serialize(serializer),
    }
}

/// A table's cell: what it holds, and how many columns and rows it spans
/// when it is merged with the cells beside or under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// Text, with the inline markup a paragraph may hold (a link, words in
    /// bold); empty for an empty cell.
    pub content: Vec<Inline>,
    /// How many columns the cell spans: 1 to [`Cell::MAX_COLSPAN`].
    pub colspan: u16,
    /// How many rows the cell spans: 1 to [`Cell::MAX_ROWSPAN`].
    pub rowspan: u16,
}

impl Cell {
    /// The most columns a cell may span, as HTML caps `colspan`.
    pub const MAX_COLSPAN: u16 = 1000;
    /// The most rows a cell may span, as HTML caps `rowspan`.
    pub const MAX_ROWSPAN: u16 = 65534;

    /// A cell of plain text, one column and one row.
    pub fn text(text: impl Into<String>) -> Self {
        let text = text.into();
        Cell {
            content: if text.is_empty() {
                Vec::new()
            } else {
                vec![Inline::Text(text)]
            },
            colspan: 1,
            rowspan: 1,
        }
    }
}

/// Written back as its text alone when it is plain text spanning one
/// column and one row, and otherwise as `{"text"}` or `{"html"}` with its
/// spans other than 1.
impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (key, value) = inline_field(&self.content);
        if (key, self.colspan, self.rowspan) == ("text", 1, 1) {
            return serializer.serialize_str(&value);
        }
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry(key, &value)?;
        if self.colspan != 1 {
            map.serialize_entry("colspan", &self.colspan)?;
        }
        if self.rowspan != 1 {
            map.serialize_entry("rowspan", &self.rowspan)?;
        }
        map.end()
    }
}

/// Whether a list starts counting at 1, as one does unless it says.
fn starts_at_one(start: &u32) -> bool {
    *start == 1
}

/// A list's item: text, with the inline markup a paragraph may hold (a
/// link, words in bold).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The item's content; plain text is a single [`Inline::Text`].
    pub content: Vec<Inline>,
}

impl Item {
    /// An item of plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Item {
            content: vec![Inline::Text(text.into())],
        }
    }
}

/// Written as the format has it: a string when the item is plain text,
/// `{"html": …}` otherwise.
impl Serialize for Item {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match inline_field(&self.content) {
            ("text", text) => serializer.serialize_str(&text),
            (key, value) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(key, &value)?;
                map.end()
            }
        }
    }
}

/// Inline content as the format writes it: `("text", …)` when it is plain
/// text (or nothing), `("html", …)` rebuilt from its elements otherwise.
fn inline_field(content: &[Inline]) -> (&'static str, std::borrow::Cow<'_, str>) {
    match content {
        [] => ("text", "".into()),
        [Inline::Text(text)] => ("text", text.into()),
        content => ("html", crate::render::inline_to_html(content).into()),
    }
}

/// How a numbered list counts its items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Numbering {
    /// 1, 2, 3…
    #[default]
    Digits,
    /// a, b, c, d, đ, e, g…: the letters Vietnamese documents count their
    /// points with (no f, j, w or z).
    Letters,
    /// A, B, C, D, Đ, E, G…: the same letters in capitals.
    Capitals,
    /// I, II, III, IV…: as documents number their parts.
    Roman,
    /// i, ii, iii, iv…
    #[serde(rename = "smallRoman")]
    SmallRoman,
}

impl Numbering {
    fn is_digits(&self) -> bool {
        *self == Numbering::Digits
    }
}

/// A quotation: the quoted words, a paragraph or several, and who said
/// or wrote them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, with the inline markup a paragraph may hold; each
    /// line (parted by an [`Inline::Break`] outside any element) is one
    /// paragraph of the quotation.
    pub content: Vec<Inline>,
    /// Who said or wrote them.
    pub attribution: Option<String>,
}

impl Quote {
    /// A quotation of plain text, each of its lines a paragraph (the
    /// spaces at their ends left out, as are lines of nothing but spaces).
    pub fn text(text: &str, attribution: Option<String>) -> Self {
        let mut content = Vec::new();
        for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
            if !content.is_empty() {
                content.push(Inline::Break);
            }
            content.push(Inline::Text(line.to_owned()));
        }
        Quote { content, attribution }
    }

    /// The quotation's paragraphs, each its inline content, but for those
    /// without a word to show.
    pub fn paragraphs(&self) -> impl Iterator<Item = &[Inline]> {
        (self.content.split(|inline| *inline == Inline::Break)).filter(|line| {
            let mut texts = Vec::new();
            collect_inline_texts(line, &mut texts);
            texts.iter().any(|text| !text.trim().is_empty())
        })
    }
}

/// Written as the format has it: `"text"`, its paragraphs a line each,
/// when the quotation is plain text that reads back the same (no spaces at
/// a line's ends, no empty line); `"html"` otherwise.
impl Serialize for Quote {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let plain = (self.content.iter()).all(|inline| matches!(inline, Inline::Text(_) | Inline::Break));
        let line = |paragraph: &[Inline]| {
            let mut texts = Vec::new();
            collect_inline_texts(paragraph, &mut texts);
            texts.concat()
        };
        let text = plain.then(|| self.paragraphs().map(line).collect::<Vec<String>>().join("\n"));
        let mut map = serializer.serialize_map(None)?;
        match text {
            Some(text) if Quote::text(&text, None).content == self.content => {
                map.serialize_entry("text", &text)?;
            }
            _ => map.serialize_entry("html", &crate::render::inline_to_html(&self.content))?,
        }
        if let Some(attribution) = &self.attribution {
            map.serialize_entry("attribution", attribution)?;
        }
        map.end()
    }
}

/// A paragraph: plain text, or text with a little inline markup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's content; plain text is a single [`Inline::Text`].
    pub content: Vec<Inline>,
}

impl Paragraph {
    /// A paragraph of plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Paragraph {
            content: vec![Inline::Text(text.into())],
        }
    }
}

/// Written back as `"text"` when the paragraph is plain text and as `"html"`
/// (rebuilt from the parsed inline content) otherwise.
impl Serialize for Paragraph {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        let (key, value) = inline_field(&self.content);
        map.serialize_entry(key, &value)?;
        map.end()
    }
}

/// Inline content of a paragraph, rebuilt from the `html` subset
/// (`b strong i em u s del ins mark small cite sub sup a[href] br
/// span[lang]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Text, exactly as the author wrote it (entities decoded).
    Text(String),
    /// A line break (`<br>`).
    Break,
    /// Text set in a style.
    Styled {
        /// Which style.
        style: InlineStyle,
        /// What it applies to.
        children: Vec<Inline>,
    },
    /// A link; `href` passed [`crate::render::safe_url`] when it was read.
    Link {
        /// Where it goes.
        href: String,
        /// Its text.
        children: Vec<Inline>,
    },
    /// Words in another language than the text around them (`<span
    /// lang="en">`, `<i lang="fr">`): a screen reader reads them in that
    /// language's voice, and a browser hyphenates and spells them by its
    /// rules (WCAG 2.2, 3.1.2 "Language of Parts").
    Language {
        /// Their language.
        lang: LanguageTag,
        /// The words.
        children: Vec<Inline>,
    },
}

/// The inline styles the paragraph subset allows, one per element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InlineStyle {
    /// `<b>`: bring to attention.
    Bold,
    /// `<strong>`: importance.
    Strong,
    /// `<i>`: alternate voice (terms, foreign words).
    Italic,
    /// `<em>`: stress emphasis.
    Emphasis,
    /// `<sub>`.
    Subscript,
    /// `<sup>`.
    Superscript,
    /// `<u>`: words underlined, as editors underline a word to point at
    /// it.
    Underline,
    /// `<s>`: words no longer true, struck through and left to read (a
    /// price before its discount).
    Struck,
    /// `<del>`: words taken out in an edit, struck through and left to
    /// read: a correction shows what the article said before.
    Deleted,
    /// `<ins>`: words put in by an edit, a correction's new words.
    Inserted,
    /// `<mark>`: words highlighted for the reader (the sentence that
    /// matters in a quoted document).
    Highlight,
    /// `<small>`: side comments and small print (a note, a condition).
    Small,
    /// `<cite>`: the title of a work (a book, a film, a song, a
    /// newspaper).
    WorkTitle,
}

impl InlineStyle {
    /// Every style, for lookups by tag name.
    pub const ALL: [InlineStyle; 13] = [
        InlineStyle::Bold,
        InlineStyle::Strong,
        InlineStyle::Italic,
        InlineStyle::Emphasis,
        InlineStyle::Subscript,
        InlineStyle::Superscript,
        InlineStyle::Underline,
        InlineStyle::Struck,
        InlineStyle::Deleted,
        InlineStyle::Inserted,
        InlineStyle::Highlight,
        InlineStyle::Small,
        InlineStyle::WorkTitle,
    ];

    /// The style an HTML element name carries, if it is one of the subset.
    pub fn from_tag(tag: &str) -> Option<InlineStyle> {
        InlineStyle::ALL.into_iter().find(|style| style.tag() == tag)
    }

    /// Whether words in this style inside words in it look as they would
    /// in it once: bold in bold is bold, where a raised word in a raised
    /// word is raised twice, and small print in small print smaller.
    pub(crate) const fn nests_unseen(self) -> bool {
        !matches!(
            self,
            InlineStyle::Superscript | InlineStyle::Subscript | InlineStyle::Small
        )
    }

    /// The HTML element that carries the style.
    pub fn tag(self) -> &'static str {
        match self {
            InlineStyle::Bold => "b",
            InlineStyle::Strong => "strong",
            InlineStyle::Italic => "i",
            InlineStyle::Emphasis => "em",
            InlineStyle::Subscript => "sub",
            InlineStyle::Superscript => "sup",
            InlineStyle::Underline => "u",
            InlineStyle::Struck => "s",
            InlineStyle::Deleted => "del",
            InlineStyle::Inserted => "ins",
            InlineStyle::Highlight => "mark",
            InlineStyle::Small => "small",
            InlineStyle::WorkTitle => "cite",
        }
    }
}

/// An image with its caption and credit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Figure {
    /// The image itself.
    pub image: Image,
    /// What the image shows, in the article's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Who made the image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// The page the picture leads to (a related story's, a sponsor's), when
    /// it is a link: the picture then opens that page rather than its own
    /// larger view.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The language of its words (its caption, credit and text
    /// alternative), when it is not the article's (`"lang": "en"`,
    /// `<figure lang="en">`): a news agency's picture captioned in English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<LanguageTag>,
}

/// What an article shows from elsewhere: a video, a post or a map on
/// another site (YouTube, Facebook, TikTok…), or a video or sound file.
/// The page links to it, and plays a file in place; it never runs another
/// site's player inside the article, which a strict Content-Security-Policy
/// would block and which would follow the reader for that site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Embed {
    /// Its address: the page that shows it, or the file.
    pub url: String,
    /// What it is, in the article's words (`Clip: nước lũ cuốn trôi cầu`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What it shows, as a figure's caption says it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Who made it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// The picture a video file shows until it plays (its first frame
    /// otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub poster: Option<String>,
    /// The language of its words (its title, caption and credit), when it
    /// is not the article's (`"lang": "en"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<LanguageTag>,
}

/// An image file, its other sizes and formats, and its text alternative.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Image {
    /// Where the image is; absent when the scrape kept only its text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
    /// The text alternative; `""` marks a decorative image.
    pub alt: String,
    /// The image's intrinsic size, which reserves its box before it loads.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub size: Option<Size>,
    /// The same image at other widths, for the browser to choose from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub srcset: Vec<Candidate>,
    /// How wide the image is shown, as the `sizes` attribute says it
    /// (`(max-width: 600px) 100vw, 600px`); the article column's width
    /// when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sizes: Option<String>,
    /// The same image in other formats (`image/avif`, `image/webp`), for
    /// browsers that can read them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Alternative>,
    /// The point of the image to keep in view when it is cropped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
}

/// One file of an image at one width.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// Where the file is.
    pub src: String,
    /// Its width in pixels.
    pub width: u32,
}

impl Candidate {
    /// The address of the widest of `candidates`: an image given by its
    /// `srcset` alone has it as its `src`, as a browser that reads no
    /// `srcset` would show nothing and the full-size view wants the most.
    pub(crate) fn widest(candidates: &[Candidate]) -> Option<String> {
        (candidates.iter())
            .max_by_key(|candidate| candidate.width)
            .map(|candidate| candidate.src.clone())
    }
}

/// An image in another format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Alternative {
    /// Its MIME type, such as `image/avif`.
    #[serde(rename = "type")]
    pub media_type: String,
    /// Its files, at one or more widths.
    pub srcset: Vec<Candidate>,
}

/// A point of an image, in percent of its width and height from the top
/// left corner (JSON gives fractions: `{"x": 0.3, "y": 0.7}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Focus {
    /// 0 (left edge) to 100 (right edge).
    pub x: u8,
    /// 0 (top edge) to 100 (bottom edge).
    pub y: u8,
}

/// Written back as fractions, as the JSON format has them.
impl Serialize for Focus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("x", &(f64::from(self.x) / 100.0))?;
        map.serialize_entry("y", &(f64::from(self.y) / 100.0))?;
        map.end()
    }
}

/// Intrinsic size of an image in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Size {
    /// Width, at least 1.
    pub width: u32,
    /// Height, at least 1.
    pub height: u32,
}
