//! Helpers shared by the integration tests: locating the example documents and reading the
//! static HTML the card renders to (tags, attributes, text and words).
//!
//! Each test crate uses a different subset of these helpers.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

pub mod safety;

/// Running the CLI binary (built only with the features it needs).
#[cfg(all(not(target_arch = "wasm32"), feature = "schema"))]
pub mod cli;

/// Cases per property: `PROPTEST_CASES` if set, else `default`, a number that keeps `cargo test`
/// fast (proptest is a native dev-dependency only, which the fuzz crate sharing this file lacks).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub fn proptest_config(default: u32) -> proptest::test_runner::Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    proptest::test_runner::Config {
        cases,
        ..proptest::test_runner::Config::default()
    }
}

/// A path inside the crate, from a path relative to `Cargo.toml`.
pub fn crate_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Every `www/examples/*.json` document, sorted by name.
pub fn example_files() -> Vec<PathBuf> {
    let dir = crate_path("www/examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("cannot list {}: {err}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no examples in {}", dir.display());
    files
}

/// The text of a file inside the crate.
pub fn read_crate_file(relative: &str) -> String {
    let path = crate_path(relative);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

/// The demo card's document (built from the seed text).
pub const SEED_EXAMPLE: &str = "www/examples/sino-russian-cooperation.json";

/// The seed text the demo card was written from (a copy of the project's seed document).
pub const SEED_TEXT: &str = "tests/fixtures/seed.txt";

/// A start tag: element name (lower case) and its attributes in source order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartTag {
    pub name: String,
    pub attrs: Vec<(String, Option<String>)>,
}

impl StartTag {
    /// The raw (still entity-encoded) value of an attribute; `Some("")` for a bare attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_deref().unwrap_or(""))
    }

    /// Whether the attribute is present at all.
    pub fn has_attr(&self, name: &str) -> bool {
        self.attrs.iter().any(|(n, _)| n == name)
    }

    /// Whether the `class` attribute lists `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|value| value.split_ascii_whitespace().any(|c| c == class))
    }
}

/// Every start tag in the HTML, in order. Enough for the card's own output (quoted attribute
/// values, no comments or raw-text elements); not a general HTML parser.
pub fn start_tags(html: &str) -> Vec<StartTag> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        if rest.starts_with('/') || rest.starts_with('!') {
            continue;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .expect("unterminated tag");
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
            if let Some(after) = rest.strip_prefix('>') {
                rest = after;
                break;
            }
            let attr_end = rest
                .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '=' || c == '/')
                .expect("unterminated attribute");
            let attr_name = rest[..attr_end].to_ascii_lowercase();
            rest = &rest[attr_end..];
            if let Some(after) = rest.strip_prefix('=') {
                let quote = after.chars().next().expect("attribute value");
                assert!(
                    quote == '"' || quote == '\'',
                    "unquoted attribute value in {html}"
                );
                let body = &after[1..];
                let close = body.find(quote).expect("unterminated attribute value");
                attrs.push((attr_name, Some(body[..close].to_owned())));
                rest = &body[close + 1..];
            } else {
                attrs.push((attr_name, None));
            }
        }
        tags.push(StartTag { name, attrs });
    }
    tags
}

/// The start tags carrying `class`.
pub fn tags_with_class(html: &str, class: &str) -> Vec<StartTag> {
    start_tags(html)
        .into_iter()
        .filter(|tag| tag.has_class(class))
        .collect()
}

/// The single start tag carrying `class`.
pub fn tag_with_class(html: &str, class: &str) -> StartTag {
    let mut tags = tags_with_class(html, class);
    assert_eq!(
        tags.len(),
        1,
        "expected one element with class `{class}`, found {tags:?}"
    );
    tags.remove(0)
}

/// The start tag whose `id` is `id`.
pub fn tag_with_id(html: &str, id: &str) -> StartTag {
    let mut tags: Vec<StartTag> = start_tags(html)
        .into_iter()
        .filter(|tag| tag.attr("id") == Some(id))
        .collect();
    assert_eq!(
        tags.len(),
        1,
        "expected one element with id `{id}`, found {tags:?}"
    );
    tags.remove(0)
}

/// The HTML from the start tag carrying `class` (the first one) to its matching end tag.
pub fn element_with_class<'h>(html: &'h str, class: &str) -> &'h str {
    let needle = format!("class=\"{class}\"");
    let at = html
        .find(&needle)
        .unwrap_or_else(|| panic!("no element with class `{class}`"));
    let start = html[..at].rfind('<').expect("start of the tag");
    let name_end = html[start + 1..]
        .find(|c: char| c.is_ascii_whitespace() || c == '>')
        .expect("tag name")
        + start
        + 1;
    let name = &html[start + 1..name_end];
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let mut depth = 0usize;
    let mut i = start;
    loop {
        let next_open = html[i..].find(&open).map(|p| p + i);
        let next_close = html[i..]
            .find(&close)
            .map(|p| p + i)
            .unwrap_or_else(|| panic!("no </{name}> for class `{class}`"));
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                i = o + open.len();
            }
            _ => {
                depth -= 1;
                i = next_close + close.len();
                if depth == 0 {
                    return &html[start..i];
                }
            }
        }
    }
}

/// Decodes the entities Yew's server renderer emits (`&lt;`, `&gt;`, `&quot;`, `&#39;`, `&amp;`).
pub fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The text a reader sees: tags become spaces (the card's tags fall between words), entities are
/// decoded.
pub fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                text.push(' ');
            }
            (true, '>') => in_tag = false,
            (false, c) => text.push(c),
            (true, _) => {}
        }
    }
    decode_entities(&text)
}

/// Lower-cased runs of letters and digits: "China’s Sino-Russian" → china, s, sino, russian.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Checks that `needle` occurs in `haystack` in order (not necessarily adjacent); on failure
/// returns the index in `needle` of the first word that could not be matched.
pub fn find_subsequence(needle: &[String], haystack: &[String]) -> Result<(), usize> {
    let mut hay = haystack.iter();
    for (i, word) in needle.iter().enumerate() {
        if !hay.any(|h| h == word) {
            return Err(i);
        }
    }
    Ok(())
}

/// Number of non-overlapping occurrences of `needle`.
pub fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}
