// Shared by the WordPress test files (not a test file itself): what a reader's page shows and
// loads, seen from Chromium.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGIN_DIR } from './wordpress.mjs';

/** The URL path under which WordPress serves the plugin's files. */
export const PLUGIN_PATH = '/wp-content/plugins/exec-summary/';

/**
 * Opens a page in a fresh context (a reader's, unless `context` is given) that records what a
 * user would not see: console messages and uncaught errors (`page.messages`, `page.problems`,
 * each console message with the URL of the script that logged it), every request
 * (`page.requests`) and every dialog opened (`page.dialogs`, dismissed).
 */
export async function openReader(browser, { context, ...options } = {}) {
  const ctx = context ?? await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await ctx.newPage();
  page.messages = [];
  page.problems = [];
  page.requests = [];
  page.dialogs = [];
  page.on('console', (msg) => page.messages.push({ type: msg.type(), text: msg.text(), url: msg.location()?.url ?? '' }));
  page.on('pageerror', (error) => page.problems.push(String(error)));
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  return page;
}

/** Console messages logged by the plugin's files, or naming them, and uncaught errors. */
export function pluginMessages(page) {
  return [
    ...page.messages.filter((m) => m.url.includes(PLUGIN_PATH) || m.text.includes(PLUGIN_PATH) || /exec-summary/i.test(m.text)),
    ...page.problems.map((text) => ({ type: 'pageerror', text })),
  ];
}

/** Requests for the plugin's files. */
export function pluginRequests(page) {
  return page.requests.filter((url) => url.includes(PLUGIN_PATH));
}

/** Waits until every card host on the page has settled, and asserts each is `ready`. */
export async function expectCardsReady(page, count, timeout = 15000) {
  const hosts = page.locator('.exec-summary');
  await page.waitForFunction(
    (n) => {
      const all = [...document.querySelectorAll('.exec-summary')];
      return all.length === n && all.every((host) => ['ready', 'error'].includes(host.dataset.esState));
    },
    count,
    { timeout },
  ).catch(() => {});
  assert.equal(await hosts.count(), count, 'card hosts on the page');
  const states = await hosts.evaluateAll((all) => all.map((host) => host.dataset.esState ?? '(none)'));
  assert.deepEqual(states, Array(count).fill('ready'), 'every card settled in data-es-state="ready"');
}

/** The open state of every section of the card in `host` (a locator). */
export function sectionStates(host) {
  return host.locator('details.es-section').evaluateAll((all) => all.map((d) => d.open));
}

/**
 * Where screenshots go: WP_SCREENSHOTS=DIR saves them there (the tests then say where);
 * without it none are taken.
 */
export async function screenshot(page, name, options = {}) {
  const dir = process.env.WP_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, ...options });
  process.stderr.write(`screenshot: ${path}\n`);
}

export { PLUGIN_DIR };
