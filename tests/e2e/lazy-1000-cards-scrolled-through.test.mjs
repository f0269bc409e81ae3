// A page with 1,000 lazily mounted cards (the four example documents in turn, among paragraphs),
// scrolled from top to bottom a screen at a time: every card mounts as it nears the viewport,
// none fails, nothing is logged, and memory stays bounded. Reports the time per card (wall time
// of the whole scroll divided by the cards, and each card's own time from starting to mount to
// ready) and the memory per card (test diagnostics: `# …` lines in the TAP output).
import { readFileSync } from 'node:fs';
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { json } from './support.mjs';
import { assertClean, htmlRoute, mib, pageHtml } from './pages.mjs';

const CARDS = 1000;
// A tall window, so the scroll takes a few hundred stops rather than a thousand frames or more.
const VIEWPORT = { width: 1200, height: 2000 };
const EXAMPLES = ['sino-russian-cooperation', 'urban-heat-resilience', 'rural-elderly-care-zh', 'water-security-ar'];

function page1000() {
  const para = (i) => `<p>Paragraph ${i}. ${'The article goes on between the cards. '.repeat(4)}</p>`;
  const parts = [para(0)];
  for (let i = 0; i < CARDS; i += 1) {
    parts.push(`<div class="exec-summary" id="c${i}" data-src="/data/${EXAMPLES[i % EXAMPLES.length]}.json"></div>`, para(i + 1));
  }
  return pageHtml({
    head: '<script>window.ExecSummaryConfig = { debug: true };</script>\n<script type="module" src="/pkg/exec-summary.js"></script>',
    body: `<main>${parts.join('\n')}</main>`,
  });
}

let server;
let url;
let browser;

before(async () => {
  const routes = { '/1000-lazy.html': htmlRoute(page1000()) };
  for (const name of EXAMPLES) {
    routes[`/data/${name}.json`] = json(readFileSync(new URL(`../../www/examples/${name}.json`, import.meta.url), 'utf8'));
  }
  ({ server, url } = await startServer({ port: 0, routes }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

/** Installed before the page's scripts: when each host started loading and when it settled. */
function timeHosts() {
  const times = { started: new Map(), took: [], failed: [] };
  window.__times = times;
  new MutationObserver((records) => {
    for (const { target } of records) {
      const state = target.getAttribute('data-es-state');
      if (state === 'loading') times.started.set(target, performance.now());
      else if ((state === 'ready' || state === 'error') && times.started.has(target)) {
        times.took.push(performance.now() - times.started.get(target));
        times.started.delete(target);
        if (state === 'error') times.failed.push(target.id);
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-es-state'] });
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    const { wasmMemory } = await page.evaluate(() => ExecSummary.__stats());
    return { jsHeap: usedSize, blink: embedderHeapUsedSize, nodes, wasm: wasmMemory };
  } finally {
    await cdp.detach();
  }
}

test(`${CARDS} lazy cards scrolled through a screen at a time all mount, with bounded memory`, async (t) => {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  await page.addInitScript(timeHosts);
  await page.goto(`${url}/1000-lazy.html`);
  await page.waitForFunction(() => document.querySelector('#c0')?.dataset.esState === 'ready');
  const start = await memory(page);
  const mountedAtTop = await page.evaluate(() => document.querySelectorAll('[data-es-state="ready"]').length);

  // Down a screen at a time; at each stop, wait (frame by frame) until every card in view is ready.
  const scroll = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const hosts = Array.from(document.querySelectorAll('.exec-summary'));
    const started = performance.now();
    let stops = 0;
    let waits = 0; // frames spent waiting for a card in view
    let first = 0; // the first host not above the viewport (hosts are in document order)
    let y = 0;
    for (;;) {
      window.scrollTo(0, y);
      stops += 1;
      for (;;) {
        await frame();
        while (first < hosts.length && hosts[first].getBoundingClientRect().bottom < 0) first += 1;
        let waiting = false;
        for (let i = first; i < hosts.length && hosts[i].getBoundingClientRect().top < innerHeight; i += 1) {
          if (hosts[i].dataset.esState !== 'ready') waiting = true;
        }
        if (!waiting) break;
        waits += 1;
      }
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
      y += innerHeight;
    }
    return { ms: performance.now() - started, stops, waits, height: document.documentElement.scrollHeight };
  });
  const states = await page.locator('.exec-summary').evaluateAll((hosts) => hosts.map((h) => h.dataset.esState));
  const times = await page.evaluate(() => ({ took: window.__times.took, failed: window.__times.failed }));
  const end = await memory(page);

  const sorted = [...times.took].sort((a, b) => a - b);
  const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  const perCard = (key) => `${((end[key] - start[key]) / (CARDS - mountedAtTop) / 1024).toFixed(1)} KiB/card`;
  t.diagnostic(`${CARDS} cards (${mountedAtTop} mounted at the top), scrolled through ${scroll.height} px in ${scroll.stops} stops `
    + `(${scroll.waits} frames waiting for a card in view): `
    + `${(scroll.ms / 1000).toFixed(1)} s, ${(scroll.ms / CARDS).toFixed(2)} ms per card`);
  t.diagnostic(`each card from mount start to ready: median ${quantile(0.5)} ms, p95 ${quantile(0.95)} ms, max ${quantile(1)} ms`);
  t.diagnostic(`memory at the top → at the bottom: JS heap ${mib(start.jsHeap)} → ${mib(end.jsHeap)} (${perCard('jsHeap')}), `
    + `Blink heap ${mib(start.blink)} → ${mib(end.blink)} (${perCard('blink')}), DOM nodes ${start.nodes} → ${end.nodes}, `
    + `wasm ${mib(start.wasm)} → ${mib(end.wasm)} (${perCard('wasm')})`);

  assert.equal(states.filter((s) => s === 'ready').length, CARDS, `not ready: ${states.map((s, i) => (s === 'ready' ? null : `c${i}: ${s}`)).filter(Boolean).slice(0, 5)}`);
  assert.deepEqual(times.failed, []);
  assert.ok(mountedAtTop < CARDS / 5, `${mountedAtTop} cards mounted before any scrolling`);
  // Loose bounds that catch a regression by an order of magnitude, not noise on a busy machine:
  // a card is ~120 KB of Blink heap and ~20 KB of wasm memory.
  assert.ok(end.wasm < 64 * 1048576, `wasm memory ${mib(end.wasm)}`);
  assert.ok(end.jsHeap < 64 * 1048576, `JS heap ${mib(end.jsHeap)}`);
  assert.ok(end.blink < 512 * 1048576, `Blink heap ${mib(end.blink)}`);
  assert.ok(scroll.ms < 60000, `scrolling took ${scroll.ms} ms`);
  assertClean(page);
});
