// The theming page lists every design token and every part, from the stylesheet's header comment
// (scripts/theming-reference.mjs writes the lists into www/docs/theming.html, since the shipped,
// minified pkg/exec-summary.css does not carry that comment), and once loaded shows each token's
// light and dark values and a Show button for each part the live card has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PAGE, parseStylesheet, STYLESHEET, withReference } from '../../scripts/theming-reference.mjs';
import { openPage } from './browser.mjs';
import { assertQuiet } from './www-support.mjs';
import { useSite } from './support.mjs';

const source = readFileSync(STYLESHEET, 'utf8');
const { tokens, parts } = parseStylesheet(source);

let url;
let browser;
useSite((site) => ({ url, browser } = site));

test('the page\'s lists are what the generator makes of the stylesheet\'s header', () => {
  const page = readFileSync(PAGE, 'utf8');
  assert.equal(page, withReference(page, source), 'www/docs/theming.html is stale: run node scripts/theming-reference.mjs');
  assert.ok(tokens.length > 30 && parts.length > 20, `${tokens.length} tokens, ${parts.length} parts parsed`);
});

test('the header lists exactly the tokens the shipped stylesheet reads', () => {
  const shipped = readFileSync(fileURLToPath(new URL('../../pkg/exec-summary.css', import.meta.url)), 'utf8');
  const read = new Set(Array.from(shipped.matchAll(/var\((--es-[a-z-]+)/g), (m) => m[1]));
  assert.deepEqual([...read].sort(), tokens.map((t) => t.name).sort());
});

test('once loaded, every token has its light and dark values and the card\'s parts a Show button', async (t) => {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  t.after(() => page.context().close());
  await page.goto(`${url}/docs/theming.html`);
  await page.waitForFunction(() => document.querySelector('#parts-reference button'), null, { timeout: 15000 });
  const rows = await page.locator('#tokens-reference tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    name: tr.querySelector('th').textContent,
    values: Array.from(tr.querySelectorAll('.swatch__value'), (v) => v.textContent),
  })));
  assert.deepEqual(rows.map((r) => r.name), tokens.map((tk) => tk.name));
  for (const row of rows) {
    assert.equal(row.values.length, 2, `${row.name}: a light and a dark value`);
    for (const value of row.values) assert.ok(value && value !== 'not set', `${row.name}: ${value}`);
  }
  assert.deepEqual(await page.locator('#parts-reference tbody th').allTextContents(), parts.map((p) => p.name));
  const shown = await page.locator('#parts-reference button').count();
  assert.ok(shown >= 10, `${shown} Show buttons`);
  assert.equal(await page.locator('#tokens-status').textContent(), '');
  assertQuiet(page);
});
