//! The event stream between the model and the writers.
//!
//! [`events`] turns an [`Article`] into a flat list of [`Event`]s: elements
//! opened and closed, and text. Both writers — [`super::push_html`] for a
//! String and the DOM writer in the browser — consume the same events, so
//! they cannot disagree, and a caller can filter or add events in between.
//!
//! Element and attribute names are `&'static str` chosen by this crate; only
//! attribute values and text come from the article, and URL-valued
//! attributes can only be set through [`Tag::url`], which applies
//! [`super::safe_url`].

use std::borrow::Cow;
use std::ops::Range;

use super::RenderOptions;
use super::figure::{self, FileAt};
use super::labels::Labels;
use crate::article::{Article, Block, Cell, Inline, Item, LanguageTag, Numbering, Table, Timestamp};
use crate::render::safe_url;

/// One step of the rendered markup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event<'a> {
    /// Opens an element. Void elements (`img`, `br`) have no matching
    /// [`Event::End`].
    Start(Tag<'a>),
    /// Closes the element named, the most recently opened one.
    End(&'static str),
    /// Text, unescaped.
    Text(Cow<'a, str>),
}

/// An element and its attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag<'a> {
    name: &'static str,
    attributes: Vec<(&'static str, Cow<'a, str>)>,
}

// The builders of `Tag` and `Events` are kept out of line: inlined into
// `events`, which calls them a hundred times, they made the wasm module
// 10.7 KB larger, for no speed that can be measured.
impl<'a> Tag<'a> {
    #[inline(never)]
    pub(super) fn new(name: &'static str) -> Self {
        Tag {
            name,
            attributes: Vec::new(),
        }
    }

    #[inline(never)]
    pub(super) fn with_class(name: &'static str, class: &'static str) -> Self {
        Tag::new(name).attr("class", class)
    }

    /// Adds an attribute whose value is not a URL.
    #[inline(never)]
    pub(super) fn attr(mut self, name: &'static str, value: impl Into<Cow<'a, str>>) -> Self {
        debug_assert!(
            !matches!(name, "href" | "src" | "srcset") && !name.starts_with("on") && name != "style",
            "{name} must not be set as plain text"
        );
        self.attributes.push((name, value.into()));
        self
    }

    /// Adds `lang`, when the element's words are in a language of their
    /// own.
    pub(super) fn lang(self, lang: Option<&'a LanguageTag>) -> Self {
        match lang {
            Some(lang) => self.attr("lang", lang.as_str()),
            None => self,
        }
    }

    /// Adds a URL-valued attribute, or nothing when the URL is not allowed.
    #[inline(never)]
    pub(super) fn url(mut self, name: &'static str, url: impl Into<Cow<'a, str>>) -> Self {
        let url = url.into();
        let safe = match url {
            Cow::Borrowed(url) => safe_url(url).map(Cow::Borrowed),
            Cow::Owned(url) => safe_url(&url).map(|safe| Cow::Owned(safe.to_owned())),
        };
        if let Some(url) = safe {
            self.attributes.push((name, url));
        }
        self
    }

    /// The element's name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The attributes, in the order they are written.
    pub fn attributes(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.attributes
            .iter()
            .map(|(name, value)| (*name, value.as_ref()))
    }

    /// Whether the element is one that [`inline`] writes inside a paragraph
    /// (`b`, `a`…): the text on both sides of it is one run of prose.
    pub(super) fn is_inline(name: &str) -> bool {
        name == "a" || crate::article::InlineStyle::from_tag(name).is_some()
    }

    /// Whether the element is void: it has no content and no end tag.
    pub fn is_void(&self) -> bool {
        matches!(self.name, "img" | "br" | "hr" | "input" | "source")
    }

    /// Adds a `srcset` of the files whose URLs are allowed, or nothing when
    /// none is. A URL's spaces and commas are escaped, as `srcset` reads
    /// them as separators.
    pub(super) fn srcset<'f>(mut self, files: impl Iterator<Item = FileAt<'f>>) -> Self {
        let mut value = String::new();
        for file in files {
            let Some(url) = safe_url(&file.src) else { continue };
            if !value.is_empty() {
                value.push_str(", ");
            }
            for c in url.chars() {
                match c {
                    ' ' => value.push_str("%20"),
                    ',' => value.push_str("%2C"),
                    c if c.is_ascii_whitespace() => {}
                    c => value.push(c),
                }
            }
            value.push_str(&format!(" {}w", file.width));
        }
        if !value.is_empty() {
            self.attributes.push(("srcset", value.into()));
        }
        self
    }
}

