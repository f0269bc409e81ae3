// Every copy button on the site puts its own snippet on the clipboard (read back from the
// clipboard), the playground's snippets are right for the document and options shown, and the
// JSON download is the editor's document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertQuiet, gotoPlayground, openWithClipboard, readClipboard, SITE_PAGES } from './www-support.mjs';
import { useSite } from './support.mjs';

let url;
let browser;
useSite((site) => ({ url, browser } = site));

/** Clicks every visible copy button and checks the clipboard against the text it names. */
async function checkCopyButtons(page, where) {
  const buttons = page.locator('button[data-copy]:visible');
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    const target = await button.getAttribute('data-copy');
    const expected = await page.locator(`#${target}`).evaluate((el) => el.value ?? el.textContent);
    assert.ok(expected.trim(), `${where}: #${target} is empty`);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click();
    await page.waitForFunction((b) => b.textContent === 'Copied', await button.elementHandle(), { timeout: 3000 });
    assert.equal(await readClipboard(page), expected, `${where}: the button for #${target}`);
  }
  return count;
}

test('every copy button on every page copies its snippet', async (t) => {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  const counts = {};
  for (const path of SITE_PAGES) {
    if (path === '/playground.html') await gotoPlayground(page, url);
    else await page.goto(`${url}${path}`);
    // Generated pages add their buttons once their tables are built.
    await page.waitForFunction(() => !document.querySelector('.docs__status:not(:empty)[role="status"]')
      || !/Loading/.test(document.querySelector('.docs__status[role="status"]').textContent), null, { timeout: 10000 });
    counts[path] = await checkCopyButtons(page, path);
  }
  assert.equal(counts['/'], 1, 'the home page has the embed snippet');
  assert.equal(counts['/playground.html'], 6, 'CSS and five ways in');
  assert.equal(counts['/docs/cms.html'], 6, 'Drupal and Ghost (WordPress has its own page)');
  assert.equal(counts['/docs/wordpress.html'], 3, 'shortcode, theme template, footer');
  assertQuiet(page);
});

test('the home page copies the two-line embed', async (t) => {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: 'Copy the two-line embed' }).click();
  await page.waitForFunction(() => document.querySelector('button[data-copy]').textContent === 'Copied');
  assert.equal(await readClipboard(page),
    '<script src="/pkg/exec-summary.js" defer></script>\n<div class="exec-summary" data-src="/summaries/sino-russian-cooperation.json"></div>');
});

test('the playground\'s snippets embed the document and options shown', async (t) => {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await gotoPlayground(page, url);
  await page.getByLabel('Theme').selectOption('sepia');
  await page.getByLabel('Address of the JSON file').fill('https://example.org/s/report.json');
  const json = JSON.parse(await page.locator('#json').inputValue());

  const copy = async (name) => {
    await page.getByRole('button', { name }).click();
    await page.waitForFunction((n) => document.querySelector(`button[aria-label="${n}"]`).textContent === 'Copied', name);
    return readClipboard(page);
  };
  const loader = `<script src="${url}/pkg/exec-summary.js" defer></script>`;
  assert.equal(await copy('Copy the data attribute snippet'),
    `${loader}\n<div class="exec-summary" data-src="https://example.org/s/report.json" data-theme="sepia"></div>`);
  assert.equal(await copy('Copy the custom element snippet'),
    `${loader}\n<exec-summary src="https://example.org/s/report.json" theme="sepia"></exec-summary>`);

  const inline = await copy('Copy the inline JSON snippet');
  const [, attrs, body] = /<script type="application\/json" class="exec-summary"([^>]*)>(.*)<\/script>$/s.exec(inline);
  assert.equal(attrs, ' data-theme="sepia"');
  assert.ok(!body.includes('<'), 'a "<" inside the JSON could close the script');
  assert.deepEqual(JSON.parse(body), json);

  const iframe = await copy('Copy the iframe snippet');
  const src = /<iframe src="([^"]+)"/.exec(iframe)[1].replace(/&amp;/g, '&');
  assert.equal(new URL(src).pathname, '/pkg/embed.html');
  assert.equal(new URL(src).searchParams.get('src'), 'https://example.org/s/report.json');
  assert.match(iframe, /title="Present and Future Sino-Russian Cooperation"/);
  assert.match(iframe, /exec-summary:resize/);

  assert.equal(await copy('Copy the command line'),
    `exec-summary render present-and-future-sino-russian-cooperation.json --embed-data --css-href ${url}/pkg/exec-summary.css --theme sepia > present-and-future-sino-russian-cooperation.html`);
  assert.match(await copy('Copy the CSS'), /over the sepia theme/);
  // Screen readers hear what was copied.
  await page.waitForFunction(() => document.getElementById('site-status')?.textContent === 'Copied the CSS');
});

test('the JSON download is the editor\'s document', async (t) => {
  const page = await openWithClipboard(browser, url, { acceptDownloads: true });
  t.after(() => page.context().close());
  await gotoPlayground(page, url);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'present-and-future-sino-russian-cooperation.json');
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  assert.equal(Buffer.concat(chunks).toString('utf8'), `${await page.locator('#json').inputValue()}\n`);
});
