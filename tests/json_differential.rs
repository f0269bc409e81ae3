//! The crate's JSON reader (`exec_summary::model::json_value_from_str`, which keeps
//! `serde_json`'s deserializer out of the wasm card) against `serde_json::from_str::<Value>` on
//! generated texts: valid documents (compact and pretty), token soups, number soups and valid
//! documents with random edits. Both must give the same value, keys in the same order, or fail
//! with the same message at the same line and column. The reader noting positions (the
//! playground's located validation) must read the same, and note where each value is.
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

mod common;

use exec_summary::model::{json_positions, json_value_from_str};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Map, Number, Value};

fn config() -> Config {
    common::proptest_config(256)
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
    check_positions(text, &ours)?;
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

/// The reader noting positions (the playground's) reads as it does without, and each value and
/// key it notes is where the text has one.
fn check_positions(
    text: &str,
    read: &Result<Value, exec_summary::model::JsonError>,
) -> Result<(), TestCaseError> {
    let positions = json_positions(text);
    match (read, &positions) {
        (Ok(_), Ok(positions)) => {
            for position in positions {
                let value = &text[position.value.clone()];
                prop_assert!(json_value_from_str(value).is_ok(), "{text:?}: {position:?}");
                if let Some(key) = &position.key {
                    let key = json_value_from_str(&text[key.clone()]);
                    prop_assert!(
                        matches!(key, Ok(Value::String(_))),
                        "{text:?}: {position:?}"
                    );
                }
            }
            let root = positions
                .last()
                .map(|p| (p.path.as_str(), p.depth, p.value.clone()));
            let trimmed = text.trim_matches([' ', '\t', '\n', '\r']);
            let start = text.len() - text.trim_start_matches([' ', '\t', '\n', '\r']).len();
            prop_assert_eq!(
                root,
                Some(("", 0, start..start + trimmed.len())),
                "{:?}",
                text
            );
        }
        (Err(a), Err(b)) => prop_assert_eq!(a, b, "{:?}", text),
        _ => prop_assert!(
            false,
            "{text:?}: read {read:?}, with positions {positions:?}"
        ),
    }
    Ok(())
}

/// Asserts that the reader and `serde_json` agree on `text` (the hand-picked cases below).
#[track_caller]
fn same(text: &str) {
    let ours = json_value_from_str(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => assert!(
            same_value(a, b, serde_json_default_floats()),
            "{text:?}: read {a:?}, serde_json {b:?}"
        ),
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text:?}"),
        _ => panic!("{text:?}: read {ours:?}, serde_json {theirs:?}"),
    }
}

// Edge cases picked by hand.

#[test]
fn literals_and_whitespace() {
    for text in [
        "null",
        " null ",
        "true",
        "false",
        "\t\r\n true \n",
        "nul",
        "nulx",
        "nu ll",
        "n",
        "t",
        "tru",
        "trUe",
        "f",
        "fals",
        "falsey",
        "True",
        "NULL",
        "",
        " ",
        "\n",
        "\n\n  ",
        "\r\n\r\n",
        "\u{c}1",
        "\u{a0}1",
        "\u{feff}1",
        "\u{feff}",
        "1\u{a0}",
        "é",
        "\n\né",
        "x",
        "'a'",
        "undefined",
        "NaN",
        "-NaN",
        "Infinity",
        "-Infinity",
        "// c\n1",
        "/* c */ 1",
        "1 // c",
        "#1",
        "\u{0}",
        "1\u{0}",
    ] {
        same(text);
    }
}

