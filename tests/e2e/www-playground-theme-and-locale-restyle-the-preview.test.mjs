// The playground's options restyle the live preview and rewrite the CSS and embed snippets: the
// dark theme, a locale for the card's own words, layout and heading level, and colour and font
// tokens; the reader's open sections survive each change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertQuiet, gotoPlayground, openWithClipboard, previewSections, previewSettled } from './www-support.mjs';
import { useSite } from './support.mjs';

let url;
let browser;
useSite((site) => ({ url, browser } = site));

/** What the preview card shows of its options. */
function cardLook(page) {
  return page.evaluate(() => {
    const root = document.getElementById('preview').shadowRoot;
    const card = root.querySelector('article.es-card');
    const style = getComputedStyle(card);
    return {
      theme: card.dataset.theme ?? '',
      variant: card.dataset.variant ?? '',
      background: style.backgroundColor,
      toggle: root.querySelector('.es-card__toggle-all')?.textContent,
      titleTag: root.querySelector('.es-card__title').localName,
      accent: style.getPropertyValue('--_es-accent').trim(),
      headingFont: getComputedStyle(root.querySelector('.es-card__title')).fontFamily,
    };
  });
}

/** Waits until the preview card satisfies `check(look)`. */
async function waitForLook(page, check, what) {
  const deadline = Date.now() + 10000;
  let look;
  while (Date.now() < deadline) {
    await previewSettled(page);
    look = await cardLook(page);
    if (check(look)) return look;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what}: the preview shows ${JSON.stringify(look)}`);
}

test('the dark theme and a locale change the preview and the snippets', async (t) => {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await gotoPlayground(page, url);
  const before = await cardLook(page);
  assert.equal(before.background, 'rgb(255, 255, 255)');
  assert.equal(before.toggle, 'Expand all');
  const cssBefore = await page.locator('#css-snippet').textContent();

  // The reader's sections, as left before the options change.
  await page.locator('#preview #main-argument > summary').click();
  await page.locator('#preview #policy-implications > summary').click();

  await page.getByLabel('Theme').selectOption('dark');
  const dark = await waitForLook(page, (l) => l.theme === 'dark', 'dark theme');
  assert.equal(dark.background, 'rgb(22, 27, 34)');
  const css = await page.locator('#css-snippet').textContent();
  assert.notEqual(css, cssBefore);
  assert.match(css, /over the dark theme \(data-theme="dark" on the host\)/);
  assert.match(await page.locator('#snip-data').textContent(), / data-theme="dark"/);
  assert.match(await page.locator('#snip-element').textContent(), / theme="dark"/);
  assert.match(await page.locator('#snip-cli').textContent(), / --theme dark /);

  await page.getByLabel("Card's own words").selectOption('zh');
  const zh = await waitForLook(page, (l) => l.toggle === '全部展开', 'Chinese words');
  assert.equal(zh.theme, 'dark');
  assert.match(await page.locator('#snip-data').textContent(), / data-lang="zh"/);
  const frameSrc = /<iframe src="([^"]+)"/.exec(await page.locator('#snip-iframe').textContent())[1].replace(/&amp;/g, '&');
  const query = new URL(frameSrc).searchParams;
  assert.equal(query.get('theme'), 'dark');
  assert.equal(query.get('lang'), 'zh');

  assert.deepEqual(await previewSections(page), { 'main-argument': false, 'policy-implications': true },
    'the open sections were lost');
  assertQuiet(page);
});

test('layout, heading level and tokens restyle the preview and the CSS snippet', async (t) => {
  const page = await openWithClipboard(browser, url);
  t.after(() => page.context().close());
  await gotoPlayground(page, url);

  await page.getByLabel('Layout').selectOption('compact');
  await waitForLook(page, (l) => l.variant === 'compact', 'compact layout');
  await page.getByLabel('Title heading level').selectOption('4');
  await waitForLook(page, (l) => l.titleTag === 'h4', 'h4 title');
  assert.match(await page.locator('#snip-data').textContent(), / data-variant="compact" data-heading-level="4"/);

  await page.locator('#tok-accent').fill('#8a1538');
  await waitForLook(page, (l) => l.accent === '#8a1538', 'accent token');
  await page.getByLabel('Title font').selectOption({ label: 'Monospace' });
  await waitForLook(page, (l) => /monospace/.test(l.headingFont), 'heading font');
  const css = await page.locator('#css-snippet').textContent();
  assert.match(css, /^\/\* exec-summary tokens over the default \(light\) theme \*\/\n/);
  assert.match(css, /\n {2}--es-accent: #8a1538;\n/);
  assert.match(css, /\n {2}--es-font-heading: ui-monospace, Menlo, Consolas, monospace;\n/);

  await page.getByRole('button', { name: 'Reset the accent colour' }).click();
  await waitForLook(page, (l) => l.accent === '#1f5fbf', 'accent reset');
  assert.doesNotMatch(await page.locator('#css-snippet').textContent(), /--es-accent/);
  assertQuiet(page);
});
