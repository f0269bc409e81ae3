// Block ⇄ shortcode: [exec_summary src="…"] (typed or pasted, in a Shortcode block or the classic
// editor's text) becomes the block, which loads the document from src; a block that still shows
// the document at its src becomes the shortcode again. A block whose summary was pasted or edited
// has no URL to point at, so it does not.
import { attributesFromShortcode, shortcodeText } from './shortcode.js';

const { createBlock } = wp.blocks;
const NAME = 'exec-summary/card';

const fromText = (text) => {
  const found = wp.shortcode.next('exec_summary', text || '');
  return found ? attributesFromShortcode(found.shortcode.attrs.named) : {};
};

export const transforms = {
  from: [
    {
      type: 'shortcode',
      tag: 'exec_summary',
      transform: ({ named }) => createBlock(NAME, attributesFromShortcode(named)),
    },
    {
      type: 'block',
      blocks: ['core/shortcode'],
      isMatch: ({ text }) => /^\s*\[exec_summary\b[^\]]*\]\s*$/.test(text || ''),
      transform: ({ text }) => createBlock(NAME, fromText(text)),
    },
  ],
  to: [
    {
      type: 'block',
      blocks: ['core/shortcode'],
      isMatch: ({ src }) => Boolean(src),
      transform: (attributes) => createBlock('core/shortcode', { text: shortcodeText(attributes) }),
    },
  ],
};
