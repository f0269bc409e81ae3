// exec-summary runtime: loaded by exec-summary.js when the first card needs mounting.
//
// Owns everything a mounted card needs from JavaScript: the one wasm instance shared by every
// card, the stylesheet shared by every shadow root, fetching JSON (deduplicated, time- and
// size-limited), option merging, events, the URL fragment and console reporting. The wasm turns
// JSON into the card's HTML (Yew's server renderer, as in `exec-summary render`); the runtime
// inserts it and makes it interactive the way it upgrades a statically rendered card in place,
// which needs none of the wasm.
//
// If the wasm module ever traps, the page keeps working: the cards it rendered stay as they are
// (plain HTML with the runtime's listeners), the card being rendered gets an error card, and
// later cards get a fresh instance of the module.

const LOG = 'exec-summary:';
const MAX_BYTES = 1024 * 1024;
const MAX_CACHED = 64;
/** Wasm instances a page may create: the first, then one after each trap. */
const MAX_INSTANCES = 4;
/** The height a host's loader kept for its card (see exec-summary.js). */
const RESERVE = Symbol.for('exec-summary:reserve');
/** Set by the loader on a host that was out of view when it was last seen (see `show`). */
const AWAY = Symbol.for('exec-summary:away');
/** Downloads the loader started for the first card ({ wasm, css }: Promise<Response>), each taken once. */
const PRELOAD = Symbol.for('exec-summary:preload');

/** The response the loader already asked for, if it did and nobody took it yet. */
function preloaded(name) {
  const started = globalThis[PRELOAD];
  const response = started?.[name];
  if (response) started[name] = null;
  return response;
}

let policy;
let refused = false;
/**
 * `html` for innerHTML, through the Trusted Types policy `exec-summary` where the browser has
 * them: pages that enforce Trusted Types list it in their CSP. The HTML is Yew's rendering, which
 * escapes every text, or the runtime's own fixed markup.
 */
function trustedHtml(html) {
  if (policy === undefined) {
    try {
      policy = globalThis.trustedTypes?.createPolicy('exec-summary', { createHTML: (text) => text }) ?? null;
    } catch {
      policy = null; // the page's CSP does not allow it: the card says so (see fill)
      refused = true;
    }
  }
  return policy ? policy.createHTML(html) : html;
}

/** Resolves in a later task, after the browser had its chance to handle input and paint. */
function yieldToPage() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel(); // unlike setTimeout, never clamped to 4 ms
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
}

/** Built-in option defaults; page config, then host attributes, then API options override them. */
const DEFAULTS = {
  headingLevel: 2,
  theme: '',
  variant: '',
  expanded: '',
  lang: '',
  strings: '',
  timeout: 10000,
};

/** Option name → attribute name (`data-` prefixed on plain hosts, bare on <exec-summary>). */
const ATTRIBUTES = {
  headingLevel: 'heading-level',
  theme: 'theme',
  variant: 'variant',
  expanded: 'expanded',
  lang: 'lang',
  strings: 'strings',
  timeout: 'timeout',
};

/** The merged options of a host: DEFAULTS < config < attributes < API options. */
export function mergeOptions(host, config, options) {
  const merged = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS)) {
    if (config[key] !== undefined) merged[key] = config[key];
    const name = ATTRIBUTES[key];
    const value = host.getAttribute(`data-${name}`) ?? (host.localName === 'exec-summary' ? host.getAttribute(name) : null);
    if (value !== null) merged[key] = value;
    if (options[key] !== undefined) merged[key] = options[key];
  }
  merged.headingLevel = Math.min(6, Math.max(2, Number(merged.headingLevel) || DEFAULTS.headingLevel));
  merged.timeout = Number(merged.timeout) > 0 ? Number(merged.timeout) : DEFAULTS.timeout;
  merged.expanded = ['all', 'none'].includes(merged.expanded) ? merged.expanded : '';
  return merged;
}

