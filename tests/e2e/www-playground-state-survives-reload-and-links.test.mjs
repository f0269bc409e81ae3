// The playground's state (JSON, source text, options, tokens, snippet addresses) survives a reload
// and travels in a link: the URL fragment carries it, so a fresh browser opening the copied link
// sees the same card; localStorage keeps the last keystrokes when the fragment lags behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertQuiet, gotoPlayground, openWithClipboard, previewSettled, previewTitled, readClipboard, setJson,
} from './www-support.mjs';
import { useSite } from './support.mjs';

const SEED_TITLE = 'Present and Future Sino-Russian Cooperation';

let url;
let browser;
useSite((site) => ({ url, browser } = site));

/** Everything the playground shows that its state decides. */
function shown(page) {
  return page.evaluate(() => ({
    json: document.getElementById('json').value,
    source: document.getElementById('source').value,
    theme: document.getElementById('opt-theme').value,
    lang: document.getElementById('opt-lang').value,
    heading: document.getElementById('opt-heading').value,
    accent: document.getElementById('tok-accent').value,
    src: document.getElementById('embed-src').value,
    css: document.getElementById('css-snippet').textContent,
    cardTheme: document.getElementById('preview').shadowRoot.querySelector('.es-card').dataset.theme,
    cardTitle: document.getElementById('preview').shadowRoot.querySelector('.es-card__title').textContent,
  }));
}

/** Makes a recognisable state: an edited title, options, a token and a JSON address. */
async function makeState(page) {
  const json = (await page.locator('#json').inputValue()).replace(SEED_TITLE, 'Kept across reloads');
  await setJson(page, json);
  await page.locator('#source').fill('A draft kept in the source box');
  await page.getByLabel('Theme').selectOption('sepia');
  await page.getByLabel("Card's own words").selectOption('fr');
  await page.getByLabel('Title heading level').selectOption('3');
  await page.locator('#tok-accent').fill('#8a1538');
  await page.getByLabel('Address of the JSON file').fill('/files/kept.json');
  await previewTitled(page, 'Kept across reloads');
  await page.evaluate(() => window.execSummaryPlayground.flush());
}

test('a reload keeps the JSON, the options, the tokens and the addresses', async (t) => {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await gotoPlayground(page, url);
  await makeState(page);
  const before = await shown(page);
  assert.equal(before.cardTheme, 'sepia');
  assert.match(page.url(), /#s=z[\w-]+$/);

  await page.reload();
  await page.waitForSelector('html[data-playground="ready"]');
  await previewTitled(page, 'Kept across reloads');
  assert.deepEqual(await shown(page), before);
  assertQuiet(page);
});

test('the last keystrokes survive a reload before the link is rewritten', async (t) => {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await gotoPlayground(page, url);
  await makeState(page);
  // Type and reload at once: the fragment is written a moment after an edit, localStorage at once.
  const json = (await page.locator('#json').inputValue()).replace('Kept across reloads', 'Typed just now');
  await page.locator('#json').fill(json);
  await page.reload();
  await page.waitForSelector('html[data-playground="ready"]');
  assert.equal(await page.locator('#json').inputValue(), json);
  await previewTitled(page, 'Typed just now');
});

test('a copied link opens the same state in a fresh browser', async (t) => {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await gotoPlayground(page, url);
  await makeState(page);
  const state = await shown(page);
  await page.getByRole('button', { name: 'Copy a link to this state' }).click();
  await page.waitForFunction(() => document.getElementById('share').textContent === 'Copied');
  const link = await readClipboard(page);
  assert.equal(link, page.url());

  const other = await openWithClipboard(browser, url); // a new context: empty localStorage
  t.after(() => other.context().close());
  await other.goto(link);
  await other.waitForSelector('html[data-playground="ready"]');
  await previewSettled(other);
  await previewTitled(other, 'Kept across reloads');
  assert.deepEqual(await shown(other), state);
  assertQuiet(other);
});

test('starting again brings back the example', async (t) => {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await gotoPlayground(page, url);
  await makeState(page);
  await page.getByRole('button', { name: 'Start again from the example' }).click();
  await previewTitled(page, SEED_TITLE);
  const state = await shown(page);
  assert.equal(state.theme, '');
  assert.equal(state.source, '');
  assert.doesNotMatch(state.css, /--es-accent/);
  await page.reload();
  await page.waitForSelector('html[data-playground="ready"]');
  await previewTitled(page, SEED_TITLE);
});
