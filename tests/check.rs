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
