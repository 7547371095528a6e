// Rendering and start-up in the browser (headless Chromium), each against
// baselines measured in the same run:
//
// - render: from the article JSON string in hand to the finished DOM
//   attached, for the seed and a long article (≈ 200 blocks: the longest
//   dantri articles joined, with figures), against (a) the floor — the same
//   final HTML assigned to innerHTML of a detached element, then attached —
//   and (b) a JavaScript peer, @portabletext/to-html, rendering the same
//   article as Portable Text (already normalised, citations as annotations:
//   the same content) and assigning its HTML to innerHTML. Median of RUNS
//   runs after WARM_UP, the three interleaved.
// - start-up: from the import of the host module to the first article
//   rendered by <vn-article src> (JSON, stylesheet and module fetched in
//   parallel), against a plain module that fetches the pre-rendered article
//   and inserts it; each load in a fresh browser context. Then a returning
//   reader: each page visited again in the same context, its files cached;
//   and first visits on throttled networks, the files gzipped, where what
//   is sent counts more than what is done.
//
//   node benches/browser/render.mjs     (./tests/bench.sh builds what it needs first)
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { open, start, waitUntil } from '../../tests/e2e/browser.mjs';
import { startServer } from '../../www/server.mjs';

const RUNS = 41;
/**
 * Runs before the measured ones: enough for V8 to have compiled the module's
 * hot functions with TurboFan (it takes 100–150 ms in the background on this
 * machine). After 5, the seed was still measured in the baseline tier,
 * Liftoff: 2.2 ms instead of 1.2 ms. The first call, compiled lazily, is
 * the start-up section's to measure.
 */
const WARM_UP = 200;
const STARTUP_LOADS = 61;
const REPEAT_VISITS = 11;
/** How long a first visit stays open: time for Chromium to optimise the hot functions and cache the module's code. */
const FIRST_VISIT_MS = 3000;
/** Networks Chromium emulates (added round-trip time per request, bits per second each way). */
const NETWORKS = [
  { name: 'good 4G or cable: +40 ms a round trip, 10 Mbit/s', latency: 40, down: 10e6, up: 5e6 },
  { name: "Lighthouse's mobile throttling: +150 ms, 1.6 Mbit/s down, 750 kbit/s up", latency: 150, down: 1.6384e6, up: 0.75e6 },
];
const THROTTLED_LOADS = 9;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = `${ROOT}target/release/vn-article`;
const BENCH = `${ROOT}target/bench/`;

/** The long article: the longest dantri articles joined to ≈ 200 blocks, a figure every 15 blocks. */
async function longArticle() {
  const folder = `${ROOT}../shared/corpus/dantri-dev/`;
  const files = await readdir(folder);
  const sized = await Promise.all(files.map(async (file) => [(await stat(folder + file)).size, file]));
  sized.sort((a, b) => b[0] - a[0]);
  const images = ['ruong-bac-thang', 'vinh-ha-long', 'pho-hoi-an'];
  let article;
  const blocks = [];
  for (const [, file] of sized) {
    const ingested = JSON.parse(execFileSync(CLI, ['ingest', folder + file], { stdio: ['ignore', 'pipe', 'ignore'] }));
    article ??= ingested;
    if (blocks.length > 0) blocks.push({ type: 'heading', level: 2, text: ingested.title });
    for (const block of [...(ingested.sapo ? [{ type: 'paragraph', text: ingested.sapo }] : []), ...ingested.blocks]) {
      blocks.push(block);
      if (blocks.length % 15 === 0) {
        const name = images[(blocks.length / 15) % images.length];
        blocks.push({
          type: 'figure',
          image: {
            src: `/www/images/${name}-960.jpg`,
            alt: `Ảnh minh hoạ ${blocks.length}`,
            width: 1440,
            height: 960,
            srcset: [480, 960, 1440].map((width) => ({ src: `/www/images/${name}-${width}.jpg`, width })),
          },
          caption: `Chú thích của ảnh thứ ${blocks.length / 15}, đủ dài để xuống dòng trên điện thoại.`,
          credit: 'Ảnh: vn-article',
        });
      }
    }
    if (blocks.length >= 200) break;
  }
  return JSON.stringify({ ...article, blocks });
}

await mkdir(BENCH, { recursive: true });
const articles = {
  seed: await readFile(`${ROOT}www/articles/seed.json`, 'utf8'),
  long: await longArticle(),
};
await writeFile(`${BENCH}long.json`, articles.long);
await writeFile(`${BENCH}seed.html`, execFileSync(CLI, ['render', `${ROOT}www/articles/seed.json`]));

