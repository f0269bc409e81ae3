//! The card mounted by the wasm embedding layer in a real browser (headless Chromium):
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features csr`.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use exec_summary::embed::{mount, mount_error, MountOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../www/examples/sino-russian-cooperation.json");

/// Lets Yew's scheduler and the browser's toggle events run: a few macrotasks.
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

fn options(id_prefix: &str) -> MountOptions {
    MountOptions::new(
        2,
        id_prefix.into(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    )
}

fn host() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
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

fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
}

fn open_states(host: &Element) -> Vec<bool> {
    all(host, "details.es-section")
        .iter()
        .map(|d| d.has_attribute("open"))
        .collect()
}

#[wasm_bindgen_test]
async fn mounts_the_seed_card_with_its_sections_and_authors() {
    let host = host();
    let handle = mount(&host, SEED, &options("t1-")).unwrap();
    settle().await;
    assert!(handle.ok());
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
async fn clicking_a_summary_toggles_its_section() {
    let host = host();
    let _handle = mount(&host, SEED, &options("t2-")).unwrap();
    settle().await;
    click(&one(&host, "#policy-implications > summary"));
    settle().await;
    assert_eq!(open_states(&host), vec![true, true]);
    // Every section is open, so the control now offers to collapse them.
    assert_eq!(
        one(&host, ".es-card__toggle-all").text_content().unwrap(),
        "Collapse all"
    );
    click(&one(&host, "#main-argument > summary"));
    settle().await;
    assert_eq!(open_states(&host), vec![false, true]);
    assert_eq!(
        one(&host, ".es-card__toggle-all").text_content().unwrap(),
        "Expand all"
    );
}

#[wasm_bindgen_test]
async fn expand_all_then_collapse_all() {
    let host = host();
    let _handle = mount(&host, SEED, &options("t3-")).unwrap();
    settle().await;
    let button = one(&host, ".es-card__toggle-all");
    assert_eq!(
        button.get_attribute("aria-controls").unwrap(),
        "main-argument policy-implications"
    );
    click(&button);
    settle().await;
    assert_eq!(open_states(&host), vec![true, true]);
    assert_eq!(button.text_content().unwrap(), "Collapse all");
    click(&button);
    settle().await;
    assert_eq!(open_states(&host), vec![false, false]);
    assert_eq!(button.text_content().unwrap(), "Expand all");
}

#[wasm_bindgen_test]
async fn invalid_data_shows_an_error_card_listing_every_problem() {
    let host = host();
    let handle = mount(
        &host,
        r#"{"title": 3, "sections": [{"title": "A", "items": ["x", 2]}]}"#,
        &options("t4-"),
    )
    .unwrap();
    settle().await;
    assert!(!handle.ok());
    assert_eq!(
        handle.problems(),
        vec![
            "title: expected a string, found a number".to_owned(),
            "sections[0].items[1]: expected a string, found a number".to_owned(),
        ]
    );
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
async fn markup_in_text_never_becomes_html() {
    let host = host();
    let json = r#"{"title": "<img src=x onerror=alert(1)>", "sections": [{"title": "S",
        "paragraphs": ["<b>bold</b> and [click](javascript:alert(1)) and [ok](https://example.org)"]}]}"#;
    let _handle = mount(&host, json, &options("t5-")).unwrap();
    settle().await;
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
async fn fetch_failures_show_an_error_card_and_destroy_empties_the_host() {
    let host = host();
    let mut handle = mount_error(
        &host,
        "could not load x.json: HTTP 404".into(),
        &options(""),
        None,
    )
    .unwrap();
    settle().await;
    assert!(!handle.ok());
    assert!(one(&host, "[role=alert]")
        .text_content()
        .unwrap()
        .contains("could not load x.json: HTTP 404"));
    handle.destroy();
    settle().await;
    assert_eq!(host.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn a_card_mounted_after_a_destroy_starts_afresh() {
    // Apps are pooled: the next card may be shown by the app that showed this one.
    let first = host();
    let mut handle = mount(&first, SEED, &options("t7-")).unwrap();
    settle().await;
    click(&one(&first, "#policy-implications > summary"));
    settle().await;
    assert_eq!(open_states(&first), vec![true, true]);
    handle.destroy();
    settle().await;
    assert_eq!(first.child_element_count(), 0);
    assert!(!handle.root().is_connected());

    let second = host();
    let handle = mount(&second, SEED, &options("t8-")).unwrap();
    settle().await;
    assert!(handle.root().is_connected());
    assert_eq!(handle.root().get_attribute("part").unwrap(), "root");
    assert_eq!(open_states(&second), vec![true, false]);
    assert_eq!(
        one(&second, "article")
            .get_attribute("aria-labelledby")
            .unwrap(),
        "t8-title"
    );
    assert_eq!(first.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn update_keeps_open_sections_and_an_error_card_in_between_starts_afresh() {
    let host = host();
    let mut handle = mount(&host, SEED, &options("t9-")).unwrap();
    settle().await;
    click(&one(&host, "#policy-implications > summary"));
    settle().await;
    let updated = SEED.replace(
        "Present and Future Sino-Russian Cooperation",
        "Updated title",
    );
    handle.update(&updated);
    settle().await;
    assert!(handle.ok());
    assert_eq!(
        one(&host, ".es-card__title").text_content().unwrap(),
        "Updated title"
    );
    assert_eq!(open_states(&host), vec![true, true]);

    handle.update(r#"{"version": 1}"#);
    settle().await;
    assert!(!handle.ok());
    assert!(all(&host, "article").is_empty());
    assert_eq!(all(&host, ".es-card--error").len(), 1);

    handle.update(SEED);
    settle().await;
    assert!(handle.ok());
    assert!(all(&host, ".es-card--error").is_empty());
    assert_eq!(open_states(&host), vec![true, false]);
}
