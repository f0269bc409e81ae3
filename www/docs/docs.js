// Reference tables of the docs pages, generated when the page loads from what the card ships, so
// they cannot drift from it: the contract from pkg/exec-summary.schema.json (contract.html), the
// design tokens' values and the parts' Show buttons from pkg/exec-summary.css and a live card
// (theming.html, whose lists scripts/theming-reference.mjs writes). No framework; DOM only.
import { enhanceCopyButtons } from '../site.js';

const PKG = new URL('../pkg/', import.meta.url);
const SEED = new URL('../examples/sino-russian-cooperation.json', import.meta.url);

/** Creates an element with a class and children (strings become text). */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== ''));
  return node;
}

/** Text with `code` spans, as the schema and stylesheet write it, as DOM nodes. */
function prose(text) {
  return String(text).replace(/\s*\n\s*/g, ' ').split(/(`[^`]+`)/).map((part) =>
    (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? h('code', {}, part.slice(1, -1)) : part));
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response;
}

// ── The contract (contract.html) ───────────────────────────────────────────────────────────

const OBJECTS = [
  ['document', 'The document', null],
  ['section', 'A section', 'section'],
  ['author', 'An author', 'author'],
  ['source', 'The source', 'source'],
];

function refName(ref) {
  return ref.replace('#/$defs/', '');
}

/** A property's type in words, as DOM nodes; `$defs` objects link to their own table. */
function typeOf(schema, defs) {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    const def = defs[name] || {};
    if (def.oneOf) return def.oneOf.map((o, i) => [i ? ' or ' : '', h('code', {}, JSON.stringify(o.const))]);
    if (def.type === 'object') return h('a', { href: `#object-${name}` }, name);
    return name;
  }
  if (schema.anyOf) {
    const types = schema.anyOf.filter((s) => s.type !== 'null');
    return types.map((t, i) => [i ? ' or ' : '', typeOf(t, defs)]);
  }
  if (schema.enum) {
    return schema.enum.filter((v) => v !== null).map((v, i) => [i ? ' or ' : '', h('code', {}, JSON.stringify(v))]);
  }
  const types = [].concat(schema.type || []).filter((t) => t !== 'null');
  return types.map((type, i) => {
    const sep = i ? ' or ' : '';
    if (type === 'array' && schema.items) {
      const items = schema.items.$ref ? ['list of ', typeOf(schema.items, defs), ' objects'] : [`list of ${schema.items.type}s`];
      return [sep, ...items];
    }
    return [sep, type];
  });
}

/** Limits worth telling a person: lengths, list sizes and readable patterns. */
function limitsOf(schema) {
  const out = [];
  const items = schema.items && !schema.items.$ref ? schema.items : {};
  const maxLength = schema.maxLength ?? items.maxLength;
  if (maxLength) out.push(`up to ${maxLength.toLocaleString('en')} characters${schema.items ? ' each' : ''}`);
  if (schema.minItems && schema.maxItems) out.push(`${schema.minItems}–${schema.maxItems} entries`);
  else if (schema.maxItems) out.push(`up to ${schema.maxItems} entries`);
  else if (schema.minItems) out.push(`at least ${schema.minItems}`);
  const pattern = schema.pattern ?? items.pattern;
  // Control-character exclusions are machine detail; readable patterns (ids, tags, dates) are shown.
  if (pattern && !pattern.includes('\\x00') && pattern.length <= 60) out.push(h('code', {}, pattern));
  else if (pattern && !pattern.includes('\\x00')) out.push('a valid value, checked by a pattern in the schema');
  else if (pattern) out.push('no control characters');
  const parts = [];
  out.forEach((item, i) => parts.push(i ? '; ' : '', item));
  return parts;
}

function objectTable(key, title, schema, defs) {
  const required = new Set(schema.required || []);
  const rows = Object.entries(schema.properties || {}).map(([name, prop]) => h('tr', { id: `field-${key}-${name.replace('$', '')}` },
    h('th', { scope: 'row' }, h('code', {}, name)),
    h('td', {}, typeOf(prop, defs)),
    h('td', {}, required.has(name) ? h('span', { class: 'docs__required' }, 'required') : 'optional'),
    h('td', {}, prose(prop.description || ''), prop.description ? ' ' : '', limitsOf(prop).length ? h('span', { class: 'docs__status' }, '(', limitsOf(prop), ')') : ''),
  ));
  return [
    h('h2', { class: 'docs__object', id: `object-${key}` }, title, ' ', h('code', {}, key === 'document' ? '{ … }' : `${key}`)),
    schema.description ? h('p', {}, prose(schema.description)) : '',
    h('div', { class: 'table-scroll', tabindex: '0' }, h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ...['field', 'type', '', 'what'].map((t) => h('th', { scope: 'col' }, t || 'needed')))),
      h('tbody', {}, rows))),
  ];
}

