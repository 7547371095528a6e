// Page tests: figures as readers get them on a phone, a tablet and a wide
// screen — boxes reserved before the images arrive, the right file for the
// width, images far down the page fetched only as the reader nears them,
// captions under their images and short on phones, the full-size
// view, and no accessibility violation axe-core can find. Screenshots go to
// target/e2e-screenshots/ for a person to look at.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { open, start } from './browser.mjs';

const WIDTHS = [360, 768, 1280];
const SCREENSHOTS = new URL('../../target/e2e-screenshots/', import.meta.url);
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

let session;
before(async () => {
  session = await start();
  await mkdir(SCREENSHOTS, { recursive: true });
});
after(async () => {
  await session?.close();
});

const viewport = (width) => ({ width, height: 800 });

/** Scrolls each image into view and waits until it has loaded. */
async function loadEveryImage(page) {
  for (const image of await page.locator('article img').all()) {
    await image.scrollIntoViewIfNeeded();
    await page.waitForFunction((element) => element.complete && element.naturalWidth > 0, await image.elementHandle());
  }
}

/** Tabs until `selector` has the keyboard focus. */
async function tabTo(page, selector) {
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => document.activeElement?.matches(selector), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

for (const width of WIDTHS) {
  describe(`figures at ${width} px`, () => {
    test('fit the column, with the caption under the image and no sideways scrolling', async () => {
      const { page, problems, close } = await open(session, '/?bai=showcase', { viewport: viewport(width) });
      try {
        await loadEveryImage(page);
        const layout = await page.evaluate(() => {
          const article = document.querySelector('article.vn-article').getBoundingClientRect();
          return {
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
            figures: [...document.querySelectorAll('article figure.vn-figure')].map((figure) => {
              const image = figure.querySelector('img').getBoundingClientRect();
              const caption = figure.querySelector('figcaption').getBoundingClientRect();
              return { image: { left: image.left, right: image.right, bottom: image.bottom }, captionTop: caption.top };
            }),
            article: { left: article.left, right: article.right },
          };
        });
        assert.ok(layout.scrollWidth <= layout.clientWidth, `scrolls sideways: ${layout.scrollWidth} > ${layout.clientWidth}`);
        assert.equal(layout.figures.length, 3);
        for (const { image, captionTop } of layout.figures) {
          assert.ok(image.left >= layout.article.left - 0.5 && image.right <= layout.article.right + 0.5, `image outside the column: ${JSON.stringify(image)}`);
          assert.ok(image.right <= layout.clientWidth + 0.5, 'image wider than the screen');
          assert.ok(captionTop >= image.bottom - 0.5, `caption above its image: ${captionTop} < ${image.bottom}`);
        }
        assert.deepEqual(problems, []);
        if (width !== 768) {
          for (const name of ['showcase', 'seed']) {
            if (name === 'seed') await page.goto(new URL('/', session.url).href);
            await page.waitForSelector('main[aria-busy="false"]');
            await page.screenshot({ path: fileURLToPath(new URL(`${name}-${width}.png`, SCREENSHOTS)), fullPage: true });
          }
        }
      } finally {
        await close();
      }
    });

    test('load a file no wider than twice the width it is shown at', async () => {
      const { page, close } = await open(session, '/?bai=showcase', { viewport: viewport(width) });
      try {
        await loadEveryImage(page);
        const chosen = await page.locator('article img').evaluateAll((images) =>
          images.map((image) => ({ file: image.currentSrc, natural: image.naturalWidth, shown: image.getBoundingClientRect().width })),
        );
        for (const { file, natural, shown } of chosen) {
          assert.ok(natural <= 2 * shown, `${file}: ${natural} px wide for ${shown} px shown`);
          assert.ok(natural >= shown || natural === 1440, `${file}: ${natural} px wide for ${shown} px shown, blurry`);
        }
      } finally {
        await close();
      }
    });

    test('shift nothing while every image arrives a second late', async () => {
      const held = { url: '**/images/**', handler: (route) => setTimeout(() => route.continue().catch(() => {}), 1000) };
      const { page, close } = await open(session, '/?bai=showcase', { viewport: viewport(width), route: held });
      try {
        await page.evaluate(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await loadEveryImage(page);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const shifts = await page.evaluate(() => window.__shifts);
        const total = shifts.reduce((sum, value) => sum + value, 0);
        assert.equal(total, 0, `cumulative layout shift ${total} (${shifts.length} shifts)`);
      } finally {
        await close();
      }
    });

    test('have no accessibility violation axe-core finds', async () => {
      for (const path of ['/?bai=showcase', '/']) {
        // axe is injected from outside the page, so this page alone goes
        // without its CSP; every other test keeps it.
        const { page, close } = await open(session, path, { viewport: viewport(width), bypassCSP: true });
        try {
          await page.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async () => {
            const results = await window.axe.run(document, { resultTypes: ['violations'] });
            return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
          });
          assert.deepEqual(violations, [], `${path} at ${width} px`);
        } finally {
          await close();
        }
      }
    });
  });
}

describe('a long article on a phone', () => {
  test('loads its lead image at once and the images far below only when the reader comes near them', async () => {
    // The showcase with 60 paragraphs between its lead figure and the rest:
    // its second and third images start screens below the first.
    const showcase = JSON.parse(await readFile(new URL('../../www/articles/showcase.json', import.meta.url), 'utf8'));
    const lead = showcase.blocks.findIndex((block) => block.type === 'figure');
    const filler = Array.from({ length: 60 }, (_, index) => ({
      type: 'paragraph',
      text: `Đoạn ${index + 1}: người đọc cuộn qua từng đoạn dài, và ảnh ở cuối bài chỉ nên tải khi họ đã tới gần, để điện thoại không tốn dữ liệu cho ảnh họ có thể không bao giờ xem.`,
    }));
    showcase.blocks.splice(lead + 1, 0, ...filler);
    const requested = [];
    const route = {
      url: '**/*',
      handler: (route) => {
        const url = route.request().url();
        if (url.endsWith('/articles/showcase.json')) return route.fulfill({ contentType: 'application/json', body: JSON.stringify(showcase) });
        if (url.includes('/images/')) requested.push(url.split('/').pop());
        return route.continue();
      },
    };
    const { page, problems, close } = await open(session, '/?bai=showcase', { viewport: viewport(360), route });
    try {
      const images = page.locator('article img');
      await page.waitForFunction((element) => element.complete && element.naturalWidth > 0, await images.first().elementHandle());
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      const named = (prefix) => requested.filter((file) => file.startsWith(prefix));
      assert.equal(named('ruong-bac-thang').length, 1, `lead image: ${requested}`);
      assert.deepEqual([...named('vinh-ha-long'), ...named('pho-hoi-an')], [], 'images far below loaded before the reader came near them');
      await images.last().scrollIntoViewIfNeeded();
      await page.waitForFunction((element) => element.complete && element.naturalWidth > 0, await images.last().elementHandle());
      assert.equal(named('pho-hoi-an').length, 1, `last image once near it: ${requested}`);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('images built by renderArticle', () => {
  test('get what governs their fetch before what starts it', async () => {
    // The DOM writer sets attributes one by one, in the order the markup
    // lists them. Firefox ignores `loading` set after `src` and would fetch
    // every image of the article at once.
    const { page, problems, close } = await open(session, '/?bai=showcase', { viewport: viewport(360) });
    try {
      const orders = await page.evaluate(() =>
        [...document.querySelectorAll('article img, article source')].map((image) => image.getAttributeNames()),
      );
      assert.ok(orders.length >= 3, `images: ${orders.length}`);
      for (const names of orders) {
        const starts = Math.min(...['srcset', 'src'].map((name) => names.indexOf(name)).filter((at) => at >= 0));
        for (const governs of ['loading', 'fetchpriority', 'decoding']) {
          const at = names.indexOf(governs);
          assert.ok(at < starts, `${governs} after the fetch starts: ${names.join(' ')}`);
        }
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('a long caption', () => {
  test('shows two lines on a phone and the rest from "Xem thêm", by keyboard', async () => {
    const { page, close } = await open(session, '/?bai=showcase', { viewport: viewport(360) });
    try {
      const caption = page.locator('figure:has(.vn-figure__more) .vn-figure__caption-text');
      const more = page.locator('.vn-figure__more');
      assert.equal(await more.count(), 1);
      assert.equal(await more.isVisible(), true);
      const lineHeight = await caption.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
      const short = (await caption.boundingBox()).height;
      assert.ok(short <= 2 * lineHeight + 1, `collapsed caption is ${short} px, more than two lines of ${lineHeight}`);
      await tabTo(page, '.vn-figure__more-toggle');
      await page.keyboard.press('Space');
      const long = (await caption.boundingBox()).height;
      assert.ok(long > short + lineHeight / 2, `caption did not open: ${short} → ${long}`);
      assert.equal(await more.innerText(), 'Thu gọn');
      await page.keyboard.press('Space');
      assert.equal((await caption.boundingBox()).height, short);
    } finally {
      await close();
    }
  });

  test('is whole on a wide screen, with no control', async () => {
    const { page, close } = await open(session, '/?bai=showcase', { viewport: viewport(1280) });
    try {
      assert.equal(await page.locator('.vn-figure__more').isVisible(), false);
      const caption = page.locator('figure:has(.vn-figure__more) .vn-figure__caption-text');
      assert.equal(await caption.evaluate((element) => element.scrollHeight <= element.clientHeight + 1 || getComputedStyle(element).display === 'inline'), true);
    } finally {
      await close();
    }
  });
});

describe('the full-size view', () => {
  test('opens the largest file with its caption, closes by Esc and gives focus back', async () => {
    const { page, problems, close } = await open(session, '/?bai=showcase', { viewport: viewport(1280) });
    try {
      const link = page.locator('a.vn-figure__zoom').first();
      await link.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog.vn-lightbox[open]');
      await dialog.waitFor();
      assert.match(await dialog.locator('img').getAttribute('src'), /ruong-bac-thang-1440\.jpg$/);
      assert.match(await dialog.locator('.vn-lightbox__caption').textContent(), /^Ruộng bậc thang vào mùa lúa chín/);
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'vn-lightbox__close');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('vn-figure__zoom')), true);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('says the language of a picture captioned in another, under it and in the full-size view', async () => {
    const { page, problems, close } = await open(session, '/embed.html', {
      ready: () => window.__vnEvents.length >= 2,
    });
    try {
      await page.evaluate(() => {
        const element = document.createElement('vn-article');
        element.id = 'agency';
        element.article = {
          title: 'Bão đổ bộ Philippines',
          blocks: [
            {
              type: 'figure',
              lang: 'en',
              image: { src: 'images/ruong-bac-thang-480.jpg', alt: 'Waves over the sea wall', width: 480, height: 320 },
              caption: 'Waves crash over the sea wall in Manila.',
              credit: 'Reuters',
            },
          ],
        };
        document.querySelector('main').append(element);
      });
      const figure = page.locator('#agency figure.vn-figure');
      // The link is named by its words and the picture's text alternative,
      // which a screen reader reads in English.
      const link = figure.getByRole('link', { name: 'Xem ảnh lớn: Waves over the sea wall' });
      assert.equal(await link.count(), 1);
      assert.equal(await link.locator('img').getAttribute('lang'), 'en');
      assert.equal(await figure.locator('.vn-figure__caption-text').getAttribute('lang'), 'en');
      assert.equal(await figure.locator('.vn-figure__credit').textContent(), 'Ảnh: Reuters');
      assert.equal(await figure.locator('.vn-figure__credit [lang="en"]').textContent(), 'Reuters');
      await link.click();
      const dialog = page.locator('dialog.vn-lightbox[open]');
      await dialog.waitFor();
      assert.equal(await dialog.locator('img').getAttribute('lang'), 'en');
      const words = await dialog.locator('.vn-lightbox__caption [lang]').evaluateAll((elements) =>
        elements.map((element) => [element.lang, element.textContent]),
      );
      assert.deepEqual(words, [
        ['en', 'Waves crash over the sea wall in Manila.'],
        ['en', 'Reuters'],
      ]);
      assert.equal(await dialog.locator('.vn-lightbox__caption').textContent(), 'Waves crash over the sea wall in Manila. Ảnh: Reuters');
      assert.equal(await dialog.locator('[id]').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('shows a picture narrower than the column at its own width, centred, with its box kept', async () => {
    const { page, problems, close } = await open(session, '/embed.html', {
      viewport: viewport(1280),
      ready: () => window.__vnEvents.length >= 2,
    });
    try {
      await page.evaluate(() => {
        const element = document.createElement('vn-article');
        element.id = 'small';
        const image = (width, height) => ({ src: 'images/ruong-bac-thang-480.jpg', alt: 'Ruộng bậc thang', width, height });
        element.article = {
          title: 'Ảnh nhỏ',
          blocks: [
            { type: 'figure', image: image(240, 160), caption: 'Ảnh nhỏ hơn cột bài.' },
            { type: 'figure', image: image(1440, 960), caption: 'Ảnh rộng hơn cột bài.' },
          ],
        };
        document.querySelector('main').append(element);
      });
      await page.locator('#small figure img').last().waitFor();
      // Boxes before the files arrive (the attributes give them), and after.
      const boxes = () =>
        page.locator('#small figure').evaluateAll((figures) =>
          figures.map((figure) => {
            const column = figure.getBoundingClientRect();
            const image = figure.querySelector('img').getBoundingClientRect();
            return { left: image.left - column.left, right: column.right - image.right, width: image.width, height: image.height };
          }),
        );
      const before = await boxes();
      // Each brought into view, where a lazy image loads, and decoded.
      await page.locator('#small figure img').evaluateAll(async (images) => {
        for (const image of images) {
          image.scrollIntoView();
          await image.decode();
        }
      });
      const [small, large] = await boxes();
      assert.deepEqual([small, large], before, 'a box moved when its picture arrived');
      assert.equal(small.width, 240);
      assert.equal(small.height, 160);
      assert.ok(Math.abs(small.left - small.right) <= 1, `not centred: ${JSON.stringify(small)}`);
      assert.ok(large.width > 240 && large.left <= 0.5 && large.right <= 0.5, `not as wide as the column: ${JSON.stringify(large)}`);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('is not what a picture leading to another page opens: that page is', async () => {
    const { page, problems, close } = await open(session, '/embed.html', {
      ready: () => window.__vnEvents.length >= 2,
    });
    try {
      await page.evaluate(() => {
        const element = document.createElement('vn-article');
        element.id = 'linked';
        element.article = {
          title: 'Ảnh dẫn tới trang khác',
          blocks: [
            {
              type: 'figure',
              image: { src: 'images/ruong-bac-thang-480.jpg', alt: 'Ruộng bậc thang', width: 480, height: 320 },
              caption: 'Ruộng bậc thang',
              link: '/?bai=seed',
            },
          ],
        };
        document.querySelector('main').append(element);
      });
      const link = page.locator('#linked a.vn-figure__link');
      assert.equal(await page.locator('#linked a.vn-figure__zoom').count(), 0);
      // Named by the picture's alt text, which the caption repeats.
      assert.equal(await link.locator('img').getAttribute('alt'), 'Ruộng bậc thang');
      await Promise.all([page.waitForURL(/\?bai=seed$/), link.click()]);
      assert.equal(await page.locator('dialog.vn-lightbox').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('closes from its button and from a click outside the image', async () => {
    const { page, close } = await open(session, '/?bai=showcase', { viewport: viewport(768) });
    try {
      const link = page.locator('a.vn-figure__zoom').nth(1);
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await page.locator('dialog.vn-lightbox[open]').waitFor();
      await page.locator('.vn-lightbox__close').click();
      await page.locator('dialog.vn-lightbox').waitFor({ state: 'detached' });
      await link.click();
      await page.locator('dialog.vn-lightbox[open]').waitFor();
      await page.mouse.click(5, 5);
      await page.locator('dialog.vn-lightbox').waitFor({ state: 'detached' });
    } finally {
      await close();
    }
  });
});