// Files are served cacheable, as a newsroom serves them; each cold load
// below still starts from a fresh context with an empty cache.
const session = await start({ root: ROOT, cacheFor: 3600 });
try {
  // Served cross-origin isolated, so that performance.now() counts in
  // microseconds rather than in Chromium's coarsened 0.1 ms steps, in which
  // the seed's floor was two steps.
  const isolate = {
    url: '**/benches/browser/bench.html',
    async handler(route) {
      const response = await route.fetch();
      const headers = {
        ...response.headers(),
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      };
      await route.fulfill({ response, headers });
    },
  };
  const { page, close } = await open(session, '/benches/browser/bench.html', {
    ready: () => true,
    bypassCSP: true,
    route: isolate,
  });
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the render benchmark page is not cross-origin isolated');
  const results = await page.evaluate(
    async ({ articles, runs, warmUp }) => {
      const { load } = await import('/www/vn-article.js');
      const wasm = await load();
      const { toHTML, escapeHTML } = await import('/node_modules/@portabletext/to-html/dist/index.js');
      const stage = document.getElementById('stage');
      const attribute = (name, value) => (value == null ? '' : ` ${name}="${escapeHTML(String(value))}"`);

      // Our rendered article as Portable Text: the same blocks, text and
      // citations (as annotations), for the peer to render.
      let keys = 0;
      const key = () => `k${(keys += 1)}`;
      function spans(node, marks, markDefs, out) {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) {
            out.push({ _type: 'span', _key: key(), text: child.data, marks });
            continue;
          }
          const name = child.localName;
          if (name === 'br') out.push({ _type: 'span', _key: key(), text: '\n', marks });
          else if (['b', 'strong'].includes(name)) spans(child, [...marks, 'strong'], markDefs, out);
          else if (['i', 'em'].includes(name)) spans(child, [...marks, 'em'], markDefs, out);
          else if (['sub', 'sup'].includes(name)) spans(child, [...marks, name], markDefs, out);
          else if (name === 'a' || name === 'mark') {
            const def = child.classList.contains('vn-cite')
              ? { _type: 'citation', _key: key(), href: child.getAttribute('href'), id: child.id, description: child.getAttribute('aria-description'), kind: child.dataset.kind, symbol: child.dataset.symbol }
              : { _type: 'link', _key: key(), href: child.getAttribute('href') };
            markDefs.push(def);
            spans(child, [...marks, def._key], markDefs, out);
          } else spans(child, marks, markDefs, out);
        }
        return out;
      }
      const block = (element, style, extra = {}) => {
        const markDefs = [];
        return { _type: 'block', _key: key(), style, markDefs, children: spans(element, [], markDefs, []), ...extra };
      };
      function portableText(html) {
        const template = document.createElement('template');
        template.innerHTML = html;
        const out = [];
        for (const element of template.content.querySelector('article').children) {
          const name = element.localName;
          if (name === 'header') {
            for (const part of element.children) out.push(block(part, part.localName === 'h1' ? 'h1' : 'normal'));
          } else if (name === 'p') out.push(block(element, 'normal'));
          else if (/^h[2-6]$/.test(name)) out.push(block(element, name));
          else if (name === 'ul' || name === 'ol') {
            for (const item of element.children) out.push(block(item, 'normal', { listItem: name === 'ul' ? 'bullet' : 'number', level: 1 }));
          } else if (element.matches('figure.vn-figure')) {
            const image = element.querySelector('img');
            out.push({
              _type: 'figure', _key: key(), full: element.querySelector('a')?.getAttribute('href'),
              src: image?.getAttribute('src'), srcset: image?.getAttribute('srcset'), sizes: image?.getAttribute('sizes'),
              width: image?.getAttribute('width'), height: image?.getAttribute('height'), alt: image?.getAttribute('alt'),
              caption: element.querySelector('.vn-figure__caption-text')?.textContent, credit: element.querySelector('.vn-figure__credit')?.textContent,
            });
          } else if (element.matches('figure.vn-quote')) {
            out.push({ _type: 'quote', _key: key(), text: element.querySelector('blockquote').textContent, attribution: element.querySelector('figcaption')?.textContent });
          } else if (name === 'section') {
            out.push({ _type: 'citations', _key: key(), title: element.querySelector('h2').textContent, items: [...element.querySelectorAll('li')].map((item) => ({ text: item.textContent, href: item.querySelector('a')?.getAttribute('href') })) });
          } else if (name === 'footer') out.push(block(element.querySelector('p'), 'normal'));
        }
        return out;
      }
      const components = {
        block: { h1: ({ children }) => `<h1 class="vn-article__title">${children}</h1>` },
        types: {
          figure: ({ value }) =>
            `<figure class="vn-figure"><a class="vn-figure__zoom"${attribute('href', value.full)}><img class="vn-figure__image"${attribute('src', value.src)}${attribute('srcset', value.srcset)}${attribute('sizes', value.sizes)}${attribute('width', value.width)}${attribute('height', value.height)}${attribute('alt', value.alt)} loading="lazy" decoding="async"></a><figcaption class="vn-figure__caption"><span class="vn-figure__caption-text">${escapeHTML(value.caption ?? '')}</span> <span class="vn-figure__credit">${escapeHTML(value.credit ?? '')}</span></figcaption></figure>`,
          quote: ({ value }) =>
            `<figure class="vn-quote"><blockquote class="vn-quote__text"><p>${escapeHTML(value.text)}</p></blockquote><figcaption class="vn-quote__attribution">${escapeHTML(value.attribution ?? '')}</figcaption></figure>`,
          citations: ({ value }) =>
            `<section class="vn-citations"><h2 class="vn-citations__title">${escapeHTML(value.title)}</h2><ol class="vn-citations__list">${value.items.map((item) => `<li class="vn-citations__item"><a${attribute('href', item.href)}>${escapeHTML(item.text)}</a></li>`).join('')}</ol></section>`,
        },
        marks: {
          sub: ({ children }) => `<sub>${children}</sub>`,
          sup: ({ children }) => `<sup>${children}</sup>`,
          citation: ({ children, value }) =>
            value.href
              ? `<a class="vn-cite"${attribute('href', value.href)}${attribute('id', value.id)}${attribute('data-kind', value.kind)}${attribute('data-symbol', value.symbol)}${attribute('aria-description', value.description)}>${children}</a>`
              : `<mark class="vn-cite" tabindex="0"${attribute('id', value.id)}${attribute('data-kind', value.kind)}${attribute('aria-description', value.description)}>${children}</mark>`,
        },
      };

      const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const results = [];
      for (const [name, json] of Object.entries(articles)) {
        const html = wasm.renderToString(json);
        const blocks = portableText(html);
        const wrap = (inner) => `<article class="vn-article" lang="vi">${inner}</article>`;
        const variants = {
          floor: () => {
            const element = document.createElement('div');
            element.innerHTML = html;
            stage.replaceChildren(element);
          },
          peer: () => {
            const element = document.createElement('div');
            element.innerHTML = wrap(toHTML(blocks, { components }));
            stage.replaceChildren(element);
          },
          ours: () => {
            const element = document.createElement('div');
            wasm.renderArticle(element, json);
            stage.replaceChildren(element);
          },
        };
        const times = { floor: [], peer: [], ours: [] };
        for (let run = 0; run < warmUp + runs; run += 1) {
          for (const [variant, work] of Object.entries(variants)) {
            stage.replaceChildren();
            const started = performance.now();
            work();
            const elapsed = performance.now() - started;
            if (run >= warmUp) times[variant].push(elapsed);
          }
        }
        results.push({
          name,
          bytes: json.length,
          blocks: JSON.parse(json).blocks.length,
          peerBlocks: blocks.length,
          floor: median(times.floor),
          peer: median(times.peer),
          ours: median(times.ours),
        });
      }
      return results;
    },
    { articles, runs: RUNS, warmUp: WARM_UP },
  );
  await close();

  // A fresh context for each load: nothing cached, nothing compiled. The
  // two pages alternate, so that noise falls on both alike.
  const startup = { plain: [], wasm: [] };
  const firstRender = [];
  for (let load = 0; load < STARTUP_LOADS; load += 1) {
    for (const variant of ['plain', 'wasm']) {
      const opened = await open(session, `/benches/browser/startup-${variant}.html`, {
        ready: () => window.__startup !== undefined,
        bypassCSP: true,
      });
      startup[variant].push(await opened.page.evaluate(() => window.__startup));
      if (variant === 'wasm') {
        firstRender.push(await opened.page.evaluate(() => window.__vnEvents[0].detail.time));
      }
      await opened.close();
    }
  }

  // A returning reader: the same page visited again in the same context,
  // its files from the HTTP cache and, for the module, whatever code
  // Chromium kept from the first visit.
  const repeat = { plain: [], wasm: [] };
  const repeatFirstRender = [];
  for (let load = 0; load < REPEAT_VISITS; load += 1) {
    for (const variant of ['plain', 'wasm']) {
      const path = `/benches/browser/startup-${variant}.html`;
      const opened = await open(session, path, { ready: () => window.__startup !== undefined, bypassCSP: true });
      await opened.page.waitForTimeout(FIRST_VISIT_MS);
      await opened.page.goto(new URL(path, session.url).href);
      await waitUntil(opened.page, () => window.__startup !== undefined);
      repeat[variant].push(await opened.page.evaluate(() => window.__startup));
      if (variant === 'wasm') {
        repeatFirstRender.push(await opened.page.evaluate(() => window.__vnEvents.at(-1).detail.time));
      }
      await opened.close();
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const quartiles = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [sorted[Math.floor(sorted.length / 4)], sorted[Math.floor((sorted.length * 3) / 4)]];
  };

  // First visits on throttled networks, from a second server that gzips
  // what it sends, as a newsroom's server or CDN does.
  const zipped = await startServer({ root: ROOT, gzip: true });
  const throttled = [];
  try {
    for (const network of NETWORKS) {
      const loads = { plain: [], wasm: [] };
      for (let load = 0; load < THROTTLED_LOADS; load += 1) {
        for (const variant of ['plain', 'wasm']) {
          const context = await session.browser.newContext({ bypassCSP: true });
          const page = await context.newPage();
          const devtools = await context.newCDPSession(page);
          await devtools.send('Network.enable');
          await devtools.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: network.latency,
            downloadThroughput: network.down / 8,
            uploadThroughput: network.up / 8,
          });
          await page.goto(new URL(`/benches/browser/startup-${variant}.html`, zipped.url).href);
          await waitUntil(page, () => window.__startup !== undefined, null, 60_000);
          loads[variant].push(await page.evaluate(() => window.__startup));
          await context.close();
        }
      }
      throttled.push({ network, plain: median(loads.plain), wasm: median(loads.wasm) });
    }
  } finally {
    await new Promise((resolve) => zipped.server.close(resolve));
  }

  console.log(`Chromium ${session.browser.version()}; render: median of ${RUNS} runs after ${WARM_UP} warm-ups, interleaved`);
  console.log('\n| article | floor: innerHTML of the final HTML | peer: @portabletext/to-html + innerHTML | vn-article renderArticle | ours / floor | ours / peer |');
  console.log('|---|---|---|---|---|---|');
  for (const { name, bytes, blocks, floor, peer, ours } of results) {
    const ms = (value) => `${value.toFixed(3)} ms`;
    console.log(`| ${name} (${blocks} blocks, ${(bytes / 1024).toFixed(0)} KB JSON) | ${ms(floor)} | ${ms(peer)} | ${ms(ours)} | ${(ours / floor).toFixed(2)}× | ${(ours / peer).toFixed(2)}× |`);
  }
  const plain = median(startup.plain);
  const wasm = median(startup.wasm);
  // Each plain load and the wasm load after it are one pair, measured
  // seconds apart: the ratio within each pair cancels the machine's drift.
  const paired = startup.wasm.map((time, load) => time / startup.plain[load]);
  const inMs = (value) => `${value.toFixed(1)} ms`;
  const times = (value) => `${value.toFixed(2)}×`;
  const middleHalf = (values, format) => quartiles(values).map(format).join(' – ');
  console.log(`\nStart-up, median of ${STARTUP_LOADS} loads, each in a fresh context (import → first article on the page), the middle half in brackets:`);
  console.log('\n| plain module: fetch pre-rendered HTML, insert | <vn-article src>: import, fetch JSON, CSS and wasm, instantiate, render | ratio of the medians | median ratio of the pairs |');
  console.log('|---|---|---|---|');
  console.log(
    `| ${inMs(plain)} (${middleHalf(startup.plain, inMs)}) | ${inMs(wasm)} (${middleHalf(startup.wasm, inMs)}) | ` +
      `${times(wasm / plain)} | ${times(median(paired))} (${middleHalf(paired, times)}) |`,
  );
  // The element's own measure of its renderArticle call: the first call of
  // a fresh instance also compiles every function it reaches.
  console.log(`\nOf which the first renderArticle call (the element's vn-article-render time): ${inMs(median(firstRender))}`);
  const [plainAgain, wasmAgain] = [median(repeat.plain), median(repeat.wasm)];
  console.log(`\nA returning reader, median of ${REPEAT_VISITS}: the same page visited again in the same context, ${FIRST_VISIT_MS / 1000} s after the first visit (files from the HTTP cache):`);
  console.log('\n| plain module | <vn-article src> | ratio | first renderArticle call |');
  console.log('|---|---|---|---|');
  console.log(`| ${inMs(plainAgain)} | ${inMs(wasmAgain)} | ${times(wasmAgain / plainAgain)} | ${inMs(median(repeatFirstRender))} |`);
  console.log(`\nA first visit on a throttled network (Chromium's emulation; every file gzipped), median of ${THROTTLED_LOADS} loads, each in a fresh context:`);
  console.log('\n| network | plain module | <vn-article src> | ratio |');
  console.log('|---|---|---|---|');
  for (const { network, plain: plainThrottled, wasm: wasmThrottled } of throttled) {
    console.log(`| ${network.name} | ${inMs(plainThrottled)} | ${inMs(wasmThrottled)} | ${times(wasmThrottled / plainThrottled)} |`);
  }
} finally {
  await session.close();
}
