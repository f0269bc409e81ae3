//! `render --jsonld` read back the way a crawler reads it: find the JSON-LD script, parse it,
//! check it against the schema.org vocabulary, and check that it says what the card shows.
#![cfg(all(not(target_arch = "wasm32"), feature = "schema"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::cli::{code, path_str, run, stderr, stdout};
use common::{decode_entities, element_with_class, example_files};
use serde_json::{Map, Value};

/// Properties schema.org defines for each type the card emits, inherited ones included
/// (https://schema.org/Report, /ScholarlyArticle, /Article, /CreativeWork, /Person,
/// /Organization, /PropertyValue, /Thing). Not every property: enough to tell a real one from a
/// made-up or misspelt one.
fn properties(schema_type: &str) -> Vec<&'static str> {
    const THING: &[&str] = &[
        "additionalType",
        "alternateName",
        "description",
        "disambiguatingDescription",
        "identifier",
        "image",
        "mainEntityOfPage",
        "name",
        "potentialAction",
        "sameAs",
        "subjectOf",
        "url",
    ];
    const CREATIVE_WORK: &[&str] = &[
        "about",
        "abstract",
        "accessMode",
        "accessibilityFeature",
        "accountablePerson",
        "alternativeHeadline",
        "author",
        "citation",
        "comment",
        "contributor",
        "copyrightHolder",
        "copyrightYear",
        "creator",
        "dateCreated",
        "dateModified",
        "datePublished",
        "editor",
        "genre",
        "hasPart",
        "headline",
        "inLanguage",
        "isAccessibleForFree",
        "isBasedOn",
        "isPartOf",
        "keywords",
        "license",
        "mentions",
        "publisher",
        "sourceOrganization",
        "text",
        "thumbnailUrl",
        "version",
    ];
    const ARTICLE: &[&str] = &[
        "articleBody",
        "articleSection",
        "backstory",
        "pageEnd",
        "pageStart",
        "pagination",
        "speakable",
        "wordCount",
    ];
    const PERSON: &[&str] = &[
        "affiliation",
        "alumniOf",
        "email",
        "familyName",
        "givenName",
        "honorificPrefix",
        "jobTitle",
        "worksFor",
    ];
    const ORGANIZATION: &[&str] = &[
        "address",
        "email",
        "legalName",
        "logo",
        "parentOrganization",
    ];
    const PROPERTY_VALUE: &[&str] = &[
        "maxValue",
        "measurementTechnique",
        "minValue",
        "propertyID",
        "unitCode",
        "unitText",
        "value",
        "valueReference",
    ];
    let own: &[&[&str]] = match schema_type {
        "Report" => &[CREATIVE_WORK, ARTICLE, &["reportNumber"]],
        "ScholarlyArticle" => &[CREATIVE_WORK, ARTICLE],
        "Person" => &[PERSON],
        "Organization" => &[ORGANIZATION],
        "PropertyValue" => &[PROPERTY_VALUE],
        other => panic!("`{other}` is not a type the card should emit"),
    };
    THING
        .iter()
        .chain(own.iter().flat_map(|p| p.iter()))
        .copied()
        .collect()
}

/// The types schema.org expects as values of the object-valued properties the card uses.
fn expected_types(property: &str) -> &'static [&'static str] {
    match property {
        "author" => &["Person", "Organization"],
        "publisher" => &["Organization", "Person"],
        "identifier" => &["PropertyValue"],
        other => panic!("`{other}` should hold text, not an object"),
    }
}

/// Every JSON-LD block in the page, parsed.
fn json_ld_blocks(html: &str) -> Vec<Value> {
    let open = "<script type=\"application/ld+json\">";
    html.match_indices(open)
        .map(|(at, _)| {
            let body = &html[at + open.len()..];
            let end = body.find("</script>").expect("closed script");
            serde_json::from_str(&body[..end]).expect("JSON-LD parses")
        })
        .collect()
}

/// Checks one node and everything under it against the vocabulary.
fn check_node(node: &Map<String, Value>, path: &str) {
    let schema_type = node["@type"]
        .as_str()
        .unwrap_or_else(|| panic!("{path}: no @type"));
    let allowed = properties(schema_type);
    for (key, value) in node {
        if key.starts_with('@') {
            assert!(
                ["@context", "@type"].contains(&key.as_str()),
                "{path}.{key}"
            );
            continue;
        }
        assert!(
            allowed.contains(&key.as_str()),
            "{path}: `{key}` is not a schema.org property of {schema_type}"
        );
        let children: Vec<&Value> = match value {
            Value::Array(list) => list.iter().collect(),
            other => vec![other],
        };
        for child in children {
            match child {
                Value::Object(object) => {
                    let child_type = object["@type"].as_str().unwrap();
                    assert!(
                        expected_types(key).contains(&child_type),
                        "{path}.{key} holds a {child_type}"
                    );
                    check_node(object, &format!("{path}.{key}"));
                }
                Value::String(text) => assert!(!text.trim().is_empty(), "{path}.{key} is blank"),
                other => panic!("{path}.{key}: unexpected {other}"),
            }
        }
    }
}

