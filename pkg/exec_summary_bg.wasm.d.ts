/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const __wbg_cardhandle_free: (a: number, b: number) => void;
export const __wbg_mountoptions_free: (a: number, b: number) => void;
export const cardhandle_destroy: (a: number) => void;
export const cardhandle_ok: (a: number) => number;
export const cardhandle_problems: (a: number) => [number, number];
export const cardhandle_root: (a: number) => any;
export const cardhandle_update: (a: number, b: number, c: number) => void;
export const mount: (a: any, b: number, c: number, d: number) => [number, number, number];
export const mountError: (a: any, b: number, c: number, d: number, e: number) => [number, number, number];
export const mountoptions_new: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number, i: number, j: number, k: number, l: number, m: number) => number;
export const wasm_bindgen__convert__closures_____invoke__hd84b4aec3e2d2267: (a: number, b: number, c: any) => [number, number];
export const wasm_bindgen__convert__closures________invoke__h0fa41e2d198c37ac: (a: number, b: number, c: any) => void;
export const wasm_bindgen__convert__closures_____invoke__hd299bcdb05964098: (a: number, b: number) => void;
export const __wbindgen_exn_store: (a: number) => void;
export const __externref_table_alloc: () => number;
export const __wbindgen_externrefs: WebAssembly.Table;
export const __wbindgen_free: (a: number, b: number, c: number) => void;
export const __externref_drop_slice: (a: number, b: number) => void;
export const __wbindgen_malloc: (a: number, b: number) => number;
export const __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_destroy_closure: (a: number, b: number) => void;
export const __externref_table_dealloc: (a: number) => void;
export const __wbindgen_start: () => void;
