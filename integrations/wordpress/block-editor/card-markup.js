// The card markup the block saves: the static card `exec-summary render --embed-data` prints
// (src/assets/server/static-card.js writes its marker around the card module's upgradable card),
// without the data script, which kses strips from what an Author saves and which the plugin
// writes at render time from the block's `document` attribute instead (includes/blocks.php).
import { staticCard } from '../../../src/assets/server/static-card.js';

/**
 * The saved markup of the card `cardHtml` (the module's renderCard(json, options, true).html)
 * for `options` (checked, as runtime/options.js gives them): the static marker with no data.
 */
export const savedCard = (cardHtml, options) => staticCard(cardHtml, options);

/**
 * `html` with its line breaks written as character references, as the block saves it: WordPress
 * turns a URL alone on a line of a post into an embed before blocks render, and the card's text
 * must stay text. (The card is kept as the editor's DOM reads it back, with raw line breaks.)
 */
export const lineBreaksAsReferences = (html) => html.replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
