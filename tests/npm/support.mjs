// Shared by the npm package's tests (not a test file itself). They use the package as a user
// does: `npm pack pkg/`, the tarball installed into scratch projects in a temporary folder beside
// pinned tools from the npm registry, built with those tools and served as a host would, checked
// in Debian's Chromium (tests/e2e/browser.mjs) and in Node.
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import sirv from 'sirv';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The package to test: pkg/, or another build of it (NPM_PKG=DIR). */
export const PKG = process.env.NPM_PKG || join(ROOT, 'pkg');

/** The tools a project installs beside exec-summary, pinned. */
export const PINNED = {
  vite: '8.4.1',
  webpack: '5.113.0',
  'webpack-cli': '7.3.1',
  '@11ty/eleventy': '3.1.8',
  astro: '5.9.4', // Astro 6 and later need Node 22
  next: '16.5.0',
  react: '19.3.1',
  'react-dom': '19.3.1',
  miniflare: '4.20260730.0', // runs workerd, the Cloudflare Workers runtime
  esbuild: '0.28.2',
  deno: '2.9.6',
  bun: '1.4.5',
};

/** The seed document's JSON text, as www/examples/ has it. */
export const SEED_TEXT = await readFile(join(ROOT, 'www/examples/sino-russian-cooperation.json'), 'utf8');

/** The text of the code block `id` of the docs page `page` (www/docs/), unescaped: an example the tests run as written. */
export function docsExample(page, id) {
  const html = readFileSync(join(ROOT, 'www/docs', page), 'utf8');
  const code = html.match(new RegExp(`<code id="${id}">([\\s\\S]*?)</code>`));
  assert.ok(code, `${page} has the example ${id}`);
  return code[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Runs `command` with `args` (in `cwd`) and resolves to { code, stdout, stderr } whatever its exit
 * code; `input` is written to its standard input.
 */
export function run(command, args, { cwd = ROOT, env = {}, input, timeout = 600000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, {
      cwd, env: { ...process.env, ...env }, timeout, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8',
    }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(Object.assign(error, { stdout, stderr }));
      else resolve({ code: error ? error.code : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

/** As run(), but fails unless the command exits 0; resolves to its output. */
export async function ok(command, args, options) {
  const result = await run(command, args, options);
  assert.equal(result.code, 0, `${command} ${args.join(' ')} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * A scratch folder for one test file, with the package packed into it, removed after the file's
 * last test (KEEP_NPM_SCRATCH=1 keeps it, for a look). `ready` gets { dir, tarball } before the
 * file's first test, and may set up more (it is awaited).
 */
export function useScratch(ready) {
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'exec-summary-npm-'));
    const { stdout } = await ok('npm', ['pack', PKG, '--pack-destination', dir, '--json', '--loglevel=error']);
    await ready({ dir, tarball: join(dir, JSON.parse(stdout)[0].filename) });
  });
  after(async () => {
    if (dir && !process.env.KEEP_NPM_SCRATCH) await rm(dir, { recursive: true, force: true });
  });
}

/**
 * A project in `root`/`name`: `files` (path → text) and a package.json that depends on the
 * packed `tarball` and on the pinned `tools`, installed from the npm registry. Resolves to its
 * folder.
 */
export async function project(root, name, { tarball, tools = [], files = {} }) {
  const dir = join(root, name);
  const dependencies = { 'exec-summary': `file:${tarball}` };
  for (const tool of tools) dependencies[tool] = PINNED[tool];
  const all = { 'package.json': JSON.stringify({ name, private: true, type: 'module', dependencies }, null, 2), ...files };
  for (const [path, text] of Object.entries(all)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await ok('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  return dir;
}

/**
 * Serves the folder `dir` at `prefix` (a path ending in `/`) on a loopback port, as a static
 * host would; anything outside `prefix` is a 404. Resolves to { url, close } (`url` ends in
 * `prefix`).
 */
export async function serveFolder(dir, prefix = '/') {
  const files = sirv(dir, { dev: true, etag: true });
  const server = createServer((req, res) => {
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    };
    if (req.url === '/favicon.ico') { // what a browser asks every site for, when a page names none
      res.writeHead(204);
      return res.end();
    }
    if (!req.url.startsWith(prefix)) return notFound();
    req.url = `/${req.url.slice(prefix.length)}`;
    return files(req, res, notFound);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}${prefix}`,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Records every response the page gets: { url, status, type } (its content-type). */
export function recordResponses(page) {
  const seen = [];
  page.on('response', (response) => seen.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] ?? '' }));
  return seen;
}

/**
 * Waits until the hosts with these ids have settled, then asserts that each is a working card: it
 * is `ready` and shows `titles[id]`, its stylesheet applies, a closed section opens on a click,
 * and "Expand all" opens every section. Cards mounted by the loader live in their host's shadow
 * root; a static card upgraded in place stays in the light DOM.
 */
export async function expectWorkingCards(page, titles) {
  const ids = Object.keys(titles);
  await page.waitForFunction((list) => list.every((id) => ['ready', 'error'].includes(document.getElementById(id)?.dataset.esState)),
    ids, { timeout: 20000 });
  for (const [id, title] of Object.entries(titles)) {
    const host = page.locator(`#${id}`);
    assert.equal(await host.getAttribute('data-es-state'), 'ready', `#${id} settled in error`);
    assert.equal((await host.locator('.es-card__title').textContent()).trim(), title);
    // The stylesheet: the card is a bordered box, not browser-default text.
    assert.notEqual(await host.locator('article.es-card').evaluate((card) => getComputedStyle(card).borderTopStyle), 'none',
      `#${id}: the card is not styled`);
    const sections = host.locator('details.es-section');
    const opened = () => sections.evaluateAll((all) => all.map((details) => details.open));
    assert.ok((await opened()).includes(false), `#${id}: every section starts open`);
    await host.getByRole('button', { name: 'Expand all' }).click();
    assert.ok((await opened()).every(Boolean), `#${id}: Expand all left ${JSON.stringify(await opened())}`);
    await sections.first().locator('summary').click();
    assert.equal(await sections.first().evaluate((details) => details.open), false, `#${id}: a section did not close`);
  }
}

/** Asserts the page had no uncaught error, no console error and no failed response. */
export function expectClean(page, responses) {
  assert.deepEqual(page.problems, [], 'uncaught errors on the page');
  assert.deepEqual(page.consoleErrors, [], 'console errors on the page');
  assert.deepEqual(responses.filter((r) => r.status >= 400), [], 'failed responses');
}

/** A loopback port nothing listens on now. */
export async function freePort() {
  const server = createNetServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts a project's own server (`command` with `args`, in `cwd`, its own process group) and
 * resolves once its output matches `ready`, to { output(), stop() }; stop() ends the whole group.
 */
export async function startServer(command, args, { cwd, ready, env = {} }) {
  const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} was not ready in 60 s:\n${output}`)), 60000);
    const listen = (chunk) => {
      output += chunk;
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}):\n${output}`));
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
