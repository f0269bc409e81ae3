// Shared by the bundler tests (not a test file itself): the app a front-end team writes around
// `import 'exec-summary'`, the same for every bundler, and what a reader must see in it.
import assert from 'node:assert/strict';
import { launch, openPage } from '../e2e/browser.mjs';
import { SEED_TEXT, expectClean, expectWorkingCards, recordResponses, serveFolder } from './support.mjs';

/** The app's own code: one card from an object through the API; the page's host mounts itself. */
export const APP_SCRIPT = `import { ExecSummary } from 'exec-summary';

const summary = {
  title: 'From an object',
  sections: [
    { title: 'Findings', paragraphs: ['Costs fell by a third.'], expanded: true },
    { title: 'Actions', items: ['Fund the pilot.', 'Publish the data.'] },
  ],
};
window.objectCard = ExecSummary.render(document.getElementById('from-object'), summary);
`;

/** The page's body: a host that names its JSON by a relative URL, and the app's element. */
export const APP_BODY = `<div class="exec-summary" id="from-src" data-src="data/seed.json"></div>
<div id="from-object"></div>`;

/** A page around `body`, with `head`. */
export function appPage({ head = '', body = APP_BODY } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>An app with exec-summary</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The Vite app's files: the page loads the app's script as a module, the JSON is a public file. */
export const VITE_APP_FILES = {
  'index.html': appPage({ head: '<script type="module" src="/src/main.js"></script>' }),
  'src/main.js': APP_SCRIPT,
  'public/data/seed.json': SEED_TEXT,
};

/**
 * Serves the built app in `dist` at `prefix` and checks it in Chromium as a reader would: both
 * cards work, the wasm module and the stylesheet were fetched from the bundler's emitted (hashed)
 * files under `prefix`, nothing failed. Returns what was fetched.
 */
export async function expectWorkingApp(dist, prefix) {
  const site = await serveFolder(dist, prefix);
  const browser = await launch();
  try {
    const page = await openPage(browser);
    const responses = recordResponses(page);
    await page.goto(site.url);
    await expectWorkingCards(page, { 'from-src': JSON.parse(SEED_TEXT).title, 'from-object': 'From an object' });
    assert.equal(await page.evaluate(() => window.objectCard.ready.then((element) => element.id)), 'from-object');
    const fetched = responses.map((r) => ({ ...r, path: new URL(r.url).pathname }));
    const wasm = fetched.filter((r) => r.path.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `one wasm module fetched: ${JSON.stringify(fetched)}`);
    assert.equal(wasm[0].status, 200);
    assert.ok(wasm[0].path.startsWith(prefix), `the wasm came from under ${prefix}: ${wasm[0].path}`);
    assert.notEqual(wasm[0].path, `${prefix}exec_summary_bg.wasm`, 'the wasm has the bundler\'s own (hashed) name');
    assert.equal(fetched.filter((r) => r.path.endsWith('.css')).length, 1, 'one stylesheet fetched');
    assert.equal(fetched.filter((r) => r.path.endsWith('/data/seed.json')).length, 1);
    expectClean(page, responses);
    await page.context().close();
    return fetched;
  } finally {
    await browser.close();
    site.close();
  }
}
