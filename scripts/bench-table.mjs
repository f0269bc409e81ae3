// The home page's size and speed tables, generated from the benchmark's raw results.
//
//   node scripts/bench-table.mjs            → rewrites the BENCH_TABLE block of www/index.html
//   node scripts/bench-table.mjs --check    → exits 1 (saying where) if the block differs
//   node scripts/bench-table.mjs --results other.json --page other.html
//
// `npm run bench` (scripts/bench.mjs) calls rewritePage() after it writes bench/results.json, so
// the home page shows the figures of the last run. The output depends on results.json only:
// running it twice changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

export const RESULTS = resolve(root, 'bench/results.json');
export const PAGE = resolve(root, 'www/index.html');
export const BEGIN = '<!-- BENCH_TABLE:BEGIN';
export const END = 'BENCH_TABLE:END -->';

/** Rows of the speed table, in order: variant key in results.json → label. */
export const SPEED_ROWS = [
  ['static', 'static HTML (the limit)'],
  ['lit', 'Lit'],
  ['shoelace', 'Shoelace'],
  ['project', 'exec-summary, data-src (lazy)'],
  ['eager', 'exec-summary, data-src, eager'],
  ['hinted', 'exec-summary, data-src with data-height'],
  ['upgrade', 'exec-summary, upgraded in place'],
];

const INDENT = '    ';

