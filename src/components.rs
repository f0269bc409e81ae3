//! Yew view components, shared by the browser bundle and the static (SSR) render.

pub mod card;
pub mod error_card;
pub mod inline;
pub mod section;
pub mod widget;

pub use card::{Card, CardProps};
pub use error_card::{ErrorCard, ErrorCardProps};
pub use widget::{Content, Widget, WidgetProps};
