//! What a reader gets from rendered HTML, read back with a real HTML parser
//! (html5ever, through scraper): the text content, as the DOM's
//! `textContent` gives it, and the text alternatives of images.

use scraper::{Html, Selector};

/// Rendered HTML as a reader meets it.
pub struct Page {
    /// All text, in document order, entities decoded.
    pub text: String,
    /// The non-empty `alt` of every image and `aria-label` of every image
    /// placeholder (`alt=""` marks a decorative image: it has none).
    pub alternatives: Vec<String>,
}

impl Page {
    pub fn parse(html: &str) -> Page {
        let fragment = Html::parse_fragment(html);
        let text = fragment.root_element().text().collect();
        let selector = Selector::parse("img[alt], [role=img][aria-label]").expect("valid selector");
        let alternatives = fragment
            .select(&selector)
            .filter_map(|element| element.attr("alt").or_else(|| element.attr("aria-label")))
            .filter(|alternative| !alternative.is_empty())
            .map(str::to_owned)
            .collect();
        Page { text, alternatives }
    }

    /// Whether the page shows `line` of scraped text: as text, as an
    /// image's text alternative, or — for a byline, which the page lists
    /// name by name, with a `Theo …`, `Tổng hợp`, `Ảnh: …` or `Video: …`
    /// credit the scrape glued to it split off (`Nhật LinhTheo Reuters`,
    /// `Hạo MinhẢnh: Đỗ Linh`), and for a caption, whose
    /// photo credit the figure shows apart (`… 838m (Ảnh: AFP).`) — every
    /// part of it. A list item's bullet or number is the list's to show
    /// (`<ul>`, `<ol>`), not its text: a line read as one (`1. Amazon: …`,
    /// `+ Văn bằng 1: …`) is shown without it.
    // Not every test that reads pages reads scraped lines (tests/render.rs).
    #[allow(dead_code)]
    pub fn shows_line(&self, line: &str) -> bool {
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let item = match digits {
            0 => line.strip_prefix(['-', '+', '•', '*', '–', '●', '▪', '◦']),
            _ => line[digits..].strip_prefix(['.', ')']),
        };
        let line = match item {
            Some(item) if item.starts_with(' ') => item.trim_start(),
            _ => line,
        };
        let unglued = ["Theo ", "Tổng hợp", "Ảnh:", "Video:"]
            .iter()
            .fold(line.to_owned(), |line, credit| {
                line.replace(credit, &format!("\n{credit}"))
            });
        self.text.contains(line)
            || self.alternatives.iter().any(|alternative| alternative == line)
            || unglued
                .split(['\n', ',', '-', '–', ';', '(', ')'])
                .flat_map(|part| part.split(" và "))
                .all(|part| self.text.contains(part.trim()))
    }
}
