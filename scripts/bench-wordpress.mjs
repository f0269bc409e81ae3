// The WordPress plugin's speed, in a real WordPress 6.1 (tests/wordpress/wordpress.mjs) driven by
// Debian's Chromium: what a reader of a post with one "Executive summary" block downloads of the
// plugin's files (brotli), the post's first paint with the plugin and without it (the plugin
// deactivated: WordPress then prints the block's saved HTML as it is), layout shift while the
// card upgrades and the reader scrolls, and in the block editor how soon the preview follows a
// keystroke in the seed card. Not part of the test suite; figures go to bench/README.md.
//
//   node scripts/bench-wordpress.mjs            → markdown on stdout (15 alternating page loads, 40 keystrokes)
//   node scripts/bench-wordpress.mjs --runs 25 --keys 60
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';

import { launch } from '../tests/e2e/browser.mjs';
import { startWordPress } from '../tests/wordpress/wordpress.mjs';
import { SEED_TEXT, insertSummaryBlock, newPost, publish, waitForPreview } from '../tests/wordpress/block-editor.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '15' }, keys: { type: 'string', default: '40' } } });
const RUNS = Number(args.runs);
const KEYS = Number(args.keys);
const PLUGIN_PATH = '/wp-content/plugins/exec-summary/';
const TITLE = 'Present and Future Sino-Russian Cooperation';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const log = (text) => process.stderr.write(`bench-wordpress: ${text}\n`);

/** Installed before the page's scripts: layout shifts without recent input, summed. */
function observeShifts() {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** One cold load of `url` in a fresh context: first paints, layout shift, the plugin's downloads. */
async function load(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const plugin = [];
  page.on('response', (response) => {
    if (response.url().includes(PLUGIN_PATH)) plugin.push(response);
  });
  await page.addInitScript(observeShifts);
  await page.goto(url, { waitUntil: 'load' });
  const upgraded = await page.evaluate(() => Boolean(document.querySelector('.exec-summary[data-es-static]')));
  if (upgraded && plugin.length) await page.waitForFunction(() => document.querySelector('.exec-summary').dataset.esState === 'ready');
  // Read to the end, as a reader would, then let the last frames settle.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
  const paint = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])));
  const cls = await page.evaluate(() => window.__cls);
  // When the server began to answer: what PHP did before the page could paint at all.
  const ttfb = await page.evaluate(() => performance.getEntriesByType('navigation')[0].responseStart);
  const files = {};
  for (const response of plugin) files[new URL(response.url()).pathname.slice(PLUGIN_PATH.length)] = brotli(await response.body());
  await context.close();
  return { fp: paint['first-paint'], fcp: paint['first-contentful-paint'], ttfb, cls, files };
}

