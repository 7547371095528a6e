//! The wasm module in a real browser (headless Chromium, through
//! wasm-bindgen-test): the DOM `renderArticle` builds is exactly the HTML
//! `renderToString` and the CLI produce, for every rendering fixture; errors
//! reach JavaScript as `Error`s carrying `check`'s messages.
#![cfg(target_arch = "wasm32")]

#[path = "support/spec.rs"]
mod spec;

use js_sys::{Array, JSON, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

use vn_article::wasm::{
    check_article, find_citations, normalize_text, normalize_text_with_changes, render_article,
    render_to_string,
};

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURES: &str = include_str!("fixtures/render.md");

fn container() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let element = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn property(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &name.into()).unwrap()
}

fn message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .expect("a JavaScript Error")
        .message()
        .into()
}

#[wasm_bindgen_test]
fn the_dom_equals_the_html_string_for_every_fixture() {
    spec::run("render.md", FIXTURES, |case| {
        let json = JsValue::from_str(case.block(0));
        let options = case
            .options()
            .map(|options| js_sys::JSON::parse(options).expect("options JSON"));
        let element = container();
        render_article(&element, json.clone(), options.clone()).map_err(|error| message(&error))?;
        let dom = element.inner_html();
        let string = render_to_string(json, options).map_err(|error| message(&error))?;
        element.remove();
        if dom != string {
            return Err(format!(
                "DOM and renderToString differ:\n{}",
                spec::difference(&string, &dom)
            ));
        }
        if dom != case.block(1) {
            return Err(spec::difference(case.block(1), &dom));
        }
        Ok(())
    });
}

#[wasm_bindgen_test]
fn an_article_object_renders_like_its_json_text() {
    let case = &spec::cases(FIXTURES)[1];
    let object = JSON::parse(case.block(0)).unwrap();
    let element = container();
    render_article(&element, object, None).unwrap();
    assert_eq!(element.inner_html(), case.block(1));
    element.remove();
}

