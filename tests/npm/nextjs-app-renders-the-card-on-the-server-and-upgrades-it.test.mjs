// The Next.js app of the server-rendering docs (www/docs/server.html, its four files taken from the
// page itself), built with `next build` and served by `next start`: the report page has the
// server-rendered card, readable and styled with JavaScript off, which the client component
// upgrades in place without the wasm, under `next dev` too. A page beside it has a data-src host and the bundlers page's
// React component rendering an object, so Next.js's own bundling of the browser entry (runtime,
// wasm, stylesheet) is checked too. Without the documented setting, the build stops with exec-summary's explanation.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage } from '../e2e/browser.mjs';
import {
  SEED_TEXT, docsExample, expectClean, expectWorkingCards, freePort, ok, project, recordResponses, run,
  startServer, useScratch,
} from './support.mjs';

const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: '1' };
// A page of the app's own: a data-src host, and an object rendered by the bundlers page's React
// component (www/docs/bundlers.html), which imports the browser entry.
const CLIENT_PAGE = `import { Summary } from './summary';

const summary = {
  title: 'From an object',
  sections: [
    { title: 'Findings', paragraphs: ['Costs fell by a third.'], expanded: true },
    { title: 'Actions', items: ['Fund the pilot.', 'Publish the data.'] },
  ],
};

export default function Client() {
  return (
    <main>
      <div className="exec-summary" id="from-src" data-src="/data/seed.json" />
      <section id="object">
        <Summary data={summary} theme="dark" />
      </section>
    </main>
  );
}
`;

let dir;
let site;
after(() => site?.stop()); // before the scratch folder goes (useScratch's own `after`)
useScratch(async (scratch) => {
  dir = await project(scratch.dir, 'next-app', {
    tarball: scratch.tarball,
    tools: ['next', 'react', 'react-dom'],
    files: {
      'next.config.mjs': docsExample('server.html', 'server-next-config'),
      'app/layout.js': docsExample('server.html', 'server-next-layout'),
      'app/page.js': docsExample('server.html', 'server-next-page'),
      'app/upgrade.js': docsExample('server.html', 'server-next-upgrade'),
      'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>', // else /favicon.ico is a 404
      'app/client/page.js': CLIENT_PAGE,
      'app/client/summary.js': `'use client';\n${docsExample('bundlers.html', 'npm-react')}`,
      'summaries/report.json': SEED_TEXT,
      'public/data/seed.json': SEED_TEXT,
    },
  });
  const { stdout, stderr } = await ok('npx', ['next', 'build'], { cwd: dir, env: NEXT_ENV });
  assert.doesNotMatch(`${stdout}${stderr}`, /warn|error/i, 'next build said nothing about the app');
  const port = await freePort();
  site = await startServer('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: dir, ready: /Ready in/, env: NEXT_ENV });
  site.url = `http://127.0.0.1:${port}/`;
});

test('the report page has the server-rendered card, readable and styled with JavaScript off', async () => {
  const browser = await launch();
  try {
    const reader = await openPage(browser, { javaScriptEnabled: false });
    const responses = recordResponses(reader);
    await reader.goto(site.url);
    const html = await (await fetch(site.url)).text();
    assert.match(html, /<main><div class="exec-summary" data-es-static data-theme="sepia"><script type="application\/json" class="exec-summary-data">/);
    const card = reader.locator('article.es-card');
    assert.equal((await card.locator('.es-card__title').textContent()).trim(), JSON.parse(SEED_TEXT).title);
    assert.notEqual(await card.evaluate((el) => getComputedStyle(el).borderTopStyle), 'none', 'styled by the layout\'s stylesheet');
    expectClean(reader, responses);
  } finally {
    await browser.close();
  }
});

test('with JavaScript, the client component upgrades the card in place, without the wasm', async () => {
  const browser = await launch();
  try {
    const page = await openPage(browser);
    const responses = recordResponses(page);
    await page.goto(site.url);
    // Named for the checks once the loader has it (after hydration, which compares the HTML in dev).
    await page.waitForSelector('main > .exec-summary[data-es-state]');
    await page.evaluate(() => { document.querySelector('main > .exec-summary').id = 'from-server'; });
    await expectWorkingCards(page, { 'from-server': JSON.parse(SEED_TEXT).title });
    assert.equal(await page.locator('#from-server').evaluate((host) => host.shadowRoot), null, 'upgraded where it stands');
    assert.deepEqual(responses.filter((r) => r.url.endsWith('.wasm')), [], 'no wasm for a static card');
    expectClean(page, responses);
  } finally {
    await browser.close();
  }
});

test('a page mounts a data-src host, and the docs\' React component renders an object, from the files Next.js emitted', async () => {
  const browser = await launch();
  try {
    const page = await openPage(browser);
    const responses = recordResponses(page);
    await page.goto(`${site.url}client`);
    await page.waitForSelector('#object > div');
    await page.evaluate(() => { document.querySelector('#object > div').id = 'from-object'; });
    await expectWorkingCards(page, { 'from-src': JSON.parse(SEED_TEXT).title, 'from-object': 'From an object' });
    const wasm = responses.filter((r) => new URL(r.url).pathname.endsWith('.wasm'));
    assert.equal(wasm.length, 1, JSON.stringify(responses));
    assert.match(new URL(wasm[0].url).pathname, /^\/_next\/static\/media\/exec_summary_bg\.[\w-]+\.wasm$/);
    expectClean(page, responses);
  } finally {
    await browser.close();
  }
});

test('under `next dev`, the report page\'s card is rendered, styled and upgraded in place', async () => {
  site.stop();
  const port = await freePort();
  const dev = await startServer('npx', ['next', 'dev', '--hostname', '127.0.0.1', '--port', String(port)], { cwd: dir, ready: /Ready in/, env: NEXT_ENV });
  const browser = await launch();
  try {
    const page = await openPage(browser);
    const responses = recordResponses(page);
    await page.goto(`http://127.0.0.1:${port}/`);
    // Named for the checks once the loader has it (after hydration, which compares the HTML in dev).
    await page.waitForSelector('main > .exec-summary[data-es-state]');
    await page.evaluate(() => { document.querySelector('main > .exec-summary').id = 'from-server'; });
    await expectWorkingCards(page, { 'from-server': JSON.parse(SEED_TEXT).title });
    expectClean(page, responses);
    assert.doesNotMatch(dev.output(), /warn|error/i, 'next dev said nothing about the app');
  } finally {
    await browser.close();
    dev.stop();
  }
});

test('without serverExternalPackages, the build stops and says what to do', async () => {
  await rm(join(dir, 'next.config.mjs'));
  await rm(join(dir, '.next'), { recursive: true, force: true });
  const { code, stdout, stderr } = await run('npx', ['next', 'build'], { cwd: dir, env: NEXT_ENV });
  assert.notEqual(code, 0);
  assert.match(`${stdout}${stderr}`, /exec-summary\/server: the card module is not a file here .* serverExternalPackages: \['exec-summary\/server'\]/);
});
