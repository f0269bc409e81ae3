// Size breakdown of the wasm module: builds it with scripts/build.sh (the shipped build: same
// toolchain, flags and wasm-bindgen) but keeping function names, runs `twiggy top` (cargo install
// twiggy) and writes bench/size-breakdown.md: bytes per crate and the largest functions. Not part
// of the test suite.
//
//   node scripts/size-breakdown.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(root, 'bench/tmp/size-breakdown');
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });

rmSync(out, { recursive: true, force: true });
run('bash', ['scripts/build.sh'], { PKG_OUT: out, KEEP_NAMES: '1' });
const wasm = resolve(out, 'exec_summary_bg.wasm');
const items = JSON.parse(run('twiggy', ['top', '--format', 'json', '-n', '1000000', wasm]));

/** The crate an item's code comes from: the first path segment of its (demangled) name. */
function crateOf(name) {
  if (name.startsWith('data segment')) return '(data: string literals, tables)';
  if (name.includes('function names')) return null; // stripped from pkg/
  if (/^(elem|table|type|import|export|global|memory|code section|custom section|wasm magic)/.test(name)) return '(wasm structure)';
  const match = name.replace(/^[<&*\s]+(dyn |mut )?/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)/);
  if (!match || !name.includes('::')) return '(other)';
  // Impls on primitive or generic types (`<str as …>`, `<T as …>`) are the standard library's.
  if (/^([A-Z]|str|char|bool|[iuf](8|16|32|64|128|size))$/.test(match[1])) return 'core';
  return match[1];
}

const crates = new Map();
let total = 0;
for (const item of items) {
  const crate = crateOf(item.name);
  if (crate === null) continue;
  total += item.shallow_size;
  crates.set(crate, (crates.get(crate) ?? 0) + item.shallow_size);
}
const shipped = readFileSync(resolve(root, 'pkg/exec_summary_bg.wasm'));
const brotli = zlib.brotliCompressSync(shipped, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const lines = [
  '# What is in the wasm module',
  '',
  `Written by \`node scripts/size-breakdown.mjs\` (twiggy ${run('twiggy', ['--version']).trim().split(' ').pop()}) on ${new Date().toISOString().slice(0, 10)}.`,
  `The shipped \`pkg/exec_summary_bg.wasm\` is ${shipped.length.toLocaleString('en')} bytes, ${brotli.toLocaleString('en')} brotli; `
    + 'bytes below are raw (uncompressed) sizes of the same build with function names kept, which twiggy needs.',
  '',
  '| crate | bytes | share |',
  '|---|--:|--:|',
  ...[...crates].sort((a, b) => b[1] - a[1]).map(([crate, size]) => `| ${crate} | ${size.toLocaleString('en')} | ${(100 * size / total).toFixed(1)}% |`),
  `| **total** | ${total.toLocaleString('en')} | 100% |`,
  '',
  'Largest items:',
  '',
  '| bytes | item |',
  '|--:|---|',
  ...items.filter((i) => crateOf(i.name)).slice(0, 25)
    .map((i) => `| ${i.shallow_size.toLocaleString('en')} | \`${i.name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '').replace(/\|/g, '\\|').slice(0, 140)}\` |`),
  '',
];
writeFileSync(resolve(root, 'bench/size-breakdown.md'), lines.join('\n'));
console.log(lines.slice(0, 30).join('\n'));
