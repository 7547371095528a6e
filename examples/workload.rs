//! A fixed amount of work, for counting instructions rather than timing:
//! this machine's wall-clock times move by ±15–30% between runs minutes
//! apart, while an instruction count moves by less than 0.1%.
//!
//! ```text
//! cargo build --release --example workload
//! valgrind --tool=callgrind target/release/examples/workload render      # the seed, rendered 300 times
//! valgrind --tool=callgrind target/release/examples/workload normalize   # 150 dantri articles, clean, normalised 3 times
//! valgrind --tool=callgrind target/release/examples/workload damaged     # the same, damaged as the benchmark damages them
//! ```
//!
//! `callgrind_annotate --inclusive=yes callgrind.out.<pid>` then says where
//! the instructions go (build with `CARGO_PROFILE_RELEASE_DEBUG=true` for
//! source lines). benches/README.md records the counts.

use std::hint::black_box;
use std::path::Path;

#[path = "../benches/support/corpus.rs"]
mod corpus;

use vn_article::{NormalizeOptions, RenderOptions, normalize_text, render_json};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match std::env::args().nth(1).as_deref() {
        Some("render") => {
            let json =
                std::fs::read_to_string(root.join("www/articles/seed.json")).expect("the seed article");
            let options = RenderOptions::default();
            for _ in 0..300 {
                black_box(render_json(black_box(&json), &options).expect("the seed renders"));
            }
        }
        Some(kind @ ("normalize" | "damaged")) => {
            let folder = root.join("../shared/corpus/dantri-dev");
            let mut files: Vec<_> = std::fs::read_dir(&folder)
                .expect("../shared beside the project")
                .map(|entry| entry.expect("a readable folder").path())
                .collect();
            files.sort();
            let articles: Vec<String> = files
                .iter()
                .take(150)
                .map(|file| std::fs::read_to_string(file).expect("UTF-8 text"))
                .collect();
            let options = NormalizeOptions::default();
            // Counted too, once: the text is made clean first, as the
            // benchmark's "clean" text is, and damaged from there.
            let clean = normalize_text(&articles.join("\n"), &options).text;
            let text = if kind == "damaged" {
                corpus::damage(&clean)
            } else {
                clean
            };
            for _ in 0..3 {
                black_box(normalize_text(black_box(&text), &options));
            }
        }
        _ => {
            eprintln!("usage: workload render|normalize|damaged");
            std::process::exit(2);
        }
    }
}
