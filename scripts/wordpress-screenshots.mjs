// Screenshots of the WordPress plugin taken from a real WordPress 6.1 (tests/wordpress/wordpress.mjs):
// the "Executive summary" block in the editor (the seed pasted, the sepia theme chosen) and the
// published card, as a reader sees it. They illustrate the plugin's readme.txt (screenshot-N.png
// in the plugin's folder, as WordPress's plugin directory reads them) and www/docs/wordpress.html.
//
//   node scripts/wordpress-screenshots.mjs      (run scripts/build.sh first; ~20 s)
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { launch } from '../tests/e2e/browser.mjs';
import { startWordPress } from '../tests/wordpress/wordpress.mjs';
import { SEED_TEXT, insertSummaryBlock, newPost, openBlockSettings, publish, waitForPreview } from '../tests/wordpress/block-editor.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHOTS = [
  ['www/img/wordpress-block-editor.png', 'integrations/wordpress/exec-summary/screenshot-1.png'],
  ['www/img/wordpress-published-card.png', 'integrations/wordpress/exec-summary/screenshot-2.png'],
];

const site = await startWordPress();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 760 } });
  await site.login(context, 'author');
  const page = await newPost(context, site, 'Cooperation');
  // The block toolbar in the editor's top bar, not over the post's title.
  await page.evaluate(() => wp.data.dispatch('core/edit-post').toggleFeature('fixedToolbar'));
  const area = await insertSummaryBlock(page);
  await area.fill(SEED_TEXT);
  await waitForPreview(page, 'Present and Future Sino-Russian Cooperation');
  await openBlockSettings(page);
  await page.getByLabel('Theme').selectOption('sepia');
  await page.waitForFunction(() => document.querySelector('.exec-summary-editor__preview')?.shadowRoot?.querySelector('.es-card[data-theme="sepia"]'));
  await area.evaluate((el) => { el.scrollTop = 0; });
  await page.mouse.move(5, 700);
  await page.screenshot({ path: `${root}${SHOTS[0][0]}` });
  const url = await publish(page);
  await context.close();

  const reader = await browser.newContext({ viewport: { width: 800, height: 700 }, deviceScaleFactor: 1 });
  const view = await reader.newPage();
  await view.goto(url);
  await view.waitForFunction(() => document.querySelector('.exec-summary')?.dataset.esState === 'ready');
  await view.locator('.exec-summary summary').nth(1).click();
  const box = await view.locator('exec-summary-block').boundingBox();
  const title = await view.locator('h1').first().boundingBox();
  const top = Math.max(0, title.y - 24);
  await view.screenshot({ path: `${root}${SHOTS[1][0]}`, fullPage: true, clip: { x: 0, y: top, width: 800, height: box.y + box.height + 24 - top } });
  await reader.close();
  for (const [shot, copy] of SHOTS) copyFileSync(`${root}${shot}`, `${root}${copy}`);
  for (const [shot, copy] of SHOTS) process.stderr.write(`wordpress-screenshots: ${shot} (and ${copy})\n`);
} finally {
  await browser.close();
  await site.stop();
}
