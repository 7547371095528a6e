#!/usr/bin/env bash
# Assembles the npm package and packs it: target/npm/vn-article-<version>.tgz.
#
#   pkg/               wasm-pack build --target web (release, wasm-opt as Cargo.toml says), the
#                      glue and its snippets in one file (scripts/bundle-glue.sh)
#   vn-article.js      the host module and <vn-article> (www/)
#   vn-article.css     the article's styles, also adopted by the element
#   vn-article.d.ts    types of the host module, the element, its events
#   article.schema.json
#   README.md          npm/README.md
#   package.json       written here, its version taken from Cargo.toml
#
# Expects the toolchain of scripts/toolchain.sh (tests/run.sh installs it).
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
cd "$ROOT"

out=target/npm/vn-article
rm -rf "$out"
mkdir -p "$out"
wasm-pack --quiet build --target web --release --no-pack --out-dir "$out/pkg" --out-name vn_article -- --locked
# wasm-pack's .gitignore ("*") would keep pkg/ out of the tarball.
rm -f "$out/pkg/.gitignore"
scripts/bundle-glue.sh "$out/pkg"
cp www/vn-article.js www/vn-article.css www/vn-article.d.ts www/article.schema.json "$out/"
cp npm/README.md "$out/README.md"

node --input-type=module - "$out/package.json" <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
const cargo = readFileSync('Cargo.toml', 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name} = "(.*)"$`, 'm'))[1];
const manifest = {
  name: 'vn-article',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  keywords: ['vietnamese', 'article', 'news', 'web-component', 'webassembly', 'legal-citations'],
  type: 'module',
  types: './vn-article.d.ts',
  exports: {
    '.': { types: './vn-article.d.ts', default: './vn-article.js' },
    './wasm': { types: './pkg/vn_article.d.ts', default: './pkg/vn_article.js' },
    './wasm/vn_article_bg.wasm': './pkg/vn_article_bg.wasm',
    './vn-article.css': './vn-article.css',
    './article.schema.json': './article.schema.json',
  },
  files: ['vn-article.js', 'vn-article.css', 'vn-article.d.ts', 'article.schema.json', 'pkg/'],
  sideEffects: ['./vn-article.js', './vn-article.css'],
};
writeFileSync(process.argv[2], `${JSON.stringify(manifest, null, 2)}\n`);
JS

# The declarations must hold together: check them as a consumer would.
tsc --strict --noEmit --skipLibCheck false --lib es2022,dom --module nodenext --moduleResolution nodenext \
  "$out/vn-article.d.ts"

tarball=$(cd target/npm && npm pack --silent ./vn-article)
printf 'packed target/npm/%s: %s bytes, %s files\n' "$tarball" "$(wc -c <"target/npm/$tarball")" \
  "$(tar -tzf "target/npm/$tarball" | wc -l)"
