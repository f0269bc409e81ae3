//! `exec-summary schema`: the JSON Schema of the contract, checked against `validate` on valid
//! and invalid documents in both directions, as an editor using the schema would judge them.
#![cfg(all(not(target_arch = "wasm32"), feature = "schema"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::cli::{code, run, stderr, stdout};
use common::example_files;
use exec_summary::model::parse;
use exec_summary::schema::{json_schema, json_schema_text};
use serde_json::{json, Value};

/// What `validate` says: `Ok(true)` valid and clean, `Ok(false)` valid with warnings, `Err` invalid.
fn validate(document: &Value) -> Result<bool, Vec<String>> {
    match parse(&document.to_string()) {
        Ok(parsed) => Ok(parsed.warnings.is_empty()),
        Err(problems) => Err(problems.iter().map(ToString::to_string).collect()),
    }
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&json_schema()).expect("the schema compiles")
}

/// Asserts that the schema accepts exactly the documents `validate` accepts without warnings.
fn assert_agree(validator: &jsonschema::Validator, document: &Value) {
    let by_validate = validate(document);
    let schema_errors: Vec<String> = validator
        .iter_errors(document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert_eq!(
        by_validate == Ok(true),
        schema_errors.is_empty(),
        "validate and the schema disagree on {document}\nvalidate: {by_validate:?}\nschema: {schema_errors:?}"
    );
}

/// A minimal valid document with `fields` merged in at the root.
fn root_with(fields: Value) -> Value {
    let mut document = json!({"title": "T", "sections": [{"title": "S", "items": ["i"]}]});
    document
        .as_object_mut()
        .unwrap()
        .extend(fields.as_object().unwrap().clone());
    document
}

fn with_section(section: Value) -> Value {
    root_with(json!({ "sections": [section] }))
}

fn with_source(field: &str, value: Value) -> Value {
    root_with(json!({ "source": { field: value } }))
}

#[test]
fn the_command_prints_the_generated_schema() {
    let output = run(&["schema"], None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), json_schema_text());
    assert_eq!(stderr(&output), "");
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let schema = json_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(jsonschema::meta::is_valid(&schema));
}

#[test]
fn every_example_is_valid_by_both() {
    let validator = validator();
    for file in example_files() {
        let document: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(validate(&document), Ok(true), "{}", file.display());
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", file.display());
    }
}

#[test]
fn valid_documents_are_valid_by_both() {
    let validator = validator();
    let full = json!({
        "$schema": "./exec-summary.schema.json",
        "version": 1,
        "type": "ScholarlyArticle",
        "lang": "zh-Hans-CN",
        "dir": "rtl",
        "kicker": "K",
        "title": "T",
        "subtitle": "S",
        "description": "*D*",
        "summaryHeading": "H",
        "sections": [
            {"id": "a-1", "title": "A", "paragraphs": ["p"], "items": [], "expanded": true},
            {"title": "B", "paragraphs": [], "items": ["i"], "expanded": null}
        ],
        "authors": [{"name": "N", "bio": "B", "url": "mailto:n@example.org"}, {"name": "M"}],
        "source": {"title": "T", "publisher": "P", "date": "2020-02-29", "url": "/work", "doi": "10.1000/x.y/z"}
    });
    let with_nulls = root_with(json!({
        "$schema": null, "version": null, "type": null, "lang": null, "dir": null, "kicker": null,
        "subtitle": null, "description": null, "summaryHeading": null, "authors": null, "source": null
    }));
    for document in [
        full,
        with_nulls,
        with_section(json!({"title": "S", "paragraphs": ["p"], "items": null, "id": null})),
    ] {
        assert_eq!(validate(&document), Ok(true), "{document}");
        assert_agree(&validator, &document);
    }
}

