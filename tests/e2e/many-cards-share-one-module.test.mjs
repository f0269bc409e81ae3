// Many cards on one page share one of everything: the runtime, the wasm module (fetched and
// instantiated once), the stylesheet and each distinct data-src URL (fetched once). Each card
// mounts on its own, so a failure in one (404, bad JSON, timeout, oversized, invalid data) shows
// an error card in that slot only. Reports time to all rendered, memory and layout shift for 100
// and 1,000 cards (test diagnostics: `# …` lines in the TAP output).
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { json, seedDocument } from './support.mjs';
import {
  assertClean, htmlRoute, installProbe, memoryUse, mib, pageHtml, probeResult, recordRequests, settledStates, tally,
} from './pages.mjs';

const SEED = '/data/seed.json';
// Slots that fail, each in its own way, among the 100.
const FAILING = {
  10: '/data/missing.json',
  30: '/data/malformed.json',
  50: '/data/never.json" data-timeout="400',
  70: '/data/huge.json',
  90: '/data/invalid.json',
};

function invalidDocument() {
  const doc = seedDocument();
  delete doc.title;
  return doc;
}

/** A page of `n` card hosts with a paragraph between each two; all eager when `eager`. */
function manyCards(n, { failing = {}, eager = true } = {}) {
  const para = (i) => `<p>Host paragraph ${i}: the article goes on around the cards, long enough to wrap over a couple of lines at the default viewport width.</p>`;
  const parts = [para(0)];
  for (let i = 0; i < n; i += 1) {
    parts.push(`<div class="exec-summary" id="c${i}" data-src="${failing[i] || SEED}"></div>`, para(i + 1));
  }
  const config = eager ? '<script>window.ExecSummaryConfig = { loading: "eager" };</script>\n' : '';
  return pageHtml({ head: `${config}<script type="module" src="/pkg/exec-summary.js"></script>`, body: `<main>${parts.join('\n')}</main>` });
}

let server;
let url;
let browser;

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/100.html': htmlRoute(manyCards(100, { failing: FAILING })),
      '/100-ok.html': htmlRoute(manyCards(100)),
      '/1000.html': htmlRoute(manyCards(1000)),
      [SEED]: json(seedDocument()),
      '/data/malformed.json': json('{ "version": 1, "title": '),
      '/data/never.json': () => {},
      '/data/huge.json': json(`{"version":1,"title":"x","pad":"${'x'.repeat(1100 * 1024)}"}`),
      '/data/invalid.json': json(invalidDocument()),
    },
  }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

/** Loads `path` with `n` hosts, waits for all to settle; returns page, requests and figures. */
async function load(t, path, n) {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  const requests = recordRequests(page);
  await installProbe(page, n);
  await page.goto(`${url}${path}`);
  const probe = await probeResult(page);
  const states = await settledStates(page, '.exec-summary', n);
  return { page, requests, probe, states };
}

test('100 cards: one runtime, one wasm instance, one stylesheet, one fetch per URL', async (t) => {
  const { page, requests, probe, states } = await load(t, '/100.html', 100);
  const counts = tally(requests);
  for (const file of ['exec-summary.js', 'exec-summary-runtime.js', 'exec_summary.js', 'exec_summary_bg.wasm', 'exec-summary.css']) {
    assert.equal(counts[`/pkg/${file}`], 1, `/pkg/${file} requested ${counts[`/pkg/${file}`]} times`);
  }
  assert.equal(probe.instantiations, 1, 'the wasm module was instantiated more than once');
  assert.equal(counts[SEED], 1, `${SEED} requested ${counts[SEED]} times for 95 cards`);
  assert.equal(states.filter((s) => s === 'ready').length, 95);
  // Every card has its own shadow root sharing the one constructed stylesheet.
  const sheets = await page.locator('.exec-summary').evaluateAll((hosts) => {
    const all = hosts.map((h) => h.shadowRoot.adoptedStyleSheets[0]);
    return { distinct: new Set(all).size, missing: all.filter((s) => !s).length };
  });
  assert.deepEqual(sheets, { distinct: 1, missing: 0 });
  assertClean(page, (line) => line.startsWith('exec-summary: /data/') || /Failed to load resource/.test(line));
});

test('a failing card shows its error in its own slot; its neighbours render', async (t) => {
  const { page, states } = await load(t, '/100.html', 100);
  const expected = {
    10: /HTTP 404/,
    30: /invalid JSON/,
    50: /no answer within 0\.4 s/,
    70: /larger than the 1 MiB limit|the limit is 1 MiB/,
    90: /title: required field is missing/,
  };
  for (const [i, pattern] of Object.entries(expected)) {
    assert.equal(states[i], 'error', `card ${i}`);
    const alert = page.locator(`#c${i}`).getByRole('alert');
    assert.equal(await alert.count(), 1);
    assert.match(await alert.innerText(), pattern);
    for (const j of [Number(i) - 1, Number(i) + 1]) {
      assert.equal(states[j], 'ready', `neighbour ${j} of failing card ${i}`);
      assert.equal(await page.locator(`#c${j} article.es-card`).count(), 1);
      assert.equal(await page.locator(`#c${j}`).getByRole('alert').count(), 0);
    }
  }
  // The neighbours are interactive.
  await page.locator('#c11 #policy-implications > summary').click();
  assert.equal(await page.locator('#c11 #policy-implications').evaluate((d) => d.open), true);
  assert.equal(await page.locator('#c9 #policy-implications').evaluate((d) => d.open), false);
  assert.deepEqual(page.problems, []);
});

for (const n of [100, 1000]) {
  test(`${n} cards on one page: time to all rendered, memory, layout shift`, async (t) => {
    const { page, probe, states } = await load(t, n === 100 ? '/100-ok.html' : '/1000.html', n);
    assert.equal(states.filter((s) => s === 'ready').length, n);
    const rendered = await page.locator('.exec-summary').evaluateAll((hosts) => hosts.filter((h) => h.shadowRoot.querySelector('article.es-card')).length);
    assert.equal(rendered, n);
    const memory = await memoryUse(page);
    t.diagnostic(`${n} cards: all rendered ${Math.round(probe.paintedAt)} ms after navigation start `
      + `(settled ${Math.round(probe.settledAt)} ms); JS heap ${mib(memory.jsHeap)}, DOM (Blink heap) ${mib(memory.dom)}, wasm memory ${mib(memory.wasm)}; `
      + `CLS ${probe.cls.toFixed(3)} (${probe.shifts} shifts)`);
    // Loose bounds that catch a regression by an order of magnitude, not noise on a busy machine.
    assert.ok(probe.paintedAt < (n === 100 ? 15000 : 60000), `took ${probe.paintedAt} ms`);
    assert.ok(memory.wasm < 64 * 1048576, `wasm memory ${mib(memory.wasm)}`);
    assertClean(page);
  });
}
