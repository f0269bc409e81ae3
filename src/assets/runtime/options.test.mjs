import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fakeHost } from '../test-support/fake-host.mjs';
import { ATTRIBUTES, OPTIONS } from '../generated/options.js';
import { mergeOptions, optionName, resolveOptions } from './options.js';

/** Options and what the Rust side says of them (written by tests/generated_assets.rs). */
const CASES = JSON.parse(readFileSync(new URL('../generated/option-cases.json', import.meta.url), 'utf8'));

const lines = (warnings) => warnings.map(({ path, message }) => `${path}: ${message}`);

test('every case is checked with the same words and values as the Rust side', () => {
  assert.ok(CASES.length > 5);
  for (const { options, warnings, card } of CASES) {
    const resolved = resolveOptions(options);
    assert.deepEqual(lines(resolved.warnings), warnings, JSON.stringify(options));
    assert.deepEqual(resolved.options, card, JSON.stringify(options));
    for (const warning of resolved.warnings) assert.equal(warning.severity, 'warning');
  }
});

test('with nothing set, nothing is merged and every option has its default', () => {
  assert.deepEqual(mergeOptions(fakeHost('div'), {}, {}), {});
  const { options, warnings } = resolveOptions({});
  assert.deepEqual(warnings, []);
  assert.equal(options.headingLevel, 2);
  assert.equal(options.timeout, 10000);
  assert.deepEqual(options.strings, {});
});

test('the page config < the host attribute < the API option', () => {
  const config = { theme: 'sepia', lang: 'fr', variant: 'compact' };
  const host = fakeHost('div', { 'data-theme': 'dark', 'data-lang': 'de' });
  const merged = mergeOptions(host, config, { theme: 'light' });
  assert.equal(merged.theme, 'light', 'the API option wins');
  assert.equal(merged.lang, 'de', 'the attribute wins over the config');
  assert.equal(merged.variant, 'compact', 'the config fills what the host leaves out');
  assert.equal(mergeOptions(host, config, { theme: undefined }).theme, 'dark', 'undefined is not set');
});

test('plain hosts take data- attributes; <exec-summary> takes bare ones too, data- first', () => {
  assert.equal(mergeOptions(fakeHost('div', { theme: 'dark' }), {}, {}).theme, undefined, 'a bare attribute on a div is the page’s own');
  assert.equal(mergeOptions(fakeHost('exec-summary', { theme: 'dark' }), {}, {}).theme, 'dark');
  assert.equal(mergeOptions(fakeHost('exec-summary', { theme: 'dark', 'data-theme': 'sepia' }), {}, {}).theme, 'sepia');
  // An empty attribute is a value, not an absence: it clears the config's.
  assert.equal(mergeOptions(fakeHost('div', { 'data-theme': '' }), { theme: 'sepia' }, {}).theme, '');
});

test('every option of the list is read from its own attribute, id-prefix included', () => {
  const values = { headingLevel: '5', idPrefix: 'a-', theme: 'dark', variant: 'compact', expanded: 'all', lang: 'ar', strings: '{"expandAll":"Show all"}', timeout: '2500' };
  assert.deepEqual(ATTRIBUTES.map(optionName).sort(), Object.keys(values).sort(), 'a new option needs a value here');
  const attributes = Object.fromEntries(ATTRIBUTES.map((attribute) => [attribute, values[optionName(attribute)]]));
  const { options, warnings } = resolveOptions(mergeOptions(fakeHost('exec-summary', attributes), {}, {}));
  assert.deepEqual(warnings, []);
  assert.deepEqual(options, { ...values, headingLevel: 5, timeout: 2500, strings: { expandAll: 'Show all' } });
  assert.equal(OPTIONS.length, ATTRIBUTES.length);
});

test('the loader’s own settings and the runtime’s data are not options to warn about', () => {
  const merged = mergeOptions(fakeHost('div'), { base: '/pkg/', loading: 'eager', rootMargin: '0px', observe: false, debug: true }, { data: {}, inline: null });
  assert.deepEqual(merged, {});
});

test('a bad value is a warning and the default, never a throw', () => {
  for (const value of [Symbol('x'), () => 1, 10n, NaN, Infinity, [], { toString() { throw new Error('no'); } }]) {
    const { options, warnings } = resolveOptions({ headingLevel: value, theme: value, strings: value, lang: value });
    assert.equal(options.headingLevel, 2);
    assert.equal(options.theme, '');
    assert.equal(warnings.length, 4, String(typeof value));
  }
});
