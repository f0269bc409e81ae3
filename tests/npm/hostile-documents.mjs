// Shared by the npm package's tests (not a test file itself): hostile JSON text, the shapes
// scripts/hostile-json.sh measures the CLI on (tests/hostile_json.rs asserts their errors) and
// text no JSON reader should trust, as { name, text }; and JavaScript values that are not JSON
// at all, as { name, value }.

const SECTIONS = '"sections": [{"title": "S", "items": ["i"]}]';
const repeat = (text, count, separator = '') => Array.from({ length: count }, (_, i) => text.replaceAll('%d', String(i + 1))).join(separator);

/** Hostile JSON text: each must end in a clear error (or warnings), never a crash or a hang. */
export function hostileTexts() {
  const unclosedLinks = `${'['.repeat(17000)}](${'x'.repeat(2990)})`;
  return [
    { name: 'nesting 10,000 arrays', text: `${'['.repeat(10000)}${']'.repeat(10000)}` },
    { name: 'nesting 10,000 objects in a field', text: `{"title": "T", ${SECTIONS}, "x": ${'{"a":'.repeat(10000)}0${'}'.repeat(10000)}}` },
    { name: 'a million unclosed [', text: '['.repeat(1000000) },
    { name: 'a number beyond f64', text: `{"version": 1e400, "title": "T", ${SECTIONS}}` },
    { name: 'a version of 2^64 + 1', text: `{"version": 18446744073709551617, "title": "T", ${SECTIONS}}` },
    { name: 'a fractional version', text: `{"version": 1.5, "title": "T", ${SECTIONS}}` },
    { name: 'a repeated key', text: `{"title": "a", "title": "b", ${SECTIONS}}` },
    { name: '30,000 repeated keys', text: `{"title": "T", ${SECTIONS}, ${repeat('"k%d": 0, "k%d": 1', 30000, ', ')}}` },
    { name: 'a 1 MiB string', text: `{"title": "${'x'.repeat(1048000)}", ${SECTIONS}}` },
    { name: 'a 1 MiB key', text: `{"${'k'.repeat(1048000)}": 0, "title": "T", ${SECTIONS}}` },
    { name: 'over 1 MiB', text: `{"title": "T", ${SECTIONS}, "pad": "${'x'.repeat(1100 * 1024)}"}` },
    { name: '100,000 sections', text: `{"title": "T", "sections": [${repeat('{}', 100000, ',')}]}` },
    { name: '100,000 items', text: `{"title": "T", "sections": [{"title": "S", "items": [${repeat('"i"', 100000, ',')}]}]}` },
    { name: 'an unknown array of 100,000', text: `{"title": "T", ${SECTIONS}, "x": [${repeat('0', 100000, ',')}]}` },
    { name: '80,000 unknown keys', text: `{"title": "T", ${SECTIONS}, ${repeat('"u%d": 0', 80000, ', ')}}` },
    {
      name: 'links left unclosed in every paragraph',
      text: `{"title": "T", "sections": [${repeat(`{"title": "S%d", "paragraphs": ["${unclosedLinks}"]}`, 50, ',')}]}`,
    },
    {
      name: 'the largest accepted document (50 sections of 200 items)',
      text: `{"title": "T", "sections": [${repeat(`{"title": "S%d", "items": [${repeat('"An item of moderate length, %d."', 200, ',')}]}`, 50, ',')}]}`,
    },
    { name: 'empty text', text: '' },
    { name: 'only whitespace', text: ' \n\t ' },
    { name: 'null', text: 'null' },
    { name: 'an array', text: '[{"title": "T"}]' },
    { name: 'a string', text: '"{\\"title\\": \\"T\\"}"' },
    { name: 'a byte-order mark first', text: `\uFEFF{"title": "T", ${SECTIONS}}` },
    { name: 'a trailing comma', text: `{"title": "T", ${SECTIONS},}` },
    { name: 'a comment', text: `{"title": "T", /* no */ ${SECTIONS}}` },
    { name: 'NaN', text: `{"title": "T", "version": NaN, ${SECTIONS}}` },
    { name: 'single quotes', text: `{'title': 'T', ${SECTIONS}}` },
    { name: 'text after the document', text: `{"title": "T", ${SECTIONS}} {"title": "U"}` },
    { name: 'a lone surrogate', text: `{"title": "T \ud800 x", ${SECTIONS}}` },
    { name: 'an escaped lone surrogate', text: `{"title": "T \\ud800 x", ${SECTIONS}}` },
    { name: 'control characters', text: `{"title": "T\\u0000\\u001b[31m", "subtitle": "a\\u0007b", ${SECTIONS}}` },
    { name: 'a raw control character in a string', text: `{"title": "T\u0001", ${SECTIONS}}` },
    { name: 'markup that must stay text', text: `{"title": "<script>alert(1)</script>", "description": "<img src=x onerror=alert(1)> [x](javascript:alert(1))", ${SECTIONS}}` },
    { name: 'every field of the wrong type', text: '{"version": "1", "title": 1, "subtitle": [], "description": {}, "sections": {"title": "S"}, "authors": "x", "source": 5, "dir": 7, "lang": false}' },
    { name: 'a section with neither paragraphs nor items', text: '{"title": "T", "sections": [{"title": "S", "paragraphs": [], "items": null}]}' },
    { name: 'bad ids, dates and DOIs', text: '{"title": "T", "sections": [{"id": "Bad Id!", "title": "S", "items": ["i"]}, {"id": "Bad Id!", "title": "S", "items": ["i"]}], "source": {"date": "2018-02-30", "doi": "11.1/x", "url": "javascript:alert(1)"}}' },
  ];
}