/** Reads a response body as text, refusing bodies over the contract's 1 MiB limit while streaming. */
async function readCapped(response, url) {
  const tooBig = `could not load ${url}: the summary is larger than the 1 MiB limit`;
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) {
    throw new Error(`could not load ${url}: the summary is ${declared} bytes, the limit is 1 MiB`);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      reader.cancel().catch(() => {});
      throw new Error(tooBig);
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

/** Fetches JSON text, turning every failure into one sentence for the error card. */
async function fetchText(url, timeout) {
  // The loader may have asked for it already, beside the runtime (one round trip less).
  const started = preloaded(`json ${url}`);
  const controller = started?.abort ?? new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await (started?.response ?? fetch(url, { signal: controller.signal, credentials: 'same-origin' }));
    if (!response.ok) {
      throw new Error(`could not load ${url}: HTTP ${response.status} ${response.statusText}`.trim());
    }
    const type = response.headers.get('content-type') || '';
    if (/^\s*text\/html/i.test(type)) {
      throw new Error(`could not load ${url}: the server sent a web page (${type}), not JSON`);
    }
    const text = await readCapped(response, url);
    // A 200 page served with the wrong type (a CMS's "not found" page, a login wall).
    if (/^\s*</.test(text)) {
      throw new Error(`could not load ${url}: the server sent a web page, not JSON`);
    }
    return text;
  } catch (error) {
    if (error.name === 'AbortError') {
      throw new Error(`could not load ${url}: no answer within ${timeout / 1000} s`);
    }
    if (error instanceof TypeError) {
      throw new Error(`could not load ${url}: network error or blocked by CORS`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** The card stylesheet, parsed once and adopted by every shadow root (or null: link it instead). */
async function loadSheet(href) {
  try {
    if (!('adoptedStyleSheets' in Document.prototype)) return null;
    const response = await (preloaded('css') ?? fetch(href));
    if (!response.ok) return null;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await response.text());
    return sheet;
  } catch {
    return null;
  }
}

/**
 * Creates the runtime. The wasm module and the stylesheet are fetched on the first card that
 * needs them: a page whose cards were all rendered statically (and are upgraded in place) never
 * downloads either.
 */
export async function createRuntime(base, config = {}) {
  const cssHref = new URL('exec-summary.css', base).href;
  let sheet = null;
  let sheetReady;
  let glue; // the wasm-bindgen module of the live instance: render, renderError, MountOptions
  let exports; // that instance's exports (memory)
  let instances = 0; // wasm instances created so far
  let attempts = 0; // imports of the glue, each under its own URL
  let wasmReady;
  /** Resolves to the live wasm-bindgen module, loading the module (or a fresh instance) first. */
  const wasm = () => {
    sheetReady ??= loadSheet(cssHref).then((loaded) => {
      sheet = loaded;
    });
    if (!wasmReady) {
      const ready = Promise.all([instantiate(), sheetReady]).then(() => glue);
      // A module that failed to load is tried again by the next card.
      ready.catch(() => {
        if (wasmReady === ready) wasmReady = null;
      });
      wasmReady = ready;
    }
    return wasmReady;
  };
  const cards = new Map(); // host → { root, container, listeners, ok, problems, options, apiOptions, upgraded }
  const requests = new Map(); // URL → Promise<text>: identical data-src URLs are fetched once
  const starting = new WeakMap(); // host → token of a mount waiting for the wasm
  // A section's open state last reported, kept on the <details> element itself rather than in a
  // page-long WeakMap: V8 leaves the entries its garbage collector clears in a WeakMap's table as
  // deleted slots, and that table, fed two sections a card, doubled again and again as cards came
  // and went (0.2 MB of empty slots after 10,000 cards, about 21 B a card).
  const OPEN = Symbol('exec-summary:open');

  function load(url, timeout) {
    if (!requests.has(url)) {
      const request = fetchText(url, timeout);
      // A failure is forgotten so "Try again" really fetches again.
      request.catch(() => {
        if (requests.get(url) === request) requests.delete(url);
      });
      requests.set(url, request);
      // Bounded, so a long-lived single-page app does not keep every summary it ever showed.
      if (requests.size > MAX_CACHED) requests.delete(requests.keys().next().value);
    }
    return requests.get(url);
  }

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
    const response = preloaded('wasm') ?? fetch(new URL('./exec_summary_bg.wasm', import.meta.url));
    response.catch(() => {}); // a failure is the glue's to report
    const module = await import(new URL(attempts === 1 ? './exec_summary.js' : `./exec_summary.js?instance=${attempts}`, import.meta.url).href);
    exports = await module.default({ module_or_path: response });
    instances += 1;
    glue = module;
  }

  const isTrap = (error) => error instanceof WebAssembly.RuntimeError;

  /**
   * Calls into the wasm module; a trap retires the instance (see crashed) and is rethrown. The
   * module runs only inside such calls (it renders HTML and keeps no scheduler or listeners of its
   * own), so every trap comes through here.
   */
  function call(fn) {
    try {
      return fn();
    } catch (error) {
      if (isTrap(error)) crashed(error);
      throw error;
    }
  }

  /**
   * The live instance trapped: its state can no longer be trusted. Retires it without calling it
   * again (the card whose call trapped gets an error card from its caller); the next card loads
   * a fresh instance.
   */
  function crashed(error) {
    if (!glue) return;
    glue = null;
    exports = null;
    wasmReady = null;
    const next = instances < MAX_INSTANCES ? 'new cards use a fresh instance' : 'new cards get an error card';
    console.error(`${LOG} the card module stopped (${error.message}); ${next}`);
    // The cards it rendered are plain HTML with the runtime's listeners: they stay as they are.
  }

  /**
   * Shows an error card with `message` in place of `card`: from the live module, else plain.
   * Resolves once it shows.
   */
  function fail(host, card, message) {
    card.root?.remove();
    const failed = { ...card, root: null };
    cards.set(host, failed);
    return showFailure(host, failed, message);
  }

  async function showFailure(host, failed, message) {
    let module = null;
    try {
      module = await wasm();
    } catch {
      // Shown without the module below.
    }
    if (cards.get(host) !== failed) return;
    if (module) {
      try {
        show(failed, (opts) => place(failed.container, module.renderError(message, opts, false)));
      } catch {
        module = null; // this instance died too, or the page refuses the card's HTML
      }
    }
    if (!module) {
      failed.root = plainError(failed.container, message);
      failed.ok = false;
      failed.problems = [message];
    }
    await settle(host, failed, failed.label || 'card');
  }

  /** The error card without the wasm module (English only), for when it cannot be loaded. */
  function plainError(container, message) {
    // Built node by node: it must show even where the page refuses HTML from strings.
    const element = (name, attributes, ...children) => {
      const node = document.createElement(name);
      for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
      node.append(...children);
      return node;
    };
    const root = element('div', { class: 'es-root', part: 'root' },
      element('div', { class: 'es-card es-card--error', part: 'error', role: 'alert', lang: 'en', dir: 'ltr' },
        element('p', { class: 'es-error__title', part: 'error-title' }, 'This summary could not be shown'),
        element('ul', { class: 'es-error__list', part: 'error-list' }, element('li', { class: 'es-error__item' }, message))));
    container.append(root);
    return root;
  }

  /**
   * Mounts a card with `create(options)` (the live module's rendering, placed by `place`), in
   * place of the space `card.root` reserved; throws what the call throws (a trap retires the
   * module first).
   */
  function show(card, create) {
    const height = card.root ? card.root.getBoundingClientRect().height : 0;
    const shown = withOptions(card.options, create);
    card.ok = shown.ok;
    card.problems = shown.problems;
    const { root } = shown;
    card.root?.remove();
    card.root = root;
    // A card mounted out of view is not laid out until it nears the viewport (content-visibility
    // in the stylesheet): a page of cards is not laid out all at once. Cards in view are laid out
    // at once, as the browser would otherwise paint them at a placeholder's height for a frame.
    root.classList.toggle('es-root--away', Boolean(card.away));
    // The old card's space is kept until the new one shows, so the page below does not jump.
    if (height) card.root.style.minHeight = `${height}px`;
  }

  /**
   * Puts a card the module rendered into a new root at the end of `container`; `retry` is the
   * error card's "Try again". Returns { root, ok, problems }.
   */
  function place(container, rendered, retry) {
    const root = document.createElement('div');
    root.className = 'es-root';
    root.setAttribute('part', 'root');
    const shown = { root, ok: false, problems: [] };
    fill(shown, rendered, retry);
    container.append(root);
    return shown;
  }

  /**
   * Writes a rendered card into `card.root` (in place of what it showed), with its `ok` and
   * `problems`, and frees `rendered`.
   */
  function fill(card, rendered, retry) {
    let html;
    try {
      html = rendered.html;
      card.ok = rendered.ok;
      card.problems = rendered.problems;
    } finally {
      rendered.free();
    }
    if (!html) throw new Error('internal error: the card module rendered nothing');
    try {
      card.root.innerHTML = trustedHtml(html);
    } catch (error) {
      throw new Error(refused
        ? "this page's Content Security Policy does not allow the Trusted Types policy exec-summary: add it to trusted-types"
        : `the card could not be inserted: ${error.message}`);
    }
    if (retry) card.root.querySelector('.es-error__retry')?.addEventListener('click', retry);
  }

  /** Where a host's card goes: its shadow root where the host can have one, else the host. */
  function containerOf(host) {
    let shadow = host.shadowRoot;
    if (!shadow) {
      try {
        shadow = host.attachShadow({ mode: 'open' });
      } catch {
        shadow = null; // elements such as <p> cannot host a shadow root: render in light DOM
      }
      if (shadow) {
        if (sheet) shadow.adoptedStyleSheets = [sheet];
        else shadow.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: cssHref }));
        shadow.addEventListener('toggle', (event) => {
          const section = event.target;
          if (!section.matches || !section.matches('details.es-section')) return;
          // A section rendered open fires "toggle" too: only report changes from what was shown.
          if (section[OPEN] === section.open) return;
          section[OPEN] = section.open;
          emit(host, 'toggle', { section: section.id, expanded: section.open });
        }, true);
      }
    }
    if (shadow) {
      shadow.querySelectorAll('.es-root').forEach((old) => old.remove());
      return shadow;
    }
    host.replaceChildren();
    if (!document.querySelector(`link[href="${cssHref}"]`)) {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: cssHref }));
    }
    return host;
  }

  /** An empty root keeping `height` pixels of the page while the card's data loads. */
  function reserve(container, height) {
    const root = document.createElement('div');
    root.className = 'es-root';
    root.setAttribute('part', 'root');
    root.style.minHeight = `${height}px`;
    container.append(root);
    return root;
  }

  /**
   * Mounting many cards at once never blocks the page for long: cards take turns, one per task
   * (Yew renders a card in the microtasks of the task that mounted it), so input and paint come
   * in between. The first card in line mounts at once.
   */
  const line = [];
  let serving = false;
  function turn() {
    return new Promise((resolve) => {
      line.push(resolve);
      if (!serving) serve();
    });
  }

  function serve() {
    const next = line.shift();
    serving = Boolean(next);
    if (!next) return;
    next();
    yieldToPage().then(serve);
  }

  /**
   * Gives back the room the loader kept for cards (host[RESERVE]) once they show. Each card from a
   * URL, with or without room, is measured once laid out: its height is remembered for its URL and
   * width for the session (the loader keeps it on the next view), and given at once to hosts
   * still waiting for the same card with room. Room a card does not need shrinks only as far as
   * nothing visible moves (see leastHeight), the rest as the reader scrolls on or acts on the
   * card. Cards that showed during a frame are measured together at the next one, all reads before
   * all writes, so the page is laid out once.
   */
  const fitting = new Map(); // host → card, shown since the last frame
  const measured = new Set(); // `${width}:${src}` of the cards measured so far
  const kept = new Map(); // host → its card's height, for hosts whose room is larger than their card
  const srcOf = (host) => host.getAttribute('data-src') ?? host.getAttribute('src');
  /**
   * The least height `host` (at `rect`) may take now, down to `height`, without moving anything the
   * reader sees: what follows a host moves with its lower edge, which must stay below the viewport
   * (or the host be wholly above it, where scroll anchoring keeps the view still).
   */
  const leastHeight = (rect, height) => (rect.bottom <= 0 ? height : Math.max(height, Math.ceil(innerHeight - rect.top)));

  /** Sets the room kept on `host` (none when it is no more than the card's `height`). */
  function setRoom(host, room, height) {
    if (room <= height) {
      host.style.minHeight = host[RESERVE] = '';
      kept.delete(host);
    } else if (room !== host[RESERVE]) {
      host[RESERVE] = room;
      host.style.minHeight = `${room}px`;
    }
  }

  function fitLater(host, card) {
    if (!fitting.size) requestAnimationFrame(fitAll);
    fitting.set(host, card);
  }

  function fitAll() {
    const shown = Array.from(fitting, ([host, card]) => ({ host, card })).filter(({ host, card }) => cards.get(host) === card);
    fitting.clear();
    // Reads.
    for (const item of shown) {
      item.height = Math.ceil(item.card.root.getBoundingClientRect().height);
      item.width = item.host.clientWidth;
      item.rect = item.host.getBoundingClientRect();
    }
    // Hosts still waiting with room get the height of a card measured for the first time. Hosts
    // without are not given any on this view (see the loader's reserve: lazy hosts of no height
    // mount in batches; at their cards' heights, a page of a thousand scrolled through in twice
    // the time); the next view keeps the remembered room from the start.
    const fresh = new Set(shown.filter((item) => item.card.ok && !measured.has(`${item.width}:${srcOf(item.host)}`)).map((item) => srcOf(item.host)));
    const others = !fresh.size ? [] : Array.from(document.querySelectorAll('[data-es-state="waiting"]'))
      .filter((host) => host[RESERVE] && fresh.has(srcOf(host)))
      .map((host) => ({ host, width: host.clientWidth, rect: host.getBoundingClientRect() }));
    // Writes.
    const known = new Map();
    for (const { host, card, height, width, rect } of shown) {
      const src = srcOf(host);
      if (card.ok && src && height) {
        known.set(`${width}:${src}`, height);
        measured.add(`${width}:${src}`);
        try {
          sessionStorage.setItem(`exec-summary:${width}:${src}`, String(height));
        } catch {
          // storage blocked or full: the next visit keeps no room
        }
      }
      const room = leastHeight(rect, height);
      if (room < host[RESERVE]) setRoom(host, room, height);
      if (host[RESERVE]) keep(host, height);
    }
    for (const { host, width, rect } of others) {
      const height = known.get(`${width}:${srcOf(host)}`);
      if (!height) continue;
      // Shrinking stops at the viewport's edge; growing only where what follows is out of sight.
      const room = height < host[RESERVE] ? leastHeight(rect, height) : rect.bottom >= innerHeight || rect.bottom <= 0 ? height : host[RESERVE];
      if (room !== host[RESERVE]) {
        host[RESERVE] = room;
        host.style.minHeight = `${room}px`;
      }
    }
  }

  /** Watches a host whose room is larger than its card (of `height`) until it can shrink. */
  function keep(host, height) {
    if (kept.has(host)) return;
    kept.set(host, height);
    if (kept.size === 1) {
      addEventListener('scroll', release, { passive: true });
      addEventListener('resize', release, { passive: true });
    }
    // A reader acting on the card may move the page (that shift counts as expected).
    const now = () => setRoom(host, 0, 0);
    host.addEventListener('pointerdown', now, { once: true });
    host.addEventListener('keydown', now, { once: true });
  }

  function release() {
    const rooms = Array.from(kept, ([host, height]) => [host, height, host.isConnected && host[RESERVE] ? leastHeight(host.getBoundingClientRect(), height) : 0]);
    for (const [host, height, room] of rooms) {
      if (room < host[RESERVE] || !room) setRoom(host, room, height);
    }
    if (!kept.size) {
      removeEventListener('scroll', release);
      removeEventListener('resize', release);
    }
  }

  function emit(host, name, detail) {
    host.dispatchEvent(new CustomEvent(`exec-summary:${name}`, { bubbles: true, composed: true, detail }));
  }

  /** Where the host's JSON comes from, as [label for messages, promise of JSON text]. */
  function source(host, options) {
    const data = options.data;
    if (data !== undefined && data !== null) {
      if (typeof data === 'object') return ['ExecSummary.render', Promise.resolve(JSON.stringify(data))];
      const text = String(data);
      if (/^\s*[{[]/.test(text)) return ['ExecSummary.render', Promise.resolve(text)];
      return [text, loadUrl(text, options.timeout)];
    }
    const inline = options.inline || host.querySelector(':scope > script[type="application/json"]');
    if (inline) return ['inline JSON', Promise.resolve(inline.textContent)];
    const src = host.getAttribute('data-src') ?? (host.localName === 'exec-summary' ? host.getAttribute('src') : null);
    if (!src) {
      return ['card', Promise.reject(new Error('no data: add data-src="…" with the URL of a summary JSON file, or JSON inside the element'))];
    }
    // Messages name the data as the page wrote it, which is what the publisher will search for.
    return [src, loadUrl(src, options.timeout)];
  }

  /** load() for a URL as the page wrote it; one that is no URL (`http://[`) fails like a fetch. */
  function loadUrl(written, timeout) {
    let url;
    try {
      url = new URL(written, document.baseURI).href;
    } catch {
      return Promise.reject(new Error(`${written} is not a valid URL`));
    }
    return load(url, timeout);
  }

  function report(label, card) {
    for (const problem of card.problems) {
      const line = `${LOG} ${label}: ${problem}`;
      if (card.ok) console.warn(line);
      else console.error(line);
    }
  }

  /** Calls `fn` with the module's options for `options`, freed afterwards; a trap is rethrown. */
  function withOptions(options, fn) {
    const module = glue;
    let wasmOpts;
    try {
      wasmOpts = call(() => wasmOptions(options));
      return call(() => fn(wasmOpts));
    } finally {
      // A dead instance is never called again, not even by the glue's finalizers.
      if (glue === module) wasmOpts?.free();
      else wasmOpts?.__destroy_into_raw?.();
    }
  }

  /** What has focus inside `root`, as a function that focuses its counterpart in a new card there. */
  function focusIn(root) {
    const active = root.getRootNode().activeElement;
    if (!active || !root.contains(active)) return null;
    const section = active.closest('details.es-section');
    let selector = null;
    if (active.id) selector = `[id="${CSS.escape(active.id)}"]`;
    else if (section && active.localName === 'summary') selector = `details[id="${CSS.escape(section.id)}"] > summary`;
    else if (active.classList.length) selector = `.${CSS.escape(active.classList[0])}`;
    return selector && ((next) => next.querySelector(selector)?.focus({ preventScroll: true }));
  }

  function wasmOptions(options) {
    const strings = options.strings && typeof options.strings === 'object' ? JSON.stringify(options.strings) : String(options.strings || '');
    return new glue.MountOptions(options.headingLevel, '', options.theme, options.variant, options.expanded, options.lang, strings);
  }

  /** Reports a card just shown (or updated) as ready, or as failed for the error card. */
  async function settle(host, card, label) {
    if (cards.get(host) !== card || !card.root.firstElementChild) return; // destroyed meanwhile
    report(label, card);
    card.root.style.minHeight = '';
    // Cards with room to fit, and cards of the host's own URL to remember, are measured once laid out.
    const measure = host[RESERVE] || (card.ok && label === srcOf(host));
    if (measure && card.ok && card.away) {
      // A card mounted out of view measures as its placeholder until the browser first lays it
      // out (not before its first frame, even in view): it is measured then.
      const article = card.root.firstElementChild;
      article.addEventListener('contentvisibilityautostatechange', function laidOut(event) {
        if (event.skipped) return;
        article.removeEventListener(event.type, laidOut);
        fitLater(host, card);
      });
    } else if (measure) {
      fitLater(host, card);
    }
    card.listeners = card.ok ? wire(host, card.root.firstElementChild) : null;
    host.setAttribute('data-es-state', card.ok ? 'ready' : 'error');
    host.removeAttribute('aria-busy');
    if (card.ok) {
      emit(host, 'ready', { warnings: card.problems });
      openFromHash(host);
    } else {
      emit(host, 'error', { problems: card.problems });
    }
  }

  /**
   * Makes a card rendered by `exec-summary render --embed-data` (or `--data-src`) interactive
   * where it stands, without wasm and without re-rendering: its sections are native disclosures
   * already, so what is left is the "Expand all" control the static render left hidden (with its
   * labels), the live region, events and the URL fragment. Nothing moves, nothing is redrawn, and
   * the reader's open sections and scroll position stay as they are.
   */
  function upgrade(host, article) {
    const listeners = wire(host, article);
    const card = { root: article, upgraded: listeners, options: {}, apiOptions: {} };
    cards.set(host, card);
    host.setAttribute('data-es-state', 'ready');
    host.removeAttribute('aria-busy');
    emit(host, 'ready', { warnings: [], upgraded: true });
    openFromHash(host);
  }

  /**
   * Gives a card rendered for upgrading (by the CLI, or by the module for a card from JSON) its
   * behaviour: "Expand all" with its labels and the live region, and "toggle" events. Returns
   * the controller that removes its listeners.
   */
  function wire(host, article) {
    const button = article.querySelector('.es-card__toggle-all');
    const status = article.querySelector('.es-card__status');
    const sections = () => Array.from(article.querySelectorAll('details.es-section'));
    const listeners = new AbortController();
    const { signal } = listeners;
    const allOpen = () => sections().every((section) => section.open);
    let announced = null;
    const sync = () => {
      if (!button) return;
      // Only a changed label is written: a new text node would have a page of cards laid out again.
      const label = allOpen() ? button.dataset.labelCollapse : button.dataset.labelExpand;
      if (button.textContent !== label) button.textContent = label;
      const stillTrue = announced === true ? allOpen() : announced === false && sections().every((s) => !s.open);
      const said = stillTrue ? (announced ? button.dataset.statusExpanded : button.dataset.statusCollapsed) : '';
      if (status && status.textContent !== said) status.textContent = said;
    };
    for (const section of sections()) section[OPEN] = section.open;
    article.addEventListener('toggle', (event) => {
      const section = event.target;
      if (!section.matches || !section.matches('details.es-section')) return;
      // In a shadow root, the root's own listener (see containerOf) has reported it already.
      if (section[OPEN] !== section.open) {
        section[OPEN] = section.open;
        emit(host, 'toggle', { section: section.id, expanded: section.open });
      }
      sync();
    }, { capture: true, signal });
    if (button) {
      button.addEventListener('click', () => {
        const open = !allOpen();
        for (const section of sections()) section.open = open;
        announced = open;
        sync();
      }, { signal });
    }
    sync();
    article.removeAttribute('data-es-upgradable');
    return listeners;
  }

  /** Mounts (or re-mounts) the card of `host`; `apiOptions` come from ExecSummary.render. */
  async function mount(host, apiOptions = {}) {
    const article = host.hasAttribute('data-es-static') && apiOptions.data === undefined && !cards.has(host)
      ? host.querySelector(':scope > article.es-card')
      : null;
    if (article) return upgrade(host, article);
    // destroy() while the wasm is still loading cancels this mount.
    const token = {};
    starting.set(host, token);
    // The data loads while the module does.
    const [label, text] = source(host, { ...mergeOptions(host, config, apiOptions), data: apiOptions.data, inline: apiOptions.inline });
    text.catch(() => {}); // a failure is shown below, once there is a module to show it
    await wasm().catch(() => {}); // a module that cannot load gets its error card below
    if (starting.get(host) !== token) return;
    starting.delete(host);
    const previous = cards.get(host);
    const height = previous?.root ? previous.root.getBoundingClientRect().height : 0;
    destroy(host);
    const options = { ...mergeOptions(host, config, apiOptions), data: apiOptions.data, inline: apiOptions.inline };
    const container = containerOf(host);
    const card = {
      root: height ? reserve(container, height) : null, container, options, apiOptions, away: host[AWAY],
    };
    host[AWAY] = false; // seen when the loader first started the host: a later re-mount may be in view
    cards.set(host, card);
    host.setAttribute('data-es-state', 'loading');
    host.setAttribute('aria-busy', 'true');
    card.label = label;
    let json;
    let failure;
    try {
      json = await text;
    } catch (error) {
      failure = error.message;
    }
    if (cards.get(host) !== card) return; // destroyed or re-mounted meanwhile
    await turn();
    if (cards.get(host) !== card) return;
    // The live module: the same as above, unless a trap replaced it while the data loaded.
    let module;
    try {
      module = await wasm();
    } catch (error) {
      return fail(host, card, `could not load the card module: ${error.message}`);
    }
    if (cards.get(host) !== card) return;
    try {
      show(card, (opts) => (failure === undefined
        ? place(container, module.render(json, opts))
        : failure.startsWith('could not load')
          ? place(container, module.renderError(failure, opts, true), () => mount(host, apiOptions))
          : place(container, module.renderError(failure, opts, false))));
    } catch (error) {
      return fail(host, card, isTrap(error) ? `internal error: the card stopped while rendering (${error.message})` : error.message);
    }
    await settle(host, card, label);
  }

  /** Shows new data (object, JSON text or URL) in a mounted card, keeping its open sections. */
  async function update(host, data) {
    const card = cards.get(host);
    // Only a card the module rendered is updated in place; anything else is mounted afresh.
    if (!card || card.upgraded || !card.ok) return mount(host, { ...(card ? card.apiOptions : {}), data });
    const [label, text] = source(host, { ...card.options, data });
    let json;
    try {
      json = await text;
    } catch (error) {
      return mount(host, { ...card.apiOptions, data });
    }
    if (cards.get(host) !== card) return; // destroyed or re-mounted meanwhile
    let module;
    try {
      module = await wasm();
    } catch {
      return mount(host, { ...card.apiOptions, data }); // it shows why
    }
    if (cards.get(host) !== card) return;
    // The reader's open sections and focus stay where the new card has the same ones.
    const wasOpen = new Map(Array.from(card.root.querySelectorAll('details.es-section'), (section) => [section.id, section.open]));
    const focused = focusIn(card.root);
    try {
      const rendered = withOptions(card.options, (opts) => module.render(json, opts));
      card.listeners?.abort();
      call(() => fill(card, rendered));
    } catch (error) {
      if (!isTrap(error)) throw error;
      return mount(host, { ...card.apiOptions, data }); // a fresh instance renders it
    }
    for (const section of card.root.querySelectorAll('details.es-section')) {
      const open = wasOpen.get(section.id);
      if (open !== undefined && open !== section.open) section.open = open;
    }
    await settle(host, card, label);
    focused?.(card.root);
  }

  /** Unmounts the card of `host` and frees its memory; the host is left empty. */
  function destroy(host) {
    starting.delete(host);
    const card = cards.get(host);
    if (!card) return;
    cards.delete(host);
    host.removeAttribute('data-es-state');
    if (card.upgraded) {
      // A static card is the page's own content: stop listening, leave it where it is.
      card.upgraded.abort();
      return;
    }
    card.listeners?.abort();
    card.root?.remove();
    host.removeAttribute('aria-busy');
  }

  /** Opens and scrolls to the section named by the URL fragment, in `only` or in every card. */
  function openFromHash(only) {
    let id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!id) return;
    for (const [host, card] of cards) {
      if (only && host !== only) continue;
      const section = card.root?.querySelector(`details[id="${CSS.escape(id)}"]`);
      if (section) {
        section.open = true;
        section.scrollIntoView({ block: 'start' });
        return;
      }
    }
  }

  /** Counters for tests (ExecSummary.__stats with ExecSummaryConfig.debug). */
  function stats() {
    return { wasmMemory: exports ? exports.memory.buffer.byteLength : 0, cards: cards.size, instances };
  }

  return { mount, update, destroy, openFromHash, cards, stats };
}
