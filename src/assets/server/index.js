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

await init({ module_or_path: await readFile(new URL('../exec_summary_bg.wasm', import.meta.url)) });

export const { render, validate } = cardRenderer({ renderCard, validate: validateWith, reset });
