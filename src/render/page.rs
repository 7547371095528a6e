//! A complete static page around one rendered article, for static sites
//! and server-side rendering: the article is already on screen when the
//! page arrives, and the host module only adds behaviour to it.

use serde_json::{Map, Value, json};

use super::escape::{escape_attr, escape_json_in_script, escape_text, safe_url};
use super::{RenderOptions, Rendered, events, push_html, read_and_write};
use crate::Error;
use crate::article::{Article, Block};
use crate::normalize::lower_case;

/// Where the page finds the host module and its stylesheet: a URL prefix
/// (`.`, `/assets/vn-article`, `https://cdn.example.vn/vn-article@0.1.0`)
/// under which `vn-article.js` and `vn-article.css` are served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageAssets {
    prefix: String,
}

impl PageAssets {
    /// Assets under `prefix`; a trailing `/` is optional, `/` is the
    /// site's root and an empty prefix the page's own folder.
    pub fn new(prefix: &str) -> Self {
        let prefix = if prefix.is_empty() { "." } else { prefix };
        PageAssets {
            prefix: prefix.trim_end_matches('/').to_owned(),
        }
    }

    fn url(&self, file: &str) -> String {
        format!("{}/{file}", self.prefix)
    }
}

impl Default for PageAssets {
    /// The page's own folder.
    fn default() -> Self {
        PageAssets::new(".")
    }
}

/// Renders `article` as a whole HTML document: doctype, language,
/// viewport, title and description from the article, the stylesheet, the
/// host module, the article's Open Graph description for link previews,
/// and the article inside `<vn-article>`, where the element finds it and
/// keeps it.
///
/// ```
/// use vn_article::{Article, RenderOptions};
/// use vn_article::render::{PageAssets, render_page};
///
/// let page = render_page(&Article::new("Hà Nội & Huế"), &RenderOptions::default(), &PageAssets::new("/vn"));
/// assert!(page.starts_with("<!doctype html>\n<html lang=\"vi\">"));
/// assert!(page.contains("<title>Hà Nội &amp; Huế</title>"));
/// assert!(page.contains("<script type=\"module\" src=\"/vn/vn-article.js\"></script>"));
/// ```
pub fn render_page(article: &Article, options: &RenderOptions, assets: &PageAssets) -> String {
    let article = options.prepare(article);
    let lang = options.lang.as_ref().unwrap_or(&article.lang);
    let mut page = String::with_capacity(article.blocks.len() * 512 + 2048);
    page.push_str("<!doctype html>\n<html lang=\"");
    escape_attr(&mut page, lang.as_str());
    page.push_str(
        "\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>",
    );
    escape_text(&mut page, &article.title);
    page.push_str("</title>\n");
    if let Some(sapo) = &article.sapo {
        page.push_str("<meta name=\"description\" content=\"");
        escape_attr(&mut page, sapo);
        page.push_str("\">\n");
    }
    page.push_str("<link rel=\"stylesheet\" href=\"");
    escape_attr(&mut page, &assets.url("vn-article.css"));
    page.push_str("\">\n<script type=\"module\" src=\"");
    escape_attr(&mut page, &assets.url("vn-article.js"));
    page.push_str("\"></script>\n");
    push_open_graph(&mut page, &article);
    push_structured_data(&mut page, &article, lang.as_str());
    page.push_str("</head>\n<body class=\"vn-article-page\">\n<main>\n<vn-article>");
    push_html(&mut page, events(&article, options));
    page.push_str("</vn-article>\n</main>\n</body>\n</html>\n");
    page
}

/// The article as link previews read it (Open Graph, which Facebook and
/// Zalo read when a reader shares the page): its title, standfirst, first
/// image with an absolute web address, dates and authors.
fn push_open_graph(page: &mut String, article: &Article) {
    let mut meta = |property: &str, content: &str| {
        page.push_str("<meta property=\"");
        page.push_str(property);
        page.push_str("\" content=\"");
        escape_attr(page, content);
        page.push_str("\">\n");
    };
    meta("og:type", "article");
    meta("og:title", &article.title);
    if let Some(sapo) = &article.sapo {
        meta("og:description", sapo);
    }
    if let Some(image) = web_images(article).next() {
        meta("og:image", image);
    }
    if let Some(published) = &article.published {
        meta("article:published_time", &published.to_string());
    }
    if let Some(updated) = &article.updated {
        meta("article:modified_time", &updated.to_string());
    }
    for author in article.authors.iter().filter_map(|entry| writer(entry)) {
        meta("article:author", author);
    }
}

