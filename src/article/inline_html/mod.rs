//! The inline HTML subset of paragraphs (`b strong i em u s del ins mark
//! small cite sub sup a[href] br`, and `lang` on any element, `span[lang]`
//! above all),
//! rebuilt from the tokens of [`tokens`] into [`Inline`] values; a `<q>`
//! as the quotation marks a browser draws around its words.
//!
//! Nothing of the input is passed through: tags outside the subset are
//! dropped and their text kept (the edges of a block, `<p>`, `<li>`, `<tr>`,
//! still part the texts around them with a line break, and a table's cells
//! with a space, as a browser shows them), links whose `href` is not allowed keep their
//! text without the link, character references are decoded into plain text
//! (the writers escape it again for its context), and comments and doctypes
//! vanish. Misnested end tags close every element opened after their match,
//! and the emphasis, links, underlines and struck words among those open
//! again before the next words, as browsers do for these formatting
//! elements (`<b><i>x</b>y</i>`: `y` in italics); an anchor inside another
//! closes it; a stray end tag is ignored.
//! Markup still open at the end (`<a href="…` cut off, `<!--` never closed)
//! is left out as a browser leaves it out, and reported. HTML that is one
//! plain table is read as a table block instead ([`table()`]), pictures as
//! figures ([`figures()`]), a player as an embed ([`embed()`]), and a body of blocks is cut into the pieces
//! each block is read from ([`pieces()`]).

mod body;
mod embed;
mod figure;
mod references;
mod references_table;
mod related;
mod table;
mod typed_markup;

pub(crate) use references::{whole_reference, whole_reference_len};
pub(crate) use typed_markup::{markup_in, tag_len, tag_name};
mod style_attribute;
mod tokens;
pub(crate) use tokens::hides_text;

pub(super) use body::{Piece, pieces};
pub(super) use embed::{embed, may_hold_embed, opens_post};
pub(crate) use figure::image_tag;
pub(super) use figure::{caption_and_credit, cut_at_figures, figures, open_noscript_pictures, opens_caption};
pub(super) use related::{RelatedStories, related_stories};
pub(super) use table::{Pictures, table};

use std::collections::BTreeMap;

use style_attribute::StyleSet;
use tokens::{Token, Tokens};

use super::parse::Problems;
use super::{Inline, InlineStyle, LanguageTag, Numbering};
use crate::Error;
use crate::normalize::to_lower;
use crate::render::safe_url;

/// How deep styled elements and links may nest. Real paragraphs nest two or
/// three; the cap keeps rendering's recursion shallow on hostile input.
pub(crate) const MAX_DEPTH: usize = 32;

/// How many characters of unclosed markup a problem quotes.
const UNCLOSED_SHOWN: usize = 40;

/// An element opened and not yet closed.
struct Open {
    element: Element,
    /// The language its words are in, when it names one.
    lang: Option<LanguageTag>,
    /// The styles its `style` attribute gives its words (`<span
    /// style="font-weight: bold">`).
    styles: StyleSet,
    /// How many start tags came before its own: the order in which
    /// elements closed early wait to be opened again, as a browser lists
    /// them (`<em><u><em style="font-weight: bold"></u>…</em>`: the end
    /// tag takes the bold one off the list, opened last).
    order: usize,
    children: Vec<Inline>,
}

#[derive(Clone)]
enum Element {
    Styled(InlineStyle),
    Link(String),
    /// An element outside the subset (`<span>`), opened for the language it
    /// names, or because one of its name is open and its end tag would
    /// otherwise close that one (`<span lang="en">a <span>b</span>
    /// c</span>`); or an anchor that is no link, which an anchor inside it
    /// closes. Its words are kept; the element is not.
    Other(String),
    /// A `<q>`, whose words a browser shows in quotation marks: kept as
    /// text, the opening one when it opens, the closing one (held here)
    /// when it closes, however that is (its end tag, a misnested end tag,
    /// the end of the HTML).
    Quote(&'static str),
}

impl Open {
    fn new(element: Element, lang: Option<LanguageTag>, styles: StyleSet, order: usize) -> Self {
        Open {
            element,
            lang,
            styles,
            order,
            children: Vec::new(),
        }
    }

    /// The element opened again after a browser's parser closed it early,
    /// when it is one of [`is_formatting`]'s, in the language and the
    /// styles it names.
    fn reopened(&self) -> Option<Open> {
        is_formatting(self.tag())
            .then(|| Open::new(self.element.clone(), self.lang.clone(), self.styles, self.order))
    }

