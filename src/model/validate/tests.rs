//! Validation of the JSON contract, one behaviour per test, driven by small fixtures.

use serde_json::{json, Value};

use super::*;

/// A valid document with nothing but the required fields.
const MINIMAL: &str = r#"{"title": "T", "sections": [{"title": "S", "items": ["i"]}]}"#;

/// Problems rendered as `path: message`.
fn shown(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

/// Every problem, rendered as `path: message`, of a document that must be rejected.
fn errors(json: &str) -> Vec<String> {
    let result = parse(json);
    assert!(
        result.is_err(),
        "expected {json} to be rejected, got {result:#?}"
    );
    shown(&result.unwrap_err())
}

/// Asserts that `json` is rejected with exactly `expected`, in order.
fn check(json: &str, expected: &[&str]) {
    assert_eq!(errors(json), expected, "problems for {json}");
}

/// The document and its warnings (as `path: message`) of a document that must be accepted.
fn accept(json: &str) -> (Document, Vec<String>) {
    let result = parse(json);
    assert_eq!(
        result.as_ref().err().map(|problems| shown(problems)),
        None,
        "expected {json} to be accepted"
    );
    let Parsed { document, warnings } = result.unwrap();
    assert!(
        warnings.iter().all(|w| w.severity() == Severity::Warning),
        "only warnings on success: {warnings:?}"
    );
    (document, shown(&warnings))
}

/// The document of a fixture that must be accepted without warnings.
fn doc(json: &str) -> Document {
    let (document, warnings) = accept(json);
    assert_eq!(warnings, Vec::<String>::new(), "no warnings for {json}");
    document
}

/// A minimal valid document with `fields` merged in at the root (replacing defaults).
fn root_with(fields: Value) -> String {
    let mut value = json!({"title": "T", "sections": [{"title": "S", "items": ["i"]}]});
    if let (Value::Object(root), Value::Object(extra)) = (&mut value, fields) {
        root.extend(extra);
    }
    value.to_string()
}

/// A document whose only sections are `sections`.
fn with_sections(sections: Value) -> String {
    root_with(json!({ "sections": sections }))
}

/// A document with one section given by `section`.
fn with_section(section: Value) -> String {
    with_sections(json!([section]))
}

/// The section ids of an accepted document.
fn ids(json: &str) -> Vec<String> {
    doc(json).sections.into_iter().map(|s| s.id).collect()
}

// ---------------------------------------------------------------- whole document

#[test]
fn accepts_minimal_document_with_defaults() {
    let document = doc(MINIMAL);
    assert_eq!(
        document,
        Document {
            version: 1,
            kind: DocumentType::Report,
            lang: "en".to_owned(),
            dir: Dir::Auto,
            kicker: None,
            title: "T".to_owned(),
            subtitle: None,
            description: None,
            summary_heading: None,
            sections: vec![Section {
                id: "s".to_owned(),
                title: "S".to_owned(),
                paragraphs: Vec::new(),
                items: vec!["i".to_owned()],
                expanded: false,
            }],
            authors: Vec::new(),
            source: None,
        }
    );
}

#[test]
fn accepts_full_document() {
    let document = doc(r#"{
      "$schema": "https://example.org/exec-summary.schema.json",
      "version": 1,
      "lang": "zh-Hans",
      "dir": "ltr",
      "kicker": "Asia Policy",
      "title": "Sino-Russian cooperation",
      "subtitle": "A stable partnership",
      "description": "The *lede*.",
      "summaryHeading": "Summary",
      "sections": [
        {"id": "argument", "title": "Main argument", "paragraphs": ["P1", "P2"], "expanded": true},
        {"title": "Policy implications", "items": ["I1", "I2"]}
      ],
      "authors": [
        {"name": "Ma Bin", "bio": "Ma Bin is an **Associate Professor**.", "url": "https://example.org/ma"},
        {"name": "Anonymous"}
      ],
      "source": {
        "title": "The full work",
        "publisher": "NBR",
        "date": "2018-07-01",
        "url": "https://example.org/work",
        "doi": "10.1353/asp.2018.0020"
      }
    }"#);
    assert_eq!(document.version, 1);
    assert_eq!(document.lang, "zh-Hans");
    assert_eq!(document.dir, Dir::Ltr);
    assert_eq!(document.kicker.as_deref(), Some("Asia Policy"));
    assert_eq!(document.title, "Sino-Russian cooperation");
    assert_eq!(document.subtitle.as_deref(), Some("A stable partnership"));
    assert_eq!(document.description.as_deref(), Some("The *lede*."));
    assert_eq!(document.summary_heading.as_deref(), Some("Summary"));
    assert_eq!(
        document.sections,
        vec![
            Section {
                id: "argument".to_owned(),
                title: "Main argument".to_owned(),
                paragraphs: vec!["P1".to_owned(), "P2".to_owned()],
                items: Vec::new(),
                expanded: true,
            },
            Section {
                id: "policy-implications".to_owned(),
                title: "Policy implications".to_owned(),
                paragraphs: Vec::new(),
                items: vec!["I1".to_owned(), "I2".to_owned()],
                expanded: false,
            },
        ]
    );
    assert_eq!(
        document.authors,
        vec![
            Author {
                name: "Ma Bin".to_owned(),
                bio: Some("Ma Bin is an **Associate Professor**.".to_owned()),
                url: Some("https://example.org/ma".to_owned()),
            },
            Author {
                name: "Anonymous".to_owned(),
                bio: None,
                url: None,
            },
        ]
    );
    assert_eq!(
        document.source,
        Some(Source {
            title: Some("The full work".to_owned()),
            publisher: Some("NBR".to_owned()),
            date: Some("2018-07-01".to_owned()),
            url: Some("https://example.org/work".to_owned()),
            doi: Some("10.1353/asp.2018.0020".to_owned()),
        })
    );
}

#[test]
fn parse_value_validates_an_already_parsed_value() {
    let value: Value = serde_json::from_str(MINIMAL).unwrap();
    assert_eq!(parse_value(&value).unwrap().document, doc(MINIMAL));
    let problems = parse_value(&json!({"sections": []})).unwrap_err();
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "title: required field is missing",
            "sections: at least one section is required",
        ]
    );
}

