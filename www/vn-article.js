// vn-article host module: loads the WebAssembly module once per page, without
// a bundler, and renders articles with it.
//
//   import { renderArticle } from './vn-article.js';
//   const { warnings } = await renderArticle(element, articleObjectOrJson);
//
// Every function waits for the module, so callers never see it loading.
// `enhance(root)` adds the one behaviour the markup lacks — the full-size
// view of figures — to articles rendered here or on a server.
import init, * as wasm from './pkg/vn_article.js';

let loading;

/** Loads and instantiates the module; every call shares the one instance. */
export function load() {
  loading ??= init().then(() => wasm);
  return loading;
}

/**
 * Renders an article (an object, or its JSON text) into `element`, replacing
 * its children. Resolves to `{ warnings }`: blocks skipped and fields ignored.
 * Rejects with an `Error` listing every problem (also as `error.problems`)
 * when nothing can be rendered; `element` is then left as it was.
 */
export async function renderArticle(element, article, options) {
  const module = await load();
  const report = module.renderArticle(element, article, options);
  enhance(element);
  return report;
}

/** The HTML text `renderArticle` would build, for server-side rendering. */
export async function renderToString(article, options) {
  const module = await load();
  return module.renderToString(article, options);
}

/** Every problem with an article, as `vn-article check` lists them. */
export async function checkArticle(article) {
  const module = await load();
  return module.checkArticle(article);
}

/** Vietnamese text as readers should see it (tone marks, quotes, spaces…). */
export async function normalizeText(text, options) {
  const module = await load();
  return module.normalizeText(text, options);
}

/** `{ text, changes }`: the normalised text and each change, with UTF-16 offsets. */
export async function normalizeTextWithChanges(text, options) {
  const module = await load();
  return module.normalizeTextWithChanges(text, options);
}

/**
 * Every legal and Party document `text` cites, in order: `{ text, start, end,
 * kind, form, symbol, date, issuer, pinpoint, … }`, with UTF-16 offsets so
 * that `text.slice(start, end)` is the span. Short forms (`Quy định 205`)
 * carry the symbol of the earlier full citation they refer to.
 */
export async function findCitations(text) {
  const module = await load();
  return module.findCitations(text);
}

/** The words of the full-size view, by the article's language. */
const LIGHTBOX_WORDS = {
  vi: { close: 'Đóng', label: 'Ảnh cỡ lớn' },
  en: { close: 'Close', label: 'Full-size image' },
};

const enhanced = new WeakSet();

/**
 * Makes the figures under `root` open at full size in a `<dialog>` when
 * their image is activated (click, Enter). Without it — or without
 * JavaScript — the image's link opens the largest file instead. Safe to
 * call more than once; nothing is parsed as HTML, so it works under
 * Trusted Types.
 */
export function enhance(root) {
  if (enhanced.has(root)) return;
  enhanced.add(root);
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.vn-figure__zoom') : null;
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (!link || !root.contains(link) || event.defaultPrevented || !plain) return;
    event.preventDefault();
    openLightbox(link);
  });
}

function openLightbox(link) {
  const document = link.ownerDocument;
  const article = link.closest('.vn-article') ?? document.body;
  const words = LIGHTBOX_WORDS[(article.lang || 'vi').startsWith('vi') ? 'vi' : 'en'];
  const figure = link.closest('figure');
  const image = link.querySelector('img');
  const caption = [figure?.querySelector('.vn-figure__caption-text'), figure?.querySelector('.vn-figure__credit')]
    .filter(Boolean)
    .map((part) => part.textContent.trim())
    .join(' ');

  const dialog = document.createElement('dialog');
  dialog.className = 'vn-lightbox';
  dialog.setAttribute('aria-label', caption || image?.alt || words.label);
  const frame = document.createElement('div');
  frame.className = 'vn-lightbox__frame';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'vn-lightbox__close';
  close.textContent = words.close;
  const full = document.createElement('img');
  full.className = 'vn-lightbox__image';
  full.src = link.href;
  full.alt = image?.alt ?? '';
  frame.append(close, full);
  if (caption) {
    const text = document.createElement('p');
    text.className = 'vn-lightbox__caption';
    text.textContent = caption;
    frame.append(text);
  }
  dialog.append(frame);

  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog itself, not on its frame.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    link.focus();
  });
  article.append(dialog);
  dialog.showModal();
  close.focus();
}
