//! Whole-article rendering throughput on the dantri corpus (1,330 articles
//! as article JSON), against a baseline measured in the same run: reading
//! the same JSON into a `serde_json::Value` (what any renderer does at
//! least). Ours is everything: reading and checking the JSON, normalising
//! every text, finding citations, writing the HTML. Then the proof of
//! linear time on hostile articles of 100 KB and 1 MB, whose time ratio
//! must be about 10.
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
#[path = "support/linearity.rs"]
mod linearity;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::estimates;
    use super::linearity::{self, SIZES, repeat_to};

    use std::hint::black_box;
    use std::path::Path;
    use std::time::Duration;

    use criterion::{Criterion, Throughput};
    use vn_article::{RenderOptions, ingest, render_json};

    const GROUP: &str = "render";

    /// A paragraph of about the size asked, in bytes.
    type Paragraph = fn(usize) -> String;

    /// Articles built to make a renderer backtrack or rescan, by their one
    /// paragraph (a field and how to fill it): quotes to pair across the
    /// whole text, unclosed quotes under many pairs, inline markup nested to
    /// the limit and misnested, comments of both endings, thousands of
    /// different unknown tags, a citation's beginning that never finishes,
    /// spaces and invisible characters to collapse, one word of a million
    /// invisible characters, tone marks to move, legacy (VNI) text to
    /// convert, thousands of inline elements whose text changes, quotes
    /// and brackets glued to words before one run of dots, texts without
    /// a space: initials and full stops, `?` and `!`, URLs that quotes
    /// end; and dashes beside numbers and words, ranges and temperatures
    /// with small words glued to their numbers (each once read back over
    /// the whole text before it).
    const HOSTILE: [(&str, &str, Paragraph); 17] = [
        ("quotes", "text", |bytes| {
            repeat_to("\" a \"b\" ' c ' \u{201c} d ", bytes)
        }),
        ("unclosed-quotes", "text", |bytes| {
            repeat_to("\"a ", bytes / 2) + &repeat_to("\"b\" ", bytes / 2)
        }),
        ("markup", "html", |bytes| {
            repeat_to("<b><i><a href='/x'><sub>x</b></i>y</a></sub> ", bytes)
        }),
        ("comments", "html", |bytes| {
            repeat_to("<!---->x<!-- a -- b --!>y &amp ", bytes)
        }),
        ("tags", "html", |bytes| {
            let mut html = String::with_capacity(bytes + 16);
            for i in 0.. {
                if html.len() >= bytes {
                    break;
                }
                html.push_str(&format!("<x{i}>a "));
            }
            html
        }),
        ("citation", "text", |bytes| repeat_to("Nghị định số 1/", bytes)),
        ("spaces", "text", |bytes| {
            repeat_to("a  \u{200b} \u{2060}  ,  . ", bytes)
        }),
        ("invisible", "text", |bytes| {
            repeat_to("a\u{200b}\u{2060}\u{feff}", bytes)
        }),
        ("marks", "text", |bytes| repeat_to("hoà tòan ngừơi qúy ", bytes)),
        ("legacy", "text", |bytes| repeat_to("Vieät Nam \u{201c}", bytes)),
        ("inline-changes", "html", |bytes| repeat_to("<b>tòan</b> ", bytes)),
        // A URL's `&nbsp` (part of its query) far from where the URL begins.
        ("url-nbsp", "text", |bytes| {
            "a".repeat(bytes / 2) + "http://x.vn/?" + &repeat_to("&nbsp", bytes / 2)
        }),
        ("glued-punctuation", "text", |bytes| {
            repeat_to("Từ Dũ(TPHCM)để là\"thỏi\"và ,", bytes / 2) + &".".repeat(bytes / 2)
        }),
        ("initials", "text", |bytes| repeat_to("a$Ả.h", bytes)),
        ("question-marks", "text", |bytes| repeat_to("?!", bytes)),
        ("urls", "text", |bytes| repeat_to("\u{2018}www.", bytes)),
        ("ranges", "text", |bytes| {
            repeat_to("Hà Nội - Huế, từ8 -10 giờ, và37 oC, A4 -5 ", bytes)
        }),
    ];

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
        let mut sizes = Vec::new();
        for (name, field, paragraph_of) in HOSTILE {
            for (size, bytes) in SIZES {
                let paragraph = paragraph_of(bytes);
                let json =
                    serde_json::json!({"title": "T", "blocks": [{"type": "paragraph", field: paragraph}]})
                        .to_string();
                group.throughput(Throughput::Bytes(json.len() as u64));
                group.bench_function(format!("{name}-{size}"), |bench| {
                    bench.iter(|| black_box(render_json(&json, &options).ok()))
                });
                sizes.push((format!("{name}-{size}"), json.len()));
            }
        }
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
        let names = HOSTILE.iter().map(|(name, _, _)| *name);
        linearity::print_table(GROUP, "hostile article", names, &sizes);
    }
}
