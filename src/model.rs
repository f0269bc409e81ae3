//! The executive-summary document (JSON contract version 1) as plain Rust data.
//!
//! Documents are only ever built by [`parse`], which validates the whole input and reports every
//! problem at once, so a `Document` in hand is always one the card can render.

mod validate;

use serde::Serialize;

#[cfg(not(target_arch = "wasm32"))]
pub(crate) use validate::{describe_value, is_language_tag};
pub use validate::{parse, parse_value, Parsed, Problem, Severity};
/// Where each value is written in JSON text, for the playground's located validation.
#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
#[doc(hidden)]
pub use validate::{positions as json_positions, Position as JsonPosition};
/// JSON text to a `serde_json::Value` as `serde_json::from_str` reads it, without its
/// deserializer in the wasm build (public for the differential tests and fuzz target).
#[doc(hidden)]
pub use validate::{value_from_str as json_value_from_str, JsonError};
#[cfg(all(test, feature = "schema"))]
pub(crate) use validate::{AUTHOR_FIELDS, DOCUMENT_FIELDS, SECTION_FIELDS, SOURCE_FIELDS};

/// The contract version this build understands.
pub const SUPPORTED_VERSION: u64 = 1;
/// Largest document accepted, in bytes of JSON text.
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;
/// Largest number of sections in one card.
pub const MAX_SECTIONS: usize = 50;
/// Largest number of paragraphs, items or authors in one list.
pub const MAX_LIST_LEN: usize = 200;
/// Longest text field, in Unicode scalar values.
pub const MAX_STRING_CHARS: usize = 20_000;

/// Base text direction of a card.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
    /// Decided by the browser from the text itself.
    #[default]
    Auto,
}

impl Dir {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
            Dir::Auto => "auto",
        }
    }
}

/// What kind of work the card summarises: the schema.org type its structured data uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub enum DocumentType {
    /// A report, policy brief or essay (schema.org `Report`).
    #[default]
    Report,
    /// A peer-reviewed or academic article (schema.org `ScholarlyArticle`).
    ScholarlyArticle,
}

impl DocumentType {
    /// The contract value, which is also the schema.org type name.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentType::Report => "Report",
            DocumentType::ScholarlyArticle => "ScholarlyArticle",
        }
    }
}

/// A validated executive-summary document.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// Contract version (always [`SUPPORTED_VERSION`] once validated).
    pub version: u64,
    /// Kind of work summarised (contract field `type`, default `Report`).
    #[serde(rename = "type")]
    pub kind: DocumentType,
    /// BCP 47 language tag of the content.
    pub lang: String,
    /// Base direction of the content.
    pub dir: Dir,
    /// Small label above the title, such as a journal or series name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// The card's title.
    pub title: String,
    /// Line under the title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// Lede paragraph (inline markup allowed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Heading above the sections, when the document names it (else the card's own words give
    /// it, in the card's language).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary_heading: Option<String>,
    /// The expandable sections, in order.
    pub sections: Vec<Section>,
    /// Author notes, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Author>,
    /// Where the summarised work was published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

/// One expandable section ("Main argument", "Policy implications", …).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// Slug unique in the card; also the URL fragment that opens the section.
    pub id: String,
    /// Visible heading of the disclosure.
    pub title: String,
    /// Body paragraphs (inline markup allowed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<String>,
    /// Bullet items after the paragraphs (inline markup allowed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// Whether the section starts open.
    pub expanded: bool,
}

/// An author and the note published about them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Author {
    /// Display name.
    pub name: String,
    /// The note as published, e.g. "Ma Bin is an Associate Professor …" (inline markup allowed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    /// Link for the name (http, https, mailto or relative).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Bibliographic source of the summarised work.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Source {
    /// Title of the full work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Journal, publisher or site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Publication date, ISO 8601 `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Link to the full work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Digital Object Identifier, e.g. `10.1353/asp.2018.0020`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
}

/// Derives a section id from its title: lower-case ASCII letters and digits joined by hyphens.
///
/// Non-ASCII titles (Chinese, Arabic, …) yield no letters, so callers fall back to `section-N`.
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    let mut pending_hyphen = false;
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c.to_ascii_lowercase());
        } else {
            pending_hyphen = true;
        }
        if slug.len() >= 60 {
            break;
        }
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugify_joins_words_with_single_hyphens() {
        assert_eq!(slugify("Main argument"), "main-argument");
        assert_eq!(slugify("  Policy -- Implications! "), "policy-implications");
        assert_eq!(slugify("U.S. & Russia"), "u-s-russia");
    }

    #[test]
    fn slugify_of_non_ascii_title_is_empty() {
        assert_eq!(slugify("主要论点"), "");
    }
}