#[wasm_bindgen_test]
fn rendering_replaces_what_the_element_held() {
    let element = container();
    element.set_text_content(Some("Đang tải…"));
    render_article(&element, r#"{"title": "Tin", "blocks": []}"#.into(), None).unwrap();
    assert_eq!(element.children().length(), 1);
    assert!(!element.text_content().unwrap().contains("Đang tải"));
    element.remove();
}

#[wasm_bindgen_test]
fn skipped_blocks_are_reported_as_warnings() {
    let element = container();
    let report = render_article(
        &element,
        r#"{"title": "Tin", "blocks": [{"type": "video"}, {"type": "paragraph", "text": "Còn"}]}"#.into(),
        None,
    )
    .unwrap();
    let warnings: Array = property(&report, "warnings").dyn_into().unwrap();
    assert_eq!(warnings.length(), 1);
    assert_eq!(
        property(&warnings.get(0), "path").as_string().unwrap(),
        "blocks[0].type"
    );
    assert_eq!(
        property(&warnings.get(0), "severity").as_string().unwrap(),
        "error"
    );
    assert!(element.inner_html().contains("<p>Còn</p>"));
    element.remove();
}

/// A content system's table keeps the columns and rows its cells span as
/// the browser reads `colspan` and `rowspan` from the same HTML (spaces,
/// a `+`, units after the digits, numbers past HTML's caps, no digits, a
/// `rowspan` of 0).
#[wasm_bindgen_test]
fn merged_cells_span_what_the_browser_would_span_them() {
    let span = |cell: &JsValue| {
        let number = |name: &str| property(cell, name).as_f64().unwrap();
        (number("colSpan"), number("rowSpan"))
    };
    for value in [
        "2",
        " 3",
        "+2",
        "2px",
        "2.9",
        "0",
        "-1",
        "abc",
        "",
        "\u{a0}2",
        "\n\t4",
        "1001",
        "70000",
        "99999999999",
    ] {
        let table = format!(
            "<table><tr><td colspan=\"{value}\" rowspan=\"{value}\">Tổng</td></tr><tr><td>Hà Nội</td></tr></table>"
        );
        let browser = container();
        browser.set_inner_html(&table);
        let (columns, rows) = span(&browser.query_selector("td").unwrap().unwrap().into());
        browser.remove();
        // `rowspan="0"` spans to the end of its rows' group, here the
        // table's two rows: ours writes the rows it spans.
        let expected = (columns, if rows == 0.0 { 2.0 } else { rows });
        let ours = container();
        let article = serde_json::json!({"title": "Bảng", "blocks": [{"type": "paragraph", "html": table}]});
        render_article(&ours, article.to_string().into(), None).unwrap();
        let cell = ours.query_selector("td").unwrap().unwrap();
        assert_eq!(span(&cell.into()), expected, "{value:?}");
        ours.remove();
    }
}

/// A sapo JavaScript shortened inside an emoji (`slice` counts UTF-16
/// units) keeps half of it: `JSON.stringify` writes that half as `\ud83c`.
/// The article still renders, the half shown as �, and the warning says
/// where it was.
#[wasm_bindgen_test]
fn a_text_cut_inside_an_emoji_still_renders() {
    // Kept a JavaScript string: made a Rust one, the half would already be �.
    let sapo = js_sys::JsString::from("Ngày hội 🎉 lớn").slice(0, 10);
    assert!(!sapo.is_valid_utf16());
    let article = Object::new();
    Reflect::set(&article, &"title".into(), &"Tin vui".into()).unwrap();
    Reflect::set(&article, &"sapo".into(), &sapo).unwrap();
    Reflect::set(&article, &"blocks".into(), &Array::new()).unwrap();
    let element = container();
    let report = render_article(&element, article.into(), None).unwrap();
    let warnings: Array = property(&report, "warnings").dyn_into().unwrap();
    assert_eq!(warnings.length(), 1);
    assert_eq!(property(&warnings.get(0), "column").as_f64(), Some(37.0));
    assert_eq!(
        property(&warnings.get(0), "message").as_string().unwrap(),
        "1:37: \\ud83c is half of a character whose other half is missing (a text cut inside an emoji); it is shown as \u{FFFD}"
    );
    assert!(element.text_content().unwrap().contains("Ngày hội \u{FFFD}"));
    element.remove();
}

#[wasm_bindgen_test]
fn json_text_cut_inside_an_emoji_is_reported_where_the_half_stands() {
    // JSON joined by hand around a sapo cut by `slice`: the half is raw in
    // the text, not escaped.
    let sapo = js_sys::JsString::from("Ngày hội 🎉 lớn").slice(0, 10);
    let json = js_sys::JsString::from("{\"title\": \"Tin vui\",\n \"sapo\": \"")
        .concat(&sapo)
        .concat(&"\", \"blocks\": []}".into());
    let element = container();
    let report = render_article(&element, json.clone().into(), None).unwrap();
    let warnings: Array = property(&report, "warnings").dyn_into().unwrap();
    assert_eq!(warnings.length(), 1);
    assert_eq!(
        property(&warnings.get(0), "message").as_string().unwrap(),
        "2:20: \\ud83c is half of a character whose other half is missing (a text cut inside an emoji); it is shown as \u{FFFD}"
    );
    assert!(element.text_content().unwrap().contains("Ngày hội \u{FFFD}"));
    element.remove();
    let problems = check_article(json.into());
    assert_eq!(
        property(&problems.dyn_into::<Array>().unwrap().get(0), "line").as_f64(),
        Some(2.0)
    );
}

#[wasm_bindgen_test]
fn errors_are_javascript_errors_with_the_messages_of_check() {
    let element = container();
    element.set_text_content(Some("nội dung dự phòng"));
    let error = render_article(&element, "{\n  \"title\": \"Tin\",,\n}".into(), None).unwrap_err();
    assert_eq!(message(&error), "2:18: malformed JSON: key must be a string");
    let problem = property(&error, "problems").dyn_into::<Array>().unwrap().get(0);
    assert_eq!(property(&problem, "line").as_f64(), Some(2.0));
    assert_eq!(property(&problem, "column").as_f64(), Some(18.0));
    // The element keeps what it had.
    assert_eq!(element.text_content().unwrap(), "nội dung dự phòng");
    element.remove();

    let error = render_to_string(r#"{"sapo": "", "blocks": 3}"#.into(), None).unwrap_err();
    assert_eq!(
        message(&error),
        "1:1: title: expected a non-empty string, found nothing\n\
         1:2: sapo: expected a non-empty string, found \"\"\n\
         1:14: blocks: expected an array of blocks, found 3"
    );
    let problems: Array = property(&error, "problems").dyn_into().unwrap();
    assert_eq!(problems.length(), 3);
    assert_eq!(property(&problems.get(2), "path").as_string().unwrap(), "blocks");
    assert_eq!(property(&problems.get(2), "column").as_f64(), Some(14.0));

    // An object's problems are named by their paths: the text
    // `JSON.stringify` wrote is not the caller's.
    let error = render_to_string(JSON::parse(r#"{"sapo": "", "blocks": 3}"#).unwrap(), None).unwrap_err();
    assert_eq!(
        message(&error),
        "title: expected a non-empty string, found nothing\n\
         sapo: expected a non-empty string, found \"\"\n\
         blocks: expected an array of blocks, found 3"
    );
    let problems: Array = property(&error, "problems").dyn_into().unwrap();
    assert!(property(&problems.get(2), "line").is_undefined());

    let error = render_to_string(JsValue::from_f64(42.0), None).unwrap_err();
    assert_eq!(
        message(&error),
        "$: expected an article object or its JSON text, found number"
    );
}

#[wasm_bindgen_test]
fn an_object_nested_100000_deep_is_refused_with_a_message() {
    let mut article = Object::new();
    for _ in 0..100_000 {
        let outer = Object::new();
        Reflect::set(&outer, &"a".into(), &article).unwrap();
        article = outer;
    }
    let error = render_to_string(article.into(), None).unwrap_err();
    // `{"a":` is 5 characters: the 33rd object opens at column 161.
    assert_eq!(
        message(&error),
        "1:161: arrays and objects nested more than 32 deep (limits.maxDepth); nothing is read"
    );
    // An object JSON.stringify refuses says why.
    let cyclic = Object::new();
    Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let error = render_to_string(cyclic.into(), None).unwrap_err();
    assert!(
        message(&error).starts_with(
            "$: expected an article object that JSON.stringify can write, found Converting circular structure"
        ),
        "{}",
        message(&error)
    );
}

#[wasm_bindgen_test]
fn options_are_read_with_camel_case_names_and_typos_are_errors() {
    let article = JsValue::from_str(r#"{"title": "Tin", "blocks": []}"#);
    let options = JSON::parse(r#"{"lang": "en"}"#).unwrap();
    let html = render_to_string(article.clone(), Some(options)).unwrap();
    assert!(
        html.starts_with(
            r#"<article class="vn-article" lang="en" aria-labelledby="vn-title" part="article">"#
        )
    );

    let cyclic = Object::new();
    Reflect::set(&cyclic, &"self".into(), &cyclic).unwrap();
    let error = render_to_string(article.clone(), Some(cyclic.into())).unwrap_err();
    assert!(
        message(&error).starts_with(
            "options: expected an object that JSON.stringify can write, found Converting circular structure"
        ),
        "{}",
        message(&error)
    );

    let typo = JSON::parse(r#"{"lnag": "en"}"#).unwrap();
    let error = render_to_string(article, Some(typo)).unwrap_err();
    assert_eq!(
        message(&error),
        "options: unknown field `lnag`, expected one of `lang`, `toneStyle`, `typography`, `legacy`, `citations`, \
         `linkTemplate`, `idPrefix`, `imageTemplate`, `imageWidths`, `imageSizes`, `limits`, `utcOffset`"
    );
    // `null` is a value for linkTemplate: no links.
    let article = JsValue::from_str(
        r#"{"title": "Tin", "blocks": [{"type": "paragraph", "text": "Theo Chỉ thị số 35-CT/TW."}]}"#,
    );
    let no_links = JSON::parse(r#"{"linkTemplate": null}"#).unwrap();
    let html = render_to_string(article, Some(no_links)).unwrap();
    assert!(
        html.contains(r#"<mark class="vn-cite" part="cite" id="vn-cite-1" tabindex="0""#),
        "{html}"
    );
}

#[wasm_bindgen_test]
fn check_article_lists_problems_like_the_cli() {
    let problems: Array = check_article(r#"{"title": "Tin", "blocks": [{"type": "quote"}]}"#.into())
        .dyn_into()
        .unwrap();
    assert_eq!(problems.length(), 1);
    assert_eq!(
        property(&problems.get(0), "message").as_string().unwrap(),
        "1:29: blocks[0].text: expected a non-empty string, found nothing"
    );
}

#[wasm_bindgen_test]
fn normalize_text_repairs_what_readers_would_see() {
    let options = JSON::parse(r#"{"toneStyle": "traditional"}"#).unwrap();
    assert_eq!(
        normalize_text("Tỉnh uỷ quán triệt  \"tòan diện\" .", Some(options)).unwrap(),
        "Tỉnh ủy quán triệt “toàn diện”."
    );
    let typo = JSON::parse(r#"{"toneStlye": "modern"}"#).unwrap();
    assert_eq!(
        message(&normalize_text("hòa", Some(typo)).unwrap_err()),
        "options: unknown field `toneStlye`, expected one of `toneStyle`, `typography`, `legacy`"
    );
}

#[wasm_bindgen_test]
fn changes_carry_utf16_offsets_javascript_can_slice_with() {
    let input = "𝐀 tòan  x";
    let result = normalize_text_with_changes(&input.into(), None).unwrap();
    assert_eq!(property(&result, "text").as_string().unwrap(), "𝐀 toàn x");
    let changes: Array = property(&result, "changes").dyn_into().unwrap();
    let first = changes.get(0);
    let (start, end) = (
        property(&first, "start").as_f64().unwrap(),
        property(&first, "end").as_f64().unwrap(),
    );
    let sliced = js_sys::JsString::from(input).slice(start as u32, end as u32);
    assert_eq!(String::from(sliced), "tòan");
    assert_eq!(property(&first, "kind").as_string().unwrap(), "tone-placement");
}

#[wasm_bindgen_test]
fn half_of_a_cut_character_is_a_change_too() {
    // "Lễ hội 🎉 tòan" cut inside the emoji by `slice`, then joined to more.
    let whole = js_sys::JsString::from("Lễ hội 🎉 tòan dân");
    let cut = whole.slice(0, 8).concat(&whole.slice(9, whole.length()));
    let result = normalize_text_with_changes(&cut, None).unwrap();
    assert_eq!(
        property(&result, "text").as_string().unwrap(),
        "Lễ hội \u{FFFD} toàn dân"
    );
    let changes: Array = property(&result, "changes").dyn_into().unwrap();
    let described: Vec<(f64, f64, String, String)> = changes
        .iter()
        .map(|change| {
            (
                property(&change, "start").as_f64().unwrap(),
                property(&change, "end").as_f64().unwrap(),
                property(&change, "kind").as_string().unwrap(),
                String::from(cut.slice(
                    property(&change, "start").as_f64().unwrap() as u32,
                    property(&change, "end").as_f64().unwrap() as u32,
                ))
                .replace('\u{FFFD}', "<half>"),
            )
        })
        .collect();
    assert_eq!(
        described,
        [
            (7.0, 8.0, "lone-surrogate".into(), "<half>".into()),
            (9.0, 13.0, "tone-placement".into(), "tòan".into()),
        ]
    );
    // `before` is the half itself, as the input holds it.
    let before: js_sys::JsString = property(&changes.get(0), "before").dyn_into().unwrap();
    assert_eq!((before.length(), before.char_code_at(0)), (1, f64::from(0xD83C)));
}

#[wasm_bindgen_test]
fn citations_carry_utf16_offsets_and_their_fields() {
    // The astral letter before them takes two UTF-16 units and one scalar.
    let input = "𝐀 Theo Quy định 205-QĐ/TW của Bộ Chính trị, rồi Quy định 205 và Luật Đất đai năm 2013.";
    let citations: Array = find_citations(input).unwrap().dyn_into().unwrap();
    assert_eq!(citations.length(), 3);
    let text = js_sys::JsString::from(input);
    let spans: Vec<String> = citations
        .iter()
        .map(|citation| {
            let start = property(&citation, "start").as_f64().unwrap() as u32;
            let end = property(&citation, "end").as_f64().unwrap() as u32;
            String::from(text.slice(start, end))
        })
        .collect();
    assert_eq!(
        spans,
        ["Quy định 205-QĐ/TW", "Quy định 205", "Luật Đất đai năm 2013"]
    );
    let short = citations.get(1);
    assert_eq!(property(&short, "form").as_string().unwrap(), "short");
    assert_eq!(property(&short, "symbol").as_string().unwrap(), "205-QĐ/TW");
    assert_eq!(property(&short, "resolvesTo").as_f64(), Some(0.0));
    let full = citations.get(0);
    assert_eq!(property(&full, "issuer").as_string().unwrap(), "Bộ Chính trị");
    // Unknown fields are null, as JSON writes them, not undefined.
    assert!(property(&full, "date").is_null());
    let named = citations.get(2);
    assert!(property(&named, "symbol").is_null());
    assert_eq!(property(&named, "year").as_f64(), Some(2013.0));
}

const NORMALIZE_FIXTURES: &str = include_str!("fixtures/normalize.md");

/// The normalisation fixtures give the same text in the browser, where NFC
/// beyond Vietnamese marks comes from `String.prototype.normalize`.
#[wasm_bindgen_test]
fn every_normalisation_fixture_gives_the_same_text_in_the_browser() {
    spec::run("normalize.md", NORMALIZE_FIXTURES, |case| {
        let options = js_sys::Object::new();
        for setting in case.blocks[0].info.split_whitespace().skip(1) {
            let (name, value) = setting.split_once('=').ok_or(format!("bad setting {setting}"))?;
            let (name, value): (&str, JsValue) = match (name, value) {
                ("tone-style", value) => ("toneStyle", value.into()),
                ("legacy", value) => ("legacy", value.into()),
                ("typography", "off") => ("typography", false.into()),
                _ => return Err(format!("unknown setting {setting}")),
            };
            Reflect::set(&options, &name.into(), &value).map_err(|_| "cannot set option".to_owned())?;
        }
        let text = normalize_text(case.block(0), Some(options.into())).map_err(|error| message(&error))?;
        if text == case.block(1) {
            Ok(())
        } else {
            Err(spec::difference(case.block(1), &text))
        }
    });
}

#[wasm_bindgen_test]
fn composition_beyond_vietnamese_uses_the_browser() {
    // ñ, ü and Hangul are composed by String.prototype.normalize.
    assert_eq!(
        normalize_text("n\u{303}a u\u{308} \u{1100}\u{1161}", None).unwrap(),
        "ña ü 가"
    );
}