#[test]
fn rejects_a_root_that_is_not_an_object() {
    check("[]", &["(root): expected an object, found an array"]);
    check("null", &["(root): expected an object, found null"]);
    check(r#""text""#, &["(root): expected an object, found a string"]);
    check("42", &["(root): expected an object, found a number"]);
    check("true", &["(root): expected an object, found a boolean"]);
}

#[test]
fn problem_exposes_path_message_and_severity() {
    let problems = parse(r#"{"titel": "x", "sections": []}"#).unwrap_err();
    assert_eq!(problems.len(), 3);
    let warning = &problems[1];
    assert_eq!(warning.path(), "titel");
    assert_eq!(
        warning.message(),
        "unknown field, ignored (did you mean `title`?)"
    );
    assert_eq!(warning.severity(), Severity::Warning);
    assert!(!warning.is_error());
    let error = &problems[0];
    assert_eq!(error.path(), "title");
    assert_eq!(error.message(), "required field is missing");
    assert_eq!(error.severity(), Severity::Error);
    assert!(error.is_error());
    assert_eq!(error.to_string(), "title: required field is missing");
}

#[test]
fn root_problems_have_the_path_root() {
    let problems = parse("[]").unwrap_err();
    assert_eq!(problems[0].path(), "(root)");
}

#[test]
fn reports_every_problem_at_once_in_document_order() {
    check(
        r#"{
          "$schema": "ok",
          "version": 2,
          "lang": "english",
          "dir": "sideways",
          "kicker": 1,
          "title": "   ",
          "subtitle": [],
          "description": {},
          "summaryHeading": false,
          "sections": [
            {"title": "Main argument", "items": ["a"]},
            {"id": "Bad Id", "title": "Second", "items": ["a", "b", 3], "expanded": "yes"},
            {"title": "Empty"},
            {"id": "main-argument", "title": "Fourth", "paragraphs": ["p"]},
            {"id": "main-argument", "title": "Fifth", "paragraphs": ["p", null]}
          ],
          "authors": [{"bio": "no name", "url": "javascript:alert(1)"}, "Ma Bin"],
          "source": {"date": "2018-02-29", "url": "data:text/html,x", "doi": "doi:10.1/x"}
        }"#,
        &[
            "version: unsupported version 2: this widget reads version 1",
            "lang: `english` is not a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`",
            "dir: expected `ltr`, `rtl` or `auto`, found `sideways`",
            "kicker: expected a string, found a number",
            "title: must not be blank",
            "subtitle: expected a string, found an array",
            "description: expected a string, found an object",
            "summaryHeading: expected a string, found a boolean",
            "sections[1].id: `Bad Id` is not a valid id: use 1 to 64 lower-case letters a-z, digits and hyphens",
            "sections[1].items[2]: expected a string, found a number",
            "sections[1].expanded: expected true or false, found a string",
            "sections[2]: a section needs at least one paragraph or item",
            "sections[4].id: duplicate id `main-argument`, already used by sections[3]",
            "sections[4].paragraphs[1]: expected a string, found null",
            "authors[0].name: required field is missing",
            "authors[0].url: links must use http:, https:, mailto: or a relative URL",
            "authors[1]: expected an object, found a string",
            "source.date: `2018-02-29` is not an ISO 8601 date: use YYYY-MM-DD, YYYY-MM or YYYY",
            "source.url: links must use http:, https:, mailto: or a relative URL",
            "source.doi: `doi:10.1/x` is not a DOI: expected the form 10.1234/suffix, without a doi.org prefix",
        ],
    );
}

#[test]
fn reports_problems_in_every_section_not_just_the_first() {
    check(
        &with_sections(json!([
            {"title": "A", "items": [1]},
            {"title": "B", "items": ["ok", true]},
            {"title": "C", "paragraphs": [[]]}
        ])),
        &[
            "sections[0].items[0]: expected a string, found a number",
            "sections[1].items[1]: expected a string, found a boolean",
            "sections[2].paragraphs[0]: expected a string, found an array",
        ],
    );
}

// ---------------------------------------------------------------- JSON text

#[test]
fn tolerates_a_byte_order_mark() {
    assert_eq!(doc(&format!("\u{feff}{MINIMAL}")), doc(MINIMAL));
}

#[test]
fn tolerates_surrounding_whitespace() {
    assert_eq!(doc(&format!("\n\t {MINIMAL} \r\n")), doc(MINIMAL));
}

#[test]
fn invalid_json_reports_line_and_column() {
    check(
        "{\n  \"title\": \"T\",\n}",
        &["(root): invalid JSON: trailing comma (line 3, column 1)"],
    );
    check(
        r#"{"title": "T" "sections": []}"#,
        &["(root): invalid JSON: expected `,` or `}` (line 1, column 15)"],
    );
}

#[test]
fn truncated_json_reports_end_of_input() {
    check(
        r#"{"title": "T""#,
        &["(root): invalid JSON: EOF while parsing an object (line 1, column 13)"],
    );
}

#[test]
fn empty_input_is_invalid_json() {
    check(
        "",
        &["(root): invalid JSON: EOF while parsing a value (line 1, column 0)"],
    );
    check(
        "   ",
        &["(root): invalid JSON: EOF while parsing a value (line 1, column 3)"],
    );
}

#[test]
fn trailing_content_after_the_document_is_invalid_json() {
    check(
        &format!("{MINIMAL} {{}}"),
        &["(root): invalid JSON: trailing characters (line 1, column 62)"],
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let problems = errors(&deep);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("(root): invalid JSON: recursion limit exceeded (line 1, column "),
        "{problems:?}"
    );
}

#[test]
fn deep_nesting_inside_an_unknown_field_is_an_error_not_a_crash() {
    let deep = format!(
        r#"{{"title": "T", "extra": {}{}, "sections": [{{"title": "S", "items": ["i"]}}]}}"#,
        "{\"a\":".repeat(10_000),
        "}".repeat(10_000)
    );
    let problems = errors(&deep);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("(root): invalid JSON: recursion limit exceeded"),
        "{problems:?}"
    );
}

