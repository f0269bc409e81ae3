// exec-summary runtime: loaded by exec-summary.js when the first card needs mounting.
//
// Owns everything a mounted card needs from JavaScript: the one wasm instance shared by every
// card, the stylesheet shared by every shadow root, fetching JSON (deduplicated, time- and
// size-limited), option merging, events, the URL fragment and console reporting; and upgrading
// statically rendered cards in place, which needs none of the wasm.

const LOG = 'exec-summary:';
const MAX_BYTES = 1024 * 1024;
const MAX_CACHED = 64;

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
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
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
    const response = await fetch(href);
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
  let glue; // the wasm-bindgen module: mount, mountError, MountOptions
  let wasmReady;
  const wasm = () => {
    wasmReady ??= Promise.all([
      import('./exec_summary.js').then(async (module) => {
        await module.default();
        glue = module;
      }),
      loadSheet(cssHref).then((loaded) => {
        sheet = loaded;
      }),
    ]);
    return wasmReady;
  };
  const cards = new Map(); // host → { root, handle, options, label, generation }
  const requests = new Map(); // URL → Promise<text>: identical data-src URLs are fetched once
  const starting = new WeakMap(); // host → token of a mount waiting for the wasm
  const openState = new WeakMap(); // details element → open state last reported

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

  /** The element Yew renders into: inside the host's shadow root where the host can have one. */
  function rootOf(host) {
    const existing = cards.get(host);
    if (existing) return existing.root;
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
          if (openState.get(section) === section.open) return;
          openState.set(section, section.open);
          emit(host, 'toggle', { section: section.id, expanded: section.open });
        }, true);
      }
    }
    const root = document.createElement('div');
    root.className = 'es-root';
    root.setAttribute('part', 'root');
    if (shadow) {
      shadow.querySelectorAll('.es-root').forEach((old) => old.remove());
      shadow.append(root);
    } else {
      host.replaceChildren(root);
      if (!document.querySelector(`link[href="${cssHref}"]`)) {
        document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: cssHref }));
      }
    }
    return root;
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
      return [text, load(new URL(text, document.baseURI).href, options.timeout)];
    }
    const inline = options.inline || host.querySelector(':scope > script[type="application/json"]');
    if (inline) return ['inline JSON', Promise.resolve(inline.textContent)];
    const src = host.getAttribute('data-src') ?? (host.localName === 'exec-summary' ? host.getAttribute('src') : null);
    if (!src) {
      return ['card', Promise.reject(new Error('no data: add data-src="…" with the URL of a summary JSON file, or JSON inside the element'))];
    }
    // Messages name the data as the page wrote it, which is what the publisher will search for.
    return [src, load(new URL(src, document.baseURI).href, options.timeout)];
  }

  function report(label, handle) {
    for (const problem of handle.problems) {
      const line = `${LOG} ${label}: ${problem}`;
      if (handle.ok) console.warn(line);
      else console.error(line);
    }
  }

  function wasmOptions(options) {
    const strings = options.strings && typeof options.strings === 'object' ? JSON.stringify(options.strings) : String(options.strings || '');
    return new glue.MountOptions(options.headingLevel, '', options.theme, options.variant, options.expanded, options.lang, strings);
  }

  /** Resolves once Yew has put the card into `root` (its scheduler may render a task later). */
  function rendered(root) {
    if (root.firstElementChild) return Promise.resolve();
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!root.firstElementChild) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(root, { childList: true });
    });
  }

  async function settle(host, card, label) {
    const { handle } = card;
    await rendered(card.root);
    if (cards.get(host) !== card) return; // destroyed while rendering
    report(label, handle);
    card.root.style.minHeight = '';
    for (const section of card.root.querySelectorAll('details.es-section')) openState.set(section, section.open);
    host.setAttribute('data-es-state', handle.ok ? 'ready' : 'error');
    host.removeAttribute('aria-busy');
    if (handle.ok) {
      emit(host, 'ready', { warnings: handle.problems });
      openFromHash(host);
    } else {
      emit(host, 'error', { problems: handle.problems });
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
    const button = article.querySelector('.es-card__toggle-all');
    const status = article.querySelector('.es-card__status');
    const sections = () => Array.from(article.querySelectorAll('details.es-section'));
    const listeners = new AbortController();
    const { signal } = listeners;
    const allOpen = () => sections().every((section) => section.open);
    let announced = null;
    const sync = () => {
      if (!button) return;
      button.textContent = allOpen() ? button.dataset.labelCollapse : button.dataset.labelExpand;
      const stillTrue = announced === true ? allOpen() : announced === false && sections().every((s) => !s.open);
      if (status) status.textContent = stillTrue ? (announced ? button.dataset.statusExpanded : button.dataset.statusCollapsed) : '';
    };
    for (const section of sections()) openState.set(section, section.open);
    article.addEventListener('toggle', (event) => {
      const section = event.target;
      if (!section.matches || !section.matches('details.es-section')) return;
      if (openState.get(section) === section.open) return;
      openState.set(section, section.open);
      sync();
      emit(host, 'toggle', { section: section.id, expanded: section.open });
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
    const card = { root: article, handle: null, upgraded: listeners, options: {}, apiOptions: {} };
    cards.set(host, card);
    host.setAttribute('data-es-state', 'ready');
    host.removeAttribute('aria-busy');
    emit(host, 'ready', { warnings: [], upgraded: true });
    openFromHash(host);
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
    await wasm();
    if (starting.get(host) !== token) return;
    starting.delete(host);
    const previous = cards.get(host);
    const height = previous ? previous.root.getBoundingClientRect().height : 0;
    destroy(host);
    const options = { ...mergeOptions(host, config, apiOptions), data: apiOptions.data, inline: apiOptions.inline };
    const generation = {};
    const root = rootOf(host);
    // The old card's space is kept until the new one shows, so the page below does not jump.
    if (height) root.style.minHeight = `${height}px`;
    cards.set(host, { root, handle: null, options, apiOptions, generation });
    host.setAttribute('data-es-state', 'loading');
    host.setAttribute('aria-busy', 'true');
    const [label, text] = source(host, options);
    let json;
    let failure;
    try {
      json = await text;
    } catch (error) {
      failure = error.message;
    }
    const card = cards.get(host);
    if (!card || card.generation !== generation) return; // destroyed or re-mounted meanwhile
    const wasmOpts = wasmOptions(options);
    try {
      card.handle = failure === undefined
        ? glue.mount(card.root, json, wasmOpts)
        : glue.mountError(card.root, failure, wasmOpts, failure.startsWith('could not load') ? () => mount(host, apiOptions) : undefined);
    } finally {
      wasmOpts.free();
    }
    await settle(host, card, label);
  }

  /** Shows new data (object, JSON text or URL) in a mounted card, keeping its open sections. */
  async function update(host, data) {
    const card = cards.get(host);
    if (!card || !card.handle || !card.handle.ok) return mount(host, { ...(card ? card.apiOptions : {}), data });
    const [label, text] = source(host, { ...card.options, data });
    let json;
    try {
      json = await text;
    } catch (error) {
      return mount(host, { ...card.apiOptions, data });
    }
    card.handle.update(json);
    await settle(host, card, label);
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
    if (card.handle) {
      card.handle.destroy();
      card.handle.free();
    }
    card.root.remove();
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
      const section = card.root.querySelector(`details[id="${CSS.escape(id)}"]`);
      if (section) {
        section.open = true;
        section.scrollIntoView({ block: 'start' });
        return;
      }
    }
  }

  return { mount, update, destroy, openFromHash, cards };
}
