//! Any text as article JSON: read, checked and rendered with the default
//! options and with every option that changes the path through the
//! renderer. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| {
    if let Ok(json) = std::str::from_utf8(data) {
        checks::render_json(json);
    }
});
