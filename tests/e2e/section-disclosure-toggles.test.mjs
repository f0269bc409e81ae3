// A section opens and closes from its summary: by mouse, and by keyboard (Tab to reach it, Enter
// or Space to toggle), with the state exposed to assistive technology and the collapsed text kept
// in the DOM.
import { before, beforeEach, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { accessibleState, expectState } from './support.mjs';

const HOST = '.exec-summary';
const MAIN = '#main-argument';
const POLICY = '#policy-implications';

let server;
let url;
let browser;
let page;

const isOpen = (selector) => page.locator(selector).evaluate((details) => details.open);
const openAttribute = (selector) => page.locator(selector).getAttribute('open');

before(async () => {
  ({ server, url } = await startServer({ port: 0 }));
  browser = await launch();
});

beforeEach(async () => {
  // A fresh load for every test, in one page (a new context each time would recompile the wasm).
  page ??= await openPage(browser);
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

test('clicking a closed section summary opens it and shows its content', async () => {
  const firstItem = page.locator(`${POLICY} li`).first();
  assert.equal(await isOpen(POLICY), false);
  assert.equal(await firstItem.isVisible(), false);
  await page.locator(`${POLICY} > summary`).click();
  assert.equal(await isOpen(POLICY), true);
  assert.notEqual(await openAttribute(POLICY), null);
  assert.ok(await firstItem.isVisible());
});

test('clicking an open section summary closes it, keeping its text in the DOM', async () => {
  const paragraph = page.locator(`${MAIN} p.es-section__paragraph`);
  assert.equal(await isOpen(MAIN), true);
  assert.ok(await paragraph.isVisible());
  await page.locator(`${MAIN} > summary`).click();
  assert.equal(await isOpen(MAIN), false);
  assert.equal(await openAttribute(MAIN), null);
  assert.equal(await paragraph.isVisible(), false);
  assert.equal(await paragraph.count(), 1);
  assert.match(await paragraph.evaluate((p) => p.textContent), /^Sino-Russian relations are among the most important/);
  // And back open again.
  await page.locator(`${MAIN} > summary`).click();
  assert.equal(await isOpen(MAIN), true);
  assert.ok(await paragraph.isVisible());
});

test('Tab reaches the card controls in reading order', async () => {
  // Start from the page top and tab until focus has passed through the card.
  const stops = [];
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = (function deep(a) { return a && a.shadowRoot && a.shadowRoot.activeElement ? deep(a.shadowRoot.activeElement) : a; })(document.activeElement);
      if (!el || el === document.body) return null;
      const inCard = Boolean(el.closest('.es-card'));
      const label = el.matches('summary') ? `summary#${el.parentElement.id}` : `${el.localName}.${el.className}`;
      const s = getComputedStyle(el);
      // Keyboard focus must be drawn: the card's focus ring is on the control that has focus.
      const ring = el.matches(':focus-visible') && s.outlineStyle === 'solid' && s.outlineWidth === '3px';
      return { inCard, label, ring };
    });
    if (!stop) break;
    if (stop.inCard) {
      stops.push(stop.label);
      assert.ok(stop.ring, `no visible focus ring on ${stop.label}`);
    } else if (stops.length) {
      break;
    }
  }
  assert.deepEqual(stops, [
    'button.es-card__toggle-all',
    'summary#main-argument',
    'summary#policy-implications',
  ]);
});

test('Enter on a focused summary toggles its section', async () => {
  await page.locator(`${MAIN} > summary`).focus();
  await page.keyboard.press('Enter');
  assert.equal(await isOpen(MAIN), false);
  await page.keyboard.press('Enter');
  assert.equal(await isOpen(MAIN), true);
  await page.keyboard.press('Tab');
  assert.ok(await page.locator(`${POLICY} > summary`).evaluate((s) => s === (function deep(a) { return a && a.shadowRoot && a.shadowRoot.activeElement ? deep(a.shadowRoot.activeElement) : a; })(document.activeElement)));
  await page.keyboard.press('Enter');
  assert.equal(await isOpen(POLICY), true);
});

test('Space on a focused summary toggles its section', async () => {
  await page.locator(`${POLICY} > summary`).focus();
  await page.keyboard.press('Space');
  assert.equal(await isOpen(POLICY), true);
  assert.ok(await page.locator(`${POLICY} li`).first().isVisible());
  await page.keyboard.press('Space');
  assert.equal(await isOpen(POLICY), false);
  // Space toggles rather than scrolling the page away.
  assert.ok(await page.locator(`${POLICY} > summary`).isVisible());
});

test('the open and closed state is exposed to assistive technology', async () => {
  const main = await accessibleState(page, `${MAIN} > summary`);
  const policy = await accessibleState(page, `${POLICY} > summary`);
  assert.deepEqual(main, { role: 'DisclosureTriangle', name: 'Main argument', expanded: true, focusable: true });
  assert.deepEqual(policy, { role: 'DisclosureTriangle', name: 'Policy implications', expanded: false, focusable: true });

  await page.locator(`${POLICY} > summary`).click();
  await page.locator(`${MAIN} > summary`).click();
  assert.equal((await accessibleState(page, `${POLICY} > summary`)).expanded, true);
  assert.equal((await accessibleState(page, `${MAIN} > summary`)).expanded, false);

  // The collapsed section's body is hidden from the accessibility tree, the open one's is not.
  const mainSnapshot = await page.locator(MAIN).ariaSnapshot();
  const policySnapshot = await page.locator(POLICY).ariaSnapshot();
  assert.doesNotMatch(mainSnapshot, /paragraph/);
  assert.match(policySnapshot, /listitem: China has prioritized/);
});

test('toggling causes no console errors or page errors', async () => {
  for (const selector of [MAIN, POLICY, MAIN, POLICY]) {
    await page.locator(`${selector} > summary`).click();
  }
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.consoleErrors, []);
});
