//! Any text normalised in every style and legacy setting; the result must
//! be stable (normalising it again changes nothing).
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        checks::normalize(text);
    }
});
