// A Vite app's first card against the script-tag page's, in the same run: the same host (the seed
// from data-src), once on a page with `<script src="…/exec-summary.js" defer>` and once in an app
// whose code is `import 'exec-summary'`, built by Vite (pinned as in tests/npm/) from the packed
// pkg/. Each load is in a fresh browser context (cold cache), alternating; medians. It prints the
// first card's time (the first animation frame at which the card shows), the bytes the page
// downloaded (brotli, quality 11, of every response, as scripts/bench.mjs counts them), the
// requests, and the round trips before the card (the longest chain of requests each of which
// started only after the one before it had arrived). Not part of the test suite.
//
//   node scripts/bench-first-card-bundled.mjs               → markdown table on stdout (9 runs each)
//   node scripts/bench-first-card-bundled.mjs --latency 50  → with 50 ms added to every request
//   node scripts/bench-first-card-bundled.mjs --pkg DIR     → another build of pkg/
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import sirv from 'sirv';
import { launch } from '../tests/e2e/browser.mjs';
import { ok, project } from '../tests/npm/support.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    latency: { type: 'string', default: '0' },
    pkg: { type: 'string', default: join(root, 'pkg') },
  },
});
const RUNS = Number(args.runs);
const LATENCY_MS = Number(args.latency);
const VIEWPORT = { width: 1280, height: 720 };
const SEED = readFileSync(join(root, 'www/examples/sino-russian-cooperation.json'), 'utf8');

/** Installed first in <head>: notes the first animation frame at which the card shows. */
const PROBE = `<script>
(() => {
  const frame = () => {
    const host = document.querySelector('.exec-summary');
    if (host && host.dataset.esState === 'ready' && host.shadowRoot && host.shadowRoot.querySelector('.es-card')) {
      window.__first = performance.now();
      console.log('bench:done');
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
</script>`;

const page = (head) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>First card</title>
<link rel="icon" href="data:,">
${PROBE}
${head}
</head>
<body>
<main><div class="exec-summary" data-src="/data/seed.json"></div></main>
</body>
</html>
`;

const work = mkdtempSync(join(tmpdir(), 'exec-summary-bench-bundled-'));
try {
  // The Vite app, from the packed package, as tests/npm/ builds it.
  const { stdout } = await ok('npm', ['pack', resolve(args.pkg), '--pack-destination', work, '--json', '--loglevel=error']);
  const app = await project(work, 'vite-app', {
    tarball: join(work, JSON.parse(stdout)[0].filename),
    tools: ['vite'],
    files: { 'index.html': page('<script type="module" src="/src/main.js"></script>'), 'src/main.js': "import 'exec-summary';\n" },
  });
  await ok('npx', ['vite', 'build', '--base', '/vite/'], { cwd: app });

  // One server for both pages: the script tag's pkg/ at /pkg/, the app at /vite/, the JSON at /data/.
  const shipped = sirv(resolve(args.pkg), { dev: true });
  const built = sirv(join(app, 'dist'), { dev: true });
  const script = page('<script src="/pkg/exec-summary.js" defer></script>');
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const notFound = () => { res.writeHead(404); res.end(); };
    if (path === '/script/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(script);
    }
    if (path === '/data/seed.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(SEED);
    }
    for (const [prefix, files] of [['/pkg/', shipped], ['/vite/', built]]) {
      if (path.startsWith(prefix)) {
        req.url = req.url.slice(prefix.length - 1);
        return files(req, res, notFound);
      }
    }
    return notFound();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${server.address().port}`;
  const bodies = new Map();
  const brotli = async (url) => {
    if (!bodies.has(url)) {
      const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
      bodies.set(url, zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
    }
    return bodies.get(url);
  };

  const browser = await launch();
  /** One cold load of `url`: { first, bytes, requests, roundTrips, files }. */
  async function load(url) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const tab = await context.newPage();
      if (LATENCY_MS) {
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 });
      }
      const done = tab.waitForEvent('console', { predicate: (msg) => msg.text() === 'bench:done', timeout: 60000 });
      await tab.goto(url, { waitUntil: 'load' });
      await done;
      const { first, entries } = await tab.evaluate(() => ({
        first: window.__first,
        entries: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .filter((e) => e.transferSize > 0)
          .map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd })),
      }));
      // Round trips: each request is one more than the longest chain of requests that had all
      // arrived before it started.
      const sorted = [...entries].sort((a, b) => a.start - b.start);
      for (const entry of sorted) {
        entry.trip = 1 + Math.max(0, ...sorted.filter((e) => e !== entry && e.end <= entry.start).map((e) => e.trip ?? 0));
      }
      let bytes = 0;
      for (const entry of entries) bytes += await brotli(entry.url);
      return { first, bytes, requests: entries.length, roundTrips: Math.max(...sorted.map((e) => e.trip)), files: entries.map((e) => new URL(e.url).pathname) };
    } finally {
      await context.close();
    }
  }

  const variants = { 'script tag': `${base}/script/`, 'Vite app': `${base}/vite/` };
  for (const url of Object.values(variants)) await load(url); // browser start-up, discarded
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run += 1) {
    const order = run % 2 ? Object.keys(variants).reverse() : Object.keys(variants);
    for (const name of order) samples[name].push(await load(variants[name]));
    process.stderr.write(`bench-first-card-bundled: run ${run + 1}/${RUNS}\n`);
  }
  await browser.close();
  server.close();

  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const lines = [
    `One card from data-src, ${RUNS} cold loads each, alternating, medians (Chromium ${browser.version()}, localhost${LATENCY_MS ? ` + ${LATENCY_MS} ms per request` : ''})`,
    '',
    '| page | first card, ms | bytes (brotli) | requests | round trips | files |',
    '|---|--:|--:|--:|--:|---|',
  ];
  for (const [name, list] of Object.entries(samples)) {
    lines.push(`| ${name} | ${median(list.map((s) => s.first)).toFixed(1)} | ${median(list.map((s) => s.bytes)).toLocaleString('en')} | ${median(list.map((s) => s.requests))} | ${median(list.map((s) => s.roundTrips))} | ${list[0].files.map((f) => `\`${f}\``).join(', ')} |`);
  }
  const ratio = median(samples['Vite app'].map((s) => s.first)) / median(samples['script tag'].map((s) => s.first));
  lines.push('', `Vite app's first card ÷ the script tag's: ${ratio.toFixed(2)}×.`);
  console.log(lines.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
