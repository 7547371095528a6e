// Draws the demo's images: each hand-made SVG in src/ is rasterised by
// Chromium to JPEG at several widths (3:2), so the demo needs no network.
// Run after editing a drawing:  node www/images/render.mjs
import { readdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const WIDTHS = [480, 960, 1440];
const here = new URL('.', import.meta.url);
const sources = (await readdir(new URL('src/', here))).filter((file) => file.endsWith('.svg'));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const file of sources) {
    for (const width of WIDTHS) {
      const height = Math.round((width * 2) / 3);
      await page.setViewportSize({ width, height });
      await page.goto(new URL(`src/${file}`, here).href);
      const out = new URL(`${file.replace(/\.svg$/, '')}-${width}.jpg`, here);
      await page.screenshot({ path: out.pathname, type: 'jpeg', quality: 78 });
      console.log(out.pathname);
    }
  }
} finally {
  await browser.close();
}
