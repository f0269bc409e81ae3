// A post saved by an earlier version of the block's markup (fixtures/card-block-v1.html: version
// 1, the static card in a div, as an Author's editor saved it) still shows its card to readers,
// opens in the editor as a valid block (the block API's `deprecated`), and is saved in the
// current markup when its author updates it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useWordPress } from './wordpress.mjs';
import { openReader, pluginMessages, sectionStates } from './support.mjs';
import { storedPost, waitForPreview } from './block-editor.mjs';

const V1 = readFileSync(new URL('./fixtures/card-block-v1.html', import.meta.url), 'utf8');
const TITLE = 'Cooling Cities: Municipal Heat-Resilience Plans';

let site;
let browser;
let post;
useWordPress(async (ready) => {
  ({ site, browser } = ready);
  post = await site.insertPost({ title: 'Saved by version 1', content: V1, as: 'author' });
});

test('the fixture is version 1’s markup, kept whole by kses for an Author', async () => {
  const { content } = await storedPost(site, post.id);
  assert.equal(content.trimEnd(), V1.trimEnd());
  assert.match(content, /<div class="wp-block-exec-summary-card"><div class="exec-summary" data-es-static/);
});

test('a reader gets the card upgraded in place, with no wasm', async () => {
  const page = await openReader(browser);
  try {
    await page.goto(post.url);
    await page.waitForFunction(() => document.querySelector('.exec-summary')?.dataset.esState === 'ready');
    const host = page.locator('.exec-summary');
    assert.ok(await host.getByRole('heading', { level: 3, name: TITLE }).isVisible());
    await host.getByRole('button', { name: 'Expand all' }).click();
    assert.ok((await sectionStates(host)).every(Boolean));
    assert.equal(page.requests.filter((url) => url.includes('.wasm')).length, 0);
    assert.deepEqual(pluginMessages(page), []);
  } finally {
    await page.context().close();
  }
});

test('its Author opens it as a valid block, and updating it saves the current markup', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await site.login(context, 'author');
    const page = await context.newPage();
    await page.goto(`${site.url}/wp-admin/post.php?post=${post.id}&action=edit`);
    await waitForPreview(page, TITLE);
    assert.equal(await page.locator('.block-editor-warning').count(), 0, 'no "unexpected or invalid content" warning');
    await page.getByRole('textbox', { name: 'Add title' }).fill('Saved by version 1, updated');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await page.locator('.components-snackbar').getByText('Post updated.').waitFor({ timeout: 20000 });
  } finally {
    await context.close();
  }
  const { content } = await storedPost(site, post.id);
  assert.match(content, /<exec-summary-block class="wp-block-exec-summary-card"><div class="exec-summary" data-es-static(="")? data-heading-level="3" data-theme="dark"><article /);
  assert.doesNotMatch(content, /<div class="wp-block-exec-summary-card">/);
  // The card itself is kept as version 1 saved it (as the browser reads HTML back: `attr=""`).
  const card = (html) => html.slice(html.indexOf('<div class="exec-summary"'), html.lastIndexOf('</article>')).replace(/=""/g, '');
  const [now, then] = [card(content), card(V1.trimEnd())];
  let at = 0;
  while (at < now.length && now[at] === then[at]) at++;
  assert.equal(now, then, `from ${at}: ${now.slice(at - 40, at + 60)}\nnot ${then.slice(at - 40, at + 60)}`);
});

test('PHP logged no notice or warning naming the plugin’s files', () => {
  assert.deepEqual(site.pluginLogLines(), []);
});
