//! The JSON Schema (draft 2020-12) of the document contract, for editors and other tools.
//!
//! It is derived from the input types below, which mirror what [`crate::model::parse`] accepts:
//! optional fields may be `null`, limits and formats are expressed as `maxLength`, `maxItems` and
//! `pattern`. Unit tests check the property names against the validator's own field lists, and
//! `tests/schema.rs` checks that the schema and `validate` agree on valid and invalid documents.
//! Two rules cannot be written in JSON Schema and are left to `validate`: the 1 MiB size limit
//! and unique section ids. Unknown fields, which `validate` only warns about, are rejected here
//! so editors underline typos.
//!
//! Built only with the `schema` feature, which the wasm build does not enable.

// The input types exist only to be described; their fields are never read.
#![allow(dead_code)]

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::Value;

use crate::model::{MAX_LIST_LEN, MAX_SECTIONS, MAX_STRING_CHARS};

/// The schema as a JSON value.
pub fn json_schema() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema: Schema = generator.into_root_schema_for::<DocumentInput>();
    schema.to_value()
}

/// The schema as pretty-printed JSON text ending with a newline, as `exec-summary schema` prints it.
pub fn json_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// `concat!($open, WHITESPACE, $close)`, where WHITESPACE is the body of a regex class of the
/// characters Rust's `char::is_whitespace` knows (what `validate` trims); `concat!` takes only
/// literals, so the class is spelt out once here.
macro_rules! around_whitespace {
    ($open:literal, $close:literal) => {
        concat!(
            $open,
            r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000",
            $close
        )
    };
}

/// Text without control characters other than tab, line feed and carriage return, which
/// `validate` refuses in every text field.
const NO_CONTROL: &str = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$";

/// [`NO_CONTROL`] text with at least one character that is not whitespace.
const NOT_BLANK: &str = concat!(
    r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*",
    around_whitespace!("[^", r"\x00-\x1f\x7f-\x9f]"),
    r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$",
);

/// A BCP 47-shaped language tag, as `validate` checks it.
const LANGUAGE_TAG: &str = r"^(?:[A-Za-z]{2,3}|[xXiI])(?:-[A-Za-z0-9]{1,8})*$";

/// A section id: 1 to 64 lower-case letters, digits and hyphens.
const SLUG: &str = r"^[a-z0-9-]{1,64}$";

/// An ISO 8601 calendar date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) whose day exists, leap years
/// included.
const ISO_DATE: &str = concat!(
    r"^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?",
    r"|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])",
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)",
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))",
    r"|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$",
);

/// A DOI without a resolver prefix: `10.`, a numeric registrant, `/` and a suffix with no spaces
/// or control characters.
const DOI: &str = around_whitespace!(r"^10\.[0-9.]+/[^", r"\x00-\x1f\x7f-\x9f]+$");

/// A link target `validate` accepts, in three parts that must all match: something besides
/// spaces and control characters; no control character inside (tabs and line breaks, which
/// browsers drop, excepted); and either a relative URL (no `:`, `&` or `\` before the first `/`,
/// `?` or `#`) or the scheme `http`, `https` or `mailto` in any case, tabs and line breaks allowed
/// between its letters as browsers read them.
const URL_PATTERNS: [&str; 3] = [
    r"[^\x00-\x20]",
    r"^[\x00-\x20]*(?:[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*[^\x00-\x20\x7f-\x9f])?[\x00-\x20]*$",
    concat!(
        r"^(?:[^/?#:&\\]*(?:[/?#]|$)",
        r"|[\x00-\x20]*(?:[hH][\t\n\r]*[tT][\t\n\r]*[tT][\t\n\r]*[pP](?:[\t\n\r]*[sS])?",
        r"|[mM][\t\n\r]*[aA][\t\n\r]*[iI][\t\n\r]*[lL][\t\n\r]*[tT][\t\n\r]*[oO])[\t\n\r]*:)",
    ),
];

/// An executive-summary document: the JSON a card is made from (contract version 1).
///
/// Limits the schema cannot express, checked by `exec-summary validate`: at most 1 MiB of JSON,
/// and section ids unique within the document.
#[derive(JsonSchema)]
#[schemars(
    rename = "exec-summary document",
    rename_all = "camelCase",
    deny_unknown_fields,
    transform = drop_null_defaults
)]
struct DocumentInput {
    /// Link to this schema, for editors; ignored by the card.
    #[schemars(rename = "$schema", length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL))]
    schema: Option<String>,
    /// Contract version; only 1 exists (the default).
    #[schemars(schema_with = "version_schema", default)]
    version: Option<u64>,
    /// What kind of work is summarised: the schema.org type of the card's structured data.
    #[schemars(rename = "type")]
    kind: Option<TypeInput>,
    /// BCP 47 language tag of the content, such as `en`, `zh-Hans` or `pt-BR` (default `en`).
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = LANGUAGE_TAG))]
    lang: Option<String>,
    /// Base text direction (default `auto`: decided from the text).
    dir: Option<DirInput>,
    /// Small label above the title, such as a journal or series name.
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL))]
    kicker: Option<String>,
    /// The card's title (plain text).
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NOT_BLANK))]
    title: String,
    /// Line under the title (plain text).
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL))]
    subtitle: Option<String>,
    /// Lede paragraph; inline markup allowed: `*emphasis*`, `**strong**`, `[label](url)`.
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL))]
    description: Option<String>,
    /// Heading above the sections (default: "Executive summary" in the document's language).
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL))]
    summary_heading: Option<String>,
    /// The expandable sections, in order.
    #[schemars(length(min = 1, max = MAX_SECTIONS))]
    sections: Vec<SectionInput>,
    /// Notes about the authors, in order.
    #[schemars(length(max = MAX_LIST_LEN))]
    authors: Option<Vec<AuthorInput>>,
    /// Where the summarised work was published.
    source: Option<SourceInput>,
}

