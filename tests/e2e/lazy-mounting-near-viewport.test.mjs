// Cards far below the fold mount only when they come near the viewport: a page whose only card is
// never scrolled to downloads the loader and nothing else. data-loading="eager" (or the page
// config's loading: "eager") mounts at once. Cards mounting ahead of the reader do not move what
// the reader sees: layout shift is measured while scrolling through a long article.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, json, seedDocument } from './support.mjs';
import { assertClean, frames, htmlRoute, installProbe, pageHtml, recordRequests } from './pages.mjs';

const VIEWPORT = { width: 1000, height: 700 };
const SPACER = '<div style="height: 5000px">Long article text.</div>';
const BUNDLE = ['exec-summary-runtime.js', 'exec_summary.js', 'exec_summary_bg.wasm', 'exec-summary.css'];

/** A long article with a card after every few paragraphs. */
function article(cards, style = '') {
  const para = (i) => `<p>Paragraph ${i}. ${'The article continues with enough words to fill a few lines. '.repeat(6)}</p>`;
  const parts = [];
  for (let i = 0; i < cards; i += 1) {
    parts.push(para(3 * i), para(3 * i + 1), para(3 * i + 2), `<div class="exec-summary" id="c${i}" data-src="/data/seed.json"></div>`);
  }
  return pageHtml({ head: `${style}<script type="module" src="/pkg/exec-summary.js"></script>`, body: `<main>${parts.join('\n')}</main>` });
}

/** The seed document with its own section ids, so a link can name a section of this card only. */
function aheadDocument() {
  const doc = seedDocument();
  doc.sections.forEach((section, i) => { section.id = `ahead-${i}`; });
  return doc;
}

let server;
let url;
let browser;

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/far.html': htmlRoute(pageHtml({ body: `${SPACER}<div class="exec-summary" id="far" data-src="/data/seed.json"></div>` })),
      '/far-eager.html': htmlRoute(pageHtml({
        body: `${SPACER}<div class="exec-summary" id="far" data-src="/data/seed.json" data-loading="eager"></div>`,
      })),
      '/far-config-eager.html': htmlRoute(pageHtml({
        head: '<script>window.ExecSummaryConfig = { loading: "eager" };</script><script type="module" src="/pkg/exec-summary.js"></script>',
        body: `${SPACER}<exec-summary id="far" src="/data/seed.json"></exec-summary>`,
      })),
      '/article.html': htmlRoute(article(12)),
      // The publisher reserves roughly a card's height (the seed card is ~900 px tall at this width).
      '/article-reserved.html': htmlRoute(article(12, '<style>.exec-summary { min-height: 60rem }</style>')),
      '/data/seed.json': json(seedDocument()),
      // A card in view, and an eager one below the viewport that mounts at once, with a hint
      // smaller than the card (so its room is fitted to the height it is measured at).
      '/ahead.html': htmlRoute(pageHtml({
        body: '<p>Intro.</p><div class="exec-summary" id="near" data-src="/data/seed.json"></div>'
          + '<div style="height: 4000px">Article text.</div>'
          + '<div class="exec-summary" id="ahead" data-src="/data/ahead.json" data-height="400" data-loading="eager"></div>'
          + '<div style="height: 2000px">More article text.</div>',
      })),
      '/data/ahead.json': json(aheadDocument()),
      // A card in view without a hint, text after it, and the loader run before the first paint
      // (as the README advises), so room kept from the start is there when the page first shows.
      '/unhinted.html': htmlRoute(pageHtml({
        head: '<script src="/pkg/exec-summary.js" defer blocking="render"></script>',
        body: '<p>Intro.</p><div class="exec-summary" id="one" data-src="/data/seed.json"></div>'
          + '<p id="after">The article goes on under the card.</p><div style="height: 2000px"></div>',
      })),
    },
  }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

async function open(t, path) {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  const requests = recordRequests(page);
  await installProbe(page);
  await page.goto(`${url}${path}`, { waitUntil: 'load' });
  return { page, requests };
}

test('a page whose only card is far below downloads nothing but the loader until scrolled to', async (t) => {
  const { page, requests } = await open(t, '/far.html');
  await page.waitForTimeout(500);
  await frames(page);
  assert.equal(await page.locator('#far').getAttribute('data-es-state'), 'waiting');
  for (const file of BUNDLE) assert.ok(!requests.includes(`/pkg/${file}`), `${file} was downloaded`);
  assert.ok(!requests.includes('/data/seed.json'));
  assert.ok(requests.includes('/pkg/exec-summary.js'));

  // Within 800 px of the viewport it mounts, before the reader gets there.
  await page.evaluate(() => window.scrollTo(0, document.getElementById('far').offsetTop - innerHeight - 600));
  await expectState(page, '#far', 'ready');
  for (const file of BUNDLE) assert.equal(requests.filter((r) => r === `/pkg/${file}`).length, 1);
  assert.equal(await page.locator('#far').evaluate((el) => el.getBoundingClientRect().top > innerHeight), true);
  assertClean(page);
});

