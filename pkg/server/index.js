// src/assets/server/index.js
import { readFile } from "node:fs/promises";
import init, { __wbg_reset_state as reset, renderCard, validate as validateWith } from "../exec_summary.js";

// src/assets/generated/options.js
var OPTIONS = [
  ["heading-level", "integer", "expected a whole number from 2 to 6", "2", 2, 6, 2],
  ["id-prefix", "token", "expected up to 64 letters, digits, `-` and `_`", "none"],
  ["theme", "choice", "expected `light`, `dark`, `auto`, `sepia` or `high-contrast`", "none", ["light", "dark", "auto", "sepia", "high-contrast"]],
  ["variant", "choice", "expected `compact`", "none", ["compact"]],
  ["expanded", "choice", "expected `all` or `none`", "none", ["all", "none"]],
  ["lang", "language", "expected a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`", "none"],
  ["strings", "strings", "expected an object of strings by name, or its JSON text", "the card's own words"],
  ["timeout", "integer", "expected a whole number from 1 to 600000", "10000", 1, 6e5, 1e4]
];
var MARKER_ATTRIBUTES = ["heading-level", "id-prefix", "theme", "variant", "expanded", "lang", "strings"];
var STATIC_ONLY = ["embedData", "dataSrc"];
var STRING_NAMES = ["summaryHeading", "expandAll", "collapseAll", "allExpanded", "allCollapsed", "authors", "source", "errorTitle", "errorIntro", "errorMore", "retry"];

// src/assets/runtime/options.js
var optionName = (attribute2) => attribute2.replace(/-(.)/g, (dash, letter) => letter.toUpperCase());
function found(value) {
  if (typeof value === "string") {
    const chars = Array.from(value);
    return JSON.stringify(chars.slice(0, 100).join("")) + (chars.length > 100 ? "\u2026" : "");
  }
  if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : "null";
  if (typeof value === "boolean") return "a boolean";
  return Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var READ = {
  integer: (value, from, to) => {
    const number = typeof value === "string" ? /^\s*\+?\d+\s*$/.test(value) ? Number(value) : NaN : value;
    return Number.isInteger(number) && number >= from && number <= to ? number : void 0;
  },
  choice: (value, values) => value === "" || values.includes(value) ? value : void 0,
  language: (value) => typeof value === "string" && /^(|([a-z]{2,3}|[xi])(-[a-z0-9]{1,8})*)$/i.test(value) ? value : void 0,
  token: (value) => typeof value === "string" && /^[\w-]{0,64}$/.test(value) ? value : void 0,
  strings: (value) => {
    if (typeof value === "string") {
      if (!value.trim()) return {};
      try {
        value = JSON.parse(value);
      } catch {
        return void 0;
      }
    }
    return isObject(value) ? value : void 0;
  }
};
function resolveOptions(merged) {
  const options = {};
  const warnings = [];
  const warn = (path, message) => warnings.push({ path, message, severity: "warning" });
  for (const [attribute2, kind, , , , , fallback] of OPTIONS) {
    options[optionName(attribute2)] = kind === "integer" ? fallback : kind === "strings" ? {} : "";
  }
  for (const [name, value] of Object.entries(merged)) {
    const path = `options.${name}`;
    const spec = OPTIONS.find(([attribute2]) => optionName(attribute2) === name);
    if (!spec) {
      warn(path, STATIC_ONLY.includes(name) ? "applies to static renders only, ignored" : "unknown option, ignored");
      continue;
    }
    if (value === null) continue;
    const [, kind, expected, used, first, second] = spec;
    const taken = READ[kind](value, first, second);
    if (taken === void 0) {
      warn(path, `${expected}, found ${found(value)}: using ${used}`);
    } else if (kind === "strings") {
      const strings = {};
      for (const [key, text] of Object.entries(taken)) {
        if (typeof text !== "string") warn(`${path}.${key}`, "expected a string");
        else if (!STRING_NAMES.includes(key)) warn(`${path}.${key}`, "unknown string name, ignored");
        else strings[key] = text;
      }
      options[name] = strings;
    } else {
      options[name] = taken;
    }
  }
  return { options, warnings };
}

// src/assets/server/thrown.js
function describeThrown(error) {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an exception that cannot be shown";
  }
}

