//! Compact JSON text safe inside a `<script>` element, with `<`, `>` and `&` as `\u003c`-style
//! escapes so no text in it can end the element or open a comment: of a value, as
//! `serde_json::to_string` writes it (for the JSON-LD and the strings attribute), and of JSON text
//! as written, its whitespace between tokens dropped (the static marker's document, which the npm
//! package's server entry writes the same way: `src/assets/server/static-card.js`).

use std::fmt::Write;

use serde_json::Value;

/// The compact JSON of `value`, script-safe.
pub fn script_json(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value);
    out
}

fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        // `Number`'s Display is `serde_json`'s own writing of it (itoa, zmij).
        Value::Number(number) => {
            let _ = write!(out, "{number}");
        }
        Value::String(text) => write_string(out, text),
        Value::Array(list) => {
            out.push('[');
            for (i, item) in list.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_value(out, item);
            }
            out.push('}');
        }
    }
}

/// Valid JSON `text` made compact and script-safe: the whitespace between its tokens dropped, a
/// byte-order mark too, and `<`, `>`, `&` escaped inside its strings (the only place they occur).
/// Every other character, escapes and number spellings included, stays as written.
pub fn compact_script_json(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            match c {
                '<' => out.push_str("\\u003c"),
                '>' => out.push_str("\\u003e"),
                '&' => out.push_str("\\u0026"),
                c => out.push(c),
            }
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

/// A JSON string as `serde_json` escapes it, and `<`, `>`, `&` besides.
fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' | '\0'..='\u{1f}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use serde_json::{json, Value};

    use super::{compact_script_json, script_json};

    /// `serde_json`'s compact text with the script escapes applied afterwards, as the marker
    /// wrote it before this module.
    fn expected(value: &Value) -> String {
        value
            .to_string()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    }

    #[test]
    fn writes_what_serde_json_writes_with_the_script_escapes() {
        for value in [
            json!(null),
            json!({"a": "</script><!-- & -->", "b": [1, -2, 1.5, 1e300, -0.0, 18446744073709551615_u64]}),
            json!({"ctl": "\u{0}\u{1f}\u{7f}\u{8}\u{c}\n\r\t\"\\", "uni": "é中😀\u{2028}\u{202e}"}),
            json!([true, false, null, [], {}, [[{"": ""}]]]),
            json!({"z": 1, "a": 2, "m": {"y": 0.1, "x": 2.5e-8}}),
        ] {
            assert_eq!(script_json(&value), expected(&value), "{value}");
            let read: Value = serde_json::from_str(&script_json(&value)).unwrap();
            assert_eq!(read, value);
        }
    }

    #[test]
    fn compact_text_keeps_the_value_and_the_spelling_and_drops_the_whitespace() {
        let text = "\u{feff}{\n  \"a\" : [1.0, 2e3 , \"x \\\" </script> & \\\\\" ],\n\t\"\\u0041\": {} }\r\n";
        let compact = compact_script_json(text);
        assert_eq!(
            compact,
            r#"{"a":[1.0,2e3,"x \" \u003c/script\u003e \u0026 \\"],"\u0041":{}}"#
        );
        let read: Value = serde_json::from_str(&compact).unwrap();
        let source: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap();
        assert_eq!(read, source);
    }
}
