// The loader does not wait forever or read without bound: a fetch with no answer within the
// host's data-timeout, or a response over 1 MiB, shows an error card saying so. A slow answer
// within the limits still renders, with the host marked busy meanwhile.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { errorItems, expectState, htmlFixture, json, normalise, seedDocument } from './support.mjs';

const MiB = 1024 * 1024;

/** The seed document as JSON text padded with trailing spaces to exactly `bytes` bytes. */
function seedOfSize(bytes) {
  const text = JSON.stringify(seedDocument());
  const length = Buffer.byteLength(text);
  assert.ok(length < bytes);
  return text + ' '.repeat(bytes - length);
}

/** Sends `body` in 64 KiB chunks with no content-length (chunked transfer encoding). */
function streamed(body) {
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const bytes = Buffer.from(body);
    for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
      res.write(bytes.subarray(offset, offset + 64 * 1024));
    }
    res.end();
  };
}

let server;
let url;
let browser;
let releaseHeld;
const held = new Promise((resolve) => { releaseHeld = resolve; });

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/slow-fetch.html': htmlFixture('slow-fetch.html'),
      '/oversized.html': htmlFixture('oversized.html'),
      // Never answers at all: not even headers.
      '/data/no-headers.json': () => {},
      // Sends headers and the start of the body, then stalls.
      '/data/stalled-body.json': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"version": 1, "title": ');
      },
      // Answers only when the test says so (well within the default 10 s timeout).
      '/data/held.json': async (req, res) => {
        await held;
        json(seedDocument())(req, res);
      },
      // Announces its size up front.
      '/data/declared-large.json': json(seedOfSize(1.5 * MiB)),
      // Only reveals its size while streaming.
      '/data/streamed-large.json': streamed(seedOfSize(MiB + 1)),
      '/data/at-limit.json': streamed(seedOfSize(MiB)),
    },
  }));
  browser = await launch();
});

after(async () => {
  releaseHeld();
  await browser?.close();
  // Drops the connections the never-answering routes keep open.
  server?.closeAllConnections();
  server?.close();
});

test('no answer within data-timeout shows a timeout error card', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  const started = Date.now();
  await page.goto(`${url}/slow-fetch.html`, { waitUntil: 'domcontentloaded' });

  // Meanwhile the slow hosts are marked busy, and the held one stays so past the timeout.
  await page.locator('#held[data-es-state="loading"][aria-busy="true"]').waitFor({ state: 'attached', timeout: 5000 });

  for (const id of ['#no-headers', '#stalled-body']) {
    await expectState(page, id, 'error', 5000);
    const alert = page.locator(id).getByRole('alert');
    assert.ok(await alert.isVisible());
    const text = normalise(await alert.innerText());
    assert.ok(text.includes('This summary could not be shown'), text);
    assert.ok(text.includes(`could not load ${url}/data/${id.slice(1)}.json: no answer within 0.5 s`), text);
  }
  // data-timeout="500" was honoured, not the 10 s default.
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 500 && elapsed < 5000, `gave up after ${elapsed} ms`);
  for (const src of ['/data/no-headers.json', '/data/stalled-body.json']) {
    assert.ok(
      page.consoleErrors.some((line) => line.startsWith(`exec-summary: ${src}: `) && line.includes('no answer within 0.5 s')),
      JSON.stringify(page.consoleErrors),
    );
  }

  // The held host is still loading (its timeout is the default), then renders once answered.
  assert.equal(await page.locator('#held').getAttribute('data-es-state'), 'loading');
  assert.equal(await page.locator('#held').getAttribute('aria-busy'), 'true');
  releaseHeld();
  await expectState(page, '#held', 'ready');
  assert.equal(
    normalise(await page.locator('#held').getByRole('heading', { level: 2 }).innerText()),
    'Present and Future Sino-Russian Cooperation',
  );
  assert.deepEqual(page.problems, []);
});

test('a response over 1 MiB shows a size error card, one at exactly 1 MiB renders', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/oversized.html`);

  await expectState(page, '#declared', 'error');
  const declared = normalise(await page.locator('#declared').getByRole('alert').innerText());
  assert.match(declared, /the summary is 1572864 bytes, the limit is 1 MiB/);

  await expectState(page, '#streamed', 'error');
  const streamedText = normalise(await page.locator('#streamed').getByRole('alert').innerText());
  assert.match(streamedText, /larger than the 1 MiB limit/);
  for (const id of ['#declared', '#streamed']) {
    assert.ok(await page.locator(id).getByRole('alert').isVisible());
    assert.equal((await errorItems(page, id)).length, 1);
  }
  assert.ok(page.consoleErrors.some((line) => line.startsWith('exec-summary: /data/declared-large.json: ') && line.includes('1 MiB')));
  assert.ok(page.consoleErrors.some((line) => line.startsWith('exec-summary: /data/streamed-large.json: ') && line.includes('1 MiB')));

  // The limit is inclusive: a document of exactly 1 MiB is shown.
  await expectState(page, '#at-limit', 'ready');
  assert.equal(await page.locator('#at-limit details.es-section').count(), 2);
  assert.deepEqual(page.problems, []);
});
