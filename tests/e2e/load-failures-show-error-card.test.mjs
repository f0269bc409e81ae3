// When a card's data cannot be used, the reader sees an error card (announced with role=alert)
// saying what went wrong, the publisher gets the same problems in the console with their JSON
// paths, and the other cards on the page are unaffected.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { errorItems, expectState, htmlFixture, json, normalise, seedDocument } from './support.mjs';

const ERROR_TITLE = 'This summary could not be shown';

/** The seed document with a number among the policy items and no title. */
function invalidDocument() {
  const doc = seedDocument();
  delete doc.title;
  doc.sections[1].items[2] = 42;
  return doc;
}

let server;
let url;
let browser;

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/two-hosts.html': htmlFixture('two-hosts.html'),
      '/invalid-data.html': htmlFixture('invalid-data.html'),
      '/malformed-json.html': htmlFixture('malformed-json.html'),
      '/no-src.html': htmlFixture('no-src.html'),
      '/data/good.json': json(seedDocument()),
      '/data/invalid.json': json(invalidDocument()),
      '/data/malformed.json': json('{ "version": 1, "title": "Unfinished", "sections": [ '),
      // /data/missing.json has no route: the static server answers 404.
    },
  }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

/** Opens a fixture page in a fresh context; returns the page. */
async function open(path) {
  const page = await openPage(browser);
  await page.goto(`${url}${path}`);
  return page;
}

test('a 404 shows an error card naming the URL, and the good card beside it still works', async (t) => {
  const page = await open('/two-hosts.html');
  t.after(() => page.context().close());
  await expectState(page, '#missing', 'error');
  await expectState(page, '#good', 'ready');

  const alert = page.locator('#missing').getByRole('alert');
  assert.equal(await alert.count(), 1);
  assert.ok(await alert.isVisible());
  const text = normalise(await alert.innerText());
  assert.ok(text.includes(ERROR_TITLE), text);
  assert.ok(text.includes(`${url}/data/missing.json`), `URL not named: ${text}`);
  assert.match(text, /HTTP 404\b/);
  assert.equal(await page.locator('#missing article.es-card').count(), 0);

  // The good card is complete and interactive.
  const good = page.locator('#good');
  assert.equal(await good.getByRole('alert').count(), 0);
  assert.equal(
    normalise(await good.getByRole('heading', { level: 2 }).innerText()),
    'Present and Future Sino-Russian Cooperation',
  );
  const policy = good.locator('#policy-implications');
  assert.equal(await policy.evaluate((d) => d.open), false);
  await policy.locator('summary').click();
  assert.equal(await policy.evaluate((d) => d.open), true);
  assert.ok(await policy.locator('li').first().isVisible());
  // Both sections are open now, so the card offers to collapse them.
  await good.getByRole('button', { name: 'Collapse all' }).waitFor({ timeout: 2000 });

  // The failure is logged for the publisher, and nothing threw into the page.
  assert.ok(
    page.consoleErrors.some((line) => line.startsWith('exec-summary: /data/missing.json: ') && line.includes('HTTP 404')),
    `no exec-summary console error for the 404 in ${JSON.stringify(page.consoleErrors)}`,
  );
  assert.ok(!page.consoleErrors.some((line) => line.includes('/data/good.json')));
  assert.deepEqual(page.problems, []);
});

test('a document that breaks the contract lists every problem with its JSON path', async (t) => {
  const page = await open('/invalid-data.html');
  t.after(() => page.context().close());
  await expectState(page, '#card', 'error');

  const alert = page.locator('#card').getByRole('alert');
  assert.ok(await alert.isVisible());
  assert.ok(normalise(await alert.innerText()).includes(ERROR_TITLE));
  const items = await errorItems(page, '#card');
  assert.deepEqual(items.map((item) => item.path), ['title', 'sections[1].items[2]']);
  assert.match(items[0].text, /^title: required field is missing/);
  assert.match(items[1].text, /^sections\[1\]\.items\[2\]: expected a string, found a number/);
  // The paths are visible to the reader, not only in the DOM.
  for (const path of ['title', 'sections[1].items[2]']) {
    assert.ok(await alert.locator('code.es-error__path', { hasText: path }).first().isVisible());
  }
  assert.equal(await page.locator('#card article.es-card').count(), 0);

  const logged = page.consoleErrors.filter((line) => line.startsWith('exec-summary: /data/invalid.json: '));
  assert.ok(
    logged.some((line) => line.startsWith('exec-summary: /data/invalid.json: title: ')),
    `title problem not logged: ${JSON.stringify(page.consoleErrors)}`,
  );
  assert.ok(
    logged.some((line) => line.startsWith('exec-summary: /data/invalid.json: sections[1].items[2]: ')),
    `item problem not logged: ${JSON.stringify(page.consoleErrors)}`,
  );
  assert.deepEqual(page.problems, []);
});

test('a document that is not valid JSON shows an error card', async (t) => {
  const page = await open('/malformed-json.html');
  t.after(() => page.context().close());
  await expectState(page, '#card', 'error');
  const alert = page.locator('#card').getByRole('alert');
  assert.ok(await alert.isVisible());
  const text = normalise(await alert.innerText());
  assert.ok(text.includes(ERROR_TITLE), text);
  assert.match(text, /invalid JSON/);
  assert.match(text, /line 1, column \d+/);
  assert.ok(
    page.consoleErrors.some((line) => line.startsWith('exec-summary: /data/malformed.json: ') && line.includes('invalid JSON')),
    JSON.stringify(page.consoleErrors),
  );
  assert.deepEqual(page.problems, []);
});

test('a host without data-src shows an error card asking for one', async (t) => {
  const page = await open('/no-src.html');
  t.after(() => page.context().close());
  await expectState(page, '#card', 'error');
  const alert = page.locator('#card').getByRole('alert');
  assert.ok(await alert.isVisible());
  const text = normalise(await alert.innerText());
  assert.ok(text.includes(ERROR_TITLE), text);
  assert.match(text, /data-src/);
  assert.ok(page.consoleErrors.some((line) => line.startsWith('exec-summary: ') && line.includes('data-src')));
  assert.deepEqual(page.problems, []);
});
