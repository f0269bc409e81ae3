//! The card rendered by the wasm embedding layer, parsed by a real browser (headless Chromium):
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features wasm-module`. What the
//! runtime adds (clicks, "Expand all", updates) is tested end to end in `tests/e2e/`.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use exec_summary::bindings::{render_card, render_error, validate};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../www/examples/sino-russian-cooperation.json");

/// What the module gave JavaScript, read back: `{ html, ok, problems }`.
struct Rendered {
    html: String,
    ok: bool,
    /// Each problem as `path: message (severity)`.
    problems: Vec<String>,
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap()
}

fn read(result: JsValue) -> Rendered {
    let problems = read_problems(&result);
    Rendered {
        html: get(&result, "html").as_string().unwrap_or_default(),
        ok: get(&result, "ok").as_bool().unwrap(),
        problems,
    }
}

/// A JavaScript value from JSON text.
fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn options(id_prefix: &str) -> JsValue {
    js(&format!(r#"{{"idPrefix": "{id_prefix}"}}"#))
}

fn render(json: &str, options: &JsValue) -> Rendered {
    read(render_card(
        JsValue::from_str(json),
        options.clone(),
        JsValue::TRUE,
    ))
}

/// A host on the page holding the rendered HTML as the runtime inserts it (innerHTML).
fn shown(rendered: &Rendered) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_inner_html(&rendered.html);
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
    assert!(rendered.ok);
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
        &js(
            r#"{"idPrefix": "t3-", "theme": "dark", "variant": "compact", "expanded": "all", "lang": "fr", "headingLevel": 4}"#,
        ),
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
    assert!(!rendered.ok);
    assert_eq!(
        rendered.problems,
        vec![
            "title: expected a string, found a number (error)".to_owned(),
            "sections[0].items[1]: expected a string, found a number (error)".to_owned(),
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
    let rendered = read(render_error(
        "could not load x.json: HTTP 404".into(),
        options(""),
        JsValue::TRUE,
    ));
    assert!(!rendered.ok);
    assert_eq!(
        rendered.problems,
        [": could not load x.json: HTTP 404 (error)"],
        "a problem with the source has no path"
    );
    let host = shown(&rendered);
    assert!(one(&host, "[role=alert]")
        .text_content()
        .unwrap()
        .contains("could not load x.json: HTTP 404"));
    assert_eq!(
        one(&host, "button.es-error__retry").text_content().unwrap(),
        "Try again"
    );
    let host = shown(&read(render_error(
        "could not load x.json: the summary is larger than the 1 MiB limit".into(),
        options(""),
        JsValue::FALSE,
    )));
    assert!(all(&host, "button").is_empty());
}

#[wasm_bindgen_test]
fn a_document_as_an_object_gets_the_problems_of_the_same_document_as_json_text() {
    for text in [
        SEED,
        r#"{"title": 3, "subtitel": "x", "sections": [{"title": "A", "items": ["x", 2]}], "dir": "up"}"#,
        r#"{"version": 1.5, "sections": [], "authors": [{"url": "javascript:x"}]}"#,
        r#"[1, 2]"#,
    ] {
        let from_text = render(text, &options("o-"));
        let from_object = read(render_card(js(text), options("o-"), JsValue::TRUE));
        assert_eq!(from_object.problems, from_text.problems, "{text}");
        assert_eq!(from_object.ok, from_text.ok, "{text}");
        assert_eq!(from_object.html, from_text.html, "{text}");
    }
}

#[wasm_bindgen_test]
fn what_json_stringify_would_leave_out_is_left_out_and_a_cycle_is_a_problem() {
    let document = js(SEED);
    // undefined counts as absent; a function in an object is left out, as JSON.stringify does.
    Reflect::set(&document, &"subtitle".into(), &JsValue::UNDEFINED).unwrap();
    let function = js_sys::Function::new_no_args("return 1");
    Reflect::set(&document, &"kicker".into(), &function).unwrap();
    let rendered = read(render_card(
        document.clone(),
        JsValue::UNDEFINED,
        JsValue::TRUE,
    ));
    assert!(rendered.ok, "{:?}", rendered.problems);
    assert_eq!(rendered.problems, Vec::<String>::new());
    // A document that contains itself is refused, and the module keeps working.
    let sections = get(&document, "sections");
    Reflect::set(
        &sections.dyn_into::<Array>().unwrap().get(0),
        &"self".into(),
        &document,
    )
    .unwrap();
    let rendered = read(render_card(document, JsValue::UNDEFINED, JsValue::TRUE));
    assert!(!rendered.ok);
    assert_eq!(
        rendered.problems,
        ["(root): the document nests arrays and objects more than 127 deep (or refers to itself) (error)"]
    );
    assert!(render(SEED, &options("after-")).ok);
}

#[wasm_bindgen_test]
fn options_of_any_type_never_trap_and_keep_their_defaults() {
    for options in [
        r#"{"theme": 42, "lang": 7, "headingLevel": "nine", "strings": 5, "expanded": true, "variant": ["compact"]}"#,
        r#"{"idPrefix": {"a": 1}, "timeout": "soon", "strings": "{not json", "nope": 1}"#,
        r#""dark""#,
        r#"null"#,
        r#"[1, 2, 3]"#,
    ] {
        let rendered = render(SEED, &js(options));
        assert!(rendered.ok, "{options}");
        let host = shown(&rendered);
        assert!(
            !one(&host, "article").has_attribute("data-theme"),
            "{options}"
        );
        assert_eq!(all(&host, "h2.es-card__title").len(), 1, "{options}");
    }
    let host = shown(&read(render_error(
        JsValue::from(42),
        js("[]"),
        JsValue::from("yes"),
    )));
    assert_eq!(all(&host, "[role=alert]").len(), 1);
}

#[wasm_bindgen_test]
fn validate_gives_the_problems_the_cli_prints() {
    let result = validate(JsValue::from_str(
        r#"{"titel": "T", "sections": [{"title": "S", "items": ["i"]}]}"#,
    ));
    assert!(!get(&result, "ok").as_bool().unwrap());
    let problems = read_problems(&result);
    assert_eq!(
        problems,
        [
            "title: required field is missing (error)",
            "titel: unknown field, ignored (did you mean `title`?) (warning)",
        ]
    );
    let result = validate(js(SEED));
    assert!(get(&result, "ok").as_bool().unwrap());
    assert!(Reflect::has(&result, &"html".into())
        .map(|has| !has)
        .unwrap());
}

fn read_problems(result: &JsValue) -> Vec<String> {
    get(result, "problems")
        .dyn_into::<Array>()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{}: {} ({})",
                get(&p, "path").as_string().unwrap(),
                get(&p, "message").as_string().unwrap(),
                get(&p, "severity").as_string().unwrap()
            )
        })
        .collect()
}

#[wasm_bindgen_test]
fn every_card_option_of_the_table_reaches_the_card() {
    use exec_summary::options::{Kind, Reach, OPTIONS};
    let default = render(SEED, &JsValue::UNDEFINED).html;
    for spec in OPTIONS.iter().filter(|spec| spec.reach == Reach::Card) {
        let value = match spec.kind {
            Kind::Integer { max, .. } => format!("{max}"),
            Kind::Choice(values) => format!("\"{}\"", values.last().unwrap()),
            Kind::Language => "\"de\"".to_owned(),
            Kind::Token => "\"p-\"".to_owned(),
            Kind::Strings => r#"{"expandAll": "Show all"}"#.to_owned(),
            Kind::Flag | Kind::Url => unreachable!("{} is not a card option", spec.name),
        };
        let options = js(&format!(r#"{{"{}": {value}}}"#, spec.name));
        let html = render(SEED, &options).html;
        assert_ne!(html, default, "{} did not change the card", spec.name);
    }
}

#[wasm_bindgen_test]
fn a_card_not_asked_to_be_upgradable_is_the_static_card_for_good() {
    let card = read(render_card(
        JsValue::from_str(SEED),
        JsValue::UNDEFINED,
        JsValue::FALSE,
    ));
    assert!(card.ok);
    let host = shown(&card);
    assert!(!one(&host, "article").has_attribute("data-es-upgradable"));
    assert!(all(&host, ".es-card__toggle-all").is_empty());
}
