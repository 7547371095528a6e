//! The texts benchmarks run on: ../shared/corpus, read once, and damage put
//! into clean text the way real Vietnamese text gets damaged.

// Each benchmark that includes this file uses only part of it.
#![allow(dead_code)]

use std::path::Path;

/// Every text of one corpus (`dantri-dev`, `baomoi-dev`, or the sentences
/// of `vnlegaltext-val.jsonl`).
pub fn texts(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(name);
    if name.ends_with(".jsonl") {
        let lines = std::fs::read_to_string(&path).expect("the corpus is beside the project");
        return lines
            .lines()
            .map(|line| {
                let value: serde_json::Value = serde_json::from_str(line).expect("JSON lines");
                value["text"].as_str().unwrap_or_default().to_owned()
            })
            .collect();
    }
    let mut files: Vec<_> = std::fs::read_dir(&path)
        .expect("the corpus is beside the project")
        .map(|entry| entry.expect("a readable folder").path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| std::fs::read_to_string(file).expect("UTF-8 text"))
        .collect()
}

/// Damage as it arrives in real text, put into clean text: every third
/// word decomposed (NFD), tone marks moved off their vowel in common words,
/// quotes straightened, and every tenth space doubled.
pub fn damage(clean: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    const MISPLACED: [(&str, &str); 8] = [
        ("toàn", "tòan"),
        ("người", "ngừơi"),
        ("được", "đựơc"),
        ("quý", "qúy"),
        ("nghiệm", "nghịêm"),
        ("hoạt", "họat"),
        ("thủy", "thuỷ"),
        ("hòa", "hoà"),
    ];
    let mut out = String::with_capacity(clean.len() + clean.len() / 8);
    for (index, word) in clean.split(' ').enumerate() {
        if index > 0 {
            out.push_str(if index % 10 == 0 { "  " } else { " " });
        }
        let mut word = word.replace(['“', '”'], "\"");
        for (right, wrong) in MISPLACED {
            word = word.replace(right, wrong);
        }
        if index % 3 == 0 {
            out.extend(word.nfd());
        } else {
            out.push_str(&word);
        }
    }
    out
}
