// `npm pack pkg/` gives a tarball that installs in an empty project with nothing else: every
// entry of its exports map resolves and loads in Node (the browser entry too, inertly, as a
// server's render of an app's pages imports it), every entry's types check with `tsc --strict` as
// a TypeScript project uses them, and the script tag still works from the installed files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage } from '../e2e/browser.mjs';
import {
  PKG, ROOT, SEED_TEXT, expectClean, expectWorkingCards, ok, project, recordResponses, run, serveFolder, useScratch,
} from './support.mjs';

let scratch;
let dir;
useScratch(async (ready) => {
  scratch = ready;
  dir = await project(scratch.dir, 'empty-project', { tarball: scratch.tarball });
});

test('the tarball holds the package\'s files and nothing else, and installs with no dependencies', async () => {
  const { stdout } = await ok('npm', ['pack', PKG, '--dry-run', '--json', '--loglevel=error']);
  const files = JSON.parse(stdout)[0].files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'eleventy/index.d.ts', 'eleventy/index.js', 'embed.html', 'exec-summary-embed.js', 'exec-summary-runtime.js', 'exec-summary.css',
    'exec-summary.d.ts', 'exec-summary.js', 'exec-summary.module.d.ts', 'exec-summary.module.js', 'exec-summary.schema.json',
    'exec_summary.d.ts', 'exec_summary.js', 'exec_summary_bg.wasm', 'exec_summary_bg.wasm.d.ts', 'LICENSE-APACHE', 'LICENSE-MIT',
    'package.json', 'README.md',
    'server/index.d.ts', 'server/index.js', 'server/portable.d.ts', 'server/portable.js',
  ].sort());
  const { stdout: tree } = await ok('npm', ['ls', '--all', '--json'], { cwd: dir });
  const installed = JSON.parse(tree).dependencies;
  assert.deepEqual(Object.keys(installed), ['exec-summary']);
  assert.equal(installed['exec-summary'].dependencies, undefined, 'exec-summary depends on nothing');
});

