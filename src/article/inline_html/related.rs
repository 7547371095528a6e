//! A box of related stories that a content system sets among an article's
//! paragraphs (VCCorp's `<div type="RelatedOneNews">`, VnExpress's `<div
//! class="box-tinlienquanv2">`): other articles' titles, links, thumbnails
//! and standfirsts. Read as the body's blocks are, the thumbnail became
//! the article's first picture and the standfirst one of its paragraphs;
//! read here, the box is a list of the stories it leads to.

use super::tokens::{Token, Tokens, hides_text};
use super::{VOID_ELEMENTS, is_block};
use crate::web_address::leads_to_a_page;

/// What a box of related stories shows, as HTML a paragraph's reader reads.
pub(in crate::article) struct RelatedStories {
    /// The words before the first story (`Tin liên quan`, `Đọc thêm:`).
    pub(in crate::article) label: String,
    /// Each story: its title's link, then, on a line of its own, the words
    /// after it (its standfirst).
    pub(in crate::article) stories: Vec<String>,
    /// How many pictures the box showed: the stories' thumbnails, which are
    /// left out.
    pub(in crate::article) pictures: usize,
}

/// The words of the box's name that say it holds related stories, as
/// content systems name it in a class or a `type` (`kbwscwl-relatedbox`,
/// `RelatedOneNews`, `article-relate`, `box-tinlienquanv2`,
/// `tin-lien-quan`).
const RELATED_NAMES: &[&str] = &["relate", "lienquan", "lien-quan"];

/// Whether `html` opens with a box of related stories: a `<div>`, a
/// `<section>` or an `<aside>` whose class or `type` names one
/// ([`RELATED_NAMES`]).
fn opens_related_stories(html: &str) -> bool {
    match Tokens::new(html).next() {
        Some(Token::Start {
            name,
            attributes: Some(attributes),
            ..
        }) if matches!(name.as_str(), "div" | "section" | "aside") => [attributes.class, attributes.kind]
            .into_iter()
            .flatten()
            .any(|name| {
                let name = name.to_ascii_lowercase();
                RELATED_NAMES.iter().any(|related| name.contains(related))
            }),
        _ => false,
    }
}

/// One story of the box: its link's address, the HTML of its link with
/// its title, and of the words after it.
struct Story {
    href: String,
    link: String,
    words: String,
}

/// The stories of the box of related stories `html` is
/// ([`opens_related_stories`]), in the order the box names them: each
/// link to a page with words in it is a story's title (a story's other
/// links, around its thumbnail, are the same story), and the words outside
/// links after it, up to the next story, are what the box says of it. `None` when it leads to no story with a title, when it holds
/// more lines than two for each story and a label (an article's
/// paragraphs), or when it ends inside a tag: then it is read as any
/// other element.
pub(in crate::article) fn related_stories(html: &str) -> Option<RelatedStories> {
    if !opens_related_stories(html) {
        return None;
    }
    let mut tokens = Tokens::new(html);
    let mut stories: Vec<Story> = Vec::new();
    let mut label = String::new();
    let mut pictures = 0;
    // The link open: its story, and where its start tag and its words begin.
    let mut link: Option<(usize, usize, usize)> = None;
    let mut hidden = Hidden::default();
    // Whether a block's edge or a line break came since the last words,
    // and how many runs of words there were outside links.
    let mut apart = false;
    let mut runs = 0;
    while let Some((at, token)) = tokens.next_at() {
        let end = tokens.offset();
        if hidden.passes(&token) {
            continue;
        }
        match token {
            Token::Start { name, href, .. } => {
                if name == "img" {
                    pictures += 1;
                } else if name == "a" {
                    link = href.filter(|href| leads_to_a_page(href)).map(|href| {
                        let story = match stories.iter().position(|story| story.href == href) {
                            Some(story) => story,
                            None => {
                                stories.push(Story {
                                    href,
                                    link: String::new(),
                                    words: String::new(),
                                });
                                stories.len() - 1
                            }
                        };
                        (story, at, end)
                    });
                }
                apart |= is_block(&name) || name == "br";
            }
            Token::End(name) => {
                if name == "a"
                    && let Some((story, start, words)) = link.take()
                    && stories[story].link.is_empty()
                    && shows_words(&html[words..at])
                {
                    stories[story].link = format!("{}</a>", &html[start..at]);
                }
                apart |= is_block(&name);
            }
            Token::Text(text) if link.is_none() && !text.trim().is_empty() => {
                let words = match stories.last_mut() {
                    Some(story) => &mut story.words,
                    None => &mut label,
                };
                if apart || words.is_empty() {
                    runs += 1;
                }
                if apart && !words.is_empty() {
                    words.push(' ');
                }
                words.push_str(&html[at..end]);
                apart = false;
            }
            Token::Text(_) => {}
            Token::Unclosed(_) => return None,
        }
    }
    let stories: Vec<String> = (stories.into_iter())
        .filter(|story| !story.link.is_empty())
        .map(|story| match story.words.is_empty() {
            true => story.link,
            false => format!("{}<br>{}", story.link, story.words),
        })
        .collect();
    // A story has a line or two of its own; more are an article's
    // paragraphs, whatever its container is named.
    (!stories.is_empty() && runs <= 2 * stories.len() + 1).then_some(RelatedStories {
        label,
        stories,
        pictures,
    })
}

