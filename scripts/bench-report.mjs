// The benchmark's report, bench/REPORT.md, generated from its raw results, bench/results.json.
//
//   node scripts/bench-report.mjs            → rewrites bench/REPORT.md from bench/results.json
//   node scripts/bench-report.mjs --check    → exits 1 (saying where) if bench/REPORT.md differs
//   node scripts/bench-report.mjs --results other.json --report other.md
//
// `npm run bench` (scripts/bench.mjs) records targets() in the results, prints markdown() on
// stdout, and after a run of pkg/ into bench/results.json rewrites bench/REPORT.md (and the home
// page's tables, scripts/bench-table.mjs). The output depends on results.json only: running it
// twice changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

export const RESULTS = resolve(root, 'bench/results.json');
export const REPORT = resolve(root, 'bench/REPORT.md');

/** Variant key in results.json → its name in the report. */
export const LABELS = {
  static: 'static HTML (limit)',
  lit: 'Lit',
  shoelace: 'Shoelace',
  project: 'exec-summary, data-src',
  upgrade: 'exec-summary, upgraded static',
  eager: 'exec-summary, data-src, eager',
  hinted: 'exec-summary, data-src, data-height',
};

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
const ms = (x) => (x === undefined ? '–' : `${Math.round(x).toLocaleString('en')} ms`);
const times = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

/** The issue's targets, each with whether this run met it. */
export function targets(results) {
  const row = (n) => results.speed.find((r) => r.n === n);
  const v = (n, variant) => row(n)?.variants[variant];
  const files = Object.fromEntries(results.sizes.files.map((f) => [f.file.replace('pkg/', ''), f.brotli]));
  const list = [];
  const add = (target, measured, met) => list.push({ target, measured, met });
  add('one card downloads ≤ 45 KB brotli (loader + runtime + glue + wasm + CSS)', kib(results.sizes.total.brotli), results.sizes.total.brotli <= 45 * 1024);
  add('loader ≤ 2 KB brotli', `${files['exec-summary.js']} B`, files['exec-summary.js'] <= 2048);
  add('no wasm until a card nears the viewport', `card never scrolled to: ${results.belowTheFold.requests.join(', ')}`,
    !results.belowTheFold.requests.some((r) => r.endsWith('.wasm')));
  if (v(1, 'project') && v(1, 'lit')) {
    add('1 card from data-src no slower than Lit', `${ms(v(1, 'project').all)} vs ${ms(v(1, 'lit').all)}`, v(1, 'project').all <= v(1, 'lit').all);
  }
  for (const variant of ['eager', 'project']) {
    if (v(100, variant) && v(100, 'shoelace')) {
      add(`100 cards in ≤ half of Shoelace's time (${LABELS[variant]})`, `${ms(v(100, variant).all)} vs ${ms(v(100, 'shoelace').all)}`,
        v(100, variant).all <= v(100, 'shoelace').all / 2);
    }
  }
  for (const n of [100, 1000]) {
    for (const variant of ['project', 'eager']) {
      const s = v(n, variant);
      if (s) add(`${n} cards: no long task > 50 ms (${LABELS[variant]})`, `${s.longTasks} (longest ${s.longTaskMax} ms)`, s.longTasks === 0);
    }
  }
  if (v(100, 'project')) add('CLS ≤ 0.01 with 100 cards (data-src)', String(v(100, 'project').cls), v(100, 'project').cls <= 0.01);
  if (v(100, 'hinted')) add('CLS ≤ 0.01 with 100 cards (data-src with data-height, as the README advises)', String(v(100, 'hinted').cls), v(100, 'hinted').cls <= 0.01);
  if (v(100, 'upgrade')) add('static card upgrades with CLS 0', String(v(100, 'upgrade').cls), v(100, 'upgrade').cls === 0);
  for (const b of results.batch ?? []) {
    add(`batch static rendering ≥ 10,000 cards/s (${b.where})`, `${b.cardsPerSecond.toLocaleString('en')} cards/s`, b.cardsPerSecond >= 10000);
    add(`batch static rendering no slower than a plain JS template (${b.where})`,
      `${b.cardsPerSecond.toLocaleString('en')} vs ${b.template.cardsPerSecond.toLocaleString('en')} cards/s`, b.cardsPerSecond >= b.template.cardsPerSecond);
  }
  return list;
}

