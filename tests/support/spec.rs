//! Reads spec-style fixture files: Markdown that a Vietnamese editor can
//! read, where each `## ` heading names a case and the fenced blocks under
//! it are the case's input and expected output, in that order. A `# `
//! heading names the section the following cases belong to.
//!
//! Golden outputs can be rewritten from what the code produces with
//! `VN_ARTICLE_BLESS=1 cargo test`; review the diff before committing it.

// Each test crate that includes this file uses only part of it.
#![allow(dead_code)]

use std::ops::Range;

/// A fenced block of a case.
#[derive(Debug)]
pub struct Block {
    /// The info string after the opening fence (`json`, `html`…).
    pub info: String,
    /// The content, without the final newline.
    pub content: String,
    /// The 0-based lines of the file the content occupies.
    pub lines: Range<usize>,
}

/// One case of a fixture file.
#[derive(Debug)]
pub struct Case {
    /// `Section › heading`.
    pub name: String,
    /// The 1-based line of the case's heading, for failure messages.
    pub line: usize,
    /// The fenced blocks, in file order.
    pub blocks: Vec<Block>,
}

impl Case {
    /// Options written after the first block's language
    /// (```` ```json {"citations": false} ````), when the case has them.
    pub fn options(&self) -> Option<&str> {
        let info = self.blocks.first()?.info.as_str();
        let (_, options) = info.split_once(' ')?;
        Some(options.trim()).filter(|options| !options.is_empty())
    }

    /// The content of the `index`th block; fails the test with the case's
    /// name when the file does not have it.
    pub fn block(&self, index: usize) -> &str {
        match self.blocks.get(index) {
            Some(block) => &block.content,
            None => panic!("{}:{}: case has no block #{}", self.name, self.line, index + 1),
        }
    }
}

/// Every case in `text`, in file order.
pub fn cases(text: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    let mut section = String::new();
    let mut fence: Option<(String, usize, Vec<&str>)> = None;
    for (index, line) in text.lines().enumerate() {
        if let Some((info, start, content)) = &mut fence {
            if line.starts_with("```") {
                let block = Block {
                    info: std::mem::take(info),
                    content: content.join("\n"),
                    lines: *start..index,
                };
                fence = None;
                if let Some(case) = cases.last_mut() {
                    case.blocks.push(block);
                }
            } else {
                content.push(line);
            }
        } else if let Some(info) = line.strip_prefix("```") {
            fence = Some((info.trim().to_owned(), index + 1, Vec::new()));
        } else if let Some(title) = line.strip_prefix("## ") {
            let name = if section.is_empty() {
                title.trim().to_owned()
            } else {
                format!("{section} › {}", title.trim())
            };
            cases.push(Case {
                name,
                line: index + 1,
                blocks: Vec::new(),
            });
        } else if let Some(title) = line.strip_prefix("# ") {
            section = title.trim().to_owned();
        }
    }
    cases.retain(|case| !case.blocks.is_empty());
    cases
}

/// Runs `check` on every case and fails once at the end, listing every
/// failing case with its name, line, input and what went wrong.
pub fn run(file: &str, text: &str, mut check: impl FnMut(&Case) -> Result<(), String>) {
    let cases = cases(text);
    assert!(!cases.is_empty(), "{file} holds no cases");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| check(case).err().map(|why| failure(file, case, &why)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases in {file} failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

fn failure(file: &str, case: &Case, why: &str) -> String {
    format!(
        "── {file}:{} «{}»\ninput:\n{}\n{why}\n",
        case.line,
        case.name,
        case.block(0)
    )
}

/// Compares block `expected` of every case of the fixture file at `path`
/// (relative to the crate) with what `produce` makes of the case. With
/// `VN_ARTICLE_BLESS=1` the file's blocks are rewritten instead.
#[cfg(not(target_arch = "wasm32"))]
pub fn golden(path: &str, expected: usize, mut produce: impl FnMut(&Case) -> Result<String, String>) {
    // Tests run on threads of one process, and two of them may bless blocks
    // of the same file: each reads, rewrites and writes the whole file, so
    // they take turns (one writing while the other read had cut the file
    // short).
    static FILES: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = FILES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|error| panic!("{path}: {error}"));
    let cases = cases(&text);
    assert!(!cases.is_empty(), "{path} holds no cases");
    let bless = std::env::var_os("VN_ARTICLE_BLESS").is_some();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut failures = Vec::new();
    // Rewrite from the bottom up, so earlier line numbers stay right.
    for case in cases.iter().rev() {
        let actual = match produce(case) {
            Ok(actual) => actual,
            Err(why) => {
                failures.push(failure(path, case, &why));
                continue;
            }
        };
        if actual == case.block(expected) {
            continue;
        }
        if bless {
            let block = &case.blocks[expected];
            lines.splice(block.lines.clone(), actual.lines().map(str::to_owned));
        } else {
            failures.push(failure(path, case, &difference(case.block(expected), &actual)));
        }
    }
    if bless {
        std::fs::write(&full, lines.join("\n") + "\n").unwrap_or_else(|error| panic!("{path}: {error}"));
    }
    failures.reverse();
    assert!(
        failures.is_empty(),
        "{} of {} cases in {path} failed (VN_ARTICLE_BLESS=1 rewrites the expected outputs):\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// A readable account of where `actual` departs from `expected`.
pub fn difference(expected: &str, actual: &str) -> String {
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(e, a)| e != a)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    format!(
        "first difference at line {}:\nexpected: {}\nactual:   {}\n\nwhole actual output:\n{actual}",
        line + 1,
        expected.lines().nth(line).unwrap_or("(end)"),
        actual.lines().nth(line).unwrap_or("(end)"),
    )
}
