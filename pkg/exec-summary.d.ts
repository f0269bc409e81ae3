// Types of the exec-summary loader (pkg/exec-summary.js). Including the script, as a classic
// script or a module, mounts every card host on the page and defines window.ExecSummary and the
// <exec-summary> element; it exports nothing itself.

/** Card options; merge order: defaults < window.ExecSummaryConfig < host attributes < these. */
export interface ExecSummaryOptions {
  /** Heading level of the card title, 2–6 (sub-headings follow). Attribute: heading-level. Default 2. */
  headingLevel?: number;
  /** `light`, `dark`, `auto`, `sepia` or `high-contrast`. Attribute: theme. */
  theme?: string;
  /** `compact` for sidebars. Attribute: variant. */
  variant?: string;
  /** `all` or `none` overrides each section's `expanded`; anything else keeps the JSON's. */
  expanded?: 'all' | 'none' | '';
  /** BCP 47 language tag overriding the document's `lang`. */
  lang?: string;
  /** Fetch timeout in milliseconds. Default 10000. */
  timeout?: number;
}

/** window.ExecSummaryConfig, read once when the loader runs. */
export interface ExecSummaryConfig extends ExecSummaryOptions {
  /** URL of the pkg/ directory, when the loader cannot tell from its own script tag. */
  base?: string;
  /** `eager` mounts every card at once; default `lazy` (when near the viewport). */
  loading?: 'lazy' | 'eager';
  /** How near the viewport a lazy card mounts (IntersectionObserver rootMargin). Default `800px 0px`. */
  rootMargin?: string;
  /** `false`: do not watch the page for added and removed hosts (call scan() and destroy()). */
  observe?: boolean;
  /** Tests only: adds `ExecSummary.__stats()` (wasm memory, mounted cards, wasm instances). */
  debug?: boolean;
}

/** What ExecSummary.render returns. */
export interface ExecSummaryHandle {
  readonly element: Element;
  /** Resolves with the element once it shows its card or its error card (never rejects). */
  readonly ready: Promise<Element>;
  /** Shows new data (object, JSON text or URL), keeping the reader's open sections. */
  update(data: unknown): Promise<unknown>;
  /** Unmounts the card; the element is left empty. */
  destroy(): void;
}

export interface ExecSummaryApi {
  readonly version: string;
  /** Renders `data` (an object, JSON text or a URL; undefined: the element's own data-src) into `element`. */
  render(element: Element, data?: unknown, options?: ExecSummaryOptions): ExecSummaryHandle;
  /** Mounts every host under `root` (default: the document) not mounted yet, lazily unless eager. */
  scan(root?: ParentNode): void;
  /** Unmounts the card in `host`; a later scan() may mount it again. */
  destroy(host: Element): void;
}

export interface ExecSummaryReadyDetail { warnings: string[] }
export interface ExecSummaryToggleDetail { section: string; expanded: boolean }
export interface ExecSummaryErrorDetail { problems: string[] }

declare global {
  interface Window {
    ExecSummary: ExecSummaryApi;
    ExecSummaryConfig?: ExecSummaryConfig;
  }
  interface HTMLElementTagNameMap {
    'exec-summary': HTMLElement;
  }
  interface HTMLElementEventMap {
    'exec-summary:ready': CustomEvent<ExecSummaryReadyDetail>;
    'exec-summary:toggle': CustomEvent<ExecSummaryToggleDetail>;
    'exec-summary:error': CustomEvent<ExecSummaryErrorDetail>;
  }
  interface DocumentEventMap {
    'exec-summary:ready': CustomEvent<ExecSummaryReadyDetail>;
    'exec-summary:toggle': CustomEvent<ExecSummaryToggleDetail>;
    'exec-summary:error': CustomEvent<ExecSummaryErrorDetail>;
  }
}
