// The card module (the wasm and its wasm-bindgen glue), and every call into it: loading an
// instance, the page's limit on instances, recovering from a trap, and rendering a card's HTML.
// The rest of the runtime sees plain values only: checked options in, { html, ok, problems } out.
//
// If the module ever traps, the page keeps working: the cards it rendered stay as they are (plain
// HTML with the runtime's listeners), the caller whose call trapped shows an error card, and later
// cards get a fresh instance of the module.
import { takePreload, WASM_PRELOAD } from '../shared/protocol.js';
import { LOG } from './reporting.js';

/** Wasm instances a page may create: the first, then one after each trap. */
const MAX_INSTANCES = 4;

let glue; // the wasm-bindgen module of the live instance: renderCard, renderError
let exports; // that instance's exports (memory)
let instances = 0; // wasm instances created so far
let attempts = 0; // imports of the glue, each under its own URL
let loading;

/**
 * Imports the wasm-bindgen glue and instantiates the module. After a trap (or a failed load)
 * the glue is imported again under another URL: a new module record has its own `wasm`, so its
 * init function creates a fresh instance, with its own memory, from the same .wasm file (which
 * the browser has cached, compiled code and all). A retired instance is never freed (its glue
 * module stays in the page's module map), hence the limit.
 */
async function instantiate() {
  if (instances >= MAX_INSTANCES) throw new Error('it stopped working too many times');
  attempts += 1;
  // The module downloads while the glue loads (the glue would ask for it only once evaluated).
  const response = takePreload(WASM_PRELOAD) ?? fetch(new URL('./exec_summary_bg.wasm', import.meta.url));
  response.catch(() => {}); // a failure is the glue's to report
  const module = await import(new URL(attempts === 1 ? './exec_summary.js' : `./exec_summary.js?instance=${attempts}`, import.meta.url).href);
  exports = await module.default({ module_or_path: response });
  instances += 1;
  glue = module;
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
  if (!glue) return;
  glue = null;
  exports = null;
  loading = null;
  const next = instances < MAX_INSTANCES ? 'new cards use a fresh instance' : 'new cards get an error card';
  console.error(`${LOG} the card module stopped (${error.message}); ${next}`);
}

/**
 * Calls `fn(glue)` on the live instance: a plain { html, ok, problems } with the options'
 * `warnings` first. The module runs only inside such calls (it renders HTML and keeps no
 * scheduler or listeners of its own), so every trap comes through here: it retires the instance
 * and is rethrown. So does any other exception thrown through the module (a page's object whose
 * getter throws while it is read), as its memory may be left half-used.
 */
function rendering(warnings, fn) {
  try {
    const rendered = fn(glue);
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
export const renderCard = (document, { options, warnings }) => rendering(warnings, (module) => module.renderCard(document, options, true));

/** The error card saying `message`, with a "Try again" button when `retry`. */
export const renderErrorCard = (message, { options, warnings }, retry) => rendering(warnings, (module) => module.renderError(message, options, retry));

/** The wasm's memory in bytes and the instances created so far, for tests. */
export function moduleStats() {
  return { wasmMemory: exports ? exports.memory.buffer.byteLength : 0, instances };
}
