// Card options come from one documented merge order: built-in defaults < window.ExecSummaryConfig
// < the host's attributes (data-* on a div, bare on <exec-summary>) < ExecSummary.render()
// options. Checked for heading-level, theme, expanded (all / none / as in the JSON) and lang (the
// language of the card's own words).
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, htmlFixture, json } from './support.mjs';
import { assertClean, shortDocument } from './pages.mjs';

let server;
let url;
let browser;
let page;

/**
 * What the card in `host` shows: title heading level, theme, the language of the card's own words
 * ("Expand all" carries a lang of its own when it differs from the document's), open sections.
 */
function shown(host) {
  return page.locator(host).evaluate((el) => {
    const card = el.shadowRoot.querySelector('article.es-card');
    const title = card.querySelector('.es-card__title');
    return {
      level: Number(title.getAttribute('aria-level') || title.localName.slice(1)),
      theme: card.getAttribute('data-theme') || '',
      lang: card.querySelector('.es-card__toggle-all').getAttribute('lang') || card.getAttribute('lang'),
      open: Array.from(card.querySelectorAll('details.es-section'), (d) => d.open),
    };
  });
}

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/options-merge.html': htmlFixture('options-merge.html'),
      '/options-defaults.html': htmlFixture('options-defaults.html'),
      // First section open, second closed, in English.
      '/data/doc.json': json(shortDocument('Options', { lang: 'en' })),
    },
  }));
  browser = await launch();
  page = await openPage(browser);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('with no options anywhere the card follows its JSON and the defaults', async () => {
  await page.goto(`${url}/options-defaults.html`);
  await expectState(page, '#plain', 'ready');
  assert.deepEqual(await shown('#plain'), { level: 2, theme: '', lang: 'en', open: [true, false] });
  // Out-of-range levels are clamped to 2–6; an unknown "expanded" keeps the JSON's states.
  await expectState(page, '#invalid', 'ready');
  assert.deepEqual(await shown('#invalid'), { level: 6, theme: '', lang: 'en', open: [true, false] });
  assertClean(page);
});

test('window.ExecSummaryConfig sets every card’s options', async () => {
  await page.goto(`${url}/options-merge.html`);
  await expectState(page, '#config', 'ready');
  assert.deepEqual(await shown('#config'), { level: 4, theme: 'sepia', lang: 'fr', open: [false, false] });
});

test('host data-* attributes override the page config', async () => {
  await expectState(page, '#attributes', 'ready');
  assert.deepEqual(await shown('#attributes'), { level: 3, theme: 'dark', lang: 'de', open: [true, true] });
  // Only what the host sets is overridden; the rest still comes from the config.
  await expectState(page, '#mixed', 'ready');
  assert.deepEqual(await shown('#mixed'), { level: 4, theme: 'dark', lang: 'fr', open: [false, false] });
});

test('bare attributes on <exec-summary> override the page config', async () => {
  await expectState(page, '#element', 'ready');
  assert.deepEqual(await shown('#element'), { level: 5, theme: 'high-contrast', lang: 'es', open: [true, true] });
});

test('ExecSummary.render() options override the host attributes and the config', async () => {
  await page.evaluate(() => ExecSummary.render(document.getElementById('api'), undefined, {
    headingLevel: 6, theme: 'dark', expanded: 'none', lang: 'ru',
  }).ready);
  await expectState(page, '#api', 'ready');
  // data-src still names the data; every option given to render() wins.
  assert.deepEqual(await shown('#api'), { level: 6, theme: 'dark', lang: 'ru', open: [false, false] });
  // An option render() leaves out falls back to the attribute (data-theme="dark", data-lang="de").
  await page.evaluate(() => ExecSummary.render(document.getElementById('api'), undefined, { headingLevel: 2 }).ready);
  assert.deepEqual(await shown('#api'), { level: 2, theme: 'dark', lang: 'de', open: [true, true] });
  assertClean(page);
});
