// Written by tests/generated_assets.rs from the Rust definitions: do not edit. After changing
// them, `UPDATE_GENERATED=1 cargo test --test generated_assets` writes this file again.
// The class names and attributes of the card's markup that the runtime reads
// (src/components/hooks.rs, which says what each is).

export const HOST = "exec-summary";
export const STATIC_HOST = "data-es-static";
export const DATA_SCRIPT = "exec-summary-data";
export const CARD = "es-card";
export const UPGRADABLE = "data-es-upgradable";
export const TOGGLE_ALL = "es-card__toggle-all";
export const LABEL_EXPAND = "data-label-expand";
export const LABEL_COLLAPSE = "data-label-collapse";
export const STATUS_EXPANDED = "data-status-expanded";
export const STATUS_COLLAPSED = "data-status-collapsed";
export const STATUS = "es-card__status";
export const SECTION = "es-section";
export const ERROR_CARD = "es-card--error";
export const ERROR_TITLE = "es-error__title";
export const ERROR_LIST = "es-error__list";
export const ERROR_ITEM = "es-error__item";
export const RETRY = "es-error__retry";
