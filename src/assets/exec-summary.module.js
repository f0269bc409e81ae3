// exec-summary as an ES module: `import 'exec-summary'` (or `import { ExecSummary } from
// 'exec-summary'`) in an app that a bundler builds, or a module script in a page. It starts the
// same loader as the script tag, which mounts every card host on the page.
//
// The rest of the bundle is named with the literal `import('./…')` and
// `new URL('./…', import.meta.url)` that Vite and webpack follow: they emit the runtime, the
// wasm-bindgen glue, the wasm and the stylesheet with the app, under their hashed names and public
// path, and rewrite these references to them. Other bundlers, which copy pkg/ as it is, name where they
// serve it with ExecSummaryConfig.base. scripts/build.sh bundles it without minifying, so
// bundlers still read bundle-at.js's comments that tell them to leave the base's imports alone.
import { bundleAt } from './loader/bundle-at.js';
import { startLoader } from './loader/loader.js';

/**
 * The page's API, the same object as `window.ExecSummary`; undefined where there is no document
 * (a server rendering the app's pages, which renders cards with exec-summary/server instead).
 */
export const ExecSummary = typeof document === 'undefined' ? undefined : startLoader((config) => (config.base
  ? bundleAt(new URL(config.base, document.baseURI).href)
  : {
    runtime: () => import('./exec-summary-runtime.js'),
    glue: () => import('./exec_summary.js'),
    wasm: new URL('./exec_summary_bg.wasm', import.meta.url).href,
    css: new URL('./exec-summary.css', import.meta.url).href,
  }));
