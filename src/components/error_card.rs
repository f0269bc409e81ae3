//! The card shown in place of a summary whose data could not be used.

use std::rc::Rc;

use yew::prelude::*;

use crate::locale::{primary_subtag, resolve_dir, Labels};
use crate::model::Dir;
use crate::options::CardOptions;

/// Most problems listed on the card; the console and the CLI always get the full list.
const MAX_LISTED: usize = 12;

/// Properties of [`ErrorCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrorCardProps {
    /// Each problem as (JSON path, message); an empty path means the whole document or its source.
    pub problems: Vec<(AttrValue, AttrValue)>,
    /// The card's options: the language of its own words (English if none) and their
    /// replacements.
    #[prop_or_default]
    pub options: Rc<CardOptions>,
    /// Offers a "Try again" button (`.es-error__retry`, wired by the runtime) when the failure
    /// may be passing (network, timeout).
    #[prop_or_default]
    pub retry: bool,
}

/// A visible, announced error in the card's slot: never a blank box.
#[component]
pub fn ErrorCard(props: &ErrorCardProps) -> Html {
    let ErrorCardProps {
        problems,
        options,
        retry,
    } = props;
    let lang = if options.lang.is_empty() {
        "en"
    } else {
        options.lang.as_str()
    };
    let text = Labels::new(lang, lang, &options.strings);
    let hidden = problems.len().saturating_sub(MAX_LISTED);
    let dir = resolve_dir(lang, Dir::Auto);
    // The problems themselves are written in English by the validator and the loader.
    let (list_lang, list_dir) = if primary_subtag(lang).eq_ignore_ascii_case("en") {
        (None, None)
    } else {
        (Some("en"), Some("ltr"))
    };
    let more = text.error_more.text.replace("{n}", &hidden.to_string());
    html! {
        <div class="es-card es-card--error" part="error" role="alert" lang={lang.to_owned()} {dir}>
            <p class="es-error__title" part="error-title" lang={text.error_title.lang.clone()}>{ text.error_title.text.clone() }</p>
            <p class="es-error__intro" lang={text.error_intro.lang.clone()}>{ text.error_intro.text.clone() }</p>
            <ul class="es-error__list" part="error-list" lang={list_lang} dir={list_dir}>
                { for problems.iter().take(MAX_LISTED).map(|(path, message)| html! {
                    <li class="es-error__item">
                        if !path.is_empty() {
                            <code class="es-error__path">{ path.clone() }</code>{ ": " }
                        }
                        { message.clone() }
                    </li>
                }) }
                if hidden > 0 {
                    <li class="es-error__item es-error__more" lang={text.error_more.lang.clone().unwrap_or_else(|| AttrValue::from(lang.to_owned()))} {dir}>{ more }</li>
                }
            </ul>
            if *retry {
                <button type="button" class="es-error__retry" part="retry" lang={text.retry.lang.clone()}>{ text.retry.text.clone() }</button>
            }
        </div>
    }
}
