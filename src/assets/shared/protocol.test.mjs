import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeHost } from '../test-support/fake-host.mjs';
import { CSS_PRELOAD, jsonPreload, PRELOAD, sourceOf, storageKey, takePreload, WASM_PRELOAD } from './protocol.js';

test('a host names its summary with data-src, whatever the element', () => {
  assert.equal(sourceOf(fakeHost('div', { 'data-src': '/a.json' })), '/a.json');
  assert.equal(sourceOf(fakeHost('section', { 'data-src': 'b.json' })), 'b.json');
  assert.equal(sourceOf(fakeHost('exec-summary', { 'data-src': '/a.json' })), '/a.json');
});

test('src names the summary on <exec-summary> only', () => {
  assert.equal(sourceOf(fakeHost('exec-summary', { src: '/a.json' })), '/a.json');
  // On any other element src is that element's own attribute (an <img>'s, an <iframe>'s), not a card's.
  assert.equal(sourceOf(fakeHost('div', { src: '/a.json' })), null);
  assert.equal(sourceOf(fakeHost('iframe', { src: '/page.html' })), null);
});

test('data-src wins over src; an empty attribute names no summary', () => {
  assert.equal(sourceOf(fakeHost('exec-summary', { 'data-src': '/data.json', src: '/src.json' })), '/data.json');
  assert.equal(sourceOf(fakeHost('exec-summary', { 'data-src': '', src: '/src.json' })), '/src.json');
  assert.equal(sourceOf(fakeHost('div', { 'data-src': '' })), null);
  assert.equal(sourceOf(fakeHost('exec-summary', { src: '' })), null);
  assert.equal(sourceOf(fakeHost('div')), null);
});

test('remembered heights are keyed by width and by the URL as the page wrote it', () => {
  // The loader reads what the runtime wrote in an earlier page view, maybe by another version:
  // the format is part of the protocol.
  assert.equal(storageKey(800, '/summaries/a.json'), 'exec-summary:800:/summaries/a.json');
  assert.notEqual(storageKey(800, 'a.json'), storageKey(360, 'a.json'));
});

test('a summary preload can never be taken for the module or the stylesheet', () => {
  assert.notEqual(jsonPreload('wasm'), WASM_PRELOAD);
  assert.notEqual(jsonPreload('css'), CSS_PRELOAD);
  assert.notEqual(jsonPreload('https://a.example/x.json'), jsonPreload('https://a.example/y.json'));
});

test('each preload is taken once, and nothing is taken where the loader started none', (t) => {
  t.after(() => { delete globalThis[PRELOAD]; });
  assert.equal(takePreload(WASM_PRELOAD), undefined);
  const wasm = Promise.resolve('wasm response');
  globalThis[PRELOAD] = { [WASM_PRELOAD]: wasm, [CSS_PRELOAD]: null };
  assert.equal(takePreload(WASM_PRELOAD), wasm);
  assert.equal(takePreload(WASM_PRELOAD), null, 'taken twice');
  assert.equal(takePreload(CSS_PRELOAD), null);
  assert.equal(takePreload(jsonPreload('https://a.example/x.json')), undefined);
});
