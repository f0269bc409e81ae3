//! Turns JSON text into a [`Document`], collecting every problem with its JSON path.
//!
//! The walk is hand-written over `serde_json::Value` rather than derived, because serde stops at
//! the first error while publishers need the whole list at once, each with a path such as
//! `sections[1].items[2]`.

mod json;
mod number_text;

#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
pub use json::{positions, Position};
pub use json::{value_from_str, JsonError};

use std::collections::HashSet;
use std::fmt;

use serde_json::{Map, Value};

use super::{
    slugify, Author, Dir, Document, DocumentType, Section, Source, MAX_DOCUMENT_BYTES,
    MAX_LIST_LEN, MAX_SECTIONS, MAX_STRING_CHARS, SUPPORTED_VERSION,
};
use crate::markup::{safe_href, LinkCheck};

/// Whether a problem stops the card from rendering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The document cannot be rendered.
    Error,
    /// Rendered anyway; reported by `exec-summary validate` (e.g. an unknown field).
    Warning,
}

impl Severity {
    /// `error` or `warning`, as the wasm boundary and the playground name it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem found in a document, located by its JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    path: String,
    message: String,
    severity: Severity,
}

impl Problem {
    fn new(path: &str, message: String, severity: Severity) -> Self {
        Self {
            path: path.to_owned(),
            message,
            severity,
        }
    }

    /// A problem that does not stop the card, at `path` (not necessarily in the document: the
    /// options report theirs at `options.<name>`).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn warning(path: &str, message: String) -> Self {
        Self::new(path, message, Severity::Warning)
    }

    /// A problem that stops the card, at `path`.
    pub(crate) fn error(path: &str, message: String) -> Self {
        Self::new(path, message, Severity::Error)
    }

    /// JSON path of the offending value, e.g. `sections[1].items[2]`; `(root)` for the whole document.
    pub fn path(&self) -> &str {
        if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        }
    }

    /// What is wrong, in words a publisher understands.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Whether the problem blocks rendering.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// True for problems that block rendering.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path(), self.message)
    }
}

/// A valid document and the warnings found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// The document, ready to render.
    pub document: Document,
    /// Problems that did not block rendering, such as unknown fields.
    pub warnings: Vec<Problem>,
}

/// Parses and validates JSON text; on failure returns every problem, errors and warnings, in document order.
pub fn parse(text: &str) -> Result<Parsed, Vec<Problem>> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(vec![Problem::new(
            "",
            format!(
                "the document is {} bytes, the limit is {MAX_DOCUMENT_BYTES} bytes (1 MiB)",
                text.len()
            ),
            Severity::Error,
        )]);
    }
    // A byte-order mark is invisible in editors, so tolerate it rather than report a syntax error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (value, repeated) = match json::from_str(text) {
        Ok(read) => read,
        Err(err) => {
            return Err(vec![Problem::new(
                "",
                format!("invalid JSON: {}", json_error_message(&err)),
                Severity::Error,
            )])
        }
    };
    check(&value, &repeated)
}

/// Validates an already-parsed JSON value; problems come in document order, as from [`parse`].
pub fn parse_value(value: &Value) -> Result<Parsed, Vec<Problem>> {
    check(value, &[])
}

/// Checks `value`, whose text repeated the keys at the paths `repeated` (in the order found).
fn check(value: &Value, repeated: &[String]) -> Result<Parsed, Vec<Problem>> {
    let mut checker = Checker {
        problems: Vec::new(),
        any_repeated: !repeated.is_empty(),
        repeated: HashSet::new(),
        reported: HashSet::new(),
    };
    for path in repeated {
        checker.repeated.insert(path.clone());
    }
    let document = checker.document(value);
    // Repeats inside values the checker does not look into (an unknown field's object) come last.
    for path in repeated {
        if checker.reported.insert(path.clone()) {
            checker.repeated_key(path);
        }
    }
    match document {
        Some(document) if !checker.problems.iter().any(Problem::is_error) => Ok(Parsed {
            document,
            warnings: checker.problems,
        }),
        _ => Err(checker.problems),
    }
}

