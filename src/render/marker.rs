//! The static marker: a card rendered ahead of time, wrapped in a loader host that says so and
//! carries the document it came from (or its URL) and the options it was rendered with, so the
//! browser bundle makes it interactive in place:
//!
//! ```html
//! <div class="exec-summary" data-es-static data-heading-level="3">
//!   <script type="application/json" class="exec-summary-data">{"title":"…",…}</script>
//!   <article class="es-card" …>…</article>
//! </div>
//! ```
//!
//! (written on one line, with no whitespace between the elements). The JSON is the source
//! document as written, without the whitespace between its tokens, with `<`, `>` and `&` escaped as
//! `\u003c`, `\u003e` and `\u0026` so no text in it can close the script element
//! (`script_json.rs`). The npm package's server entry writes the same marker
//! (`src/assets/server/static-card.js`; its tests compare the two).

use std::rc::Rc;

use super::render_card;
use crate::components::hooks;
use crate::model::Document;
use crate::options::{CardOptions, Marker, Reach, Resolved, OPTIONS};

/// The card of `document`, wrapped in the marker `options` ask for (none: the bare card, not
/// upgradable). `source` gives the document's script-safe JSON, asked for only to embed it.
pub fn wrap(
    document: Document,
    options: &Resolved,
    source: impl FnOnce() -> Option<String>,
) -> String {
    let card = Rc::new(options.card.clone());
    if options.marker == Marker::None {
        return render_card(document, card, false);
    }
    let html = render_card(document, Rc::clone(&card), true);
    if html.is_empty() {
        return html;
    }
    let script = match options.marker {
        Marker::EmbedData => source()
            .map(|json| {
                format!(
                    "<script type=\"application/json\" class=\"{}\">{json}</script>",
                    hooks::DATA_SCRIPT
                )
            })
            .unwrap_or_default(),
        _ => String::new(),
    };
    format!(
        "{}{script}{html}</div>",
        host_start_tag(&options.marker, &card)
    )
}

/// The host element's start tag, with every option that is not its default as the attribute the
/// browser bundle reads, so it renders the same card when it takes over.
fn host_start_tag(marker: &Marker, card: &CardOptions) -> String {
    let mut tag = format!("<div class=\"{}\" {}", hooks::HOST, hooks::STATIC_HOST);
    if let Marker::DataSrc(url) = marker {
        tag.push_str(&format!(" data-src=\"{}\"", escape_attribute(url)));
    }
    for spec in OPTIONS.iter().filter(|spec| spec.reach == Reach::Card) {
        if let Some(value) = card.attribute_value(spec) {
            tag.push_str(&format!(
                " data-{}=\"{}\"",
                spec.attribute,
                escape_attribute(&value)
            ));
        }
    }
    tag.push('>');
    tag
}

/// Escapes text for an attribute value in double quotes.
pub fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
