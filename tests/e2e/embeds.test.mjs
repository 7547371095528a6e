// Page tests: embeds as readers get them in <vn-article>, under the strict
// CSP — a video elsewhere is a card that leads to its page (no other site's
// player, nothing blocked), a file plays in a box reserved before it loads,
// the keyboard reaches each card, and axe-core finds no violation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { open, start } from './browser.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** An article of embeds: a site's page, a player in a body's HTML, a file. */
const ARTICLE = {
  title: 'Lũ quét ở Yên Bái',
  blocks: [
    { type: 'paragraph', text: 'Chiều 9/9, nước sông dâng cao.' },
    {
      type: 'embed',
      url: 'https://www.youtube.com/embed/dQw4w9WgXcQ',
      title: 'Clip: nước lũ cuốn trôi cầu treo',
      caption: 'Cầu treo ở xã Mỏ Vàng bị cuốn trôi.',
      credit: 'Người dân cung cấp',
    },
    {
      type: 'paragraph',
      html: '<figure><iframe src="https://player.vimeo.com/video/76979871" title="Vimeo"></iframe><figcaption>Hiện trường. Video: VTV</figcaption></figure>',
    },
    { type: 'embed', url: 'video/lu-quet.mp4', title: 'Toàn cảnh vùng lũ' },
  ],
};

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

/** Opens the element page with `ARTICLE` rendered into a new <vn-article id="embeds">. */
async function openArticle(options = {}) {
  const opened = await open(session, '/embed.html', { ...options, ready: () => window.__vnEvents.length >= 2 });
  await opened.page.evaluate((article) => {
    const element = document.createElement('vn-article');
    element.id = 'embeds';
    element.article = article;
    document.querySelector('main').prepend(element);
  }, ARTICLE);
  await opened.page.waitForFunction(() => window.__vnEvents.some((event) => event.id === 'embeds'));
  return opened;
}

test('a video elsewhere is a card leading to its page; a file plays in a 16:9 box reserved before it loads', async () => {
  const { page, problems, close } = await openArticle({ viewport: { width: 360, height: 800 } });
  try {
    const seen = await page.evaluate(() => {
      const root = document.getElementById('embeds').shadowRoot;
      const cards = [...root.querySelectorAll('.vn-embed')].map((figure) => ({
        link: figure.querySelector('a.vn-embed__link')?.href,
        name: figure.querySelector('a.vn-embed__link')?.textContent,
        caption: figure.querySelector('figcaption')?.textContent ?? null,
      }));
      const video = root.querySelector('video.vn-embed__player');
      const box = video.getBoundingClientRect();
      return {
        cards,
        frames: root.querySelectorAll('iframe, object, embed').length,
        video: { controls: video.controls, preload: video.preload, ratio: box.width / box.height, label: video.getAttribute('aria-label') },
      };
    });
    assert.deepEqual(seen.cards, [
      {
        link: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        name: 'Clip: nước lũ cuốn trôi cầu treo Xem trên YouTube',
        caption: 'Chú thích: Cầu treo ở xã Mỏ Vàng bị cuốn trôi. Nguồn: Người dân cung cấp',
      },
      { link: 'https://vimeo.com/76979871', name: 'Xem trên Vimeo', caption: 'Chú thích: Hiện trường. Video: VTV' },
      { link: new URL('video/lu-quet.mp4', page.url()).href, name: 'Toàn cảnh vùng lũ Mở tệp video', caption: null },
    ]);
    assert.equal(seen.frames, 0, 'no other site runs inside the article');
    assert.equal(seen.video.controls, true);
    assert.equal(seen.video.preload, 'metadata');
    assert.equal(seen.video.label, 'Toàn cảnh vùng lũ');
    assert.ok(Math.abs(seen.video.ratio - 16 / 9) < 0.02, `the box is 16:9 before the file says its size: ${seen.video.ratio}`);
    // The file is not there: a failed load, but nothing the CSP refused.
    assert.deepEqual(problems.filter((problem) => !problem.includes('Failed to load resource')), []);
  } finally {
    await close();
  }
});

test('the keyboard reaches each card, in order', async () => {
  const { page, close } = await openArticle();
  try {
    const reached = [];
    for (let step = 0; step < 80 && reached.length < 3; step += 1) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const active = document.getElementById('embeds').shadowRoot.activeElement;
        return active?.matches('a.vn-embed__link') ? active.textContent : null;
      });
      if (name && !reached.includes(name)) reached.push(name);
    }
    assert.deepEqual(reached, [
      'Clip: nước lũ cuốn trôi cầu treo Xem trên YouTube',
      'Xem trên Vimeo',
      'Toàn cảnh vùng lũ Mở tệp video',
    ]);
  } finally {
    await close();
  }
});

test('embeds have no accessibility violation axe-core finds', async () => {
  // axe is injected from outside the page, so this page alone goes without
  // its CSP; the tests above keep it.
  const { page, close } = await openArticle({ bypassCSP: true });
  try {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document.getElementById('embeds'), { resultTypes: ['violations'] });
      return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, []);
  } finally {
    await close();
  }
});
