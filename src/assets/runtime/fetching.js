// Fetching a card's JSON: where a host's data comes from, reads capped at the contract's 1 MiB,
// a bounded cache so identical URLs are fetched once, and the requests the loader started.
import { jsonPreload, sourceOf, takePreload } from '../shared/protocol.js';

/** The contract's limit on a document, in bytes. */
export const MAX_BYTES = 1024 * 1024;
const MAX_CACHED = 64;

/** Reads a response body as text, refusing bodies over the contract's 1 MiB limit while streaming. */
export async function readCapped(response, url) {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) {
    throw new Error(`could not load ${url}: the summary is ${declared} bytes, the limit is 1 MiB`);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      reader.cancel().catch(() => {});
      throw new Error(`could not load ${url}: the summary is larger than the 1 MiB limit`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Fetches JSON text, turning every failure into one sentence for the error card. */
async function fetchText(url, timeout) {
  // The loader may have asked for it already, beside the runtime (one round trip less).
  const started = takePreload(jsonPreload(url));
  const controller = started?.abort ?? new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await (started?.response ?? fetch(url, { signal: controller.signal, credentials: 'same-origin' }));
    if (!response.ok) {
      throw new Error(`could not load ${url}: HTTP ${response.status} ${response.statusText}`.trim());
    }
    const type = response.headers.get('content-type') || '';
    if (/^\s*text\/html/i.test(type)) {
      throw new Error(`could not load ${url}: the server sent a web page (${type}), not JSON`);
    }
    const text = await readCapped(response, url);
    // A 200 page served with the wrong type (a CMS's "not found" page, a login wall).
    if (/^\s*</.test(text)) {
      throw new Error(`could not load ${url}: the server sent a web page, not JSON`);
    }
    return text;
  } catch (error) {
    if (error.name === 'AbortError') {
      throw new Error(`could not load ${url}: no answer within ${timeout / 1000} s`);
    }
    if (error instanceof TypeError) {
      throw new Error(`could not load ${url}: network error or blocked by CORS`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

const requests = new Map(); // URL → Promise<text>: identical data-src URLs are fetched once

/** The JSON text at `url` (absolute), fetched once for every card showing it. */
function load(url, timeout) {
  if (!requests.has(url)) {
    const request = fetchText(url, timeout);
    // A failure is forgotten so "Try again" really fetches again.
    request.catch(() => {
      if (requests.get(url) === request) requests.delete(url);
    });
    requests.set(url, request);
    // Bounded, so a long-lived single-page app does not keep every summary it ever showed.
    if (requests.size > MAX_CACHED) requests.delete(requests.keys().next().value);
  }
  return requests.get(url);
}

/** load() for a URL as the page wrote it; one that is no URL (`http://[`) fails like a fetch. */
function loadUrl(written, timeout) {
  let url;
  try {
    url = new URL(written, document.baseURI).href;
  } catch {
    return Promise.reject(new Error(`${written} is not a valid URL`));
  }
  return load(url, timeout);
}

/**
 * Where the host's JSON comes from (`options.data`, inline JSON, else the URL it names), as
 * [label for messages, promise of JSON text or of the page's object].
 */
export function source(host, options) {
  const data = options.data;
  if (data !== undefined && data !== null) {
    // An object goes to the card module as it is, read as the same document as JSON text.
    if (typeof data === 'object') return ['ExecSummary.render', Promise.resolve(data)];
    const text = String(data);
    if (/^\s*[{[]/.test(text)) return ['ExecSummary.render', Promise.resolve(text)];
    return [text, loadUrl(text, options.timeout)];
  }
  const inline = options.inline || host.querySelector(':scope > script[type="application/json"]');
  if (inline) return ['inline JSON', Promise.resolve(inline.textContent)];
  const src = sourceOf(host);
  if (!src) {
    return ['card', Promise.reject(new Error('no data: add data-src="…" with the URL of a summary JSON file, or JSON inside the element'))];
  }
  // Messages name the data as the page wrote it, which is what the publisher will search for.
  return [src, loadUrl(src, options.timeout)];
}