#[test]
fn unclosed_deep_nesting_is_an_error_not_a_crash() {
    let problems = errors(&"[".repeat(100_000));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("(root): invalid JSON: "),
        "{problems:?}"
    );
}

// ---------------------------------------------------------------- limits

#[test]
fn accepts_a_document_of_exactly_1_mib() {
    let padded = format!(
        "{MINIMAL}{}",
        " ".repeat(MAX_DOCUMENT_BYTES - MINIMAL.len())
    );
    assert_eq!(padded.len(), 1024 * 1024);
    assert_eq!(doc(&padded), doc(MINIMAL));
}

#[test]
fn rejects_a_document_over_1_mib() {
    let padded = format!(
        "{MINIMAL}{}",
        " ".repeat(MAX_DOCUMENT_BYTES + 1 - MINIMAL.len())
    );
    check(
        &padded,
        &["(root): the document is 1048577 bytes, the limit is 1048576 bytes (1 MiB)"],
    );
}

#[test]
fn document_size_limit_counts_bytes_not_characters() {
    // 400,000 three-byte characters: 1.2 MB of text although far fewer characters.
    let text = root_with(json!({ "description": "中".repeat(400_000) }));
    let problems = errors(&text);
    assert_eq!(
        problems,
        [format!(
            "(root): the document is {} bytes, the limit is 1048576 bytes (1 MiB)",
            text.len()
        )]
    );
}

#[test]
fn accepts_50_sections() {
    let sections: Vec<Value> = (1..=50)
        .map(|n| json!({"title": format!("Section {n}"), "items": ["i"]}))
        .collect();
    let document = doc(&with_sections(Value::Array(sections)));
    assert_eq!(document.sections.len(), 50);
}

#[test]
fn rejects_51_sections() {
    let sections: Vec<Value> = (1..=51)
        .map(|n| json!({"title": format!("Section {n}"), "items": ["i"]}))
        .collect();
    check(
        &with_sections(Value::Array(sections)),
        &["sections: 51 sections, the limit is 50"],
    );
}

#[test]
fn accepts_200_items() {
    let document = doc(&with_section(
        json!({"title": "S", "items": vec!["i"; MAX_LIST_LEN]}),
    ));
    assert_eq!(document.sections[0].items.len(), 200);
}

#[test]
fn rejects_201_items() {
    check(
        &with_section(json!({"title": "S", "items": vec!["i"; 201]})),
        &["sections[0].items: 201 items, the limit is 200"],
    );
}

#[test]
fn accepts_200_paragraphs() {
    let document = doc(&with_section(
        json!({"title": "S", "paragraphs": vec!["p"; 200]}),
    ));
    assert_eq!(document.sections[0].paragraphs.len(), 200);
}

#[test]
fn rejects_201_paragraphs() {
    check(
        &with_section(json!({"title": "S", "paragraphs": vec!["p"; 201]})),
        &["sections[0].paragraphs: 201 paragraphs, the limit is 200"],
    );
}

#[test]
fn list_limit_is_per_list_not_per_section() {
    let document = doc(&with_section(
        json!({"title": "S", "paragraphs": vec!["p"; 200], "items": vec!["i"; 200]}),
    ));
    assert_eq!(document.sections[0].paragraphs.len(), 200);
    assert_eq!(document.sections[0].items.len(), 200);
}

#[test]
fn rejects_201_authors() {
    let authors = vec![json!({"name": "A"}); 201];
    check(
        &root_with(json!({ "authors": authors })),
        &["authors: 201 authors, the limit is 200"],
    );
}

#[test]
fn accepts_a_string_of_20000_characters() {
    let long = "x".repeat(20_000);
    let document = doc(&root_with(json!({ "title": long })));
    assert_eq!(document.title.chars().count(), 20_000);
}

#[test]
fn rejects_a_string_of_20001_characters() {
    check(
        &root_with(json!({ "title": "x".repeat(20_001) })),
        &["title: the text is 20001 characters long, the limit is 20000"],
    );
}

#[test]
fn string_limit_counts_characters_not_bytes() {
    // 20,000 characters of three bytes each is 60,000 bytes, still within the limit.
    let document = doc(&root_with(json!({ "description": "中".repeat(20_000) })));
    assert_eq!(
        document.description.map(|d| d.chars().count()),
        Some(20_000)
    );
    check(
        &root_with(json!({ "description": "中".repeat(20_001) })),
        &["description: the text is 20001 characters long, the limit is 20000"],
    );
}

#[test]
fn string_limit_applies_to_every_text_field() {
    let long = "x".repeat(20_001);
    check(
        &root_with(json!({
            "kicker": long,
            "subtitle": long,
            "summaryHeading": long,
            "sections": [{"title": long, "paragraphs": [long], "items": ["ok", long]}],
            "authors": [{"name": long, "bio": long}],
            "source": {"title": long, "publisher": long}
        })),
        // In document order: `root_with` keeps `sections` where the minimal document has it.
        &[
            "sections[0].title: the text is 20001 characters long, the limit is 20000",
            "sections[0].paragraphs[0]: the text is 20001 characters long, the limit is 20000",
            "sections[0].items[1]: the text is 20001 characters long, the limit is 20000",
            "kicker: the text is 20001 characters long, the limit is 20000",
            "subtitle: the text is 20001 characters long, the limit is 20000",
            "summaryHeading: the text is 20001 characters long, the limit is 20000",
            "authors[0].name: the text is 20001 characters long, the limit is 20000",
            "authors[0].bio: the text is 20001 characters long, the limit is 20000",
            "source.title: the text is 20001 characters long, the limit is 20000",
            "source.publisher: the text is 20001 characters long, the limit is 20000",
        ],
    );
}

