// The npm package as a newsroom gets it: the tarball of scripts/package.sh
// installed into an empty folder, a static page using it with the three
// lines of its README, and Node rendering articles with it to the very bytes
// of the CLI.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { open, start } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"$/m)[1];
const TARBALL = join(ROOT, 'target/npm', `vn-article-${VERSION}.tgz`);

/** The newest of what scripts/package.sh packs or builds from: a tarball older than it is stale. */
function newestSource() {
  const files = [
    ...readdirSync(join(ROOT, 'src'), { recursive: true }).map((file) => join('src', file)),
    'Cargo.toml',
    'Cargo.lock',
    'www/vn-article.js',
    'www/vn-article.css',
    'www/vn-article.d.ts',
    'www/article.schema.json',
    'npm/README.md',
    'scripts/package.sh',
  ];
  return files
    .map((file) => ({ file, modified: statSync(join(ROOT, file)).mtimeMs }))
    .reduce((newest, next) => (next.modified > newest.modified ? next : newest));
}

let site;
let session;
before(async () => {
  assert.ok(existsSync(TARBALL), `${TARBALL} is missing: run scripts/package.sh first`);
  // Run alone (node --test tests/e2e/) after a change, the page tests would
  // otherwise test the package as it was: ./tests/run.sh packs it first.
  const newest = newestSource();
  assert.ok(
    statSync(TARBALL).mtimeMs >= newest.modified,
    `${TARBALL} is older than ${newest.file}: run scripts/package.sh first`,
  );
  site = mkdtempSync(join(tmpdir(), 'vn-article-npm-'));
  writeFileSync(join(site, 'package.json'), '{ "private": true, "type": "module" }\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', TARBALL], { cwd: site });
  copyFileSync(join(ROOT, 'www/articles/seed.json'), join(site, 'bai-viet.json'));
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Trang của toà soạn</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/node_modules/vn-article/vn-article.css">
<script type="module" src="/node_modules/vn-article/vn-article.js"></script>
</head>
<body>
<main><vn-article src="/bai-viet.json"></vn-article></main>
</body>
</html>
`,
  );
  session = await start({ root: site });
});
after(async () => {
  await session?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test('the installed package serves a working page under the strict policy', async () => {
  const { page, problems, close } = await open(session, '/', {
    ready: () => window.__vnEvents.length >= 1,
  });
  try {
    const [event] = await page.evaluate(() => window.__vnEvents);
    assert.equal(event.type, 'vn-article-render');
    assert.equal(event.detail.citations, 8);
    const title = await page.evaluate(() => document.querySelector('vn-article').shadowRoot.querySelector('h1').textContent);
    assert.equal(title, 'Hội nghị trực tuyến quán triệt các quy định, hướng dẫn của Trung ương');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('Node renders with the installed package to the bytes of `vn-article render`', () => {
  // The README's server-side snippet, as a user would run it.
  writeFileSync(
    join(site, 'render.mjs'),
    `import { readFile } from 'node:fs/promises';
import { initSync, renderToString } from 'vn-article/wasm';

initSync({ module: await readFile(new URL(import.meta.resolve('vn-article/wasm/vn_article_bg.wasm'))) });
const [file, options] = process.argv.slice(2);
process.stdout.write(renderToString(await readFile(file, 'utf8'), options ? JSON.parse(options) : undefined));
`,
  );
  for (const [name, options] of [
    ['seed', null],
    ['showcase', null],
    ['showcase', '{"lang":"en","toneStyle":"modern","linkTemplate":null}'],
  ]) {
    const file = join(ROOT, 'www/articles', `${name}.json`);
    const node = execFileSync('node', ['render.mjs', file, ...(options ? [options] : [])], { cwd: site, encoding: 'utf8' });
    const cli = execFileSync(
      'cargo',
      ['run', '--quiet', '--locked', '--bin', 'vn-article', '--', 'render', file, ...(options ? ['--options', options] : [])],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.ok(node.length > 1000, `${name}: rendered ${node.length} bytes`);
    assert.equal(node, cli, `${name} ${options ?? ''}`);
  }
});
