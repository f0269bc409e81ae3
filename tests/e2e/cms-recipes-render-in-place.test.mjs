// The CMS recipes of www/cms/README.md, tested on page fixtures that reproduce how each CMS emits
// pasted markup: Drupal (Full HTML body field, Olivero-like CSS, the settings JSON script beside
// it) and Ghost (HTML cards between kg-card comments in Casper's grid). Each card renders in its
// place in the content column and works. (WordPress has a plugin, tested in a real WordPress:
// tests/wordpress/.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { expectState, useSite } from './support.mjs';
import { assertClean, cardTitle, frames } from './pages.mjs';

const HEAT = 'Cooling Cities: Municipal Heat-Resilience Plans';
const ELDER = 'Caring for an ageing countryside';

let url;
let browser;
useSite((site) => ({ url, browser } = site));

async function open(t, path) {
  const page = await openPage(browser, { viewport: { width: 1100, height: 900 } });
  t.after(() => page.context().close());
  await page.addInitScript(() => {
    window.ExecSummaryConfig = { loading: 'eager' };
    window.toggles = [];
    document.addEventListener('exec-summary:toggle', (e) => window.toggles.push(e.detail));
  });
  await page.goto(`${url}${path}`);
  return page;
}

/** Asserts the card of `host` lies horizontally within `column` and is at least `min` px wide. */
async function insideColumn(page, host, column, min = 300) {
  const card = await page.locator(`${host} article.es-card`).boundingBox();
  const box = await page.locator(column).boundingBox();
  assert.ok(card.x >= box.x - 1 && card.x + card.width <= box.x + box.width + 1, `${host} sticks out of ${column}: ${JSON.stringify({ card, box })}`);
  assert.ok(card.width >= min, `${host} is only ${card.width}px wide`);
}

/** Opens a closed section of the card by clicking it and checks the toggle event. */
async function works(page, host) {
  const closed = page.locator(`${host} details.es-section:not([open])`).first();
  const id = await closed.getAttribute('id');
  await closed.locator('summary').click();
  assert.equal(await page.locator(`${host} details#${id}`).evaluate((d) => d.open), true);
  await page.waitForFunction((section) => window.toggles.some((d) => d.section === section && d.expanded), id);
  const toggleAll = page.locator(`${host} button.es-card__toggle-all`);
  assert.ok(await toggleAll.isVisible());
}

test('Drupal: a Full HTML body field with a host div and an <exec-summary> element', async (t) => {
  const page = await open(t, '/cms/drupal.html');
  await expectState(page, '#drupal-card', 'ready');
  await expectState(page, '#drupal-element', 'ready');
  assert.equal(await cardTitle(page, '#drupal-card'), HEAT);
  assert.equal(await cardTitle(page, '#drupal-element'), 'Present and Future Sino-Russian Cooperation');
  await insideColumn(page, '#drupal-card', '.field--name-body');
  await insideColumn(page, '#drupal-element', '.field--name-body');
  // The host's data-* options survived the text format.
  assert.equal(await page.locator('#drupal-card article.es-card').getAttribute('data-theme'), 'sepia');
  const states = await page.locator('#drupal-card details.es-section').evaluateAll((all) => all.map((d) => d.open));
  assert.ok(states.length >= 2 && states.every(Boolean), `not every section open: ${states}`);
  await works(page, '#drupal-element');
  // drupalSettings' JSON script is left alone.
  assert.equal(await page.locator('.exec-summary-inline').count(), 0);
  assertClean(page);
});

test('Ghost: HTML cards inside the post content grid', async (t) => {
  const page = await open(t, '/cms/ghost.html');
  await expectState(page, '#ghost-card', 'ready');
  await expectState(page, '.exec-summary-inline', 'ready');
  assert.equal(await cardTitle(page, '#ghost-card'), HEAT);
  assert.equal(await cardTitle(page, '.exec-summary-inline'), ELDER);
  // Casper's grid puts every child of .gh-content, the inline card's host too, in the main column.
  const column = await page.locator('.gh-content > p').first().boundingBox();
  for (const host of ['#ghost-card', '.exec-summary-inline']) {
    const card = await page.locator(`${host} article.es-card`).boundingBox();
    assert.ok(Math.abs(card.x - column.x) <= 1 && Math.abs(card.width - column.width) <= 1, `${host}: ${JSON.stringify({ card, column })}`);
  }
  await works(page, '#ghost-card');
  await works(page, '.exec-summary-inline');
  // Casper sets html { font-size: 62.5% } (10px): the card's text keeps its 16px all the same.
  const size = (selector) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px');
  assert.equal(await size('#ghost-card .es-section__paragraph'), 16);
  assert.ok(await size('#ghost-card .es-card__title') >= 21.6, 'the title is at least 1.35 × 16px');
  const padding = await page.locator('#ghost-card article.es-card').evaluate((el) => parseFloat(getComputedStyle(el).paddingInlineStart));
  assert.ok(padding >= 16, `card padding ${padding}px`);
  await frames(page);
  assertClean(page);
});
