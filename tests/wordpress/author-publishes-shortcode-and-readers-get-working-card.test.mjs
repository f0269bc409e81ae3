// An Author (no unfiltered_html) publishes a post with the [exec_summary] shortcode through the
// real block editor; an anonymous reader gets the card, mounted and working, with nothing in the
// console. In a classic post the shortcode survives wpautop on its own line and inside a
// paragraph. Without JavaScript and in the RSS feed the host shows a link to the document. The
// Author can upload the summary's JSON document to the Media Library (and nothing else named .json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useWordPress, docPath } from './wordpress.mjs';
import { openReader, pluginMessages, expectCardsReady, sectionStates, screenshot } from './support.mjs';

let site;
let browser;
useWordPress((ready) => ({ site, browser } = ready));

const SEED = docPath('sino-russian-cooperation');
const HEAT = docPath('urban-heat-resilience');
let editorPostUrl;

test('an Author cannot post unfiltered HTML on this site (kses applies to what they save)', async () => {
  assert.equal(await site.php('return current_user_can( "unfiltered_html" );', { as: 'author' }), false);
  assert.equal(await site.php('return current_user_can( "publish_posts" );', { as: 'author' }), true);
});

test('an Author publishes a post with the shortcode in the block editor’s Shortcode block', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await site.login(context, 'author');
    const page = await context.newPage();
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.getByRole('textbox', { name: 'Add title' }).fill('Cooperation, summarised');
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    await page.getByPlaceholder('Search').fill('Shortcode');
    await page.getByRole('option', { name: 'Shortcode' }).click();
    const shortcode = page.getByPlaceholder('Write shortcode here…');
    await shortcode.fill(`[exec_summary src="${SEED}"]`);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
    const view = page.locator('.post-publish-panel__postpublish-header a').first();
    await view.waitFor({ timeout: 15000 });
    editorPostUrl = await view.getAttribute('href');
  } finally {
    await context.close();
  }
  const saved = await site.php(`
    $post = get_page_by_path( 'cooperation-summarised', OBJECT, 'post' );
    return array( 'status' => $post->post_status, 'author' => get_userdata( $post->post_author )->user_login, 'content' => $post->post_content );
  `);
  assert.equal(saved.status, 'publish');
  assert.equal(saved.author, 'author');
  assert.match(saved.content, /<!-- wp:shortcode -->\s*\[exec_summary src="[^"]+sino-russian-cooperation\.json"\]\s*<!-- \/wp:shortcode -->/);
});

test('a reader sees the Author’s card mounted, and "Expand all" toggles every section', async () => {
  assert.ok(editorPostUrl, 'the post was published');
  const page = await openReader(browser);
  try {
    await page.goto(editorPostUrl);
    await expectCardsReady(page, 1);
    const host = page.locator('.exec-summary');
    await host.getByRole('heading', { level: 2, name: 'Present and Future Sino-Russian Cooperation' }).waitFor();
    assert.ok(await host.getByRole('heading', { name: 'Present and Future Sino-Russian Cooperation' }).isVisible());
    // The fallback link is in the host's light DOM, which the mounted card replaces on screen.
    assert.equal(await page.getByRole('link', { name: 'Executive summary', exact: true }).isVisible(), false);

    assert.deepEqual(await sectionStates(host), [true, false]);
    await host.getByRole('button', { name: 'Expand all' }).click();
    assert.deepEqual(await sectionStates(host), [true, true]);
    await host.getByRole('button', { name: 'Collapse all' }).waitFor();
    assert.ok(await host.locator('#policy-implications li').first().isVisible());
    await host.getByRole('button', { name: 'Collapse all' }).click();
    assert.deepEqual(await sectionStates(host), [false, false]);
    await host.getByRole('button', { name: 'Expand all' }).waitFor();
    await host.getByRole('button', { name: 'Expand all' }).click();
    await screenshot(page, 'published-post', { fullPage: true });

    assert.deepEqual(pluginMessages(page), [], 'nothing logged by the plugin’s files');
    assert.deepEqual(page.messages.filter((m) => m.type === 'error'), [], 'no console error on the page');
  } finally {
    await page.context().close();
  }
});

const CLASSIC = `The card below stands on a line of its own.

[exec_summary src="${SEED}"]

Before the card [exec_summary src="${HEAT}" theme="sepia"] and after it.

The last paragraph.`;

let classic;

