use serde_json::{json, Value};

use super::*;

/// Resolves `options` for the browser and returns the card's options with each warning as
/// `path: message`.
fn browser(options: Value) -> (CardOptions, Vec<String>) {
    let resolved = resolve_object(&options, Surface::Browser);
    let warnings = resolved.warnings.iter().map(ToString::to_string).collect();
    (resolved.card, warnings)
}

/// A value `spec` takes other than its default, as a page would write it.
fn sample(spec: &OptionSpec) -> Value {
    match spec.kind {
        Kind::Integer { max, .. } => json!(max),
        Kind::Choice(values) => json!(values.last().copied().unwrap_or_default()),
        Kind::Language => json!("fr-CA"),
        Kind::Token => json!("card-7_"),
        Kind::Strings => json!({"expandAll": "Show all", "source": "From"}),
        Kind::Flag => json!(true),
        Kind::Url => json!("/summaries/a.json"),
    }
}

#[test]
fn every_option_of_the_table_takes_a_value_of_its_kind() {
    for spec in OPTIONS {
        let surface = match spec.reach {
            Reach::Browser | Reach::Card => Surface::Browser,
            Reach::Static => Surface::Static,
        };
        let options = json!({ spec.name: sample(spec) });
        let resolved = resolve_object(&options, surface);
        assert_eq!(resolved.warnings, [], "{}", spec.name);
        let changed = resolved.card != CardOptions::default() || resolved.marker != Marker::None;
        assert!(changed, "{} was accepted but changed nothing", spec.name);
    }
}

#[test]
fn every_card_option_reads_back_from_the_attribute_it_writes() {
    for spec in OPTIONS.iter().filter(|spec| spec.reach == Reach::Card) {
        let options = json!({ spec.name: sample(spec) });
        let card = resolve_object(&options, Surface::Static).card;
        let written = card
            .attribute_value(spec)
            .unwrap_or_else(|| panic!("{} writes no attribute", spec.name));
        // An attribute's value is text: read back as a page's attribute is.
        let again = resolve_object(&json!({ spec.name: written }), Surface::Browser);
        assert_eq!(again.warnings, [], "{}", spec.name);
        assert_eq!(again.card, card, "{}", spec.name);
    }
}

#[test]
fn defaults_write_no_attribute() {
    let card = CardOptions::default();
    for spec in OPTIONS {
        assert_eq!(card.attribute_value(spec), None, "{}", spec.name);
    }
}

#[test]
fn names_and_attributes_are_unique_and_spelt_as_each_surface_expects() {
    for (i, spec) in OPTIONS.iter().enumerate() {
        for other in &OPTIONS[i + 1..] {
            assert_ne!(spec.name, other.name);
            assert_ne!(spec.attribute, other.attribute);
        }
        let camel: String = spec
            .attribute
            .split('-')
            .enumerate()
            .map(|(i, word)| {
                let mut chars = word.chars();
                match chars.next() {
                    Some(first) if i > 0 => first.to_ascii_uppercase().to_string() + chars.as_str(),
                    _ => word.to_owned(),
                }
            })
            .collect();
        assert_eq!(camel, spec.name, "the attribute is the name in kebab case");
        assert!(
            !spec.doc.ends_with('.'),
            "{}: one sentence, no full stop",
            spec.name
        );
    }
}

#[test]
fn a_value_an_option_does_not_take_is_a_warning_naming_it_and_what_is_used() {
    let (card, warnings) = browser(json!({
        "headingLevel": 9,
        "theme": 42,
        "lang": 7,
        "variant": "Compact",
        "expanded": true,
        "timeout": -5,
        "idPrefix": "a b",
    }));
    assert_eq!(card, CardOptions::default());
    assert_eq!(
        warnings,
        [
            "options.headingLevel: expected a whole number from 2 to 6, found the number 9: using 2",
            "options.theme: expected `light`, `dark`, `auto`, `sepia` or `high-contrast`, found the number 42: using none",
            "options.lang: expected a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`, found the number 7: using none",
            "options.variant: expected `compact`, found \"Compact\": using none",
            "options.expanded: expected `all` or `none`, found a boolean: using none",
            "options.timeout: expected a whole number from 1 to 600000, found the number -5: using 10000",
            "options.idPrefix: expected up to 64 letters, digits, `-` and `_`, found \"a b\": using none",
        ]
    );
}

#[test]
fn attributes_give_text_which_counts_as_the_value_it_spells() {
    let (card, warnings) = browser(json!({
        "headingLevel": "3",
        "timeout": " 2500 ",
        "theme": "dark",
        "strings": "{\"expandAll\": \"Show all\"}",
    }));
    assert_eq!(warnings, Vec::<String>::new());
    assert_eq!(card.heading_level, 3);
    assert_eq!(card.timeout, 2500);
    assert_eq!(card.theme, "dark");
    assert_eq!(card.strings.expand_all.as_deref(), Some("Show all"));
}

#[test]
fn unknown_options_and_string_names_are_warnings() {
    let (card, warnings) = browser(json!({
        "heading": 3,
        "strings": {"expandAl": "Show", "authors": 3, "source": "From"},
    }));
    assert_eq!(
        warnings,
        [
            "options.heading: unknown option, ignored",
            "options.strings.expandAl: unknown string name, ignored",
            "options.strings.authors: expected a string",
        ]
    );
    assert_eq!(card.strings.source.as_deref(), Some("From"));
}

#[test]
fn options_outside_their_reach_are_ignored_with_a_warning() {
    let (_, warnings) = browser(json!({"embedData": true}));
    assert_eq!(
        warnings,
        ["options.embedData: applies to static renders only, ignored"]
    );
    let resolved = resolve_object(&json!({"timeout": 5}), Surface::Static);
    assert_eq!(
        resolved.warnings[0].to_string(),
        "options.timeout: applies to the browser's cards only, ignored"
    );
}

#[test]
fn null_means_not_set_and_anything_but_an_object_keeps_every_default() {
    let (card, warnings) = browser(json!({"theme": null, "headingLevel": null}));
    assert_eq!((card, warnings), (CardOptions::default(), Vec::new()));
    assert_eq!(
        resolve_object(&Value::Null, Surface::Browser),
        Resolved::default()
    );
    let (card, warnings) = browser(json!("dark"));
    assert_eq!(card, CardOptions::default());
    assert_eq!(
        warnings,
        ["options: expected an object of options, found \"dark\": every option has its default"]
    );
}

#[test]
fn the_static_marker_follows_embed_data_and_data_src() {
    let marker = |options: Value| resolve_object(&options, Surface::Static).marker;
    assert_eq!(marker(json!({"embedData": true})), Marker::EmbedData);
    assert_eq!(marker(json!({"embedData": false})), Marker::None);
    assert_eq!(
        marker(json!({"dataSrc": "/a.json"})),
        Marker::DataSrc("/a.json".to_owned())
    );
    assert_eq!(marker(json!({"dataSrc": ""})), Marker::None);
}

#[test]
fn check_refuses_what_resolve_would_warn_about() {
    let spec = |name: &str| OPTIONS.iter().find(|s| s.name == name).unwrap();
    assert_eq!(check(spec("headingLevel"), &json!("4")), Ok(()));
    assert_eq!(
        check(spec("headingLevel"), &json!("7")),
        Err("expected a whole number from 2 to 6".to_owned())
    );
    assert!(check(spec("lang"), &json!("not a tag")).is_err());
    assert!(check(spec("strings"), &json!("[1]")).is_err());
    // Unknown string names are only warned about, even on the command line.
    assert_eq!(check(spec("strings"), &json!("{\"nope\": \"x\"}")), Ok(()));
}
