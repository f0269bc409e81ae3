import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeHost } from '../test-support/fake-host.mjs';
import { MAX_BYTES, readCapped, source } from './fetching.js';

const URL_ = 'https://example.org/summary.json';

/**
 * A response streaming `chunks` (byte counts, or Uint8Arrays) with `headers`; `stream.pulled` and
 * `stream.cancelled` tell how far a reader went.
 */
function streamed(chunks, headers = {}) {
  const queue = chunks.map((chunk) => (typeof chunk === 'number' ? new Uint8Array(chunk).fill(0x61) : chunk));
  const stream = { pulled: 0, cancelled: false };
  const body = new ReadableStream({
    pull(controller) {
      stream.pulled += 1;
      if (queue.length) controller.enqueue(queue.shift());
      else controller.close();
    },
    cancel() { stream.cancelled = true; },
  }, { highWaterMark: 0 });
  return { response: new Response(body, { headers }), stream };
}

test('a declared content-length over 1 MiB is refused before the body is read', async () => {
  const { response, stream } = streamed([10], { 'content-length': String(MAX_BYTES + 1) });
  await assert.rejects(readCapped(response, URL_), {
    message: `could not load ${URL_}: the summary is ${MAX_BYTES + 1} bytes, the limit is 1 MiB`,
  });
  assert.equal(stream.pulled, 0);
});

test('a body streamed past 1 MiB is refused as soon as it passes, and the download cancelled', async () => {
  // No content-length: a chunked response, or a server that lies.
  const { response, stream } = streamed([512 * 1024, 512 * 1024, 1, 512 * 1024, 512 * 1024]);
  await assert.rejects(readCapped(response, URL_), { message: `could not load ${URL_}: the summary is larger than the 1 MiB limit` });
  assert.equal(stream.pulled, 3, 'read on after the limit');
  assert.equal(stream.cancelled, true);
});

test('a declared length that understates the body does not lift the limit', async () => {
  const { response } = streamed([MAX_BYTES, 1], { 'content-length': '100' });
  await assert.rejects(readCapped(response, URL_), /larger than the 1 MiB limit/);
});

test('a body of exactly 1 MiB is read whole', async () => {
  const { response } = streamed([256 * 1024, 512 * 1024, 256 * 1024], { 'content-length': String(MAX_BYTES) });
  const text = await readCapped(response, URL_);
  assert.equal(text.length, MAX_BYTES);
  assert.match(text, /^a+$/);
});

test('UTF-8 split across chunks is decoded as one text', async () => {
  const bytes = new TextEncoder().encode('{"title":"Sino–Russian, 中俄"}');
  const { response } = streamed([bytes.slice(0, 14), bytes.slice(14, 30), bytes.slice(30)]);
  assert.equal(await readCapped(response, URL_), '{"title":"Sino–Russian, 中俄"}');
});

test('a response without a body reads as empty text', async () => {
  const response = new Response(null, { status: 200 });
  assert.equal(response.body, null);
  assert.equal(await readCapped(response, URL_), '');
});

test('data given to the API is the card’s JSON, whatever the host names', async () => {
  const host = fakeHost('div', { 'data-src': '/other.json' });
  const data = { title: 'From the API' };
  const [label, text] = source(host, { data });
  assert.equal(label, 'ExecSummary.render');
  assert.equal(await text, data, 'the object itself, with no JSON round trip');
  const [, fromText] = source(host, { data: ' {"title":"JSON text"}' });
  assert.equal(await fromText, ' {"title":"JSON text"}');
});

test('a host that names no data is told how to give it some', async () => {
  const [label, text] = source(fakeHost('div', { src: '/a.json' }), {});
  assert.equal(label, 'card');
  await assert.rejects(text, /^Error: no data: add data-src=/);
});
