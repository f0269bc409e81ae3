// Size and speed report for the shipped bundle (pkg/). Not part of the test suite.
//
//   npm run bench                        → markdown report on stdout, raw data in bench/results.json
//   npm run bench -- --runs 9            → more runs per measurement (default 5)
//   npm run bench -- --counts 1,10,100   → numbers of cards per page (default 1,10,100)
//   npm run bench -- --out other.json    → write the raw results elsewhere
//
// Sizes: brotli (quality 11) and gzip (level 9) bytes of the four files a page downloads for a card.
// Speed: headless Chromium on localhost renders a page with N copies of the seed card, either live
// (loader + wasm, each host fetching the JSON) or as the CLI's static HTML (the physical limit).
// Every measurement runs in a fresh browser context, so its HTTP cache starts cold. Progress goes
// to stderr; stdout carries only the markdown report, so it can be pasted into the README.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

import { startServer } from './serve.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'www/examples/sino-russian-cooperation.json';
const SEED_URL = '/examples/sino-russian-cooperation.json';
const CSS_HREF = '/pkg/exec-summary.css';
const BUNDLE = ['exec-summary.js', 'exec-summary-runtime.js', 'exec_summary.js', 'exec_summary_bg.wasm', 'exec-summary.css'];
const ROLES = {
  'exec-summary.js': 'loader',
  'exec-summary-runtime.js': 'runtime (fetched with the wasm)',
  'exec_summary.js': 'wasm-bindgen glue',
  'exec_summary_bg.wasm': 'wasm module',
  'exec-summary.css': 'stylesheet',
};
const NAV_TIMEOUT_MS = 60000;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    counts: { type: 'string', default: '1,10,100' },
    out: { type: 'string', default: 'bench/results.json' },
    markdown: { type: 'boolean', default: true }, // the report is always markdown; accepted for clarity
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: node scripts/bench.mjs [--runs 5] [--counts 1,10,100] [--out bench/results.json]');
  process.exit(0);
}
const RUNS = Number(args.runs);
const COUNTS = args.counts.split(',').map(Number);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, not ${args.runs}`);
if (COUNTS.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--counts must list positive integers`);

const log = (...parts) => console.error('bench:', ...parts);

// ---------------------------------------------------------------------------------------------
// 1. Sizes

