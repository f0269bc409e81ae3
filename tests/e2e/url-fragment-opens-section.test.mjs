// A link to a section (#its-id) opens that section and scrolls it into view, on load and when the
// fragment changes later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { accessibleState, expectState, useSite } from './support.mjs';

// Short enough that the second section starts below the fold.
const VIEWPORT = { width: 800, height: 400 };

let url;
let browser;
useSite((site) => ({ url, browser } = site));

/** Where the element's top edge is, relative to the viewport, and how far the page scrolled. */
const position = (page, selector) =>
  page.locator(selector).evaluate((el) => ({ top: Math.round(el.getBoundingClientRect().top), scrollY: window.scrollY }));

test('without a fragment the closed section stays closed and below the fold', async (t) => {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  await page.goto(`${url}/`);
  await expectState(page, '.exec-summary', 'ready');
  assert.equal(await page.locator('#policy-implications').evaluate((d) => d.open), false);
  const { top, scrollY } = await position(page, '#policy-implications');
  assert.equal(scrollY, 0);
  assert.ok(top > VIEWPORT.height, `section already in view at ${top}px`);
});

test('loading /#policy-implications opens that section and scrolls it into view', async (t) => {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  await page.goto(`${url}/#policy-implications`);
  await expectState(page, '.exec-summary', 'ready');
  await page.waitForFunction(() => document.querySelector('.exec-summary').shadowRoot.getElementById('policy-implications')?.open === true, null, { timeout: 3000 });

  assert.equal((await accessibleState(page, '#policy-implications > summary')).expanded, true);
  const items = page.locator('#policy-implications li');
  assert.equal(await items.count(), 3);
  assert.ok(await items.first().isVisible());
  assert.ok(await page.locator('#policy-implications > summary').isVisible());

  // Scrolled to the section's start (scrollIntoView block: start), not left at the page top.
  await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 3000 });
  const { top, scrollY } = await position(page, '#policy-implications');
  assert.ok(scrollY > 0);
  assert.ok(top >= -1 && top <= 2, `section top is at ${top}px, expected the top of the viewport`);
  assert.ok(await page.locator('#policy-implications > summary').evaluate((summary) => {
    const r = summary.getBoundingClientRect();
    return r.top >= -1 && r.bottom <= window.innerHeight + 1; // sub-pixel layout
  }), 'the section heading is not inside the viewport');

  // The other section keeps its own state, and the card's state follows the DOM: both open now.
  assert.equal(await page.locator('#main-argument').evaluate((d) => d.open), true);
  await page.getByRole('button', { name: 'Collapse all' }).waitFor({ timeout: 2000 });
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.consoleErrors, []);
});

test('changing the fragment after load opens the section it names', async (t) => {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  await page.goto(`${url}/`);
  await expectState(page, '.exec-summary', 'ready');
  // Close the first section, scroll away, then follow a link to it.
  await page.locator('#main-argument > summary').click();
  assert.equal(await page.locator('#main-argument').evaluate((d) => d.open), false);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.evaluate(() => { location.hash = '#main-argument'; });
  await page.waitForFunction(() => document.querySelector('.exec-summary').shadowRoot.getElementById('main-argument').open === true, null, { timeout: 3000 });
  const { top } = await position(page, '#main-argument');
  assert.ok(top >= -1 && top <= 2, `section top is at ${top}px`);
  assert.ok(await page.getByText('Sino-Russian relations are among the most important').isVisible());
});

test('a fragment naming no section leaves the card as published', async (t) => {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  await page.goto(`${url}/#no-such-section`);
  await expectState(page, '.exec-summary', 'ready');
  // Give the loader's post-render frame a chance to run before looking.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.deepEqual(
    await page.locator('details.es-section').evaluateAll((all) => all.map((d) => d.open)),
    [true, false],
  );
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.consoleErrors, []);
});

// decodeURIComponent() throws on a fragment that is not valid percent-encoding; the hashchange
// listener is global, so any such hash the host page sets for itself must be ignored quietly.
test('a malformed fragment does not throw into the host page', async (t) => {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  await page.goto(`${url}/#%`);
  await expectState(page, '.exec-summary', 'ready');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => { location.hash = '#%zz'; });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  assert.deepEqual(page.problems, []);
  // The card itself is unharmed either way.
  assert.deepEqual(
    await page.locator('details.es-section').evaluateAll((all) => all.map((d) => d.open)),
    [true, false],
  );
});
