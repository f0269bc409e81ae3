//! Turns plain text or Markdown laid out like a published executive summary into a contract
//! document, so authors never have to write the JSON by hand.
//!
//! The layout it reads: a title line, an optional subtitle line, a description paragraph, an
//! `EXECUTIVE SUMMARY` heading, section headings (upper case in plain text, `##` in Markdown) with
//! paragraphs and `- ` bullet items, and notes about the authors at the end, each beginning with
//! the person's name ("Ma Bin is …", "Ma Bin, …", "Ma Bin — …"). Nothing is dropped: text that
//! fits no part of the layout lands in a section, and every guess worth checking is a warning.

use std::fmt;

use serde_json::{json, Map, Value};

use crate::markup::{parse_inline, plain_text, Inline};
use crate::model::{parse_value, SUPPORTED_VERSION};

/// How the input text is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Markdown if any line is a heading (`# …`, or underlined with `===`), plain text otherwise.
    #[default]
    Auto,
    /// Plain text: upper-case headings, one paragraph per line.
    Text,
    /// Markdown: `#` headings, paragraphs separated by blank lines, inline markup kept.
    Markdown,
}

/// How a text is imported.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Layout of the input.
    pub format: Format,
    /// BCP 47 language tag written to the document (`en` when `None`).
    pub lang: Option<String>,
}

/// Something the importer guessed or could not place, with the input line it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    line: usize,
    message: String,
}

impl Warning {
    fn new(line: usize, message: String) -> Self {
        Self { line, message }
    }

    /// 1-based input line the warning is about; 0 for the input as a whole.
    pub fn line(&self) -> usize {
        self.line
    }

    /// What the importer did, in words an author understands.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(&self.message)
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

/// The imported document (JSON in contract order) and the warnings found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The contract document; check it with [`crate::model::parse_value`] before use.
    pub document: Value,
    /// Guesses and placements worth checking, in input order.
    pub warnings: Vec<Warning>,
}

/// Imports `text`; the result is a valid document whenever the text has a title and some body.
pub fn import(text: &str, options: &ImportOptions) -> Imported {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.split('\n').collect();
    let markdown = match options.format {
        Format::Markdown => true,
        Format::Text => false,
        Format::Auto => lines
            .iter()
            .any(|line| atx_heading(line).is_some() || setext_underline(line.trim()) == Some(1)),
    };
    let mut warnings = Vec::new();
    let units = if markdown {
        markdown_units(&lines)
    } else {
        text_units(&lines)
    };
    let mut document = Assembler::new(&mut warnings).assemble(units, markdown, options);
    fill_section_ids(&mut document);
    warnings.sort_by_key(|w| w.line);
    Imported { document, warnings }
}

/// One block of the input: a heading, a paragraph or a list item, with its first line number.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Unit {
    line: usize,
    kind: Kind,
    text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A heading; `level` is Markdown's (1 for `#`), 0 for an upper-case line of plain text.
    Heading {
        level: u8,
    },
    Paragraph,
    Item,
}

// ---------------------------------------------------------------- plain text

/// Plain text: every line is a paragraph, an item or a heading; a line that starts in lower case
/// right after an unfinished one continues it (hard-wrapped text).
fn text_units(lines: &[&str]) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut after_blank = true;
    for (i, raw) in lines.iter().enumerate() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            after_blank = true;
            continue;
        }
        let number = i + 1;
        let indented = trimmed.len() < line.len();
        let unit = if let Some(item) = bullet(trimmed) {
            Unit {
                line: number,
                kind: Kind::Item,
                text: item.to_owned(),
            }
        } else if is_upper_heading(trimmed) {
            Unit {
                line: number,
                kind: Kind::Heading { level: 0 },
                text: trimmed.to_owned(),
            }
        } else {
            let continues = units.last().is_some_and(|last| {
                !after_blank
                    && match last.kind {
                        Kind::Paragraph => !ends_sentence(&last.text) && starts_lower_case(trimmed),
                        Kind::Item => indented || starts_lower_case(trimmed),
                        Kind::Heading { .. } => false,
                    }
            });
            if continues {
                if let Some(last) = units.last_mut() {
                    last.text.push(' ');
                    last.text.push_str(trimmed);
                }
                after_blank = false;
                continue;
            }
            Unit {
                line: number,
                kind: Kind::Paragraph,
                text: trimmed.to_owned(),
            }
        };
        units.push(unit);
        after_blank = false;
    }
    units
}

