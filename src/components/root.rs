//! The one component every render starts from: a card, or the error card in its place. A single
//! root keeps one copy of Yew's generic server-rendering code in the wasm module (two roots, a
//! card and an error card, measured +2.9 KB brotli).

use yew::prelude::*;

use super::card::{Card, CardProps};
use super::error_card::{ErrorCard, ErrorCardProps};

/// Properties of [`Root`]: what it shows.
#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    /// The card, or the error card.
    pub content: Content,
}

/// What a [`Root`] shows.
#[derive(PartialEq, Clone)]
pub enum Content {
    /// A summary card.
    Card(CardProps),
    /// The error card.
    Error(ErrorCardProps),
}

/// Shows its content.
#[component]
pub fn Root(props: &RootProps) -> Html {
    match &props.content {
        Content::Card(card) => html! { <Card ..card.clone() /> },
        Content::Error(error) => html! { <ErrorCard ..error.clone() /> },
    }
}
