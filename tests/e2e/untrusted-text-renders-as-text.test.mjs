// Text from the JSON document is only ever text: HTML in it is shown literally and never parsed,
// and inline links with script URLs are not turned into anchors.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, htmlFixture, json, normalise } from './support.mjs';

const IMG = '<img src=x onerror=alert(1)>';
const JS_LINK = '[x](javascript:alert(1))';
// Refused links keep only their label ("x"), as the markup's unit tests specify.
const HOSTILE = {
  version: 1,
  title: IMG,
  subtitle: '<script>alert(2)</script>',
  description: `Unsafe ${JS_LINK}, disguised [y](JaVaScRiPt:alert(1)), safe [the report](https://example.com/report).`,
  sections: [
    {
      id: 'one',
      title: '<b onmouseover=alert(3)>Bold?</b>',
      paragraphs: ['<iframe src="javascript:alert(4)"></iframe>'],
      items: [JS_LINK, '[z](data:text/html,<script>alert(5)</script>)'],
      expanded: true,
    },
  ],
  authors: [{ name: 'A. Writer', bio: 'A. Writer <svg onload=alert(6)></svg> writes.' }],
};

let server;
let url;
let browser;
let page;
const dialogs = [];
const imageRequests = [];

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/hostile-text.html': htmlFixture('hostile-text.html'),
      '/data/hostile.json': json(HOSTILE),
      // Where `<img src=x>` would load from, were it ever parsed as HTML.
      '/x': (req, res) => {
        imageRequests.push(req.url);
        res.writeHead(404).end();
      },
    },
  }));
  browser = await launch();
  page = await openPage(browser);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.goto(`${url}/hostile-text.html`);
  await expectState(page, '#card', 'ready');
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('HTML in the title is shown as literal text, not parsed', async () => {
  const title = page.locator('#card').getByRole('heading', { level: 2 });
  assert.equal(await title.textContent(), IMG);
  assert.ok(await title.isVisible());
  assert.equal(await title.locator('*').count(), 0, 'the title has child elements');
  assert.equal(await page.getByRole('region', { name: IMG }).count(), 1);
});

test('no element is created from HTML anywhere in the document', async () => {
  const card = page.locator('#card article.es-card');
  for (const tag of ['img', 'script', 'iframe', 'svg', 'b']) {
    assert.equal(await page.locator(`#card ${tag}`).count(), 0, `a <${tag}> element was created`);
  }
  // The only <img> or <iframe> requests would be for those: none anywhere on the page.
  assert.equal(await page.locator('img, iframe').count(), 0);
  assert.equal(normalise(await card.locator('.es-card__subtitle').textContent()), '<script>alert(2)</script>');
  assert.equal(normalise(await card.locator('.es-section__title').textContent()), '<b onmouseover=alert(3)>Bold?</b>');
  assert.equal(normalise(await card.locator('.es-section__paragraph').textContent()), '<iframe src="javascript:alert(4)"></iframe>');
  assert.match(normalise(await card.locator('.es-author').textContent()), /<svg onload=alert\(6\)><\/svg> writes\./);
});

test('links with script or data URLs render as plain text, with no anchor', async () => {
  const hrefs = await page.locator('#card a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  // The one safe link is an anchor (so link markup does work), the unsafe ones are not.
  assert.deepEqual(hrefs, ['https://example.com/report']);
  assert.equal(await page.locator('#card').getByRole('link', { name: 'the report' }).count(), 1);
  // A refused link keeps its label as plain text and drops the URL.
  const lede = normalise(await page.locator('#card .es-card__lede').textContent());
  assert.equal(lede, 'Unsafe x, disguised y, safe the report.');
  const items = (await page.locator('#card li.es-section__item').allTextContents()).map(normalise);
  assert.deepEqual(items, ['x', 'z']);
  const scriptUrls = await page.locator('#card *').evaluateAll((els) =>
    els.flatMap((el) => Array.from(el.attributes, (a) => `${el.localName}[${a.name}=${a.value}]`))
      .filter((attr) => /javascript:|data:/i.test(attr)));
  assert.deepEqual(scriptUrls, []);
});

test('nothing ran: no dialog, no image request, no errors', async () => {
  // Hovering and clicking where a parsed element would be must not run anything either.
  await page.locator('#card .es-section__title').hover();
  await page.locator('#card li.es-section__item').first().click();
  assert.deepEqual(dialogs, []);
  assert.deepEqual(imageRequests, []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.consoleErrors, []);
  assert.equal(new URL(page.url()).pathname, '/hostile-text.html');
});
