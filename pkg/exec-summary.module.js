// src/assets/loader/bundle-at.js
var bundleAt = (base) => ({
  runtime: () => import(
    /* webpackIgnore: true */
    /* @vite-ignore */
    base + "exec-summary-runtime.js"
  ),
  glue: () => import(
    /* webpackIgnore: true */
    /* @vite-ignore */
    base + "exec_summary.js"
  ),
  wasm: base + "exec_summary_bg.wasm",
  css: base + "exec-summary.css"
});

// src/assets/shared/protocol.js
var PRELOAD = /* @__PURE__ */ Symbol.for("exec-summary:preload");
var RESERVE = /* @__PURE__ */ Symbol.for("exec-summary:reserve");
var AWAY = /* @__PURE__ */ Symbol.for("exec-summary:away");
var WASM_PRELOAD = "wasm";
var CSS_PRELOAD = "css";
var STYLESHEET_REQUEST = { headers: { Accept: "text/css" } };
var jsonPreload = (url) => "json " + url;
var storageKey = (width, src) => "exec-summary:" + width + ":" + src;
function sourceOf(host) {
  return host.getAttribute("data-src") || host.localName === "exec-summary" && host.getAttribute("src") || null;
}

// src/assets/shared/events.js
function emit(host, name, detail) {
  host.dispatchEvent(new CustomEvent("exec-summary:" + name, { bubbles: true, composed: true, detail }));
}

// src/assets/generated/options.js
var ATTRIBUTES = ["heading-level", "id-prefix", "theme", "variant", "expanded", "lang", "strings", "timeout"];

// src/assets/generated/hooks.js
var HOST = "exec-summary";
var STATIC_HOST = "data-es-static";

// src/assets/loader/loader.js
var STATE = "data-es-state";
var INLINE = `script.${HOST}[type="application/json"]`;
var HOSTS = `.${HOST}:not(script),exec-summary`;
var hosts = /* @__PURE__ */ new WeakMap();
var inline = /* @__PURE__ */ new WeakMap();
var noop = () => {
};
var w = globalThis;
var d = w.document;
var config = w.ExecSummaryConfig || {};
var reserving = [];
var where;
var runtime;
var lazy;
var warn = (error) => console.error("exec-summary:", error);
function loadRuntime() {
  if (!runtime) {
    runtime = where.runtime().then((module) => module.createRuntime(config));
    runtime.catch(() => {
      runtime = null;
    });
  }
  return runtime;
}
function preload(host) {
  const options = hosts.get(host);
  if (w[PRELOAD] || host.hasAttribute(STATIC_HOST) && !options.data) return;
  const fetched = (url, init2) => {
    const response = fetch(url, init2);
    response.catch(noop);
    return response;
  };
  const started = w[PRELOAD] = { [WASM_PRELOAD]: fetched(where.wasm), [CSS_PRELOAD]: fetched(where.css, STYLESHEET_REQUEST) };
  where.glue().catch(noop);
  let src = sourceOf(host);
  if (src && options.data === void 0 && !options.inline && !host.querySelector(":scope>script")) {
    try {
      src = new URL(src, d.baseURI).href;
    } catch {
      return;
    }
    const abort = new AbortController();
    started[jsonPreload(src)] = { abort, response: fetched(src, { signal: abort.signal, credentials: "same-origin" }) };
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
    host.setAttribute(STATE, "error");
    emit(host, "error", { problems: [{ path: "", message: String(error), severity: "error" }] });
  });
  return pending;
}
function reserve() {
  const list = reserving;
  reserving = [];
  list.map((host) => {
    if (host.querySelector(":scope>:not(script)")) return 0;
    const rect = host.getBoundingClientRect();
    host[AWAY] = rect.top >= w.innerHeight || rect.bottom <= 0;
    const style = getComputedStyle(host);
    if (style.display === "inline" || parseFloat(style.minHeight) > 0) return 0;
    const src = sourceOf(host);
    let height = +host.getAttribute("data-height");
    try {
      height = height || src && +sessionStorage.getItem(storageKey(host.clientWidth, src));
    } catch {
    }
    return height;
  }).forEach((height, i) => {
    if (height) {
      list[i][RESERVE] = height;
      list[i].style.minHeight = height + "px";
    }
  });
}
function adopt(host, options) {
  if (hosts.has(host)) return;
  hosts.set(host, options || {});
  host.setAttribute(STATE, "waiting");
  if (reserving.push(host) === 1) queueMicrotask(guard(reserve));
  const loading = host.getAttribute("data-loading") || host.getAttribute("loading") || config.loading;
  if (lazy && loading !== "eager") lazy.observe(host);
  else start(host);
}
function each(root, selector, fn) {
  if (root.matches && root.matches(selector)) fn(root);
  root.querySelectorAll(selector).forEach(fn);
}
function scan(root) {
  root = root || d;
  each(root, INLINE, (script) => {
    if (inline.has(script) || script.parentElement && script.parentElement.closest(HOSTS)) return;
    const host = d.createElement("div");
    host.className = "exec-summary-inline";
    for (const attr of script.attributes) {
      if (!attr.name.indexOf("data-")) host.setAttribute(attr.name, attr.value);
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
  if (host[RESERVE]) host.style.minHeight = host[RESERVE] = "";
  if (runtime) runtime.then((rt) => {
    if (!hosts.has(host)) rt.destroy(host);
  }, noop);
}
function removed(node) {
  each(node, "[" + STATE + "]," + INLINE, (el) => {
    if (el.isConnected) return;
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
    destroy() {
      if (live()) destroy(element);
    }
  };
}
function guard(fn) {
  return function() {
    try {
      return fn.apply(this, arguments);
    } catch (error) {
      warn(error);
    }
  };
}
function init(locate) {
  where = locate(config);
  if ("IntersectionObserver" in w) {
    lazy = new IntersectionObserver(guard((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        lazy.unobserve(entry.target);
        entry.target[AWAY] = false;
        if (hosts.has(entry.target)) start(entry.target);
      }
    }), { rootMargin: config.rootMargin || "100% 0px" });
  }
  if (w.customElements && !customElements.get("exec-summary")) {
    customElements.define("exec-summary", class extends HTMLElement {
      // Every option is live, as src is.
      static get observedAttributes() {
        return ["src", ...ATTRIBUTES];
      }
      connectedCallback() {
        guard(adopt)(this);
      }
      disconnectedCallback() {
        queueMicrotask(() => {
          if (!this.isConnected) destroy(this);
        });
      }
      attributeChangedCallback(name, before, after) {
        const state = this.getAttribute(STATE);
        if (before !== after && hosts.has(this) && state && state !== "waiting") start(this);
      }
    });
  }
  w.ExecSummary = { version: "0.1.0", render: guard(render), scan: guard(scan), destroy: guard(destroy) };
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
  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", boot, { once: true });
  else boot();
}
function startLoader(locate) {
  if (!(w.ExecSummary && w.ExecSummary.version)) guard(init)(locate);
  return w.ExecSummary;
}

// src/assets/exec-summary.module.js
var ExecSummary = typeof document === "undefined" ? void 0 : startLoader((config2) => config2.base ? bundleAt(new URL(config2.base, document.baseURI).href) : {
  runtime: () => import("./exec-summary-runtime.js"),
  glue: () => import("./exec_summary.js"),
  wasm: new URL("./exec_summary_bg.wasm", import.meta.url).href,
  css: new URL("./exec-summary.css", import.meta.url).href
});
export {
  ExecSummary
};
