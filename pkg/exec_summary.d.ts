/* tslint:disable */
/* eslint-disable */

/**
 * A mounted card (or error card); `destroy()` unmounts it, then `free()` releases its memory.
 *
 * Freeing a handle without destroying it leaves its card showing (its app is not reused).
 */
export class CardHandle {
    private constructor();
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Unmounts the card: its root element leaves the page and its app waits for the next card.
     */
    destroy(): void;
    /**
     * Shows new JSON in the same place; a card keeps the reader's open sections where it can.
     */
    update(json: string): void;
    /**
     * True when the document was valid and the card is showing.
     */
    readonly ok: boolean;
    /**
     * Every problem as `path: message`: errors (when not ok) and warnings, for the console.
     */
    readonly problems: string[];
    /**
     * The element the card renders into (`div.es-root`, part `root`), inside the container given
     * to `mount` until `destroy()`.
     */
    readonly root: Element;
}

/**
 * How a card is shown; merged by the loader from defaults, page config, attributes and API options.
 */
export class MountOptions {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * `expanded` is `all`, `none` or empty (as in the JSON); `lang` is the language of the card's
     * own words (empty: the document's); `strings` is a JSON object of interface-string overrides.
     */
    constructor(heading_level: number, id_prefix: string, theme: string, variant: string, expanded: string, lang: string, strings: string);
}

/**
 * Parses `json` and mounts its card at the end of `container` (an element or a shadow root);
 * invalid data mounts the error card instead. `options.id_prefix` must be unique among cards
 * sharing a document.
 */
export function mount(container: Node, json: string, options: MountOptions): CardHandle;

/**
 * Mounts the error card with one message, for failures before there is JSON to parse (network,
 * HTTP status, timeout, size); `retry`, when given, is offered as a "Try again" button.
 */
export function mountError(container: Node, message: string, options: MountOptions, retry?: Function | null): CardHandle;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_cardhandle_free: (a: number, b: number) => void;
    readonly __wbg_mountoptions_free: (a: number, b: number) => void;
    readonly cardhandle_destroy: (a: number) => void;
    readonly cardhandle_ok: (a: number) => number;
    readonly cardhandle_problems: (a: number) => [number, number];
    readonly cardhandle_root: (a: number) => any;
    readonly cardhandle_update: (a: number, b: number, c: number) => void;
    readonly mount: (a: any, b: number, c: number, d: number) => [number, number, number];
    readonly mountError: (a: any, b: number, c: number, d: number, e: number) => [number, number, number];
    readonly mountoptions_new: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number, i: number, j: number, k: number, l: number, m: number) => number;
    readonly wasm_bindgen__convert__closures_____invoke__hd84b4aec3e2d2267: (a: number, b: number, c: any) => [number, number];
    readonly wasm_bindgen__convert__closures________invoke__h0fa41e2d198c37ac: (a: number, b: number, c: any) => void;
    readonly wasm_bindgen__convert__closures_____invoke__hd299bcdb05964098: (a: number, b: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __externref_drop_slice: (a: number, b: number) => void;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_destroy_closure: (a: number, b: number) => void;
    readonly __externref_table_dealloc: (a: number) => void;
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
