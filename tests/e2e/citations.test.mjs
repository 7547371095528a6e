// Page tests: the documents an article cites, as a reader meets them in
// headless Chromium — highlighted, explained on hover and focus (to screen
// readers too), listed at the end with links back to each mention.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { open, start } from './browser.mjs';

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

/** Tabs through the page until `selector` has the keyboard focus. */
async function tabTo(page, selector) {
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => document.activeElement?.matches(selector), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('documents cited by the seed article', () => {
  test('each mention is highlighted, and each document listed once with its count', async () => {
    const { page, problems, close } = await open(session, '/');
    try {
      const mentions = await page.locator('article .vn-cite').evaluateAll((elements) =>
        elements.map((element) => [element.textContent, element.dataset.symbol]),
      );
      assert.deepEqual(mentions, [
        ['Quy định 205-QĐ/TW', '205-QĐ/TW'],
        ['Hướng dẫn số 21-HD/BTCTW', '21-HD/BTCTW'],
        ['Hướng dẫn số 26-HD/BTCTW', '26-HD/BTCTW'],
        ['Chỉ thị số 35-CT/TW', '35-CT/TW'],
        ['Quy định 205-QĐ/TW', '205-QĐ/TW'],
        ['Quy định 205', '205-QĐ/TW'],
        ['Hướng dẫn số 21', '21-HD/BTCTW'],
        ['Hướng dẫn số\u00a026', '26-HD/BTCTW'],
      ]);
      assert.equal(await page.locator('.vn-citations h2').textContent(), 'Văn bản được trích dẫn');
      const listed = await page.locator('.vn-citations__item').evaluateAll((items) =>
        items.map((item) => [item.querySelector('.vn-citations__document').textContent, item.querySelectorAll('.vn-citations__back').length]),
      );
      assert.deepEqual(listed, [
        ['Quy định số 205-QĐ/TW', 3],
        ['Hướng dẫn số 21-HD/BTCTW', 2],
        ['Hướng dẫn số 26-HD/BTCTW', 2],
        ['Chỉ thị số 35-CT/TW', 1],
      ]);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('a document symbol is never broken across two lines, on a phone or a desktop', async () => {
    for (const width of [320, 360, 390, 414, 600, 768, 1024, 1280]) {
      const { page, close } = await open(session, '/', { viewport: { width, height: 800 } });
      try {
        const symbols = await page.locator('.vn-cite__symbol').evaluateAll((spans) =>
          spans.map((span) => [span.textContent, span.getClientRects().length]),
        );
        assert.equal(symbols.length, 9, `${width}px: ${JSON.stringify(symbols)}`);
        for (const [symbol, lines] of symbols) {
          assert.equal(lines, 1, `${width}px: "${symbol}" is on ${lines} lines`);
        }
      } finally {
        await close();
      }
    }
  });

  test('a short form links where its full citation does, and says what it refers to', async () => {
    const { page, close } = await open(session, '/');
    try {
      const [full, short] = await Promise.all(
        ['#vn-cite-1', '#vn-cite-6'].map((id) =>
          page.locator(id).evaluate((element) => ({ href: element.href, description: element.getAttribute('aria-description') })),
        ),
      );
      assert.equal(full.href, short.href);
      assert.equal(new URL(full.href).searchParams.get('keyword'), '205-QĐ/TW');
      assert.equal(full.description, 'Quy định số 205-QĐ/TW của Bộ Chính trị');
      assert.equal(short.description, 'Tức Quy định số 205-QĐ/TW của Bộ Chính trị');
    } finally {
      await close();
    }
  });

  test('focus shows the description, which screen readers get once, not twice', async () => {
    const { page, close } = await open(session, '/');
    try {
      await tabTo(page, '#vn-cite-1');
      const popover = await page.locator('#vn-cite-1').evaluate((element) => {
        const style = getComputedStyle(element, '::after');
        return { display: style.display, content: style.content };
      });
      assert.equal(popover.display, 'block');
      assert.match(popover.content, /Quy định số 205-QĐ\/TW của Bộ Chính trị/);
      // Chromium's accessibility tree: the link is named by its text alone
      // (the popover's copy is excluded by `content: … / ""`) and described
      // by its aria-description.
      const client = await page.context().newCDPSession(page);
      const { nodes } = await client.send('Accessibility.getFullAXTree');
      const link = nodes.find((node) => node.role?.value === 'link' && node.name?.value?.startsWith('Quy định 205-QĐ/TW'));
      assert.ok(link, 'the first mention is a link in the accessibility tree');
      assert.equal(link.name.value, 'Quy định 205-QĐ/TW');
      const description = link.properties?.find((property) => property.name === 'description')?.value?.value ?? link.description?.value;
      assert.equal(description, 'Quy định số 205-QĐ/TW của Bộ Chính trị');
    } finally {
      await close();
    }
  });

  test('on a phone, a shown description stays inside the screen', async () => {
    const { page, close } = await open(session, '/', { viewport: { width: 360, height: 740 } });
    try {
      for (const id of ['#vn-cite-1', '#vn-cite-4', '#vn-cite-8']) {
        await tabTo(page, id);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        assert.ok(scrollWidth <= clientWidth, `${id}: the page scrolls sideways (${scrollWidth} > ${clientWidth})`);
      }
    } finally {
      await close();
    }
  });

  test('the list links back to each mention', async () => {
    const { page, close } = await open(session, '/');
    try {
      const back = page.locator('.vn-citations__item').first().locator('.vn-citations__back').nth(2);
      assert.equal(await back.getAttribute('aria-label'), 'Về chỗ trích dẫn thứ 3');
      await back.click();
      assert.equal(await page.evaluate(() => location.hash), '#vn-cite-6');
      const box = await page.locator('#vn-cite-6').boundingBox();
      assert.ok(box.y >= 0 && box.y < 900, `mention at y=${box.y}, outside the viewport`);
    } finally {
      await close();
    }
  });
});

describe('findCitations from the host module', () => {
  test('gives spans JavaScript can slice, short forms resolved', async () => {
    const { page, close } = await open(session, '/');
    try {
      const found = await page.evaluate(async () => {
        const { findCitations } = await import('/vn-article.js');
        const text = '😀 Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ; NĐ 100 có hiệu lực.';
        return (await findCitations(text)).map((citation) => [text.slice(citation.start, citation.end), citation.symbol, citation.form]);
      });
      assert.deepEqual(found, [
        ['Nghị định số 100/2019/NĐ-CP', '100/2019/NĐ-CP', 'full'],
        ['NĐ 100', '100/2019/NĐ-CP', 'short'],
      ]);
    } finally {
      await close();
    }
  });
});