test('data-loading="eager" mounts a card far below at once', async (t) => {
  const { page } = await open(t, '/far-eager.html');
  await expectState(page, '#far', 'ready');
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assertClean(page);
});

test('ExecSummaryConfig.loading = "eager" mounts every card at once', async (t) => {
  const { page } = await open(t, '/far-config-eager.html');
  await expectState(page, '#far', 'ready');
  assertClean(page);
});

test('in a long article only cards near the viewport mount; scrolling mounts the rest without shifting the page', async (t) => {
  const { page } = await open(t, '/article.html');
  await expectState(page, '#c0', 'ready');
  await frames(page);
  const states = () => page.locator('.exec-summary').evaluateAll((hosts) => hosts.map((h) => h.dataset.esState));
  const first = await states();
  assert.equal(first.at(-1), 'waiting', `every card mounted at once: ${first}`);
  const initial = await page.evaluate(() => ({ ...window.__probe }));

  // Read down the article at a steady pace, as a reader scrolling would.
  const atBottom = () => page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1);
  for (let step = 0; step < 300 && !(await atBottom()); step += 1) {
    await page.mouse.wheel(0, 350);
    await page.waitForTimeout(50);
  }
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.exec-summary')).every((h) => h.dataset.esState === 'ready'), null, { timeout: 15000 });
  const probe = await page.evaluate(() => ({ ...window.__probe }));
  const whileScrolling = probe.cls - initial.cls;
  t.diagnostic(`lazy article, 12 cards: CLS ${initial.cls.toFixed(3)} at load (cards above the fold), `
    + `${whileScrolling.toFixed(4)} more while scrolling through the rest`);
  assert.ok(whileScrolling < 0.01, `layout shifted by ${whileScrolling} while scrolling`);
  assertClean(page);
});

test('a host given a min-height by the page mounts above the fold without shifting the page', async (t) => {
  const { page } = await open(t, '/article-reserved.html');
  await expectState(page, '#c0', 'ready');
  await frames(page);
  const { cls } = await page.evaluate(() => ({ ...window.__probe }));
  t.diagnostic(`lazy article with .exec-summary { min-height: 60rem }: CLS ${cls.toFixed(4)} at load`);
  assert.ok(cls < 0.01, `CLS ${cls}`);
  assertClean(page);
});

test('an eager card mounted out of view is laid out only as it nears the viewport, at its own height', async (t) => {
  const { page } = await open(t, '/ahead.html');
  await expectState(page, '#near', 'ready');
  await expectState(page, '#ahead', 'ready');
  await frames(page);
  const cardState = (id) => page.evaluate((hostId) => {
    const host = document.getElementById(hostId);
    const card = host.shadowRoot.querySelector('article.es-card');
    // The card's content is what is skipped while it is not laid out.
    return {
      laidOut: card.firstElementChild.checkVisibility({ contentVisibilityAuto: true }),
      top: Math.round(host.getBoundingClientRect().top),
      card: card.getBoundingClientRect().height,
      host: host.getBoundingClientRect().height,
      remembered: Number(sessionStorage.getItem(`exec-summary:${host.clientWidth}:${host.dataset.src}`)),
    };
  }, id);
  const near = await cardState('near');
  const ahead = await cardState('ahead');
  assert.equal(near.laidOut, true, 'the card in view was not laid out');
  assert.ok(ahead.top > VIEWPORT.height, `#ahead is not below the viewport (top ${ahead.top})`);
  assert.equal(ahead.laidOut, false, 'the card out of view was laid out at once');
  // Measured while not laid out, it would have the placeholder's height remembered for the session.
  assert.equal(ahead.remembered, 0, `a height was remembered before the card was laid out: ${ahead.remembered}`);
  const initial = await page.evaluate(() => window.__probe.cls);

  // Read on: the card is laid out before it shows, its room fitted to it, and nothing moved.
  const inView = () => page.evaluate(() => document.getElementById('ahead').getBoundingClientRect().top < innerHeight - 100);
  for (let step = 0; step < 60 && !(await inView()); step += 1) {
    await page.mouse.wheel(0, 150);
    await page.waitForTimeout(50);
  }
  assert.equal(await inView(), true, 'scrolling did not bring the card into view');
  await frames(page);
  const shown = await cardState('ahead');
  assert.equal(shown.laidOut, true);
  assert.ok(shown.card > 600, `the card shows at ${shown.card} px, not its own height`);
  assert.equal(shown.remembered, Math.ceil(shown.card), 'the height remembered is not the card\'s own');
  assert.ok(Math.abs(shown.host - shown.card) < 20, `the host (${shown.host} px) does not fit its card (${shown.card} px)`);
  const whileScrolling = (await page.evaluate(() => window.__probe.cls)) - initial;
  assert.ok(whileScrolling < 0.01, `layout shifted by ${whileScrolling} while scrolling to the card`);

  // A link to one of its sections, away from the viewport again, opens it and brings it into view.
  await page.evaluate(() => window.scrollTo(0, 0));
  await frames(page);
  await page.evaluate(() => { location.hash = '#ahead-1'; });
  await page.waitForFunction(() => document.getElementById('ahead').shadowRoot.getElementById('ahead-1').open);
  await frames(page);
  const target = await page.evaluate(() => document.getElementById('ahead').shadowRoot.getElementById('ahead-1').getBoundingClientRect().top);
  assert.ok(target >= -1 && target < VIEWPORT.height / 2, `the linked section is at ${target} px, not at the top of the view`);
  assertClean(page);
});

