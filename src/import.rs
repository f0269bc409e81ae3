//! Turns plain text or Markdown laid out like a published executive summary into a contract
//! document, so authors never have to write the JSON by hand.
//!
//! The layout it reads: a title line, an optional subtitle line, a description paragraph, an
//! `EXECUTIVE SUMMARY` heading, section headings (upper case in plain text, `##` in Markdown) with
//! paragraphs and `- ` bullet items, and notes about the authors at the end, each beginning with
//! the person's name ("Ma Bin is …", "Ma Bin, …", "Ma Bin — …"). Nothing is dropped: text that
//! fits no part of the layout lands in a section, and every guess worth checking is a warning.

use std::fmt;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Parser, Tag, TagEnd};
use serde_json::{json, Map, Value};

use crate::markup::{parse_inline, plain_text, safe_href, Inline, LinkCheck};
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
    let markdown = match options.format {
        Format::Markdown => true,
        Format::Text => false,
        Format::Auto => has_markdown_heading(&text),
    };
    let mut warnings = Vec::new();
    let units = if markdown {
        markdown_units(&text, &mut warnings)
    } else {
        text_units(&text.split('\n').collect::<Vec<_>>())
    };
    let mut document = Assembler::new(&mut warnings, markdown).assemble(units, options);
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

/// Whether `text` has a Markdown heading: ATX (`# …`) at any level, or setext underlined with
/// `===` (a line underlined with `---` is as often a rule under a line of plain text).
fn has_markdown_heading(text: &str) -> bool {
    Parser::new(text)
        .into_offset_iter()
        .any(|(event, range)| match event {
            Event::Start(Tag::Heading { level, .. }) => {
                level == HeadingLevel::H1
                    || text
                        .get(range)
                        .is_some_and(|source| source.trim_start().starts_with('#'))
            }
            _ => false,
        })
}

/// Markdown, read by `pulldown-cmark` as CommonMark: headings, paragraphs and list items are the
/// units (nested lists flattened, the paragraphs of one item joined), block quotes are read as
/// their text, code and HTML blocks as paragraphs of literal text; thematic breaks only separate.
fn markdown_units(text: &str, warnings: &mut Vec<Warning>) -> Vec<Unit> {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(at, _)| at + 1))
        .collect();
    let mut reader = MarkdownReader {
        units: Vec::new(),
        open: Vec::new(),
        literal: false,
        warnings,
    };
    for (event, range) in Parser::new(text).into_offset_iter() {
        let line = line_starts.partition_point(|&start| start <= range.start);
        reader.event(event, line);
    }
    while !reader.open.is_empty() {
        reader.close_unit();
    }
    let mut units = reader.units;
    // An empty heading or list item (`#`, `-`) holds nothing to keep.
    units.retain(|unit| !unit.text.is_empty());
    units
}

struct MarkdownReader<'w> {
    units: Vec<Unit>,
    /// Units still being read, innermost last: a list item stays open around its nested list.
    open: Vec<OpenUnit>,
    /// Inside a code or HTML block, whose text is literal and whose lines are joined.
    literal: bool,
    warnings: &'w mut Vec<Warning>,
}

/// A unit being read: its place in `units`, and its inline content with the emphasis, strong
/// and links still open around the text being read (innermost last).
struct OpenUnit {
    index: usize,
    kind: Kind,
    line: usize,
    frames: Vec<(Frame, Vec<Inline>)>,
}

enum Frame {
    /// The unit's own content, outermost.
    Unit,
    Emphasis,
    Strong,
    Link(String),
    /// Nested deeper than the card's markup reads: its content joins the enclosing one.
    Flat,
}

/// Deepest nesting of emphasis, strong and links kept while reading; the card reads fewer
/// (`markup::MAX_DEPTH`), and [`markup`] gives up what it cannot show, with a warning.
const MAX_FRAMES: usize = 8;

fn warn(warnings: &mut Vec<Warning>, line: usize, message: &str) {
    let warning = Warning::new(line, message.to_owned());
    // Once per unit, not once per tag: the same note on one line says it all.
    if warnings.last() != Some(&warning) {
        warnings.push(warning);
    }
}

