// Size guard: fails when a shipped file of pkg/ compresses (brotli, quality 11) to more bytes than
// bench/size-budget.json allows, so growth is a decision, not an accident. scripts/test.sh runs it
// after rebuilding pkg/.
//
//   node scripts/check-size.mjs              → check pkg/ against the budget (exit 1 on growth)
//   node scripts/check-size.mjs --update     → write the budget from pkg/ as it is, plus 1% headroom
//   node scripts/check-size.mjs --pkg DIR    → check another build
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = resolve(root, 'bench/size-budget.json');
const { values: args } = parseArgs({ options: { update: { type: 'boolean', default: false }, pkg: { type: 'string', default: 'pkg' } } });

const brotli = (bytes) => zlib.brotliCompressSync(bytes, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
}).length;

const budget = JSON.parse(readFileSync(BUDGET, 'utf8'));
const sizes = Object.fromEntries(Object.keys(budget.files).map((file) => [file, brotli(readFileSync(resolve(root, args.pkg, file)))]));
const total = Object.values(sizes).reduce((a, b) => a + b, 0);

if (args.update) {
  for (const [file, size] of Object.entries(sizes)) budget.files[file] = Math.ceil(size * 1.01);
  budget.total = Math.ceil(total * 1.01);
  writeFileSync(BUDGET, `${JSON.stringify(budget, null, 2)}\n`);
  console.log(`check-size: budget written to bench/size-budget.json (${total} bytes brotli now)`);
  process.exit(0);
}

let over = 0;
for (const [file, size] of Object.entries(sizes)) {
  const limit = budget.files[file];
  const ok = size <= limit;
  if (!ok) over += 1;
  console.log(`check-size: ${ok ? 'ok  ' : 'OVER'} ${file}: ${size} bytes brotli (budget ${limit})`);
}
const ok = total <= budget.total;
if (!ok) over += 1;
console.log(`check-size: ${ok ? 'ok  ' : 'OVER'} total: ${total} bytes brotli (budget ${budget.total}; target ${budget.target})`);
if (over) {
  console.error('check-size: the bundle grew past bench/size-budget.json; make it smaller, or raise the budget '
    + 'deliberately (node scripts/check-size.mjs --update) and say why in the commit');
  process.exit(1);
}
