// Rendering without a browser, from the card module the browser runs: what exec-summary/server's
// render and validate do once the module is instantiated (index.js in Node, portable.js where
// the caller hands the module over). The card's HTML is the module's; the static marker around
// it is written here (static-card.js), as the command line writes it.
import { resolveStaticOptions } from './options.js';
import { staticCard } from './static-card.js';
import { describeThrown } from './thrown.js';

/**
 * A document's JSON text to embed, as the module read it: text with any lone surrogate as U+FFFD
 * (the module reads text as UTF-8), an object as JSON.stringify writes it (a BigInt left out, not
 * refused).
 */
const jsonText = (document) => (typeof document === 'string'
  ? document.toWellFormed()
  : JSON.stringify(document, (key, value) => (typeof value === 'bigint' ? undefined : value)));

/**
 * `render` and `validate` over an instantiated card module: its wasm-bindgen glue's `renderCard`
 * and `validate`, and `reset`, which gives it a fresh instance. Neither ever throws: a document
 * that is not valid, or that cannot be read as JSON, is `ok: false` with its problems.
 */
export function cardRenderer({ renderCard, validate, reset }) {
  let stale = false; // whether an instance threw and no fresh one could be made then

  /** Calls `fn` on a live instance: a fresh one if the last could not be replaced at once. */
  function calling(fn) {
    if (stale) {
      reset();
      stale = false;
    }
    return fn();
  }

  /**
   * The module threw (it trapped, or an object's getter or proxy threw while it was read): its
   * memory can no longer be trusted, so it is replaced by a fresh instance. This call is a problem.
   */
  function failed(error, warnings) {
    try {
      reset();
    } catch {
      stale = true; // tried again by the next call
    }
    const message = error instanceof WebAssembly.RuntimeError
      ? `the card module stopped (${error.message}); the next render uses a fresh instance`
      : `the document could not be read: ${describeThrown(error)}`;
    return { ok: false, problems: [...warnings, { path: '', message, severity: 'error' }] };
  }

  /**
   * The card of `document` (JSON text, or an object read as the JSON it would be) with `options`:
   * `{ html, ok, problems }`, the HTML and the problems `exec-summary render` prints with the same
   * flags (no HTML for an invalid document), after a warning for each option it could not use.
   */
  function render(document, options) {
    const { options: card, marker, warnings } = resolveStaticOptions(options);
    let rendered;
    try {
      rendered = calling(() => renderCard(document, card, marker !== null));
    } catch (error) {
      return { html: '', ...failed(error, warnings) };
    }
    const problems = [...warnings, ...rendered.problems];
    if (!rendered.ok) return { html: '', ok: false, problems };
    const html = marker ? staticCard(rendered.html, card, marker.dataSrc ? marker : { text: jsonText(document) }) : rendered.html;
    return { html: `${html}\n`, ok: true, problems };
  }

  /** `{ ok, problems }`: the problems `exec-summary validate` prints for `document`. */
  function check(document) {
    try {
      return calling(() => validate(document));
    } catch (error) {
      return failed(error, []);
    }
  }

  return { render, validate: check };
}
