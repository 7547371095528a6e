//! Rendering fixtures (tests/fixtures/render.md): article JSON → HTML, and
//! nothing of the author's text lost on the way.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/spec.rs"]
mod spec;
#[path = "support/text_content.rs"]
mod text_content;

use vn_article::article::Limits;
use vn_article::normalize::{Legacy, ToneStyle};
use vn_article::{Article, Block, Embed, RenderOptions, render_json};

const FIXTURES: &str = include_str!("fixtures/render.md");

/// The rendering options a case asks for, or the defaults.
fn options(case: &spec::Case) -> Result<RenderOptions, String> {
    case.options()
        .map_or_else(|| Ok(RenderOptions::default()), RenderOptions::from_json)
        .map_err(|error| format!("options: {error}"))
}

#[test]
fn every_case_renders_its_expected_html() {
    spec::golden("tests/fixtures/render.md", 1, |case| {
        render_json(case.block(0), &options(case)?)
            .map(|rendered| rendered.html)
            .map_err(|problems| {
                let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
                format!("did not render:\n{}", messages.join("\n"))
            })
    });
}

#[test]
fn every_text_field_is_in_the_rendered_page() {
    spec::run("render.md", FIXTURES, |case| {
        let parsed = Article::from_json(case.block(0)).map_err(|_| "did not parse".to_owned())?;
        let options = options(case)?;
        let html = vn_article::render(&parsed.article, &options);
        let page = text_content::Page::parse(&html);
        // What the reader should see is the normalised text, every character of it.
        let article = options.prepare(&parsed.article);
        let missing: Vec<&str> = article
            .visible_texts()
            .into_iter()
            .filter(|text| !page.text.contains(text))
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "text missing from the page: {missing:?}\npage text: {:?}",
                page.text
            ));
        }
        let alternatives: Vec<&str> = article
            .blocks
            .iter()
            .filter_map(|block| match block {
                // An alt text that says what the caption says, or what the
                // caption and then the credit say, is carried by them: the
                // caption names the figure; but for a picture that is a
                // link to another page, which the alt text names.
                Block::Figure(figure)
                    if !figure.image.alt.is_empty()
                        && (figure.link.is_some() || !said_by_caption(figure)) =>
                {
                    Some(figure.image.alt.as_str())
                }
                _ => None,
            })
            .collect();
        if page.alternatives == alternatives {
            Ok(())
        } else {
            Err(format!(
                "image text alternatives: expected {alternatives:?}, found {:?}",
                page.alternatives
            ))
        }
    });
}

/// Whether a figure's alt text says what its caption says, or its caption
/// and then its credit (`… hội nghị. Ảnh: Nhật Bắc`).
fn said_by_caption(figure: &vn_article::Figure) -> bool {
    let Some(caption) = figure.caption.as_deref() else {
        return false;
    };
    let (alt, caption) = (
        figure.image.alt.trim_end_matches('.'),
        caption.trim_end_matches('.'),
    );
    let credit_after = |rest: &str| {
        let rest = rest.trim_start_matches('.').trim();
        (figure.credit.as_deref())
            .is_some_and(|credit| !rest.is_empty() && rest.ends_with(credit.trim_end_matches('.')))
    };
    alt == caption || alt.strip_prefix(caption).is_some_and(credit_after)
}

#[test]
fn rendering_is_deterministic() {
    let json = spec::cases(FIXTURES)[1].block(0).to_owned();
    let first = render_json(&json, &RenderOptions::default()).unwrap().html;
    for _ in 0..3 {
        assert_eq!(render_json(&json, &RenderOptions::default()).unwrap().html, first);
    }
}

/// The article JSON an article is written back as (serde) reads as the
/// same article, for every case: embeds, lists of every numbering, quotes
/// of HTML, tables of merged cells.
#[test]
fn every_article_written_back_reads_the_same() {
    spec::run("render.md", FIXTURES, |case| {
        let Ok(parsed) = Article::from_json(case.block(0)) else {
            return Ok(());
        };
        let json = serde_json::to_string(&parsed.article).map_err(|error| error.to_string())?;
        let again = Article::from_json(&json).map_err(|problems| format!("{problems:?}\n{json}"))?;
        if again.article != parsed.article {
            return Err(format!("read back otherwise:\n{json}"));
        }
        Ok(())
    });
}

/// An embed built in Rust with an address the allow-list refuses (JSON's
/// are refused when read) keeps its words, unlinked, and is left out when
/// it has none.
#[test]
fn an_embed_s_refused_address_is_neither_linked_nor_played() {
    let embed = |title: Option<&str>| {
        Block::Embed(Embed {
            url: " JaVaScRiPt:alert(1).mp4".into(),
            title: title.map(str::to_owned),
            caption: None,
            credit: None,
            poster: None,
            lang: None,
        })
    };
    let mut article = Article::new("Tin");
    article.blocks = vec![embed(Some("Clip hiện trường")), embed(None)];
    let html = vn_article::render(&article, &RenderOptions::default());
    assert!(!html.to_ascii_lowercase().contains("javascript"), "{html}");
    assert!(!html.contains("<video"), "{html}");
    assert_eq!(html.matches("class=\"vn-figure vn-embed").count(), 1, "{html}");
    assert!(
        html.contains(
            r#"<span class="vn-embed__link"><span class="vn-embed__title">Clip hiện trường</span></span>"#
        ),
        "{html}"
    );
}

