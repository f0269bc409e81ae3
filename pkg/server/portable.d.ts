// Types of exec-summary/server/portable (pkg/server/portable.js): the server's render and
// validate where the caller hands the wasm module over.
import type { render, validate } from './index.js';

export type {
  ExecSummaryProblem, ExecSummaryServerDocument, ExecSummaryServerOptions, ExecSummaryServerRendered,
  ExecSummaryServerValidated,
} from './index.js';

/** What the card module can be made from. */
export type ExecSummaryWasm = ArrayBuffer | ArrayBufferView | WebAssembly.Module | Response | URL | string;

/**
 * Instantiates the card module from `wasm` and resolves to `{ render, validate }`, as
 * exec-summary/server exports them; once per program (later calls share the first module).
 */
export declare function createRenderer(wasm: ExecSummaryWasm | Promise<ExecSummaryWasm>): Promise<{ render: typeof render; validate: typeof validate }>;
