// Earlier versions of the block's saved markup, newest first, so that posts saved by an earlier
// release open as valid blocks (and are saved in the current markup when next updated). The
// card inside is kept as saved either way (save.js). tests/wordpress/ opens a post saved by each.
import metadata from '../exec-summary/blocks/card/block.json';
import { lineBreaksAsReferences } from './card-markup.js';

const { createElement: el, RawHTML } = wp.element;
const { useBlockProps } = wp.blockEditor;

/** The current attributes with the card read from where version `selector` saved it. */
const attributesWithCard = (selector) => ({ ...metadata.attributes, card: { ...metadata.attributes.card, selector } });

export const deprecated = [
  {
    // Version 1 (0.1.0 during development): the static card in a div.
    attributes: attributesWithCard('.wp-block-exec-summary-card'),
    supports: metadata.supports,
    save({ attributes }) {
      if (!attributes.card) return null;
      return el('div', useBlockProps.save(), el(RawHTML, null, lineBreaksAsReferences(attributes.card)));
    },
  },
];
