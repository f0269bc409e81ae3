// The playground (www/playground.html): text → contract JSON → live card → snippets.
//
// The card is the reader's own bundle (pkg/, through ExecSummary.render); the importer and the
// validator come from the authoring module beside this file (authoring.js + authoring_bg.wasm,
// built by scripts/build.sh with the `authoring` feature), which no other page loads. The whole
// state lives in the URL fragment (#s=…, deflated) and in localStorage, so a reload keeps it and
// a link shares it.
import initAuthoring, { importText, validate } from './authoring.js';
import { announce, copyFrom, enhanceCopyButtons } from '../site.js';

const SEED_URL = new URL('../examples/sino-russian-cooperation.json', import.meta.url).href;
const STORAGE_KEY = 'exec-summary-playground';
const HASH_PREFIX = '#s=';
const EDIT_DELAY_MS = 200;
const SAVE_DELAY_MS = 400;

const COLOUR_TOKENS = ['--es-accent', '--es-surface', '--es-text'];
const FONT_TOKENS = ['--es-font-heading', '--es-font-body'];
const FONTS = [
  ['', 'Theme default'],
  ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'System sans-serif'],
  ['Georgia, "Times New Roman", serif', 'Georgia (serif)'],
  ['"Iowan Old Style", "Palatino Linotype", Palatino, serif', 'Palatino (serif)'],
  ['"Helvetica Neue", Helvetica, Arial, sans-serif', 'Helvetica, Arial'],
  ['ui-rounded, "Nunito", "Segoe UI", sans-serif', 'Rounded sans-serif'],
  ['ui-monospace, Menlo, Consolas, monospace', 'Monospace'],
];
/** Option name → attribute name, as the loader reads them (data- prefixed on a div host). */
const ATTRIBUTES = { theme: 'theme', variant: 'variant', headingLevel: 'heading-level', lang: 'lang', expanded: 'expanded' };

const $ = (id) => document.getElementById(id);
const el = {
  source: $('source'),
  format: $('source-format'),
  convert: $('convert'),
  convertHint: $('convert-hint'),
  importNotes: $('import-notes'),
  importWarnings: $('import-warnings'),
  json: $('json'),
  gutter: $('gutter'),
  summary: $('problems-summary'),
  problems: $('problems'),
  options: $('options'),
  stale: $('preview-stale'),
  preview: $('preview'),
  css: $('css-snippet'),
  base: $('embed-base'),
  src: $('embed-src'),
  share: $('share'),
  download: $('download'),
  reset: $('reset'),
};

function defaultState() {
  return {
    source: '',
    format: 'auto',
    json: '',
    edited: false, // the JSON was edited by hand since the last conversion
    options: { theme: '', variant: '', headingLevel: '2', lang: '', expanded: '' },
    tokens: {},
    base: new URL('pkg/', document.baseURI).href,
    src: '',
    // Which line of work this is and when it last changed: a reload picks the newer of the URL and
    // localStorage when both hold the same session (the URL is written a moment after each edit).
    session: Math.random().toString(36).slice(2),
    saved: 0,
  };
}

let state = defaultState();
let authoring = null; // the authoring module once loaded, or null
let problems = [];
let handle = null; // the preview card (ExecSummary.render)
let shownJson = null; // the JSON text the preview shows
let shownOptions = ''; // the options it was rendered with
let previewOk = false; // the preview shows a card (not an error card)
const openSections = new Map(); // section id → open, as the reader left it in the preview

// ── Persistence: URL fragment (shareable) and localStorage ─────────────────────────────────