/// The events for a whole article.
pub fn events<'a>(article: &'a Article, options: &RenderOptions) -> Vec<Event<'a>> {
    let page_lang = options.lang.as_ref().unwrap_or(&article.lang);
    let labels = Labels::for_language(page_lang);
    let mut out = Events::with_capacity(64 + article.blocks.len() * 8);

    // The headline names the article, and with it the list of documents it
    // cites: several articles on one page stay apart for screen readers.
    let title_id = format!("{}-title", options.id_prefix.as_str());
    out.start(
        Tag::with_class("article", "vn-article")
            .attr("lang", page_lang.as_str().to_owned())
            .attr("aria-labelledby", title_id.clone())
            .attr("part", "article"),
    );
    out.newline();
    header(article, &labels, title_id, &mut out);
    // The lead image: the first figure, when it comes before the second
    // paragraph. It is fetched at once; every other image when near view.
    let (mut paragraphs, mut figures) = (0, 0);
    // Boxes of related stories so far, each named by its own title.
    let mut related = 0;
    let mut blocks = article.blocks.iter().peekable();
    while let Some(block) = blocks.next() {
        match block {
            Block::Paragraph(paragraph) => {
                paragraphs += 1;
                out.start(Tag::new("p"));
                inline(&paragraph.content, &mut out);
                out.end("p");
            }
            Block::Heading { level, text, lang } => {
                let name = match level {
                    3 => "h3",
                    4 => "h4",
                    5 => "h5",
                    6 => "h6",
                    _ => "h2",
                };
                let tag = Tag::with_class(name, "vn-article__heading").lang(lang.as_ref());
                out.prose_element(tag, text);
            }
            Block::Figure(block) => {
                let lead = figures == 0 && paragraphs < 2;
                figures += 1;
                let link_below = match (block.link.as_deref(), blocks.peek()) {
                    (Some(link), Some(Block::Paragraph(below))) => opens_with_link(&below.content, link),
                    _ => false,
                };
                figure::figure(block, lead, link_below, &labels, options, &mut out);
            }
            Block::Embed(embed) => figure::embed(embed, &labels, &mut out),
            Block::Quote(quote) => {
                out.start(Tag::with_class("figure", "vn-quote"));
                out.start(Tag::with_class("blockquote", "vn-quote__text"));
                for paragraph in quote.paragraphs() {
                    out.start(Tag::new("p"));
                    inline(paragraph, &mut out);
                    out.end("p");
                }
                out.end("blockquote");
                if let Some(attribution) = &quote.attribution {
                    // The page draws a dash before the speaker's name, but
                    // for a name the author gave one (`— Bác Hồ`).
                    let class = match attribution.starts_with(['-', '–', '—', '―']) {
                        true => "vn-quote__attribution vn-quote__attribution--dashed",
                        false => "vn-quote__attribution",
                    };
                    out.element(Tag::with_class("figcaption", class), attribution);
                }
                out.end("figure");
            }
            Block::List {
                ordered,
                numbering,
                start,
                items,
            } => {
                let (name, class) = match (ordered, numbering) {
                    (false, _) => ("ul", "vn-list"),
                    (true, Numbering::Digits) => ("ol", "vn-list"),
                    (true, Numbering::Letters) => ("ol", "vn-list vn-list--letters"),
                    (true, Numbering::Capitals) => ("ol", "vn-list vn-list--capitals"),
                    (true, Numbering::Roman) => ("ol", "vn-list vn-list--roman"),
                    (true, Numbering::SmallRoman) => ("ol", "vn-list vn-list--small-roman"),
                };
                let mut tag = Tag::with_class(name, class);
                if *start != 1 {
                    tag = tag.attr("start", start.to_string());
                }
                out.start(tag);
                list_items(items, &mut out);
                out.end(name);
            }
            Block::Related { title, items, lang } => {
                related += 1;
                let title_id = format!("{}-related-{related}", options.id_prefix.as_str());
                out.start(
                    Tag::with_class("aside", "vn-related")
                        .lang(lang.as_ref())
                        .attr("aria-labelledby", title_id.clone())
                        .attr("part", "related"),
                );
                // The page's name for a box without a title is in the
                // page's language, whatever the box's stories are in.
                let mut title_tag = Tag::with_class("p", "vn-related__title");
                if title.is_none() && lang.is_some() {
                    title_tag = title_tag.attr("lang", page_lang.as_str().to_owned());
                }
                out.element(
                    title_tag.attr("id", title_id),
                    title.as_deref().unwrap_or(labels.related()),
                );
                out.start(Tag::with_class("ul", "vn-related__list"));
                // The documents other stories' titles and standfirsts name
                // are not this article's citations: their words are not
                // looked in for any.
                let prose = out.prose.len();
                list_items(items, &mut out);
                out.prose.truncate(prose);
                out.end("ul");
                out.end("aside");
            }
            Block::Table(block) => table(block, &labels, &mut out),
            Block::Separator => out.start(Tag::with_class("hr", "vn-separator")),
        }
        out.newline();
    }
    if let Some(credit) = &article.credit {
        out.prose_element(Tag::with_class("p", "vn-article__credit"), credit);
        out.newline();
    }
    if options.citations {
        let prose = std::mem::take(&mut out.prose);
        out.events = super::citations::cite(std::mem::take(&mut out.events), &prose, &labels, options);
    }
    footer(article, &labels, &mut out);
    out.end("article");
    out.events
}

