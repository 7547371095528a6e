//! What each fuzz target checks, shared with tests/fuzz_regressions.rs so
//! that every input the fuzzer once broke the crate with runs in every test
//! run. A check fails by panicking, which is how libFuzzer learns of it.
//! Each target uses some of the checks, the regression test all of them.
#![allow(dead_code)]

use vn_article::citation::{self, OffsetUnit};
use vn_article::normalize::{Legacy, NormalizeOptions, ToneStyle, normalize_text};
use vn_article::{RenderOptions, check, find_citations, ingest as ingest_text, render_json as render};

/// Options that take different paths through the renderer.
fn option_sets() -> Vec<RenderOptions> {
    [
        "{}",
        r#"{"lang": "en", "toneStyle": "modern", "citations": false}"#,
        r#"{"toneStyle": "keep", "typography": false, "legacy": "viqr", "linkTemplate": null}"#,
        r#"{"imageTemplate": "https://cdn.example.vn/{path}?w={width}", "idPrefix": "b"}"#,
    ]
    .iter()
    .map(|json| RenderOptions::from_json(json).expect("valid options"))
    .collect()
}

/// Article JSON: `check` and every rendering agree on whether it is usable.
/// The same text read as rendering options gives options or an error.
pub fn render_json(json: &str) {
    let _ = RenderOptions::from_json(json);
    let problems = check(json);
    for options in option_sets() {
        match render(json, &options) {
            Ok(rendered) => {
                assert!(rendered.html.starts_with("<article "), "{}", rendered.html);
                assert!(rendered.html.ends_with("</article>"), "{}", rendered.html);
            }
            Err(errors) => assert_eq!(errors, problems),
        }
    }
}

/// Scraped text: ingested, and the article it gives renders.
pub fn ingest(text: &str) {
    if let Ok(ingested) = ingest_text(text) {
        let html = vn_article::render(&ingested.article, &RenderOptions::default());
        assert!(html.ends_with("</article>"));
    }
}

/// Every set of normalisation options: each tone style, each legacy
/// setting, typography on and off.
pub fn normalize_option_sets() -> Vec<NormalizeOptions> {
    let mut sets = Vec::new();
    for tone_style in [
        ToneStyle::Auto,
        ToneStyle::Traditional,
        ToneStyle::Modern,
        ToneStyle::Keep,
    ] {
        for legacy in [
            Legacy::Auto,
            Legacy::Off,
            Legacy::Viqr,
            Legacy::Tcvn3,
            Legacy::Vni,
        ] {
            for typography in [true, false] {
                sets.push(NormalizeOptions::new(tone_style, typography, legacy));
            }
        }
    }
    sets
}

/// Normalisation with every set of options ([`normalize_with`]).
pub fn normalize(text: &str) {
    for options in normalize_option_sets() {
        normalize_with(text, &options);
    }
}

/// Normalisation with `options`: the changes rebuild the output, digits are
/// kept, and (for Unicode input) a second pass changes nothing.
pub fn normalize_with(text: &str, options: &NormalizeOptions) {
    let once = normalize_text(text, options);
    let mut rebuilt = String::new();
    let mut copied = 0;
    for change in &once.changes {
        assert!(change.start >= copied && change.end <= text.len());
        assert_eq!(&text[change.start..change.end], change.before);
        rebuilt.push_str(&text[copied..change.start]);
        rebuilt.push_str(&change.after);
        copied = change.end;
    }
    rebuilt.push_str(&text[copied..]);
    assert_eq!(rebuilt, once.text);
    if matches!(options.legacy, Legacy::Auto | Legacy::Off) && options.tone_style != ToneStyle::Auto {
        let digits = |text: &str| text.chars().filter(char::is_ascii_digit).collect::<String>();
        assert_eq!(digits(text), digits(&once.text));
        let twice = normalize_text(&once.text, options);
        assert_eq!(twice.text, once.text, "not stable for {options:?}");
    }
}

/// Citations: spans in order inside the text, offsets in every unit that
/// slice the same text.
pub fn cite(text: &str) {
    let citations = find_citations(text);
    let mut end = 0;
    for found in &citations {
        assert!(found.start >= end && found.start < found.end && found.end <= text.len());
        assert!(text.is_char_boundary(found.start) && text.is_char_boundary(found.end));
        end = found.end;
    }
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    for record in citation::records(text, &citations, OffsetUnit::Chars) {
        assert_eq!(
            chars[record.start..record.end].iter().collect::<String>(),
            record.text
        );
    }
    for record in citation::records(text, &citations, OffsetUnit::Utf16) {
        assert_eq!(
            String::from_utf16_lossy(&units[record.start..record.end]),
            record.text
        );
    }
}

/// The lengths, in bytes, of the texts a `long_input` input stands for: a
/// text and one four times as long, long enough that work growing faster
/// than the text shows as time.
pub const LONG_TEXT_BYTES: [usize; 2] = [25_000, 100_000];

/// The text of about `bytes` a short input stands for. The input is five
/// lines — a prefix, a unit, a middle, a second unit, a suffix — and the
/// units are repeated until the text is about `bytes` long: `a`, 30,000
/// invisible characters, `b`; thousands of quotes opened, then as many
/// closed. Missing lines are empty. `\n` (a backslash and `n`) in a line
/// stands for a line break, so that the text may have lines of its own
/// (a title, then a long last line, for ingest).
pub fn long_text(input: &str, bytes: usize) -> String {
    let parts: Vec<String> = input
        .splitn(5, '\n')
        .map(|part| part.replace("\\n", "\n"))
        .collect();
    let part = |index: usize| parts.get(index).map_or("", String::as_str);
    let (prefix, first, middle, second, suffix) = (part(0), part(1), part(2), part(3), part(4));
    let times = bytes.checked_div(first.len() + second.len()).unwrap_or(0);
    [
        prefix,
        &first.repeat(times),
        middle,
        &second.repeat(times),
        suffix,
    ]
    .concat()
}

/// A long text normalised, cited, rendered as a paragraph of text and of
/// HTML, and ingested as scraped text.
pub fn long_work(text: &str) {
    let normalized = normalize_text(text, &NormalizeOptions::default());
    cite(&normalized.text);
    for field in ["text", "html"] {
        let article = serde_json::json!({
            "title": "Bài dài",
            "blocks": [{ "type": "paragraph", field: text }],
        });
        if let Ok(rendered) = render(&article.to_string(), &RenderOptions::default()) {
            assert!(rendered.html.ends_with("</article>"));
        }
    }
    ingest(text);
}

/// The long text a `long_input` input stands for, worked through: nothing
/// may panic. (The fuzz target also compares the times of the two lengths.)
pub fn long_input(input: &str) {
    long_work(&long_text(input, LONG_TEXT_BYTES[1]));
}
