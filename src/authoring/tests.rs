//! Locating problems in JSON text, and the playground's view of validation and import.

#![allow(clippy::expect_used)]

use super::*;

/// Asserts that `path` is located in `json` at the text `expected`.
fn check(json: &str, path: &str, expected: &str) {
    let span = locate(json, path);
    assert_eq!(
        json.get(span.start..span.end),
        Some(expected),
        "path {path:?} in {json}"
    );
}

const DOC: &str = r#"{
  "version": 1,
  "title": "A title",
  "sections": [
    { "title": "One", "items": ["a", 2, "c"] },
    { "title": "Two", "paragraphs": ["x"], "expanded": "yes" }
  ],
  "source": { "date": "2018-02-30" }
}"#;

#[test]
fn scalar_members_are_located_with_their_key() {
    check(DOC, "title", r#""title": "A title""#);
    check(DOC, "source.date", r#""date": "2018-02-30""#);
    check(DOC, "sections[1].expanded", r#""expanded": "yes""#);
}

#[test]
fn array_elements_are_located_by_index() {
    check(DOC, "sections[0].items[1]", "2");
    check(DOC, "sections[0].items[2]", r#""c""#);
}

#[test]
fn containers_are_located_by_their_key_or_opening_bracket() {
    check(DOC, "sections", r#""sections""#);
    check(DOC, "sections[1]", "{");
    check(DOC, "(root)", "{");
    check(DOC, "", "{");
}

#[test]
fn a_missing_field_is_located_at_its_object() {
    let span = locate(DOC, "sections[1].id");
    assert_eq!(line_column(DOC, span.start), (6, 5));
    check(DOC, "summaryHeading", "{");
    check(DOC, "sections[7].title", r#""sections""#);
}

#[test]
fn a_repeated_key_is_located_at_its_last_occurrence() {
    let json = "{\"title\": \"a\",\n \"title\": \"b\"}";
    check(json, "title", r#""title": "b""#);
}

#[test]
fn keys_with_escapes_dots_and_brackets_are_matched_as_written_in_paths() {
    check(r#"{"a.b": 1, "a": {"b": 2}}"#, "a.b", r#""a.b": 1"#);
    check(r#"{"a": {"b": 2}, "a.b": 1}"#, "a.b", r#""a.b": 1"#);
    check(r#"{"t\u0000x": 1}"#, "t\\u{0000}x", r#""t\u0000x": 1"#);
    check(r#"{"\u00e9t\u00e9": [1]}"#, "été[0]", "1");
    check(
        r#"{"say \"hi\"": true}"#,
        "say \"hi\"",
        r#""say \"hi\"": true"#,
    );
    let long = "k".repeat(150);
    let json = format!(r#"{{"{long}": 1}}"#);
    check(
        &json,
        &format!("{}…", "k".repeat(100)),
        &format!(r#""{long}": 1"#),
    );
}

#[test]
fn strings_holding_brackets_do_not_confuse_the_scanner() {
    check(
        r#"{"a": ["]}", "{["], "b": {"c": "}"}, "d": 4}"#,
        "d",
        r#""d": 4"#,
    );
    check(r#"{"a": "\\", "b": 1}"#, "b", r#""b": 1"#);
}

#[test]
fn text_that_is_not_json_is_located_at_its_start_or_enclosing_value() {
    assert_eq!(locate("", "title"), Span::at(0));
    check("  nope", "title", "n");
    check(r#"{"title": "#, "title", "{");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    check("\u{feff}{\"title\": 2}", "title", r#""title": 2"#);
}

#[test]
fn validate_lists_problems_with_lines_columns_and_utf16_offsets() {
    let found = validate(DOC);
    let summary: Vec<(&str, &str, usize, usize)> = found
        .iter()
        .map(|p| (p.path.as_str(), p.severity, p.line, p.column))
        .collect();
    assert_eq!(
        summary,
        [
            ("sections[0].items[1]", "error", 5, 38),
            ("sections[1].expanded", "error", 6, 44),
            ("source.date", "error", 8, 15),
        ]
    );
    let utf16: Vec<u16> = DOC.encode_utf16().collect();
    let date = found.get(2).expect("three problems");
    assert_eq!(
        String::from_utf16_lossy(utf16.get(date.start..date.end).unwrap_or_default()),
        r#""date": "2018-02-30""#
    );
}

#[test]
fn offsets_count_utf16_code_units_before_non_ascii_text() {
    let json = "{\"title\": \"中文 😀\", \"sections\": 3}";
    let found = validate(json);
    let sections = found
        .iter()
        .find(|p| p.path == "sections")
        .expect("sections problem");
    let utf16: Vec<u16> = json.encode_utf16().collect();
    assert_eq!(
        String::from_utf16_lossy(utf16.get(sections.start..sections.end).unwrap_or_default()),
        r#""sections": 3"#
    );
    assert_eq!(sections.column, 19);
}

#[test]
fn warnings_are_located_too() {
    let json = "{\n  \"title\": \"T\",\n  \"subtitel\": \"S\",\n  \"sections\": [{\"title\": \"A\", \"items\": [\"x\"]}]\n}";
    let found = validate(json);
    assert_eq!(found.len(), 1);
    let warning = found.first().expect("one warning");
    assert_eq!(
        (
            warning.path.as_str(),
            warning.severity,
            warning.line,
            warning.column
        ),
        ("subtitel", "warning", 3, 3)
    );
    assert!(warning.message.contains("did you mean `subtitle`"));
}

#[test]
fn syntax_errors_are_located_where_reading_stopped() {
    let json = "{\n  \"title\": \"T\"\n  \"sections\": []\n}";
    let found = validate(json);
    assert_eq!(found.len(), 1);
    let error = found.first().expect("one error");
    assert_eq!(error.path, "(root)");
    assert!(
        error.message.starts_with("invalid JSON"),
        "{}",
        error.message
    );
    assert_eq!((error.line, error.column), (3, 3));
    assert_eq!(json.get(error.start..error.end), Some("\""));

    let truncated = validate("{\"title\": \"é");
    let error = truncated.first().expect("one error");
    assert_eq!(error.line, 1);
    assert!(error.start <= "{\"title\": \"é".encode_utf16().count());
}

#[test]
fn a_valid_document_has_no_problems() {
    assert_eq!(
        validate(r#"{"title": "T", "sections": [{"title": "A", "items": ["x"]}]}"#),
        []
    );
}

#[test]
fn import_text_returns_pretty_json_and_warnings() {
    let result = import_text(
        "A Title\nEXECUTIVE SUMMARY\nMAIN ARGUMENT\nThe argument.\n",
        "auto",
        "",
    );
    let json = result.get("json").and_then(Value::as_str).unwrap_or("");
    assert!(json.starts_with("{\n  \"version\": 1,"), "{json}");
    let document: Value = serde_json::from_str(json).unwrap_or_default();
    assert_eq!(document.get("title"), Some(&json!("A Title")));
    assert!(validate(json).iter().all(|p| p.severity == "warning"));
    assert!(result.get("warnings").is_some_and(Value::is_array));

    let markdown = import_text("# Title\n\n## Findings\n\n- *one*\n", "markdown", "fr");
    let json = markdown.get("json").and_then(Value::as_str).unwrap_or("");
    let document: Value = serde_json::from_str(json).unwrap_or_default();
    assert_eq!(document.get("lang"), Some(&json!("fr")));
    assert_eq!(
        document.pointer("/sections/0/items/0"),
        Some(&json!("*one*"))
    );
}
