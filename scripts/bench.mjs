// Size and speed report: the seed card on a page N times, with host text between the cards, in
// seven variants, in headless Chromium on localhost. Not part of the test suite.
//
//   npm run bench                          → markdown report on stdout and in bench/REPORT.md, raw data in bench/results.json
//   npm run bench -- --runs 9              → runs per measurement for N < 1000 (default 5)
//   npm run bench -- --runs-large 3        → runs for N ≥ 1000 (default 2)
//   npm run bench -- --counts 1,10,100     → cards per page (default 1,10,100,1000)
//   npm run bench -- --variants project,lit
//   npm run bench -- --pkg DIR             → measure another build of the bundle (a lever) in place of pkg/
//   npm run bench -- --out other.json      → write the raw results elsewhere
//   npm run bench -- --latency 50          → add 50 ms to every request (as a network would), with --out
//   npm run bench -- --batch 2000          → documents for the native batch render (default 10,000, 0 with --pkg; 0: none)
//   npm run bench -- --serve               → only serve the pages (/bench/VARIANT-N.html), to look or profile
//
// Variants: `static` (the CLI's HTML, details/summary, no script: the physical limit), `lit` (a
// minimal Lit web component fed by the same JSON), `shoelace` (Shoelace's sl-details fed by the
// same JSON, with its light theme), `project` (this project's loader and data-src hosts),
// `upgrade` (the CLI's statically rendered cards, `render --embed-data`, upgraded by the loader),
// `eager` (`project` with every card mounted at once) and `hinted` (`project` with `data-height`).
// The two peers are bundled from bench/peers/ with esbuild into bench/tmp/peers/ at every run.
//
// Each navigation runs in a fresh browser context (cold HTTP cache). A probe installed first in
// <head> notes, at each animation frame, which cards are rendered; it scrolls to the first card
// not rendered yet (so lazy cards mount, as fast as they keep up), then to the bottom, and records
// layout shifts and long tasks. Bytes are the brotli (quality 11) sizes of every response the
// page received, compressed here since the dev server does not compress. Progress goes to
// stderr; stdout carries only the markdown report of the run. A run of pkg/ into bench/results.json
// also rewrites bench/REPORT.md (scripts/bench-report.mjs) and the home page's tables
// (scripts/bench-table.mjs), both generated from bench/results.json alone.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

