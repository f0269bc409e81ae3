//! The card shown in place of a summary whose data could not be used.

use yew::prelude::*;

use crate::locale::ui_text;

/// Most problems listed on the card; the console and the CLI always get the full list.
const MAX_LISTED: usize = 12;

/// Properties of [`ErrorCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrorCardProps {
    /// Each problem as (JSON path, message); an empty path means the whole document or its source.
    pub problems: Vec<(AttrValue, AttrValue)>,
    /// Language for the card's own words.
    #[prop_or(AttrValue::Static("en"))]
    pub lang: AttrValue,
}

/// A visible, announced error in the card's slot: never a blank box.
#[component]
pub fn ErrorCard(props: &ErrorCardProps) -> Html {
    let ErrorCardProps { problems, lang } = props;
    let text = ui_text(lang);
    let hidden = problems.len().saturating_sub(MAX_LISTED);
    html! {
        <div class="es-card es-card--error" role="alert" lang={lang.clone()}>
            <p class="es-error__title">{ text.error_title }</p>
            <p class="es-error__intro">{ text.error_intro }</p>
            <ul class="es-error__list">
                { for problems.iter().take(MAX_LISTED).map(|(path, message)| html! {
                    <li class="es-error__item">
                        if !path.is_empty() {
                            <code class="es-error__path">{ path.clone() }</code>{ ": " }
                        }
                        { message.clone() }
                    </li>
                }) }
                if hidden > 0 {
                    <li class="es-error__item es-error__more">{ format!("… and {hidden} more (see the browser console)") }</li>
                }
            </ul>
        </div>
    }
}
