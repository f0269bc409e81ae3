//! The card as HTML, through Yew's server renderer: in the browser's wasm (the runtime inserts and
//! upgrades it), in Node (the npm package's server entry, the same wasm) and on the command line.

use std::rc::Rc;

use serde_json::Value;
use yew::{AttrValue, LocalServerRenderer};

use crate::components::{CardProps, Content, ErrorCardProps, Root, RootProps};
use crate::model::{parse, parse_value, Document, Parsed, Problem};
use crate::options::{CardOptions, Resolved};

pub mod marker;
pub mod script_json;

#[cfg(not(target_arch = "wasm32"))]
pub mod batch;
#[cfg(not(target_arch = "wasm32"))]
mod page;

#[cfg(not(target_arch = "wasm32"))]
pub use marker::escape_attribute;
#[cfg(not(target_arch = "wasm32"))]
pub use page::{render_page, PageOptions, Stylesheet};

/// The shipped stylesheet, for `--inline-css` and standalone pages.
#[cfg(not(target_arch = "wasm32"))]
pub const STYLESHEET: &str = include_str!("assets/exec-summary.css");

/// A document as it was given: JSON text, or a JSON value already read (a JavaScript object).
#[derive(Clone, Copy, Debug)]
pub enum Input<'a> {
    /// JSON text, checked as `exec-summary validate` checks a file.
    Text(&'a str),
    /// A value, checked as the same document written as JSON text.
    Value(&'a Value),
    /// Something that could not be read as JSON at all (a JavaScript function or cycle): these
    /// problems say why.
    Unread(&'a [Problem]),
}

impl Input<'_> {
    /// Validates the document; problems in document order.
    pub fn parse(self) -> Result<Parsed, Vec<Problem>> {
        match self {
            Input::Text(text) => parse(text),
            Input::Value(value) => parse_value(value),
            Input::Unread(problems) => Err(problems.to_vec()),
        }
    }

    /// The document as the static marker embeds it (only asked for once it is valid): its text
    /// made compact and script-safe, or a value's JSON.
    pub(crate) fn script_json(self) -> Option<String> {
        match self {
            Input::Text(text) => Some(script_json::compact_script_json(text)),
            Input::Value(value) => Some(script_json::script_json(value)),
            Input::Unread(_) => None,
        }
    }
}

/// What rendering a document gave.
#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    /// The HTML (empty when a static render found the document invalid).
    pub html: String,
    /// Whether the document was valid (and `html` is its card).
    pub ok: bool,
    /// Every problem: the options' warnings, then the document's, in document order.
    pub problems: Vec<Problem>,
}

/// What `exec-summary render` prints for a document with these options: the card, in its static
/// marker if the options ask for one, ending with a newline; no HTML for an invalid document.
pub fn render_static(input: Input<'_>, options: &Resolved) -> Rendered {
    let mut problems = options.warnings.clone();
    match input.parse() {
        Ok(Parsed { document, warnings }) => {
            problems.extend(warnings);
            let card = marker::wrap(document, options, || input.script_json());
            checked(card, "\n", problems)
        }
        Err(found) => {
            problems.extend(found);
            Rendered {
                html: String::new(),
                ok: false,
                problems,
            }
        }
    }
}

/// The card a page shows: the document's card (`upgradable`: the one the runtime inserts and makes
/// interactive; else static for good), or the error card listing what is wrong.
pub fn render_shown(input: Input<'_>, options: &Resolved, upgradable: bool) -> Rendered {
    let mut problems = options.warnings.clone();
    let card = Rc::new(options.card.clone());
    match input.parse() {
        Ok(Parsed { document, warnings }) => {
            problems.extend(warnings);
            checked(render_card(document, card, upgradable), "", problems)
        }
        Err(found) => {
            let listed = listed(&found);
            problems.extend(found);
            Rendered {
                html: render_error_card(listed, card, false),
                ok: false,
                problems,
            }
        }
    }
}

/// A valid document's `card`, followed by `end`; unless the renderer gave nothing: then no HTML,
/// and a problem saying so, so that no caller shows or writes an empty card as if it were one.
pub(crate) fn checked(mut card: String, end: &str, mut problems: Vec<Problem>) -> Rendered {
    if card.is_empty() {
        problems.push(Problem::error(
            "",
            "internal error: the renderer gave no HTML".to_owned(),
        ));
        return Rendered {
            html: String::new(),
            ok: false,
            problems,
        };
    }
    card.push_str(end);
    Rendered {
        html: card,
        ok: true,
        problems,
    }
}

/// Renders a document's card; `upgradable` cards carry what the runtime needs to make them
/// interactive in place (see [`CardProps::upgradable`]).
pub fn render_card(
    document: Document,
    options: impl Into<Rc<CardOptions>>,
    upgradable: bool,
) -> String {
    render_html(Content::Card(CardProps {
        document: Rc::new(document),
        options: options.into(),
        upgradable,
    }))
}

/// Renders the error card listing `problems` as (path, message), an empty path for a problem
/// with the document's source rather than its content; `retry` offers "Try again".
pub fn render_error_card(
    problems: Vec<(AttrValue, AttrValue)>,
    options: impl Into<Rc<CardOptions>>,
    retry: bool,
) -> String {
    render_html(Content::Error(ErrorCardProps {
        problems,
        options: options.into(),
        retry,
    }))
}

/// The errors among `problems` as the error card lists them (warnings do not stop a card).
pub fn listed(problems: &[Problem]) -> Vec<(AttrValue, AttrValue)> {
    problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| {
            (
                AttrValue::from(p.path().to_owned()),
                AttrValue::from(p.message().to_owned()),
            )
        })
        .collect()
}

/// Runs Yew's server renderer to its end, without hydration markers.
fn render_html(content: Content) -> String {
    let render = LocalServerRenderer::<Root>::with_props(RootProps { content })
        .hydratable(false)
        .render();
    #[cfg(target_arch = "wasm32")]
    return run_to_end(render);
    #[cfg(not(target_arch = "wasm32"))]
    return block_on(render);
}

/// Runs a render in the wasm, where Yew's scheduler runs synchronously (`not_browser_env`): the
/// components never wait for anything, so the future is ready at its first poll. It is polled
/// again a bounded number of times rather than trusted blindly; an unfinished render gives no HTML.
#[cfg(target_arch = "wasm32")]
fn run_to_end(future: impl std::future::Future<Output = String>) -> String {
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    for _ in 0..64 {
        if let Poll::Ready(html) = future.as_mut().poll(&mut context) {
            return html;
        }
    }
    String::new()
}

/// Runs a render natively on a current-thread tokio runtime, which Yew's native scheduler needs.
/// Each thread keeps its runtime for the next card: building one per card took a tenth of a
/// batch's time. A runtime that cannot start gives no HTML.
#[cfg(not(target_arch = "wasm32"))]
fn block_on(future: impl std::future::Future<Output = String>) -> String {
    use std::cell::RefCell;

    thread_local! {
        static RUNTIME: RefCell<Option<tokio::runtime::Runtime>> = const { RefCell::new(None) };
    }
    let runtime = match RUNTIME.with(|slot| slot.borrow_mut().take()) {
        Some(runtime) => runtime,
        None => match tokio::runtime::Builder::new_current_thread().build() {
            Ok(runtime) => runtime,
            Err(_) => return String::new(),
        },
    };
    let html = runtime.block_on(future);
    RUNTIME.with(|slot| *slot.borrow_mut() = Some(runtime));
    html
}
