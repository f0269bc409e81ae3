// The Astro page of the server-rendering docs (www/docs/server.html, taken from the page itself so
// the docs cannot drift from what works), built with Astro: the page's HTML has the card, readable
// and styled with JavaScript off, and in the browser the bundled `import 'exec-summary'` upgrades
// it in place without downloading the wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage } from '../e2e/browser.mjs';
import { SEED_TEXT, docsExample, expectClean, expectWorkingCards, ok, project, recordResponses, serveFolder, useScratch } from './support.mjs';

let dir;
useScratch(async (scratch) => {
  dir = await project(scratch.dir, 'astro-site', {
    tarball: scratch.tarball,
    tools: ['astro'],
    files: { 'src/pages/report.astro': docsExample('server.html', 'server-astro'), 'src/summaries/report.json': SEED_TEXT },
  });
  await ok('npx', ['astro', 'build'], { cwd: dir, env: { ASTRO_TELEMETRY_DISABLED: '1' } });
});

test('the built page has the static card, which reads and is styled with JavaScript off', async () => {
  const html = readFileSync(join(dir, 'dist/report/index.html'), 'utf8');
  assert.match(html, /<main><div class="exec-summary" data-es-static data-theme="sepia"><script type="application\/json" class="exec-summary-data">/);
  const site = await serveFolder(join(dir, 'dist'));
  const browser = await launch();
  try {
    const reader = await openPage(browser, { javaScriptEnabled: false });
    const responses = recordResponses(reader);
    await reader.goto(`${site.url}report/`);
    const card = reader.locator('article.es-card');
    assert.equal((await card.locator('.es-card__title').textContent()).trim(), JSON.parse(SEED_TEXT).title);
    assert.notEqual(await card.evaluate((el) => getComputedStyle(el).borderTopStyle), 'none', 'styled by the imported stylesheet');
    expectClean(reader, responses);
  } finally {
    await browser.close();
    site.close();
  }
});

test('in the browser the card upgrades in place, interactive, without the wasm', async () => {
  const site = await serveFolder(join(dir, 'dist'));
  const browser = await launch();
  try {
    const reader = await openPage(browser);
    const responses = recordResponses(reader);
    await reader.goto(`${site.url}report/`);
    await reader.evaluate(() => { document.querySelector('.exec-summary').id = 'card'; });
    await expectWorkingCards(reader, { card: JSON.parse(SEED_TEXT).title });
    assert.ok(await reader.evaluate(() => document.querySelector('#card > article.es-card') !== null), 'the card stays where the server put it');
    const fetched = responses.map((r) => new URL(r.url).pathname);
    assert.ok(fetched.some((path) => /exec-summary-runtime\.[\w-]+\.js$/.test(path)), `the runtime: ${fetched}`);
    assert.ok(!fetched.some((path) => path.endsWith('.wasm')), `no wasm for a static card: ${fetched}`);
    expectClean(reader, responses);
  } finally {
    await browser.close();
    site.close();
  }
});
