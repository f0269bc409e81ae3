// Where the rest of the bundle is when it is served from a known URL: beside the script tag's
// own URL, or at ExecSummaryConfig.base.

/**
 * The files of pkg/ as served at `base` (an absolute URL ending in `/`), as the loader asks for
 * them. The imports are the browser's: a bundler that meets them (in exec-summary.module.js) is
 * told to leave them alone rather than guess at a URL only the page knows.
 */
export const bundleAt = (base) => ({
  runtime: () => import(/* webpackIgnore: true */ /* @vite-ignore */ base + 'exec-summary-runtime.js'),
  glue: () => import(/* webpackIgnore: true */ /* @vite-ignore */ base + 'exec_summary.js'),
  wasm: base + 'exec_summary_bg.wasm',
  css: base + 'exec-summary.css',
});
