// The card module (the wasm and its wasm-bindgen glue), and every call into it: loading an
// instance, the page's limit on instances, recovering from a trap, and rendering a card's HTML.
// The rest of the runtime sees plain values only: checked options in, { html, ok, problems } out.
//
// If the module ever traps, the page keeps working: the cards it rendered stay as they are (plain
// HTML with the runtime's listeners), the caller whose call trapped shows an error card, and later
// cards get a fresh instance of the module.
//
// The glue is the one wasm-bindgen writes, pkg/exec_summary.js, beside the runtime (scripts/build.sh
// keeps this import as written): imported when the first card needs the module, never by a page
// whose cards are all static. A literal import(), which bundlers follow (a chunk of its own).
import { takePreload, WASM_PRELOAD } from '../shared/protocol.js';
import { LOG } from './reporting.js';

/** Wasm instances a page may create: the first, then one after each trap. */
const MAX_INSTANCES = 4;

let glue; // the wasm-bindgen glue, once imported
let live = false; // whether the glue's instance may be called
let retired = false; // whether an instance trapped (the glue keeps the compiled module)
let exports; // the live instance's exports (memory)
let instances = 0; // wasm instances created so far
let loading;

/**
 * Instantiates the module: the first time from its download; after a trap, a fresh instance of
 * the module the glue compiled then (wasm-bindgen's reset, `--experimental-reset-state-function`
 * in scripts/build.sh), with memory of its own and nothing of the old one, which is left to be
 * garbage-collected. A module that keeps trapping is not instantiated forever: hence the limit.
 * A download that failed is tried again by the next card.
 */
async function instantiate() {
  if (instances >= MAX_INSTANCES) throw new Error('it stopped working too many times');
  let source;
  glue ??= await import('./exec_summary.js');
  if (retired) {
    glue.__wbg_reset_state();
  } else {
    // The loader started the download with the runtime's.
    source = { module_or_path: takePreload(WASM_PRELOAD) ?? fetch(new URL('./exec_summary_bg.wasm', import.meta.url)) };
    source.module_or_path.catch(() => {}); // a failure is the glue's to report
  }
  exports = await glue.default(source); // the live instance's exports, once it is there
  instances += 1;
  live = true;
}

/** Resolves once there is a live instance, loading the module (or a fresh instance) first. */
export function loadModule() {
  if (!loading) {
    const ready = instantiate();
    // A module that failed to load is tried again by the next card.
    ready.catch(() => {
      if (loading === ready) loading = null;
    });
    loading = ready;
  }
  return loading;
}

/** Whether `error` is the module trapping (its state is lost) rather than an ordinary failure. */
export const isTrap = (error) => error instanceof WebAssembly.RuntimeError;

/**
 * The live instance trapped: its state can no longer be trusted. Retires it without calling it
 * again; the next card loads a fresh instance.
 */
function crashed(error) {
  if (!live) return;
  live = false;
  retired = true;
  exports = null;
  loading = null;
  const next = instances < MAX_INSTANCES ? 'new cards use a fresh instance' : 'new cards get an error card';
  console.error(`${LOG} the card module stopped (${error.message}); ${next}`);
}

/**
 * Calls `fn()`, which calls the live instance: a plain { html, ok, problems } with the options'
 * `warnings` first. The module runs only inside such calls (it renders HTML and keeps no
 * scheduler or listeners of its own), so every trap comes through here: it retires the instance
 * and is rethrown. So does any other exception thrown through the module (a page's object whose
 * getter throws while it is read), as its memory may be left half-used.
 */
function rendering(warnings, fn) {
  try {
    const rendered = fn();
    return { html: rendered.html, ok: rendered.ok, problems: [...warnings, ...rendered.problems] };
  } catch (error) {
    crashed(error);
    throw error;
  }
}

/**
 * The card of `document` (JSON text, or the page's object, read as the same document) with the
 * checked `options` (runtime/options.js), or the error card listing its problems.
 */
export const renderCard = (document, { options, warnings }) => rendering(warnings, () => glue.renderCard(document, options, true));

/** The error card saying `message`, with a "Try again" button when `retry`. */
export const renderErrorCard = (message, { options, warnings }, retry) => rendering(warnings, () => glue.renderError(message, options, retry));

/** The wasm's memory in bytes and the instances created so far, for tests. */
export function moduleStats() {
  return { wasmMemory: exports ? exports.memory.buffer.byteLength : 0, instances };
}
