// A link to a section (#its-id) opens it when the card first shows, and when the fragment
// changes; a live update or a re-mount of the same card leaves the reader where they are: a
// section they closed stays closed, and the page does not scroll back to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { expectState, json, seedDocument, useSite } from './support.mjs';
import { assertClean, htmlRoute, pageHtml } from './pages.mjs';

// Short enough that the closed section starts below the fold.
const VIEWPORT = { width: 800, height: 400 };
const SECTION = 'policy-implications';

let url;
let browser;
useSite((site) => ({ url, browser } = site), {
  routes: {
    '/api.html': htmlRoute(pageHtml({ body: '<div id="api"></div>' })),
    '/element.html': htmlRoute(pageHtml({ body: '<exec-summary id="element" src="/data/seed.json"></exec-summary>' })),
    '/data/seed.json': json(seedDocument()),
  },
});

/** Whether the section is open in the card of `host`. */
const isOpen = (page, host) => page.locator(`${host} #${SECTION}`).evaluate((d) => d.open);

/** Waits until the fragment opened the section and scrolled to it, on the first show. */
async function openedByFragment(page, host) {
  await page.waitForFunction(([h, id]) => document.querySelector(h).shadowRoot?.getElementById(id)?.open === true, [host, SECTION], { timeout: 5000 });
  await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 3000 });
}

/** The reader closes the section and goes back to the top of the page. */
async function closeAndScrollUp(page, host) {
  await page.locator(`${host} #${SECTION} > summary`).click();
  assert.equal(await isOpen(page, host), false);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Gives a misplaced fragment handling (in the settle, or a frame later) the time to show. */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));

test('update() keeps a section the reader closed closed, and the page where it is', async (t) => {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  await page.goto(`${url}/api.html#${SECTION}`);
  await page.evaluate(() => {
    window.handle = ExecSummary.render(document.getElementById('api'), '/data/seed.json');
    return window.handle.ready;
  });
  await expectState(page, '#api', 'ready');
  await openedByFragment(page, '#api');
  await closeAndScrollUp(page, '#api');

  for (const title of ['Live update one', 'Live update two']) {
    await page.evaluate((doc) => window.handle.update(doc), { ...seedDocument(), title });
    await page.locator('#api').getByRole('heading', { name: title }).waitFor({ timeout: 5000 });
    await settled(page);
    assert.equal(await isOpen(page, '#api'), false, `${title} reopened the section`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, `${title} scrolled the page`);
  }
  assertClean(page);
});

test('a re-mount of the same card (a changed attribute) leaves it as the reader left it', async (t) => {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  await page.goto(`${url}/element.html#${SECTION}`);
  await expectState(page, '#element', 'ready');
  await openedByFragment(page, '#element');
  await closeAndScrollUp(page, '#element');

  await page.locator('#element').evaluate((el) => el.setAttribute('theme', 'dark'));
  await page.locator('#element article.es-card[data-theme="dark"]').waitFor({ timeout: 5000 });
  await settled(page);
  assert.equal(await isOpen(page, '#element'), false, 'the re-mount reopened the section');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the re-mount scrolled the page');

  // The fragment still works when the reader follows a link to it.
  await page.evaluate(() => { location.hash = ''; });
  await page.evaluate((id) => { location.hash = `#${id}`; }, SECTION);
  await page.waitForFunction((id) => document.getElementById('element').shadowRoot.getElementById(id).open, SECTION, { timeout: 3000 });
  assertClean(page);
});
