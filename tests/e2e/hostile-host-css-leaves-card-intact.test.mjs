// A host page with aggressive global CSS (a reset, `* { all: revert }`, `div { display: flex }`,
// `p { font-size: 40px }`, `button { display: none !important }`, inherited text styles on body)
// cannot change the card: every part of it has the same box, font and visibility as on a plain
// page. And the card's CSS does not leak out: the page's own elements that happen to use es-
// class names keep exactly the styles they have on a page without the card.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, json, seedDocument } from './support.mjs';
import { assertClean, frames, htmlRoute, loaderTag, pageHtml } from './pages.mjs';

const HOSTILE_CSS = readFileSync(new URL('./fixtures/hostile-page.css', import.meta.url));
const VIEWPORT = { width: 1000, height: 900 };
const HOSTS = ['#div-host', '#element-host', '.exec-summary-inline', '#error-host'];
// The parts of a card whose box, font and visibility are compared.
const PARTS = [
  'article.es-card', '.es-card__title', '.es-card__subtitle', '.es-card__lede', '.es-card__summary-heading',
  '.es-card__toggle-all', 'details.es-section', '.es-section__summary', '.es-section__title',
  '.es-section__paragraph', '.es-section__item', '.es-card__footer', '.es-author',
  '.es-card--error', '.es-error__title', '.es-error__item', '.es-error__retry',
];
/** The page's own markup that borrows the card's class names (a theme, another widget). */
const LOOKALIKE = `
  <article class="es-card" id="lookalike">
    <h2 class="es-card__title">The page’s own heading</h2>
    <p class="es-card__lede">The page’s own paragraph.</p>
    <details class="es-section"><summary class="es-section__summary">The page’s own details</summary><p>Body</p></details>
    <button class="es-card__toggle-all" type="button">The page’s own button</button>
  </article>`;

function body({ cards = true } = {}) {
  const inline = JSON.stringify({
    version: 1,
    title: 'Inline card',
    sections: [{ id: 'findings', title: 'Findings', paragraphs: ['Costs fell by a third.'], items: ['Fund the pilot.'], expanded: true }],
  });
  return `
  <h1>Host page</h1>
  <p>Some of the page’s own text.</p>
  ${cards ? `<div class="exec-summary" id="div-host" style="width: 720px" data-src="/data/seed.json"></div>
  <exec-summary id="element-host" style="width: 720px" src="/data/seed.json" expanded="all"></exec-summary>
  <div style="width: 720px"><script type="application/json" class="exec-summary">${inline}</script></div>
  <div class="exec-summary" id="error-host" style="width: 720px" data-src="/data/missing.json"></div>` : ''}
  ${LOOKALIKE}`;
}

let server;
let url;
let browser;

before(async () => {
  const hostileHead = '<link rel="stylesheet" href="/hostile-page.css">';
  // Every card mounts at once, so all can be measured without scrolling.
  const eager = `<script>window.ExecSummaryConfig = { loading: 'eager' };</script>\n${loaderTag()}`;
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/hostile-page.css': (req, res) => res.writeHead(200, { 'content-type': 'text/css' }).end(HOSTILE_CSS),
      '/plain.html': htmlRoute(pageHtml({ head: eager, body: body() })),
      '/hostile.html': htmlRoute(pageHtml({ head: `${hostileHead}\n${eager}`, body: body() })),
      '/no-card.html': htmlRoute(pageHtml({ head: '', body: body({ cards: false }) })),
      '/hostile-no-card.html': htmlRoute(pageHtml({ head: hostileHead, body: body({ cards: false }) })),
      '/data/seed.json': json(seedDocument()),
    },
  }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

/** Opens `path` and waits for its cards; returns the page. */
async function open(t, path, cards = true) {
  const page = await openPage(browser, { viewport: VIEWPORT });
  t.after(() => page.context().close());
  await page.goto(`${url}${path}`);
  if (cards) {
    for (const host of HOSTS) await expectState(page, host, host === '#error-host' ? 'error' : 'ready');
  }
  await frames(page);
  return page;
}

