//! Figures: the image in a box reserved before it arrives, the right size
//! for the screen, lazy except for the lead; the caption and credit apart,
//! announced as a caption, and short on a phone until the reader asks for
//! more.
//!
//! ```text
//! <figure class="vn-figure">
//!   <a class="vn-figure__zoom" href="largest file">     the full-size view (www/vn-article.js),
//!                                                       or <a class="vn-figure__link" href> to the
//!                                                       page the picture leads to
//!     <span class="vn-visually-hidden">Xem ảnh lớn: </span>
//!     <picture>                                         only with other formats
//!       <source type="image/avif" srcset sizes>
//!       <img class="vn-figure__image" src srcset sizes width height lang alt loading decoding>
//!   <figcaption class="vn-figure__caption">
//!     <span class="vn-visually-hidden">Chú thích ảnh: </span>
//!     <span class="vn-figure__caption-text" lang>…</span> <span class="vn-figure__credit">Ảnh: …</span>
//!     <label class="vn-figure__more"><input type="checkbox">Xem thêm</label>   long captions
//! ```
//!
//! Embeds: a link to what the article shows from elsewhere, and a player
//! for a file, with the caption and credit as a picture's.
//!
//! The words of a figure or an embed in another language than the
//! article's (its `lang`) say so on the elements that hold them, and only
//! there: the article's own labels around them (`Ảnh:`, `Xem trên
//! YouTube`) are in its language.
//!
//! ```text
//! <figure class="vn-figure vn-embed vn-embed--page">                  --video, --sound for files
//!   <video class="vn-embed__player" src controls preload="metadata">   files only (or <audio>)
//!   <a class="vn-embed__link" href>
//!     <span class="vn-embed__title">…</span> <span class="vn-embed__action">Xem trên YouTube</span>
//!   <figcaption class="vn-figure__caption">…
//! ```

use std::borrow::Cow;

use percent_encoding::utf8_percent_encode;

use super::RenderOptions;
use super::events::{Events, Tag};
use super::labels::Labels;
use super::safe_url;
use crate::article::{Candidate, Embed, Figure, Image, LanguageTag};
use crate::photo_credit::split_credit;
use crate::web_address::{Media, media_file, site_name};

/// How wide a figure is shown, from vn-article.css: the whole screen up to
/// the column's width (40rem, figures running edge to edge on phones),
/// then the column's width less its padding, then the column.
pub const DEFAULT_SIZES: &str = "(max-width: 40rem) 100vw, (max-width: 42.5rem) calc(100vw - 2.5rem), 40rem";

/// The widths of the ladder an image template makes, by default.
pub const DEFAULT_IMAGE_WIDTHS: [u32; 7] = [320, 480, 640, 800, 1024, 1280, 1600];

/// Captions longer than this many characters take more than two lines on a
/// 360-pixel-wide phone (about 45 characters a line of the caption's type)
/// and get a "Xem thêm" control there.
const LONG_CAPTION: usize = 90;

/// The events of one figure; `lead` marks the article's lead image, and
/// `link_below` a figure whose link the words under it open with.
pub(super) fn figure<'a>(
    figure: &'a Figure,
    lead: bool,
    link_below: bool,
    labels: &Labels,
    options: &RenderOptions,
    out: &mut Events<'a>,
) {
    let image = &figure.image;
    let src = image.src.as_deref().filter(|src| safe_url(src).is_some());
    let lead = lead && src.is_some();
    let class = if lead {
        "vn-figure vn-figure--lead"
    } else {
        "vn-figure"
    };
    out.start(Tag::with_class("figure", class).attr("part", "figure"));
    // A picture that leads to another page is a link to it, named by its
    // text alternative, or else by its caption. A decorative one whose
    // link the words under it open with (a teaser: its picture and its
    // title lead to one story) leaves the one link to the words, for the
    // keyboard and screen readers.
    let link = figure.link.as_deref().and_then(safe_url);
    if let Some(link) = link {
        let mut tag = Tag::with_class("a", "vn-figure__link").url("href", link);
        if image.alt.is_empty() && link_below {
            tag = tag.attr("tabindex", "-1").attr("aria-hidden", "true");
        } else if image.alt.is_empty() {
            tag = match figure.caption.as_deref() {
                Some(caption) => tag.lang(figure.lang.as_ref()).attr("aria-label", caption),
                None => tag.attr("aria-label", labels.open()),
            };
        }
        out.start(tag);
    }
    match src {
        Some(src) => picture(figure, src, lead, link.is_some(), labels, options, out),
        None => {
            // The scrape kept the image's words but not the image: hold its
            // place with a quiet box, and let the alt text speak for it.
            let tag = Tag::with_class("div", "vn-figure__placeholder");
            let tag = if image.alt.is_empty() {
                tag.attr("aria-hidden", "true")
            } else {
                (tag.attr("role", "img").lang(figure.lang.as_ref())).attr("aria-label", image.alt.as_str())
            };
            out.start(tag);
            out.end("div");
        }
    }
    if link.is_some() {
        out.end("a");
    }
    caption(
        figure.caption.as_deref(),
        figure.credit.as_deref(),
        figure.lang.as_ref(),
        Captioned::Picture,
        labels,
        out,
    );
    out.end("figure");
}

