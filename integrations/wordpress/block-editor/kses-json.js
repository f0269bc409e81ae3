// Block attributes as JSON text that survives kses. WordPress runs wp_kses over every string
// attribute of a block saved by a user without `unfiltered_html` (Authors, Contributors): a `<`
// starts a tag it may strip, a lone `&` becomes `&amp;`. JSON whose `<`, `>`, `&`, `'` and `"`
// inside strings are written as \u escapes holds none of them, so it comes back as written.

const ESCAPES = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', "'": '\\u0027' };

/**
 * `value` as compact JSON text with no character kses changes: `<`, `>`, `&` and `'` in its
 * strings as \u escapes, and a quote inside a string as \u0022 (the quotes around strings stay).
 */
export function ksesSafeJson(value) {
  // A backslash and the character after it are one escape: `\\` then a closing quote is not `\"`.
  return JSON.stringify(value).replace(/\\.|[<>&']/g, (c) => (c === '\\"' ? '\\u0022' : ESCAPES[c] ?? c));
}

/** The value of JSON text written by ksesSafeJson (or any JSON text); `fallback` if it is not JSON. */
export function parseJsonAttribute(text, fallback = null) {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}