/// A line written in capitals ("MAIN ARGUMENT", "POLICY IMPLICATIONS:"), short enough to be a
/// heading rather than a shouted sentence.
fn is_upper_heading(line: &str) -> bool {
    let upper = line.chars().filter(|c| c.is_uppercase()).count();
    upper >= 2
        && !line.chars().any(char::is_lowercase)
        && line.chars().count() <= 120
        && !line.ends_with(['.', ','])
}

// ---------------------------------------------------------------- Markdown

/// Markdown: ATX and setext headings, paragraphs of consecutive lines, list items with their
/// continuation lines, block quotes read as text; code fences and thematic breaks are markers.
fn markdown_units(lines: &[&str]) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    // Whether the last unit may take the next line (no blank line or block start in between).
    let mut open = false;
    for (i, raw) in lines.iter().enumerate() {
        let number = i + 1;
        let line = raw.trim_end();
        let mut trimmed = line.trim_start();
        let indented = trimmed.len() < line.len();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            open = false;
            continue;
        }
        while let Some(rest) = trimmed.strip_prefix('>') {
            trimmed = rest.trim_start();
        }
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        if let Some((level, text)) = atx_heading(trimmed) {
            units.push(Unit {
                line: number,
                kind: Kind::Heading { level },
                text: markdown_inline(text),
            });
            open = false;
            continue;
        }
        if let Some(level) = setext_underline(trimmed) {
            let single_line_paragraph = open
                && units
                    .last()
                    .is_some_and(|u| u.kind == Kind::Paragraph && u.line + 1 == number);
            if single_line_paragraph {
                if let Some(last) = units.last_mut() {
                    last.kind = Kind::Heading { level };
                }
                open = false;
                continue;
            }
        }
        if is_thematic_break(trimmed) {
            open = false;
            continue;
        }
        if let Some(item) = bullet(trimmed) {
            units.push(Unit {
                line: number,
                kind: Kind::Item,
                text: markdown_inline(item),
            });
            open = true;
            continue;
        }
        let joins = open
            && units.last().is_some_and(|last| match last.kind {
                Kind::Paragraph => true,
                Kind::Item => indented || !ends_sentence(&last.text),
                Kind::Heading { .. } => false,
            });
        if joins {
            if let Some(last) = units.last_mut() {
                last.text.push(' ');
                last.text.push_str(&markdown_inline(trimmed));
            }
        } else {
            units.push(Unit {
                line: number,
                kind: Kind::Paragraph,
                text: markdown_inline(trimmed),
            });
        }
        open = true;
    }
    units
}

/// `## Heading ##` → (2, "Heading").
fn atx_heading(line: &str) -> Option<(u8, &str)> {
    let line = line.trim_start();
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = line.get(hashes..)?;
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim_end();
    let level = u8::try_from(hashes).ok()?;
    Some((level, text))
}

fn setext_underline(line: &str) -> Option<u8> {
    if line.len() >= 2 && line.chars().all(|c| c == '=') {
        Some(1)
    } else if line.len() >= 2 && line.chars().all(|c| c == '-') {
        Some(2)
    } else {
        None
    }
}

fn is_thematic_break(line: &str) -> bool {
    ['-', '*', '_'].iter().any(|&mark| {
        let marks = line.chars().filter(|&c| c == mark).count();
        marks >= 3 && line.chars().all(|c| c == mark || c == ' ')
    })
}