test('every entry of the exports map resolves and loads in Node', async () => {
  const probe = `
import { readFileSync } from 'node:fs';
const module = await import('exec-summary');
const server = await import('exec-summary/server');
const { createRenderer } = await import('exec-summary/server/portable');
const eleventy = await import('exec-summary/eleventy');
const text = (specifier) => readFileSync(new URL(import.meta.resolve(specifier)), 'utf8');
const schema = JSON.parse(text('exec-summary/schema.json'));
console.log(JSON.stringify({
  browserEntry: Object.keys(module), execSummaryOnServer: module.ExecSummary === undefined,
  rendered: server.render(${JSON.stringify(SEED_TEXT)}).ok, portable: typeof createRenderer, plugin: typeof eleventy.default,
  css: text('exec-summary/exec-summary.css').includes('.es-card'), schema: schema.title ?? schema.$schema,
  wasm: readFileSync(new URL(import.meta.resolve('exec-summary/exec-summary.wasm'))).subarray(0, 4).toString('hex'),
  version: JSON.parse(text('exec-summary/package.json')).version,
}));
`;
  await writeFile(join(dir, 'probe.mjs'), probe);
  const { stdout } = await ok(process.execPath, ['probe.mjs'], { cwd: dir });
  const seen = JSON.parse(stdout);
  assert.deepEqual(seen.browserEntry, ['ExecSummary']);
  assert.equal(seen.execSummaryOnServer, true, 'importing the browser entry without a document is inert');
  assert.equal(seen.rendered, true);
  assert.equal(seen.portable, 'function');
  assert.equal(seen.plugin, 'function');
  assert.equal(seen.css, true);
  assert.ok(seen.schema);
  assert.equal(seen.wasm, '0061736d', 'the wasm module');
  assert.equal(seen.version, JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')).version);
});

test('the types of every entry check with tsc --strict, and refuse what the entries refuse', async () => {
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'],
      types: [], skipLibCheck: false, resolveJsonModule: true,
    },
    files: ['browser.ts', 'server.ts', 'eleventy.ts'],
  }));
  await writeFile(join(dir, 'browser.ts'), `import { ExecSummary } from 'exec-summary';
import type { ExecSummaryHandle, ExecSummaryOptions, ExecSummaryReadyDetail } from 'exec-summary';
import schema from 'exec-summary/schema.json';

const options: ExecSummaryOptions = { theme: 'dark', headingLevel: 3, strings: { expandAll: 'Show all' } };
const handle: ExecSummaryHandle = ExecSummary.render(document.body, { title: 'T', sections: [] }, options);
void handle.ready.then((element: Element) => element.id);
window.ExecSummary.scan(document.body);
document.addEventListener('exec-summary:ready', (event) => {
  const detail: ExecSummaryReadyDetail = event.detail;
  void detail.warnings.map((w) => w.path);
});
void schema;
// @ts-expect-error a theme the card does not have
ExecSummary.render(document.body, {}, { theme: 'neon' });
`);
  await writeFile(join(dir, 'server.ts'), `import { render, validate } from 'exec-summary/server';
import type { ExecSummaryServerOptions, ExecSummaryServerRendered } from 'exec-summary/server';
import { createRenderer } from 'exec-summary/server/portable';

const options: ExecSummaryServerOptions = { embedData: true, theme: 'sepia', headingLevel: '3', strings: { source: 'From' } };
const rendered: ExecSummaryServerRendered = render({ title: 'T' }, options);
const html: string = rendered.ok ? rendered.html : rendered.problems.map(({ path, message }) => path + message).join();
const valid: boolean = validate('{}').ok;
void createRenderer(new Uint8Array()).then(({ render: portable }) => portable('{}', { dataSrc: '/a.json' }).html);
void [html, valid];
// @ts-expect-error timeout is how the browser fetches, not a static card's
render('{}', { timeout: 5000 });
// @ts-expect-error a theme the card does not have
render('{}', { theme: 'neon' });
`);
  await writeFile(join(dir, 'eleventy.ts'), `import execSummary from 'exec-summary/eleventy';
import type { ExecSummaryEleventyOptions } from 'exec-summary/eleventy';

declare const eleventyConfig: Parameters<typeof execSummary>[0];
const options: ExecSummaryEleventyOptions = { dir: 'assets/summaries', options: { theme: 'dark' } };
execSummary(eleventyConfig, options);
// @ts-expect-error the card's options go under options
execSummary(eleventyConfig, { theme: 'dark' });
`);
  const tsc = await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')]);
  assert.equal(tsc.code, 0, `tsc --strict:\n${tsc.stdout}${tsc.stderr}`);
});

test('the installed package\'s files still work as a plain script tag, served from any folder', async () => {
  const site = await serveFolder(dir, '/');
  const browser = await launch();
  try {
    await writeFile(join(dir, 'seed.json'), SEED_TEXT);
    await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Script tag</title>
<link rel="icon" href="data:,"><script src="node_modules/exec-summary/exec-summary.js" defer></script></head>
<body><div class="exec-summary" id="card" data-src="seed.json"></div></body></html>`);
    const page = await openPage(browser);
    const responses = recordResponses(page);
    await page.goto(`${site.url}index.html`);
    await expectWorkingCards(page, { card: JSON.parse(SEED_TEXT).title });
    const fetched = responses.map((r) => new URL(r.url).pathname).filter((path) => path.startsWith('/node_modules/')).sort();
    assert.deepEqual(fetched, ['exec-summary-runtime.js', 'exec-summary.css', 'exec-summary.js', 'exec_summary.js', 'exec_summary_bg.wasm']
      .map((file) => `/node_modules/exec-summary/${file}`));
    expectClean(page, responses);
  } finally {
    await browser.close();
    site.close();
  }
});
