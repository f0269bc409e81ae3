// Types of exec-summary's browser entry (pkg/exec-summary.js, the loader). Including it, as a
// classic script or a module, mounts every card host on the page and defines the global
// `ExecSummary` and the <exec-summary> element; `tests/types/usage.ts` checks these types with
// `tsc --strict` against every API, option and event.

// BEGIN generated from src/options.rs by tests/generated_assets.rs
/** The card's options, as `window.ExecSummaryConfig`, `ExecSummary.render` options and host attributes take them. */
export interface ExecSummaryCardOptions {
  /** Heading level of the card's title, 2 to 6; its sub-headings follow one and two levels below. Attribute: `heading-level`. Default 2. */
  headingLevel?: number | string;
  /** Prefix of the card's own element ids, unique on the page; none: derived from the title. Attribute: `id-prefix`. */
  idPrefix?: string;
  /** Built-in theme, set as the card's data-theme (none: the stylesheet's light default). Attribute: `theme`. */
  theme?: 'light' | 'dark' | 'auto' | 'sepia' | 'high-contrast' | '';
  /** Layout variant, set as the card's data-variant (compact suits sidebars). Attribute: `variant`. */
  variant?: 'compact' | '';
  /** Opens (all) or closes (none) every section at first, over each section's own expanded. Attribute: `expanded`. */
  expanded?: 'all' | 'none' | '';
  /** Language of the card's own words (labels, announcements, dates), as a BCP 47 tag; none: the document's. Attribute: `lang`. */
  lang?: string;
  /** Replacements for any of the card's own words, by name, e.g. {"expandAll": "Show all"}. Attribute: `strings`. */
  strings?: ExecSummaryStrings | string;
  /** How long to wait for the document's URL, in milliseconds. Attribute: `timeout`. Default 10000. */
  timeout?: number | string;
}

/** Options of static renders only: the `render` of `exec-summary/server`. */
export interface ExecSummaryStaticOptions {
  /** Wraps the card in a host that embeds the document, which the browser bundle upgrades in place. Command line: `--embed-data`. */
  embedData?: boolean;
  /** Wraps the card in a host that points at the document's URL, which the browser bundle upgrades in place. Command line: `--data-src`. */
  dataSrc?: string;
}

/** The card's options as the card module (`exec_summary.js`) takes them: checked first, so each holds a value it takes (absent: its default). */
export interface ExecSummaryCheckedOptions {
  headingLevel?: number;
  idPrefix?: string;
  theme?: 'light' | 'dark' | 'auto' | 'sepia' | 'high-contrast' | '';
  variant?: 'compact' | '';
  expanded?: 'all' | 'none' | '';
  lang?: string;
  strings?: ExecSummaryStrings;
}

/** The names of the card's own words that `strings` replaces. */
export type ExecSummaryStringName = 'summaryHeading' | 'expandAll' | 'collapseAll' | 'allExpanded' | 'allCollapsed' | 'authors' | 'source' | 'errorTitle' | 'errorIntro' | 'errorMore' | 'retry';

/** Replacements for any of the card's own words, by name. */
export type ExecSummaryStrings = Partial<Record<ExecSummaryStringName, string>>;
// END generated

/** `ExecSummary.render` options: the card's options, over the host's attributes and the page's config. */
export type ExecSummaryOptions = ExecSummaryCardOptions;

/** `window.ExecSummaryConfig`, read once when the loader runs: card options for every card, and the loader's own. */
export interface ExecSummaryConfig extends ExecSummaryCardOptions {
  /** URL of the pkg/ directory, when the loader cannot tell it from its own script tag (a bundle, a combined file). */
  base?: string;
  /** `eager` mounts every card at once; default `lazy` (when near the viewport). Attribute: `loading`. */
  loading?: 'lazy' | 'eager';
  /** How near the viewport a lazy card mounts (IntersectionObserver rootMargin). Default `100% 0px`. */
  rootMargin?: string;
  /** `false`: do not watch the page for added and removed hosts (call scan() and destroy()). */
  observe?: boolean;
  /** Tests only: adds `ExecSummary.__stats()` (wasm memory, mounted cards, wasm instances). */
  debug?: boolean;
}

/** One problem with a document, its options or its source. */
export interface ExecSummaryProblem {
  /** JSON path (`sections[1].items[2]`, `(root)`), `options.<name>`, or '' for the source (a failed download). */
  path: string;
  /** What is wrong, in words a publisher understands. */
  message: string;
  /** `error`: the card could not be shown; `warning`: it was shown anyway. */
  severity: 'error' | 'warning';
}

/** What ExecSummary.render returns. */
export interface ExecSummaryHandle {
  readonly element: Element;
  /** Resolves with the element once it shows its card or its error card (never rejects). */
  readonly ready: Promise<Element>;
  /** Shows new data (an object, JSON text or a URL), keeping the reader's open sections and focus. */
  update(data: object | string): Promise<unknown>;
  /** Unmounts the card; the element is left empty. */
  destroy(): void;
}

/** The global `ExecSummary`. */
export interface ExecSummaryApi {
  readonly version: string;
  /** Renders `data` (an object, JSON text or a URL; none: the element's own data-src) into `element`. */
  render(element: Element, data?: object | string, options?: ExecSummaryOptions): ExecSummaryHandle;
  /** Mounts every host under `root` (default: the document) not mounted yet, lazily unless eager. */
  scan(root?: ParentNode): void;
  /** Unmounts the card in `host`; a later scan() may mount it again. */
  destroy(host: Element): void;
  /** Tests only, with `ExecSummaryConfig.debug`. */
  __stats?(): Promise<{ wasmMemory: number; cards: number; instances: number }>;
}

/** `exec-summary:ready`: the card shows; its warnings (document and options), and whether it was a static card upgraded in place. */
export interface ExecSummaryReadyDetail { warnings: ExecSummaryProblem[]; upgraded?: true }
/** `exec-summary:toggle`: a section was opened or closed. */
export interface ExecSummaryToggleDetail { section: string; expanded: boolean }
/** `exec-summary:error`: the error card shows, listing these problems. */
export interface ExecSummaryErrorDetail { problems: ExecSummaryProblem[] }

interface ExecSummaryEvents {
  'exec-summary:ready': CustomEvent<ExecSummaryReadyDetail>;
  'exec-summary:toggle': CustomEvent<ExecSummaryToggleDetail>;
  'exec-summary:error': CustomEvent<ExecSummaryErrorDetail>;
}

declare global {
  /** The loader's API, once exec-summary.js ran. */
  var ExecSummary: ExecSummaryApi;
  /** Set before the loader runs. */
  var ExecSummaryConfig: ExecSummaryConfig | undefined;
  interface HTMLElementTagNameMap {
    'exec-summary': HTMLElement;
  }
  interface HTMLElementEventMap extends ExecSummaryEvents {}
  interface DocumentEventMap extends ExecSummaryEvents {}
  interface WindowEventMap extends ExecSummaryEvents {}
}