/// The text content of an element, as the DOM's `textContent` gives it: tags removed (inline
/// markup leaves no space behind), entities decoded.
fn shown(html: &str, class: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in element_with_class(html, class).chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    decode_entities(&text).trim().to_owned()
}

/// Renders `args` with --jsonld and returns the page and its single JSON-LD node.
fn render_with_json_ld(args: &[&str], stdin: Option<&str>) -> (String, Map<String, Value>) {
    let mut args = args.to_vec();
    args.push("--jsonld");
    let output = run(&args, stdin);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    let mut blocks = json_ld_blocks(&html);
    assert_eq!(blocks.len(), 1, "one JSON-LD block");
    let Value::Object(node) = blocks.remove(0) else {
        panic!("the JSON-LD is an object");
    };
    (html, node)
}

const FULL_DOC: &str = r#"{
  "type": "ScholarlyArticle",
  "lang": "en-GB",
  "title": "Sino-Russian cooperation",
  "subtitle": "Chinese perspectives",
  "description": "An *essay* on [relations](https://example.org/r) & **outlooks**.",
  "sections": [{"title": "S", "items": ["i"]}],
  "authors": [
    {"name": "Ma Bin", "bio": "Ma Bin is an **Associate Professor** at [Fudan](https://fudan.example).", "url": "https://example.org/ma"},
    {"name": "Zhang Jian", "bio": "Secretary-General of the *Center*."}
  ],
  "source": {
    "title": "Present and Future Sino-Russian Cooperation",
    "publisher": "The National Bureau of Asian Research",
    "date": "2018-07-01",
    "url": "https://example.org/work",
    "doi": "10.1353/asp.2018.0020"
  }
}"#;

#[test]
fn every_example_reads_as_schema_org() {
    for file in example_files() {
        let (_, node) = render_with_json_ld(&["render", path_str(&file)], None);
        assert_eq!(node["@context"], "https://schema.org", "{}", file.display());
        assert_eq!(node["@type"], "Report", "{}", file.display());
        check_node(&node, &file.display().to_string());
    }
}

#[test]
fn a_full_document_reads_as_schema_org() {
    let (_, node) = render_with_json_ld(&["render", "-"], Some(FULL_DOC));
    assert_eq!(node["@context"], "https://schema.org");
    assert_eq!(node["@type"], "ScholarlyArticle");
    check_node(&node, "(root)");
    let keys: Vec<&str> = node.keys().map(String::as_str).collect();
    for key in [
        "headline",
        "alternativeHeadline",
        "abstract",
        "author",
        "datePublished",
        "publisher",
        "url",
        "identifier",
    ] {
        assert!(keys.contains(&key), "{key} in {keys:?}");
    }
}

#[test]
fn values_equal_what_the_card_shows() {
    let (html, node) = render_with_json_ld(&["render", "-"], Some(FULL_DOC));
    assert_eq!(node["headline"], shown(&html, "es-card__title"));
    assert_eq!(
        node["alternativeHeadline"],
        shown(&html, "es-card__subtitle")
    );
    assert_eq!(node["abstract"], shown(&html, "es-card__lede"));
    assert_eq!(node["abstract"], "An essay on relations & outlooks.");
    assert_eq!(node["inLanguage"], "en-GB");

    let authors = shown(&html, "es-card__authors");
    for person in node["author"].as_array().unwrap() {
        let name = person["name"].as_str().unwrap();
        assert!(authors.contains(name), "{name} in {authors}");
        let description = person["description"].as_str().unwrap();
        assert!(
            authors.contains(description),
            "{description:?} in {authors:?}"
        );
    }
    assert_eq!(node["author"][0]["url"], "https://example.org/ma");
    assert_eq!(
        node["author"][0]["description"],
        "Ma Bin is an Associate Professor at Fudan."
    );

    let source = shown(&html, "es-source");
    assert!(source.contains(node["name"].as_str().unwrap()));
    assert!(source.contains(node["publisher"]["name"].as_str().unwrap()));
    // The card shows the date in words; its machine-readable form is the `datetime` attribute.
    let date = node["datePublished"].as_str().unwrap();
    assert!(html.contains(&format!("datetime=\"{date}\"")), "{date}");
    let doi = node["identifier"]["value"].as_str().unwrap();
    assert!(source.contains(&format!("doi:{doi}")), "{source}");
    assert_eq!(node["identifier"]["propertyID"], "DOI");
    assert!(html.contains(&format!(
        "href=\"{}\"",
        node["identifier"]["url"].as_str().unwrap()
    )));
    assert!(html.contains(&format!("href=\"{}\"", node["url"].as_str().unwrap())));
}

#[test]
fn the_seed_summary_reads_back_with_its_authors() {
    let (_, node) = render_with_json_ld(&["render", common::SEED_EXAMPLE], None);
    assert_eq!(
        node["headline"],
        "Present and Future Sino-Russian Cooperation"
    );
    assert_eq!(node["alternativeHeadline"], "Chinese Perspectives");
    let names: Vec<&str> = node["author"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ma Bin", "Zhang Jian"]);
}

#[test]
fn no_jsonld_unless_asked() {
    let output = run(&["render", common::SEED_EXAMPLE, "--standalone"], None);
    assert!(!stdout(&output).contains("ld+json"));
}
