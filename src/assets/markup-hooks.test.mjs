// The runtime reads the card's markup only through the hooks written from Rust
// (generated/hooks.js): a class or attribute it spelt out itself would go stale, unnoticed, the
// day a component renames it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as HOOKS from './generated/hooks.js';

const here = new URL('./', import.meta.url);
const sources = ['exec-summary.js', 'exec-summary-runtime.js', ...['runtime', 'shared'].flatMap((dir) => readdirSync(new URL(dir, here))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `${dir}/${name}`))];

/** Where `value` stands as a whole word of class or attribute names (not inside a longer one). */
const spelt = (text, value) => new RegExp(`(?<![\\w-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text);

test('no runtime file spells out a hook it could import', () => {
  assert.ok(sources.length > 10, sources.join());
  for (const file of sources) {
    // Comments may name them; code may not.
    const code = readFileSync(new URL(file, here), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const [name, value] of Object.entries(HOOKS)) {
      // The host class is also the loader's and the events' prefix: only its selector form counts.
      const found = name === 'HOST' ? /['"`]\.exec-summary\b/.test(code) : spelt(code, value);
      assert.ok(!found, `${file} spells ${value}: import ${name} from generated/hooks.js`);
    }
  }
});

test('the check finds a hook spelt out', () => {
  assert.ok(spelt("querySelector('.es-card__toggle-all')", HOOKS.TOGGLE_ALL));
  assert.ok(!spelt("querySelector('.es-card__toggle-all-x')", HOOKS.TOGGLE_ALL));
});
