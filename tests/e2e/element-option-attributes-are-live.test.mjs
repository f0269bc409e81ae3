// Every option of <exec-summary> is a live attribute, as src is: setting one on a mounted element
// shows the card with it. strings and timeout were left out of the observed attributes once, so
// setting them did nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { expectState, json, useSite } from './support.mjs';
import { assertClean, htmlRoute, pageHtml, shortDocument } from './pages.mjs';

const doc = shortDocument('Live attributes');

let url;
let browser;
useSite((site) => ({ url, browser } = site), {
  routes: {
    '/element.html': htmlRoute(pageHtml({ body: '<exec-summary id="card" src="/data/doc.json"></exec-summary>' })),
    '/slow.html': htmlRoute(pageHtml({ body: '<exec-summary id="slow" src="/data/slow.json" timeout="100"></exec-summary>' })),
    '/data/doc.json': json(doc),
    // Answers after 600 ms: past a 100 ms timeout, well within a 5 s one.
    '/data/slow.json': (req, res) => setTimeout(() => json(doc)(req, res), 600),
  },
});

test('every option of the list is an observed attribute', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/element.html`);
  const observed = await page.evaluate(() => customElements.get('exec-summary').observedAttributes);
  for (const name of ['src', 'heading-level', 'theme', 'variant', 'expanded', 'lang', 'strings', 'timeout']) {
    assert.ok(observed.includes(name), `${name} is not observed (${observed.join(', ')})`);
  }
});

test('setting strings on a mounted card shows its own words', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/element.html`);
  await expectState(page, '#card', 'ready');
  const button = page.locator('#card .es-card__toggle-all');
  assert.equal((await button.textContent()).trim(), 'Expand all');
  await page.locator('#card').evaluate((el) => el.setAttribute('strings', '{"expandAll": "Show everything"}'));
  await page.waitForFunction(() => document.getElementById('card').shadowRoot.querySelector('.es-card__toggle-all')?.textContent.trim() === 'Show everything', null, { timeout: 5000 });
  assertClean(page);
});

test('setting a longer timeout on a card that timed out loads it again with that timeout', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/slow.html`);
  await expectState(page, '#slow', 'error');
  assert.match(await page.locator('#slow .es-error__item').first().textContent(), /no answer within 0\.1 s/);
  await page.locator('#slow').evaluate((el) => el.setAttribute('timeout', '5000'));
  await page.locator('#slow').getByRole('heading', { name: 'Live attributes' }).waitFor({ timeout: 5000 });
  assert.equal(await page.locator('#slow').getAttribute('data-es-state'), 'ready');
  assertClean(page, (line) => /no answer within 0\.1 s/.test(line));
});