/** A getter that throws, reading an object. */
const throwing = () => { throw new Error('a getter that throws'); };

/**
 * JavaScript values that are not JSON documents: functions, symbols, BigInts, cycles, proxies and
 * getters that throw, exotic objects. None may make the server throw.
 */
export function hostileValues() {
  const cycle = { title: 'T', sections: [] };
  cycle.sections.push({ title: 'S', items: ['i'], parent: cycle });
  let deep = [];
  for (let i = 0; i < 100000; i += 1) deep = [deep];
  const sparse = [];
  sparse[1e6] = 'x';
  const trap = (name) => new Proxy({}, { [name]: () => { throw new Error(`a proxy's ${name} trap`); } });
  return [
    { name: 'undefined', value: undefined },
    { name: 'NaN', value: NaN },
    { name: 'a symbol', value: Symbol('doc') },
    { name: 'a BigInt', value: 10n },
    { name: 'a function', value: () => ({ title: 'T' }) },
    { name: 'a cycle', value: cycle },
    { name: '100,000 nested arrays', value: deep },
    { name: 'a sparse array of a million', value: { title: 'T', sections: sparse } },
    { name: 'a throwing getter', value: { get title() { return throwing(); }, sections: [] } },
    { name: 'a throwing getter in a section', value: { title: 'T', sections: [{ get title() { return throwing(); } }] } },
    ...['get', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'has'].map((name) => ({ name: `a proxy whose ${name} throws`, value: trap(name) })),
    { name: 'a revoked proxy', value: (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })() },
    { name: 'a Date', value: new Date(0) },
    { name: 'a Map', value: new Map([['title', 'T']]) },
    { name: 'a typed array', value: new Uint8Array([123, 125]) },
    { name: 'a String object', value: new String('{"title": "T"}') },
    { name: 'an object with a null prototype', value: Object.assign(Object.create(null), { title: 'T', sections: [{ title: 'S', items: ['i'] }] }) },
    { name: 'a __proto__ key', value: JSON.parse('{"__proto__": {"title": "T"}, "sections": []}') },
    { name: 'symbol keys and BigInt values', value: { [Symbol('x')]: 1, title: 'T', version: 1n, sections: [{ title: 'S', items: ['i', 2n] }] } },
    { name: 'an object with toJSON', value: { toJSON: () => ({ title: 'T' }), title: 7 } },
    { name: 'a 5 MB string', value: `{"title": "${'x'.repeat(5e6)}"}` },
  ];
}
