// The same card everywhere: for the example documents and a generated corpus (inline markup and
// links, bidi text, CJK, emoji, many sections, authors, sources), the card the browser mounts (the
// article in the host's shadow root) is the card `exec-summary render` writes, element for element,
// attribute for attribute and character for character — with the default options, with heading
// levels, themes and the compact variant, and as the `--embed-data` card that the runtime upgrades
// in place. Both are parsed by Chromium and compared in a normal form: attributes sorted, boolean
// attributes without values, and what only one side has: the interactive card's controls
// ("Expand all" and its live region, with their labels) against a plain static card, and the
// upgrade's marker (removed once the card is interactive) against an `--embed-data` card, which
// is otherwise compared whole, controls and labels included. A document the CLI refuses gets the
// error card in the browser too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/serve.mjs';
import { launch, openPage } from './browser.mjs';
import { generateDocuments } from './generated-documents.mjs';
import { htmlRoute, pageHtml } from './pages.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GENERATED = 60;
/** CLI flags and the same options for ExecSummary.render; all but the first use a subset. */
const RENDERS = [
  { key: 'defaults', flags: [], options: {} },
  { key: 'heading-4-dark', flags: ['--heading-level', '4', '--theme', 'dark'], options: { headingLevel: 4, theme: 'dark' }, subset: 16 },
  { key: 'heading-6-compact-sepia', flags: ['--heading-level', '6', '--variant', 'compact', '--theme', 'sepia'], options: { headingLevel: 6, variant: 'compact', theme: 'sepia' }, subset: 16 },
  { key: 'embed-data', flags: ['--embed-data'], options: {}, subset: 16, whole: true },
];

let server;
let url;
let browser;
let dir;
/** [{ name, doc }] */
let corpus;
/** render key → [{ name, doc, options, html (static card, or null when the CLI refuses it) }] */
const cases = {};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'exec-summary-same-card-'));
  const examples = readdirSync(`${ROOT}www/examples`).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), doc: JSON.parse(readFileSync(`${ROOT}www/examples/${f}`, 'utf8')) }));
  const generated = generateDocuments(GENERATED).map((doc, i) => ({ name: `generated-${String(i).padStart(2, '0')}`, doc }));
  corpus = [...examples, ...generated];
  for (const { name, doc } of corpus) writeFileSync(join(dir, `${name}.json`), JSON.stringify(doc, null, 2));
  for (const { key, flags, options, subset } of RENDERS) {
    const entries = corpus.slice(0, subset ?? corpus.length);
    const out = join(dir, key);
    try {
      execFileSync('cargo', ['run', '--quiet', '--', 'render', ...flags, '--out-dir', out, ...entries.map(({ name }) => join(dir, `${name}.json`))], {
        cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (error) {
      // Exit status 1: some documents were refused (reported on stderr); the others are written.
      if (error.status !== 1) throw new Error(`exec-summary render failed: ${error.stderr}`);
    }
    cases[key] = entries.map(({ name, doc }) => {
      const file = join(out, `${name}.html`);
      return { name, doc, options, html: existsSync(file) ? readFileSync(file, 'utf8') : null };
    });
  }
  ({ server, url } = await startServer({
    port: 0,
    routes: {
      '/same.html': htmlRoute(pageHtml({
        head: '<script>window.ExecSummaryConfig = { loading: "eager" };</script>\n<script type="module" src="/pkg/exec-summary.js"></script>',
        body: '<main id="cards"></main>',
      })),
    },
  }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs in the page: the normal form of an element, one line per element and text node, indented
 * by depth. Attributes are sorted; `open` and `hidden` lose their values (`open="open"` and
 * `open=""` mean the same); the upgrade's marker (`data-es-upgradable`) is left out, and unless
 * `whole`, the interactive card's own controls and their labels (`data-label-*`, `data-status-*`).
 */
function normalForm(element, whole) {
  const INTERACTIVE_ONLY = new Set(whole ? [] : ['es-card__toggle-all', 'es-card__status']);
  const BOOLEAN = new Set(['open', 'hidden']);
  const UPGRADE_ONLY = whole ? /^data-es-upgradable$/ : /^data-(es-upgradable|label-|status-)/;
  const lines = [];
  const walk = (node, depth) => {
    const pad = '  '.repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      lines.push(`${pad}${JSON.stringify(node.data)}`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if ([...node.classList].some((c) => INTERACTIVE_ONLY.has(c))) return;
    const attributes = [...node.attributes]
      .filter((a) => !UPGRADE_ONLY.test(a.name))
      .map((a) => (BOOLEAN.has(a.name) ? a.name : `${a.name}=${JSON.stringify(a.value)}`))
      .sort();
    lines.push(`${pad}<${node.localName}${attributes.map((a) => ` ${a}`).join('')}>`);
    // Text is compared as it reads, however it is split into nodes.
    node.normalize?.();
    for (const child of node.childNodes) walk(child, depth + 1);
  };
  walk(element, 0);
  return lines.join('\n');
}

/** Mounts each case in the browser; returns both normal forms and the host's state. */
async function compare(t, entries, whole = false) {
  const page = await openPage(browser);
  t.after(() => page.context().close());
  await page.goto(`${url}/same.html`);
  await page.waitForFunction(() => window.ExecSummary);
  return page.evaluate(async ([list, normalSource, whole]) => {
    const normal = new Function(`return (${normalSource})`)();
    const out = [];
    for (const { name, doc, options, html } of list) {
      const host = document.createElement('div');
      document.getElementById('cards').append(host);
      const handle = ExecSummary.render(host, doc, options);
      await handle.ready;
      const mounted = host.shadowRoot.querySelector('.es-root > *');
      const template = document.createElement('template');
      if (html !== null) template.innerHTML = html;
      out.push({
        name,
        state: host.dataset.esState,
        browser: mounted ? normal(mounted.cloneNode(true), whole) : '',
        static: html === null ? null : normal(template.content.querySelector('article.es-card'), whole),
      });
      handle.destroy();
      host.remove();
    }
    return out;
  }, [entries, normalForm.toString(), whole]);
}

for (const { key, flags, whole } of RENDERS) {
  test(`every card the browser mounts equals the static render (${key}: render ${flags.join(' ')})`, async (t) => {
    const results = await compare(t, cases[key], whole);
    check(t, results);
  });
}

function check(t, results) {
  const valid = results.filter((r) => r.static !== null);
  t.diagnostic(`${results.length} documents; ${valid.length} rendered by the CLI and compared, ${results.length - valid.length} refused by both`);
  assert.ok(valid.length >= 0.8 * results.length, `only ${valid.length} of ${results.length} documents are valid: the corpus no longer tests much`);
  const mismatches = [];
  for (const r of results) {
    if (r.static === null) {
      assert.equal(r.state, 'error', `${r.name}: the CLI refuses it, the browser shows ${r.state}`);
      continue;
    }
    assert.equal(r.state, 'ready', `${r.name}: the CLI renders it, the browser shows ${r.state}`);
    if (r.browser !== r.static) {
      const a = r.browser.split('\n');
      const b = r.static.split('\n');
      const at = a.findIndex((line, i) => line !== b[i]);
      mismatches.push(`${r.name} line ${at + 1}:\n  browser: ${a[at]}\n  static:  ${b[at]}`);
    }
  }
  assert.deepEqual(mismatches, [], `cards differ:\n${mismatches.slice(0, 8).join('\n')}`);
}