/** The host's card height and the height remembered for it this session (0 if none). */
function roomOf(page, id) {
  return page.evaluate((hostId) => {
    const host = document.getElementById(hostId);
    const card = host.shadowRoot?.querySelector('article.es-card');
    return {
      card: card ? card.getBoundingClientRect().height : 0,
      minHeight: host.style.minHeight,
      remembered: Number(sessionStorage.getItem(`exec-summary:${host.clientWidth}:${host.dataset.src}`)),
    };
  }, id);
}

test('a card without a hint is remembered for the session: on the next view its room is kept and nothing moves', async (t) => {
  const { page } = await open(t, '/unhinted.html');
  await expectState(page, '#one', 'ready');
  await frames(page);
  const first = await roomOf(page, 'one');
  assert.ok(first.card > 600, `the card shows at ${first.card} px`);
  assert.equal(first.remembered, Math.ceil(first.card), 'the card\'s height was not remembered');
  const shiftedFirst = await page.evaluate(() => window.__probe.cls);
  t.diagnostic(`first view (no room known): CLS ${shiftedFirst.toFixed(4)}`);

  // The same page again in the same tab: the loader keeps the remembered room from the start.
  await page.reload({ waitUntil: 'load' });
  const before = await roomOf(page, 'one');
  assert.equal(before.minHeight, `${first.remembered}px`, 'no room was kept on the next view');
  await expectState(page, '#one', 'ready');
  await frames(page);
  const shiftedAgain = await page.evaluate(() => window.__probe.cls);
  t.diagnostic(`next view: CLS ${shiftedAgain.toFixed(4)}`);
  assert.ok(shiftedAgain < 0.001, `the page moved by ${shiftedAgain} on the next view`);
  assertClean(page);
});

test('on the next view every host of a measured document keeps its room; hosts the page sized are left alone', async (t) => {
  const { page } = await open(t, '/article.html');
  await expectState(page, '#c0', 'ready');
  await frames(page);
  await frames(page);
  const { remembered } = await roomOf(page, 'c0');
  assert.ok(remembered > 600, `no height remembered for the first card (${remembered})`);
  // On this first view, hosts of no height mount a screen ahead as before (none is given room).
  await page.reload({ waitUntil: 'load' });
  const rooms = await page.locator('.exec-summary').evaluateAll((hosts) => hosts.map((host) => host.style.minHeight));
  assert.deepEqual(new Set(rooms), new Set([`${remembered}px`]), `rooms kept on the next view: ${rooms}`);
  await expectState(page, '#c0', 'ready');

  // The page's own min-height stays the only one on its hosts, remembered height or not.
  await page.goto(`${url}/article-reserved.html`, { waitUntil: 'load' });
  await expectState(page, '#c0', 'ready');
  await frames(page);
  const inline = await page.locator('.exec-summary').evaluateAll((hosts) => hosts.map((host) => host.style.minHeight));
  assert.deepEqual(new Set(inline), new Set(['']), `hosts the page sizes itself were given room: ${inline}`);
  assertClean(page);
});
