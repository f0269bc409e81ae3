//! exec-summary: an embeddable executive-summary card.
//!
//! One Yew component ([`components::Card`]) renders a validated [`model::Document`] both in the
//! browser (feature `csr`, the wasm module in `pkg/`) and natively to static HTML (feature `ssr`,
//! the `exec-summary` CLI).

pub mod components;
pub mod locale;
pub mod markup;
pub mod model;

#[cfg(all(feature = "csr", target_arch = "wasm32"))]
pub mod embed;
#[cfg(feature = "ssr")]
pub mod render;
