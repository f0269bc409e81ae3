// The same Vite app as the production test, under `vite` (the dev server a front-end team runs
// first): both cards work and are styled. Vite serves node_modules through its dependency
// pre-bundling and answers a .css request that does not ask for CSS with a JavaScript module, so
// this is its own path through the package (it once gave unstyled cards).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from '../e2e/browser.mjs';
import { VITE_APP_FILES } from './bundler-apps.mjs';
import {
  SEED_TEXT, expectClean, expectWorkingCards, freePort, project, recordResponses, startServer, useScratch,
} from './support.mjs';

let scratch;
useScratch((ready) => { scratch = ready; });

test('`vite` (the dev server) serves `import \'exec-summary\'` as working, styled cards', async () => {
  const dir = await project(scratch.dir, 'vite-dev-app', {
    tarball: scratch.tarball,
    tools: ['vite'],
    files: VITE_APP_FILES,
  });
  const port = await freePort();
  const server = await startServer('npx', ['vite', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: dir, ready: /ready in/ });
  const browser = await launch();
  try {
    const page = await openPage(browser);
    const responses = recordResponses(page);
    await page.goto(`http://127.0.0.1:${port}/`);
    await expectWorkingCards(page, { 'from-src': JSON.parse(SEED_TEXT).title, 'from-object': 'From an object' });
    // The stylesheet came as CSS, not as Vite's module around it.
    const css = responses.filter((r) => new URL(r.url).pathname.endsWith('/exec-summary.css'));
    assert.ok(css.length > 0 && css.every((r) => r.type.startsWith('text/css')), JSON.stringify(css));
    expectClean(page, responses);
    assert.doesNotMatch(server.output(), /error/i, 'Vite reported no error');
  } finally {
    await browser.close();
    server.stop();
  }
});
