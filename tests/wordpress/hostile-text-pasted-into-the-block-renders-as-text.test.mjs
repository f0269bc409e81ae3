// The project's hostile text (tests/e2e/untrusted-text-renders-as-text.test.mjs: markup, script,
// event handlers and javascript: links in a document's strings), plus what would break out of a
// block or a feed (its comment delimiters, </exec-summary-block>, </script>, ]]>), pasted into
// the block by an Author as JSON and by a Contributor as plain text: the editor's preview and the
// published card show it as text, nothing runs, and no block attribute chooses a script. Hostile
// JSON shapes (tests/hostile_json.rs) are errors listed in the block, and the editor keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useWordPress } from './wordpress.mjs';
import { openReader, pluginMessages } from './support.mjs';
import { insertSummaryBlock, newPost, postId, preview, publish, storedPost, waitForPreview } from './block-editor.mjs';

let site;
let browser;
useWordPress((ready) => ({ site, browser } = ready));

const IMG = '<img src=x onerror="window.pwned=true">';
const JS_LINK = '[x](javascript:window.pwned=true)';
const HOSTILE = {
  version: 1,
  title: `${IMG} <!-- /wp:exec-summary/card --> </exec-summary-block>`,
  subtitle: '</script><script>window.pwned=true</script>',
  description: `Unsafe ${JS_LINK}, disguised [y](JaVaScRiPt:window.pwned=true), safe [the report](https://example.com/report). ]]> end`,
  sections: [
    {
      id: 'one',
      title: '<b onmouseover="window.pwned=true">Bold?</b>',
      paragraphs: ['<iframe src="javascript:window.pwned=true"></iframe>', '" onmouseover="window.pwned=true" x="'],
      items: [JS_LINK, '[z](data:text/html,<script>window.pwned=true</script>)', '<!-- wp:html --><script>window.pwned=true</script><!-- /wp:html -->'],
      expanded: true,
    },
  ],
  authors: [{ name: 'A. Writer', bio: 'A. Writer <svg onload="window.pwned=true"></svg> writes.' }],
};
const TEXT = `${IMG} Hostile as plain text
<script>window.pwned=true</script>
A lede with ${JS_LINK} and </exec-summary-block><!-- /wp:exec-summary/card -->.
MAIN ARGUMENT
<b onmouseover="window.pwned=true">Bold?</b> and ]]> and </script>.
`;

