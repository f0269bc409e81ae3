// The iframe page (www/embed.html?src=… and pkg/embed.html?src=…) shows one card and posts its
// height to the parent ({ type: 'exec-summary:resize', height }); with the documented one-line
// snippet the parent sizes each frame to its card as it opens and closes, and without it the
// frame keeps the height the page gave it and scrolls inside.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { htmlFixture, json, seedDocument } from './support.mjs';
import { assertClean, shortDocument } from './pages.mjs';

let server;
let url;
let browser;

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/iframe-parent.html': htmlFixture('iframe-parent.html'),
      '/iframe-no-snippet.html': htmlFixture('iframe-no-snippet.html'),
      '/data/seed.json': json(seedDocument()),
      '/data/short.json': json(shortDocument('Framed summary')),
    },
  }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

/** The document inside the iframe with id `id`. */
async function frameOf(page, id) {
  return (await page.locator(`#${id}`).elementHandle()).contentFrame();
}

/** The frame element's height and its document's height, in CSS pixels. */
async function heights(page, id) {
  const frameHeight = await page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
  const frame = await frameOf(page, id);
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { frameHeight, content };
}

/** Waits until the frame is as tall as its content (the snippet did its work). */
async function fitted(page, id) {
  await page.waitForFunction((fid) => {
    const f = document.getElementById(fid);
    const doc = f.contentDocument;
    if (!doc || doc.querySelector('.exec-summary')?.dataset.esState !== 'ready') return false;
    return Math.abs(f.getBoundingClientRect().height - Math.ceil(doc.documentElement.getBoundingClientRect().height)) <= 1;
  }, id, { timeout: 10000, polling: 50 });
  return heights(page, id);
}

test('with the host snippet each frame takes its card’s height, and follows it', async (t) => {
  const page = await openPage(browser, { viewport: { width: 900, height: 700 } });
  t.after(() => page.context().close());
  const messages = [];
  await page.exposeFunction('recordMessage', (data) => messages.push(data));
  await page.addInitScript(() => addEventListener('message', (e) => window.recordMessage(e.data)));
  await page.goto(`${url}/iframe-parent.html`);

  const first = await fitted(page, 'site');
  assert.notEqual(first.frameHeight, 640, 'the frame kept its fallback height');
  const short = await fitted(page, 'bundle');
  assert.ok(short.frameHeight < first.frameHeight, 'each frame is sized on its own');
  // The pkg/ copy passes query options to the card.
  const bundle = page.frameLocator('#bundle');
  assert.equal(await bundle.locator('article.es-card').getAttribute('data-theme'), 'dark');
  assert.equal((await bundle.locator('.es-card__title').textContent()).trim(), 'Framed summary');

  // Opening every section makes the card taller: the frame grows with it, then shrinks back.
  const site = page.frameLocator('#site');
  await site.getByRole('button', { name: 'Expand all' }).click();
  await page.waitForFunction((h) => document.getElementById('site').getBoundingClientRect().height > h + 20, first.frameHeight);
  const opened = await fitted(page, 'site');
  assert.ok(opened.frameHeight > first.frameHeight, JSON.stringify({ first, opened }));
  await site.getByRole('button', { name: 'Collapse all' }).click();
  await page.waitForFunction((h) => document.getElementById('site').getBoundingClientRect().height < h - 20, opened.frameHeight);
  const closed = await fitted(page, 'site');
  assert.ok(closed.frameHeight < opened.frameHeight);

  // The messages are the documented shape, and no frame scrolls inside.
  assert.ok(messages.length >= 4, JSON.stringify(messages));
  for (const m of messages) {
    assert.deepEqual(Object.keys(m).sort(), ['height', 'type']);
    assert.equal(m.type, 'exec-summary:resize');
    assert.ok(Number.isInteger(m.height) && m.height > 100);
  }
  for (const id of ['site', 'bundle']) {
    const frame = await frameOf(page, id);
    assert.equal(await frame.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight + 1), true, `${id} scrolls`);
  }
  // Links in the card open outside the frame.
  assert.equal(await site.locator('base').getAttribute('target'), '_blank');
  assertClean(page);
});

test('without the snippet the frame keeps its fixed height and the card scrolls inside', async (t) => {
  const page = await openPage(browser, { viewport: { width: 900, height: 700 } });
  t.after(() => page.context().close());
  await page.goto(`${url}/iframe-no-snippet.html`);
  const frame = page.frameLocator('#site');
  await frame.locator('.exec-summary[data-es-state="ready"]').waitFor({ state: 'attached', timeout: 10000 });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await page.locator('#site').evaluate((f) => f.getBoundingClientRect().height), 640);
  // Every section open: the card is taller than the frame, and the frame's page scrolls to it all.
  const inner = await frameOf(page, 'site');
  const { scrollHeight, innerHeight } = await inner.evaluate(() => ({
    scrollHeight: document.scrollingElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  assert.equal(innerHeight, 640);
  assert.ok(scrollHeight > innerHeight, `${scrollHeight} ≤ ${innerHeight}`);
  await frame.locator('.es-card__footer').scrollIntoViewIfNeeded();
  assert.ok(await frame.locator('.es-card__footer').isVisible());
  assertClean(page);
});

test('embed.html without ?src= shows an error card, not a blank frame', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/embed.html`);
  await page.locator('.exec-summary[data-es-state="error"]').waitFor({ state: 'attached', timeout: 10000 });
  assert.ok(await page.getByRole('alert').isVisible());
});
