/* exec-summary loader (classic or module script): finds card hosts, watches the page, and loads
 * the runtime beside it when a card nears the viewport. Must stay ~2 KB brotli and never throw
 * into the page. Options: ExecSummaryConfig < host attributes < render() options. */
(function (w, d) {
  'use strict';
  if (w.ExecSummary && w.ExecSummary.version) return; // included twice

  var STATE = 'data-es-state';
  var INLINE = 'script.exec-summary[type="application/json"]';
  var HOSTS = '.exec-summary:not(script),exec-summary';
  var config = w.ExecSummaryConfig || {};
  var hosts = new WeakMap(); // host → options; a known host is never mounted twice
  var inline = new WeakMap(); // JSON script → the host made for it
  var noop = function () {};
  var RESERVE = Symbol.for('exec-summary:reserve'); // the height kept for a host, shared with the runtime
  var PRELOAD = Symbol.for('exec-summary:preload'); // downloads started here, taken by the runtime
  var AWAY = Symbol.for('exec-summary:away'); // the host was out of view when last seen, shared with the runtime
  var reserving = [];
  var base;
  var runtime;
  var lazy;

  function warn(error) {
    console.error('exec-summary:', error);
  }

  // pkg/ may live at any path or origin: it is where this script is (or config.base).
  function baseUrl() {
    var own = d.currentScript;
    var all = d.querySelectorAll('script[src]');
    for (var i = all.length - 1; i >= 0 && !own; i--) {
      if (/(^|\/)exec-summary(\.min)?\.js([?#]|$)/.test(all[i].src)) own = all[i];
    }
    return new URL(config.base || '.', config.base ? d.baseURI : own ? own.src : d.baseURI).href;
  }

  function loadRuntime() {
    if (!runtime) {
      runtime = import(base + 'exec-summary-runtime.js').then(function (module) {
        return module.createRuntime(base, config);
      });
      runtime.catch(function () { runtime = null; });
    }
    return runtime;
  }

  // The first card that needs the wasm starts its downloads (and its JSON's) beside the
  // runtime's, not after it: one round trip less. Static cards (upgraded without wasm) start none.
  function preload(host) {
    var options = hosts.get(host);
    if (w[PRELOAD] || (host.hasAttribute('data-es-static') && !options.data)) return;
    var fetched = function (url, init) {
      var response = fetch(url, init);
      response.catch(noop);
      return response;
    };
    var started = w[PRELOAD] = { wasm: fetched(base + 'exec_summary_bg.wasm'), css: fetched(base + 'exec-summary.css') };
    import(base + 'exec_summary.js').catch(noop);
    // The card's JSON too, as the runtime would ask for it (see its fetchText), which takes it
    // with its abort controller by URL.
    var src = host.getAttribute('data-src') || (host.localName === 'exec-summary' && host.getAttribute('src'));
    if (src && options.data === undefined && !options.inline && !host.querySelector(':scope>script')) {
      try {
        src = new URL(src, d.baseURI).href;
      } catch (e) {
        return; // not a URL: the runtime says so on the card
      }
      var abort = new AbortController();
      started['json ' + src] = { abort: abort, response: fetched(src, { signal: abort.signal, credentials: 'same-origin' }) };
    }
  }

  function start(host) {
    guard(preload)(host);
    var pending = loadRuntime().then(function (rt) {
      if (hosts.has(host)) return rt.mount(host, hosts.get(host));
    });
    pending.catch(function (error) {
      warn(error);
      if (!hosts.has(host)) return;
      host.setAttribute(STATE, 'error');
      host.dispatchEvent(new CustomEvent('exec-summary:error', { bubbles: true, detail: { problems: [String(error)] } }));
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
    var list = reserving;
    reserving = [];
    list.map(function (host) {
      // Content first: a page of static cards is then never styled (nor laid out) from here.
      if (host.querySelector(':scope>:not(script)')) return 0;
      // An eager card mounted out of view is not laid out until it nears the viewport (see the runtime).
      var rect = host.getBoundingClientRect();
      host[AWAY] = rect.top >= w.innerHeight || rect.bottom <= 0;
      var style = getComputedStyle(host);
      if (style.display === 'inline' || parseFloat(style.minHeight) > 0) return 0;
      var width = host.clientWidth;
      var height = +host.getAttribute('data-height');
      try {
        height = height || +sessionStorage.getItem('exec-summary:' + width + ':' + (host.getAttribute('data-src') || host.getAttribute('src')));
      } catch (e) {} // storage blocked
      return height;
    }).forEach(function (height, i) {
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
    var loading = host.getAttribute('data-loading') || host.getAttribute('loading') || config.loading;
    if (lazy && loading !== 'eager') lazy.observe(host);
    else start(host);
  }

  function each(root, selector, fn) {
    if (root.matches && root.matches(selector)) fn(root);
    Array.prototype.forEach.call(root.querySelectorAll(selector), fn);
  }

  function scan(root) {
    root = root || d;
    each(root, INLINE, function (script) {
      // JSON inside a host is that host's data
      if (inline.has(script) || (script.parentElement && script.parentElement.closest(HOSTS))) return;
      var host = d.createElement('div');
      host.className = 'exec-summary-inline';
      Array.prototype.forEach.call(script.attributes, function (attr) {
        if (!attr.name.indexOf('data-')) host.setAttribute(attr.name, attr.value);
      });
      inline.set(script, host);
      script.before(host);
      adopt(host, { inline: script });
    });
    each(root, HOSTS, function (host) { adopt(host); });
  }

  function destroy(host) {
    if (lazy) lazy.unobserve(host);
    if (!hosts.has(host)) return;
    hosts.delete(host);
    host.removeAttribute(STATE);
    if (host[RESERVE]) host.style.minHeight = host[RESERVE] = '';
    if (runtime) {
      runtime.then(function (rt) { if (!hosts.has(host)) rt.destroy(host); }, noop);
    }
  }

  // Hosts that left the document, and the cards of JSON scripts taken out.
  function removed(node) {
    each(node, '[' + STATE + '],' + INLINE, function (el) {
      if (el.isConnected) return; // moved
      var made = inline.get(el);
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
    var own = Object.assign({}, options, { data: data });
    hosts.set(element, own);
    var done = function () { return element; };
    var ready = start(element).then(done, done);
    var live = function () { return hosts.get(element) === own; };
    return {
      element: element,
      ready: ready,
      update: function (next) {
        if (!live()) return Promise.resolve();
        own.data = next;
        return loadRuntime().then(function (rt) { return live() && rt.update(element, next); });
      },
      destroy: function () { if (live()) destroy(element); },
    };
  }

  function guard(fn) {
    return function () {
      try {
        return fn.apply(this, arguments);
      } catch (error) {
        warn(error);
      }
    };
  }

  try {
    base = baseUrl();
    if ('IntersectionObserver' in w) {
      lazy = new IntersectionObserver(guard(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          lazy.unobserve(entry.target);
          // Mounted just ahead of the reader, it is laid out at once: each card left skipped
          // adds to the browser's work at every frame of a long page.
          entry.target[AWAY] = false;
          if (hosts.has(entry.target)) start(entry.target);
        });
      }), { rootMargin: config.rootMargin || '100% 0px' });
    }

    if (w.customElements && !customElements.get('exec-summary')) {
      customElements.define('exec-summary', class extends HTMLElement {
        static get observedAttributes() {
          return ['src', 'theme', 'variant', 'heading-level', 'expanded', 'lang'];
        }
        connectedCallback() { guard(adopt)(this); }
        disconnectedCallback() {
          var self = this;
          queueMicrotask(function () { if (!self.isConnected) destroy(self); });
        }
        attributeChangedCallback(name, before, after) {
          var state = this.getAttribute(STATE);
          if (before !== after && hosts.has(this) && state && state !== 'waiting') start(this);
        }
      });
    }

    w.ExecSummary = { version: '0.1.0', render: guard(render), scan: guard(scan), destroy: guard(destroy) };
    // Test-only: resolves to the runtime's counters (wasm memory, cards, instances).
    if (config.debug) w.ExecSummary.__stats = function () { return loadRuntime().then(function (rt) { return rt.stats(); }); };

    var boot = guard(function () {
      scan(d);
      if (config.observe === false || !w.MutationObserver) return;
      new MutationObserver(guard(function (records) {
        records.forEach(function (record) {
          Array.prototype.forEach.call(record.removedNodes, function (node) {
            if (node.nodeType === 1) removed(node);
          });
          Array.prototype.forEach.call(record.addedNodes, function (node) {
            if (node.nodeType === 1 && node.isConnected) scan(node);
          });
        });
      })).observe(d.documentElement, { childList: true, subtree: true });
    });
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', boot, { once: true });
    else boot();
    w.addEventListener('hashchange', function () {
      if (runtime) runtime.then(function (rt) { rt.openFromHash(); }, noop);
    });
  } catch (error) {
    warn(error);
  }
})(window, document);
