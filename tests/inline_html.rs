//! The paragraph's HTML is read as a browser reads it: for HTML made of
//! pieces that tokenizers are known to trip on (references with and without
//! semicolons, comments in every shape, unfinished tags, raw text elements,
//! quotes and `=` in attributes), the text our reader keeps equals the
//! text html5ever (the HTML parser of Servo, through `scraper`) gives the
//! same HTML, but for what a browser does not show (a script's code, a
//! style sheet, `<noscript>` with scripts on), and the link targets are the
//! same. HTML holding
//! blocks (`<div>`, `<p>`) is read as a body of blocks: their text is
//! compared without the spaces between them, and without a block that
//! shows nothing, which is left out and reported. For inline markup alone
//! (emphasis, struck words, quotations, links, nested and misnested, and
//! styles given by `style` attributes), each word is in the styles and
//! links a browser shows it in.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use proptest::prelude::*;
use scraper::{ElementRef, Html, Selector};
use vn_article::render::safe_url;
use vn_article::{Article, Block, Inline, InlineStyle};

/// Pieces to join at random. Left out, because the tree builder (not the
/// tokenizer) changes them and a paragraph has no tree builder: NUL and CR
/// (dropped and folded by the parser), tables (their text is moved before
/// them), `<pre>` and `<textarea>` (their first line feed is dropped),
/// `<select>`, SVG and MathML (other rules for CDATA); and `<q>`, whose
/// quotation marks a browser draws where its tree ends it, which a block
/// or a picture inside it moves (`<q>a<p>b</q>c` ends after `c`): it is
/// among [`INLINE_PIECES`].
const PIECES: &[&str] = &[
    "Hà Nội",
    "a",
    " ",
    "\n",
    "\t",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "=",
    "/",
    "!",
    "-",
    "?",
    "x1",
    "&amp;",
    "&amp",
    "&nbsp",
    "&nbsp;",
    "&not",
    "&notin;",
    "&notit;",
    "&#273;",
    "&#x111",
    "&#x80;",
    "&lt",
    "&GT",
    "&#0;",
    "&#xD800;",
    "&#99999999;",
    "&#",
    "&#x",
    "&CounterClockwiseContourIntegral;",
    "&hellip;",
    "<b>",
    "</b>",
    "<i>",
    "</I>",
    "<em>",
    "</em>",
    "<sup>",
    "</sup>",
    "<s>",
    "</s>",
    "<del>",
    "</del>",
    "<mark>",
    "</mark>",
    "<br>",
    "<br/>",
    "</br>",
    "<a href=\"/tin?a=1&copy=2&amp;b=3\">",
    "<a href='/x'>",
    "<a href=/y>",
    "<a title=\"t>\" href=/z>",
    "<a href>",
    "</a>",
    "<span class=\"c\">",
    "<span lang=\"en\">",
    "<span lang=fr-CA>",
    "<span lang=\"English\">",
    "<span style=\"font-weight: bold\">",
    "<span style='text-decoration: line-through; font-style: italic'>",
    "</span>",
    "<i lang=\"en\">",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<!--",
    "-->",
    "--!>",
    "<!-->",
    "<!--->",
    "<!-- c -->",
    "<!DOCTYPE html>",
    "<![CDATA[x]]>",
    "<?php ?>",
    "</>",
    "</ x>",
    "<script>",
    "</script>",
    "</script",
    "<style>",
    "</style>",
    "<title>",
    "</title>",
    "<noscript>",
    "</noscript>",
    "<xmp>",
    "</xmp>",
    "<b",
    "<a href=\"",
    "<img src=x alt=\"y\">",
];

