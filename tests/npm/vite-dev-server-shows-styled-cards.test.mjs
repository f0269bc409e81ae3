// The same Vite app as the production test, under `vite` (the dev server a front-end team runs
// first): both cards work and are styled. Vite serves node_modules through its dependency
// pre-bundling and answers a .css request that does not ask for CSS with a JavaScript module, so
// this is its own path through the package (it once gave unstyled cards).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { launch, openPage } from '../e2e/browser.mjs';
import { appPage, APP_SCRIPT } from './bundler-apps.mjs';
import { SEED_TEXT, expectClean, expectWorkingCards, project, recordResponses, useScratch } from './support.mjs';

let scratch;
useScratch((ready) => { scratch = ready; });

/** A loopback port nothing listens on now. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `vite` in `dir` on `port`; resolves once it says it is ready, to a stop function. */
async function startDevServer(dir, port) {
  const child = spawn('npx', ['vite', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite did not start in 60 s:\n${output}`)), 60000);
    const listen = (chunk) => {
      output += chunk;
      if (/ready in/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vite exited (${code}):\n${output}`));
    });
  });
  return {
    output: () => output,
    stop() {
      try {
        process.kill(-child.pid);
      } catch {
        // already gone
      }
    },
  };
}

test('`vite` (the dev server) serves `import \'exec-summary\'` as working, styled cards', async () => {
  const dir = await project(scratch.dir, 'vite-dev-app', {
    tarball: scratch.tarball,
    tools: ['vite'],
    files: {
      'index.html': appPage({ head: '<script type="module" src="/src/main.js"></script>' }),
      'src/main.js': APP_SCRIPT,
      'public/data/seed.json': SEED_TEXT,
    },
  });
  const port = await freePort();
  const server = await startDevServer(dir, port);
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