/** The run's section of the report: machine, bytes, speed, ratios, batch render, targets. */
export function markdown(results) {
  const lines = [];
  const { machine } = results;
  lines.push(`## Run of ${results.date.slice(0, 16).replace('T', ' ')} UTC`, '');
  lines.push(`${machine.cpuModel} × ${machine.cpuCount}, ${machine.os}, Chromium ${results.chromium}, Node ${machine.node}, `
    + `viewport ${results.viewport.width}×${results.viewport.height}; medians of ${results.runs} runs (${results.runsLarge} for N ≥ 1000), each in a fresh `
    + `browser context (cold HTTP cache)${results.latencyMs ? `, ${results.latencyMs} ms added to every request` : ''}; `
    + `load average ${machine.loadAverage.before} → ${machine.loadAverage.after}`
    + `${machine.stealPercent === undefined ? '' : `, ${machine.stealPercent} % of the CPU time taken by the virtual machine's host (steal)`}.`, '');
  if (results.warning) lines.push(`> Warning: pkg/ ${results.warning}.`, '');
  lines.push('**What a page downloads for one card** (brotli -q 11; the dev server sends it uncompressed)', '');
  lines.push('| file | role | raw | gzip -9 | brotli |', '|---|---|--:|--:|--:|');
  for (const f of [...results.sizes.files, results.sizes.total]) {
    const name = f.file === 'total' ? '**total**' : `\`${f.file}\``;
    lines.push(`| ${name} | ${f.role} | ${f.raw.toLocaleString('en')} | ${f.gzip.toLocaleString('en')} | ${f.brotli.toLocaleString('en')} |`);
  }
  lines.push('', `A page whose only card is never scrolled to downloads ${results.belowTheFold.requests.length} files, `
    + `${kib(results.belowTheFold.brotli)} brotli: ${results.belowTheFold.requests.map((r) => `\`${r}\``).join(', ')}.`, '');
  lines.push('**N seed cards with host text between them** (times from navigation start; "all" after scrolling through the page)', '');
  lines.push('| N | variant | page bytes (brotli) | first card | all cards | CLS | JS heap | wasm memory | long tasks (longest) | longest frame |',
    '|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const row of results.speed) {
    for (const variant of results.variants) {
      const s = row.variants[variant];
      if (!s) continue;
      lines.push(`| ${row.n} | ${LABELS[variant]} | ${kib(s.bytes.brotli)} | ${ms(s.first)} | ${ms(s.all)} | ${s.cls} `
        + `| ${mib(s.jsHeap)} | ${s.wasmMemory ? mib(s.wasmMemory) : '–'} | ${s.longTasks}${s.longTasks ? ` (${s.longTaskMax} ms)` : ''} | ${s.longestFrame} ms |`);
    }
  }
  const peers = ['static', 'lit', 'shoelace'].filter((p) => results.variants.includes(p));
  const ours = ['project', 'eager', 'hinted', 'upgrade'].filter((p) => results.variants.includes(p));
  if (ours.length && peers.length) {
    lines.push('', '**Ratios** (exec-summary ÷ the other; below 1 is better)', '');
    lines.push(`| N | exec-summary | ${peers.map((p) => `bytes ÷ ${LABELS[p]}`).join(' | ')} | ${peers.map((p) => `first card ÷ ${LABELS[p]}`).join(' | ')} `
      + `| ${peers.map((p) => `all cards ÷ ${LABELS[p]}`).join(' | ')} |`,
      `|--:|---|${peers.map(() => '--:').join('|')}|${peers.map(() => '--:').join('|')}|${peers.map(() => '--:').join('|')}|`);
    for (const row of results.speed) {
      for (const variant of ours) {
        const p = row.variants[variant];
        lines.push(`| ${row.n} | ${LABELS[variant].replace('exec-summary, ', '')} | ${peers.map((q) => times(p.bytes.brotli, row.variants[q].bytes.brotli)).join(' | ')} `
          + `| ${peers.map((q) => times(p.first, row.variants[q].first)).join(' | ')} | ${peers.map((q) => times(p.all, row.variants[q].all)).join(' | ')} |`);
      }
    }
  }
  if (results.batch?.length) {
    lines.push('', `**Batch static rendering** (\`scripts/bench-batch.sh ${results.batch[0].cards}\`: \`exec-summary render --out-dir\` on all cores `
      + 'against a plain JavaScript template, one Node process per core, same documents)', '');
    lines.push('| where | exec-summary | per CPU-second | JS template | ratio |', '|---|--:|--:|--:|--:|');
    for (const b of results.batch) {
      lines.push(`| ${b.where} | ${b.cardsPerSecond.toLocaleString('en')} cards/s (${b.seconds} s) | ${b.cardsPerCpuSecond?.toLocaleString('en') ?? '–'} `
        + `| ${b.template.cardsPerSecond.toLocaleString('en')} cards/s (${b.template.seconds} s) | ${times(b.cardsPerSecond, b.template.cardsPerSecond)} |`);
    }
  }
  lines.push('', '**Targets**', '', '| target | measured | met |', '|---|---|:-:|');
  for (const t of targets(results)) lines.push(`| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
  lines.push('', 'First card / all cards: the first animation frame at which one / every card shows (exec-summary: '
    + '`data-es-state="ready"` with its card in the DOM; upgraded static cards show from the first paint and count when interactive). '
    + 'CLS: sum of layout-shift values without recent input over the whole run. JS heap: after a forced garbage collection. '
    + 'Long tasks: over 50 ms, from the Long Tasks API. Longest frame: longest gap between animation frames while the page scrolled.');
  return lines.join('\n');
}

/** The whole of bench/REPORT.md: what the benchmark does, then the run's section. */
export function reportFile(results) {
  return `${[
    '# Size and speed report',
    '',
    '<!-- Written by scripts/bench-report.mjs from bench/results.json (npm run bench runs it): edit the script, not this file. -->',
    '',
    '`npm run bench` (`scripts/bench.mjs`) puts the seed card on a page N times (by default 1, 10, 100 and 1,000), with host '
      + 'text between the cards, and loads each page in headless Chromium: as static HTML, by a Lit peer, by Shoelace\'s '
      + '`sl-details`, and by this project (from `data-src`, lazily while scrolling and eagerly, with `data-height`, and '
      + 'upgrading static cards), in one run; then it times the native batch render against a plain JavaScript template '
      + '(`scripts/bench-batch.sh`). Raw data: [`results.json`](results.json). How it measures, what each field means, and '
      + 'what each size and speed lever measured and why it was kept or not: [`README.md`](README.md).',
    '',
    markdown(results),
  ].join('\n')}\n`;
}

export const readResults = (path = RESULTS) => JSON.parse(readFileSync(path, 'utf8'));

/** Rewrites the report from the results file; returns true if the report changed. */
export function rewriteReport({ results = RESULTS, report = REPORT } = {}) {
  const next = reportFile(readResults(results));
  let have = null;
  try {
    have = readFileSync(report, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  if (next === have) return false;
  writeFileSync(report, next);
  return true;
}

/** Where the report differs from the generated one, or null if it does not. */
export function difference({ results = RESULTS, report = REPORT } = {}) {
  const have = readFileSync(report, 'utf8').split('\n');
  const want = reportFile(readResults(results)).split('\n');
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    if (have[i] !== want[i]) {
      return `line ${i + 1} differs\n  report:    ${have[i] ?? '(file ends)'}\n  generated: ${want[i] ?? '(file ends)'}`;
    }
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      results: { type: 'string', default: RESULTS },
      report: { type: 'string', default: REPORT },
    },
  });
  const paths = { results: resolve(args.results), report: resolve(args.report) };
  if (args.check) {
    const diff = difference(paths);
    if (diff) {
      console.error(`${args.report} is not what ${args.results} gives: ${diff}\n`
        + 'run `node scripts/bench-report.mjs` to regenerate it');
      process.exit(1);
    }
    console.error(`${args.report} matches ${args.results}`);
  } else {
    console.error(`${args.report}: ${rewriteReport(paths) ? 'rewritten' : 'already up to date'}`);
  }
}
