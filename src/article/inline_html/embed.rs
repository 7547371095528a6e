//! A paragraph's HTML that is one video, post or map from elsewhere, as
//! content systems keep one among their paragraphs: a site's player in an
//! `<iframe>` (YouTube, Facebook, TikTok), a file in a `<video>` or an
//! `<audio>` (its `src`, or its first `<source>`'s), a post or video that
//! its site's script fills in (Facebook's `<div class="fb-post"
//! data-href="…">`, TikTok's and Instagram's `<blockquote>`s, the `<div
//! type="VideoStream">` of VCCorp's system, which many Vietnamese papers run
//! on); alone, or in a `<figure>`, `<div>` or `<p>` with its caption. Read
//! as an embed block: as a paragraph, it would be lost, and as a quotation,
//! the post's address.

use super::figure::{CONTAINERS, PARTS, as_loaded, caption_and_credit, is_inline, push_caption_words, url};
use super::tokens::{Attributes, Token, Tokens};
use super::{VOID_ELEMENTS, is_html_space};
use crate::article::Embed;
use crate::article::parse::Problems;
use crate::normalize::lower_case;
use crate::photo_credit::Credits;
use crate::web_address::{page_of_player, plays_everywhere};

/// The elements that play or show something from elsewhere.
pub(super) const PLAYERS: &[&str] = &["iframe", "video", "audio"];