#[test]
fn numbers() {
    for text in [
        "0",
        "-0",
        "1",
        "-1",
        "01",
        "-01",
        "00",
        "0.0",
        "-0.0",
        "1.",
        "1.e1",
        ".1",
        "-",
        "--1",
        "+1",
        "- 1",
        "-x",
        "1e",
        "1e+",
        "1e-",
        "1e+-1",
        "1ex",
        "1E5",
        "1e-5",
        "1e+5",
        "0e0",
        "0.5",
        "1.5e3",
        "12.",
        "12.x",
        "1.5.2",
        "0x10",
        "1_000",
        "-.5",
        "[1.]",
        "[1.e]",
        "[-]",
        "[01]",
        "{\"a\":01}",
        "1 2",
        "1x",
        "0x",
        "-0x",
        "0.1",
        "0.3",
        "3.14159",
        "-2.5e-3",
        "18446744073709551615",
        "18446744073709551616",
        "18446744073709551617",
        "184467440737095516150",
        "184467440737095516160.5",
        "1844674407370955161.7",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "-18446744073709551616",
        "123456789012345678901234567890",
        "123456789012345678901234567890e-10",
        "0.123456789012345678901234567890",
        "1.000000000000000000000000000001",
        "1e308",
        "1e309",
        "-1e309",
        "1.7976931348623157e308",
        "1.7976931348623157e307",
        "17976931348623157e292",
        "1e-307",
        "2.2250738585072014e-308",
        "4.9e-324",
        "5e-324",
        "1e-330",
        "1e-400",
        "-1e-400",
        "1e400",
        "-1e400",
        "0e400",
        "0e999999999999",
        "0.0e-999999999999",
        "1e999999999999",
        "1e-999999999999",
        "-1e-999999999999",
        "1e2147483647",
        "1e2147483648",
        "1e-2147483648",
        "1e-2147483647",
        "0.000001e-2147483647",
        "10e2147483647",
        "1e00000000000000000000001",
        "1e-0",
        "1e+0000",
        "[1e400]",
        "{\"a\": -1e99999}",
        "[0.1e1, 2E-2, -0e-0]",
    ] {
        same(text);
    }
    same(&format!("0.{}1", "0".repeat(400)));
    same(&format!("1{}", "0".repeat(400)));
    same(&format!("1{}.5e-300", "0".repeat(400)));
    same(&format!("-{}", "9".repeat(1000)));
}

#[test]
fn integers_keep_their_kind() {
    let read = |text| json_value_from_str(text).ok();
    assert_eq!(read("18446744073709551615"), Some(Value::from(u64::MAX)));
    assert_eq!(read("-9223372036854775808"), Some(Value::from(i64::MIN)));
    assert!(read("18446744073709551616").is_some_and(|v| v.is_f64()));
    assert!(read("-0").is_some_and(|v| v.is_f64()));
    assert!(read("1.0").is_some_and(|v| v.is_f64()));
}

#[test]
fn default_float_reading() {
    // `serde_json` without `float_roundtrip`: one rounding of the significand, one of the
    // product or quotient.
    let read = |text| json_value_from_str(text).ok().and_then(|v| v.as_f64());
    assert_eq!(
        read("1164115433906158533e-8"),
        Some(1_164_115_433_906_158_533_u64 as f64 / 1e8)
    );
    assert_ne!(read("1164115433906158533e-8"), Some(11_641_154_339.061_584));
    assert_eq!(read("0.1"), Some(0.1));
    assert_eq!(read("1e-330"), Some(1e-22 / 1e308));
    assert_eq!(read("1e-400"), Some(0.0));
}

#[test]
fn strings() {
    for text in [
        r#""""#,
        r#""a""#,
        r#""é😀""#,
        "\"a",
        "\"",
        "\"\\",
        "\"\\\"",
        r#""\"\\\/\b\f\n\r\t""#,
        r#""\x""#,
        r#""\a""#,
        r#""\'""#,
        r#""\U0041""#,
        r#""\u""#,
        r#""\u1""#,
        r#""\u12""#,
        r#""\u123""#,
        "\"\\u12",
        "\"\\u1234",
        r#""\u0041""#,
        r#""\u00e9\u00E9""#,
        r#""\u12g4""#,
        r#""\uzzzz""#,
        r#""\u0000""#,
        r#""\uffff""#,
        r#""\ud800""#,
        r#""\ud800x""#,
        r#""\ud800\n""#,
        r#""\ud800\u0041""#,
        r#""\ud800\ud800""#,
        r#""\ud800\udbff""#,
        r#""\ud800\udc00""#,
        r#""\udbff\udfff""#,
        r#""\ud83d\ude00""#,
        r#""\uD834\uDD1E""#,
        r#""\udc00""#,
        r#""\udfff\ud800""#,
        "\"\\ud800",
        "\"\\ud800\\",
        "\"\\ud800\\u",
        "\"\\ud800\\udc",
        "\"\\ud800\\udc00",
        r#""\ud800\uzzzz""#,
        "\"a\u{1}\"",
        "\"\t\"",
        "\"\n\"",
        "\"\r\"",
        "\"\u{1f}\"",
        "\"\u{7f}\"",
        "\"\u{80}\"",
        "\"\u{2028}\"",
        "\"é\n\u{1}\"",
        "\"\u{0}\"",
        "\"abc\u{0}",
        "\n\"\\q\"",
        "\"é\\u00\"",
    ] {
        same(text);
    }
    let long = format!("\"{}\\n{}\"", "é".repeat(100_000), "a".repeat(100_000));
    same(&long);
}