// ---------------------------------------------------------------- version

#[test]
fn version_defaults_to_1() {
    assert_eq!(doc(MINIMAL).version, 1);
    assert_eq!(doc(&root_with(json!({"version": null}))).version, 1);
}

#[test]
fn accepts_version_1() {
    assert_eq!(doc(&root_with(json!({"version": 1}))).version, 1);
}

#[test]
fn rejects_other_versions_naming_the_supported_one() {
    check(
        &root_with(json!({"version": 2})),
        &["version: unsupported version 2: this widget reads version 1"],
    );
    check(
        &root_with(json!({"version": 0})),
        &["version: unsupported version 0: this widget reads version 1"],
    );
}

#[test]
fn reads_a_version_written_with_a_zero_fraction_as_that_integer() {
    let (document, warnings) =
        accept(r#"{"version": 1.0, "title": "T", "sections": [{"title": "S", "items": ["i"]}]}"#);
    assert_eq!(document.version, 1);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn rejects_a_version_that_is_not_an_integer() {
    check(
        &root_with(json!({"version": "1"})),
        &["version: expected the integer 1, found a string"],
    );
    check(
        r#"{"version": 1.5, "title": "T", "sections": [{"title": "S", "items": ["i"]}]}"#,
        &["version: expected the integer 1, found the number 1.5"],
    );
    check(
        r#"{"version": 2.0, "title": "T", "sections": [{"title": "S", "items": ["i"]}]}"#,
        &["version: unsupported version 2: this widget reads version 1"],
    );
    check(
        &root_with(json!({"version": -1})),
        &["version: expected the integer 1, found the number -1"],
    );
    check(
        &root_with(json!({"version": true})),
        &["version: expected the integer 1, found a boolean"],
    );
}

// ---------------------------------------------------------------- type and $schema

#[test]
fn type_defaults_to_report() {
    assert_eq!(doc(MINIMAL).kind, DocumentType::Report);
    assert_eq!(
        doc(&root_with(json!({"type": null}))).kind,
        DocumentType::Report
    );
}

#[test]
fn accepts_both_types() {
    assert_eq!(
        doc(&root_with(json!({"type": "Report"}))).kind,
        DocumentType::Report
    );
    assert_eq!(
        doc(&root_with(json!({"type": "ScholarlyArticle"}))).kind,
        DocumentType::ScholarlyArticle
    );
}

#[test]
fn rejects_other_types_suggesting_the_nearest() {
    check(
        &root_with(json!({"type": "scholarlyArticle"})),
        &["type: expected `Report` or `ScholarlyArticle`, found `scholarlyArticle` (did you mean `ScholarlyArticle`?)"],
    );
    check(
        &root_with(json!({"type": "Article"})),
        &["type: expected `Report` or `ScholarlyArticle`, found `Article`"],
    );
    check(
        &root_with(json!({"type": ["Report"]})),
        &["type: expected a string, found an array"],
    );
}

#[test]
fn problems_follow_the_documents_key_order_not_the_contracts() {
    check(
        &root_with(json!({"lang": "?", "type": "Memo", "version": 2})),
        &[
            "lang: `?` is not a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`",
            "type: expected `Report` or `ScholarlyArticle`, found `Memo`",
            "version: unsupported version 2: this widget reads version 1",
        ],
    );
    // A bad `dir` written last is reported last, after the sections' problems.
    check(
        r#"{"title": "T", "sections": [{"title": "S"}], "subtitel": "x", "dir": "up"}"#,
        &[
            "sections[0]: a section needs at least one paragraph or item",
            "subtitel: unknown field, ignored (did you mean `subtitle`?)",
            "dir: expected `ltr`, `rtl` or `auto`, found `up`",
        ],
    );
}

#[test]
fn a_missing_field_is_reported_where_its_object_starts() {
    check(
        r#"{"sections": [{"items": [1]}], "lang": "?"}"#,
        &[
            "title: required field is missing",
            "sections[0].title: required field is missing",
            "sections[0].items[0]: expected a string, found a number",
            "lang: `?` is not a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`",
        ],
    );
}

#[test]
fn schema_link_must_be_a_string() {
    doc(&root_with(json!({"$schema": "./exec-summary.schema.json"})));
    doc(&root_with(json!({"$schema": null})));
    check(
        &root_with(json!({"$schema": 1})),
        &["$schema: expected a string, found a number"],
    );
}

// ---------------------------------------------------------------- lang and dir

#[test]
fn lang_defaults_to_en() {
    assert_eq!(doc(MINIMAL).lang, "en");
    assert_eq!(doc(&root_with(json!({"lang": null}))).lang, "en");
}

#[test]
fn accepts_well_formed_language_tags() {
    for tag in [
        "en",
        "EN",
        "fr",
        "ast",
        "zh-Hans",
        "zh-Hant-TW",
        "pt-BR",
        "es-419",
        "sr-Latn-RS",
        "de-CH-1996",
        "ar",
        "x-private",
        "i-klingon",
    ] {
        assert_eq!(doc(&root_with(json!({ "lang": tag }))).lang, tag);
    }
}

#[test]
fn rejects_malformed_language_tags() {
    for tag in [
        "",
        " ",
        "e",
        "english",
        "en_US",
        "en-",
        "-en",
        "en--US",
        "12",
        "en-US-toolongsubtag",
        "en US",
        "zh-汉",
    ] {
        check(
            &root_with(json!({ "lang": tag })),
            &[&format!(
                "lang: `{tag}` is not a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`"
            )],
        );
    }
}

#[test]
fn rejects_a_lang_that_is_not_a_string() {
    check(
        &root_with(json!({"lang": 7})),
        &["lang: expected a string, found a number"],
    );
}

#[test]
fn dir_defaults_to_auto() {
    assert_eq!(doc(MINIMAL).dir, Dir::Auto);
    assert_eq!(doc(&root_with(json!({"dir": null}))).dir, Dir::Auto);
}

#[test]
fn accepts_each_dir() {
    assert_eq!(doc(&root_with(json!({"dir": "ltr"}))).dir, Dir::Ltr);
    assert_eq!(doc(&root_with(json!({"dir": "rtl"}))).dir, Dir::Rtl);
    assert_eq!(doc(&root_with(json!({"dir": "auto"}))).dir, Dir::Auto);
}

#[test]
fn rejects_an_unknown_dir() {
    check(
        &root_with(json!({"dir": "RTL"})),
        &["dir: expected `ltr`, `rtl` or `auto`, found `RTL`"],
    );
    check(
        &root_with(json!({"dir": ""})),
        &["dir: expected `ltr`, `rtl` or `auto`, found ``"],
    );
    check(
        &root_with(json!({"dir": 1})),
        &["dir: expected a string, found a number"],
    );
}

// ---------------------------------------------------------------- title and optional text

#[test]
fn rejects_a_missing_title() {
    check(
        r#"{"sections": [{"title": "S", "items": ["i"]}]}"#,
        &["title: required field is missing"],
    );
}

#[test]
fn rejects_a_blank_title() {
    check(
        &root_with(json!({"title": ""})),
        &["title: must not be blank"],
    );
    check(
        &root_with(json!({"title": " \t\n\u{3000}"})),
        &["title: must not be blank"],
    );
}

#[test]
fn rejects_a_title_that_is_not_a_string() {
    check(
        &root_with(json!({"title": ["T"]})),
        &["title: expected a string, found an array"],
    );
}

#[test]
fn a_required_field_that_is_null_is_missing_as_an_absent_one_is() {
    // As a JavaScript object's `undefined` reads: the same document as JSON text has no field.
    check(
        &root_with(json!({"title": null})),
        &["title: required field is missing"],
    );
    check(
        &with_sections(json!([{"title": null, "items": ["i"]}])),
        &["sections[0].title: required field is missing"],
    );
}

#[test]
fn summary_heading_is_kept_only_when_the_document_names_it() {
    // Absent: the card's own words name it, in the card's language.
    assert_eq!(doc(MINIMAL).summary_heading, None);
    assert_eq!(
        doc(&root_with(json!({"summaryHeading": "Key points"})))
            .summary_heading
            .as_deref(),
        Some("Key points")
    );
    // Even when it is the English default's words: the document chose them.
    assert_eq!(
        doc(&root_with(json!({"summaryHeading": "Executive summary"})))
            .summary_heading
            .as_deref(),
        Some("Executive summary")
    );
}

#[test]
fn optional_strings_are_kept_verbatim() {
    let document = doc(&root_with(json!({
        "kicker": " Kicker ",
        "subtitle": "Sub *title*",
        "description": "<b>not html</b>"
    })));
    assert_eq!(document.kicker.as_deref(), Some(" Kicker "));
    assert_eq!(document.subtitle.as_deref(), Some("Sub *title*"));
    assert_eq!(document.description.as_deref(), Some("<b>not html</b>"));
}

#[test]
fn null_is_treated_as_absent_for_optional_fields() {
    let document = doc(r#"{
      "$schema": null,
      "version": null,
      "lang": null,
      "dir": null,
      "kicker": null,
      "title": "T",
      "subtitle": null,
      "description": null,
      "summaryHeading": null,
      "sections": [
        {"id": null, "title": "S", "paragraphs": null, "items": ["i"], "expanded": null},
        {"title": "Second", "paragraphs": ["p"], "items": null}
      ],
      "authors": null,
      "source": null
    }"#);
    assert_eq!(document.lang, "en");
    assert_eq!(document.dir, Dir::Auto);
    assert_eq!(document.kicker, None);
    assert_eq!(document.subtitle, None);
    assert_eq!(document.description, None);
    assert_eq!(document.summary_heading, None);
    assert_eq!(document.sections[0].id, "s");
    assert!(document.sections[0].paragraphs.is_empty());
    assert!(!document.sections[0].expanded);
    assert!(document.sections[1].items.is_empty());
    assert!(document.authors.is_empty());
    assert_eq!(document.source, None);
}

#[test]
fn null_is_treated_as_absent_inside_authors_and_source() {
    let document = doc(&root_with(json!({
        "authors": [{"name": "A", "bio": null, "url": null}],
        "source": {"title": null, "publisher": null, "date": null, "url": null, "doi": null}
    })));
    assert_eq!(
        document.authors,
        [Author {
            name: "A".to_owned(),
            bio: None,
            url: None
        }]
    );
    assert_eq!(document.source, Some(Source::default()));
}

#[test]
fn null_inside_a_list_is_not_absent() {
    check(
        &with_section(json!({"title": "S", "items": ["i", null]})),
        &["sections[0].items[1]: expected a string, found null"],
    );
}

// ---------------------------------------------------------------- sections

#[test]
fn rejects_missing_sections() {
    check(
        r#"{"title": "T"}"#,
        &["sections: required field is missing: add at least one section"],
    );
    check(
        r#"{"title": "T", "sections": null}"#,
        &["sections: required field is missing: add at least one section"],
    );
}

#[test]
fn rejects_empty_sections() {
    check(
        &with_sections(json!([])),
        &["sections: at least one section is required"],
    );
}

#[test]
fn rejects_sections_that_are_not_an_array() {
    check(
        &with_sections(json!({"title": "S", "items": ["i"]})),
        &["sections: expected an array, found an object"],
    );
}

#[test]
fn rejects_a_section_that_is_not_an_object() {
    check(
        &with_sections(json!([{"title": "S", "items": ["i"]}, "Second"])),
        &["sections[1]: expected an object, found a string"],
    );
}

#[test]
fn rejects_a_section_without_a_title() {
    check(
        &with_section(json!({"items": ["i"]})),
        &["sections[0].title: required field is missing"],
    );
    check(
        &with_section(json!({"title": " ", "items": ["i"]})),
        &["sections[0].title: must not be blank"],
    );
}

#[test]
fn rejects_a_section_without_paragraphs_or_items() {
    check(
        &with_section(json!({"title": "S"})),
        &["sections[0]: a section needs at least one paragraph or item"],
    );
    check(
        &with_section(json!({"title": "S", "paragraphs": [], "items": []})),
        &["sections[0]: a section needs at least one paragraph or item"],
    );
}

#[test]
fn accepts_a_section_with_only_paragraphs_or_only_items() {
    let document = doc(&with_sections(json!([
        {"title": "A", "paragraphs": ["p"]},
        {"title": "B", "items": ["i"], "paragraphs": []},
        {"title": "C", "paragraphs": ["p"], "items": []}
    ])));
    assert_eq!(document.sections.len(), 3);
}

#[test]
fn keeps_paragraphs_and_items_in_order() {
    let document = doc(&with_section(
        json!({"title": "S", "paragraphs": ["p1", "p2", "p3"], "items": ["i1", "i2"]}),
    ));
    assert_eq!(document.sections[0].paragraphs, ["p1", "p2", "p3"]);
    assert_eq!(document.sections[0].items, ["i1", "i2"]);
}

#[test]
fn rejects_paragraphs_or_items_that_are_not_arrays() {
    check(
        &with_section(json!({"title": "S", "paragraphs": "text", "items": ["i"]})),
        &["sections[0].paragraphs: expected an array, found a string"],
    );
    check(
        &with_section(json!({"title": "S", "paragraphs": ["p"], "items": {"a": "b"}})),
        &["sections[0].items: expected an array, found an object"],
    );
}

#[test]
fn names_the_index_of_a_non_string_item() {
    check(
        &with_sections(json!([
            {"title": "A", "items": ["i"]},
            {"title": "B", "items": ["a", "b", 3]}
        ])),
        &["sections[1].items[2]: expected a string, found a number"],
    );
}

#[test]
fn expanded_defaults_to_false() {
    assert!(!doc(MINIMAL).sections[0].expanded);
}

#[test]
fn accepts_expanded_true_and_false() {
    let document = doc(&with_sections(json!([
        {"title": "A", "items": ["i"], "expanded": true},
        {"title": "B", "items": ["i"], "expanded": false}
    ])));
    assert!(document.sections[0].expanded);
    assert!(!document.sections[1].expanded);
}

#[test]
fn rejects_expanded_that_is_not_a_boolean() {
    check(
        &with_section(json!({"title": "S", "items": ["i"], "expanded": "true"})),
        &["sections[0].expanded: expected true or false, found a string"],
    );
    check(
        &with_section(json!({"title": "S", "items": ["i"], "expanded": 1})),
        &["sections[0].expanded: expected true or false, found a number"],
    );
}

// ---------------------------------------------------------------- section ids

#[test]
fn keeps_an_explicit_id() {
    assert_eq!(
        ids(&with_section(
            json!({"id": "why-it-matters-2", "title": "S", "items": ["i"]})
        )),
        ["why-it-matters-2"]
    );
}

#[test]
fn derives_an_id_from_the_title() {
    assert_eq!(
        ids(&with_sections(json!([
            {"title": "Main argument", "items": ["i"]},
            {"title": "  Policy -- Implications! ", "items": ["i"]},
            {"title": "U.S. & Russia (2018)", "items": ["i"]}
        ]))),
        ["main-argument", "policy-implications", "u-s-russia-2018"]
    );
}

#[test]
fn deduplicates_derived_ids() {
    assert_eq!(
        ids(&with_sections(json!([
            {"title": "Main argument", "items": ["i"]},
            {"title": "Main argument", "items": ["i"]},
            {"title": "Main Argument!", "items": ["i"]}
        ]))),
        ["main-argument", "main-argument-2", "main-argument-3"]
    );
}

#[test]
fn derived_ids_never_take_an_explicit_id() {
    // The explicit id wins even when its section comes later.
    assert_eq!(
        ids(&with_sections(json!([
            {"title": "Main argument", "items": ["i"]},
            {"title": "Main argument", "items": ["i"]},
            {"id": "main-argument", "title": "Other", "items": ["i"]},
            {"id": "main-argument-2", "title": "Another", "items": ["i"]}
        ]))),
        [
            "main-argument-3",
            "main-argument-4",
            "main-argument",
            "main-argument-2"
        ]
    );
}

#[test]
fn non_ascii_title_gets_a_positional_id() {
    assert_eq!(
        ids(&with_sections(json!([
            {"title": "Main argument", "items": ["i"]},
            {"title": "主要论点", "items": ["i"]},
            {"title": "الحجة الرئيسية", "items": ["i"]}
        ]))),
        ["main-argument", "section-2", "section-3"]
    );
}

#[test]
fn positional_ids_are_deduplicated_too() {
    assert_eq!(
        ids(&with_sections(json!([
            {"title": "主要论点", "items": ["i"]},
            {"id": "section-2", "title": "Explicit", "items": ["i"]},
            {"title": "政策含义", "items": ["i"]},
            {"title": "Section 2", "items": ["i"]}
        ]))),
        ["section-1", "section-2", "section-3", "section-2-2"]
    );
}

#[test]
fn mixed_script_title_keeps_its_ascii_words() {
    assert_eq!(
        ids(&with_section(
            json!({"title": "COVID-19 与经济", "items": ["i"]})
        )),
        ["covid-19"]
    );
}

#[test]
fn derived_ids_are_valid_slugs() {
    let document = doc(&with_sections(json!([
        {"title": "A very long title that goes on and on well past the sixty character cut-off point", "items": ["i"]},
        {"title": "A very long title that goes on and on well past the sixty character cut-off point", "items": ["i"]},
        {"title": "!!!", "items": ["i"]}
    ])));
    let ids: Vec<&str> = document.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids[2], "section-3");
    for id in &ids {
        assert!(is_slug(id), "{id} is a valid slug");
    }
    assert_ne!(ids[0], ids[1]);
}

#[test]
fn rejects_duplicate_explicit_ids() {
    check(
        &with_sections(json!([
            {"id": "a", "title": "A", "items": ["i"]},
            {"id": "b", "title": "B", "items": ["i"]},
            {"id": "a", "title": "C", "items": ["i"]},
            {"id": "a", "title": "D", "items": ["i"]}
        ])),
        &[
            "sections[2].id: duplicate id `a`, already used by sections[0]",
            "sections[3].id: duplicate id `a`, already used by sections[0]",
        ],
    );
}

#[test]
fn reports_a_duplicate_id_even_when_the_section_has_other_errors() {
    check(
        &with_sections(json!([
            {"id": "a", "items": ["i"]},
            {"id": "a", "title": "B"}
        ])),
        &[
            "sections[0].title: required field is missing",
            "sections[1]: a section needs at least one paragraph or item",
            "sections[1].id: duplicate id `a`, already used by sections[0]",
        ],
    );
}

#[test]
fn rejects_an_id_that_is_not_a_slug() {
    for id in [
        "Main-Argument",
        "main argument",
        "main_argument",
        "",
        "#main",
        "café",
        "a/b",
    ] {
        check(
            &with_section(json!({"id": id, "title": "S", "items": ["i"]})),
            &[&format!(
                "sections[0].id: `{id}` is not a valid id: use 1 to 64 lower-case letters a-z, digits and hyphens"
            )],
        );
    }
}

#[test]
fn id_length_limit_is_64() {
    let ok = "a".repeat(64);
    assert_eq!(
        ids(&with_section(
            json!({"id": ok, "title": "S", "items": ["i"]})
        )),
        [ok.as_str()]
    );
    let long = "a".repeat(65);
    check(
        &with_section(json!({"id": long, "title": "S", "items": ["i"]})),
        &[&format!(
            "sections[0].id: `{long}` is not a valid id: use 1 to 64 lower-case letters a-z, digits and hyphens"
        )],
    );
}

#[test]
fn rejects_an_id_that_is_not_a_string() {
    check(
        &with_section(json!({"id": 3, "title": "S", "items": ["i"]})),
        &["sections[0].id: expected a string, found a number"],
    );
}

// ---------------------------------------------------------------- authors

#[test]
fn authors_default_to_none() {
    assert!(doc(MINIMAL).authors.is_empty());
    assert!(doc(&root_with(json!({"authors": []}))).authors.is_empty());
}

#[test]
fn rejects_an_author_without_a_name() {
    check(
        &root_with(json!({"authors": [{"name": "A"}, {"bio": "B"}, {"name": "  "}]})),
        &[
            "authors[1].name: required field is missing",
            "authors[2].name: must not be blank",
        ],
    );
}

#[test]
fn rejects_authors_that_are_not_an_array_of_objects() {
    check(
        &root_with(json!({"authors": {"name": "A"}})),
        &["authors: expected an array, found an object"],
    );
    check(
        &root_with(json!({"authors": ["A", null]})),
        &[
            "authors[0]: expected an object, found a string",
            "authors[1]: expected an object, found null",
        ],
    );
}

#[test]
fn accepts_safe_author_links() {
    for url in [
        "https://example.org/a",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG",
        "mailto:a@example.org",
        "/people/a",
        "people/a.html",
        "#a",
        "?id=3",
    ] {
        let document = doc(&root_with(json!({"authors": [{"name": "A", "url": url}]})));
        assert_eq!(document.authors[0].url.as_deref(), Some(url));
    }
}

#[test]
fn trims_whitespace_around_an_author_link() {
    let document = doc(&root_with(
        json!({"authors": [{"name": "A", "url": "  https://example.org/a\n"}]}),
    ));
    assert_eq!(
        document.authors[0].url.as_deref(),
        Some("https://example.org/a")
    );
}

#[test]
fn rejects_unsafe_author_links() {
    for url in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\u{1}javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "javascript&colon;alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org",
    ] {
        check(
            &root_with(json!({"authors": [{"name": "A", "url": url}]})),
            &["authors[0].url: links must use http:, https:, mailto: or a relative URL"],
        );
    }
}

