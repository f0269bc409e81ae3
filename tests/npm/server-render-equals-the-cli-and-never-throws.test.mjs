// exec-summary/server, installed from the packed tarball into an empty project and imported as a
// user's code imports it, renders every document as the native CLI does: for the examples, for
// generated documents (as JSON text and as objects) and for hostile JSON, `html` is byte for byte
// what `exec-summary render` prints with the same flags, and `problems` are the lines it and
// `exec-summary validate` print. It never throws, whatever it is given: an invalid document is
// `ok: false` with its problems. If the module ever traps, that call is `ok: false` and the next
// one renders again (a test build whose wasm traps on a card with a given title).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDocuments } from '../e2e/generated-documents.mjs';
import { hostileTexts, hostileValues } from './hostile-documents.mjs';
import { ROOT, ok, project, run, useScratch } from './support.mjs';

const CLI = join(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/exec-summary');
const EXAMPLES = readdirSync(join(ROOT, 'www/examples')).filter((name) => name.endsWith('.json'))
  .map((name) => ({ name, text: readFileSync(join(ROOT, 'www/examples', name), 'utf8') }));

/** The command line's flags and the same options as the server takes them. */
const FLAG_SETS = [
  { flags: [], options: undefined },
  { flags: ['--embed-data'], options: { embedData: true } },
  { flags: ['--data-src', '/summaries/x.json?a=1&b="2"'], options: { dataSrc: '/summaries/x.json?a=1&b="2"' } },
  {
    flags: ['--embed-data', '--theme', 'dark', '--heading-level', '3', '--expanded', 'all', '--lang', 'fr', '--id-prefix', 'p-',
      '--variant', 'compact', '--strings', '{"source": "From <here> & there", "expandAll": "Tout"}'],
    options: {
      embedData: true, theme: 'dark', headingLevel: 3, expanded: 'all', lang: 'fr', idPrefix: 'p-', variant: 'compact',
      strings: '{"source": "From <here> & there", "expandAll": "Tout"}',
    },
  },
];

let scratch;
let server; // exec-summary/server and /server/portable, as the project imports them
useScratch(async (ready) => {
  scratch = ready;
  await ok('cargo', ['build', '--quiet', '--bin', 'exec-summary']);
  const dir = await project(scratch.dir, 'node-app', {
    tarball: scratch.tarball,
    files: { 'entries.js': "export * from 'exec-summary/server';\nexport { createRenderer } from 'exec-summary/server/portable';\n" },
  });
  server = await import(pathToFileURL(join(dir, 'entries.js')).href);
});

/** A problem as the command line prints it. */
const line = ({ path, message, severity }) => `${severity === 'warning' ? 'warning: ' : ''}${path}: ${message}`;
const lines = (text) => text.split('\n').filter(Boolean);

let files = 0;
/** `text` in a file of its own, for the command line. */
async function file(text) {
  const dir = join(scratch.dir, 'documents');
  await mkdir(dir, { recursive: true });
  files += 1;
  const path = join(dir, `document-${files}.json`);
  await writeFile(path, text);
  return path;
}

/** What the command line says of `text`: its render with `flags`, and its validation. */
async function cli(text, flags) {
  const path = await file(text);
  const [rendered, validated] = await Promise.all([run(CLI, ['render', ...flags, path]), run(CLI, ['validate', path])]);
  assert.ok(rendered.code <= 1 && validated.code <= 1, `the CLI failed: ${rendered.stderr}${validated.stderr}`);
  return {
    render: { html: rendered.stdout, ok: rendered.code === 0, problems: lines(rendered.stderr) },
    validate: { ok: validated.code === 0, problems: lines(validated.stderr) },
  };
}

/** Asserts the server says of `document` what the CLI says of `text` (its JSON). */
async function sameAsCli(name, document, text, { flags, options }) {
  const expected = await cli(text, flags);
  const rendered = server.render(document, options);
  assert.equal(rendered.html, expected.render.html, `${name} ${flags.join(' ')}: html`);
  assert.equal(rendered.ok, expected.render.ok, `${name}: ok`);
  assert.deepEqual(rendered.problems.map(line), expected.render.problems, `${name} ${flags.join(' ')}: render's problems`);
  const validated = server.validate(document);
  assert.equal(validated.ok, expected.validate.ok, `${name}: validate's ok`);
  assert.deepEqual(validated.problems.map(line), expected.validate.problems, `${name}: validate's problems`);
  return rendered;
}

test('the examples render as the CLI renders them, with every flag', async () => {
  for (const { name, text } of EXAMPLES) {
    for (const set of FLAG_SETS) {
      const rendered = await sameAsCli(name, text, text, set);
      assert.ok(rendered.ok && rendered.html.startsWith(set.flags.length ? '<div class="exec-summary" data-es-static' : '<article'), name);
    }
    // The same document as an object: the same card, and the same JSON embedded (as the CLI
    // embeds the object's JSON text).
    await sameAsCli(`${name} as an object`, JSON.parse(text), JSON.stringify(JSON.parse(text)), FLAG_SETS[1]);
  }
});

test('generated documents, as text and as objects, render as the CLI renders them', async () => {
  const documents = generateDocuments(40, 19);
  for (const [i, doc] of documents.entries()) {
    const text = JSON.stringify(doc, null, i % 2 ? 2 : 0);
    const set = FLAG_SETS[i % FLAG_SETS.length];
    assert.ok((await sameAsCli(`generated ${i}`, text, text, set)).ok, `generated ${i} is valid`);
    await sameAsCli(`generated ${i} as an object`, doc, JSON.stringify(doc), set);
  }
});

test('invalid documents are ok: false with the problems the CLI prints, and no HTML', async () => {
  const documents = generateDocuments(12, 7);
  const breakages = [
    (doc) => { delete doc.title; },
    (doc) => { doc.sections = 'none'; },
    (doc) => { doc.sections[0].items = [1, { text: 'x' }]; doc.subtitel = 'typo'; },
    (doc) => { doc.source = { date: '2018-02-30', doi: 'x', url: 'javascript:alert(1)' }; },
    (doc) => { doc.version = 2; doc.lang = 42; },
    (doc) => { doc.sections.push({ title: '', paragraphs: [] }); doc.authors = [{ bio: 'no name' }]; },
  ];
  for (const [i, doc] of documents.entries()) {
    breakages[i % breakages.length](doc);
    const rendered = await sameAsCli(`broken ${i}`, doc, JSON.stringify(doc), FLAG_SETS[i % 2]);
    assert.equal(rendered.ok, false, `broken ${i} is not valid`);
    assert.equal(rendered.html, '');
    assert.ok(rendered.problems.some((problem) => problem.severity === 'error'));
  }
});

test('hostile JSON text gets the CLI\'s problems, never a crash', async () => {
  for (const { name, text } of hostileTexts()) {
    const rendered = await sameAsCli(name, text, text, FLAG_SETS[1]);
    if (!rendered.ok) assert.ok(rendered.problems.length > 0, `${name}: invalid, with its problems`);
  }
});

test('no value makes it throw: what is not a document is ok: false with its problems', () => {
  const options = [undefined, null, 5, 'dark', [], { theme: 42, headingLevel: 'x', timeout: 5, nope: true, embedData: 'maybe' },
    new Proxy({}, { ownKeys: () => { throw new Error('options that throw'); } }),
    { get theme() { throw new Error('an option that throws'); } },
    (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })(),
    { strings: new Proxy({}, { ownKeys: () => { throw new Error('strings that throw'); } }), theme: 'dark' }];
  const valid = '{"title": "T", "sections": [{"title": "S", "items": ["i"]}]}';
  const check = (name, result, { html }) => {
    assert.equal(typeof result.ok, 'boolean', name);
    assert.ok(Array.isArray(result.problems), name);
    for (const problem of result.problems) {
      assert.deepEqual(Object.keys(problem), ['path', 'message', 'severity'], name);
      assert.ok(['error', 'warning'].includes(problem.severity) && typeof problem.path === 'string' && problem.message, name);
    }
    if (html) assert.equal(typeof result.html, 'string', name);
    if (!result.ok) assert.ok(result.problems.some((p) => p.severity === 'error'), `${name}: not ok, and says why`);
  };
  for (const { name, value } of hostileValues()) {
    for (const option of options) {
      let rendered;
      assert.doesNotThrow(() => { rendered = server.render(value, option); }, `render(${name})`);
      check(name, rendered, { html: true });
      if (!rendered.ok) assert.equal(rendered.html, '', `${name}: no HTML for what is not valid`);
    }
    let validated;
    assert.doesNotThrow(() => { validated = server.validate(value); }, `validate(${name})`);
    check(name, validated, { html: false });
    // After each, a valid document still renders: an instance that threw was replaced.
    assert.equal(server.render(valid).ok, true, `a valid document after ${name}`);
  }
  for (const option of options) {
    let rendered;
    assert.doesNotThrow(() => { rendered = server.render(valid, option); });
    check(`options ${String(typeof option)}`, rendered, { html: true });
  }
});

