/* tslint:disable */
/* eslint-disable */

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
 * A card rendered for the runtime: its HTML (every text escaped by Yew), and whether it is the
 * summary (`ok`) or the error card, with every problem as `path: message` for the console.
 */
export class Rendered {
    private constructor();
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The card's HTML: an `article.es-card` ready for the runtime's upgrade, or the error card.
     */
    readonly html: string;
    /**
     * True when the document was valid and `html` is its card.
     */
    readonly ok: boolean;
    /**
     * Every problem as `path: message`: errors (when not ok) and warnings, for the console.
     */
    readonly problems: string[];
}

/**
 * Parses `json` and renders its card, or the error card listing what is wrong with it.
 * `options.id_prefix` must be unique among cards sharing a document.
 */
export function render(json: string, options: MountOptions): Rendered;

/**
 * Renders the error card with one message, for failures before there is JSON to parse (network,
 * HTTP status, timeout, size); with `retry`, it offers a "Try again" button (`.es-error__retry`)
 * for the runtime to wire.
 */
export function renderError(message: string, options: MountOptions, retry: boolean): Rendered;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_mountoptions_free: (a: number, b: number) => void;
    readonly __wbg_rendered_free: (a: number, b: number) => void;
    readonly mountoptions_new: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number, i: number, j: number, k: number, l: number, m: number) => number;
    readonly render: (a: number, b: number, c: number) => number;
    readonly renderError: (a: number, b: number, c: number, d: number) => number;
    readonly rendered_html: (a: number) => [number, number];
    readonly rendered_ok: (a: number) => number;
    readonly rendered_problems: (a: number) => [number, number];
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __externref_drop_slice: (a: number, b: number) => void;
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