#[test]
fn rejects_a_blank_author_link() {
    check(
        &root_with(json!({"authors": [{"name": "A", "url": " "}]})),
        &["authors[0].url: must not be blank"],
    );
    check(
        &root_with(json!({"authors": [{"name": "A", "url": ""}]})),
        &["authors[0].url: must not be blank"],
    );
}

// ---------------------------------------------------------------- source

#[test]
fn accepts_an_empty_source() {
    assert_eq!(
        doc(&root_with(json!({"source": {}}))).source,
        Some(Source::default())
    );
}

#[test]
fn rejects_a_source_that_is_not_an_object() {
    check(
        &root_with(json!({"source": "Asia Policy"})),
        &["source: expected an object, found a string"],
    );
}

#[test]
fn accepts_iso_dates_at_day_month_and_year_precision() {
    for date in [
        "2018-07-01",
        "2020-02-29",
        "2000-02-29",
        "2018-12-31",
        "2018-07",
        "2018",
        "0001",
    ] {
        let document = doc(&root_with(json!({"source": {"date": date}})));
        assert_eq!(document.source.and_then(|s| s.date).as_deref(), Some(date));
    }
}

#[test]
fn rejects_dates_that_are_not_iso_8601() {
    for date in [
        "2018-02-29",
        "1900-02-29",
        "2018-04-31",
        "2018-13-01",
        "2018-00-10",
        "2018-01-00",
        "2018-13",
        "2018-7",
        "2018-07-1",
        "18",
        "2018-07-01T00:00:00Z",
        "01/07/2018",
        "July 2018",
        "",
        "+2018",
        "２０１８",
    ] {
        check(
            &root_with(json!({"source": {"date": date}})),
            &[&format!(
                "source.date: `{date}` is not an ISO 8601 date: use YYYY-MM-DD, YYYY-MM or YYYY"
            )],
        );
    }
}

