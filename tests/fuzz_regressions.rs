//! Every input in tests/fixtures/fuzz/<target>/ — the seeds worth keeping
//! and each input that once made a fuzz target fail — run through that
//! target's checks (fuzz/checks.rs), so a fixed failure stays fixed.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

fn each_input(target: &str, run: fn(&str)) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&folder).unwrap_or_else(|error| panic!("{}: {error}", folder.display())) {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        // The targets take UTF-8 text only, as the crate's API does.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let outcome = std::panic::catch_unwind(|| run(text));
            assert!(outcome.is_ok(), "{} fails {target}", path.display());
            count += 1;
        }
    }
    assert!(count > 0, "no inputs in {}", folder.display());
}

#[test]
fn render_json_regressions() {
    each_input("render_json", checks::render_json);
}

#[test]
fn ingest_regressions() {
    each_input("ingest", checks::ingest);
}

#[test]
fn normalize_regressions() {
    each_input("normalize", checks::normalize);
}

#[test]
fn cite_regressions() {
    each_input("cite", checks::cite);
}

#[test]
fn long_input_regressions() {
    each_input("long_input", checks::long_input);
}
