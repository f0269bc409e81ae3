// What the block saves: the static card (card-markup.js), rendered in the editor and kept in the
// `card` attribute, read back from the saved markup itself. So the block's markup never depends
// on the version of the card module that opens it: a card saved by an earlier release stays valid
// and is shown as saved until its author edits it. The wrapper is the block's own, versioned with
// `deprecated` (deprecated.js).
import { lineBreaksAsReferences } from './card-markup.js';

const { createElement: el, RawHTML } = wp.element;
const { useBlockProps } = wp.blockEditor;

/** The element around the card: a name of its own, which WordPress's wptexturize is told to skip. */
export const WRAPPER = 'exec-summary-block';

/**
 * Version 2 of the saved markup: the static card in <exec-summary-block>. (Version 1 put it in a
 * div, whose text wptexturize rewrote: curly quotes, dashes, ellipses, × in the card's text.)
 */
export function save({ attributes }) {
  if (!attributes.card) return null;
  return el(WRAPPER, useBlockProps.save(), el(RawHTML, null, lineBreaksAsReferences(attributes.card)));
}
