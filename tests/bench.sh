#!/usr/bin/env bash
# Benchmarks, not part of ./tests/run.sh: builds release artefacts, then
# prints tables of throughput with ratios to a baseline measured in the same
# run — natively (criterion) and in headless Chromium. Installs what a fresh
# machine lacks, as tests/run.sh does. Record what it prints in
# benches/README.md, with the machine.
set -euo pipefail
source "$(dirname "$0")/../scripts/toolchain.sh"
cd "$ROOT"

ensure_rust_tools
ensure_wasm_bindgen
ensure_npm_packages
ensure_chromium

printf '━━ machine\n%s, %s cores, %s\n' "$(uname -m)" "$(nproc)" "$(rustc --version)"
printf '\n━━ wasm module\n'
scripts/build-wasm.sh
printf '\n━━ normalisation, native (cargo bench --bench normalize)\n'
cargo bench --bench normalize -- --noplot 2>&1 | grep -vE '^(Benchmarking|Warming|Collecting|Analyzing|Found|  [0-9]+ \()'
printf '\n━━ normalisation, in the browser (node benches/browser/normalize.mjs)\n'
node benches/browser/normalize.mjs
printf '\n━━ cited documents, native (cargo bench --bench citations)\n'
cargo bench --bench citations -- --noplot 2>&1 | grep -vE '^(Benchmarking|Warming|Collecting|Analyzing|Found|  [0-9]+ \()'
printf '\n━━ whole articles, native (cargo bench --bench render)\n'
cargo bench --bench render -- --noplot 2>&1 | grep -vE '^(Benchmarking|Warming|Collecting|Analyzing|Found|  [0-9]+ \()'
printf '\n━━ rendering and start-up in the browser (node benches/browser/render.mjs)\n'
cargo build --release --quiet --bin vn-article
node benches/browser/render.mjs
printf '\n━━ size (aim: wasm + JS glue ≤ 60 KB gzipped)\n'
size() { printf '| %s | %s B | %s B |\n' "$1" "$(wc -c <"$1")" "$(gzip -9c "$1" | wc -c)"; }
printf '| file | raw | gzip -9 |\n|---|---|---|\n'
# The glue holds its snippets (the DOM writer's JavaScript half): scripts/bundle-glue.sh.
loaded=(www/pkg/vn_article_bg.wasm www/pkg/vn_article.js www/vn-article.js)
total=0
for file in "${loaded[@]}"; do
  size "$file"
  total=$((total + $(gzip -9c "$file" | wc -c)))
done
printf '| wasm + glue + host module | | %s B |\n' "$total"
printf '\nWhere the bytes go (twiggy top of the module as shipped, rebuilt with its names kept):\n'
ensure_twiggy
named=target/wasm-named
rm -rf "$named"
wasm-bindgen --target web --keep-debug --out-dir "$named" target/wasm32-unknown-unknown/release/vn_article.wasm
wasm-opt "${WASM_OPT_FLAGS[@]}" -g "$named/vn_article_bg.wasm" -o "$named/vn_article_bg.wasm"
twiggy top -n 25 "$named/vn_article_bg.wasm" | grep -v "custom section\|subsection"
