// The loader: finds card hosts, watches the page, and loads the runtime when a card nears the
// viewport. Must stay ~2 KB brotli and never throw into the page. Options: ExecSummaryConfig <
// host attributes < render() options. Two entries start it, each knowing where the rest of the
// bundle is: exec-summary.js (a script tag: beside its own URL) and exec-summary.module.js (an
// ES module, for bundlers: the literal import() and new URL() they follow).
import {
  AWAY, CSS_PRELOAD, jsonPreload, PRELOAD, RESERVE, sourceOf, storageKey, STYLESHEET_REQUEST, WASM_PRELOAD,
} from '../shared/protocol.js';
import { emit } from '../shared/events.js';
import { ATTRIBUTES } from '../generated/options.js';
import { HOST, STATIC_HOST } from '../generated/hooks.js';

const STATE = 'data-es-state';
const INLINE = `script.${HOST}[type="application/json"]`;
const HOSTS = `.${HOST}:not(script),exec-summary`;
const hosts = new WeakMap(); // host → options; a known host is never mounted twice
const inline = new WeakMap(); // JSON script → the host made for it
const noop = () => {};
// Read when the module is evaluated, as the script tag always did; `globalThis`, which a server's
// render of an app's pages also has (it imports the module but never starts the loader).
const w = globalThis;
const d = w.document;
const config = w.ExecSummaryConfig || {};
let reserving = [];
let where; // where the rest of the bundle is: see startLoader
let runtime;
let lazy;

const warn = (error) => console.error('exec-summary:', error);

function loadRuntime() {
  if (!runtime) {
    runtime = where.runtime().then((module) => module.createRuntime(config));
    runtime.catch(() => { runtime = null; });
  }
  return runtime;
}

// The first card that needs the wasm starts its downloads (and its JSON's) beside the
// runtime's, not after it: one round trip less. Static cards (upgraded without wasm) start none.
function preload(host) {
  const options = hosts.get(host);
  if (w[PRELOAD] || (host.hasAttribute(STATIC_HOST) && !options.data)) return;
  const fetched = (url, init) => {
    const response = fetch(url, init);
    response.catch(noop);
    return response;
  };
  const started = w[PRELOAD] = { [WASM_PRELOAD]: fetched(where.wasm), [CSS_PRELOAD]: fetched(where.css, STYLESHEET_REQUEST) };
  where.glue().catch(noop);
  // The card's JSON too, as the runtime would ask for it (see its fetchText), which takes it
  // with its abort controller by URL.
  let src = sourceOf(host);
  if (src && options.data === undefined && !options.inline && !host.querySelector(':scope>script')) {
    try {
      src = new URL(src, d.baseURI).href;
    } catch {
      return; // not a URL: the runtime says so on the card
    }
    const abort = new AbortController();
    started[jsonPreload(src)] = { abort, response: fetched(src, { signal: abort.signal, credentials: 'same-origin' }) };
  }
}

function start(host) {
  guard(preload)(host);
  const pending = loadRuntime().then((rt) => {
    if (hosts.has(host)) return rt.mount(host, hosts.get(host));
  });
  pending.catch((error) => {
    warn(error);
    if (!hosts.has(host)) return;
    host.setAttribute(STATE, 'error');
    emit(host, 'error', { problems: [{ path: '', message: String(error), severity: 'error' }] });
  });
  return pending;
}

// Keeps room for cards while they load, so the page does not jump when they show: the host's
// data-height, else this card's height at this width earlier in the session (stored by the
// runtime). No blind default: a guess pushes later hosts out of the lazy-mount range and shifts
// the page anyway when the card turns out shorter.
// Hosts the page sized itself, or with content (static cards), are left alone. All hosts found
// in one task are measured first and then sized, so the page is laid out once.
function reserve() {
  const list = reserving;
  reserving = [];
  list.map((host) => {
    // Content first: a page of static cards is then never styled (nor laid out) from here.
    if (host.querySelector(':scope>:not(script)')) return 0;
    // An eager card mounted out of view is not laid out until it nears the viewport (see the runtime).
    const rect = host.getBoundingClientRect();
    host[AWAY] = rect.top >= w.innerHeight || rect.bottom <= 0;
    const style = getComputedStyle(host);
    if (style.display === 'inline' || parseFloat(style.minHeight) > 0) return 0;
    const src = sourceOf(host);
    let height = +host.getAttribute('data-height');
    try {
      height = height || (src && +sessionStorage.getItem(storageKey(host.clientWidth, src)));
    } catch {} // storage blocked
    return height;
  }).forEach((height, i) => {
    if (height) {
      list[i][RESERVE] = height;
      list[i].style.minHeight = height + 'px';
    }
  });
}

