//! Properties of reading scraped text, over generated pages shaped like the
//! seed article: a title, a dateline in one of the spellings newsrooms use,
//! paragraphs, image and caption line pairs, stray punctuation, a byline.
//! Every line with words in it reaches the rendered page (as text or as an
//! image's alternative), or a warning names it; the dateline becomes the
//! article's date.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/text_content.rs"]
mod text_content;

use proptest::prelude::*;
use vn_article::normalize::{NormalizeOptions, article_style, normalize_text};
use vn_article::{RenderOptions, Severity, check, ingest, render};

/// Sentences of news prose: citations, quotes, numbers, a sentence that
/// starts like a dateline or a byline, damaged letters.
const SENTENCES: &[&str] = &[
    "Sáng 7-11, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị trực tuyến.",
    "Hội nghị đã quán triệt Quy định 205-QĐ/TW của Bộ Chính trị.",
    "Quy định 205 của Bộ Chính trị sẽ là bước đột phá.",
    "Phó Bí thư nhấn mạnh: chống \"chạy chức, chạy quyền”, chống tiêu cực…",
    "Giá vàng tăng 1.200 đồng, tương đương 3,5%.",
    "Thứ Năm, ngày 07/11/2019, đoàn công tác đến thăm tỉnh.",
    "Theo Nghị định số 100/2019/NĐ-CP, mức phạt tăng gấp đôi.",
    "Xem thêm tại https://baochinhphu.vn/tin-tuc.htm.",
    "Lê Hương cho biết sẽ tiếp tục theo dõi.",
    "Tòan bộ hồ sơ đã được chuyển đi.",
    "Hoà bình là khát vọng của nhân dân.",
    "Liên hệ: toasoan@baodientu.vn.",
];

/// Datelines as scraped pages write them.
const DATELINES: &[&str] = &[
    "Cập nhật lúc 16:07, Thứ Năm, 07/11/2019 (GMT+7)",
    "Thứ Năm, 07/11/2019 - 16:07",
    "07/11/2019 16:07 GMT+7",
    "Ngày đăng: 07/11/2019",
];

/// A line of the page after the title and dateline.
#[derive(Clone, Debug)]
enum Line {
    Paragraph(Vec<&'static str>),
    /// An image's alternative, then its caption: nearly the same words.
    Figure(&'static str),
    Punctuation(&'static str),
    Blank,
}

fn line() -> impl Strategy<Value = Line> {
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(SENTENCES), 1..4).prop_map(Line::Paragraph),
        1 => prop::sample::select(vec![
            "Các đại biểu tham dự hội nghị tại điểm cầu Tỉnh ủy",
            "Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận hội nghị.",
        ])
        .prop_map(Line::Figure),
        1 => prop::sample::select(vec![".", ",", "…", "-"]).prop_map(Line::Punctuation),
        1 => Just(Line::Blank),
    ]
}

/// A scraped page and the lines whose text the reader must get.
fn page() -> impl Strategy<Value = (String, Vec<String>)> {
    let title = prop::sample::select(vec![
        "Hội nghị trực tuyến quán triệt các quy định, hướng dẫn của Trung ương",
        "Giá vàng hôm nay tăng mạnh",
    ]);
    let dateline = prop::option::of(prop::sample::select(DATELINES));
    let byline = prop::option::of(prop::sample::select(vec![
        "Lê Hương",
        " Nhật Linh",
        "Minh Anh - Quốc Huy",
    ]));
    (title, dateline, prop::collection::vec(line(), 1..10), byline).prop_map(
        |(title, dateline, lines, byline)| {
            let mut text = vec![title.to_owned()];
            let mut shown = vec![title.to_owned()];
            text.extend(dateline.map(str::to_owned));
            for line in lines {
                match line {
                    Line::Paragraph(sentences) => {
                        let paragraph = sentences.join(" ");
                        text.push(paragraph.clone());
                        shown.push(paragraph);
                    }
                    Line::Figure(caption) => {
                        // The scrape's alternative differs by a letter or a word.
                        let alternative = caption.replacen("cầu", "cẩu", 1).replacen("Thường trực ", "", 1);
                        text.extend([alternative.clone(), caption.to_owned()]);
                        shown.extend([alternative, caption.to_owned()]);
                    }
                    Line::Punctuation(mark) => text.push(mark.to_owned()),
                    Line::Blank => text.push(String::new()),
                }
            }
            if let Some(byline) = byline {
                text.extend([String::new(), byline.to_owned()]);
                shown.push(byline.trim().to_owned());
            }
            (text.join("\n") + "\n", shown)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn every_line_with_words_reaches_the_page_or_a_warning((text, lines) in page()) {
        let ingested = ingest(&text);
        prop_assert!(ingested.is_ok(), "{:?}\n{}", ingested.err(), text);
        let Ok(ingested) = ingested else { return Ok(()) };
        let article = ingested.article;
        let json = serde_json::to_string(&article).unwrap_or_default();
        let errors: Vec<_> = check(&json).into_iter().filter(|problem| problem.severity() == Severity::Error).collect();
        prop_assert!(errors.is_empty(), "{:?}\n{}", errors, text);
        if text.lines().any(|line| DATELINES.contains(&line)) {
            prop_assert!(article.published.is_some() || article.updated.is_some(), "no date from\n{}", text);
        }

        let options = RenderOptions::default();
        let page = text_content::Page::parse(&render(&article, &options));
        let style = article_style(&article, &options.normalize_options());
        let line_options = NormalizeOptions::new(style, options.typography, options.legacy);
        let warned: Vec<String> = ingested.warnings.iter().map(ToString::to_string).collect();
        for line in &lines {
            let normalized = normalize_text(line, &line_options).text;
            prop_assert!(
                page.shows_line(&normalized) || warned.iter().any(|warning| warning.contains(line.as_str())),
                "line not on the page and not warned of: {:?}\npage: {:?}\nfrom:\n{}",
                normalized,
                page.text,
                text
            );
        }
    }
}
