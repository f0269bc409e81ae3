// exec-summary/server/portable: the server's render and validate for a runtime that cannot read
// the wasm from beside the package (Cloudflare Workers, a bundled server, a browser tab): the
// caller hands the module over, as the runtime provides it.
//
//   import wasm from 'exec-summary/exec-summary.wasm';          // Workers: a WebAssembly.Module
//   import { createRenderer } from 'exec-summary/server/portable';
//   const { render, validate } = await createRenderer(wasm);
import init, { __wbg_reset_state as reset, renderCard, validate } from '../exec_summary.js';
import { cardRenderer } from './renderer.js';

/**
 * Instantiates the card module from `wasm` (its bytes, a compiled `WebAssembly.Module`, a
 * `Response` or the URL to fetch it from, or a promise of one) and resolves to `{ render,
 * validate }`, as exec-summary/server exports them. The module is instantiated once per program:
 * later calls share it, whatever they pass.
 */
export async function createRenderer(wasm) {
  await init({ module_or_path: wasm });
  return cardRenderer({ renderCard, validate, reset });
}