    /// The styles its words are shown in, by its tag and its `style`, of
    /// those a `style` attribute can give.
    fn shows(&self) -> StyleSet {
        match self.element {
            Element::Styled(style) => self.styles.with(StyleSet::of(style)),
            _ => self.styles,
        }
    }

    fn tag(&self) -> &str {
        match &self.element {
            Element::Styled(style) => style.tag(),
            Element::Link(_) => "a",
            Element::Other(name) => name,
            Element::Quote(_) => "q",
        }
    }

    /// Adds what the element shows to `parent`'s children, inside
    /// elements that show the styles `around`; its words alone when it is
    /// `repeated` inside an element of its style.
    fn close_into(self, parent: &mut Vec<Inline>, around: StyleSet, repeated: bool) {
        // An element with nothing in it shows nothing; an empty link would
        // be a link a screen reader announces without a name.
        if self.children.is_empty() && !matches!(self.element, Element::Quote(_)) {
            return;
        }
        let mut children = self.children;
        // Its `style`'s styles, but those its tag shows (`<sup
        // style="vertical-align: super">` is raised once) or the elements
        // around show already (`<b><span style="font-weight: bold">`).
        let own = match self.element {
            Element::Styled(style) => StyleSet::of(style),
            _ => StyleSet::default(),
        };
        if !children.is_empty() {
            for style in self.styles.without(own).beyond(around).styles().rev() {
                children = vec![Inline::Styled { style, children }];
            }
        }
        if let Some(lang) = self.lang
            && !children.is_empty()
        {
            children = vec![Inline::Language { lang, children }];
        }
        match self.element {
            Element::Styled(style) if !repeated => parent.push(Inline::Styled { style, children }),
            Element::Link(href) => parent.push(Inline::Link { href, children }),
            Element::Styled(_) | Element::Other(_) | Element::Quote(_) => {
                for child in children {
                    match child {
                        Inline::Text(text) => push_text(parent, &text),
                        child => parent.push(child),
                    }
                }
                if let Element::Quote(closing) = self.element {
                    push_text(parent, closing);
                }
            }
        }
    }
}

/// Parses `html`; `path` names the field in the problems it reports.
pub(super) fn parse(html: &str, path: &str, problems: &mut Problems) -> Vec<Inline> {
    let mut root = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    // Each dropped tag is reported once, in the order first met; the map
    // (of each to its place in the list) keeps a paragraph of thousands of
    // different tags from being quadratic. A map rather than a set: the
    // crate's other maps are `BTreeMap<String, usize>`, and each other kind
    // of map or set costs the wasm module about 3.5 KB.
    let mut dropped_tags: Vec<String> = Vec::new();
    let mut dropped_seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut too_deep = false;
    // What the edges of dropped elements since the last text leave before
    // the next (`<p>A</p><p>B</p>` reads as two lines, not `AB`), and
    // whether any text came before.
    let mut gap = Gap::None;
    let mut has_text = false;
    // How many elements were open where the gap began: what it leaves goes
    // there, before the inline elements opened since (`<p>A</p><a>B</a>`
    // reads `A<br><a>B</a>`, the link's text not beginning with a break).
    let mut gap_depth = 0;
    // The emphasis and links an end tag closed early, other than their own
    // (`<b><i>x</b>y</i>`: the `<i>`), which a browser opens again before
    // the next words or inline element (HTML's reconstruction of the active
    // formatting elements): `y` is in italics.
    let mut to_reopen: Vec<Open> = Vec::new();
    let mut start_tags = 0;

    let mut tokens = Tokens::new(html);
    while let Some(token) = tokens.next() {
        gap_depth = match gap {
            Gap::None => open.len(),
            _ => gap_depth.min(open.len()),
        };
        let line = match open.last() {
            Some(element) => &element.children,
            None => &root,
        };
        let Some(token) = letters_as_text(token, (gap == Gap::None).then_some(line), &tokens) else {
            continue;
        };
        // Words and inline elements go inside what an end tag closed early.
        let goes_inside = match &token {
            Token::Text(_) => true,
            Token::Start { name, .. } => Gap::at_edge_of(name) == Gap::None,
            _ => false,
        };
        if goes_inside {
            for element in to_reopen.drain(..) {
                if open.len() < MAX_DEPTH {
                    open.push(element);
                } else {
                    too_deep = true;
                }
            }
        }
        // How many elements of the token's name are open, when it opens
        // one: for a `<q>`, how deep its quotation is.
        let same_open = match &token {
            Token::Start { name, .. } => open.iter().filter(|element| element.tag() == name).count(),
            _ => 0,
        };
        let brings_words = match &token {
            Token::Text(text) => !text.trim_start_matches(is_html_space).is_empty(),
            Token::Start { name, .. } => name == "q",
            _ => false,
        };
        if brings_words && gap_depth < open.len() {
            let outside = match gap_depth.checked_sub(1) {
                Some(parent) => &mut open[parent].children,
                None => &mut root,
            };
            push_gap(outside, &mut gap, has_text);
        }
        let depth = open.len();
        let children = match open.last_mut() {
            Some(element) => &mut element.children,
            None => &mut root,
        };
        let loads_posts = embed::loads_posts(&token);
        match token {
            Token::Text(text) => push_words(children, &text, &mut gap, &mut has_text),
            Token::Start {
                name,
                href,
                lang,
                styles,
                ..
            } => {
                let order = start_tags;
                start_tags += 1;
                let style = InlineStyle::from_tag(&name);
                gap = gap.max(Gap::at_edge_of(&name));
                let names_language = lang.is_some();
                let lang = lang.and_then(|lang| language(lang, path, problems));
                // Elements that hold nothing have no language of their own.
                let holds_words = !VOID_ELEMENTS.contains(&name.as_str()) && !hides_text(&name);
                let must_open = holds_words && (lang.is_some() || same_open > 0 || name == "q");
                // An inline element outside the subset (`<span>`, `<font>`)
                // is opened too, as deep as the subset's may be, so that
                // its end tag closes what was opened inside it
                // (`<span><sub>2</span> x`: `x` is no subscript).
                let is_inline = holds_words && Gap::at_edge_of(&name) == Gap::None;
                let opens_other = must_open || is_inline && depth < MAX_DEPTH;
                let styled = style.is_some() || is_inline && !styles.is_empty();
                if name == "br" {
                    children.push(Inline::Break);
                } else if (styled || name == "a" || must_open) && depth >= MAX_DEPTH {
                    too_deep = true;
                } else if let Some(style) = style {
                    open.push(Open::new(Element::Styled(style), lang, styles, order));
                } else if name == "a" {
                    // An anchor inside another closes it and every element
                    // opened after it, as a browser's parser does (HTML's
                    // adoption agency algorithm), and the emphasis among
                    // them is opened again around what follows.
                    if let Some(at) = open.iter().rposition(|element| element.tag() == "a") {
                        let reopened = close_from(&mut open, &mut root, at);
                        open.extend(reopened);
                    }
                    // An anchor without an allowed `href` is no link: its
                    // text stays where it is (in the language it names, if
                    // it names one).
                    let link = href.and_then(|href| match safe_url(&href) {
                        Some(safe) => Some(Element::Link(safe.to_owned())),
                        None => {
                            problems.push(Error::UnsafeLink {
                                path: path.to_owned().into(),
                                href,
                            });
                            None
                        }
                    });
                    open.push(Open::new(
                        link.unwrap_or(Element::Other(name)),
                        lang,
                        styles,
                        order,
                    ));
                } else {
                    // A `<span>` that names a language or styles of the
                    // subset is read whole (one that names no language is
                    // reported for its `lang`), and so is a `<q>`, its marks
                    // being text; any other element outside the subset is
                    // reported.
                    let read_whole = name == "span" && (names_language || !styles.is_empty()) || name == "q";
                    if !read_whole && !dropped_seen.contains_key(&name) && !loads_posts {
                        dropped_seen.insert(name.clone(), dropped_tags.len());
                        dropped_tags.push(name.clone());
                    }
                    if opens_other {
                        let element = if name == "q" {
                            let (opening, closing) = quote_marks(same_open);
                            push_words(children, opening, &mut gap, &mut has_text);
                            Element::Quote(closing)
                        } else {
                            Element::Other(name)
                        };
                        open.push(Open::new(element, lang, styles, order));
                    }
                }
            }
            Token::End(name) => {
                gap = gap.max(Gap::at_edge_of(&name));
                // The end tag of one waiting to be opened again only takes it
                // off the list.
                if let Some(at) = to_reopen.iter().rposition(|element| element.tag() == name) {
                    to_reopen.remove(at);
                } else if let Some(position) = open.iter().rposition(|element| element.tag() == name) {
                    for element in close_from(&mut open, &mut root, position) {
                        let at = to_reopen.partition_point(|waiting| waiting.order < element.order);
                        to_reopen.insert(at, element);
                    }
                }
            }
            Token::Unclosed(markup) => problems.push(Error::UnclosedMarkup {
                path: path.to_owned().into(),
                markup: markup.chars().take(UNCLOSED_SHOWN).collect(),
                hidden: markup.chars().count().saturating_sub(UNCLOSED_SHOWN),
            }),
        }
    }
    while !open.is_empty() {
        close_last(&mut open, &mut root);
    }

    problems.extend(dropped_tags.into_iter().map(|tag| Error::UnsupportedTag {
        path: path.to_owned().into(),
        tag,
    }));
    if too_deep {
        problems.push(Error::TooDeep {
            path: path.to_owned().into(),
            limit: MAX_DEPTH,
        });
    }
    root
}

/// Whether the element `name` is one of the subset's that HTML counts
/// among its formatting elements, which its parser opens again after an
/// end tag closed them early: emphasis, underline, struck words, small
/// print and anchors (`b strong i em u s small a`; not `sub`, `sup`,
/// `del`, `ins`, `mark` or `cite`).
pub(super) fn is_formatting(name: &str) -> bool {
    matches!(name, "b" | "strong" | "i" | "em" | "u" | "s" | "small" | "a")
}

/// Adds `text` to `children`, with what the edges of dropped elements
/// since the last text leave (`gap`) where its visible text begins: white
/// space beside a block's edge shows nothing. `has_text` says whether any
/// visible text came before.
fn push_words(children: &mut Vec<Inline>, text: &str, gap: &mut Gap, has_text: &mut bool) {
    let visible = text.trim_start_matches(is_html_space);
    if *gap != Gap::None && !visible.is_empty() {
        let space = &text[..text.len() - visible.len()];
        if !space.is_empty() {
            push_text(children, space);
        }
        push_gap(children, gap, *has_text);
        push_text(children, visible);
    } else {
        push_text(children, text);
    }
    *has_text |= !visible.is_empty();
}

/// Adds to `children` what `gap` leaves before the next words (nothing
/// before the first, `has_text` being false), and clears it.
fn push_gap(children: &mut Vec<Inline>, gap: &mut Gap, has_text: bool) {
    match gap {
        Gap::Line if has_text => children.push(Inline::Break),
        Gap::Space if has_text => push_text(children, " "),
        _ => {}
    }
    *gap = Gap::None;
}

/// The quotation marks a browser draws around a `<q>` inside `depth`
/// others, as Vietnamese typesetting writes them: “ ” outside, ‘ ’ within,
/// and deeper (CSS's `quotes` repeats its last pair).
fn quote_marks(depth: usize) -> (&'static str, &'static str) {
    if depth == 0 {
        ("“", "”")
    } else {
        ("‘", "’")
    }
}

/// `content` without the HTML spaces at its edges, which a browser does
/// not show (`<p>\n  Một đoạn.\n</p>`): a paragraph's, a cell's.
pub(in crate::article) fn trim_edges(content: &mut Vec<Inline>) {
    if let Some(Inline::Text(first)) = content.first_mut() {
        *first = first.trim_start_matches(is_html_space).to_owned();
    }
    if let Some(Inline::Text(last)) = content.last_mut() {
        last.truncate(last.trim_end_matches(is_html_space).len());
    }
    content.retain(|node| !matches!(node, Inline::Text(text) if text.is_empty()));
}

/// An `<img>` drawn in the line as a letter is (an emoji, a smiley, an
/// icon: [`figure::is_letter`]) read as its text alternative, which says
/// what it does (`😀`, `:)`), or as nothing when the words right beside
/// it say it already: a team's crest before or after its name (`<img
/// alt="Hà Nội FC" width="20"> Hà Nội FC`, `Hà Nội FC <img …>`,
/// `<img …> <b>Hà Nội FC</b>`), the words before being the `line` read
/// so far (`None` when a block's edge parts them from the picture), those
/// after read from the tokens `ahead`. Any other token as it is.
fn letters_as_text<'a>(token: Token<'a>, line: Option<&[Inline]>, ahead: &Tokens<'_>) -> Option<Token<'a>> {
    match token {
        Token::Start {
            name,
            attributes: Some(attributes),
            ..
        } if name == "img"
            && figure::is_letter(&attributes)
            && attributes
                .alt
                .as_deref()
                .is_some_and(|alt| !alt.trim_matches(is_html_space).is_empty()) =>
        {
            let alt = attributes.alt.unwrap_or_default();
            let words = alt.trim_matches(is_html_space);
            let said =
                line.is_some_and(|line| ends_with_words(line, words)) || said_after(ahead.clone(), words);
            (!said).then(|| Token::Text(alt.into()))
        }
        token => Some(token),
    }
}

/// Whether the words the tokens `ahead` begin with, in an element of the
/// line or not (`<b>Hà Nội FC</b>`), open with `words`.
fn said_after(mut ahead: Tokens<'_>, words: &str) -> bool {
    // Past spaces and the start tags of the line's elements (`<a><b>…`),
    // five tokens at most.
    for _ in 0..5 {
        match ahead.next() {
            Some(Token::Text(text)) if text.trim_matches(is_html_space).is_empty() => {}
            Some(Token::Text(text)) => return opens_with_words(&text, words),
            Some(Token::Start { name, .. }) if Gap::at_edge_of(&name) == Gap::None && name != "img" => {}
            _ => return false,
        }
    }
    false
}

/// Whether `line`, read so far, ends with `words` (in any case) after a
/// word's start, in an element of the line or not (`<b>Hà Nội FC</b> `).
fn ends_with_words(line: &[Inline], words: &str) -> bool {
    let Some(last) = (line.iter().rev())
        .find(|node| !matches!(node, Inline::Text(text) if text.trim_matches(is_html_space).is_empty()))
    else {
        return false;
    };
    match last {
        Inline::Text(text) => begins_with_words(
            text.trim_end_matches(is_html_space).chars().rev(),
            words.chars().rev(),
        ),
        Inline::Styled { children, .. }
        | Inline::Link { children, .. }
        | Inline::Language { children, .. } => ends_with_words(children, words),
        Inline::Break => false,
    }
}

/// Whether `text`, past the spaces at its start, opens with `words` (in
/// any case) and a word's end.
fn opens_with_words(text: &str, words: &str) -> bool {
    begins_with_words(text.trim_start_matches(is_html_space).chars(), words.chars())
}

/// Whether the characters of `text` begin with those of `words`, in any
/// case of Vietnamese's letters (the crate's own table, where
/// `char::to_lowercase`'s would cost the wasm module 6 KB gzipped), then
/// end a word: read forwards or, both reversed, backwards.
fn begins_with_words(mut text: impl Iterator<Item = char>, mut words: impl Iterator<Item = char>) -> bool {
    words.all(|c| text.next().is_some_and(|t| to_lower(t) == to_lower(c)))
        && !text.next().is_some_and(char::is_alphanumeric)
}

/// Whether a browser shows the edge of element `tag` (in small letters)
/// between two words as a break: a block's (`<p>`, `<div>`, `<li>`), a
/// table cell's, a line break.
pub(crate) fn breaks_text(tag: &str) -> bool {
    tag == "br" || Gap::at_edge_of(tag) != Gap::None
}

/// Whether element `tag` (in small letters) is laid out as a block
/// (`<p>`, `<div>`, `<li>`, `<h2>`): the text before its edge and the text
/// after it are two blocks of text.
pub(crate) fn is_block(tag: &str) -> bool {
    Gap::at_edge_of(tag) == Gap::Line
}

/// What the edge of an element outside the subset leaves between the text
/// before and after it, as a browser shows them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    /// Nothing: an inline element (`<span>`, `<font>`).
    None,
    /// A space: a table's cell (`<td>ô</td><td>ô</td>`).
    Space,
    /// A new line: a block (`<p>`, `<div>`, `<li>`, `<h2>`, `<tr>`).
    Line,
}

