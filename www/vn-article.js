// vn-article host module: loads the WebAssembly module once per page, without
// a bundler, and renders articles with it.
//
//   import { renderArticle } from './vn-article.js';
//   const { warnings } = await renderArticle(element, articleObjectOrJson);
//
// Every function waits for the module, so callers never see it loading.
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
  return module.renderArticle(element, article, options);
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
