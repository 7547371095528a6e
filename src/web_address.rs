//! Reading web addresses: their host, the site a video or a post is on,
//! and the page a site's player stands for.
//!
//! By hand rather than with the `url` crate: these read the host and one
//! query parameter of addresses already allow-listed, and the crate's
//! WHATWG parser with its IDNA tables would add more to the wasm module
//! than all of this.

use std::borrow::Cow;

use percent_encoding::percent_decode_str;

/// `https://dantri.com.vn/kinh-doanh/…` → `dantri.com.vn` (in small
/// letters as written, without `www.`); `None` for an address without a
/// scheme's `://`.
pub(crate) fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', '\\']).next()?;
    let host = host.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.strip_prefix("www.").unwrap_or(host))
}

/// Whether `host` is `domain` or one of its subdomains (`m.youtube.com`).
fn is_on(host: &str, domain: &str) -> bool {
    // By bytes: a host may hold any character (`ví-dụ.vn`), and a slice
    // of it by `domain`'s length need not fall between two.
    let (host, domain) = (host.as_bytes(), domain.as_bytes());
    host.len() >= domain.len()
        && host[host.len() - domain.len()..].eq_ignore_ascii_case(domain)
        && (host.len() == domain.len() || host[host.len() - domain.len() - 1] == b'.')
}

/// The sites newsrooms embed most, by the domains they serve their pages
/// and players from, with the names readers know them by.
const SITES: &[(&str, &[&str])] = &[
    ("YouTube", &["youtube.com", "youtu.be", "youtube-nocookie.com"]),
    ("Facebook", &["facebook.com", "fb.watch", "fb.com"]),
    ("TikTok", &["tiktok.com"]),
    ("X", &["twitter.com", "x.com"]),
    ("Instagram", &["instagram.com"]),
    ("Threads", &["threads.net", "threads.com"]),
    ("Vimeo", &["vimeo.com"]),
    ("Dailymotion", &["dailymotion.com", "dai.ly"]),
    ("Spotify", &["spotify.com"]),
    ("SoundCloud", &["soundcloud.com"]),
    ("Zing MP3", &["zingmp3.vn"]),
    ("Zalo", &["zalo.me"]),
    ("Google Maps", &["maps.google.com", "maps.app.goo.gl"]),
];

/// The name of the site `url` is on, as readers know it (`YouTube`), or
/// its host (`vtv.vn`); `None` for a relative address.
pub(crate) fn site_name(url: &str) -> Option<&str> {
    let host = host(url)?;
    let known = SITES
        .iter()
        .find(|(_, domains)| domains.iter().any(|domain| is_on(host, domain)))
        .map(|&(name, _)| name);
    let google_maps = || {
        let path = url.split_once("://")?.1.split_once('/')?.1;
        (is_on(host, "google.com") && path.starts_with("maps")).then_some("Google Maps")
    };
    Some(known.or_else(google_maps).unwrap_or(host))
}

/// The page a site's player (the address of an `<iframe>`) stands for, for
/// a reader who follows a link rather than playing it in place:
/// `https://www.youtube.com/embed/ID?start=30` → `https://www.youtube.com/watch?v=ID`,
/// `https://player.vimeo.com/video/ID` → `https://vimeo.com/ID`, a
/// playlist's player its playlist, and a Facebook plugin's `href`. Any other address is the page itself; one
/// that leaves out its scheme (`//www.youtube.com/…`) is given `https:`.
pub(crate) fn page_of_player(url: &str) -> Cow<'_, str> {
    let url = match url.strip_prefix("//") {
        Some(rest) => Cow::Owned(format!("https://{rest}")),
        None => Cow::Borrowed(url),
    };
    let Some(host) = host(&url) else {
        return url;
    };
    let path = (url.split_once("://").map(|(_, rest)| rest))
        .and_then(|rest| rest.split_once('/'))
        .map_or("", |(_, path)| path);
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let path = path.split('#').next().unwrap_or(path);
    // An id as sites write them, nothing that would change the address.
    let plain = |id: &&str| {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
    };
    let id = |prefix: &str| path.strip_prefix(prefix)?.split('/').next().filter(plain);
    let parameter = |name: &str| {
        (query.split('&')).find_map(|pair| pair.strip_prefix(name).and_then(|rest| rest.strip_prefix('=')))
    };
    let page = if is_on(host, "youtube.com") || is_on(host, "youtube-nocookie.com") {
        match id("embed/") {
            // A playlist's player.
            Some("videoseries") => (parameter("list").filter(plain))
                .map(|list| format!("https://www.youtube.com/playlist?list={list}")),
            id => id.map(|id| format!("https://www.youtube.com/watch?v={id}")),
        }
    } else if is_on(host, "player.vimeo.com") {
        id("video/").map(|id| format!("https://vimeo.com/{id}"))
    } else if is_on(host, "facebook.com") && path.starts_with("plugins/") {
        parameter("href")
            .map(|href| percent_decode_str(href).decode_utf8_lossy().into_owned())
            .filter(|href| href.starts_with("https://") && host_is_facebook(href))
    } else {
        None
    };
    page.map_or(url, Cow::Owned)
}

fn host_is_facebook(url: &str) -> bool {
    host(url).is_some_and(|host| is_on(host, "facebook.com") || is_on(host, "fb.watch"))
}

