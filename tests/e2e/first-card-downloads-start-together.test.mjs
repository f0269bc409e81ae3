// The first card's downloads start together: when a card nears the viewport, the loader asks for
// the runtime, the wasm module, its glue, the stylesheet and the card's JSON at once, so a reader
// waits one round trip for all of them instead of a chain of them. The runtime is held back here
// (as a slow network would) to show that nothing else waits for it, and that what the loader
// started is used, not fetched twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage } from './browser.mjs';
import { expectState, json, seedDocument, useSite } from './support.mjs';
import { assertClean, htmlRoute, pageHtml, tally } from './pages.mjs';

const RUNTIME_DELAY_MS = 600;
const runtime = readFileSync(new URL('../../pkg/exec-summary-runtime.js', import.meta.url));

let url;
let browser;
useSite((site) => ({ url, browser } = site), {
  routes: {
    '/pkg/exec-summary-runtime.js': (req, res) => setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(runtime);
    }, RUNTIME_DELAY_MS),
    '/one.html': htmlRoute(pageHtml({ body: '<h1>Article</h1><div class="exec-summary" id="card" data-src="/data/seed.json"></div>' })),
    '/two.html': htmlRoute(pageHtml({
      body: '<div class="exec-summary" id="a" data-src="data/seed.json"></div><div class="exec-summary" id="b" data-src="/data/seed.json"></div>',
    })),
    '/static.html': htmlRoute(pageHtml({ body: '<p>No card here yet.</p>' })),
    '/bad-url.html': htmlRoute(pageHtml({ body: '<div class="exec-summary" id="bad" data-src="http://[::1"></div>' })),
    '/data/seed.json': json(seedDocument()),
    '/data/missing.json': json({ error: 'gone' }, 404),
  },
});

/** Each request's path with when it started and, once done, when its response ended (ms). */
function timeline(page) {
  const started = performance.now();
  const entries = new Map(); // request → its entry
  page.on('request', (request) => {
    entries.set(request, { path: new URL(request.url()).pathname, start: performance.now() - started, end: null });
  });
  page.on('requestfinished', (request) => {
    const entry = entries.get(request);
    if (entry) entry.end = performance.now() - started;
  });
  return { get all() { return [...entries.values()]; } };
}

test('the JSON, wasm, glue and stylesheet are requested before the runtime arrives, each once', async () => {
  const page = await openPage(browser);
  const requests = timeline(page);
  await page.goto(`${url}/one.html`);
  await expectState(page, '#card', 'ready');
  const runtimeDone = requests.all.find((r) => r.path === '/pkg/exec-summary-runtime.js')?.end;
  assert.ok(runtimeDone, 'the runtime was loaded');
  for (const path of ['/data/seed.json', '/pkg/exec_summary_bg.wasm', '/pkg/exec_summary.js', '/pkg/exec-summary.css']) {
    const request = requests.all.find((r) => r.path === path);
    assert.ok(request, `${path} was requested`);
    assert.ok(request.start < runtimeDone - RUNTIME_DELAY_MS / 2,
      `${path} started at ${request.start.toFixed(0)} ms, not long before the runtime arrived at ${runtimeDone.toFixed(0)} ms`);
  }
  const counts = tally(requests.all.map((r) => r.path));
  for (const path of ['/data/seed.json', '/pkg/exec_summary_bg.wasm', '/pkg/exec_summary.js', '/pkg/exec-summary.css', '/pkg/exec-summary-runtime.js']) {
    assert.equal(counts[path], 1, `${path} requested ${counts[path]} times`);
  }
  const title = await page.locator('#card .es-card__title').textContent();
  assert.equal(title, seedDocument().title);
  assertClean(page);
  await page.context().close();
});

test('two cards naming the same JSON by different relative URLs fetch it once', async () => {
  const page = await openPage(browser);
  const requests = timeline(page);
  await page.goto(`${url}/two.html`);
  await expectState(page, '#a', 'ready');
  await expectState(page, '#b', 'ready');
  assert.equal(tally(requests.all.map((r) => r.path))['/data/seed.json'], 1);
  assertClean(page);
  await page.context().close();
});

test('a failed early fetch shows its error card, and "Try again" really asks again', async () => {
  const page = await openPage(browser);
  const requests = timeline(page);
  await page.goto(`${url}/static.html`);
  await page.evaluate(() => {
    const host = Object.assign(document.createElement('div'), { className: 'exec-summary', id: 'gone' });
    host.dataset.src = '/data/missing.json';
    document.body.append(host);
  });
  await expectState(page, '#gone', 'error');
  assert.match(await page.locator('#gone').getByRole('alert').innerText(), /HTTP 404/);
  assert.equal(tally(requests.all.map((r) => r.path))['/data/missing.json'], 1);
  await page.locator('#gone').getByRole('button', { name: 'Try again' }).click();
  const asked = () => tally(requests.all.map((r) => r.path))['/data/missing.json'];
  for (let i = 0; i < 100 && asked() < 2; i += 1) await page.waitForTimeout(50);
  await expectState(page, '#gone', 'error');
  assert.equal(tally(requests.all.map((r) => r.path))['/data/missing.json'], 2);
  assertClean(page, (line) => line.includes('/data/missing.json') || line.startsWith('Failed to load resource: the server responded with a status of 404'));
  await page.context().close();
});

test('a page with no card downloads nothing but the loader', async () => {
  const page = await openPage(browser);
  const requests = timeline(page);
  await page.goto(`${url}/static.html`);
  await page.waitForTimeout(300);
  assert.deepEqual(requests.all.map((r) => r.path).filter((p) => p !== '/static.html'), ['/pkg/exec-summary.js']);
  await page.context().close();
});

test('a data-src that is not a URL starts no download and gets an error card saying so', async () => {
  const page = await openPage(browser);
  const requests = timeline(page);
  await page.goto(`${url}/bad-url.html`);
  await expectState(page, '#bad', 'error');
  assert.match(await page.locator('#bad').getByRole('alert').innerText(), /http:\/\/\[::1 is not a valid URL/);
  assert.equal(await page.locator('#bad').getByRole('button', { name: 'Try again' }).count(), 0);
  assert.deepEqual(requests.all.map((r) => r.path).filter((p) => p.endsWith('.json') || p.includes('[')), []);
  assertClean(page, (line) => line.includes('http://[::1 is not a valid URL'));
  await page.context().close();
});
