//! The hand-written reader against `serde_json::from_str::<Value>`: same value (with key order),
//! or the same error message at the same line and column. `tests/json_differential.rs` compares
//! generated texts; these are the edge cases picked by hand.
//!
//! Floats: this crate's own builds use `serde_json`'s default float reading, which the reader
//! copies; test builds get `serde_json`'s `float_roundtrip` feature from a dev-dependency
//! (`jsonschema`), which rounds correctly. So floats are compared exactly when `serde_json` reads
//! them the default way (as in `fuzz/fuzz_targets/json.rs`) and otherwise to within a few units in
//! the last place.

use serde_json::Value;

use super::*;

/// Whether this build's `serde_json` reads floats the default way: `1164115433906158533e-8` is
/// the significand rounded to an `f64`, divided by `1e8` and rounded again, 11641154339.061586,
/// where `float_roundtrip` rounds once to 11641154339.061584.
fn serde_json_default_floats() -> bool {
    let default = 1_164_115_433_906_158_533_u64 as f64 / 1e8;
    serde_json::from_str::<f64>("1164115433906158533e-8").ok() == Some(default)
}

/// Distance in units in the last place between two finite floats of the same sign.
fn ulps(a: f64, b: f64) -> u64 {
    if a.is_sign_negative() != b.is_sign_negative() {
        return if a == b { 0 } else { u64::MAX };
    }
    a.to_bits().abs_diff(b.to_bits())
}

/// Whether two values are equal, keys in the same order; floats as described above.
fn same_value(ours: &Value, theirs: &Value, exact_floats: bool) -> bool {
    match (ours, theirs) {
        (Value::Number(a), Value::Number(b)) if a.is_f64() && b.is_f64() => {
            let (a, b) = (
                a.as_f64().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(f64::NAN),
            );
            if exact_floats {
                a.to_bits() == b.to_bits()
            } else {
                ulps(a, b) <= 4
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

/// Asserts that the reader and `serde_json` agree on `text`.
#[track_caller]
fn same(text: &str) {
    let ours = value_from_str(text);
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
    let read = |text| value_from_str(text).ok();
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
    let read = |text| value_from_str(text).ok().and_then(|v| v.as_f64());
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
fn repeated_keys_keep_the_last_value_in_the_first_place_and_report_each_path_once() {
    let (value, repeated) =
        from_str(r#"{"b":0,"a":{"x":1,"x":2},"b":[{"y":1,"y":2}],"b":3}"#).unwrap_or_default();
    assert_eq!(value.to_string(), r#"{"b":3,"a":{"x":2}}"#);
    assert_eq!(repeated, ["a.x", "b[0].y", "b"]);
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
    assert!(value_from_str(&format!("{}{}", "[".repeat(127), "]".repeat(127))).is_ok());
    let err = value_from_str(&"[".repeat(128)).err();
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

#[test]
fn errors_show_as_serde_json_shows_them() {
    let err = value_from_str("{\n  \"a\": 1,\n}").err();
    assert_eq!(
        err.map(|err| (err.to_string(), err.message(), err.line(), err.column())),
        Some((
            "trailing comma at line 3 column 1".to_owned(),
            TRAILING_COMMA,
            3,
            1
        ))
    );
}

#[test]
fn powers_of_ten_are_the_nearest_floats() {
    let powers = powers_of_ten();
    assert_eq!(powers.len(), 309);
    for (n, power) in powers.iter().enumerate() {
        let nearest: f64 = format!("1e{n}").parse().unwrap_or_default();
        assert_eq!(power.to_bits(), nearest.to_bits(), "10^{n}");
    }
}
