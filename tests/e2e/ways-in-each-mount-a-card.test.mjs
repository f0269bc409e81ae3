// Every way onto a page mounts a working card: a data-src attribute, an inline JSON script (the
// card appears where the script stands), a JSON script inside a host, the <exec-summary> element
// (live attributes, inline JSON child), the JavaScript API (render → update → destroy) and
// ExecSummary.scan() for what a single-page app adds with automatic discovery turned off.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, htmlFixture, json, seedDocument } from './support.mjs';
import { assertClean, cardTitle, htmlRoute, loaderTag, pageHtml, shortDocument } from './pages.mjs';

const SEED_TITLE = 'Present and Future Sino-Russian Cooperation';

let server;
let url;
let browser;
let page;

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/ways-in.html': htmlFixture('ways-in.html'),
      '/no-observer.html': htmlRoute(pageHtml({
        head: `<script>window.ExecSummaryConfig = { observe: false };</script>\n${loaderTag()}`,
        body: '<main id="outlet"></main>',
      })),
      '/data/seed.json': json(seedDocument()),
      '/data/first.json': json(shortDocument('First document')),
      '/data/second.json': json(shortDocument('Second document')),
    },
  }));
  browser = await launch();
  page = await openPage(browser);
  await page.goto(`${url}/ways-in.html`);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('a div with data-src fetches its document and renders it', async () => {
  await expectState(page, '#by-attribute', 'ready');
  assert.equal(await cardTitle(page, '#by-attribute'), SEED_TITLE);
  assert.equal(await page.locator('#by-attribute details.es-section').count(), 2);
});

test('an inline JSON script becomes a card right where the script stands', async () => {
  const host = '#inline-script + p, .exec-summary-inline';
  await expectState(page, '.exec-summary-inline', 'ready');
  assert.equal(await page.locator('.exec-summary-inline').count(), 1, 'one host per inline script');
  // In the DOM: before-paragraph, card host, the script itself, after-paragraph.
  const order = await page.locator('#inline-script').evaluate((script) => [
    script.previousElementSibling.className,
    script.previousElementSibling.previousElementSibling.id,
    script.nextElementSibling.id,
  ]);
  assert.deepEqual(order, ['exec-summary-inline', 'before-inline', 'after-inline']);
  // On screen: the card sits between the two paragraphs.
  const box = async (sel) => (await page.locator(sel).boundingBox());
  const [above, card, below] = [await box('#before-inline'), await box('.exec-summary-inline article.es-card'), await box('#after-inline')];
  assert.ok(above.y + above.height <= card.y && card.y + card.height <= below.y, JSON.stringify({ above, card, below }));
  assert.equal(await cardTitle(page, '.exec-summary-inline'), 'Inline card');
  // data-* attributes on the script are the card's options.
  assert.equal(await page.locator('.exec-summary-inline').getByRole('heading', { level: 3, name: 'Inline card' }).count(), 1);
  assert.ok(host);
});

test('a JSON script inside a host div is that host’s data, not a second card', async () => {
  await expectState(page, '#json-in-host', 'ready');
  assert.equal(await cardTitle(page, '#json-in-host'), 'Card from JSON in its host');
  assert.equal(await page.locator('#json-in-host .exec-summary-inline').count(), 0);
  assert.equal(await page.locator('.exec-summary-inline').count(), 1);
});

test('<exec-summary src> renders, and changing src re-renders with the new document', async () => {
  // Lazy: the cards above keep room for themselves, so this one mounts once scrolled near.
  await page.locator('#element').scrollIntoViewIfNeeded();
  await expectState(page, '#element', 'ready');
  assert.equal(await cardTitle(page, '#element'), 'First document');
  // The element shows as a block even though custom elements are inline by default.
  assert.equal(await page.locator('#element').evaluate((el) => getComputedStyle(el).display), 'block');

  const readyAgain = page.locator('#element').evaluate((el) => new Promise((resolve) => {
    el.addEventListener('exec-summary:ready', () => resolve(true), { once: true });
  }));
  await page.locator('#element').evaluate((el) => el.setAttribute('src', '/data/second.json'));
  assert.equal(await readyAgain, true);
  assert.equal(await cardTitle(page, '#element'), 'Second document');
  assert.equal(await page.locator('#element').evaluate((el) => el.shadowRoot.querySelectorAll('.es-root').length), 1);

  // Other live attributes: heading-level and theme.
  await page.locator('#element').evaluate((el) => el.setAttribute('heading-level', '4'));
  await page.locator('#element').getByRole('heading', { level: 4, name: 'Second document' }).waitFor({ timeout: 5000 });
  await page.locator('#element').evaluate((el) => el.setAttribute('theme', 'dark'));
  await page.locator('#element article.es-card[data-theme="dark"]').waitFor({ timeout: 5000 });
});

