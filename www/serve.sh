#!/usr/bin/env bash
# Builds the wasm module and serves the demo on http://127.0.0.1:${PORT:-8080}/.
# On a fresh machine it first installs what is missing (wasm32 target,
# wasm-bindgen CLI at Cargo.lock's version, npm packages with wasm-opt and esbuild).
set -euo pipefail
source "$(dirname "$0")/../scripts/toolchain.sh"
cd "$ROOT"

ensure_rust_tools
ensure_wasm_bindgen
ensure_npm_packages
scripts/build-wasm.sh
exec node www/server.mjs
