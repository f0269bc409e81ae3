(() => {
  var __defProp = Object.defineProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };

  // integrations/wordpress/exec-summary/blocks/card/block.json
  var block_default = {
    $schema: "https://schemas.wp.org/trunk/block.json",
    apiVersion: 2,
    name: "exec-summary/card",
    version: "0.1.0",
    title: "Executive summary",
    category: "widgets",
    description: "An interactive executive-summary card: paste the summary as plain text, Markdown or JSON, and readers get the card, with or without JavaScript.",
    keywords: ["summary", "executive summary", "report", "policy brief", "key points"],
    textdomain: "exec-summary",
    attributes: {
      source: { type: "string", default: "" },
      document: { type: "string", default: "" },
      src: { type: "string", default: "" },
      theme: { type: "string", default: "" },
      variant: { type: "string", default: "" },
      headingLevel: { type: "string", default: "" },
      expanded: { type: "string", default: "" },
      lang: { type: "string", default: "" },
      card: { type: "string", source: "html", selector: "exec-summary-block", default: "" }
    },
    supports: {
      html: false
    },
    editorScript: "exec-summary-card-editor",
    editorStyle: "exec-summary-card-editor"
  };

  // www/playground/authoring.js
  var authoring_exports = {};
  __export(authoring_exports, {
    default: () => __wbg_init,
    importText: () => importText,
    initSync: () => initSync,
    validate: () => validate
  });
  var import_meta = {};
  function importText(text, format, lang) {
    let deferred4_0;
    let deferred4_1;
    try {
      let ptr0, len0, ptr1, len1, ptr2, len2;
      try {
        ptr0 = passStringToWasm0(text, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passStringToWasm0(format, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passStringToWasm0(lang, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        len2 = WASM_VECTOR_LEN;
      } catch (e) {
        if (ptr2) {
          wasm.__wbindgen_free(ptr2, len2 * 1, 1);
        }
        if (ptr1) {
          wasm.__wbindgen_free(ptr1, len1 * 1, 1);
        }
        if (ptr0) {
          wasm.__wbindgen_free(ptr0, len0 * 1, 1);
        }
        throw e;
      }
      const ret = wasm.importText(ptr0, len0, ptr1, len1, ptr2, len2);
      deferred4_0 = ret[0];
      deferred4_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
    }
  }
  function validate(text) {
    let deferred2_0;
    let deferred2_1;
    try {
      const ptr0 = passStringToWasm0(text, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len0 = WASM_VECTOR_LEN;
      const ret = wasm.validate(ptr0, len0);
      deferred2_0 = ret[0];
      deferred2_1 = ret[1];
      return getStringFromWasm0(ret[0], ret[1]);
    } finally {
      wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
    }
  }
  function __wbg_get_imports() {
    const import0 = {
      __proto__: null,
      __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
        throw new Error(getStringFromWasm0(arg0, arg1));
      },
      __wbindgen_init_externref_table: function() {
        const table = wasm.__wbindgen_externrefs;
        table.set(0, void 0);
        table.set(1024, void 0);
        table.set(1025, null);
        table.set(1026, true);
        table.set(1027, false);
      }
    };
    return {
      __proto__: null,
      "./authoring_bg.js": import0
    };
  }
  function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
  }
  var cachedUint8ArrayMemory0 = null;
  function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
      cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
  }
  function passStringToWasm0(arg, malloc, realloc) {
    if (realloc === void 0) {
      const buf = cachedTextEncoder.encode(arg);
      const ptr2 = malloc(buf.length, 1) >>> 0;
      getUint8ArrayMemory0().subarray(ptr2, ptr2 + buf.length).set(buf);
      WASM_VECTOR_LEN = buf.length;
      return ptr2;
    }
    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;
    const mem = getUint8ArrayMemory0();
    let offset = 0;
    for (; offset < len; offset++) {
      const code = arg.charCodeAt(offset);
      if (code > 127) break;
      mem[ptr + offset] = code;
    }
    if (offset !== len) {
      if (offset !== 0) {
        arg = arg.slice(offset);
      }
      ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
      const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
      const ret = cachedTextEncoder.encodeInto(arg, view);
      offset += ret.written;
      ptr = realloc(ptr, len, offset, 1) >>> 0;
    }
    WASM_VECTOR_LEN = offset;
    return ptr;
  }
  var cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
  cachedTextDecoder.decode();
  var MAX_SAFARI_DECODE_BYTES = 2146435072;
  var numBytesDecoded = 0;
  function decodeText(bytes) {
    numBytesDecoded += bytes.length;
    if (numBytesDecoded >= MAX_SAFARI_DECODE_BYTES) {
      cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
      cachedTextDecoder.decode();
      numBytesDecoded = bytes.length;
    }
    return cachedTextDecoder.decode(bytes);
  }
  var cachedTextEncoder = new TextEncoder();
  if (!("encodeInto" in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function(arg, view) {
      const buf = cachedTextEncoder.encode(arg);
      view.set(buf);
      return {
        read: arg.length,
        written: buf.length
      };
    };
  }
  var WASM_VECTOR_LEN = 0;
  var wasmModule;
  var wasmInstance;
  var wasm;
  function __wbg_finalize_init(instance, module) {
    wasmInstance = instance;
    wasm = instance.exports;
    wasmModule = module;
    cachedUint8ArrayMemory0 = null;
    wasm.__wbindgen_start();
    return wasm;
  }
  async function __wbg_load(module, imports) {
    if (typeof Response === "function" && module instanceof Response) {
      if (!module.ok) {
        throw new Error(`failed to fetch Wasm: ${module.status} ${module.statusText} fetching '${module.url}'`);
      }
      if (typeof WebAssembly.instantiateStreaming === "function") {
        try {
          return await WebAssembly.instantiateStreaming(module, imports);
        } catch (e) {
          const validResponse = expectedResponseType(module.type);
          if (validResponse && module.headers.get("Content-Type") !== "application/wasm") {
            console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);
          } else {
            throw e;
          }
        }
      }
      const bytes = await module.arrayBuffer();
      return await WebAssembly.instantiate(bytes, imports);
    } else {
      const instance = await WebAssembly.instantiate(module, imports);
      if (instance instanceof WebAssembly.Instance) {
        return { instance, module };
      } else {
        return instance;
      }
    }
    function expectedResponseType(type) {
      switch (type) {
        case "basic":
        case "cors":
        case "default":
          return true;
      }
      return false;
    }
  }
  function initSync(module) {
    if (wasm !== void 0) return wasm;
    if (module !== void 0) {
      if (Object.getPrototypeOf(module) === Object.prototype) {
        ({ module } = module);
      } else {
        console.warn("using deprecated parameters for `initSync()`; pass a single object instead");
      }
    }
    const imports = __wbg_get_imports();
    if (!(module instanceof WebAssembly.Module)) {
      module = new WebAssembly.Module(module);
    }
    const instance = new WebAssembly.Instance(module, imports);
    return __wbg_finalize_init(instance, module);
  }
  var __wbg_init_promise;
  async function __wbg_init(module_or_path) {
    if (wasm !== void 0) return wasm;
    if (__wbg_init_promise === void 0) {
      __wbg_init_promise = __wbg_init_once(module_or_path);
      __wbg_init_promise.catch(() => {
        __wbg_init_promise = void 0;
      });
    }
    return __wbg_init_promise;
  }
  async function __wbg_init_once(module_or_path) {
    if (module_or_path !== void 0) {
      if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
        ({ module_or_path } = module_or_path);
      } else {
        console.warn("using deprecated parameters for the initialization function; pass a single object instead");
      }
    }
    if (module_or_path === void 0) {
      module_or_path = new URL("authoring_bg.wasm", import_meta.url);
    }
    const imports = __wbg_get_imports();
    if (typeof module_or_path === "string" || typeof Request === "function" && module_or_path instanceof Request || typeof URL === "function" && module_or_path instanceof URL) {
      module_or_path = fetch(module_or_path);
    }
    const { instance, module } = await __wbg_load(await module_or_path, imports);
    return __wbg_finalize_init(instance, module);
  }

  // pkg/exec_summary.js
  var exec_summary_exports = {};
  __export(exec_summary_exports, {
    __wbg_reset_state: () => __wbg_reset_state,
    default: () => C,
    initSync: () => D,
    renderCard: () => renderCard,
    renderError: () => renderError,
    validate: () => validate2
  });
  var import_meta2 = {};
  function __wbg_reset_state() {
    M++, _ = null, f = null, typeof a < "u" && (a = 0), typeof d < "u" && (d = 0), R = false, W = new WebAssembly.Instance(T, m()), i = W.exports, i.__wbindgen_start();
  }
  function renderCard(n, e, t) {
    let r;
    return x(), r = i.renderCard(n, e, t), r;
  }
  function renderError(n, e, t) {
    let r;
    return x(), r = i.renderError(n, e, t), r;
  }
  function validate2(n) {
    let e;
    return x(), e = i.validate(n), e;
  }
  function m() {
    return { __proto__: null, "./exec_summary_bg.js": { __proto__: null, __wbg___wbindgen_boolean_get_4f1baf9a00be3c74: function(e) {
      const t = e, r = typeof t == "boolean" ? t : void 0;
      return p(r) ? 16777215 : r ? 1 : 0;
    }, __wbg___wbindgen_is_falsy_d864b623500ae65d: function(e) {
      return !e;
    }, __wbg___wbindgen_is_function_741ff2bb612836f5: function(e) {
      return typeof e == "function";
    }, __wbg___wbindgen_is_null_c22311b1cc228e3a: function(e) {
      return e === null;
    }, __wbg___wbindgen_is_object_8b968c3ab8e96595: function(e) {
      const t = e;
      return typeof t == "object" && t !== null;
    }, __wbg___wbindgen_is_undefined_be5b34249ff1fc15: function(e) {
      return e === void 0;
    }, __wbg___wbindgen_number_get_934b640d0889af78: function(e, t) {
      const r = t, c = typeof r == "number" ? r : void 0;
      w().setFloat64((e >>> 0) + 8, p(c) ? 0 : c, true), w().setInt32((e >>> 0) + 0, !p(c), true);
    }, __wbg___wbindgen_string_get_7ce8eee7fd327545: function(e, t) {
      const r = t, c = typeof r == "string" ? r : void 0;
      var g = p(c) ? 0 : I(c, i.__wbindgen_malloc, i.__wbindgen_realloc), s = d;
      w().setInt32((e >>> 0) + 4, s, true), w().setInt32((e >>> 0) + 0, g, true);
    }, __wbg___wbindgen_throw_4c88d8bf264fd984: function(e, t) {
      throw new Error(E(e, t));
    }, __wbg_entries_7bb1459bd9b5c2b9: function(e) {
      return Object.entries(e);
    }, __wbg_get_2080c49015e35254: function() {
      return A(function(e, t) {
        return Reflect.get(e, t);
      }, arguments);
    }, __wbg_get_d7176cfb76d71114: function(e, t) {
      return e[t >>> 0];
    }, __wbg_get_unchecked_e6325ad374eff861: function(e, t) {
      return e[t >>> 0];
    }, __wbg_isArray_bcf1376d0d732d08: function(e) {
      return Array.isArray(e);
    }, __wbg_length_b03a0fabb109b1e9: function(e) {
      return e.length;
    }, __wbg_new_37eb45aaf5eeb820: function() {
      return new Array();
    }, __wbg_new_cd4348290afae586: function() {
      return new Object();
    }, __wbg_push_c9f4893fc209f768: function(e, t) {
      return e.push(t);
    }, __wbg_set_2793479888329cb6: function() {
      return A(function(e, t, r) {
        return Reflect.set(e, t, r);
      }, arguments);
    }, __wbg_toString_6b1cac73c93ef5d1: function() {
      return A(function(e, t) {
        return e.toString(t);
      }, arguments);
    }, __wbindgen_generic_0000000000000001: function(e) {
      return e;
    }, __wbindgen_generic_0000000000000002: function(e, t) {
      return E(e, t);
    }, __wbindgen_init_externref_table: function() {
      const e = i.__wbindgen_externrefs;
      e.set(0, void 0), e.set(1024, void 0), e.set(1025, null), e.set(1026, true), e.set(1027, false);
    } } };
  }
  function x() {
    if (R) {
      __wbg_reset_state();
      return;
    }
  }
  var M = 0;
  function O(n) {
    const e = i.__externref_table_alloc();
    return i.__wbindgen_externrefs.set(e, n), e;
  }
  var _ = null;
  function w() {
    return (_ === null || _.buffer.detached === true || _.buffer.detached === void 0 && _.buffer !== i.memory.buffer) && (_ = new DataView(i.memory.buffer)), _;
  }
  function E(n, e) {
    return n = n >>> 0, v(y().subarray(n, n + e));
  }
  var f = null;
  function y() {
    return (f === null || f.byteLength === 0) && (f = new Uint8Array(i.memory.buffer)), f;
  }
  function A(n, e) {
    try {
      return n.apply(this, e);
    } catch (t) {
      const r = O(t);
      i.__wbindgen_exn_store(r);
    }
  }
  function p(n) {
    return n == null;
  }
  function I(n, e, t) {
    if (t === void 0) {
      const o = b.encode(n), u = e(o.length, 1) >>> 0;
      return y().subarray(u, u + o.length).set(o), d = o.length, u;
    }
    let r = n.length, c = e(r, 1) >>> 0;
    const g = y();
    let s = 0;
    for (; s < r; s++) {
      const o = n.charCodeAt(s);
      if (o > 127) break;
      g[c + s] = o;
    }
    if (s !== r) {
      s !== 0 && (n = n.slice(s)), c = t(c, r, r = s + n.length * 3, 1) >>> 0;
      const o = y().subarray(c + s, c + r), u = b.encodeInto(n, o);
      s += u.written, c = t(c, r, s, 1) >>> 0;
    }
    return d = s, c;
  }
  var R = false;
  var h = new TextDecoder("utf-8", { ignoreBOM: true });
  h.decode();
  var S = 2146435072;
  var a = 0;
  function v(n) {
    return a += n.length, a >= S && (h = new TextDecoder("utf-8", { ignoreBOM: true }), h.decode(), a = n.length), h.decode(n);
  }
  var b = new TextEncoder();
  "encodeInto" in b || (b.encodeInto = function(n, e) {
    const t = b.encode(n);
    return e.set(t), { read: n.length, written: t.length };
  });
  var d = 0;
  var T;
  var W;
  var i;
  function j(n, e) {
    return W = n, i = n.exports, T = e, _ = null, f = null, i.__wbindgen_start(), i;
  }
  async function F(n, e) {
    if (typeof Response == "function" && n instanceof Response) {
      if (!n.ok) throw new Error(`failed to fetch Wasm: ${n.status} ${n.statusText} fetching '${n.url}'`);
      if (typeof WebAssembly.instantiateStreaming == "function") try {
        return await WebAssembly.instantiateStreaming(n, e);
      } catch (c) {
        if (t(n.type) && n.headers.get("Content-Type") !== "application/wasm") console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", c);
        else throw c;
      }
      const r = await n.arrayBuffer();
      return await WebAssembly.instantiate(r, e);
    } else {
      const r = await WebAssembly.instantiate(n, e);
      return r instanceof WebAssembly.Instance ? { instance: r, module: n } : r;
    }
    function t(r) {
      switch (r) {
        case "basic":
        case "cors":
        case "default":
          return true;
      }
      return false;
    }
  }
  function D(n) {
    if (i !== void 0) return i;
    n !== void 0 && (Object.getPrototypeOf(n) === Object.prototype ? { module: n } = n : console.warn("using deprecated parameters for `initSync()`; pass a single object instead"));
    const e = m();
    n instanceof WebAssembly.Module || (n = new WebAssembly.Module(n));
    const t = new WebAssembly.Instance(n, e);
    return j(t, n);
  }
  var l;
  async function C(n) {
    return i !== void 0 ? i : (l === void 0 && (l = L(n), l.catch(() => {
      l = void 0;
    })), l);
  }
  async function L(n) {
    n !== void 0 && (Object.getPrototypeOf(n) === Object.prototype ? { module_or_path: n } = n : console.warn("using deprecated parameters for the initialization function; pass a single object instead")), n === void 0 && (n = new URL("exec_summary_bg.wasm", import_meta2.url));
    const e = m();
    (typeof n == "string" || typeof Request == "function" && n instanceof Request || typeof URL == "function" && n instanceof URL) && (n = fetch(n));
    const { instance: t, module: r } = await F(await n, e);
    return j(t, r);
  }

  // src/assets/generated/options.js
  var OPTIONS = [
    ["heading-level", "integer", "expected a whole number from 2 to 6", "2", 2, 6, 2],
    ["id-prefix", "token", "expected up to 64 letters, digits, `-` and `_`", "none"],
    ["theme", "choice", "expected `light`, `dark`, `auto`, `sepia` or `high-contrast`", "none", ["light", "dark", "auto", "sepia", "high-contrast"]],
    ["variant", "choice", "expected `compact`", "none", ["compact"]],
    ["expanded", "choice", "expected `all` or `none`", "none", ["all", "none"]],
    ["lang", "language", "expected a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`", "none"],
    ["strings", "strings", "expected an object of strings by name, or its JSON text", "the card's own words"],
    ["timeout", "integer", "expected a whole number from 1 to 600000", "10000", 1, 6e5, 1e4]
  ];
  var MARKER_ATTRIBUTES = ["heading-level", "id-prefix", "theme", "variant", "expanded", "lang", "strings"];
  var STATIC_ONLY = ["embedData", "dataSrc"];
  var STRING_NAMES = ["summaryHeading", "expandAll", "collapseAll", "allExpanded", "allCollapsed", "authors", "source", "errorTitle", "errorIntro", "errorMore", "retry"];

  // src/assets/runtime/options.js
  var optionName = (attribute2) => attribute2.replace(/-(.)/g, (dash, letter) => letter.toUpperCase());
  function found(value) {
    if (typeof value === "string") {
      const chars = Array.from(value);
      return JSON.stringify(chars.slice(0, 100).join("")) + (chars.length > 100 ? "\u2026" : "");
    }
    if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : "null";
    if (typeof value === "boolean") return "a boolean";
    return Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
  }
  var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
  var READ = {
    integer: (value, from, to) => {
      const number = typeof value === "string" ? /^\s*\+?\d+\s*$/.test(value) ? Number(value) : NaN : value;
      return Number.isInteger(number) && number >= from && number <= to ? number : void 0;
    },
    choice: (value, values) => value === "" || values.includes(value) ? value : void 0,
    language: (value) => typeof value === "string" && /^(|([a-z]{2,3}|[xi])(-[a-z0-9]{1,8})*)$/i.test(value) ? value : void 0,
    token: (value) => typeof value === "string" && /^[\w-]{0,64}$/.test(value) ? value : void 0,
    strings: (value) => {
      if (typeof value === "string") {
        if (!value.trim()) return {};
        try {
          value = JSON.parse(value);
        } catch {
          return void 0;
        }
      }
      return isObject(value) ? value : void 0;
    }
  };
  function resolveOptions(merged) {
    const options = {};
    const warnings = [];
    const warn = (path, message) => warnings.push({ path, message, severity: "warning" });
    for (const [attribute2, kind, , , , , fallback] of OPTIONS) {
      options[optionName(attribute2)] = kind === "integer" ? fallback : kind === "strings" ? {} : "";
    }
    for (const [name, value] of Object.entries(merged)) {
      const path = `options.${name}`;
      const spec = OPTIONS.find(([attribute2]) => optionName(attribute2) === name);
      if (!spec) {
        warn(path, STATIC_ONLY.includes(name) ? "applies to static renders only, ignored" : "unknown option, ignored");
        continue;
      }
      if (value === null) continue;
      const [, kind, expected, used, first, second] = spec;
      const taken = READ[kind](value, first, second);
      if (taken === void 0) {
        warn(path, `${expected}, found ${found(value)}: using ${used}`);
      } else if (kind === "strings") {
        const strings = {};
        for (const [key, text] of Object.entries(taken)) {
          if (typeof text !== "string") warn(`${path}.${key}`, "expected a string");
          else if (!STRING_NAMES.includes(key)) warn(`${path}.${key}`, "unknown string name, ignored");
          else strings[key] = text;
        }
        options[name] = strings;
      } else {
        options[name] = taken;
      }
    }
    return { options, warnings };
  }

  // integrations/wordpress/block-editor/engines.js
  var config = () => window.execSummaryBlockEditor || {};
  var loading = null;
  function loadEngines() {
    if (!loading) {
      const { assets, authoring, version } = config();
      loading = Promise.all([
        __wbg_init({ module_or_path: `${authoring}authoring_bg.wasm?ver=${version}` }),
        C({ module_or_path: `${assets}exec_summary_bg.wasm?ver=${version}` })
      ]).then(() => ({ authoring: authoring_exports, card: exec_summary_exports }));
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  }
  var looksLikeJson = (text) => /^\s*[{[]/.test(text);
  function readSummary(engines, text, wanted, lang) {
    let json = text;
    let notes = [];
    if (!text.trim()) return { json: "", notes, problems: [], options: null, rendered: null };
    if (!looksLikeJson(text)) {
      const imported = JSON.parse(engines.authoring.importText(text, "auto", lang));
      json = imported.json;
      notes = imported.warnings;
    }
    const problems = JSON.parse(engines.authoring.validate(json)).map(({ path, message, severity }) => ({ path, message, severity }));
    if (problems.some((problem) => problem.severity !== "warning")) return { json, notes, problems, options: null, rendered: null };
    const documentLang = JSON.parse(json).lang;
    const merged = { ...wanted, lang: wanted.lang || (typeof documentLang === "string" && documentLang ? "" : lang) };
    const checked = resolveOptions(Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== "" && value !== void 0)));
    const rendered = engines.card.renderCard(json, checked.options, true);
    return { json, notes, problems: rendered.ok ? problems : rendered.problems, options: checked.options, rendered: rendered.ok ? rendered : null };
  }

  // integrations/wordpress/block-editor/kses-json.js
  var ESCAPES = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027" };
  function ksesSafeJson(value) {
    return JSON.stringify(value).replace(/\\.|[<>&']/g, (c) => c === '\\"' ? "\\u0022" : ESCAPES[c] ?? c);
  }
  function parseJsonAttribute(text, fallback = null) {
    if (typeof text !== "string" || text === "") return fallback;
    try {
      return JSON.parse(text);
    } catch {
      return fallback;
    }
  }

  // src/assets/generated/hooks.js
  var HOST = "exec-summary";
  var STATIC_HOST = "data-es-static";
  var DATA_SCRIPT = "exec-summary-data";

  // src/assets/server/static-card.js
  var scriptSafe = (text) => text.replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
  var attribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  function compactScriptJson(text) {
    return scriptSafe(text.replace(/^\uFEFF/, "").replace(/("[^"\\]*(?:\\.[^"\\]*)*")|[ \t\n\r]+/g, "$1"));
  }
  function attributeValue(kind, value, fallback) {
    if (kind === "integer") return value === fallback ? null : String(value);
    if (kind === "strings") {
      const named = STRING_NAMES.filter((name) => typeof value[name] === "string").map((name) => [name, value[name]]);
      return named.length ? scriptSafe(JSON.stringify(Object.fromEntries(named))) : null;
    }
    return value || null;
  }
  function staticCard(cardHtml, options, { text, dataSrc } = {}) {
    let tag = `<div class="${HOST}" ${STATIC_HOST}`;
    if (dataSrc) tag += ` data-src="${attribute(dataSrc)}"`;
    for (const [name, kind, , , , , fallback] of OPTIONS) {
      if (!MARKER_ATTRIBUTES.includes(name)) continue;
      const value = attributeValue(kind, options[optionName(name)], fallback);
      if (value !== null) tag += ` data-${name}="${attribute(value)}"`;
    }
    const script = text === void 0 ? "" : `<script type="application/json" class="${DATA_SCRIPT}">${compactScriptJson(text)}<\/script>`;
    return `${tag}>${script}${cardHtml}</div>`;
  }

  // integrations/wordpress/block-editor/card-markup.js
  var savedCard = (cardHtml, options) => staticCard(cardHtml, options);
  var lineBreaksAsReferences = (html) => html.replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");

  // integrations/wordpress/block-editor/problems.js
  function problemLine({ path, message, severity }) {
    return `${severity === "warning" ? "warning: " : ""}${path}: ${message}`;
  }
  var hasErrors = (problems) => problems.some((problem) => problem.severity !== "warning");
  function importLine({ line, message }) {
    return line ? `line ${line}: ${message}` : message;
  }

  // integrations/wordpress/block-editor/edit.js
  var { createElement: el, Fragment, useEffect, useRef, useState, useCallback } = wp.element;
  var { __, sprintf, _n } = wp.i18n;
  var { useBlockProps, InspectorControls } = wp.blockEditor;
  var { PanelBody, SelectControl, TextareaControl, Notice, Spinner } = wp.components;
  var { useDispatch } = wp.data;
  var OPTION_ATTRIBUTES = { theme: "theme", variant: "variant", headingLevel: "heading_level", expanded: "", lang: "" };
  function wantedOptions(attributes) {
    const defaults = config().defaults || {};
    const wanted = {};
    for (const [attribute2, setting] of Object.entries(OPTION_ATTRIBUTES)) {
      const value = attributes[attribute2] || setting && defaults[setting] || "";
      if (value) wanted[attribute2] = attribute2 === "headingLevel" ? Number(value) : value;
    }
    return wanted;
  }
  function choices(siteDefault, none, labelled) {
    const label = siteDefault ? sprintf(__("Site default (%s)", "exec-summary"), labelled.find(([value]) => value === siteDefault)?.[1] ?? siteDefault) : none;
    return [{ value: "", label }, ...labelled.map(([value, text]) => ({ value, label: text }))];
  }
  function Sidebar({ attributes, setAttributes }) {
    const defaults = config().defaults || {};
    const headings = [2, 3, 4, 5, 6].map((level) => [String(level), sprintf(
      /* translators: %d: an HTML heading level, 2 to 6. */
      __("Heading %d", "exec-summary"),
      level
    )]);
    return el(InspectorControls, null, el(
      PanelBody,
      { title: __("Card", "exec-summary") },
      el(SelectControl, {
        label: __("Theme", "exec-summary"),
        value: attributes.theme,
        options: choices(defaults.theme, __("Default (light)", "exec-summary"), [
          ["light", __("Light", "exec-summary")],
          ["dark", __("Dark", "exec-summary")],
          ["auto", __("Automatic (follows the reader\u2019s light or dark setting)", "exec-summary")],
          ["sepia", __("Sepia", "exec-summary")],
          ["high-contrast", __("High contrast", "exec-summary")]
        ]),
        onChange: (theme) => setAttributes({ theme })
      }),
      el(SelectControl, {
        label: __("Layout", "exec-summary"),
        value: attributes.variant,
        options: choices(defaults.variant, __("Default", "exec-summary"), [["compact", __("Compact (for sidebars and narrow columns)", "exec-summary")]]),
        onChange: (variant) => setAttributes({ variant })
      }),
      el(SelectControl, {
        label: __("Title heading level", "exec-summary"),
        help: __("The card\u2019s title is a heading of this level; its section titles follow it.", "exec-summary"),
        value: attributes.headingLevel,
        options: choices(defaults.heading_level, __("Default (Heading 2)", "exec-summary"), headings),
        onChange: (headingLevel) => setAttributes({ headingLevel })
      }),
      el(SelectControl, {
        label: __("Sections at first", "exec-summary"),
        value: attributes.expanded,
        options: [
          { value: "", label: __("As the summary says", "exec-summary") },
          { value: "all", label: __("All open", "exec-summary") },
          { value: "none", label: __("All closed", "exec-summary") }
        ],
        onChange: (expanded) => setAttributes({ expanded })
      })
    ));
  }
  function Problems({ read, engineError }) {
    if (engineError) {
      return el(
        Notice,
        { status: "error", isDismissible: false },
        /* translators: %s: the browser's error message. */
        sprintf(__("The card could not load in the editor: %s", "exec-summary"), engineError)
      );
    }
    if (!read) return null;
    const errors = hasErrors(read.problems);
    const lines = [...read.notes.map(importLine), ...read.problems.map(problemLine)];
    if (!lines.length) return null;
    const count = read.problems.filter((problem) => problem.severity !== "warning").length;
    return el(
      "div",
      { className: `exec-summary-editor__problems${errors ? " is-error" : ""}`, role: "status" },
      el("p", { className: "exec-summary-editor__verdict" }, errors ? sprintf(
        /* translators: %d: number of errors in the summary. */
        _n("%d error: fix it to save the post (a card with errors is never saved).", "%d errors: fix them to save the post (a card with errors is never saved).", count, "exec-summary"),
        count
      ) : __("Readers never see these notes; the card is saved.", "exec-summary")),
      el("ul", { className: "exec-summary-editor__problem-list" }, lines.map((line, i2) => el("li", { key: i2 }, el("code", null, line))))
    );
  }
  function Edit({ attributes, setAttributes, clientId }) {
    const [engines, setEngines] = useState(null);
    const [engineError, setEngineError] = useState("");
    const [read, setRead] = useState(null);
    const [fetching, setFetching] = useState("");
    const preview = useRef(null);
    const shown = useRef({ handle: null, options: "" });
    const editor = useDispatch("core/editor") || {};
    const lockPostSaving = (name) => editor.lockPostSaving?.(name);
    const unlockPostSaving = (name) => editor.unlockPostSaving?.(name);
    const lockName = `exec-summary/${clientId}`;
    const text = parseJsonAttribute(attributes.source, "");
    const blockProps = useBlockProps({ className: "exec-summary-editor" });
    useEffect(() => {
      let live = true;
      loadEngines().then((loaded) => live && setEngines(loaded), (error) => live && setEngineError(String(error.message || error)));
      return () => {
        live = false;
        unlockPostSaving(lockName);
      };
    }, []);
    const showPreview = useCallback((result, wanted) => {
      const host = preview.current;
      if (!host || !window.ExecSummary) return;
      host.toggleAttribute("data-stale", !result.rendered);
      if (!result.rendered) return;
      const options = JSON.stringify(wanted);
      const { handle } = shown.current;
      if (handle && shown.current.options === options) {
        handle.update(result.json);
        return;
      }
      shown.current = { options, handle: window.ExecSummary.render(host, result.json, { ...result.options, loading: "eager" }) };
    }, []);
    const apply = useCallback((nextText, nextAttributes, save2) => {
      if (!engines) {
        if (save2) setAttributes(nextAttributes.changed);
        return;
      }
      const wanted = wantedOptions(nextAttributes);
      let result;
      try {
        result = readSummary(engines, nextText, wanted, config().lang || "");
      } catch (error) {
        result = { json: "", notes: [], problems: [{ path: "(root)", message: String(error.message || error), severity: "error" }], rendered: null };
      }
      setRead(result);
      showPreview(result, wanted);
      if (hasErrors(result.problems)) lockPostSaving(lockName);
      else unlockPostSaving(lockName);
      if (!save2) return;
      if (result.rendered) {
        setAttributes({
          ...nextAttributes.changed,
          document: ksesSafeJson(JSON.parse(result.json)),
          card: savedCard(result.rendered.html, result.options)
        });
      } else if (!nextText.trim()) {
        setAttributes({ ...nextAttributes.changed, document: "", card: "" });
      } else {
        setAttributes(nextAttributes.changed);
      }
    }, [engines]);
    useEffect(() => {
      if (engines) apply(text, attributes, false);
    }, [engines]);
    useEffect(() => {
      if (!engines || !attributes.src || text) return;
      let live = true;
      const url = new URL(attributes.src, config().home || window.location.href).href;
      setFetching(url);
      fetch(url, { credentials: "omit" }).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      }).then((loaded) => {
        if (!live) return;
        setFetching("");
        apply(loaded, { ...attributes, changed: { source: ksesSafeJson(loaded) } }, true);
      }, (error) => {
        if (!live) return;
        setFetching("");
        setEngineError(sprintf(__("could not load %1$s (%2$s)", "exec-summary"), url, error.message));
      });
      return () => {
        live = false;
      };
    }, [engines, attributes.src]);
    const onText = (nextText) => {
      apply(nextText, { ...attributes, changed: { source: ksesSafeJson(nextText), src: "" } }, true);
    };
    const setOption = (changed) => apply(text, { ...attributes, ...changed, changed }, true);
    return el(
      Fragment,
      null,
      el(Sidebar, { attributes, setAttributes: setOption }),
      el(
        "div",
        blockProps,
        el(TextareaControl, {
          className: "exec-summary-editor__source",
          label: __("Executive summary", "exec-summary"),
          help: __("Paste the summary: plain text laid out like a report\u2019s (title, subtitle, lede, then sections under headings such as MAIN ARGUMENT, then the authors), Markdown, or JSON.", "exec-summary"),
          value: text,
          rows: text ? 8 : 4,
          onChange: onText
        }),
        !engines && !engineError ? el("p", { className: "exec-summary-editor__loading" }, el(Spinner), __("Loading the card\u2026", "exec-summary")) : null,
        fetching ? el(
          "p",
          { className: "exec-summary-editor__loading" },
          el(Spinner),
          /* translators: %s: a URL. */
          sprintf(__("Loading the summary from %s\u2026", "exec-summary"), fetching)
        ) : null,
        el(Problems, { read, engineError }),
        el("div", { className: "exec-summary-editor__preview", ref: preview, "aria-label": __("Preview of the card", "exec-summary"), role: "region" })
      )
    );
  }

  // integrations/wordpress/block-editor/save.js
  var { createElement: el2, RawHTML } = wp.element;
  var { useBlockProps: useBlockProps2 } = wp.blockEditor;
  var WRAPPER = "exec-summary-block";
  function save({ attributes }) {
    if (!attributes.card) return null;
    return el2(WRAPPER, useBlockProps2.save(), el2(RawHTML, null, lineBreaksAsReferences(attributes.card)));
  }

  // integrations/wordpress/block-editor/deprecated.js
  var { createElement: el3, RawHTML: RawHTML2 } = wp.element;
  var { useBlockProps: useBlockProps3 } = wp.blockEditor;
  var attributesWithCard = (selector) => ({ ...block_default.attributes, card: { ...block_default.attributes.card, selector } });
  var deprecated = [
    {
      // Version 1 (0.1.0 during development): the static card in a div.
      attributes: attributesWithCard(".wp-block-exec-summary-card"),
      supports: block_default.supports,
      save({ attributes }) {
        if (!attributes.card) return null;
        return el3("div", useBlockProps3.save(), el3(RawHTML2, null, lineBreaksAsReferences(attributes.card)));
      }
    }
  ];

  // integrations/wordpress/block-editor/shortcode.js
  var OPTIONS2 = { theme: "theme", variant: "variant", headingLevel: "heading_level", expanded: "expanded", lang: "lang" };
  function attributesFromShortcode(named = {}) {
    const attributes = { src: typeof named.src === "string" ? named.src.trim() : "" };
    for (const [attribute2, name] of Object.entries(OPTIONS2)) {
      if (typeof named[name] === "string" && named[name].trim() && named[name] !== "default") attributes[attribute2] = named[name].trim();
    }
    return attributes;
  }
  function shortcodeText(attributes) {
    const parts = ["exec_summary"];
    const add = (name, value) => {
      if (typeof value === "string" && value && !/["\[\]\s]/.test(value)) parts.push(`${name}="${value}"`);
    };
    add("src", attributes.src);
    for (const [attribute2, name] of Object.entries(OPTIONS2)) add(name, attributes[attribute2]);
    return `[${parts.join(" ")}]`;
  }

  // integrations/wordpress/block-editor/transforms.js
  var { createBlock } = wp.blocks;
  var NAME = "exec-summary/card";
  var fromText = (text) => {
    const found2 = wp.shortcode.next("exec_summary", text || "");
    return found2 ? attributesFromShortcode(found2.shortcode.attrs.named) : {};
  };
  var transforms = {
    from: [
      {
        type: "shortcode",
        tag: "exec_summary",
        transform: ({ named }) => createBlock(NAME, attributesFromShortcode(named))
      },
      {
        type: "block",
        blocks: ["core/shortcode"],
        isMatch: ({ text }) => /^\s*\[exec_summary\b[^\]]*\]\s*$/.test(text || ""),
        transform: ({ text }) => createBlock(NAME, fromText(text))
      }
    ],
    to: [
      {
        type: "block",
        blocks: ["core/shortcode"],
        isMatch: ({ src }) => Boolean(src),
        transform: (attributes) => createBlock("core/shortcode", { text: shortcodeText(attributes) })
      }
    ]
  };

  // integrations/wordpress/block-editor/index.js
  var { registerBlockType } = wp.blocks;
  var { createElement: el4 } = wp.element;
  var icon = el4(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", viewBox: "0 0 24 24", width: 24, height: 24, "aria-hidden": true },
    el4("path", { d: "M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm0 2v14h14V5H5zm2 2h10v2H7V7zm0 4h6v1.5H7V11zm0 3h8v1.5H7V14z" })
  );
  registerBlockType(block_default, { icon, edit: Edit, save, deprecated, transforms });
})();
