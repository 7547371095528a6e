import { chromium } from 'playwright-core';
import { startServer } from './www/server.mjs';
const server = await startServer();
const { server: http, url: base } = server;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
await page.goto(base + (process.argv[2] ?? ''));
await page.waitForTimeout(1500);
const height = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, n = 0; y < height; y += 1100, n++) {
  await page.screenshot({ path: `${process.argv[3] ?? '/tmp/s45/shot'}-${n}.png`, fullPage: true, clip: { x: 0, y, width: 390, height: Math.min(1100, height - y) } });
}
await browser.close();
http.close();
process.exit(0);