/// Whether the HTML inside a link shows words: text outside the elements a
/// browser hides, not only a picture.
fn shows_words(html: &str) -> bool {
    let mut hidden = Hidden::default();
    Tokens::new(html)
        .any(|token| !hidden.passes(&token) && matches!(token, Token::Text(text) if !text.trim().is_empty()))
}

/// How many elements that a browser hides are open (`<script>`,
/// `<noscript>`), as tokens go by.
#[derive(Default)]
struct Hidden(usize);

impl Hidden {
    /// Whether `token` is one a reader does not see: an element that hides
    /// its content, its end, or anything inside one (but the end of the
    /// input inside a tag).
    fn passes(&mut self, token: &Token<'_>) -> bool {
        match token {
            Token::Unclosed(_) => false,
            Token::Start { name, .. } if hides_text(name) && !VOID_ELEMENTS.contains(&name.as_str()) => {
                self.0 += 1;
                true
            }
            Token::End(name) if hides_text(name) => {
                self.0 = self.0.saturating_sub(1);
                true
            }
            _ => self.0 > 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_is_named_related_in_its_class_or_type() {
        for html in [
            "<div class=\"VCSortableInPreviewMode\" type=\"RelatedOneNews\"><a href=\"/a.htm\">A</a></div>",
            "<div class=\"box-tinlienquanv2\"></div>",
            "<div class=\"kbwscwl-relatedbox type-1\"></div>",
            "<div class=\"tin-lien-quan\"></div>",
            "<div class=\"article-relate\"></div>",
            "<section class=\"related-news\"></section>",
            "<aside class=\"box-related\"></aside>",
        ] {
            assert!(opens_related_stories(html), "{html}");
        }
        for html in [
            "<div class=\"content\"><p>Tin liên quan</p></div>",
            "<p class=\"related\">Chữ</p>",
            "<ul class=\"related\"><li>Chữ</li></ul>",
            "<div>related</div>",
        ] {
            assert!(!opens_related_stories(html), "{html}");
        }
    }

    #[test]
    fn each_story_is_its_title_s_link_and_the_words_after_it() {
        let related = related_stories(
            "<div type=\"RelatedNewsBox\"><p>Tin liên quan</p>\
             <div><a href=\"/mua.htm\" title=\"Mưa\"><img src=\"/mua.jpg\" alt=\"Mưa\"></a>\
             <h3><a href=\"/mua.htm\" class=\"t\">Mưa <b>lớn</b> &amp; ngập</a></h3><p class=\"sapo\">Chiều 4/12,</p><p>ngập.</p></div>\
             <div><a href=\"/nang.htm\">Nắng</a><script>var a = 'chữ';</script></div>\
             <a href=\"/anh.jpg\">Ảnh lớn</a><a href=\"#top\">Lên đầu</a><a href=\"/trong.htm\"> </a></div>",
        )
        .unwrap();
        assert_eq!(related.label, "Tin liên quan");
        assert_eq!(
            related.stories,
            [
                "<a href=\"/mua.htm\" class=\"t\">Mưa <b>lớn</b> &amp; ngập</a><br>Chiều 4/12, ngập.",
                // The words of links to no page are the last story's,
                // glued as a browser shows them.
                "<a href=\"/nang.htm\">Nắng</a><br>Ảnh lớnLên đầu",
            ]
        );
        assert_eq!(related.pictures, 1);
        // No story with a title: not a box to read so.
        assert!(
            related_stories("<div class=\"related\"><a href=\"/a.htm\"><img src=\"a.jpg\"></a></div>")
                .is_none()
        );
        assert!(related_stories("<div class=\"related\"><a href=\"/a.htm\">A</a><img").is_none());
        // An article's paragraphs, with a link among them.
        assert!(
            related_stories(
                "<div class=\"related-content\"><p>Một.</p><p>Hai <a href=\"/a.htm\">A</a>.</p><p>Ba.</p><p>Bốn.</p></div>"
            )
            .is_none()
        );
    }
}
