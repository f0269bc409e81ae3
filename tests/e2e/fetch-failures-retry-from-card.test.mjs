// Each way a fetch can fail gets a clear error card in the card's slot (HTTP errors, network
// failure, an HTML page where JSON was expected) — timeouts, the size cap and 404 are covered by
// fetch-limits-show-error-card and load-failures-show-error-card. A failed fetch offers "Try
// again", which fetches afresh and shows the card once the server has recovered.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { errorItems, expectState, htmlFixture, json, normalise, seedDocument } from './support.mjs';
import { cardTitle } from './pages.mjs';

const TITLE = 'Present and Future Sino-Russian Cooperation';
const HTML_PAGE = '<!doctype html><html><head><title>Not found</title></head><body><h1>Page not found</h1></body></html>';

let server;
let url;
let browser;
let page;
// Server-side switches the tests flip to make a failing route recover.
const recovered = { flaky: false, offline: false, slow: false };
const hits = { flaky: 0, offline: 0, slow: 0 };

before(async () => {
  const invalid = seedDocument();
  delete invalid.title;
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/fetch-failures.html': htmlFixture('fetch-failures.html'),
      '/data/server-error.json': (req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'),
      // The connection drops before any answer: fetch() rejects with a network error.
      '/data/network.json': (req) => req.socket.destroy(),
      '/data/html-page.json': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML_PAGE),
      // A misconfigured server labels its HTML page as JSON.
      '/data/html-as-json.json': (req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(HTML_PAGE),
      '/data/flaky.json': (req, res) => {
        hits.flaky += 1;
        if (recovered.flaky) return json(seedDocument())(req, res);
        res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      },
      '/data/offline.json': (req, res) => {
        hits.offline += 1;
        if (recovered.offline) return json(seedDocument())(req, res);
        req.socket.destroy();
      },
      '/data/slow.json': (req, res) => {
        hits.slow += 1;
        if (recovered.slow) json(seedDocument())(req, res);
      },
      '/data/invalid.json': json(invalid),
    },
  }));
  browser = await launch();
  page = await openPage(browser);
  await page.goto(`${url}/fetch-failures.html`);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

/** The single problem the error card in `host` lists. */
async function problem(host) {
  await expectState(page, host, 'error');
  assert.ok(await page.locator(host).getByRole('alert').isVisible());
  const items = await errorItems(page, host);
  assert.equal(items.length, 1, JSON.stringify(items));
  return items[0].text;
}

test('an HTTP 500 shows the status', async () => {
  assert.equal(await problem('#server-error'), `could not load ${url}/data/server-error.json: HTTP 500 Internal Server Error`);
});

test('a dropped connection shows a network error', async () => {
  assert.equal(await problem('#network'), `could not load ${url}/data/network.json: network error or blocked by CORS`);
});

test('an HTML page where JSON was expected says so, whatever its content type', async () => {
  assert.match(await problem('#html-page'), /: the server sent a web page \(text\/html; charset=utf-8\), not JSON$/);
  assert.match(await problem('#html-as-json'), /: the server sent a web page, not JSON$/);
});

test('fetch failures offer "Try again"; invalid data does not', async () => {
  for (const host of ['#server-error', '#network', '#html-page', '#flaky', '#offline']) {
    await expectState(page, host, 'error');
    assert.equal(await page.locator(host).getByRole('button', { name: 'Try again' }).count(), 1, host);
  }
  await expectState(page, '#invalid', 'error');
  assert.equal(await page.locator('#invalid').getByRole('button', { name: 'Try again' }).count(), 0);
});

test('"Try again" after an HTTP error fetches again and shows the card once the server recovers', async () => {
  assert.match(await problem('#flaky'), /HTTP 503/);
  // Still failing: another error card, after a real second request.
  await page.locator('#flaky').getByRole('button', { name: 'Try again' }).click();
  await expectState(page, '#flaky', 'error');
  assert.equal(hits.flaky, 2);
  recovered.flaky = true;
  await page.locator('#flaky').getByRole('button', { name: 'Try again' }).click();
  await expectState(page, '#flaky', 'ready');
  assert.equal(hits.flaky, 3);
  assert.equal(await cardTitle(page, '#flaky'), TITLE);
  assert.equal(await page.locator('#flaky').getByRole('alert').count(), 0);
});

test('"Try again" after a network failure or a timeout recovers too', async () => {
  await problem('#offline');
  recovered.offline = true;
  await page.locator('#offline').getByRole('button', { name: 'Try again' }).click();
  await expectState(page, '#offline', 'ready');
  assert.equal(await cardTitle(page, '#offline'), TITLE);

  assert.match(await problem('#slow'), /no answer within 0\.3 s/);
  recovered.slow = true;
  await page.locator('#slow').getByRole('button', { name: 'Try again' }).click();
  await expectState(page, '#slow', 'ready');
  assert.equal(hits.slow, 2);
  assert.equal(normalise(await page.locator('#slow .es-card__title').innerText()), TITLE);
  assert.deepEqual(page.problems, []);
});
