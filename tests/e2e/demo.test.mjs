// Page tests: the demo as a reader gets it, in headless Chromium, served
// with the strict Content-Security-Policy of www/server.mjs.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { open, start } from './browser.mjs';

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

const seed = JSON.parse(await readFile(new URL('../../www/articles/seed.json', import.meta.url), 'utf8'));

/** Every string of an article a reader sees as text (not the alt texts). */
function visibleTexts(article) {
  const texts = [article.title, article.sapo, ...(article.authors ?? [])];
  for (const block of article.blocks) {
    texts.push(block.text, block.caption, block.credit, block.attribution, ...(block.items ?? []));
  }
  return texts.filter(Boolean);
}

describe('the seed article', () => {
  test('renders into the page under the strict CSP with no error', async () => {
    const { page, problems, response, close } = await open(session, '/');
    try {
      assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'; trusted-types 'none'/);
      assert.equal(await page.locator('article.vn-article h1').textContent(), seed.title);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('shows its dateline, byline and every block in order', async () => {
    const { page, close } = await open(session, '/');
    try {
      const time = page.locator('.vn-article__meta time');
      assert.equal(await time.getAttribute('datetime'), '2019-11-07T16:07:00+07:00');
      assert.equal(await time.textContent(), 'Cập nhật 16:07, Thứ Năm, 07/11/2019');
      assert.equal(await page.locator('.vn-article__byline').textContent(), 'Lê Hương');
      const blocks = await page.locator('article.vn-article > :is(p, figure)').evaluateAll((elements) =>
        elements.map((element) => element.localName),
      );
      assert.deepEqual(blocks, ['p', 'p', 'figure', 'p', 'p', 'p', 'figure', 'p']);
    } finally {
      await close();
    }
  });

  test('loses no character of its text, shown normalised', async () => {
    const { page, close } = await open(session, '/');
    try {
      const text = await page.locator('article.vn-article').textContent();
      // What the reader sees is each field normalised (the seed is in the
      // traditional style throughout): every character of that.
      const expected = await page.evaluate(async (texts) => {
        const { normalizeText } = await import('/vn-article.js');
        return Promise.all(texts.map((text) => normalizeText(text, { toneStyle: 'traditional' })));
      }, visibleTexts(seed));
      for (const field of expected) assert.ok(text.includes(field), `missing: ${field}`);
      assert.ok(text.includes('chống “chạy chức, chạy quyền”, chống'), 'the seed\'s mismatched quotes are paired');
      const labels = await page.locator('.vn-figure__placeholder[role="img"]').evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('aria-label')),
      );
      assert.deepEqual(labels, seed.blocks.filter((block) => block.type === 'figure').map((block) => block.image.alt));
    } finally {
      await close();
    }
  });

  test('figures without an image keep a quiet box, not a broken image', async () => {
    const { page, close } = await open(session, '/');
    try {
      assert.equal(await page.locator('article img').count(), 0);
      const box = await page.locator('.vn-figure__placeholder').first().boundingBox();
      assert.ok(box.height > 100, `placeholder height ${box.height}`);
      assert.ok(Math.abs(box.width / box.height - 1.5) < 0.01, `placeholder ratio ${box.width / box.height}`);
    } finally {
      await close();
    }
  });
});

describe('the page', () => {
  test('downloads the module once, though its head preloads it', async () => {
    // The hints README.md recommends: a preload that does not match the
    // module's own fetch (mode, credentials) would be fetched a second time.
    const requested = [];
    const route = {
      url: '**/pkg/**',
      handler: (route) => {
        requested.push(new URL(route.request().url()).pathname);
        return route.continue();
      },
    };
    const { page, problems, close } = await open(session, '/', { route });
    try {
      const hints = await page.evaluate(() =>
        [...document.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')].map((link) => link.getAttribute('href')),
      );
      assert.ok(hints.includes('pkg/vn_article_bg.wasm') && hints.includes('pkg/vn_article.js'), `hints: ${hints}`);
      assert.deepEqual(requested.sort(), ['/pkg/vn_article.js', '/pkg/vn_article_bg.wasm']);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('enforces Trusted Types, so no HTML string can reach the DOM', async () => {
    const { page, close } = await open(session, '/');
    try {
      const blocked = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch (error) {
          return error instanceof TypeError;
        }
      });
      assert.equal(blocked, true);
    } finally {
      await close();
    }
  });

  test('reads well on a phone: no sideways scrolling, readable type', async () => {
    const { page, close } = await open(session, '/?bai=showcase', { viewport: { width: 360, height: 740 } });
    try {
      const { scrollWidth, clientWidth, fontSize, lineHeight } = await page.evaluate(() => {
        const paragraph = document.querySelector('article.vn-article > p');
        const style = getComputedStyle(paragraph);
        return {
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          fontSize: parseFloat(style.fontSize),
          lineHeight: parseFloat(style.lineHeight),
        };
      });
      assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`);
      // A table keeps to the column, and would scroll sideways on its own
      // were it wider than the screen.
      const table = await page.locator('article.vn-article .vn-table').evaluate((region) => ({
        within: region.getBoundingClientRect().right <= document.documentElement.clientWidth,
        scrolls: getComputedStyle(region).overflowX,
      }));
      assert.deepEqual(table, { within: true, scrolls: 'auto' });
      // A head over two columns spans both, its words centred over them;
      // the first column lines up with the text, the heads beside the
      // merged one do not.
      const heads = await page.locator('article.vn-article .vn-table thead').evaluate((head) => {
        const box = (cell) => cell.getBoundingClientRect();
        const [stub, over] = head.rows[0].cells;
        const [left, right] = head.rows[1].cells;
        return {
          spans: Math.abs(box(over).width - (box(left).width + box(right).width)) < 1,
          centred: getComputedStyle(over).textAlign,
          stubStart: parseFloat(getComputedStyle(stub).paddingInlineStart),
          besideStart: parseFloat(getComputedStyle(left).paddingInlineStart) > 0,
        };
      });
      assert.deepEqual(heads, { spans: true, centred: 'center', stubStart: 0, besideStart: true });
      assert.ok(fontSize >= 16, `body text is ${fontSize}px`);
      assert.ok(lineHeight / fontSize >= 1.5, `line height ${lineHeight / fontSize}`);
    } finally {
      await close();
    }
  });

  test('keeps a comfortable measure on a wide screen', async () => {
    const { page, close } = await open(session, '/?bai=showcase', { viewport: { width: 1600, height: 900 } });
    try {
      const charactersPerLine = await page.evaluate(() => {
        const paragraph = document.querySelector('article.vn-article > p');
        const style = getComputedStyle(paragraph);
        return paragraph.clientWidth / (parseFloat(style.fontSize) * 0.5);
      });
      assert.ok(charactersPerLine >= 55 && charactersPerLine <= 85, `about ${charactersPerLine} characters a line`);
    } finally {
      await close();
    }
  });

  test('follows the reader into dark mode', async () => {
    const { page, close } = await open(session, '/', { colorScheme: 'dark' });
    try {
      const [background, text] = await page.locator('article.vn-article').evaluate((article) => {
        const style = getComputedStyle(article);
        return [style.backgroundColor, style.color];
      });
      const luminance = (color) => {
        const [r, g, b] = color.match(/\d+/g).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      assert.ok(luminance(background) < 0.2, `background ${background}`);
      assert.ok(luminance(text) > 0.7, `text ${text}`);
    } finally {
      await close();
    }
  });

  test('prints the article without the page chrome', async () => {
    const { page, close } = await open(session, '/');
    try {
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.demo-bar').isVisible(), false);
      assert.equal(await page.locator('article.vn-article h1').isVisible(), true);
    } finally {
      await close();
    }
  });

  test('shows every block type of the showcase, with its local images', async () => {
    const { page, problems, close } = await open(session, '/?bai=showcase');
    try {
      for (const selector of ['h2', 'h3', 'figure.vn-quote blockquote', 'ul.vn-list li', 'ol.vn-list li', 'p b', 'p a[href]', 'sub', 'sup', 'p br', 'hr.vn-separator', 'div.vn-table caption', 'div.vn-table th[scope="col"]', 'div.vn-table td', 'aside.vn-related li a[href]']) {
        assert.ok((await page.locator(`article.vn-article ${selector}`).count()) > 0, `no ${selector}`);
      }
      // The separator is seen as print sets it: three spaced asterisks, no line.
      const separator = await page.locator('article.vn-article hr.vn-separator').evaluate((hr) => ({
        asterisks: getComputedStyle(hr, '::before').content,
        border: getComputedStyle(hr).borderTopStyle,
        height: hr.getBoundingClientRect().height,
      }));
      assert.match(separator.asterisks, /^"\*\u2003\*\u2003\*"/);
      assert.equal(separator.border, 'none');
      assert.ok(separator.height > 10, `the asterisks take their line: ${separator.height}px`);
      // The related stories are a box named by its title, apart from the
      // story: in the interface's face, not the article's.
      const related = page.getByRole('complementary', { name: 'Tin liên quan' });
      assert.equal(await related.count(), 1);
      const faces = await related.evaluate((aside) => ({
        box: getComputedStyle(aside).fontFamily,
        story: getComputedStyle(aside.closest('article').querySelector(':scope > p')).fontFamily,
      }));
      assert.notEqual(faces.box, faces.story);
      const images = page.locator('article img');
      assert.equal(await images.count(), 3);
      for (const image of await images.all()) {
        await image.scrollIntoViewIfNeeded();
        await page.waitForFunction((element) => element.complete && element.naturalWidth > 0, await image.elementHandle());
        assert.ok(new URL(await image.evaluate((element) => element.currentSrc)).host === new URL(session.url).host);
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('shows struck, corrected and highlighted words as such, to the eye and to a screen reader', async () => {
    /** WCAG's contrast ratio of two `rgb()` colours. */
    const contrast = (one, other) => {
      const luminance = (color) => {
        const [r, g, b] = color.match(/[\d.]+/g).slice(0, 3).map((value) => {
          const channel = Number(value) / 255;
          return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
      return (light + 0.05) / (dark + 0.05);
    };
    for (const colorScheme of ['light', 'dark']) {
      const { page, problems, close } = await open(session, '/?bai=showcase', { colorScheme });
      try {
        const shown = await page.locator('article.vn-article').evaluate((article) => {
          const style = (selector, pseudo) => getComputedStyle(article.querySelector(selector), pseudo);
          return {
            struck: [style('s').textDecorationLine, style('del').textDecorationLine],
            inserted: style('ins').textDecorationLine,
            struckColour: style('del').color,
            highlight: [style('mark').color, style('mark').backgroundColor],
            background: getComputedStyle(article).backgroundColor,
            // What is said before deleted words takes no room on screen.
            said: ['::before', '::after'].map((pseudo) => {
              const said = style('del', pseudo);
              return [said.content, said.position, said.width, said.clipPath];
            }),
          };
        });
        assert.deepEqual(shown.struck, ['line-through', 'line-through'], colorScheme);
        assert.equal(shown.inserted, 'underline', colorScheme);
        assert.ok(contrast(shown.struckColour, shown.background) >= 4.5, `${colorScheme}: struck ${shown.struckColour} on ${shown.background}`);
        assert.ok(contrast(...shown.highlight) >= 4.5, `${colorScheme}: highlight ${shown.highlight}`);
        assert.notEqual(shown.highlight[1], shown.background, colorScheme);
        assert.deepEqual(shown.said, [
          ['" [bắt đầu phần đã xóa] "', 'absolute', '1px', 'inset(50%)'],
          ['" [hết phần đã xóa] "', 'absolute', '1px', 'inset(50%)'],
        ]);
        // Said in the words' language: in English for words in English.
        const english = await page.locator('article.vn-article del').evaluate((del) => {
          del.lang = 'en';
          const saying = getComputedStyle(del, '::before').content;
          del.removeAttribute('lang');
          return saying;
        });
        assert.equal(english, '" [deletion start] "');
        // What Chromium gives screen readers: the words of the correction
        // between what is said around them.
        const cdp = await page.context().newCDPSession(page);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        const said = (node) =>
          node.role?.value === 'StaticText'
            ? (node.name?.value ?? '')
            : (node.childIds ?? []).map((id) => (byId.has(id) ? said(byId.get(id)) : '')).join('');
        const spoken = said(nodes[0]);
        assert.match(spoken, /\[bắt đầu phần đã xóa\]\s*334\s*km\s*2\s*\[hết phần đã xóa\]\s*\[bắt đầu phần thêm vào\]\s*434/);
        assert.match(spoken, /\[bắt đầu phần gạch bỏ\]\s*150\.000 đồng\s*\[hết phần gạch bỏ\]/);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    }
  });

  test('reserves each image box before the image arrives', async () => {
    const { page, close } = await open(session, '/?bai=showcase', {
      route: { url: '**/images/**', handler: () => {} }, // never answered
    });
    try {
      const box = await page.locator('article img').first().boundingBox();
      assert.ok(Math.abs(box.width / box.height - 1.5) < 0.01, `image box ${box.width}×${box.height}`);
    } finally {
      await close();
    }
  });

  test('says so in Vietnamese when the article cannot be read', async () => {
    const { page, close } = await open(session, '/', {
      route: { url: '**/articles/seed.json', handler: (route) => route.fulfill({ body: '{"title": "Tin",, }', contentType: 'application/json' }) },
    });
    try {
      const message = await page.locator('.demo-status--error').textContent();
      assert.equal(message, 'Không hiển thị được bài viết. 1:17: malformed JSON: key must be a string');
    } finally {
      await close();
    }
  });
});
