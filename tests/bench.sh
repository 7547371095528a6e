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