/// What a file at `url` plays, by its name's extension: a video (`.mp4`,
/// `.webm`, `.mov`, `.m4v`, `.ogv`) or a sound (`.mp3`, `.m4a`, `.aac`,
/// `.ogg`, `.oga`, `.opus`, `.wav`, `.flac`); `None` for a page.
pub(crate) fn media_file(url: &str) -> Option<Media> {
    let is = |extensions: &[&str]| has_extension(url, extensions);
    if is(&["mp4", "webm", "mov", "m4v", "ogv"]) {
        Some(Media::Video)
    } else if is(&["mp3", "m4a", "aac", "ogg", "oga", "opus", "wav", "flac"]) {
        Some(Media::Sound)
    } else {
        None
    }
}

/// Whether the link `url` around a picture leads to a page (a related
/// story's, a sponsor's): not to an image file, the picture's larger view,
/// nor to a place in the page (`#`, a script's lightbox).
pub(crate) fn leads_to_a_page(url: &str) -> bool {
    !url.starts_with('#') && !is_image_file(url)
}

/// Whether `url` names an image file, by its name's extension (`.jpg`,
/// `.png`, `.webp`…).
fn is_image_file(url: &str) -> bool {
    has_extension(
        url,
        &[
            "jpg", "jpeg", "jfif", "png", "gif", "webp", "avif", "svg", "bmp", "jxl", "heic", "tif", "tiff",
        ],
    )
}

/// Whether every browser plays the file at `url`: an MP4 or an MP3
/// (Safari plays no WebM or Ogg).
pub(crate) fn plays_everywhere(url: &str) -> bool {
    has_extension(url, &["mp4", "m4v", "mp3", "m4a"])
}

/// Whether the file `url` names (its path's last segment) ends with one of
/// `extensions`, in either case.
fn has_extension(url: &str, extensions: &[&str]) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').is_some_and(|(_, extension)| {
        extensions
            .iter()
            .any(|known| extension.eq_ignore_ascii_case(known))
    })
}

/// What a media file plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Media {
    Video,
    Sound,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            host("https://dantri.com.vn/kinh-doanh/a.htm"),
            Some("dantri.com.vn")
        );
        assert_eq!(host("https://www.baomoi.com/?a=1"), Some("baomoi.com"));
        assert_eq!(host("https://user@vtv.vn:8080/a"), Some("vtv.vn"));
        assert_eq!(host("dantri.com.vn"), None);
        assert_eq!(host("/video/a.mp4"), None);
    }

    #[test]
    fn sites_by_their_names() {
        assert_eq!(site_name("https://youtu.be/abc"), Some("YouTube"));
        assert_eq!(site_name("https://m.facebook.com/watch/?v=1"), Some("Facebook"));
        assert_eq!(site_name("https://x.com/a/status/1"), Some("X"));
        assert_eq!(
            site_name("https://www.google.com/maps/place/Hồ+Gươm"),
            Some("Google Maps")
        );
        assert_eq!(site_name("https://www.google.com/search?q=a"), Some("google.com"));
        // A domain ending like a known one is not it.
        assert_eq!(site_name("https://notyoutube.com/a"), Some("notyoutube.com"));
        assert_eq!(site_name("https://vtv.vn/video/a.htm"), Some("vtv.vn"));
        assert_eq!(site_name("/video/a.mp4"), None);
        // A host of letters beyond ASCII, shorter or longer than a domain.
        assert_eq!(site_name("https://ví-dụ.vn/a"), Some("ví-dụ.vn"));
        assert_eq!(site_name("https://ữ.vn/a"), Some("ữ.vn"));
        assert_eq!(
            page_of_player("https://x\u{fffd}ube.com/embed/a"),
            "https://x\u{fffd}ube.com/embed/a"
        );
    }

    #[test]
    fn players_stand_for_their_pages() {
        assert_eq!(
            page_of_player("https://www.youtube.com/embed/dQw4w9WgXcQ?start=30"),
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        );
        assert_eq!(
            page_of_player("//www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        );
        assert_eq!(
            page_of_player("https://player.vimeo.com/video/76979871"),
            "https://vimeo.com/76979871"
        );
        assert_eq!(
            page_of_player("https://www.youtube.com/embed/videoseries?si=x&list=PL1a-2_b"),
            "https://www.youtube.com/playlist?list=PL1a-2_b"
        );
        assert_eq!(
            page_of_player(
                "https://www.facebook.com/plugins/video.php?height=314&href=https%3A%2F%2Fwww.facebook.com%2Fbaodientudantri%2Fvideos%2F123%2F&show_text=false"
            ),
            "https://www.facebook.com/baodientudantri/videos/123/"
        );
        // A plugin's href to another site is not followed.
        let plugin = "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fevil.example%2F";
        assert_eq!(page_of_player(plugin), plugin);
        // An id that is not one is left as it is.
        let odd = "https://www.youtube.com/embed/a\"b";
        assert_eq!(page_of_player(odd), odd);
        assert_eq!(page_of_player("https://vtv.vn/embed/1"), "https://vtv.vn/embed/1");
        assert_eq!(page_of_player("/clip.mp4"), "/clip.mp4");
    }

    #[test]
    fn media_files_by_their_extension() {
        assert_eq!(media_file("https://cdn.vn/a/clip.MP4?v=2"), Some(Media::Video));
        assert_eq!(media_file("/podcast/tap-1.mp3"), Some(Media::Sound));
        assert_eq!(media_file("https://youtu.be/abc"), None);
        assert_eq!(media_file("https://vtv.vn/video.htm"), None);
        assert_eq!(media_file("https://cdn.vn/mp4/"), None);
    }
}
