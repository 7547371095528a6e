//! Messages for invalid articles (tests/fixtures/check.md), exactly as
//! `vn-article check` prints them.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/spec.rs"]
mod spec;

#[test]
fn every_case_reports_its_expected_messages() {
    spec::golden("tests/fixtures/check.md", 1, |case| {
        let messages: Vec<String> = vn_article::check(case.block(0))
            .iter()
            .map(|problem| format!("{}: {problem}", problem.severity()))
            .collect();
        Ok(messages.join("\n"))
    });
}

/// A file saved as "UTF-8 with BOM" holds the same article, and a mistake
/// in it is placed where an editor shows it, the mark not counted.
#[test]
fn a_byte_order_mark_before_the_json_is_not_part_of_it() {
    let messages = |json: &str| -> Vec<String> {
        vn_article::check(json)
            .iter()
            .map(|problem| format!("{}: {problem}", problem.severity()))
            .collect()
    };
    assert_eq!(
        messages("\u{FEFF}{\"title\": \"T\", \"blocks\": []}"),
        Vec::<String>::new()
    );
    assert_eq!(
        messages("\u{FEFF}{\"title\": \"T\", \"blocks\": [}"),
        ["error: 1:27: malformed JSON: expected value"]
    );
    let parsed = vn_article::Article::from_json("\u{FEFF}{\"title\": \"Tin nóng\", \"blocks\": []}");
    assert_eq!(
        parsed.map(|parsed| parsed.article.title).ok().as_deref(),
        Some("Tin nóng")
    );
}

/// Each field of the demo's articles in turn given a value of the wrong
/// type: `check` names that field (or the block or object it sits in) and
/// nothing else, and rendering keeps every other block's text. One broken
/// block must not blank the article.
mod one_broken_field {
    use serde_json::Value;
    use vn_article::{RenderOptions, render_json};

    const SHOWCASE: &str = include_str!("../www/articles/showcase.json");
    const SEED: &str = include_str!("../www/articles/seed.json");

