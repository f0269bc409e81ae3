import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { compactScriptJson, staticCard } from './static-card.js';
import { resolveOptions } from '../runtime/options.js';

test('compact script-safe JSON keeps the value and the spelling, drops the whitespace', () => {
  const text = '\uFEFF{\n  "a" : [1.0, 2e3 , "x \\" </script> & \\\\" ],\n\t"\\u0041": {} }\r\n';
  const compact = compactScriptJson(text);
  assert.equal(compact, '{"a":[1.0,2e3,"x \\" \\u003c/script\\u003e \\u0026 \\\\"],"\\u0041":{}}');
  assert.deepEqual(JSON.parse(compact), JSON.parse(text.slice(1)));
});

// The same marker as the CLI's, when the CLI is built (cargo test builds it; the npm package's
// tests compare every example and generated documents with the wasm's own card HTML).
const cli = new URL('../../../target/debug/exec-summary', import.meta.url).pathname;
test('the marker around a card is the one the CLI writes', { skip: !existsSync(cli) && 'the CLI is not built' }, () => {
  const file = new URL('../../../www/examples/sino-russian-cooperation.json', import.meta.url);
  const args = ['render', '--embed-data', '--theme', 'dark', '--heading-level', '3', '--strings', '{"source": "From <here>"}', file.pathname];
  const printed = execFileSync(cli, args, { encoding: 'utf8' });
  const card = printed.slice(printed.indexOf('<article'), printed.lastIndexOf('</div>'));
  const { options } = resolveOptions({ theme: 'dark', headingLevel: 3, strings: { source: 'From <here>' } });
  assert.equal(`${staticCard(card, options, { text: readFileSync(file, 'utf8') })}\n`, printed);
  const pointed = execFileSync(cli, ['render', '--data-src', '/x.json?a=1&b="2"', file.pathname], { encoding: 'utf8' });
  const bare = pointed.slice(pointed.indexOf('<article'), pointed.lastIndexOf('</div>'));
  assert.equal(`${staticCard(bare, resolveOptions({}).options, { dataSrc: '/x.json?a=1&b="2"' })}\n`, pointed);
});