impl MarkdownReader<'_> {
    fn event(&mut self, event: Event<'_>, line: usize) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.open_unit(Kind::Heading { level: level as u8 }, line);
            }
            Event::Start(Tag::Item) => {
                if self.in_item() {
                    self.warn(line, NESTED_ITEM);
                }
                self.open_unit(Kind::Item, line);
            }
            Event::Start(Tag::Paragraph) => self.open_block(line),
            Event::Start(Tag::CodeBlock(_)) => {
                self.warn(line, "code block kept as a paragraph of plain text");
                self.open_block(line);
                self.literal = true;
            }
            Event::Start(Tag::HtmlBlock) => {
                self.warn(line, HTML_AS_TEXT);
                self.open_block(line);
                self.literal = true;
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Item) => self.close_unit(),
            Event::End(TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::HtmlBlock) => {
                self.literal = false;
                if !self.in_item() {
                    self.close_unit();
                }
            }
            Event::Start(Tag::Emphasis) => self.open_frame(Frame::Emphasis, line),
            Event::Start(Tag::Strong) => self.open_frame(Frame::Strong, line),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => {
                if !title.is_empty() {
                    self.warn(line, "link title dropped: the card's links have none");
                }
                let url = match link_type {
                    LinkType::Email => format!("mailto:{dest_url}"),
                    // `<a b>` is a Markdown destination; the card's ends at a space.
                    _ => dest_url.replace(' ', "%20"),
                };
                self.open_frame(Frame::Link(url), line);
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                self.warn(line, IMAGE_AS_LINK);
                self.open_frame(Frame::Link(dest_url.replace(' ', "%20")), line);
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link | TagEnd::Image) => {
                if let Some(open) = self.open.last_mut() {
                    if open.close_frame() {
                        warn(self.warnings, line, REFUSED_LINK);
                    }
                }
            }
            Event::Text(text) | Event::Html(text) if self.literal => {
                if let Some(open) = self.inline(line) {
                    for piece in text.split('\n').map(str::trim).filter(|p| !p.is_empty()) {
                        open.space();
                        open.text(piece);
                    }
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(open) = self.inline(line) {
                    open.text(&text);
                }
            }
            Event::InlineHtml(html) | Event::Html(html) => {
                self.warn(line, HTML_AS_TEXT);
                if let Some(open) = self.inline(line) {
                    open.text(&html);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(open) = self.inline(line) {
                    open.space();
                }
            }
            _ => {}
        }
    }

    fn warn(&mut self, line: usize, message: &str) {
        warn(self.warnings, line, message);
    }

    fn in_item(&self) -> bool {
        self.open.last().is_some_and(|open| open.kind == Kind::Item)
    }

    fn open_unit(&mut self, kind: Kind, line: usize) {
        self.open.push(OpenUnit {
            index: self.units.len(),
            kind,
            line,
            frames: vec![(Frame::Unit, Vec::new())],
        });
        self.units.push(Unit {
            line,
            kind,
            text: String::new(),
        });
    }

    /// A paragraph, code or HTML block: a unit of its own, or more of the list item it is in.
    fn open_block(&mut self, line: usize) {
        let Some(item) = self.open.last_mut().filter(|open| open.kind == Kind::Item) else {
            self.open_unit(Kind::Paragraph, line);
            return;
        };
        if item.frames.iter().any(|(_, content)| !content.is_empty()) {
            item.space();
            warn(self.warnings, line, JOINED_ITEM);
        }
    }

    /// The unit that inline content goes to (a paragraph of its own if, against CommonMark,
    /// there were none).
    fn inline(&mut self, line: usize) -> Option<&mut OpenUnit> {
        if self.open.is_empty() {
            self.open_unit(Kind::Paragraph, line);
        }
        self.open.last_mut()
    }

    fn open_frame(&mut self, frame: Frame, line: usize) {
        if let Some(open) = self.inline(line) {
            let frame = if open.frames.len() > MAX_FRAMES {
                Frame::Flat
            } else {
                frame
            };
            open.frames.push((frame, Vec::new()));
        }
    }

    fn close_unit(&mut self) {
        let Some(mut open) = self.open.pop() else {
            return;
        };
        while open.frames.len() > 1 {
            open.close_frame();
        }
        let content = open
            .frames
            .pop()
            .map(|(_, content)| content)
            .unwrap_or_default();
        let (text, note) = markup(&content);
        if let Some(note) = note {
            self.warn(open.line, note);
        }
        if let Some(unit) = self.units.get_mut(open.index) {
            unit.text = text.trim().to_owned();
        }
    }
}