/// The items of a list or of a box of related stories, each an `<li>`.
fn list_items<'a>(items: &'a [Item], out: &mut Events<'a>) {
    for item in items {
        out.start(Tag::new("li"));
        inline(&item.content, out);
        out.end("li");
    }
}

/// A table, in a region that scrolls sideways where the screen is narrower
/// than the table: the keyboard reaches it (to scroll), and screen readers
/// name it by its caption.
fn table<'a>(table: &'a Table, labels: &Labels, out: &mut Events<'a>) {
    let name = table.caption.as_deref().unwrap_or(labels.table());
    out.start(
        Tag::with_class("div", "vn-table")
            .attr("part", "table")
            .attr("role", "region")
            .attr("tabindex", "0")
            .attr("aria-label", name),
    );
    out.start(Tag::with_class("table", "vn-table__table"));
    if let Some(caption) = &table.caption {
        out.prose_element(Tag::with_class("caption", "vn-table__caption"), caption);
    }
    if !table.header.is_empty() {
        out.start(Tag::new("thead"));
        table_rows(&table.header, |_| Tag::new("th").attr("scope", "col"), out);
        out.end("thead");
    }
    out.start(Tag::new("tbody"));
    let body_cell = |first_column: bool| {
        if first_column && table.row_headers {
            Tag::new("th").attr("scope", "row")
        } else {
            Tag::new("td")
        }
    };
    table_rows(&table.rows, body_cell, out);
    out.end("tbody");
    out.end("table");
    out.end("div");
}

/// A group of a table's rows (the heads, the body), each cell a `tag(is
/// the row's first column)` spanning the columns and rows it spans. A row
/// whose first column a merged cell above holds has its first cell marked,
/// so that the style sheet lines up only the first column with the text
/// around the table.
fn table_rows<'a>(rows: &'a [Vec<Cell>], tag: impl Fn(bool) -> Tag<'a>, out: &mut Events<'a>) {
    for (row, held) in rows.iter().zip(Table::first_column_held(rows)) {
        out.start(Tag::new("tr"));
        for (index, cell) in row.iter().enumerate() {
            let mut tag = tag(index == 0 && !held);
            if held && index == 0 {
                tag = tag.attr("class", "vn-table__cell--beside-merged");
            }
            if cell.colspan > 1 {
                tag = tag.attr("colspan", cell.colspan.to_string());
            }
            if cell.rowspan > 1 {
                tag = tag.attr("rowspan", cell.rowspan.to_string());
            }
            let name = tag.name;
            out.start(tag);
            inline(&cell.content, out);
            out.end(name);
        }
        out.end("tr");
    }
}

