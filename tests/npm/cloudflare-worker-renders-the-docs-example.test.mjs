// The Cloudflare Workers example of the server-rendering docs (www/docs/server.html, taken from the
// page itself), bundled with esbuild as Wrangler does and run in workerd, the Workers runtime, by
// Miniflare (both from the npm registry): the .wasm import is a compiled module handed to
// exec-summary/server/portable, and the Worker answers with the card Node renders, byte for byte;
// an invalid document gives its fallback, not an exception.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED_TEXT, docsExample, ok, project, useScratch } from './support.mjs';

const SUMMARY_URL = 'https://example.org/summaries/report.json';

let dir;
let served = SEED_TEXT; // what the Worker's fetch of the summary gets
let worker;
after(() => worker?.dispose()); // before the scratch folder goes (useScratch's own `after`)
useScratch(async (scratch) => {
  dir = await project(scratch.dir, 'worker', { tarball: scratch.tarball, tools: ['miniflare', 'esbuild'] });
  await writeFile(join(dir, 'worker.js'), docsExample('server.html', 'server-portable'));
  // Wrangler's own bundling: esbuild, the .wasm import left for the runtime to provide.
  await ok('npx', ['esbuild', 'worker.js', '--bundle', '--format=esm', '--platform=neutral', '--external:*.wasm',
    '--outfile=dist/worker.js', '--log-level=warning'], { cwd: dir });
  const require = createRequire(join(dir, 'package.json'));
  const { Miniflare } = await import(pathToFileURL(require.resolve('miniflare')).href);
  worker = new Miniflare({
    modules: [
      { type: 'ESModule', path: 'worker.js', contents: await readFile(join(dir, 'dist/worker.js'), 'utf8') },
      { type: 'CompiledWasm', path: 'exec-summary/exec-summary.wasm', contents: await readFile(require.resolve('exec-summary/exec-summary.wasm')) },
    ],
    compatibilityDate: '2026-01-01',
    // The Worker's outgoing requests: the summary, and nothing else.
    outboundService: (request) => (request.url === SUMMARY_URL ? new Response(served) : new Response('not found', { status: 404 })),
  });
});

test('the Worker answers with the card Node renders, from the module it was handed', async () => {
  const require = createRequire(join(dir, 'package.json'));
  const { render } = await import(pathToFileURL(require.resolve('exec-summary/server')).href);
  const response = await worker.dispatchFetch('http://localhost/');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  const html = await response.text();
  assert.match(html, /^<div class="exec-summary" data-es-static data-src="https:\/\/example\.org\/summaries\/report\.json"><article /);
  assert.equal(html, render(SEED_TEXT, { dataSrc: SUMMARY_URL }).html);
});

test('an invalid summary gives the Worker\'s fallback, and the next valid one a card again', async () => {
  served = '{"title": 5}';
  assert.equal(await (await worker.dispatchFetch('http://localhost/')).text(), 'No summary');
  served = SEED_TEXT;
  assert.match(await (await worker.dispatchFetch('http://localhost/')).text(), /class="es-card__title">Present and Future Sino-Russian Cooperation</);
});
