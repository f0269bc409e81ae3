// "Expand all" opens every section and turns into "Collapse all", which closes them all; the label
// always follows the sections, including when the reader toggles one by hand.
import { before, beforeEach, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState } from './support.mjs';

const HOST = '.exec-summary';
const SECTIONS = `${HOST} details.es-section`;

let server;
let url;
let browser;
let page;

const openStates = () => page.locator(SECTIONS).evaluateAll((all) => all.map((d) => d.open));
const toggleAll = () => page.locator(`${HOST} button.es-card__toggle-all`);
/**
 * Checks the button reads `label`, allowing a moment for the sections' toggle events (which the
 * browser fires asynchronously), on which the runtime relabels it.
 */
async function expectLabel(label) {
  try {
    await page.getByRole('button', { name: label, exact: true }).waitFor({ timeout: 2000 });
  } catch {
    // Fall through to an assertion that reports what the button says instead.
  }
  assert.equal((await toggleAll().textContent()).trim(), label);
}

before(async () => {
  ({ server, url } = await startServer({ port: 0 }));
  browser = await launch();
  page = await openPage(browser);
});

beforeEach(async () => {
  page.problems.length = 0;
  page.consoleErrors.length = 0;
  await page.goto(`${url}/?${Date.now()}`);
  await expectState(page, HOST, 'ready');
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('the control is a button that names the sections it controls', async () => {
  const button = page.getByRole('button', { name: 'Expand all' });
  assert.equal(await button.count(), 1);
  assert.ok(await button.isVisible());
  assert.equal(await button.getAttribute('type'), 'button');
  const ids = (await button.getAttribute('aria-controls')).split(/\s+/);
  assert.deepEqual(ids, ['main-argument', 'policy-implications']);
  for (const id of ids) assert.equal(await page.locator(`details#${id}`).count(), 1);
});

test('"Expand all" opens every section and becomes "Collapse all"', async () => {
  assert.deepEqual(await openStates(), [true, false]);
  await expectLabel('Expand all');
  await toggleAll().click();
  assert.deepEqual(await openStates(), [true, true]);
  await expectLabel('Collapse all');
  assert.ok(await page.locator('#policy-implications li').first().isVisible());
  assert.ok(await page.getByRole('button', { name: 'Collapse all' }).isVisible());
});

test('"Collapse all" closes every section and becomes "Expand all"', async () => {
  await toggleAll().click();
  await expectLabel('Collapse all');
  await toggleAll().click();
  assert.deepEqual(await openStates(), [false, false]);
  await expectLabel('Expand all');
  assert.equal(await page.locator('#main-argument p').isVisible(), false);
  // And it keeps alternating.
  await toggleAll().click();
  assert.deepEqual(await openStates(), [true, true]);
  await expectLabel('Collapse all');
});

test('closing one section by hand turns the label back to "Expand all"', async () => {
  await toggleAll().click();
  await expectLabel('Collapse all');
  await page.locator('#policy-implications > summary').click();
  assert.deepEqual(await openStates(), [true, false]);
  await expectLabel('Expand all');
  // "Expand all" then opens the one that was closed, leaving the other open.
  await toggleAll().click();
  assert.deepEqual(await openStates(), [true, true]);
  await expectLabel('Collapse all');
});

test('opening the last closed section by hand turns the label to "Collapse all"', async () => {
  await expectLabel('Expand all');
  await page.locator('#policy-implications > summary').click();
  assert.deepEqual(await openStates(), [true, true]);
  await expectLabel('Collapse all');
  // "Collapse all" now closes both, though neither was opened by the button.
  await toggleAll().click();
  assert.deepEqual(await openStates(), [false, false]);
  await expectLabel('Expand all');
});

test('the button works from the keyboard', async () => {
  await toggleAll().focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await openStates(), [true, true]);
  await expectLabel('Collapse all');
  await page.keyboard.press('Space');
  assert.deepEqual(await openStates(), [false, false]);
  await expectLabel('Expand all');
  assert.ok(await toggleAll().evaluate((b) => b === (function deep(a) { return a && a.shadowRoot && a.shadowRoot.activeElement ? deep(a.shadowRoot.activeElement) : a; })(document.activeElement)), 'focus left the button');
});

test('no console errors or page errors along the way', async () => {
  for (let i = 0; i < 4; i += 1) await toggleAll().click();
  await page.locator('#main-argument > summary').click();
  await toggleAll().click();
  assert.deepEqual(await openStates(), [true, true]);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.consoleErrors, []);
});
