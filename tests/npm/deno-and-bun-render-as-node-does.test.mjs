// exec-summary/server in Deno and in Bun (each from the npm registry, which ships their binaries),
// installed from the packed tarball: the same cards as in Node, byte for byte, from the wasm read
// beside the package, and from the module handed to exec-summary/server/portable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, ok, project, useScratch } from './support.mjs';

const EXAMPLES = readdirSync(join(ROOT, 'www/examples')).filter((name) => name.endsWith('.json'))
  .map((name) => readFileSync(join(ROOT, 'www/examples', name), 'utf8'));

/** Renders every example, with and without the marker, in the runtime that runs it; prints JSON. */
const PROBE = `import { readFileSync } from 'node:fs';
import { render, validate } from 'exec-summary/server';
import { createRenderer } from 'exec-summary/server/portable';

const examples = JSON.parse(readFileSync(new URL('./examples.json', import.meta.url), 'utf8'));
const portable = await createRenderer(readFileSync(new URL(import.meta.resolve('exec-summary/exec-summary.wasm'))));
const cards = examples.flatMap((text) => [render(text), render(text, { embedData: true, theme: 'dark' }), portable.render(text, { dataSrc: '/x.json' })]);
console.log(JSON.stringify({ cards, invalid: validate('{"title": 5}'), hostile: render(new Proxy({}, { ownKeys() { throw new Error('no'); } })) }));
`;

let dir;
useScratch(async (scratch) => {
  dir = await project(scratch.dir, 'runtimes', { tarball: scratch.tarball, tools: ['deno', 'bun'] });
  await writeFile(join(dir, 'examples.json'), JSON.stringify(EXAMPLES));
  await writeFile(join(dir, 'probe.mjs'), PROBE);
});

/** What Node prints for the probe: the reference. */
async function inNode() {
  return JSON.parse((await ok(process.execPath, ['probe.mjs'], { cwd: dir })).stdout);
}

for (const [runtime, args] of [['deno', ['run', '--allow-read', '--allow-env', 'probe.mjs']], ['bun', ['probe.mjs']]]) {
  test(`${runtime} renders every example as Node does`, async (t) => {
    const binary = join(dir, 'node_modules/.bin', runtime);
    if (!existsSync(binary)) {
      t.skip(`${runtime} did not install from the npm registry here`);
      return;
    }
    const { stdout } = await ok(binary, args, { cwd: dir, env: { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } });
    const seen = JSON.parse(stdout);
    const node = await inNode();
    assert.equal(seen.cards.length, EXAMPLES.length * 3);
    assert.ok(seen.cards.every((card) => card.ok && card.html.length > 1000));
    assert.deepEqual(seen, node);
  });
}
