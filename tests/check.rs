//! Messages for invalid articles (tests/fixtures/check.md), exactly as
//! `vn-article check` prints them.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/spec.rs"]
mod spec;

const FIXTURES: &str = include_str!("fixtures/check.md");

#[test]
fn every_case_reports_its_expected_messages() {
    spec::run("check.md", FIXTURES, |case| {
        let actual: Vec<String> = vn_article::check(case.block(0))
            .iter()
            .map(|problem| format!("{}: {problem}", problem.severity()))
            .collect();
        let actual = actual.join("\n");
        if actual == case.block(1) {
            Ok(())
        } else {
            Err(spec::difference(case.block(1), &actual))
        }
    });
}
