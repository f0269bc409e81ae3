//! exec-summary: an embeddable executive-summary card.
//!
//! One Yew component ([`components::Card`]) renders a validated [`model::Document`] to HTML with
//! Yew's server renderer, in three places: in the browser's wasm module (feature `wasm-module`,
//! in `pkg/`; the runtime inserts the HTML and makes it interactive), in Node from the same
//! module, and natively (the `exec-summary` CLI). Its options are defined once, in [`options`].

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
pub mod options;
pub mod render;

#[cfg(all(feature = "wasm-module", target_arch = "wasm32"))]
pub mod bindings;
#[cfg(feature = "schema")]
pub mod schema;

#[cfg(any(test, all(feature = "wasm-module", target_arch = "wasm32")))]
mod allocator;

/// The card module's allocator: talc (smaller and faster than std's dlmalloc, Cargo.toml) behind
/// free lists of small blocks, which a render makes and drops by the thousand (`allocator`).
#[cfg(all(feature = "wasm-module", target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: allocator::SmallBlockCache<talc::wasm::WasmDynamicTalc> =
    allocator::SmallBlockCache::new(talc::wasm::new_wasm_dynamic_allocator());
