// Where the first card's time goes: the benchmark's one-card pages (`lit-1`, `project-1`), loaded
// in headless Chromium on a cold cache and again as a repeat visit (same browser context: HTTP
// cache and Chrome's code caches warm), with the milestones of each load, as medians, against
// the Lit peer. Not part of the test suite; `npm run bench` remains the report of record.
//
//   node scripts/bench-first-card.mjs              → markdown table on stdout (9 runs of each)
//   node scripts/bench-first-card.mjs --runs 15
//   node scripts/bench-first-card.mjs --pkg DIR    → another build of the bundle (a lever)
//
// The pages and the server are the benchmark's own (`scripts/bench.mjs --serve`, started here).
// Milestones come from wrappers installed before the page's scripts (the
// IntersectionObserver callback, WebAssembly instantiation, the host's data-es-state, innerHTML)
// and from Resource Timing; the wrappers cost the page a little, the same on every run.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { launch, CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    pkg: { type: 'string' },
  },
});
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer');
const VARIANTS = ['lit', 'project'];
const VIEWPORT = { width: 1280, height: 720 };
const TIMEOUT_MS = 60000;

/** Starts the benchmark's server for the one-card pages; resolves to { url, stop }. */
function serve() {
  const child = spawn(process.execPath, ['scripts/bench.mjs', '--serve', '--counts', '1', '--variants', VARIANTS.join(','),
    ...(args.pkg ? ['--pkg', args.pkg] : [])], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/serving (http:\/\/[^/\s]+)\//);
      if (match) resolve({ url: match[1], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`bench.mjs --serve exited (${code}): ${seen}`)));
  });
}

/** Installed before the page's own scripts: notes each milestone's time in window.__milestones. */
function milestones() {
  const marks = {};
  window.__milestones = marks;
  const note = (name) => {
    if (!(name in marks)) marks[name] = performance.now();
  };
  const Observer = window.IntersectionObserver;
  window.IntersectionObserver = function (callback, options) {
    return new Observer((entries, observer) => {
      note('observer');
      return callback(entries, observer);
    }, options);
  };
  window.IntersectionObserver.prototype = Observer.prototype;
  const { instantiateStreaming } = WebAssembly;
  WebAssembly.instantiateStreaming = function (...rest) {
    note('instantiate');
    const instance = instantiateStreaming.apply(this, rest);
    instance.then(() => note('instantiated'), () => {});
    return instance;
  };
  const { setAttribute } = Element.prototype;
  Element.prototype.setAttribute = function (name, value) {
    if (name === 'data-es-state') note(`state ${value}`);
    return setAttribute.call(this, name, value);
  };
  const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  Object.defineProperty(Element.prototype, 'innerHTML', {
    configurable: true,
    get() { return inner.get.call(this); },
    set(html) {
      note('insert');
      inner.set.call(this, html);
      note('inserted');
    },
  });
}

/** One load of `variant`'s page; `repeat` loads it once first in the same context. */
async function load(browser, url, variant, repeat) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    await tab.addInitScript(milestones);
    const page = `${url}/bench/${variant}-1.html`;
    const visit = async () => {
      const done = tab.waitForEvent('console', { predicate: (msg) => msg.text() === 'bench:done', timeout: TIMEOUT_MS });
      await tab.goto(page, { waitUntil: 'load', timeout: TIMEOUT_MS });
      await done;
    };
    if (repeat) {
      await visit();
      await tab.goto('about:blank');
      await tab.waitForTimeout(1500); // Chrome writes its code caches after the first load
    }
    await visit();
    return await tab.evaluate(() => {
      const ends = Object.fromEntries(performance.getEntriesByType('resource')
        .map((entry) => [entry.name.split('/').pop(), { start: entry.startTime, end: entry.responseEnd }]));
      return { marks: window.__milestones, resources: ends, first: window.__bench.first };
    });
  } finally {
    await context.close();
  }
}

const JSON_FILE = 'sino-russian-cooperation.json';

/** The milestones of one load, in ms from navigation start (undefined where they do not apply). */
function timeline({ marks, resources, first }) {
  const script = resources['exec-summary.js'] ?? resources['lit-card.js'];
  // Only the runtime's insertion counts (Lit writes innerHTML too, into its templates).
  const ours = marks['state loading'] !== undefined;
  return {
    'script arrived (loader / Lit bundle)': script?.end,
    'host adopted by the loader': marks['state waiting'],
    'observer reported the host': marks.observer,
    'JSON requested': resources[JSON_FILE]?.start,
    'JSON arrived': resources[JSON_FILE]?.end,
    'every download done': Math.max(...Object.values(resources).map((r) => r.end)),
    'wasm instantiation started': marks.instantiate,
    'wasm instance ready': marks.instantiated,
    'card rendered to HTML (wasm)': ours ? marks.insert : undefined,
    'card inserted': ours ? marks.inserted : undefined,
    'first card shows (the benchmark\'s "first card")': first,
    '— of which the wasm render, ms': ours ? marks.insert - marks['state loading'] : undefined,
  };
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const server = await serve();
const browser = await launch({ args: CHROMIUM_ARGS });
const chromium = browser.version();
const columns = [];
try {
  for (const variant of VARIANTS) await load(browser, server.url, variant, false); // start-up, discarded
  const samples = {};
  for (let run = 0; run < RUNS; run++) {
    for (const repeat of [false, true]) {
      for (const variant of run % 2 ? [...VARIANTS].reverse() : VARIANTS) {
        (samples[`${variant} ${repeat}`] ??= []).push(timeline(await load(browser, server.url, variant, repeat)));
      }
    }
    process.stderr.write(`bench-first-card: run ${run + 1}/${RUNS}\n`);
  }
  for (const repeat of [false, true]) {
    for (const variant of VARIANTS) {
      const rows = samples[`${variant} ${repeat}`];
      const label = `${variant === 'lit' ? 'Lit' : 'exec-summary'}, ${repeat ? 'repeat visit' : 'cold'}`;
      columns.push({ label, values: Object.fromEntries(Object.keys(rows[0]).map((k) => [k, median(rows.map((r) => r[k]))])) });
    }
  }
} finally {
  await browser.close();
  server.stop();
}

const cell = (x) => (x === undefined ? '–' : x.toFixed(1));
const lines = [
  `One card, ${RUNS} runs each, medians in ms from navigation start (Chromium ${chromium}, ${VIEWPORT.width}×${VIEWPORT.height}, localhost${args.pkg ? `, bundle ${args.pkg}` : ''})`,
  '',
  `| milestone | ${columns.map((c) => c.label).join(' | ')} |`,
  `|---|${columns.map(() => '--:').join('|')}|`,
];
for (const key of Object.keys(columns[0].values)) {
  lines.push(`| ${key} | ${columns.map((c) => cell(c.values[key])).join(' | ')} |`);
}
const firstKey = 'first card shows (the benchmark\'s "first card")';
const ratio = (a, b) => (a.values[firstKey] / b.values[firstKey]).toFixed(2);
lines.push('', `First card ÷ Lit's: ${ratio(columns[1], columns[0])}× cold, ${ratio(columns[3], columns[2])}× on a repeat visit.`);
console.log(lines.join('\n'));