/// The events for inline content alone, as the author wrote it: the web
/// addresses in its text stay text (the HTML an article is written back
/// as, which must read as the same article).
pub(crate) fn inline_events(content: &[Inline]) -> Vec<Event<'_>> {
    let mut out = Events {
        as_written: true,
        ..Events::default()
    };
    inline(content, &mut out);
    out.events
}

fn header<'a>(article: &'a Article, labels: &Labels, title_id: String, out: &mut Events<'a>) {
    out.start(Tag::with_class("header", "vn-article__header").attr("part", "header"));
    out.newline();
    out.element(
        Tag::with_class("h1", "vn-article__title")
            .attr("id", title_id)
            .attr("part", "title"),
        &article.title,
    );
    out.newline();
    // The byline, the place and the times, separated by a space so that
    // copied text and screen readers do not run them together.
    let mut meta: Vec<Vec<Event<'a>>> = Vec::new();
    if !article.authors.is_empty() {
        let mut byline = Events::default();
        byline.start(Tag::with_class("span", "vn-article__byline"));
        for (index, author) in article.authors.iter().enumerate() {
            if index > 0 {
                byline.text(", ");
            }
            byline.element(Tag::with_class("span", "vn-article__author"), author);
        }
        byline.end("span");
        meta.push(byline.events);
    }
    if let Some(place) = &article.place {
        let mut filed = Events::default();
        filed.element(Tag::with_class("span", "vn-article__place"), place);
        meta.push(filed.events);
    }
    if let Some(at) = &article.published {
        meta.push(time(at, labels.published(at), "vn-article__published"));
    }
    if let Some(at) = &article.updated {
        meta.push(time(at, labels.updated(at), "vn-article__updated"));
    }
    if !meta.is_empty() {
        out.start(Tag::with_class("p", "vn-article__meta"));
        for (index, part) in meta.into_iter().enumerate() {
            if index > 0 {
                out.text(" ");
            }
            out.events.extend(part);
        }
        out.end("p");
        out.newline();
    }
    if let Some(sapo) = &article.sapo {
        out.prose_element(Tag::with_class("p", "vn-article__sapo"), sapo);
        out.newline();
    }
    out.end("header");
    out.newline();
}

/// `<time datetime="2019-11-07T16:07:00+07:00">Cập nhật 16:07, …</time>`.
fn time<'a>(at: &Timestamp, text: String, class: &'static str) -> Vec<Event<'a>> {
    vec![
        Event::Start(Tag::with_class("time", class).attr("datetime", at.to_string())),
        Event::Text(text.into()),
        Event::End("time"),
    ]
}

fn footer<'a>(article: &'a Article, labels: &Labels, out: &mut Events<'a>) {
    let Some(source) = &article.source else {
        return;
    };
    let url = source.url.as_deref().filter(|url| safe_url(url).is_some());
    let Some(shown) = source.name.as_deref().or(url) else {
        return;
    };
    out.start(Tag::with_class("footer", "vn-article__footer"));
    out.start(Tag::with_class("p", "vn-article__source"));
    out.text(labels.source);
    out.text(" ");
    match url {
        Some(url) => {
            out.start(Tag::new("a").url("href", url));
            out.text(shown);
            out.end("a");
        }
        None => out.text(shown),
    }
    out.end("p");
    out.end("footer");
    out.newline();
}

/// Whether `content` opens with a link to `href` (in emphasis or not),
/// words before it being only spaces.
fn opens_with_link(content: &[Inline], href: &str) -> bool {
    let first = content
        .iter()
        .find(|inline| !matches!(inline, Inline::Text(text) if text.trim().is_empty()));
    match first {
        Some(Inline::Link { href: to, .. }) => to == href,
        Some(Inline::Styled { children, .. } | Inline::Language { children, .. }) => {
            opens_with_link(children, href)
        }
        _ => false,
    }
}

