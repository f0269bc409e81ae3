//! The wasm module's exports, what JavaScript calls: the runtime in the browser, and the npm
//! package's server entry in Node.
//!
//! Everything crosses as plain JavaScript values, read and written with `js-sys` (README, "Design",
//! for `serde-wasm-bindgen`'s measured cost): a document as JSON text or as an object (read as the
//! same document written as JSON text), options as a plain object the runtime has checked, and
//! results as plain objects `{ html, ok, problems }`, each problem `{ path, message, severity }`.
//! No argument is a typed wasm-bindgen value, so nothing a page passes can make the glue write
//! out of bounds. Nothing is kept between calls: no card holds wasm memory. Fetching, the DOM,
//! events and logging stay in JavaScript.

mod from_js;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::AttrValue;

use crate::model::Problem;
use crate::options::{CardOptions, Resolved, EXPANSIONS, THEMES, VARIANTS};
use crate::render::{render_error_card, render_shown, Input, Rendered};

// The TypeScript of the exports (`pkg/exec_summary.d.ts`): what crosses is plain JavaScript values,
// typed here once; the options' type is generated from `src/options.rs` into
// `pkg/exec-summary.d.ts`. Only the declarations change: the glue and the module are the same bytes.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
import type { ExecSummaryCheckedOptions, ExecSummaryProblem } from './exec-summary.js';
/** A document: JSON text, or an object, read as the JSON text `JSON.stringify` would write for it. */
export type ExecSummaryDocument = string | object;
/** What `renderCard` and `renderError` give: the card's HTML (or the error card's), whether it is the card, and every problem. */
export interface ExecSummaryRendered { html: string; ok: boolean; problems: ExecSummaryProblem[] }
/** What `validate` gives: whether the document makes a card, and every problem, as `exec-summary validate` prints them. */
export interface ExecSummaryValidated { ok: boolean; problems: ExecSummaryProblem[] }
"#;

/// A problem as JavaScript reads it.
struct JsProblem<'a> {
    /// JSON path in the document (`sections[1].items[2]`, `(root)`), `options.<name>` for an
    /// option, or empty for a problem with the document's source (a failed download).
    path: &'a str,
    message: &'a str,
    /// `error` or `warning`.
    severity: &'static str,
}

impl<'a> From<&'a Problem> for JsProblem<'a> {
    fn from(problem: &'a Problem) -> Self {
        Self {
            path: problem.path(),
            message: problem.message(),
            severity: problem.severity().as_str(),
        }
    }
}

/// `renderCard(document, options, upgradable)`: the document's card, or the error card listing
/// what is wrong, as `{ html, ok, problems }`. An `upgradable` card is the one the runtime inserts
/// and makes interactive (and the static marker wraps); else the card is static for good, as
/// `exec-summary render` prints it without a marker.
#[wasm_bindgen(js_name = renderCard, unchecked_return_type = "ExecSummaryRendered")]
pub fn render_card(
    #[wasm_bindgen(unchecked_param_type = "ExecSummaryDocument")] document: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExecSummaryCheckedOptions | undefined")]
    options: JsValue,
    #[wasm_bindgen(unchecked_param_type = "boolean")] upgradable: JsValue,
) -> JsValue {
    with_document(document, options, |input, resolved| {
        #[cfg(feature = "test-trap")]
        trap_if_asked(input);
        render_shown(input, resolved, upgradable.as_bool().unwrap_or(false))
    })
}

/// `renderError(message, options, retry)`: the error card with one message, for failures before
/// there is a document (network, HTTP status, timeout, size); with `retry`, a "Try again" button
/// (`.es-error__retry`) for the runtime to wire. `{ html, ok: false, problems }`.
#[wasm_bindgen(js_name = renderError, unchecked_return_type = "ExecSummaryRendered")]
pub fn render_error(
    #[wasm_bindgen(unchecked_param_type = "string")] message: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExecSummaryCheckedOptions | undefined")]
    options: JsValue,
    #[wasm_bindgen(unchecked_param_type = "boolean")] retry: JsValue,
) -> JsValue {
    let resolved = read_options(&options);
    let message = message
        .as_string()
        .unwrap_or_else(|| "the summary could not be loaded".to_owned());
    let html = render_error_card(
        vec![(AttrValue::Static(""), AttrValue::from(message.clone()))],
        std::rc::Rc::new(resolved.card.clone()),
        retry.as_bool().unwrap_or(false),
    );
    let mut problems: Vec<JsProblem> = resolved.warnings.iter().map(JsProblem::from).collect();
    problems.push(JsProblem {
        path: "",
        message: &message,
        severity: "error",
    });
    js_result(Some(&html), false, &problems)
}

/// `validate(document)`: `{ ok, problems }`, the problems `exec-summary validate` prints.
#[wasm_bindgen(unchecked_return_type = "ExecSummaryValidated")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "ExecSummaryDocument")] document: JsValue,
) -> JsValue {
    let document = Document::read(&document);
    let problems = match document.as_input().parse() {
        Ok(parsed) => parsed.warnings,
        Err(problems) => problems,
    };
    let listed: Vec<JsProblem> = problems.iter().map(JsProblem::from).collect();
    js_result(None, !problems.iter().any(Problem::is_error), &listed)
}

