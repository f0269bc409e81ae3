// Each host dispatches bubbling CustomEvents that a page's analytics can listen for on document:
// exec-summary:ready (warnings), exec-summary:toggle (section id, expanded) when the reader opens
// or closes a section, and exec-summary:error (problems) when a card cannot be shown.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, htmlFixture, json, seedDocument } from './support.mjs';
import { frames } from './pages.mjs';

let server;
let url;
let browser;
let page;

/** Events recorded on document since the page started, as { type, target, detail }. */
const recorded = () => page.evaluate(() => window.events.slice());
const toggles = async () => (await recorded()).filter((e) => e.type === 'exec-summary:toggle');

before(async () => {
  const invalid = seedDocument();
  delete invalid.title;
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/events.html': htmlFixture('events.html'),
      '/data/seed.json': json(seedDocument()),
      '/data/invalid.json': json(invalid),
    },
  }));
  browser = await launch();
  page = await openPage(browser);
  await page.addInitScript(() => {
    window.events = [];
    for (const type of ['exec-summary:ready', 'exec-summary:toggle', 'exec-summary:error']) {
      document.addEventListener(type, (e) => {
        window.events.push({ type, target: e.target.id, bubbles: e.bubbles, phase: e.eventPhase, detail: JSON.parse(JSON.stringify(e.detail)) });
      });
    }
  });
  await page.goto(`${url}/events.html`);
  await expectState(page, '#good', 'ready');
  await expectState(page, '#missing', 'error');
  await expectState(page, '#invalid', 'error');
  await frames(page);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('exec-summary:ready bubbles to document once per card, from its host', async () => {
  const ready = (await recorded()).filter((e) => e.type === 'exec-summary:ready');
  assert.deepEqual(ready, [{ type: 'exec-summary:ready', target: 'good', bubbles: true, phase: 3, detail: { warnings: [] } }]);
});

test('exec-summary:error carries the problems: an HTTP failure and invalid data', async () => {
  const errors = (await recorded()).filter((e) => e.type === 'exec-summary:error');
  assert.deepEqual(errors.map((e) => e.target).sort(), ['invalid', 'missing']);
  const missing = errors.find((e) => e.target === 'missing');
  assert.equal(missing.bubbles, true);
  assert.equal(missing.detail.problems.length, 1);
  // A problem with the source has no path in the document.
  assert.equal(missing.detail.problems[0].path, '');
  assert.equal(missing.detail.problems[0].severity, 'error');
  assert.match(missing.detail.problems[0].message, /\/data\/missing\.json: HTTP 404/);
  const invalid = errors.find((e) => e.target === 'invalid');
  assert.ok(
    invalid.detail.problems.some((p) => p.path === 'title' && p.message === 'required field is missing' && p.severity === 'error'),
    JSON.stringify(invalid.detail),
  );
});

test('no toggle event for sections that simply render open', async () => {
  assert.deepEqual(await toggles(), []);
});

test('exec-summary:toggle names the section and its new state when the reader toggles it', async () => {
  await page.locator('#good #policy-implications > summary').click();
  await page.waitForFunction(() => window.events.some((e) => e.type === 'exec-summary:toggle'));
  await page.locator('#good #policy-implications > summary').click();
  await page.locator('#good #main-argument > summary').click();
  await page.waitForFunction(() => window.events.filter((e) => e.type === 'exec-summary:toggle').length === 3);
  assert.deepEqual((await toggles()).map((e) => [e.target, e.bubbles, e.detail]), [
    ['good', true, { section: 'policy-implications', expanded: true }],
    ['good', true, { section: 'policy-implications', expanded: false }],
    ['good', true, { section: 'main-argument', expanded: false }],
  ]);
});

test('"Expand all" reports one toggle per section it opens', async () => {
  const before = (await toggles()).length;
  await page.locator('#good').getByRole('button', { name: 'Expand all' }).click();
  await page.waitForFunction((n) => window.events.filter((e) => e.type === 'exec-summary:toggle').length === n + 2, before);
  await frames(page);
  const opened = (await toggles()).slice(before).map((e) => e.detail);
  assert.deepEqual(opened.sort((a, b) => a.section.localeCompare(b.section)), [
    { section: 'main-argument', expanded: true },
    { section: 'policy-implications', expanded: true },
  ]);
  assert.deepEqual(page.problems, []);
});
