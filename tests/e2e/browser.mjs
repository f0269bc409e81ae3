// Shared by the end-to-end tests, the benchmark and the screenshot script: launches Debian's
// Chromium through playwright-core (which never downloads a browser of its own).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Chromium flags for a headless run on a machine with no network but the loopback. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

/** Launches headless Chromium. */
export function launch(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...options });
}

/**
 * Opens a page that records console errors and uncaught exceptions in `page.problems`, so a test
 * can assert that nothing went wrong that a user would not see.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => page.problems.push(String(err)));
  return page;
}