/// What a caption is under.
#[derive(Clone, Copy)]
pub(super) enum Captioned {
    Picture,
    /// A video, a post, a map, a file: an embed.
    Embed,
}

/// The events of one embed: a link to it, named by its title and by what
/// following it does (`Xem trên YouTube`); before it, for a video or sound
/// file, the browser's own player, which loads nothing but the file's
/// first bytes until the reader presses play.
pub(super) fn embed<'a>(embed: &'a Embed, labels: &Labels, out: &mut Events<'a>) {
    // An address the allow-list refuses (an article built in Rust: JSON's
    // are refused when read) is neither linked nor played; its words stay,
    // and without words there is nothing to show.
    let url = safe_url(&embed.url);
    if url.is_none() && embed.title.is_none() && embed.caption.is_none() && embed.credit.is_none() {
        return;
    }
    let media = url.and_then(media_file);
    let class = match media {
        Some(Media::Video) => "vn-figure vn-embed vn-embed--video",
        Some(Media::Sound) => "vn-figure vn-embed vn-embed--sound",
        None => "vn-figure vn-embed vn-embed--page",
    };
    out.start(Tag::with_class("figure", class).attr("part", "figure"));
    if let (Some(url), Some(media)) = (url, media) {
        let name = match media {
            Media::Video => "video",
            Media::Sound => "audio",
        };
        let mut player = Tag::with_class(name, "vn-embed__player")
            .attr("controls", "")
            .attr("preload", "metadata");
        if let Some(title) = &embed.title {
            player = player
                .lang(embed.lang.as_ref())
                .attr("aria-label", title.as_str());
        }
        // Tag::url allow-lists it, as every address.
        if let (Media::Video, Some(poster)) = (media, &embed.poster) {
            player = player.url("poster", poster.as_str());
        }
        out.start(player.url("src", url));
        out.end(name);
    }
    let link = match url {
        Some(url) => Tag::with_class("a", "vn-embed__link").url("href", url),
        None => Tag::with_class("span", "vn-embed__link"),
    };
    let link_name = link.name();
    out.start(link);
    if let Some(title) = &embed.title {
        // Text, not prose: inside the link, no address or cited document
        // in it may be a link of its own.
        let tag = Tag::with_class("span", "vn-embed__title").lang(embed.lang.as_ref());
        out.element(tag, title);
    }
    let action: Option<Cow<'_, str>> = match (url, media) {
        (None, _) => None,
        (Some(_), Some(media)) => Some(labels.open_file(media).into()),
        (Some(url), None) => Some(match site_name(url) {
            Some(site) => labels.view_on(site).into(),
            None => labels.open().into(),
        }),
    };
    if let Some(action) = action {
        if embed.title.is_some() {
            out.text(" ");
        }
        out.start(Tag::with_class("span", "vn-embed__action"));
        out.text(action);
        out.end("span");
    }
    out.end(link_name);
    caption(
        embed.caption.as_deref(),
        embed.credit.as_deref(),
        embed.lang.as_ref(),
        Captioned::Embed,
        labels,
        out,
    );
    out.end("figure");
}

