// exec-summary loader: finds card hosts on the page, fetches their JSON and mounts the wasm card.
//
//   <script type="module" src="pkg/exec-summary.js"></script>
//   <div class="exec-summary" data-src="summary.json"></div>
//
// Page discovery, fetching and console reporting live here rather than in Rust so the wasm module
// carries no fetch or DOM-query bindings. Nothing in this file may throw into the host page.

import init, { mount, mountError } from './exec_summary.js';

const LOG = 'exec-summary:';
const MAX_BYTES = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10000;
const STATE = 'esState';

let wasmReady;
let nextId = 0;

/** Starts (once) and returns the wasm module's initialisation. */
function loadWasm() {
  wasmReady ??= init({ module_or_path: new URL('exec_summary_bg.wasm', import.meta.url) });
  return wasmReady;
}

/** Reads a response body as text, refusing bodies over the contract's 1 MiB limit while streaming. */
async function readCapped(response) {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) throw new Error(`the summary is ${declared} bytes, the limit is 1 MiB`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      reader.cancel();
      throw new Error('the summary is larger than the 1 MiB limit');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Fetches the JSON text at `url`, turning every failure into a sentence for the error card. */
async function fetchSummary(url, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`could not load ${url}: HTTP ${response.status} ${response.statusText}`.trim());
    }
    return await readCapped(response);
  } catch (error) {
    if (error.name === 'AbortError') {
      throw new Error(`could not load ${url}: no answer within ${timeoutMs / 1000} s`);
    }
    if (error instanceof TypeError) {
      throw new Error(`could not load ${url}: network error or blocked by CORS`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Opens and scrolls to the section named by the URL fragment, if it is in `root`. */
function openFromHash(root) {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const section = root.querySelector(`details[id="${CSS.escape(id)}"]`);
  if (!section) return;
  section.open = true;
  section.scrollIntoView({ block: 'start' });
}

function report(host, src, handle) {
  for (const problem of handle.problems) {
    const line = `${LOG} ${src || 'card'}: ${problem}`;
    if (handle.ok) console.warn(line);
    else console.error(line);
  }
}

/** Mounts one host element; safe to call twice (a host is only ever mounted once). */
async function mountHost(host) {
  if (host.dataset[STATE]) return;
  host.dataset[STATE] = 'loading';
  host.setAttribute('aria-busy', 'true');
  const src = host.dataset.src;
  const level = Number(host.dataset.headingLevel) || 2;
  let json;
  let failure;
  if (!src) {
    failure = 'no data: add data-src="…" with the URL of a summary JSON file';
  } else {
    try {
      const timeout = Number(host.dataset.timeout) || DEFAULT_TIMEOUT_MS;
      json = await fetchSummary(new URL(src, document.baseURI).href, timeout);
    } catch (error) {
      failure = error.message;
    }
  }
  try {
    await loadWasm();
  } catch (error) {
    console.error(`${LOG} could not start the widget`, error);
    host.dataset[STATE] = 'error';
    host.removeAttribute('aria-busy');
    return;
  }
  const handle = failure === undefined
    ? mount(host, json, level, `es${++nextId}-`)
    : mountError(host, failure);
  report(host, src, handle);
  host.dataset[STATE] = handle.ok ? 'ready' : 'error';
  host.removeAttribute('aria-busy');
  if (handle.ok) {
    // Yew renders on its scheduler: wait a frame so the sections exist before looking.
    requestAnimationFrame(() => openFromHash(host));
  }
}

/** Links the card stylesheet once, unless the page already links it (or a copy of it). */
function linkStylesheet() {
  const href = new URL('exec-summary.css', import.meta.url).href;
  const links = document.querySelectorAll('link[rel~="stylesheet"]');
  if (Array.from(links).some((link) => link.href === href || link.dataset.execSummary !== undefined)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.execSummary = '';
  document.head.append(link);
}

/** Mounts every card host under `root` that is not mounted yet. */
export function scan(root = document) {
  const hosts = root.querySelectorAll('.exec-summary');
  return Promise.all(Array.from(hosts, (host) => mountHost(host).catch((error) => {
    console.error(`${LOG} unexpected failure`, error);
  })));
}

addEventListener('hashchange', () => openFromHash(document));

linkStylesheet();
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => scan(), { once: true });
} else {
  scan();
}