/// The embed `html` is, when it holds one player of [`PLAYERS`] in the
/// elements of a picture's HTML (a `<figure>`, a `<div>`, a caption's
/// `<figcaption>` or `<p>`), with no words before it, and after it words
/// only inside its outermost container or after a line break: its caption,
/// with the credit it holds set apart. Its address is allow-listed (a
/// problem under `path` otherwise), and a player's stands for its site's
/// page ([`page_of_player`]); its `title` is kept when it says more than
/// the player's name. What a `<video>` holds for browsers that cannot play
/// it is not read: no browser that plays it shows it. A post's words,
/// which its element holds for the page without the site's script, are its
/// caption. WordPress's embed block holds the address of the page as its
/// first line of words ([`is_wordpress_embed`]). `None` otherwise, and the
/// paragraph is read as inline HTML.
pub(in crate::article) fn embed(html: &str, path: &str, problems: &mut Problems) -> Option<Embed> {
    let mut open: Vec<String> = Vec::new();
    let mut player: Option<Attributes> = None;
    // Whether the player's file is a `<source>`'s.
    let mut from_sources = false;
    // How many elements were open when the player came, and whether it
    // still is: the tokens are its own while it is.
    let mut player_depth = usize::MAX;
    let mut player_open = false;
    // Whether the words inside the player are its caption, not what a
    // browser that cannot play it shows.
    let mut keeps_words = false;
    let mut caption_while_deeper_than = None;
    let mut broken_after_player = false;
    let mut caption = String::new();
    // Whether the player's address is the first line of its words.
    let mut address_in_words = false;
    // Whether the player is a site's video ([`is_site_video`]), and the
    // file it names.
    let mut site_video = false;
    let mut site_video_file = None;
    // Whether the player is a post on X ([`TWEET_CLASSES`]), and the
    // language its words name.
    let mut tweet = false;
    let mut words_lang = None;
    for token in Tokens::new(html) {
        // Whether this token is inside the player: its own start tag is not.
        let in_player = player_open;
        let in_caption =
            broken_after_player || caption_while_deeper_than.is_some_and(|depth| open.len() > depth);
        match token {
            Token::Text(_) if in_player && !keeps_words => {}
            // A post's words as it shows without its site's script, and
            // the words after a player, are its caption.
            Token::Text(text) if in_player || player.is_some() && in_caption => {
                push_caption_words(&mut caption, &text);
            }
            Token::Text(text) if text.trim_matches(is_html_space).is_empty() => caption.push(' '),
            Token::Text(_) => return None,
            Token::Start {
                name,
                href,
                lang,
                attributes,
                ..
            } => {
                let wordpress = attributes.as_deref().is_some_and(is_wordpress_embed);
                let inner_site_video = attributes.as_deref().is_some_and(is_site_video);
                if site_video && in_player && (PLAYERS.contains(&name.as_str()) || inner_site_video) {
                    // The `<video>` a site's video holds plays its file, and
                    // the `VideoStream` its `Video` holds names it.
                    if let (Some(player), Some(mut inner)) = (player.as_mut(), attributes) {
                        as_loaded(&mut inner);
                        player.src = player.src.take().or(inner.src);
                        site_video_file = site_video_file.or(inner.post);
                    }
                } else if PLAYERS.contains(&name.as_str())
                    || attributes.as_deref().is_some_and(is_post)
                    || wordpress
                {
                    // One player, but for WordPress's block around the
                    // player it made (a page keeping what it showed).
                    if player.is_some() && !(address_in_words && PLAYERS.contains(&name.as_str())) {
                        return None;
                    }
                    let mut attributes = *attributes?;
                    address_in_words = wordpress;
                    keeps_words = !PLAYERS.contains(&name.as_str());
                    site_video = is_site_video(&attributes);
                    tweet = has_class(&attributes, TWEET_CLASSES);
                    if site_video {
                        // Its player's page, else (below) a `<video>`'s
                        // file inside it, else the file it names.
                        attributes.src = attributes.lazy_src.take();
                        site_video_file = attributes.post.take();
                    } else if keeps_words {
                        attributes.src = attributes.post.take();
                    }
                    player = Some(attributes);
                    player_depth = open.len();
                    player_open = true;
                    caption_while_deeper_than =
                        open.iter().position(|name| CONTAINERS.contains(&name.as_str()));
                } else if in_player && tweet {
                    // A post on X is at the address of its last link to a
                    // post (its date's), its words in the language of their
                    // paragraph.
                    if let Some(player) = player.as_mut()
                        && name == "a"
                        && let Some(href) = href.filter(|href| is_post_on_x(href))
                    {
                        player.src = Some(href);
                    }
                    if name == "p" && words_lang.is_none() {
                        words_lang = lang.and_then(|lang| super::language(lang, path, problems));
                    }
                } else if in_player {
                    // A `<video>`'s `<source>`s give its file when its own
                    // `src` does not: the first, or a later one that every
                    // browser plays (Safari plays no WebM).
                    if let (Some(attributes), Some(player)) = (attributes, player.as_mut())
                        && name == "source"
                        && (player.src.is_none()
                            || from_sources
                                && !player.src.as_deref().is_some_and(plays_everywhere)
                                && attributes.src.as_deref().is_some_and(plays_everywhere))
                    {
                        player.src = attributes.src;
                        from_sources = true;
                    }
                } else if name == "br" && player.is_some() && caption.trim_matches(is_html_space).is_empty() {
                    broken_after_player = true;
                } else if !(CONTAINERS.contains(&name.as_str())
                    || PARTS.contains(&name.as_str())
                    || is_inline(&name))
                {
                    return None;
                }
                if (!in_player || keeps_words) && !is_inline(&name) {
                    caption.push('\n');
                }
                if !VOID_ELEMENTS.contains(&name.as_str()) {
                    open.push(name);
                }
            }
            Token::End(name) => {
                if let Some(at) = open.iter().rposition(|open| *open == name) {
                    open.truncate(at);
                }
                player_open &= open.len() > player_depth;
                if !is_inline(&name) {
                    caption.push('\n');
                }
            }
            Token::Unclosed(_) => return None,
        }
    }
    let mut player = player?;
    as_loaded(&mut player);
    if player.src.is_none() {
        player.src = site_video_file.as_deref().and_then(host_first_address);
    }
    if address_in_words {
        let lines = caption.trim_start_matches(|c: char| is_html_space(c) || c == '\n');
        let (first, rest) = lines.split_once('\n').unwrap_or((lines, ""));
        let first = first.trim_matches(is_html_space);
        // WordPress embeds what an absolute address names, nothing else.
        let absolute = |scheme: &str| {
            first
                .get(..scheme.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
        };
        if !(absolute("https://") || absolute("http://")) {
            return None;
        }
        player.src = Some(first.to_owned());
        caption = rest.to_owned();
    }
    let address = url(player.src.as_deref()?, path, problems)?;
    if keeps_words {
        caption = without_calls_to_open(&caption);
    }
    let (caption, credit) = caption_and_credit(&caption, Credits::Media);
    let poster = (player.poster.as_deref()).and_then(|poster| url(poster, path, problems));
    Some(Embed {
        url: page_of_player(&address).into_owned(),
        title: (player.title)
            .map(|title| super::collapsed(&title))
            .filter(|title| !names_only_the_player(title)),
        caption,
        credit,
        poster,
        lang: words_lang,
    })
}

/// Whether `html` may hold an embed: a player's tag, a post's class, or a
/// site's video's type.
pub(in crate::article) fn may_hold_embed(html: &str) -> bool {
    ["<iframe", "<video", "<audio", SITE_VIDEO]
        .into_iter()
        .any(|tag| super::holds_tag(html, tag))
        || (POST_CLASSES.iter().chain(TWEET_CLASSES).chain([&WORDPRESS_EMBED]))
            .any(|class| html.contains(class))
}

/// The `type` of the `<div>` that VCCorp's system (Kênh 14, CafeF, Soha,
/// GenK and many more papers) keeps a video in among the paragraphs, for
/// its script to fill in with its player: the player's page in `data-src`
/// (`https://vcplayer.mediacdn.vn/1.1/?_site=…&vid=…`), the file in
/// `data-vid` (its host first, without a scheme: `kenh14cdn.com/…/a.mp4`),
/// the picture it shows until it plays in `data-thumb`, and its caption in
/// a `<div class="VideoCMS_Caption">` inside it. Older pages hold it in a
/// `<div type="Video">` with the caption after it.
const SITE_VIDEO: &str = "VideoStream";

/// Whether an element is a site's video that its script plays
/// ([`SITE_VIDEO`]), or the `Video` around one.
fn is_site_video(element: &Attributes) -> bool {
    (element.kind.as_deref()).is_some_and(|kind| {
        let kind = kind.trim_matches(is_html_space);
        kind.eq_ignore_ascii_case(SITE_VIDEO) || kind.eq_ignore_ascii_case("Video")
    })
}

/// The address of a file named with its host first and no scheme
/// (`kenh14cdn.com/2021/6/1/a.mp4`, as VCCorp's `data-vid` names it), with
/// `https://` before it; an address with a scheme or a `/` before it is
/// itself. `None` for a path whose first part is no host name (a file
/// somewhere the page alone knows).
fn host_first_address(file: &str) -> Option<String> {
    let file = file.trim_matches(is_html_space);
    if file.contains("://") || file.starts_with('/') {
        return Some(file.to_owned());
    }
    let host = file.split('/').next()?;
    let is_host = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'.' || byte == b'-');
    (is_host && file.len() > host.len()).then(|| format!("https://{file}"))
}