impl Gap {
    fn at_edge_of(tag: &str) -> Gap {
        /// The elements a browser lays out as blocks, that a paragraph's
        /// HTML may bring from a page.
        const BLOCKS: &[&str] = &[
            "address",
            "article",
            "aside",
            "blockquote",
            "caption",
            "dd",
            "div",
            "dl",
            "dt",
            "figcaption",
            "figure",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "table",
            "tbody",
            "tfoot",
            "thead",
            "tr",
            "ul",
        ];
        if BLOCKS.contains(&tag) {
            Gap::Line
        } else if matches!(tag, "td" | "th") {
            Gap::Space
        } else {
            Gap::None
        }
    }
}

/// HTML's void elements: they have no end tag, and hold nothing.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
];

/// The white space that HTML collapses (not U+00A0, which it keeps).
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}')
}

/// Closes the elements open from `at` on, innermost first, as a browser's
/// parser closes them at an end tag of the one at `at` (or an anchor's
/// start tag, for an anchor); the emphasis and anchors among those opened
/// after it, to open again ([`Open::reopened`]).
fn close_from(open: &mut Vec<Open>, root: &mut Vec<Inline>, at: usize) -> Vec<Open> {
    let reopened = open[at + 1..].iter().filter_map(Open::reopened).collect();
    while open.len() > at {
        close_last(open, root);
    }
    reopened
}