test('<exec-summary> with an inline JSON child renders that JSON', async () => {
  await page.locator('#element-inline').scrollIntoViewIfNeeded();
  await expectState(page, '#element-inline', 'ready');
  assert.equal(await cardTitle(page, '#element-inline'), 'Element with inline JSON');
});

test('ExecSummary.render(element, data) returns a handle that updates and destroys the card', async () => {
  await page.evaluate((doc) => {
    window.handle = ExecSummary.render(document.getElementById('api-target'), doc, { headingLevel: 3 });
    return window.handle.ready;
  }, shortDocument('Rendered by the API'));
  await expectState(page, '#api-target', 'ready');
  assert.equal(await page.locator('#api-target').getByRole('heading', { level: 3, name: 'Rendered by the API' }).count(), 1);

  // The reader opens the second section; an update keeps it open, and the focus on its summary,
  // and shows the new data.
  await page.locator('#api-target #actions > summary').click();
  assert.equal(await page.locator('#api-target #actions').evaluate((d) => d.open), true);
  await page.evaluate((doc) => window.handle.update(doc), shortDocument('Updated by the API'));
  await page.locator('#api-target').getByRole('heading', { name: 'Updated by the API' }).waitFor({ timeout: 5000 });
  assert.equal(await page.locator('#api-target #actions').evaluate((d) => d.open), true, 'update closed the open section');
  assert.equal(await page.locator('#api-target #actions > summary').evaluate((s) => s.getRootNode().activeElement === s), true, 'update lost the focus');
  assert.equal(await page.locator('#api-target').getAttribute('data-es-state'), 'ready');

  // JSON text works as data too.
  await page.evaluate((text) => window.handle.update(text), JSON.stringify(shortDocument('Updated from JSON text')));
  await page.locator('#api-target').getByRole('heading', { name: 'Updated from JSON text' }).waitFor({ timeout: 5000 });

  await page.evaluate(() => window.handle.destroy());
  await page.waitForFunction(() => !document.getElementById('api-target').shadowRoot.querySelector('.es-root'));
  assert.equal(await page.locator('#api-target').getAttribute('data-es-state'), null);
  // A destroyed handle stays destroyed: update does nothing.
  await page.evaluate((doc) => window.handle.update(doc), shortDocument('Too late'));
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(await page.locator('#api-target .es-card').count(), 0);
});

test('ExecSummary.render(element, url) fetches the URL', async () => {
  await page.evaluate(() => ExecSummary.render(document.getElementById('api-url-target'), '/data/first.json').ready);
  await expectState(page, '#api-url-target', 'ready');
  assert.equal(await cardTitle(page, '#api-url-target'), 'First document');
});

test('ExecSummary.scan(root) mounts hosts added while automatic discovery is off', async (t) => {
  const other = await openPage(browser);
  t.after(() => other.context().close());
  await other.goto(`${url}/no-observer.html`);
  await other.waitForFunction(() => window.ExecSummary);
  await other.evaluate(() => {
    document.getElementById('outlet').innerHTML = '<div class="exec-summary" id="late" data-src="/data/first.json" data-loading="eager"></div>';
  });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await other.locator('#late').getAttribute('data-es-state'), null, 'mounted without scan()');
  await other.evaluate(() => ExecSummary.scan(document.getElementById('outlet')));
  await expectState(other, '#late', 'ready');
  assert.equal(await cardTitle(other, '#late'), 'First document');
  // Scanning again does not mount it a second time.
  await other.evaluate(() => { ExecSummary.scan(); ExecSummary.scan(document.getElementById('outlet')); });
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(await other.locator('#late').evaluate((el) => el.shadowRoot.querySelectorAll('.es-root').length), 1);
  assertClean(other);
});

test('no console errors or page errors on the page with every way in', async () => {
  assertClean(page);
});
