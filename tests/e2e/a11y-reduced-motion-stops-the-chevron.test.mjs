// The chevron's turn is the card's only animation: it runs by default, and prefers-reduced-motion
// turns it off (even where a page set a longer --es-duration), while the chevron still shows the
// open and closed state.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { HOST, cardUrl, fullDocument, openCard, startCardServer } from './theme-support.mjs';

let server;
let url;
let browser;
let page;

/** The chevron (a summary's ::before) of section `id`: its transition and transform. */
const chevron = (id) => page.locator(`${HOST} #${id} > summary`).evaluate((summary) => {
  const style = getComputedStyle(summary, '::before');
  return { duration: style.transitionDuration, property: style.transitionProperty, transform: style.transform };
});

/** Every animation or transition duration in the card other than 0s. */
const movingParts = () => page.locator(`${HOST} .es-card`).evaluate((card) => {
  const found = [];
  for (const el of [card, ...card.querySelectorAll('*')]) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
      if (durations.some((d) => parseFloat(d) > 0)) found.push(`${el.className}${pseudo ?? ''}`);
    }
  }
  return found;
});

before(async () => {
  ({ server, url } = await startCardServer({ doc: fullDocument() }));
  browser = await launch();
  page = await openPage(browser);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('the chevron turns with a short transition by default', async () => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openCard(page, cardUrl(url, 'doc'));
  const closed = await chevron('findings');
  assert.equal(closed.duration, '0.16s');
  assert.equal(closed.property, 'transform');
  assert.deepEqual(await movingParts(), Array(3).fill('es-section__summary::before'));
});

test('prefers-reduced-motion removes every transition and animation', async () => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    await openCard(page, cardUrl(url, 'doc'));
    assert.equal((await chevron('findings')).duration, '0s');
    assert.deepEqual(await movingParts(), []);
  } finally {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  }
});

test('reduced motion wins over a page that lengthened --es-duration', async () => {
  await openCard(page, cardUrl(url, 'doc'));
  await page.locator(HOST).evaluate((host) => host.style.setProperty('--es-duration', '600ms'));
  assert.equal((await chevron('findings')).duration, '0.6s', 'the token is honoured normally');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    assert.equal((await chevron('findings')).duration, '0s');
  } finally {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  }
});

test('with reduced motion the chevron still points one way closed and another open', async () => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  try {
    await openCard(page, cardUrl(url, 'doc'));
    const open = await chevron('main-argument');
    const closed = await chevron('findings');
    assert.notEqual(open.transform, closed.transform);
    await page.locator(`${HOST} #findings > summary`).click();
    assert.equal((await chevron('findings')).transform, open.transform, 'it turned at once');
  } finally {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  }
});