    /// Every place in `value` and its JSON path, as error messages write
    /// it (`blocks[2].image.width`).
    fn places(value: &Value, path: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let child_path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    out.push(child_path.clone());
                    places(child, child_path, out);
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    let child_path = format!("{path}[{index}]");
                    out.push(child_path.clone());
                    places(child, child_path, out);
                }
            }
            _ => {}
        }
    }

    fn at<'v>(value: &'v mut Value, path: &str) -> &'v mut Value {
        let mut value = value;
        for part in path.split('.') {
            let (key, indices) = part.split_once('[').map_or((part, ""), |(key, rest)| (key, rest));
            if !key.is_empty() {
                value = &mut value[key];
            }
            for index in indices.split('[').filter(|index| !index.is_empty()) {
                value = &mut value[index.trim_end_matches(']').parse::<usize>().unwrap()];
            }
        }
        value
    }

    /// A value of another type than `value`'s, and of none a string's or
    /// an object's place takes (a table's cell takes a number, a string or
    /// an object).
    fn wrong(value: &Value) -> Value {
        match value {
            Value::String(_) | Value::Object(_) => Value::from(true),
            _ => Value::from("x"),
        }
    }

    /// Whether `a` is `b` or lies inside it, or the other way round.
    fn related(a: &str, b: &str) -> bool {
        let inside = |inner: &str, outer: &str| {
            inner == outer
                || inner
                    .strip_prefix(outer)
                    .is_some_and(|rest| rest.starts_with(['.', '[']))
        };
        inside(a, b) || inside(b, a)
    }

    /// The block a path lies in (`blocks[3]`), if any.
    fn block_of(path: &str) -> Option<usize> {
        path.strip_prefix("blocks[")?.split(']').next()?.parse().ok()
    }

    fn texts(block: &Value) -> Vec<String> {
        let mut out = Vec::new();
        for key in ["text", "caption", "attribution"] {
            if let Some(text) = block[key].as_str() {
                out.push(text.to_owned());
            }
        }
        if let Some(items) = block["items"].as_array() {
            out.extend(items.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        // A table's cells: strings, or objects holding them, in rows (and
        // a header of one row or of several).
        fn strings(value: &Value, out: &mut Vec<String>) {
            match value {
                Value::String(text) => out.push(text.clone()),
                Value::Array(items) => items.iter().for_each(|item| strings(item, out)),
                Value::Object(cell) => strings(&cell["text"], out),
                _ => {}
            }
        }
        for key in ["header", "rows"] {
            strings(&block[key], &mut out);
        }
        out
    }

    #[test]
    fn is_named_and_loses_nothing_else() {
        let mut failures = Vec::new();
        for article in [SHOWCASE, SEED] {
            let original: Value = serde_json::from_str(article).unwrap();
            // What the article says of itself unbroken (its pictures
            // without a `src`) is not a broken field's.
            let unbroken = vn_article::check(article);
            let mut paths = Vec::new();
            places(&original, String::new(), &mut paths);
            for path in paths {
                if let Err(failure) = break_one(&original, &unbroken, &path) {
                    failures.push(failure);
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Breaks the field at `path` of `original`, whose own problems are
    /// `unbroken`; what went wrong, if anything.
    fn break_one(original: &Value, unbroken: &[vn_article::Error], path: &str) -> Result<(), String> {
        let mut broken = original.clone();
        let place = at(&mut broken, path);
        *place = wrong(place);
        let json = broken.to_string();

        let said_before = |problem: &vn_article::Error| {
            unbroken.iter().any(|before| {
                std::mem::discriminant(before) == std::mem::discriminant(problem)
                    && before.path() == problem.path()
            })
        };
        let problems: Vec<_> = vn_article::check(&json)
            .into_iter()
            .filter(|problem| !said_before(problem))
            .collect();
        if problems.is_empty() {
            return Err(format!("{path}: nothing reported"));
        }
        for problem in &problems {
            let named = problem.path().unwrap_or_default();
            if !related(named, path) {
                return Err(format!("{path} broken, {problem} reported"));
            }
        }

        let rendered = render_json(&json, &RenderOptions::default());
        if path == "title" || path == "blocks" {
            // Nothing left to render: the error says why.
            return match rendered {
                Err(_) => Ok(()),
                Ok(_) => Err(format!("{path} broken, and yet rendered")),
            };
        }
        let rendered = rendered.map_err(|errors| format!("{path} broken blanked the article: {errors:?}"))?;
        let plain: String = scraper::Html::parse_fragment(&rendered.html)
            .root_element()
            .text()
            .collect();
        let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        let plain = flat(&plain);
        for (index, block) in original["blocks"].as_array().into_iter().flatten().enumerate() {
            if block_of(path) == Some(index) {
                continue;
            }
            for text in texts(block) {
                // The words, normalised as rendering normalises them.
                let shown = vn_article::normalize_text(&text, &Default::default()).text;
                if !plain.contains(&flat(&shown)) {
                    return Err(format!("{path} broken, block {index} lost {shown:?}"));
                }
            }
        }
        Ok(())
    }
}

/// JSON text as JavaScript holds it, in UTF-16 code units: a half of a
/// surrogate pair left raw by `slice` is read as U+FFFD and reported where
/// it stands, in order with escaped halves and syntax errors, a byte-order
/// mark not counted.
#[test]
fn raw_halves_of_characters_are_reported_where_they_stand() {
    let units = |text: &str| -> Vec<u16> {
        // `~` stands for a lone high half, `^` for a lone low one.
        text.encode_utf16()
            .map(|unit| match unit {
                0x7E => 0xD83C,
                0x5E => 0xDF89,
                unit => unit,
            })
            .collect()
    };
    let messages = |text: &str| -> Vec<String> {
        let problems = match vn_article::Article::from_utf16_json_within(&units(text), &Default::default()) {
            Ok(parsed) => parsed.problems,
            Err(problems) => problems,
        };
        problems.iter().map(ToString::to_string).collect()
    };
    let half = |place: &str, escape: &str| {
        format!(
            "{place}: {escape} is half of a character whose other half is missing (a text cut inside an emoji); it is shown as \u{FFFD}"
        )
    };
    assert_eq!(
        messages("\u{FEFF}{\"title\": \"Ngày ~\",\n\"sapo\": \"\\ud83c ^ 🎉\", \"blocks\": []}"),
        [
            half("1:17", "\\ud83c"),
            half("2:10", "\\ud83c"),
            half("2:17", "\\udf89")
        ]
    );
    // Outside a string it is no JSON: both are said, in order.
    assert_eq!(
        messages("{\"title\": \"T\", ~ \"blocks\": []}"),
        [
            half("1:16", "\\ud83c"),
            "1:16: malformed JSON: key must be a string".to_owned()
        ]
    );
    let parsed = vn_article::Article::from_utf16_json_within(
        &units("{\"title\": \"Vui ~🎉\", \"blocks\": []}"),
        &Default::default(),
    );
    assert_eq!(parsed.unwrap().article.title, "Vui \u{FFFD}🎉");
}
