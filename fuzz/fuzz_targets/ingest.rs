//! Any text as scraped article text: ingested, and what it gives rendered.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        checks::ingest(text);
    }
});