// src/assets/server/options.js
var CARD_NAMES = OPTIONS.filter(([attribute2]) => MARKER_ATTRIBUTES.includes(attribute2)).map(([attribute2]) => optionName(attribute2));
var DEFAULTS = resolveOptions({}).options;
for (const value of Object.values(DEFAULTS)) if (typeof value === "object") Object.freeze(value);
var MARKER_OPTIONS = {
  embedData: {
    read: (value) => value === true || value === "true" ? true : value === false || value === "false" || value === "" ? false : void 0,
    expected: "expected true or false",
    used: "false"
  },
  dataSrc: {
    read: (value) => typeof value === "string" ? value.trim() : void 0,
    expected: "expected a URL",
    used: "none"
  }
};
if (STATIC_ONLY.some((name) => !MARKER_OPTIONS[name])) throw new Error("exec-summary: an option of static renders has no reader");
var isObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function resolveStaticOptions(given) {
  const options = { ...DEFAULTS };
  const warnings = [];
  const warn = (path, message) => warnings.push({ path, message, severity: "warning" });
  let marker = null;
  if (given === void 0 || given === null) return { options, marker, warnings };
  let names;
  try {
    if (!isObject2(given)) {
      warn("options", `expected an object of options, found ${found(given)}: every option has its default`);
      return { options, marker, warnings };
    }
    names = Object.keys(given);
  } catch (error) {
    warn("options", `could not be read (${describeThrown(error)}): every option has its default`);
    return { options, marker, warnings };
  }
  for (const name of names) {
    const path = `options.${name}`;
    try {
      const value = given[name];
      if (value === void 0) continue;
      marker = resolveOne(name, value, path, { options, marker, warnings, warn });
    } catch (error) {
      warn(path, `could not be read (${describeThrown(error)}), ignored`);
    }
  }
  return { options, marker, warnings };
}
function resolveOne(name, value, path, { options, marker, warnings, warn }) {
  if (CARD_NAMES.includes(name)) {
    const checked = resolveOptions({ [name]: value });
    options[name] = checked.options[name];
    warnings.push(...checked.warnings);
  } else if (OPTIONS.some(([attribute2]) => optionName(attribute2) === name)) {
    warn(path, "applies to the browser's cards only, ignored");
  } else if (!MARKER_OPTIONS[name]) {
    warn(path, "unknown option, ignored");
  } else if (value !== null) {
    const { read, expected, used } = MARKER_OPTIONS[name];
    const taken = read(value);
    if (taken === void 0) warn(path, `${expected}, found ${found(value)}: using ${used}`);
    else if (name === "dataSrc") return taken ? { dataSrc: taken } : null;
    else if (taken) return { embedData: true };
    else if (marker && marker.embedData) return null;
  }
  return marker;
}

// src/assets/generated/hooks.js
var HOST = "exec-summary";
var STATIC_HOST = "data-es-static";
var DATA_SCRIPT = "exec-summary-data";

// src/assets/server/static-card.js
var scriptSafe = (text) => text.replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
var attribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function compactScriptJson(text) {
  return scriptSafe(text.replace(/^\uFEFF/, "").replace(/("[^"\\]*(?:\\.[^"\\]*)*")|[ \t\n\r]+/g, "$1"));
}
function attributeValue(kind, value, fallback) {
  if (kind === "integer") return value === fallback ? null : String(value);
  if (kind === "strings") {
    const named = STRING_NAMES.filter((name) => typeof value[name] === "string").map((name) => [name, value[name]]);
    return named.length ? scriptSafe(JSON.stringify(Object.fromEntries(named))) : null;
  }
  return value || null;
}
function staticCard(cardHtml, options, { text, dataSrc } = {}) {
  let tag = `<div class="${HOST}" ${STATIC_HOST}`;
  if (dataSrc) tag += ` data-src="${attribute(dataSrc)}"`;
  for (const [name, kind, , , , , fallback] of OPTIONS) {
    if (!MARKER_ATTRIBUTES.includes(name)) continue;
    const value = attributeValue(kind, options[optionName(name)], fallback);
    if (value !== null) tag += ` data-${name}="${attribute(value)}"`;
  }
  const script = text === void 0 ? "" : `<script type="application/json" class="${DATA_SCRIPT}">${compactScriptJson(text)}</script>`;
  return `${tag}>${script}${cardHtml}</div>`;
}

// src/assets/server/renderer.js
var jsonText = (document) => typeof document === "string" ? document.toWellFormed() : JSON.stringify(document, (key, value) => typeof value === "bigint" ? void 0 : value);
function cardRenderer({ renderCard: renderCard2, validate: validate2, reset: reset2 }) {
  let stale = false;
  function calling(fn) {
    if (stale) {
      reset2();
      stale = false;
    }
    return fn();
  }
  function failed(error, warnings) {
    try {
      reset2();
    } catch {
      stale = true;
    }
    const message = error instanceof WebAssembly.RuntimeError ? `the card module stopped (${error.message}); the next render uses a fresh instance` : `the document could not be read: ${describeThrown(error)}`;
    return { ok: false, problems: [...warnings, { path: "", message, severity: "error" }] };
  }
  function render2(document, options) {
    const { options: card, marker, warnings } = resolveStaticOptions(options);
    let rendered;
    try {
      rendered = calling(() => renderCard2(document, card, marker !== null));
    } catch (error) {
      return { html: "", ...failed(error, warnings) };
    }
    const problems = [...warnings, ...rendered.problems];
    if (!rendered.ok) return { html: "", ok: false, problems };
    const html = marker ? staticCard(rendered.html, card, marker.dataSrc ? marker : { text: jsonText(document) }) : rendered.html;
    return { html: `${html}
`, ok: true, problems };
  }
  function check(document) {
    try {
      return calling(() => validate2(document));
    } catch (error) {
      return failed(error, []);
    }
  }
  return { render: render2, validate: check };
}

// src/assets/server/index.js
function moduleFile() {
  const url = new URL("../exec_summary_bg.wasm", import.meta.url);
  if (String(url.protocol) === "file:") return new URL(String(url.href));
  throw new Error(`exec-summary/server: the card module is not a file here (${String(url.href)}), so a bundler has taken the package into a server bundle. Keep it out (Next.js: serverExternalPackages: ['exec-summary/server'] in next.config), or hand the module over with exec-summary/server/portable.`);
}
await init({ module_or_path: await readFile(moduleFile()) });
var { render, validate } = cardRenderer({ renderCard, validate: validateWith, reset });
export {
  render,
  validate
};
