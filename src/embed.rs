//! The browser embedding layer: what the JavaScript runtime calls to turn JSON into a card.
//!
//! The card is rendered by Yew's server renderer, the same one the CLI uses for static HTML, and
//! the runtime (`assets/exec-summary-runtime.js`) inserts that HTML and makes it interactive the
//! way it upgrades a statically rendered card. So a card shown from `data-src` and a card
//! rendered by `exec-summary render` are the same markup by construction, and the wasm carries
//! neither Yew's DOM reconciler nor any DOM bindings: discovering hosts, fetching JSON, Shadow
//! DOM, events and logging all stay in JavaScript.

use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use wasm_bindgen::prelude::*;
use yew::{AttrValue, LocalServerRenderer};

use crate::components::{CardProps, Content, ErrorCardProps, Widget, WidgetProps};
use crate::locale::UiOverrides;
use crate::model::{parse, Document, Problem};

/// How a card is shown; merged by the loader from defaults, page config, attributes and API options.
#[wasm_bindgen]
#[derive(Clone, Debug, Default)]
pub struct MountOptions {
    heading_level: u8,
    id_prefix: String,
    theme: String,
    variant: String,
    expanded: String,
    lang: String,
    strings: Rc<UiOverrides>,
    /// Problems with the options themselves (e.g. an unknown string name), for the console.
    warnings: Vec<String>,
}

#[wasm_bindgen]
impl MountOptions {
    /// `expanded` is `all`, `none` or empty (as in the JSON); `lang` is the language of the card's
    /// own words (empty: the document's); `strings` is a JSON object of interface-string overrides.
    #[wasm_bindgen(constructor)]
    pub fn new(
        heading_level: u8,
        id_prefix: String,
        theme: String,
        variant: String,
        expanded: String,
        lang: String,
        strings: String,
    ) -> MountOptions {
        let (overrides, warnings) = if strings.trim().is_empty() {
            (UiOverrides::default(), Vec::new())
        } else {
            UiOverrides::from_json(&strings)
        };
        MountOptions {
            heading_level,
            id_prefix,
            theme,
            variant,
            expanded,
            lang,
            strings: Rc::new(overrides),
            warnings: warnings
                .into_iter()
                .map(|w| format!("strings: {w}"))
                .collect(),
        }
    }
}

impl MountOptions {
    /// Applies `expanded`, the one option that changes the document rather than its presentation.
    fn adjust(&self, mut document: Document) -> Document {
        let expand = match self.expanded.as_str() {
            "all" => Some(true),
            "none" => Some(false),
            _ => None,
        };
        if let Some(open) = expand {
            for section in &mut document.sections {
                section.expanded = open;
            }
        }
        document
    }

    fn card_props(&self, document: Document) -> CardProps {
        CardProps {
            document: Rc::new(self.adjust(document)),
            heading_level: self.heading_level,
            id_prefix: AttrValue::from(self.id_prefix.clone()),
            upgradable: true,
            theme: AttrValue::from(self.theme.clone()),
            variant: AttrValue::from(self.variant.clone()),
            lang: AttrValue::from(self.lang.clone()),
            strings: Rc::clone(&self.strings),
        }
    }

    fn lang(&self) -> AttrValue {
        if self.lang.is_empty() {
            AttrValue::Static("en")
        } else {
            AttrValue::from(self.lang.clone())
        }
    }

    /// The options' own warnings followed by the document's problems, for the console.
    fn report(&self, problems: &[Problem]) -> Vec<String> {
        self.warnings
            .iter()
            .cloned()
            .chain(problems.iter().map(ToString::to_string))
            .collect()
    }
}

/// A card rendered for the runtime: its HTML (every text escaped by Yew), and whether it is the
/// summary (`ok`) or the error card, with every problem as `path: message` for the console.
#[wasm_bindgen]
pub struct Rendered {
    html: String,
    ok: bool,
    problems: Vec<String>,
}