test('in a classic post (wpautop) the shortcode leaves no stray paragraph, on its own line or inside one', async () => {
  classic = await site.insertPost({ title: 'A classic post', content: CLASSIC, as: 'author' });
  const page = await openReader(browser);
  try {
    await page.goto(classic.url);
    await expectCardsReady(page, 2);
    const layout = await page.evaluate(() => {
      const [alone, inline] = document.querySelectorAll('.exec-summary');
      const content = alone.closest('.wp-block-post-content, .entry-content');
      return {
        aloneParent: alone.parentElement === content,
        inlineParent: inline.parentElement.localName,
        inlineParagraph: inline.parentElement.textContent.replace(/\s+/g, ' ').trim(),
        paragraphs: [...content.querySelectorAll('p')].map((p) => p.textContent.replace(/\s+/g, ' ').trim()),
        insideHosts: [alone, inline].map((host) => host.querySelectorAll('p, br').length),
      };
    });
    assert.equal(layout.aloneParent, true, 'the card on its own line is not wrapped in a paragraph');
    assert.equal(layout.inlineParent, 'p', 'the card inside a paragraph stays in it');
    assert.equal(layout.inlineParagraph, 'Before the card Executive summary and after it.');
    assert.deepEqual(layout.paragraphs, [
      'The card below stands on a line of its own.',
      'Before the card Executive summary and after it.',
      'The last paragraph.',
    ], 'the post’s paragraphs, and no empty one');
    assert.deepEqual(layout.insideHosts, [0, 0], 'no <p> or <br> inside a host');

    // Both cards are shown whole, one above the other between the paragraphs' text.
    const inline = page.locator('.exec-summary').nth(1);
    await inline.getByRole('heading', { name: 'Cooling Cities' }).first().waitFor();
    const boxes = await page.evaluate(() => {
      const inlineHost = document.querySelectorAll('.exec-summary')[1];
      const card = inlineHost.shadowRoot.querySelector('.es-card').getBoundingClientRect();
      const p = inlineHost.parentElement.getBoundingClientRect();
      return { cardWidth: card.width, paragraphWidth: p.width, theme: inlineHost.dataset.theme };
    });
    assert.equal(boxes.theme, 'sepia');
    assert.ok(boxes.cardWidth > boxes.paragraphWidth * 0.9, `the inline card spans its paragraph (${boxes.cardWidth} of ${boxes.paragraphWidth} px)`);
    await screenshot(page, 'classic-post', { fullPage: true });
    assert.deepEqual(pluginMessages(page), []);
  } finally {
    await page.context().close();
  }
});

test('without JavaScript the host shows a link to the summary’s document', async () => {
  const page = await openReader(browser, { javaScriptEnabled: false });
  try {
    await page.goto(classic.url);
    const links = page.getByRole('link', { name: 'Executive summary', exact: true });
    assert.equal(await links.count(), 2);
    assert.ok(await links.first().isVisible());
    assert.equal(await links.first().getAttribute('href'), `${site.url}${SEED}`);
    const response = await page.request.get(await links.first().getAttribute('href'));
    assert.equal(response.status(), 200);
    assert.equal((await response.json()).title, 'Present and Future Sino-Russian Cooperation');
  } finally {
    await page.context().close();
  }
});

test('in the RSS feed the post carries the link, absolute, and no script', async () => {
  const response = await fetch(`${site.url}/?feed=rss2`);
  assert.equal(response.status, 200);
  const feed = await response.text();
  const item = feed.split('<item>').find((part) => part.includes('<title>A classic post</title>'));
  assert.ok(item, 'the classic post is in the feed');
  const encoded = item.match(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/)[1];
  assert.ok(encoded.includes(`<a class="exec-summary-fallback" href="${site.url}${SEED}" type="application/json">Executive summary</a>`), encoded);
  assert.ok(!/<script/i.test(encoded));
});

test('an Author uploads the summary’s JSON document to the Media Library and cards load it from there', async () => {
  const context = await browser.newContext();
  try {
    await site.login(context, 'author');
    const page = await context.newPage();
    const upload = async (file) => {
      await page.goto(`${site.url}/wp-admin/media-new.php?browser-uploader`);
      await page.setInputFiles('#async-upload', file);
      await Promise.all([page.waitForLoadState('load'), page.locator('#html-upload').click()]);
      await page.waitForLoadState('load');
      return page.locator('body').innerText();
    };
    const good = join(site.dir, 'water-security.json');
    copyFileSync(new URL(`../../www/examples/water-security-ar.json`, import.meta.url), good);
    await upload(good);
    const uploaded = await site.php(`
      $ids = get_posts( array( 'post_type' => 'attachment', 'post_status' => 'inherit', 'author' => get_current_user_id(), 'fields' => 'ids' ) );
      return array_map( function ( $id ) { return array( 'url' => wp_get_attachment_url( $id ), 'type' => get_post_mime_type( $id ) ); }, $ids );
    `, { as: 'author' });
    assert.equal(uploaded.length, 1, 'the document is in the Media Library');
    assert.match(uploaded[0].url, /\/wp-content\/uploads\/\d{4}\/\d{2}\/water-security\.json$/);
    assert.equal(uploaded[0].type, 'application/json');

    // HTML, or anything that is not JSON, named .json is refused.
    const disguised = join(site.dir, 'disguised.json');
    writeFileSync(disguised, '<!doctype html><html><body><script>alert(1)</script></body></html>\n');
    assert.match(await upload(disguised), /Sorry, you are not allowed to upload this file type\./);
    const notJson = join(site.dir, 'not-json.json');
    writeFileSync(notJson, 'title: not JSON at all\n');
    assert.match(await upload(notJson), /Sorry, you are not allowed to upload this file type\./);
    assert.equal((await site.php('return count( get_posts( array( "post_type" => "attachment", "post_status" => "inherit" ) ) );')), 1);

    const post = await site.insertPost({ title: 'From the Media Library', content: `[exec_summary src="${uploaded[0].url}"]`, as: 'author' });
    const reader = await openReader(browser);
    try {
      await reader.goto(post.url);
      await expectCardsReady(reader, 1);
      assert.equal(await reader.locator('.exec-summary').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.es-card')).direction), 'rtl');
      assert.deepEqual(pluginMessages(reader), []);
    } finally {
      await reader.context().close();
    }
  } finally {
    await context.close();
  }
});

test('PHP logged no notice or warning naming the plugin’s files', () => {
  assert.deepEqual(site.pluginLogLines(), []);
});
