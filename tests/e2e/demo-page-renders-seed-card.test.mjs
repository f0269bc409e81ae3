// The demo page (/) turns the seed document into a card: every line of the seed text is there,
// with its structure (headings, list, author notes), the card stylesheet applied and no errors.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, normalise, seedLines } from './support.mjs';

const HOST = '.exec-summary';
const CARD = `${HOST} article.es-card`;
// The seed text sets these headings in capitals; the card keeps the document's own casing.
const UPPER_CASE_HEADINGS = new Set(['EXECUTIVE SUMMARY', 'MAIN ARGUMENT', 'POLICY IMPLICATIONS']);

let server;
let url;
let browser;
let page;

before(async () => {
  ({ server, url } = await startServer({ port: 0 }));
  browser = await launch();
  page = await openPage(browser);
  await page.goto(`${url}/`);
  await expectState(page, HOST, 'ready');
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('the card is a labelled region titled by the document', async () => {
  const card = page.locator(CARD);
  assert.equal(await card.count(), 1);
  assert.equal(await card.getAttribute('role'), 'region');
  assert.equal(await card.getAttribute('lang'), 'en');
  const region = page.getByRole('region', { name: 'Present and Future Sino-Russian Cooperation' });
  assert.equal(await region.count(), 1);
  assert.ok(await region.isVisible());
});

test('title, subtitle, description and summary heading are shown', async () => {
  const card = page.locator(CARD);
  const title = card.getByRole('heading', { level: 2 });
  assert.equal(normalise(await title.innerText()), 'Present and Future Sino-Russian Cooperation');
  assert.equal(normalise(await card.locator('.es-card__subtitle').innerText()), 'Chinese Perspectives');
  assert.equal(
    normalise(await card.locator('.es-card__lede').innerText()),
    'This essay provides Chinese perspectives on the relationship between China and Russia and assesses the outlook for future cooperation.',
  );
  const summaryHeading = card.getByRole('heading', { level: 3, name: 'Executive summary' });
  assert.ok(await summaryHeading.isVisible());
});

test('both sections are there, in order, with their headings', async () => {
  const sections = page.locator(`${CARD} details.es-section`);
  assert.equal(await sections.count(), 2);
  assert.deepEqual(await sections.evaluateAll((els) => els.map((el) => el.id)), ['main-argument', 'policy-implications']);
  const titles = page.locator(`${CARD} summary.es-section__summary`).getByRole('heading', { level: 4 });
  assert.deepEqual((await titles.allInnerTexts()).map(normalise), ['Main argument', 'Policy implications']);
  // "expanded": true in the document: the main argument starts open, the implications closed.
  assert.equal(await page.locator('#main-argument').evaluate((d) => d.open), true);
  assert.equal(await page.locator('#policy-implications').evaluate((d) => d.open), false);
  assert.ok(await page.getByText('Sino-Russian relations are among the most important bilateral').isVisible());
});

test('the policy implications are a list of three items', async () => {
  const items = page.locator('#policy-implications ul.es-section__list > li');
  assert.equal(await items.count(), 3);
  const texts = (await items.evaluateAll((els) => els.map((el) => el.textContent))).map(normalise);
  const expected = seedLines().filter((line) => line.startsWith('- ')).map((line) => normalise(line.slice(2)));
  assert.equal(expected.length, 3);
  assert.deepEqual(texts, expected);
  // Open the section and the list is exposed as a list to assistive technology.
  await page.locator('#policy-implications > summary').click();
  const snapshot = await page.locator('#policy-implications').ariaSnapshot();
  assert.match(snapshot, /- list:\n(\s+- listitem: .+\n?){3}$/);
  await page.locator('#policy-implications > summary').click();
  assert.equal(await page.locator('#policy-implications').evaluate((d) => d.open), false);
});

test('both author notes are shown with the names set apart', async () => {
  const notes = page.locator(`${CARD} .es-card__footer li.es-author`);
  assert.equal(await notes.count(), 2);
  assert.deepEqual(
    (await page.locator(`${CARD} .es-author__name`).allInnerTexts()).map(normalise),
    ['Ma Bin', 'Zhang Jian'],
  );
  const texts = (await notes.allInnerTexts()).map(normalise);
  assert.match(texts[0], /^Ma Bin is an Associate Professor of International Studies/);
  assert.match(texts[1], /^Zhang Jian is the Secretary-General in the Center for Russian Studies/);
  assert.ok(await page.getByRole('heading', { level: 3, name: 'About the authors' }).isVisible());
});

test('every line of the seed text appears in the card', async () => {
  const text = normalise(await page.locator(CARD).evaluate((el) => el.textContent));
  const missing = [];
  for (const raw of seedLines()) {
    let line = normalise(raw.startsWith('- ') ? raw.slice(2) : raw);
    if (!line) continue;
    const haystack = UPPER_CASE_HEADINGS.has(line) ? text.toUpperCase() : text;
    if (!haystack.includes(line)) missing.push(line);
  }
  assert.deepEqual(missing, [], 'seed lines missing from the card');
});

test('curly quotes and apostrophes are kept as published', async () => {
  const text = await page.locator('#main-argument').evaluate((el) => el.textContent);
  for (const phrase of ['“friendly countries”', '“new type of constructive partnership”', 'China’s perspective', '“expectations gap,”']) {
    assert.ok(text.includes(phrase), `missing ${phrase}`);
  }
  assert.ok(!/["']/.test(text), 'straight quotes appeared in the main argument');
});

test('the card stylesheet is applied inside the card and not added to the page', async () => {
  // The card lives in its host's shadow root with the stylesheet adopted there, so the page's
  // own styles and the card's cannot reach each other.
  const links = await page.locator('link[rel="stylesheet"]').evaluateAll((els) => els.map((el) => new URL(el.href).pathname));
  assert.equal(links.filter((href) => href.endsWith('exec-summary.css')).length, 0);
  assert.equal(await page.locator(HOST).evaluate((host) => host.shadowRoot?.adoptedStyleSheets.length), 1);
  const style = await page.locator(CARD).evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      borderStyle: s.borderTopStyle,
      borderWidth: s.borderTopWidth,
      borderRadius: s.borderTopLeftRadius,
      background: s.backgroundColor,
      boxShadow: s.boxShadow,
    };
  });
  assert.equal(style.borderStyle, 'solid');
  assert.equal(style.borderWidth, '1px');
  assert.equal(style.borderRadius, '12px');
  assert.equal(style.background, 'rgb(255, 255, 255)');
  assert.notEqual(style.boxShadow, 'none');
});

test('nothing went wrong on the way: no console errors, no page errors', async () => {
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.consoleErrors, []);
});