/// Markdown inline syntax in the contract's dialect: `_em_` and `__strong__` become `*em*` and
/// `**strong**`, autolinks become `[url](url)`, code spans lose their backticks, and backslash
/// escapes the contract does not know are resolved. Links, `*em*` and `**strong**` pass as is.
fn markdown_inline(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(c) = at(i) {
        match c {
            '\\' => match at(i + 1) {
                Some(next) if matches!(next, '*' | '[' | ']' | '(' | ')' | '\\') => {
                    out.push('\\');
                    out.push(next);
                    i += 2;
                }
                Some(next) if next.is_ascii_punctuation() => {
                    out.push(next);
                    i += 2;
                }
                _ => {
                    out.push('\\');
                    i += 1;
                }
            },
            '`' => {
                let run = chars
                    .get(i..)
                    .map_or(0, |s| s.iter().take_while(|&&c| c == '`').count());
                let close = find_run(&chars, i + run, '`', run);
                match close {
                    Some(end) => {
                        let code: String = chars.get(i + run..end).unwrap_or(&[]).iter().collect();
                        out.push_str(&escape_markup(code.trim()));
                        i = end + run;
                    }
                    None => {
                        out.extend(std::iter::repeat_n('`', run));
                        i += run;
                    }
                }
            }
            '<' => {
                let end = chars
                    .get(i..)
                    .and_then(|s| s.iter().position(|&c| c == '>'));
                let inner: Option<String> = end
                    .and_then(|len| chars.get(i + 1..i + len))
                    .map(|s| s.iter().collect());
                match (inner, end) {
                    (Some(url), Some(len)) if is_autolink(&url) => {
                        out.push_str(&format!("[{url}]({url})"));
                        i += len + 1;
                    }
                    _ => {
                        out.push('<');
                        i += 1;
                    }
                }
            }
            '_' => {
                let run = chars
                    .get(i..)
                    .map_or(0, |s| s.iter().take_while(|&&c| c == '_').count());
                let opens = (run == 1 || run == 2)
                    && !i
                        .checked_sub(1)
                        .and_then(&at)
                        .is_some_and(char::is_alphanumeric)
                    && at(i + run).is_some_and(|c| !c.is_whitespace());
                let close = if opens {
                    find_closing_underscores(&chars, i + run, run)
                } else {
                    None
                };
                match close {
                    Some(end) => {
                        let stars = "*".repeat(run);
                        let inner: String = chars.get(i + run..end).unwrap_or(&[]).iter().collect();
                        out.push_str(&stars);
                        out.push_str(&markdown_inline(&inner));
                        out.push_str(&stars);
                        i = end + run;
                    }
                    None => {
                        out.extend(std::iter::repeat_n('_', run.max(1)));
                        i += run.max(1);
                    }
                }
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Start of the next run of exactly `len` `mark` characters at or after `from`.
fn find_run(chars: &[char], from: usize, mark: char, len: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        let run = chars
            .get(i..)
            .map_or(0, |s| s.iter().take_while(|&&c| c == mark).count());
        if run == len {
            return Some(i);
        }
        i += run.max(1);
    }
    None
}

/// Start of the `len` underscores that close emphasis opened before `from`.
fn find_closing_underscores(chars: &[char], from: usize, len: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        let run = chars
            .get(i..)
            .map_or(0, |s| s.iter().take_while(|&&c| c == '_').count());
        if run == 0 {
            i += 1;
            continue;
        }
        let after_text = i
            .checked_sub(1)
            .and_then(|p| chars.get(p))
            .is_some_and(|c| !c.is_whitespace());
        let before_boundary = !chars.get(i + run).is_some_and(|c| c.is_alphanumeric());
        if run == len && after_text && before_boundary {
            return Some(i);
        }
        i += run;
    }
    None
}

fn is_autolink(inner: &str) -> bool {
    let lower = inner.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:"))
        && !inner.contains(char::is_whitespace)
}

/// Text shown literally by the contract's markup (its markers escaped with a backslash).
fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '[' | ']' | '(' | ')' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

// ---------------------------------------------------------------- shared line helpers

/// The text of a bullet or numbered list item (`- `, `* `, `+ `, `• `, `– `, `1. `, `1) `).
fn bullet(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ ", "• ", "– ", "· "] {
        if let Some(rest) = line.strip_prefix(marker) {
            let rest = rest.trim_start();
            return (!rest.is_empty()).then_some(rest);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = line.get(digits..)?;
        let rest = rest
            .strip_prefix(". ")
            .or_else(|| rest.strip_prefix(") "))?
            .trim_start();
        return (!rest.is_empty()).then_some(rest);
    }
    None
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', '*', '_'])
        .ends_with(['.', '!', '?', ':', ';', '。', '！', '？'])
}

fn starts_lower_case(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

// ---------------------------------------------------------------- assembly

/// A section being filled.
struct Draft {
    title: String,
    paragraphs: Vec<String>,
    items: Vec<String>,
}

struct AuthorNote {
    name: String,
    bio: String,
    url: Option<String>,
}

struct Assembler<'w> {
    warnings: &'w mut Vec<Warning>,
}

impl<'w> Assembler<'w> {
    fn new(warnings: &'w mut Vec<Warning>) -> Self {
        Self { warnings }
    }

    fn warn(&mut self, line: usize, message: String) {
        self.warnings.push(Warning::new(line, message));
    }

    fn assemble(&mut self, units: Vec<Unit>, markdown: bool, options: &ImportOptions) -> Value {
        let mut rest = units.into_iter().peekable();
        let mut doc = Map::new();
        doc.insert("version".to_owned(), json!(SUPPORTED_VERSION));
        doc.insert(
            "lang".to_owned(),
            json!(options.lang.as_deref().unwrap_or("en")),
        );

        // Title: the first block, unless it is a list item or a Markdown section heading.
        let can_be_title = |u: &Unit| match u.kind {
            Kind::Heading { level } => level <= 1,
            Kind::Paragraph => true,
            Kind::Item => false,
        };
        match rest.next_if(can_be_title) {
            Some(unit) => {
                let title = self.plain_field(&unit, "title");
                doc.insert("title".to_owned(), json!(title));
            }
            None => self.warn(
                0,
                "no title: the first line of the text is the title".to_owned(),
            ),
        }

        // Subtitle: a short line right after the title that does not end a sentence.
        if let Some(unit) =
            rest.next_if(|u| u.kind == Kind::Paragraph && looks_like_subtitle(&u.text))
        {
            let subtitle = self.plain_field(&unit, "subtitle");
            doc.insert("subtitle".to_owned(), json!(subtitle));
        }

        // Description: the next paragraph, if it comes before any heading.
        if let Some(unit) = rest.next_if(|u| u.kind == Kind::Paragraph) {
            doc.insert("description".to_owned(), json!(unit.text));
        }

        let mut body: Vec<Unit> = rest.collect();
        let authors = self.take_authors(&mut body, markdown);

        let mut summary_heading: Option<String> = None;
        let mut sections: Vec<Draft> = Vec::new();
        let mut pending: Option<Unit> = None;
        for unit in body {
            match unit.kind {
                Kind::Heading { .. }
                    if summary_heading.is_none() && is_summary_heading(&unit.text) =>
                {
                    summary_heading = Some(heading_text(&unit.text));
                }
                Kind::Heading { .. } => {
                    if let Some(empty) = pending.replace(unit) {
                        self.demote(empty, &mut sections);
                    }
                }
                Kind::Paragraph | Kind::Item => {
                    if let Some(heading) = pending.take() {
                        sections.push(Draft {
                            title: heading_text(&heading.text),
                            paragraphs: Vec::new(),
                            items: Vec::new(),
                        });
                    }
                    self.place(unit, &mut sections);
                }
            }
        }
        if let Some(empty) = pending {
            self.demote(empty, &mut sections);
        }

        if let Some(heading) = summary_heading {
            doc.insert("summaryHeading".to_owned(), json!(heading));
        }
        if sections.is_empty() {
            self.warn(
                0,
                "no section: add a heading and some text under it".to_owned(),
            );
        }
        let sections: Vec<Value> = sections.into_iter().map(section_value).collect();
        doc.insert("sections".to_owned(), Value::Array(sections));
        if !authors.is_empty() {
            let authors: Vec<Value> = authors.into_iter().map(author_value).collect();
            doc.insert("authors".to_owned(), Value::Array(authors));
        }
        Value::Object(doc)
    }

    /// A field the card shows as plain text (title, subtitle): markup is reduced to its text.
    fn plain_field(&mut self, unit: &Unit, field: &str) -> String {
        let inlines = parse_inline(&unit.text);
        let plain = plain_text(&inlines);
        // A line set in italics or bold as a whole (`*Chinese Perspectives*`) loses nothing.
        let wholly_emphasised = matches!(
            inlines.as_slice(),
            [Inline::Emphasis(inner) | Inline::Strong(inner)]
                if inner.iter().all(|i| matches!(i, Inline::Text(_)))
        );
        if plain != unit.text && !wholly_emphasised {
            self.warn(
                unit.line,
                format!("the {field} is shown as plain text: its markup was reduced to `{plain}`"),
            );
        }
        plain
    }

    /// Puts a paragraph or item into the last section, opening an "Overview" section for text
    /// that comes before any section heading.
    fn place(&mut self, unit: Unit, sections: &mut Vec<Draft>) {
        if sections.is_empty() {
            self.warn(
                unit.line,
                "text before the first section heading: placed in a section titled \"Overview\""
                    .to_owned(),
            );
            sections.push(Draft {
                title: "Overview".to_owned(),
                paragraphs: Vec::new(),
                items: Vec::new(),
            });
        }
        let Some(section) = sections.last_mut() else {
            return;
        };
        match unit.kind {
            Kind::Item => section.items.push(unit.text),
            _ => {
                if !section.items.is_empty() {
                    let title = section.title.clone();
                    self.warn(
                        unit.line,
                        format!("paragraph after the list in \"{title}\": the card shows it before the list"),
                    );
                }
                section.paragraphs.push(unit.text);
            }
        }
    }

    /// A heading with no text under it is kept as a paragraph where it stood.
    fn demote(&mut self, heading: Unit, sections: &mut Vec<Draft>) {
        self.warn(
            heading.line,
            format!(
                "heading \"{}\" has no text under it: kept as a paragraph",
                heading.text
            ),
        );
        self.place(
            Unit {
                kind: Kind::Paragraph,
                ..heading
            },
            sections,
        );
    }

    /// Removes the notes about the authors from the end of the body: paragraphs that begin with
    /// a person's name, after the last section's own text or under an "About the authors" heading.
    fn take_authors(&mut self, body: &mut Vec<Unit>, markdown: bool) -> Vec<AuthorNote> {
        let mut start = body.len();
        while let Some(unit) = start.checked_sub(1).and_then(|i| body.get(i)) {
            let eligible = unit.kind == Kind::Paragraph || (markdown && unit.kind == Kind::Item);
            if eligible && author_name(&unit.text).is_some() {
                start -= 1;
            } else {
                break;
            }
        }
        if start == body.len() {
            return Vec::new();
        }
        let before = start.checked_sub(1).and_then(|i| body.get(i));
        let under_authors_heading = before
            .is_some_and(|u| matches!(u.kind, Kind::Heading { .. }) && is_authors_heading(&u.text));
        // List items are notes only under such a heading; elsewhere they are a section's list.
        if !under_authors_heading {
            if let Some(last_item) = body.iter().rposition(|u| u.kind == Kind::Item) {
                start = start.max(last_item + 1);
            }
            if start == body.len() {
                return Vec::new();
            }
        }
        let before = start.checked_sub(1).and_then(|i| body.get(i));
        // Under an ordinary heading, the first note must leave some text in its section.
        if !under_authors_heading && before.is_none_or(|u| matches!(u.kind, Kind::Heading { .. })) {
            start += 1;
            if start >= body.len() {
                return Vec::new();
            }
        }
        let notes: Vec<Unit> = body.split_off(start);
        if under_authors_heading {
            if let Some(heading) = body.pop() {
                self.warn(
                    heading.line,
                    format!(
                        "heading \"{}\" replaced by the card's own heading for the authors",
                        heading.text
                    ),
                );
            }
        }
        notes
            .into_iter()
            .filter_map(|unit| {
                let (name, url) = author_name(&unit.text)?;
                let bio = bio_without_name_markup(&unit.text, &name);
                Some(AuthorNote { name, bio, url })
            })
            .collect()
    }
}

fn looks_like_subtitle(text: &str) -> bool {
    let plain = plain_text(&parse_inline(text));
    !ends_sentence(&plain) && plain.split_whitespace().count() <= 16
}

fn is_summary_heading(text: &str) -> bool {
    normalise_heading(text) == "executive summary"
}

fn is_authors_heading(text: &str) -> bool {
    matches!(
        normalise_heading(text).as_str(),
        "authors"
            | "the authors"
            | "about the author"
            | "about the authors"
            | "author notes"
            | "contributors"
            | "about the contributors"
    )
}

fn normalise_heading(text: &str) -> String {
    plain_text(&parse_inline(text))
        .trim()
        .trim_end_matches(':')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A heading as a section title: plain text, without a trailing colon, in title case when it was
/// written all in capitals.
fn heading_text(text: &str) -> String {
    let plain = plain_text(&parse_inline(text));
    let plain = plain.trim().trim_end_matches(':').trim_end();
    if plain.chars().any(char::is_lowercase) {
        plain.to_owned()
    } else {
        title_case(plain)
    }
}

/// "MAIN ARGUMENT" → "Main Argument", "CHINA AND THE U.S." → "China and the U.S.",
/// "SINO-RUSSIAN TIES, PART II" → "Sino-Russian Ties, Part II".
pub fn title_case(text: &str) -> String {
    const MINOR: &[&str] = &[
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
        "or", "per", "the", "to", "via", "vs", "with",
    ];
    let words: Vec<&str> = text.split(' ').collect();
    let last = words.len().saturating_sub(1);
    let mut after_colon = true;
    let mut out = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        let lower = word.to_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
        let titled = if is_abbreviation(word) || is_roman_numeral(word) {
            (*word).to_owned()
        } else if !after_colon && i != last && MINOR.contains(&bare) {
            lower.clone()
        } else {
            word.split('-')
                .map(|part| {
                    if is_abbreviation(part) || is_roman_numeral(part) {
                        part.to_owned()
                    } else {
                        capitalise(part)
                    }
                })
                .collect::<Vec<_>>()
                .join("-")
        };
        after_colon = word.ends_with([':', '—', '–']) || word.is_empty() && after_colon;
        out.push(titled);
    }
    out.join(" ")
}

/// "U.S.", "U.N." — letters separated by full stops are kept as written.
fn is_abbreviation(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 1 && word.contains('.') && word.split('.').all(|part| part.chars().count() <= 1)
}

fn is_roman_numeral(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    (2..=4).contains(&bare.len()) && bare.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn capitalise(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut seen_letter = false;
    for c in word.chars() {
        if !seen_letter && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            seen_letter = true;
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The person a note is about, and the link on their name in Markdown: the capitalised words
/// it opens with, followed by " is", " was", ",", " —", " –" or " -".
fn author_name(text: &str) -> Option<(String, Option<String>)> {
    let inlines = parse_inline(text);
    // A linked or emphasised name comes first in the note: `[Ma Bin](url) is …`, `**Ma Bin** is …`.
    let url = match inlines.first() {
        Some(Inline::Link { href, .. }) => Some(href.clone()),
        _ => None,
    };
    let plain = plain_text(&inlines);
    let words: Vec<&str> = plain.split(' ').collect();
    for count in (2..=6).rev() {
        let (Some(name_words), Some(rest)) = (words.get(..count), words.get(count..)) else {
            continue;
        };
        let Some((last, name_body)) = name_words.split_last() else {
            continue;
        };
        let (last_word, comma) = match last.strip_suffix(',') {
            Some(word) => (word, true),
            None => (*last, false),
        };
        let mut all = name_body.to_vec();
        all.push(last_word);
        if !is_name(&all) {
            continue;
        }
        // "NAME, note", or "NAME is note", "NAME — note" (the word or dash, then the note).
        let follows = if comma {
            !rest.is_empty()
        } else {
            matches!(rest.first().copied(), Some("is" | "was" | "—" | "–" | "-")) && rest.len() >= 2
        };
        if follows {
            return Some((all.join(" "), url));
        }
    }
    None
}

/// Capitalised words, initials and name particles, starting and ending with a capitalised word
/// that is not a common way to open a sentence ("In Beijing, …" is no author note).
fn is_name(words: &[&str]) -> bool {
    const OPENERS: &[&str] = &[
        "A",
        "Also",
        "An",
        "And",
        "As",
        "At",
        "Both",
        "But",
        "By",
        "During",
        "For",
        "From",
        "However",
        "If",
        "In",
        "It",
        "Meanwhile",
        "On",
        "Since",
        "That",
        "The",
        "These",
        "This",
        "Those",
        "To",
        "When",
        "While",
        "With",
    ];
    const PARTICLES: &[&str] = &[
        "al", "bin", "da", "de", "del", "della", "der", "di", "du", "el", "ibn", "la", "le", "van",
        "von",
    ];
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    capitalised(first)
        && !OPENERS.contains(first)
        && capitalised(last)
        && words
            .iter()
            .all(|w| capitalised(w) || PARTICLES.contains(w))
}

/// The note as the bio, with markup around the leading name removed so the card, which sets the
/// name in bold itself, shows it once: `**Ma Bin** is …` → `Ma Bin is …`.
fn bio_without_name_markup(text: &str, name: &str) -> String {
    for (open, close) in [("**", "**"), ("*", "*"), ("[", "]")] {
        let wrapped = format!("{open}{name}{close}");
        if let Some(rest) = text.strip_prefix(&wrapped) {
            // A link's target follows its label: drop `(url)`, the url is the author's link.
            let rest = if open == "[" {
                rest.strip_prefix('(')
                    .and_then(|r| r.find(')').and_then(|end| r.get(end + 1..)))
                    .unwrap_or(rest)
            } else {
                rest
            };
            return format!("{name}{rest}");
        }
    }
    text.to_owned()
}

fn section_value(draft: Draft) -> Value {
    let mut section = Map::new();
    section.insert("title".to_owned(), json!(draft.title));
    if !draft.paragraphs.is_empty() {
        section.insert("paragraphs".to_owned(), json!(draft.paragraphs));
    }
    if !draft.items.is_empty() {
        section.insert("items".to_owned(), json!(draft.items));
    }
    Value::Object(section)
}

fn author_value(note: AuthorNote) -> Value {
    let mut author = Map::new();
    author.insert("name".to_owned(), json!(note.name));
    author.insert("bio".to_owned(), json!(note.bio));
    if let Some(url) = note.url {
        author.insert("url".to_owned(), json!(url));
    }
    Value::Object(author)
}

/// Writes the ids the card will use into each section (first key), so fragments stay stable
/// when an author later edits a title.
fn fill_section_ids(document: &mut Value) {
    let Ok(parsed) = parse_value(document) else {
        return;
    };
    let Some(Value::Array(sections)) = document.get_mut("sections") else {
        return;
    };
    for (value, section) in sections.iter_mut().zip(parsed.document.sections) {
        if let Value::Object(fields) = value {
            let mut with_id = Map::new();
            with_id.insert("id".to_owned(), json!(section.id));
            with_id.append(fields);
            *fields = with_id;
        }
    }
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests;