/// Inline markup to join at random: `<q>`s and the subset's styles,
/// nested, misnested, left open, in links and around them. A browser
/// draws a quotation's marks where its tree builder ends it: at an end
/// tag that closes the quotation early, or at an `<a>` that closes the
/// link it is in, one the tree builder opened again too (`<q><a></q><q><a>`
/// closes the second quotation before the second link). And it shows
/// each word in the styles its tree puts it in: those an end tag closed
/// early are opened again, when they are formatting elements (`<b>`,
/// `<u>`, `<s>`, `<small>`), and not otherwise (`<sup>`, `<del>`,
/// `<mark>`).
const INLINE_PIECES: &[&str] = &[
    "Hà Nội",
    " ",
    "<q>",
    "<q lang=en>",
    "</q>",
    "<b>",
    "</b>",
    "<em>",
    "</em>",
    "<sup>",
    "</sup>",
    "<u>",
    "</u>",
    "<s>",
    "</s>",
    "<small>",
    "</small>",
    "<del>",
    "</del>",
    "<ins>",
    "</ins>",
    "<mark>",
    "</mark>",
    "<cite>",
    "</cite>",
    "<span lang=\"en\">",
    "<span style=\"font-weight: bold\">",
    "<span style='text-decoration: line-through; font-style: italic'>",
    "<span style=\"vertical-align: super\">",
    "<em style=\"font-weight:700\">",
    "</span>",
    "<a href='/x'>",
    "<a href=\"/y\" style=\"text-decoration: underline\">",
    "<a>",
    "</a>",
    "<br>",
    "&amp;",
    "<!-- c -->",
];

/// Runs of text, each with the styles of the subset it is shown in (`b`,
/// `s`, `sup`…) and the links it is in (`a`), by name, from the
/// outermost in.
type Runs = Vec<(String, Vec<&'static str>)>;

/// The text of `runs`.
fn text_of(runs: &Runs) -> String {
    runs.iter().map(|(text, _)| text.as_str()).collect()
}

/// Each character of `runs` but spaces and control characters (as
/// [`visible`] keeps them), with the styles it is in, each once: a
/// browser's parser opens a formatting element again at most three
/// times (HTML's "Noah's Ark" clause), which shows the same. A style that
/// a `style` attribute gives inside an element that shows it already is
/// not told apart: bold in `<strong>`, struck through in `<del>`.
fn styled_characters(runs: &Runs) -> Vec<(char, BTreeSet<&'static str>)> {
    const SHOWN_BY: [(&str, &str); 5] = [
        ("strong", "b"),
        ("em", "i"),
        ("cite", "i"),
        ("ins", "u"),
        ("del", "s"),
    ];
    let mut characters = Vec::new();
    for (text, styles) in runs {
        let mut styles: BTreeSet<_> = styles.iter().copied().collect();
        for (element, style) in SHOWN_BY {
            if styles.contains(element) {
                styles.remove(style);
            }
        }
        characters.extend(visible(text).chars().map(|c| (c, styles.clone())));
    }
    characters
}

/// The text runs and links of the blocks we read from `html` (paragraphs,
/// and the captions of pictures and the pages they lead to: `<div><a
/// href="/tin"><img …></a>text</div>`).
/// Whether a block that shows nothing was left out (and reported), and
/// whether the styles are read otherwise than a browser's: a picture's
/// caption is text alone, and HTML with markup left open at its end is
/// read as one paragraph, whose reader leaves the edges of blocks out.
fn our_reading(html: &str) -> (Runs, Vec<String>, bool, bool) {
    let json = serde_json::json!({ "title": "T", "blocks": [{ "type": "paragraph", "html": html }] });
    let parsed = Article::from_json(&json.to_string()).expect("a paragraph never fails the article");
    let left_out =
        (parsed.problems.iter()).any(|problem| matches!(problem, vn_article::Error::EmptyBlocks { .. }));
    let mut runs = Vec::new();
    let mut links = Vec::new();
    let mut styled_otherwise =
        (parsed.problems.iter()).any(|problem| matches!(problem, vn_article::Error::UnclosedMarkup { .. }));
    for block in &parsed.article.blocks {
        match block {
            Block::Paragraph(paragraph) => {
                collect(&paragraph.content, &mut Vec::new(), &mut runs, &mut links)
            }
            Block::Figure(figure) => {
                styled_otherwise = true;
                links.extend(figure.link.clone());
                runs.push((figure.caption.clone().unwrap_or_default(), Vec::new()));
            }
            other => panic!("{other:?} from {html:?}"),
        }
    }
    (runs, links, left_out, styled_otherwise)
}

/// `text` without spaces and control characters: a body's blocks are read
/// without the HTML spaces between them, which a browser does not show,
/// and a block of invisible characters alone (`<p>&nbsp;</p>`, a content
/// system's spacer) is left out, and reported.
fn visible(text: &str) -> String {
    text.chars()
        .filter(|c| !(c.is_whitespace() || c.is_control()))
        .collect()
}

/// Adds the runs of `content`, inside the `styles` around it, and its
/// links.
fn collect(content: &[Inline], styles: &mut Vec<&'static str>, runs: &mut Runs, links: &mut Vec<String>) {
    for inline in content {
        match inline {
            Inline::Text(piece) => runs.push((piece.clone(), styles.clone())),
            Inline::Break => {}
            Inline::Styled { style, children } => {
                styles.push(style.tag());
                collect(children, styles, runs, links);
                styles.pop();
            }
            Inline::Language { children, .. } => collect(children, styles, runs, links),
            Inline::Link { href, children } => {
                links.push(href.clone());
                styles.push("a");
                collect(children, styles, runs, links);
                styles.pop();
            }
        }
    }
}

fn browser_reading(html: &str) -> (Runs, Vec<String>) {
    let fragment = Html::parse_fragment(html);
    let mut runs = Vec::new();
    shown_text(fragment.root_element(), 0, &mut Vec::new(), &mut runs);
    let links = Selector::parse("a[href]").expect("a valid selector");
    let links = fragment
        .select(&links)
        .filter_map(|link| link.value().attr("href"))
        // An `<a>` inside another closes the first in a browser and is
        // dropped by us (links do not nest); only compare hrefs that are
        // links we keep: those of the outermost anchors.
        // A URL is read without the spaces and controls around it.
        .map(|href| href.trim_matches(|c: char| c <= ' ').to_owned())
        .collect();
    (runs, links)
}

/// The styles of the subset each `style` attribute among the pieces
/// gives, as CSS reads it: written out here, the test being no test of our
/// reader if it used it. `None` for a value the pieces make by chance
/// (`style="font-weight: bold<b"`), not written out.
fn styles_of_attribute(attribute: Option<&str>) -> Option<&'static [&'static str]> {
    match attribute {
        None => Some(&[]),
        Some("font-weight: bold" | "font-weight:700") => Some(&["b"]),
        Some("text-decoration: line-through; font-style: italic") => Some(&["s", "i"]),
        Some("vertical-align: super") => Some(&["sup"]),
        Some("text-decoration: underline") => Some(&["u"]),
        Some(_) => None,
    }
}