async function contractPage() {
  const status = document.getElementById('schema-status');
  const target = document.getElementById('schema-reference');
  const example = document.getElementById('seed-json');
  fetchOk(SEED).then((r) => r.text()).then((text) => {
    example.textContent = text.trimEnd();
  }, (error) => {
    example.textContent = `Could not load the example: ${error.message}`;
  });
  try {
    const schema = await (await fetchOk(new URL('exec-summary.schema.json', PKG))).json();
    const defs = schema.$defs || {};
    const nodes = [];
    for (const [key, title, def] of OBJECTS) {
      const object = def ? defs[def] : schema;
      if (object) nodes.push(...objectTable(key, title, object, defs));
    }
    target.replaceChildren(...nodes.flat());
    status.textContent = '';
  } catch (error) {
    status.textContent = `Could not load the schema (${error.message}); read pkg/exec-summary.schema.json directly.`;
  }
}

// ── Tokens and parts (theming.html) ────────────────────────────────────────────────────────

/** The tokens and parts the page lists (scripts/theming-reference.mjs writes them from the
 * stylesheet's header comment, which the minified pkg/exec-summary.css does not carry). */
function readReference() {
  const tokens = Array.from(document.querySelectorAll('#tokens-reference table[data-group] tbody tr'), (tr) => ({
    name: tr.querySelector('th').textContent.trim(),
    about: tr.querySelector('td').textContent.trim(),
    group: tr.closest('table').dataset.group,
  }));
  const parts = Array.from(document.querySelectorAll('#parts-reference tbody tr'), (tr) => {
    const [className, about] = Array.from(tr.querySelectorAll('td'), (td) => td.textContent.trim());
    return { name: tr.querySelector('th').textContent.trim(), className, about };
  });
  return { tokens, parts };
}

/** The value each token takes in each theme, computed by this browser from the real stylesheet. */
function computeValues(sheet, css, tokens, themes) {
  const host = h('div', { hidden: true });
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  const values = {};
  for (const theme of themes) {
    const card = h('article', { class: 'es-card', 'data-theme': theme, lang: 'en' });
    root.append(card);
    const style = getComputedStyle(card);
    values[theme] = Object.fromEntries(tokens.map(({ name }) => {
      const computed = style.getPropertyValue(name.replace('--es-', '--_es-')).trim();
      // A token used directly (no private --_es- copy): its fallback where the stylesheet uses it.
      const fallback = new RegExp(`var\\(${name},\\s*([^)]+)\\)`).exec(css);
      return [name, computed || (fallback ? fallback[1].trim() : '')];
    }));
  }
  host.remove();
  return values;
}

const BARS = /-(padding|gap|indent|measure|max-width|border-width|focus-width|focus-offset)$/;

/** A small live rendering of `value` for `token`. */
function swatch(token, value) {
  const sample = h('span', { class: 'swatch__sample', 'aria-hidden': 'true' });
  const set = (prop, v) => sample.style.setProperty(prop, v);
  const name = token.name;
  if (!value) {
    sample.textContent = '–';
  } else if (token.group === 'Colour' || /colou?r$/.test(name)) {
    set('background', value);
  } else if (/font-(body|heading|mono)$/.test(name)) {
    sample.textContent = 'Aa';
    set('font-family', value);
  } else if (/(font-size|title-size|label-size)$/.test(name)) {
    sample.textContent = 'Aa';
    set('font-size', value);
  } else if (/heading-weight$/.test(name)) {
    sample.textContent = 'Aa';
    set('font-weight', value);
  } else if (/label-(spacing|transform)$/.test(name)) {
    sample.classList.add('swatch__sample--wide');
    sample.textContent = 'Label';
    set(name.endsWith('spacing') ? 'letter-spacing' : 'text-transform', value);
  } else if (BARS.test(name)) {
    sample.classList.add('swatch__sample--wide');
    const bar = h('span', { class: 'swatch-bar' });
    bar.style.setProperty('width', value);
    bar.style.setProperty('min-width', '1px');
    sample.append(bar);
  } else if (/radius$/.test(name)) {
    set('border-radius', value);
    set('border-width', '2px');
  } else if (/shadow$/.test(name)) {
    set('box-shadow', value);
  } else if (/icon-(size|stroke)$/.test(name)) {
    const chevron = h('span', { class: 'swatch-chevron' });
    if (name.endsWith('size')) {
      chevron.style.setProperty('width', value);
      chevron.style.setProperty('height', value);
    } else {
      chevron.style.setProperty('width', '0.55rem');
      chevron.style.setProperty('height', '0.55rem');
      chevron.style.setProperty('border-width', value);
    }
    sample.append(chevron);
  } else if (/(duration|easing)$/.test(name)) {
    // Turns when the row is hovered, with the token's timing.
    const chevron = h('span', { class: 'swatch-chevron swatch-chevron--turns' });
    chevron.style.setProperty(name.endsWith('duration') ? 'transition-duration' : 'transition-timing-function', value);
    sample.append(chevron);
  } else if (/line-height$/.test(name)) {
    sample.textContent = '≡';
    set('line-height', value);
  } else {
    sample.textContent = '·';
  }
  return h('span', { class: 'swatch' }, sample, h('span', { class: 'swatch__value' }, value || 'not set'));
}

