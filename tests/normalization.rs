//! Other projects' normalisation vectors (../shared/peer-cases/normalization),
//! each run in the mode its row names. Rows we judge wrong are listed, with
//! the reason and what we produce instead, in
//! tests/fixtures/normalization-known-bad.tsv; that list is checked too.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;
use vn_article::normalize::{Legacy, NormalizeOptions, ToneStyle, normalize_text};

/// A peer's vector: where it comes from, the input, what the peer expects,
/// and the mode it runs in.
struct Row {
    place: String,
    input: String,
    expected: String,
    mode: String,
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// TSV fields may write a tab as `\t`.
fn unescape(field: &str) -> String {
    field.replace("\\t", "\t").replace("\\n", "\n")
}

fn peer_rows() -> Vec<Row> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-cases/normalization");
    let mut rows = Vec::new();
    // underthesea's tables expect the traditional style; they have a header.
    for file in ["underthesea-rules-dev.tsv", "underthesea-examples.tsv"] {
        for (index, line) in read(&folder.join(file)).lines().enumerate().skip(1) {
            let fields: Vec<&str> = line.split('\t').collect();
            rows.push(Row {
                place: format!("{file}:{}", index + 1),
                input: unescape(fields[0]),
                expected: unescape(fields[1]),
                mode: "tone-old".into(),
            });
        }
    }
    for (index, line) in read(&folder.join("other-peers.tsv")).lines().enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        rows.push(Row {
            place: format!("other-peers.tsv:{}", index + 1),
            input: unescape(fields[0]),
            expected: unescape(fields[1]),
            mode: fields[3].to_owned(),
        });
    }
    rows
}

/// Our options for a peer's mode.
fn options(mode: &str) -> NormalizeOptions {
    let (tone_style, legacy) = match mode {
        "tone-old" | "tone-old+NFD-output" => (ToneStyle::Traditional, Legacy::Off),
        "tone-new" => (ToneStyle::Modern, Legacy::Off),
        "nfc" | "eth-repair-only" => (ToneStyle::Auto, Legacy::Off),
        "tcvn3-as-cp1252" => (ToneStyle::Auto, Legacy::Tcvn3),
        "vni-win-as-cp1252" => (ToneStyle::Auto, Legacy::Vni),
        "viqr" => (ToneStyle::Auto, Legacy::Viqr),
        other => panic!("unknown mode {other}"),
    };
    NormalizeOptions::new(tone_style, true, legacy)
}

/// (input, mode) → (what we produce instead, why the peer is wrong).
fn known_bad() -> HashMap<(String, String), (String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/normalization-known-bad.tsv");
    read(&path)
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 5, "{line}");
            (
                (unescape(fields[0]), fields[1].to_owned()),
                (unescape(fields[3]), fields[4].to_owned()),
            )
        })
        .collect()
}

#[test]
fn every_peer_vector_passes_in_its_mode() {
    let known_bad = known_bad();
    let mut used = 0;
    let mut failures = Vec::new();
    let rows = peer_rows();
    for row in &rows {
        let actual = normalize_text(&row.input, &options(&row.mode)).text;
        // Some peers write their expectations decomposed (NFD).
        let peer_expected: String = row.expected.nfc().collect();
        let expected = match known_bad.get(&(row.input.clone(), row.mode.clone())) {
            Some((ours, _reason)) => {
                used += 1;
                ours.clone()
            }
            None => peer_expected,
        };
        if actual != expected {
            failures.push(format!(
                "{} [{}] {:?}: expected {:?}, got {:?}",
                row.place, row.mode, row.input, expected, actual
            ));
        }
    }
    assert!(rows.len() > 1400, "only {} rows read", rows.len());
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
    assert_eq!(used, known_bad.len(), "every known-bad row must match a peer row");
}

#[test]
fn legacy_vectors_are_also_found_without_being_asked() {
    for row in peer_rows().iter().filter(|row| row.mode.ends_with("-as-cp1252")) {
        let detected = normalize_text(&row.input, &NormalizeOptions::default()).text;
        assert_eq!(detected, row.expected.nfc().collect::<String>(), "{}", row.place);
    }
}

/// underthesea's own list of rows it gets wrong: where the row is about
/// marks we give the right value; spelling and word choice (ngh → ng,
/// qui → quy) are not a display normaliser's business and are skipped.
#[test]
fn underthesea_known_bad_rows_get_the_right_marks() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/peer-cases/normalization/underthesea-known-bad-rows.tsv");
    let traditional = NormalizeOptions::new(ToneStyle::Traditional, true, Legacy::Off);
    let tones = |word: &str| {
        let mut marks: Vec<char> = word
            .nfd()
            .filter(|c| ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'].contains(c))
            .collect();
        marks.sort_unstable();
        marks.dedup();
        marks.len()
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    for (index, line) in read(&path).lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (input, peer, issue) = (fields[0], fields[1], fields[2]);
        let expected: String = if issue.starts_with("spelling fix") || issue.starts_with("lexical choice") {
            continue;
        } else if issue.starts_with("inconsistent style") || tones(input) > 1 {
            // Already traditional; or `tìến` (tiến or tiền?): two different
            // tones are left as written.
            input.to_owned()
        } else if issue.starts_with("value contains stray combining mark") {
            peer.nfc()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .collect()
        } else {
            peer.to_owned() // ngh + o kept as written, mark placed
        };
        checked += 1;
        let actual = normalize_text(input, &traditional).text;
        if actual != expected {
            failures.push(format!(
                "line {}: {input:?} ({issue}): expected {expected:?}, got {actual:?}",
                index + 1
            ));
        }
    }
    assert!(checked > 30, "only {checked} rows checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
