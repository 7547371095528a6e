//! Normalisation fixtures (tests/fixtures/normalize.md): the text as it
//! arrives, what readers should see, and the changes that made it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/spec.rs"]
mod spec;

use vn_article::normalize::{Legacy, NormalizeOptions, Normalized, ToneStyle, normalize_text};

/// The options a case's input block asks for (`tone-style=modern`…).
fn options(case: &spec::Case) -> Result<NormalizeOptions, String> {
    let mut options = NormalizeOptions::default();
    for setting in case.blocks[0].info.split_whitespace().skip(1) {
        match setting.split_once('=') {
            Some(("tone-style", value)) => options.tone_style = value.parse::<ToneStyle>()?,
            Some(("legacy", value)) => options.legacy = value.parse::<Legacy>()?,
            Some(("typography", "off")) => options.typography = false,
            _ => return Err(format!("unknown setting {setting:?}")),
        }
    }
    Ok(options)
}

fn normalized(case: &spec::Case) -> Result<Normalized, String> {
    Ok(normalize_text(case.block(0), &options(case)?))
}

#[test]
fn every_case_gives_the_text_readers_should_see() {
    spec::golden("tests/fixtures/normalize.md", 1, |case| {
        normalized(case).map(|normalized| normalized.text)
    });
}

#[test]
fn every_case_reports_the_changes_it_made() {
    spec::golden("tests/fixtures/normalize.md", 2, |case| {
        let changes: Vec<String> = normalized(case)?
            .changes
            .iter()
            .map(|change| format!("{:?} → {:?}  {}", change.before, change.after, change.kind.name()))
            .collect();
        Ok(changes.join("\n"))
    });
}

#[test]
fn changes_describe_the_text_exactly() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/normalize.md"
    ))
    .unwrap();
    spec::run("normalize.md", &text, |case| {
        let input = case.block(0);
        let normalized = normalized(case)?;
        // Applying the changes to the input gives the output.
        let mut rebuilt = String::new();
        let mut copied = 0;
        for change in &normalized.changes {
            if change.start < copied || input[change.start..change.end] != change.before {
                return Err(format!("change {change:?} does not match the input"));
            }
            rebuilt.push_str(&input[copied..change.start]);
            rebuilt.push_str(&change.after);
            copied = change.end;
        }
        rebuilt.push_str(&input[copied..]);
        if rebuilt != normalized.text {
            return Err(format!("changes rebuild {rebuilt:?}, not {:?}", normalized.text));
        }
        // Normalising again changes nothing.
        let again = normalize_text(&normalized.text, &options(case)?);
        if !again.changes.is_empty() {
            return Err(format!("not idempotent: {:?}", again.changes));
        }
        Ok(())
    });
}
