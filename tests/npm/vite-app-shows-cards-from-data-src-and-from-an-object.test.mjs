// A Vite app whose only mention of exec-summary is `import { ExecSummary } from 'exec-summary'`,
// built for production with no configuration (under another base path, /app/), shows a working
// card from the page's data-src host and one from an object passed to ExecSummary.render: Vite
// emitted the runtime, the wasm and the stylesheet under hashed names and the loader finds them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { VITE_APP_FILES, expectWorkingApp } from './bundler-apps.mjs';
import { ok, project, useScratch } from './support.mjs';

let scratch;
useScratch((ready) => { scratch = ready; });

test('a Vite production build of `import \'exec-summary\'` shows both cards, under another base path', async () => {
  const dir = await project(scratch.dir, 'vite-app', {
    tarball: scratch.tarball,
    tools: ['vite'],
    files: VITE_APP_FILES,
  });
  const { stdout, stderr } = await ok('npx', ['vite', 'build', '--base', '/app/'], { cwd: dir });
  assert.doesNotMatch(`${stdout}${stderr}`, /warn|error/i, 'Vite said nothing about exec-summary');
  const fetched = await expectWorkingApp(join(dir, 'dist'), '/app/');
  // The runtime came as a chunk of the app, not as pkg/'s file name.
  assert.ok(fetched.some((r) => /\/app\/assets\/exec-summary-runtime-[\w-]+\.js$/.test(r.path)), JSON.stringify(fetched));
});
