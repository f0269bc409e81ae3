// Settings → Executive summary: only administrators reach it; the defaults saved there apply to
// shortcodes that set no value of their own; the CDN URL must be an http(s) URL and, once set,
// is where readers' pages load the card's files from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useWordPress, docPath, PLUGIN_DIR } from './wordpress.mjs';
import { openReader, pluginMessages, pluginRequests, expectCardsReady, screenshot } from './support.mjs';

let site;
let browser;
let admin;
let post;
useWordPress(async (ready) => {
  ({ site, browser } = ready);
  post = await site.insertPost({
    title: 'Defaults',
    content: `[exec_summary src="${docPath('sino-russian-cooperation')}"]\n\n[exec_summary src="${docPath('urban-heat-resilience')}" theme="light" variant="default" heading_level="default"]`,
    as: 'author',
  });
});

const settingsUrl = () => `${site.url}/wp-admin/options-general.php?page=exec-summary`;
/** The stored settings; WordPress does not store a first save equal to the defaults. */
const stored = async () => ({ theme: '', variant: '', heading_level: '', cdn_url: '', ...await site.php('return get_option( "exec_summary_settings", array() );') });

async function adminPage() {
  if (!admin) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await site.login(context, 'administrator');
    admin = await context.newPage();
  }
  return admin;
}

async function save(page) {
  await Promise.all([page.waitForURL(/settings-updated=true/), page.getByRole('button', { name: 'Save Changes' }).click()]);
}

test('an Editor cannot open the settings page', async () => {
  const context = await browser.newContext();
  try {
    await site.login(context, 'editor');
    const page = await context.newPage();
    await page.goto(settingsUrl());
    assert.match(await page.locator('body').innerText(), /Sorry, you are not allowed to access this page\./);
    assert.equal(await page.locator('select#exec_summary_theme').count(), 0);
  } finally {
    await context.close();
  }
});

test('an administrator finds the page from the Plugins screen and saves the defaults', async () => {
  const page = await adminPage();
  await page.goto(`${site.url}/wp-admin/plugins.php`);
  await page.locator('tr[data-plugin="exec-summary/exec-summary.php"]').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Executive summary' }).waitFor();
  assert.equal(page.url(), settingsUrl());
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Layout').selectOption('compact');
  await page.getByLabel('Title heading level').selectOption('3');
  await save(page);
  assert.ok(await page.getByText('Settings saved.').isVisible());
  await page.reload();
  assert.equal(await page.getByLabel('Theme').inputValue(), 'dark');
  assert.equal(await page.getByLabel('Layout').inputValue(), 'compact');
  assert.equal(await page.getByLabel('Title heading level').inputValue(), '3');
  await screenshot(page, 'settings-page', { fullPage: true });
  assert.deepEqual(await stored(), { theme: 'dark', variant: 'compact', heading_level: '3', cdn_url: '' });
});

test('the defaults apply to a shortcode that sets none; a shortcode’s own values, and "default", win', async () => {
  const page = await openReader(browser);
  try {
    await page.goto(post.url);
    await expectCardsReady(page, 2);
    const [plain, own] = await page.locator('.exec-summary').all();
    assert.equal(await plain.getAttribute('data-theme'), 'dark');
    assert.equal(await plain.getAttribute('data-variant'), 'compact');
    assert.ok(await plain.getByRole('heading', { level: 3, name: 'Present and Future Sino-Russian Cooperation' }).isVisible());
    const colour = (host) => host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.es-card')).backgroundColor);
    const sum = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b);
    assert.ok(sum(await colour(plain)) < 150, 'the card without a theme of its own is dark');

    assert.equal(await own.getAttribute('data-theme'), 'light');
    assert.equal(await own.getAttribute('data-variant'), null);
    assert.ok(await own.getByRole('heading', { level: 2, name: 'Cooling Cities: Municipal Heat-Resilience Plans' }).isVisible());
    assert.ok(sum(await colour(own)) > 600, 'the card that asks for light is light');
    assert.deepEqual(pluginMessages(page), []);
  } finally {
    await page.context().close();
  }
});

test('a CDN URL that is not http(s) is refused with a message, and the previous value kept', async () => {
  const page = await adminPage();
  await page.goto(settingsUrl());
  for (const bad of ['ftp://cdn.example.org/exec-summary/', 'javascript:alert(1)']) {
    await page.getByLabel('CDN URL').fill(bad);
    await save(page);
    assert.ok(await page.getByText('The CDN URL must be an http:// or https:// address; the previous value was kept.').isVisible(), bad);
    assert.equal(await page.getByLabel('CDN URL').inputValue(), '');
    assert.equal((await stored()).cdn_url, '');
    assert.equal((await stored()).theme, 'dark', 'the other settings are kept');
  }
});

