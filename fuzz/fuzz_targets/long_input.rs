//! A short input standing for a long text (see `checks::long_text`):
//! prefix, unit, middle, unit, suffix, the units repeated to 100 KB.
//! Nothing may panic, and no input may take long: run with a tight
//! `-timeout` (scripts/fuzz.sh), this is the target that finds work
//! growing faster than the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| {
    if let Ok(input) = std::str::from_utf8(data) {
        checks::long_input(input);
    }
});
