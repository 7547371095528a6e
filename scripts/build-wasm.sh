#!/usr/bin/env bash
# Builds the wasm module (release, optimised) and its JS glue into www/pkg/.
# Expects the toolchain of scripts/toolchain.sh; www/serve.sh and
# tests/run.sh install it first.
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
cd "$ROOT"

out=www/pkg
cargo build --lib --release --target wasm32-unknown-unknown --quiet
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" target/wasm32-unknown-unknown/release/vn_article.wasm
wasm-opt "${WASM_OPT_FLAGS[@]}" "$out/vn_article_bg.wasm" -o "$out/vn_article_bg.wasm"
scripts/bundle-glue.sh "$out"
printf 'built %s: vn_article_bg.wasm %s bytes (%s gzipped), vn_article.js %s bytes\n' "$out" \
  "$(wc -c <"$out/vn_article_bg.wasm")" "$(gzip -9c "$out/vn_article_bg.wasm" | wc -c)" "$(wc -c <"$out/vn_article.js")"
