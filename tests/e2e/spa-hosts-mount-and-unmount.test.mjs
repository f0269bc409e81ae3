// In a single-page app hosts come and go: hosts added later are mounted (MutationObserver),
// removed ones are destroyed, a moved host keeps its card, and no host is ever mounted twice.
// Mounting and unmounting a card 1,000 times keeps the JS heap, the DOM and the wasm memory at
// their baseline (figures are reported as test diagnostics). What is left over 1,000 cycles is
// one-off growth (compiled code, caches) and the heaps' noise, tens of bytes a cycle; the bound
// below (256 bytes a cycle in each heap) catches a card, its listeners or its wasm memory
// outliving its unmount by an order of magnitude. soak-mount-update-destroy-10000-times.test.mjs runs ten times as many
// cycles against a tighter bound.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, json } from './support.mjs';
import { assertClean, cardTitle, htmlRoute, inlineJson, memoryUse, mib, pageHtml, shortDocument } from './pages.mjs';

const CYCLES = 1000;

let server;
let url;
let browser;
let page;

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/app.html': htmlRoute(pageHtml({ body: '<div id="app"><nav>Menu</nav><main id="outlet"></main><aside id="side"></aside></div>' })),
      '/data/a.json': json(shortDocument('View A')),
      '/data/b.json': json(shortDocument('View B')),
    },
  }));
  browser = await launch();
  page = await openPage(browser);
  await page.goto(`${url}/app.html`);
  await page.waitForFunction(() => window.ExecSummary);
  // Counts ready events per host id, to prove each host is mounted once.
  await page.evaluate(() => {
    window.readyCount = {};
    document.addEventListener('exec-summary:ready', (e) => {
      const id = e.target.id || e.target.className;
      window.readyCount[id] = (window.readyCount[id] || 0) + 1;
    });
  });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

const settle = () => page.evaluate(() => new Promise((r) => setTimeout(r, 50)));

test('hosts a view adds later are mounted: div, element and inline JSON', async () => {
  await page.evaluate((json) => {
    document.getElementById('outlet').innerHTML = `
      <div class="exec-summary" id="view-a" data-src="/data/a.json"></div>
      <exec-summary id="view-b" src="/data/b.json"></exec-summary>
      <p>Before</p><script type="application/json" class="exec-summary" id="view-inline">${json}</script><p>After</p>`;
  }, inlineJson(shortDocument('Inline view')));
  await expectState(page, '#view-a', 'ready');
  await expectState(page, '#view-b', 'ready');
  await expectState(page, '.exec-summary-inline', 'ready');
  assert.equal(await cardTitle(page, '#view-a'), 'View A');
  assert.equal(await cardTitle(page, '#view-b'), 'View B');
  assert.equal(await cardTitle(page, '.exec-summary-inline'), 'Inline view');
});

test('a moved host keeps its card and is not mounted again', async () => {
  const before = await page.locator('#view-a article.es-card').evaluate((card) => { window.cardA = card; return true; });
  assert.ok(before);
  await page.evaluate(() => document.getElementById('side').append(document.getElementById('view-a')));
  await settle();
  assert.equal(await page.locator('#side > #view-a').getAttribute('data-es-state'), 'ready');
  assert.equal(await page.locator('#view-a').evaluate((host) => host.shadowRoot.querySelector('article.es-card') === window.cardA), true);
  // Scanning again and again changes nothing either.
  await page.evaluate(() => { ExecSummary.scan(); ExecSummary.scan(document.getElementById('side')); });
  await settle();
  const counts = await page.evaluate(() => window.readyCount);
  assert.equal(counts['view-a'], 1);
  assert.equal(counts['view-b'], 1);
  assert.equal(counts['exec-summary-inline'], 1);
  assert.equal(await page.locator('#view-a').evaluate((h) => h.shadowRoot.querySelectorAll('.es-root').length), 1);
});

