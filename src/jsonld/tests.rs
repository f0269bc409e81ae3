//! The JSON-LD builder: which schema.org properties each contract field becomes.

use serde_json::{json, Value};

use super::*;
use crate::model::parse;

fn ld(json: &str) -> Value {
    let parsed = parse(json).unwrap_or_else(|problems| panic!("invalid fixture: {problems:?}"));
    json_ld(&parsed.document)
}

#[test]
fn minimal_document_is_a_report_with_headline_and_language() {
    assert_eq!(
        ld(r#"{"title": "T", "sections": [{"title": "S", "items": ["i"]}]}"#),
        json!({
            "@context": "https://schema.org",
            "@type": "Report",
            "headline": "T",
            "inLanguage": "en",
        })
    );
}

#[test]
fn full_document_maps_every_field() {
    let value = ld(r#"{
      "type": "ScholarlyArticle",
      "lang": "en-GB",
      "kicker": "Asia Policy",
      "title": "Sino-Russian cooperation",
      "subtitle": "Chinese perspectives",
      "description": "An *essay* on [relations](https://example.org/r).",
      "sections": [{"title": "S", "items": ["i"]}],
      "authors": [
        {"name": "Ma Bin", "bio": "Ma Bin is a **professor**.", "url": "https://example.org/ma"},
        {"name": "Anonymous"}
      ],
      "source": {
        "title": "The full work",
        "publisher": "NBR",
        "date": "2018-07",
        "url": "https://example.org/work",
        "doi": "10.1353/asp.2018.0020"
      }
    }"#);
    assert_eq!(
        value,
        json!({
            "@context": "https://schema.org",
            "@type": "ScholarlyArticle",
            "headline": "Sino-Russian cooperation",
            "alternativeHeadline": "Chinese perspectives",
            "abstract": "An essay on relations.",
            "inLanguage": "en-GB",
            "author": [
                {
                    "@type": "Person",
                    "name": "Ma Bin",
                    "url": "https://example.org/ma",
                    "description": "Ma Bin is a professor.",
                },
                { "@type": "Person", "name": "Anonymous" },
            ],
            "name": "The full work",
            "datePublished": "2018-07",
            "publisher": { "@type": "Organization", "name": "NBR" },
            "url": "https://example.org/work",
            "identifier": {
                "@type": "PropertyValue",
                "propertyID": "DOI",
                "value": "10.1353/asp.2018.0020",
                "url": "https://doi.org/10.1353/asp.2018.0020",
            },
        })
    );
}

#[test]
fn unsafe_links_in_markup_keep_only_their_label() {
    let value = ld(
        r#"{"title": "T", "description": "See [this](javascript:alert(1)) now", "sections": [{"title": "S", "items": ["i"]}]}"#,
    );
    assert_eq!(value["abstract"], json!("See this now"));
}

#[test]
fn script_json_escapes_what_could_end_the_script_element() {
    let value = json!({"a": "</script><!-- & -->"});
    let text = script_json(&value);
    assert_eq!(
        text,
        r#"{"a":"\u003c/script\u003e\u003c!-- \u0026 --\u003e"}"#
    );
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
}

#[test]
fn script_element_wraps_the_escaped_json() {
    let parsed = parse(
        r#"{"title": "</script><script>alert(1)</script>", "sections": [{"title": "S", "items": ["i"]}]}"#,
    )
    .unwrap();
    let script = json_ld_script(&parsed.document);
    assert!(script.starts_with("<script type=\"application/ld+json\">{"));
    assert!(script.ends_with("}</script>"));
    assert_eq!(script.matches("</script>").count(), 1, "{script}");
    assert_eq!(
        script.matches('<').count(),
        2,
        "only the element's own tags: {script}"
    );
}