#[test]
fn arrays() {
    for text in [
        "[]",
        "[ ]",
        "[\n]",
        "[1]",
        "[1,2]",
        "[1 ,\t2 ]",
        "[1,]",
        "[1, ]",
        "[,1]",
        "[,]",
        "[1 2]",
        "[1,,2]",
        "[",
        "[1",
        "[1,",
        "[1,\n",
        "[ \n",
        "]",
        "[]]",
        "[][]",
        "[[]",
        "[[]]",
        "[[],[]]",
        "[null,true,false,\"\",0,{}]",
        "[1}",
        "[\"a\":1]",
        "[1]x",
        "[1] x",
        "[1]\n\n  x",
    ] {
        same(text);
    }
}

#[test]
fn objects() {
    for text in [
        "{}",
        "{ }",
        r#"{"a":1}"#,
        r#"{ "a" : 1 , "b" : [2] }"#,
        r#"{"a"}"#,
        r#"{"a" 1}"#,
        r#"{"a":}"#,
        r#"{"a":1,}"#,
        r#"{"a":1 , }"#,
        "{,}",
        "{1:2}",
        "{a:1}",
        "{'a':1}",
        r#"{"a":1 "b":2}"#,
        r#"{"a":1;"b":2}"#,
        r#"{"a":1,"a":2}"#,
        r#"{"b":0,"a":1,"b":2}"#,
        r#"{"a":1,"a":2,"a":3}"#,
        "{",
        "{ ",
        "{\"",
        "{\"a",
        "{\"a\"",
        "{\"a\" ",
        "{\"a\":",
        "{\"a\":1",
        "{\"a\":1,",
        "{\"a\":1, ",
        "{\"a\":1,\"",
        "{\n  \"a\": 1,\n}",
        "{\"a\":1}}",
        "{\"a\":[}",
        "{\"\\ud800\":1}",
        "{\"a\u{1}\":1}",
        "{\"\":1}",
        r#"{"a":{"b":{"c":[1,{"d":null}]}}}"#,
        "{}x",
        "{\"a\"\n:\n1\n}\n",
    ] {
        same(text);
    }
}

#[test]
fn the_recursion_limit_is_serde_jsons() {
    for depth in [126, 127, 128, 129, 1000] {
        same(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        same(&"[".repeat(depth));
        same(&format!(
            "{}1{}",
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        ));
        same(&format!(
            "{}{}",
            "[{\"a\":".repeat(depth / 2),
            "1}]".repeat(depth / 2)
        ));
        same(&format!("\n {}", "[".repeat(depth)));
    }
    assert!(json_value_from_str(&format!("{}{}", "[".repeat(127), "]".repeat(127))).is_ok());
    let err = json_value_from_str(&"[".repeat(128)).err();
    assert_eq!(
        err.map(|err| err.to_string()).unwrap_or_default(),
        "recursion limit exceeded at line 1 column 128"
    );
}

#[test]
fn hostile_shapes_are_read_fast() {
    // Each would take seconds if any step were quadratic.
    let string = format!("\"{}\"", "x".repeat(1 << 20));
    same(&string);
    let escapes = format!("\"{}\"", "\\u00e9".repeat(100_000));
    same(&escapes);
    let array = format!("[{}1]", "1,".repeat(100_000));
    same(&array);
    let object = format!(
        "{{{}\"end\":1}}",
        (0..100_000)
            .map(|i| format!("\"k{i}\":{i},"))
            .collect::<String>()
    );
    same(&object);
    let repeats = format!("{{{}\"end\":1}}", "\"k\":1,".repeat(100_000));
    same(&repeats);
    let lines = format!("[{}x]", "1,\n".repeat(100_000));
    same(&lines);
    same(&"[".repeat(10_000));
    same(&"{\"a\":".repeat(10_000));
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
