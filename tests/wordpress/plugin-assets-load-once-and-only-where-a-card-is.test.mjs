// The plugin's files load only on pages that show a card, and once however many cards a page
// shows; cards put on the page by the theme's template (exec_summary_card(), do_shortcode())
// work; and the loader still works when an optimiser concatenates it into a file elsewhere,
// because the plugin tells it where its files are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useWordPress, docPath } from './wordpress.mjs';
import { openReader, pluginMessages, pluginRequests, expectCardsReady, sectionStates, PLUGIN_PATH } from './support.mjs';

let site;
let browser;
let twoCards;
useWordPress(async (ready) => {
  ({ site, browser } = ready);
  twoCards = await site.insertPost({
    title: 'Two cards',
    content: `[exec_summary src="${docPath('sino-russian-cooperation')}"]\n\nBetween the cards.\n\n[exec_summary src="${docPath('rural-elderly-care-zh')}"]`,
    as: 'editor',
  });
});

const ASSETS = `${PLUGIN_PATH}assets/`;

async function load(url) {
  const page = await openReader(browser);
  const response = await page.goto(url);
  return { page, html: await response.text() };
}

test('a page without a card loads none of the plugin’s files and carries none of its markup', async () => {
  for (const path of ['/?page_id=2', '/?p=1', '/wp-login.php']) {
    const { page, html } = await load(`${site.url}${path}`);
    try {
      await page.waitForLoadState('load');
      assert.equal(await page.locator('.exec-summary').count(), 0);
      assert.deepEqual(pluginRequests(page), [], `no request for the plugin's files on ${path}`);
      assert.ok(!html.includes(PLUGIN_PATH), `no URL of the plugin's files in ${path}`);
      assert.ok(!html.includes('ExecSummaryConfig'), `no inline configuration in ${path}`);
      assert.equal(await page.evaluate(() => typeof window.ExecSummary), 'undefined');
    } finally {
      await page.context().close();
    }
  }
});

test('a page with two cards loads the loader once, in the footer, marked for optimisers to leave alone', async () => {
  const { page, html } = await load(twoCards.url);
  try {
    await expectCardsReady(page, 2);
    const tags = html.match(/<script\b[^>]*exec-summary[^>]*>/g);
    assert.equal(tags.length, 2, `one inline configuration and one loader:\n${tags.join('\n')}`);
    for (const tag of tags) {
      for (const marker of ['data-noptimize', 'nowprocket', 'data-cfasync="false"']) assert.ok(tag.includes(marker), `${marker} on ${tag}`);
    }
    assert.match(tags[0], /id='exec-summary-js-before'/);
    assert.match(tags[1], new RegExp(`src='${site.url}${ASSETS}exec-summary\\.js\\?ver=[0-9.]+'`));
    assert.ok(html.indexOf(tags[0]) > html.lastIndexOf('</footer>'), 'printed after the theme’s footer (wp_footer), not in <head>');
    const config = await page.evaluate(() => window.ExecSummaryConfig);
    assert.deepEqual(config, { base: `${site.url}${ASSETS}` });

    const files = pluginRequests(page).map((url) => new URL(url).pathname.slice(ASSETS.length));
    assert.deepEqual(files.sort(), ['exec-summary-runtime.js', 'exec-summary.css', 'exec-summary.js', 'exec_summary.js', 'exec_summary_bg.wasm'],
      'each of the card\'s files once');
    // Both work: the Chinese card speaks Chinese.
    const second = page.locator('.exec-summary').nth(1);
    await second.getByRole('button', { name: '全部展开' }).click();
    assert.ok((await sectionStates(second)).every(Boolean));
    assert.deepEqual(pluginMessages(page), []);
  } finally {
    await page.context().close();
  }
});

test('cards printed by the theme’s template (exec_summary_card() and do_shortcode()) work, with the loader once', async () => {
  const { page, html } = await load(`${site.url}/?page_id=2&es-template=1`);
  try {
    await expectCardsReady(page, 2);
    const [first, second] = await page.locator('.es-test-template .exec-summary').all();
    assert.equal(await first.getAttribute('data-theme'), 'sepia');
    assert.ok(await first.getByRole('heading', { level: 2, name: 'Cooling Cities: Municipal Heat-Resilience Plans' }).isVisible());
    assert.equal(await second.getAttribute('data-variant'), 'compact');
    assert.ok(await second.getByRole('heading', { level: 3, name: 'Present and Future Sino-Russian Cooperation' }).isVisible());
    await second.getByRole('button', { name: 'Expand all' }).click();
    assert.deepEqual(await sectionStates(second), [true, true]);
    assert.equal(html.match(/<script\b[^>]*src=[^>]*exec-summary\.js/g).length, 1);
    assert.deepEqual(pluginMessages(page), []);
  } finally {
    await page.context().close();
  }
});

test('with the loader concatenated into another file by an optimiser, the cards still load from the plugin’s folder', async () => {
  const { page, html } = await load(`${twoCards.url}&es-optimise=1`);
  try {
    await expectCardsReady(page, 2);
    assert.ok(!html.includes(`${ASSETS}exec-summary.js`), 'the loader’s own tag is gone');
    const combined = page.requests.filter((url) => /\/wp-content\/cache\/combined-[0-9a-f]{32}\.js$/.test(url));
    assert.equal(combined.length, 1, 'the page loads the combined file');
    const files = pluginRequests(page).map((url) => new URL(url).pathname.slice(ASSETS.length));
    assert.deepEqual(files.sort(), ['exec-summary-runtime.js', 'exec-summary.css', 'exec_summary.js', 'exec_summary_bg.wasm']);
    assert.deepEqual(page.requests.filter((url) => url.includes('/wp-content/cache/') && !combined.includes(url)), []);
    await page.locator('.exec-summary').first().getByRole('button', { name: 'Expand all' }).click();
    assert.deepEqual(await sectionStates(page.locator('.exec-summary').first()), [true, true]);
    assert.deepEqual(pluginMessages(page), []);
  } finally {
    await page.context().close();
  }
});

test('control: the same optimiser with the plugin’s base URL dropped breaks the cards (the base is what keeps them working)', async () => {
  const { page } = await load(`${twoCards.url}&es-optimise=1&es-no-config=1`);
  try {
    await page.waitForFunction(() => [...document.querySelectorAll('.exec-summary')].every((host) => host.dataset.esState === 'error'), null, { timeout: 15000 });
    assert.ok(page.requests.some((url) => url.endsWith('/wp-content/cache/exec-summary-runtime.js')), 'the loader looked for its files beside the combined file');
  } finally {
    await page.context().close();
  }
});

test('PHP logged no notice or warning naming the plugin’s files', () => {
  assert.deepEqual(site.pluginLogLines(), []);
});
