/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const __wbg_mountoptions_free: (a: number, b: number) => void;
export const __wbg_rendered_free: (a: number, b: number) => void;
export const mountoptions_new: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number, i: number, j: number, k: number, l: number, m: number) => number;
export const render: (a: number, b: number, c: number) => number;
export const renderError: (a: number, b: number, c: number, d: number) => number;
export const rendered_html: (a: number) => [number, number];
export const rendered_ok: (a: number) => number;
export const rendered_problems: (a: number) => [number, number];
export const __wbindgen_externrefs: WebAssembly.Table;
export const __wbindgen_malloc: (a: number, b: number) => number;
export const __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_free: (a: number, b: number, c: number) => void;
export const __externref_drop_slice: (a: number, b: number) => void;
export const __wbindgen_start: () => void;