fn json_error_message(err: &JsonError) -> String {
    let message = match err.message() {
        // serde_json's words for an unpaired UTF-16 surrogate escape such as `"\ud800"`.
        json::LONE_LEADING_SURROGATE | json::UNEXPECTED_END_OF_HEX_ESCAPE => {
            "lone surrogate escape: a \\u escape between D800 and DFFF must be one half of a pair \
             (high then low) that encodes a single character"
        }
        message => message,
    };
    // serde_json says "… at line L column C"; restate it in the order people read positions.
    format!("{message} (line {}, column {})", err.line(), err.column())
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn child(path: &str, key: &str) -> String {
    // Keys are the document's own text: unknown ones are shown neutralised like any quoted value.
    let key = neutralised(key);
    if path.is_empty() {
        return key;
    }
    // Every value's path is built, so without `format!`'s machinery.
    let mut out = String::with_capacity(path.len() + 1 + key.len());
    out.push_str(path);
    out.push('.');
    out.push_str(&key);
    out
}

/// A value from the document quoted in a message: `` `value` ``, with control and bidi formatting
/// characters written as `\u{…}` escapes (so none can reverse the message around it or drive a
/// terminal) and long values shortened.
fn quoted(value: &str) -> String {
    format!("`{}`", neutralised(value))
}

/// Longest piece of a document's text repeated in a message, in characters.
const MAX_QUOTED_CHARS: usize = 100;

fn neutralised(value: &str) -> String {
    // Nearly every key: short printable ASCII, which is left as it is.
    if value.len() <= MAX_QUOTED_CHARS && value.bytes().all(|byte| (0x20..0x7F).contains(&byte)) {
        return value.to_owned();
    }
    let mut out = String::new();
    for (i, c) in value.chars().enumerate() {
        if i == MAX_QUOTED_CHARS {
            out.push('…');
            break;
        }
        if c.is_control() || is_bidi_control(c) {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The explicit directional formatting characters of Unicode's bidi algorithm and its marks.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The first character a text field may not hold: C0 and C1 controls other than tab and line
/// breaks, which HTML treats as errors and which could drive a terminal.
fn forbidden_control(text: &str) -> Option<(usize, char)> {
    // Every control character's UTF-8 starts with a byte below 0x20, 0x7F, or 0xC2 (U+0080 to
    // U+009F): a text without those bytes, nearly every text, is not walked character by character.
    if !text
        .bytes()
        .any(|byte| byte < 0x20 || byte == 0x7F || byte == 0xC2)
    {
        return None;
    }
    text.chars()
        .enumerate()
        .find(|(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

pub(crate) const DOCUMENT_FIELDS: &[&str] = &[
    "$schema",
    "version",
    "type",
    "lang",
    "dir",
    "kicker",
    "title",
    "subtitle",
    "description",
    "summaryHeading",
    "sections",
    "authors",
    "source",
];
pub(crate) const SECTION_FIELDS: &[&str] = &["id", "title", "paragraphs", "items", "expanded"];
pub(crate) const AUTHOR_FIELDS: &[&str] = &["name", "bio", "url"];
pub(crate) const SOURCE_FIELDS: &[&str] = &["title", "publisher", "date", "url", "doi"];

/// Walks a document's fields in document order, so every problem is found in that order, and
/// builds the [`Document`] on the way.
struct Checker {
    problems: Vec<Problem>,
    /// Whether the text repeated any key.
    any_repeated: bool,
    /// The paths of repeated keys, and of the fields visited so far.
    repeated: HashSet<String>,
    /// The paths of repeated keys reported so far.
    reported: HashSet<String>,
}

impl Checker {
    fn error(&mut self, path: &str, message: String) {
        self.problems
            .push(Problem::new(path, message, Severity::Error));
    }

    fn warn(&mut self, path: &str, message: String) {
        self.problems
            .push(Problem::new(path, message, Severity::Warning));
    }

    fn repeated_key(&mut self, path: &str) {
        self.error(
            path,
            "repeated key: JSON readers disagree on which value counts, keep only one".to_owned(),
        );
    }

    /// Whether the checker looks at the field `key` (of the object at `path`), visited in
    /// document order: yes for a field the contract knows (`known`) that is not `null`, which
    /// counts as absent; an "unknown field" warning for any other. A repeated key's error comes
    /// first at its place: readers disagree on which of two equal keys counts (`serde_json` and
    /// `JSON.parse` keep the last, others the first), so a repeat is an error rather than a
    /// silent choice.
    fn visit(&mut self, path: &str, key: &str, value: &Value, known: &[&str]) -> bool {
        if self.any_repeated {
            let at = child(path, key);
            // `insert` is false for a repeated path (and adds any other: each is visited once).
            if !self.repeated.insert(at.clone()) && self.reported.insert(at.clone()) {
                self.repeated_key(&at);
            }
        }
        if !known.contains(&key) {
            let hint = closest(key, known)
                .map(|k| format!(" (did you mean `{k}`?)"))
                .unwrap_or_default();
            self.warn(&child(path, key), format!("unknown field, ignored{hint}"));
            return false;
        }
        !value.is_null()
    }

    /// Reports a required field that is absent (or `null`), where its object starts.
    fn require(&mut self, obj: &Map<String, Value>, path: &str, key: &str) {
        if present(obj, key).is_none() {
            self.error(&child(path, key), "required field is missing".to_owned());
        }
    }

    fn document(&mut self, value: &Value) -> Option<Document> {
        let obj = self.object(value, "")?;
        self.require(obj, "", "title");
        if present(obj, "sections").is_none() {
            self.error(
                "sections",
                "required field is missing: add at least one section".to_owned(),
            );
        }
        let mut version = Some(SUPPORTED_VERSION);
        let mut kind = DocumentType::default();
        let mut lang = None;
        let mut dir = Dir::default();
        let (mut kicker, mut title, mut subtitle, mut description) = (None, None, None, None);
        let mut summary_heading = None;
        let mut sections = Vec::new();
        let mut authors = Vec::new();
        let mut source = None;
        for (key, value) in obj {
            if self.visit("", key, value, DOCUMENT_FIELDS) {
                match key.as_str() {
                    // Only its type is checked: editors read `$schema`, the card does not.
                    "$schema" => drop(self.opt_string(obj, "", key)),
                    "version" => version = self.version(obj),
                    "type" => kind = self.kind(obj),
                    "lang" => lang = self.lang(obj),
                    "dir" => dir = self.dir(obj),
                    "kicker" => kicker = self.opt_string(obj, "", key),
                    "title" => title = self.required_text(obj, "", key),
                    "subtitle" => subtitle = self.opt_string(obj, "", key),
                    "description" => description = self.opt_string(obj, "", key),
                    "summaryHeading" => summary_heading = self.opt_string(obj, "", key),
                    "sections" => sections = self.sections(obj),
                    "authors" => authors = self.authors(obj),
                    _ => source = self.source(obj),
                }
            }
        }
        Some(Document {
            version: version?,
            kind,
            lang: lang.unwrap_or_else(|| "en".to_owned()),
            dir,
            kicker,
            title: title?,
            subtitle,
            description,
            summary_heading,
            sections,
            authors,
            source,
        })
    }

    /// Checks that `value` is an object.
    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        let Value::Object(obj) = value else {
            self.error(
                path,
                format!("expected an object, found {}", kind_of(value)),
            );
            return None;
        };
        Some(obj)
    }

    fn version(&mut self, obj: &Map<String, Value>) -> Option<u64> {
        let Some(value) = present(obj, "version") else {
            return Some(SUPPORTED_VERSION);
        };
        match value.as_u64().or_else(|| whole_number(value)) {
            Some(SUPPORTED_VERSION) => Some(SUPPORTED_VERSION),
            Some(other) => {
                self.error(
                    "version",
                    format!("unsupported version {other}: this widget reads version {SUPPORTED_VERSION}"),
                );
                None
            }
            None => {
                self.error(
                    "version",
                    format!(
                        "expected the integer {SUPPORTED_VERSION}, found {}",
                        describe_value(value)
                    ),
                );
                None
            }
        }
    }

    fn kind(&mut self, obj: &Map<String, Value>) -> DocumentType {
        match self.opt_string(obj, "", "type").as_deref() {
            None | Some("Report") => DocumentType::Report,
            Some("ScholarlyArticle") => DocumentType::ScholarlyArticle,
            Some(other) => {
                let hint = closest(other, &["Report", "ScholarlyArticle"])
                    .map(|k| format!(" (did you mean `{k}`?)"))
                    .unwrap_or_default();
                self.error(
                    "type",
                    format!(
                        "expected `Report` or `ScholarlyArticle`, found {}{hint}",
                        quoted(other)
                    ),
                );
                DocumentType::Report
            }
        }
    }

    fn lang(&mut self, obj: &Map<String, Value>) -> Option<String> {
        let lang = self.opt_string(obj, "", "lang")?;
        if is_language_tag(&lang) {
            Some(lang)
        } else {
            self.error(
                "lang",
                format!(
                    "{} is not a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`",
                    quoted(&lang)
                ),
            );
            None
        }
    }

    fn dir(&mut self, obj: &Map<String, Value>) -> Dir {
        match self.opt_string(obj, "", "dir").as_deref() {
            None | Some("auto") => Dir::Auto,
            Some("ltr") => Dir::Ltr,
            Some("rtl") => Dir::Rtl,
            Some(other) => {
                self.error(
                    "dir",
                    format!("expected `ltr`, `rtl` or `auto`, found {}", quoted(other)),
                );
                Dir::Auto
            }
        }
    }

    fn sections(&mut self, obj: &Map<String, Value>) -> Vec<Section> {
        let Some(value) = present(obj, "sections") else {
            return Vec::new();
        };
        let Some(list) = self.array(value, "sections", MAX_SECTIONS, "sections") else {
            return Vec::new();
        };
        if list.is_empty() {
            self.error("sections", "at least one section is required".to_owned());
        }
        let mut sections = Vec::with_capacity(list.len());
        // Explicit ids and the path of the section that used each first.
        let mut explicit_ids: Vec<(String, String)> = Vec::new();
        for (i, item) in list.iter().enumerate() {
            let path = index("sections", i);
            if let Some(section) = self.section(item, &path, &mut explicit_ids) {
                sections.push(section);
            }
        }
        assign_missing_ids(&mut sections);
        sections
    }

    fn section(
        &mut self,
        value: &Value,
        path: &str,
        explicit_ids: &mut Vec<(String, String)>,
    ) -> Option<Section> {
        let obj = self.object(value, path)?;
        self.require(obj, path, "title");
        // Only an empty section gets this error; lists with bad entries get their own.
        let has_entries = |key: &str| {
            present(obj, key).is_some_and(|v| !matches!(v, Value::Array(a) if a.is_empty()))
        };
        if !has_entries("paragraphs") && !has_entries("items") {
            self.error(
                path,
                "a section needs at least one paragraph or item".to_owned(),
            );
        }
        let mut id = String::new();
        let mut title = None;
        let (mut paragraphs, mut items) = (Vec::new(), Vec::new());
        let mut expanded = false;
        for (key, value) in obj {
            if self.visit(path, key, value, SECTION_FIELDS) {
                match key.as_str() {
                    "id" => id = self.section_id(obj, path, explicit_ids),
                    "title" => title = self.required_text(obj, path, key),
                    "paragraphs" => paragraphs = self.string_list(obj, path, key, key),
                    "items" => items = self.string_list(obj, path, key, key),
                    _ => expanded = self.opt_bool(obj, path, key).unwrap_or(false),
                }
            }
        }
        Some(Section {
            id,
            title: title?,
            paragraphs,
            items,
            expanded,
        })
    }

    /// A section's explicit id, or empty (an id is derived from its title later).
    fn section_id(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        explicit_ids: &mut Vec<(String, String)>,
    ) -> String {
        match self.opt_string(obj, path, "id") {
            Some(id) if is_slug(&id) => {
                if let Some((_, first)) = explicit_ids.iter().find(|(seen, _)| *seen == id) {
                    self.error(
                        &child(path, "id"),
                        format!("duplicate id `{id}`, already used by {first}"),
                    );
                } else {
                    explicit_ids.push((id.clone(), path.to_owned()));
                }
                id
            }
            Some(id) => {
                self.error(
                    &child(path, "id"),
                    format!(
                        "{} is not a valid id: use 1 to 64 lower-case letters a-z, digits and hyphens",
                        quoted(&id)
                    ),
                );
                String::new()
            }
            None => String::new(),
        }
    }

    fn authors(&mut self, obj: &Map<String, Value>) -> Vec<Author> {
        let Some(value) = present(obj, "authors") else {
            return Vec::new();
        };
        let Some(list) = self.array(value, "authors", MAX_LIST_LEN, "authors") else {
            return Vec::new();
        };
        let mut authors = Vec::with_capacity(list.len());
        for (i, item) in list.iter().enumerate() {
            let path = index("authors", i);
            let Some(obj) = self.object(item, &path) else {
                continue;
            };
            self.require(obj, &path, "name");
            let (mut name, mut bio, mut url) = (None, None, None);
            for (key, value) in obj {
                if self.visit(&path, key, value, AUTHOR_FIELDS) {
                    match key.as_str() {
                        "name" => name = self.required_text(obj, &path, key),
                        "bio" => bio = self.opt_string(obj, &path, key),
                        _ => url = self.opt_url(obj, &path, key),
                    }
                }
            }
            if let Some(name) = name {
                authors.push(Author { name, bio, url });
            }
        }
        authors
    }

    fn source(&mut self, obj: &Map<String, Value>) -> Option<Source> {
        let value = present(obj, "source")?;
        let obj = self.object(value, "source")?;
        let mut source = Source::default();
        for (key, value) in obj {
            if self.visit("source", key, value, SOURCE_FIELDS) {
                match key.as_str() {
                    "title" => source.title = self.opt_string(obj, "source", key),
                    "publisher" => source.publisher = self.opt_string(obj, "source", key),
                    "date" => source.date = self.source_date(obj),
                    "url" => source.url = self.opt_url(obj, "source", key),
                    _ => source.doi = self.source_doi(obj),
                }
            }
        }
        Some(source)
    }

    fn source_date(&mut self, obj: &Map<String, Value>) -> Option<String> {
        let date = self.opt_string(obj, "source", "date")?;
        if is_iso_date(&date) {
            return Some(date);
        }
        self.error(
            "source.date",
            format!(
                "{} is not an ISO 8601 date: use YYYY-MM-DD, YYYY-MM or YYYY",
                quoted(&date)
            ),
        );
        None
    }

    fn source_doi(&mut self, obj: &Map<String, Value>) -> Option<String> {
        let doi = self.opt_string(obj, "source", "doi")?;
        if is_doi(&doi) {
            return Some(doi);
        }
        self.error(
            "source.doi",
            format!(
                "{} is not a DOI: expected the form 10.1234/suffix, without a doi.org prefix",
                quoted(&doi)
            ),
        );
        None
    }

    fn array<'v>(
        &mut self,
        value: &'v Value,
        path: &str,
        limit: usize,
        noun: &str,
    ) -> Option<&'v Vec<Value>> {
        let Value::Array(list) = value else {
            self.error(path, format!("expected an array, found {}", kind_of(value)));
            return None;
        };
        if list.len() > limit {
            // Entries past the limit are not checked: a hostile list must not yield a problem each.
            self.error(path, format!("{} {noun}, the limit is {limit}", list.len()));
            return None;
        }
        Some(list)
    }

    fn string_list(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        key: &str,
        noun: &str,
    ) -> Vec<String> {
        let Some(value) = present(obj, key) else {
            return Vec::new();
        };
        let path = child(path, key);
        let Some(list) = self.array(value, &path, MAX_LIST_LEN, noun) else {
            return Vec::new();
        };
        list.iter()
            .enumerate()
            .filter_map(|(i, item)| self.string(item, &index(&path, i)))
            .collect()
    }

    /// A text field: a string within the length limit and without control characters.
    fn string(&mut self, value: &Value, path: &str) -> Option<String> {
        let text = self.any_string(value, path)?;
        if let Some((at, c)) = forbidden_control(&text) {
            self.error(
                path,
                format!(
                    "control character U+{:04X} at character {}: only tabs and line breaks are allowed",
                    u32::from(c),
                    at + 1
                ),
            );
            return None;
        }
        Some(text)
    }

    /// A string within the length limit (links: `safe_href` judges their characters).
    fn any_string(&mut self, value: &Value, path: &str) -> Option<String> {
        let Value::String(text) = value else {
            self.error(path, format!("expected a string, found {}", kind_of(value)));
            return None;
        };
        // A text has no more characters than bytes: only a long one needs counting.
        if text.len() > MAX_STRING_CHARS {
            let chars = text.chars().count();
            if chars > MAX_STRING_CHARS {
                self.error(
                    path,
                    format!("the text is {chars} characters long, the limit is {MAX_STRING_CHARS}"),
                );
                return None;
            }
        }
        Some(text.clone())
    }

    fn opt_string(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        let value = present(obj, key)?;
        self.string(value, &child(path, key))
    }

    fn required_text(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        let path = child(path, key);
        // Absent: reported by `require` where the object starts.
        let value = present(obj, key)?;
        let text = self.string(value, &path)?;
        if text.trim().is_empty() {
            self.error(&path, "must not be blank".to_owned());
            return None;
        }
        Some(text)
    }

    fn opt_bool(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<bool> {
        let value = present(obj, key)?;
        match value {
            Value::Bool(b) => Some(*b),
            other => {
                self.error(
                    &child(path, key),
                    format!("expected true or false, found {}", kind_of(other)),
                );
                None
            }
        }
    }

    fn opt_url(&mut self, obj: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        let url = self.any_string(present(obj, key)?, &child(path, key))?;
        match safe_href(&url) {
            LinkCheck::Allowed(href) => Some(href),
            LinkCheck::Empty => {
                self.error(&child(path, key), "must not be blank".to_owned());
                None
            }
            LinkCheck::Refused => {
                self.error(
                    &child(path, key),
                    "links must use http:, https:, mailto: or a relative URL".to_owned(),
                );
                None
            }
        }
    }
}

/// A number written with a zero fraction (`1.0`) as the integer it is, as JSON Schema and
/// JavaScript read it: the same document as text and as a JavaScript object reads the same.
fn whole_number(value: &Value) -> Option<u64> {
    const SAFE: f64 = 9_007_199_254_740_991.0;
    let f = value
        .as_f64()
        .filter(|f| f.fract() == 0.0 && (0.0..=SAFE).contains(f))?;
    // Whole and within 2^53, so the conversion is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Some(f as u64)
}

/// A field that is there and not `null`: optional fields may be written as `null` by tools.
fn present<'v>(obj: &'v Map<String, Value>, key: &str) -> Option<&'v Value> {
    obj.get(key).filter(|v| !v.is_null())
}

/// A value as messages name it: `the number 1.5`, else its kind (`a string`, `an array`, …).
pub(crate) fn describe_value(value: &Value) -> String {
    match value {
        Value::Number(n) => format!("the number {}", number_text::number_text(n)),
        other => kind_of(other).to_owned(),
    }
}

/// Fills in ids derived from titles, keeping every id in the card unique.
fn assign_missing_ids(sections: &mut [Section]) {
    let mut taken: Vec<String> = sections
        .iter()
        .filter(|s| !s.id.is_empty())
        .map(|s| s.id.clone())
        .collect();
    for (i, section) in sections.iter_mut().enumerate() {
        if !section.id.is_empty() {
            continue;
        }
        let mut base = slugify(&section.title);
        if base.is_empty() {
            base = format!("section-{}", i + 1);
        }
        let mut id = base.clone();
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        taken.push(id.clone());
        section.id = id;
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Well-formedness in the spirit of BCP 47: a 2–3 letter language (or `x`/`i` private use) and
/// alphanumeric subtags of 1–8 characters.
pub(crate) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts.next().is_some_and(|first| {
        (matches!(first.len(), 2 | 3)
            || first.eq_ignore_ascii_case("x")
            || first.eq_ignore_ascii_case("i"))
            && first.bytes().all(|b| b.is_ascii_alphabetic())
    });
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// ISO 8601 calendar dates at year, month or day precision, with a real day of the month.
fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] => number(y, 4).is_some(),
        [y, m] => number(y, 4).is_some() && number(m, 2).is_some_and(|m| (1..=12).contains(&m)),
        [y, m, d] => {
            let (Some(y), Some(m), Some(d)) = (number(y, 4), number(m, 2), number(d, 2)) else {
                return false;
            };
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            (1..=days).contains(&d)
        }
        _ => false,
    }
}

fn is_doi(doi: &str) -> bool {
    let Some(rest) = doi.strip_prefix("10.") else {
        return false;
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return false;
    };
    !registrant.is_empty()
        && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !suffix.is_empty()
        && !suffix.chars().any(char::is_whitespace)
}

/// The known field nearest to a misspelt one, if it is close enough to be a likely typo.
fn closest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let len = key.chars().count();
    // More than two characters longer or shorter is more than two edits: skip the quadratic
    // distance, which a megabyte-long key would make slow.
    // The known names are ASCII, so ASCII case folding finds the same fields as Unicode's; and
    // `to_lowercase` would bring Unicode's case tables into the wasm (3.4 KB brotli).
    let key = (len <= 64).then(|| key.to_ascii_lowercase())?;
    known
        .iter()
        .filter(|k| k.chars().count().abs_diff(len) <= 2)
        .map(|k| (edit_distance(&key, &k.to_ascii_lowercase()), *k))
        .filter(|(d, k)| *d <= 2 && *d < k.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for ca in a.chars() {
        let mut diagonal = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first += 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let value = (diagonal + usize::from(ca != *cb))
                .min(above.saturating_add(1))
                .min(left.saturating_add(1));
            diagonal = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = value;
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests;
