// axe-core finds no WCAG 2.2 A/AA (or best-practice) violations in any built-in theme and layout
// variant, with the sections as authored, all collapsed and all expanded; nor in the Chinese and
// right-to-left Arabic cards, the error card, or the static cards of the theme gallery.
import { before, after, test } from 'node:test';
import { launch, openPage } from './browser.mjs';
import {
  THEMES, VARIANTS, assertNoViolations, axeViolations, cardUrl, exampleDocument,
  fullDocument, openCard, setAllOpen, startCardServer,
} from './theme-support.mjs';

let server;
let url;
let browser;
let page;

before(async () => {
  const arabic = exampleDocument('water-security-ar.json');
  delete arabic.dir; // `auto`: the card must still come out right to left
  ({ server, url } = await startCardServer({
    doc: fullDocument(),
    zh: exampleDocument('rural-elderly-care-zh.json'),
    ar: arabic,
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

/** Checks the card as authored, then all expanded, then all collapsed. */
async function checkEveryState(where) {
  assertNoViolations(await axeViolations(page), `${where}, as authored`);
  await setAllOpen(page, true);
  assertNoViolations(await axeViolations(page), `${where}, all expanded`);
  await setAllOpen(page, false);
  assertNoViolations(await axeViolations(page), `${where}, all collapsed`);
}

for (const theme of THEMES) {
  for (const variant of VARIANTS) {
    const name = `${theme}${variant ? ` ${variant}` : ''}`;
    test(`${name} card has no violations collapsed or expanded`, async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await openCard(page, cardUrl(url, 'doc', { theme, variant }));
      await checkEveryState(name);
    });
  }
}

test('auto theme has no violations under a dark colour scheme', async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const variant of VARIANTS) {
    await openCard(page, cardUrl(url, 'doc', { theme: 'auto', variant }));
    await checkEveryState(`auto ${variant} (dark scheme)`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('Chinese and Arabic cards have no violations', async () => {
  for (const doc of ['zh', 'ar']) {
    for (const theme of ['light', 'dark']) {
      await openCard(page, cardUrl(url, doc, { theme }));
      await checkEveryState(`${doc} ${theme}`);
    }
  }
});

test('the error card has no violations', async () => {
  for (const theme of ['light', 'dark', 'high-contrast']) {
    await openCard(page, cardUrl(url, 'invalid', { theme }), 'error');
    assertNoViolations(await axeViolations(page), `error card, ${theme}`);
  }
});

test('the static cards of the theme gallery have no violations', async () => {
  await page.goto(`${url}/themes.html`);
  const sections = page.locator('details.es-section');
  assertNoViolations(await axeViolations(page), 'themes.html, as authored');
  await sections.evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  assertNoViolations(await axeViolations(page), 'themes.html, all expanded');
  await sections.evaluateAll((all) => all.forEach((d) => { d.open = false; }));
  assertNoViolations(await axeViolations(page), 'themes.html, all collapsed');
});