/** A CDN on another loopback origin serving the plugin's assets folder with CORS headers. */
async function startCdn() {
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
  const served = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://cdn').pathname;
    served.push(path);
    const name = path.replace(/^\/exec-summary\/0\.1\.0\//, '');
    try {
      if (name.includes('/')) throw new Error('not here');
      const body = await readFile(join(PLUGIN_DIR, 'assets', name));
      res.writeHead(200, { 'content-type': types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'access-control-allow-origin': '*' });
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, served, url: `http://127.0.0.1:${server.address().port}/exec-summary/0.1.0/` };
}

test('with a CDN URL saved, readers’ pages load the card’s files from it; emptied, from the plugin again', async () => {
  const cdn = await startCdn();
  try {
    const page = await adminPage();
    await page.goto(settingsUrl());
    await page.getByLabel('CDN URL').fill(cdn.url);
    await save(page);
    assert.equal((await stored()).cdn_url, cdn.url);

    const reader = await openReader(browser);
    try {
      await reader.goto(post.url);
      await expectCardsReady(reader, 2);
      assert.deepEqual(pluginRequests(reader), [], 'nothing from the plugin’s folder');
      assert.deepEqual([...new Set(cdn.served)].sort(), [
        '/exec-summary/0.1.0/exec-summary-runtime.js', '/exec-summary/0.1.0/exec-summary.css', '/exec-summary/0.1.0/exec-summary.js',
        '/exec-summary/0.1.0/exec_summary.js', '/exec-summary/0.1.0/exec_summary_bg.wasm',
      ]);
      assert.deepEqual(await reader.evaluate(() => window.ExecSummaryConfig), { base: cdn.url });
      await reader.locator('.exec-summary').first().getByRole('button', { name: 'Expand all' }).click();
    } finally {
      await reader.context().close();
    }

    await page.goto(settingsUrl());
    await page.getByLabel('CDN URL').fill('');
    await save(page);
    const again = await openReader(browser);
    try {
      await again.goto(post.url);
      await expectCardsReady(again, 2);
      assert.equal(pluginRequests(again).length, 5, 'the card’s five files from the plugin’s folder');
    } finally {
      await again.context().close();
    }
  } finally {
    cdn.server.close();
  }
});

test('every word the plugin shows goes through its text domain (seen with a pseudo-translation)', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await site.login(context, 'administrator');
    await context.addCookies([{ name: 'es-pseudo-locale', value: '1', url: site.url }]);
    const page = await context.newPage();
    await page.goto(settingsUrl());
    // Every text of the page's own area, but the core's button and what the site owner entered.
    const texts = await page.locator('#wpbody-content .wrap').evaluate((wrap) => {
      const found = [];
      const walker = document.createTreeWalker(wrap, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        if (text && !node.parentElement.closest('p.submit, .notice, style, script')) found.push(text);
      }
      return found;
    });
    assert.ok(texts.length >= 15, texts.join('\n'));
    assert.deepEqual(texts.filter((text) => !/^⟦[\s\S]*⟧$/.test(text)), [], 'every text is translated');
    await screenshot(page, 'settings-page-pseudo-locale', { fullPage: true });

    await page.goto(`${site.url}/wp-admin/plugins.php`);
    const row = page.locator('tr[data-plugin="exec-summary/exec-summary.php"]');
    assert.equal(await row.locator('.plugin-title strong').textContent(), '⟦Executive summary⟧');
    assert.ok(await row.getByRole('link', { name: '⟦Settings⟧' }).isVisible());

    const bad = await site.insertPost({ title: 'Pseudo', content: `[exec_summary src="${docPath('sino-russian-cooperation')}"] [exec_summary src="ftp://x"]`, as: 'administrator' });
    await page.goto(bad.url);
    assert.match(await page.locator('.exec-summary-notice').textContent(), /^⟦.*⟧$/);
    const reader = await openReader(browser);
    try {
      await reader.context().addCookies([{ name: 'es-pseudo-locale', value: '1', url: site.url }]);
      await reader.goto(bad.url);
      assert.equal(await reader.locator('.exec-summary-fallback').textContent(), '⟦Executive summary⟧');
    } finally {
      await reader.context().close();
    }
  } finally {
    await context.close();
  }
});

test('PHP logged no notice or warning naming the plugin’s files', async () => {
  await admin?.context().close();
  assert.deepEqual(site.pluginLogLines(), []);
});
