// The card's text reaches readers exactly as the author wrote it, though WordPress runs its
// content filters over block output (wptexturize, convert_smilies, do_shortcode; a block theme
// runs the first two again over its whole template) and turns a URL alone on a line into an
// embed: no curly quotes, dashes, ellipses, ×, smiley images, shortcodes run or embeds in the
// card, in the page or in the feed, and the data script holds the document unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useWordPress } from './wordpress.mjs';
import { openReader } from './support.mjs';
import { insertSummaryBlock, newPost, postId, publish, waitForPreview } from './block-editor.mjs';

let site;
let browser;
let author;
useWordPress(async (ready) => {
  ({ site, browser } = ready);
  author = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await site.login(author, 'author');
});

const TYPOGRAPHY = 'Plain "double" and \'single\' quotes -- a dash --- another... and 1x2 (tm) (c)';
const SMILIES = 'Smile :) wink ;) cool 8-) and :!: end';
const SHORTCODES = 'A [gallery] here, [exec_summary src="/x.json"] there, [[caption]] escaped';
const EMBED = 'Watch this:\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\nthen read on.';
const DOCUMENT = {
  version: 1,
  title: TYPOGRAPHY,
  subtitle: SMILIES,
  description: SHORTCODES,
  sections: [{ id: 'text', title: 'What WordPress would rewrite', paragraphs: [EMBED, 'It\'s 9x9 -- not 81... "Wordpress" ]]> </p>'], expanded: true }],
};
let url;

test('an Author publishes a card whose text WordPress’s content filters would rewrite', async () => {
  const page = await newPost(author, site, 'Text WordPress would rewrite');
  try {
    const area = await insertSummaryBlock(page);
    await area.fill(JSON.stringify(DOCUMENT, null, 2));
    await waitForPreview(page, 'Plain');
    url = await publish(page);
  } finally {
    await page.close();
  }
});

test('the Author edits the post’s title and updates it: the card is saved again as the editor reads it back', async () => {
  const page = await author.newPage();
  try {
    await page.goto(`${site.url}/wp-admin/post.php?post=${postId(url)}&action=edit`);
    await waitForPreview(page, 'Plain');
    await page.getByRole('textbox', { name: 'Add title' }).fill('Text WordPress would rewrite, updated');
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await page.locator('.components-snackbar').getByText('Post updated.').waitFor({ timeout: 20000 });
  } finally {
    await page.close();
  }
  const content = await site.php(`return get_post( ${postId(url)} )->post_content;`);
  const html = content.slice(content.indexOf('<exec-summary-block'));
  assert.match(html, /Watch this:&#0?10;https:/, `the line breaks are still character references: ${html.slice(html.indexOf('Watch this'), html.indexOf('Watch this') + 80)}`);
});

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

for (const javaScriptEnabled of [false, true]) {
  test(`a reader ${javaScriptEnabled ? 'with' : 'without'} JavaScript reads the card’s text exactly as written`, async () => {
    const page = await openReader(browser, { javaScriptEnabled });
    try {
      await page.goto(url);
      if (javaScriptEnabled) await page.waitForFunction(() => document.querySelector('.exec-summary')?.dataset.esState === 'ready');
      const card = page.locator('.exec-summary article.es-card');
      const shown = await card.evaluate((article) => ({
        title: article.querySelector('.es-card__title').textContent,
        subtitle: article.querySelector('.es-card__subtitle').textContent,
        lede: article.querySelector('.es-card__lede').textContent,
        paragraphs: [...article.querySelectorAll('.es-section__paragraph')].map((p) => p.textContent),
        images: article.querySelectorAll('img').length,
        frames: article.querySelectorAll('iframe, figure, .gallery, .wp-block-embed').length,
      }));
      assert.equal(shown.title, TYPOGRAPHY);
      assert.equal(shown.subtitle, SMILIES);
      assert.equal(shown.lede, SHORTCODES);
      assert.deepEqual(shown.paragraphs.map(normalise), DOCUMENT.sections[0].paragraphs.map(normalise));
      assert.equal(shown.images, 0, 'no smiley image');
      assert.equal(shown.frames, 0, 'no gallery or embed');
      if (javaScriptEnabled) {
        const data = await page.evaluate(() => JSON.parse(document.querySelector('script.exec-summary-data').textContent));
        assert.deepEqual(data, DOCUMENT, 'the data script holds the document as written');
      }
    } finally {
      await page.context().close();
    }
  });
}

test('the feed carries the card’s text as written', async () => {
  const feed = await (await fetch(`${site.url}/?feed=rss2`)).text();
  const item = feed.split('<item>').find((part) => part.includes('<title>Text WordPress would rewrite, updated</title>'));
  const encoded = item.match(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/)[1];
  const text = encoded.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (m, n) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"').replace(/&#039;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const expected of [TYPOGRAPHY, SMILIES, SHORTCODES]) assert.ok(text.includes(expected), `the feed carries ${expected}`);
  assert.doesNotMatch(encoded, /wp-smiley|<script|<iframe/);
});

test('PHP logged no notice or warning naming the plugin’s files', async () => {
  await author.close();
  assert.deepEqual(site.pluginLogLines(), []);
  assert.ok(postId(url));
});