fn close_last(open: &mut Vec<Open>, root: &mut Vec<Inline>) {
    let Some(closed) = open.pop() else {
        return;
    };
    let around = (open.iter()).fold(StyleSet::default(), |around, element| {
        around.with(element.shows())
    });
    // Bold in bold shows nothing more (`<b><p><b>…</b></p></b>`, an
    // editor's `<strong><strong>`, `<span style="font-weight: bold">…<b>`).
    let repeated = match closed.element {
        Element::Styled(style) => {
            style.nests_unseen()
                && (open.iter()).any(|element| {
                    matches!(element.element, Element::Styled(its) if its == style)
                        || element.styles.styles().any(|its| its == style)
                })
        }
        _ => false,
    };
    match open.last_mut() {
        Some(parent) => closed.close_into(&mut parent.children, around, repeated),
        None => closed.close_into(root, around, repeated),
    }
}

/// The language the element whose HTML `outer` is names (`<p
/// lang="en">…</p>`): see [`language`].
pub(super) fn element_language(outer: &str, path: &str, problems: &mut Problems) -> Option<LanguageTag> {
    match Tokens::new(outer).next() {
        Some(Token::Start { lang: Some(lang), .. }) => language(lang, path, problems),
        _ => None,
    }
}

/// The language a `lang` attribute names; `None`, and a problem at
/// `path`, when it names none (`lang="English"`): its words are then read
/// in the language around them. An empty `lang` says the language is not
/// known, which is what reading them so says too.
pub(super) fn language(lang: String, path: &str, problems: &mut Problems) -> Option<LanguageTag> {
    let tag = lang.trim_matches(is_html_space);
    if tag.is_empty() {
        return None;
    }
    let read = LanguageTag::try_from(tag.to_owned()).ok();
    if read.is_none() {
        problems.push(Error::UnknownLanguage {
            path: path.to_owned().into(),
            lang,
        });
    }
    read
}