import { markdown, rewriteReport, targets } from './bench-report.mjs';
import { rewritePage } from './bench-table.mjs';
import { startServer } from './serve.mjs';
import { launch, CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'www/examples/sino-russian-cooperation.json';
const SEED_URL = '/examples/sino-russian-cooperation.json';
const CSS_HREF = '/pkg/exec-summary.css';
const BUNDLE = ['exec-summary.js', 'exec-summary-runtime.js', 'exec_summary.js', 'exec_summary_bg.wasm', 'exec-summary.css'];
const ROLES = {
  'exec-summary.js': 'loader',
  'exec-summary-runtime.js': 'runtime',
  'exec_summary.js': 'wasm-bindgen glue',
  'exec_summary_bg.wasm': 'wasm module',
  'exec-summary.css': 'stylesheet',
};
const VARIANTS = ['static', 'lit', 'shoelace', 'project', 'upgrade', 'eager', 'hinted'];
const VIEWPORT = { width: 1280, height: 720 };
const NAV_TIMEOUT_MS = 120000;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'runs-large': { type: 'string', default: '2' },
    counts: { type: 'string', default: '1,10,100,1000' },
    variants: { type: 'string', default: VARIANTS.join(',') },
    pkg: { type: 'string' },
    out: { type: 'string', default: 'bench/results.json' },
    latency: { type: 'string', default: '0' },
    batch: { type: 'string' },
    serve: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: node scripts/bench.mjs [--runs 5] [--runs-large 2] [--counts 1,10,100,1000] '
    + `[--variants ${VARIANTS.join(',')}] [--pkg DIR] [--out bench/results.json] [--latency MS] [--batch 10000 (0: none)]`);
  process.exit(0);
}
const RUNS = Number(args.runs);
// Localhost answers in a millisecond, which hides what a round trip costs; Chromium can add one.
const LATENCY_MS = Number(args.latency);
if (LATENCY_MS && args.out === 'bench/results.json') {
  console.error('bench: --latency needs --out: bench/results.json holds the localhost figures bench/REPORT.md and the home page show');
  process.exit(2);
}
const RUNS_LARGE = Number(args['runs-large']);
// A run of another bundle (--pkg, a lever) measures the browser only: the batch render is the CLI's.
const BATCH = args.batch === undefined ? (args.pkg ? 0 : 10000) : Number(args.batch);
if (!Number.isInteger(BATCH) || BATCH < 0) throw new Error('--batch must be a number of documents (0: no batch run)');
const COUNTS = args.counts.split(',').map(Number);
const CHOSEN = args.variants.split(',');
const PKG = resolve(root, args.pkg || 'pkg');
for (const runs of [RUNS, RUNS_LARGE]) {
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs and --runs-large must be positive integers');
}
if (COUNTS.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--counts must list positive integers');
if (CHOSEN.some((v) => !VARIANTS.includes(v))) throw new Error(`--variants must be among ${VARIANTS.join(', ')}`);

const log = (...parts) => console.error('bench:', ...parts);

/** The machine's CPU time counters (/proc/stat, Linux only): on a shared virtual machine the host
 * can take ("steal") a share of the CPU that no load average shows, slowing every variant alike. */
function cpuTimes() {
  try {
    return readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  } catch {
    return undefined;
  }
}

/** Share of the CPU time the host took between two readings of cpuTimes(), in percent. */
function stealPercent(before, after) {
  if (!before || !after || before.length < 8) return undefined;
  const delta = after.map((t, i) => t - (before[i] ?? 0));
  // user nice system idle iowait irq softirq steal (guest time is already counted in user)
  const total = delta.slice(0, 8).reduce((a, b) => a + b, 0);
  return total > 0 ? Math.round((delta[7] / total) * 1000) / 10 : undefined;
}

// ---------------------------------------------------------------------------------------------
// 1. Bytes

const brotliCache = new Map();

/** Brotli quality 11 size of `bytes` (memoised by content). */
function brotli(bytes) {
  const key = createHash('sha256').update(bytes).digest('hex');
  if (!brotliCache.has(key)) {
    brotliCache.set(key, zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length);
  }
  return brotliCache.get(key);
}

function sizes() {
  const files = BUNDLE.map((name) => {
    const bytes = readFileSync(resolve(PKG, name));
    const sha256 = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    return {
      file: `pkg/${name}`, role: ROLES[name], raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes), sha256,
    };
  });
  const total = { file: 'total', role: '', raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    total.raw += f.raw;
    total.gzip += f.gzip;
    total.brotli += f.brotli;
  }
  return { files, total };
}

// ---------------------------------------------------------------------------------------------
// 2. Peers, built from bench/peers/ at every run

