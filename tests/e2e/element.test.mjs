// Page tests: <vn-article> as a newsroom embeds it, in headless Chromium
// under the strict Content-Security-Policy of www/server.mjs — each source
// of article data, attribute changes, the error state, one module for many
// elements, and server-rendered pages the element only enhances.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { open, start } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the vn-article CLI; resolves to its standard output. */
function cli(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'vn-article', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

let session;
before(async () => {
  session = await start();
});
after(async () => {
  await session?.close();
});

/** `open` options: ready once `count` vn-article events have fired. */
const allRendered = (count) => ({ ready: (count) => window.__vnEvents.length >= count, readyArg: count });

/** The events recorded so far, as `{ type, id, detail }`. */
const events = (page) => page.evaluate(() => window.__vnEvents);

/** Waits for the `count`-th recorded event. */
const eventCount = (page, count) => page.waitForFunction((count) => window.__vnEvents.length >= count, count);

/** What a reader sees of element `id`'s error state, and its fallback. */
function errorState(page, id) {
  return page.evaluate((id) => {
    const element = document.getElementById(id);
    const alert = element.shadowRoot.querySelector('[role="alert"]');
    const fallback = element.querySelector('.fallback');
    return {
      alert: alert.checkVisibility() ? alert.innerText : null,
      fallback: fallback?.checkVisibility() ? fallback.textContent : null,
      article: element.shadowRoot.querySelector('article') !== null,
      busy: element.hasAttribute('aria-busy'),
    };
  }, id);
}

/** Adds `<vn-article id=…>` to the page with `attributes` and a fallback paragraph. */
function addElement(page, id, attributes = {}) {
  return page.evaluate(
    ({ id, attributes }) => {
      const element = document.createElement('vn-article');
      element.id = id;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      const fallback = document.createElement('p');
      fallback.className = 'fallback';
      fallback.textContent = 'Đọc bài trên trang gốc';
      element.append(fallback);
      document.querySelector('main').append(element);
    },
    { id, attributes },
  );
}

describe('<vn-article> on the embedding page', () => {
  test('renders from src and from inline JSON, with one module instance for both', async () => {
    const { page, problems, response, close } = await open(session, '/embed.html', allRendered(2));
    try {
      assert.equal(
        response.headers()['content-security-policy'],
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
          "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
      );
      const seen = await page.evaluate(() =>
        ['from-src', 'from-script'].map((id) => {
          const root = document.getElementById(id).shadowRoot;
          return {
            title: root.querySelector('h1')?.textContent,
            mentions: root.querySelectorAll('.vn-cite').length,
            links: root.querySelectorAll('a.vn-cite').length,
            styled: getComputedStyle(root.querySelector('.vn-article')).maxWidth !== 'none',
            inlineStyles: root.querySelectorAll('style, [style]').length,
          };
        }),
      );
      assert.deepEqual(seen, [
        {
          title: 'Hội nghị trực tuyến quán triệt các quy định, hướng dẫn của Trung ương',
          mentions: 8,
          links: 8,
          styled: true,
          inlineStyles: 0,
        },
        // link-template="none": mentions are marked, not linked.
        { title: 'Người điều khiển xe máy có nồng độ cồn bị phạt thế nào?', mentions: 3, links: 0, styled: true, inlineStyles: 0 },
      ]);
      // tone-style="modern" on the second element: "tùy" → "tuỳ".
      const prose = await page.evaluate(
        () => document.getElementById('from-script').shadowRoot.querySelector('article > p').textContent,
      );
      assert.match(prose, /tuỳ theo mức vi phạm/);

      const recorded = await events(page);
      const detail = Object.fromEntries(recorded.map((event) => [event.id, event.detail]));
      assert.deepEqual(recorded.map((event) => event.type).sort(), ['vn-article-render', 'vn-article-render']);
      assert.deepEqual([detail['from-src'].citations, detail['from-src'].documents], [8, 4]);
      assert.deepEqual([detail['from-script'].citations, detail['from-script'].documents], [3, 2]);
      // The seed article's two pictures were scraped without their files:
      // each is said once, where it is; the other article has nothing to say.
      assert.deepEqual(
        detail['from-src'].warnings.map((warning) => [warning.path, warning.severity]),
        [
          ['blocks[2].image', 'warning'],
          ['blocks[6].image', 'warning'],
        ],
      );
      assert.deepEqual(detail['from-script'].warnings, []);
      for (const { time, serverRendered } of Object.values(detail)) {
        assert.ok(time > 0 && time < 5000, `render time ${time} ms`);
        assert.equal(serverRendered, false);
      }
      // The fallback link is the page's, shown only until the article is.
      assert.equal(await page.locator('#from-src .demo-status').isVisible(), false);
      assert.equal(await page.evaluate(() => window.__wasmInstances), 1);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('renders from the article property, set before or after the element is added', async () => {
    const { page, problems, close } = await open(session, '/embed.html', allRendered(2));
    try {
      await page.evaluate(async () => {
        const article = await (await fetch('articles/showcase.json')).json();
        const first = document.createElement('vn-article');
        first.id = 'property-first';
        first.article = article;
        document.querySelector('main').append(first);
        const later = document.createElement('vn-article');
        later.id = 'property-later';
        later.setAttribute('src', 'articles/seed.json');
        document.querySelector('main').append(later);
        // The property wins over src.
        later.article = { ...article, title: 'Tiêu đề đặt bằng thuộc tính article' };
      });
      await eventCount(page, 4);
      const titles = await page.evaluate(() =>
        ['property-first', 'property-later'].map((id) => document.getElementById(id).shadowRoot.querySelector('h1').textContent),
      );
      const showcase = JSON.parse(readFileSync(new URL('../../www/articles/showcase.json', import.meta.url), 'utf8'));
      assert.deepEqual(titles, [showcase.title, 'Tiêu đề đặt bằng thuộc tính article']);
      // One render each: setting the property right after adding the
      // element does not render the src first.
      assert.deepEqual((await events(page)).slice(2).map((event) => event.id).sort(), ['property-first', 'property-later']);
      assert.equal(await page.evaluate(() => window.__wasmInstances), 1);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('a new src or the page\'s own data cancels the request for the old src, which renders nothing', async () => {
    const { page, problems, close } = await open(session, '/embed.html', allRendered(2));
    try {
      // The first address answers only after a while: long enough for the
      // page to ask for another.
      await page.route(/\/articles\/seed\.json\?slow/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue().catch(() => {}); // cancelled meanwhile
      });
      const failed = [];
      page.on('requestfailed', (request) => failed.push([new URL(request.url()).search, request.failure()?.errorText]));
      await page.evaluate(async () => {
        const element = document.createElement('vn-article');
        element.id = 'switched';
        element.setAttribute('src', 'articles/seed.json?slow');
        document.querySelector('main').append(element);
        await new Promise((resolve) => setTimeout(resolve, 100));
        element.setAttribute('src', 'articles/showcase.json');
      });
      await eventCount(page, 3);
      await page.waitForTimeout(1800); // past the slow answer
      const showcase = JSON.parse(readFileSync(new URL('../../www/articles/showcase.json', import.meta.url), 'utf8'));
      const title = await page.evaluate(() => document.getElementById('switched').shadowRoot.querySelector('h1').textContent);
      assert.equal(title, showcase.title);
      assert.deepEqual(
        (await events(page)).slice(2).map((event) => [event.type, event.id]),
        [['vn-article-render', 'switched']],
      );
      assert.deepEqual(failed, [['?slow', 'net::ERR_ABORTED']]);

      // Another attribute changed while the article loads shares its request.
      const asked = [];
      page.on('request', (request) => asked.push(new URL(request.url()).search));
      await page.evaluate(async () => {
        const element = document.getElementById('switched');
        element.setAttribute('src', 'articles/seed.json?slow');
        await new Promise((resolve) => setTimeout(resolve, 100));
        element.setAttribute('lang', 'en');
      });
      await eventCount(page, 4);
      const lang = await page.evaluate(() => document.getElementById('switched').shadowRoot.querySelector('article').lang);
      assert.equal(lang, 'en');
      assert.deepEqual(asked, ['?slow']);

      // The page's own data, given while `src` loads, cancels the request too.
      const given = await page.evaluate(async () => {
        const element = document.getElementById('switched');
        element.setAttribute('src', 'articles/seed.json?slow&again');
        await new Promise((resolve) => setTimeout(resolve, 100));
        element.article = { title: 'Bài của trang', blocks: [{ type: 'paragraph', text: 'Đoạn văn.' }] };
        return element.id;
      });
      await eventCount(page, 5);
      await page.waitForTimeout(1800); // past the slow answer
      const shown = await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('h1').textContent, given);
      assert.equal(shown, 'Bài của trang');
      assert.deepEqual(failed.slice(1), [['?slow&again', 'net::ERR_ABORTED']]);
      assert.equal((await events(page)).length, 5);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('changing an attribute renders again, once per change however many attributes change', async () => {
    const { page, problems, close } = await open(session, '/embed.html', allRendered(2));
    try {
      const state = () =>
        page.evaluate(() => {
          const root = document.getElementById('from-script').shadowRoot;
          return {
            lang: root.querySelector('article').lang,
            heading: root.querySelector('.vn-citations h2')?.textContent ?? null,
            mentions: root.querySelectorAll('.vn-cite').length,
            linked: root.querySelectorAll('a.vn-cite').length,
          };
        });
      await page.evaluate(() => document.getElementById('from-script').setAttribute('lang', 'en'));
      await eventCount(page, 3);
      assert.deepEqual(await state(), { lang: 'en', heading: 'Documents cited', mentions: 3, linked: 0 });

      await page.evaluate(() => {
        const element = document.getElementById('from-script');
        element.setAttribute('citations', 'off');
        element.setAttribute('lang', 'vi');
      });
      await eventCount(page, 4);
      assert.deepEqual(await state(), { lang: 'vi', heading: null, mentions: 0, linked: 0 });

      await page.evaluate(() => {
        const element = document.getElementById('from-script');
        element.removeAttribute('citations');
        element.setAttribute('link-template', 'https://vanban.example.vn/{symbol}');
      });
      await eventCount(page, 5);
      assert.deepEqual(await state(), { lang: 'vi', heading: 'Văn bản được trích dẫn', mentions: 3, linked: 3 });
      assert.equal(
        await page.evaluate(() => document.getElementById('from-script').shadowRoot.querySelector('a.vn-cite').href),
        'https://vanban.example.vn/100%2F2019%2FN%C4%90-CP',
      );

      // utc-offset: the article's 08:30 in Vietnam is 01:30 UTC.
      const published = () =>
        page.evaluate(() => {
          const time = document.getElementById('from-script').shadowRoot.querySelector('.vn-article__published');
          return [time.dateTime, time.textContent];
        });
      assert.deepEqual(await published(), ['2024-03-02T08:30:00+07:00', '08:30, Thứ Bảy, 02/03/2024']);
      await page.evaluate(() => document.getElementById('from-script').setAttribute('utc-offset', 'Z'));
      await eventCount(page, 6);
      assert.deepEqual(await published(), ['2024-03-02T01:30:00Z', '01:30 (GMT), Thứ Bảy, 02/03/2024']);

      // hidden hides it; the article is still there when shown again.
      await page.evaluate(() => {
        document.getElementById('from-script').hidden = true;
      });
      assert.equal(await page.locator('#from-script').isVisible(), false);
      await page.evaluate(() => {
        document.getElementById('from-script').hidden = false;
      });
      assert.equal(await page.locator('#from-script').isVisible(), true);
      assert.equal((await events(page)).length, 6);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('the page themes the article through custom properties and ::part()', async () => {
    const { page, problems, close } = await open(session, '/embed.html', allRendered(2));
    try {
      const look = (id) =>
        page.evaluate((id) => {
          const root = document.getElementById(id).shadowRoot;
          return {
            background: getComputedStyle(root.querySelector('article')).backgroundColor,
            accent: getComputedStyle(root.querySelector('article')).getPropertyValue('--_accent').trim(),
            serifTitle: getComputedStyle(root.querySelector('h1')).fontFamily.includes('Serif'),
          };
        }, id);
      // demo.css: .demo-themed sets --vn-article-background and
      // --vn-article-accent, and ::part(title) a sans-serif face.
      assert.deepEqual(await look('from-script'), {
        background: 'rgb(245, 248, 251)',
        accent: '#0b5394',
        serifTitle: false,
      });
      const plain = await look('from-src');
      assert.equal(plain.background, 'rgb(255, 253, 249)');
      assert.equal(plain.serifTitle, true);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('a list counted with letters shows and reads the points as Vietnamese documents count them', async () => {
    const { page, problems, close } = await open(session, '/embed.html', allRendered(2));
    try {
      await page.evaluate(() => {
        const element = document.createElement('vn-article');
        element.id = 'points';
        element.article = {
          title: 'Những điểm mới',
          blocks: [{ type: 'list', ordered: true, numbering: 'letters', items: ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy'] }],
        };
        document.querySelector('main').append(element);
      });
      await eventCount(page, 3);
      // The markers as the accessibility tree gives them to a screen
      // reader: the counter style of vn-article.css, inside the shadow root.
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      const inPoints = (node) => {
        for (let at = node; at; at = byId.get(at.parentId)) {
          if (at.role?.value === 'list' && at.childIds.length === 7) return true;
        }
        return false;
      };
      const markers = nodes.filter((node) => node.role?.value === 'ListMarker' && inPoints(node)).map((node) => node.name.value.trim());
      assert.deepEqual(markers, ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test('while the article loads, the element is busy and keeps room for it', async () => {
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    const route = {
      url: '**/articles/cham.json',
      handler: async (route) => {
        await held;
        await route.fulfill({ path: fileURLToPath(new URL('../../www/articles/seed.json', import.meta.url)) });
      },
    };
    const { page, problems, close } = await open(session, '/embed.html', { route, ...allRendered(2) });
    try {
      await addElement(page, 'slow', { src: 'articles/cham.json' });
      await page.waitForFunction(() => document.getElementById('slow').getAttribute('aria-busy') === 'true');
      const waiting = await page.evaluate(() => ({
        height: document.getElementById('slow').getBoundingClientRect().height,
        viewport: innerHeight,
        fallback: document.querySelector('#slow .fallback').checkVisibility(),
      }));
      assert.ok(waiting.height >= 0.6 * waiting.viewport - 1, `${waiting.height}px of ${waiting.viewport}px`);
      assert.equal(waiting.fallback, true);
      release();
      await eventCount(page, 3);
      assert.equal(await page.evaluate(() => document.getElementById('slow').hasAttribute('aria-busy')), false);
      assert.deepEqual(problems, []);
    } finally {
      release();
      await close();
    }
  });

  test('has no accessibility violation axe-core finds, in the shadow roots too', async () => {
    // axe is injected from outside the page, so this page alone goes
    // without its CSP; every other test keeps it.
    const { page, close } = await open(session, '/embed.html', { ...allRendered(2), bypassCSP: true });
    try {
      await page.addScriptTag({ path: fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)) });
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document, { resultTypes: ['violations'] });
        return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
    } finally {
      await close();
    }
  });

  test('the list of cited documents leads back to each mention inside the shadow root', async () => {
    const { page, problems, close } = await open(session, '/embed.html', allRendered(2));
    try {
      await page.evaluate(() => document.getElementById('from-src').shadowRoot.querySelectorAll('.vn-citations__back')[1].click());
      const focused = await page.evaluate(() => {
        const active = document.getElementById('from-src').shadowRoot.activeElement;
        return [active?.id, active?.textContent];
      });
      assert.deepEqual(focused, ['vn-cite-5', 'Quy định 205-QĐ/TW']);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});

describe('<vn-article> when the article cannot be shown', () => {
  test('a src that answers 404 shows the error state, keeps the fallback, and says so in an event', async () => {
    const { page, problems, close } = await open(session, '/embed.html', allRendered(2));
    try {
      await addElement(page, 'missing', { src: 'articles/khong-co.json' });
      await eventCount(page, 3);
      const [event] = (await events(page)).slice(2);
      assert.equal(event.type, 'vn-article-error');
      assert.equal(event.id, 'missing');
      assert.equal(event.detail.status, 404);
      assert.equal(event.detail.message, 'Không hiển thị được bài viết. Máy chủ trả lời lỗi 404 khi tải dữ liệu bài viết.');
      assert.match(event.detail.detail, /articles\/khong-co\.json: HTTP 404/);
      const state = await errorState(page, 'missing');
      assert.equal(state.alert.replace(/\n+/g, ' / '), 'Không hiển thị được bài viết. / Máy chủ trả lời lỗi 404 khi tải dữ liệu bài viết. / Chi tiết kỹ thuật');
      assert.deepEqual({ ...state, alert: undefined }, { alert: undefined, fallback: 'Đọc bài trên trang gốc', article: false, busy: false });
      assert.deepEqual(
        problems.filter((problem) => !problem.includes('404')),
        [],
        'only the 404 itself is reported on the console',
      );
    } finally {
      await close();
    }
  });

  test('malformed JSON names the line and column; an article without a title names the field', async () => {
    const articles = {
      'hong.json': '{\n  "title": "Bài viết",\n  "blocks": [\n    { "type": "paragraph", "text": "Câu một." },\n  ]\n}',
      'thieu-tieu-de.json': JSON.stringify({ blocks: [{ type: 'paragraph', text: 'Không có tiêu đề.' }] }),
    };
    const route = {
      url: '**/articles/loi/*',
      handler: (route) =>
        route.fulfill({ contentType: 'application/json', body: articles[new URL(route.request().url()).pathname.split('/').pop()] }),
    };
    const { page, problems, close } = await open(session, '/embed.html', { route, ...allRendered(2) });
    try {
      await addElement(page, 'malformed', { src: 'articles/loi/hong.json' });
      await eventCount(page, 3);
      await addElement(page, 'untitled', { src: 'articles/loi/thieu-tieu-de.json', lang: 'en' });
      await eventCount(page, 4);
      const [malformed, untitled] = (await events(page)).slice(2);

      assert.equal(malformed.type, 'vn-article-error');
      assert.equal(malformed.detail.message, 'Không hiển thị được bài viết. Dữ liệu bài viết không phải JSON hợp lệ (dòng 5, cột 3).');
      assert.deepEqual([malformed.detail.line, malformed.detail.column, malformed.detail.path], [5, 3, null]);
      assert.match(malformed.detail.detail, /^5:3: malformed JSON/);
      assert.match((await errorState(page, 'malformed')).alert, /dòng 5, cột 3/);

      assert.equal(untitled.type, 'vn-article-error');
      assert.equal(untitled.detail.path, 'title');
      assert.equal(
        untitled.detail.message,
        'The article cannot be shown. The article data has a problem at title (line 1, column 1).',
      );
      assert.deepEqual([untitled.detail.line, untitled.detail.column], [1, 1]);
      assert.deepEqual(
        untitled.detail.problems.map((problem) => [problem.path, problem.severity]),
        [['title', 'error']],
      );
      const state = await errorState(page, 'untitled');
      assert.equal(state.fallback, 'Đọc bài trên trang gốc');
      assert.equal(state.article, false);
      // Nobody handled the events: each is also on the console, and nothing else went wrong.
      assert.deepEqual(
        problems.map((problem) => problem.replace(/:.*/s, '')),
        ['console', 'console'],
      );
    } finally {
      await close();
    }
  });

  test('an attribute the renderer refuses shows the error state, and fixing it renders the article', async () => {
    const { page, close } = await open(session, '/embed.html', allRendered(2));
    try {
      await page.evaluate(() => document.getElementById('from-script').setAttribute('tone-style', 'hiện đại'));
      await eventCount(page, 3);
      const [error] = (await events(page)).slice(2);
      assert.equal(error.type, 'vn-article-error');
      assert.equal(error.detail.message, 'Không hiển thị được bài viết. Thuộc tính của thẻ <vn-article> không hợp lệ.');
      assert.equal(error.detail.detail, 'options: toneStyle: "hiện đại" is not a tone style; expected one of auto, traditional, modern, keep');
      await page.evaluate(() => document.getElementById('from-script').setAttribute('tone-style', 'traditional'));
      await eventCount(page, 4);
      assert.equal((await events(page))[3].type, 'vn-article-render');
      assert.equal((await errorState(page, 'from-script')).alert, null);
      assert.match(
        await page.evaluate(() => document.getElementById('from-script').shadowRoot.querySelector('article > p').textContent),
        /tùy theo mức vi phạm/,
      );
    } finally {
      await close();
    }
  });
});

describe('<vn-article> when the module itself fails', () => {
  test('a trap inside the wasm module (a panic) shows the error state and a console message, not a blank element', async () => {
    // The module as served, but its renderArticle traps as a Rust panic does.
    const route = {
      url: '**/pkg/vn_article.js',
      handler: async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          /function renderArticle\([^)]*\) \{/,
          (start) => `${start} throw new WebAssembly.RuntimeError('unreachable');`,
        );
        await route.fulfill({ response, body });
      },
    };
    const { page, problems, close } = await open(session, '/embed.html', { route, ...allRendered(2) });
    try {
      const events = await page.evaluate(() => window.__vnEvents);
      assert.deepEqual(events.map((event) => event.type), ['vn-article-error', 'vn-article-error']);
      assert.equal(events[0].detail.message, 'Không hiển thị được bài viết. Đã xảy ra lỗi khi dựng bài viết.');
      assert.equal(events[0].detail.detail, 'RuntimeError: unreachable');
      const state = await page.evaluate(() => {
        const element = document.getElementById('from-src');
        return {
          alert: element.shadowRoot.querySelector('[role="alert"]').innerText.split('\n')[0],
          fallback: element.querySelector('.demo-status').checkVisibility(),
        };
      });
      assert.deepEqual(state, { alert: 'Không hiển thị được bài viết.', fallback: true });
      assert.deepEqual(
        problems.map((problem) => problem.replace(/ \(http:.*\)$/, '')),
        ['console: vn-article: RuntimeError: unreachable', 'console: vn-article: RuntimeError: unreachable'],
      );
    } finally {
      await close();
    }
  });
});

describe('server-rendered pages (vn-article render --page)', () => {
  // A static site as a newsroom would build it: the pages at its root, the
  // article images beside them, the package's files under /vn/.
  let site;
  let siteSession;
  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'vn-article-site-'));
    for (const file of ['vn-article.js', 'vn-article.css', 'pkg']) {
      cpSync(join(ROOT, 'www', file), join(site, 'vn', file), { recursive: true });
    }
    cpSync(join(ROOT, 'www/images'), join(site, 'images'), { recursive: true });
    cli('render', '--page', '--assets', '/vn', '--out', site, 'www/articles/seed.json', 'www/articles/showcase.json');
    siteSession = await start({ root: site });
  });
  after(async () => {
    await siteSession?.close();
    rmSync(site, { recursive: true, force: true });
  });
  /** What went wrong on the page, but for the favicon a real site would have. */
  const withoutFavicon = (problems) => problems.filter((problem) => !problem.includes('/favicon.ico'));


  for (const name of ['seed', 'showcase']) {
    test(`${name}: enhanced in place, without re-rendering and without layout shift`, async () => {
      const { page, problems, close } = await open(siteSession, `/${name}.html`, allRendered(1));
      try {
        const served = await page.evaluate(() => ({
          article: document.querySelector('vn-article > article.vn-article').outerHTML,
          removed: window.__removedNodes,
          shadow: [...document.querySelector('vn-article').shadowRoot.children].map((child) => child.localName),
          event: window.__vnEvents[0],
        }));
        // The DOM is byte for byte what the CLI renders as a fragment.
        assert.equal(served.article, cli('render', `www/articles/${name}.json`));
        assert.equal(served.removed, 0, 'nothing the server sent was removed');
        assert.deepEqual(served.shadow, ['div', 'div', 'slot']);
        assert.equal(served.event.type, 'vn-article-render');
        assert.equal(served.event.detail.serverRendered, true);
        assert.equal(served.event.detail.citations, { seed: 8, showcase: 5 }[name]);
        assert.equal(await page.evaluate(() => window.__wasmInstances), 0, 'no module needed to keep what is there');

        // Every shift since the page began (buffered), with every image loaded.
        await page.evaluate(async () => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
          for (const image of document.images) image.loading = 'eager';
          await Promise.all([...document.images].map((image) => image.decode().catch(() => {})));
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        });
        const shift = await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));
        assert.equal(shift, 0, 'cumulative layout shift');
        assert.deepEqual(withoutFavicon(problems), []);
      } finally {
        await close();
      }
    });
  }

  test('the behaviour is attached: a figure opens at full size', async () => {
    const { page, problems, close } = await open(siteSession, '/showcase.html', allRendered(1));
    try {
      await page.locator('a.vn-figure__zoom').first().click();
      await page.waitForSelector('dialog.vn-lightbox[open]');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog.vn-lightbox'));
      assert.deepEqual(withoutFavicon(problems), []);
    } finally {
      await close();
    }
  });
});
