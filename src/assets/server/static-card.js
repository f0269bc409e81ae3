// The static marker around a card, as `exec-summary render --embed-data` / `--data-src` writes it
// (src/render/marker.rs): for renders outside the browser's runtime (the npm package's server
// entry, the WordPress block editor), which take the card's HTML from the module's
// renderCard(document, options, true) and wrap it here, so that readers' module carries none of this. The npm
// package's tests compare the two byte for byte.
import { DATA_SCRIPT, HOST, STATIC_HOST } from '../generated/hooks.js';
import { MARKER_ATTRIBUTES, OPTIONS, STRING_NAMES } from '../generated/options.js';
import { optionName } from '../runtime/options.js';

/** `<`, `>` and `&` as JSON escapes, so no text can end a script element or open a comment. */
const scriptSafe = (text) => text.replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);

/** Text for an attribute value in double quotes. */
const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Valid JSON `text` made compact and script-safe as the CLI embeds it: the whitespace between its
 * tokens dropped (a byte-order mark too) and `<`, `>`, `&` escaped in its strings; every other
 * character, escapes and number spellings included, as written.
 */
export function compactScriptJson(text) {
  // Two passes without a callback (a third of the time of one that called back for each token):
  // string literals kept as written, runs of whitespace between tokens dropped; then `<`, `>`
  // and `&`, which valid JSON holds only inside its strings, escaped.
  return scriptSafe(text.replace(/^\uFEFF/, '').replace(/("[^"\\]*(?:\\.[^"\\]*)*")|[ \t\n\r]+/g, '$1'));
}

/** An option's value as the marker's attribute writes it, or null for its default. */
function attributeValue(kind, value, fallback) {
  if (kind === 'integer') return value === fallback ? null : String(value);
  if (kind === 'strings') {
    const named = STRING_NAMES.filter((name) => typeof value[name] === 'string').map((name) => [name, value[name]]);
    return named.length ? scriptSafe(JSON.stringify(Object.fromEntries(named))) : null;
  }
  return value || null;
}

/**
 * The card's HTML (an upgradable card from the module) wrapped in its static marker: a host
 * `div` that carries the options that differ from their defaults (`options`: checked, as
 * runtime/options.js gives them) and either the document (`text`, its JSON text) or `dataSrc`.
 * With neither, the host holds the card alone: the WordPress block saves that, as kses strips a
 * script from what an Author saves, and writes the document's script into it when the post is shown.
 */
export function staticCard(cardHtml, options, { text, dataSrc } = {}) {
  let tag = `<div class="${HOST}" ${STATIC_HOST}`;
  if (dataSrc) tag += ` data-src="${attribute(dataSrc)}"`;
  // In the CLI's order, the option table's: the Rust side writes them from the same table.
  for (const [name, kind, , , , , fallback] of OPTIONS) {
    if (!MARKER_ATTRIBUTES.includes(name)) continue; // how a card is fetched: not a static card's
    const value = attributeValue(kind, options[optionName(name)], fallback);
    if (value !== null) tag += ` data-${name}="${attribute(value)}"`;
  }
  const script = text === undefined ? '' : `<script type="application/json" class="${DATA_SCRIPT}">${compactScriptJson(text)}</script>`;
  return `${tag}>${script}${cardHtml}</div>`;
}
