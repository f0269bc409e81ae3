// An Author (no unfiltered_html) adds the "Executive summary" block from the inserter, pastes the
// seed text, watches the real card preview follow the typing, picks a theme in the sidebar and
// publishes. The post stores the document and the static card, which kses leaves whole and
// which reopens as a valid block. A reader gets the card upgraded in place, working, without
// the wasm; with JavaScript off the card's every text shows, in order; the RSS feed carries it.
// Text with errors is listed in the command line's words, and the post cannot be saved with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useWordPress } from './wordpress.mjs';
import { openReader, pluginMessages, pluginRequests, sectionStates, screenshot, PLUGIN_PATH } from './support.mjs';
import {
  SEED_TEXT, insertSummaryBlock, newPost, openBlockSettings, postId, preview, publish, storedPost, summaryText, waitForPreview,
} from './block-editor.mjs';

let site;
let browser;
let author;
useWordPress(async (ready) => {
  ({ site, browser } = ready);
  author = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await site.login(author, 'author');
});

const TITLE = 'Present and Future Sino-Russian Cooperation';
let published;

/** The document and the block's saved markup from post_content. */
async function savedBlock(id) {
  return site.php(`
    $blocks = array_values( array_filter( parse_blocks( get_post( ${id} )->post_content ), function ( $b ) { return 'exec-summary/card' === $b['blockName']; } ) );
    return array( 'attrs' => $blocks[0]['attrs'], 'document' => json_decode( $blocks[0]['attrs']['document'] ), 'html' => $blocks[0]['innerHTML'] );
  `);
}

/** Every text of a document, in the order the card shows them. */
function documentTexts(doc) {
  return [
    doc.title, doc.subtitle, doc.description,
    ...doc.sections.flatMap((section) => [section.title, ...(section.paragraphs ?? []), ...(section.items ?? [])]),
    ...(doc.authors ?? []).map((person) => person.bio ?? person.name),
  ].filter(Boolean);
}

test('the block is in the inserter’s Widgets group, found by "Executive summary" and by "summary"', async () => {
  const page = await newPost(author, site, 'Finding the block');
  try {
    assert.equal(await page.evaluate(() => wp.blocks.getBlockType('exec-summary/card')?.category), 'widgets');
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    for (const search of ['Executive summary', 'summary']) {
      await page.getByPlaceholder('Search').fill(search);
      await page.getByRole('option', { name: 'Executive summary' }).waitFor();
    }
    await screenshot(page, 'block-inserter');
  } finally {
    await page.close();
  }
});

