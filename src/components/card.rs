//! The executive-summary card: header, expandable sections, authors and source.

use std::rc::Rc;

use yew::prelude::*;

use super::inline::rich_text;
use super::section::SectionView;
use crate::locale::{resolve_dir, Label, Labels};
use crate::model::{slugify, Document, Section, Source};
use crate::options::CardOptions;

/// Properties of [`Card`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardProps {
    /// The validated document to show.
    pub document: Rc<Document>,
    /// How it is shown (heading level, theme, variant, language of the card's own words, …).
    #[prop_or_default]
    pub options: Rc<CardOptions>,
    /// A render that the browser bundle makes interactive in place (see `exec-summary-runtime.js`):
    /// every card the wasm renders for the runtime, and static ones with a marker (`--embed-data`,
    /// `--data-src`). The "Expand all" control is rendered too, hidden until then, carrying the
    /// labels the upgrade needs, so upgrading shows it without re-rendering or shifting anything.
    #[prop_or_default]
    pub upgradable: bool,
}

/// The card for one document.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let CardProps {
        document,
        options,
        upgradable,
    } = props;
    let CardOptions {
        heading_level,
        theme,
        variant,
        expanded,
        lang,
        strings,
        id_prefix,
        ..
    } = options.as_ref();
    #[cfg(all(feature = "test-trap", target_arch = "wasm32"))]
    if document.title == TRAP_WHILE_RENDERING {
        core::arch::wasm32::unreachable();
    }
    let ui_lang = if lang.is_empty() {
        document.lang.as_str()
    } else {
        lang.as_str()
    };
    let text = Labels::new(ui_lang, &document.lang, strings);

    let level = (*heading_level).clamp(2, 6);
    let heading = |offset: u8| AttrValue::from(format!("h{}", (level + offset).min(6)));
    let prefix = if id_prefix.is_empty() {
        default_id_prefix(&document.title)
    } else {
        id_prefix.to_string()
    };
    let title_id = format!("{prefix}title");

    // `expanded` overrides every section's own state, as a page asks.
    let open = |section: &Section| match *expanded {
        "all" => true,
        "none" => false,
        _ => section.expanded,
    };
    let all_open = document.sections.iter().all(open);
    // A document without its own heading gets the card's own words, in the card's language.
    let summary_heading = match &document.summary_heading {
        Some(heading) => Label {
            text: AttrValue::from(heading.clone()),
            lang: None,
        },
        None => text.summary_heading.clone(),
    };
    let toggle_label = if all_open {
        &text.collapse_all
    } else {
        &text.expand_all
    };
    let section_ids = document
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let section_heading = heading(2);
    let upgrade_label = |label: &Label| upgradable.then(|| label.text.clone());

    html! {
        <article class="es-card" part="card" role="region" aria-labelledby={title_id.clone()}
            lang={document.lang.clone()} dir={resolve_dir(&document.lang, document.dir)}
            data-theme={non_empty(theme)} data-variant={non_empty(variant)}
            data-es-upgradable={upgradable.then_some(AttrValue::Static(""))}>
            <header class="es-card__header" part="header">
                <hgroup class="es-card__titles">
                    if let Some(kicker) = &document.kicker {
                        <p class="es-card__kicker" part="kicker">{ kicker.clone() }</p>
                    }
                    <@{heading(0).to_string()} class="es-card__title" part="title" id={title_id}>{ document.title.clone() }</@>
                    if let Some(subtitle) = &document.subtitle {
                        <p class="es-card__subtitle" part="subtitle">{ subtitle.clone() }</p>
                    }
                </hgroup>
                if let Some(description) = &document.description {
                    <p class="es-card__lede" part="lede">{ rich_text(description) }</p>
                }
            </header>
            <div class="es-card__summary">
                <div class="es-card__summary-bar">
                    <@{heading(1).to_string()} class="es-card__summary-heading" part="summary-heading"
                        lang={summary_heading.lang}>{ summary_heading.text }</@>
                    if *upgradable && document.sections.len() > 1 {
                        <button type="button" class="es-card__toggle-all" part="toggle-all"
                            aria-controls={section_ids} lang={toggle_label.lang.clone()}
                            data-label-expand={upgrade_label(&text.expand_all)}
                            data-label-collapse={upgrade_label(&text.collapse_all)}
                            data-status-expanded={upgrade_label(&text.all_expanded)}
                            data-status-collapsed={upgrade_label(&text.all_collapsed)}>
                            { toggle_label.text.clone() }
                        </button>
                        // The live region the runtime writes to after "Expand all", in the
                        // language of those words.
                        <p class="es-card__status es-visually-hidden" part="status" role="status"
                            lang={text.all_expanded.lang.clone()}></p>
                    }
                </div>
                <div class="es-card__sections" part="sections">
                    { for document.sections.iter().map(|section| html! {
                        <SectionView key={section.id.clone()} section={section.clone()}
                            open={open(section)} heading={section_heading.clone()} />
                    }) }
                </div>
            </div>
            if !document.authors.is_empty() || document.source.is_some() {
                <footer class="es-card__footer" part="footer">
                    if !document.authors.is_empty() {
                        <@{heading(1).to_string()} class="es-card__footer-heading" part="authors-heading"
                            lang={text.authors.lang.clone()}>{ text.authors.text.clone() }</@>
                        <ul class="es-card__authors" part="authors">
                            { for document.authors.iter().map(|author| html! {
                                <li class="es-author">{ author_note(&author.name, author.bio.as_deref(), author.url.as_deref(), text.locale.full_stop) }</li>
                            }) }
                        </ul>
                    }
                    if let Some(source) = &document.source {
                        { source_line(source, &text) }
                    }
                </footer>
            }
        </article>
    }
}

