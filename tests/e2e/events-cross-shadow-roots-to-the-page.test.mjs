// A card host inside another component's shadow root (mounted with ExecSummary.render or
// ExecSummary.scan(shadowRoot)) still tells the page: every exec-summary:* event, the loader's
// as well as the runtime's, crosses shadow boundaries up to document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { json, useSite } from './support.mjs';
import { htmlRoute, pageHtml, shortDocument } from './pages.mjs';

// <x-panel> is a page's own component: its open shadow root holds a card host.
const PANEL = `<x-panel id="panel"></x-panel>
<script type="module">
customElements.define('x-panel', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div class="exec-summary" id="inner" data-src="/data/doc.json"></div>';
  }
});
window.events = [];
for (const type of ['exec-summary:ready', 'exec-summary:error', 'exec-summary:toggle']) {
  document.addEventListener(type, (e) => window.events.push({ type, target: e.target.id, detail: JSON.parse(JSON.stringify(e.detail)) }));
}
</script>`;

let url;
let browser;
useSite((site) => ({ url, browser } = site), {
  routes: {
    '/panel.html': htmlRoute(pageHtml({ body: PANEL })),
    '/data/doc.json': json(shortDocument('In a panel')),
  },
});

const inner = (page) => page.evaluateHandle(() => document.getElementById('panel').shadowRoot.getElementById('inner'));
const eventsOf = (page, type) => page.evaluate((t) => window.events.filter((e) => e.type === t), type);

test('scan(shadowRoot): the card’s ready and toggle events reach document', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/panel.html`);
  await page.evaluate(() => ExecSummary.scan(document.getElementById('panel').shadowRoot));
  await page.waitForFunction(() => window.events.some((e) => e.type === 'exec-summary:ready'), null, { timeout: 10000 });
  // Retargeted at the shadow boundary: the page sees the panel, its own element.
  assert.deepEqual(await eventsOf(page, 'exec-summary:ready'), [{ type: 'exec-summary:ready', target: 'panel', detail: { warnings: [] } }]);
  await page.locator('#panel #inner #actions > summary').click();
  await page.waitForFunction(() => window.events.some((e) => e.type === 'exec-summary:toggle'), null, { timeout: 3000 });
  assert.deepEqual((await eventsOf(page, 'exec-summary:toggle')).map((e) => e.detail), [{ section: 'actions', expanded: true }]);
});

test('the loader’s own error (the runtime cannot load) reaches document from a render() host', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.route('**/pkg/exec-summary-runtime.js', (route) => route.abort());
  await page.goto(`${url}/panel.html`);
  const host = await inner(page);
  await page.evaluate((el) => ExecSummary.render(el, { title: 'Never shown' }).ready, host);
  assert.equal(await host.evaluate((el) => el.dataset.esState), 'error');
  const errors = await eventsOf(page, 'exec-summary:error');
  assert.equal(errors.length, 1, 'the page never heard of the failure');
  assert.equal(errors[0].target, 'panel');
  assert.match(errors[0].detail.problems[0].message, /exec-summary-runtime\.js/);
  assert.equal(errors[0].detail.problems[0].severity, 'error');
});
