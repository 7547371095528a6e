// vn-article host module: loads the WebAssembly module once per page, without
// a bundler, renders articles with it, and defines the <vn-article> element.
//
//   <link rel="stylesheet" href="vn-article.css">
//   <script type="module" src="vn-article.js"></script>
//   <vn-article src="bai-viet.json"></vn-article>
//
// Or from a script:
//
//   import { renderArticle } from './vn-article.js';
//   const { warnings } = await renderArticle(element, articleObjectOrJson);
//
// Every function waits for the module, so callers never see it loading.
// `enhance(root)` adds what the markup alone lacks — the full-size view of
// figures, the way back to mentions inside a shadow root — to articles
// rendered here or on a server. Nothing here parses a string as HTML, so
// the module works under `require-trusted-types-for 'script'`.
let loading;

/**
 * Loads and instantiates the module; every call shares the one instance.
 * The glue and the .wasm are fetched together, not one after the other,
 * and only when something is to be rendered: a page of server-rendered
 * articles never downloads them.
 */
export function load() {
  loading ??= (async () => {
    // The response, not its bytes: the glue compiles the module while it
    // downloads (instantiateStreaming).
    const response = fetch(new URL('./pkg/vn_article_bg.wasm', import.meta.url));
    // Whatever happens to the glue, the fetch is not left unhandled.
    response.catch(() => {});
    const wasm = await import('./pkg/vn_article.js');
    await wasm.default({ module_or_path: response });
    return wasm;
  })();
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
 * carry the symbol of the full citation they refer to (an earlier one, or
 * a later one when none is earlier).
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
 * Adds behaviour to the articles under `root`: figures open at full size in
 * a `<dialog>` when their image is activated (click, Enter) — without it,
 * or without JavaScript, the image's link opens the largest file — and,
 * inside a shadow root, where the browser does not follow `#id` links, the
 * list of cited documents still leads back to each mention. Safe to call
 * more than once; nothing is parsed as HTML, so it works under Trusted
 * Types.
 */
export function enhance(root) {
  if (enhanced.has(root)) return;
  enhanced.add(root);
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (!link || !root.contains(link) || event.defaultPrevented || !plain) return;
    if (link.matches('.vn-figure__zoom')) {
      event.preventDefault();
      openLightbox(link);
      return;
    }
    const tree = link.getRootNode();
    const href = link.getAttribute('href');
    if (!(tree instanceof ShadowRoot) || !href.startsWith('#')) return;
    const target = tree.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  });
}

