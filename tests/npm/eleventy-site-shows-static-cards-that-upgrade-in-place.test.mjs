// An Eleventy (v3) site with `eleventyConfig.addPlugin(execSummary)` writes each `execSummary`
// shortcode (a JSON file's path, or an object from the page) as the static card a reader sees
// with JavaScript off, and the loader, once, on the pages that have a card, which makes them
// interactive in place without downloading the wasm. A page whose summary is not valid fails the
// build, naming the file and every problem, and is never written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage } from '../e2e/browser.mjs';
import { SEED_TEXT, docsExample, expectClean, expectWorkingCards, ok, project, recordResponses, run, serveFolder, useScratch } from './support.mjs';

const SEED_TITLE = JSON.parse(SEED_TEXT).title;

const layout = (body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A site with summaries</title>
<link rel="icon" href="data:,">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

let scratch;
let dir;
useScratch(async (ready) => {
  scratch = ready;
  dir = await project(scratch.dir, 'site', {
    tarball: scratch.tarball,
    tools: ['@11ty/eleventy'],
    files: {
      // The docs' configuration, as written there: the plugin, with sepia cards.
      'eleventy.config.js': docsExample('eleventy.html', 'eleventy-config'),
      'summaries/seed.json': SEED_TEXT,
      // Nunjucks: a file by its path, and an object written in the template, with options.
      'index.njk': layout(`<div id="from-file">{% execSummary "summaries/seed.json" %}</div>
<div id="from-object">{% execSummary { title: "Written in the page", sections: [{ title: "Findings", paragraphs: ["Costs fell."], expanded: true }, { title: "Actions", items: ["Fund the pilot."] }] }, { headingLevel: 3, theme: "dark" } %}</div>`),
      // Markdown (Liquid): the same file, twice on one page.
      'twice.md': `---
layout: false
---
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twice</title><link rel="icon" href="data:,"></head><body>

<div id="first">{% execSummary "summaries/seed.json" %}</div>

<div id="second">{% execSummary "summaries/seed.json" %}</div>

</body></html>
`,
      'no-card.njk': layout('<p>A page without a summary.</p>'),
    },
  });
  await ok('npx', ['@11ty/eleventy'], { cwd: dir });
});

const page = (path) => readFileSync(join(dir, '_site', path), 'utf8');
const count = (text, part) => text.split(part).length - 1;

test('the build copies the browser bundle and puts its stylesheet and loader once on each page with a card, and on no other', () => {
  assert.deepEqual(readdirSync(join(dir, '_site/exec-summary')).sort(),
    ['exec-summary-runtime.js', 'exec-summary.css', 'exec-summary.js', 'exec_summary.js', 'exec_summary_bg.wasm']);
  for (const path of ['index.html', 'twice/index.html']) {
    const html = page(path);
    assert.equal(count(html, '<script src="/exec-summary/exec-summary.js" defer></script>'), 1, path);
    assert.equal(count(html, '<link rel="stylesheet" href="/exec-summary/exec-summary.css">'), 1, path);
    assert.ok(html.indexOf('exec-summary.js') < html.indexOf('</head>'), `${path}: in the head`);
  }
  assert.equal(count(page('twice/index.html'), 'data-es-static'), 2);
  assert.doesNotMatch(page('no-card/index.html'), /exec-summary/);
  // The site's default options and the shortcode's own, as the static marker carries them.
  assert.match(page('index.html'), /<div class="exec-summary" data-es-static data-theme="sepia"><script type="application\/json"/);
  assert.match(page('index.html'), /<div class="exec-summary" data-es-static data-heading-level="3" data-theme="dark">/);
});

test('with JavaScript off the static cards read, are styled and open their sections', async () => {
  const site = await serveFolder(join(dir, '_site'));
  const browser = await launch();
  try {
    const reader = await openPage(browser, { javaScriptEnabled: false });
    const responses = recordResponses(reader);
    await reader.goto(site.url);
    const card = reader.locator('#from-file article.es-card');
    assert.equal((await card.locator('.es-card__title').textContent()).trim(), SEED_TITLE);
    assert.notEqual(await card.evaluate((el) => getComputedStyle(el).borderTopStyle), 'none', 'styled by the linked stylesheet');
    const policy = card.locator('details.es-section').nth(1); // the seed's second section starts closed
    assert.equal(await policy.evaluate((details) => details.open), false);
    await policy.locator('summary').click();
    assert.equal(await policy.evaluate((details) => details.open), true);
    assert.equal(await reader.locator('#from-object h3.es-card__title').textContent(), 'Written in the page');
    assert.ok(!responses.some((r) => /\.(js|wasm)$/.test(new URL(r.url).pathname)), 'no script was fetched');
    expectClean(reader, responses);
  } finally {
    await browser.close();
    site.close();
  }
});

test('with JavaScript on every card upgrades in place, interactive, without the wasm', async () => {
  const site = await serveFolder(join(dir, '_site'), '/');
  const browser = await launch();
  try {
    for (const path of ['', 'twice/']) {
      const reader = await openPage(browser);
      const responses = recordResponses(reader);
      // The card's element as the static HTML made it, remembered before the loader runs.
      await reader.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          window.staticCards = [...document.querySelectorAll('article.es-card')];
        });
      });
      await reader.goto(`${site.url}${path}`);
      const hosts = path ? { first: SEED_TITLE, second: SEED_TITLE } : { 'from-file': SEED_TITLE, 'from-object': 'Written in the page' };
      const ids = Object.keys(hosts);
      // The hosts are the static markers inside each wrapper: give them the wrapper's id to find them.
      await reader.evaluate((list) => list.forEach((id) => {
        const host = document.querySelector(`#${id} > .exec-summary`);
        document.getElementById(id).removeAttribute('id');
        host.id = id;
      }), ids);
      await expectWorkingCards(reader, hosts);
      assert.ok(await reader.evaluate(() => window.staticCards.length > 0 && window.staticCards.every((card) => card.isConnected)),
        'the same elements, upgraded in place');
      const fetched = responses.map((r) => new URL(r.url).pathname);
      assert.ok(fetched.includes('/exec-summary/exec-summary-runtime.js'));
      assert.ok(!fetched.some((p) => p.endsWith('.wasm') || p.endsWith('/exec_summary.js')), `no wasm (nor its glue) for static cards: ${fetched}`);
      assert.equal(fetched.filter((p) => p === '/exec-summary/exec-summary.js').length, 1);
      expectClean(reader, responses);
      await reader.context().close();
    }
  } finally {
    await browser.close();
    site.close();
  }
});

