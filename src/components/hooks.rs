//! The parts of the card's markup that the runtime reads: class names and attributes.
//!
//! The runtime imports them from `src/assets/generated/hooks.js`, which is written from [`HOOKS`];
//! the components spell them out in `html!` (where a literal class costs Yew nothing at render
//! time). `tests/generated_assets.rs` fails when that file is stale or when a component no longer
//! writes one of them, and the runtime's unit tests fail when it spells one out instead of
//! importing it.

/// The host element the loader mounts, as the static marker writes it (`div.exec-summary`).
pub const HOST: &str = "exec-summary";
/// On a host: its card was rendered statically, and is upgraded in place.
pub const STATIC_HOST: &str = "data-es-static";
/// The static marker's `<script type="application/json">` holding the document.
pub const DATA_SCRIPT: &str = "exec-summary-data";
/// The card's `article` (and the error card's box).
pub const CARD: &str = "es-card";
/// On the card's `article`: rendered to be upgraded (its "Expand all" control waits, hidden).
pub const UPGRADABLE: &str = "data-es-upgradable";
/// The "Expand all / Collapse all" button.
pub const TOGGLE_ALL: &str = "es-card__toggle-all";
/// On the toggle: its label while some section is closed.
pub const LABEL_EXPAND: &str = "data-label-expand";
/// On the toggle: its label while every section is open.
pub const LABEL_COLLAPSE: &str = "data-label-collapse";
/// On the toggle: what the live region says once every section was opened.
pub const STATUS_EXPANDED: &str = "data-status-expanded";
/// On the toggle: what the live region says once every section was closed.
pub const STATUS_COLLAPSED: &str = "data-status-collapsed";
/// The live region announcing the toggle's result.
pub const STATUS: &str = "es-card__status";
/// Each section's `details` element.
pub const SECTION: &str = "es-section";
/// The error card's box, beside [`CARD`].
pub const ERROR_CARD: &str = "es-card--error";
/// The error card's heading.
pub const ERROR_TITLE: &str = "es-error__title";
/// The error card's list of problems.
pub const ERROR_LIST: &str = "es-error__list";
/// One problem on the error card.
pub const ERROR_ITEM: &str = "es-error__item";
/// The error card's "Try again" button.
pub const RETRY: &str = "es-error__retry";

/// Every hook by the name the runtime imports it as.
pub const HOOKS: &[(&str, &str)] = &[
    ("HOST", HOST),
    ("STATIC_HOST", STATIC_HOST),
    ("DATA_SCRIPT", DATA_SCRIPT),
    ("CARD", CARD),
    ("UPGRADABLE", UPGRADABLE),
    ("TOGGLE_ALL", TOGGLE_ALL),
    ("LABEL_EXPAND", LABEL_EXPAND),
    ("LABEL_COLLAPSE", LABEL_COLLAPSE),
    ("STATUS_EXPANDED", STATUS_EXPANDED),
    ("STATUS_COLLAPSED", STATUS_COLLAPSED),
    ("STATUS", STATUS),
    ("SECTION", SECTION),
    ("ERROR_CARD", ERROR_CARD),
    ("ERROR_TITLE", ERROR_TITLE),
    ("ERROR_LIST", ERROR_LIST),
    ("ERROR_ITEM", ERROR_ITEM),
    ("RETRY", RETRY),
];
