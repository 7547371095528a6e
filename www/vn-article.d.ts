// Types of the vn-article host module (vn-article.js): its functions, the
// <vn-article> element and its events. The option and result types are the
// wasm module's own (pkg/vn_article.d.ts, generated from the Rust crate).
import type {
  Citation,
  NormalizedText,
  NormalizeOptions,
  Problem,
  RenderOptions,
  RenderReport,
} from './pkg/vn_article.js';

export type {
  ArticleError,
  Citation,
  NormalizedText,
  NormalizeOptions,
  Problem,
  RenderOptions,
  RenderReport,
  TextChange,
} from './pkg/vn_article.js';

/** Article JSON as an object (see article.schema.json), or its text. */
export type ArticleInput = object | string;

/** Loads and instantiates the WebAssembly module; every call shares the one instance. */
export function load(): Promise<typeof import('./pkg/vn_article.js')>;

/**
 * Renders an article into `element`, replacing its children, and adds the
 * behaviour `enhance` adds. Rejects with an `ArticleError` listing every
 * problem when nothing can be rendered; `element` is then left as it was.
 */
export function renderArticle(element: Element, article: ArticleInput, options?: RenderOptions): Promise<RenderReport>;

/** The HTML text `renderArticle` would build: the same bytes as `vn-article render`. */
export function renderToString(article: ArticleInput, options?: RenderOptions): Promise<string>;

/** Every problem with an article, as `vn-article check` lists them; empty when it is valid. */
export function checkArticle(article: ArticleInput): Promise<Problem[]>;

/**
 * Vietnamese text as readers should see it: composition, tone marks, typography, legacy encodings.
 * Half of a surrogate pair alone in `text` (a string cut inside an emoji by `slice`) comes back as
 * U+FFFD; `normalizeTextWithChanges` says where, as a change of kind `lone-surrogate`.
 */
export function normalizeText(text: string, options?: NormalizeOptions): Promise<string>;

/** The normalised text and each change, with UTF-16 offsets into `text`. */
export function normalizeTextWithChanges(text: string, options?: NormalizeOptions): Promise<NormalizedText>;

/** Every document `text` cites, in order, with UTF-16 offsets. */
export function findCitations(text: string): Promise<Citation[]>;

/**
 * Adds behaviour to articles under `root` (rendered here or on a server):
 * figures open at full size, and back-links work inside shadow roots.
 * Safe to call more than once.
 */
export function enhance(root: Element | DocumentFragment): void;

/** `detail` of the `vn-article-render` event. */
export interface VnArticleRenderDetail {
  /** Mentions of cited documents highlighted in the article. */
  citations: number;
  /** Distinct documents in the list at its end. */
  documents: number;
  /** Blocks skipped and fields ignored, in document order. */
  warnings: Problem[];
  /** Milliseconds spent reading, normalising and rendering (0 when server-rendered). */
  time: number;
  /** True when server-rendered markup was kept and only enhanced. */
  serverRendered: boolean;
}

/** `detail` of the `vn-article-error` event. */
export interface VnArticleErrorDetail {
  /** What the error state says, in the element's language (Vietnamese by default). */
  message: string;
  /** The technical message: the URL and HTTP status, or every problem with its place. */
  detail: string;
  /** JSON path of the first problem in the article data, if it has one. */
  path: string | null;
  /** Where malformed JSON stops being readable (1-based). */
  line: number | null;
  column: number | null;
  /** HTTP status when fetching `src` failed. */
  status: number | null;
  /** Every problem the article data has. */
  problems: Problem[];
}

/**
 * `<vn-article>`: renders an article from the `article` property, a child
 * `<script type="application/json">`, or the JSON at `src`, in that order.
 *
 * Attributes: `src`, `tone-style` (auto | traditional | modern | keep),
 * `link-template` (a URL with `{document}`…, or `none`), `citations="off"`,
 * `image-template`, `lang`; changing one renders again. `hidden` hides it.
 */
export class VnArticleElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The article (an object or its JSON text); takes precedence over `src`. */
  article: ArticleInput | undefined;
  /** The URL of the article JSON (the `src` attribute). */
  src: string;
  /** The rendering options the attributes ask for. */
  readonly renderOptions: RenderOptions;
}

declare global {
  interface HTMLElementTagNameMap {
    'vn-article': VnArticleElement;
  }
  interface HTMLElementEventMap {
    'vn-article-render': CustomEvent<VnArticleRenderDetail>;
    'vn-article-error': CustomEvent<VnArticleErrorDetail>;
  }
}
