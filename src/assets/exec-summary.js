/*
 * exec-summary loader: the one script a page includes.
 *
 *   <script src="https://cdn.example/exec-summary/exec-summary.js" defer></script>
 *   <div class="exec-summary" data-src="summary.json"></div>
 *
 * Works as a classic script (defer/async) or as type="module"; finds its own URL so pkg/ can live
 * at any path or on another origin. It only discovers hosts and watches the page: the runtime
 * (exec-summary-runtime.js, the wasm glue and the wasm module) is fetched when the first card
 * comes near the viewport, so a page whose cards are never scrolled to pays for this file alone.
 * Nothing here may throw into the host page.
 */
(function () {
  'use strict';
  if (window.ExecSummary && window.ExecSummary.version) return; // included twice: keep the first

  var HOSTS = '.exec-summary:not(script)';
  var INLINE = 'script.exec-summary[type="application/json"]';
  var ELEMENT = 'exec-summary';
  var MOUNTED = '[data-es-state]';
  var config = window.ExecSummaryConfig || {};

  /** The directory this script was loaded from; every other file of pkg/ sits beside it. */
  function baseUrl() {
    if (config.base) return new URL(config.base, document.baseURI).href;
    var own = document.currentScript;
    if (!own) {
      var scripts = document.querySelectorAll('script[src]');
      for (var i = scripts.length - 1; i >= 0 && !own; i--) {
        if (/(^|\/)exec-summary(\.min)?\.js([?#]|$)/.test(scripts[i].src)) own = scripts[i];
      }
    }
    return new URL('.', own ? own.src : document.baseURI).href;
  }

  var base = baseUrl();
  var runtime;
  var controllers = new WeakMap();
  var lazy = 'IntersectionObserver' in window
    ? new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          lazy.unobserve(entry.target);
          start(entry.target, controllers.get(entry.target));
        }
      });
    }, { rootMargin: config.rootMargin || '800px 0px' })
    : null;

  function loadRuntime() {
    runtime = runtime || import(base + 'exec-summary-runtime.js').then(function (module) {
      return module.createRuntime(base, config);
    });
    return runtime;
  }

  function report(error) {
    console.error('exec-summary: could not start the widget:', error);
  }

  /** Mounts `host` now with `options` (API options override its attributes). */
  function start(host, options) {
    var pending = loadRuntime().then(function (rt) {
      return rt.mount(host, options || {});
    });
    pending.catch(function (error) {
      report(error);
      host.setAttribute('data-es-state', 'error');
    });
    return pending;
  }

  /** Registers a host once: mounted now if eager, else when it nears the viewport. */
  function adopt(host, options) {
    if (controllers.has(host) || host.hasAttribute('data-es-state')) return;
    controllers.set(host, options || {});
    host.setAttribute('data-es-state', 'waiting');
    var loading = host.getAttribute('data-loading') || host.getAttribute('loading') || config.loading;
    if (lazy && loading !== 'eager') lazy.observe(host);
    else start(host, options);
  }

  var inlineHosts = new WeakMap();

  /** A `<script type="application/json" class="exec-summary">` gets a host right where it stands. */
  function adoptInline(script) {
    if (inlineHosts.has(script)) return;
    var host = document.createElement('div');
    host.className = 'exec-summary-inline';
    Array.prototype.forEach.call(script.attributes, function (attr) {
      if (attr.name.indexOf('data-') === 0) host.setAttribute(attr.name, attr.value);
    });
    inlineHosts.set(script, host);
    script.before(host);
    adopt(host, { inline: script });
  }

  /** Mounts every card host under `root` not mounted yet (lazily, unless eager). */
  function scan(root) {
    root = root || document;
    var each = function (selector, fn) {
      if (root.matches && root.matches(selector)) fn(root);
      Array.prototype.forEach.call(root.querySelectorAll(selector), fn);
    };
    each(INLINE, function (script) {
      // A JSON script inside a host is that host's data, not a card of its own.
      if (!script.parentElement || !script.parentElement.closest(HOSTS + ',' + ELEMENT)) adoptInline(script);
    });
    each(HOSTS, function (host) { adopt(host); });
  }

  /** Unmounts the card in `host` and forgets it (a later scan may mount it again). */
  function destroyHost(host) {
    if (lazy) lazy.unobserve(host);
    if (!controllers.has(host)) return;
    controllers.delete(host);
    host.removeAttribute('data-es-state');
    if (runtime) runtime.then(function (rt) { rt.destroy(host); }, function () {});
  }

  /**
   * JavaScript API: renders `data` (an object, JSON text, or a URL) into `element` with `options`
   * (headingLevel, theme, variant, expanded, lang, timeout). Returns a handle at once.
   */
  function render(element, data, options) {
    destroyHost(element);
    controllers.set(element, null);
    var opts = Object.assign({}, options || {}, { data: data });
    var ready = start(element, opts);
    return {
      element: element,
      ready: ready.then(function () { return element; }),
      update: function (next) {
        return loadRuntime().then(function (rt) { return rt.update(element, next); });
      },
      destroy: function () { destroyHost(element); }
    };
  }

  function watch() {
    if (config.observe === false || !('MutationObserver' in window)) return;
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        Array.prototype.forEach.call(record.addedNodes, function (node) {
          if (node.nodeType === 1) scan(node);
        });
        Array.prototype.forEach.call(record.removedNodes, function (node) {
          if (node.nodeType !== 1) return;
          var gone = node.matches(MOUNTED) ? [node] : [];
          gone = gone.concat(Array.prototype.slice.call(node.querySelectorAll(MOUNTED)));
          gone.forEach(function (host) { if (!host.isConnected) destroyHost(host); });
        });
      });
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  if (window.customElements && !customElements.get(ELEMENT)) {
    customElements.define(ELEMENT, class extends HTMLElement {
      static get observedAttributes() {
        return ['src', 'theme', 'variant', 'heading-level', 'expanded', 'lang'];
      }
      connectedCallback() { adopt(this); }
      disconnectedCallback() {
        var self = this;
        // Moving an element disconnects and reconnects it in one task: only a real removal unmounts.
        queueMicrotask(function () { if (!self.isConnected) destroyHost(self); });
      }
      attributeChangedCallback(name, before, after) {
        // Before mounting, attributes are simply read when the card mounts.
        var state = this.getAttribute('data-es-state');
        if (before === after || !this.isConnected || !state || state === 'waiting') return;
        destroyHost(this);
        adopt(this);
      }
    });
  }

  window.ExecSummary = {
    version: '0.1.0',
    render: render,
    scan: scan,
    destroy: destroyHost
  };

  function boot() {
    scan(document);
    watch();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot, { once: true });
  else boot();
  addEventListener('hashchange', function () {
    if (runtime) runtime.then(function (rt) { rt.openFromHash(); }, function () {});
  });
})();
