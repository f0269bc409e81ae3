//! Authoring support for the playground: the importer, and validation problems located in the
//! JSON text so an editor can put the cursor on them.
//!
//! Compiled natively (where it is tested) and, with the `authoring` feature, into the
//! playground's own wasm module (`www/playground/`), which only the playground page loads: none
//! of this is in `pkg/`. Results cross to JavaScript as JSON text, so the module needs no
//! bindings beyond strings.

mod locate;

use serde::Serialize;
use serde_json::{json, Value};

use crate::import::{import, Format, ImportOptions};
use crate::model::{parse, Severity};

pub use locate::{locate, Positions, Span};

/// A validation problem and where it is in the JSON text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Located {
    /// JSON path as the validator writes it (`sections[1].items[2]`, `(root)`).
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// `error` (the card cannot render) or `warning`.
    pub severity: &'static str,
    /// 1-based line of the offending text.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Start of the offending text in UTF-16 code units (a textarea's `selectionStart`).
    pub start: usize,
    /// End of the offending text in UTF-16 code units.
    pub end: usize,
}

/// Validates JSON text like the card does and locates every problem in the text.
pub fn validate(text: &str) -> Vec<Located> {
    let problems = match parse(text) {
        Ok(parsed) => parsed.warnings,
        Err(problems) => problems,
    };
    let positions = Positions::read(text);
    problems
        .iter()
        .map(|problem| {
            let syntax_error =
                problem.path() == "(root)" && problem.message().starts_with("invalid JSON");
            let span = match positions.syntax_error() {
                Some(span) if syntax_error => span,
                _ => positions.locate(problem.path()),
            };
            let (line, column) = line_column(text, span.start);
            Located {
                path: problem.path().to_owned(),
                message: problem.message().to_owned(),
                severity: match problem.severity() {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                },
                line,
                column,
                start: utf16_len(text, span.start),
                end: utf16_len(text, span.end),
            }
        })
        .collect()
}

/// Imports plain text or Markdown (`format`: `auto`, `text` or `markdown`; `lang`: a BCP 47 tag
/// or empty for `en`) into `{ "json": pretty JSON text, "warnings": [{ "line", "message" }] }`.
pub fn import_text(text: &str, format: &str, lang: &str) -> Value {
    let options = ImportOptions {
        format: match format {
            "text" => Format::Text,
            "markdown" => Format::Markdown,
            _ => Format::Auto,
        },
        lang: Some(lang.trim())
            .filter(|lang| !lang.is_empty())
            .map(str::to_owned),
    };
    let imported = import(text, &options);
    let warnings: Vec<Value> = imported
        .warnings
        .iter()
        .map(|w| json!({ "line": w.line(), "message": w.message() }))
        .collect();
    json!({
        "json": serde_json::to_string_pretty(&imported.document).unwrap_or_default(),
        "warnings": warnings,
    })
}

/// 1-based line and column (in characters) of the byte offset `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// Length in UTF-16 code units of the text before byte offset `at`.
fn utf16_len(text: &str, at: usize) -> usize {
    text.get(..at).unwrap_or(text).encode_utf16().count()
}

#[cfg(all(feature = "authoring", target_arch = "wasm32"))]
mod bindings {
    //! The playground module's exports: JSON text in, JSON text out.

    use wasm_bindgen::prelude::*;

    /// `validate(json)` → JSON array of `{ path, message, severity, line, column, start, end }`.
    #[wasm_bindgen]
    pub fn validate(text: &str) -> String {
        serde_json::to_string(&super::validate(text)).unwrap_or_else(|_| "[]".to_owned())
    }

    /// `importText(text, format, lang)` → JSON `{ json, warnings: [{ line, message }] }`.
    #[wasm_bindgen(js_name = importText)]
    pub fn import_text(text: &str, format: &str, lang: &str) -> String {
        super::import_text(text, format, lang).to_string()
    }
}

#[cfg(test)]
mod tests;