test('removed hosts are destroyed; removing an inline script removes its card', async () => {
  await page.evaluate(() => {
    window.removedHosts = [document.getElementById('view-a'), document.getElementById('view-b')];
    document.getElementById('view-a').remove();
    document.getElementById('outlet').replaceChildren(...Array.from(document.getElementById('outlet').childNodes).filter((n) => n.id !== 'view-b'));
    document.getElementById('view-inline').remove();
  });
  await settle();
  const gone = await page.evaluate(() => window.removedHosts.map((h) => ({
    state: h.getAttribute('data-es-state'),
    roots: h.shadowRoot.querySelectorAll('.es-root').length,
  })));
  assert.deepEqual(gone, [{ state: null, roots: 0 }, { state: null, roots: 0 }]);
  assert.equal(await page.locator('.exec-summary-inline').count(), 0, 'the inline script’s card stayed behind');
  // Put back, a removed host mounts afresh.
  await page.evaluate(() => document.getElementById('outlet').append(window.removedHosts[0]));
  await expectState(page, '#view-a', 'ready');
  assert.equal(await cardTitle(page, '#view-a'), 'View A');
  assert.equal(await page.locator('#view-a').evaluate((h) => h.shadowRoot.querySelectorAll('.es-root').length), 1);
});

test('a host removed before its card loaded is never mounted', async () => {
  await page.evaluate(() => {
    const host = Object.assign(document.createElement('div'), { className: 'exec-summary', id: 'fleeting' });
    host.dataset.src = '/data/b.json';
    host.dataset.loading = 'eager';
    window.fleeting = host;
    document.getElementById('outlet').append(host);
    queueMicrotask(() => host.remove());
  });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.deepEqual(await page.evaluate(() => ({
    state: window.fleeting.getAttribute('data-es-state'),
    roots: window.fleeting.shadowRoot?.querySelectorAll('.es-root').length ?? 0,
  })), { state: null, roots: 0 });
});

test(`mounting and unmounting ${CYCLES} times keeps memory near its baseline`, async (t) => {
  // One cycle: add a host (four kinds in turn), wait until it is ready, remove it, let the
  // MutationObserver destroy it.
  const cycles = (n) => page.evaluate(async ([count, inline]) => {
    const outlet = document.getElementById('outlet');
    outlet.replaceChildren();
    for (let i = 0; i < count; i += 1) {
      const kind = i % 4;
      let host;
      let ready;
      if (kind === 3) {
        host = document.createElement('div');
        outlet.append(host);
        const handle = ExecSummary.render(host, JSON.parse(inline));
        await handle.ready;
        handle.destroy();
        host.remove();
        continue;
      }
      const wrapper = document.createElement('div');
      if (kind === 0) wrapper.innerHTML = '<div class="exec-summary" data-loading="eager" data-src="/data/a.json"></div>';
      if (kind === 1) wrapper.innerHTML = '<exec-summary loading="eager" src="/data/b.json"></exec-summary>';
      if (kind === 2) wrapper.innerHTML = `<script type="application/json" class="exec-summary" data-loading="eager">${inline}<\/script>`;
      ready = new Promise((resolve) => wrapper.addEventListener('exec-summary:ready', resolve, { once: true }));
      outlet.append(wrapper);
      await ready;
      wrapper.remove();
      await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => setTimeout(r, 100));
    return outlet.querySelectorAll('*').length;
  }, [n, inlineJson(shortDocument('Cycled'))]);

  await cycles(300); // warm-up: caches, compiled code, the pool of apps, the wasm allocator's first growth
  const baseline = await memoryUse(page);
  const started = Date.now();
  assert.equal(await cycles(CYCLES), 0);
  const elapsed = Date.now() - started;
  const afterwards = await memoryUse(page);
  const grew = (key) => afterwards[key] - baseline[key];
  const perCycle = (key) => `${(grew(key) / CYCLES).toFixed(1)} B/cycle`;
  t.diagnostic(`${CYCLES} mount/unmount cycles in ${elapsed} ms: `
    + `JS heap ${mib(baseline.jsHeap)} → ${mib(afterwards.jsHeap)} (${perCycle('jsHeap')}), `
    + `DOM (Blink heap) ${mib(baseline.dom)} → ${mib(afterwards.dom)} (${perCycle('dom')}), `
    + `wasm memory ${mib(baseline.wasm)} → ${mib(afterwards.wasm)} (${perCycle('wasm')})`);
  // A whole card is ~12 KB of DOM and ~17 KB of wasm memory (see many-cards-share-one-module),
  // an app per card leaked ~2 KB: under 256 bytes per cycle in each heap means neither happens.
  const limit = 256 * CYCLES;
  assert.ok(grew('jsHeap') < limit, `JS heap grew by ${mib(grew('jsHeap'))}`);
  assert.ok(grew('dom') < limit, `DOM heap grew by ${mib(grew('dom'))}`);
  assert.ok(grew('wasm') < limit, `wasm memory grew by ${mib(grew('wasm'))}`);
  assertClean(page);
});
