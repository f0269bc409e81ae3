// exec-summary runtime: loaded by exec-summary.js when the first card needs mounting, and
// bundled from runtime/ by scripts/build.sh.
//
// Owns everything a mounted card needs from JavaScript: the one wasm instance shared by every
// card, the stylesheet shared by every shadow root, fetching JSON (deduplicated, time- and
// size-limited), option merging, events, the URL fragment and console reporting. The wasm turns
// JSON into the card's HTML (Yew's server renderer, as in `exec-summary render`); the runtime
// inserts it and makes it interactive the way it upgrades a statically rendered card in place,
// which needs none of the wasm.
import { cards } from './runtime/card-registry.js';
import { destroy, mount, update, useConfig } from './runtime/card-lifecycle.js';
import { openFromHash } from './runtime/fragment.js';
import { locateStylesheet } from './runtime/stylesheet.js';
import { moduleStats } from './runtime/wasm-module.js';

/** Counters for tests (ExecSummary.__stats with ExecSummaryConfig.debug, or imported by them). */
export function stats() {
  return { ...moduleStats(), cards: cards.size };
}

/**
 * Creates the page's runtime (the loader does, once) for the page's `config`. The wasm module and
 * the stylesheet, beside this file (or wherever a bundler emitted them: it rewrites the literal
 * `new URL`), are fetched on the first card that needs them.
 */
export async function createRuntime(config = {}) {
  locateStylesheet(new URL('./exec-summary.css', import.meta.url).href);
  useConfig(config);
  addEventListener('hashchange', () => openFromHash());
  return { mount, update, destroy, stats };
}
