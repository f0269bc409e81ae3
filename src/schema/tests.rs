//! The generated schema's shape: draft, property names in step with the validator, patterns.

use serde_json::Value;

use super::*;
use crate::model::{AUTHOR_FIELDS, DOCUMENT_FIELDS, SECTION_FIELDS, SOURCE_FIELDS};

fn property_names(schema: &Value) -> Vec<String> {
    schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .cloned()
        .collect()
}

/// The definition a `$ref` (possibly inside `anyOf` with `null`) points at.
fn resolve<'s>(root: &'s Value, property: &'s Value) -> &'s Value {
    let reference = property["$ref"].as_str().or_else(|| {
        property["anyOf"]
            .as_array()
            .and_then(|options| options.iter().find_map(|o| o["$ref"].as_str()))
    });
    match reference {
        Some(pointer) => root
            .pointer(pointer.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("dangling {pointer}")),
        None => property,
    }
}

#[test]
fn is_a_draft_2020_12_schema() {
    let schema = json_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["type"], "object");
}

#[test]
fn properties_match_the_fields_validate_knows() {
    let schema = json_schema();
    assert_eq!(property_names(&schema), DOCUMENT_FIELDS);
    let section = resolve(&schema, &schema["properties"]["sections"]["items"]);
    assert_eq!(property_names(section), SECTION_FIELDS);
    let author = resolve(&schema, &schema["properties"]["authors"]["items"]);
    assert_eq!(property_names(author), AUTHOR_FIELDS);
    let source = resolve(&schema, &schema["properties"]["source"]);
    assert_eq!(property_names(source), SOURCE_FIELDS);
}

#[test]
fn required_fields_are_title_and_sections() {
    let schema = json_schema();
    assert_eq!(schema["required"], serde_json::json!(["title", "sections"]));
}

#[test]
fn unknown_fields_are_flagged_everywhere() {
    let schema = json_schema();
    assert_eq!(schema["additionalProperties"], false);
    for name in ["section", "author", "source"] {
        assert_eq!(
            schema["$defs"][name]["additionalProperties"], false,
            "{name}"
        );
    }
}

#[test]
fn text_is_pretty_json_ending_with_a_newline() {
    let text = json_schema_text();
    assert!(text.starts_with("{\n  \""));
    assert!(text.ends_with("}\n"));
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), json_schema());
}