fn inline<'a>(content: &'a [Inline], out: &mut Events<'a>) {
    for node in content {
        match node {
            Inline::Text(text) => out.prose(text),
            Inline::Break => out.start(Tag::new("br")),
            Inline::Styled { style, children } => {
                let (tag, children) = saying_language(Tag::new(style.tag()), children);
                out.start(tag);
                inline(children, out);
                out.end(style.tag());
            }
            Inline::Language { lang, children } => {
                out.start(Tag::new("span").attr("lang", lang.as_str()));
                inline(children, out);
                out.end("span");
            }
            Inline::Link { href, children } => {
                let (tag, children) = saying_language(Tag::new("a").url("href", href), children);
                out.start(tag);
                out.links_open += 1;
                inline(children, out);
                out.links_open -= 1;
                out.end("a");
            }
        }
    }
}

/// `tag`, with the language of `children` when all of them are in one
/// (`<i lang="fr">`, as authors write it, rather than a `<span>` inside),
/// and the words to write inside it.
fn saying_language<'a>(tag: Tag<'a>, children: &'a [Inline]) -> (Tag<'a>, &'a [Inline]) {
    match children {
        [Inline::Language { lang, children }] => (tag.attr("lang", lang.as_str()), children),
        children => (tag, children),
    }
}

/// Where a web address found in prose links to: the address itself when
/// its scheme is `http` or `https` (in any case), or `http://` and the
/// address when it begins with `www.`; `None` for any other scheme
/// (`ftp://`, `javascript://`) and for a scheme or `www.` with nothing
/// after it.
fn web_address(url: &str) -> Option<Cow<'_, str>> {
    if let Some(host) = url.strip_prefix("www.") {
        return (!host.is_empty()).then(|| Cow::Owned(format!("http://{url}")));
    }
    let (scheme, rest) = url.split_once("://")?;
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    (web && !rest.is_empty()).then_some(Cow::Borrowed(url))
}

/// Where the e-mail address in a run of text between spaces starts and
/// ends (`toasoan@dantri.com.vn`, `(Email:toasoan@dantri.com.vn).`): ASCII
/// letters, digits and `. _ % + -` before the `@`; after it, labels of
/// letters, digits and `-` joined by dots, the last of two letters or
/// more. Written by hand: the crate made for finding links (`linkify`)
/// would read web addresses by rules of its own beside normalisation's,
/// and add to a module already three times its size aim.
fn email_in(chunk: &str) -> Option<(usize, usize)> {
    let at = chunk.find('@')?;
    let bytes = chunk.as_bytes();
    let in_local =
        |byte: u8| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'%' | b'+' | b'-');
    let in_domain = |byte: u8| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'-');
    // (Every byte passed over is ASCII: both ends are characters' boundaries.)
    let start = bytes[..at]
        .iter()
        .rposition(|&byte| !in_local(byte))
        .map_or(0, |before| before + 1);
    let start = start + bytes[start..at].iter().take_while(|&&byte| byte == b'.').count();
    let end = at
        + 1
        + bytes[at + 1..]
            .iter()
            .take_while(|&&byte| in_domain(byte))
            .count();
    let end = end
        - bytes[at + 1..end]
            .iter()
            .rev()
            .take_while(|&&byte| matches!(byte, b'.' | b'-'))
            .count();
    let (local, domain) = (&chunk[start..at], &chunk[at + 1..end]);
    let labels = domain
        .split('.')
        .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
    let top = domain.rsplit('.').next()?;
    // (`Nguyễn@abc.vn` is no address: its local part would begin mid-word.)
    let valid = !local.is_empty()
        && !chunk[..start].ends_with(char::is_alphanumeric)
        && !local.ends_with('.')
        && domain.contains('.')
        && labels
        && top.len() >= 2
        && top.bytes().all(|byte| byte.is_ascii_alphabetic());
    valid.then_some((start, end))
}

