// The loader works however the page includes it: as a classic `<script src defer>`, from any path
// (it finds its own URL), from another origin (a CDN sending CORS headers), and with the wasm
// served under a wrong content type (the glue falls back from instantiateStreaming). A CDN
// without CORS cannot serve the runtime: the card slot says so in the console, nothing throws.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, json, seedDocument } from './support.mjs';
import { assertClean, cardTitle, htmlRoute, loaderTag, pageHtml, recordRequests, tally } from './pages.mjs';

const PKG = new URL('../../pkg/', import.meta.url);
const TYPES = { js: 'text/javascript', css: 'text/css', wasm: 'application/wasm', html: 'text/html', json: 'application/json', ts: 'text/plain' };
const HOST = '<div class="exec-summary" id="card" data-src="/data/seed.json"></div>';

/** Routes serving every file of pkg/'s top folder under `prefix` (a path that has nothing to do with "pkg"). */
function mirror(prefix) {
  const routes = {};
  for (const entry of readdirSync(PKG, { withFileTypes: true })) {
    if (!entry.isFile()) continue; // the npm package's Node entries (server/, eleventy/)
    const { name } = entry;
    const body = readFileSync(new URL(name, PKG));
    routes[`${prefix}${name}`] = (req, res) => {
      res.writeHead(200, { 'content-type': TYPES[name.split('.').pop()] || 'application/octet-stream' });
      res.end(body);
    };
  }
  return routes;
}

let site;
let cdn;
let plain;
let browser;

before(async () => {
  const routes = {
    ...mirror('/static/vendor/exec-summary/v1/'),
    '/data/seed.json': json(seedDocument()),
    '/classic.html': htmlRoute(pageHtml({ head: loaderTag('/pkg/exec-summary.js', { classic: true }), body: HOST })),
    '/async-classic.html': htmlRoute(pageHtml({ head: '<script src="/pkg/exec-summary.js" async></script>', body: HOST })),
    '/other-path.html': htmlRoute(pageHtml({ head: loaderTag('/static/vendor/exec-summary/v1/exec-summary.js'), body: HOST })),
    '/other-path-classic.html': htmlRoute(pageHtml({
      head: loaderTag('/static/vendor/exec-summary/v1/exec-summary.js?ver=6.4', { classic: true }),
      body: HOST,
    })),
    '/wrong-mime.html': htmlRoute(pageHtml({ body: HOST })),
    '/pkg/exec_summary_bg.wasm': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(readFileSync(new URL('exec_summary_bg.wasm', PKG)));
    },
  };
  site = await startServer({ port: 0, routes });
  cdn = await startServer({ port: 0, cors: true });
  plain = await startServer({ port: 0 });
  // Pages on the site that load the bundle from the other servers.
  for (const [name, origin, classic] of [
    ['cdn-classic', cdn.url, true], ['cdn-module', cdn.url, false], ['no-cors', plain.url, true],
  ]) {
    routes[`/${name}.html`] = htmlRoute(pageHtml({ head: loaderTag(`${origin}/pkg/exec-summary.js`, { classic }), body: HOST }));
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of [site, cdn, plain]) {
    s?.server.closeAllConnections();
    s?.server.close();
  }
});

/** Opens `path` on the site, waits for #card to settle in `state`; returns the page and its requests. */
async function open(t, path, state = 'ready') {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  const requests = recordRequests(page, { withOrigin: true });
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  await page.goto(`${site.url}${path}`);
  await expectState(page, '#card', state);
  return { page, requests, warnings };
}

test('a classic <script defer> loader mounts the card', async (t) => {
  const { page, requests } = await open(t, '/classic.html');
  assert.equal(await cardTitle(page, '#card'), 'Present and Future Sino-Russian Cooperation');
  assert.equal(tally(requests)[`${site.url}/pkg/exec_summary_bg.wasm`], 1);
  assertClean(page);
});

test('an async classic loader mounts the card', async (t) => {
  const { page } = await open(t, '/async-classic.html');
  assert.equal(await page.locator('#card details.es-section').count(), 2);
  assertClean(page);
});

test('the loader finds its own URL: pkg/ served from another path', async (t) => {
  for (const path of ['/other-path.html', '/other-path-classic.html']) {
    const { page, requests } = await open(t, path);
    const bundle = requests.filter((r) => r.includes('/static/vendor/exec-summary/v1/'));
    for (const file of ['exec-summary-runtime.js', 'exec_summary.js', 'exec_summary_bg.wasm', 'exec-summary.css']) {
      assert.equal(bundle.filter((r) => r.endsWith(`/${file}`)).length, 1, `${path}: ${file} in ${JSON.stringify(requests)}`);
    }
    assert.equal(requests.filter((r) => r.includes('/pkg/')).length, 0, `${path} reached for /pkg/`);
    assertClean(page);
  }
});

test('pkg/ on another origin with CORS works as a classic script and as a module', async (t) => {
  for (const path of ['/cdn-classic.html', '/cdn-module.html']) {
    const { page, requests } = await open(t, path);
    const counts = tally(requests);
    for (const file of ['exec-summary.js', 'exec-summary-runtime.js', 'exec_summary.js', 'exec_summary_bg.wasm', 'exec-summary.css']) {
      assert.equal(counts[`${cdn.url}/pkg/${file}`], 1, `${path}: ${file} not fetched once from the CDN`);
    }
    // The data still comes from the page's own origin.
    assert.equal(counts[`${site.url}/data/seed.json`], 1);
    assert.equal(await page.locator('#card details.es-section').count(), 2);
    assertClean(page);
  }
});

test('pkg/ on another origin without CORS fails quietly in the card’s slot', async (t) => {
  const { page } = await open(t, '/no-cors.html', 'error');
  // Only the loader's own report: no uncaught error reached the page.
  assert.deepEqual(page.problems, []);
  assert.ok(page.consoleErrors.some((line) => line.startsWith('exec-summary:')), JSON.stringify(page.consoleErrors));
});

test('wasm sent as application/octet-stream still instantiates', async (t) => {
  const { page, requests, warnings } = await open(t, '/wrong-mime.html');
  assert.equal(await page.locator('#card details.es-section').count(), 2);
  // Fetched once: the fallback reuses the response instead of downloading the module again.
  assert.equal(tally(requests)[`${site.url}/pkg/exec_summary_bg.wasm`], 1);
  assert.ok(warnings.some((w) => w.includes('instantiateStreaming')), 'the glue did not fall back');
  assertClean(page);
});