#[test]
fn skipped_blocks_come_back_as_warnings_with_their_paths() {
    let case = spec::cases(FIXTURES)
        .into_iter()
        .find(|case| case.name.ends_with("phần còn lại vẫn hiện"))
        .expect("the skipped-blocks case");
    let rendered = render_json(case.block(0), &RenderOptions::default()).unwrap();
    let paths: Vec<_> = rendered
        .warnings
        .iter()
        .map(|warning| warning.path().unwrap())
        .collect();
    assert_eq!(paths, ["blocks[1].type", "blocks[2].text"]);
}

#[test]
fn the_lang_option_overrides_the_article_language() {
    let json = r#"{"title": "Tin", "updated": "2019-11-07T16:07:00+07:00", "blocks": []}"#;
    let options = RenderOptions::from_json(r#"{"lang": "en"}"#).unwrap();
    let html = render_json(json, &options).unwrap().html;
    assert!(
        html.starts_with(
            r#"<article class="vn-article" lang="en" aria-labelledby="vn-title" part="article">"#
        ),
        "{html}"
    );
    assert!(
        html.contains(">Updated Thursday, November 7, 2019, 16:07</time>"),
        "{html}"
    );
}

#[test]
fn unknown_or_invalid_options_are_errors_that_name_the_option() {
    for (options, message) in [
        (
            r#"{"toneStlye": "modern"}"#,
            "options: unknown field `toneStlye`, expected one of `lang`, `toneStyle`, `typography`, `legacy`, \
             `citations`, `linkTemplate`, `idPrefix`, `imageTemplate`, `imageWidths`, `imageSizes`, `limits`, \
             `utcOffset`",
        ),
        (
            r#"{"idPrefix": "1 bài"}"#,
            "options: idPrefix: expected an ASCII letter followed by letters, digits, '-' or '_', found \"1 bài\"",
        ),
        (
            r#"{"linkTemplate": 5}"#,
            "options: linkTemplate: expected a string, found 5",
        ),
        (
            r#"{"lang": "tiếng Việt"}"#,
            "options: lang: \"tiếng Việt\" is not a language tag such as \"vi\" or \"en\"",
        ),
        (
            r#"{"toneStyle": "hiện đại"}"#,
            "options: toneStyle: \"hiện đại\" is not a tone style; expected one of auto, traditional, modern, keep",
        ),
        (
            r#"{"legacy": true}"#,
            "options: legacy: expected a legacy encoding (a string), found true",
        ),
        (
            r#"{"imageWidths": [320, 480.5, -1]}"#,
            "options: imageWidths[1]: expected a whole number, found 480.5; \
             imageWidths[2]: expected a whole number, found -1",
        ),
        (r#"{"limits": 5}"#, "options: limits: expected an object, found 5"),
        (
            r#"{"utcOffset": "GMT+7"}"#,
            "options: utcOffset: \"GMT+7\" is not a UTC offset such as \"+07:00\" or \"Z\"",
        ),
        (
            r#"{"utcOffset": 7}"#,
            "options: utcOffset: expected a UTC offset (a string), found 7",
        ),
        (r#"["lang", "en"]"#, "options: expected an object, found an array"),
        // Every problem, in one pass.
        (
            r#"{"citations": "no", "limits": {"maxBlock": 3}, "typography": null}"#,
            "options: citations: expected true or false, found \"no\"; unknown field `limits.maxBlock`, \
             expected one of `maxBytes`, `maxDepth`, `maxBlocks`; typography: expected true or false, found null",
        ),
    ] {
        assert_eq!(
            RenderOptions::from_json(options).unwrap_err().to_string(),
            message,
            "{options}"
        );
    }
}

#[test]
fn null_asks_for_no_links_no_ladder_and_the_default_language_and_sizes() {
    let options = RenderOptions::from_json(
        r#"{"lang": null, "linkTemplate": null, "imageTemplate": null, "imageSizes": null, "utcOffset": null}"#,
    )
    .unwrap();
    assert_eq!(options.utc_offset, None);
    assert_eq!(options.lang, None);
    assert_eq!(options.link_template, None);
    assert_eq!(options.image_template, None);
    assert_eq!(options.image_sizes, None);
    let options = RenderOptions::from_json(
        r#"{"lang": "en", "toneStyle": "modern", "typography": false, "legacy": "vni", "citations": false,
            "idPrefix": "tin-2", "imageTemplate": "https://cdn.example.vn/{path}?w={width}",
            "imageWidths": [400, 800], "imageSizes": "50vw", "limits": {"maxBlocks": 20}}"#,
    )
    .unwrap();
    assert_eq!(options.lang.as_ref().map(|lang| lang.as_str()), Some("en"));
    assert_eq!(options.tone_style, ToneStyle::Modern);
    assert!(!options.typography && !options.citations);
    assert_eq!(options.legacy, Legacy::Vni);
    assert_eq!(options.id_prefix.as_str(), "tin-2");
    assert_eq!(options.image_widths, [400, 800]);
    assert_eq!(options.image_sizes.as_deref(), Some("50vw"));
    assert_eq!(options.limits.max_blocks, 20);
    assert_eq!(options.limits.max_depth, Limits::default().max_depth);
}