const HTML_AS_TEXT: &str = "HTML is shown as text: the card never reads HTML";
const NESTED_ITEM: &str =
    "nested list item: the card's lists have one level, so it is an item of its own";
const JOINED_ITEM: &str = "list item of several paragraphs or blocks: joined into one item";
const IMAGE_AS_LINK: &str = "image kept as a link to it, its description as the link's text";
const OUTER_EMPHASIS_ONLY: &str = "emphasis inside emphasis: the card shows only the outer one";
const NO_EMPHASIS: &str = "emphasis the card cannot show here was removed, its text kept";
const NO_MARKUP: &str =
    "emphasis and links the card cannot show here were removed, their text kept";
const REFUSED_LINK: &str = "a link whose address the card does not allow (only http, https, \
    mailto and relative ones) is kept as its text";

impl OpenUnit {
    fn content(&mut self) -> Option<&mut Vec<Inline>> {
        self.frames.last_mut().map(|(_, content)| content)
    }

    fn text(&mut self, text: &str) {
        if let Some(content) = self.content() {
            append(content, Inline::Text(text.to_owned()));
        }
    }

    /// A line break or a join: one space, where the content so far does not end with one.
    fn space(&mut self) {
        let started = self.frames.iter().any(|(_, content)| !content.is_empty());
        let Some(content) = self.content() else {
            return;
        };
        let after_space =
            matches!(content.last(), Some(Inline::Text(t)) if t.ends_with(char::is_whitespace));
        if started && !after_space {
            append(content, Inline::Text(" ".to_owned()));
        }
    }

    /// Closes the innermost emphasis, strong or link; true when a link's address was refused.
    fn close_frame(&mut self) -> bool {
        if self.frames.len() < 2 {
            return false;
        }
        let Some((frame, content)) = self.frames.pop() else {
            return false;
        };
        let (nodes, refused) = match frame {
            Frame::Emphasis => (vec![Inline::Emphasis(content)], false),
            Frame::Strong => (vec![Inline::Strong(content)], false),
            Frame::Link(url) => {
                // A link must show something: `[](url)` and images without a description show
                // their address.
                let label = if content.is_empty() {
                    vec![Inline::Text(url.clone())]
                } else {
                    content
                };
                match safe_href(&url) {
                    LinkCheck::Allowed(href) => (
                        vec![Inline::Link {
                            href,
                            children: label,
                        }],
                        false,
                    ),
                    LinkCheck::Empty | LinkCheck::Refused => (label, true),
                }
            }
            Frame::Unit | Frame::Flat => (content, false),
        };
        if let Some(outer) = self.content() {
            nodes.into_iter().for_each(|node| append(outer, node));
        }
        refused
    }
}

/// Adds `node` to inline content as the contract's parser would have it: adjacent texts as one.
fn append(content: &mut Vec<Inline>, node: Inline) {
    match (content.last_mut(), node) {
        (_, Inline::Text(text)) if text.is_empty() => {}
        (Some(Inline::Text(last)), Inline::Text(text)) => last.push_str(&text),
        (_, node) => content.push(node),
    }
}