function adopt(host, options) {
  if (hosts.has(host)) return;
  hosts.set(host, options || {});
  host.setAttribute(STATE, 'waiting');
  if (reserving.push(host) === 1) queueMicrotask(guard(reserve));
  const loading = host.getAttribute('data-loading') || host.getAttribute('loading') || config.loading;
  if (lazy && loading !== 'eager') lazy.observe(host);
  else start(host);
}

function each(root, selector, fn) {
  if (root.matches && root.matches(selector)) fn(root);
  root.querySelectorAll(selector).forEach(fn);
}

function scan(root) {
  root = root || d;
  each(root, INLINE, (script) => {
    // JSON inside a host is that host's data
    if (inline.has(script) || (script.parentElement && script.parentElement.closest(HOSTS))) return;
    const host = d.createElement('div');
    host.className = 'exec-summary-inline';
    for (const attr of script.attributes) {
      if (!attr.name.indexOf('data-')) host.setAttribute(attr.name, attr.value);
    }
    inline.set(script, host);
    script.before(host);
    adopt(host, { inline: script });
  });
  each(root, HOSTS, (host) => adopt(host));
}

function destroy(host) {
  if (lazy) lazy.unobserve(host);
  if (!hosts.has(host)) return;
  hosts.delete(host);
  host.removeAttribute(STATE);
  if (host[RESERVE]) host.style.minHeight = host[RESERVE] = '';
  if (runtime) runtime.then((rt) => { if (!hosts.has(host)) rt.destroy(host); }, noop);
}

// Hosts that left the document, and the cards of JSON scripts taken out.
function removed(node) {
  each(node, '[' + STATE + '],' + INLINE, (el) => {
    if (el.isConnected) return; // moved
    const made = inline.get(el);
    if (made) {
      inline.delete(el);
      made.remove();
      el = made;
    }
    destroy(el);
  });
}

function render(element, data, options) {
  destroy(element);
  const own = Object.assign({}, options, { data });
  hosts.set(element, own);
  const done = () => element;
  const live = () => hosts.get(element) === own;
  return {
    element,
    ready: start(element).then(done, done),
    update(next) {
      if (!live()) return Promise.resolve();
      own.data = next;
      return loadRuntime().then((rt) => live() && rt.update(element, next));
    },
    destroy() { if (live()) destroy(element); },
  };
}

/** `fn`, reporting what it throws to the console instead of throwing into the page. */
function guard(fn) {
  return function () {
    try {
      return fn.apply(this, arguments);
    } catch (error) {
      warn(error);
    }
  };
}

function init(locate) {
  where = locate(config);
  if ('IntersectionObserver' in w) {
    lazy = new IntersectionObserver(guard((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        lazy.unobserve(entry.target);
        // Mounted just ahead of the reader, it is laid out at once: each card left skipped
        // adds to the browser's work at every frame of a long page.
        entry.target[AWAY] = false;
        if (hosts.has(entry.target)) start(entry.target);
      }
    }), { rootMargin: config.rootMargin || '100% 0px' });
  }

  if (w.customElements && !customElements.get('exec-summary')) {
    customElements.define('exec-summary', class extends HTMLElement {
      // Every option is live, as src is.
      static get observedAttributes() {
        return ['src', ...ATTRIBUTES];
      }
      connectedCallback() { guard(adopt)(this); }
      disconnectedCallback() {
        queueMicrotask(() => { if (!this.isConnected) destroy(this); });
      }
      attributeChangedCallback(name, before, after) {
        const state = this.getAttribute(STATE);
        if (before !== after && hosts.has(this) && state && state !== 'waiting') start(this);
      }
    });
  }

  w.ExecSummary = { version: '0.1.0', render: guard(render), scan: guard(scan), destroy: guard(destroy) };
  // Test-only: resolves to the runtime's counters (wasm memory, cards, instances).
  if (config.debug) w.ExecSummary.__stats = () => loadRuntime().then((rt) => rt.stats());

  const boot = guard(() => {
    scan(d);
    if (config.observe === false || !w.MutationObserver) return;
    new MutationObserver(guard((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) if (node.nodeType === 1) removed(node);
        for (const node of record.addedNodes) if (node.nodeType === 1 && node.isConnected) scan(node);
      }
    })).observe(d.documentElement, { childList: true, subtree: true });
  });
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', boot, { once: true });
  else boot();
}

/**
 * Starts the loader on this page, unless a copy of it already runs (the script included twice, or
 * the script tag beside the module): the first one runs. Returns the page's ExecSummary API.
 *
 * `locate(config)`, called once as it starts, says where the rest of the bundle is: `runtime()`
 * and `glue()` import the runtime and the wasm-bindgen glue, `wasm` and `css` are the URLs of the
 * module and the stylesheet (the first card that needs the wasm starts all four at once, with its
 * JSON).
 */
export function startLoader(locate) {
  if (!(w.ExecSummary && w.ExecSummary.version)) guard(init)(locate);
  return w.ExecSummary;
}
