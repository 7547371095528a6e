//! Normalisation throughput on the dantri corpus, clean and damaged, with
//! unicode-normalization's NFC of the same text as the baseline measured
//! in the same run. Also prints how many changes of each kind normalisation
//! makes in each corpus.
//!
//! `cargo bench --bench normalize` (or `./tests/bench.sh`).

// Criterion measures natively; in the browser, benches/browser/ measures.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/corpus.rs"]
mod corpus;
#[cfg(not(target_arch = "wasm32"))]
#[path = "support/estimates.rs"]
mod estimates;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{corpus, estimates};

    use std::collections::BTreeMap;
    use std::hint::black_box;
    use std::time::Duration;

    use criterion::{Criterion, Throughput};
    use unicode_normalization::UnicodeNormalization;
    use vn_article::normalize::{NormalizeOptions, normalize_text};

    const GROUP: &str = "normalize";

    pub fn main() {
        print_change_counts();

        let options = NormalizeOptions::default();
        let raw = corpus::texts("dantri-dev").join("\n");
        // Already-clean text: the corpus as normalisation leaves it.
        let clean = normalize_text(&raw, &options).text;
        let damaged = corpus::damage(&clean);
        let changes = normalize_text(&damaged, &options).changes.len();
        println!(
            "dantri-dev: {:.1} MB clean; damaged copy: {:.1} MB, {changes} changes to repair\n",
            clean.len() as f64 / 1e6,
            damaged.len() as f64 / 1e6
        );

        let mut criterion = Criterion::default()
            .sample_size(10)
            .measurement_time(Duration::from_secs(8))
            .configure_from_args();
        for (name, text) in [("clean", &clean), ("damaged", &damaged)] {
            let mut group = criterion.benchmark_group(GROUP);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("nfc-{name}"), |bench| {
                bench.iter(|| black_box(text.nfc().collect::<String>()))
            });
            group.bench_function(format!("normalize-{name}"), |bench| {
                bench.iter(|| black_box(normalize_text(text, &options)))
            });
            group.finish();
        }
        criterion.final_summary();
        print_ratios(&[("clean", clean.len()), ("damaged", damaged.len())]);
    }

    /// How many changes of each kind normalisation makes in each corpus.
    fn print_change_counts() {
        let options = NormalizeOptions::default();
        println!("changes made, by kind, with the default options:");
        for name in ["dantri-dev", "baomoi-dev", "vnlegaltext-val.jsonl"] {
            let texts = corpus::texts(name);
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for text in &texts {
                for change in normalize_text(text, &options).changes {
                    *counts.entry(change.kind.name()).or_default() += 1;
                }
            }
            let counts: Vec<String> = counts
                .iter()
                .map(|(kind, count)| format!("{kind} {count}"))
                .collect();
            println!("  {name} ({} texts): {}", texts.len(), counts.join(", "));
        }
        println!();
    }

    /// Throughput of each measurement and its ratio to the NFC baseline, from
    /// the estimates criterion just wrote.
    fn print_ratios(inputs: &[(&str, usize)]) {
        let mean_ns = |id: &str| estimates::mean_ns(GROUP, id);
        println!("\n| text | NFC baseline (unicode-normalization) | normalize_text | time ratio |");
        println!("|---|---|---|---|");
        for (name, bytes) in inputs {
            let (Some(baseline), Some(ours)) = (
                mean_ns(&format!("nfc-{name}")),
                mean_ns(&format!("normalize-{name}")),
            ) else {
                println!("| {name} | (not measured in this run) | | |");
                continue;
            };
            let mb_per_s = |ns: f64| *bytes as f64 / ns * 1e3;
            println!(
                "| {name} | {:.0} MB/s | {:.0} MB/s | {:.2}× |",
                mb_per_s(baseline),
                mb_per_s(ours),
                ours / baseline
            );
        }
    }
}