/// The image, in a link to its largest file unless it is `linked`
/// elsewhere, in a `<picture>` when it has other formats.
fn picture<'a>(
    figure: &'a Figure,
    src: &'a str,
    lead: bool,
    linked: bool,
    labels: &Labels,
    options: &RenderOptions,
    out: &mut Events<'a>,
) {
    let image = &figure.image;
    let candidates = candidates(image, src, options);
    let sizes = image
        .sizes
        .as_deref()
        .or(options.image_sizes.as_deref())
        .unwrap_or(DEFAULT_SIZES);
    // When the caption says what the alt text says, the caption names the
    // figure and screen readers hear it once; but for a link, which the
    // alt text names.
    let alt = if !linked && same_text(&image.alt, figure.caption.as_deref(), figure.credit.as_deref()) {
        ""
    } else {
        image.alt.as_str()
    };
    // A decorative image is not worth a closer look.
    let zoom = !linked && !image.alt.is_empty();
    if zoom {
        let largest = candidates
            .iter()
            .max_by_key(|candidate| candidate.width)
            .map_or(Cow::Borrowed(src), |candidate| candidate.src.clone());
        // Named by its words and the picture's text alternative, rather
        // than by an `aria-label` holding both: each is then read in its
        // own language.
        out.start(Tag::with_class("a", "vn-figure__zoom").url("href", largest));
        out.element(
            Tag::with_class("span", "vn-visually-hidden"),
            labels.enlarge(!alt.is_empty()),
        );
    }
    if !image.sources.is_empty() {
        out.start(Tag::with_class("picture", "vn-figure__picture"));
        for alternative in &image.sources {
            let files = alternative.srcset.iter().map(|candidate| FileAt {
                src: Cow::Borrowed(candidate.src.as_str()),
                width: candidate.width,
            });
            let tag = Tag::new("source").attr("type", alternative.media_type.as_str());
            out.start(tag.srcset(files).attr("sizes", sizes.to_owned()));
        }
    }
    let mut class = String::from("vn-figure__image");
    if image.size.is_none() {
        class.push_str(" vn-figure__image--unsized");
    }
    if let Some(focus) = image.focus {
        // Classes, not a style attribute: the page's CSP forbids inline
        // styles. Tenths are close enough for where a crop centres.
        class.push_str(&format!(
            " vn-focus-x-{} vn-focus-y-{}",
            (u32::from(focus.x) + 5) / 10 * 10,
            (u32::from(focus.y) + 5) / 10 * 10
        ));
    }
    // Attributes in the order a script should set them, since the DOM
    // writer sets them one by one in this order: what governs the fetch
    // before what starts it, as Firefox ignores `loading` set after `src`
    // (MDN, HTMLImageElement.loading; Firefox bug 1647077) and would fetch
    // every image of the article at once; and `sizes` last, as Chromium
    // reads it again whenever `src` or `srcset` changes after it (an image
    // took twice as long to build with `sizes` first: benches/README.md).
    // The HTML parser reads a tag's attributes together: in markup the order
    // costs nothing.
    let mut tag = Tag::new("img").attr("class", class);
    tag = if lead {
        tag.attr("loading", "eager").attr("fetchpriority", "high")
    } else {
        tag.attr("loading", "lazy")
    };
    tag = tag.attr("decoding", "async");
    if let Some(size) = image.size {
        tag = tag
            .attr("width", size.width.to_string())
            .attr("height", size.height.to_string());
    }
    if !alt.is_empty() {
        tag = tag.lang(figure.lang.as_ref());
    }
    tag = tag.attr("alt", alt).url("src", src);
    if !candidates.is_empty() {
        tag = tag.srcset(candidates.into_iter()).attr("sizes", sizes.to_owned());
    }
    out.start(tag);
    if !image.sources.is_empty() {
        out.end("picture");
    }
    if zoom {
        out.end("a");
    }
}

/// One file of a `srcset`.
pub(super) struct FileAt<'a> {
    pub(super) src: Cow<'a, str>,
    pub(super) width: u32,
}

/// The files the browser may choose from: the image's own `srcset`, or the
/// ladder the image template makes from `src`, never wider than the
/// original.
fn candidates<'a>(image: &'a Image, src: &'a str, options: &RenderOptions) -> Vec<FileAt<'a>> {
    if !image.srcset.is_empty() {
        return image
            .srcset
            .iter()
            .map(|Candidate { src, width }| FileAt {
                src: Cow::Borrowed(src.as_str()),
                width: *width,
            })
            .collect();
    }
    let Some(template) = options.image_template.as_deref() else {
        return Vec::new();
    };
    let original = image.size.map(|size| size.width);
    let mut widths: Vec<u32> = options
        .image_widths
        .iter()
        .copied()
        .filter(|&width| width > 0 && original.is_none_or(|original| width <= original))
        .collect();
    // The largest file is the original width, when the ladder stops short.
    if let Some(original) = original
        && widths.last().is_none_or(|&largest| largest < original)
    {
        widths.push(original);
    }
    widths.sort_unstable();
    widths.dedup();
    widths
        .into_iter()
        .map(|width| FileAt {
            src: Cow::Owned(from_template(template, src, width)),
            width,
        })
        .collect()
}

/// `https://cdn.example.vn/{path}?w={width}` filled for one width: `{path}`
/// is the path of `src` without its leading `/` (`anh/2019/hoi-nghi.jpg`),
/// `{src}` the whole `src` encoded as a query value, `{width}` the width.
fn from_template(template: &str, src: &str, width: u32) -> String {
    template
        .replace("{path}", path_of(src))
        .replace(
            "{src}",
            &utf8_percent_encode(src, super::citations::URI_COMPONENT).to_string(),
        )
        .replace("{width}", &width.to_string())
}

