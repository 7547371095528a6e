//! www/article.schema.json agrees with `check`, article by article and
//! place by place: over every article JSON the project holds, each problem
//! one finds, the other finds at the same JSON path or around it — except
//! inside a paragraph's inline HTML, which a JSON Schema cannot read.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/spec.rs"]
mod spec;

use std::path::Path;

use jsonschema::Validator;
use serde_json::Value;
use vn_article::Severity;

fn manifest_path(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn validator() -> Validator {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(manifest_path("www/article.schema.json")).unwrap())
            .unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema is itself valid")
}

/// Every article JSON the project holds: the fixtures' inputs, ingest's
/// outputs, the demo's articles.
fn articles() -> Vec<(String, String)> {
    let mut articles = Vec::new();
    for (file, index) in [("render.md", 0), ("check.md", 0), ("ingest.md", 1)] {
        let text = std::fs::read_to_string(manifest_path(&format!("tests/fixtures/{file}"))).unwrap();
        for case in spec::cases(&text) {
            articles.push((format!("{file} «{}»", case.name), case.block(index).to_owned()));
        }
    }
    for demo in ["seed", "showcase"] {
        let path = format!("www/articles/{demo}.json");
        articles.push((
            path.clone(),
            std::fs::read_to_string(manifest_path(&path)).unwrap(),
        ));
    }
    articles
}

#[test]
fn the_schema_and_check_find_problems_in_the_same_places() {
    let validator = validator();
    let articles = articles();
    let mut failures = Vec::new();
    for (name, json) in &articles {
        // Half of a surrogate pair is read as U+FFFD, and the article
        // checked as read.
        let instance = serde_json::from_str::<Value>(json)
            .or_else(|_| serde_json::from_str::<Value>(&surrogates_replaced(json)));
        let Ok(instance) = instance else {
            continue; // malformed JSON: nothing for a schema to judge
        };
        // A schema cannot read the inline HTML of a paragraph.
        let check_paths: Vec<Vec<String>> = vn_article::check(json)
            .iter()
            .filter(|problem| problem.severity() == Severity::Error)
            .filter_map(|problem| problem.path())
            .filter(|path| !path.ends_with(".html"))
            .map(check_segments)
            .collect();
        let schema_paths: Vec<Vec<String>> = validator
            .iter_errors(&instance)
            .map(|error| schema_segments(&error.instance_path().to_string()))
            .collect();
        for path in &check_paths {
            if !schema_paths.iter().any(|schema| path.starts_with(schema)) {
                failures.push(format!(
                    "{name}: check finds a problem at {path:?}, the schema none there"
                ));
            }
        }
        for path in &schema_paths {
            if !check_paths.iter().any(|check| check.starts_with(path)) {
                failures.push(format!(
                    "{name}: the schema finds a problem at {path:?}, check none there"
                ));
            }
        }
    }
    assert!(articles.len() > 30, "only {} articles found", articles.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `json` with every `\uD800`–`\uDFFF` escape written `\uFFFD`, whole pairs
/// too: what a string holds does not change the article's shape, which is
/// what the schema judges.
fn surrogates_replaced(json: &str) -> String {
    let mut replaced = String::with_capacity(json.len());
    let mut rest = json;
    while let Some(at) = rest.find('\\') {
        replaced.push_str(&rest[..at]);
        let escape = rest.get(at..at + 6).unwrap_or(&rest[at..]);
        let surrogate = escape.len() == 6
            && escape.is_ascii()
            && escape[1..2].eq_ignore_ascii_case("u")
            && u16::from_str_radix(&escape[2..], 16).is_ok_and(|unit| (0xD800..=0xDFFF).contains(&unit));
        // An escape is the backslash and the character after it at least
        // (`\\` is one).
        let len = if surrogate {
            6
        } else {
            rest[at + 1..].chars().next().map_or(1, |c| 1 + c.len_utf8())
        };
        replaced.push_str(if surrogate { "\\ufffd" } else { &rest[at..at + len] });
        rest = &rest[at + len..];
    }
    replaced.push_str(rest);
    replaced
}

#[test]
fn surrogate_escapes_are_replaced_whole_and_nothing_else() {
    assert_eq!(
        surrogates_replaced(r#"{"a": "x\ud83c y \\ud83c \ud83c\udf89 \u00e9 \n"}"#),
        r#"{"a": "x\ufffd y \\ud83c \ufffd\ufffd \u00e9 \n"}"#
    );
}

/// `blocks[3].image.width` → `["blocks", "3", "image", "width"]`; `$` → `[]`.
fn check_segments(path: &str) -> Vec<String> {
    path.split(['.', '[', ']'])
        .filter(|segment| !segment.is_empty() && *segment != "$")
        .map(str::to_owned)
        .collect()
}

/// `/blocks/3/image/width` → `["blocks", "3", "image", "width"]`.
fn schema_segments(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .filter(|segment| !segment.is_empty())
        .map(str::to_owned)
        .collect()
}
