// Shared by the www-*.test.mjs files (the documentation site and its playground); not a test file
// itself. Pages are served by startServer() exactly as `npm run serve` serves them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { openPage } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url);

/** Every page of the site, as paths. */
export const SITE_PAGES = [
  '/',
  '/playground.html',
  '/docs/',
  '/docs/contract.html',
  '/docs/theming.html',
  '/docs/api.html',
  '/docs/csp.html',
  '/docs/cms.html',
  '/docs/wordpress.html',
  '/docs/bundlers.html',
  '/docs/server.html',
  '/docs/eleventy.html',
  '/docs/cli.html',
  '/docs/accessibility.html',
  '/themes.html',
];

/** The seed's plain text, as published (tests/fixtures/seed.txt). */
export function seedText() {
  return readFileSync(new URL('tests/fixtures/seed.txt', ROOT), 'utf8');
}

/** A page in a fresh context (empty storage) whose clipboard the test can write and read. */
export async function openWithClipboard(browser, url, options = {}) {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  return page;
}

/** The clipboard's text. */
export function readClipboard(page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Puts `text` on the clipboard. */
export function writeClipboard(page, text) {
  return page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

/** Opens the playground at `path` (optionally with a #s=… state) and waits until it has started. */
export async function gotoPlayground(page, base, hash = '') {
  await page.goto(`${base}/playground.html${hash}`);
  await page.waitForSelector('html[data-playground="ready"]', { timeout: 15000 });
  await previewSettled(page);
}

/** Waits until the preview host shows a card or an error card and is not loading. */
export async function previewSettled(page) {
  await page.waitForFunction(() => {
    const host = document.getElementById('preview');
    return ['ready', 'error'].includes(host.dataset.esState) && host.shadowRoot?.querySelector('.es-card');
  }, null, { timeout: 15000 });
}

/** Waits until the preview card's title is `title`. */
export async function previewTitled(page, title) {
  await page.waitForFunction((t) => {
    const host = document.getElementById('preview');
    return host.dataset.esState === 'ready' && host.shadowRoot?.querySelector('.es-card__title')?.textContent === t;
  }, title, { timeout: 15000 });
}

/** The preview card's whole text (closed sections included), whitespace collapsed. */
export function previewText(page) {
  return page.evaluate(() => document.getElementById('preview').shadowRoot.querySelector('article.es-card').textContent.replace(/\s+/g, ' ').trim());
}

/** Open state of the preview's sections, by id. */
export function previewSections(page) {
  return page.evaluate(() => Object.fromEntries(
    Array.from(document.getElementById('preview').shadowRoot.querySelectorAll('details.es-section')).map((d) => [d.id, d.open]),
  ));
}

/** Replaces the JSON editor's text as typing would (an input event) and waits for the check. */
export async function setJson(page, text) {
  await page.locator('#json').fill(text);
  await page.waitForTimeout(400); // the editor's debounce is 200 ms
}

/** The problems listed beside the editor, as { path, where, message, severity }. */
export function listedProblems(page) {
  return page.locator('#problems button.pg-problem').evaluateAll((buttons) => buttons.map((b) => ({
    path: b.querySelector('.pg-problem__path').textContent,
    where: b.querySelector('.pg-problem__where').textContent,
    message: b.querySelector('.pg-problem__message').textContent,
    severity: b.dataset.severity,
  })));
}

/** 1-based line of the textarea's cursor. */
export function cursorLine(page) {
  return page.locator('#json').evaluate((area) => area.value.slice(0, area.selectionStart).split('\n').length);
}

/** Asserts nothing went wrong in the page: no uncaught exception, no console error. */
export function assertQuiet(page) {
  assert.deepEqual(page.problems, [], 'page errors');
  assert.deepEqual(page.consoleErrors, [], 'console errors');
}