/// Kind of work summarised (default `Report`).
#[derive(JsonSchema)]
#[schemars(rename = "type")]
enum TypeInput {
    /// A report, policy brief or essay (schema.org `Report`).
    Report,
    /// A peer-reviewed or academic article (schema.org `ScholarlyArticle`).
    ScholarlyArticle,
}

/// Base text direction.
#[derive(JsonSchema)]
#[schemars(rename = "dir", rename_all = "lowercase")]
enum DirInput {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
    /// Decided by the browser from the text.
    Auto,
}

/// One expandable section; it needs at least one paragraph or item.
#[derive(JsonSchema)]
#[schemars(
    rename = "section",
    deny_unknown_fields,
    transform = require_paragraphs_or_items
)]
struct SectionInput {
    /// Slug unique in the card (derived from the title when absent); also the URL fragment that
    /// opens the section.
    #[schemars(regex(pattern = SLUG))]
    id: Option<String>,
    /// Visible heading of the section (plain text).
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NOT_BLANK))]
    title: String,
    /// Body paragraphs; inline markup allowed.
    #[schemars(length(max = MAX_LIST_LEN), inner(length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL)))]
    paragraphs: Option<Vec<String>>,
    /// Bullet items shown after the paragraphs; inline markup allowed.
    #[schemars(length(max = MAX_LIST_LEN), inner(length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL)))]
    items: Option<Vec<String>>,
    /// Whether the section starts open (default false).
    expanded: Option<bool>,
}

/// An author and the note published about them.
#[derive(JsonSchema)]
#[schemars(rename = "author", deny_unknown_fields, transform = drop_null_defaults)]
struct AuthorInput {
    /// Display name (plain text).
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NOT_BLANK))]
    name: String,
    /// The note as published, e.g. "Ma Bin is an Associate Professor …"; inline markup allowed.
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL))]
    bio: Option<String>,
    /// Link for the name: http, https, mailto or relative.
    #[schemars(schema_with = "url_schema", default)]
    url: Option<String>,
}

/// Bibliographic source of the summarised work.
#[derive(JsonSchema)]
#[schemars(rename = "source", deny_unknown_fields, transform = drop_null_defaults)]
struct SourceInput {
    /// Title of the full work.
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL))]
    title: Option<String>,
    /// Journal, publisher or site.
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = NO_CONTROL))]
    publisher: Option<String>,
    /// Publication date, ISO 8601: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = ISO_DATE))]
    date: Option<String>,
    /// Link to the full work: http, https, mailto or relative.
    #[schemars(schema_with = "url_schema", default)]
    url: Option<String>,
    /// Digital Object Identifier without a resolver prefix, e.g. `10.1353/asp.2018.0020`.
    #[schemars(length(max = MAX_STRING_CHARS), regex(pattern = DOI))]
    doi: Option<String>,
}

fn version_schema(_: &mut schemars::SchemaGenerator) -> Schema {
    schemars::json_schema!({
        "description": "Contract version; only 1 exists (the default).",
        "enum": [1, null],
    })
}

fn url_schema(_: &mut schemars::SchemaGenerator) -> Schema {
    let patterns: Vec<Value> = URL_PATTERNS
        .iter()
        .map(|pattern| serde_json::json!({ "pattern": pattern }))
        .collect();
    schemars::json_schema!({
        "type": ["string", "null"],
        "maxLength": MAX_STRING_CHARS,
        "allOf": patterns,
    })
}

/// A field with its own schema is optional only with `default`, which adds `"default": null`;
/// that says nothing useful to an editor, so it is removed again.
fn drop_null_defaults(schema: &mut Schema) {
    if let Some(Value::Object(properties)) = schema.get_mut("properties") {
        for property in properties.values_mut() {
            if let Value::Object(fields) = property {
                if fields.get("default") == Some(&Value::Null) {
                    fields.remove("default");
                }
            }
        }
    }
}

/// `validate` rejects a section whose `paragraphs` and `items` are both missing, `null` or empty.
fn require_paragraphs_or_items(schema: &mut Schema) {
    let non_empty = |key: &str| {
        serde_json::json!({
            "required": [key],
            "properties": { key: { "type": "array", "minItems": 1 } },
        })
    };
    schema.insert(
        "anyOf".to_owned(),
        Value::Array(vec![non_empty("paragraphs"), non_empty("items")]),
    );
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests;
