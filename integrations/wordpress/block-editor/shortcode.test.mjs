import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributesFromShortcode, shortcodeText } from './shortcode.js';

test('a shortcode’s attributes become the block’s, and back', () => {
  const attributes = attributesFromShortcode({ src: ' /wp-content/uploads/x.json ', theme: 'sepia', heading_level: '3', variant: 'default', other: 'x' });
  assert.deepEqual(attributes, { src: '/wp-content/uploads/x.json', theme: 'sepia', headingLevel: '3' });
  assert.equal(shortcodeText(attributes), '[exec_summary src="/wp-content/uploads/x.json" theme="sepia" heading_level="3"]');
});

test('a value that would end its attribute or the shortcode is left out', () => {
  assert.equal(shortcodeText({ src: '/x.json" onload="x', theme: 'dark]' }), '[exec_summary]');
});
