//! The browser embedding layer: what the JavaScript runtime calls to put a card into an element.
//!
//! Discovering hosts, fetching JSON, Shadow DOM, events and logging stay in JavaScript
//! (`assets/exec-summary.js` and `assets/exec-summary-runtime.js`) so the wasm module carries no
//! fetch or DOM-query bindings; this module only parses, validates and mounts.
//!
//! Cards are shown by a pool of Yew apps, each rendering into its own root element, rather than
//! by an app per card: Yew 0.23 never frees the event listeners it installs on an app's root
//! (`HostHandlers::add_listener` forgets their closures, which hold the root), so an app per card
//! would leak about 2 KB with every card ever mounted. `mount` takes an idle app (its root
//! element moves into the new place), `destroy` has it render nothing and returns it to the pool;
//! the pool holds at most as many apps as cards were ever showing at once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, Node};
use yew::{AppHandle, AttrValue, Callback, Renderer};

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
///
/// Freeing a handle without destroying it leaves its card showing (its app is not reused).
#[wasm_bindgen]
pub struct CardHandle {
    root: Element,
    options: MountOptions,
    app: Option<AppHandle<Widget>>,
    mount: u64,
    problems: Vec<String>,
    ok: bool,
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

    /// The element the card renders into (`div.es-root`, part `root`), inside the container given
    /// to `mount` until `destroy()`.
    #[wasm_bindgen(getter)]
    pub fn root(&self) -> Element {
        self.root.clone()
    }

    /// Shows new JSON in the same place; a card keeps the reader's open sections where it can.
    pub fn update(&mut self, json: &str) {
        let Some(app) = &mut self.app else {
            return;
        };
        let shown = Shown::parse(json, &self.options);
        // Only a card following a card keeps its state; anything else starts afresh.
        if !(self.ok && shown.ok) {
            self.mount = next_mount();
        }
        self.ok = shown.ok;
        self.problems = shown.problems;
        app.update(WidgetProps {
            content: shown.content,
            mount: self.mount,
        });
    }

    /// Unmounts the card: its root element leaves the page and its app waits for the next card.
    pub fn destroy(&mut self) {
        if let Some(mut app) = self.app.take() {
            app.update(WidgetProps::default());
            self.root.remove();
            POOL.with_borrow_mut(|pool| {
                pool.push(Pooled {
                    root: self.root.clone(),
                    app,
                })
            });
        }
    }
}

/// Parses `json` and mounts its card at the end of `container` (an element or a shadow root);
/// invalid data mounts the error card instead. `options.id_prefix` must be unique among cards
/// sharing a document.
#[wasm_bindgen]
pub fn mount(container: &Node, json: &str, options: &MountOptions) -> Result<CardHandle, JsValue> {
    let shown = Shown::parse(json, options);
    #[cfg(feature = "test-trap")]
    if let Content::Card(card) = &shown.content {
        if card.document.title == TRAP_WHILE_MOUNTING {
            core::arch::wasm32::unreachable();
        }
    }
    show(container, shown, options)
}

/// Mounts the error card with one message, for failures before there is JSON to parse (network,
/// HTTP status, timeout, size); `retry`, when given, is offered as a "Try again" button.
#[wasm_bindgen(js_name = mountError)]
pub fn mount_error(
    container: &Node,
    message: String,
    options: &MountOptions,
    retry: Option<js_sys::Function>,
) -> Result<CardHandle, JsValue> {
    let on_retry = retry.map(|function| {
        Callback::from(move |_| {
            // A failing retry callback is the page's problem, not a reason to stop the card.
            let _ = function.call0(&JsValue::NULL);
        })
    });
    let problems = vec![(AttrValue::Static(""), AttrValue::from(message.clone()))];
    let shown = Shown {
        content: Content::Error(error_card_props(problems, options, on_retry)),
        problems: vec![message],
        ok: false,
    };
    show(container, shown, options)
}

/// Test builds only (feature `test-trap`): mounting a card with this title traps the wasm module
/// inside the call from JavaScript.
#[cfg(feature = "test-trap")]
pub const TRAP_WHILE_MOUNTING: &str = "exec-summary: trap while mounting";

thread_local! {
    /// Apps showing nothing, each with its root element out of the page, waiting for a card.
    static POOL: RefCell<Vec<Pooled>> = const { RefCell::new(Vec::new()) };
    /// The last mount number given out.
    static LAST_MOUNT: Cell<u64> = const { Cell::new(0) };
}

/// An idle app and the element it renders into.
struct Pooled {
    root: Element,
    app: AppHandle<Widget>,
}

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
                    content: Content::Error(error_card_props(listed, options, None)),
                    problems: options.report(&problems),
                    ok: false,
                }
            }
        }
    }
}

fn error_card_props(
    problems: Vec<(AttrValue, AttrValue)>,
    options: &MountOptions,
    on_retry: Option<Callback<web_sys::MouseEvent>>,
) -> ErrorCardProps {
    ErrorCardProps {
        problems,
        lang: options.lang(),
        strings: Rc::default(),
        on_retry,
    }
}

fn next_mount() -> u64 {
    LAST_MOUNT.with(|last| {
        last.set(last.get().wrapping_add(1));
        last.get()
    })
}

/// Shows `shown` at the end of `container` with an idle app from the pool, or a new one.
fn show(container: &Node, shown: Shown, options: &MountOptions) -> Result<CardHandle, JsValue> {
    let mount = next_mount();
    let props = WidgetProps {
        content: shown.content,
        mount,
    };
    // An app destroyed moments ago may not have rendered its "nothing" yet: it is taken only when
    // no other app is idle, and its last card stays until the new one replaces it.
    let idle = POOL.with_borrow_mut(|pool| {
        let index = pool
            .iter()
            .position(|idle| !idle.root.has_child_nodes())
            .or(pool.len().checked_sub(1))?;
        Some(pool.swap_remove(index))
    });
    let (root, app) = match idle {
        Some(Pooled { root, mut app }) => {
            // Whatever the last page set on the root (a reserved height) goes with it.
            root.remove_attribute("style")?;
            container.append_child(&root)?;
            app.update(props);
            (root, app)
        }
        None => {
            let document = container.owner_document().ok_or_else(|| {
                JsValue::from_str("exec-summary: the container is not in a document")
            })?;
            let root = document.create_element("div")?;
            root.set_class_name("es-root");
            root.set_attribute("part", "root")?;
            container.append_child(&root)?;
            let app = Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
            (root, app)
        }
    };
    Ok(CardHandle {
        root,
        options: options.clone(),
        app: Some(app),
        mount,
        problems: shown.problems,
        ok: shown.ok,
    })
}
