//! schema.org structured data (JSON-LD) for a document, so search engines index the summary.
//!
//! Every value is the text the card shows: inline markup is reduced to its plain text, the way a
//! reader sees it, so the structured data never disagrees with the visible card.

use serde_json::{json, Map, Value};

use crate::markup::{parse_inline, plain_text};
use crate::model::{Author, Document};
use crate::render::script_json::script_json;

/// The `@context` of every object this module builds.
pub const SCHEMA_ORG: &str = "https://schema.org";

/// The schema.org description of a document: a `Report` or `ScholarlyArticle` node.
pub fn json_ld(document: &Document) -> Value {
    let mut node = Map::new();
    node.insert("@context".to_owned(), json!(SCHEMA_ORG));
    node.insert("@type".to_owned(), json!(document.kind.as_str()));
    node.insert("headline".to_owned(), json!(document.title));
    if let Some(subtitle) = &document.subtitle {
        node.insert("alternativeHeadline".to_owned(), json!(subtitle));
    }
    if let Some(description) = &document.description {
        node.insert("abstract".to_owned(), json!(plain(description)));
    }
    node.insert("inLanguage".to_owned(), json!(document.lang));
    if !document.authors.is_empty() {
        let authors: Vec<Value> = document.authors.iter().map(person).collect();
        node.insert("author".to_owned(), Value::Array(authors));
    }
    if let Some(source) = &document.source {
        if let Some(title) = &source.title {
            node.insert("name".to_owned(), json!(title));
        }
        if let Some(date) = &source.date {
            node.insert("datePublished".to_owned(), json!(date));
        }
        if let Some(publisher) = &source.publisher {
            node.insert(
                "publisher".to_owned(),
                json!({ "@type": "Organization", "name": publisher }),
            );
        }
        if let Some(url) = &source.url {
            node.insert("url".to_owned(), json!(url));
        }
        if let Some(doi) = &source.doi {
            node.insert(
                "identifier".to_owned(),
                json!({
                    "@type": "PropertyValue",
                    "propertyID": "DOI",
                    "value": doi,
                    "url": format!("https://doi.org/{doi}"),
                }),
            );
        }
    }
    Value::Object(node)
}

/// The `<script type="application/ld+json">` element carrying [`json_ld`], safe to put in HTML.
pub fn json_ld_script(document: &Document) -> String {
    format!(
        "<script type=\"application/ld+json\">{}</script>",
        script_json(&json_ld(document))
    )
}

/// A schema.org `Person` for an author note.
fn person(author: &Author) -> Value {
    let mut node = Map::new();
    node.insert("@type".to_owned(), json!("Person"));
    node.insert("name".to_owned(), json!(author.name));
    if let Some(url) = &author.url {
        node.insert("url".to_owned(), json!(url));
    }
    if let Some(bio) = &author.bio {
        node.insert("description".to_owned(), json!(plain(bio)));
    }
    Value::Object(node)
}

/// Plain text of a field with inline markup, as the card shows it.
fn plain(text: &str) -> String {
    plain_text(&parse_inline(text))
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests;