function toBase64Url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The state as a URL fragment: deflated JSON in base64url ("z" prefix), or plain ("j"). */
async function encodeState(value) {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  if ('CompressionStream' in window) {
    return `${HASH_PREFIX}z${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
  }
  return `${HASH_PREFIX}j${toBase64Url(bytes)}`;
}

async function decodeState(hash) {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  const body = hash.slice(HASH_PREFIX.length);
  let bytes = fromBase64Url(body.slice(1));
  if (body[0] === 'z') bytes = await pipe(bytes, new DecompressionStream('deflate-raw'));
  else if (body[0] !== 'j') return null;
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** Keeps only the known fields of a stored state, with their types. */
function sanitise(stored) {
  const clean = defaultState();
  if (!stored || typeof stored !== 'object') return clean;
  for (const key of ['source', 'format', 'json', 'base', 'src', 'session']) {
    if (typeof stored[key] === 'string') clean[key] = stored[key];
  }
  clean.edited = stored.edited === true;
  clean.saved = Number(stored.saved) || 0;
  for (const key of Object.keys(clean.options)) {
    if (typeof stored.options?.[key] === 'string') clean.options[key] = stored.options[key];
  }
  for (const token of [...COLOUR_TOKENS, ...FONT_TOKENS]) {
    if (typeof stored.tokens?.[token] === 'string' && stored.tokens[token]) clean.tokens[token] = stored.tokens[token];
  }
  return clean;
}

async function loadState() {
  let fromHash = null;
  let stored = null;
  try {
    fromHash = await decodeState(location.hash);
  } catch (error) {
    console.warn('exec-summary playground: the link holds no readable state', error);
  }
  try {
    stored = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
  } catch {
    // Private browsing or a corrupt entry.
  }
  if (fromHash) {
    const newerHere = stored && stored.session === fromHash.session && Number(stored.saved) > Number(fromHash.saved);
    return sanitise(newerHere ? stored : fromHash);
  }
  if (stored) return sanitise(stored);
  const fresh = defaultState();
  const response = await fetch(SEED_URL);
  fresh.json = (await response.text()).trimEnd();
  return fresh;
}

let saveTimer;
let saving = Promise.resolve();
function save() {
  state.saved = Date.now();
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the URL still carries the state.
  }
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saving = saveNow();
  }, SAVE_DELAY_MS);
}

async function saveNow() {
  clearTimeout(saveTimer);
  const hash = await encodeState(state);
  if (hash !== location.hash) history.replaceState(null, '', hash);
}

// ── Import ─────────────────────────────────────────────────────────────────────────────────

/** Turns the source box into JSON in the editor: JSON as it is (pretty if it parses), text through the importer. */
function convert() {
  const text = el.source.value;
  if (!text.trim()) return;
  let warnings = [];
  if (/^\s*[{[]/.test(text)) {
    try {
      setJson(JSON.stringify(JSON.parse(text), null, 2));
    } catch {
      setJson(text.trim()); // keep it as pasted: the problem list shows where it breaks
    }
  } else if (authoring) {
    const result = authoringCall(() => JSON.parse(importText(text, el.format.value, '')), () => null);
    if (!result) return;
    warnings = result.warnings;
    setJson(result.json);
  } else {
    return;
  }
  state.edited = false;
  el.convertHint.hidden = true;
  el.importWarnings.replaceChildren(...warnings.map((w) => {
    const li = document.createElement('li');
    li.textContent = w.line ? `Line ${w.line}: ${w.message}` : w.message;
    return li;
  }));
  el.importNotes.hidden = warnings.length === 0;
  openSections.clear();
  checkNow();
}

function setJson(text) {
  el.json.value = text;
  state.json = text;
  updateGutter();
}

let importTimer;
function sourceChanged() {
  state.source = el.source.value;
  state.format = el.format.value;
  save();
  clearTimeout(importTimer);
  if (state.edited) {
    el.convertHint.hidden = !el.source.value.trim();
    return;
  }
  importTimer = setTimeout(convert, EDIT_DELAY_MS);
}

// ── The JSON editor ────────────────────────────────────────────────────────────────────────

function updateGutter() {
  const lines = el.json.value.split('\n').length;
  if (Number(el.gutter.dataset.lines) === lines) return;
  el.gutter.dataset.lines = String(lines);
  el.gutter.textContent = Array.from({ length: lines }, (_, i) => i + 1).join('\n');
  el.gutter.scrollTop = el.json.scrollTop;
}

let checkTimer;
function jsonChanged() {
  state.json = el.json.value;
  state.edited = true;
  updateGutter();
  save();
  clearTimeout(checkTimer);
  checkTimer = setTimeout(checkNow, EDIT_DELAY_MS);
}

/** Validates the editor's JSON, lists the problems and refreshes the preview and snippets. */
function checkNow() {
  clearTimeout(checkTimer);
  const text = el.json.value;
  problems = authoring ? authoringCall(() => JSON.parse(validate(text)), () => fallbackProblems(text)) : fallbackProblems(text);
  showProblems();
  refreshPreview();
  refreshSnippets();
  save();
}

/** Runs an authoring call; if the module fails (a bug: it never should), says so and uses `fallback`. */
function authoringCall(call, fallback) {
  try {
    return call();
  } catch (error) {
    console.error('exec-summary playground: the authoring module failed', error);
    authoring = null;
    return fallback();
  }
}

/** Without the authoring module: only whether the JSON parses. */
function fallbackProblems(text) {
  try {
    JSON.parse(text);
    return [];
  } catch (error) {
    return [{ path: '(root)', message: `invalid JSON: ${error.message}`, severity: 'error', line: 1, column: 1, start: 0, end: 0 }];
  }
}

function showProblems() {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let summary;
  if (!authoring) summary = 'The validator did not load: only JSON syntax is checked.';
  else if (errors) summary = `${count(errors, 'error')}${warnings ? ` and ${count(warnings, 'warning')}` : ''}: the card cannot render until they are fixed.`;
  else if (warnings) summary = `${count(warnings, 'warning')}: the card renders; readers never see warnings.`;
  else summary = 'No problems: the card renders.';
  if (el.summary.textContent !== summary) el.summary.textContent = summary;
  el.summary.dataset.state = errors ? 'error' : 'ok';
  el.problems.replaceChildren(...problems.map((problem) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pg-problem';
    button.dataset.severity = problem.severity;
    button.dataset.start = problem.start;
    button.dataset.end = problem.end;
    const where = document.createElement('span');
    where.className = 'pg-problem__where';
    where.textContent = `${problem.severity === 'error' ? 'Error' : 'Warning'}, line ${problem.line}, column ${problem.column}`;
    const path = document.createElement('code');
    path.className = 'pg-problem__path';
    path.textContent = problem.path;
    const message = document.createElement('span');
    message.className = 'pg-problem__message';
    message.textContent = problem.message;
    button.append(where, path, message);
    button.addEventListener('click', () => goTo(problem));
    li.append(button);
    return li;
  }));
}

/** Puts the cursor on a problem's text and scrolls the editor to it. */
function goTo(problem) {
  const area = el.json;
  area.focus({ preventScroll: true });
  area.setSelectionRange(problem.start, problem.end);
  const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
  const top = (problem.line - 1) * lineHeight;
  if (top < area.scrollTop || top > area.scrollTop + area.clientHeight - 2 * lineHeight) {
    area.scrollTop = Math.max(0, top - area.clientHeight / 3);
  }
  el.gutter.scrollTop = area.scrollTop;
  area.scrollIntoView({ block: 'nearest' });
}

// ── Preview ────────────────────────────────────────────────────────────────────────────────

/** The render options for ExecSummary.render (empty values: the defaults). */
function renderOptions() {
  const { theme, variant, headingLevel, lang, expanded } = state.options;
  return { theme, variant, headingLevel: Number(headingLevel), lang, expanded, loading: 'eager' };
}

function sectionsOf(host) {
  return Array.from(host.shadowRoot?.querySelectorAll('details.es-section') ?? []);
}

/** Gives the preview's sections back the open/closed state the reader left them in. */
function restoreOpenSections() {
  for (const section of sectionsOf(el.preview)) {
    if (openSections.has(section.id) && section.open !== openSections.get(section.id)) {
      section.open = openSections.get(section.id);
    }
  }
  syncTokenInputs();
}

function refreshPreview() {
  const text = el.json.value;
  const hasErrors = problems.some((p) => p.severity === 'error');
  // With errors, keep the last good card on show; with none yet, show the error card readers would see.
  const keepLast = hasErrors && previewOk;
  el.stale.hidden = !keepLast;
  el.preview.toggleAttribute('data-stale', keepLast);
  if (keepLast || !window.ExecSummary) return;
  if (hasErrors && !/^\s*[{[]/.test(text)) return; // not even JSON-looking: nothing to show
  previewOk = !hasErrors;
  const options = JSON.stringify(renderOptions());
  if (handle && options === shownOptions) {
    if (text === shownJson) return;
    shownJson = text;
    handle.update(text).then(restoreOpenSections);
    return;
  }
  shownJson = text;
  shownOptions = options;
  handle = window.ExecSummary.render(el.preview, text, renderOptions());
  handle.ready.then(restoreOpenSections);
}

el.preview.addEventListener('exec-summary:toggle', (event) => {
  openSections.set(event.detail.section, event.detail.expanded);
});

function optionsChanged(event) {
  const form = new FormData(el.options);
  for (const key of Object.keys(state.options)) state.options[key] = String(form.get(key) ?? '');
  // "All open" / "all closed" is a fresh start for the sections.
  if (event.target.name === 'expanded') openSections.clear();
  applyTokens();
  refreshPreview();
  refreshSnippets();
  save();
}

// ── Tokens and the CSS snippet ─────────────────────────────────────────────────────────────

function fillFontSelects() {
  for (const token of FONT_TOKENS) {
    const select = document.querySelector(`select[data-token="${token}"]`);
    select.replaceChildren(...FONTS.map(([value, label]) => new Option(label, value)));
  }
}

function applyTokens() {
  for (const token of [...COLOUR_TOKENS, ...FONT_TOKENS]) {
    const value = state.tokens[token];
    if (value) el.preview.style.setProperty(token, value);
    else el.preview.style.removeProperty(token);
    const input = document.querySelector(`[data-token="${token}"]`);
    input.closest('.pg-token').toggleAttribute('data-set', Boolean(value));
    if (input.tagName === 'SELECT') input.value = value || '';
    else if (value) input.value = value;
  }
  el.css.textContent = cssSnippet();
}

/** Colour pickers that are not set show the theme's own colour, read from the card. */
function syncTokenInputs() {
  const card = el.preview.shadowRoot?.querySelector('.es-card');
  if (!card) return;
  const style = getComputedStyle(card);
  for (const token of COLOUR_TOKENS) {
    if (state.tokens[token]) continue;
    const value = style.getPropertyValue(token.replace('--es-', '--_es-')).trim();
    if (/^#[0-9a-f]{6}$/i.test(value)) document.querySelector(`[data-token="${token}"]`).value = value;
  }
}

function cssSnippet() {
  const theme = state.options.theme;
  const over = theme
    ? `the ${theme} theme (data-theme="${theme}" on the host)`
    : 'the default (light) theme';
  const lines = [`/* exec-summary tokens over ${over} */`, '.exec-summary, .exec-summary-inline, exec-summary {'];
  const set = [...COLOUR_TOKENS, ...FONT_TOKENS].filter((token) => state.tokens[token]);
  if (set.length === 0) lines.push('  /* no token changed: pick a colour or a font */');
  for (const token of set) lines.push(`  ${token}: ${state.tokens[token]};`);
  lines.push('}');
  return lines.join('\n');
}

// ── Snippets ───────────────────────────────────────────────────────────────────────────────

function escapeAttr(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The document's title slug, for file names. */
function slug() {
  try {
    const title = JSON.parse(el.json.value).title;
    const s = String(title).toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
    return s || 'summary';
  } catch {
    return 'summary';
  }
}

function documentTitle() {
  try {
    return String(JSON.parse(el.json.value).title || 'Executive summary');
  } catch {
    return 'Executive summary';
  }
}

/** The options that differ from the defaults, as [attribute name, value]. */
function optionAttributes() {
  const out = [];
  for (const [key, name] of Object.entries(ATTRIBUTES)) {
    const value = state.options[key];
    if (value && !(key === 'headingLevel' && value === '2')) out.push([name, value]);
  }
  return out;
}

function baseUrl() {
  const base = el.base.value.trim() || defaultState().base;
  return base.endsWith('/') ? base : `${base}/`;
}

function jsonUrl() {
  return el.src.value.trim() || `/summaries/${slug()}.json`;
}

function compactJson() {
  try {
    return JSON.stringify(JSON.parse(el.json.value));
  } catch {
    return el.json.value.trim();
  }
}

function refreshSnippets() {
  el.src.placeholder = `/summaries/${slug()}.json`;
  const base = baseUrl();
  const src = jsonUrl();
  const loader = `<script src="${escapeAttr(`${base}exec-summary.js`)}" defer></script>`;
  const attrs = optionAttributes();
  const dataAttrs = attrs.map(([name, value]) => ` data-${name}="${escapeAttr(value)}"`).join('');
  const bareAttrs = attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  // Inside <script>, only "</script" could end the element: escape every "<" (and > &) as JSON does.
  const inline = compactJson().replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  const absoluteSrc = new URL(src, location.href).href;
  const query = new URLSearchParams([['src', absoluteSrc], ...attrs]).toString();
  const resize = '<script>addEventListener("message",function(e){var d=e.data;if(d&&d.type==="exec-summary:resize")document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>';
  const file = `${slug()}.json`;
  const cli = ['exec-summary render', file, '--embed-data', `--css-href ${shellQuote(`${base}exec-summary.css`)}`];
  if (state.options.theme) cli.push(`--theme ${state.options.theme}`);
  if (state.options.variant) cli.push(`--variant ${state.options.variant}`);
  if (state.options.headingLevel !== '2') cli.push(`--heading-level ${state.options.headingLevel}`);
  const snippets = {
    'snip-data': `${loader}\n<div class="exec-summary" data-src="${escapeAttr(src)}"${dataAttrs}></div>`,
    'snip-inline': `${loader}\n<script type="application/json" class="exec-summary"${dataAttrs}>${inline}</script>`,
    'snip-element': `${loader}\n<exec-summary src="${escapeAttr(src)}"${bareAttrs}></exec-summary>`,
    'snip-iframe': `<iframe src="${escapeAttr(`${base}embed.html?${query}`)}" title="${escapeAttr(documentTitle())}" width="100%" height="640" style="border:0" loading="lazy"></iframe>\n<!-- optional, once per page: sizes each frame to its card -->\n${resize}`,
    'snip-cli': `${cli.join(' ')} > ${slug()}.html`,
  };
  for (const [id, text] of Object.entries(snippets)) {
    const code = $(id);
    if (code.textContent !== text) code.textContent = text;
  }
}

function shellQuote(text) {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

function downloadJson() {
  const blob = new Blob([`${el.json.value.trimEnd()}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${slug()}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  announce(`Downloaded ${link.download}`);
}

// ── Start ──────────────────────────────────────────────────────────────────────────────────

function showState() {
  el.source.value = state.source;
  el.format.value = state.format;
  el.json.value = state.json;
  el.base.value = state.base;
  el.src.value = state.src;
  for (const [key, value] of Object.entries(state.options)) {
    const field = el.options.elements.namedItem(key);
    if (field) field.value = value;
  }
  updateGutter();
  applyTokens();
}

async function start() {
  fillFontSelects();
  const [loaded] = await Promise.all([
    loadState(),
    initAuthoring().then(
      () => {
        authoring = { importText, validate };
      },
      (error) => console.error('exec-summary playground: the authoring module did not load', error),
    ),
  ]);
  state = loaded;
  showState();
  checkNow();

  el.source.addEventListener('input', sourceChanged);
  el.format.addEventListener('change', () => {
    state.format = el.format.value;
    if (!state.edited) convert();
    save();
  });
  el.convert.addEventListener('click', convert);
  el.json.addEventListener('input', jsonChanged);
  el.json.addEventListener('scroll', () => {
    el.gutter.scrollTop = el.json.scrollTop;
  });
  el.options.addEventListener('change', optionsChanged);
  el.options.addEventListener('submit', (event) => event.preventDefault());
  for (const input of document.querySelectorAll('#tokens [data-token]')) {
    input.addEventListener(input.tagName === 'SELECT' ? 'change' : 'input', () => {
      state.tokens[input.dataset.token] = input.value;
      applyTokens();
      save();
    });
  }
  for (const button of document.querySelectorAll('#tokens [data-reset]')) {
    button.addEventListener('click', () => {
      delete state.tokens[button.dataset.reset];
      applyTokens();
      syncTokenInputs();
      save();
    });
  }
  for (const input of [el.base, el.src]) {
    input.addEventListener('input', () => {
      state.base = el.base.value;
      state.src = el.src.value;
      refreshSnippets();
      save();
    });
  }
  el.share.addEventListener('click', () => {
    saving = saveNow().then(() => copyFrom(el.share, () => location.href));
  });
  el.download.addEventListener('click', downloadJson);
  el.reset.addEventListener('click', async () => {
    state = defaultState();
    state.json = (await (await fetch(SEED_URL)).text()).trimEnd();
    // The link first: once the example shows, a reload brings the example back, not the old state.
    await saveNow();
    openSections.clear();
    showState();
    checkNow();
    announce('Started again from the example');
  });
  for (const button of [el.share, el.download, el.reset]) button.hidden = false;
  enhanceCopyButtons();
  document.documentElement.dataset.playground = 'ready';
}

/** Resolves once pending state writes are done (for tests and the share button). */
window.execSummaryPlayground = { saved: () => saving, flush: saveNow };

start().catch((error) => {
  console.error('exec-summary playground:', error);
  el.summary.textContent = `The playground could not start: ${error.message}`;
});
