// Publishers restyle the card from outside its shadow root: --es-* tokens set on the host or any
// ancestor win over the built-in theme, and every documented part name can be styled with
// ::part(). The stylesheet itself never styles :root, html or body, and takes its colours, fonts,
// radius and shadow from tokens.
import { readFileSync } from 'node:fs';
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { HOST, cardUrl, fullDocument, openCard, startCardServer } from './theme-support.mjs';

const CSS = readFileSync(new URL('../../src/assets/exec-summary.css', import.meta.url), 'utf8');
const CARD_PARTS = [
  'card', 'header', 'kicker', 'title', 'subtitle', 'lede', 'summary-heading', 'toggle-all', 'status',
  'sections', 'section', 'section-summary', 'section-title', 'section-body', 'footer',
  'authors-heading', 'authors', 'source',
];
const ERROR_PARTS = ['error', 'error-title', 'error-list'];

/** Splits a selector list at its top-level commas (not those inside `:is(…)`). */
function splitTopLevel(list) {
  const parts = [''];
  let depth = 0;
  for (const c of list) {
    if (c === '(') depth += 1;
    if (c === ')') depth -= 1;
    if (c === ',' && depth === 0) parts.push('');
    else parts[parts.length - 1] += c;
  }
  return parts.map((s) => s.trim());
}

let server;
let url;
let browser;
let page;

const cardStyle = () => page.locator(`${HOST} .es-card`).evaluate((card) => ({
  surface: getComputedStyle(card).backgroundColor,
  radius: getComputedStyle(card).borderTopLeftRadius,
  font: getComputedStyle(card).fontFamily,
  link: getComputedStyle(card.querySelector('.es-link')).color,
}));

before(async () => {
  ({ server, url } = await startCardServer({
    doc: fullDocument(),
    invalid: { version: 1, title: '', sections: [] },
  }));
  browser = await launch();
  page = await openPage(browser);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('tokens on an ancestor of the host override the built-in theme', async () => {
  await openCard(page, cardUrl(url, 'doc', { theme: 'dark' }));
  const dark = await cardStyle();
  assert.equal(dark.surface, 'rgb(22, 27, 34)');
  await page.evaluate(() => {
    const main = document.querySelector('main');
    main.style.setProperty('--es-surface', '#fefae0');
    main.style.setProperty('--es-accent', '#7a0019');
    main.style.setProperty('--es-radius', '0px');
    main.style.setProperty('--es-font-body', 'Georgia, serif');
  });
  assert.deepEqual(await cardStyle(), {
    surface: 'rgb(254, 250, 224)',
    radius: '0px',
    font: 'Georgia, serif',
    link: 'rgb(122, 0, 25)',
  });
});

test('tokens on the host itself theme its card', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await page.locator(HOST).evaluate((host) => host.style.setProperty('--es-surface', 'rgb(1, 2, 3)'));
  assert.equal((await cardStyle()).surface, 'rgb(1, 2, 3)');
});

test('a theme attribute on the host themes the card it holds', async () => {
  await openCard(page, cardUrl(url, 'invalid', { theme: 'dark' }), 'error');
  const surface = await page.locator(`${HOST} .es-card--error`).evaluate((c) => getComputedStyle(c).backgroundColor);
  assert.equal(surface, 'rgb(42, 23, 21)', 'the error card follows the host\'s data-theme');
});

test('every documented part is present on the card and listed in the stylesheet', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  const names = await page.locator(HOST).evaluate((host) =>
    [...host.shadowRoot.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part').split(/\s+/)));
  for (const part of CARD_PARTS) {
    assert.ok(names.includes(part), `no part="${part}"`);
    assert.match(CSS, new RegExp(`^ \\*   ${part} +\\.es-`, 'm'), `${part} is not documented`);
  }
  await openCard(page, cardUrl(url, 'invalid'), 'error');
  const errorNames = await page.locator(HOST).evaluate((host) =>
    [...host.shadowRoot.querySelectorAll('[part]')].flatMap((el) => el.getAttribute('part').split(/\s+/)));
  for (const part of ERROR_PARTS) assert.ok(errorNames.includes(part), `no part="${part}" on the error card`);
});

test('::part() rules in the page style the card inside its shadow root', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await page.addStyleTag({
    content: `
      #card::part(title) { color: rgb(1, 2, 3); }
      #card::part(section-summary) { background: rgb(4, 5, 6); }
      #card::part(toggle-all) { border-radius: 0; }
      #card::part(card) { border-width: 7px; }`,
  });
  const styled = await page.locator(`${HOST} .es-card`).evaluate((card) => ({
    title: getComputedStyle(card.querySelector('.es-card__title')).color,
    summary: getComputedStyle(card.querySelector('.es-section__summary')).backgroundColor,
    toggle: getComputedStyle(card.querySelector('.es-card__toggle-all')).borderTopLeftRadius,
    border: getComputedStyle(card).borderTopWidth,
  }));
  assert.deepEqual(styled, { title: 'rgb(1, 2, 3)', summary: 'rgb(4, 5, 6)', toggle: '0px', border: '7px' });
});

test('the stylesheet never styles the page itself', () => {
  const rules = CSS.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = [...rules.matchAll(/([^{}]+)\{/g)].map((m) => m[1].trim()).filter((s) => !s.startsWith('@'));
  for (const selector of selectors) {
    for (const one of splitTopLevel(selector)) {
      assert.ok(/^(\.es-|:host\b|from|to\b)/.test(one), `selector "${one}" is not scoped to the card`);
      assert.doesNotMatch(one, /:root|\bhtml\b|\bbody\b/, one);
    }
  }
});

test('colours, fonts, radius and shadow come from tokens', () => {
  const rules = CSS.replace(/\/\*[\s\S]*?\*\//g, '');
  // Outside the forced-colours and print blocks, which deliberately use fixed values.
  const screen = rules.split('@media (forced-colors: active)')[0];
  const themed = /^\s*(color|background(?:-color)?|border(?:-[a-z-]+)?-color|outline(?:-color)?|font-family|border-radius|box-shadow)\s*:\s*([^;]+);/gm;
  for (const [, property, value] of screen.matchAll(themed)) {
    assert.ok(/var\(--|^(inherit|transparent|none|0|999px|4px|inherit)$/.test(value.trim()), `${property}: ${value} is not a token`);
  }
});
