//! One expandable section of the card, as a native `details` disclosure.
//!
//! `details`/`summary` is used rather than a button with `aria-expanded` because it works with no
//! JavaScript at all (the static render), the browser's find-in-page and fragment navigation open
//! it by themselves, and its collapsed content stays in the DOM for printing and search engines.

use yew::prelude::*;

use super::inline::rich_text;
use crate::model::Section;

/// Properties of [`SectionView`].
#[derive(Properties, PartialEq, Clone)]
pub struct SectionProps {
    /// The section's content.
    pub section: Section,
    /// Whether the disclosure is open.
    pub open: bool,
    /// Heading element name for the section title (`h2`…`h6`).
    pub heading: AttrValue,
}

/// One section: a summary with the title, then its paragraphs and bullet list.
#[component]
pub fn SectionView(props: &SectionProps) -> Html {
    let SectionProps {
        section,
        open,
        heading,
    } = props;
    // The browser opens and closes it by itself (click, Enter, Space, find-in-page, a fragment).
    html! {
        <details class="es-section" part="section" id={section.id.clone()} open={*open}>
            <summary class="es-section__summary" part="section-summary">
                <@{heading.to_string()} class="es-section__title" part="section-title">{ section.title.clone() }</@>
            </summary>
            <div class="es-section__body" part="section-body">
                { for section.paragraphs.iter().map(|p| html! { <p class="es-section__paragraph">{ rich_text(p) }</p> }) }
                if !section.items.is_empty() {
                    <ul class="es-section__list">
                        { for section.items.iter().map(|item| html! { <li class="es-section__item">{ rich_text(item) }</li> }) }
                    </ul>
                }
            </div>
        </details>
    }
}
