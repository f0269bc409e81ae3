// A site owner uploads the plugin's zip under Plugins → Add New, activates it and gets working
// cards; deleting it from the Plugins screen runs uninstall.php, which leaves no option behind.
// (This site has no link to the working tree: deleting removes the uploaded copy only.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useWordPress, docPath, PLUGIN_DIR } from './wordpress.mjs';
import { zipPlugin } from '../../scripts/wordpress-zip.mjs';
import { openReader, pluginMessages, expectCardsReady } from './support.mjs';

let site;
let browser;
let admin;
let zip;
useWordPress(async (ready) => {
  ({ site, browser } = ready);
  zip = zipPlugin(join(site.dir, 'exec-summary.zip'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await site.login(context, 'administrator');
  admin = await context.newPage();
  admin.on('dialog', (dialog) => dialog.accept());
}, { plugin: false });

const installed = () => join(site.root, 'wp-content/plugins/exec-summary');
const files = (dir) => readdirSync(dir, { recursive: true }).filter((name) => statSync(join(dir, name)).isFile()).sort();
/** Every row of wp_options the plugin could have added. */
const pluginOptions = () => site.php(`
  global $wpdb;
  return $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%exec\\_summary%' OR option_name LIKE '%exec-summary%'" );
`);

test('the zip uploaded under Plugins → Add New installs the plugin, which activates', async () => {
  assert.equal(existsSync(installed()), false, 'not installed yet');
  await admin.goto(`${site.url}/wp-admin/plugin-install.php`);
  await admin.getByRole('button', { name: 'Upload Plugin' }).click();
  await admin.setInputFiles('#pluginzip', zip);
  await admin.getByRole('button', { name: 'Install Now' }).click();
  await admin.getByText('Plugin installed successfully.').waitFor({ timeout: 30000 });
  assert.deepEqual(files(installed()), files(PLUGIN_DIR), 'the installed folder holds the plugin’s files');
  await admin.getByRole('link', { name: 'Activate Plugin' }).click();
  await admin.getByText('Plugin activated.').waitFor();
  assert.deepEqual(await site.php('return get_option( "active_plugins" );'), ['exec-summary/exec-summary.php']);
});

test('the installed copy gives readers a working card', async () => {
  const post = await site.insertPost({ title: 'Installed', content: `[exec_summary src="${docPath('water-security-ar')}"]`, as: 'author' });
  const page = await openReader(browser);
  try {
    await page.goto(post.url);
    await expectCardsReady(page, 1);
    const host = page.locator('.exec-summary');
    assert.equal(await host.evaluate((el) => el.shadowRoot.querySelector('.es-card').getAttribute('dir') ?? getComputedStyle(el.shadowRoot.querySelector('.es-card')).direction), 'rtl');
    assert.deepEqual(pluginMessages(page), []);
  } finally {
    await page.context().close();
  }
});

test('deleting the plugin from the Plugins screen removes every option it added', async () => {
  await admin.goto(`${site.url}/wp-admin/options-general.php?page=exec-summary`);
  await admin.getByLabel('Theme').selectOption('sepia');
  await admin.getByLabel('CDN URL').fill('https://cdn.example.org/exec-summary/');
  await Promise.all([admin.waitForURL(/settings-updated=true/), admin.getByRole('button', { name: 'Save Changes' }).click()]);
  assert.deepEqual(await pluginOptions(), ['exec_summary_settings'], 'the settings are stored');

  await admin.goto(`${site.url}/wp-admin/plugins.php`);
  const row = () => admin.locator('tr[data-plugin="exec-summary/exec-summary.php"]');
  await row().getByRole('link', { name: 'Deactivate' }).click();
  await admin.getByText('Plugin deactivated.').waitFor();
  await row().getByRole('link', { name: 'Delete' }).click(); // confirm() accepted above
  await admin.getByText('Executive summary was successfully deleted.').waitFor({ timeout: 30000 });

  assert.equal(existsSync(installed()), false, 'the plugin’s folder is gone');
  assert.ok(existsSync(join(PLUGIN_DIR, 'exec-summary.php')), 'the working tree is untouched');
  assert.deepEqual(await pluginOptions(), [], 'no option of the plugin is left');
  assert.equal(await site.php('return get_option( "exec_summary_settings" );'), false);
});

test('PHP logged no notice or warning naming the plugin’s files', async () => {
  await admin.context().close();
  assert.deepEqual(site.pluginLogLines(), []); // the uploaded copy's lines name …/plugins/exec-summary/ too
});