/// The path of a URL without its scheme, host, leading `/`, query and
/// fragment: `https://host/anh/a.jpg?v=2` → `anh/a.jpg`.
fn path_of(src: &str) -> &str {
    let path = match src.split_once("//") {
        // `https://host/path` or `//host/path`.
        Some((scheme, rest)) if scheme.is_empty() || scheme.ends_with(':') => {
            rest.find('/').map_or("", |slash| &rest[slash..])
        }
        _ => src,
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.trim_start_matches('/')
}

/// Whether the alt text and the caption say the same, but for a final full
/// stop and the spaces around, and for the photo credit at the end of the
/// alt text when it is the figure's `credit`, which the caption shows
/// (`… hội nghị. Ảnh: Nhật Bắc` over the caption `… hội nghị.` and the
/// credit `Nhật Bắc`, as VnExpress writes its alt texts).
fn same_text(alt: &str, caption: Option<&str>, credit: Option<&str>) -> bool {
    let plain = |text: &str| text.trim().trim_end_matches('.').trim_end().to_owned();
    let Some(caption) = caption.filter(|_| !alt.trim().is_empty()) else {
        return false;
    };
    // The credit in the alt text names it with its label or without.
    let credited = || {
        let (words, alt_credit) = split_credit(alt)?;
        let (alt_credit, credit) = (plain(alt_credit), plain(credit?));
        let same_credit = alt_credit == credit || alt_credit.ends_with(&format!(" {credit}"));
        Some(same_credit && plain(&words) == plain(caption))
    };
    plain(alt) == plain(caption) || credited().unwrap_or(false)
}

/// The caption and the credit of a picture or an embed, apart, in `lang`
/// when they are not in the article's; a long caption shortened on phones
/// behind a control that works without JavaScript.
fn caption<'a>(
    caption: Option<&'a str>,
    credit: Option<&'a str>,
    lang: Option<&'a LanguageTag>,
    of: Captioned,
    labels: &Labels,
    out: &mut Events<'a>,
) {
    if caption.is_none() && credit.is_none() {
        return;
    }
    out.start(Tag::with_class("figcaption", "vn-figure__caption").attr("part", "caption"));
    if let Some(caption) = caption {
        out.element(
            Tag::with_class("span", "vn-visually-hidden"),
            labels.caption_prefix(of),
        );
        out.start(Tag::with_class("span", "vn-figure__caption-text").lang(lang));
        out.prose(caption);
        out.end("span");
    }
    if let Some(credit) = credit {
        if caption.is_some() {
            out.text(" ");
        }
        // The label the page adds (`Ảnh: `) is in the article's language,
        // the credit in its own.
        if labels.names_a_credit(credit) {
            out.element(Tag::with_class("span", "vn-figure__credit").lang(lang), credit);
        } else {
            out.start(Tag::with_class("span", "vn-figure__credit"));
            out.text(labels.credit_prefix(of));
            match lang {
                Some(lang) => out.element(Tag::new("span").lang(Some(lang)), credit),
                None => out.text(credit),
            }
            out.end("span");
        }
    }
    if caption.is_some_and(|caption| caption.chars().count() > LONG_CAPTION) {
        out.start(Tag::with_class("label", "vn-figure__more"));
        // Named by the label's visible words: "Xem thêm", then "Thu gọn".
        out.start(Tag::with_class("input", "vn-figure__more-toggle").attr("type", "checkbox"));
        out.element(
            Tag::with_class("span", "vn-figure__more-open"),
            labels.read_more(),
        );
        out.element(
            Tag::with_class("span", "vn-figure__more-close"),
            labels.read_less(),
        );
        out.end("label");
    }
    out.end("figcaption");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_for_image_templates() {
        for (src, path) in [
            ("https://baotinh.vn/anh/2019/a.jpg?v=2#x", "anh/2019/a.jpg"),
            ("//cdn.vn/anh/a.jpg", "anh/a.jpg"),
            ("/anh/a.jpg", "anh/a.jpg"),
            ("anh/a.jpg", "anh/a.jpg"),
            ("https://baotinh.vn", ""),
        ] {
            assert_eq!(path_of(src), path, "{src}");
        }
        assert_eq!(
            from_template("https://img.vn/r?u={src}&w={width}", "https://a.vn/x y.jpg", 480),
            "https://img.vn/r?u=https%3A%2F%2Fa.vn%2Fx%20y.jpg&w=480"
        );
    }
}
