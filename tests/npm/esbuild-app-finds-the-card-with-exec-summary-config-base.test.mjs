// A bundler that does not follow `new URL(…, import.meta.url)` (esbuild) bundles `import
// 'exec-summary'` too: as the bundlers docs say (www/docs/bundlers.html, whose commands and files
// this test runs as written), the card's files are copied where the site serves them and
// ExecSummaryConfig.base names the folder; both cards of the app then work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage } from '../e2e/browser.mjs';
import { APP_BODY, APP_SCRIPT, appPage } from './bundler-apps.mjs';
import { SEED_TEXT, docsExample, expectClean, expectWorkingCards, ok, project, recordResponses, serveFolder, useScratch } from './support.mjs';

let dir;
useScratch(async (scratch) => {
  dir = await project(scratch.dir, 'esbuild-app', {
    tarball: scratch.tarball,
    tools: ['esbuild'],
    files: {
      'src/exec-summary-config.js': docsExample('bundlers.html', 'npm-base'),
      // The docs' two imports, then the app's code after its own import of the package.
      'src/main.js': `${docsExample('bundlers.html', 'npm-base-app')}\n${APP_SCRIPT.slice(APP_SCRIPT.indexOf('\n') + 1)}`,
      'public/data/seed.json': SEED_TEXT,
      'public/index.html': appPage({ head: '<script type="module" src="app.js"></script>', body: APP_BODY }),
    },
  });
  await ok('bash', ['-c', docsExample('bundlers.html', 'npm-copy')], { cwd: dir });
  await ok('npx', ['esbuild', 'src/main.js', '--bundle', '--format=esm', '--minify', '--outfile=public/app.js'], { cwd: dir });
});

test('an esbuild bundle with ExecSummaryConfig.base shows both cards, from the copied files', async () => {
  const site = await serveFolder(join(dir, 'public'));
  const browser = await launch();
  try {
    const page = await openPage(browser);
    const responses = recordResponses(page);
    await page.goto(site.url);
    await expectWorkingCards(page, { 'from-src': JSON.parse(SEED_TEXT).title, 'from-object': 'From an object' });
    const fetched = responses.map((r) => new URL(r.url).pathname).sort();
    assert.deepEqual(fetched, ['/', '/app.js', '/data/seed.json', '/exec-summary/exec-summary-runtime.js', '/exec-summary/exec-summary.css',
      '/exec-summary/exec_summary.js', '/exec-summary/exec_summary_bg.wasm']);
    expectClean(page, responses);
  } finally {
    await browser.close();
    site.close();
  }
});
