//! Any text normalised with one set of options, which the text's length
//! picks: the changes must rebuild the result, and the result must be
//! stable (normalising it again changes nothing).
//!
//! One set a run, not all forty: each run normalises once (twice for
//! stability), so the fuzzer runs some forty times as many inputs, and it
//! reaches every set by growing or shrinking an input.
//! tests/fuzz_regressions.rs runs each kept input with all of them.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let sets = checks::normalize_option_sets();
        checks::normalize_with(text, &sets[text.len() % sets.len()]);
    }
});