#[test]
fn accepts_a_doi() {
    for doi in [
        "10.1353/asp.2018.0020",
        "10.1000/182",
        "10.1000.10/abc(def)-<1>",
    ] {
        let document = doc(&root_with(json!({"source": {"doi": doi}})));
        assert_eq!(document.source.and_then(|s| s.doi).as_deref(), Some(doi));
    }
}

#[test]
fn rejects_something_that_is_not_a_doi() {
    for doi in [
        "https://doi.org/10.1353/asp.2018.0020",
        "doi:10.1353/asp.2018.0020",
        "10.1353",
        "10./asp",
        "10.1353/",
        "10.ab/asp",
        "11.1353/asp",
        "10.1353/asp 2018",
        "",
    ] {
        check(
            &root_with(json!({"source": {"doi": doi}})),
            &[&format!(
                "source.doi: `{doi}` is not a DOI: expected the form 10.1234/suffix, without a doi.org prefix"
            )],
        );
    }
}

#[test]
fn rejects_an_unsafe_source_link() {
    check(
        &root_with(json!({"source": {"url": "javascript:alert(1)"}})),
        &["source.url: links must use http:, https:, mailto: or a relative URL"],
    );
}

// ---------------------------------------------------------------- unknown fields

#[test]
fn unknown_fields_are_warnings_not_errors() {
    let (document, warnings) = accept(
        r#"{
          "title": "T",
          "colour": "red",
          "sections": [{"title": "S", "items": ["i"], "note": 1}],
          "authors": [{"name": "A", "email": "a@example.org"}],
          "source": {"title": "W", "isbn": "123"}
        }"#,
    );
    assert_eq!(document.title, "T");
    assert_eq!(
        warnings,
        [
            "colour: unknown field, ignored",
            "sections[0].note: unknown field, ignored",
            "authors[0].email: unknown field, ignored",
            "source.isbn: unknown field, ignored",
        ]
    );
}