test('a page whose summary is not valid fails the build with the file and every problem, and is not written', async () => {
  const bad = await project(scratch.dir, 'broken-site', {
    tarball: scratch.tarball,
    tools: ['@11ty/eleventy'],
    files: {
      'eleventy.config.js': 'import execSummary from \'exec-summary/eleventy\';\nexport default (config) => { config.addPlugin(execSummary); };\n',
      'summaries/broken.json': '{"title": 5, "sections": [{"title": "S", "items": ["fine", 7]}], "subtitel": "x"}',
      'broken.njk': layout('{% execSummary "summaries/broken.json" %}'),
      'fine.njk': layout('<p>Fine.</p>'),
    },
  });
  const { code, stdout, stderr } = await run('npx', ['@11ty/eleventy'], { cwd: bad });
  const said = `${stdout}\n${stderr}`;
  assert.notEqual(code, 0, 'the build failed');
  assert.match(said, /summaries\/broken\.json is not a valid summary/);
  for (const problem of ['title: expected a string, found a number', 'sections[0].items[1]: expected a string, found a number',
    'warning: subtitel: unknown field, ignored (did you mean `subtitle`?)']) {
    assert.ok(said.includes(problem), `the build said ${problem}`);
  }
  assert.ok(!existsSync(join(bad, '_site/broken/index.html')), 'the broken page was not written');
});
