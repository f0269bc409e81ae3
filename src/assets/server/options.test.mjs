import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolveStaticOptions } from './options.js';

/** Options and what the Rust side says of them for a static render (tests/generated_assets.rs). */
const CASES = JSON.parse(readFileSync(new URL('../generated/static-option-cases.json', import.meta.url), 'utf8'));

const lines = (warnings) => warnings.map(({ path, message }) => `${path}: ${message}`);

test('every case is checked with the same words, values and marker as the Rust side', () => {
  assert.ok(CASES.length > 10);
  for (const { options, warnings, card, marker } of CASES) {
    const resolved = resolveStaticOptions(options);
    assert.deepEqual(lines(resolved.warnings), warnings, JSON.stringify(options));
    assert.deepEqual(resolved.options, card, JSON.stringify(options));
    assert.deepEqual(resolved.marker, marker, JSON.stringify(options));
    for (const warning of resolved.warnings) assert.equal(warning.severity, 'warning');
  }
});

test('an option set to undefined is not there, as JSON.stringify leaves it out', () => {
  assert.deepEqual(resolveStaticOptions({ theme: undefined, timeout: undefined, embedData: undefined }), resolveStaticOptions({}));
});

test('options that cannot be read are a warning, never thrown', () => {
  const throwing = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
  assert.deepEqual(resolveStaticOptions(throwing).warnings.map(({ path, message }) => `${path}: ${message}`),
    ['options: could not be read (no keys): every option has its default']);
  const getter = { theme: 'dark', get lang() { throw new Error('no lang'); }, embedData: true };
  const resolved = resolveStaticOptions(getter);
  assert.deepEqual(resolved.warnings.map(({ path, message }) => `${path}: ${message}`), ['options.lang: could not be read (no lang), ignored']);
  assert.equal(resolved.options.theme, 'dark');
  assert.deepEqual(resolved.marker, { embedData: true });
});
