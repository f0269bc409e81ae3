// The block's editor strings are translated through wp_set_script_translations (a JSON
// translation of the text domain exec-summary, as WordPress installs them), and the card's own
// words follow the post's language: on a French site, the seed pasted into the block gives a
// card that says "Tout déplier", in the editor and to readers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useWordPress } from './wordpress.mjs';
import { openReader } from './support.mjs';
import { SEED_TEXT, insertSummaryBlock, newPost, openBlockSettings, preview, publish } from './block-editor.mjs';

let site;
let browser;
useWordPress(async (ready) => {
  ({ site, browser } = ready);
  await site.php(`update_option( 'WPLANG', 'fr_FR' ); update_user_meta( ${site.users.author.id}, 'locale', 'fr_FR' ); return true;`);
  // WordPress looks for languages/plugins/<domain>-<locale>-<md5 of the script's path in the plugin>.json.
  const dir = join(site.root, 'wp-content/languages/plugins');
  mkdirSync(dir, { recursive: true });
  const md5 = createHash('md5').update('blocks/card/index.js').digest('hex');
  writeFileSync(join(dir, `exec-summary-fr_FR-${md5}.json`), JSON.stringify({
    domain: 'messages',
    locale_data: { messages: { '': { domain: 'messages', lang: 'fr_FR' }, 'Executive summary': ['Résumé exécutif'], Theme: ['Thème'] } },
  }));
});

test('the editor speaks the translation, and the card in the preview and on the page speaks the post’s language', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let url;
  try {
    await site.login(context, 'author');
    const page = await newPost(context, site, 'En français');
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    await page.getByPlaceholder('Search').fill('summary');
    await page.getByRole('option', { name: 'Executive summary' }).click();
    const area = page.locator('.exec-summary-editor').getByRole('textbox', { name: 'Résumé exécutif' });
    await area.fill(SEED_TEXT);
    await preview(page).getByRole('button', { name: 'Tout déplier' }).waitFor();
    await openBlockSettings(page);
    assert.ok(await page.getByLabel('Thème').isVisible(), 'the sidebar is translated');
    url = await publish(page);
  } finally {
    await context.close();
  }
  const page = await openReader(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('.exec-summary')?.dataset.esState === 'ready');
    await page.locator('.exec-summary').getByRole('button', { name: 'Tout déplier' }).click();
    await page.locator('.exec-summary').getByRole('button', { name: 'Tout replier' }).waitFor();
  } finally {
    await page.context().close();
  }
});