#[wasm_bindgen]
impl Rendered {
    /// The card's HTML: an `article.es-card` ready for the runtime's upgrade, or the error card.
    #[wasm_bindgen(getter)]
    pub fn html(&self) -> String {
        self.html.clone()
    }

    /// True when the document was valid and `html` is its card.
    #[wasm_bindgen(getter)]
    pub fn ok(&self) -> bool {
        self.ok
    }

    /// Every problem as `path: message`: errors (when not ok) and warnings, for the console.
    #[wasm_bindgen(getter)]
    pub fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }
}

/// Parses `json` and renders its card, or the error card listing what is wrong with it.
/// `options.id_prefix` must be unique among cards sharing a document.
#[wasm_bindgen]
pub fn render(json: &str, options: &MountOptions) -> Rendered {
    let shown = Shown::parse(json, options);
    #[cfg(feature = "test-trap")]
    if let Content::Card(card) = &shown.content {
        if card.document.title == TRAP_WHILE_MOUNTING {
            core::arch::wasm32::unreachable();
        }
    }
    shown.render()
}

/// Renders the error card with one message, for failures before there is JSON to parse (network,
/// HTTP status, timeout, size); with `retry`, it offers a "Try again" button (`.es-error__retry`)
/// for the runtime to wire.
#[wasm_bindgen(js_name = renderError)]
pub fn render_error(message: String, options: &MountOptions, retry: bool) -> Rendered {
    let problems = vec![(AttrValue::Static(""), AttrValue::from(message.clone()))];
    Shown {
        content: Content::Error(error_card_props(problems, options, retry)),
        problems: vec![message],
        ok: false,
    }
    .render()
}

/// Test builds only (feature `test-trap`): a card with this title traps the wasm module after
/// its JSON is read, before Yew renders it.
#[cfg(feature = "test-trap")]
pub const TRAP_WHILE_MOUNTING: &str = "exec-summary: trap while mounting";

/// What a JSON text shows: a card or the error card, and the problems for the console.
struct Shown {
    content: Content,
    problems: Vec<String>,
    ok: bool,
}

impl Shown {
    fn parse(json: &str, options: &MountOptions) -> Shown {
        match parse(json) {
            Ok(parsed) => Shown {
                content: Content::Card(options.card_props(parsed.document)),
                problems: options.report(&parsed.warnings),
                ok: true,
            },
            Err(problems) => {
                let listed = problems
                    .iter()
                    .filter(|p| p.is_error())
                    .map(|p| {
                        (
                            AttrValue::from(p.path().to_owned()),
                            AttrValue::from(p.message().to_owned()),
                        )
                    })
                    .collect();
                Shown {
                    content: Content::Error(error_card_props(listed, options, false)),
                    problems: options.report(&problems),
                    ok: false,
                }
            }
        }
    }

    fn render(self) -> Rendered {
        let renderer = LocalServerRenderer::<Widget>::with_props(WidgetProps {
            content: self.content,
        })
        .hydratable(false);
        Rendered {
            html: run_to_end(renderer.render()),
            ok: self.ok,
            problems: self.problems,
        }
    }
}

fn error_card_props(
    problems: Vec<(AttrValue, AttrValue)>,
    options: &MountOptions,
    retry: bool,
) -> ErrorCardProps {
    ErrorCardProps {
        problems,
        lang: options.lang(),
        strings: Rc::default(),
        retry,
    }
}

/// Runs Yew's server renderer to its end. The components never wait for anything (no suspense,
/// no data fetching), and Yew's scheduler runs synchronously outside a browser build
/// (`not_browser_env`), so the future is ready at its first poll; it is polled again a bounded
/// number of times rather than trusted blindly, and an unfinished render gives no HTML.
fn run_to_end(future: impl Future<Output = String>) -> String {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    for _ in 0..64 {
        if let Poll::Ready(html) = future.as_mut().poll(&mut context) {
            return html;
        }
    }
    String::new()
}
