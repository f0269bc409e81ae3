// A card's options: merged from the page's config, the host's attributes and the API's options,
// then checked against the option list written from Rust (../generated/options.js). A value an
// option does not take is a warning naming the option, the value and what is used instead, in
// the Rust side's words (written into the list; the unit tests compare both on the same cases),
// and only valid values reach the card module, so nothing a page passes can make it trap.
import { OPTIONS, STATIC_ONLY, STRING_NAMES } from '../generated/options.js';

/** What the runtime is handed beside card options, which are not the page's to misspell. */
const NOT_CARD_OPTIONS = ['base', 'loading', 'rootMargin', 'observe', 'debug', 'data', 'inline'];

/** An option's name in ExecSummaryConfig and render() options: its attribute in camelCase. */
export const optionName = (attribute) => attribute.replace(/-(.)/g, (dash, letter) => letter.toUpperCase());

/**
 * A card's options as given, by name: the page's `config` < the host's attribute
 * (`data-heading-level`, or bare `heading-level` on <exec-summary>) < the API's `options`; an
 * option none of them sets is absent.
 */
export function mergeOptions(host, config, options) {
  const merged = {};
  const take = (given) => {
    for (const [name, value] of Object.entries(given)) {
      if (value !== undefined && !NOT_CARD_OPTIONS.includes(name)) merged[name] = value;
    }
  };
  take(config);
  for (const [attribute] of OPTIONS) {
    const written = host.getAttribute(`data-${attribute}`) ?? (host.localName === 'exec-summary' ? host.getAttribute(attribute) : null);
    if (written !== null) merged[optionName(attribute)] = written;
  }
  take(options);
  return merged;
}

/** A value as a warning names it, as the Rust side does (`found` in src/options.rs). */
export function found(value) {
  if (typeof value === 'string') {
    const chars = Array.from(value);
    return JSON.stringify(chars.slice(0, 100).join('')) + (chars.length > 100 ? '…' : '');
  }
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'null';
  if (typeof value === 'boolean') return 'a boolean';
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Per kind of option, its reading of a value: `undefined` when it does not take it. Attributes
 * give text, so numbers may be written out.
 */
const READ = {
  integer: (value, from, to) => {
    const number = typeof value === 'string' ? (/^\s*\+?\d+\s*$/.test(value) ? Number(value) : NaN) : value;
    return Number.isInteger(number) && number >= from && number <= to ? number : undefined;
  },
  choice: (value, values) => (value === '' || values.includes(value) ? value : undefined),
  language: (value) => (typeof value === 'string' && /^(|([a-z]{2,3}|[xi])(-[a-z0-9]{1,8})*)$/i.test(value) ? value : undefined),
  token: (value) => (typeof value === 'string' && /^[\w-]{0,64}$/.test(value) ? value : undefined),
  strings: (value) => {
    if (typeof value === 'string') {
      if (!value.trim()) return {};
      try {
        value = JSON.parse(value);
      } catch {
        return undefined;
      }
    }
    return isObject(value) ? value : undefined;
  },
};

/**
 * Checks `merged` options: `{ options, warnings }`, every option valid (its default where it was
 * not set or not taken) and a warning `{ path: 'options.<name>', message, severity }` for each
 * option that was unknown, out of the browser's reach, or given a value it does not take.
 */
export function resolveOptions(merged) {
  const options = {};
  const warnings = [];
  const warn = (path, message) => warnings.push({ path, message, severity: 'warning' });
  for (const [attribute, kind, , , , , fallback] of OPTIONS) {
    options[optionName(attribute)] = kind === 'integer' ? fallback : kind === 'strings' ? {} : '';
  }
  for (const [name, value] of Object.entries(merged)) {
    const path = `options.${name}`;
    const spec = OPTIONS.find(([attribute]) => optionName(attribute) === name);
    if (!spec) {
      warn(path, STATIC_ONLY.includes(name) ? 'applies to static renders only, ignored' : 'unknown option, ignored');
      continue;
    }
    if (value === null) continue; // not set, as an absent attribute
    const [, kind, expected, used, first, second] = spec;
    const taken = READ[kind](value, first, second);
    if (taken === undefined) {
      warn(path, `${expected}, found ${found(value)}: using ${used}`);
    } else if (kind === 'strings') {
      const strings = {};
      for (const [key, text] of Object.entries(taken)) {
        if (typeof text !== 'string') warn(`${path}.${key}`, 'expected a string');
        else if (!STRING_NAMES.includes(key)) warn(`${path}.${key}`, 'unknown string name, ignored');
        else strings[key] = text;
      }
      options[name] = strings;
    } else {
      options[name] = taken;
    }
  }
  return { options, warnings };
}
