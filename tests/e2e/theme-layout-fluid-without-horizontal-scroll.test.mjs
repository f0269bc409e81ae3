// The card is fluid from 280 px to 1,200 px in both layout variants: nothing scrolls sideways or
// sticks out of the card, however long the unbroken words and URLs in the document; the compact
// variant is tighter; and the card stops growing at 1,200 px (75rem).
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import {
  HOST, VARIANTS, cardUrl, fullDocument, openCard, setAllOpen, startCardServer,
} from './theme-support.mjs';

let server;
let url;
let browser;
let page;

const LONG_WORD = 'Rechtsschutzversicherungsgesellschaftenvorstandsvorsitzendenstellvertreter';
const LONG_URL = `https://example.org/${'very-long-path-segment-'.repeat(8)}end?query=${'x'.repeat(60)}`;
const WIDTHS = [280, 320, 360, 480, 768, 1024, 1200];

function longDocument() {
  const doc = fullDocument({
    title: `${LONG_WORD} ${LONG_WORD}`,
    description: `See [${LONG_URL}](${LONG_URL}) and ${LONG_WORD}.`,
  });
  doc.sections[0].paragraphs.push(`${LONG_WORD.repeat(3)} ${LONG_URL}`);
  doc.sections[1].items.push(`[${LONG_URL}](${LONG_URL})`);
  doc.source = { publisher: LONG_WORD, date: '2024-09', url: LONG_URL, doi: `10.5555/${'x'.repeat(80)}` };
  return doc;
}

/** Everything in the card that reaches past its edges, and whether the page scrolls sideways. */
const overflow = () => page.locator(`${HOST} .es-card`).evaluate((card) => {
  const edge = card.getBoundingClientRect();
  const outside = [];
  for (const el of card.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (el.matches('.es-visually-hidden')) continue;
    if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5) {
      outside.push(`${el.localName}.${el.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  const root = document.documentElement;
  return {
    outside,
    pageScrolls: root.scrollWidth > root.clientWidth,
    cardScrolls: card.scrollWidth > card.clientWidth,
    width: Math.round(edge.width),
  };
});

before(async () => {
  ({ server, url } = await startCardServer({ long: longDocument(), doc: fullDocument() }));
  browser = await launch();
  page = await openPage(browser);
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

for (const variant of VARIANTS) {
  test(`${variant || 'default'} layout: no horizontal scrolling from 280 to 1,200 px`, async () => {
    for (const width of WIDTHS) {
      // The fixture's body has 16 px of padding on each side.
      await page.setViewportSize({ width: width + 32, height: 800 });
      await openCard(page, cardUrl(url, 'long', { variant }));
      await setAllOpen(page, true);
      const found = await overflow();
      const where = `${variant || 'default'} at ${width}px`;
      assert.equal(found.width, width, `${where}: the card fills its column`);
      assert.deepEqual(found.outside, [], `${where}: sticks out`);
      assert.equal(found.pageScrolls, false, `${where}: the page scrolls sideways`);
      assert.equal(found.cardScrolls, false, `${where}: the card scrolls sideways`);
    }
  });
}

test('the card stops growing at 1,200 px', async () => {
  await page.setViewportSize({ width: 1600, height: 800 });
  await openCard(page, cardUrl(url, 'doc'));
  assert.equal((await overflow()).width, 1200);
});

test('running text keeps a readable measure (under 75 characters) in a wide card', async () => {
  await page.setViewportSize({ width: 1232, height: 800 });
  await openCard(page, cardUrl(url, 'long'));
  const [line, limit] = await page.locator(`${HOST} .es-section__paragraph`).first().evaluate((p) => {
    const probe = document.createElement('span');
    probe.style.cssText = 'display: block; inline-size: 75ch';
    p.append(probe);
    const widths = [p.getBoundingClientRect().width, probe.getBoundingClientRect().width];
    probe.remove();
    return widths;
  });
  assert.ok(line < limit, `lines are ${Math.round(line)}px, 75 characters are ${Math.round(limit)}px`);
});

test('the compact variant is tighter than the default', async () => {
  await page.setViewportSize({ width: 352, height: 800 });
  const sizes = {};
  for (const variant of VARIANTS) {
    await openCard(page, cardUrl(url, 'doc', { variant }));
    sizes[variant || 'default'] = await page.locator(`${HOST} .es-card`).evaluate((card) => ({
      font: parseFloat(getComputedStyle(card).fontSize),
      title: parseFloat(getComputedStyle(card.querySelector('.es-card__title')).fontSize),
      indent: parseFloat(getComputedStyle(card.querySelector('.es-section__body')).paddingInlineStart),
    }));
  }
  assert.equal(sizes.compact.font, 15);
  assert.equal(sizes.default.font, 16);
  assert.ok(sizes.compact.title <= sizes.default.title);
  assert.equal(sizes.compact.indent, 0);
});

test('a narrow card gives its text the full width and a smaller title, in a sidebar as on a phone', async () => {
  /** The first section body's indent and the title's size, in px. */
  const measure = () => page.locator(`${HOST} .es-card`).evaluate((card) => ({
    indent: Math.round(parseFloat(getComputedStyle(card.querySelector('.es-section__body')).paddingInlineStart)),
    title: Math.round(parseFloat(getComputedStyle(card.querySelector('.es-card__title')).fontSize)),
  }));
  await page.setViewportSize({ width: 1232, height: 800 });
  await openCard(page, cardUrl(url, 'doc'));
  const wide = await measure();
  // A 360 px host on the same wide page (a sidebar) and a 360 px viewport (a phone) alike: the
  // card's own width decides, not the viewport's.
  await openCard(page, cardUrl(url, 'doc', { width: 360 }));
  const sidebar = await measure();
  await page.setViewportSize({ width: 360, height: 800 });
  await openCard(page, cardUrl(url, 'doc'));
  const phone = await measure();
  assert.ok(wide.indent > 20, `a wide card indents its sections' text (${wide.indent}px)`);
  assert.deepEqual(sidebar, { indent: 0, title: sidebar.title });
  assert.ok(sidebar.title < wide.title, `title ${sidebar.title}px in a sidebar, ${wide.title}px wide`);
  assert.equal(phone.indent, 0);
  assert.ok(phone.title < wide.title, `title ${phone.title}px on a phone, ${wide.title}px wide`);
});
