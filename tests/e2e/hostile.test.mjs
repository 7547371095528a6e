// Page tests: hostile input. Every payload of tests/fixtures/hostile-payloads.json
// (script and style tags, event handlers, javascript:/vbscript:/data: URLs
// hidden by case, entities, whitespace and control characters, SVG and
// MathML tricks, quote and </article> breakouts, CSS injection) is put in
// every field of an article, and each article rendered by <vn-article>.
// Nothing may run (a canary, window.__pwned, must never be touched), no
// event-handler attribute, style or unlisted element may reach the DOM, no
// URL may resolve to anything but http(s), mailto or tel — and the payload
// must still be there, as text. Once under the strict CSP, and once without
// any CSP: the markup must be inert by construction, not by policy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { open, start } from './browser.mjs';

const PAYLOADS = JSON.parse(readFileSync(new URL('../fixtures/hostile-payloads.json', import.meta.url), 'utf8'));

/** An article with `payload` in every field that holds text or a URL. */
function hostileArticle(payload) {
  return {
    title: payload,
    sapo: payload,
    authors: [payload],
    place: payload,
    source: { name: payload, url: payload },
    blocks: [
      { type: 'paragraph', text: payload },
      { type: 'paragraph', html: payload },
      { type: 'paragraph', html: `<a href="${payload}">liên kết</a> và <b title="${payload}">chữ đậm</b>` },
      { type: 'heading', level: 2, text: payload },
      {
        type: 'figure',
        image: { src: payload, alt: payload, width: 480, height: 320, srcset: [{ src: payload, width: 480 }], sizes: payload },
        caption: payload,
        credit: payload,
        link: payload,
      },
      {
        type: 'figure',
        image: { src: 'images/ruong-bac-thang-480.jpg', alt: payload, width: 480, height: 320, sizes: payload },
        caption: payload,
        credit: payload,
        link: payload,
      },
      { type: 'paragraph', html: `<a href="${payload}"><img src="images/ruong-bac-thang-480.jpg" alt="${payload}"></a>` },
      { type: 'embed', url: payload, title: payload, caption: payload, credit: payload, poster: payload },
      { type: 'embed', url: 'video/hostile.mp4', title: payload, caption: payload, credit: payload, poster: payload },
      {
        type: 'paragraph',
        html: `<figure><iframe src="${payload}" title="${payload}"></iframe><figcaption>${payload}</figcaption></figure><video src="${payload}" title="${payload}" poster="${payload}"><source src="${payload}"></video>`,
      },
      { type: 'quote', text: payload, attribution: payload },
      { type: 'quote', html: `<p>${payload}</p><p><a href="${payload}">trích dẫn</a> <em>${payload}</em></p>` },
      { type: 'list', ordered: true, items: [payload, 'mục hai'] },
      { type: 'related', title: payload, items: [payload, { html: `<a href="${payload}">tin khác</a><br>${payload}` }] },
      { type: 'paragraph', html: `<div class="box-tinlienquanv2">${payload}<a href="${payload}">tin khác</a> ${payload}</div>` },
      {
        type: 'table',
        caption: payload,
        header: [[{ text: payload, colspan: 2 }], [payload, 'cột hai']],
        rows: [[payload, 'ô hai'], [{ html: payload, colspan: 2 }], [{ html: `<a href="${payload}">ô liên kết</a>` }, 'ô hai']],
      },
    ],
    credit: payload,
  };
}

/** Every element the renderer writes, and nothing else may appear. */
const ELEMENTS = [
  'div', 'slot', 'article', 'header', 'h1', 'h2', 'h3', 'p', 'span', 'time', 'a', 'b', 'strong', 'i', 'em', 'sub',
  'sup', 'br', 'figure', 'figcaption', 'img', 'picture', 'source', 'blockquote', 'ul', 'ol', 'li', 'section', 'footer', 'aside',
  'mark', 'label', 'input', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'video',
];

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

