// What the block saves: the static card (card-markup.js), rendered in the editor and kept in the
// `card` attribute, read back from the saved markup itself. So the block's markup never depends
// on the version of the card module that opens it: a card saved by an earlier release stays valid
// and is shown as saved until its author edits it. The wrapper is the block's own, versioned with
// `deprecated` (deprecated.js).
const { createElement: el, RawHTML } = wp.element;
const { useBlockProps } = wp.blockEditor;

/** Version 1 of the saved markup: the static card in a div. */
export function save({ attributes }) {
  if (!attributes.card) return null;
  return el('div', useBlockProps.save(), el(RawHTML, null, attributes.card));
}
