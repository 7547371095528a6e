#!/usr/bin/env bash
# Folds the glue's snippets (src/render/dom.js, the DOM writer's JavaScript
# half, which wasm-bindgen writes as a module of its own under snippets/)
# into the glue, so that vn_article.js is one file. A browser learns of a
# snippet only once the glue has arrived: one more round trip before the
# module can be instantiated, 10–13 ms of a first visit's start-up on the
# benchmark's machine (benches/README.md).
#
#   scripts/bundle-glue.sh DIR    DIR holds vn_article.js and snippets/
#
# Expects esbuild from the npm packages of scripts/toolchain.sh.
set -euo pipefail
dir=$1
# esbuild drops comments; the glue's first line tells TypeScript and Deno
# where its types are.
esbuild "$dir/vn_article.js" --bundle --format=esm --log-level=warning --allow-overwrite \
  --banner:js='/* @ts-self-types="./vn_article.d.ts" */' --outfile="$dir/vn_article.js"
rm -rf "$dir/snippets"