for (const policy of ['the strict CSP', 'no CSP at all']) {
  test(`${PAYLOADS.length} payloads in every field run nothing and stay text, under ${policy}`, async () => {
    const { page, problems, close } = await open(session, '/embed.html', {
      ready: () => window.__vnEvents.length >= 2,
      bypassCSP: policy === 'no CSP at all',
    });
    try {
      await page.evaluate(() => {
        window.__touched = [];
        Object.defineProperty(window, '__pwned', {
          get: () => window.__touched.push('read'),
          set: () => window.__touched.push('written'),
        });
      });
      await page.evaluate(
        (articles) =>
          articles.forEach((article, index) => {
            const element = document.createElement('vn-article');
            element.id = `hostile-${index}`;
            element.setAttribute('tone-style', 'keep');
            element.article = article;
            document.querySelector('main').append(element);
          }),
        PAYLOADS.map(hostileArticle),
      );
      await page.waitForFunction((count) => window.__vnEvents.length >= count, PAYLOADS.length + 2);
      // Give anything that would run a chance to: events, loads, timers.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      for (const element of await page.locator('vn-article[id^="hostile-"]').all()) {
        await element.hover();
      }

      const findings = await page.evaluate(
        async ({ payloads, allowed }) => {
          const { normalizeText } = await import('/vn-article.js');
          const found = [];
          const schemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);
          for (const [index, payload] of payloads.entries()) {
            const root = document.getElementById(`hostile-${index}`).shadowRoot;
            const where = `payload ${index} ${JSON.stringify(payload).slice(0, 60)}`;
            for (const element of root.querySelectorAll('*')) {
              if (!allowed.includes(element.localName)) found.push(`${where}: <${element.localName}>`);
              if (element.localName === 'input' && element.type !== 'checkbox') found.push(`${where}: input ${element.type}`);
              for (const { name, value } of element.attributes) {
                if (/^on/i.test(name) || ['style', 'srcdoc', 'action', 'formaction', 'xlink:href'].includes(name)) {
                  found.push(`${where}: ${name}=${JSON.stringify(value)} on <${element.localName}>`);
                }
                // A language is a language tag, nothing that could break out of it.
                if (name === 'lang' && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) {
                  found.push(`${where}: lang=${JSON.stringify(value)} on <${element.localName}>`);
                }
                const urls =
                  name === 'href' || name === 'src' || name === 'poster'
                    ? [value]
                    : name === 'srcset'
                      ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0])
                      : [];
                for (const url of urls) {
                  const scheme = new URL(url, document.baseURI).protocol;
                  if (!schemes.has(scheme)) found.push(`${where}: ${name} resolves to ${scheme} (${JSON.stringify(url)})`);
                }
              }
            }
            // The payload is still there, as text, where the author put it.
            const expected = await normalizeText(payload, { toneStyle: 'keep' });
            const title = root.querySelector('h1')?.textContent;
            const paragraph = root.querySelector('article > p')?.textContent;
            if (title !== expected) found.push(`${where}: title shows ${JSON.stringify(title)}`);
            if (paragraph !== expected) found.push(`${where}: paragraph shows ${JSON.stringify(paragraph)}`);
            // The article's own table is its last block (a payload in a
            // paragraph's html may be a table of its own).
            const cell = [...root.querySelectorAll('.vn-table')].at(-1)?.querySelector('td')?.textContent;
            if (cell !== expected) found.push(`${where}: table cell shows ${JSON.stringify(cell)}`);
            // The file's embed is the article's own (a payload may be a
            // player's address of its own).
            const embedTitle = root.querySelector('.vn-embed--video .vn-embed__title')?.textContent;
            if (embedTitle !== expected) found.push(`${where}: embed's title shows ${JSON.stringify(embedTitle)}`);
            const related = root.querySelector('.vn-related__title')?.textContent;
            if (related !== expected) found.push(`${where}: related stories' title shows ${JSON.stringify(related)}`);
            const credit = root.querySelector('.vn-article__credit')?.textContent;
            if (credit !== expected) found.push(`${where}: credit shows ${JSON.stringify(credit)}`);
          }
          return found;
        },
        { payloads: PAYLOADS, allowed: ELEMENTS },
      );
      assert.deepEqual(findings, []);
      assert.deepEqual(await page.evaluate(() => window.__touched), [], 'the canary was touched');
      assert.deepEqual(
        (await page.evaluate(() => window.__vnEvents)).filter((event) => event.type !== 'vn-article-render'),
        [],
      );
      // Payloads that are http(s) or relative image URLs may be fetched (and
      // refused by img-src, or fail to load): that is what an image URL is.
      const unexpected = problems.filter(
        (problem) => !problem.startsWith('CSP: img-src') && !problem.includes('Failed to load resource'),
      );
      assert.deepEqual(unexpected, []);
    } finally {
      await close();
    }
  });
}