/// The contract's markup for `content`, read back with the card's parser to check that the card
/// shows what was meant. Where it would not (emphasis nested or touching other emphasis, deeper
/// than the card reads, a link address with spaces), emphasis and then links are given up,
/// and the note says so.
fn markup(content: &[Inline]) -> (String, Option<&'static str>) {
    const LEVELS: [(usize, bool, Option<&str>); 4] = [
        (usize::MAX, true, None),
        (1, true, Some(OUTER_EMPHASIS_ONLY)),
        (0, true, Some(NO_EMPHASIS)),
        (0, false, Some(NO_MARKUP)),
    ];
    let mut text = String::new();
    let mut last_note = None;
    for (emphasis, links, note) in LEVELS {
        let mut kept = Vec::new();
        simplified(content, emphasis, links, &mut kept);
        text.clear();
        write_markup(&kept, &mut text);
        last_note = note;
        if parse_inline(&text) == kept {
            break;
        }
    }
    // The last level is literal text, which always reads back.
    (text, last_note)
}

/// `content` with emphasis nested more than `emphasis` deep, and links unless `links`, replaced
/// by their content.
fn simplified(content: &[Inline], emphasis: usize, links: bool, out: &mut Vec<Inline>) {
    for node in content {
        match node {
            Inline::Text(text) => append(out, Inline::Text(text.clone())),
            Inline::Emphasis(inner) | Inline::Strong(inner) if emphasis == 0 => {
                simplified(inner, 0, links, out);
            }
            Inline::Link { children, .. } if !links => simplified(children, emphasis, links, out),
            Inline::Emphasis(inner) | Inline::Strong(inner) => {
                let mut kept = Vec::new();
                simplified(inner, emphasis - 1, links, &mut kept);
                out.push(if matches!(node, Inline::Emphasis(_)) {
                    Inline::Emphasis(kept)
                } else {
                    Inline::Strong(kept)
                });
            }
            Inline::Link { href, children } => {
                let mut kept = Vec::new();
                simplified(children, emphasis, links, &mut kept);
                out.push(Inline::Link {
                    href: href.clone(),
                    children: kept,
                });
            }
        }
    }
}

/// Inline content in the contract's markup: `*em*`, `**strong**`, `[label](url)`.
fn write_markup(content: &[Inline], out: &mut String) {
    for node in content {
        match node {
            Inline::Text(text) => push_literal(out, text, TEXT_MARKS),
            Inline::Emphasis(inner) => {
                out.push('*');
                write_markup(inner, out);
                out.push('*');
            }
            Inline::Strong(inner) => {
                out.push_str("**");
                write_markup(inner, out);
                out.push_str("**");
            }
            Inline::Link { href, children } => {
                out.push('[');
                write_markup(children, out);
                out.push_str("](");
                push_literal(out, href, URL_MARKS);
                out.push(')');
            }
        }
    }
}

/// What the contract's markup reads as a marker in text. `(` and `)` are markers only after a
/// link's `](`, which only [`write_markup`] writes: prose keeps its parentheses unescaped.
const TEXT_MARKS: &[char] = &['*', '[', ']', '\\'];
/// In a link's address, `(` and `)` are markers too.
const URL_MARKS: &[char] = &['*', '[', ']', '(', ')', '\\'];

/// `text` as literal text of the contract's markup: a backslash before each of `marks`.
fn push_literal(out: &mut String, text: &str, marks: &[char]) {
    for c in text.chars() {
        if marks.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
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
    /// Units read from Markdown, whose literal `*`, `[`, `]` and `\` are escaped.
    markdown: bool,
}

impl<'w> Assembler<'w> {
    fn new(warnings: &'w mut Vec<Warning>, markdown: bool) -> Self {
        Self { warnings, markdown }
    }

    fn warn(&mut self, line: usize, message: String) {
        self.warnings.push(Warning::new(line, message));
    }

    fn assemble(&mut self, units: Vec<Unit>, options: &ImportOptions) -> Value {
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
        let authors = self.take_authors(&mut body);

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
        let written = if self.markdown {
            let mut literal = String::new();
            push_literal(&mut literal, &plain, TEXT_MARKS);
            literal
        } else {
            plain.clone()
        };
        if written != unit.text && !wholly_emphasised {
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
    fn take_authors(&mut self, body: &mut Vec<Unit>) -> Vec<AuthorNote> {
        let mut start = body.len();
        while let Some(unit) = start.checked_sub(1).and_then(|i| body.get(i)) {
            let eligible =
                unit.kind == Kind::Paragraph || (self.markdown && unit.kind == Kind::Item);
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