/** Milliseconds from each keystroke to the preview showing it, and whether that was before the next frame. */
async function typing(page) {
  const area = page.locator('.exec-summary-editor textarea');
  await area.press('Control+Home');
  await page.evaluate(() => {
    const area = document.querySelector('.exec-summary-editor textarea');
    const preview = document.querySelector('.exec-summary-editor__preview');
    window.__keys = [];
    area.addEventListener('keydown', () => {
      const key = { start: performance.now(), shown: null, frame: null };
      window.__keys.push(key);
      const seen = area.value.split('\n')[0];
      const check = () => {
        const title = preview.shadowRoot?.querySelector('.es-card__title')?.textContent;
        if (key.shown === null && title !== undefined && title !== seen) key.shown = performance.now();
      };
      const observer = new MutationObserver(check);
      observer.observe(preview.shadowRoot, { subtree: true, childList: true, characterData: true });
      // The next frame's callback runs before that frame paints: was the preview updated by then?
      requestAnimationFrame(() => {
        check();
        key.frame = performance.now();
        key.inFrame = key.shown !== null;
        setTimeout(() => observer.disconnect(), 500);
      });
    }, { capture: true });
  });
  for (let i = 0; i < KEYS; i++) {
    await area.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(600);
  return page.evaluate(() => window.__keys);
}

const started = Date.now();
const load0 = loadavg()[0];
log('starting WordPress');
const site = await startWordPress();
const browser = await launch();
try {
  // The post, written as an author would: the seed pasted into the block, published.
  const author = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await site.login(author, 'author');
  const page = await newPost(author, site, 'Cooperation, benchmarked');
  const area = await insertSummaryBlock(page);
  await area.fill(SEED_TEXT);
  await waitForPreview(page, TITLE);
  const url = await publish(page);
  log(`typing ${KEYS} keystrokes into the seed card in the editor`);
  const keys = await typing(page);
  await author.close();

  const active = [];
  const inactive = [];
  for (let run = 0; run < RUNS; run++) {
    await site.php("activate_plugin( 'exec-summary/exec-summary.php' ); return true;");
    active.push(await load(browser, url));
    await site.php("deactivate_plugins( 'exec-summary/exec-summary.php' ); return true;");
    inactive.push(await load(browser, url));
    log(`page loads: ${run + 1} of ${RUNS}`);
  }
  await site.php("activate_plugin( 'exec-summary/exec-summary.php' ); return true;");

  const files = active[0].files;
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  const latencies = keys.filter((k) => k.shown !== null).map((k) => k.shown - k.start);
  const row = (name, list) => `| ${name} | ${median(list.map((r) => r.fp)).toFixed(1)} | ${median(list.map((r) => r.fcp)).toFixed(1)} | ${Math.min(...list.map((r) => r.fcp)).toFixed(1)}–${Math.max(...list.map((r) => r.fcp)).toFixed(1)} | ${Math.max(...list.map((r) => r.cls)).toFixed(4)} |`;
  const out = [
    `WordPress ${await site.php('return get_bloginfo( "version" );')} (Debian), Twenty Twenty-Three, php -S on loopback; Chromium headless, 1280 × 720, cold cache each load; ${cpus().length} cores, load average ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}; ${RUNS} alternating loads of each; ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    '',
    '**A reader\'s downloads of the plugin\'s files, one card (brotli, quality 11):**',
    '',
    '| file | bytes |',
    '|---|---|',
    ...Object.entries(files).sort().map(([name, bytes]) => `| \`${name}\` | ${bytes} |`),
    `| **total** | **${total}** (${(total / 1024).toFixed(1)} KB; wasm: ${Object.keys(files).some((f) => f.endsWith('.wasm')) ? 'yes' : 'none'}) |`,
    '',
    '**First paint, the same post with the plugin and without it (ms from navigation start, medians):**',
    '',
    '| post | first paint | first contentful paint | FCP range | CLS (worst load) |',
    '|---|---|---|---|---|',
    row('with the plugin (static card, upgraded)', active),
    row('plugin deactivated (the saved HTML, unstyled)', inactive),
    '',
    `Median of the ${RUNS} pairwise differences (each load with the plugin minus the load without it that followed): first contentful paint ${median(active.map((r, i) => r.fcp - inactive[i].fcp)).toFixed(1)} ms; of it, the server's first byte ${median(active.map((r, i) => r.ttfb - inactive[i].ttfb)).toFixed(1)} ms (with the plugin ${median(active.map((r) => r.ttfb)).toFixed(1)} ms, without ${median(inactive.map((r) => r.ttfb)).toFixed(1)} ms), and from the first byte to the first contentful paint ${median(active.map((r, i) => (r.fcp - r.ttfb) - (inactive[i].fcp - inactive[i].ttfb))).toFixed(1)} ms.`,
    '',
    `**Editor, seed card:** ${latencies.length} of ${keys.length} keystrokes shown in the preview; median ${median(latencies).toFixed(1)} ms from keydown to the preview's new title (max ${Math.max(...latencies).toFixed(1)} ms); ${keys.filter((k) => k.inFrame).length} of ${keys.length} shown before the next frame.`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await browser.close();
  await site.stop();
}