/// The article as search engines read it: schema.org's `NewsArticle` in
/// JSON-LD, the structured data Google reads for its news results
/// (headline, images, dates, writers), with the standfirst, the language,
/// the place the story was filed from and its credit (`Theo Reuters`).
fn push_structured_data(page: &mut String, article: &Article, lang: &str) {
    let mut data = Map::new();
    data.insert("@context".into(), "https://schema.org".into());
    data.insert("@type".into(), "NewsArticle".into());
    data.insert("headline".into(), article.title.as_str().into());
    if let Some(sapo) = &article.sapo {
        data.insert("description".into(), sapo.as_str().into());
    }
    data.insert("inLanguage".into(), lang.into());
    let images: Vec<Value> = web_images(article).map(Value::from).collect();
    if !images.is_empty() {
        data.insert("image".into(), images.into());
    }
    if let Some(published) = &article.published {
        data.insert("datePublished".into(), published.to_string().into());
    }
    if let Some(updated) = &article.updated {
        data.insert("dateModified".into(), updated.to_string().into());
    }
    let authors: Vec<Value> = article
        .authors
        .iter()
        .filter_map(|entry| writer(entry))
        .map(|name| json!({"@type": "Person", "name": name}))
        .collect();
    if !authors.is_empty() {
        data.insert("author".into(), authors.into());
    }
    if let Some(place) = &article.place {
        data.insert("locationCreated".into(), json!({"@type": "Place", "name": place}));
    }
    if let Some(credit) = &article.credit {
        data.insert("creditText".into(), credit.as_str().into());
    }
    page.push_str("<script type=\"application/ld+json\">");
    escape_json_in_script(page, &Value::Object(data).to_string());
    page.push_str("</script>\n");
}

/// The figures' images at addresses that name their site (`http(s)://`),
/// in order: what a preview or a search engine, fetching from elsewhere,
/// can find.
fn web_images(article: &Article) -> impl Iterator<Item = &str> {
    article.blocks.iter().filter_map(|block| match block {
        Block::Figure(figure) => figure.image.src.as_deref().and_then(safe_url).filter(|src| {
            ["https://", "http://"].iter().any(|scheme| {
                src.get(..scheme.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
            })
        }),
        _ => None,
    })
}

/// The writer a byline's entry names, as link previews want an author:
/// the names after a label that says they wrote (`Tin, ảnh: Quốc Đạt`,
/// `Bài và ảnh: Minh Anh`), and nobody after a label that credits only a
/// photo, a video or a source (`Ảnh: Nhật Bắc`, `Nguồn video: YouTube`),
/// which the byline on the page still shows. An entry without such a
/// label is a writer as it is (`Lê Hương`). A bracket after the names says
/// more of them than a name (`Minh Anh (TTXVN)`, `Hoàng An (từ Bangkok)`,
/// `Nguyễn Hoàng (thực hiện)`) and is left to the byline.
fn writer(entry: &str) -> Option<&str> {
    let entry = match entry
        .trim_end()
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
    {
        Some((names, _)) if !names.trim().is_empty() => names.trim_end(),
        _ => entry,
    };
    /// Roles of a label that mean writing the article, in small letters.
    const WRITING: &[&str] = &["bài", "tin", "bài viết", "nội dung", "thực hiện"];
    /// Roles of a label that credit something else.
    const OTHER: &[&str] = &[
        "ảnh",
        "hình",
        "hình ảnh",
        "video",
        "clip",
        "nguồn",
        "nguồn ảnh",
        "nguồn video",
        "đồ họa",
        "đồ hoạ",
        "thiết kế",
        "trình bày",
        "quay phim",
        "dựng phim",
        "dựng video",
    ];
    let Some((label, names)) = entry.split_once(':') else {
        return Some(entry);
    };
    let label = lower_case(label);
    let roles = label
        .split([',', '&'])
        .flat_map(|part| part.split(" và "))
        .map(str::trim);
    let mut wrote = false;
    for role in roles {
        if WRITING.contains(&role) {
            wrote = true;
        } else if !OTHER.contains(&role) {
            return Some(entry);
        }
    }
    let names = names.trim();
    (wrote && !names.is_empty()).then_some(names)
}

/// Reads article JSON (within the options' limits, as
/// [`crate::render_json`] does) and renders it as a whole page.
pub fn render_page_json(
    json: &str,
    options: &RenderOptions,
    assets: &PageAssets,
) -> Result<Rendered, Vec<Error>> {
    read_and_write(json, options, |article| render_page(article, options, assets))
}

#[cfg(test)]
mod tests {
    use super::writer;

    #[test]
    fn writers_are_the_names_after_a_label_that_says_they_wrote() {
        for (entry, named) in [
            ("Lê Hương", Some("Lê Hương")),
            ("Minh Anh (TTXVN)", Some("Minh Anh")),
            ("Bài, ảnh: HOÀNG AN (từ Bangkok)", Some("HOÀNG AN")),
            ("Ảnh: Nhật Bắc (TTXVN)", None),
            ("(TTXVN)", Some("(TTXVN)")),
            ("Tin, ảnh: Quốc Đạt", Some("Quốc Đạt")),
            ("Bài và ảnh: Minh Anh", Some("Minh Anh")),
            ("THỰC HIỆN: Nhóm phóng viên", Some("Nhóm phóng viên")),
            ("Ảnh: Nhật Bắc", None),
            ("Nguồn video: YouTube Mrwhosetheboss", None),
            ("Đồ họa: Tuấn Anh", None),
            ("Bài:", None),
            // A label it does not know is no label.
            ("Nguyễn Văn A: phóng viên", Some("Nguyễn Văn A: phóng viên")),
        ] {
            assert_eq!(writer(entry), named, "{entry}");
        }
    }
}