#[test]
fn invalid_documents_are_invalid_by_both() {
    let validator = validator();
    let long = "x".repeat(20_001);
    let many_sections: Vec<Value> = (0..51)
        .map(|i| json!({"title": format!("S{i}"), "items": ["i"]}))
        .collect();
    let many_authors: Vec<Value> = (0..201).map(|_| json!({"name": "N"})).collect();
    let invalid = [
        json!([]),
        json!({"sections": [{"title": "S", "items": ["i"]}]}),
        root_with(json!({"title": null})),
        root_with(json!({"title": ""})),
        root_with(json!({"title": " \t\n"})),
        root_with(json!({"title": "\u{3000}\u{a0}\u{2028}"})),
        root_with(json!({"title": 5})),
        root_with(json!({"title": long})),
        root_with(json!({"version": 2})),
        root_with(json!({"version": "1"})),
        root_with(json!({"type": "Article"})),
        root_with(json!({"type": "report"})),
        root_with(json!({"$schema": 1})),
        root_with(json!({"lang": "english"})),
        root_with(json!({"lang": "en-"})),
        root_with(json!({"lang": "en-abcdefghi"})),
        root_with(json!({"dir": "up"})),
        root_with(json!({"kicker": 5})),
        root_with(json!({"description": long})),
        root_with(json!({"summaryHeading": ["H"]})),
        root_with(json!({"sections": []})),
        root_with(json!({"sections": null})),
        root_with(json!({"sections": {}})),
        root_with(json!({"sections": many_sections})),
        with_section(json!({"title": "S"})),
        with_section(json!({"title": "S", "items": []})),
        with_section(json!({"title": "S", "items": null, "paragraphs": []})),
        with_section(json!({"title": "S", "paragraphs": [1]})),
        with_section(json!({"title": "", "items": ["i"]})),
        with_section(json!({"items": ["i"]})),
        with_section(json!({"id": "Bad Id", "title": "S", "items": ["i"]})),
        with_section(json!({"id": "", "title": "S", "items": ["i"]})),
        with_section(json!({"id": "a".repeat(65), "title": "S", "items": ["i"]})),
        with_section(json!({"title": "S", "items": ["i"], "expanded": "yes"})),
        with_section(json!({"title": "S", "items": ["i".repeat(20_001)]})),
        with_section(json!({"title": "S", "items": vec!["i"; 201]})),
        root_with(json!({"authors": [{}]})),
        root_with(json!({"authors": [{"name": " "}]})),
        root_with(json!({"authors": [{"name": "N", "url": "javascript:alert(1)"}]})),
        root_with(json!({"authors": many_authors})),
        root_with(json!({"authors": {}})),
        root_with(json!({"source": "NBR"})),
        with_source("date", json!("2018-02-30")),
        with_source("date", json!("2019-02-29")),
        with_source("date", json!("1900-02-29")),
        with_source("date", json!("2018-13")),
        with_source("date", json!("18-01-01")),
        with_source("doi", json!("https://doi.org/10.1/x")),
        with_source("doi", json!("10.1/ x")),
        with_source("doi", json!("10.1/")),
        with_source("url", json!("")),
        with_source("url", json!(5)),
        root_with(json!({"title": "a\u{1}b"})),
        root_with(json!({"$schema": "x\u{7f}"})),
        root_with(json!({"kicker": "\u{9b}"})),
        with_section(json!({"title": "S", "paragraphs": ["p\u{0}"]})),
        with_section(json!({"title": "S", "items": ["\u{1b}[31mred"]})),
        root_with(json!({"authors": [{"name": "N", "bio": "b\u{8}"}]})),
        with_source("publisher", json!("P\u{c}")),
        with_source("doi", json!("10.1/x\u{1}")),
    ];
    for document in &invalid {
        assert!(validate(document).is_err(), "validate accepts {document}");
        assert_agree(&validator, document);
    }
}

#[test]
fn unknown_fields_are_warned_about_by_validate_and_rejected_by_the_schema() {
    let validator = validator();
    for document in [
        root_with(json!({"titel": "typo"})),
        with_section(json!({"title": "S", "items": ["i"], "colour": "red"})),
        root_with(json!({"authors": [{"name": "N", "email": "x"}]})),
        with_source("isbn", json!("123")),
    ] {
        assert_eq!(
            validate(&document),
            Ok(false),
            "a warning, not an error: {document}"
        );
        assert!(
            !validator.is_valid(&document),
            "the schema flags {document}"
        );
    }
}

