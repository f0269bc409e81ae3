// Validation problems appear beside the playground's editor with their JSON paths, and clicking
// one puts the cursor on the offending line; while the JSON has errors the preview keeps the last
// good card, and the reader's open sections survive edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertQuiet, cursorLine, gotoPlayground, listedProblems, openWithClipboard, previewSections, previewTitled, setJson,
} from './www-support.mjs';
import { useSite } from './support.mjs';

const SEED_TITLE = 'Present and Future Sino-Russian Cooperation';

let url;
let browser;
useSite((site) => ({ url, browser } = site));

async function freshPlayground(t) {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await gotoPlayground(page, url);
  return page;
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text, needle) {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `no line contains ${needle}`);
  return index + 1;
}

test('a wrong value is listed with its path, and clicking it moves the cursor there', async (t) => {
  const page = await freshPlayground(t);
  const seed = JSON.parse(await page.locator('#json').inputValue());
  seed.sections[1].items[1] = 42;
  seed.source = { date: '2018-02-30' };
  const broken = JSON.stringify(seed, null, 2);
  await setJson(page, broken);

  const problems = await listedProblems(page);
  assert.deepEqual(problems.map((p) => [p.path, p.severity]), [
    ['sections[1].items[1]', 'error'],
    ['source.date', 'error'],
  ]);
  assert.match(problems[0].message, /expected a string, found a number/);
  assert.match(problems[0].where, new RegExp(`^Error, line ${lineOf(broken, '    42')}, column \\d+$`));
  assert.match(await page.locator('#problems-summary').textContent(), /^2 errors: the card cannot render/);

  await page.locator('#problems button', { hasText: 'sections[1].items[1]' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'json');
  assert.equal(await cursorLine(page), lineOf(broken, '    42'));
  const selected = await page.locator('#json').evaluate((a) => a.value.slice(a.selectionStart, a.selectionEnd));
  assert.equal(selected, '42');

  await page.locator('#problems button', { hasText: 'source.date' }).click();
  assert.equal(await cursorLine(page), lineOf(broken, '"date": "2018-02-30"'));

  // The preview keeps the last good card and says so.
  assert.ok(await page.locator('#preview-stale').isVisible());
  await previewTitled(page, SEED_TITLE);
  assertQuiet(page);
});

test('a syntax error is located where the JSON stops making sense', async (t) => {
  const page = await freshPlayground(t);
  const text = await page.locator('#json').inputValue();
  const broken = text.replace('"subtitle": "Chinese Perspectives",', '"subtitle": "Chinese Perspectives"');
  await setJson(page, broken);
  const [problem] = await listedProblems(page);
  assert.equal(problem.path, '(root)');
  assert.match(problem.message, /^invalid JSON: expected `,` or `}`/);
  await page.locator('#problems button').first().click();
  // serde_json notices the missing comma at the next key.
  assert.equal(await cursorLine(page), lineOf(broken, '"description"'));
});

test('warnings are listed but the card still renders', async (t) => {
  const page = await freshPlayground(t);
  const text = await page.locator('#json').inputValue();
  await setJson(page, text.replace('"subtitle"', '"subtitel"').replace(SEED_TITLE, 'Still renders'));
  const problems = await listedProblems(page);
  assert.deepEqual(problems.map((p) => [p.path, p.severity]), [['subtitel', 'warning']]);
  assert.match(problems[0].message, /did you mean `subtitle`/);
  await previewTitled(page, 'Still renders');
  assert.ok(await page.locator('#preview-stale').isHidden());
});

test('fixing the JSON brings the preview back with the reader\'s open sections', async (t) => {
  const page = await freshPlayground(t);
  // The reader closes the main argument and opens the policy implications.
  await page.locator('#preview #main-argument > summary').click();
  await page.locator('#preview #policy-implications > summary').click();
  assert.deepEqual(await previewSections(page), { 'main-argument': false, 'policy-implications': true });

  const text = await page.locator('#json').inputValue();
  await setJson(page, text.replace(`"title": "${SEED_TITLE}"`, '"title": 7'));
  assert.equal((await listedProblems(page))[0].path, 'title');
  await setJson(page, text.replace(SEED_TITLE, 'Fixed title'));
  await previewTitled(page, 'Fixed title');
  assert.deepEqual(await previewSections(page), { 'main-argument': false, 'policy-implications': true });
  assertQuiet(page);
});
