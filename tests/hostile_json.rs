//! Hostile JSON shapes get one clear error, not a crash, a hang or a flood of problems: huge
//! numbers, repeated keys, 1 MiB strings and keys, 100,000-element arrays. (Deep nesting is
//! covered beside the validator, `src/model/validate/tests.rs`.) `scripts/hostile-json.sh` measures
//! the time and memory the CLI takes on each shape.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use exec_summary::model::{parse, MAX_DOCUMENT_BYTES};

const SECTIONS: &str = r#""sections": [{"title": "S", "items": ["i"]}]"#;

/// Every problem of a rejected document, as `path: message`.
fn problems(json: &str) -> Vec<String> {
    match parse(json) {
        Ok(parsed) => panic!("accepted: {:?}", parsed.document),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn check(json: &str, expected: &[&str]) {
    assert_eq!(problems(json), expected);
}

#[test]
fn a_number_beyond_f64_is_invalid_json() {
    let json = format!(r#"{{"version": 1e400, "title": "T", {SECTIONS}}}"#);
    check(
        &json,
        &["(root): invalid JSON: number out of range (line 1, column 17)"],
    );
}

#[test]
fn a_number_beyond_f64_in_an_unknown_field_is_invalid_json_too() {
    let json = format!(r#"{{"extra": [-1e99999], "title": "T", {SECTIONS}}}"#);
    check(
        &json,
        &["(root): invalid JSON: number out of range (line 1, column 19)"],
    );
}

#[test]
fn a_version_of_2_to_the_64_plus_1_is_not_the_integer_1() {
    let json = format!(r#"{{"version": 18446744073709551617, "title": "T", {SECTIONS}}}"#);
    check(
        &json,
        &["version: expected the integer 1, found the number 18446744073709552000"],
    );
}

#[test]
fn a_version_of_2_to_the_64_minus_1_is_unsupported() {
    let json = format!(r#"{{"version": 18446744073709551615, "title": "T", {SECTIONS}}}"#);
    check(
        &json,
        &["version: unsupported version 18446744073709551615: this widget reads version 1"],
    );
}

#[test]
fn a_repeated_key_is_an_error_at_its_path() {
    let json = format!(r#"{{"title": "a", "title": "b", {SECTIONS}}}"#);
    check(
        &json,
        &["title: repeated key: JSON readers disagree on which value counts, keep only one"],
    );
}

#[test]
fn a_repeated_key_inside_a_section_names_the_section() {
    let json = r#"{"title": "T", "sections": [{"title": "S", "items": ["i"]},
        {"title": "S2", "items": ["i"], "expanded": true, "expanded": false}]}"#;
    check(
        json,
        &["sections[1].expanded: repeated key: JSON readers disagree on which value counts, keep \
           only one"],
    );
}

#[test]
fn a_key_given_three_times_is_reported_once() {
    let json =
        format!(r#"{{"kicker": "a", "kicker": "b", "kicker": "c", "title": "T", {SECTIONS}}}"#);
    assert_eq!(problems(&json).len(), 1);
}

#[test]
fn a_repeated_key_comes_first_among_the_problems_at_its_place() {
    let json = r#"{"title": "a", "title": "", "sections": [], "x": 1, "x": 2}"#;
    check(
        json,
        &[
            "title: repeated key: JSON readers disagree on which value counts, keep only one",
            "title: must not be blank",
            "sections: at least one section is required",
            "x: repeated key: JSON readers disagree on which value counts, keep only one",
            "x: unknown field, ignored",
        ],
    );
}

#[test]
fn equal_keys_in_different_objects_are_not_repeats() {
    let json = r#"{"title": "T", "sections": [{"title": "A", "items": ["i"]}, {"title": "B", "items": ["i"]}],
        "source": {"title": "S"}}"#;
    assert!(parse(json).is_ok());
}

#[test]
fn a_1_mib_string_is_refused_for_its_length() {
    let long = "x".repeat(MAX_DOCUMENT_BYTES - 100);
    let json = format!(r#"{{"title": "{long}", {SECTIONS}}}"#);
    check(
        &json,
        &["title: the text is 1048476 characters long, the limit is 20000"],
    );
}

#[test]
fn a_1_mib_string_in_a_document_over_1_mib_is_refused_for_the_document_size() {
    let long = "x".repeat(MAX_DOCUMENT_BYTES);
    let json = format!(r#"{{"title": "{long}", {SECTIONS}}}"#);
    check(
        &json,
        &[&format!(
            "(root): the document is {} bytes, the limit is 1048576 bytes (1 MiB)",
            json.len()
        )],
    );
}

#[test]
fn a_1_mib_unknown_key_is_shortened_in_its_warning() {
    let key = "k".repeat(MAX_DOCUMENT_BYTES - 100);
    let json = format!(r#"{{"{key}": 0, "title": "T", {SECTIONS}}}"#);
    let warnings = parse(&json).unwrap().warnings;
    assert_eq!(
        warnings[0].to_string(),
        format!("{}…: unknown field, ignored", "k".repeat(100))
    );
}

#[test]
fn a_100000_element_section_list_is_one_error() {
    let sections = vec!["{}"; 100_000].join(",");
    check(
        &format!(r#"{{"title": "T", "sections": [{sections}]}}"#),
        &["sections: 100000 sections, the limit is 50"],
    );
}

#[test]
fn a_100000_element_item_list_is_one_error() {
    let items = vec!["1"; 100_000].join(",");
    check(
        &format!(r#"{{"title": "T", "sections": [{{"title": "S", "items": [{items}]}}]}}"#),
        &["sections[0].items: 100000 items, the limit is 200"],
    );
}

#[test]
fn a_100000_element_author_list_is_one_error() {
    let authors = vec!["null"; 100_000].join(",");
    check(
        &format!(r#"{{"title": "T", {SECTIONS}, "authors": [{authors}]}}"#),
        &["authors: 100000 authors, the limit is 200"],
    );
}

#[test]
fn a_100000_element_array_in_an_unknown_field_is_one_warning() {
    let list = vec!["[]"; 100_000].join(",");
    let parsed = parse(&format!(
        r#"{{"title": "T", {SECTIONS}, "extra": [{list}]}}"#
    ))
    .unwrap();
    let warnings: Vec<String> = parsed.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings, ["extra: unknown field, ignored"]);
}

#[test]
fn a_repeated_key_inside_an_ignored_value_is_still_an_error_listed_last() {
    let json =
        r#"{"extra": {"a": 1, "a": 2}, "title": "", "sections": [{"title": "S", "items": ["i"]}]}"#;
    check(
        json,
        &[
            "extra: unknown field, ignored",
            "title: must not be blank",
            "extra.a: repeated key: JSON readers disagree on which value counts, keep only one",
        ],
    );
}
