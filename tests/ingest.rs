//! Reading scraped text (tests/fixtures/ingest.md) and the seed article,
//! whose golden JSON is the demo's www/articles/seed.json.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/spec.rs"]
mod spec;

use std::path::Path;

use serde_json::Value;
use vn_article::{Article, Block, Error, ingest};

const FIXTURES: &str = include_str!("fixtures/ingest.md");

fn shared(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn every_case_reads_as_expected() {
    spec::golden("tests/fixtures/ingest.md", 1, |case| {
        let ingested = ingest(&format!("{}\n", case.block(0))).map_err(|error| format!("failed: {error}"))?;
        serde_json::to_string_pretty(&ingested.article).map_err(|error| error.to_string())
    });
}

#[test]
fn every_case_warns_as_expected() {
    spec::run("ingest.md", FIXTURES, |case| {
        let ingested = ingest(&format!("{}\n", case.block(0))).map_err(|error| format!("failed: {error}"))?;
        let warnings: Vec<String> = ingested
            .warnings
            .iter()
            .map(|warning| format!("{}: {warning}", warning.severity()))
            .collect();
        let expected = case.blocks.get(2).map_or("", |block| block.content.as_str());
        if warnings.join("\n") == expected {
            Ok(())
        } else {
            Err(spec::difference(expected, &warnings.join("\n")))
        }
    });
}

#[test]
fn the_seed_article_ingests_to_its_golden_json() {
    let ingested = ingest(&shared("seed/000_8c712d888035ba10.txt")).unwrap();
    let golden =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/articles/seed.json"))
            .unwrap();
    let actual = serde_json::to_string_pretty(&ingested.article).unwrap() + "\n";
    assert!(actual == golden, "{}", spec::difference(&golden, &actual));
}

#[test]
fn the_seed_article_has_its_title_dateline_byline_and_block_order() {
    let article = ingest(&shared("seed/000_8c712d888035ba10.txt")).unwrap().article;
    assert_eq!(
        article.title,
        "Hội nghị trực tuyến quán triệt các quy định, hướng dẫn của Trung ương"
    );
    assert_eq!(article.updated.unwrap().to_string(), "2019-11-07T16:07:00+07:00");
    assert_eq!(article.authors, ["Lê Hương"]);
    let kinds: Vec<&str> = article
        .blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(_) => "paragraph",
            Block::Figure(_) => "figure",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "paragraph",
            "paragraph",
            "figure",
            "paragraph",
            "paragraph",
            "paragraph",
            "figure",
            "paragraph"
        ]
    );
}

#[test]
fn every_sentence_of_the_seed_is_kept() {
    let seed = shared("seed/000_8c712d888035ba10.txt");
    let ingested = ingest(&seed).unwrap();
    let json = serde_json::to_string(&ingested.article).unwrap();
    let article: Value = serde_json::from_str(&json).unwrap();
    let mut kept = String::new();
    collect_strings(&article, &mut kept);
    let lines = seed
        .lines()
        .map(str::trim)
        .filter(|line| line.chars().any(char::is_alphanumeric));
    // The second line, the dateline, is kept as data: `updated`, checked above.
    for line in lines
        .enumerate()
        .filter(|(index, _)| *index != 1)
        .map(|(_, line)| line)
    {
        for sentence in line.split_inclusive(['.', ';', ':']) {
            let sentence = sentence.trim();
            assert!(kept.contains(sentence), "lost: {sentence:?}");
        }
    }
}

fn collect_strings(value: &Value, out: &mut String) {
    match value {
        Value::String(text) => {
            out.push_str(text);
            out.push('\n');
        }
        Value::Array(items) => items.iter().for_each(|item| collect_strings(item, out)),
        Value::Object(map) => map.values().for_each(|item| collect_strings(item, out)),
        _ => {}
    }
}

#[test]
fn ingested_json_reads_back_as_the_same_article() {
    let ingested = ingest(&shared("seed/000_8c712d888035ba10.txt")).unwrap();
    let json = serde_json::to_string(&ingested.article).unwrap();
    let parsed = Article::from_json(&json).unwrap();
    // The scrape kept the two pictures' words, not the pictures: each is
    // warned of, and nothing else is.
    let warned: Vec<Option<&str>> = parsed.problems.iter().map(Error::path).collect();
    let figures: Vec<String> = ingested
        .article
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, block)| matches!(block, Block::Figure(_)))
        .map(|(index, _)| format!("blocks[{index}].image"))
        .collect();
    assert_eq!(figures.len(), 2);
    assert_eq!(
        warned,
        figures.iter().map(|path| Some(path.as_str())).collect::<Vec<_>>()
    );
    assert!(
        parsed
            .problems
            .iter()
            .all(|problem| matches!(problem, Error::NoImageSource { .. }))
    );
    assert_eq!(parsed.article, ingested.article);
}

#[test]
fn text_without_words_is_an_error() {
    assert_eq!(
        ingest(" .\n,\n\n").unwrap_err().to_string(),
        "the text holds no line with words in it, so there is no title to start an article with"
    );
}
