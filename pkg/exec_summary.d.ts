/* tslint:disable */
/* eslint-disable */

import type { ExecSummaryCheckedOptions, ExecSummaryProblem } from './exec-summary.js';
/** A document: JSON text, or an object, read as the JSON text `JSON.stringify` would write for it. */
export type ExecSummaryDocument = string | object;
/** What `renderCard` and `renderError` give: the card's HTML (or the error card's), whether it is the card, and every problem. */
export interface ExecSummaryRendered { html: string; ok: boolean; problems: ExecSummaryProblem[] }
/** What `validate` gives: whether the document makes a card, and every problem, as `exec-summary validate` prints them. */
export interface ExecSummaryValidated { ok: boolean; problems: ExecSummaryProblem[] }



export function __wbg_reset_state(): void;

/**
 * `renderCard(document, options, upgradable)`: the document's card, or the error card listing
 * what is wrong, as `{ html, ok, problems }`. An `upgradable` card is the one the runtime inserts
 * and makes interactive (and the static marker wraps); else the card is static for good, as
 * `exec-summary render` prints it without a marker.
 */
export function renderCard(document: ExecSummaryDocument, options: ExecSummaryCheckedOptions | undefined, upgradable: boolean): ExecSummaryRendered;

/**
 * `renderError(message, options, retry)`: the error card with one message, for failures before
 * there is a document (network, HTTP status, timeout, size); with `retry`, a "Try again" button
 * (`.es-error__retry`) for the runtime to wire. `{ html, ok: false, problems }`.
 */
export function renderError(message: string, options: ExecSummaryCheckedOptions | undefined, retry: boolean): ExecSummaryRendered;

/**
 * `validate(document)`: `{ ok, problems }`, the problems `exec-summary validate` prints.
 */
export function validate(document: ExecSummaryDocument): ExecSummaryValidated;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly renderCard: (a: any, b: any, c: any) => any;
    readonly renderError: (a: any, b: any, c: any) => any;
    readonly validate: (a: any) => any;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
