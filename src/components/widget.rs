//! The root component of the browser bundle's Yew apps: shows a card, an error card or nothing.
//!
//! One app shows many cards in turn (see `embed`: Yew 0.23 never frees an app's event listeners,
//! so apps are pooled rather than created per card); `mount` changes for every card shown, so
//! each starts with fresh state (open sections, announcements) instead of the previous card's.

use yew::prelude::*;

use super::card::{Card, CardProps};
use super::error_card::{ErrorCard, ErrorCardProps};

/// What a [`Widget`] shows.
#[derive(PartialEq, Clone, Default)]
pub enum Content {
    /// Nothing: the app is idle, waiting for its next card.
    #[default]
    Nothing,
    /// A summary card.
    Card(CardProps),
    /// The error card.
    Error(ErrorCardProps),
}

/// Properties of [`Widget`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct WidgetProps {
    /// What to show.
    pub content: Content,
    /// Identifies the card shown: the same number keeps the card's state across new content (an
    /// update), a new one starts a card afresh.
    pub mount: u64,
}

/// Shows its content, keyed by the mount number.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let WidgetProps { content, mount } = props;
    match content {
        Content::Nothing => Html::default(),
        Content::Card(card) => {
            #[cfg(all(feature = "test-trap", target_arch = "wasm32"))]
            if card.document.title == TRAP_WHILE_RENDERING {
                core::arch::wasm32::unreachable();
            }
            html! { <Card key={*mount} ..card.clone() /> }
        }
        Content::Error(error) => html! { <ErrorCard key={*mount} ..error.clone() /> },
    }
}

/// Test builds only (feature `test-trap`): a card with this title traps the wasm module while
/// Yew renders it, in the scheduler rather than in a call from JavaScript.
#[cfg(feature = "test-trap")]
pub const TRAP_WHILE_RENDERING: &str = "exec-summary: trap while rendering";