#[test]
fn unknown_field_warning_suggests_a_close_known_field() {
    let (_, warnings) = accept(
        r#"{
          "title": "T",
          "subtitel": "typo",
          "summaryHeadng": "typo",
          "Kicker": "case",
          "sections": [{"title": "S", "items": ["i"], "expand": true, "paragraph": ["p"]}],
          "authors": [{"name": "A", "URL": "https://example.org"}],
          "source": {"titel": "W", "dat": "2018"}
        }"#,
    );
    assert_eq!(
        warnings,
        [
            "subtitel: unknown field, ignored (did you mean `subtitle`?)",
            "summaryHeadng: unknown field, ignored (did you mean `summaryHeading`?)",
            "Kicker: unknown field, ignored (did you mean `kicker`?)",
            "sections[0].expand: unknown field, ignored (did you mean `expanded`?)",
            "sections[0].paragraph: unknown field, ignored (did you mean `paragraphs`?)",
            "authors[0].URL: unknown field, ignored (did you mean `url`?)",
            "source.titel: unknown field, ignored (did you mean `title`?)",
            "source.dat: unknown field, ignored (did you mean `date`?)",
        ]
    );
}

#[test]
fn unknown_field_warning_suggests_nothing_for_a_distant_name() {
    let (_, warnings) = accept(&root_with(json!({"x": 1, "publisher": "P"})));
    assert_eq!(
        warnings,
        [
            "x: unknown field, ignored",
            "publisher: unknown field, ignored",
        ]
    );
}

