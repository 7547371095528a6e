# shellcheck shell=bash
# Sourced by www/serve.sh and tests/run.sh: installs what a fresh machine
# lacks, idempotently, and skips what is already there. Each `ensure_*`
# prints one line when it installs something and nothing otherwise.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

# wasm-opt's flags for the module: optimised for size, and a function with
# one caller inlined into it only when it is small (200 bytes at most), so
# that the functions Rust keeps apart stay apart. V8 charges a loop's every
# turn with the size of its body and compiles what crosses its budget with
# TurboFan while the first article renders; loops holding every rare case
# had it compiling two functions of 39 and 25 KB at once (benches/README.md,
# "What a first visit compiles"). Cargo.toml's wasm-pack section repeats
# them for scripts/package.sh.
WASM_OPT_FLAGS=(-Os --one-caller-inline-max-function-size=200)

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The exact wasm-bindgen version Cargo.lock pins; the CLI must match it.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "toolchain: adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local component
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      echo "toolchain: adding $component"
      rustup component add "$component"
    fi
  done
}

# The oldest Rust that Cargo.toml's `rust-version` promises the crate builds
# with; tests/run.sh checks the promise with it.
rust_version() {
  awk -F'"' '/^rust-version = / { print $2; exit }' "$ROOT/Cargo.toml"
}

ensure_oldest_rust() {
  local version
  version=$(rust_version)
  if ! rustup toolchain list | grep -q "^$version-"; then
    echo "toolchain: installing Rust $version (Cargo.toml's rust-version)"
    rustup toolchain install "$version" --profile minimal
  fi
  if ! rustup target list --installed --toolchain "$version" | grep -qx wasm32-unknown-unknown; then
    echo "toolchain: adding the wasm32-unknown-unknown target to Rust $version"
    rustup target add wasm32-unknown-unknown --toolchain "$version"
  fi
}

ensure_wasm_bindgen() {
  local version
  version=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    echo "toolchain: installing wasm-bindgen-cli $version (the version Cargo.lock pins)"
    cargo install wasm-bindgen-cli --version "=$version" --force
  fi
}

ensure_wasm_pack() {
  if ! command -v wasm-pack >/dev/null; then
    echo "toolchain: installing wasm-pack"
    cargo install wasm-pack
  fi
}

# twiggy, for the size table of tests/bench.sh.
ensure_twiggy() {
  if ! command -v twiggy >/dev/null; then
    echo "toolchain: installing twiggy"
    cargo install twiggy --locked
  fi
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "toolchain: installing Node.js and npm from Debian"
    as_root apt-get update -qq
    as_root apt-get install -y -qq nodejs npm
  fi
}

# npm packages (wasm-opt from binaryen, esbuild, playwright-core, sirv), exactly as
# package-lock.json pins them; reinstalled only when the lock file changed.
ensure_npm_packages() {
  ensure_node
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    echo "toolchain: installing npm packages (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Debian's Chromium and its ChromeDriver, for the browser and page tests.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "toolchain: installing chromium and chromium-driver from Debian"
    as_root apt-get update -qq
    as_root apt-get install -y -qq chromium chromium-driver
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
}