/// Appends text, joining it to the text before it so that a dropped tag
/// leaves one run of text rather than two.
fn push_text(children: &mut Vec<Inline>, text: &str) {
    match children.last_mut() {
        Some(Inline::Text(last)) => last.push_str(text),
        _ => children.push(Inline::Text(text.to_owned())),
    }
}

/// How the `<ol>` whose HTML `html` is counts: in letters for `type="a"`,
/// as a document's points (a, b, c, d, đ: the Vietnamese letters, where
/// HTML's would go on with e), else in digits; and from its `start` (read
/// as HTML reads a number: `3`, ` +3`), or 1 without one or for one below
/// 1, which the model's lists do not count from.
pub(in crate::article) fn list_counting(html: &str) -> (Numbering, u32) {
    let attributes = match Tokens::new(html).next() {
        Some(Token::Start {
            attributes: Some(attributes),
            ..
        }) => attributes,
        _ => return (Numbering::Digits, 1),
    };
    let numbering = match attributes.kind.as_deref() {
        // As HTML reads `type`: `a` and `A`, `i` and `I` differ.
        Some("a") => Numbering::Letters,
        Some("A") => Numbering::Capitals,
        Some("I") => Numbering::Roman,
        Some("i") => Numbering::SmallRoman,
        _ => Numbering::Digits,
    };
    let start = (attributes.start.as_deref())
        .and_then(tokens::non_negative_integer)
        .filter(|&start| start > 0);
    (numbering, start.unwrap_or(1))
}