test('the portable entry, handed the module, renders what the server renders', async () => {
  // Where a runtime has no file system, a bundler or the platform hands the module over.
  const wasm = readFileSync(createRequire(join(scratch.dir, 'node-app/package.json')).resolve('exec-summary/exec-summary.wasm'));
  const portable = await server.createRenderer(new WebAssembly.Module(wasm));
  for (const { text } of EXAMPLES) assert.deepEqual(portable.render(text, { embedData: true }), server.render(text, { embedData: true }));
});

test('after a trap, that render is ok: false and the next one renders (a test build of the wasm)', async () => {
  const out = join(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'npm-pkg-test-trap');
  await ok(join(ROOT, 'scripts/build.sh'), [], { env: { PKG_OUT: out, CARGO_FEATURES: 'test-trap' } });
  const trapping = await import(pathToFileURL(join(out, 'server/index.js')).href);
  const valid = '{"title": "T", "sections": [{"title": "S", "items": ["i"]}]}';
  for (const title of ['exec-summary: trap while rendering', 'exec-summary: trap while mounting']) {
    const trapped = trapping.render(JSON.stringify({ title, sections: [{ title: 'S', items: ['i'] }] }));
    assert.equal(trapped.ok, false);
    assert.equal(trapped.html, '');
    assert.match(trapped.problems.at(-1).message, /^the card module stopped \(.+\); the next render uses a fresh instance$/);
    assert.deepEqual(trapping.render(valid), server.render(valid), 'the next render is the card');
    assert.deepEqual(trapping.validate(valid), server.validate(valid));
  }
});