/** Box (relative to the card host), font and visibility of every part of each card. */
function layout(page) {
  return page.evaluate(([hosts, parts]) => {
    const out = {};
    for (const hostSelector of hosts) {
      const host = document.querySelector(hostSelector);
      // A card mounted out of view is not laid out until it nears the viewport; the two pages
      // place their cards differently, so every card is laid out to be measured.
      for (const card of host.shadowRoot.querySelectorAll('.es-card')) card.style.contentVisibility = 'visible';
      const origin = host.getBoundingClientRect();
      // The host's height is left out: inside a page's flex container the card's bottom margin no
      // longer collapses through the host, which is the page's layout, not the card's.
      out[hostSelector] = { host: { width: Math.round(origin.width), display: getComputedStyle(host).display } };
      for (const part of parts) {
        host.shadowRoot.querySelectorAll(part).forEach((el, i) => {
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          out[hostSelector][`${part}[${i}]`] = {
            x: Math.round(r.x - origin.x), y: Math.round(r.y - origin.y), width: Math.round(r.width), height: Math.round(r.height),
            font: `${s.fontStyle} ${s.fontWeight} ${s.fontSize}/${s.lineHeight} ${s.fontFamily}`,
            text: `${s.letterSpacing} ${s.wordSpacing} ${s.textTransform} ${s.textAlign} ${s.textIndent} ${s.whiteSpace} ${s.color}`,
            display: s.display,
            visible: el.checkVisibility(),
          };
        });
      }
    }
    return out;
  }, [HOSTS, PARTS]);
}

/** Computed styles of the page's own look-alike elements. */
function lookalikeStyles(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('#lookalike, #lookalike *'), (el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return `${el.localName}.${el.className}: ${s.display} ${s.fontSize} ${s.fontFamily} ${s.color} ${s.backgroundColor} `
      + `${s.borderTopWidth} ${s.borderTopLeftRadius} ${s.paddingTop} ${s.boxShadow} ${Math.round(r.width)}x${Math.round(r.height)}`;
  }));
}

test('the card looks and measures the same on a hostile page as on a plain one', async (t) => {
  const plain = await layout(await open(t, '/plain.html'));
  const hostilePage = await open(t, '/hostile.html');
  const hostile = await layout(hostilePage);
  // Sanity: the comparison covers real parts, including the buttons the page hides.
  const keys = Object.values(plain).flatMap((card) => Object.keys(card));
  for (const part of ['.es-card__toggle-all[0]', '.es-error__retry[0]', '.es-section__item[0]', '.es-section__paragraph[0]']) {
    assert.ok(keys.includes(part), `${part} not measured`);
  }
  assert.equal(plain['#div-host']['.es-card__toggle-all[0]'].visible, true);
  assert.deepEqual(hostile, plain);
  // And the hostile styles are in force on the page itself.
  assert.equal(await hostilePage.locator('body > h1').evaluate((h) => getComputedStyle(h).fontSize), '60px');
  assert.equal(await hostilePage.locator('#lookalike button').evaluate((b) => getComputedStyle(b).display), 'none');
});

test('the card’s controls still work on the hostile page', async (t) => {
  const page = await open(t, '/hostile.html');
  const host = page.locator('#div-host');
  await host.getByRole('button', { name: 'Expand all' }).click();
  assert.deepEqual(await host.locator('details.es-section').evaluateAll((all) => all.map((d) => d.open)), [true, true]);
  await host.locator('#policy-implications > summary').click();
  assert.equal(await host.locator('#policy-implications').evaluate((d) => d.open), false);
  assert.ok(await page.locator('#error-host').getByRole('button', { name: 'Try again' }).isVisible());
  assertClean(page, (line) => line.includes('/data/missing.json') || /Failed to load resource.*404/.test(line));
});

test('the card’s CSS does not leak onto the page’s own es- look-alikes', async (t) => {
  const without = await lookalikeStyles(await open(t, '/no-card.html', false));
  const withCards = await lookalikeStyles(await open(t, '/plain.html'));
  assert.deepEqual(withCards, without);
  const hostileWithout = await lookalikeStyles(await open(t, '/hostile-no-card.html', false));
  const hostileWith = await lookalikeStyles(await open(t, '/hostile.html'));
  assert.deepEqual(hostileWith, hostileWithout);
  // No stylesheet of the card's was added to the document itself.
  const page = await open(t, '/plain.html');
  assert.equal(await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length), 0);
});
