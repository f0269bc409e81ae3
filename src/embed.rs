//! The browser embedding layer: what the JavaScript loader calls to put a card into a host element.
//!
//! Discovering hosts, fetching JSON and logging stay in the loader (`assets/exec-summary.js`) so the
//! wasm module needs no fetch or DOM-query bindings; this module only parses and mounts.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Renderer};

use crate::components::{Card, CardProps, ErrorCard, ErrorCardProps};
use crate::model::parse;

/// A mounted card (or error card); `destroy()` unmounts it and frees its memory.
#[wasm_bindgen]
pub struct CardHandle {
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

    /// Unmounts the card, leaving the host element empty.
    pub fn destroy(&mut self) {
        match self.app.take() {
            Some(MountedApp::Card(app)) => app.destroy(),
            Some(MountedApp::Error(app)) => app.destroy(),
            None => {}
        }
    }
}

/// Parses `json` and mounts its card into `host` (replacing its children); invalid data mounts the
/// error card instead. `heading_level` is 2–6; `id_prefix` must be unique on the page.
#[wasm_bindgen]
pub fn mount(host: Element, json: &str, heading_level: u8, id_prefix: String) -> CardHandle {
    match parse(json) {
        Ok(parsed) => {
            let props = CardProps {
                document: Rc::new(parsed.document),
                heading_level,
                id_prefix: AttrValue::from(id_prefix),
                interactive: true,
                theme: AttrValue::Static(""),
                variant: AttrValue::Static(""),
            };
            let app = Renderer::<Card>::with_root_and_props(host, props).render();
            CardHandle {
                app: Some(MountedApp::Card(app)),
                problems: parsed.warnings.iter().map(ToString::to_string).collect(),
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
            let mut handle = mount_error_card(host, listed);
            handle.problems = problems.iter().map(ToString::to_string).collect();
            handle
        }
    }
}

/// Mounts the error card with one message, for failures before there is JSON to parse (network,
/// HTTP status, timeout, size).
#[wasm_bindgen(js_name = mountError)]
pub fn mount_error(host: Element, message: String) -> CardHandle {
    let mut handle = mount_error_card(
        host,
        vec![(AttrValue::Static(""), AttrValue::from(message.clone()))],
    );
    handle.problems = vec![message];
    handle
}

fn mount_error_card(host: Element, problems: Vec<(AttrValue, AttrValue)>) -> CardHandle {
    let props = ErrorCardProps {
        problems,
        lang: AttrValue::Static("en"),
    };
    let app = Renderer::<ErrorCard>::with_root_and_props(host, props).render();
    CardHandle {
        app: Some(MountedApp::Error(app)),
        problems: Vec::new(),
        ok: false,
    }
}
