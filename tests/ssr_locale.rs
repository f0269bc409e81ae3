//! The static card in other languages: localized words, dates and punctuation, right-to-left
//! direction, string overrides through the `strings` prop, and the `part` names for styling.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use exec_summary::locale::UiOverrides;
use exec_summary::model::parse;
use exec_summary::options::CardOptions;
use exec_summary::render::{render_card, render_error_card};
use yew::AttrValue;

/// A one-section document in `lang` with a dated source, plus `extra` top-level JSON fields.
fn json(lang: &str, extra: &str) -> String {
    format!(
        r#"{{"lang": "{lang}", "title": "T", "sections": [{{"id": "s", "title": "S", "items": ["i"]}}],
            "authors": [{{"name": "A"}}],
            "source": {{"title": "Work", "publisher": "P", "date": "2018-07-01"}}{extra}}}"#
    )
}

fn render(json: &str) -> String {
    render_card(parse(json).unwrap().document, CardOptions::default(), false)
}

#[test]
fn a_french_card_speaks_french_with_french_punctuation() {
    let html = render(&json("fr", ""));
    assert!(html.contains(">Synthèse</h3>"), "{html}");
    assert!(html.contains(">À propos des auteurs</h3>"), "{html}");
    assert!(html.contains("Source\u{202f}: </span>"), "{html}");
    assert!(
        html.contains(
            r#"<time class="es-source__date" datetime="2018-07-01">1 juillet 2018</time>"#
        ) || html
            .contains(r#"datetime="2018-07-01" class="es-source__date">1 juillet 2018</time>"#),
        "{html}"
    );
}

#[test]
fn chinese_uses_chinese_punctuation_and_dates() {
    let html = render(&json("zh-Hans", ""));
    assert!(html.contains("来源："), "{html}");
    assert!(
        html.contains("，"),
        "parts joined with a Chinese comma: {html}"
    );
    assert!(html.contains(">2018年7月1日</time>"), "{html}");
}

#[test]
fn an_arabic_document_with_auto_direction_renders_right_to_left() {
    let html = render(&json("ar", ""));
    assert!(html.contains(r#"dir="rtl""#), "{html}");
    assert!(html.contains("، "), "Arabic comma: {html}");
    let declared = render(&json("ar", r#", "dir": "ltr""#));
    assert!(declared.contains(r#"dir="ltr""#), "{declared}");
    let english = render(&json("en", ""));
    assert!(english.contains(r#"dir="auto""#), "{english}");
}

#[test]
fn a_documents_own_summary_heading_is_kept() {
    let html = render(&json("fr", r#", "summaryHeading": "En bref""#));
    assert!(html.contains(">En bref</h3>"), "{html}");
    assert!(!html.contains("Synthèse"), "{html}");
}

#[test]
fn a_summary_heading_the_document_sets_is_kept_even_in_the_english_defaults_words() {
    // A French document that says "Executive summary" chose those words: no French label.
    let html = render(&json("fr", r#", "summaryHeading": "Executive summary""#));
    assert!(html.contains(">Executive summary</h3>"), "{html}");
    assert!(!html.contains("Synthèse"), "{html}");
}

/// The card of `document` (JSON) with its own words in `lang` and `strings`.
fn render_with(document: &str, lang: &str, upgradable: bool, strings: UiOverrides) -> String {
    let options = CardOptions {
        id_prefix: "x-".to_owned(),
        lang: lang.to_owned(),
        strings,
        ..CardOptions::default()
    };
    render_card(parse(document).unwrap().document, options, upgradable)
}

#[test]
fn overrides_replace_strings_of_the_card() {
    let mut strings = UiOverrides::default();
    strings.set("authors", "Contributors");
    strings.set("source", "From");
    let html = render_with(&json("en", ""), "", false, strings);
    assert!(html.contains(">Contributors</h3>"), "{html}");
    assert!(html.contains("From: </span>"), "{html}");
}

#[test]
fn the_lang_prop_changes_the_words_but_not_the_contents_language() {
    let html = render_with(&json("en", ""), "de", false, UiOverrides::default());
    assert!(
        html.contains(r#"lang="en""#),
        "the article keeps the content's language"
    );
    assert!(
        html.contains(r#"lang="de""#),
        "German words are marked German: {html}"
    );
    assert!(html.contains("Über die Autoren"), "{html}");
    assert!(html.contains(">1. Juli 2018</time>"), "{html}");
}

#[test]
fn the_upgradable_cards_controls_and_live_region_are_marked_in_the_cards_own_language() {
    let document = r#"{"lang": "en", "title": "T", "sections": [
        {"id": "a", "title": "A", "items": ["i"]}, {"id": "b", "title": "B", "items": ["j"]}]}"#;
    let html = render_with(document, "de", true, UiOverrides::default());
    // The runtime writes German announcements into the live region of an English card.
    assert!(
        html.contains(r#"part="status" role="status" lang="de""#),
        "{html}"
    );
    assert!(
        html.contains(r#"data-status-expanded="Alle Abschnitte ausgeklappt""#),
        "{html}"
    );
    assert!(
        html.contains(r#"lang="de" data-label-expand="Alle ausklappen""#),
        "{html}"
    );
}

#[test]
fn key_elements_carry_part_names() {
    let html = render(&json(
        "en",
        r#", "kicker": "K", "subtitle": "Sub", "description": "D""#,
    ));
    for part in [
        "card",
        "header",
        "kicker",
        "title",
        "subtitle",
        "lede",
        "summary-heading",
        "sections",
        "section",
        "section-summary",
        "section-title",
        "section-body",
        "footer",
        "authors-heading",
        "authors",
        "source",
    ] {
        assert!(
            html.contains(&format!(r#"part="{part}""#)),
            "no part={part}: {html}"
        );
    }
}

#[test]
fn the_error_card_is_localized_and_marks_its_english_problems() {
    let problems = (0..14)
        .map(|i| (AttrValue::from(format!("p{i}")), AttrValue::Static("bad")))
        .collect();
    let options = CardOptions {
        lang: "ru".to_owned(),
        ..CardOptions::default()
    };
    let html = render_error_card(problems, options, false);
    assert!(html.contains("Не удалось показать это резюме"), "{html}");
    assert!(html.contains(r#"part="error""#), "{html}");
    assert!(html.contains("… и ещё 2 (см. консоль браузера)"), "{html}");
    assert!(
        html.contains(r#"lang="en" dir="ltr""#) || html.contains(r#"dir="ltr" lang="en""#),
        "{html}"
    );
}

#[test]
fn the_error_card_takes_the_strings_option_too() {
    let mut strings = UiOverrides::default();
    strings.set("errorTitle", "Zusammenfassung fehlt");
    let options = CardOptions {
        strings,
        ..CardOptions::default()
    };
    let html = render_error_card(
        vec![(AttrValue::Static(""), AttrValue::Static("x"))],
        options,
        false,
    );
    assert!(html.contains(">Zusammenfassung fehlt</p>"), "{html}");
}
