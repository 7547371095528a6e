//! Reading limits: past each one, a clear error naming it, at once — never a
//! hang, a stack overflow or a half-read article.
#![cfg(not(target_arch = "wasm32"))]

use vn_article::{RenderOptions, check, render_json};

fn messages(json: &str, options: &RenderOptions) -> Vec<String> {
    match render_json(json, options) {
        Ok(rendered) => panic!("rendered {} bytes", rendered.html.len()),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn article_with_blocks(count: usize) -> String {
    let block = r#"{"type": "paragraph", "text": "Chữ."}"#;
    format!(
        r#"{{"title": "Tin", "blocks": [{}]}}"#,
        vec![block; count].join(",")
    )
}

#[test]
fn an_array_nested_100000_deep_is_refused_where_it_goes_too_deep() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let expected = ["1:33: arrays and objects nested more than 32 deep (limits.maxDepth); nothing is read"];
    assert_eq!(messages(&deep, &RenderOptions::default()), expected);
    let problems: Vec<String> = check(&deep).iter().map(ToString::to_string).collect();
    assert_eq!(problems, expected);

    // Inside a block, on the third line; brackets inside strings do not
    // count, nor do those after an escaped quote or before an escaped
    // backslash.
    let nested = format!(
        "{{\"title\": \"[[[[\\\"[[[\\\\\",\n\"blocks\": [\n{}{}]}}",
        "{\"a\": ".repeat(100_000),
        "}".repeat(100_000)
    );
    assert_eq!(
        messages(&nested, &RenderOptions::default()),
        ["3:181: arrays and objects nested more than 32 deep (limits.maxDepth); nothing is read"]
    );
}

#[test]
fn text_ending_inside_a_string_after_a_backslash_is_the_json_reader_s_to_report() {
    // The nesting check passes over the escaped byte that is not there.
    for json in ["{\"title\": \"Tin\\", "[\"\\", "\"\\"] {
        let problems = messages(json, &RenderOptions::default());
        assert_eq!(problems.len(), 1, "{json}: {problems:?}");
        assert!(problems[0].contains("JSON"), "{json}: {problems:?}");
    }
}

#[test]
fn each_limit_is_configurable_and_the_depth_has_a_ceiling() {
    let options = RenderOptions::from_json(r#"{"limits": {"maxDepth": 3}}"#).unwrap();
    let figure = r#"{"title": "T", "blocks": [{"type": "figure", "image": {"alt": "", "srcset": [{"src": "a.jpg", "width": 3}]}}]}"#;
    assert_eq!(
        messages(figure, &options),
        ["1:55: arrays and objects nested more than 3 deep (limits.maxDepth); nothing is read"]
    );
    assert!(render_json(figure, &RenderOptions::default()).is_ok());

    let error = RenderOptions::from_json(r#"{"limits": {"maxDepth": 1000}}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "options: limits.maxDepth: at most 127, found 1000"
    );
    let error = RenderOptions::from_json(r#"{"limits": {"maxBlock": 3}}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "options: unknown field `limits.maxBlock`, expected one of `maxBytes`, `maxDepth`, `maxBlocks`"
    );
}

#[test]
fn more_than_ten_megabytes_is_refused_unless_allowed() {
    let big = format!(
        r#"{{"title": "Tin", "blocks": [{{"type": "paragraph", "text": "{}"}}]}}"#,
        "a".repeat(10_000_000)
    );
    assert_eq!(
        messages(&big, &RenderOptions::default()),
        [format!(
            "the article JSON is {} bytes, more than 10000000 (limits.maxBytes); nothing is read",
            big.len()
        )]
    );
    let options = RenderOptions::from_json(r#"{"limits": {"maxBytes": 20000000}}"#).unwrap();
    assert!(render_json(&big, &options).is_ok());
}

#[test]
fn more_than_ten_thousand_blocks_is_refused_unless_allowed() {
    let many = article_with_blocks(10_001);
    assert_eq!(
        messages(&many, &RenderOptions::default()),
        ["blocks: 10001 blocks, more than 10000 (limits.maxBlocks); nothing is read"]
    );
    assert_eq!(check(&many)[0].path(), Some("blocks"));
    assert!(render_json(&article_with_blocks(10_000), &RenderOptions::default()).is_ok());
    let options = RenderOptions::from_json(r#"{"limits": {"maxBlocks": 20000}}"#).unwrap();
    assert_eq!(
        render_json(&many, &options).unwrap().html.matches("<p>").count(),
        10_001
    );
}

#[test]
fn the_blocks_a_paragraph_s_html_holds_count_against_the_limit() {
    let body = "<p>Chữ.</p>".repeat(6_000);
    let json = serde_json::json!({ "title": "Tin", "blocks": [
        { "type": "paragraph", "html": body },
        { "type": "paragraph", "html": body },
    ] });
    assert_eq!(
        messages(&json.to_string(), &RenderOptions::default()),
        ["blocks: 12000 blocks, more than 10000 (limits.maxBlocks); nothing is read"]
    );
    // One body of more blocks than the limit is read as one paragraph.
    let json = serde_json::json!({ "title": "Tin", "blocks": [
        { "type": "paragraph", "html": "<p>Chữ.</p>".repeat(10_001) },
    ] });
    let rendered = render_json(&json.to_string(), &RenderOptions::default()).unwrap();
    assert_eq!(rendered.html.matches("<p>").count(), 1);
    assert_eq!(rendered.html.matches("Chữ.").count(), 10_001);
}

#[test]
fn a_tag_every_paragraph_of_a_body_holds_is_reported_once() {
    let body = "<p><font class=\"x\">Chữ.</font></p>".repeat(500);
    let json = serde_json::json!({ "title": "Tin", "blocks": [{ "type": "paragraph", "html": body }] });
    let problems: Vec<String> = check(&json.to_string()).iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .ends_with("blocks[0].html: <font> is not allowed in a paragraph; its text is kept without it"),
        "{problems:?}"
    );
}

#[test]
fn problems_are_listed_up_to_a_hundred_then_counted() {
    let json = format!(
        r#"{{"title": "Tin", "blocks": [{}]}}"#,
        vec![r#"{"type": "video"}"#; 150].join(",")
    );
    let problems: Vec<String> = check(&json).iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 101);
    assert!(problems[99].starts_with("1:1812: blocks[99].type: unknown block type \"video\""));
    assert_eq!(problems[100], "… and 50 more problems, not listed");
}

#[test]
fn halves_of_characters_and_other_problems_share_the_hundred() {
    // Sixty halves in the title come first, then the blocks' problems,
    // until a hundred are listed; the other forty blocks' are counted.
    let json = format!(
        r#"{{"title": "{}", "blocks": [{}]}}"#,
        "\\ud83c".repeat(60),
        vec![r#"{"type": "video"}"#; 80].join(",")
    );
    let problems: Vec<String> = check(&json).iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 101);
    assert!(
        problems[59].starts_with("1:366: \\ud83c is half of a character"),
        "{}",
        problems[59]
    );
    assert!(problems[60].starts_with("1:387: blocks[0].type: unknown block type"));
    assert!(problems[99].starts_with("1:1089: blocks[39].type: unknown block type"));
    assert_eq!(problems[100], "… and 40 more problems, not listed");
}

#[test]
fn a_million_halves_of_characters_are_listed_up_to_a_hundred_then_counted() {
    // Ten megabytes of `\ud83c` escapes, each half of a cut emoji: read in
    // one pass, whatever their number, and every block after them still
    // reported.
    let halves = 10_000_000 / 6 - 10;
    let json = format!(
        r#"{{"title": "{}", "blocks": [{{"type": "video"}}]}}"#,
        "\\ud83c".repeat(halves)
    );
    let problems: Vec<String> = check(&json).iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 101);
    assert_eq!(
        problems[99],
        "1:606: \\ud83c is half of a character whose other half is missing (a text cut inside an emoji); it is shown as \u{FFFD}"
    );
    assert_eq!(
        problems[100],
        format!("… and {} more problems, not listed", halves + 1 - 100)
    );
}
