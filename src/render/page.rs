//! A document's card as the CLI writes it with page options: a complete page, its stylesheet,
//! and schema.org structured data around the card (in its static marker, `marker.rs`, if any).

use super::marker::{escape_attribute, wrap};
use super::{checked, render_static, Input, Rendered, STYLESHEET};
use crate::jsonld::json_ld_script;
use crate::markup::{parse_inline, plain_text};
use crate::model::Document;
use crate::options::{Marker, Resolved};

/// Where the card's stylesheet comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Stylesheet {
    /// None: the page already has it.
    #[default]
    None,
    /// The shipped stylesheet, in a `<style>` element.
    Inline,
    /// A `<link rel="stylesheet">` to this URL.
    Link(String),
}

/// Everything that shapes the output besides the card itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageOptions {
    /// The card's options and its marker.
    pub card: Resolved,
    /// The stylesheet put before the card (in the `<head>` of a standalone page).
    pub stylesheet: Stylesheet,
    /// A complete HTML page rather than a snippet (which embeds the document unless the card
    /// points at its URL).
    pub standalone: bool,
    /// Adds the schema.org JSON-LD `<script>`.
    pub json_ld: bool,
}

impl PageOptions {
    /// Whether the output is exactly [`render_static`]'s (no page around the card).
    fn is_snippet(&self) -> bool {
        !self.standalone && !self.json_ld && self.stylesheet == Stylesheet::None
    }
}

/// Validates a document and renders it as `options` say; the same input gives the same bytes.
pub fn render_page(input: Input<'_>, options: &PageOptions) -> Rendered {
    let mut card = options.card.clone();
    if options.standalone && card.marker == Marker::None {
        card.marker = Marker::EmbedData;
    }
    if options.is_snippet() {
        return render_static(input, &card);
    }
    let mut problems = card.warnings.clone();
    let parsed = match input.parse() {
        Ok(parsed) => parsed,
        Err(found) => {
            problems.extend(found);
            return Rendered {
                html: String::new(),
                ok: false,
                problems,
            };
        }
    };
    problems.extend(parsed.warnings);
    let document = parsed.document;
    let stylesheet = match &options.stylesheet {
        Stylesheet::None => String::new(),
        Stylesheet::Inline => format!("<style>\n{STYLESHEET}</style>\n"),
        Stylesheet::Link(href) => format!(
            "<link rel=\"stylesheet\" href=\"{}\">\n",
            escape_attribute(href)
        ),
    };
    let json_ld = if options.json_ld {
        format!("{}\n", json_ld_script(&document))
    } else {
        String::new()
    };
    let head = options.standalone.then(|| page_head(&document));
    let body = wrap(document, &card, || input.script_json());
    if body.is_empty() {
        return checked(body, "", problems);
    }
    let mut out = String::with_capacity(body.len() + stylesheet.len() + json_ld.len() + 512);
    match head {
        None => {
            out.push_str(&stylesheet);
            out.push_str(&json_ld);
            out.push_str(&body);
            out.push('\n');
        }
        Some(head) => {
            out.push_str(&head);
            out.push_str(&stylesheet);
            out.push_str(&json_ld);
            out.push_str("</head>\n<body>\n");
            out.push_str(&body);
            out.push_str("\n</body>\n</html>\n");
        }
    }
    checked(out, "", problems)
}

/// `<!DOCTYPE html>` to the last `<meta>` of the head of a standalone page.
fn page_head(document: &Document) -> String {
    let mut head = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n",
        escape_attribute(&document.lang),
        document.dir.as_str(),
        escape_text(&document.title)
    );
    if let Some(description) = &document.description {
        let plain = plain_text(&parse_inline(description));
        head.push_str(&format!(
            "<meta name=\"description\" content=\"{}\">\n",
            escape_attribute(&plain)
        ));
    }
    head
}

/// Escapes text for element content.
fn escape_text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