/// Whether an element of `html` has a `style` attribute whose styles
/// [`styles_of_attribute`] does not write out.
fn has_unknown_style(html: &str) -> bool {
    let styled = Selector::parse("[style]").expect("a valid selector");
    (Html::parse_fragment(html).select(&styled))
        .any(|element| styles_of_attribute(element.value().attr("style")).is_none())
}

/// The text a browser shows of `element` (scripts on), `quotes` deep in
/// `<q>`s, inside the subset's `styles`: its text nodes, and the
/// quotation marks its style sheet draws around each `<q>` for Vietnamese
/// (“ ” outside, ‘ ’ within and deeper), in the styles around the `<q>`.
fn shown_text(element: ElementRef<'_>, quotes: usize, styles: &mut Vec<&'static str>, runs: &mut Runs) {
    /// The elements whose text a browser does not show (scripts on).
    const HIDDEN: &[&str] = &[
        "script", "style", "title", "noscript", "iframe", "noembed", "noframes",
    ];
    for child in element.children() {
        if let Some(words) = child.value().as_text() {
            runs.push((words.to_string(), styles.clone()));
        } else if let Some(child) = ElementRef::wrap(child) {
            match child.value().name() {
                name if HIDDEN.contains(&name) => {}
                "q" => {
                    let (opening, closing) = if quotes == 0 {
                        ("“", "”")
                    } else {
                        ("‘", "’")
                    };
                    runs.push((opening.to_owned(), styles.clone()));
                    shown_text(child, quotes + 1, styles, runs);
                    runs.push((closing.to_owned(), styles.clone()));
                }
                // A link, if its URL is allowed (one to this very page,
                // `href=""`, and one of another scheme we keep as words:
                // the pieces make `href="<span style='…'>"`).
                "a" if (child.value().attr("href")).is_some_and(|href| safe_url(href).is_some()) => {
                    let around = styles.len();
                    styles.push("a");
                    styles.extend(styles_of_attribute(child.value().attr("style")).unwrap_or_default());
                    shown_text(child, quotes, styles, runs);
                    styles.truncate(around);
                }
                name => {
                    let around = styles.len();
                    styles.extend(InlineStyle::from_tag(name).map(|style| style.tag()));
                    styles.extend(styles_of_attribute(child.value().attr("style")).unwrap_or_default());
                    shown_text(child, quotes, styles, runs);
                    styles.truncate(around);
                }
            }
        }
    }
}

