//! A document's card as the CLI writes it: a snippet or a complete page, with its stylesheet,
//! schema.org structured data, and the marker that lets the browser bundle upgrade it in place.
//!
//! The marker wraps the card in a loader host that says it was rendered statically and carries
//! the document it came from (or its URL) and the options it was rendered with:
//!
//! ```html
//! <div class="exec-summary" data-es-static data-heading-level="3">
//!   <script type="application/json" class="exec-summary-data">{"title":"…",…}</script>
//!   <article class="es-card" …>…</article>
//! </div>
//! ```
//!
//! (written on one line, with no whitespace between the elements). The JSON is the source
//! document, compact, with `<`, `>` and `&` escaped as `\u003c`, `\u003e` and `\u0026` so no text in
//! it can close the script element.

use std::fmt;
use std::io;

use serde_json::Value;

use super::{render_card, RenderOptions, STYLESHEET};
use crate::jsonld::{json_ld_script, script_json};
use crate::markup::{parse_inline, plain_text};
use crate::model::{parse, Document, Problem};

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

/// How the static card points the browser bundle at its data, to be upgraded in place.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Marker {
    /// No marker: the card is static for good.
    #[default]
    None,
    /// The source document, in a `<script type="application/json">` inside the host.
    EmbedData,
    /// The URL of the source document, as the host's `data-src`.
    DataSrc(String),
}

/// Everything that shapes the output besides the card itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageOptions {
    /// Options of the card.
    pub card: RenderOptions,
    /// The stylesheet put before the card (in the `<head>` of a standalone page).
    pub stylesheet: Stylesheet,
    /// A complete HTML page rather than a snippet.
    pub standalone: bool,
    /// Adds the schema.org JSON-LD `<script>`.
    pub json_ld: bool,
    /// Wraps the card in a host the browser bundle upgrades in place.
    pub marker: Marker,
}

/// The HTML of one document and the warnings its validation found.
#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    /// The output, ending with a newline.
    pub html: String,
    /// Problems that did not stop the card, such as unknown fields.
    pub warnings: Vec<Problem>,
}

/// Why a document could not be rendered.
#[derive(Debug)]
pub enum RenderError {
    /// The document is not valid: every problem, errors and warnings, in document order.
    Invalid(Vec<Problem>),
    /// Yew's renderer could not start.
    Renderer(io::Error),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Invalid(problems) => {
                let errors = problems.iter().filter(|p| p.is_error()).count();
                write!(f, "invalid document ({errors} errors)")
            }
            RenderError::Renderer(err) => write!(f, "cannot start the renderer: {err}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// Validates JSON text and renders it as `options` say; the same input gives the same bytes.
pub fn render_text(text: &str, options: &PageOptions) -> Result<Rendered, RenderError> {
    let parsed = parse(text).map_err(RenderError::Invalid)?;
    let source = match options.marker {
        // `parse` accepted the text, so it is JSON (after an optional byte-order mark).
        Marker::EmbedData => {
            serde_json::from_str::<Value>(text.strip_prefix('\u{feff}').unwrap_or(text)).ok()
        }
        _ => None,
    };
    let html = render_page(parsed.document, source.as_ref(), options)?;
    Ok(Rendered {
        html,
        warnings: parsed.warnings,
    })
}

/// Renders a validated document; `source` is the JSON embedded by [`Marker::EmbedData`].
pub fn render_page(
    document: Document,
    source: Option<&Value>,
    options: &PageOptions,
) -> Result<String, RenderError> {
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
    let card_options = RenderOptions {
        upgradable: options.marker != Marker::None,
        ..options.card.clone()
    };
    let card = render_card(document, &card_options).map_err(RenderError::Renderer)?;
    let body = match &options.marker {
        Marker::None => card,
        marker => format!(
            "{}{}{card}</div>",
            host_start_tag(marker, &options.card),
            data_script(marker, source)
        ),
    };
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
    Ok(out)
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

/// The host element's start tag, with the options the card was rendered with, so the browser
/// bundle renders the same card when it takes over.
fn host_start_tag(marker: &Marker, card: &RenderOptions) -> String {
    let mut tag = String::from("<div class=\"exec-summary\" data-es-static");
    if let Marker::DataSrc(url) = marker {
        tag.push_str(&format!(" data-src=\"{}\"", escape_attribute(url)));
    }
    if card.heading_level != RenderOptions::default().heading_level {
        tag.push_str(&format!(" data-heading-level=\"{}\"", card.heading_level));
    }
    for (name, value) in [
        ("id-prefix", &card.id_prefix),
        ("theme", &card.theme),
        ("variant", &card.variant),
    ] {
        if !value.is_empty() {
            tag.push_str(&format!(" data-{name}=\"{}\"", escape_attribute(value)));
        }
    }
    tag.push('>');
    tag
}

fn data_script(marker: &Marker, source: Option<&Value>) -> String {
    match (marker, source) {
        (Marker::EmbedData, Some(value)) => format!(
            "<script type=\"application/json\" class=\"exec-summary-data\">{}</script>",
            script_json(value)
        ),
        _ => String::new(),
    }
}

/// Escapes text for an attribute value in double quotes.
pub fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escapes text for element content.
fn escape_text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
