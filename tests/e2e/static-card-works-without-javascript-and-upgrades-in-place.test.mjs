// A card rendered by the CLI (`exec-summary render --embed-data`) is readable and expandable with
// JavaScript disabled, and when the loader arrives it becomes interactive in place: the same DOM
// nodes, no layout shift, no wasm download, the reader's open sections and scroll kept.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { htmlRoute, pageHtml } from './pages.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOST = '.exec-summary';
const FILLER = Array.from({ length: 12 }, (_, i) => `<p>Host page paragraph ${i + 1}: the article goes on below the summary card.</p>`).join('\n');

/** The seed card as the CLI renders it for upgrading: host marker, embedded JSON, linked CSS. */
function staticCard() {
  return execFileSync('cargo', ['run', '--quiet', '--', 'render', '--embed-data',
    '--css-href', '/pkg/exec-summary.css', 'www/examples/sino-russian-cooperation.json'],
  { cwd: ROOT, encoding: 'utf8' });
}

let server;
let url;
let browser;

before(async () => {
  const card = staticCard();
  const body = `<main>${card}\n${FILLER}</main>`;
  ({ server, url } = await startServer({
    routes: {
      // No loader at all: what a no-JS reader, an RSS reader or a strict CMS shows.
      '/static.html': htmlRoute(pageHtml({ head: '', body })),
      // The loader is added by the test, after the reader has done things to the static card.
      '/upgrade.html': htmlRoute(pageHtml({ head: '', body })),
    },
  }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('with JavaScript disabled the static card shows every section and its disclosures work', async (t) => {
  const page = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 900, height: 700 } });
  t.after(() => page.context().close());
  await page.goto(`${url}/static.html`);
  const card = page.locator(`${HOST} > article.es-card`);
  assert.equal(await card.count(), 1);
  assert.equal(await page.locator('.es-card__title').textContent(), 'Present and Future Sino-Russian Cooperation');
  // Styled by the linked stylesheet, not by any script.
  assert.notEqual(await card.evaluate((el) => getComputedStyle(el).borderTopStyle), 'none');
  // Collapsed content is there (for find-in-page, print, search engines) and opens on a click.
  const policy = page.locator('#policy-implications');
  assert.equal(await policy.evaluate((d) => d.open), false);
  assert.match(await policy.textContent(), /peaceful environment/);
  await page.locator('#policy-implications > summary').click();
  assert.equal(await policy.evaluate((d) => d.open), true);
  assert.ok(await page.getByText('peaceful environment', { exact: false }).isVisible());
  // The control that needs JavaScript takes its space but cannot be seen or reached.
  const toggle = page.locator('.es-card__toggle-all');
  assert.equal(await toggle.evaluate((b) => getComputedStyle(b).visibility), 'hidden');
  assert.equal(await toggle.isVisible(), false);
});

test('the loader upgrades the static card in place: same nodes, no shift, no wasm, state kept', async (t) => {
  const page = await openPage(browser, { viewport: { width: 900, height: 500 } });
  t.after(() => page.context().close());
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${url}/upgrade.html`);

  // The reader opens the second section and scrolls before the script arrives.
  await page.locator('#policy-implications > summary').click();
  await page.evaluate(() => window.scrollTo(0, 240));
  const before = await page.evaluate(() => {
    window.__article = document.querySelector('.exec-summary > article');
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: false });
    const rect = window.__article.getBoundingClientRect();
    return { scrollY: window.scrollY, top: rect.top, height: rect.height };
  });

  const events = [];
  await page.exposeFunction('recordEvent', (name, detail) => events.push({ name, detail }));
  await page.evaluate(() => {
    for (const name of ['ready', 'toggle']) {
      document.addEventListener(`exec-summary:${name}`, (e) => window.recordEvent(name, e.detail));
    }
    const script = document.createElement('script');
    script.src = '/pkg/exec-summary.js';
    document.head.append(script);
  });
  await page.waitForFunction(() => document.querySelector('.exec-summary').dataset.esState === 'ready');

  const after = await page.evaluate(() => {
    const host = document.querySelector('.exec-summary');
    const article = host.querySelector(':scope > article');
    const rect = article.getBoundingClientRect();
    return {
      same: article === window.__article,
      articles: document.querySelectorAll('article.es-card').length,
      shadow: Boolean(host.shadowRoot),
      scrollY: window.scrollY,
      top: rect.top,
      height: rect.height,
      open: Array.from(article.querySelectorAll('details'), (d) => d.open),
    };
  });
  assert.equal(after.same, true, 'the static article was replaced');
  assert.equal(after.articles, 1, 'the card was duplicated');
  assert.equal(after.shadow, false);
  assert.deepEqual(after.open, [true, true], "the reader's open sections were lost");
  assert.equal(after.scrollY, before.scrollY);
  assert.equal(after.top, before.top);
  assert.equal(after.height, before.height);
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const cls = await page.evaluate(() => window.__shifts);
  t.diagnostic(`cumulative layout shift during the upgrade: ${cls}`);
  assert.equal(cls, 0);
  // Upgrading needs no wasm, glue or card stylesheet fetch: the page already has the card.
  assert.deepEqual(requests.filter((p) => /exec_summary|\.wasm$/.test(p)), []);
  assert.deepEqual(events.map((e) => e.name), ['ready']);

  // Now interactive: every section is open, so the control offers to collapse them.
  const toggle = page.locator('.es-card__toggle-all');
  assert.equal(await toggle.isVisible(), true);
  assert.equal(await toggle.textContent(), 'Collapse all');
  await toggle.click();
  await page.waitForFunction(() => Array.from(document.querySelectorAll('details.es-section')).every((d) => !d.open));
  assert.equal(await toggle.textContent(), 'Expand all');
  assert.equal(await page.locator('.es-card__status').textContent(), 'All sections collapsed');
  await page.locator('#main-argument > summary').click();
  // `open` flips at once but the toggle event (which clears the announcement) is a later task.
  const cleared = await page
    .waitForFunction(() => document.querySelector('.es-card__status').textContent === '', null, { timeout: 3000 })
    .then(() => true, () => false);
  assert.equal(cleared, true, `a stale announcement stayed: ${await page.locator('.es-card__status').textContent()}`);
  await page.waitForFunction(() => document.querySelector('#main-argument').open);
  const lastToggle = async () => events.filter((e) => e.name === 'toggle').map((e) => e.detail).at(-1);
  for (let i = 0; i < 50 && (await lastToggle())?.section !== 'main-argument'; i++) await page.waitForTimeout(20);
  assert.deepEqual(await lastToggle(), { section: 'main-argument', expanded: true });
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.consoleErrors, []);
});
