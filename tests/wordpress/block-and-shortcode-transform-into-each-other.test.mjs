// The block and the [exec_summary] shortcode transform into each other in the block editor: a
// Shortcode block holding [exec_summary src="…" theme="…"] becomes the "Executive summary" block,
// which loads the document from src and previews it with the shortcode's options; that block,
// untouched, becomes the same shortcode again. Once its text is edited it has no URL to point to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useWordPress, docPath } from './wordpress.mjs';
import { newPost, summaryText, waitForPreview } from './block-editor.mjs';

let site;
let browser;
useWordPress((ready) => ({ site, browser } = ready));

const SHORTCODE = `[exec_summary src="${docPath('sino-russian-cooperation')}" theme="sepia" heading_level="3"]`;
const blocks = (page) => page.evaluate(() => wp.data.select('core/block-editor').getBlocks()
  .map(({ name, attributes }) => ({ name, text: attributes.text, src: attributes.src, theme: attributes.theme, headingLevel: attributes.headingLevel })));

test('a Shortcode block becomes the block, which loads its document, and becomes the shortcode again', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await site.login(context, 'author');
    const page = await newPost(context, site, 'Transforms');
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    await page.getByPlaceholder('Search').fill('Shortcode');
    await page.getByRole('option', { name: 'Shortcode' }).click();
    await page.getByPlaceholder('Write shortcode here…').fill(SHORTCODE);

    await page.getByRole('button', { name: 'Shortcode', exact: true }).first().click();
    await page.getByRole('menuitem', { name: 'Executive summary' }).click();
    await waitForPreview(page, 'Present and Future Sino-Russian Cooperation');
    assert.equal(await page.locator('.exec-summary-editor__preview').evaluate((el) => el.shadowRoot.querySelector('.es-card__title').localName), 'h3');
    assert.deepEqual(await blocks(page), [{ name: 'exec-summary/card', text: undefined, src: docPath('sino-russian-cooperation'), theme: 'sepia', headingLevel: '3' }]);
    assert.match(await summaryText(page).inputValue(), /"title": "Present and Future Sino-Russian Cooperation"/, 'the document is in the text area');

    await page.getByRole('button', { name: 'Executive summary', exact: true }).first().click();
    await page.getByRole('menuitem', { name: 'Shortcode' }).click();
    assert.deepEqual(await blocks(page), [{ name: 'core/shortcode', text: SHORTCODE, src: undefined, theme: undefined, headingLevel: undefined }]);

    // Back to the block, then edited: it no longer shows the document at src, so it stays a block.
    await page.getByRole('button', { name: 'Shortcode', exact: true }).first().click();
    await page.getByRole('menuitem', { name: 'Executive summary' }).click();
    await waitForPreview(page, 'Present and Future Sino-Russian Cooperation');
    await summaryText(page).press('Control+Home');
    await summaryText(page).pressSequentially(' ');
    assert.equal((await blocks(page))[0].src, '');
    await page.mouse.move(10, 300); // typing hides the block toolbar until the mouse moves
    await page.mouse.move(600, 400);
    await page.getByRole('button', { name: 'Executive summary', exact: true }).first().click();
    assert.equal(await page.getByRole('menuitem', { name: 'Shortcode' }).count(), 0);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});
