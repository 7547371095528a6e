//! The proof of linear time shared by the benchmarks: hostile inputs at
//! 100 KB and at 1 MB, and a table of their throughput and time ratio
//! (about 10 when time grows with the input, 100 when it is quadratic).

use super::estimates;

/// The two sizes every hostile input is measured at: an id suffix and bytes.
pub const SIZES: [(&str, usize); 2] = [("100k", 100_000), ("1m", 1_000_000)];

/// `unit` repeated to about `bytes`.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len())
}

/// Prints the table for the inputs `names` of criterion `group`, measured
/// as `{name}-100k` and `{name}-1m`; `sizes` holds each id's input bytes.
pub fn print_table<'a>(
    group: &str,
    heading: &str,
    names: impl Iterator<Item = &'a str>,
    sizes: &[(String, usize)],
) {
    println!("\n| {heading} | 100 KB | 1 MB | time ratio (10 is linear) |");
    println!("|---|---|---|---|");
    let bytes_of = |id: &str| {
        sizes
            .iter()
            .find(|(name, _)| name == id)
            .map_or(0, |(_, bytes)| *bytes)
    };
    let rate = |bytes: usize, ns: f64| bytes as f64 / ns * 1e3;
    for name in names {
        let [(small, _), (large, _)] = SIZES.map(|(size, bytes)| (format!("{name}-{size}"), bytes));
        match (
            estimates::mean_ns(group, &small),
            estimates::mean_ns(group, &large),
        ) {
            (Some(small_ns), Some(large_ns)) => {
                let (small_bytes, large_bytes) = (bytes_of(&small), bytes_of(&large));
                println!(
                    "| `{name}` | {:.1} MB/s | {:.1} MB/s | {:.1} |",
                    rate(small_bytes, small_ns),
                    rate(large_bytes, large_ns),
                    large_ns / small_ns * small_bytes as f64 / large_bytes as f64 * 10.0
                );
            }
            _ => println!("| `{name}` | (not measured in this run) | | |"),
        }
    }
}
