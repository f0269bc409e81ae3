// Shared by the end-to-end test files (not a test file itself: only *.test.mjs files run).
// Serves HTML fixtures and JSON documents through startServer()'s `routes`, and waits on the
// loader's data-es-state instead of sleeping.
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { launch } from './browser.mjs';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const ROOT = new URL('../../', import.meta.url);

/** The demo's seed document, parsed afresh (callers may mutate it). */
export function seedDocument() {
  return JSON.parse(readFileSync(new URL('www/examples/sino-russian-cooperation.json', ROOT), 'utf8'));
}

/** The seed card's expected text, one line per rendered text block. */
export function seedLines() {
  return readFileSync(new URL('tests/fixtures/seed.txt', ROOT), 'utf8').split('\n');
}

/** A route handler sending tests/e2e/fixtures/<name> as an HTML page. */
export function htmlFixture(name) {
  const body = readFileSync(new URL(name, FIXTURES));
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  };
}

/**
 * A route handler sending `body` (a value to serialise, or raw text) as application/json, with
 * its content-length declared.
 */
export function json(body, status = 200) {
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return (req, res) => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': bytes.length,
      'cache-control': 'no-store',
    });
    res.end(bytes);
  };
}

/** Collapses runs of whitespace so rendered text can be compared with source text. */
export function normalise(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Waits until the host matching `selector` has settled (lazy hosts go waiting → loading → ready
 * or error), then asserts the state it settled in.
 */
export async function expectState(page, selector, expected, timeout = 10000) {
  await page.waitForFunction(
    (sel) => {
      const host = document.querySelector(sel);
      return ['ready', 'error'].includes(host?.dataset.esState);
    },
    selector,
    { timeout },
  );
  const state = await page.locator(selector).getAttribute('data-es-state');
  assert.equal(state, expected, `${selector} settled in data-es-state="${state}"`);
  assert.equal(await page.locator(selector).getAttribute('aria-busy'), null, `${selector} is still aria-busy`);
}

/**
 * querySelector that also looks inside open shadow roots (cards mount in their host's shadow
 * root), in document order; runs in the page, so it must stay self-contained.
 */
export function deepQuery(root, selector) {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = deepQuery(element.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/**
 * What assistive technology is told about a disclosure summary, from Chromium's accessibility
 * tree: { role, name, expanded, focusable }.
 */
export async function accessibleState(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `(${deepQuery})(document, ${JSON.stringify(selector)})`,
    });
    assert.ok(result.objectId, `no element matches ${selector}`);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      objectId: result.objectId,
      fetchRelatives: false,
    });
    const node = nodes[0];
    const prop = (name) => node.properties?.find((p) => p.name === name)?.value.value;
    return {
      role: node.role?.value,
      name: node.name?.value,
      expanded: prop('expanded'),
      focusable: prop('focusable'),
    };
  } finally {
    await cdp.detach();
  }
}

/** The problems an error card lists, as { path, text } (path is null when none is shown). */
export function errorItems(page, hostSelector) {
  return page.locator(`${hostSelector} .es-card--error li.es-error__item`).evaluateAll((items) =>
    items.map((li) => ({
      path: li.querySelector('code.es-error__path')?.textContent ?? null,
      text: li.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
}

/**
 * Serves the demo site (www/ and pkg/), with `routes` (path → handler) before it, and launches
 * Chromium for one test file: `ready` gets `{ url, browser, server }` before the file's first
 * test, and both are closed after its last.
 */
export function useSite(ready, { routes } = {}) {
  let server;
  let browser;
  before(async () => {
    let url;
    ({ server, url } = await startServer({ port: 0, routes }));
    browser = await launch();
    ready({ url, browser, server });
  });
  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
  });
}
