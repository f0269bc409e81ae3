// A webpack 5 app whose only mention of exec-summary is `import { ExecSummary } from
// 'exec-summary'`, built for production with no configuration file (`webpack --mode production`:
// src/index.js → dist/main.js), served from another path (/static/), shows a working card from
// the page's data-src host and one from an object passed to ExecSummary.render: webpack emitted
// the runtime chunk, the wasm and the stylesheet as hashed assets and the loader finds them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appPage, APP_SCRIPT, expectWorkingApp } from './bundler-apps.mjs';
import { SEED_TEXT, ok, project, useScratch } from './support.mjs';

let scratch;
useScratch((ready) => { scratch = ready; });

test('a webpack production build of `import \'exec-summary\'` shows both cards, served from another path', async () => {
  const dir = await project(scratch.dir, 'webpack-app', {
    tarball: scratch.tarball,
    tools: ['webpack', 'webpack-cli'],
    files: { 'src/index.js': APP_SCRIPT, 'dist/data/seed.json': SEED_TEXT },
  });
  const { stdout, stderr } = await ok('npx', ['webpack', '--mode', 'production'], { cwd: dir });
  assert.match(stdout, /compiled successfully/);
  assert.doesNotMatch(`${stdout}${stderr}`, /WARNING|ERROR/, 'webpack said nothing about exec-summary');
  // webpack writes no HTML of its own: the page is the site's, loading the bundle as a script.
  await writeFile(join(dir, 'dist/index.html'), appPage({ head: '<script src="main.js" defer></script>' }));
  const fetched = await expectWorkingApp(join(dir, 'dist'), '/static/');
  assert.ok(fetched.some((r) => r.path === '/static/main.js'));
});
