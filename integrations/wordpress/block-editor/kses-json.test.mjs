import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ksesSafeJson, parseJsonAttribute } from './kses-json.js';

test('JSON of hostile strings holds no character kses changes, and reads back the same', () => {
  const value = {
    title: '<script>alert("x")</script> & \'quoted\' \\"escaped\\" </textarea>',
    nested: [{ a: 'AT&T &amp; &lt;b&gt;', b: '\\0 \u0000 \u2028' }],
    '<key>&': 1.5,
    trailing: 'ends in a backslash \\',
  };
  const text = ksesSafeJson(value);
  assert.doesNotMatch(text, /[<>&']/);
  // Every quote left delimits a string: none is escaped.
  assert.doesNotMatch(text.replace(/\\\\/g, ''), /\\"/);
  assert.deepEqual(JSON.parse(text), value);
  assert.deepEqual(parseJsonAttribute(text), value);
});

test('a plain string (the text the author pasted) round-trips', () => {
  const source = 'Title\n"Quoted" <b>bold</b> & more';
  assert.equal(parseJsonAttribute(ksesSafeJson(source)), source);
});

test('what is not JSON reads as the fallback', () => {
  assert.equal(parseJsonAttribute('{"a":', 'none'), 'none');
  assert.equal(parseJsonAttribute(undefined, 'none'), 'none');
  assert.equal(parseJsonAttribute(''), null);
});
