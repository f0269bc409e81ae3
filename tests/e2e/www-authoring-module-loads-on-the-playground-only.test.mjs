// The authoring tools (importer and validator) are a separate wasm module that only the playground
// downloads: a reader's page, the home page and the docs fetch the card's files and nothing of it,
// and the card's own bundle in pkg/ never refers to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { openPage } from './browser.mjs';
import { gotoPlayground, SITE_PAGES } from './www-support.mjs';
import { useSite } from './support.mjs';

const ROOT = new URL('../../', import.meta.url);

let url;
let browser;
useSite((site) => ({ url, browser } = site));

/** Paths the page requested while `action` ran. */
async function requestsDuring(page, action) {
  const paths = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  await action();
  await page.waitForLoadState('networkidle');
  return paths;
}

test('no page but the playground downloads the authoring module', async (t) => {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  t.after(() => page.context().close());
  for (const path of SITE_PAGES.filter((p) => p !== '/playground.html')) {
    const paths = await requestsDuring(page, () => page.goto(`${url}${path}`));
    const authoring = paths.filter((p) => p.startsWith('/playground/'));
    assert.deepEqual(authoring, [], `${path} fetched playground files`);
  }
  // The home page's card is the reader's bundle: loader, runtime, glue, wasm, stylesheet, JSON.
  const home = await requestsDuring(page, () => page.goto(`${url}/`));
  assert.ok(home.includes('/pkg/exec_summary_bg.wasm'));
});

test('the playground downloads the card bundle and the authoring module', async (t) => {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  t.after(() => page.context().close());
  const paths = await requestsDuring(page, () => gotoPlayground(page, url));
  for (const file of ['/playground/authoring.js', '/playground/authoring_bg.wasm', '/pkg/exec_summary_bg.wasm']) {
    assert.ok(paths.includes(file), `${file} was not fetched`);
  }
});

test('the card bundle in pkg/ does not refer to the authoring module', () => {
  for (const file of readdirSync(new URL('pkg/', ROOT), { recursive: true })) {
    if (!statSync(new URL(`pkg/${file}`, ROOT)).isFile()) continue;
    const text = readFileSync(new URL(`pkg/${file}`, ROOT)).toString('latin1');
    assert.ok(!/authoring|importText/.test(text), `pkg/${file} mentions the authoring module`);
  }
});