function openLightbox(link) {
  const document = link.ownerDocument;
  const article = link.closest('.vn-article') ?? document.body;
  const words = LIGHTBOX_WORDS[(article.lang || 'vi').startsWith('vi') ? 'vi' : 'en'];
  const figure = link.closest('figure');
  const image = link.querySelector('img');
  const parts = [figure?.querySelector('.vn-figure__caption-text'), figure?.querySelector('.vn-figure__credit')].filter(
    Boolean,
  );
  const caption = parts.map((part) => part.textContent.trim()).join(' ');

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
  if (image?.lang) full.lang = image.lang;
  frame.append(close, full);
  if (caption) {
    const text = document.createElement('p');
    text.className = 'vn-lightbox__caption';
    // Copies of the caption's and the credit's words, each still in its
    // own language (`lang="en"`), without the ids the page holds once and
    // the classes that shorten a caption on a phone.
    parts.forEach((part, index) => {
      const words = part.cloneNode(true);
      words.removeAttribute('class');
      for (const element of [words, ...words.querySelectorAll('[id]')]) element.removeAttribute('id');
      text.append(...(index > 0 ? [' ', words] : [words]));
    });
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

// ---------------------------------------------------------------------------
// <vn-article>

/** The attributes that change how the article is rendered. */
const RENDER_ATTRIBUTES = ['tone-style', 'link-template', 'citations', 'image-template', 'lang', 'utc-offset'];

/** The error state's words, by the element's language. */
const ERROR_WORDS = {
  vi: {
    title: 'Không hiển thị được bài viết.',
    fetch: (status) => `Máy chủ trả lời lỗi ${status} khi tải dữ liệu bài viết.`,
    network: 'Không kết nối được tới máy chủ để tải dữ liệu bài viết.',
    module: 'Trình duyệt không tải được mô-đun hiển thị bài viết.',
    syntax: (line, column) => `Dữ liệu bài viết không phải JSON hợp lệ (dòng ${line}, cột ${column}).`,
    field: (path, line, column) =>
      `Dữ liệu bài viết bị lỗi ở trường ${path}${line ? ` (dòng ${line}, cột ${column})` : ''}.`,
    options: 'Thuộc tính của thẻ <vn-article> không hợp lệ.',
    other: 'Đã xảy ra lỗi khi dựng bài viết.',
    details: 'Chi tiết kỹ thuật',
  },
  en: {
    title: 'The article cannot be shown.',
    fetch: (status) => `The server answered ${status} to the request for the article.`,
    network: 'The server could not be reached for the article.',
    module: 'The browser could not load the module that renders the article.',
    syntax: (line, column) => `The article data is not valid JSON (line ${line}, column ${column}).`,
    field: (path, line, column) =>
      `The article data has a problem at ${path}${line ? ` (line ${line}, column ${column})` : ''}.`,
    options: 'An attribute of <vn-article> is not valid.',
    other: 'Something went wrong while rendering the article.',
    details: 'Technical details',
  },
};

let styles;

/**
 * The element's shadow-root styles: vn-article.css (which also holds the
 * element's own `:host` rules) as one constructed sheet shared by every
 * element, so the page needs no `style-src` beyond `'self'`.
 */
function loadStyles() {
  styles ??= fetch(new URL('./vn-article.css', import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`vn-article.css: HTTP ${response.status}`);
      return response.text();
    })
    .then((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return [sheet];
    })
    .catch((error) => {
      // The article is still worth showing unstyled.
      console.warn('vn-article: no styles for <vn-article>:', error);
      return [];
    });
  return styles;
}

/** A failure with what the error state and the `vn-article-error` event say. */
class ArticleFailure extends Error {
  constructor(kind, detail, { cause, status, problems = [] } = {}) {
    super(detail, { cause });
    this.kind = kind;
    this.status = status;
    this.problems = problems;
  }
}

/** The article JSON at `url`, as text; fails with an ArticleFailure. */
async function fetchText(url, signal) {
  const lost = (cause) => new ArticleFailure('network', `${url}: ${cause.message}`, { cause });
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch (cause) {
    throw lost(cause);
  }
  if (!response.ok) {
    throw new ArticleFailure('fetch', `${url}: HTTP ${response.status} ${response.statusText}`.trim(), {
      status: response.status,
    });
  }
  // The connection may also drop while the body arrives.
  try {
    return await response.text();
  } catch (cause) {
    throw lost(cause);
  }
}

/**
 * `<vn-article>`: renders an article from the `article` property, a child
 * `<script type="application/json">`, or the JSON at `src` (in that order),
 * in an open shadow root. Server-rendered markup inside it is kept and
 * only enhanced. See README.md for attributes, events and theming.
 */
// Outside a browser (a server importing this module to reach the functions
// above) there is no HTMLElement: the class is then never defined as an
// element, and the module still loads.
export class VnArticleElement extends (globalThis.HTMLElement ?? Object) {
  static observedAttributes = ['src', ...RENDER_ATTRIBUTES];

  #article;
  #content;
  #error;
  #slot;
  #generation = 0;
  #scheduled = false;
  #fetched = null; // { url, text: Promise<string> } of the last `src` asked for
  #request = null; // the AbortController of the last `src` request
  #shown = null; // 'client' once rendered here, 'server' when kept as served
  #dirty = true; // the data or an attribute changed since the last update

  /** The article as an object (or its JSON text); takes precedence over `src`. */
  get article() {
    return this.#article;
  }

  set article(value) {
    this.#article = value;
    this.#dirty = true;
    this.#schedule();
  }

  /** The URL of the article JSON. */
  get src() {
    return this.getAttribute('src') ?? '';
  }

  set src(value) {
    this.setAttribute('src', value);
  }

  /** The rendering options the attributes ask for (see RenderOptions). */
  get renderOptions() {
    const options = {};
    const toneStyle = this.getAttribute('tone-style');
    if (toneStyle) options.toneStyle = toneStyle;
    if (this.hasAttribute('link-template')) {
      const template = this.getAttribute('link-template').trim();
      options.linkTemplate = template === '' || template === 'none' ? null : template;
    }
    const citations = this.getAttribute('citations');
    if (citations === 'off' || citations === 'false') options.citations = false;
    const imageTemplate = this.getAttribute('image-template');
    if (imageTemplate) options.imageTemplate = imageTemplate;
    const lang = this.getAttribute('lang');
    if (lang) options.lang = lang;
    const utcOffset = this.getAttribute('utc-offset');
    if (utcOffset) options.utcOffset = utcOffset;
    return options;
  }

  connectedCallback() {
    // A value set before the element was defined is an own property that
    // hides the accessor: take it over.
    if (Object.hasOwn(this, 'article')) {
      const value = this.article;
      delete this.article;
      this.#article = value;
    }
    if (!this.#content) this.#attach();
    // Moving the element around the page does not render it again.
    if (this.#dirty) this.#schedule();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#content) return;
    if (name === 'src') this.#fetched = null;
    this.#dirty = true;
    this.#schedule();
  }

  #attach() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#content = document.createElement('div');
    this.#content.className = 'vn-host__content';
    this.#error = document.createElement('div');
    this.#error.className = 'vn-host__error';
    this.#error.setAttribute('role', 'alert');
    this.#error.setAttribute('part', 'error');
    this.#slot = document.createElement('slot');
    root.replaceChildren(this.#content, this.#error, this.#slot);
    enhance(this.#content);
    // Constructed sheets apply at once, so adopt them as soon as they are
    // here, before anything is rendered into the shadow root.
    loadStyles().then((sheets) => {
      root.adoptedStyleSheets = sheets;
    });
  }

  /** Renders once per task, however many attributes changed in it. */
  #schedule() {
    if (this.#scheduled || !this.isConnected || !this.#content) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#update();
    });
  }

  async #update() {
    this.#dirty = false;
    const generation = ++this.#generation;
    const current = () => generation === this.#generation && this.isConnected;
    const served = this.querySelector(':scope > article.vn-article');
    const hasData = this.#article !== undefined || this.#dataScript() || this.hasAttribute('src');
    if (served && (this.#shown === null || !hasData)) {
      // Server-rendered: keep it on screen as it is, add behaviour only.
      if (this.#shown === 'server') return;
      if (this.#shown === 'client' && !hasData) return;
      this.#shown = 'server';
      enhance(this);
      this.#dispatchRender(served, [], 0, true);
      return;
    }
    if (!hasData) return;

    this.setAttribute('aria-busy', 'true');
    try {
      const [module, article] = await Promise.all([
        load().catch((cause) => {
          throw new ArticleFailure('module', String(cause?.message ?? cause), { cause });
        }),
        this.#articleData(),
        loadStyles(),
      ]);
      if (!current()) return;
      const started = performance.now();
      let report;
      try {
        report = module.renderArticle(this.#content, article, this.renderOptions);
      } catch (cause) {
        throw failureOf(cause);
      }
      const time = performance.now() - started;
      this.#shown = 'client';
      this.#error.replaceChildren();
      this.#slot.hidden = true;
      this.#dispatchRender(this.#content.firstElementChild, report.warnings, time, false);
    } catch (cause) {
      if (!current()) return;
      this.#showError(cause instanceof ArticleFailure ? cause : failureOf(cause));
    } finally {
      if (current()) this.removeAttribute('aria-busy');
    }
  }

  #dataScript() {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** The article: the property, the inline JSON, or the text at `src`. */
  async #articleData() {
    const given = this.#article !== undefined ? this.#article : this.#dataScript()?.textContent;
    if (given !== undefined) {
      // The page's own data outranks `src`: a request still on its way is
      // no longer wanted (one already answered keeps its text).
      this.#request?.abort();
      return given;
    }
    const url = new URL(this.getAttribute('src'), this.baseURI).href;
    // The same address again (another attribute changed) shares its request,
    // in flight or done.
    if (this.#fetched?.url === url) return this.#fetched.text;
    // A request for another address is no longer wanted: this render is
    // newer, and the older one drops whatever it would have brought.
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    const fetched = { url, text: fetchText(url, request.signal) };
    this.#fetched = fetched;
    // A failed request is asked again by the next render.
    fetched.text.catch(() => {
      if (this.#fetched === fetched) this.#fetched = null;
    });
    return fetched.text;
  }

  #dispatchRender(article, warnings, time, serverRendered) {
    for (const warning of warnings) console.warn(`vn-article: ${warning.message}`);
    const detail = {
      citations: article?.querySelectorAll('.vn-citations__back').length ?? 0,
      documents: article?.querySelectorAll('.vn-citations__item').length ?? 0,
      warnings,
      time,
      serverRendered,
    };
    this.dispatchEvent(new CustomEvent('vn-article-render', { detail, bubbles: true }));
  }

  /**
   * The error state: a readable message, the place in the data, the
   * technical details folded away, and the page's own fallback content
   * (whatever it put inside the element) on show again.
   */
  #showError(failure) {
    const words = ERROR_WORDS[(this.getAttribute('lang') || 'vi').startsWith('en') ? 'en' : 'vi'];
    const first = failure.problems.find((problem) => problem.severity === 'error') ?? failure.problems[0];
    const reason =
      failure.kind === 'fetch'
        ? words.fetch(failure.status)
        : failure.kind === 'network'
          ? words.network
          : failure.kind === 'module'
            ? words.module
            : failure.kind === 'options'
              ? words.options
              : first?.path
                ? words.field(first.path, first.line, first.column)
                : first?.line
                  ? words.syntax(first.line, first.column)
                  : words.other;

    const title = document.createElement('p');
    title.className = 'vn-host__error-title';
    title.textContent = words.title;
    const text = document.createElement('p');
    text.className = 'vn-host__error-reason';
    text.textContent = reason;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = words.details;
    const technical = document.createElement('pre');
    technical.textContent = failure.message;
    details.append(summary, technical);
    this.#error.replaceChildren(title, text, details);
    this.#content.replaceChildren();
    this.#slot.hidden = false;
    this.#shown = null;

    const detail = {
      message: `${words.title} ${reason}`,
      detail: failure.message,
      path: first?.path ?? null,
      line: first?.line ?? null,
      column: first?.column ?? null,
      status: failure.status ?? null,
      problems: failure.problems,
    };
    const event = new CustomEvent('vn-article-error', { detail, bubbles: true, cancelable: true });
    // Say it on the console too, unless the page handled it.
    if (this.dispatchEvent(event)) console.error(`vn-article: ${failure.message}`);
  }
}

/** What a thrown value from the module means for the reader. */
function failureOf(cause) {
  const message = String(cause?.message ?? cause);
  if (Array.isArray(cause?.problems)) {
    const kind = cause.problems.some((problem) => problem.message.startsWith('options')) ? 'options' : 'article';
    return new ArticleFailure(kind, message, { cause, problems: cause.problems });
  }
  // Anything else is a bug (a trap from a panic in the module, say): name it
  // for the console, as the browser would.
  const named = cause instanceof Error && cause.name !== 'Error' ? `${cause.name}: ${message}` : message;
  return new ArticleFailure('other', named, { cause });
}

if (globalThis.customElements && !customElements.get('vn-article')) {
  customElements.define('vn-article', VnArticleElement);
}