/// The class of WordPress's embed block, as its editor saves it: a
/// `<figure class="wp-block-embed …">` whose
/// `<div class="wp-block-embed__wrapper">` holds the page's address, then
/// its `<figcaption>`. WordPress makes the player from the address only
/// when it shows the post.
const WORDPRESS_EMBED: &str = "wp-block-embed";

/// Whether an element is WordPress's embed block ([`WORDPRESS_EMBED`]).
fn is_wordpress_embed(element: &Attributes) -> bool {
    has_class(element, &[WORDPRESS_EMBED])
}

/// Whether `html` opens with an element that [`is_post`]: an embed, not a
/// container of blocks nor a quotation. A post on X holds a link to it
/// ([`TWEET_CLASSES`]); without one, it is the quotation it shows.
pub(in crate::article) fn opens_post(html: &str) -> bool {
    let mut tokens = Tokens::new(html);
    match tokens.next() {
        Some(Token::Start {
            attributes: Some(attributes),
            ..
        }) if has_class(&attributes, TWEET_CLASSES) => {
            tokens.any(|token| matches!(token, Token::Start { href: Some(href), .. } if is_post_on_x(&href)))
        }
        Some(Token::Start {
            attributes: Some(attributes),
            ..
        }) => is_post(&attributes),
        _ => false,
    }
}