/// The list being built, with shorthands for the common shapes.
#[derive(Default)]
pub(super) struct Events<'a> {
    events: Vec<Event<'a>>,
    /// The indices of the text events that are the author's prose, where
    /// citations are looked for (not the headline, byline or dates).
    prose: Vec<usize>,
    /// How many of the author's links the text being added is inside.
    links_open: usize,
    /// Whether prose is written as the author wrote it, its web addresses
    /// not made links.
    as_written: bool,
}

impl<'a> Events<'a> {
    fn with_capacity(capacity: usize) -> Self {
        Events {
            events: Vec::with_capacity(capacity),
            prose: Vec::new(),
            links_open: 0,
            as_written: false,
        }
    }

    #[inline(never)]
    pub(super) fn start(&mut self, tag: Tag<'a>) {
        self.events.push(Event::Start(tag));
    }

    #[inline(never)]
    pub(super) fn end(&mut self, name: &'static str) {
        self.events.push(Event::End(name));
    }

    #[inline(never)]
    pub(super) fn text(&mut self, text: impl Into<Cow<'a, str>>) {
        self.events.push(Event::Text(text.into()));
    }

    /// Text of the author's prose, each web address in it a link (outside
    /// the author's own links): `https://…`, `http://…`, `www.…`, as
    /// normalisation reads them (see [`crate::normalize::urls`]).
    pub(super) fn prose(&mut self, text: &'a str) {
        // Every address holds `://`, `www.` or `@`: found by their first
        // byte (`w` is a letter Vietnamese does not write), most prose is
        // passed over at once.
        let bytes = text.as_bytes();
        let holds_address = text
            .match_indices(':')
            .any(|(at, _)| text[at + 1..].starts_with("//"))
            || (bytes.contains(&b'w') && text.contains("www."))
            || bytes.contains(&b'@');
        if self.links_open > 0 || self.as_written || !holds_address {
            self.prose_text(text);
            return;
        }
        // What is written so far; addresses are looked for in each run of
        // text between spaces, as normalisation looks for them.
        let mut written = 0;
        let mut offset = 0;
        for piece in text.split_inclusive(char::is_whitespace) {
            let chunk = piece.trim_end_matches(char::is_whitespace);
            for url in crate::normalize::urls(chunk) {
                if let Some(href) = web_address(&chunk[url.clone()]) {
                    written = self.prose_link(text, written, offset + url.start..offset + url.end, href);
                }
            }
            if written <= offset
                && let Some((start, end)) = email_in(chunk)
            {
                let href = format!("mailto:{}", &chunk[start..end]);
                written = self.prose_link(text, written, offset + start..offset + end, href.into());
            }
            offset += piece.len();
        }
        if written < text.len() {
            self.prose_text(&text[written..]);
        }
    }

    /// The prose of `text` from `written` up to `link`, then `link` as a
    /// link to `href`; returns where the link ends.
    fn prose_link(&mut self, text: &'a str, written: usize, link: Range<usize>, href: Cow<'a, str>) -> usize {
        if written < link.start {
            self.prose_text(&text[written..link.start]);
        }
        self.start(Tag::new("a").url("href", href));
        self.prose_text(&text[link.clone()]);
        self.end("a");
        link.end
    }

    fn prose_text(&mut self, text: &'a str) {
        self.prose.push(self.events.len());
        self.text(text);
    }

    /// An element holding only prose.
    #[inline(never)]
    fn prose_element(&mut self, tag: Tag<'a>, text: &'a str) {
        let name = tag.name;
        self.start(tag);
        self.prose(text);
        self.end(name);
    }

    /// A line break between blocks, so the markup reads line by line. It is
    /// a text node in the DOM too, which keeps both writers identical.
    fn newline(&mut self) {
        self.text("\n");
    }

    /// An element holding only text.
    #[inline(never)]
    pub(super) fn element(&mut self, tag: Tag<'a>, text: &'a str) {
        let name = tag.name;
        self.start(tag);
        self.text(text);
        self.end(name);
    }
}
