// Every built-in theme meets WCAG 2.2 AA contrast, measured on the rendered card: text ≥ 4.5:1
// against the card's surface (high-contrast: ≥ 7:1), and the non-text parts a reader needs to see
// (chevron, "Expand all" outline, focus ring) ≥ 3:1. The measured ratios are printed as test
// diagnostics.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import {
  HOST, THEMES, cardUrl, contrast, fullDocument, openCard, startCardServer,
} from './theme-support.mjs';

let server;
let url;
let browser;
let page;

/** [name, selector, computed property, minimum ratio, minimum in high-contrast]. */
const PAIRS = [
  ['title', '.es-card__title', 'color', 4.5, 7],
  ['lede', '.es-card__lede', 'color', 4.5, 7],
  ['section title', '.es-section__title', 'color', 4.5, 7],
  ['paragraph', '.es-section__paragraph', 'color', 4.5, 7],
  ['summary heading', '.es-card__summary-heading', 'color', 4.5, 7],
  ['author name', '.es-author__name', 'color', 4.5, 7],
  ['subtitle (muted)', '.es-card__subtitle', 'color', 4.5, 7],
  ['footer (muted)', '.es-author__bio', 'color', 4.5, 7],
  ['kicker (accent)', '.es-card__kicker', 'color', 4.5, 7],
  ['link (accent)', '.es-link', 'color', 4.5, 7],
  ['Expand all (accent)', '.es-card__toggle-all', 'color', 4.5, 7],
  ['Expand all outline', '.es-card__toggle-all', 'borderTopColor', 3, 4.5],
];

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

/** Computed colours of the card's surface and of every pair's element, plus chevron and focus ring. */
async function measure() {
  const card = page.locator(`${HOST} .es-card`);
  const colours = await card.evaluate((root, pairs) => {
    const result = { surface: getComputedStyle(root).backgroundColor };
    for (const [name, selector, property] of pairs) {
      const element = root.querySelector(selector);
      result[name] = element && getComputedStyle(element)[property];
    }
    result.chevron = getComputedStyle(root.querySelector('.es-section__summary'), '::before').borderRightColor;
    return result;
  }, PAIRS);
  // The focus ring, drawn after a keyboard move onto a section summary.
  await page.locator('#before').focus();
  for (let i = 0; i < 5 && !colours['focus ring']; i += 1) {
    await page.keyboard.press('Tab');
    colours['focus ring'] = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.matches('summary:focus-visible') ? getComputedStyle(el).outlineColor : null;
    });
  }
  return colours;
}

async function checkTheme(t, label, options) {
  await openCard(page, cardUrl(url, 'doc', options));
  const colours = await measure();
  const strict = options.theme === 'high-contrast';
  const rows = [];
  for (const [name, , , minimum, strictMinimum] of PAIRS) {
    assert.ok(colours[name], `${label}: no colour for ${name}`);
    const ratio = contrast(colours[name], colours.surface);
    const needed = strict ? strictMinimum : minimum;
    rows.push(`${name} ${ratio.toFixed(2)}`);
    assert.ok(ratio >= needed, `${label}: ${name} ${colours[name]} on ${colours.surface} is ${ratio.toFixed(2)}:1, needs ${needed}:1`);
  }
  for (const name of ['chevron', 'focus ring']) {
    assert.ok(colours[name], `${label}: no colour for ${name}`);
    const ratio = contrast(colours[name], colours.surface);
    rows.push(`${name} ${ratio.toFixed(2)}`);
    assert.ok(ratio >= 3, `${label}: ${name} ${colours[name]} on ${colours.surface} is ${ratio.toFixed(2)}:1, needs 3:1`);
  }
  t.diagnostic(`${label} (surface ${colours.surface}): ${rows.join(', ')}`);
}

for (const theme of THEMES) {
  test(`${theme} theme meets AA contrast`, async (t) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await checkTheme(t, theme, { theme });
  });
}

test('auto theme meets AA contrast in its dark form', async (t) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  try {
    await checkTheme(t, 'auto (dark scheme)', { theme: 'auto' });
    const surface = await page.locator(`${HOST} .es-card`).evaluate((c) => getComputedStyle(c).backgroundColor);
    assert.equal(surface, 'rgb(22, 27, 34)', 'auto follows prefers-color-scheme: dark');
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
});

test('the compact variant keeps the theme colours', async (t) => {
  await checkTheme(t, 'dark compact', { theme: 'dark', variant: 'compact' });
});

test('error card text meets AA contrast in every theme', async (t) => {
  await page.emulateMedia({ colorScheme: 'light' });
  for (const theme of THEMES) {
    await openCard(page, cardUrl(url, 'invalid', { theme }), 'error');
    const colours = await page.locator(`${HOST} .es-card--error`).evaluate((card) => ({
      surface: getComputedStyle(card).backgroundColor,
      title: getComputedStyle(card.querySelector('.es-error__title')).color,
      text: getComputedStyle(card.querySelector('.es-error__item')).color,
      edge: getComputedStyle(card).borderInlineStartColor,
    }));
    const title = contrast(colours.title, colours.surface);
    const text = contrast(colours.text, colours.surface);
    t.diagnostic(`error card ${theme} (surface ${colours.surface}): title ${title.toFixed(2)}, text ${text.toFixed(2)}`);
    assert.ok(title >= 4.5, `${theme}: error title is ${title.toFixed(2)}:1`);
    assert.ok(text >= 4.5, `${theme}: error text is ${text.toFixed(2)}:1`);
  }
});