#[test]
fn field_values_are_judged_alike() {
    let validator = validator();
    let urls = [
        "https://example.org/a",
        "HTTP://EXAMPLE.ORG",
        "mailto:a@example.org",
        "/relative",
        "rel/a:b",
        "?q=1",
        "#frag",
        "a",
        " https://x ",
        "\u{1}https://x",
        "ht\ttp://x",
        "h\nttps://x",
        "javascript:alert(1)",
        "JaVaScRiPt:x",
        "java\tscript:x",
        " javascript:x",
        "data:text/html,x",
        "vbscript:x",
        "a&b",
        "a\\b",
        "x&colon;y",
        "https://x\u{1}y",
        "https://x\u{7f}",
        "https://x\u{85}",
        "",
        " ",
        "\t\n",
        "ht tp://x",
        "http:",
        "https:/x",
        ":x",
        "mailto",
        "mailtox:y",
        "\u{a0}https://x",
    ];
    for url in urls {
        assert_agree(&validator, &with_source("url", json!(url)));
        assert_agree(
            &validator,
            &root_with(json!({"authors": [{"name": "N", "url": url}]})),
        );
    }
    let dates = [
        "2018",
        "2018-07",
        "2018-07-01",
        "2018-12-31",
        "2018-04-31",
        "2018-06-30",
        "2000-02-29",
        "2004-02-29",
        "2100-02-29",
        "2400-02-29",
        "0000-02-29",
        "2018-02-28",
        "2018-00",
        "2018-7",
        "2018-07-1",
        "20180701",
        "2018-07-01T00:00",
        "٢٠١٨",
        " 2018",
        "2018-02-29",
    ];
    for date in dates {
        assert_agree(&validator, &with_source("date", json!(date)));
    }
    let dois = [
        "10.1353/asp.2018.0020",
        "10.1000/a/b",
        "10.1.2/x",
        "10../x",
        "10./x",
        "10.a/x",
        "11.1/x",
        "10.1/x y",
        "10.1/x\u{3000}",
        "10.1/\u{85}",
        "doi:10.1/x",
        "10.1",
    ];
    for doi in dois {
        assert_agree(&validator, &with_source("doi", json!(doi)));
    }
    let langs = [
        "en",
        "zh-Hans",
        "pt-BR",
        "x-klingon",
        "i-navajo",
        "eng",
        "e",
        "engl",
        "en_GB",
        "en-",
        "-en",
        "en--GB",
        "de-1996",
        "x",
    ];
    for lang in langs {
        assert_agree(&validator, &root_with(json!({ "lang": lang })));
    }
    let titles = [
        "T",
        " T ",
        "",
        " ",
        "\u{85}",
        "\u{feff}",
        "\u{200b}",
        "\u{3000}x",
        "a\tb\nc\r",
        "\u{1}x",
        "x\u{9f}",
        "\t\u{85}",
        "\u{1680}",
    ];
    for title in titles {
        assert_agree(&validator, &root_with(json!({ "title": title })));
    }
}

#[test]
fn what_the_schema_cannot_express_is_left_to_validate() {
    let validator = validator();
    // Unique section ids: JSON Schema has no way to compare fields across array items.
    let duplicate_ids = root_with(json!({"sections": [
        {"id": "a", "title": "A", "items": ["i"]},
        {"id": "a", "title": "B", "items": ["i"]}
    ]}));
    assert_eq!(
        validate(&duplicate_ids),
        Err(vec![
            "sections[1].id: duplicate id `a`, already used by sections[0]".to_owned()
        ])
    );
    assert!(validator.is_valid(&duplicate_ids));
    let description = json_schema()["description"].as_str().unwrap().to_owned();
    assert!(
        description.contains("1 MiB") && description.contains("unique"),
        "{description}"
    );
}
