// A page served with the strict policy the README documents works unchanged: no inline script,
// no inline style the policy blocks, no eval — the wasm needs only 'wasm-unsafe-eval'. Every way
// in, the error card with its retry button, and the iframe page render without a single
// securitypolicyviolation event or console error; also where the page enforces Trusted Types and
// lists the runtime's policy, `exec-summary`. A page enforcing them without that policy gets an
// error card saying what to add, not an empty box.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { expectState, json, seedDocument } from './support.mjs';
import { assertClean, cardTitle, frames, htmlRoute } from './pages.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TRUSTED_TYPES = `${CSP}; require-trusted-types-for 'script'; trusted-types exec-summary`;
const OTHER_TYPES = `${CSP}; require-trusted-types-for 'script'; trusted-types some-other-library`;
const FIXTURE = readFileSync(new URL('./fixtures/strict-csp.html', import.meta.url), 'utf8');
const EMBED = readFileSync(new URL('../../www/embed.html', import.meta.url), 'utf8');

let server;
let url;
let browser;

before(async () => {
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/strict-csp.html': htmlRoute(FIXTURE, { 'content-security-policy': CSP }),
      '/embed-csp.html': htmlRoute(EMBED, { 'content-security-policy': CSP }),
      '/trusted-types.html': htmlRoute(FIXTURE, { 'content-security-policy': TRUSTED_TYPES }),
      '/other-types.html': htmlRoute(FIXTURE, { 'content-security-policy': OTHER_TYPES }),
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

/** Opens `path` recording CSP violations (an init script is not subject to the page's policy). */
async function open(t, path, policy = CSP) {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.violations.push(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const response = await page.goto(`${url}${path}`);
  assert.equal(response.headers()['content-security-policy'], policy);
  return page;
}

/** Every way in on the fixture page at `path` renders and works, without a single violation. */
async function everyWayIn(t, path, policy) {
  const page = await open(t, path, policy);
  await expectState(page, '#by-attribute', 'ready');
  await expectState(page, '.exec-summary-inline', 'ready');
  await expectState(page, '#element', 'ready');
  await expectState(page, '#missing', 'error');
  assert.equal(await cardTitle(page, '.exec-summary-inline'), 'Inline card under CSP');

  // Styled: the stylesheet is in force inside the shadow roots.
  const radius = await page.locator('#by-attribute article.es-card').evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  assert.equal(radius, '12px');
  assert.equal(await page.locator('#element article.es-card').getAttribute('data-theme'), 'dark');
  // Interactive: a section toggles, "Expand all" and "Try again" are visible buttons.
  await page.locator('#by-attribute #policy-implications > summary').click();
  assert.equal(await page.locator('#by-attribute #policy-implications').evaluate((d) => d.open), true);
  await page.locator('#by-attribute').getByRole('button', { name: 'Collapse all' }).waitFor({ timeout: 3000 });
  assert.ok(await page.locator('#missing').getByRole('button', { name: 'Try again' }).isVisible());
  await page.locator('#missing').getByRole('button', { name: 'Try again' }).click();
  await expectState(page, '#missing', 'error');
  await frames(page);

  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assertClean(page, (line) => line.startsWith('exec-summary: /data/missing.json') || /Failed to load resource.*404/.test(line));
}

test('every way in renders and works under the strict policy', (t) => everyWayIn(t, '/strict-csp.html', CSP));

test('every way in renders and works where the page enforces Trusted Types and lists exec-summary', (t) => everyWayIn(t, '/trusted-types.html', TRUSTED_TYPES));

test('a page enforcing Trusted Types without exec-summary gets error cards saying what to add', async (t) => {
  const page = await open(t, '/other-types.html', OTHER_TYPES);
  await expectState(page, '#by-attribute', 'error');
  const alert = page.locator('#by-attribute').getByRole('alert');
  assert.match(await alert.innerText(), /This summary could not be shown[\s\S]*Trusted Types policy exec-summary: add it to trusted-types/);
  assert.deepEqual(page.problems, []);
});

test('the iframe page works under the strict policy', async (t) => {
  const page = await open(t, '/embed-csp.html?src=%2Fdata%2Fseed.json');
  await expectState(page, '.exec-summary', 'ready');
  assert.equal(await cardTitle(page, '.exec-summary'), 'Present and Future Sino-Russian Cooperation');
  await frames(page);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assertClean(page);
});
