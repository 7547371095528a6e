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

/** Starts the server and the browser; `close()` stops both. */
export async function start() {
  const { server, url } = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
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
 * Opens `path` in a fresh page. `problems` collects console errors, uncaught
 * exceptions and Content-Security-Policy violations, so a test can assert
 * there were none. `bypassCSP` is for tools injected into the page (axe),
 * never for what the tests judge the page by.
 */
export async function open(
  session,
  path,
  { viewport = { width: 1280, height: 900 }, colorScheme = 'light', route, bypassCSP = false } = {},
) {
  const context = await session.browser.newContext({ viewport, colorScheme, bypassCSP });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  await page.exposeFunction('__reportViolation', (text) => problems.push(`CSP: ${text}`));
  // Init scripts run through the DevTools protocol, outside the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  if (route) await page.route(route.url, route.handler);
  const response = await page.goto(new URL(path, session.url).href);
  await page.waitForSelector('main[aria-busy="false"]');
  return { page, problems, response, close: () => context.close() };
}