/// The classes of the elements that sites' scripts fill in with a post or
/// a video: Facebook's `<div>`s, TikTok's and Instagram's `<blockquote>`s.
const POST_CLASSES: &[&str] = &["fb-post", "fb-video", "tiktok-embed", "instagram-media"];

/// The classes of the `<blockquote>` that X's script (Twitter's) fills in
/// with a post: it names no address; its last link to a post
/// ([`is_post_on_x`]), on the post's date, is the post's.
const TWEET_CLASSES: &[&str] = &["twitter-tweet", "twitter-video"];

/// Whether an element is one its site's script fills in with a post or a
/// video: one of [`POST_CLASSES`] naming its address (`data-href`, `cite`,
/// `data-instgrm-permalink`), or of [`TWEET_CLASSES`]. The words inside are
/// what shows without the script.
fn is_post(element: &Attributes) -> bool {
    element.post.is_some() && has_class(element, POST_CLASSES)
        || has_class(element, TWEET_CLASSES)
        || is_site_video(element)
}

/// The scripts that fill in the posts [`is_post`] reads, which a site's
/// embed code pastes after each (`<script async
/// src="https://platform.twitter.com/widgets.js">`): each one's host, and
/// its file's name (Facebook's path names a language, `/vi_VN/sdk.js`).
const POST_SCRIPTS: &[(&str, &str)] = &[
    ("platform.twitter.com", "widgets.js"),
    ("www.instagram.com", "embed.js"),
    ("instagram.com", "embed.js"),
    ("www.tiktok.com", "embed.js"),
    ("connect.facebook.net", "sdk.js"),
];

