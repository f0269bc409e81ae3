//! The card rendered by the wasm embedding layer, parsed by a real browser (headless Chromium):
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features csr`. What the
//! runtime adds (clicks, "Expand all", updates) is tested end to end in `tests/e2e/`.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use exec_summary::embed::{render, render_error, MountOptions, Rendered};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../www/examples/sino-russian-cooperation.json");

fn options(id_prefix: &str) -> MountOptions {
    options_with(id_prefix, "", "", "", "", 2)
}

fn options_with(
    id_prefix: &str,
    theme: &str,
    variant: &str,
    expanded: &str,
    lang: &str,
    heading_level: u8,
) -> MountOptions {
    MountOptions::new(
        heading_level,
        id_prefix.into(),
        theme.into(),
        variant.into(),
        expanded.into(),
        lang.into(),
        String::new(),
    )
}

/// A host on the page holding the rendered HTML as the runtime inserts it (innerHTML).
fn shown(rendered: &Rendered) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_inner_html(&rendered.html());
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn all(host: &Element, selector: &str) -> Vec<Element> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

fn one(host: &Element, selector: &str) -> Element {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn open_states(host: &Element) -> Vec<bool> {
    all(host, "details.es-section")
        .iter()
        .map(|d| d.has_attribute("open"))
        .collect()
}

#[wasm_bindgen_test]
fn renders_the_seed_card_with_its_sections_and_authors() {
    let rendered = render(SEED, &options("t1-"));
    assert!(rendered.ok());
    let host = shown(&rendered);
    assert_eq!(
        one(&host, "h2.es-card__title").text_content().unwrap(),
        "Present and Future Sino-Russian Cooperation"
    );
    assert_eq!(
        one(&host, "article")
            .get_attribute("aria-labelledby")
            .unwrap(),
        "t1-title"
    );
    assert_eq!(open_states(&host), vec![true, false]);
    assert_eq!(all(&host, ".es-section__item").len(), 3);
    // Collapsed content stays in the DOM for find-in-page, printing and search engines.
    assert!(one(&host, "#policy-implications")
        .text_content()
        .unwrap()
        .contains("peaceful environment"));
    assert_eq!(all(&host, ".es-author").len(), 2);
}

#[wasm_bindgen_test]
fn the_card_carries_what_the_runtime_needs_to_make_it_interactive() {
    let host = shown(&render(SEED, &options("t2-")));
    // Marked for the upgrade, which shows "Expand all" with these labels and drives the status.
    assert!(one(&host, "article").has_attribute("data-es-upgradable"));
    let button = one(&host, ".es-card__toggle-all");
    assert_eq!(
        button.get_attribute("aria-controls").unwrap(),
        "main-argument policy-implications"
    );
    assert_eq!(button.text_content().unwrap().trim(), "Expand all");
    for (name, label) in [
        ("data-label-expand", "Expand all"),
        ("data-label-collapse", "Collapse all"),
        ("data-status-expanded", "All sections expanded"),
        ("data-status-collapsed", "All sections collapsed"),
    ] {
        assert_eq!(button.get_attribute(name).as_deref(), Some(label), "{name}");
    }
    assert_eq!(
        one(&host, ".es-card__status")
            .get_attribute("role")
            .unwrap(),
        "status"
    );
}

#[wasm_bindgen_test]
fn options_set_the_heading_level_theme_variant_expansion_and_language() {
    let host = shown(&render(
        SEED,
        &options_with("t3-", "dark", "compact", "all", "fr", 4),
    ));
    let article = one(&host, "article");
    assert_eq!(article.get_attribute("data-theme").unwrap(), "dark");
    assert_eq!(article.get_attribute("data-variant").unwrap(), "compact");
    assert_eq!(
        one(&host, "h4.es-card__title").text_content().unwrap(),
        "Present and Future Sino-Russian Cooperation"
    );
    assert_eq!(open_states(&host), vec![true, true]);
    assert_eq!(
        one(&host, ".es-card__toggle-all")
            .get_attribute("data-label-expand")
            .unwrap(),
        "Tout déplier"
    );
}

#[wasm_bindgen_test]
fn invalid_data_renders_an_error_card_listing_every_problem() {
    let rendered = render(
        r#"{"title": 3, "sections": [{"title": "A", "items": ["x", 2]}]}"#,
        &options("t4-"),
    );
    assert!(!rendered.ok());
    assert_eq!(
        rendered.problems(),
        vec![
            "title: expected a string, found a number".to_owned(),
            "sections[0].items[1]: expected a string, found a number".to_owned(),
        ]
    );
    let host = shown(&rendered);
    let card = one(&host, ".es-card--error");
    assert_eq!(card.get_attribute("role").unwrap(), "alert");
    let paths: Vec<String> = all(&host, ".es-error__path")
        .iter()
        .map(|p| p.text_content().unwrap())
        .collect();
    assert_eq!(paths, vec!["title", "sections[0].items[1]"]);
    assert!(all(&host, "article").is_empty());
}

#[wasm_bindgen_test]
fn markup_in_text_never_becomes_html() {
    let json = r#"{"title": "<img src=x onerror=alert(1)>", "sections": [{"title": "S",
        "paragraphs": ["<b>bold</b> and [click](javascript:alert(1)) and [ok](https://example.org)"]}]}"#;
    let host = shown(&render(json, &options("t5-")));
    assert!(all(&host, "img, b").is_empty());
    assert_eq!(
        one(&host, ".es-card__title").text_content().unwrap(),
        "<img src=x onerror=alert(1)>"
    );
    let links: Vec<String> = all(&host, "a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(links, vec!["https://example.org"]);
}

#[wasm_bindgen_test]
fn fetch_failures_render_an_error_card_offering_try_again_only_when_asked() {
    let rendered = render_error("could not load x.json: HTTP 404".into(), &options(""), true);
    assert!(!rendered.ok());
    let host = shown(&rendered);
    assert!(one(&host, "[role=alert]")
        .text_content()
        .unwrap()
        .contains("could not load x.json: HTTP 404"));
    assert_eq!(
        one(&host, "button.es-error__retry").text_content().unwrap(),
        "Try again"
    );
    let host = shown(&render_error(
        "could not load x.json: the summary is larger than the 1 MiB limit".into(),
        &options(""),
        false,
    ));
    assert!(all(&host, "button").is_empty());
}
