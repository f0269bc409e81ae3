// The shortcode's options reach the card (theme, layout, heading level, sections open, language),
// and hostile values in its attributes stay inert: a src with another scheme shows no card,
// attribute values cannot break out of their attribute or choose a script, and nothing runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useWordPress, docPath } from './wordpress.mjs';
import { openReader, pluginMessages, expectCardsReady, sectionStates } from './support.mjs';

let site;
let browser;
useWordPress((ready) => ({ site, browser } = ready));

const SEED = docPath('sino-russian-cooperation');
const HOST_ATTRIBUTES = new Set(['class', 'data-src', 'data-theme', 'data-variant', 'data-heading-level', 'data-expanded', 'data-lang', 'data-es-state', 'aria-busy']);

/** A page of the site whose template prints do_shortcode(text), as a theme or widget would. */
const templateUrl = (text) => `${site.url}/?page_id=2&es-shortcode=${Buffer.from(text).toString('base64url')}`;

/** What a reader could be hurt by on the page: event-handler attributes, scripts and frames in the content, dialogs, requests elsewhere. */
async function inertness(page) {
  // Hover and focus everything in the content, where a handler would fire.
  for (const host of await page.locator('.exec-summary').all()) await host.hover();
  const found = await page.evaluate(() => {
    const scope = [...document.querySelectorAll('.wp-block-post-content, .es-test-template')];
    const elements = scope.flatMap((root) => [root, ...root.querySelectorAll('*')]);
    return {
      handlers: elements.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`)),
      scripts: scope.reduce((n, root) => n + root.querySelectorAll('script, iframe, object, embed').length, 0),
      hosts: [...document.querySelectorAll('.exec-summary')].map((host) => ({
        tag: host.localName,
        attributes: [...host.attributes].map((a) => [a.name, a.value]),
      })),
      pwned: window.pwned === true,
      javascriptLinks: elements.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') || el.getAttribute('src') || el.getAttribute('data-src') || '')).length,
    };
  });
  return { ...found, dialogs: page.dialogs, elsewhere: page.requests.filter((url) => !url.startsWith(site.url)) };
}

test('accepted option values reach the card: dark, compact, an h4 title, every section open, French', async () => {
  const post = await site.insertPost({
    title: 'Options',
    content: `[exec_summary src="${SEED}" theme="dark" variant="compact" heading_level="4" expanded="all" lang="fr"]`,
    as: 'author',
  });
  const page = await openReader(browser);
  try {
    await page.goto(post.url);
    await expectCardsReady(page, 1);
    const host = page.locator('.exec-summary');
    assert.deepEqual(
      Object.fromEntries(await host.evaluate((el) => [...el.attributes].filter((a) => a.name.startsWith('data-') && a.name !== 'data-es-state').map((a) => [a.name, a.value]))),
      { 'data-src': SEED, 'data-theme': 'dark', 'data-variant': 'compact', 'data-heading-level': '4', 'data-expanded': 'all', 'data-lang': 'fr' },
    );
    assert.ok(await host.getByRole('heading', { level: 4, name: 'Present and Future Sino-Russian Cooperation' }).isVisible());
    assert.deepEqual(await sectionStates(host), [true, true]);
    assert.ok(await host.getByRole('button', { name: 'Tout replier' }).isVisible(), 'the card speaks French');
    const background = await host.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.es-card')).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 150, `the card is dark (${background})`);
    assert.deepEqual(pluginMessages(page), []);
  } finally {
    await page.context().close();
  }
});

const BAD_SOURCES = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(document.domain)',
  'java\tscript:alert(1)',
  'data:application/json,{}',
  'vbscript:msgbox(1)',
  '//evil.example/summary.json',
  // Shortcode values lose one level of backslashes (stripcslashes): this reaches the plugin as
  // "/\evil.example/…", which browsers read as "//evil.example/…".
  '/\\\\evil.example/summary.json',
  'summary.json',
  '',
];

test('a src that is not an http(s) URL or a path on the site gives readers no card and no link', async () => {
  const content = BAD_SOURCES.map((src) => `[exec_summary src="${src}"]`).join('\n\n') + '\n\n[exec_summary]';
  // An administrator's post: kses does not touch what they write, so only the plugin stands between.
  const post = await site.insertPost({ title: 'Bad sources', content, as: 'administrator' });
  for (const url of [post.url, templateUrl(content)]) {
    const page = await openReader(browser);
    try {
      await page.goto(url);
      await page.waitForLoadState('load');
      const found = await inertness(page);
      assert.deepEqual(found.hosts, [], `no card host on ${url}`);
      assert.equal(await page.getByRole('link', { name: 'Executive summary' }).count(), 0);
      assert.equal(await page.locator('.exec-summary-notice').count(), 0, 'readers see no notice');
      assert.deepEqual(found.handlers, []);
      assert.equal(found.javascriptLinks, 0);
      assert.deepEqual(found.dialogs, []);
      assert.deepEqual(found.elsewhere, []);
      // No card on the page: no loader either.
      assert.equal(page.requests.filter((u) => u.includes('exec-summary')).length, 0);
    } finally {
      await page.context().close();
    }
  }

  // Someone who can edit the post is told what to fix.
  const context = await browser.newContext();
  try {
    await site.login(context, 'administrator');
    const page = await openReader(browser, { context });
    await page.goto(post.url);
    const notices = await page.locator('.exec-summary-notice').allTextContents();
    assert.equal(notices.length, BAD_SOURCES.length + 1);
    assert.match(notices[0], /“javascript:alert\(1\)” is not a URL a card can load/);
    assert.match(notices.at(-1), /add src="…"/);
    assert.deepEqual((await inertness(page)).dialogs, []);
  } finally {
    await context.close();
  }
});

const HOSTILE = `[exec_summary src="${SEED}" theme="x\\" onmouseover=\\"window.pwned=true;alert(1)" variant="<script>window.pwned=true</script>" heading_level="2 onclick=alert(1)" lang="en&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" expanded="all' onfocus='alert(1)" base="https://evil.example/" cdn_url="https://evil.example/" src2="https://evil.example/x.js" onmouseover="alert(1)"]`;

test('hostile attribute values cannot leave their attribute, add a handler or pick a script: the card shows with defaults', async () => {
  const byAdmin = await site.insertPost({ title: 'Hostile, administrator', content: HOSTILE, as: 'administrator' });
  const byAuthor = await site.insertPost({ title: 'Hostile, author', content: HOSTILE, as: 'author' });
  const withScript = `[exec_summary src="${SEED}" variant="<script>window.pwned=true</script>" lang="<img src=x onerror=alert(1)>" theme="dark&quot; onmouseover=&quot;alert(1)"]`;
  for (const url of [byAdmin.url, byAuthor.url, templateUrl(HOSTILE), templateUrl(withScript)]) {
    const page = await openReader(browser);
    try {
      await page.goto(url);
      await expectCardsReady(page, 1);
      const found = await inertness(page);
      const [host] = found.hosts;
      assert.equal(host.tag, 'span');
      const names = host.attributes.map(([name]) => name);
      assert.deepEqual(names.filter((name) => !HOST_ATTRIBUTES.has(name)), [], `only the card's own attributes on ${url}`);
      assert.deepEqual(Object.fromEntries(host.attributes.filter(([name]) => name.startsWith('data-') && name !== 'data-es-state')), { 'data-src': SEED }, 'every hostile value was dropped');
      assert.deepEqual(found.handlers, []);
      assert.equal(found.scripts, 0, 'no script, frame or object in the content');
      assert.equal(found.pwned, false);
      assert.deepEqual(found.dialogs, []);
      assert.deepEqual(found.elsewhere, [], 'no request to another origin');
      const scripts = page.requests.filter((u) => /\.js(\?|$)/.test(u) && u.includes('exec'));
      assert.ok(scripts.every((u) => u.startsWith(`${site.url}/wp-content/plugins/exec-summary/assets/`)), scripts.join('\n'));
      assert.ok(await page.locator('.exec-summary').getByRole('heading', { level: 2, name: 'Present and Future Sino-Russian Cooperation' }).isVisible());
      assert.deepEqual(pluginMessages(page), []);
    } finally {
      await page.context().close();
    }
  }
});

test('PHP logged no notice or warning naming the plugin’s files', () => {
  assert.deepEqual(site.pluginLogLines(), []);
});
