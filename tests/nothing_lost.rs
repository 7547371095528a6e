//! Nothing lost: over every text of ../shared/corpus (dantri, baomoi,
//! VNLegalText), and over generated articles of every block type made of
//! what breaks renderers (markup characters, citations, quotes, damaged
//! Vietnamese, inline HTML), the text a reader gets from each rendered block
//! equals the normalised input, character for character — whatever
//! citations, quotes or spacing the renderer marked up on the way; and each
//! generated article, written back as JSON, reads as one that shows the
//! same.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use scraper::{ElementRef, Html, Selector};
use serde_json::json;
use vn_article::normalize::{NormalizeOptions, article_style, normalize_text};
use vn_article::{Article, Block, Paragraph, RenderOptions, ingest, render};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(name)
}

fn files(folder: &str) -> Vec<PathBuf> {
    let folder = corpus(folder);
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files
}

/// The text of each block as a reader gets it (`textContent`), in order:
/// headline, standfirst, then the body's paragraphs, headings, quotes, list
/// items, related stories' titles and items, tables' captions and cells,
/// figures' captions, embeds' titles and captions, and the credit under
/// the body. The renderer's own words (dateline, "Chú thích ảnh",
/// the list of cited documents) are not blocks of the input and are left out.
fn rendered_blocks(html: &str) -> Vec<String> {
    let selector = Selector::parse(
        "article > header > h1, article > header > .vn-article__sapo, article > p, article > h2, \
         article > h3, article > h4, article > h5, article > h6, .vn-quote__text > p, \
         .vn-quote__attribution, .vn-list > li, .vn-related__title, .vn-related__list > li, \
         .vn-table__caption, .vn-table th, .vn-table td, \
         .vn-figure__caption-text, .vn-figure__credit, .vn-embed__title",
    )
    .expect("valid selector");
    Html::parse_fragment(html)
        .select(&selector)
        .map(|element: ElementRef| element.text().collect())
        .collect()
}

/// The input's blocks, normalised on their own as the article's options say.
fn expected_blocks(article: &Article, options: &RenderOptions) -> Vec<String> {
    let style = article_style(article, &options.normalize_options());
    let normalize = NormalizeOptions::new(style, options.typography, options.legacy);
    let one = |text: &str| normalize_text(text, &normalize).text;
    // Inline content is normalised whole, across its elements (`, <b>Quy
    // định</b>` keeps the space between) and its line breaks, which show no
    // character.
    let inline = |content: &[vn_article::Inline]| {
        let mut texts = Vec::new();
        collect(content, &mut texts);
        one(&texts.concat()).replace('\n', "")
    };
    let mut blocks = vec![one(&article.title)];
    blocks.extend(article.sapo.as_deref().map(one));
    for block in &article.blocks {
        match block {
            Block::Paragraph(paragraph) => blocks.push(inline(&paragraph.content)),
            Block::Heading { text, .. } => blocks.push(one(text)),
            Block::Quote(quote) => {
                // Each line a paragraph of the quotation, normalised as one
                // text as the renderer does it, then cut at its lines.
                let lines: Vec<String> = quote
                    .paragraphs()
                    .map(|paragraph| {
                        let mut texts = Vec::new();
                        collect(paragraph, &mut texts);
                        texts.concat()
                    })
                    .collect();
                blocks.extend(
                    one(&lines.join("\n"))
                        .split('\n')
                        .filter(|line| !line.trim().is_empty())
                        .map(str::to_owned),
                );
                blocks.extend(quote.attribution.as_deref().map(one));
            }
            Block::List { items, .. } => {
                blocks.extend(items.iter().map(|item| inline(&item.content)));
            }
            Block::Related { title, items, .. } => {
                // A box without a title is named by the renderer's words
                // for it, in the article's language (Vietnamese here).
                blocks.push(title.as_deref().map_or_else(|| "Tin liên quan".to_owned(), one));
                blocks.extend(items.iter().map(|item| inline(&item.content)));
            }
            Block::Figure(figure) => {
                blocks.extend(figure.caption.as_deref().map(one));
                blocks.extend(figure.credit.as_deref().map(one));
            }
            Block::Embed(embed) => {
                blocks.extend(embed.title.as_deref().map(one));
                blocks.extend(embed.caption.as_deref().map(one));
                blocks.extend(embed.credit.as_deref().map(one));
            }
            Block::Table(table) => {
                blocks.extend(table.caption.as_deref().map(one));
                blocks.extend(table.cells().map(|cell| inline(&cell.content)));
            }
            Block::Separator => {}
        }
    }
    blocks.extend(article.credit.as_deref().map(one));
    blocks
}

fn collect(content: &[vn_article::Inline], texts: &mut Vec<String>) {
    for inline in content {
        match inline {
            vn_article::Inline::Text(text) => texts.push(text.clone()),
            vn_article::Inline::Styled { children, .. }
            | vn_article::Inline::Link { children, .. }
            | vn_article::Inline::Language { children, .. } => collect(children, texts),
            vn_article::Inline::Break => texts.push("\n".to_owned()),
        }
    }
}

