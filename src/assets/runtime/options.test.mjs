import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeHost } from '../test-support/fake-host.mjs';
import { OPTIONS, optionName } from '../shared/option-list.js';
import { mergeOptions } from './options.js';

const DEFAULTS = { headingLevel: 2, theme: '', variant: '', expanded: '', lang: '', strings: '', timeout: 10000 };

test('with nothing set, every option has its default', () => {
  assert.deepEqual(mergeOptions(fakeHost('div'), {}, {}), DEFAULTS);
  assert.deepEqual(mergeOptions(fakeHost('exec-summary'), {}, {}), DEFAULTS);
});

test('the page config < the host attribute < the API option', () => {
  const config = { theme: 'sepia', lang: 'fr', variant: 'compact' };
  const host = fakeHost('div', { 'data-theme': 'dark', 'data-lang': 'de' });
  const merged = mergeOptions(host, config, { theme: 'light' });
  assert.equal(merged.theme, 'light', 'the API option wins');
  assert.equal(merged.lang, 'de', 'the attribute wins over the config');
  assert.equal(merged.variant, 'compact', 'the config fills what the host leaves out');
  // An option the API leaves undefined falls back to the attribute.
  assert.equal(mergeOptions(host, config, { theme: undefined }).theme, 'dark');
});

test('plain hosts take data- attributes; <exec-summary> takes bare ones too, data- first', () => {
  assert.equal(mergeOptions(fakeHost('div', { theme: 'dark' }), {}, {}).theme, '', 'a bare attribute on a div is the page’s own');
  assert.equal(mergeOptions(fakeHost('exec-summary', { theme: 'dark' }), {}, {}).theme, 'dark');
  assert.equal(mergeOptions(fakeHost('exec-summary', { theme: 'dark', 'data-theme': 'sepia' }), {}, {}).theme, 'sepia');
  // An empty attribute is a value, not an absence: it clears the config's.
  assert.equal(mergeOptions(fakeHost('div', { 'data-theme': '' }), { theme: 'sepia' }, {}).theme, '');
});

test('every option of the list is read from its own attribute', () => {
  const values = { headingLevel: '5', theme: 'dark', variant: 'compact', expanded: 'all', lang: 'ar', strings: '{"expandAll":"Show all"}', timeout: '2500' };
  const attributes = Object.fromEntries(Object.keys(OPTIONS).map((attribute) => [attribute, values[optionName(attribute)]]));
  assert.deepEqual(Object.keys(values).sort(), Object.keys(OPTIONS).map(optionName).sort(), 'a new option needs a value here');
  assert.deepEqual(mergeOptions(fakeHost('exec-summary', attributes), {}, {}), { ...values, headingLevel: 5, timeout: 2500 });
  assert.equal(mergeOptions(fakeHost('div', { 'data-heading-level': '3' }), {}, {}).headingLevel, 3);
});

test('the heading level is a number from 2 to 6, else the default', () => {
  const level = (value) => mergeOptions(fakeHost('div', { 'data-heading-level': value }), {}, {}).headingLevel;
  assert.equal(level('4'), 4);
  assert.equal(level('7'), 6);
  assert.equal(level('1'), 2);
  assert.equal(level('0'), 2);
  assert.equal(level('-3'), 2);
  assert.equal(level('h3'), 2);
  assert.equal(mergeOptions(fakeHost('div'), {}, { headingLevel: 9 }).headingLevel, 6);
});

test('the timeout is a positive number of milliseconds, else the default', () => {
  const timeout = (value) => mergeOptions(fakeHost('div'), {}, { timeout: value }).timeout;
  assert.equal(timeout('2500'), 2500);
  assert.equal(timeout(50), 50);
  assert.equal(timeout(0), 10000);
  assert.equal(timeout(-1), 10000);
  assert.equal(timeout('soon'), 10000);
});

test('expanded is all, none or nothing (as in the JSON)', () => {
  const expanded = (value) => mergeOptions(fakeHost('div', { 'data-expanded': value }), {}, {}).expanded;
  assert.equal(expanded('all'), 'all');
  assert.equal(expanded('none'), 'none');
  assert.equal(expanded('some'), '');
  assert.equal(expanded('ALL'), '');
});

test('an option is named by its attribute in camelCase', () => {
  assert.equal(optionName('heading-level'), 'headingLevel');
  assert.equal(optionName('theme'), 'theme');
  assert.equal(optionName('a-b-c'), 'aBC');
});

test('merging leaves the config and the options as they were', () => {
  const config = Object.freeze({ theme: 'dark', headingLevel: '9' });
  const options = Object.freeze({ timeout: '-1', data: { title: 'x' } });
  const merged = mergeOptions(fakeHost('div'), config, options);
  assert.equal(merged.headingLevel, 6);
  assert.equal('data' in merged, false, 'only options are merged, not the data');
});