/// Whether our reading of `html` is the browser's: the same text (but
/// for a block that shows nothing, left out and reported) and links we keep
/// among the browser's, in order.
fn reads_as_a_browser(html: &str) -> Result<(), TestCaseError> {
    let (ours, mut our_links, left_out, _) = our_reading(html);
    // A link cut at a picture in it goes on in the words after the picture:
    // one link of the browser's, in two blocks of ours.
    our_links.dedup();
    let (browser, browser_links) = browser_reading(html);
    let (ours, browser) = (visible(&text_of(&ours)), visible(&text_of(&browser)));
    if left_out {
        // A block whose text shows nothing (a leaked `&nbsp` alone) was
        // left out: the rest is the browser's text, in order.
        let mut theirs = browser.chars();
        prop_assert!(
            ours.chars().all(|c| theirs.any(|their| their == c)),
            "text of {:?}: {:?} in {:?}",
            html,
            ours,
            browser
        );
    } else {
        prop_assert_eq!(&ours, &browser, "text of {:?}", html);
    }
    // Every link we keep is one the browser makes, in order.
    let mut theirs = browser_links.iter();
    for link in &our_links {
        prop_assert!(
            theirs.any(|href| href == link),
            "link {:?} of {:?} (browser: {:?})",
            link,
            html,
            browser_links
        );
    }
    Ok(())
}

/// Whether each character of our reading of `html` is shown in the
/// styles and links a browser shows it in, but for HTML we read otherwise
/// ([`our_reading`]) or holding a block that shows nothing.
fn styled_as_a_browser(html: &str) -> Result<(), TestCaseError> {
    let (ours, _, left_out, styled_otherwise) = our_reading(html);
    if left_out || styled_otherwise || has_unknown_style(html) {
        return Ok(());
    }
    let (browser, _) = browser_reading(html);
    prop_assert_eq!(
        styled_characters(&ours),
        styled_characters(&browser),
        "styles of {:?}",
        html
    );
    Ok(())
}

/// Cases the property once failed on.
#[test]
fn known_cases_read_as_a_browser_reads() {
    for html in [
        // The words after a picture, cut out of its paragraph, are a
        // leaked `&nbsp` that an `<xmp>` shows as it is: left out, and
        // reported.
        "«<p><img src=x alt=\"y\"><xmp>&nbsp",
        "«<script><!--<script></script>",
        "«<noscript><img src=x alt=\"y\"></noscript>z",
        // A picture cut out of a link, the words on both sides linked.
        "«<p><a href=\"/tin?a=1&copy=2&amp;b=3\"><<img src=x alt=\"y\"><",
        "«<p><a href='/x'><a href=\"/tin?a=1&copy=2&amp;b=3\"><img src=x alt=\"y\"><",
        // A `<noscript>` is opened for its picture only when it holds
        // nothing else: a `<script>` in it would hide what follows.
        "«<noscript><img src=x alt=\"y\"><script></noscript><",
        // A leaked `&nbsp` beside what a browser hides: left out, and
        // reported.
        "«<div><noscript></noscript><xmp>&nbsp",
        // A quotation closed by the anchor after it, which closes the
        // link the first quotation's end closed and the browser reopened.
        "«<q><a href='/x'></q><q><a href='/x'>Hà Nội",
        "«<sup><a></sup><q><a href='/x'><q>",
        // Emphasis closed early, reopened around the next quotation, which
        // its own end tag then closes.
        "«<span lang=\"en\"><em></span><q></em>&amp;",
        // An anchor closing the one before it: the picture after both is
        // in no link.
        "«<p><a href=\"<img src=x alt=\"y\"><a href=\"/tin?a=1&copy=2&amp;b=3\"><</a><img src=x alt=\"y\">",
    ] {
        reads_as_a_browser(html).unwrap();
    }
}