/// Renders `article` and compares block by block; a difference is reported
/// with the first character where the two part.
fn check(name: &str, article: &Article, failures: &mut Vec<String>) {
    let options = RenderOptions::default();
    let rendered = rendered_blocks(&render(article, &options));
    let expected = expected_blocks(article, &options);
    if rendered.len() != expected.len() {
        failures.push(format!(
            "{name}: {} blocks rendered, {} in the input",
            rendered.len(),
            expected.len()
        ));
        return;
    }
    for (index, (got, want)) in rendered.iter().zip(&expected).enumerate() {
        if got != want {
            let at = got.chars().zip(want.chars()).take_while(|(a, b)| a == b).count();
            let around = |text: &str| {
                text.chars()
                    .skip(at.saturating_sub(20))
                    .take(50)
                    .collect::<String>()
            };
            failures.push(format!(
                "{name}: block {index} differs at character {at}: rendered {:?}, input {:?}",
                around(got),
                around(want)
            ));
        }
    }
}

fn assert_none(failures: &[String], texts: usize) {
    assert!(
        failures.is_empty(),
        "{} differences over {texts} articles:\n{}",
        failures.len(),
        failures.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// Every file of corpus `folder` (at least `expected` of them), read as an
/// article by `article` and checked.
fn check_folder(folder: &str, expected: usize, article: fn(&str) -> Article) {
    let files = files(folder);
    assert!(files.len() >= expected, "{} files in {folder}", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        check(
            &path.file_name().unwrap().to_string_lossy(),
            &article(&text),
            &mut failures,
        );
    }
    assert_none(&failures, files.len());
}

#[test]
fn every_dantri_article_renders_its_text_whole() {
    check_folder("dantri-dev", 1000, |text| {
        ingest(text).expect("dantri ingests (tests/corpus.rs)").article
    });
}

#[test]
fn every_baomoi_article_renders_its_text_whole() {
    // Title, standfirst, then the body (one line, kept as one paragraph).
    check_folder("baomoi-dev", 500, |text| {
        let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
        let mut article = Article::new(lines.next().unwrap_or("(không tiêu đề)"));
        article.sapo = lines.next().map(str::to_owned);
        article
            .blocks
            .extend(lines.map(|line| Block::Paragraph(Paragraph::text(line))));
        article
    });
}

#[test]
fn every_vnlegaltext_sentence_renders_whole() {
    let jsonl = std::fs::read_to_string(corpus("vnlegaltext-val.jsonl")).unwrap();
    let sentences: Vec<String> = jsonl
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            value["text"].as_str().unwrap().to_owned()
        })
        .collect();
    assert!(sentences.len() >= 4000);
    // A hundred sentences to an article, one paragraph each: citations
    // resolve across paragraphs, as they would in a real document.
    let mut failures = Vec::new();
    for (number, chunk) in sentences.chunks(100).enumerate() {
        let mut article = Article::new(format!("Văn bản {number}"));
        article.blocks.extend(
            chunk
                .iter()
                .map(|sentence| Block::Paragraph(Paragraph::text(sentence.as_str()))),
        );
        check(
            &format!("vnlegaltext sentences {}…", number * 100),
            &article,
            &mut failures,
        );
    }
    assert_none(&failures, sentences.len().div_ceil(100));
}

/// What a block's text is made of: prose, cited documents and their short
/// forms, quotes, damaged letters, invisible characters, and the characters
/// and words HTML gives a meaning to.
const PIECES: &[&str] = &[
    "Hội nghị đã quán triệt",
    " ",
    "  ",
    ", ",
    ". ",
    "Quy định 205-QĐ/TW",
    "Quy định 205",
    "Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ",
    "Nghị định 100",
    "khoản 2 Điều 5 ",
    "\"",
    "“",
    "”",
    "'",
    "hoà",
    "Vie\u{323}\u{302}t",
    "tòan",
    "\u{200b}",
    "\u{a0}",
    "<",
    ">",
    "&",
    "&amp;",
    "&lt;b&gt;",
    "<script>alert(1)</script>",
    "</p>",
    "</article>",
    "<!--",
    "https://vi.wikipedia.org/wiki/Hà_Nội?a=1&b=2",
    "a@b.vn",
    "1.800",
    "東京",
    "😀",
];

/// Inline HTML a paragraph may hold, around generated text.
const MARKUP: &[(&str, &str)] = &[
    ("", ""),
    ("<b>", "</b>"),
    ("<em>", "</em>"),
    ("<a href=\"https://x.vn/\">", "</a>"),
    ("<a href=\"javascript:alert(1)\">", "</a>"),
    ("<span onclick=\"x\">", "</span>"),
];

fn generated_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..12).prop_map(|pieces| pieces.concat())
}