function tokensTable(tokens, values) {
  const groups = [...new Set(tokens.map((t) => t.group))];
  return groups.map((group) => [
    h('h3', { class: 'page__subsection', id: `tokens-${group.toLowerCase().replace(/[^a-z]+/g, '-')}` }, group),
    h('div', { class: 'table-scroll', tabindex: '0' }, h('table', { class: 'table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'token'), h('th', { scope: 'col' }, 'what'),
        h('th', { scope: 'col' }, 'light'), h('th', { scope: 'col' }, 'dark'))),
      h('tbody', {}, tokens.filter((t) => t.group === group).map((token) => h('tr', { id: `token-${token.name.slice(2)}` },
        h('th', { scope: 'row' }, h('code', {}, token.name)),
        h('td', {}, prose(token.about)),
        h('td', {}, swatch(token, values.light[token.name])),
        h('td', {}, swatch(token, values.dark[token.name])))))),
    ),
  ]);
}

/** Why a part has no Show button. */
function absence(name, inCard) {
  if (inCard) return 'visually hidden';
  if (/^(error|retry)/.test(name)) return 'error card only';
  return 'not in this document';
}

function partsTable(parts, cardHost) {
  const highlight = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, highlight];
  let pressed = null;
  const show = (part, button) => {
    if (pressed) pressed.setAttribute('aria-pressed', 'false');
    if (pressed === button) {
      pressed = null;
      highlight.replaceSync('');
      return;
    }
    pressed = button;
    button.setAttribute('aria-pressed', 'true');
    highlight.replaceSync(`#parts-card::part(${part}) { outline: 3px dashed #c026d3; outline-offset: 2px; }`);
    cardHost.shadowRoot?.querySelector(`[part~="${part}"]`)?.scrollIntoView({ block: 'nearest' });
  };
  const rows = parts.map((part) => {
    const inCard = Boolean(cardHost.shadowRoot?.querySelector(`[part~="${part.name}"]`));
    const button = h('button', { type: 'button', class: 'button button--small', 'aria-pressed': 'false', 'aria-label': `Show the ${part.name} part` }, 'Show');
    button.addEventListener('click', () => show(part.name, button));
    return h('tr', { id: `part-${part.name}` },
      h('th', { scope: 'row' }, h('code', {}, part.name)),
      h('td', {}, h('code', {}, part.className)),
      h('td', {}, prose(part.about || '')),
      h('td', {}, inCard && part.name !== 'status' ? button : h('span', { class: 'docs__status' }, absence(part.name, inCard))));
  });
  return h('div', { class: 'table-scroll', tabindex: '0' }, h('table', { class: 'table' },
    h('thead', {}, h('tr', {}, ['part', 'class', 'what', 'live'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows)));
}

async function themingPage() {
  const tokensStatus = document.getElementById('tokens-status');
  const partsStatus = document.getElementById('parts-status');
  try {
    const css = await (await fetchOk(new URL('exec-summary.css', PKG))).text();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const { tokens, parts } = readReference();
    const values = computeValues(sheet, css, tokens, ['light', 'dark']);
    document.getElementById('tokens-reference').replaceChildren(...tokensTable(tokens, values).flat());
    tokensStatus.textContent = '';
    const cardHost = document.getElementById('parts-card');
    await new Promise((resolve) => {
      if (['ready', 'error'].includes(cardHost.dataset.esState)) resolve();
      cardHost.addEventListener('exec-summary:ready', resolve, { once: true });
      cardHost.addEventListener('exec-summary:error', resolve, { once: true });
    });
    document.getElementById('parts-reference').replaceChildren(partsTable(parts, cardHost));
    partsStatus.textContent = '';
  } catch (error) {
    tokensStatus.textContent = `Could not read the stylesheet (${error.message}): the lists below have no live values.`;
    partsStatus.textContent = tokensStatus.textContent;
  }
}

/** Labels each cell with its column header, for the stacked layout of narrow screens. */
function labelCells() {
  for (const table of document.querySelectorAll('.docs .table')) {
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent.trim());
    for (const row of table.querySelectorAll('tbody tr')) {
      Array.from(row.children).forEach((cell, i) => {
        if (cell.localName === 'td' && headers[i]) cell.dataset.label = headers[i];
      });
    }
  }
}

labelCells();
if (document.getElementById('schema-reference')) contractPage().then(() => { enhanceCopyButtons(); labelCells(); });
if (document.getElementById('tokens-reference')) themingPage().then(() => { enhanceCopyButtons(); labelCells(); });
