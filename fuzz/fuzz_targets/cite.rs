//! Any text searched for cited documents; every span must be a slice of the
//! text and the offsets of each unit must agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        checks::cite(text);
    }
});
