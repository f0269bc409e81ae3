//! exec-summary: an embeddable executive-summary card.
//!
//! One Yew component ([`components::Card`]) renders a validated [`model::Document`] both in the
//! browser (feature `csr`, the wasm module in `pkg/`) and natively to static HTML (feature `ssr`,
//! the `exec-summary` CLI).

pub mod components;
// Authoring and structured data for the CLI; kept out of the card's wasm module (measured: +832
// bytes). The importer also goes into the playground's own module (feature `authoring`).
#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
pub mod authoring;
#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
pub mod import;
#[cfg(not(target_arch = "wasm32"))]
pub mod jsonld;
pub mod locale;
pub mod markup;
pub mod model;

#[cfg(all(feature = "csr", target_arch = "wasm32"))]
pub mod embed;
#[cfg(feature = "ssr")]
pub mod render;
#[cfg(feature = "schema")]
pub mod schema;