#[test]
fn unknown_field_that_misspells_a_required_one_also_reports_the_missing_field() {
    check(
        r#"{"titel": "T", "sections": [{"title": "S", "items": ["i"]}]}"#,
        &[
            "title: required field is missing",
            "titel: unknown field, ignored (did you mean `title`?)",
        ],
    );
}

#[test]
fn schema_field_is_known() {
    doc(&root_with(
        json!({"$schema": "https://example.org/schema.json"}),
    ));
}

#[test]
fn warnings_are_listed_with_errors_when_the_document_is_rejected() {
    let problems = parse(&root_with(json!({"colour": "red", "version": 3}))).unwrap_err();
    let severities: Vec<Severity> = problems.iter().map(Problem::severity).collect();
    assert_eq!(severities, [Severity::Warning, Severity::Error]);
}

// ---------------------------------------------------------------- helpers

#[test]
fn closest_ignores_case_and_allows_two_edits() {
    assert_eq!(closest("Title", DOCUMENT_FIELDS), Some("title"));
    assert_eq!(closest("tilte", DOCUMENT_FIELDS), Some("title"));
    assert_eq!(closest("section", DOCUMENT_FIELDS), Some("sections"));
    assert_eq!(closest("autors", DOCUMENT_FIELDS), Some("authors"));
    assert_eq!(closest("abstract", DOCUMENT_FIELDS), None);
    // Two edits would turn `x` into `id`, but that replaces the whole name.
    assert_eq!(closest("x", SECTION_FIELDS), None);
}

#[test]
fn edit_distance_counts_insertions_deletions_and_substitutions() {
    assert_eq!(edit_distance("", ""), 0);
    assert_eq!(edit_distance("abc", ""), 3);
    assert_eq!(edit_distance("", "abc"), 3);
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(edit_distance("title", "titel"), 2);
    assert_eq!(edit_distance("lang", "lang"), 0);
    assert_eq!(edit_distance("论点", "论"), 1);
}
