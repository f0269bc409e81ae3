// The card module (the wasm and its wasm-bindgen glue), and every call into it: loading an
// instance, the page's limit on instances, recovering from a trap, and rendering a card's HTML.
// The rest of the runtime sees plain values only: options objects in, { html, ok, problems } out.
//
// If the module ever traps, the page keeps working: the cards it rendered stay as they are (plain
// HTML with the runtime's listeners), the caller whose call trapped shows an error card, and later
// cards get a fresh instance of the module.
import { takePreload, WASM_PRELOAD } from '../shared/protocol.js';
import { LOG } from './reporting.js';

/** Wasm instances a page may create: the first, then one after each trap. */
const MAX_INSTANCES = 4;

let glue; // the wasm-bindgen module of the live instance: render, renderError, MountOptions
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
 * Calls `fn(glue, mountOptions)` on the live instance and reads what it rendered as
 * { html, ok, problems }, freeing the module's objects. The module runs only inside such calls
 * (it renders HTML and keeps no scheduler or listeners of its own), so every trap comes through
 * here: it retires the instance and is rethrown.
 */
function rendering(options, fn) {
  const module = glue;
  let mountOptions;
  let rendered;
  try {
    const strings = options.strings && typeof options.strings === 'object' ? JSON.stringify(options.strings) : String(options.strings || '');
    mountOptions = new module.MountOptions(options.headingLevel, '', options.theme, options.variant, options.expanded, options.lang, strings);
    rendered = fn(module, mountOptions);
    return { html: rendered.html, ok: rendered.ok, problems: rendered.problems };
  } catch (error) {
    if (isTrap(error)) crashed(error);
    throw error;
  } finally {
    // A dead instance is never called again, not even by the glue's finalizers.
    for (const object of [mountOptions, rendered]) {
      if (glue === module) object?.free();
      else object?.__destroy_into_raw?.();
    }
  }
}

/** The card of `json` (text) with `options` (merged), or the error card listing its problems. */
export const renderCard = (json, options) => rendering(options, (module, mountOptions) => module.render(json, mountOptions));

/** The error card saying `message`, with a "Try again" button when `retry`. */
export const renderErrorCard = (message, options, retry) => rendering(options, (module, mountOptions) => module.renderError(message, mountOptions, retry));

/** The wasm's memory in bytes and the instances created so far, for tests. */
export function moduleStats() {
  return { wasmMemory: exports ? exports.memory.buffer.byteLength : 0, instances };
}
