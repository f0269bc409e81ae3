// update() re-renders the card's HTML: the control the reader was on keeps the focus in the new
// card, the third link staying the third link rather than focus jumping to the first one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { expectState, useSite } from './support.mjs';
import { assertClean, htmlRoute, pageHtml, shortDocument } from './pages.mjs';

let url;
let browser;
useSite((site) => ({ url, browser } = site), {
  routes: { '/update.html': htmlRoute(pageHtml({ body: '<div id="api"></div>' })) },
});

/** A short document whose lede has three links, and whose author and source have one each. */
const linked = (title) => shortDocument(title, {
  description: 'Read [the first](https://a.example/1), [the second](https://a.example/2) and [the third](https://a.example/3) report.',
  authors: [{ name: 'Ada Analyst', url: 'https://a.example/ada' }],
  source: { title: 'The report', url: 'https://a.example/report' },
});

/** The element with focus, through shadow roots, as its text. */
const focused = (page) => page.evaluate(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active.textContent.trim();
});

/** Focuses `locator`, updates the card to `title`, and returns what had focus before and after. */
async function focusThenUpdate(page, locator, title) {
  await locator.focus();
  const before = await focused(page);
  await page.evaluate((doc) => window.handle.update(doc), linked(title));
  await page.locator('#api').getByRole('heading', { name: title }).waitFor({ timeout: 5000 });
  return { before, after: await focused(page) };
}

test('a reader on the third link of the lede stays on the third link', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/update.html`);
  await page.evaluate((doc) => {
    window.handle = ExecSummary.render(document.getElementById('api'), doc);
    return window.handle.ready;
  }, linked('Before the update'));
  await expectState(page, '#api', 'ready');

  const third = page.locator('#api').getByRole('link', { name: 'the third' });
  assert.deepEqual(await focusThenUpdate(page, third, 'After one update'), { before: 'the third', after: 'the third' });
  const second = page.locator('#api').getByRole('link', { name: 'the second' });
  assert.deepEqual(await focusThenUpdate(page, second, 'After two updates'), { before: 'the second', after: 'the second' });
  // The author's link shares the lede links' first class (es-link), but not their place.
  const author = page.locator('#api').getByRole('link', { name: 'Ada Analyst' });
  assert.deepEqual(await focusThenUpdate(page, author, 'After three updates'), { before: 'Ada Analyst', after: 'Ada Analyst' });
  const button = page.locator('#api .es-card__toggle-all');
  const { after } = await focusThenUpdate(page, button, 'After four updates');
  assert.equal(after, await button.textContent(), 'the "Expand all" button lost the focus');
  assertClean(page);
});