/** What could hurt a reader of `page`: handlers, scripts and frames in the post, script URLs, dialogs, window.pwned. */
async function harm(page) {
  const found = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('.wp-block-post-content, .exec-summary-editor__preview')];
    const elements = roots.flatMap((root) => [root, ...root.querySelectorAll('*'), ...(root.shadowRoot ? root.shadowRoot.querySelectorAll('*') : [])]);
    return {
      handlers: elements.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`)),
      scripts: elements.filter((el) => ['script', 'iframe', 'object', 'embed', 'img', 'svg'].includes(el.localName) && !(el.localName === 'script' && el.type === 'application/json')).map((el) => el.outerHTML),
      links: elements.filter((el) => /^\s*(javascript|data|vbscript):/i.test(el.getAttribute('href') || el.getAttribute('src') || '')).length,
      pwned: window.pwned === true,
    };
  });
  return { ...found, dialogs: page.dialogs ?? [] };
}

const INERT = { handlers: [], scripts: [], links: 0, pwned: false, dialogs: [] };

async function writeAndPublish(role, title, text, expectedTitle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await site.login(context, role);
    const page = await newPost(context, site, title);
    page.dialogs = [];
    page.on('dialog', (dialog) => {
      page.dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    const area = await insertSummaryBlock(page);
    await area.fill(text);
    await waitForPreview(page, expectedTitle);
    await preview(page).hover();
    assert.deepEqual(await harm(page), INERT, 'the preview is inert');
    let url;
    if (role === 'contributor') {
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Submit for Review' }).click();
      await page.waitForURL(/post=\d+/);
      const id = Number(new URL(page.url()).searchParams.get('post'));
      for (let tries = 0; (await site.php(`return get_post_status( ${id} );`)) !== 'pending'; tries++) {
        assert.ok(tries < 100, 'the post is pending review');
        await page.waitForTimeout(200);
      }
      await site.php(`wp_publish_post( ${id} ); return true;`); // an editor's review
      url = await site.php(`return get_permalink( ${id} );`);
    } else {
      url = await publish(page);
    }
    assert.deepEqual(page.problems, []);
    return url;
  } finally {
    await context.close();
  }
}

async function readAsReader(url, title) {
  const page = await openReader(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('.exec-summary')?.dataset.esState === 'ready');
    const card = page.locator('.exec-summary article.es-card');
    assert.equal(await card.locator('.es-card__title').textContent(), title, 'the title is shown as text');
    await card.hover();
    for (const summary of await card.locator('summary').all()) await summary.click();
    for (const link of await card.locator('a').all()) await link.hover();
    assert.deepEqual(await harm(page), INERT, 'the published card is inert');
    assert.deepEqual(pluginMessages(page), []);
    const blocks = await page.evaluate(() => document.querySelectorAll('exec-summary-block').length);
    assert.equal(blocks, 1, 'the card ends where its block ends');
  } finally {
    await page.context().close();
  }
}

test('hostile JSON pasted by an Author shows as text in the preview and in the published post', async () => {
  const url = await writeAndPublish('author', 'Hostile JSON', JSON.stringify(HOSTILE, null, 2), 'Bold?');
  await readAsReader(url, HOSTILE.title);
  const { content } = await storedPost(site, postId(url));
  const card = content.slice(content.indexOf('-->'));
  assert.doesNotMatch(card, /<(script|img|iframe|svg)\b/i, 'no element of the text in the saved card');
  assert.doesNotMatch(card, /<[^>]*\son\w+=/i, 'no event handler attribute in the saved card');
  const data = await (await fetch(url)).text();
  const script = data.match(/<script type="application\/json" class="exec-summary-data">([^<]*)<\/script>/)[1];
  assert.deepEqual(JSON.parse(script), HOSTILE, 'the data script holds the document, with nothing that ends it');
});

test('hostile plain text submitted by a Contributor shows as text once published', async () => {
  const url = await writeAndPublish('contributor', 'Hostile text', TEXT, 'Hostile as plain text');
  await readAsReader(url, `${IMG} Hostile as plain text`);
});

test('the feed carries the hostile text escaped, and no script', async () => {
  const feed = await (await fetch(`${site.url}/?feed=rss2`)).text();
  const item = feed.split('<item>').find((part) => part.includes('<title>Hostile JSON</title>'));
  const encoded = item.match(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/)[1];
  assert.doesNotMatch(encoded, /<(script|img|iframe|svg)\b/i);
  assert.doesNotMatch(encoded, /<[^>]*\son\w+=/i);
  assert.ok(encoded.includes('&lt;img src=x onerror="window.pwned=true"&gt;'), `the title is in the feed as text: ${encoded.slice(0, 400)}`);
});

test('hostile JSON shapes are errors in the block, and the editor keeps working', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await site.login(context, 'author');
    const page = await newPost(context, site, 'Hostile shapes');
    const area = await insertSummaryBlock(page);
    const problems = page.locator('.exec-summary-editor__problems.is-error');
    for (const [text, expected] of [
      [`${'['.repeat(5000)}${']'.repeat(5000)}`, /\(root\): /],
      [`{"title": "${'x'.repeat(200000)}", "sections": []}`, /sections: /],
      ['{"title": "t", "sections": [{"title": "s", "items": ["i"]}], "title": "again"}', /title: /],
      ['{"title": "\\ud800", "sections": [{"title": "s", "items": ["i"]}]', /\(root\): invalid JSON/],
    ]) {
      await area.fill(text);
      await problems.waitFor();
      assert.match(await problems.textContent(), expected);
      assert.equal(await page.evaluate(() => wp.data.select('core/editor').isPostSavingLocked()), true);
    }
    await area.fill('{"title": "Still working", "sections": [{"title": "s", "items": ["i"]}]}');
    await waitForPreview(page, 'Still working');
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
  }
});

test('no block attribute chooses a script: the page loads only the plugin’s own files', async () => {
  // A block written by hand in the code editor, with attributes no form offers.
  const content = '<!-- wp:exec-summary/card {"src":"javascript:alert(1)","base":"https://evil.example/","cdn":"https://evil.example/","script":"https://evil.example/x.js","theme":"x\\u0022 onload=\\u0022alert(1)","document":"{\\u0022title\\u0022:\\u0022\\u003c/script\\u003e\\u003cscript\\u003ewindow.pwned=true\\u003c/script\\u003e\\u0022}"} /-->';
  const post = await site.insertPost({ title: 'Hand-written block', content, as: 'author' });
  const page = await openReader(browser);
  try {
    await page.goto(post.url);
    await page.waitForLoadState('load');
    assert.deepEqual(page.requests.filter((url) => !url.startsWith(site.url)), [], 'nothing from another site');
    assert.deepEqual(await harm(page), INERT);
  } finally {
    await page.context().close();
  }
});

test('PHP logged no notice or warning naming the plugin’s files', () => {
  assert.deepEqual(site.pluginLogLines(), []);
});
