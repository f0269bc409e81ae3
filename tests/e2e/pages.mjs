// Shared by the embedding tests (not a test file itself): small documents, pages built in code,
// and waits on many hosts at once. Cards mount in their hosts' shadow roots; Playwright's CSS
// locators pierce open shadow roots, page.evaluate code uses deepQuery or host.shadowRoot.
import assert from 'node:assert/strict';

/** A short valid document titled `title`: two sections, the first open. */
export function shortDocument(title = 'Short summary', extra = {}) {
  return {
    version: 1,
    title,
    description: `The ${title.toLowerCase()} in one line.`,
    sections: [
      { id: 'findings', title: 'Findings', paragraphs: ['Costs fell by a third.'], expanded: true },
      { id: 'actions', title: 'Actions', items: ['Fund the pilot.', 'Publish the data.'] },
    ],
    ...extra,
  };
}

/** The loader's script tag: the module form unless `classic` (defer). */
export function loaderTag(src = '/pkg/exec-summary.js', { classic = false } = {}) {
  return classic ? `<script src="${src}" defer></script>` : `<script type="module" src="${src}"></script>`;
}

/** A whole HTML page; `head` defaults to the loader as a module. */
export function pageHtml({ title = 'exec-summary test page', head = loaderTag(), body = '' } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** A route handler sending `text` as an HTML page, with extra `headers`. */
export function htmlRoute(text, headers = {}) {
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(text);
  };
}

/** JSON text safe to put inside <script type="application/json">. */
export function inlineJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Waits until `count` hosts matching `selector` have settled (data-es-state ready or error) and
 * returns the states in document order.
 */
export async function settledStates(page, selector, count, timeout = 20000) {
  await page.waitForFunction(
    ([sel, n]) => {
      const hosts = document.querySelectorAll(sel);
      return hosts.length === n && Array.from(hosts).every((h) => ['ready', 'error'].includes(h.dataset.esState));
    },
    [selector, count],
    { timeout, polling: 50 },
  );
  return page.locator(selector).evaluateAll((hosts) => hosts.map((h) => h.dataset.esState));
}

/** How many hosts matching `selector` show a card (`.es-card` in their shadow root). */
export function renderedCount(page, selector, cardSelector = 'article.es-card') {
  return page.locator(selector).evaluateAll(
    (hosts, card) => hosts.filter((h) => h.shadowRoot?.querySelector(card)).length,
    cardSelector,
  );
}

/** The card title text of the host matching `selector`. */
export async function cardTitle(page, selector) {
  return (await page.locator(`${selector} .es-card__title`).textContent()).replace(/\s+/g, ' ').trim();
}

/** Resolves after two animation frames, when the page has rendered what was queued. */
export function frames(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Records every request the page makes, as pathnames (with origin when `withOrigin`). */
export function recordRequests(page, { withOrigin = false } = {}) {
  const seen = [];
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.protocol.startsWith('http')) seen.push(withOrigin ? `${u.origin}${u.pathname}` : u.pathname);
  });
  return seen;
}

/** Counts of each entry of `list`. */
export function tally(list) {
  const counts = {};
  for (const item of list) counts[item] = (counts[item] || 0) + 1;
  return counts;
}

/** Asserts the page reported no uncaught errors and no console errors. */
export function assertClean(page, allowed = () => false) {
  assert.deepEqual(page.problems, [], 'uncaught errors on the page');
  assert.deepEqual(page.consoleErrors.filter((line) => !allowed(line)), [], 'console errors on the page');
}

/**
 * Installed before the page's own scripts: window.__probe counts wasm instantiations, sums the
 * layout shifts (as CLS does: shifts without recent input), and notes when `expected` hosts have
 * settled (ready or error) and the frame after that (`settledAt`, `paintedAt`, ms since navigation).
 */
export function installProbe(page, expected = Infinity) {
  return page.addInitScript((n) => {
    const probe = { cls: 0, shifts: 0, instantiations: 0, settled: 0, expected: n };
    window.__probe = probe;
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        probe.instantiations += 1;
        return original.apply(this, args);
      };
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        probe.cls += entry.value;
        probe.shifts += 1;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((records) => {
      for (const r of records) {
        const now = r.target.getAttribute('data-es-state');
        const done = (v) => v === 'ready' || v === 'error';
        if (done(now) && !done(r.oldValue)) probe.settled += 1;
      }
      if (probe.settled >= probe.expected && !probe.settledAt) {
        probe.settledAt = performance.now();
        requestAnimationFrame(() => { probe.paintedAt = performance.now(); });
      }
    }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-es-state'] });
  }, expected);
}

/** Reads window.__probe once the expected hosts have settled and painted. */
export async function probeResult(page, timeout = 60000) {
  await page.waitForFunction(() => window.__probe?.paintedAt, null, { timeout, polling: 100 });
  return page.evaluate(() => ({ ...window.__probe }));
}

/**
 * Memory after a full garbage collection: the JS heap in use (CDP Runtime.getHeapUsage) and the
 * size of the card module's wasm linear memory (from the runtime's own counters, the module the
 * loader imported; 0 if the wasm is not loaded).
 */
export async function memoryUse(page, runtime = '/pkg/exec-summary-runtime.js') {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(async (href) => {
      if (!performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm'))) return 0;
      const module = await import(href);
      return module.stats().wasmMemory;
    }, runtime);
    return { jsHeap: usedSize, dom: embedderHeapUsedSize, wasm };
  } finally {
    await cdp.detach();
  }
}

/** Bytes as MiB with one decimal. */
export const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
