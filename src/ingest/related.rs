//! The boxes of related stories a scrape in Markdown keeps with their
//! links (`Tin liên quan` over `- [Giá vàng tăng](https://…)`), read as
//! the article's related stories rather than left out as the page's
//! chrome, which plain text's lists of titles without their links are.

use super::Line;
use super::lists::without_bullet;
use super::markdown::Marked;
use super::page_chrome::{is_links_heading, link_marker, may_be_listed_title};
use crate::Error;
use crate::article::{Block, Inline, Item};

/// The fewest words of a story's title linked alone on its line, without
/// a heading or a marker: fewer are a section's or a site's link (`[Kinh
/// doanh](/kinh-doanh.htm)`, `[Liên hệ](/lien-he.htm)`), not a story's.
const MIN_LONE_TITLE_WORDS: usize = 5;

/// A box of related stories found in the body, and the line it stood at.
pub(super) type RelatedBox<'a> = (Line<'a>, Block);

/// Takes the boxes of related stories out of `body`, each with the line
/// it begins at:
/// - a heading of the links to other stories (`Tin liên quan`, `Xem
///   thêm:`), its words the box's title, over lines that are each one
///   story: a link to a page and nothing else (`- [Giá vàng tăng](…)`);
/// - lines that each open with a link's marker and go on with one story
///   (`>> [Giá vàng tăng](…)`, `» […](…)`, `Xem thêm: […](…)`), the first's marker,
///   when it has words, the box's title;
/// - lines that are each one story and nothing else, its title of
///   [`MIN_LONE_TITLE_WORDS`] or more and no sentence
///   ([`may_be_listed_title`]: `[Giá vàng tuần trước giảm ba phiên](…)`
///   between two paragraphs, as pages set a related story's link among
///   them).
///
/// Their links' addresses are kept, so the warnings that said they were
/// left out go.
pub(super) fn take_related_boxes<'a>(
    body: &mut Vec<Line<'a>>,
    marked: &Marked,
    warnings: &mut Vec<Error>,
) -> Vec<RelatedBox<'a>> {
    if marked.page_links.is_empty() {
        return Vec::new();
    }
    let story = |line: &Line<'_>, words: &str| story(marked, line.number, words);
    let mut boxes = Vec::new();
    // The numbers of the lines taken into boxes, in order.
    let mut boxed = Vec::new();
    let mut kept = Vec::with_capacity(body.len());
    let listed = |line: &Line<'_>| story(line, without_bullet(line.text));
    let marked_story = |line: &Line<'_>| link_marker(line.text).and_then(|(_, rest)| story(line, rest));
    let lone_story = |line: &Line<'_>| {
        let words = without_bullet(line.text);
        (words.split_whitespace().count() >= MIN_LONE_TITLE_WORDS && may_be_listed_title(words))
            .then(|| story(line, words))
            .flatten()
    };
    let mut index = 0;
    while index < body.len() {
        let line = body[index];
        let heading = is_links_heading(line.text);
        let (title, items): (Option<&str>, Vec<Item>) = if heading {
            let mut items: Vec<Item> = body[index + 1..].iter().map_while(listed).collect();
            // A list going on past its stories (an item without a link
            // to a page) is not read as a box: the page's chrome is left
            // out whole, as in plain text.
            let after = body.get(index + 1 + items.len());
            if after.is_some_and(|after| without_bullet(after.text) != after.text) {
                items.clear();
            }
            (Some(without_bullet(line.text)), items)
        } else if let Some((marker, _)) = link_marker(line.text) {
            let items: Vec<Item> = body[index..].iter().map_while(marked_story).collect();
            let marker = marker.trim();
            (marker.chars().any(char::is_alphanumeric).then_some(marker), items)
        } else {
            let items: Vec<Item> = body[index..].iter().map_while(lone_story).collect();
            (None, items)
        };
        if items.is_empty() {
            kept.push(line);
            index += 1;
            continue;
        }
        let taken = items.len() + usize::from(heading);
        boxed.extend(body[index..index + taken].iter().map(|line| line.number));
        boxes.push((
            line,
            Block::Related {
                title: title.map(str::to_owned),
                items,
                lang: None,
            },
        ));
        index += taken;
    }
    warnings.retain(
        |warning| !matches!(warning, Error::MarkdownLinks { line, .. } if boxed.binary_search(line).is_ok()),
    );
    *body = kept;
    boxes
}

/// The story the line numbered `number` lists, when `words`, what is left
/// of it without its bullet or marker, are the words of its one link to
/// a page ([`Marked::page_link`]): the story's title, linked.
fn story(marked: &Marked, number: usize, words: &str) -> Option<Item> {
    let (title, page) = marked.page_link(number)?;
    (words.trim() == title).then(|| Item {
        content: vec![Inline::Link {
            href: page.to_owned(),
            children: vec![Inline::Text(title.to_owned())],
        }],
    })
}
