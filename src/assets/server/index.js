// exec-summary/server: the card rendered without a browser, by the wasm module the browser runs,
// read from beside this file (Node 20 and later, Deno, Bun). It is ready once the import is:
// render and validate are synchronous.
//
//   import { render, validate } from 'exec-summary/server';
//   const { html, ok, problems } = render(jsonTextOrObject, { theme: 'dark', embedData: true });
//
// Runtimes with no file system hand the module over instead: portable.js.
import { readFile } from 'node:fs/promises';
import init, { __wbg_reset_state as reset, renderCard, validate as validateWith } from '../exec_summary.js';
import { cardRenderer } from './renderer.js';

/**
 * The module's file beside this one. A bundler that takes this file into a server bundle (Next.js's
 * Turbopack does) rewrites the URL to its own asset URL, which is no file: say what to do instead of
 * failing on a path Node cannot read.
 */
function moduleFile() {
  const url = new URL('../exec_summary_bg.wasm', import.meta.url);
  if (String(url.protocol) === 'file:') return new URL(String(url.href));
  throw new Error(`exec-summary/server: the card module is not a file here (${String(url.href)}), `
    + 'so a bundler has taken the package into a server bundle. Keep it out (Next.js: '
    + "serverExternalPackages: ['exec-summary/server'] in next.config), or hand the module over with "
    + 'exec-summary/server/portable.');
}

await init({ module_or_path: await readFile(moduleFile()) });

export const { render, validate } = cardRenderer({ renderCard, validate: validateWith, reset });