/// Whether `html` holds `tag` (`<table`), in any case: a quick look before
/// reading it as what the tag begins.
pub(in crate::article) fn holds_tag(html: &str, tag: &str) -> bool {
    (html.as_bytes().windows(tag.len())).any(|window| window.eq_ignore_ascii_case(tag.as_bytes()))
}

/// `text` as a browser shows it: runs of HTML's spaces one space, none at
/// the ends.
pub(super) fn collapsed(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_html_space).filter(|word| !word.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(html: &str) -> (Vec<Inline>, Vec<Error>) {
        let mut problems = Problems::default();
        let content = parse(html, "html", &mut problems);
        (content, problems.into_vec())
    }

    fn text(text: &str) -> Inline {
        Inline::Text(text.to_owned())
    }

    #[test]
    fn a_style_attribute_shows_its_styles_once() {
        let styled = |style, children| Inline::Styled { style, children };
        for (html, expected) in [
            (
                "<span style=\"font-weight: bold; font-style: italic\">x</span> y",
                vec![
                    styled(
                        InlineStyle::Bold,
                        vec![styled(InlineStyle::Italic, vec![text("x")])],
                    ),
                    text(" y"),
                ],
            ),
            // Raised once, by the tag and its style alike.
            (
                "m<sup style=\"vertical-align: super\">2</sup>",
                vec![text("m"), styled(InlineStyle::Superscript, vec![text("2")])],
            ),
            // Bold inside strong words shows nothing more; italics do.
            (
                "<strong><em style=\"font-weight: 700; font-style: italic\">x</em></strong>",
                vec![styled(
                    InlineStyle::Strong,
                    vec![styled(InlineStyle::Emphasis, vec![text("x")])],
                )],
            ),
            // Nor does a bold tag inside words a style makes bold.
            (
                "<span style=\"font-weight: bold\">a <b>b</b></span>",
                vec![styled(InlineStyle::Bold, vec![text("a b")])],
            ),
            // A formatting element opened again keeps its style.
            (
                "<b><u style=\"font-style: italic\">x</b>y</u>",
                vec![
                    styled(
                        InlineStyle::Bold,
                        vec![styled(
                            InlineStyle::Underline,
                            vec![styled(InlineStyle::Italic, vec![text("x")])],
                        )],
                    ),
                    styled(
                        InlineStyle::Underline,
                        vec![styled(InlineStyle::Italic, vec![text("y")])],
                    ),
                ],
            ),
        ] {
            let (content, problems) = parse_ok(html);
            assert_eq!(content, expected, "{html}");
            assert!(problems.is_empty(), "{html}: {problems:?}");
        }
    }

    #[test]
    fn a_picture_drawn_as_a_letter_reads_as_its_text_alternative_once() {
        let crest = |alt: &str| format!("<img src=\"c.png\" alt=\"{alt}\" width=\"20\" height=\"20\">");
        for (html, expected) in [
            (format!("Vui {} quá", crest(":)")), "Vui :) quá"),
            // Said by the words right after it: read once.
            (
                format!("{} Hà Nội FC thắng", crest("Hà Nội FC")),
                " Hà Nội FC thắng",
            ),
            (format!("{}HÀ NỘI FC", crest("Hà Nội FC")), "HÀ NỘI FC"),
            // Not when the words go on with more of a word, or are not
            // right after it.
            (
                format!("{} Hà Nội FCB", crest("Hà Nội FC")),
                "Hà Nội FC Hà Nội FCB",
            ),
            // In bold after it, or before it, bold or not: once.
            (format!("{} <b>Hà Nội FC</b>", crest("Hà Nội FC")), " Hà Nội FC"),
            (
                format!("<a href=\"/doi-bong\"><b>Hà Nội FC</b></a>{}", crest("Hà Nội FC")),
                "Hà Nội FC",
            ),
            (
                format!("Thắng: Hà Nội FC {} 2-1", crest("HÀ NỘI FC")),
                "Thắng: Hà Nội FC  2-1",
            ),
            // Not across a line, nor when the words before end inside a
            // longer word.
            (
                format!("Hà Nội FC<br>{}", crest("Hà Nội FC")),
                "Hà Nội FCHà Nội FC",
            ),
            (
                format!("Đội CHà Nội FC {}", crest("Hà Nội FC")),
                "Đội CHà Nội FC Hà Nội FC",
            ),
        ] {
            let (content, problems) = parse_ok(&html);
            let mut texts = Vec::new();
            crate::article::collect_inline_texts(&content, &mut texts);
            assert_eq!(texts.concat(), expected, "{html}");
            assert_eq!(problems, [], "{html}");
        }
    }

    #[test]
    fn keeps_the_subset_and_decodes_entities() {
        let (content, problems) = parse_ok("Giá <b>1.800&nbsp;đ</b><br/>H<sub>2</sub>O &amp; CO<sup>2</sup>");
        assert_eq!(
            content,
            vec![
                text("Giá "),
                Inline::Styled {
                    style: InlineStyle::Bold,
                    children: vec![text("1.800\u{a0}đ")]
                },
                Inline::Break,
                text("H"),
                Inline::Styled {
                    style: InlineStyle::Subscript,
                    children: vec![text("2")]
                },
                text("O & CO"),
                Inline::Styled {
                    style: InlineStyle::Superscript,
                    children: vec![text("2")]
                },
            ]
        );
        assert!(problems.is_empty());
    }

    #[test]
    fn drops_other_tags_but_keeps_their_text() {
        // But for what a browser does not show: a script's code.
        let (content, problems) =
            parse_ok("<span class=x>Hà <font>Nội</font></span> <script>if (a<b) x()</script>mưa");
        assert_eq!(content, vec![text("Hà Nội mưa")]);
        let tags: Vec<_> = problems
            .iter()
            .map(|problem| match problem {
                Error::UnsupportedTag { tag, .. } => tag.as_str(),
                other => panic!("unexpected {other}"),
            })
            .collect();
        assert_eq!(tags, ["span", "font", "script"]);
    }

    #[test]
    fn the_edges_of_dropped_blocks_and_cells_part_their_texts() {
        let (content, _) = parse_ok("<p>Đoạn một</p>\n<p><b>Đoạn</b> hai</p><ul><li>A</li><li>B</li></ul>");
        assert_eq!(
            content,
            vec![
                text("Đoạn một\n"),
                // Before the bold words, not inside them.
                Inline::Break,
                Inline::Styled {
                    style: InlineStyle::Bold,
                    children: vec![text("Đoạn")]
                },
                text(" hai"),
                Inline::Break,
                text("A"),
                Inline::Break,
                text("B"),
            ]
        );
        let (content, _) = parse_ok("Giá<table><tr><td>1.800</td><td>đ</td></tr></table>");
        assert_eq!(content, vec![text("Giá"), Inline::Break, text("1.800 đ")]);
        // Inline elements part nothing.
        let (content, _) = parse_ok("Hà<span>Nội</span>");
        assert_eq!(content, vec![text("HàNội")]);
    }

    #[test]
    fn words_in_another_language_keep_it() {
        let en = |children| Inline::Language {
            lang: LanguageTag::try_from("en".to_owned()).unwrap(),
            children,
        };
        // A span inside closes itself, not the one that names the language.
        let (content, problems) = parse_ok("<span lang=en>a <span>b</span> c</span> d");
        assert_eq!(content, vec![en(vec![text("a b c")]), text(" d")]);
        assert!(matches!(&problems[..], [Error::UnsupportedTag { tag, .. }] if tag == "span"));
        // On an element of the subset, on an anchor that is no link, and on
        // one outside the subset, which is reported for itself.
        let (content, problems) = parse_ok("<i lang=en>x</i><a lang=en>y</a><font lang=en>z</font>");
        let italic = Inline::Styled {
            style: InlineStyle::Italic,
            children: vec![en(vec![text("x")])],
        };
        assert_eq!(content, vec![italic, en(vec![text("y")]), en(vec![text("z")])]);
        assert!(matches!(&problems[..], [Error::UnsupportedTag { tag, .. }] if tag == "font"));
        // An element that holds no words names no language for them; an
        // empty `lang` names none, and one that is no language tag is
        // reported.
        let (content, problems) =
            parse_ok("<br lang=en>t<span lang=''>u</span><span lang='tiếng Anh'>v</span>");
        assert_eq!(content, vec![Inline::Break, text("tuv")]);
        assert!(matches!(&problems[..], [Error::UnknownLanguage { lang, .. }] if lang == "tiếng Anh"));
    }

    #[test]
    fn unsafe_links_keep_their_text() {
        let (content, problems) = parse_ok("<a href=' JaVaScRiPt:alert(1)'>bấm</a> <a href=\"/tin\">tin</a>");
        assert_eq!(
            content,
            vec![
                text("bấm "),
                Inline::Link {
                    href: "/tin".into(),
                    children: vec![text("tin")]
                }
            ]
        );
        assert!(matches!(&problems[..], [Error::UnsafeLink { href, .. }] if href == " JaVaScRiPt:alert(1)"));
    }

    #[test]
    fn misnested_end_tags_close_what_was_opened_after_their_match_and_its_emphasis_goes_on() {
        // As a browser shows it: `c` in italics, not bold.
        let (content, _) = parse_ok("<b>a<i>b</b>c</i>");
        assert_eq!(
            content,
            vec![
                Inline::Styled {
                    style: InlineStyle::Bold,
                    children: vec![
                        text("a"),
                        Inline::Styled {
                            style: InlineStyle::Italic,
                            children: vec![text("b")]
                        }
                    ]
                },
                Inline::Styled {
                    style: InlineStyle::Italic,
                    children: vec![text("c")]
                },
            ]
        );
    }

    #[test]
    fn deep_nesting_is_capped_without_losing_text() {
        // Raised words, which nest as deep as they are written (bold in bold
        // is one bold).
        let html = "<sup>".repeat(100_000) + "sâu" + &"</sup>".repeat(100_000);
        let (content, problems) = parse_ok(&html);
        let mut depth = 0;
        let mut node = &content[0];
        while let Inline::Styled { children, .. } = node {
            depth += 1;
            node = &children[0];
        }
        assert_eq!(depth, MAX_DEPTH);
        assert_eq!(node, &text("sâu"));
        assert!(matches!(&problems[..], [Error::TooDeep { limit: MAX_DEPTH, .. }]));
    }
}
