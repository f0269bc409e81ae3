//! Renders parsed inline markup as DOM text, emphasis and links (never as HTML).

use yew::prelude::*;

use crate::markup::{parse_inline, Inline};

/// Renders a text field that may carry the contract's inline markup.
pub fn rich_text(text: &str) -> Html {
    render(&parse_inline(text))
}

fn render(inlines: &[Inline]) -> Html {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => html! { {text.clone()} },
            Inline::Emphasis(children) => html! { <em>{ render(children) }</em> },
            Inline::Strong(children) => html! { <strong>{ render(children) }</strong> },
            Inline::Link { href, children } => html! {
                <a class="es-link" href={href.clone()}>{ render(children) }</a>
            },
        })
        .collect()
}
