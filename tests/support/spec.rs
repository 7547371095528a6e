//! Reads spec-style fixture files: Markdown that a Vietnamese editor can
//! read, where each `## ` heading names a case and the fenced blocks under
//! it are the case's input and expected output, in that order. A `# `
//! heading names the section the following cases belong to.

// Each test crate that includes this file uses only part of it.
#![allow(dead_code)]

/// One case of a fixture file.
#[derive(Debug)]
pub struct Case {
    /// `Section › heading`.
    pub name: String,
    /// The 1-based line of the case's heading, for failure messages.
    pub line: usize,
    /// The fenced blocks, each as (info string, content without the final
    /// newline).
    pub blocks: Vec<(String, String)>,
}

impl Case {
    /// The content of the `index`th block; fails the test with the case's
    /// name when the file does not have it.
    pub fn block(&self, index: usize) -> &str {
        match self.blocks.get(index) {
            Some((_, content)) => content,
            None => panic!("{}:{}: case has no block #{}", self.name, self.line, index + 1),
        }
    }
}

/// Every case in `text`, in file order.
pub fn cases(text: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    let mut section = String::new();
    let mut fence: Option<(String, Vec<&str>)> = None;
    for (index, line) in text.lines().enumerate() {
        if let Some((info, content)) = &mut fence {
            if line.starts_with("```") {
                let block = (std::mem::take(info), content.join("\n"));
                fence = None;
                if let Some(case) = cases.last_mut() {
                    case.blocks.push(block);
                }
            } else {
                content.push(line);
            }
        } else if let Some(info) = line.strip_prefix("```") {
            fence = Some((info.trim().to_owned(), Vec::new()));
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
        .filter_map(|case| {
            check(case).err().map(|why| {
                format!(
                    "── {file}:{} «{}»\ninput:\n{}\n{why}\n",
                    case.line,
                    case.name,
                    case.block(0)
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases in {file} failed:\n\n{}",
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
