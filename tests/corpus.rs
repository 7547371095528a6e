//! The dantri corpus (../shared/corpus/dantri-dev, 1,330 real articles):
//! every file ingests, validates and renders, and the rendered page holds
//! the text of every line of the file.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/text_content.rs"]
mod text_content;

use std::path::Path;

use vn_article::normalize::{NormalizeOptions, article_style, normalize_text};
use vn_article::{Error, RenderOptions, Severity, check, ingest, render};

#[test]
fn every_dantri_article_ingests_validates_and_renders_without_losing_a_line() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dantri-dev");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 1000,
        "expected the whole corpus, found {} files",
        files.len()
    );

    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        let text = std::fs::read_to_string(path).unwrap();
        let (article, warnings) = match ingest(&text) {
            Ok(ingested) => (ingested.article, ingested.warnings),
            Err(error) => {
                failures.push(format!("{name}: ingest failed: {error}"));
                continue;
            }
        };
        if article.published.is_none() || article.source.is_none() {
            failures.push(format!("{name}: published or source.url missing"));
        }
        // Most files lost their headline: their first line is the
        // standfirst, which becomes the title, and they have no sapo.
        let lost_headline = warnings.iter().any(|warning| {
            matches!(
                warning,
                Error::TitleReadsAsParagraph { .. } | Error::TitleNotInAddress { .. }
            )
        });
        if article.sapo.is_none() != lost_headline {
            failures.push(format!(
                "{name}: a sapo, or a warning that the headline is lost, missing"
            ));
        }
        let json = serde_json::to_string(&article).unwrap();
        let errors: Vec<String> = check(&json)
            .iter()
            .filter(|problem| problem.severity() == Severity::Error)
            .map(ToString::to_string)
            .collect();
        if !errors.is_empty() {
            failures.push(format!("{name}: ingested JSON is invalid: {errors:?}"));
        }
        let options = RenderOptions::default();
        let page = text_content::Page::parse(&render(&article, &options));
        // Each line as the reader should see it: normalised, in the style
        // the whole article was given.
        let style = article_style(&article, &options.normalize_options());
        let line_options = NormalizeOptions::new(style, options.typography, options.legacy);
        for line in text.lines().map(str::trim) {
            let is_header = line.starts_with("# ") && line.contains(" = ");
            if is_header || !line.chars().any(char::is_alphanumeric) {
                continue;
            }
            let line = normalize_text(line, &line_options).text;
            if !page.shows_line(&line) {
                failures.push(format!("{name}: line not on the page: {line:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems in {} files:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
