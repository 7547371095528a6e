// The demo page: picks an article from ?bai=…, renders it with the wasm
// module, and says so plainly if something goes wrong.
import { renderArticle } from './vn-article.js';

const ARTICLES = ['seed', 'showcase'];
const requested = new URLSearchParams(location.search).get('bai');
const name = ARTICLES.includes(requested) ? requested : 'seed';
const main = document.getElementById('article');
const jsonLink = document.getElementById('article-json');

for (const link of document.querySelectorAll('[data-article]')) {
  if (link.dataset.article === name) link.setAttribute('aria-current', 'page');
}
jsonLink.href = `articles/${name}.json`;

try {
  const response = await fetch(`articles/${name}.json`);
  if (!response.ok) throw new Error(`articles/${name}.json: HTTP ${response.status}`);
  const { warnings } = await renderArticle(main, await response.text());
  for (const warning of warnings) console.warn(`vn-article: ${warning.message}`);
  document.title = `${main.querySelector('h1')?.textContent ?? 'vn-article'} · vn-article`;
} catch (error) {
  const message = document.createElement('p');
  message.className = 'demo-status demo-status--error';
  message.textContent = `Không hiển thị được bài viết. ${error.message}`;
  main.replaceChildren(message);
  console.error(error);
} finally {
  main.setAttribute('aria-busy', 'false');
}
