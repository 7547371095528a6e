//! A short input standing for long texts (see `checks::long_text`): prefix,
//! unit, middle, unit, suffix, the units repeated to 25 KB and to 100 KB.
//! Nothing may panic, and four times the text may not take much more than
//! four times the time: this is the target that finds work growing faster
//! than the text, which short inputs cannot show. Measured as a ratio in
//! the same run, it holds however slow the sanitizer makes each run.
#![no_main]

use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
#[path = "../checks.rs"]
mod checks;

/// Linear work takes 4 times as long for 4 times the text (a little more
/// as the text outgrows the caches), quadratic work 16 times.
const MAX_RATIO: u32 = 10;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let [short, long] = checks::LONG_TEXT_BYTES.map(|bytes| {
        let text = checks::long_text(input, bytes);
        let started = Instant::now();
        checks::long_work(&text);
        started.elapsed()
    });
    // The clock's room: texts that take a few milliseconds say nothing.
    let room = Duration::from_millis(20);
    assert!(
        long <= short * MAX_RATIO + room,
        "4 times the text took {:.1} times as long ({short:?}, then {long:?})",
        long.as_secs_f64() / short.as_secs_f64()
    );
});
