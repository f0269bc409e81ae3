// Under forced colours (Windows High Contrast, emulated), where the browser replaces every colour
// with the user's palette and drops backgrounds and shadows, the card's edge, the section
// dividers, the chevrons, the "Expand all" outline and the focus ring all stay drawn, in every
// built-in theme.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import {
  HOST, THEMES, cardUrl, contrast, focusedControl, fullDocument, openCard, startCardServer,
} from './theme-support.mjs';

let server;
let url;
let browser;
let page;

/** Each boundary's computed width and colour, and the card's surface. */
const boundaries = () => page.locator(`${HOST} .es-card`).evaluate((card) => {
  const side = (el, edge, pseudo = null) => {
    const style = getComputedStyle(el, pseudo);
    return { width: parseFloat(style[`border${edge}Width`]), style: style[`border${edge}Style`], color: style[`border${edge}Color`] };
  };
  const summary = card.querySelector('.es-section__summary');
  return {
    surface: getComputedStyle(card).backgroundColor,
    text: getComputedStyle(card).color,
    'card edge': side(card, 'Top'),
    'section divider': side(card.querySelector('.es-section'), 'Bottom'),
    'summary rule': side(card.querySelector('.es-card__summary-bar'), 'Top'),
    'chevron (right stroke)': side(summary, 'Right', '::before'),
    'chevron (bottom stroke)': side(summary, 'Bottom', '::before'),
    'Expand all outline': side(card.querySelector('.es-card__toggle-all'), 'Top'),
  };
});

before(async () => {
  ({ server, url } = await startCardServer({ doc: fullDocument() }));
  browser = await launch();
  page = await openPage(browser);
});

after(async () => {
  await page?.emulateMedia({ forcedColors: 'none' });
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

for (const theme of THEMES) {
  test(`${theme}: every boundary and the focus ring stay visible under forced colours`, async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openCard(page, cardUrl(url, 'doc', { theme }));
    const found = await boundaries();
    assert.ok(contrast(found.text, found.surface) >= 4.5, `text ${found.text} on ${found.surface}`);
    for (const [name, line] of Object.entries(found)) {
      if (name === 'surface' || name === 'text') continue;
      assert.equal(line.style, 'solid', `${theme}: ${name} is not drawn`);
      assert.ok(line.width >= 1, `${theme}: ${name} is ${line.width}px`);
      const ratio = contrast(line.color, found.surface);
      assert.ok(ratio >= 3, `${theme}: ${name} ${line.color} on ${found.surface} is ${ratio.toFixed(2)}:1`);
    }
    await page.locator(`${HOST} #findings > summary`).focus();
    const focused = await focusedControl(page);
    assert.equal(focused.label, 'summary#findings');
    assert.equal(focused.outline.style, 'solid');
    assert.ok(focused.outline.width >= 2);
    assert.ok(contrast(focused.outline.color, focused.surface) >= 3, `focus ring ${focused.outline.color}`);
  });
}

test('the palette really is forced (the emulation took effect)', async () => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openCard(page, cardUrl(url, 'doc', { theme: 'sepia' }));
  const forced = await boundaries();
  await page.emulateMedia({ forcedColors: 'none' });
  const normal = await boundaries();
  assert.notEqual(forced.surface, normal.surface, 'sepia paper is replaced by the system canvas');
  assert.equal(normal.surface, 'rgb(248, 241, 227)');
});
