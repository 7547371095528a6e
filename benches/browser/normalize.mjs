// Normalisation in the browser: the wasm module's normalizeText against
// String.prototype.normalize('NFC') on the same text, in the same page, in
// headless Chromium. Prints a table of medians and the ratio.
//
//   node benches/browser/normalize.mjs      (./tests/bench.sh builds www/pkg first)
import { readFile, readdir } from 'node:fs/promises';
import { open, start } from '../../tests/e2e/browser.mjs';

const RUNS = 7;
const corpus = new URL('../../../shared/corpus/dantri-dev/', import.meta.url);
const files = (await readdir(corpus)).sort();
const raw = (await Promise.all(files.map((file) => readFile(new URL(file, corpus), 'utf8')))).join('\n');

const session = await start();
try {
  const { page, close } = await open(session, '/');
  const results = await page.evaluate(
    async ({ raw, runs }) => {
      const { load } = await import('/vn-article.js');
      const wasm = await load();
      // The same damage the native benchmark puts in (benches/support/corpus.rs).
      const damage = (clean) => {
        const misplaced = [['toàn', 'tòan'], ['người', 'ngừơi'], ['được', 'đựơc'], ['quý', 'qúy'],
          ['nghiệm', 'nghịêm'], ['hoạt', 'họat'], ['thủy', 'thuỷ'], ['hòa', 'hoà']];
        return clean.split(' ').map((word, index) => {
          let damaged = word.replace(/[“”]/g, '"');
          for (const [right, wrong] of misplaced) damaged = damaged.replaceAll(right, wrong);
          damaged = index % 3 === 0 ? damaged.normalize('NFD') : damaged;
          return (index > 0 ? (index % 10 === 0 ? '  ' : ' ') : '') + damaged;
        }).join('');
      };
      const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const time = (work) => {
        work(); // warm-up
        const times = [];
        for (let run = 0; run < runs; run += 1) {
          const started = performance.now();
          work();
          times.push(performance.now() - started);
        }
        return median(times);
      };
      const clean = wasm.normalizeText(raw);
      const texts = { clean, damaged: damage(clean) };
      return Object.entries(texts).map(([name, text]) => ({
        name,
        bytes: new TextEncoder().encode(text).length,
        baseline: time(() => text.normalize('NFC')),
        ours: time(() => wasm.normalizeText(text)),
      }));
    },
    { raw, runs: RUNS },
  );
  await close();
  console.log(`Chromium ${session.browser.version()}, median of ${RUNS} runs after a warm-up`);
  console.log('\n| text | String.prototype.normalize("NFC") | normalizeText (wasm) | time ratio |');
  console.log('|---|---|---|---|');
  for (const { name, bytes, baseline, ours } of results) {
    const rate = (ms) => `${(bytes / 1e6 / (ms / 1e3)).toFixed(0)} MB/s (${ms.toFixed(0)} ms)`;
    console.log(`| ${name} (${(bytes / 1e6).toFixed(1)} MB) | ${rate(baseline)} | ${rate(ours)} | ${(ours / baseline).toFixed(2)}× |`);
  }
} finally {
  await session.close();
}
