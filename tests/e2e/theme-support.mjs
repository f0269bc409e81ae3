// Shared by the theme, accessibility and locale end-to-end tests (not a test file itself): a test
// document that uses every part of the card, a server for the themed-card fixture, axe-core, and
// WCAG contrast arithmetic.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { startServer } from '../../scripts/serve.mjs';
import { expectState, htmlFixture, json } from './support.mjs';

const ROOT = new URL('../../', import.meta.url);

export const THEMES = ['light', 'dark', 'auto', 'sepia', 'high-contrast'];
export const VARIANTS = ['', 'compact'];
/** The card's host in the themed-card fixture. */
export const HOST = '#card';

/** A document with every optional part: kicker, links, lists, author links and a dated source. */
export function fullDocument(overrides = {}) {
  return {
    version: 1,
    lang: 'en',
    kicker: 'Policy brief',
    title: 'Cooling Cities Before the Next Heatwave',
    subtitle: 'What municipal plans get right',
    description: 'A review of heat plans, with the [full report](https://example.org/reports/cooling).',
    sections: [
      {
        id: 'main-argument',
        title: 'Main argument',
        paragraphs: ['Cities that map heat risk street by street **act sooner** and *spend less*.'],
        expanded: true,
      },
      {
        id: 'findings',
        title: 'Findings',
        items: [
          'Shade trees cut surface temperatures the most ([data](https://example.org/data)).',
          'Cooling centres work when people know where they are.',
        ],
      },
      {
        id: 'policy-implications',
        title: 'Policy implications',
        paragraphs: ['Fund tree planting where the heat maps are darkest.'],
      },
    ],
    authors: [
      { name: 'Ana Ruiz', bio: 'Ana Ruiz studies urban climate adaptation.', url: 'https://example.org/ana' },
      { name: 'Li Wei', bio: 'Li Wei is a public-health researcher.' },
    ],
    source: {
      title: 'Cooling Cities',
      publisher: 'Example Institute',
      date: '2024-09-02',
      url: 'https://example.org/reports/cooling-cities',
      doi: '10.5555/example.cooling.2024',
    },
    ...overrides,
  };
}

/** An example document from www/examples/, parsed afresh. */
export function exampleDocument(name) {
  return JSON.parse(readFileSync(new URL(`www/examples/${name}`, ROOT), 'utf8'));
}

/**
 * Starts the demo server with the themed-card fixture at /card.html and each of `documents`
 * ({ name: document }) at /data/<name>.json.
 */
export function startCardServer(documents = {}) {
  const routes = { '/card.html': htmlFixture('themed-card.html') };
  for (const [name, document] of Object.entries(documents)) routes[`/data/${name}.json`] = json(document);
  return startServer({ port: 0, routes });
}

/** The fixture's URL for a card of /data/<doc>.json with `options` (theme, variant, lang, width). */
export function cardUrl(base, doc, options = {}) {
  const params = new URLSearchParams({ src: `/data/${doc}.json` });
  for (const [key, value] of Object.entries(options)) if (value) params.set(key, value);
  return `${base}/card.html?${params}`;
}

/** Loads `url` and waits for the card to be ready (or `state`). */
export async function openCard(page, url, state = 'ready') {
  await page.goto(url);
  await expectState(page, HOST, state);
}

/** Opens (true) or closes (false) every section of the card, as a reader would by clicking. */
export async function setAllOpen(page, open) {
  const summaries = page.locator(`${HOST} details.es-section > summary`);
  const count = await summaries.count();
  for (let i = 0; i < count; i += 1) {
    const details = page.locator(`${HOST} details.es-section`).nth(i);
    if ((await details.evaluate((d) => d.open)) !== open) await summaries.nth(i).click();
  }
}

/** Runs axe-core on the page (it reads open shadow roots) and returns its violations. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.addScriptTag({ path: new URL('node_modules/axe-core/axe.min.js', ROOT).pathname });
  }
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' >>> ')}: ${n.failureSummary}`),
    }));
  });
}

/** Asserts axe found nothing, listing what it found otherwise. */
export function assertNoViolations(violations, where) {
  assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 2)}`);
}

/** Parses a computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`) into [r, g, b, a] with r, g, b in 0–255. */
export function parseColor(text) {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(text);
  if (srgb) return [srgb[1], srgb[2], srgb[3]].map((c) => Number(c) * 255).concat(Number(srgb[4] ?? 1));
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(text);
  assert.ok(rgb, `cannot parse colour ${text}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

/** `fg` composited over the opaque `bg`. */
function over(fg, bg) {
  const [r, g, b, a] = fg;
  return [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a), 1];
}

function luminance([r, g, b]) {
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.2 contrast ratio of two computed colours (the foreground may be translucent). */
export function contrast(foreground, background) {
  const bg = parseColor(background);
  const fg = over(parseColor(foreground), bg);
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

/** Polls `read()` until it returns `expected` (the card follows toggle events, which the browser fires a task later), then asserts it. */
export async function eventually(read, expected, message, timeout = 2000) {
  const until = Date.now() + timeout;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  assert.deepEqual(value, expected, message);
}

/**
 * Where keyboard focus is, looking through shadow roots: a label such as `summary#findings` or
 * `a "full report"`, whether :focus-visible matches, its computed outline, and the card surface.
 */
export function focusedControl(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const card = el.closest('.es-card');
    const style = getComputedStyle(el);
    let label;
    if (el.matches('summary')) label = `summary#${el.parentElement.id}`;
    else if (el.matches('a')) label = `a "${el.textContent.trim()}"${card ? '' : `#${el.id}`}`;
    else label = `${el.localName}.${el.classList[0]}`;
    return {
      label,
      inCard: Boolean(card),
      focusVisible: el.matches(':focus-visible'),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor },
      surface: card && getComputedStyle(card).backgroundColor,
    };
  });
}
