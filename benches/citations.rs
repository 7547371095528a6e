//! Citation finding throughput on the baomoi corpus (2.3 MB of news, 300
//! of its 500 articles citing documents), against a baseline measured in
//! the same run: splitting the text into words (what any word-by-word
//! detector does at least). Then the proof of linear time: adversarial
//! inputs of 100 KB and 1 MB, whose time ratio must be about 10.
//!
//! `cargo bench --bench citations` (or `./tests/bench.sh`).

// Criterion measures natively.
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
#[path = "support/linearity.rs"]
mod linearity;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::linearity::{self, SIZES, repeat_to};
    use super::{corpus, estimates};

    use std::hint::black_box;
    use std::time::Duration;

    use criterion::{Criterion, Throughput};
    use vn_article::find_citations;

    const GROUP: &str = "citations";

    /// An input of about the size asked, in bytes.
    type Input = fn(usize) -> String;

    /// Inputs built to make a detector backtrack or rescan, by their size
    /// in bytes: a citation that never finishes (the example); a
    /// run of short forms, each with an issuer to read and an earlier full
    /// citation to resolve to; and thousands of different documents sharing
    /// one number, each followed by a short form that all of them fit.
    const ADVERSARIAL: [(&str, Input); 3] = [
        ("unfinished", |bytes| repeat_to("Nghị định số 1/", bytes)),
        ("short-forms", |bytes| {
            repeat_to(
                "Quy định 205-QĐ/TW của Bộ Chính trị và Quy định 205 của Bộ Chính trị, ",
                bytes,
            )
        }),
        ("one-number", |bytes| {
            let mut text = String::with_capacity(bytes + 64);
            let letter = |n: usize| char::from(b'A' + (n % 26) as u8);
            for i in 0.. {
                if text.len() >= bytes {
                    break;
                }
                let (year, code) = (1950 + i % 100, [letter(i / 676), letter(i / 26), letter(i)]);
                let code: String = code.iter().collect();
                text.push_str(&format!("Nghị định 1/{year}/NĐ-{code} và Nghị định 1. "));
            }
            text
        }),
    ];

    pub fn main() {
        let text = corpus::texts("baomoi-dev").join("\n");
        let citations = find_citations(&text).len();
        println!(
            "baomoi-dev: {:.1} MB, {citations} citations\n",
            text.len() as f64 / 1e6
        );

        let mut criterion = Criterion::default()
            .sample_size(10)
            .measurement_time(Duration::from_secs(8))
            .configure_from_args();
        let mut group = criterion.benchmark_group(GROUP);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("words-baomoi", |bench| {
            bench.iter(|| {
                black_box(
                    text.split(|c: char| !c.is_alphanumeric())
                        .filter(|word| !word.is_empty())
                        .count(),
                )
            })
        });
        group.bench_function("find-baomoi", |bench| {
            bench.iter(|| black_box(find_citations(&text)))
        });
        let mut sizes = Vec::new();
        for (name, input_of) in ADVERSARIAL {
            for (size, bytes) in SIZES {
                let input = input_of(bytes);
                group.throughput(Throughput::Bytes(input.len() as u64));
                group.bench_function(format!("{name}-{size}"), |bench| {
                    bench.iter(|| black_box(find_citations(&input)))
                });
                sizes.push((format!("{name}-{size}"), input.len()));
            }
        }
        group.finish();
        criterion.final_summary();

        let mb_per_s = |bytes: usize, ns: f64| bytes as f64 / ns * 1e3;
        println!("\n| text | splitting into words (baseline) | find_citations | time ratio |");
        println!("|---|---|---|---|");
        match (
            estimates::mean_ns(GROUP, "words-baomoi"),
            estimates::mean_ns(GROUP, "find-baomoi"),
        ) {
            (Some(floor), Some(ours)) => println!(
                "| baomoi-dev | {:.0} MB/s | {:.0} MB/s | {:.2}× |",
                mb_per_s(text.len(), floor),
                mb_per_s(text.len(), ours),
                ours / floor
            ),
            _ => println!("| baomoi-dev | (not measured in this run) | | |"),
        }
        let names = ADVERSARIAL.iter().map(|(name, _)| *name);
        linearity::print_table(GROUP, "adversarial input", names, &sizes);
    }
}
