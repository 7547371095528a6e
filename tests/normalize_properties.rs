//! Properties of normalisation over generated text made of what damaged
//! Vietnamese is made of: letters precomposed and decomposed, misplaced
//! marks, eth, spacing accents, quotes, spaces, tabs, invisible characters,
//! digits and punctuation.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use vn_article::normalize::{Legacy, NormalizeOptions, ToneStyle, normalize_text};

/// Pieces damaged Vietnamese text is made of.
const PIECES: &[&str] = &[
    "hòa",
    "hoà",
    "tòan",
    "qúy",
    "nghịêm",
    "ngừơi",
    "khuyủ",
    "buớc",
    "thủy",
    "thuỷ",
    "Việt",
    "Vie\u{323}\u{302}t",
    "ca\u{341}",
    "hoa\u{2cb}",
    "Ðại",
    "Guðrún",
    "a",
    "e",
    "o",
    "u",
    "y",
    "ư",
    "ơ",
    "\u{301}",
    "\u{323}",
    "\u{309}",
    "\"",
    "“",
    "”",
    "'",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "…",
    "-",
    "/",
    " ",
    "  ",
    "\t",
    "\n",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{200e}",
    "1.800",
    "3,5%",
    "24/24h",
    "30/2020/NĐ-CP",
    "205-QĐ/TW",
    "https://x.vn/hoà",
    "a@b.vn",
    "ABC",
    "xyz",
    "東京",
    "Ñ",
    "µ",
    "¸",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|pieces| pieces.concat())
}

fn options() -> impl Strategy<Value = NormalizeOptions> {
    (
        prop::sample::select(vec![
            ToneStyle::Auto,
            ToneStyle::Traditional,
            ToneStyle::Modern,
            ToneStyle::Keep,
        ]),
        any::<bool>(),
        prop::sample::select(vec![Legacy::Auto, Legacy::Off]),
    )
        .prop_map(|(tone_style, typography, legacy)| NormalizeOptions::new(tone_style, typography, legacy))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn normalising_twice_changes_nothing_more(text in text(), options in options()) {
        let once = normalize_text(&text, &options);
        // A fixed style: `auto` may read a different majority in its own output.
        let twice = normalize_text(&once.text, &options);
        prop_assert_eq!(&twice.text, &once.text);
        prop_assert!(twice.changes.is_empty(), "{:?}", twice.changes);
    }

    #[test]
    fn the_changes_rebuild_the_output(text in text(), options in options()) {
        let normalized = normalize_text(&text, &options);
        let mut rebuilt = String::new();
        let mut copied = 0;
        for change in &normalized.changes {
            prop_assert!(change.start >= copied);
            prop_assert_eq!(&text[change.start..change.end], change.before.as_str());
            rebuilt.push_str(&text[copied..change.start]);
            rebuilt.push_str(&change.after);
            copied = change.end;
        }
        rebuilt.push_str(&text[copied..]);
        prop_assert_eq!(rebuilt, normalized.text);
    }

    #[test]
    fn digits_are_never_changed(text in text(), options in options()) {
        let digits = |text: &str| text.chars().filter(char::is_ascii_digit).collect::<String>();
        let normalized = normalize_text(&text, &options);
        prop_assert_eq!(digits(&text), digits(&normalized.text));
    }
}
