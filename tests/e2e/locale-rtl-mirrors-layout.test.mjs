// Right-to-left cards mirror the layout: an Arabic (or Hebrew) document whose dir is `auto` comes
// out dir="rtl"; the chevron sits to the right of each section title and points left while
// closed; section bodies are indented from the right; "Expand all" moves to the left; list
// bullets hang on the right. Measured against the same document laid out left to right.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import {
  HOST, cardUrl, exampleDocument, fullDocument, openCard, startCardServer,
} from './theme-support.mjs';

let server;
let url;
let browser;
let page;

/** Boxes and styles that show which way the card is laid out. */
const layout = () => page.locator(`${HOST} .es-card`).evaluate((card) => {
  const box = (el) => el.getBoundingClientRect();
  const summary = card.querySelector('#findings > summary');
  const title = summary.querySelector('.es-section__title');
  const body = card.querySelector('#main-argument .es-section__body');
  const list = card.querySelector('.es-section__list');
  const bar = card.querySelector('.es-card__summary-bar');
  const s = box(summary);
  const t = box(title);
  return {
    dir: card.getAttribute('dir'),
    direction: getComputedStyle(card).direction,
    // Room between the summary's edges and its title: the chevron takes one side.
    startGap: Math.round(t.left - s.left),
    endGap: Math.round(s.right - t.right),
    chevron: getComputedStyle(summary, '::before').transform,
    bodyPadding: [parseFloat(getComputedStyle(body).paddingLeft), parseFloat(getComputedStyle(body).paddingRight)],
    listPadding: list && [parseFloat(getComputedStyle(list).paddingLeft), parseFloat(getComputedStyle(list).paddingRight)],
    buttonLeftOfHeading: box(bar.querySelector('.es-card__toggle-all')).right < box(bar.querySelector('.es-card__summary-heading')).left,
  };
});

/** The 2D rotation, in whole degrees, of a computed `matrix(a, b, …)` transform. */
function degrees(matrix) {
  const [a, b] = matrix.slice(7, -1).split(',').map(Number);
  return Math.round((Math.atan2(b, a) * 180) / Math.PI);
}

before(async () => {
  const arabic = exampleDocument('water-security-ar.json');
  delete arabic.dir;
  arabic.sections[1].id = 'findings'; // the section the layout() probe measures
  const english = fullDocument();
  english.sections[0].items = ['A bullet to measure the list indent.'];
  ({ server, url } = await startCardServer({
    ar: arabic,
    en: english,
    he: fullDocument({ lang: 'he', title: 'ערים קרירות', dir: 'auto' }),
    forcedLtr: fullDocument({ lang: 'ar', dir: 'ltr' }),
  }));
  browser = await launch();
  page = await openPage(browser, { viewport: { width: 900, height: 900 } });
  // Measure the chevron where it ends up, not halfway through its turn.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('left to right: chevron on the left pointing right, indent and button as usual', async () => {
  await openCard(page, cardUrl(url, 'en'));
  const ltr = await layout();
  assert.equal(ltr.direction, 'ltr');
  assert.ok(ltr.startGap > 10 && ltr.endGap > ltr.startGap, `gaps ${ltr.startGap}/${ltr.endGap}`);
  assert.equal(degrees(ltr.chevron), -45);
  assert.ok(ltr.bodyPadding[0] > 10 && ltr.bodyPadding[1] === 0, `body padding ${ltr.bodyPadding}`);
  assert.ok(ltr.listPadding[0] > 0 && ltr.listPadding[1] === 0);
  assert.equal(ltr.buttonLeftOfHeading, false);
});

test('an Arabic card with dir auto is laid out right to left and mirrored', async () => {
  await openCard(page, cardUrl(url, 'ar'));
  const rtl = await layout();
  assert.equal(rtl.dir, 'rtl', 'dir auto resolves to rtl for Arabic');
  assert.equal(rtl.direction, 'rtl');
  assert.ok(rtl.endGap > 10 && rtl.startGap > rtl.endGap, `chevron on the right: gaps ${rtl.startGap}/${rtl.endGap}`);
  assert.equal(degrees(rtl.chevron), 135, 'closed chevron points left');
  assert.ok(rtl.bodyPadding[1] > 10 && rtl.bodyPadding[0] === 0, `indent on the right: ${rtl.bodyPadding}`);
  assert.ok(rtl.listPadding[1] > 0 && rtl.listPadding[0] === 0, `bullets on the right: ${rtl.listPadding}`);
  assert.equal(rtl.buttonLeftOfHeading, true, '"Expand all" on the left');
});

test('open sections point their chevron down in either direction', async () => {
  for (const doc of ['en', 'ar']) {
    await openCard(page, cardUrl(url, doc));
    await page.locator(`${HOST} #findings > summary`).click();
    assert.equal(degrees((await layout()).chevron), 45, doc);
  }
});

test('the mirrored card matches the left-to-right one measure for measure', async () => {
  await openCard(page, cardUrl(url, 'en'));
  const ltr = await layout();
  await openCard(page, cardUrl(url, 'ar'));
  const rtl = await layout();
  assert.equal(rtl.endGap, ltr.startGap, 'chevron column width');
  assert.deepEqual(rtl.bodyPadding, [...ltr.bodyPadding].reverse(), 'body indent');
});

test('Hebrew with dir auto is right to left too; a declared ltr is kept', async () => {
  await openCard(page, cardUrl(url, 'he'));
  assert.equal((await layout()).dir, 'rtl');
  await openCard(page, cardUrl(url, 'forcedLtr'));
  const forced = await layout();
  assert.equal(forced.dir, 'ltr');
  assert.equal(degrees(forced.chevron), -45);
});
