import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lineBreaksAsReferences, savedCard } from './card-markup.js';
import { problemLine, hasErrors, importLine } from './problems.js';
import { resolveOptions } from '../../../src/assets/runtime/options.js';

const cli = new URL('../../../target/debug/exec-summary', import.meta.url).pathname;
const seed = new URL('../../../www/examples/sino-russian-cooperation.json', import.meta.url).pathname;

test('the saved card is the CLI’s --embed-data markup without its data script', { skip: !existsSync(cli) && 'the CLI is not built' }, () => {
  const printed = execFileSync(cli, ['render', '--embed-data', '--theme', 'sepia', '--variant', 'compact', '--heading-level', '3', seed], { encoding: 'utf8' }).trimEnd();
  const card = printed.slice(printed.indexOf('<article'), printed.lastIndexOf('</div>'));
  const { options } = resolveOptions({ theme: 'sepia', variant: 'compact', headingLevel: 3 });
  const saved = savedCard(card, options);
  assert.equal(saved, printed.replace(/<script type="application\/json" class="exec-summary-data">[^<]*<\/script>/, ''));
  assert.match(saved, /^<div class="exec-summary" data-es-static data-heading-level="3" data-theme="sepia" data-variant="compact"><article /);
  assert.doesNotMatch(saved, /<script/);
});

test('line breaks in the saved card are character references, so no URL stands alone on a line', () => {
  const { options } = resolveOptions({});
  const saved = savedCard('<article class="es-card"><p>see\nhttps://example.org/x\r\nnext</p></article>', options);
  assert.equal(lineBreaksAsReferences(saved), '<div class="exec-summary" data-es-static><article class="es-card"><p>see&#10;https://example.org/x&#13;&#10;next</p></article></div>');
});

test('problems read as the CLI prints them', () => {
  assert.equal(problemLine({ path: 'sections[0].title', message: 'required field is missing', severity: 'error' }), 'sections[0].title: required field is missing');
  assert.equal(problemLine({ path: 'sections[0].heading', message: 'unknown field, ignored', severity: 'warning' }), 'warning: sections[0].heading: unknown field, ignored');
  assert.equal(hasErrors([{ severity: 'warning' }]), false);
  assert.equal(hasErrors([{ severity: 'warning' }, { severity: 'error' }]), true);
  assert.equal(importLine({ line: 3, message: 'x' }), 'line 3: x');
});