function sizes() {
  const files = BUNDLE.map((name) => {
    const bytes = readFileSync(resolve(root, 'pkg', name));
    const brotli = zlib.brotliCompressSync(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length;
    const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
    const sha256 = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    return { file: `pkg/${name}`, role: ROLES[name], raw: bytes.length, gzip, brotli, sha256 };
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
// 2. Pages

/** Host-page prose placed before, between and after the cards (the same on both kinds of page). */
function paragraph(i) {
  return `<p>Host paragraph ${i}. The surrounding article keeps flowing around the embedded card: `
    + 'this text stands for the page the card is dropped into, with enough words to wrap over a few '
    + 'lines at the default viewport width, so layout has real work to do on both sides of a card.</p>';
}

function page({ title, head, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** Interleaves paragraphs and N card blocks: p, card, p, card, …, p. */
function interleave(cards) {
  const parts = [paragraph(0)];
  cards.forEach((card, i) => parts.push(card, paragraph(i + 1)));
  return parts.join('\n');
}

// Installed first in <head>. A MutationObserver notes when every host is data-es-state=ready.
// Yew may insert a card's markup in a later task than the one that sets `ready`, so the run then
// waits until every host also holds its rendered card, and ends at the next animation frame (the
// point comparable with the static page's end mark).
const PROJECT_PROBE = (n) => `<script>
(() => {
  const expected = ${n};
  const marks = { expected };
  window.__bench = marks;
  // Every card at once: this measures rendering N cards, not lazy mounting while scrolling.
  window.ExecSummaryConfig = { loading: 'eager' };
  // Cards mount in their host's shadow root.
  const cardOf = (host) => host.shadowRoot && host.shadowRoot.querySelector('.es-card');
  addEventListener('DOMContentLoaded', () => { marks.domContentLoaded = performance.now(); });
  addEventListener('load', () => { marks.load = performance.now(); });
  const finish = () => {
    marks.rendered = performance.now();
    requestAnimationFrame(() => {
      marks.end = performance.now();
      marks.cards = Array.from(document.querySelectorAll('.exec-summary')).filter(cardOf).length;
      marks.done = true;
    });
  };
  const awaitCards = (hosts) => {
    const pending = new Set(hosts.filter((host) => !cardOf(host)));
    if (!pending.size) return finish();
    const cards = new MutationObserver(() => {
      for (const host of pending) if (cardOf(host)) pending.delete(host);
      if (!pending.size) {
        cards.disconnect();
        finish();
      }
    });
    for (const host of pending) cards.observe(host.shadowRoot || host, { childList: true, subtree: true });
  };
  const states = new MutationObserver(() => {
    const hosts = Array.from(document.querySelectorAll('.exec-summary'));
    let ready = 0;
    let failed = 0;
    for (const host of hosts) {
      if (host.dataset.esState === 'ready') ready++;
      else if (host.dataset.esState === 'error') failed++;
    }
    if (failed) {
      states.disconnect();
      marks.error = failed + ' host(s) reached data-es-state=error';
      marks.done = true;
      return;
    }
    if (ready === expected && hosts.length === expected) {
      states.disconnect();
      marks.ready = performance.now();
      awaitCards(hosts);
    }
  });
  states.observe(document.documentElement, {
    subtree: true, attributes: true, attributeFilter: ['data-es-state'],
  });
})();
</script>`;

// The static page: end = first animation frame after the load event (all HTML parsed, the
// stylesheet applied).
const STATIC_PROBE = (n) => `<script>
(() => {
  const marks = { expected: ${n} };
  window.__bench = marks;
  addEventListener('DOMContentLoaded', () => { marks.domContentLoaded = performance.now(); });
  addEventListener('load', () => {
    marks.load = performance.now();
    requestAnimationFrame(() => {
      marks.end = performance.now();
      marks.cards = document.querySelectorAll('.es-card').length;
      marks.done = true;
    });
  });
})();
</script>`;

function projectPage(n) {
  const host = `<div class="exec-summary" data-src="${SEED_URL}"></div>`;
  return page({
    title: `bench: exec-summary × ${n}`,
    head: `${PROJECT_PROBE(n)}\n<script type="module" src="/pkg/exec-summary.js"></script>`,
    body: interleave(Array.from({ length: n }, () => host)),
  });
}

function staticPage(n, render) {
  return page({
    title: `bench: static HTML × ${n}`,
    head: STATIC_PROBE(n),
    body: interleave(Array.from({ length: n }, (_, i) => render(`es${i + 1}-`))),
  });
}

/** Builds the CLI once (cargo run --release) and returns a memoised renderer keyed by id prefix. */
function staticRenderer() {
  const cliArgs = (prefix) => ['render', SEED, '--css-href', CSS_HREF, '--id-prefix', prefix];
  log('building the CLI (cargo run --release) …');
  const first = execFileSync('cargo', ['run', '--release', '--quiet', '--', ...cliArgs('es1-')], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Later copies call the binary cargo just built rather than paying cargo's start-up 100 times.
  const meta = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], {
    cwd: root, encoding: 'utf8',
  }));
  const binary = resolve(meta.target_directory, 'release', 'exec-summary');
  const cache = new Map([['es1-', first.trimEnd()]]);
  return (prefix) => {
    if (!cache.has(prefix)) {
      cache.set(prefix, execFileSync(binary, cliArgs(prefix), {
        cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
      }).trimEnd());
    }
    return cache.get(prefix);
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Measurement

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits = 1) => (x === undefined ? undefined : Number(x.toFixed(digits)));

/** One navigation in a fresh context (cold HTTP cache); resolves to the page's marks. */
async function measure(browser, url) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (err) => problems.push(String(err)));
    tab.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
    await tab.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    await tab.waitForFunction(() => window.__bench?.done, null, { timeout: NAV_TIMEOUT_MS, polling: 50 });
    const marks = await tab.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const resources = performance.getEntriesByType('resource');
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        ...window.__bench,
        firstContentfulPaint: fcp?.startTime,
        requests: resources.length + 1,
        transferBytes: resources.reduce((sum, r) => sum + r.transferSize, nav?.transferSize ?? 0),
      };
    });
    if (marks.error) throw new Error(`${url}: ${marks.error}`);
    if (marks.cards !== marks.expected) {
      throw new Error(`${url}: ${marks.cards} cards rendered, expected ${marks.expected}`);
    }
    if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
    delete marks.done;
    for (const key of ['domContentLoaded', 'load', 'ready', 'rendered', 'end', 'firstContentfulPaint']) {
      if (marks[key] !== undefined) marks[key] = round(marks[key], 2);
    }
    return marks;
  } finally {
    await context.close();
  }
}