/// Cases the style property once failed on: styles and links around
/// blocks, left open in a block, ended early from inside one, and the end
/// tags a browser ignores.
#[test]
fn known_cases_are_styled_as_a_browser_styles_them() {
    for html in [
        // Around blocks, and left open in one.
        "«<b><p>A</p><p>B</p></b>C",
        "«<p><b><p><",
        "«<a href=\"/tin?a=1&copy=2&amp;b=3\"><p><",
        // An end tag a block stands between it and its start tag ignored.
        "«<mark><p></mark><",
        "«<div><mark><p></mark><",
        "«<span class=\"c\"><del><p><<xmp></xmp></span><",
        // An end tag that closes what was opened in an element outside the
        // subset, or an element of its own kind.
        "«<span class=\"c\"><del></span>-->",
        "«<div><div><p><sup></div><",
        // A formatting element ended from inside a block: the block is
        // moved out of what was opened after it, keeping three formatting
        // elements at most.
        "«<a href=\"/tin?a=1&copy=2&amp;b=3\"><sup><p><<a href=\"/tin?a=1&copy=2&amp;b=3\">",
        "«<i><b><span class=\"c\"><em><a href=\"/tin?a=1&copy=2&amp;b=3\"><p></I><",
        "«<div><b><sup><div><</b>",
        "«<del><i><p><del></I></del><",
        "«<span class=\"c\"><p><span class=\"c\"><sup></b></span>< ",
        // The same element ended twice from inside a block: the first
        // time, the block is moved out of the second.
        "«<i lang=\"en\"><sup><i><p></I><</I>",
        // A block ends a paragraph inside an element too.
        "«<mark><div><p><<mark><xmp></xmp></mark><",
        // An `<xmp>` ends a paragraph.
        "«<p><del><xmp>Hà NộiHà Nội",
        // Of two elements of a name waiting to be opened again, an end tag
        // takes off the one opened last, which keeps its style.
        "«<ins><em><u><em style=\"font-weight:700\"></u></ins></em>Hà Nội",
        // A formatting element ended from inside a block in a block: the
        // outer block is moved out first, then the inner one, each keeping
        // the formatting elements nearest it.
        "«<b><a href=\"/tin?a=1&copy=2&amp;b=3\"><div><i><s><span class=\"c\"><p></b>Hà Nội",
        "«<a href=\"/tin?a=1&copy=2&amp;b=3\"><em><div><sup><sup><b><p>Hà Nội<a href=\"/tin?a=1&copy=2&amp;b=3\">",
        // An element the block was moved out of before, by an anchor in a
        // link, ended from inside it: the struck words around stay.
        "«<i><del><a href=\"/tin?a=1&copy=2&amp;b=3\"><i><p><a href=\"/tin?a=1&copy=2&amp;b=3\"><</I>",
    ] {
        styled_as_a_browser(html).unwrap();
    }
    // An end tag left out keeps the text on each side apart.
    reads_as_a_browser("«<span class=\"c\"><p>&#x111</span>a").unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn text_and_links_are_what_a_browser_reads(pieces in prop::collection::vec(prop::sample::select(PIECES), 0..24)) {
        // A first letter: a blank paragraph is refused before it is read.
        reads_as_a_browser(&format!("«{}", pieces.concat()))?;
        styled_as_a_browser(&format!("«{}", pieces.concat()))?;
    }

    #[test]
    fn quotations_marks_are_where_a_browser_draws_them(pieces in prop::collection::vec(prop::sample::select(INLINE_PIECES), 0..24)) {
        reads_as_a_browser(&format!("«{}", pieces.concat()))?;
    }

    #[test]
    fn words_are_in_the_styles_and_links_a_browser_shows_them_in(pieces in prop::collection::vec(prop::sample::select(INLINE_PIECES), 0..24)) {
        styled_as_a_browser(&format!("«{}", pieces.concat()))?;
    }
}
