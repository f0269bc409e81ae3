//! The root component the browser bundle renders: a card, or the error card in its place.

use yew::prelude::*;

use super::card::{Card, CardProps};
use super::error_card::{ErrorCard, ErrorCardProps};

/// What a [`Widget`] shows.
#[derive(PartialEq, Clone)]
pub enum Content {
    /// A summary card.
    Card(CardProps),
    /// The error card.
    Error(ErrorCardProps),
}

/// Properties of [`Widget`].
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// What to show.
    pub content: Content,
}

/// Shows its content.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    match &props.content {
        Content::Card(card) => {
            #[cfg(all(feature = "test-trap", target_arch = "wasm32"))]
            if card.document.title == TRAP_WHILE_RENDERING {
                core::arch::wasm32::unreachable();
            }
            html! { <Card ..card.clone() /> }
        }
        Content::Error(error) => html! { <ErrorCard ..error.clone() /> },
    }
}

/// Test builds only (feature `test-trap`): a card with this title traps the wasm module while
/// Yew renders it (after the JSON was read and validated).
#[cfg(feature = "test-trap")]
pub const TRAP_WHILE_RENDERING: &str = "exec-summary: trap while rendering";
