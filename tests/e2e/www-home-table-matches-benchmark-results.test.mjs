// The home page's size and speed tables are the benchmark's: the BENCH_TABLE block of
// www/index.html is exactly what scripts/bench-table.mjs generates from bench/results.json (so
// editing either without regenerating fails here), and the page as served shows the total and
// every shipped file of that run. bench/REPORT.md is likewise exactly what scripts/bench-report.mjs
// generates from the same file. BENCH_RESULTS=other.json checks against another results file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPORT, reportFile } from '../../scripts/bench-report.mjs';
import {
  benchTableBlock, bytes, extractBlock, PAGE, readResults, RESULTS, SPEED_ROWS,
} from '../../scripts/bench-table.mjs';
import { openPage } from './browser.mjs';
import { assertQuiet } from './www-support.mjs';
import { useSite } from './support.mjs';

const resultsPath = process.env.BENCH_RESULTS ? resolve(process.env.BENCH_RESULTS) : RESULTS;
const results = readResults(resultsPath);

let url;
let browser;
useSite((site) => ({ url, browser } = site));

test('the committed block is what the generator makes of bench/results.json', () => {
  const committed = extractBlock(readFileSync(PAGE, 'utf8'));
  assert.equal(committed, benchTableBlock(results),
    `www/index.html's BENCH_TABLE block is stale against ${resultsPath}: run node scripts/bench-table.mjs`);
});

test('bench/REPORT.md is what the report generator makes of bench/results.json', () => {
  assert.equal(readFileSync(REPORT, 'utf8'), reportFile(results),
    `bench/REPORT.md is stale against ${resultsPath}: run node scripts/bench-report.mjs`);
  assert.equal(reportFile(structuredClone(results)), reportFile(results));
});

test('the generator is deterministic and follows every figure it shows', () => {
  assert.equal(benchTableBlock(structuredClone(results)), benchTableBlock(results));
  const edited = structuredClone(results);
  edited.sizes.total.brotli += 1;
  assert.notEqual(benchTableBlock(edited), benchTableBlock(results), 'a changed total must change the block');
  const slower = structuredClone(results);
  slower.speed.at(-1).variants.project.all += 1000;
  assert.notEqual(benchTableBlock(slower), benchTableBlock(results), 'a changed time must change the block');
});

test('the home page shows the total and every file of the run', async (t) => {
  const page = await openPage(browser, { viewport: { width: 360, height: 900 } });
  t.after(() => page.context().close());
  await page.goto(`${url}/`);
  const bytesTable = page.locator('table#bench-bytes');
  const speedTable = page.locator('table#bench-speed');
  await bytesTable.waitFor();

  const total = bytesTable.locator('tfoot tr', { has: page.locator('th', { hasText: 'total' }) });
  assert.equal((await total.locator('td').last().textContent()).trim(), bytes(results.sizes.total.brotli));
  assert.equal((await total.locator('td').first().textContent()).trim(), bytes(results.sizes.total.raw));

  const rows = await bytesTable.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    file: tr.querySelector('th code').textContent,
    cells: Array.from(tr.querySelectorAll('td'), (td) => td.textContent.trim()),
  })));
  assert.deepEqual(rows, results.sizes.files.map((f) => ({
    file: f.file.split('/').pop(),
    cells: [bytes(f.raw), bytes(f.brotli)],
  })));

  // One row per variant measured, one ms and one CLS cell per card count, a caption for each table.
  const measured = SPEED_ROWS.filter(([key]) => results.speed.some((row) => row.variants[key]));
  assert.deepEqual(await speedTable.locator('tbody th[scope="row"]').allTextContents(), measured.map(([, label]) => label));
  for (const tr of await speedTable.locator('tbody tr').all()) {
    assert.equal(await tr.locator('td').count(), 2 * results.speed.length);
  }
  for (const table of [bytesTable, speedTable]) assert.notEqual((await table.locator('caption').textContent()).trim(), '');
  // The command line's batch speed, from the same run, on disk first.
  const [batch] = results.batch;
  const line = (await page.locator('#bench-batch').textContent()).replace(/\s+/g, ' ');
  assert.ok(line.includes(`${bytes(batch.cardsPerSecond)} cards per second on ${batch.cores} cores (${batch.where})`), line);
  assert.ok(line.includes(`${(batch.cardsPerSecond / batch.template.cardsPerSecond).toFixed(2)}× the speed`), line);
  assertQuiet(page);
});