const escape = (text) => String(text)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 1234567 → "1,234,567" (no locale but English, whatever the machine's). */
export const bytes = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const ms = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const cls = (x) => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 3 }) : '–');
const cards = (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'card' : 'cards'}`;
const basename = (path) => path.split('/').pop();
const list = (items) => (items.length < 2 ? items.join('')
  : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** The one-sentence context line. */
function context(results) {
  const { machine } = results;
  const runs = new Map();
  for (const row of results.speed) runs.set(row.runs, [...(runs.get(row.runs) ?? []), row.n]);
  const [usual] = [...runs.entries()].sort((a, b) => b[1].length - a[1].length || b[0] - a[0])[0] ?? [results.runs];
  const others = [...runs.entries()].filter(([r]) => r !== usual)
    .map(([r, ns]) => `${r} for ${list(ns.map((n) => n.toLocaleString('en-US')))} cards`);
  const median = `median of ${usual} runs${others.length ? ` (${others.join(', ')})` : ''}`;
  return `Measured by <code>npm run bench</code> on ${escape(results.date.slice(0, 10))}: `
    + `${machine.cpuCount}-core ${escape(machine.cpuModel)}, headless Chromium ${escape(results.chromium)}, `
    + `${median}, pages served from localhost with a cold cache for every run.`;
}

/** The bytes table and the below-the-fold line. */
function bytesTable(results) {
  const { files, total } = results.sizes;
  const rows = files.map((f) => `<tr><th scope="row"><code>${escape(basename(f.file))}</code><br>`
    + `<span class="table__note">${escape(f.role)}</span></th>`
    + `<td class="num">${bytes(f.raw)}</td><td class="num">${bytes(f.brotli)}</td></tr>`);
  const below = results.belowTheFold;
  return [
    '<div class="table-scroll" tabindex="0">',
    '  <table class="table bench-table" id="bench-bytes">',
    '    <caption>What a page downloads for its first card, in bytes (brotli at quality 11)</caption>',
    '    <thead>',
    '      <tr><th scope="col">file</th><th scope="col" class="num">raw</th><th scope="col" class="num">brotli</th></tr>',
    '    </thead>',
    '    <tbody>',
    ...rows.map((r) => `      ${r}`),
    '    </tbody>',
    '    <tfoot>',
    `      <tr><th scope="row">total</th><td class="num">${bytes(total.raw)}</td><td class="num">${bytes(total.brotli)}</td></tr>`,
    '    </tfoot>',
    '  </table>',
    '</div>',
    `<p>A page whose cards are never scrolled to downloads ${bytes(below.brotli)} B (brotli, the page included): `
      + `${list(below.requests.map((r) => `<code>${escape(r)}</code>`))}.</p>`,
  ];
}

/** The speed table: time until every card has rendered, and CLS, per variant and card count. */
function speedTable(results) {
  const counts = results.speed.map((row) => row.n);
  const rows = SPEED_ROWS.filter(([key]) => results.speed.some((row) => row.variants[key]))
    .map(([key, label]) => {
      const cells = results.speed.map((row) => {
        const v = row.variants[key];
        return `<td class="num">${ms(v?.all)}</td><td class="num">${cls(v?.cls)}</td>`;
      });
      return `<tr><th scope="row">${escape(label)}</th>${cells.join('')}</tr>`;
    });
  return [
    '<div class="table-scroll" tabindex="0">',
    '  <table class="table bench-table bench-table--speed" id="bench-speed">',
    '    <caption>Time until every card has rendered, and layout shift, by cards on the page</caption>',
    '    <colgroup><col></colgroup>',
    ...counts.map(() => '    <colgroup span="2"></colgroup>'),
    '    <thead>',
    `      <tr><td></td>${counts.map((n) => `<th scope="colgroup" colspan="2" class="num">${cards(n)}</th>`).join('')}</tr>`,
    `      <tr><th scope="col">rendered by</th>${counts.map(() => '<th scope="col" class="num">ms</th><th scope="col" class="num">CLS</th>').join('')}</tr>`,
    '    </thead>',
    '    <tbody>',
    ...rows.map((r) => `      ${r}`),
    '    </tbody>',
    '  </table>',
    '</div>',
    '<p class="table__note">ms: milliseconds from navigation start until every card has rendered. CLS: cumulative '
      + 'layout shift, the sum of every layout shift over the whole run. Static HTML has no script; Lit and Shoelace '
      + 'fetch the same JSON; exec-summary loads it from <code>data-src</code>, mounting lazy cards as the page is '
      + 'scrolled (the benchmark scrolls to each card as soon as the one before it shows) or every card at once '
      + '(eager). Cards upgraded in place show from the first paint as static HTML; their time is until they are '
      + 'interactive.</p>',
  ];
}

/** The native batch render's line, when the run timed it (first the run on disk, as a site builds). */
function batchLine(results) {
  const [run, ...others] = results.batch ?? [];
  if (!run) return [];
  const rest = others.map((b) => `; ${bytes(b.cardsPerSecond)} cards per second (${escape(b.where)})`).join('');
  return [`<p id="bench-batch">Static rendering on the command line: ${bytes(run.cardsPerSecond)} cards per second `
    + `on ${run.cores} cores (${escape(run.where)}), ${(run.cardsPerSecond / run.template.cardsPerSecond).toFixed(2)}× the speed `
    + `of a plain JavaScript template rendering the same ${bytes(run.cards)} documents in the same run${rest}.</p>`];
}

/** The block's HTML between the two marker comments (without them), indented for www/index.html. */
export function benchTableHtml(results) {
  const lines = [`<p>${context(results)}</p>`];
  if (results.warning) lines.push(`<p><strong>Warning:</strong> pkg/ ${escape(results.warning)}.</p>`);
  lines.push(...bytesTable(results), ...speedTable(results), ...batchLine(results));
  return lines.map((line) => `${INDENT}${line}`).join('\n');
}

/** The whole block, from BEGIN to END, marker comments included. */
export function benchTableBlock(results) {
  return `${BEGIN} — generated by scripts/bench-table.mjs from bench/results.json (npm run bench `
    + `runs it); edit the script, not this block. -->\n${benchTableHtml(results)}\n${INDENT}<!-- ${END}`;
}

/** The block as it stands in `html`, marker comments included; throws if the markers are missing. */
export function extractBlock(html) {
  const start = html.indexOf(BEGIN);
  const end = html.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`no ${BEGIN} … ${END} block in the page`);
  return html.slice(start, end + END.length);
}

/** `html` with its block replaced by the one generated from `results`. */
export function withBlock(html, results) {
  const current = extractBlock(html);
  const start = html.indexOf(current);
  return html.slice(0, start) + benchTableBlock(results) + html.slice(start + current.length);
}

export const readResults = (path = RESULTS) => JSON.parse(readFileSync(path, 'utf8'));

/** Rewrites the page's block from the results file; returns true if the page changed. */
export function rewritePage({ results = RESULTS, page = PAGE } = {}) {
  const html = readFileSync(page, 'utf8');
  const next = withBlock(html, readResults(results));
  if (next === html) return false;
  writeFileSync(page, next);
  return true;
}

/** Where the page's block differs from the generated one, or null if it does not. */
export function difference({ results = RESULTS, page = PAGE } = {}) {
  const have = extractBlock(readFileSync(page, 'utf8')).split('\n');
  const want = benchTableBlock(readResults(results)).split('\n');
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    if (have[i] !== want[i]) {
      return `line ${i + 1} of the block differs\n  page:      ${have[i]?.trim() ?? '(block ends)'}\n  generated: ${want[i]?.trim() ?? '(block ends)'}`;
    }
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      results: { type: 'string', default: RESULTS },
      page: { type: 'string', default: PAGE },
    },
  });
  const paths = { results: resolve(args.results), page: resolve(args.page) };
  if (args.check) {
    const diff = difference(paths);
    if (diff) {
      console.error(`${args.page}: the BENCH_TABLE block is not what ${args.results} gives: ${diff}\n`
        + 'run `node scripts/bench-table.mjs` to regenerate it');
      process.exit(1);
    }
    console.error(`${args.page}: the BENCH_TABLE block matches ${args.results}`);
  } else {
    console.error(`${args.page}: ${rewritePage(paths) ? 'BENCH_TABLE block rewritten' : 'BENCH_TABLE block already up to date'}`);
  }
}
