// Printing shows every section's content, closed ones included (without opening them in the
// DOM), writes out the target of each web link, hides the screen-only "Expand all" button, and
// prints dark themes as dark ink on white paper. Closed sections keep their text in the DOM inside
// <details>, which is also what lets the browser's find-in-page reach (and open) them.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { HOST, THEMES, cardUrl, fullDocument, openCard, startCardServer } from './theme-support.mjs';

let server;
let url;
let browser;
let page;

/** For every section body: whether it is rendered, its height, and its details' open state. */
const bodies = (scope) => page.locator(`${scope} .es-section__body`).evaluateAll((all) => all.map((body) => ({
  id: body.parentElement.id,
  open: body.parentElement.open,
  visible: body.checkVisibility({ contentVisibilityAuto: true }),
  height: Math.round(body.getBoundingClientRect().height),
})));

/**
 * Switches the page to print media and waits for a rendered frame, so what a test reads is the
 * print layout (on a busy CI machine the first read could still see the screen's closed bodies).
 */
async function emulatePrint(options = {}) {
  await page.emulateMedia({ media: 'print', ...options });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The section bodies of `scope` once every one prints (or, after 3 s, as they are). */
async function printedBodies(scope) {
  const deadline = Date.now() + 3000;
  for (;;) {
    const found = await bodies(scope);
    if (found.every((b) => b.visible && b.height > 20) || Date.now() > deadline) return found;
    await page.waitForTimeout(50);
  }
}

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

test('on screen, closed sections hide their content but keep it in the DOM', async () => {
  await page.emulateMedia({ media: 'screen' });
  await openCard(page, cardUrl(url, 'doc'));
  const found = await bodies(HOST);
  assert.deepEqual(found.map(({ id, open, visible }) => ({ id, open, visible })), [
    { id: 'main-argument', open: true, visible: true },
    { id: 'findings', open: false, visible: false },
    { id: 'policy-implications', open: false, visible: false },
  ]);
  assert.match(await page.locator(`${HOST} #findings`).textContent(), /Cooling centres work/);
  assert.equal(await page.locator(`${HOST} #findings`).getAttribute('hidden'), null);
});

test('in print, every section shows its content while staying closed in the DOM', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await emulatePrint();
  try {
    for (const body of await printedBodies(HOST)) {
      assert.ok(body.visible, `${body.id} is not printed`);
      assert.ok(body.height > 20, `${body.id} prints ${body.height}px tall`);
    }
    const closed = await bodies(HOST);
    assert.deepEqual(closed.map((b) => b.open), [true, false, false], 'printing does not open sections');
    // The chevrons of closed sections point down like the open one's.
    const turns = await page.locator(`${HOST} .es-section__summary`).evaluateAll((all) =>
      all.map((s) => getComputedStyle(s, '::before').transform));
    assert.equal(new Set(turns).size, 1, `chevrons differ: ${turns}`);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('in print, web links are followed by their address and Expand all is hidden', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await emulatePrint();
  try {
    const after = await page.locator(`${HOST} a.es-link`).evaluateAll((links) =>
      links.map((a) => [a.textContent, getComputedStyle(a, '::after').content]));
    assert.deepEqual(after, [
      ['full report', '" (https://example.org/reports/cooling)"'],
      ['data', '" (https://example.org/data)"'],
      ['Ana Ruiz', '" (https://example.org/ana)"'],
      ['Cooling Cities', '" (https://example.org/reports/cooling-cities)"'],
      // A DOI (or a bare URL) already says where it goes.
      ['doi:10.5555/example.cooling.2024', 'none'],
    ]);
    assert.equal(await page.locator(`${HOST} .es-card__toggle-all`).isVisible(), false);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  assert.equal(await page.locator(`${HOST} .es-card__toggle-all`).isVisible(), true);
  const onScreen = await page.locator(`${HOST} a.es-link`).first().evaluate((a) => getComputedStyle(a, '::after').content);
  assert.equal(onScreen, 'none', 'addresses are for paper only');
});

test('every theme prints black text on white, without shadow', async () => {
  for (const theme of THEMES) {
    await openCard(page, cardUrl(url, 'doc', { theme }));
    await emulatePrint({ colorScheme: 'dark' });
    try {
      const printed = await page.locator(`${HOST} .es-card`).evaluate((card) => ({
        surface: getComputedStyle(card).backgroundColor,
        text: getComputedStyle(card.querySelector('.es-section__paragraph')).color,
        shadow: getComputedStyle(card).boxShadow,
      }));
      assert.deepEqual(printed, { surface: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', shadow: 'none' }, theme);
    } finally {
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    }
  }
});

test('the static gallery prints its closed sections too', async () => {
  await page.goto(`${url}/themes.html`);
  await emulatePrint();
  try {
    const found = await printedBodies('body');
    assert.ok(found.some((b) => !b.open), 'the gallery has closed sections');
    for (const body of found) assert.ok(body.visible && body.height > 20, `${body.id} is not printed`);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});