/// Reads the document and the options, renders with `render`, and hands the result to JavaScript.
fn with_document(
    document: JsValue,
    options: JsValue,
    render: impl FnOnce(Input<'_>, &Resolved) -> Rendered,
) -> JsValue {
    let resolved = read_options(&options);
    let rendered = render(Document::read(&document).as_input(), &resolved);
    let listed: Vec<JsProblem> = rendered.problems.iter().map(JsProblem::from).collect();
    js_result(Some(&rendered.html), rendered.ok, &listed)
}

/// A document as JavaScript passed it.
enum Document {
    /// JSON text.
    Text(String),
    /// The JSON value an object reads as.
    Value(serde_json::Value),
    /// What cannot be JSON (a function, a cycle), and why.
    Unread(Vec<Problem>),
}

impl Document {
    fn read(document: &JsValue) -> Self {
        if let Some(text) = document.as_string() {
            return Document::Text(text);
        }
        match from_js::json_value(document) {
            Ok(value) => Document::Value(value),
            Err(problem) => Document::Unread(vec![problem]),
        }
    }

    fn as_input(&self) -> Input<'_> {
        match self {
            Document::Text(text) => Input::Text(text),
            Document::Value(value) => Input::Value(value),
            Document::Unread(problems) => Input::Unread(problems),
        }
    }
}

/// The card's options from a plain object of checked values (`undefined`: every default). The
/// runtime checked them against the option list and warned about what it could not use
/// (`src/assets/runtime/options.js`), so here anything else simply keeps its default: the
/// warnings cost the module 3 KB brotli in Rust, and the runtime has them in 0.6 KB.
fn read_options(options: &JsValue) -> Resolved {
    OPTION_NAMES.with(|names| read_named_options(options, names))
}

/// The option names `read_options` looks up, as JavaScript strings made once rather than seven
/// times a render (measured: a server render 1.05x faster).
struct OptionNames {
    theme: JsValue,
    variant: JsValue,
    expanded: JsValue,
    lang: JsValue,
    id_prefix: JsValue,
    heading_level: JsValue,
    strings: JsValue,
}

thread_local! {
    static OPTION_NAMES: OptionNames = OptionNames {
        theme: JsValue::from_str("theme"),
        variant: JsValue::from_str("variant"),
        expanded: JsValue::from_str("expanded"),
        lang: JsValue::from_str("lang"),
        id_prefix: JsValue::from_str("idPrefix"),
        heading_level: JsValue::from_str("headingLevel"),
        strings: JsValue::from_str("strings"),
    };
}

fn read_named_options(options: &JsValue, names: &OptionNames) -> Resolved {
    let get = |name: &JsValue| Reflect::get(options, name).unwrap_or_default();
    // An option at its default is an empty string: falsy, and not copied into the module's memory
    // (no faster measured, but the module compresses 148 B smaller with it).
    let text = |name: &JsValue| {
        let value = get(name);
        if value.is_truthy() {
            value.as_string().unwrap_or_default()
        } else {
            String::new()
        }
    };
    let pick = |name: &JsValue, values: &[&'static str]| {
        let chosen = text(name);
        values.iter().copied().find(|v| *v == chosen).unwrap_or("")
    };
    let mut card = CardOptions {
        theme: pick(&names.theme, THEMES),
        variant: pick(&names.variant, VARIANTS),
        expanded: pick(&names.expanded, EXPANSIONS),
        lang: text(&names.lang),
        id_prefix: text(&names.id_prefix),
        ..CardOptions::default()
    };
    if let Some(level) = get(&names.heading_level)
        .as_f64()
        .filter(|n| (2.0..=6.0).contains(n))
    {
        // Between 2 and 6, so the conversion is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let level = level as u8;
        card.heading_level = level;
    }
    let strings = get(&names.strings);
    if strings.is_object() {
        for entry in Object::entries(strings.unchecked_ref()).iter() {
            let entry: Array = entry.unchecked_into();
            if let (Some(key), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string()) {
                card.strings.set(&key, value);
            }
        }
    }
    Resolved {
        card,
        ..Resolved::default()
    }
}

/// A result as a plain JavaScript object: `{ html, ok, problems }`, or `{ ok, problems }`.
fn js_result(html: Option<&str>, ok: bool, problems: &[JsProblem]) -> JsValue {
    let result = Object::new();
    if let Some(html) = html {
        set(&result, "html", &JsValue::from_str(html));
    }
    set(&result, "ok", &JsValue::from_bool(ok));
    let list = Array::new();
    for problem in problems {
        let item = Object::new();
        set(&item, "path", &JsValue::from_str(problem.path));
        set(&item, "message", &JsValue::from_str(problem.message));
        set(&item, "severity", &JsValue::from_str(problem.severity));
        list.push(&item);
    }
    set(&result, "problems", &list);
    result.into()
}

/// Sets a property of a plain object (which cannot fail: it has no setters).
fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

/// Test builds only (feature `test-trap`): a card with this title traps the wasm module after
/// its JSON is read, before Yew renders it.
#[cfg(feature = "test-trap")]
pub const TRAP_WHILE_MOUNTING: &str = "exec-summary: trap while mounting";

#[cfg(feature = "test-trap")]
fn trap_if_asked(input: Input<'_>) {
    if let Ok(parsed) = input.parse() {
        if parsed.document.title == TRAP_WHILE_MOUNTING {
            core::arch::wasm32::unreachable();
        }
    }
}
