// The playground turns pasted text into contract JSON in the browser (the authoring module's
// importer) and the preview shows the card: the seed's plain text gives the seed's card with every
// line; Markdown and JSON work too; hand edits to the JSON are never replaced without asking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise, seedLines, useSite } from './support.mjs';
import {

  assertQuiet, gotoPlayground, openWithClipboard, previewText, previewTitled, seedText, setJson, writeClipboard,
} from './www-support.mjs';

const SEED_TITLE = 'Present and Future Sino-Russian Cooperation';
// The seed text sets these headings in capitals; the card keeps the document's own casing.
const UPPER_CASE_HEADINGS = new Set(['EXECUTIVE SUMMARY', 'MAIN ARGUMENT', 'POLICY IMPLICATIONS']);

let url;
let browser;
useSite((site) => ({ url, browser } = site));

async function freshPlayground(t) {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await gotoPlayground(page, url);
  return page;
}

/** Pastes `text` into the source box as a person would (clipboard, then Ctrl+V). */
async function paste(page, text) {
  await writeClipboard(page, text);
  await page.locator('#source').fill('');
  await page.locator('#source').focus();
  await page.keyboard.press('ControlOrMeta+V');
}

test('pasting the seed text gives the seed card with every line', async (t) => {
  const page = await freshPlayground(t);
  // Start from another document, so the card below can only come from the pasted text.
  await paste(page, JSON.stringify({ title: 'Placeholder', sections: [{ title: 'One', items: ['x'] }] }));
  await previewTitled(page, 'Placeholder');

  await paste(page, seedText());
  await previewTitled(page, SEED_TITLE);

  const json = JSON.parse(await page.locator('#json').inputValue());
  assert.equal(json.title, SEED_TITLE);
  assert.equal(json.subtitle, 'Chinese Perspectives');
  assert.deepEqual(json.sections.map((s) => s.title), ['Main Argument', 'Policy Implications']);
  assert.deepEqual(json.authors.map((a) => a.name), ['Ma Bin', 'Zhang Jian']);

  const text = await previewText(page);
  const missing = [];
  for (const raw of seedLines()) {
    const line = normalise(raw.startsWith('- ') ? raw.slice(2) : raw);
    if (!line) continue;
    const haystack = UPPER_CASE_HEADINGS.has(line) ? text.toUpperCase() : text;
    if (!haystack.includes(line)) missing.push(line);
  }
  assert.deepEqual(missing, [], 'seed lines missing from the preview');
  assert.equal(await page.locator('#problems-summary').textContent(), 'No problems: the card renders.');
  assertQuiet(page);
});

test('Markdown is imported with its inline markup', async (t) => {
  const page = await freshPlayground(t);
  await paste(page, '# Cooling Cities\n\nA lede with *emphasis*.\n\n## Findings\n\n- Trees cut **peak** heat.\n- Roofs matter.\n');
  await previewTitled(page, 'Cooling Cities');
  const json = JSON.parse(await page.locator('#json').inputValue());
  assert.deepEqual(json.sections[0].items, ['Trees cut **peak** heat.', 'Roofs matter.']);
  const strong = await page.evaluate(() => document.getElementById('preview').shadowRoot.querySelector('.es-section strong')?.textContent);
  assert.equal(strong, 'peak');
  assertQuiet(page);
});

test('pasted JSON goes into the editor as it is, pretty-printed', async (t) => {
  const page = await freshPlayground(t);
  await paste(page, '{"title":"From JSON","sections":[{"title":"A","paragraphs":["B"]}]}');
  await previewTitled(page, 'From JSON');
  assert.equal(
    await page.locator('#json').inputValue(),
    JSON.stringify({ title: 'From JSON', sections: [{ title: 'A', paragraphs: ['B'] }] }, null, 2),
  );
});

test('after hand edits, pasted text waits for "Convert to JSON"', async (t) => {
  const page = await freshPlayground(t);
  const edited = (await page.locator('#json').inputValue()).replace(SEED_TITLE, 'Edited by hand');
  await setJson(page, edited);
  await previewTitled(page, 'Edited by hand');

  await paste(page, '# Something else\n\n## Part\n\n- item\n');
  await page.waitForTimeout(500);
  assert.ok(await page.locator('#convert-hint').isVisible(), 'the hint explains why nothing happened');
  assert.equal(await page.locator('#json').inputValue(), edited, 'hand edits were replaced');

  await page.getByRole('button', { name: 'Convert to JSON' }).click();
  await previewTitled(page, 'Something else');
  assert.ok(await page.locator('#convert-hint').isHidden());
});
