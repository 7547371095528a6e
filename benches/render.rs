//! Whole-article rendering throughput on the dantri corpus (1,330 articles
//! as article JSON), against a baseline measured in the same run: reading
//! the same JSON into a `serde_json::Value` (what any renderer does at
//! least). Ours is everything: reading and checking the JSON, normalising
//! every text, finding citations, writing the HTML.
//!
//! `cargo bench --bench render` (or `./tests/bench.sh`).

// Criterion measures natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/estimates.rs"]
mod estimates;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::estimates;

    use std::hint::black_box;
    use std::path::Path;
    use std::time::Duration;

    use criterion::{Criterion, Throughput};
    use vn_article::{RenderOptions, ingest, render_json};

    const GROUP: &str = "render";

    pub fn main() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dantri-dev");
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .expect("the dantri corpus beside the project")
            .map(|entry| entry.expect("a readable folder").path())
            .collect();
        files.sort();
        let articles: Vec<String> = files
            .iter()
            .filter_map(|path| ingest(&std::fs::read_to_string(path).ok()?).ok())
            .map(|ingested| serde_json::to_string(&ingested.article).expect("an article writes as JSON"))
            .collect();
        let bytes: usize = articles.iter().map(String::len).sum();
        let options = RenderOptions::default();
        let html: usize = articles
            .iter()
            .map(|json| render_json(json, &options).map_or(0, |rendered| rendered.html.len()))
            .sum();
        println!(
            "dantri-dev: {} articles, {:.1} MB of JSON, {:.1} MB of HTML\n",
            articles.len(),
            bytes as f64 / 1e6,
            html as f64 / 1e6
        );

        let mut criterion = Criterion::default()
            .sample_size(10)
            .measurement_time(Duration::from_secs(10))
            .configure_from_args();
        let mut group = criterion.benchmark_group(GROUP);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("parse-json-dantri", |bench| {
            bench.iter(|| {
                for json in &articles {
                    black_box(serde_json::from_str::<serde_json::Value>(json).ok());
                }
            })
        });
        group.bench_function("render-dantri", |bench| {
            bench.iter(|| {
                for json in &articles {
                    black_box(render_json(json, &options).ok());
                }
            })
        });
        group.finish();
        criterion.final_summary();

        let mb_per_s = |ns: f64| bytes as f64 / ns * 1e3;
        println!("\n| articles | serde_json::Value (baseline) | render_json | time ratio |");
        println!("|---|---|---|---|");
        match (
            estimates::mean_ns(GROUP, "parse-json-dantri"),
            estimates::mean_ns(GROUP, "render-dantri"),
        ) {
            (Some(floor), Some(ours)) => println!(
                "| dantri-dev (JSON) | {:.0} MB/s | {:.0} MB/s | {:.2}× |",
                mb_per_s(floor),
                mb_per_s(ours),
                ours / floor
            ),
            _ => println!("| dantri-dev | (not measured in this run) | | |"),
        }
    }
}