test('an Author pastes the seed, the preview follows the typing, a sidebar theme previews at once, and the post is published', async () => {
  const page = await newPost(author, site, 'Cooperation, in a block');
  try {
    const area = await insertSummaryBlock(page, 'Executive summary');
    await area.fill(SEED_TEXT);
    await waitForPreview(page, TITLE);
    assert.equal(await page.locator('.exec-summary-editor__problems.is-error').count(), 0, 'no errors in the seed');

    // Typing at the start of the title changes the previewed title.
    await area.press('Control+Home');
    await area.pressSequentially('Past, ');
    await waitForPreview(page, `Past, ${TITLE}`);
    for (let i = 0; i < 'Past, '.length; i++) await area.press('Backspace');
    await waitForPreview(page, TITLE);
    assert.equal(await preview(page).getByRole('heading', { name: `Past, ${TITLE}` }).count(), 0);

    await openBlockSettings(page);
    await page.getByLabel('Theme').selectOption('sepia');
    await page.waitForFunction(() => document.querySelector('.exec-summary-editor__preview')?.shadowRoot?.querySelector('.es-card')?.getAttribute('data-theme') === 'sepia');
    const background = await preview(page).evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.es-card')).backgroundColor);
    assert.equal(background, 'rgb(248, 241, 227)', 'the preview is sepia');
    await screenshot(page, 'block-editor');

    published = await publish(page);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
  const stored = await storedPost(site, postId(published));
  assert.equal(stored.status, 'publish');
  assert.equal(stored.author, 'author');
  assert.doesNotMatch(stored.content, /<script/i, 'no script in what the Author saved');
  const block = await savedBlock(postId(published));
  assert.equal(block.document.title, TITLE, 'the document is stored in the block');
  assert.equal(block.attrs.theme, 'sepia');
  // kses kept the card whole: its parts, the toggle's aria-controls, the static host.
  assert.match(block.html, /<div class="exec-summary" data-es-static[^>]* data-theme="sepia"><article part="card" role="region"/);
  assert.match(block.html, /<button type="button" part="toggle-all" aria-controls="[^"]+"/);
});

test('reopened by its Author, the block is valid and the post is unchanged', async () => {
  assert.ok(published, 'the post was published');
  const page = await author.newPage();
  try {
    await page.goto(`${site.url}/wp-admin/post.php?post=${postId(published)}&action=edit`);
    await waitForPreview(page, TITLE);
    assert.equal(await page.locator('.block-editor-warning').count(), 0, 'no "unexpected or invalid content" warning');
    assert.equal(await summaryText(page).inputValue(), SEED_TEXT, 'the text area holds what the Author pasted');
    assert.equal(await page.evaluate(() => wp.data.select('core/editor').isEditedPostDirty()), false);
  } finally {
    await page.close();
  }
});

test('a reader gets the static card upgraded in place, working, with no wasm and only the loader, runtime and stylesheet', async () => {
  const page = await openReader(browser);
  try {
    await page.goto(published);
    const host = page.locator('.exec-summary');
    await page.waitForFunction(() => document.querySelector('.exec-summary')?.dataset.esState === 'ready');
    assert.equal(await host.evaluate((el) => el.hasAttribute('data-es-static') && !el.shadowRoot), true, 'the static card, upgraded where it stands');
    await host.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    assert.deepEqual(await sectionStates(host), [false, false]);
    await host.getByRole('button', { name: 'Expand all' }).click();
    assert.deepEqual(await sectionStates(host), [true, true]);
    await host.getByRole('button', { name: 'Collapse all' }).waitFor();
    const files = pluginRequests(page).map((url) => new URL(url).pathname.slice(`${PLUGIN_PATH}assets/`.length)).sort();
    assert.deepEqual(files, ['exec-summary-runtime.js', 'exec-summary.css', 'exec-summary.js']);
    assert.equal(page.requests.filter((url) => /\.wasm(\?|$)/.test(url)).length, 0, 'no wasm downloaded');
    const html = await (await fetch(published)).text();
    const link = html.indexOf("<link rel='stylesheet' id='exec-summary-card-css'");
    assert.ok(link > 0 && link < html.indexOf('</head>'), 'the card’s stylesheet is linked in the head, so the card paints styled and never shifts');
    const data = await page.evaluate(() => JSON.parse(document.querySelector('.exec-summary > script.exec-summary-data').textContent));
    assert.equal(data.title, TITLE, 'the data script holds the document');
    await screenshot(page, 'published-block-post', { fullPage: true });
    assert.deepEqual(pluginMessages(page), []);
  } finally {
    await page.context().close();
  }
});

test('without JavaScript the reader sees every text of the card, in order, and can open its sections', async () => {
  const doc = (await savedBlock(postId(published))).document;
  const page = await openReader(browser, { javaScriptEnabled: false });
  try {
    await page.goto(published);
    const card = page.locator('.exec-summary article.es-card');
    assert.ok(await card.getByRole('heading', { level: 2, name: TITLE }).isVisible());
    const text = (await card.textContent()).replace(/\s+/g, ' ');
    let from = 0;
    for (const expected of documentTexts(doc)) {
      const at = text.indexOf(expected.replace(/\s+/g, ' '), from);
      assert.ok(at >= from, `"${expected.slice(0, 60)}…" shows after what comes before it`);
      from = at + expected.length;
    }
    await card.getByText(doc.sections[1].title, { exact: true }).click();
    assert.ok(await card.getByText(doc.sections[1].items[0]).isVisible(), 'a closed section opens without JavaScript');
  } finally {
    await page.context().close();
  }
});

test('the RSS feed carries the card’s text and no script', async () => {
  const doc = (await savedBlock(postId(published))).document;
  const feed = await (await fetch(`${site.url}/?feed=rss2`)).text();
  const item = feed.split('<item>').find((part) => part.includes('<title>Cooperation, in a block</title>'));
  assert.ok(item, 'the post is in the feed');
  const encoded = item.match(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/)[1];
  const text = encoded.replace(/<[^>]*>/g, '');
  for (const expected of documentTexts(doc)) assert.ok(text.includes(expected), `the feed carries "${expected.slice(0, 60)}…"`);
  assert.doesNotMatch(encoded, /<script/i);
});

test('text with errors is listed in the command line’s words, and the post cannot be saved until they are fixed', async () => {
  const page = await newPost(author, site, 'Not yet a summary');
  try {
    const area = await insertSummaryBlock(page);
    await area.fill('{"title": 1, "sections": [{"heading": "x"}]}');
    const problems = page.locator('.exec-summary-editor__problems.is-error');
    await problems.waitFor();
    const lines = await problems.locator('li').allTextContents();
    assert.ok(lines.includes('title: expected a string, found a number'), lines.join('\n'));
    assert.ok(lines.includes('warning: sections[0].heading: unknown field, ignored'), lines.join('\n'));
    assert.match(await problems.textContent(), /3 errors: fix them to save the post/);
    assert.equal(await page.evaluate(() => wp.data.select('core/editor').isPostSavingLocked()), true);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const publishNow = page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true });
    assert.equal(await publishNow.getAttribute('aria-disabled'), 'true', 'the post cannot be published');
    await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Cancel' }).click();

    await area.fill('{"title": "Fixed", "sections": [{"title": "One", "paragraphs": ["Text."]}]}');
    await waitForPreview(page, 'Fixed');
    assert.equal(await problems.count(), 0);
    assert.equal(await page.evaluate(() => wp.data.select('core/editor').isPostSavingLocked()), false);
    assert.deepEqual(page.problems, []);
  } finally {
    await page.close();
  }
});

test('PHP logged no notice or warning naming the plugin’s files', async () => {
  await author.close();
  assert.deepEqual(site.pluginLogLines(), []);
});
