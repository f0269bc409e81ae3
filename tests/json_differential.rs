//! The crate's JSON reader (`exec_summary::model::json_value_from_str`, which keeps
//! `serde_json`'s deserializer out of the wasm card) against `serde_json::from_str::<Value>` on
//! generated texts: valid documents (compact and pretty), token soups, number soups and valid
//! documents with random edits. Both must give the same value, keys in the same order, or fail
//! with the same message at the same line and column.
//!
//! Floats are compared to within 4 units in the last place: test builds get `serde_json`'s
//! `float_roundtrip` feature from a dev-dependency, while the reader copies `serde_json`'s default
//! (the one this crate's own builds and `fuzz/fuzz_targets/json.rs` use, where they are compared
//! exactly). 256 cases per property; `PROPTEST_CASES=100000 cargo test --test json_differential`
//! runs a longer search.
// proptest is a native dev-dependency only.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use exec_summary::model::json_value_from_str;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Number, Value};

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256);
    Config {
        cases,
        ..Config::default()
    }
}

/// Whether this build's `serde_json` reads floats the default way (see
/// `src/model/validate/json/tests.rs`).
fn serde_json_default_floats() -> bool {
    let default = 1_164_115_433_906_158_533_u64 as f64 / 1e8;
    serde_json::from_str::<f64>("1164115433906158533e-8").ok() == Some(default)
}

fn same_value(ours: &Value, theirs: &Value, exact_floats: bool) -> bool {
    match (ours, theirs) {
        (Value::Number(a), Value::Number(b)) if a.is_f64() && b.is_f64() => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            if exact_floats || a.is_sign_negative() != b.is_sign_negative() {
                a.to_bits() == b.to_bits()
            } else {
                a.to_bits().abs_diff(b.to_bits()) <= 4
            }
        }
        (Value::Number(a), Value::Number(b)) => a == b && a.is_f64() == b.is_f64(),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_value(a, b, exact_floats))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((ka, a), (kb, b))| ka == kb && same_value(a, b, exact_floats))
        }
        _ => ours == theirs,
    }
}

fn check_same(text: &str) -> Result<(), TestCaseError> {
    let ours = json_value_from_str(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => prop_assert!(
            same_value(a, b, serde_json_default_floats()),
            "{text:?}: read {a:?}, serde_json {b:?}"
        ),
        (Err(a), Err(b)) => prop_assert_eq!(a.to_string(), b.to_string(), "{:?}", text),
        // Near f64::MAX the default reading may overflow where `float_roundtrip` does not.
        (Err(a), Ok(_)) if !serde_json_default_floats() && a.message() == "number out of range" => {
        }
        _ => prop_assert!(false, "{text:?}: read {ours:?}, serde_json {theirs:?}"),
    }
    Ok(())
}

/// Text pieces: plain, escapes serde_json writes, multi-byte, and characters it must escape.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("a".to_owned()),
            Just("key".to_owned()),
            Just(" ".to_owned()),
            Just("\"".to_owned()),
            Just("\\".to_owned()),
            Just("/".to_owned()),
            Just("\n".to_owned()),
            Just("\u{1}".to_owned()),
            Just("\u{7f}".to_owned()),
            Just("é".to_owned()),
            Just("😀".to_owned()),
            Just("\u{2028}".to_owned()),
            Just("\u{feff}".to_owned()),
            any::<char>().prop_map(String::from),
        ],
        0..6,
    )
    .prop_map(|pieces| pieces.concat())
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0..20u64).prop_map(Value::from),
        any::<f64>().prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
        (-1e6..1e6f64).prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            // Few distinct keys, so repeats happen once written out as text below.
            prop::collection::vec((prop::sample::select(vec!["a", "b", "c", ""]), inner), 0..6)
                .prop_map(|entries| {
                    Value::Object(
                        entries
                            .into_iter()
                            .map(|(k, v)| (k.to_owned(), v))
                            .collect::<Map<_, _>>(),
                    )
                }),
        ]
    })
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\"a\"",
    "\"b\"",
    "\\",
    "\\u",
    "\\ud800",
    "\\udc00",
    "\\u00e9",
    "\\n",
    "\\x",
    "d800",
    "dc00",
    "0",
    "1",
    "9",
    "-",
    ".",
    "e",
    "E",
    "+",
    "null",
    "true",
    "false",
    "nul",
    "tru",
    " ",
    "  ",
    "\n",
    "\t",
    "\r",
    "\r\n",
    "\u{c}",
    "é",
    "😀",
    "\u{1}",
    "\u{0}",
    "x",
    "/",
    "//",
    "/*",
    "*/",
    "NaN",
    "1e400",
    "18446744073709551616",
    "\"\\ud800\\udc00\"",
    "\"text\"",
    "[1,2]",
    "{\"a\":1}",
    "{\"a\":1,\"a\":2}",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..24).prop_map(|tokens| tokens.concat())
}

const NUMBER_TOKENS: &[&str] = &[
    "-",
    "0",
    "1",
    "5",
    "9",
    "00",
    "12345678901234567890",
    "18446744073709551615",
    "9223372036854775808",
    ".",
    "e",
    "E",
    "+",
    "-",
    "308",
    "309",
    "324",
    "2147483647",
    "2147483648",
    "99999999999",
    "x",
    " ",
];

fn number_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NUMBER_TOKENS), 1..10)
        .prop_map(|tokens| tokens.concat())
}

/// Serialised values with random edits: a token inserted, a range of bytes removed.
fn edited() -> impl Strategy<Value = String> {
    (
        value(),
        any::<bool>(),
        prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                0..4usize,
                prop::sample::select(TOKENS),
            ),
            1..4,
        ),
    )
        .prop_map(|(value, pretty, edits)| {
            let mut text = if pretty {
                serde_json::to_string_pretty(&value).unwrap()
            } else {
                serde_json::to_string(&value).unwrap()
            };
            for (at, remove, token) in edits {
                let mut at = at.index(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let mut end = (at + remove).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(at..end, token);
            }
            text
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn valid_documents_read_the_same(value in value(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        check_same(&text)?;
        prop_assert!(json_value_from_str(&text).is_ok(), "{}", text);
    }

    #[test]
    fn token_soups_read_the_same(text in soup()) {
        check_same(&text)?;
    }

    #[test]
    fn number_soups_read_the_same(text in number_soup()) {
        check_same(&text)?;
        check_same(&format!("[{text}]"))?;
    }

    #[test]
    fn edited_documents_read_the_same(text in edited()) {
        check_same(&text)?;
    }

    #[test]
    fn arbitrary_strings_read_the_same(text in any::<String>()) {
        check_same(&text)?;
        check_same(&format!("\"{text}\""))?;
    }
}
