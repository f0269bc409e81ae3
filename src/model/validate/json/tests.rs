//! The reader's own parts: repeated keys and their paths, its error's parts, and the table of
//! powers of ten it computes instead of storing. Its agreement with `serde_json::from_str::<Value>`, on edge cases
//! picked by hand and on generated texts, is checked in `tests/json_differential.rs`.

use super::*;

#[test]
fn repeated_keys_keep_the_last_value_in_the_first_place_and_report_each_path_once() {
    let (value, repeated) =
        from_str(r#"{"b":0,"a":{"x":1,"x":2},"b":[{"y":1,"y":2}],"b":3}"#).unwrap_or_default();
    assert_eq!(value.to_string(), r#"{"b":3,"a":{"x":2}}"#);
    assert_eq!(repeated, ["a.x", "b[0].y", "b"]);
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