function summarise(samples) {
  const pick = (key) => {
    const xs = samples.map((s) => s[key]).filter((x) => typeof x === 'number');
    return xs.length ? round(median(xs)) : undefined;
  };
  const ends = samples.map((s) => s.end);
  return {
    end: pick('end'),
    ready: pick('ready'),
    rendered: pick('rendered'),
    load: pick('load'),
    domContentLoaded: pick('domContentLoaded'),
    firstContentfulPaint: pick('firstContentfulPaint'),
    min: round(Math.min(...ends)),
    max: round(Math.max(...ends)),
    requests: samples[0].requests,
    transferBytes: samples[0].transferBytes,
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Report

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (x) => (x === undefined ? '–' : `${x.toFixed(1)} ms`);

function markdown(results) {
  const lines = [];
  const { machine } = results;
  lines.push(`### exec-summary size and speed (${results.date.slice(0, 10)})`, '');
  lines.push(`${machine.cpuModel} × ${machine.cpuCount}, ${machine.os}, Chromium ${results.chromium}, `
    + `Node ${machine.node}; median of ${results.runs} runs, each in a fresh browser context (cold HTTP cache).`, '');
  if (results.warning) lines.push(`> Warning: pkg/ ${results.warning}.`, '');
  const busiest = Math.max(machine.loadAverage.before, machine.loadAverage.after);
  if (busiest > machine.cpuCount) {
    lines.push(`> Load average reached ${busiest} on ${machine.cpuCount} CPUs during the run: `
      + 'other work competed for the CPU, so the timings are noisy.', '');
  }
  lines.push('**Download for one card** (bytes)', '');
  lines.push('| file | role | raw | gzip -9 | brotli -11 |', '|---|---|--:|--:|--:|');
  for (const f of [...results.sizes.files, results.sizes.total]) {
    const name = f.file === 'total' ? '**total**' : `\`${f.file}\``;
    lines.push(`| ${name} | ${f.role} | ${f.raw.toLocaleString('en')} | ${f.gzip.toLocaleString('en')} `
      + `| ${f.brotli.toLocaleString('en')} (${kb(f.brotli)}) |`);
  }
  lines.push('', '**Time to render N seed cards** (from navigation start, localhost)', '');
  lines.push('| N | exec-summary (wasm) | static HTML (CLI) | ratio | wasm: all `ready` | wasm: all cards in DOM | wasm: load event | static: load event |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const row of results.speed) {
    lines.push(`| ${row.n} | ${ms(row.project.end)} | ${ms(row.static.end)} | ${row.ratio.toFixed(2)}× `
      + `| ${ms(row.project.ready)} | ${ms(row.project.rendered)} | ${ms(row.project.load)} | ${ms(row.static.load)} |`);
  }
  lines.push('', 'exec-summary: every `.exec-summary` host has `data-es-state="ready"` and its card in the DOM, then one animation frame. '
    + 'Static: the CLI\'s `render --css-href` output repeated N times, load event then one animation frame. '
    + 'Ratio = exec-summary / static.');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

const sizeReport = sizes();
const render = staticRenderer();
const routes = {};
for (const n of COUNTS) {
  routes[`/bench/project-${n}.html`] = htmlRoute(projectPage(n));
  routes[`/bench/static-${n}.html`] = htmlRoute(staticPage(n, render));
}

function htmlRoute(html) {
  const body = Buffer.from(html);
  return (req, res) => {
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-length', body.length);
    res.setHeader('cache-control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

const loadBefore = os.loadavg()[0];
if (loadBefore > os.cpus().length) {
  log(`warning: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} CPUs; timings will be noisy`);
}
const { server, url } = await startServer({ routes });
const browser = await launch();
const started = Date.now();
let results;
try {
  // One discarded navigation of each kind, so browser start-up is not billed to the first sample.
  // It runs in its own context, so no HTTP cache carries over.
  await measure(browser, `${url}/bench/project-${COUNTS[0]}.html`);
  await measure(browser, `${url}/bench/static-${COUNTS[0]}.html`);

  const speed = [];
  for (const n of COUNTS) {
    const samples = { project: [], static: [] };
    for (let run = 0; run < RUNS; run++) {
      // Alternate which kind goes first, so slow drift of the machine hits both alike.
      const order = run % 2 ? ['static', 'project'] : ['project', 'static'];
      for (const kind of order) samples[kind].push(await measure(browser, `${url}/bench/${kind}-${n}.html`));
    }
    const project = summarise(samples.project);
    const stat = summarise(samples.static);
    const row = { n, project, static: stat, ratio: round(project.end / stat.end, 2), samples };
    log(`N=${n}: exec-summary ${project.end} ms, static ${stat.end} ms (${row.ratio}×)`);
    speed.push(row);
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
      // 1-minute load average before and after the speed runs: other work on the machine skews timings.
      loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) },
    },
    chromium: browser.version(),
    runs: RUNS,
    counts: COUNTS,
    seed: SEED,
    durationSeconds: round((Date.now() - started) / 1000),
    sizes: sizeReport,
    speed,
  };
} finally {
  await browser.close();
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
log(`raw results written to ${out}`);
console.log(markdown(results));
