// Every page of the site passes axe-core (WCAG 2.2 A/AA and best practices) with zero violations,
// in light and dark colour schemes, at 1280 and 360 px wide, without scrolling sideways at 360 px;
// the playground also with its problem list showing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { assertNoViolations, axeViolations } from './theme-support.mjs';
import { gotoPlayground, setJson, SITE_PAGES } from './www-support.mjs';
import { useSite } from './support.mjs';

let url;
let browser;
useSite((site) => ({ url, browser } = site));

/** Opens `path` and waits for its cards and generated tables. */
async function open(page, path) {
  if (path === '/playground.html') {
    await gotoPlayground(page, url);
    return;
  }
  await page.goto(`${url}${path}`);
  // Scroll through the page so lazy cards mount, then wait for every card and generated table.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.exec-summary'))
    .every((host) => ['ready', 'error'].includes(host.dataset.esState))
    && Array.from(document.querySelectorAll('.docs__status[role="status"]')).every((s) => !/Loading/.test(s.textContent)),
  null, { timeout: 15000 });
}

/** Elements wider than the viewport, by selector-ish description. */
function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-scroll, pre, .pg-code'))
      .slice(0, 5)
      .map((el) => `${el.localName}.${el.className}`);
  });
}

for (const scheme of ['light', 'dark']) {
  for (const width of [1280, 360]) {
    test(`every page has no axe violations, ${scheme} scheme, ${width} px`, async (t) => {
      const page = await openPage(browser, { viewport: { width, height: 900 }, colorScheme: scheme });
      t.after(() => page.context().close());
      for (const path of SITE_PAGES) {
        await open(page, path);
        assertNoViolations(await axeViolations(page), `${path} (${scheme}, ${width} px)`);
        if (width === 360) {
          assert.deepEqual(await overflowing(page), [], `${path} scrolls sideways at 360 px`);
          assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, `${path} is wider than 360 px`);
        }
      }
      assert.deepEqual(page.problems, []);
    });
  }
}

test('the playground has no violations with problems listed and the dark card', async (t) => {
  for (const scheme of ['light', 'dark']) {
    const page = await openPage(browser, { viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    t.after(() => page.context().close());
    await gotoPlayground(page, url);
    await page.getByLabel('Theme').selectOption('dark');
    const text = await page.locator('#json').inputValue();
    await setJson(page, text.replace('"subtitle"', '"subtitel"').replace('"expanded": true', '"expanded": "yes"'));
    assert.equal(await page.locator('#problems button').count(), 2);
    assertNoViolations(await axeViolations(page), `playground with problems (${scheme})`);
  }
});
