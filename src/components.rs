//! Yew view components, shared by the browser bundle and the static (SSR) render.

pub mod card;
pub mod error_card;
pub mod hooks;
pub mod inline;
pub mod root;
pub mod section;

pub use card::{Card, CardProps};
pub use error_card::{ErrorCard, ErrorCardProps};
pub use root::{Content, Root, RootProps};
