// If the wasm module ever traps, the page keeps working: every card still showing stays as it is
// (its sections and "Expand all" still work: it is HTML with the runtime's listeners), the card
// being rendered gets an error card rather than nothing, and later cards are rendered by a fresh
// instance of the module; after a few traps, later cards get an error card made without the
// module.
//
// The trigger exists only in a test build: scripts/build.sh with CARGO_FEATURES=test-trap builds
// the bundle into target/e2e-pkg-test-trap, served here at /pkg/ instead of pkg/, where a card
// titled "exec-summary: trap while rendering" (or "… while mounting") executes `unreachable`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { json, seedDocument } from './support.mjs';
import { htmlRoute, inlineJson, pageHtml, settledStates, shortDocument } from './pages.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEST_PKG = `${ROOT}target/e2e-pkg-test-trap`;
const TRAP_RENDERING = 'exec-summary: trap while rendering';
const TRAP_MOUNTING = 'exec-summary: trap while mounting';

let server;
let url;
let octet; // the same site, but the .wasm file is sent as application/octet-stream
let browser;

before(async () => {
  // The first build compiles the dependencies in a target directory of its own (minutes); later
  // ones take seconds.
  try {
    execFileSync(`${ROOT}scripts/build.sh`, {
      cwd: ROOT,
      env: { ...process.env, PKG_OUT: TEST_PKG, CARGO_FEATURES: 'test-trap' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    throw new Error(`test build failed: ${error.stderr}`);
  }
  const routes = {
    '/trap.html': htmlRoute(pageHtml({
      head: '<script>window.ExecSummaryConfig = { debug: true, loading: "eager" };</script>\n<script type="module" src="/pkg/exec-summary.js"></script>',
      body: `<div class="exec-summary" id="seed" data-src="/data/seed.json"></div>
<div class="exec-summary" id="inline"><script type="application/json">${inlineJson(shortDocument('Inline card'))}</script></div>
<div class="exec-summary" id="missing" data-src="/data/missing.json"></div>
<div id="later"></div>`,
    })),
    '/data/seed.json': json(seedDocument()),
  };
  ({ server, url } = await startServer({ port: 0, pkg: TEST_PKG, routes }));
  octet = await startServer({
    port: 0,
    pkg: TEST_PKG,
    routes: {
      ...routes,
      '/pkg/exec_summary_bg.wasm': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(readFileSync(`${TEST_PKG}/exec_summary_bg.wasm`));
      },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const site of [server, octet?.server]) {
    site?.closeAllConnections();
    site?.close();
  }
});

test('the trigger is in the test build only, never in pkg/', () => {
  const trigger = Buffer.from(TRAP_RENDERING);
  assert.ok(readFileSync(`${TEST_PKG}/exec_summary_bg.wasm`).includes(trigger));
  assert.ok(!readFileSync(`${ROOT}pkg/exec_summary_bg.wasm`).includes(trigger));
  assert.ok(!readFileSync(`${ROOT}pkg/exec_summary_bg.wasm`).includes(Buffer.from(TRAP_MOUNTING)));
});

/** Renders `doc` into a new host under #later; resolves to its state and what its root shows. */
function renderLater(page, id, doc) {
  return page.evaluate(async ([hostId, data]) => {
    const host = Object.assign(document.createElement('div'), { id: hostId });
    document.getElementById('later').append(host);
    window.handles ??= {};
    window.handles[hostId] = ExecSummary.render(host, data);
    await window.handles[hostId].ready;
    return { state: host.dataset.esState, text: host.shadowRoot.querySelector('.es-root').innerText.replace(/\s+/g, ' ').trim() };
  }, [id, doc]);
}

/** What each host's card shows: its text, its open sections and whether "Expand all" is visible. */
function shown(page, ids) {
  return page.evaluate((list) => Object.fromEntries(list.map((id) => {
    const root = document.getElementById(id).shadowRoot.querySelector('.es-root');
    const toggle = root.querySelector('.es-card__toggle-all');
    return [id, {
      text: root.innerText.replace(/\s+/g, ' ').trim(),
      open: Array.from(root.querySelectorAll('details.es-section')).map((d) => d.open),
      expandAll: toggle ? !toggle.hidden : null,
    }];
  })), ids);
}

const stats = (page) => page.evaluate(() => ExecSummary.__stats());
const doc = (title) => ({ ...shortDocument('x'), title });

test('after a trap, cards showing stay as they are, the card being rendered gets an error card, later cards a fresh instance', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/trap.html`);
  assert.deepEqual(await settledStates(page, '.exec-summary', 3), ['ready', 'ready', 'error']);
  assert.equal((await renderLater(page, 'kept', doc('Rendered before the trap'))).state, 'ready');
  // The reader opened a section (and the card says so: every section is open now).
  await page.locator('#seed #policy-implications > summary').click();
  await page.locator('#seed').getByRole('button', { name: 'Collapse all' }).waitFor();
  const before = await shown(page, ['seed', 'inline', 'missing', 'kept']);
  assert.deepEqual(before.seed.open, [true, true]);
  assert.equal((await stats(page)).instances, 1);

  // A trap inside Yew's renderer.
  const trapped = await renderLater(page, 'trap-1', doc(TRAP_RENDERING));
  assert.equal(trapped.state, 'error');
  assert.match(trapped.text, /This summary could not be shown.*internal error: the card stopped while rendering \(unreachable\)/);
  assert.equal((await stats(page)).instances, 2, 'the error card comes from a fresh instance');

  // The cards already showing are unchanged.
  const afterwards = await shown(page, ['seed', 'inline', 'missing', 'kept']);
  for (const id of ['seed', 'inline', 'missing', 'kept']) {
    assert.equal(afterwards[id].text, before[id].text, id);
    assert.deepEqual(afterwards[id].open, before[id].open, id);
  }
  assert.equal(afterwards.seed.expandAll, true);
  // Their sections still open and close, and say so.
  await page.evaluate(() => {
    window.toggles = [];
    document.addEventListener('exec-summary:toggle', (e) => window.toggles.push([e.target.id, e.detail.section, e.detail.expanded]));
  });
  await page.locator('#seed #main-argument > summary').click();
  await page.waitForFunction(() => window.toggles.length === 1);
  assert.deepEqual(await page.evaluate(() => window.toggles), [['seed', 'main-argument', false]]);
  // "Expand all" still works on them.
  await page.locator('#seed .es-card__toggle-all').click();
  await page.waitForFunction(() => Array.from(document.getElementById('seed').shadowRoot.querySelectorAll('details')).every((d) => d.open));

  // Later cards are mounted by the fresh instance, controls and all.
  assert.equal((await renderLater(page, 'after-1', doc('After the trap'))).state, 'ready');
  await page.locator('#after-1 .es-card__toggle-all').click();
  await page.waitForFunction(() => Array.from(document.getElementById('after-1').shadowRoot.querySelectorAll('details')).every((d) => d.open));
  assert.equal((await page.locator('#after-1 .es-card__toggle-all').textContent()).trim(), 'Collapse all');
  // A card rendered by the dead instance is updated, or retried, by the live one.
  await page.evaluate(() => window.handles.kept.update({ version: 1, title: 'Updated after the trap', sections: [{ title: 'S', paragraphs: ['p'] }] }));
  assert.equal(await page.locator('#kept .es-card__title').textContent(), 'Updated after the trap');
  await page.locator('#missing .es-error__retry').click();
  await page.waitForFunction(() => document.getElementById('missing').shadowRoot.querySelector('.es-error__retry'));
  assert.equal(await page.locator('#missing').getAttribute('data-es-state'), 'error');
  // Destroying a card of the dead instance works too.
  await page.evaluate(() => ExecSummary.destroy(document.getElementById('inline')));
  await page.waitForFunction(() => !document.getElementById('inline').shadowRoot.querySelector('.es-root'));
  assert.equal((await stats(page)).instances, 2);

  assert.deepEqual(page.problems, [], 'a trap in a call is caught, not left uncaught');
  const unexpected = page.consoleErrors.filter((line) => !/^exec-summary: the card module stopped \(unreachable\)|^exec-summary: ExecSummary.render: internal error|missing\.json|Failed to load resource/.test(line));
  assert.deepEqual(unexpected, []);
  assert.equal(page.consoleErrors.filter((line) => line.startsWith('exec-summary: the card module stopped')).length, 1);
});

test('a trap before Yew renders (while the JSON is read) is recovered from the same way', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/trap.html`);
  await settledStates(page, '.exec-summary', 3);
  const before = await shown(page, ['seed', 'inline']);
  const trapped = await renderLater(page, 'trap-2', doc(TRAP_MOUNTING));
  assert.equal(trapped.state, 'error');
  assert.match(trapped.text, /internal error: the card stopped while rendering \(unreachable\)/);
  const afterwards = await shown(page, ['seed', 'inline']);
  assert.equal(afterwards.seed.text, before.seed.text);
  assert.equal(afterwards.inline.text, before.inline.text);
  assert.equal((await renderLater(page, 'after-2', doc('After the trap'))).state, 'ready');
  assert.equal((await stats(page)).instances, 2);
  assert.deepEqual(page.problems, [], 'a trap in a call is caught, not left uncaught');
});

test('a trap is recovered from when the server sends the module with the wrong type', { timeout: 60_000 }, async (t) => {
  // The glue then compiles the module from bytes.
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${octet.url}/trap.html`);
  assert.deepEqual(await settledStates(page, '.exec-summary', 3), ['ready', 'ready', 'error']);
  const before = await shown(page, ['seed', 'inline']);
  const trapped = await renderLater(page, 'trap-octet', doc(TRAP_RENDERING));
  assert.equal(trapped.state, 'error');
  assert.match(trapped.text, /internal error: the card stopped while rendering \(unreachable\)/);
  assert.equal((await stats(page)).instances, 2);
  const afterwards = await shown(page, ['seed', 'inline']);
  assert.equal(afterwards.seed.text, before.seed.text);
  assert.equal((await renderLater(page, 'after-octet', doc('After the trap'))).state, 'ready');
  assert.equal(page.consoleErrors.filter((line) => line.startsWith('exec-summary: the card module stopped')).length, 1);
});

test('after the last instance allowed traps, later cards get an error card made without the module', async (t) => {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/trap.html`);
  await settledStates(page, '.exec-summary', 3);
  // Instances 1 to 4 each trap (the limit is 4); the cards showing stay readable throughout.
  for (let i = 1; i <= 4; i += 1) {
    const trapped = await renderLater(page, `trap-${i}`, doc(i % 2 ? TRAP_RENDERING : TRAP_MOUNTING));
    assert.equal(trapped.state, 'error', `trap ${i}`);
    assert.equal((await renderLater(page, `between-${i}`, doc(`Card ${i}`))).state, i < 4 ? 'ready' : 'error', `card after trap ${i}`);
  }
  assert.match((await shown(page, ['trap-4']))['trap-4'].text, /^This summary could not be shown internal error: the card stopped/);
  const later = await renderLater(page, 'last', doc('Still wanted'));
  assert.equal(later.state, 'error');
  assert.equal(later.text, 'This summary could not be shown could not load the card module: it stopped working too many times');
  assert.equal(await page.locator('#last').getByRole('alert').count(), 1);
  const cards = await shown(page, ['seed', 'between-1', 'between-2', 'between-3']);
  assert.match(cards.seed.text, /Present and Future Sino-Russian Cooperation/);
  for (let i = 1; i <= 3; i += 1) assert.match(cards[`between-${i}`].text, new RegExp(`^Card ${i}`));
  assert.equal((await stats(page)).instances, 4);
});
