// Types of exec-summary's ES module entry (`import 'exec-summary'`, pkg/exec-summary.module.js):
// importing it mounts every card host on the page, as the script tag does, and gives the same
// API as the global. `tests/npm/` checks these types with `tsc --strict` as an installed package.
export * from './exec-summary.js';
import type { ExecSummaryApi } from './exec-summary.js';

/** The page's API, the same object as `window.ExecSummary`; undefined where there is no `document` (a server rendering the app's pages). */
export declare const ExecSummary: ExecSummaryApi;
