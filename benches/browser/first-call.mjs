// Where a first visit's time goes: the start-up page of render.mjs loaded in
// fresh contexts by Chromium with V8's defaults and with flags a page cannot
// set, to tell compiling the module's code from running it. For each flag
// set, the median of LOADS loads: the start-up (the host module's import to
// the first article rendered) and, of it, the first renderArticle call.
//
//   node benches/browser/first-call.mjs     (after scripts/build-wasm.sh)
import { fileURLToPath } from 'node:url';
import { open, start } from '../../tests/e2e/browser.mjs';

const LOADS = 21;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FLAG_SETS = [
  ['', "Chromium's defaults: each function compiled by Liftoff at its first call, hot ones by TurboFan in the background"],
  ['--no-wasm-lazy-compilation', 'every function compiled by Liftoff while the module streams in'],
  ['--liftoff-only', 'compiled at the first call, never by TurboFan'],
  ['--liftoff-only --no-wasm-lazy-compilation', 'compiled while streaming, never by TurboFan: running the code alone'],
  ['--wasm-tiering-budget=1000000000', 'compiled at the first call, TurboFan never asked'],
];

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

console.log('| V8 flags | what they leave | start-up | first renderArticle |');
console.log('|---|---|---|---|');
for (const [flags, meaning] of FLAG_SETS) {
  const session = await start({ root: ROOT, jsFlags: flags });
  const startup = [];
  const firstCall = [];
  for (let load = 0; load < LOADS; load += 1) {
    const opened = await open(session, '/benches/browser/startup-wasm.html', {
      ready: () => window.__startup !== undefined,
      bypassCSP: true,
    });
    startup.push(await opened.page.evaluate(() => window.__startup));
    firstCall.push(await opened.page.evaluate(() => window.__vnEvents[0].detail.time));
    await opened.close();
  }
  await session.close();
  const label = flags ? `\`${flags}\`` : 'none';
  console.log(`| ${label} | ${meaning} | ${median(startup).toFixed(1)} ms | ${median(firstCall).toFixed(1)} ms |`);
}
