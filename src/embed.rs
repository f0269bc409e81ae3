//! The browser embedding layer: what the JavaScript runtime calls to put a card into an element.
//!
//! Discovering hosts, fetching JSON, Shadow DOM, events and logging stay in JavaScript
//! (`assets/exec-summary.js` and `assets/exec-summary-runtime.js`) so the wasm module carries no
//! fetch or DOM-query bindings; this module only parses, validates and mounts.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Callback, Renderer};

use crate::components::{Card, CardProps, ErrorCard, ErrorCardProps};
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
            interactive: true,
            upgradable: false,
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

/// A mounted card (or error card); `destroy()` unmounts it, then `free()` releases its memory.
#[wasm_bindgen]
pub struct CardHandle {
    root: Element,
    options: MountOptions,
    app: Option<MountedApp>,
    problems: Vec<String>,
    ok: bool,
}

enum MountedApp {
    Card(AppHandle<Card>),
    Error(AppHandle<ErrorCard>),
}

#[wasm_bindgen]
impl CardHandle {
    /// True when the document was valid and the card is showing.
    #[wasm_bindgen(getter)]
    pub fn ok(&self) -> bool {
        self.ok
    }

    /// Every problem as `path: message`: errors (when not ok) and warnings, for the console.
    #[wasm_bindgen(getter)]
    pub fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }

    /// Shows new JSON in the same place; a card keeps the reader's open sections where it can.
    pub fn update(&mut self, json: &str) {
        if let Some(MountedApp::Card(app)) = &mut self.app {
            if let Ok(parsed) = parse(json) {
                app.update(self.options.card_props(parsed.document));
                self.problems = self.options.report(&parsed.warnings);
                return;
            }
        }
        // Switching between a card and an error card: start afresh in the same root.
        self.destroy();
        *self = mount(self.root.clone(), json, &self.options);
    }

    /// Unmounts the card, leaving its root element empty.
    pub fn destroy(&mut self) {
        match self.app.take() {
            Some(MountedApp::Card(app)) => app.destroy(),
            Some(MountedApp::Error(app)) => app.destroy(),
            None => {}
        }
    }
}

/// Parses `json` and mounts its card into `root` (replacing its children); invalid data mounts the
/// error card instead. `options.id_prefix` must be unique among cards sharing a document.
#[wasm_bindgen]
pub fn mount(root: Element, json: &str, options: &MountOptions) -> CardHandle {
    match parse(json) {
        Ok(parsed) => {
            let props = options.card_props(parsed.document);
            let app = Renderer::<Card>::with_root_and_props(root.clone(), props).render();
            CardHandle {
                root,
                options: options.clone(),
                app: Some(MountedApp::Card(app)),
                problems: options.report(&parsed.warnings),
                ok: true,
            }
        }
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
            let mut handle = mount_error_card(root, listed, options, None);
            handle.problems = options.report(&problems);
            handle
        }
    }
}

/// Mounts the error card with one message, for failures before there is JSON to parse (network,
/// HTTP status, timeout, size); `retry`, when given, is offered as a "Try again" button.
#[wasm_bindgen(js_name = mountError)]
pub fn mount_error(
    root: Element,
    message: String,
    options: &MountOptions,
    retry: Option<js_sys::Function>,
) -> CardHandle {
    let on_retry = retry.map(|function| {
        Callback::from(move |_| {
            // A failing retry callback is the page's problem, not a reason to stop the card.
            let _ = function.call0(&JsValue::NULL);
        })
    });
    let problems = vec![(AttrValue::Static(""), AttrValue::from(message.clone()))];
    let mut handle = mount_error_card(root, problems, options, on_retry);
    handle.problems = vec![message];
    handle
}

fn mount_error_card(
    root: Element,
    problems: Vec<(AttrValue, AttrValue)>,
    options: &MountOptions,
    on_retry: Option<Callback<web_sys::MouseEvent>>,
) -> CardHandle {
    let props = ErrorCardProps {
        problems,
        lang: options.lang(),
        strings: Rc::default(),
        on_retry,
    };
    let app = Renderer::<ErrorCard>::with_root_and_props(root.clone(), props).render();
    CardHandle {
        root,
        options: options.clone(),
        app: Some(MountedApp::Error(app)),
        problems: Vec::new(),
        ok: false,
    }
}
