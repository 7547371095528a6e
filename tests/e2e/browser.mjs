// Shared set-up for the page tests: the demo server on a free loopback port
// and Debian's Chromium driven by playwright-core (never a downloaded
// browser), with a page that records everything that went wrong on it.
import { chromium } from 'playwright-core';
import { startServer } from '../../www/server.mjs';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts the server (on `root`, default www/; files cacheable for `cacheFor`
 * seconds, default not at all) and the browser, its V8 given `jsFlags` if
 * any (benchmarks only); `close()` stops both.
 */
export async function start({ root, cacheFor, jsFlags } = {}) {
  const { server, url } = await startServer({ root, cacheFor });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: jsFlags ? [...CHROMIUM_ARGS, `--js-flags=${jsFlags}`] : CHROMIUM_ARGS,
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Opens `path` in a fresh page and waits until it is `ready` (a function run
 * in the page with `readyArg`; default: the demo's article has loaded). `problems` collects
 * console errors, uncaught exceptions and Content-Security-Policy
 * violations, so a test can assert there were none. Every
 * `vn-article-render` and `vn-article-error` event is recorded in
 * `window.__vnEvents` as `{ type, id, detail }`, every WebAssembly
 * instantiation counted in `window.__wasmInstances`, and every node removed
 * from the document in `window.__removedNodes`. `bypassCSP` is for tools
 * injected into the page (axe), never for what the tests judge the page by.
 */
export async function open(
  session,
  path,
  {
    viewport = { width: 1280, height: 900 },
    colorScheme = 'light',
    route,
    bypassCSP = false,
    ready = () => document.querySelector('main[aria-busy="false"]'),
    readyArg,
  } = {},
) {
  const context = await session.browser.newContext({ viewport, colorScheme, bypassCSP });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    problems.push(`console: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.exposeFunction('__reportViolation', (text) => problems.push(`CSP: ${text}`));
  // Init scripts run through the DevTools protocol, outside the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
    window.__vnEvents = [];
    for (const type of ['vn-article-render', 'vn-article-error']) {
      document.addEventListener(type, (event) => {
        window.__vnEvents.push({ type, id: event.target.id, detail: structuredClone(event.detail) });
      });
    }
    window.__removedNodes = 0;
    new MutationObserver((records) => {
      for (const record of records) window.__removedNodes += record.removedNodes.length;
    }).observe(document, { childList: true, subtree: true });
    window.__wasmInstances = 0;
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        window.__wasmInstances += 1;
        return original.apply(this, args);
      };
    }
  });
  if (route) await page.route(route.url, route.handler);
  const response = await page.goto(new URL(path, session.url).href);
  await waitUntil(page, ready, readyArg);
  return { page, problems, response, close: () => context.close() };
}

/**
 * Waits until `ready(readyArg)` (run in the page; `readyArg` plain JSON) is
 * true, asking every 2 ms, for at most `timeout` ms. Not
 * `page.waitForFunction`, which first evaluates Playwright's injected
 * script in the page: 10–15 ms of parsing and compiling on the page's main
 * thread, inside the start-up that benches/browser/render.mjs measures
 * (a Chromium trace of one load shows it between the host module's import
 * and the module's arrival). The promise here is all that runs.
 */
export async function waitUntil(page, ready, readyArg = null, timeout = 30_000) {
  await page.evaluate(`new Promise((resolve, reject) => {
    const ready = ${ready};
    const deadline = performance.now() + ${timeout};
    const poll = () => {
      if (ready(${JSON.stringify(readyArg)})) resolve();
      else if (performance.now() > deadline) reject(new Error(${JSON.stringify(`not ready after ${timeout} ms: ${ready}`)}));
      else setTimeout(poll, 2);
    };
    poll();
  })`);
}
