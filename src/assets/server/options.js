// The options of a static render (`render` of exec-summary/server), checked as the command line
// and the Rust side check them for a static render (`Surface::Static` in src/options.rs): the
// card's own options as the browser's runtime checks them (runtime/options.js), the marker's
// (`embedData`, `dataSrc`) here, and a warning for each option that is unknown or applies to the
// browser's cards only. The unit tests compare every case the Rust side writes
// (generated/static-option-cases.json).
import { MARKER_ATTRIBUTES, OPTIONS, STATIC_ONLY } from '../generated/options.js';
import { found, optionName, resolveOptions } from '../runtime/options.js';
import { describeThrown } from './thrown.js';

/** The card's own options by name: those the static marker writes, as a static card keeps them. */
const CARD_NAMES = OPTIONS.filter(([attribute]) => MARKER_ATTRIBUTES.includes(attribute)).map(([attribute]) => optionName(attribute));
/**
 * Every card option at its default, as `resolveOptions` gives them: worked out once rather than
 * per render, its objects (`strings`) frozen since every render's options share them.
 */
const DEFAULTS = resolveOptions({}).options;
for (const value of Object.values(DEFAULTS)) if (typeof value === 'object') Object.freeze(value);

/**
 * How each option of static renders only reads a value: `undefined` when it does not take it;
 * with the words of its warning (what it expects, what is used instead).
 */
const MARKER_OPTIONS = {
  embedData: {
    read: (value) => (value === true || value === 'true' ? true : value === false || value === 'false' || value === '' ? false : undefined),
    expected: 'expected true or false',
    used: 'false',
  },
  dataSrc: {
    read: (value) => (typeof value === 'string' ? value.trim() : undefined),
    expected: 'expected a URL',
    used: 'none',
  },
};
if (STATIC_ONLY.some((name) => !MARKER_OPTIONS[name])) throw new Error('exec-summary: an option of static renders has no reader');

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a static render's `given` options: `{ options, marker, warnings }`, with `options` the
 * card's, every one valid (as runtime/options.js gives them), `marker` null (a card that stays
 * static), `{ embedData: true }` or `{ dataSrc }` (a host the browser bundle upgrades in place),
 * and a warning `{ path, message, severity }` for each option it could not use. Options that
 * cannot be read at all (a getter or a proxy that throws) are warned about too, never thrown.
 */
export function resolveStaticOptions(given) {
  const options = { ...DEFAULTS };
  const warnings = [];
  const warn = (path, message) => warnings.push({ path, message, severity: 'warning' });
  let marker = null;
  if (given === undefined || given === null) return { options, marker, warnings };
  let names;
  try {
    if (!isObject(given)) {
      warn('options', `expected an object of options, found ${found(given)}: every option has its default`);
      return { options, marker, warnings };
    }
    names = Object.keys(given);
  } catch (error) {
    warn('options', `could not be read (${describeThrown(error)}): every option has its default`);
    return { options, marker, warnings };
  }
  for (const name of names) {
    const path = `options.${name}`;
    try {
      const value = given[name];
      if (value === undefined) continue; // as JSON has it: not there
      marker = resolveOne(name, value, path, { options, marker, warnings, warn });
    } catch (error) {
      warn(path, `could not be read (${describeThrown(error)}), ignored`);
    }
  }
  return { options, marker, warnings };
}

/** Checks one option, `value` given as `name`, into the resolution so far; returns the marker. */
function resolveOne(name, value, path, { options, marker, warnings, warn }) {
  if (CARD_NAMES.includes(name)) {
    const checked = resolveOptions({ [name]: value });
    options[name] = checked.options[name];
    warnings.push(...checked.warnings);
  } else if (OPTIONS.some(([attribute]) => optionName(attribute) === name)) {
    warn(path, 'applies to the browser\'s cards only, ignored');
  } else if (!MARKER_OPTIONS[name]) {
    warn(path, 'unknown option, ignored');
  } else if (value !== null) {
    const { read, expected, used } = MARKER_OPTIONS[name];
    const taken = read(value);
    if (taken === undefined) warn(path, `${expected}, found ${found(value)}: using ${used}`);
    else if (name === 'dataSrc') return taken ? { dataSrc: taken } : null;
    else if (taken) return { embedData: true };
    else if (marker && marker.embedData) return null;
  }
  return marker;
}