async function buildPeers() {
  const esbuild = await import('esbuild');
  const outdir = resolve(root, 'bench/tmp/peers');
  await esbuild.build({
    entryPoints: [resolve(root, 'bench/peers/lit-card.js'), resolve(root, 'bench/peers/shoelace-card.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    outdir,
    logLevel: 'warning',
  });
  return {
    '/peers/lit-card.js': readFileSync(resolve(outdir, 'lit-card.js')),
    '/peers/shoelace-card.js': readFileSync(resolve(outdir, 'shoelace-card.js')),
    '/peers/shoelace-light.css': readFileSync(resolve(root, 'node_modules/@shoelace-style/shoelace/dist/themes/light.css')),
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Pages

/** Host-page prose placed before, between and after the cards (the same on every page). */
function paragraph(i) {
  return `<p>Host paragraph ${i}. The surrounding article keeps flowing around the embedded card: `
    + 'this text stands for the page the card is dropped into, with enough words to wrap over a few '
    + 'lines at the default viewport width, so layout has real work to do on both sides of a card.</p>';
}

/**
 * The probe, installed first in <head>. `rendered` tells whether a card (an element marked
 * data-bench) shows; at every animation frame the probe notes the first and the last card shown,
 * scrolls to the first card not shown yet, and when all show, scrolls to the bottom and ends two
 * frames later. Layout shifts (without recent input) and long tasks are observed throughout.
 */
function probe(n, rendered) {
  return `<script>
(() => {
  const rendered = ${rendered};
  const marks = { expected: ${n}, cls: 0, shifts: 0, longTasks: 0, longTaskMax: 0, longTaskTotal: 0, longestFrame: 0 };
  window.__bench = marks;
  performance.setResourceTimingBufferSize(100000);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      marks.cls += e.value;
      marks.shifts += 1;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      marks.longTasks += 1;
      marks.longTaskTotal += e.duration;
      marks.longTaskMax = Math.max(marks.longTaskMax, e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  let hosts = null;
  let pending = null;
  let last = 0;
  let finishing = 0;
  const frame = (now) => {
    if (last) marks.longestFrame = Math.max(marks.longestFrame, now - last);
    last = now;
    if (!hosts && document.readyState !== 'loading') {
      hosts = Array.from(document.querySelectorAll('[data-bench]'));
      pending = hosts;
    }
    if (hosts && !finishing) {
      pending = pending.filter((host) => !rendered(host));
      const t = performance.now();
      if (marks.first === undefined && pending.length < hosts.length) marks.first = t;
      if (!pending.length) {
        marks.all = t;
        marks.cards = hosts.length;
        finishing = 1;
        window.scrollTo(0, document.documentElement.scrollHeight);
      } else {
        const rect = pending[0].getBoundingClientRect();
        if (rect.top >= innerHeight || rect.bottom <= 0) pending[0].scrollIntoView({ block: 'start' });
      }
    } else if (finishing && ++finishing > 3) {
      marks.done = true;
      console.log('bench:done'); // the harness waits for this rather than polling the page
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
</script>`;
}

const RENDERED = {
  static: '() => true',
  lit: '(h) => !!(h.shadowRoot && h.shadowRoot.querySelector("article"))',
  shoelace: '(h) => { const d = h.shadowRoot && h.shadowRoot.querySelector("sl-details"); '
    + 'return !!(d && d.shadowRoot && d.shadowRoot.querySelector("[part=base]")); }',
  project: '(h) => h.dataset.esState === "ready" && !!(h.shadowRoot || h).querySelector(".es-card")',
  upgrade: '(h) => h.dataset.esState === "ready"',
};
RENDERED.eager = RENDERED.project;
RENDERED.hinted = RENDERED.project;

function page(variant, n, { head, card }) {
  const parts = [paragraph(0)];
  for (let i = 0; i < n; i++) parts.push(card(i), paragraph(i + 1));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${variant} × ${n}</title>
<link rel="icon" href="data:,">
${probe(n, RENDERED[variant])}
${head}
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}

/** Builds the CLI once and renders the seed card with `flags`; `card(i)` gives copy i its own ids. */
function cliCard(flags) {
  const meta = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: root, encoding: 'utf8' }));
  const binary = resolve(meta.target_directory, 'release', 'exec-summary');
  const html = execFileSync(binary, ['render', SEED, '--id-prefix', 'XPFX-', ...flags], { cwd: root, encoding: 'utf8' }).trimEnd();
  return (i) => html.replaceAll('XPFX-', `es${i + 1}-`);
}

/** The pages of every variant for N cards; `plain` and `embedded` render copy i of the CLI's card. */
function pages(n, plain, embedded) {
  const css = `<link rel="stylesheet" href="${CSS_HREF}">`;
  // The loader as the README gives it. Memory counters (ExecSummary.__stats) need the debug option.
  const loader = (config = '') => `<script>window.ExecSummaryConfig = { debug: true${config} };</script>\n`
    + '<script src="/pkg/exec-summary.js" defer blocking="render"></script>';
  return {
    static: () => page('static', n, { head: css, card: (i) => `<div data-bench>${plain(i)}</div>` }),
    lit: () => page('lit', n, {
      head: '<script type="module" src="/peers/lit-card.js"></script>',
      card: () => `<lit-summary-card data-bench src="${SEED_URL}"></lit-summary-card>`,
    }),
    shoelace: () => page('shoelace', n, {
      head: '<link rel="stylesheet" href="/peers/shoelace-light.css">\n<script type="module" src="/peers/shoelace-card.js"></script>',
      card: () => `<sl-summary-card data-bench src="${SEED_URL}"></sl-summary-card>`,
    }),
    project: () => page('project', n, {
      head: loader(),
      card: () => `<div class="exec-summary" data-bench data-src="${SEED_URL}"></div>`,
    }),
    // Every card at once, as the peers do: rendering speed without lazy mounting.
    eager: () => page('eager', n, {
      head: loader(", loading: 'eager'"),
      card: () => `<div class="exec-summary" data-bench data-src="${SEED_URL}"></div>`,
    }),
    // As the README advises for cards above the fold: the host says how tall the card will be
    // (its example's 900 px; the seed card is 904 px tall here).
    hinted: () => page('hinted', n, {
      head: loader(),
      card: () => `<div class="exec-summary" data-bench data-src="${SEED_URL}" data-height="900"></div>`,
    }),
    upgrade: () => page('upgrade', n, {
      head: `${css}\n${loader()}`,
      card: (i) => embedded(i).replace('<div class="exec-summary"', '<div class="exec-summary" data-bench'),
    }),
  };
}

/** A page whose one card is far below the fold and never scrolled to: what does it download? */
function belowTheFoldPage() {
  const text = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench: card below the fold</title><link rel="icon" href="data:,">
<script src="/pkg/exec-summary.js" defer></script></head>
<body><main>${text}\n<div class="exec-summary" data-src="${SEED_URL}"></div>\n${paragraph(61)}</main></body></html>
`;
}

// ---------------------------------------------------------------------------------------------
// 4. Measurement

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits = 1) => (x === undefined ? undefined : Number(x.toFixed(digits)));

/** GETs `url` from the bench server and returns its brotli size (memoised by URL). */
const bodyCache = new Map();
async function brotliOf(url) {
  if (!bodyCache.has(url)) {
    const response = await fetch(url);
    bodyCache.set(url, brotli(Buffer.from(await response.arrayBuffer())));
  }
  return bodyCache.get(url);
}

/** Bytes the page downloaded: every response with a body, each compressed with brotli. */
async function downloaded(tab) {
  const entries = await tab.evaluate(() => [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ].map((e) => ({ url: e.name, raw: e.decodedBodySize, got: e.encodedBodySize > 0 && e.transferSize > 0 })));
  let raw = 0;
  let compressed = 0;
  const files = {};
  for (const entry of entries) {
    if (!entry.got) continue; // from the memory cache, or a 304
    const path = new URL(entry.url).pathname;
    const size = await brotliOf(entry.url);
    raw += entry.raw;
    compressed += size;
    files[path] = (files[path] ?? 0) + size;
  }
  return { requests: entries.filter((e) => e.got).length, raw, brotli: compressed, files };
}

/** One navigation in a fresh context (cold HTTP cache); resolves to the page's marks. */
async function measure(browser, url, { bytes = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (err) => problems.push(String(err)));
    tab.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    if (LATENCY_MS) {
      const network = await context.newCDPSession(tab);
      await network.send('Network.enable');
      await network.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 });
    }
    // Waiting on a console message, not page.waitForFunction: Playwright's first evaluation in a
    // page injects its own script (~10–20 ms of main-thread work), which would land in the middle
    // of what is measured.
    const done = tab.waitForEvent('console', { predicate: (msg) => msg.text() === 'bench:done', timeout: NAV_TIMEOUT_MS });
    done.catch(() => {}); // a failed navigation is reported by goto
    await tab.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    await done;
    const marks = await tab.evaluate(() => window.__bench);
    if (marks.cards !== marks.expected) throw new Error(`${url}: ${marks.cards} cards rendered, expected ${marks.expected}`);
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    const wasm = await tab.evaluate(() => (window.ExecSummary?.__stats ? window.ExecSummary.__stats().then((s) => s.wasmMemory) : 0));
    const sample = {
      first: round(marks.first, 1),
      all: round(marks.all, 1),
      cls: round(marks.cls, 4),
      shifts: marks.shifts,
      longTasks: marks.longTasks,
      longTaskMax: round(marks.longTaskMax, 0),
      longestFrame: round(marks.longestFrame, 0),
      jsHeap: usedSize,
      wasmMemory: wasm,
    };
    if (bytes) sample.bytes = await downloaded(tab);
    return sample;
  } finally {
    await context.close();
  }
}

function summarise(samples) {
  const pick = (key, digits = 1) => round(median(samples.map((s) => s[key])), digits);
  return {
    first: pick('first'),
    all: pick('all'),
    cls: pick('cls', 4),
    longTasks: pick('longTasks', 0),
    longTaskMax: pick('longTaskMax', 0),
    longestFrame: pick('longestFrame', 0),
    jsHeap: pick('jsHeap', 0),
    wasmMemory: pick('wasmMemory', 0),
    bytes: samples[0].bytes,
  };
}

// ---------------------------------------------------------------------------------------------
// 4b. Native batch rendering: scripts/bench-batch.sh (the CLI against a plain JavaScript template,
// same documents, same run), on the disk and, where there is one, in memory (tmpfs), which shows
// the renderers rather than the file system.

const BATCH_LINE = /bench-batch: (\d+) cards in ([\d.]+) s = (\d+) cards\/s on (\d+) cores \((?:(\d+) cards per CPU-second, )?/;
const TEMPLATE_LINE = /plain JS template: (\d+) cards in ([\d.]+) s = (\d+) cards\/s/;

function batchRun(count, where, env) {
  const output = execFileSync('bash', ['scripts/bench-batch.sh', String(count)], {
    cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  const rust = BATCH_LINE.exec(output);
  const template = TEMPLATE_LINE.exec(output);
  if (!rust || !template) throw new Error(`bench-batch.sh printed no figures:\n${output}`);
  log(`batch (${where}): ${rust[3]} cards/s, template ${template[3]} cards/s`);
  return {
    where,
    cards: Number(rust[1]),
    cores: Number(rust[4]),
    seconds: Number(rust[2]),
    cardsPerSecond: Number(rust[3]),
    cardsPerCpuSecond: rust[5] ? Number(rust[5]) : undefined,
    template: { seconds: Number(template[2]), cardsPerSecond: Number(template[3]) },
  };
}

function batchRuns(count) {
  if (!count) return [];
  const runs = [batchRun(count, 'on disk', {})];
  if (existsSync('/dev/shm')) runs.push(batchRun(count, 'in memory, tmpfs', { TMPDIR: '/dev/shm' }));
  return runs;
}

// ---------------------------------------------------------------------------------------------
// 5. Report

// The report itself (targets, markdown, bench/REPORT.md) is scripts/bench-report.mjs.

// ---------------------------------------------------------------------------------------------

const sizeReport = sizes();
const peerFiles = await buildPeers();
const routes = {};
const fileRoute = (body, type) => (req, res) => {
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
};
for (const [path, body] of Object.entries(peerFiles)) {
  routes[path] = fileRoute(body, path.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
}
log('building the CLI (cargo build --release) …');
execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'exec-summary'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
const plainCard = cliCard([]);
const embeddedCard = cliCard(['--embed-data']);
for (const n of COUNTS) {
  const kinds = pages(n, plainCard, embeddedCard);
  for (const variant of CHOSEN) {
    routes[`/bench/${variant}-${n}.html`] = fileRoute(Buffer.from(kinds[variant]()), 'text/html; charset=utf-8');
  }
}
routes['/bench/below-the-fold.html'] = fileRoute(Buffer.from(belowTheFoldPage()), 'text/html; charset=utf-8');

if (args.serve) {
  const { url } = await startServer({ routes, pkg: args.pkg ? PKG : undefined, port: Number(process.env.PORT) || 0 });
  log(`serving ${Object.keys(routes).filter((r) => r.startsWith('/bench/')).map((r) => url + r).join(' ')}`);
  await new Promise(() => {});
}

const loadBefore = os.loadavg()[0];
const cpuBefore = cpuTimes();
if (loadBefore > os.cpus().length) log(`warning: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} CPUs; timings will be noisy`);
const { server, url } = await startServer({ routes, pkg: args.pkg ? PKG : undefined });
const browser = await launch({ args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
const started = Date.now();
let results;
try {
  // Browser start-up is not billed to the first sample: one discarded navigation of each kind.
  for (const variant of CHOSEN) await measure(browser, `${url}/bench/${variant}-${COUNTS[0]}.html`);

  // A page whose card is never scrolled to.
  const below = await (async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const tab = await context.newPage();
      await tab.goto(`${url}/bench/below-the-fold.html`, { waitUntil: 'load' });
      await tab.waitForTimeout(1000);
      const got = await downloaded(tab);
      return { requests: Object.keys(got.files).map((p) => p.split('/').pop() || p), brotli: got.brotli };
    } finally {
      await context.close();
    }
  })();

  const speed = [];
  for (const n of COUNTS) {
    const runs = n >= 1000 ? RUNS_LARGE : RUNS;
    const samples = Object.fromEntries(CHOSEN.map((v) => [v, []]));
    for (let run = 0; run < runs; run++) {
      // Rotate the order, so slow drift of the machine hits every variant alike.
      const order = CHOSEN.map((_, i) => CHOSEN[(i + run) % CHOSEN.length]);
      for (const variant of order) {
        samples[variant].push(await measure(browser, `${url}/bench/${variant}-${n}.html`, { bytes: run === 0 }));
      }
    }
    const variants = {};
    for (const variant of CHOSEN) {
      // The sample with bytes goes first, so summarise() finds them.
      samples[variant].sort((a, b) => (b.bytes ? 1 : 0) - (a.bytes ? 1 : 0));
      variants[variant] = summarise(samples[variant]);
    }
    log(`N=${n}: ${CHOSEN.map((v) => `${v} ${variants[v].all} ms, CLS ${variants[v].cls}`).join('; ')}`);
    speed.push({ n, runs, variants, samples });
  }

  const cpus = os.cpus();
  results = {
    date: new Date().toISOString(),
    machine: {
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      cpuCount: cpus.length,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      memoryBytes: os.totalmem(),
      node: process.versions.node,
      loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) },
      stealPercent: stealPercent(cpuBefore, cpuTimes()),
    },
    chromium: browser.version(),
    viewport: VIEWPORT,
    latencyMs: LATENCY_MS,
    runs: RUNS,
    runsLarge: RUNS_LARGE,
    counts: COUNTS,
    variants: CHOSEN,
    pkg: args.pkg || 'pkg',
    seed: SEED,
    durationSeconds: round((Date.now() - started) / 1000),
    sizes: sizeReport,
    belowTheFold: below,
    speed,
  };
  results.batch = batchRuns(BATCH);
  results.targets = targets(results);
} finally {
  await browser.close();
  server.closeAllConnections?.();
  server.close();
}

// pkg/ may be rebuilt while the benchmark runs; say so rather than report a mix of two builds.
const changed = sizes().files.filter((f, i) => f.sha256 !== sizeReport.files[i].sha256).map((f) => f.file);
if (changed.length) {
  results.warning = `changed during the run: ${changed.join(', ')}`;
  log(`warning: ${results.warning}; run again for consistent numbers`);
}

const out = resolve(root, args.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
log(`raw results written to ${out} (${results.durationSeconds} s in the browser)`);
const report = markdown(results);
console.log(report);

// The report and the home page's tables follow each run of pkg/ into bench/results.json.
if (!args.pkg && out === resolve(root, 'bench/results.json')) {
  log(rewriteReport({ results: out }) ? 'bench/REPORT.md: report rewritten' : 'bench/REPORT.md: report unchanged');
  log(rewritePage({ results: out }) ? 'www/index.html: size and speed tables rewritten' : 'www/index.html: tables unchanged');
}
