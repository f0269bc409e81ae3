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
const warnings = []; // console warnings of `page`

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
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
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
  // A value an option does not take is a warning naming it, and its default: level 2, and the
  // JSON's own states for an unknown "expanded".
  await expectState(page, '#invalid', 'ready');
  assert.deepEqual(await shown('#invalid'), { level: 2, theme: '', lang: 'en', open: [true, false] });
  assert.deepEqual(warnings, [
    'exec-summary: /data/doc.json: options.headingLevel: expected a whole number from 2 to 6, found "9": using 2',
    'exec-summary: /data/doc.json: options.expanded: expected `all` or `none`, found "sideways": using none',
  ]);
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

test('a wrong type in a render() option is a warning and the default, and never takes a card down', async () => {
  await page.goto(`${url}/options-defaults.html`);
  await expectState(page, '#plain', 'ready');
  warnings.length = 0;
  const details = await page.evaluate(async () => {
    const details = [];
    document.addEventListener('exec-summary:ready', (event) => details.push(event.detail));
    const doc = await (await fetch('/data/doc.json')).json();
    // Before, each of these made the module trap twice and the page ran out of instances.
    for (const options of [{ theme: 42 }, { lang: 7 }, { headingLevel: {} }, { strings: 5 }, { theme: 42 }, { lang: 7 }]) {
      const host = document.body.appendChild(document.createElement('div'));
      await ExecSummary.render(host, doc, options).ready;
    }
    return details;
  });
  assert.equal(details.length, 6, 'every card showed');
  assert.deepEqual(details[0].warnings, [{
    path: 'options.theme',
    message: 'expected `light`, `dark`, `auto`, `sepia` or `high-contrast`, found the number 42: using none',
    severity: 'warning',
  }]);
  assert.equal(warnings.length, 6);
  assert.match(warnings[1], /^exec-summary: ExecSummary\.render: options\.lang: expected a BCP 47 language tag .* found the number 7: using none$/);
  const stats = await page.evaluate(() => document.querySelectorAll('[data-es-state="ready"]').length);
  assert.equal(stats, 8, 'the page’s own cards and the six new ones are all ready');
  assertClean(page);
});
