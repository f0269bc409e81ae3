// What the loader (exec-summary.js) and the runtime (exec-summary-runtime.js) agree on, bundled
// into both: the keys of what one leaves on window and on hosts for the other, and where a host's
// summary comes from. The keys are Symbol.for keys because the two are separate scripts.

/** window[PRELOAD]: the downloads the loader started for the first card, each taken once by the runtime. */
export const PRELOAD = Symbol.for('exec-summary:preload');
/** host[RESERVE]: the height kept on the host (its min-height) while its card loads, or ''. */
export const RESERVE = Symbol.for('exec-summary:reserve');
/** host[AWAY]: the host was out of view when the loader last saw it. */
export const AWAY = Symbol.for('exec-summary:away');

/** window[PRELOAD] key of the wasm module's response. */
export const WASM_PRELOAD = 'wasm';
/** window[PRELOAD] key of the stylesheet's response. */
export const CSS_PRELOAD = 'css';
/**
 * How the stylesheet is fetched, by the loader's preload and the runtime alike: asking for CSS, as a
 * <link> does. Vite's dev server answers a .css request that does not ask so with a JavaScript
 * module (its hot-reloading wrapper), which parses as an empty stylesheet: an unstyled card.
 */
export const STYLESHEET_REQUEST = { headers: { Accept: 'text/css' } };
/** window[PRELOAD] key of the summary at `url` (absolute): { abort: AbortController, response }. */
export const jsonPreload = (url) => 'json ' + url;

/** The download the loader started under `key`, if it did and nothing took it yet. */
export function takePreload(key) {
  const started = globalThis[PRELOAD];
  const taken = started && started[key];
  if (taken) started[key] = null;
  return taken;
}

/** The sessionStorage key of the height a card from `src` had at `width` pixels. */
export const storageKey = (width, src) => 'exec-summary:' + width + ':' + src;

/**
 * The summary URL a host names, as the page wrote it: its data-src, else the src of an
 * <exec-summary> element (src on any other element is that element's own); null when none.
 */
export function sourceOf(host) {
  return host.getAttribute('data-src') || (host.localName === 'exec-summary' && host.getAttribute('src')) || null;
}
