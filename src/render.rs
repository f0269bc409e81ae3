//! Static HTML rendering of the card through Yew's server renderer, for the CLI and tests.

use std::cell::RefCell;
use std::future::Future;
use std::io;
use std::rc::Rc;

use yew::{AttrValue, LocalServerRenderer};

use crate::components::{Card, CardProps, ErrorCard, ErrorCardProps};
use crate::model::{Document, Problem};

pub mod batch;
mod page;

pub use page::{
    escape_attribute, render_page, render_text, Marker, PageOptions, RenderError, Rendered,
    Stylesheet,
};

/// The shipped stylesheet, for `--inline-css` and standalone pages.
pub const STYLESHEET: &str = include_str!("assets/exec-summary.css");

/// How a static card is rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderOptions {
    /// Level of the card's title heading (2–6).
    pub heading_level: u8,
    /// Prefix for the card's element ids; derived from the title when empty.
    pub id_prefix: String,
    /// Built-in theme name, or empty for the stylesheet's default.
    pub theme: String,
    /// Layout variant, or empty for the default layout.
    pub variant: String,
    /// Whether the browser bundle will upgrade the card in place (the output carries a marker).
    pub upgradable: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            heading_level: 2,
            id_prefix: String::new(),
            theme: String::new(),
            variant: String::new(),
            upgradable: false,
        }
    }
}

/// Renders a document's card as an HTML fragment that works without JavaScript.
pub fn render_card(document: Document, options: &RenderOptions) -> io::Result<String> {
    let props = CardProps {
        document: Rc::new(document),
        heading_level: options.heading_level,
        id_prefix: AttrValue::from(options.id_prefix.clone()),
        upgradable: options.upgradable,
        theme: AttrValue::from(options.theme.clone()),
        variant: AttrValue::from(options.variant.clone()),
        lang: AttrValue::default(),
        strings: Rc::default(),
    };
    block_on(
        LocalServerRenderer::<Card>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Renders the error card listing `problems` (errors only; warnings do not stop a card).
pub fn render_error_card(problems: &[Problem]) -> io::Result<String> {
    let props = ErrorCardProps {
        problems: problems
            .iter()
            .filter(|p| p.is_error())
            .map(|p| {
                (
                    AttrValue::from(p.path().to_owned()),
                    AttrValue::from(p.message().to_owned()),
                )
            })
            .collect(),
        lang: AttrValue::Static("en"),
        strings: Rc::default(),
        retry: false,
    };
    block_on(
        LocalServerRenderer::<ErrorCard>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Runs Yew's renderer to completion; the components never await anything external, so a
/// current-thread runtime finishes in one pass. Each thread keeps its runtime for the next card:
/// building one per card took a tenth of a batch's time.
fn block_on(future: impl Future<Output = String>) -> io::Result<String> {
    thread_local! {
        static RUNTIME: RefCell<Option<tokio::runtime::Runtime>> = const { RefCell::new(None) };
    }
    let runtime = match RUNTIME.with(|slot| slot.borrow_mut().take()) {
        Some(runtime) => runtime,
        None => tokio::runtime::Builder::new_current_thread().build()?,
    };
    let html = runtime.block_on(future);
    RUNTIME.with(|slot| *slot.borrow_mut() = Some(runtime));
    Ok(html)
}