/// Test builds only (feature `test-trap`): a card with this title traps the wasm module while
/// Yew renders it (after the JSON was read and validated).
#[cfg(feature = "test-trap")]
pub const TRAP_WHILE_RENDERING: &str = "exec-summary: trap while rendering";

/// Whether `c` belongs to a script written without spaces between words (Chinese, Japanese), where
/// a name can run straight into the next word.
fn is_unspaced_script(c: char) -> bool {
    matches!(u32::from(c),
        0x3040..=0x30ff      // Hiragana, Katakana
        | 0x3400..=0x4dbf    // CJK Unified Ideographs Extension A
        | 0x4e00..=0x9fff    // CJK Unified Ideographs
        | 0xf900..=0xfaff    // CJK Compatibility Ideographs
        | 0x20000..=0x3134f) // CJK Unified Ideographs Extensions B–G
}

/// An optional attribute: present only when it has a value.
fn non_empty(value: &'static str) -> Option<AttrValue> {
    (!value.is_empty()).then_some(AttrValue::Static(value))
}

/// Ids for a card rendered without an explicit prefix: readable from the title's words where it
/// has ASCII ones, else a hash of the title, so cards in any script get distinct, valid ids.
fn default_id_prefix(title: &str) -> String {
    let slug = slugify(title);
    let short = slug.get(..24).unwrap_or(&slug).trim_end_matches('-');
    if short.is_empty() {
        // FNV-1a: tiny, deterministic across platforms and runs (unlike std's hasher).
        let hash = title.bytes().fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
        format!("es-{hash:08x}-")
    } else {
        format!("es-{short}-")
    }
}

/// The author's note with the name set in bold (and linked); a bio that starts with the name, as
/// published notes do, shows the name once; otherwise `full_stop` (". ", "。") separates them.
///
/// Document text that shares a line with other text is isolated (`dir="auto"`, or `dir="ltr"` for
/// URLs, which HTML styles `unicode-bidi: isolate`): its own direction is found from its letters,
/// and a bidi control in it (U+202E …) cannot reorder the punctuation, labels or fields after it.
/// Block elements (title, paragraphs, items) end the bidi paragraph by themselves.
fn author_note(name: &str, bio: Option<&str>, url: Option<&str>, full_stop: &'static str) -> Html {
    let name_html = match url {
        Some(href) => {
            html! { <a class="es-link es-author__name" dir="auto" href={href.to_owned()}>{ name.to_owned() }</a> }
        }
        None => html! { <strong class="es-author__name" dir="auto">{ name.to_owned() }</strong> },
    };
    // Only a whole-word match counts: "Ann" must not swallow the start of "Anna Lee …"; but in
    // Chinese "王丽华是…" starts with the name "王丽华" though no space follows it.
    let ends_word = |rest: &str| match rest.chars().next() {
        Some(next) => {
            !next.is_alphanumeric()
                || is_unspaced_script(next)
                || name.chars().last().is_some_and(is_unspaced_script)
        }
        None => true,
    };
    match bio {
        Some(bio) => match bio.strip_prefix(name).filter(|rest| ends_word(rest)) {
            Some(rest) => html! { <p class="es-author__bio">{ name_html }{ rich_text(rest) }</p> },
            None => html! {
                <p class="es-author__bio">{ name_html }{ full_stop }{ rich_text(bio) }</p>
            },
        },
        None => html! { <p class="es-author__bio">{ name_html }</p> },
    }
}

/// "Source: Title. Publisher, July 1, 2018, doi:10.…" with each part optional, the label,
/// punctuation and date in the card's interface language; each part from the document is isolated
/// (see [`author_note`]).
fn source_line(source: &Source, text: &Labels) -> Html {
    let Source {
        title,
        publisher,
        date,
        url,
        doi,
    } = source;
    let locale = text.locale;
    let title_html = title.as_ref().map(|t| match url {
        Some(href) => html! { <cite class="es-source__title" dir="auto"><a class="es-link" href={href.clone()}>{ t.clone() }</a></cite> },
        None => html! { <cite class="es-source__title" dir="auto">{ t.clone() }</cite> },
    });
    let mut parts: Vec<Html> = Vec::new();
    parts.extend(title_html);
    if let Some(p) = publisher {
        parts.push(html! { <span class="es-source__publisher" dir="auto">{ p.clone() }</span> });
    }
    if let Some(d) = date {
        let shown = locale.format_date(d).unwrap_or_else(|| d.clone());
        parts.push(html! {
            <time class="es-source__date" datetime={d.clone()} lang={text.locale_lang.clone()}>{ shown }</time>
        });
    }
    if title.is_none() {
        if let Some(href) = url {
            parts.push(html! { <a class="es-link es-source__url" dir="ltr" href={href.clone()}>{ href.clone() }</a> });
        }
    }
    if let Some(doi) = doi {
        parts.push(html! {
            <a class="es-link es-source__doi" dir="ltr" href={format!("https://doi.org/{doi}")}>{ format!("doi:{doi}") }</a>
        });
    }
    let mut joined: Vec<Html> = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            joined.push(html! { { locale.separator } });
        }
        joined.push(part);
    }
    html! {
        <p class="es-source" part="source">
            <span class="es-source__label" lang={text.source.lang.clone()}>
                { format!("{}{}", text.source.text, locale.colon) }
            </span>
            { for joined }
        </p>
    }
}
