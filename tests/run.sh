#!/usr/bin/env bash
# Everything that tests vn-article, on a fresh machine too: installs what is
# missing, then runs formatting and lint checks, the native tests, the wasm
# tests in headless Chromium, the npm package (wasm-pack build, npm pack),
# and the page tests against the demo, the element and the package. Exits non-zero on any failure and ends with one line:
# "N passed, M failed" (tests counted one by one; a check without tests of
# its own, such as clippy, counts as one).
set -uo pipefail
source "$(dirname "$0")/../scripts/toolchain.sh"
cd "$ROOT"

passed=0
failed=0
failing_steps=()
output=$(mktemp)
trap 'rm -f "$output"' EXIT

# Sums "N passed; M failed" (cargo, wasm-bindgen-test) and "ℹ pass N" /
# "ℹ fail M" (node --test) over a step's output.
count() {
  awk '
    /test result: .* passed; .* failed/ {
      for (i = 1; i <= NF; i++) {
        if ($(i) ~ /^passed;?$/) p += $(i - 1)
        if ($(i) ~ /^failed;?$/) f += $(i - 1)
      }
      n++
    }
    /^ℹ pass [0-9]+$/ { p += $3; n++ }
    /^ℹ fail [0-9]+$/ { f += $3; n++ }
    END { printf "%d %d %d\n", p, f, n }
  ' "$output"
}

# step NAME COMMAND...: runs one step, shows its output, adds up its tests.
step() {
  local name=$1
  shift
  printf '\n━━ %s\n' "$name"
  "$@" 2>&1 | tee "$output"
  local status=${PIPESTATUS[0]}
  local p f n
  read -r p f n < <(count)
  if [ "$n" = 0 ]; then
    # A check with no test counts of its own: one pass or one failure.
    if [ "$status" = 0 ]; then p=1; else f=1; fi
  elif [ "$status" != 0 ] && [ "$f" = 0 ]; then
    f=1 # it failed before or after its tests (a build error, a crash)
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" != 0 ]; then failing_steps+=("$name"); fi
}

setup() {
  ensure_rust_tools && ensure_oldest_rust && ensure_wasm_bindgen && ensure_wasm_pack && ensure_npm_packages && ensure_chromium
}

step "set-up: toolchain, Chromium, npm packages" setup
export CHROMEDRIVER=/usr/bin/chromedriver
step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy (native)" cargo clippy --all-targets --locked -- -D warnings
step "cargo clippy (wasm32)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# Cargo.toml's `rust-version` promises that the crate builds with that
# Rust: a feature stabilised later (an `if let` guard in a match arm, a
# newer method) passes every check above and breaks the promise. Its own
# target directory keeps the main one's builds.
oldest_rust_check() {
  local version
  version=$(rust_version)
  cargo "+$version" check --all-targets --locked --target-dir target/oldest-rust &&
    cargo "+$version" check --lib --locked --target-dir target/oldest-rust --target wasm32-unknown-unknown
}
step "cargo check with the oldest Rust Cargo.toml promises (rust-version)" oldest_rust_check
# The property tests draw their cases from a seed taken from the commit
# under test: each commit tries cases no commit tried before, and a run
# repeats exactly on the same commit: a red run is read again by running
# `PROPTEST_RNG_SEED=<the seed printed below> cargo test`.
if [ -z "${PROPTEST_RNG_SEED:-}" ]; then
  commit=$(git rev-parse --short=15 HEAD 2>/dev/null || echo 0)
  export PROPTEST_RNG_SEED=$((16#$commit))
fi
printf '\nproperty tests seeded with PROPTEST_RNG_SEED=%s\n' "$PROPTEST_RNG_SEED"
step "cargo test (native)" cargo test --locked
step "cargo doc (no broken links)" env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked
step "wasm tests in headless Chromium (wasm-pack test --headless --chrome)" wasm-pack test --headless --chrome -- --locked
step "npm package: wasm-pack build --target web, types checked, npm pack (scripts/package.sh)" scripts/package.sh
step "build the demo (www/pkg)" scripts/build-wasm.sh
step "page tests (playwright-core, Chromium)" node --test --test-reporter=spec tests/e2e/

printf '\n'
if [ ${#failing_steps[@]} -gt 0 ]; then
  printf 'failing: %s\n' "${failing_steps[@]}"
fi
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" = 0 ]