/// Whether `token` is a `<script>` that loads one of [`POST_SCRIPTS`]: it
/// holds nothing of the article's, and the embed it is pasted with is
/// read without it, so leaving it out goes unreported.
pub(super) fn loads_posts(token: &Token) -> bool {
    let Token::Start {
        name,
        attributes: Some(attributes),
        ..
    } = token
    else {
        return false;
    };
    let Some(src) = attributes.src.as_deref().filter(|_| name == "script") else {
        return false;
    };
    let src = src.trim_matches(is_html_space);
    let after_scheme = ["https:", "http:", ""]
        .into_iter()
        .find_map(|scheme| {
            let (start, rest) = (src.get(..scheme.len())?, &src[scheme.len()..]);
            start.eq_ignore_ascii_case(scheme).then_some(rest)
        })
        .and_then(|rest| rest.strip_prefix("//"));
    let Some((host, path)) = after_scheme.and_then(|rest| rest.split_once('/')) else {
        return false;
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let file = path.rsplit('/').next().unwrap_or_default();
    (POST_SCRIPTS.iter())
        .any(|(script_host, script_file)| host.eq_ignore_ascii_case(script_host) && file == *script_file)
}

/// Whether an element has one of `classes`.
fn has_class(element: &Attributes, classes: &[&str]) -> bool {
    (element.class.as_deref())
        .is_some_and(|class| class.split_ascii_whitespace().any(|name| classes.contains(&name)))
}

/// Whether `href` is the address of a post on X or Twitter
/// (`https://twitter.com/FIFAcom/status/1614…`, `https://x.com/…`), not of
/// a profile, a hashtag or a shortened link (`https://t.co/…`).
fn is_post_on_x(href: &str) -> bool {
    let href = href.trim_matches(is_html_space);
    let Some((scheme, rest)) = href.split_once("://") else {
        return false;
    };
    let mut parts = rest.split(['/', '?', '#']);
    let host = parts.next().unwrap_or_default();
    let starts = |text: &str, start: &str| {
        text.get(..start.len())
            .is_some_and(|it| it.eq_ignore_ascii_case(start))
    };
    let host = ["www.", "mobile."]
        .into_iter()
        .find(|sub| starts(host, sub))
        .map_or(host, |sub| &host[sub.len()..]);
    let (user, status, id) = (parts.next(), parts.next(), parts.next().unwrap_or_default());
    (scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http"))
        && (host.eq_ignore_ascii_case("twitter.com") || host.eq_ignore_ascii_case("x.com"))
        && user.is_some_and(|user| !user.is_empty())
        && status == Some("status")
        && !id.is_empty()
        && id.bytes().all(|byte| byte.is_ascii_digit())
}

/// What a post's site writes on a line of its own in the post's element,
/// for the page without its script, to ask the reader to open the post
/// there (Instagram's, in English and in Vietnamese), in small letters.
/// Not the article's words, and the embed's link says it in the article's
/// language (`Xem trên Instagram`).
const CALLS_TO_OPEN: &[&str] = &["view this post on instagram", "xem bài viết này trên instagram"];

/// A post's `lines` (apart by `\n`) without those that are only a call to
/// open it on its site ([`CALLS_TO_OPEN`]).
fn without_calls_to_open(lines: &str) -> String {
    let is_call = |line: &str| CALLS_TO_OPEN.contains(&lower_case(&super::collapsed(line)).as_str());
    (lines.split('\n'))
        .filter(|line| !is_call(line))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether a player's `title` says nothing but what it is, as sites write
/// it into the code they give for embedding (`YouTube video player`,
/// `Embedded content`), rather than what it shows; or nothing at all.
fn names_only_the_player(title: &str) -> bool {
    const WORDS: &[&str] = &[
        "youtube",
        "facebook",
        "tiktok",
        "vimeo",
        "twitter",
        "instagram",
        "spotify",
        "soundcloud",
        "google",
        "maps",
        "map",
        "video",
        "audio",
        "player",
        "embed",
        "embedded",
        "content",
        "iframe",
        "media",
        "post",
        "frame",
        "x",
    ];
    (title.split(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .all(|word| WORDS.iter().any(|known| word.eq_ignore_ascii_case(known)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> Option<Embed> {
        let mut problems = Problems::default();
        let embed = embed(html, "blocks[0].html", &mut problems);
        assert!(problems.into_vec().is_empty(), "{html}");
        embed
    }

    #[test]
    fn a_player_in_a_figure_with_its_caption() {
        let embed = read(
            r#"<figure class="video"><iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player" frameborder="0" allowfullscreen></iframe><figcaption>Nước lũ cuốn trôi cầu. Video: Hải Yến</figcaption></figure>"#,
        )
        .unwrap();
        assert_eq!(embed.url, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assert_eq!(embed.title, None);
        assert_eq!(embed.caption.as_deref(), Some("Nước lũ cuốn trôi cầu."));
        assert_eq!(embed.credit.as_deref(), Some("Video: Hải Yến"));
    }

    #[test]
    fn a_file_with_its_sources_and_fallback() {
        let embed = read(
            r#"<video controls poster="a.jpg" title="Toàn cảnh lễ khánh thành"><source src="https://cdn.vn/clip.webm" type="video/webm"><source src="https://cdn.vn/clip.mp4">Trình duyệt không hỗ trợ video.</video>"#,
        )
        .unwrap();
        assert_eq!(embed.url, "https://cdn.vn/clip.mp4");
        assert_eq!(embed.title.as_deref(), Some("Toàn cảnh lễ khánh thành"));
        assert_eq!((embed.caption, embed.credit), (None, None));
    }

    #[test]
    fn a_player_loaded_late() {
        let embed = read(
            r#"<p><iframe src="about:blank" data-src="//player.vimeo.com/video/76979871"></iframe></p>"#,
        )
        .unwrap();
        assert_eq!(embed.url, "https://vimeo.com/76979871");
    }

    #[test]
    fn words_around_a_player_are_a_paragraph() {
        assert_eq!(
            read(r#"Xem clip: <iframe src="https://youtu.be/a"></iframe>"#),
            None
        );
        assert_eq!(
            read(r#"<iframe src="https://youtu.be/a"></iframe> rồi bình luận"#),
            None
        );
        assert_eq!(
            read(r#"<iframe src="https://youtu.be/a"></iframe><iframe src="https://youtu.be/b"></iframe>"#),
            None
        );
        assert_eq!(read(r#"<iframe></iframe>"#), None);
    }

    #[test]
    fn a_facebook_post_the_script_fills_in() {
        let embed = read(
            r#"<div class="fb-post" data-href="https://www.facebook.com/dantri/posts/123" data-width="500"><blockquote cite="https://www.facebook.com/dantri/posts/123" class="fb-xfbml-parse-ignore">Bài đăng của <a href="https://www.facebook.com/dantri">Báo Dân trí</a></blockquote></div><p><em>Bài đăng của Báo Dân trí. Ảnh: Facebook</em></p>"#,
        );
        assert_eq!(embed, None, "words after it, outside a figure, are a paragraph");
        let embed = read(
            r#"<div class="fb-post" data-href="https://www.facebook.com/dantri/posts/123"><blockquote cite="https://www.facebook.com/dantri/posts/123"><p>Lũ rút dần.</p>Bài đăng của <a href="https://www.facebook.com/dantri">Báo Dân trí</a></blockquote></div>"#,
        )
        .unwrap();
        assert_eq!(embed.url, "https://www.facebook.com/dantri/posts/123");
        assert_eq!(
            embed.caption.as_deref(),
            Some("Lũ rút dần. Bài đăng của Báo Dân trí")
        );
        let embed = read(
            r#"<figure><div class="fb-video" data-href="https://www.facebook.com/dantri/videos/1/"></div><figcaption>Clip: VTV</figcaption></figure>"#,
        )
        .unwrap();
        assert_eq!(embed.url, "https://www.facebook.com/dantri/videos/1/");
        assert_eq!(embed.credit.as_deref(), Some("Clip: VTV"));
        // Another `<div>` with an address is no post.
        assert_eq!(
            read(r#"<div class="share" data-href="https://x.vn/"></div>"#),
            None
        );
    }

    #[test]
    fn a_vccorp_video() {
        // Its player's page, before the file it names.
        let embed = read(
            r#"<div class="VCSortableInPreviewMode" type="VideoStream" data-vid="kenh14cdn.com/2021/6/1/a.mp4" data-src="https://vcplayer.mediacdn.vn/1.1/?_site=kenh14&amp;vid=kenh14cdn.com/2021/6/1/a.mp4" data-thumb="https://kenh14cdn.com/thumb_w/620/a.jpg"><div class="VideoCMS_Caption"><p>Xe lao xuống sông (Clip: Người dân cung cấp)</p></div></div>"#,
        )
        .unwrap();
        assert_eq!(
            embed.url,
            "https://vcplayer.mediacdn.vn/1.1/?_site=kenh14&vid=kenh14cdn.com/2021/6/1/a.mp4"
        );
        assert_eq!(embed.caption.as_deref(), Some("Xe lao xuống sông"));
        assert_eq!(embed.credit.as_deref(), Some("Clip: Người dân cung cấp"));
        // The file alone, its host first, with the picture shown until it plays.
        let embed = read(
            r#"<div type="VideoStream" data-vid="cafefcdn.com/2021/6/1/b.mp4" data-thumb="https://cafefcdn.com/b.jpg"></div>"#,
        )
        .unwrap();
        assert_eq!(embed.url, "https://cafefcdn.com/2021/6/1/b.mp4");
        assert_eq!(embed.poster.as_deref(), Some("https://cafefcdn.com/b.jpg"));
        // A `<video>` inside it plays a file whose path names no host.
        let embed = read(
            r#"<div type="VideoStream" data-vid="2021/06/01/c.mp4"><div><video controls><source src="https://cdn.vn/2021/06/01/c.mp4" type="video/mp4"></video></div><div></div></div>"#,
        )
        .unwrap();
        assert_eq!(embed.url, "https://cdn.vn/2021/06/01/c.mp4");
        // The older `Video` around it, its caption after it.
        let embed = read(
            r#"<div type="Video"><div data-src="//vcplayer.vcmedia.vn/1.1/?vid=vtv/d.mp4" type="VideoStream"></div><div><p>Phóng sự của VTV</p></div></div>"#,
        )
        .unwrap();
        assert_eq!(embed.url, "https://vcplayer.vcmedia.vn/1.1/?vid=vtv/d.mp4");
        assert_eq!(embed.caption.as_deref(), Some("Phóng sự của VTV"));
        // Nothing to play: no embed.
        assert_eq!(
            read(r#"<div type="VideoStream" data-vid="2021/e.mp4"><p>Chú thích</p></div>"#),
            None
        );
    }

    #[test]
    fn a_file_named_host_first() {
        assert_eq!(
            host_first_address("kenh14cdn.com/a/b.mp4").as_deref(),
            Some("https://kenh14cdn.com/a/b.mp4")
        );
        assert_eq!(
            host_first_address("https://x.vn/b.mp4").as_deref(),
            Some("https://x.vn/b.mp4")
        );
        assert_eq!(
            host_first_address("/video/b.mp4").as_deref(),
            Some("/video/b.mp4")
        );
        assert_eq!(host_first_address("2021/06/b.mp4"), None);
        assert_eq!(host_first_address("b.mp4"), None);
        assert_eq!(host_first_address("ví dụ.vn/b.mp4"), None);
    }

    #[test]
    fn a_tiktok_video_and_an_instagram_post() {
        let tiktok = read(
            r#"<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@baodantri/video/7412345678901234567" data-video-id="7412345678901234567" style="max-width: 605px;min-width: 325px;"><section><a target="_blank" title="@baodantri" href="https://www.tiktok.com/@baodantri?refer=embed">@baodantri</a> Nước lũ dâng cao</section></blockquote>"#,
        )
        .unwrap();
        assert_eq!(
            tiktok.url,
            "https://www.tiktok.com/@baodantri/video/7412345678901234567"
        );
        assert_eq!(tiktok.caption.as_deref(), Some("@baodantri Nước lũ dâng cao"));
        let instagram = read(
            r#"<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C1a2b3/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C1a2b3/?utm_source=ig_embed">Xem bài viết này trên Instagram</a></div></blockquote>"#,
        )
        .unwrap();
        assert_eq!(
            instagram.url,
            "https://www.instagram.com/p/C1a2b3/?utm_source=ig_embed"
        );
        // The site's call to open the post is no caption; who shared it is.
        assert_eq!(instagram.caption, None);
        let shared = read(
            r#"<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C1a2b3/"><div><a href="https://www.instagram.com/p/C1a2b3/"><div><svg width="50px" viewBox="0 0 60 60"><g><path d="M556.869,30.41"></path></g></svg></div><div> View this post on Instagram</div></a><p><a href="https://www.instagram.com/p/C1a2b3/">A post shared by Sơn Tùng M-TP (@sontungmtp777)</a></p></div></blockquote>"#,
        )
        .unwrap();
        assert_eq!(
            shared.caption.as_deref(),
            Some("A post shared by Sơn Tùng M-TP (@sontungmtp777)")
        );
        // A quotation that names its source is still one.
        assert_eq!(
            read(r#"<blockquote cite="https://x.vn/"><p>Lời trích.</p></blockquote>"#),
            None
        );
    }

    #[test]
    fn a_post_on_x() {
        let post = read(
            "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">Vietnam are champions! \
             <a href=\"https://t.co/abc\">pic.twitter.com/abc</a></p>&mdash; FIFA (@FIFAcom) \
             <a href=\"https://twitter.com/FIFAcom/status/1614?ref_src=twsrc%5Etfw\">January 16, 2025</a></blockquote>",
        )
        .unwrap();
        assert_eq!(
            post.url,
            "https://twitter.com/FIFAcom/status/1614?ref_src=twsrc%5Etfw"
        );
        assert_eq!(
            post.caption.as_deref(),
            Some("Vietnam are champions! pic.twitter.com/abc — FIFA (@FIFAcom) January 16, 2025")
        );
        assert_eq!(post.lang.as_ref().map(|lang| lang.as_str()), Some("en"));
        // Without a link to the post, it is no embed: a quotation.
        let unlinked = "<blockquote class=\"twitter-tweet\"><p>Lời</p>&mdash; A <a href=\"https://x.com/a\">@a</a></blockquote>";
        assert_eq!(read(unlinked), None);
        assert!(!opens_post(unlinked));
        assert!(opens_post(
            "<blockquote class=\"twitter-tweet\"><p>Lời</p><a href=\"https://x.com/a/status/1\">1/1</a></blockquote>"
        ));
        assert!(is_post_on_x("https://x.com/VTVcab/status/18"));
        assert!(is_post_on_x("https://mobile.twitter.com/a/status/18/photo/1"));
        assert!(!is_post_on_x("https://twitter.com/hashtag/status"));
        assert!(!is_post_on_x("https://twitter.com/a/status/new"));
        assert!(!is_post_on_x("https://t.co/status/18"));
        assert!(!is_post_on_x("javascript://x.com/a/status/1"));
    }

    #[test]
    fn wordpress_s_embed_block() {
        // As its editor saves it: the page's address, which WordPress makes
        // a player of when it shows the post.
        let embed = read(
            "<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube\">\
             <div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div>\
             <figcaption class=\"wp-element-caption\">Toàn cảnh buổi lễ. Video: VTV</figcaption></figure>",
        )
        .unwrap();
        assert_eq!(embed.url, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assert_eq!(embed.caption.as_deref(), Some("Toàn cảnh buổi lễ."));
        assert_eq!(embed.credit.as_deref(), Some("Video: VTV"));
        // As a page keeps what it showed: the player WordPress made.
        let embed = read(
            "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\
             <iframe src=\"https://www.youtube.com/embed/abc\"></iframe></div>\
             <figcaption>Buổi lễ</figcaption></figure>",
        )
        .unwrap();
        assert_eq!(embed.url, "https://www.youtube.com/watch?v=abc");
        assert_eq!(embed.caption.as_deref(), Some("Buổi lễ"));
        // Words that name no page are no embed.
        assert_eq!(
            read(
                "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">Buổi lễ</div></figure>"
            ),
            None
        );
    }

    #[test]
    fn a_refused_address_is_reported() {
        let mut problems = Problems::default();
        let html = r#"<iframe src="javascript:alert(1)"></iframe>"#;
        assert_eq!(embed(html, "blocks[0].html", &mut problems), None);
        assert_eq!(problems.into_vec().len(), 1);
    }

    #[test]
    fn titles_that_name_only_the_player() {
        assert!(names_only_the_player("YouTube video player"));
        assert!(names_only_the_player("Embedded content"));
        assert!(names_only_the_player(""));
        assert!(!names_only_the_player("Toàn cảnh lễ khánh thành"));
        assert!(!names_only_the_player("Video: bão số 3 đổ bộ"));
    }
}