/// One block of every kind, in JSON, its texts generated.
fn generated_block() -> impl Strategy<Value = serde_json::Value> {
    let escaped = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    prop_oneof![
        generated_text().prop_map(|text| json!({ "type": "paragraph", "text": text })),
        (generated_text(), prop::sample::select(MARKUP), generated_text()).prop_map(
            move |(before, (open, close), inside)| {
                let html = format!("{}{open}{}{close}", escaped(&before), escaped(&inside));
                json!({ "type": "paragraph", "html": html })
            }
        ),
        (1..4u8, generated_text())
            .prop_map(|(level, text)| json!({ "type": "heading", "level": level + 1, "text": text })),
        (generated_text(), generated_text())
            .prop_map(|(text, by)| json!({ "type": "quote", "text": text, "attribution": by })),
        (
            generated_text(),
            prop::sample::select(MARKUP),
            generated_text(),
            generated_text()
        )
            .prop_map(move |(before, (open, close), inside, after)| {
                let html = format!(
                    "<p>{}{open}{}{close}</p><p>{}</p>",
                    escaped(&before),
                    escaped(&inside),
                    escaped(&after)
                );
                json!({ "type": "quote", "html": html })
            }),
        prop::collection::vec(generated_text(), 1..4)
            .prop_map(|items| json!({ "type": "list", "ordered": false, "items": items })),
        (
            prop::option::of(generated_text()),
            prop::collection::vec((generated_text(), generated_text(), any::<bool>()), 1..4)
        )
            .prop_map(move |(title, stories)| {
                // Each story as HTML, or as a content system's data.
                let items: Vec<_> = (stories.iter())
                    .map(|(story, words, as_html)| match as_html {
                        true => {
                            let html = format!("<a href=\"/tin.htm\">{}</a><br>{}", escaped(story), escaped(words));
                            json!({ "html": html })
                        }
                        false => json!({ "title": format!("Tin {story}"), "url": "/tin.htm", "sapo": words }),
                    })
                    .collect();
                json!({ "type": "related", "title": title, "items": items })
            }),
        Just(json!({ "type": "separator" })),
        // A credit that names itself (`Ảnh: …`): otherwise the renderer
        // adds its own word for it, which is not the input's text.
        (generated_text(), generated_text(), generated_text()).prop_map(|(alt, caption, credit)| json!({
            "type": "figure",
            "image": { "src": "https://x.vn/a.jpg", "alt": alt, "width": 1200, "height": 800 },
            "caption": caption,
            "credit": format!("Ảnh: {credit}"),
        })),
        // A site's page, a file, and a player in a body's HTML with its
        // caption; a credit that names itself, as a figure's.
        (
            prop::sample::select(&["https://youtu.be/a", "https://x.vn/clip.mp4", "/podcast/1.mp3"][..]),
            generated_text(),
            generated_text(),
            generated_text()
        )
            .prop_map(|(url, title, caption, credit)| json!({
                "type": "embed",
                "url": url,
                "title": title,
                "caption": caption,
                "credit": format!("Video: {credit}"),
            })),
        (generated_text(), generated_text()).prop_map(move |(title, caption)| {
            let html = format!(
                "<figure><iframe src=\"https://www.youtube.com/embed/a\" title=\"{}\"></iframe><figcaption>{}</figcaption></figure>",
                escaped(&title).replace('"', "&quot;"),
                escaped(&caption)
            );
            json!({ "type": "paragraph", "html": html })
        }),
        generated_text().prop_map(move |post| {
            let html = format!(
                "<div class=\"fb-post\" data-href=\"https://www.facebook.com/a/posts/1\"><blockquote><p>{}</p></blockquote></div>",
                escaped(&post)
            );
            json!({ "type": "paragraph", "html": html })
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn generated_articles_render_their_text_whole(
        title in generated_text(),
        sapo in generated_text(),
        blocks in prop::collection::vec(generated_block(), 1..8),
        credit in generated_text(),
    ) {
        // A title with words in it: one without is refused, rightly.
        let title = format!("Tin {title}");
        let json = json!({ "title": title, "sapo": sapo, "blocks": blocks, "credit": credit }).to_string();
        let parsed = Article::from_json(&json);
        prop_assert!(parsed.is_ok(), "{:?}", parsed.err());
        let Ok(parsed) = parsed else { return Ok(()) };
        let mut failures = Vec::new();
        check("generated", &parsed.article, &mut failures);
        prop_assert!(failures.is_empty(), "{}\n{}", failures.join("\n"), json);
        // Written back (serde), the article reads as one that shows the
        // same (spaces at the ends of a line, which no reader sees, may go).
        let written = serde_json::to_string(&parsed.article).unwrap();
        let again = Article::from_json(&written).map(|parsed| parsed.article);
        prop_assert!(again.is_ok(), "{}", written);
        let Ok(again) = again else { return Ok(()) };
        let options = RenderOptions::default();
        prop_assert_eq!(render(&again, &options), render(&parsed.article, &options), "{}", written);
    }
}
