// The keyboard alone works the card: Tab visits every control in reading order and then leaves
// the card (no trap), Shift+Tab walks back, focus is always visibly ringed in every theme and
// variant, and "Expand all/Collapse all" works from the keyboard and announces what it did.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import {
  HOST, THEMES, VARIANTS, cardUrl, contrast, eventually, focusedControl, fullDocument, openCard,
  startCardServer,
} from './theme-support.mjs';

let server;
let url;
let browser;
let page;

/** Reading order of the test document's controls with its first section open. */
const CARD_STOPS = [
  'a "full report"',
  'button.es-card__toggle-all',
  'summary#main-argument',
  'summary#findings',
  'summary#policy-implications',
  'a "Ana Ruiz"',
  'a "Cooling Cities"',
  'a "doi:10.5555/example.cooling.2024"',
];

const status = () => page.locator(`${HOST} .es-card__status`);
const statusText = async () => (await status().textContent()).trim();
const toggleAll = () => page.locator(`${HOST} .es-card__toggle-all`);
const toggleLabel = async () => (await toggleAll().textContent()).trim();
const openStates = () => page.locator(`${HOST} details.es-section`).evaluateAll((all) => all.map((d) => d.open));

before(async () => {
  ({ server, url } = await startCardServer({ doc: fullDocument() }));
  browser = await launch();
  page = await openPage(browser);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

/** Presses `key` from #before until focus leaves the card; returns every stop in the card. */
async function walk(key, start) {
  await page.locator(start).focus();
  const stops = [];
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press(key);
    const stop = await focusedControl(page);
    assert.ok(stop, `focus was lost after ${stops.join(', ')}`);
    if (!stop.inCard) return { stops, exit: stop.label };
    stops.push(stop);
  }
  assert.fail(`focus never left the card: ${stops.map((s) => s.label).join(', ')}`);
}

function assertRinged(stop, where) {
  assert.ok(stop.focusVisible, `${where}: ${stop.label} is not :focus-visible`);
  assert.equal(stop.outline.style, 'solid', `${where}: ${stop.label} has no outline`);
  assert.ok(stop.outline.width >= 2, `${where}: ${stop.label} outline is ${stop.outline.width}px`);
  const ratio = contrast(stop.outline.color, stop.surface);
  assert.ok(ratio >= 3, `${where}: ${stop.label} ring contrast is ${ratio.toFixed(2)}:1`);
}

test('Tab visits every control in reading order, then leaves the card', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  const { stops, exit } = await walk('Tab', '#before');
  assert.deepEqual(stops.map((s) => s.label), CARD_STOPS);
  assert.equal(exit, 'a "After the card"#after');
});

test('Shift+Tab walks the same controls backwards, then leaves the card', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  const { stops, exit } = await walk('Shift+Tab', '#after');
  assert.deepEqual(stops.map((s) => s.label), [...CARD_STOPS].reverse());
  assert.equal(exit, 'a "Before the card"#before');
});

test('every focus stop has a visible ring in every theme and variant', async () => {
  for (const theme of THEMES) {
    for (const variant of VARIANTS) {
      const where = `${theme} ${variant || 'default'}`;
      await openCard(page, cardUrl(url, 'doc', { theme, variant }));
      const { stops } = await walk('Tab', '#before');
      assert.equal(stops.length, CARD_STOPS.length, where);
      for (const stop of stops) assertRinged(stop, where);
    }
  }
});

test('a collapsed section hides its links from the Tab order until opened', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await page.locator(`${HOST} #findings > summary`).focus();
  await page.keyboard.press('Enter');
  await eventually(openStates, [true, true, false], 'Enter opened Findings');
  await page.keyboard.press('Tab');
  assert.equal((await focusedControl(page)).label, 'a "data"');
});

test('Enter on "Expand all" opens every section and announces it politely', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  assert.equal(await status().getAttribute('role'), 'status');
  assert.equal(await statusText(), '', 'nothing is announced before the reader acts');
  await toggleAll().focus();
  await page.keyboard.press('Enter');
  await eventually(openStates, [true, true, true], 'every section opened');
  await eventually(statusText, 'All sections expanded', 'the live region says what happened');
  assert.equal(await toggleLabel(), 'Collapse all');
  assert.equal((await focusedControl(page)).label, 'button.es-card__toggle-all', 'focus stays on the button');
});

test('Space on "Collapse all" closes every section and announces it', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await toggleAll().focus();
  await page.keyboard.press('Space');
  await eventually(statusText, 'All sections expanded', 'expanded first');
  await page.keyboard.press('Space');
  await eventually(openStates, [false, false, false], 'every section closed');
  await eventually(statusText, 'All sections collapsed', 'the live region says what happened');
  assert.equal(await toggleLabel(), 'Expand all');
});

test('the announcement is withdrawn once a section is toggled by hand', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await toggleAll().click();
  await eventually(statusText, 'All sections expanded', 'announced');
  await page.locator(`${HOST} #findings > summary`).click();
  await eventually(statusText, '', 'a stale "All sections expanded" is not left behind');
  assert.equal(await toggleLabel(), 'Expand all');
});

test('the live region is visually hidden but in the accessibility tree', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await toggleAll().click();
  await eventually(statusText, 'All sections expanded', 'announced');
  const box = await status().boundingBox();
  assert.ok(box.width <= 1 && box.height <= 1, `status box is ${box.width}×${box.height}`);
  assert.match(await page.locator(`${HOST} .es-card`).ariaSnapshot(), /- status: All sections expanded/);
});
