#!/usr/bin/env bash
# Fuzzes vn-article with cargo fuzz (nightly, libFuzzer): the targets of
# fuzz/fuzz_targets/ — render_json, ingest, normalize, cite, long_input — each for
# SECONDS (default 300), two at a time (one per core). The corpora start
# from ../shared/corpus and the committed inputs of tests/fixtures/fuzz/;
# every crash, timeout or out-of-memory input found is moved into
# tests/fixtures/fuzz/<target>/, where tests/fuzz_regressions.rs runs it on
# every test run. Exits 1 if anything was found.
#
#   scripts/fuzz.sh            # 5 minutes per target
#   scripts/fuzz.sh 30 cite    # 30 seconds, one target
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
cd "$ROOT"

seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(render_json ingest normalize cite long_input)

if ! command -v cargo-fuzz >/dev/null; then
  echo "fuzz: installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal

shared=$ROOT/../shared
corpus=$ROOT/fuzz/corpus
# Seeds, written once: real articles as JSON and as scraped text, real
# sentences (legal references, news) one to a file.
seed() {
  local target=$1
  mkdir -p "$corpus/$target"
  cp "$ROOT/tests/fixtures/fuzz/$target/"* "$corpus/$target/"
  [ -z "$(find "$corpus/$target" -name 'corpus-*' -print -quit)" ] || return 0
  case $target in
    render_json)
      cp "$ROOT"/www/articles/*.json "$corpus/$target/"
      cargo build --quiet --bin vn-article
      local file
      for file in $(ls "$shared"/corpus/dantri-dev/* | head -150); do
        "$ROOT/target/debug/vn-article" ingest "$file" >"$corpus/$target/corpus-$(basename "$file").json" 2>/dev/null || true
      done
      ;;
    ingest)
      # The seed whole, and the top of real pages: title, dateline, the
      # first paragraphs (each cut to 400 characters), where most of the
      # reader's rules apply. Whole articles ran at about 50 inputs a
      # second; a few lines each run many times faster.
      cp "$shared"/seed/*.txt "$corpus/$target/"
      node -e '
        const fs = require("fs");
        const [out, ...files] = process.argv.slice(1);
        for (const file of files) {
          const lines = fs.readFileSync(file, "utf8").split("\n").slice(0, 12).map((line) => [...line].slice(0, 400).join(""));
          fs.writeFileSync(`${out}/corpus-${file.split("/").pop()}`, lines.join("\n"));
        }
      ' "$corpus/$target" $(ls "$shared"/corpus/dantri-dev/* | head -150) $(ls "$shared"/corpus/baomoi-dev/* | head -50)
      ;;
    normalize | cite)
      node -e '
        const fs = require("fs");
        const [jsonl, baomoi, out] = process.argv.slice(1);
        const sentences = fs.readFileSync(jsonl, "utf8").trim().split("\n").slice(0, 400).map((line) => JSON.parse(line).text);
        const news = fs.readdirSync(baomoi).slice(0, 100).flatMap((name) => fs.readFileSync(`${baomoi}/${name}`, "utf8").split("\n").slice(0, 2));
        [...sentences, ...news].forEach((text, index) => fs.writeFileSync(`${out}/corpus-${index}.txt`, text));
      ' "$shared/corpus/vnlegaltext-val.jsonl" "$shared/corpus/baomoi-dev" "$corpus/$target"
      ;;
    long_input) ;; # its committed seeds are the hostile patterns of the benchmarks
  esac
}

run() {
  local target=$1
  seed "$target"
  echo "fuzz: $target for ${seconds}s"
  # -timeout: an input that takes 10 s is a finding (time must stay linear).
  # long_input's inputs are a few lines standing for texts of 25 and 100 KB,
  # whose times it compares itself; the sanitizer makes a slow linear text
  # take seconds, so its timeout is only the backstop, and a unit is
  # reported slow only past it (libFuzzer's default, 10 s, is a 100 KB text
  # that takes 0.3 s without the sanitizer, 4 times its 25 KB's).
  local limits=(-max_len=65536 -timeout=10)
  [ "$target" != ingest ] || limits=(-max_len=8192 -timeout=10)
  [ "$target" != long_input ] || limits=(-max_len=512 -timeout=30 -report_slow_units=30)
  cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$corpus/$target" -- \
    -max_total_time="$seconds" "${limits[@]}" -rss_limit_mb=2048 -print_final_stats=1 \
    >"$ROOT/target/fuzz-$target.log" 2>&1 || true
  grep -E '^(stat::number_of_executed_units|stat::new_units_added|Done [0-9]+ runs)' "$ROOT/target/fuzz-$target.log" |
    sed "s/^/fuzz: $target: /" || true
  # A run that ends without libFuzzer's last word either found something
  # (an artifact, below) or never ran: a target that does not build.
  rm -f "$ROOT/target/fuzz-$target.unfinished"
  grep -qE '^Done [0-9]+ runs' "$ROOT/target/fuzz-$target.log" || touch "$ROOT/target/fuzz-$target.unfinished"
}

mkdir -p "$ROOT/target"
cargo +nightly fuzz build --fuzz-dir fuzz "${targets[@]:0:1}" >/dev/null 2>&1 || cargo +nightly fuzz build --fuzz-dir fuzz
pids=()
for target in "${targets[@]}"; do
  run "$target" &
  pids+=($!)
  # One target per core.
  if [ ${#pids[@]} -ge "$(nproc)" ]; then
    wait "${pids[0]}"
    pids=("${pids[@]:1}")
  fi
done
wait

found=0
for target in "${targets[@]}"; do
  for artifact in fuzz/artifacts/"$target"/*; do
    [ -e "$artifact" ] || continue
    # Moved, not copied: a later run reports only what it found itself.
    mv "$artifact" "tests/fixtures/fuzz/$target/"
    echo "fuzz: $target found $(basename "$artifact"): moved to tests/fixtures/fuzz/$target/ (see target/fuzz-$target.log)"
    found=1
  done
done
unfinished=0
for target in "${targets[@]}"; do
  if [ -e "$ROOT/target/fuzz-$target.unfinished" ] && [ "$found" = 0 ]; then
    echo "fuzz: $target did not run to its end and left no input: see target/fuzz-$target.log"
    unfinished=1
  fi
done
[ "$found" = 0 ] && [ "$unfinished" = 0 ] && echo "fuzz: nothing found in ${seconds}s per target"
[ "$found" = 0 ] && [ "$unfinished" = 0 ]
