//! The runtime's copies of Rust contracts, written from the Rust definitions: the card's options
//! (`src/options.rs`) and the markup hooks the runtime reads (`src/components/hooks.rs`), in
//! `src/assets/generated/`, and the options part of the shipped TypeScript types. Each test
//! fails when its file is stale; `UPDATE_GENERATED=1 cargo test --test generated_assets` writes
//! them again. A second check makes sure the components really write every hook.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use exec_summary::components::hooks::HOOKS;
use exec_summary::locale::UiOverrides;
use exec_summary::model::parse;
use exec_summary::options::{
    default_text, expected, resolve_object, CardOptions, Kind, Marker, OptionSpec, Reach, Resolved,
    Surface, OPTIONS,
};
use exec_summary::render::marker::wrap;
use exec_summary::render::{render_card, render_error_card};
use serde_json::{json, Value};
use yew::AttrValue;

const HEADER: &str = "// Written by tests/generated_assets.rs from the Rust definitions: do not edit. After changing\n// them, `UPDATE_GENERATED=1 cargo test --test generated_assets` writes this file again.\n";

/// Compares `text` with the file at `path` (from the crate root), or writes it when asked.
fn check_file(path: &str, text: &str) {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, text).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        committed == text,
        "{path} is stale: run `UPDATE_GENERATED=1 cargo test --test generated_assets` and commit it"
    );
}

/// A JavaScript string literal (a JSON string is one).
fn js_string(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

fn js_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(js_string).collect();
    format!("[{}]", items.join(", "))
}

/// The browser's options: what the loader and the runtime read from hosts and check.
fn browser_options() -> impl Iterator<Item = &'static OptionSpec> {
    OPTIONS
        .iter()
        .filter(|spec| spec.reach.reaches(Surface::Browser))
}

fn options_module() -> String {
    let rows: Vec<String> = browser_options()
        .map(|spec| {
            let start = format!(
                "{}, \"{}\", {}, {}",
                js_string(spec.attribute),
                match spec.kind {
                    Kind::Integer { .. } => "integer",
                    Kind::Choice(_) => "choice",
                    Kind::Language => "language",
                    Kind::Token => "token",
                    Kind::Strings => "strings",
                    Kind::Flag | Kind::Url => panic!("{}: the browser has no such kind", spec.name),
                },
                js_string(&expected(spec)),
                js_string(&default_text(spec)),
            );
            match spec.kind {
                Kind::Integer { min, max, default } => {
                    format!("  [{start}, {min}, {max}, {default}],")
                }
                Kind::Choice(values) => {
                    format!("  [{start}, {}],", js_list(values.iter().copied()))
                }
                _ => format!("  [{start}],"),
            }
        })
        .collect();
    let statics = OPTIONS
        .iter()
        .filter(|spec| !spec.reach.reaches(Surface::Browser))
        .map(|spec| spec.name);
    format!(
        "{HEADER}// The card's options (src/options.rs) as the browser reads them.\n\n\
         /**\n * Each option a host or a page can set: its attribute (`data-…` on a host, bare on\n \
         * <exec-summary>; its name in JavaScript is the attribute in camelCase), what it takes\n \
         * ('integer' from, to, default; 'choice' of the listed words or none; a 'language' tag; a\n \
         * 'token' of letters, digits, - and _; 'strings', the card's own words by name), and the\n \
         * words of a warning: what it expects, and what is used instead.\n */\n\
         export const OPTIONS = [\n{}\n];\n\n\
         /** The attributes of those options, all live on <exec-summary>. */\n\
         export const ATTRIBUTES = {};\n\n\
         /** The attributes the static marker writes (the card's own options, not how it is fetched). */\n\
         export const MARKER_ATTRIBUTES = {};\n\n\
         /** Options of static renders only (the server's render), which a page is warned about. */\n\
         export const STATIC_ONLY = {};\n\n\
         /** The names of the card's own words, the keys the strings option takes. */\n\
         export const STRING_NAMES = {};\n",
        rows.join("\n"),
        js_list(browser_options().map(|spec| spec.attribute)),
        js_list(
            OPTIONS
                .iter()
                .filter(|spec| spec.reach == Reach::Card)
                .map(|spec| spec.attribute)
        ),
        js_list(statics),
        js_list(UiOverrides::KEYS.iter().copied()),
    )
}

/// Options pages might pass, and what [`resolve_object`] says of each: the runtime's unit tests
/// check that its own checking (`src/assets/runtime/options.js`) says the same.
fn option_cases() -> String {
    let cases = [
        json!({}),
        json!({"headingLevel": 3, "theme": "dark", "variant": "compact", "expanded": "all", "lang": "fr-CA", "idPrefix": "c-1_", "timeout": 2500}),
        json!({"headingLevel": "4", "timeout": " 2500 ", "strings": "{\"expandAll\": \"Show all\"}"}),
        json!({"headingLevel": 9, "theme": 42, "lang": 7, "variant": "Compact", "expanded": true, "timeout": -5, "idPrefix": "a b"}),
        json!({"headingLevel": 2.5, "timeout": 0, "theme": ["dark"], "lang": "english", "expanded": {"all": true}}),
        json!({"heading": 3, "embedData": true, "dataSrc": "/a.json", "strings": {"expandAl": "x", "authors": 3, "source": "From"}}),
        json!({"strings": "[1]", "theme": null, "lang": "", "variant": ""}),
        json!({"strings": 5, "idPrefix": "x".repeat(65), "theme": "\u{202e}dark\u{1}"}),
        json!({"headingLevel": "+3", "timeout": "600001", "lang": "zh-Hans-CN", "theme": "y".repeat(120)}),
    ];
    let entries: Vec<Value> = cases
        .iter()
        .map(|options| {
            let resolved = resolve_object(options, Surface::Browser);
            let warnings: Vec<String> = resolved.warnings.iter().map(ToString::to_string).collect();
            json!({ "options": options, "warnings": warnings, "card": card_json(&resolved) })
        })
        .collect();
    format!(
        "{}\n",
        serde_json::to_string_pretty(&Value::Array(entries)).unwrap()
    )
}

/// Options a server's render might be given, and what [`resolve_object`] says of each for a static
/// render: the npm package's server entry checks them in JavaScript
/// (`src/assets/server/options.js`), and its unit tests check that it says the same.
fn static_option_cases() -> String {
    let cases = [
        json!({}),
        Value::Null,
        json!(5),
        json!(["theme"]),
        json!("dark"),
        json!({"embedData": true, "theme": "dark", "headingLevel": 3, "strings": {"source": "From"}}),
        json!({"embedData": "true", "dataSrc": " /a.json?b=1&c=2 "}),
        json!({"dataSrc": "/a.json", "embedData": false}),
        json!({"dataSrc": "/a.json", "embedData": true}),
        json!({"embedData": true, "dataSrc": ""}),
        json!({"embedData": "yes", "dataSrc": 5, "timeout": 2500, "loading": "eager"}),
        json!({"embedData": 1, "dataSrc": ["x"], "timeout": null, "expanded": "all", "lang": "fr-CA", "idPrefix": "c-1_"}),
        json!({"headingLevel": 9, "theme": 42, "strings": {"expandAl": "x", "authors": 3}, "embedData": null, "dataSrc": null}),
        json!({"embedData": "", "variant": "compact", "base": "/pkg/", "data-src": "/a.json", "debug": true}),
    ];
    let entries: Vec<Value> = cases
        .iter()
        .map(|options| {
            let resolved = resolve_object(options, Surface::Static);
            let warnings: Vec<String> = resolved.warnings.iter().map(ToString::to_string).collect();
            let marker = match &resolved.marker {
                Marker::None => Value::Null,
                Marker::EmbedData => json!({ "embedData": true }),
                Marker::DataSrc(url) => json!({ "dataSrc": url }),
            };
            json!({ "options": options, "warnings": warnings, "card": card_json(&resolved), "marker": marker })
        })
        .collect();
    format!(
        "{}\n",
        serde_json::to_string_pretty(&Value::Array(entries)).unwrap()
    )
}

/// The resolved card options as the runtime passes them on.
fn card_json(resolved: &Resolved) -> Value {
    let card = &resolved.card;
    let mut strings = serde_json::Map::new();
    for key in UiOverrides::KEYS {
        if let Some(text) = card.strings.get(key) {
            strings.insert((*key).to_owned(), json!(text));
        }
    }
    json!({
        "headingLevel": card.heading_level,
        "idPrefix": card.id_prefix,
        "theme": card.theme,
        "variant": card.variant,
        "expanded": card.expanded,
        "lang": card.lang,
        "strings": strings,
        "timeout": card.timeout,
    })
}

fn hooks_module() -> String {
    let lines: Vec<String> = HOOKS
        .iter()
        .map(|(name, value)| format!("export const {name} = {};", js_string(value)))
        .collect();
    format!(
        "{HEADER}// The class names and attributes of the card's markup that the runtime reads\n\
         // (src/components/hooks.rs, which says what each is).\n\n{}\n",
        lines.join("\n")
    )
}

/// The TypeScript type of an option's value.
fn ts_type(spec: &OptionSpec) -> String {
    match spec.kind {
        Kind::Integer { .. } => "number | string".to_owned(),
        Kind::Choice(values) => {
            let words: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
            format!("{} | ''", words.join(" | "))
        }
        Kind::Language | Kind::Token | Kind::Url => "string".to_owned(),
        Kind::Strings => "ExecSummaryStrings | string".to_owned(),
        Kind::Flag => "boolean".to_owned(),
    }
}

/// The TypeScript type of an option's value once checked, as the card module takes it.
fn ts_checked_type(spec: &OptionSpec) -> String {
    match spec.kind {
        Kind::Integer { .. } => "number".to_owned(),
        Kind::Strings => "ExecSummaryStrings".to_owned(),
        _ => ts_type(spec),
    }
}

/// The card's options as the card module takes them: each a value it takes, checked first.
fn ts_checked_options() -> String {
    OPTIONS
        .iter()
        .filter(|spec| spec.reach == Reach::Card)
        .map(|spec| format!("  {}?: {};\n", spec.name, ts_checked_type(spec)))
        .collect()
}

fn ts_options(reach: impl Fn(Reach) -> bool) -> String {
    OPTIONS
        .iter()
        .filter(|spec| reach(spec.reach))
        .map(|spec| {
            let default = match spec.kind {
                Kind::Integer { default, .. } => format!(" Default {default}."),
                _ => String::new(),
            };
            let place = match spec.reach {
                Reach::Static => format!("Command line: `--{}`", spec.attribute),
                _ => format!("Attribute: `{}`", spec.attribute),
            };
            format!(
                "  /** {}. {place}.{default} */\n  {}?: {};\n",
                spec.doc,
                spec.name,
                ts_type(spec)
            )
        })
        .collect()
}

/// The generated block of `exec-summary.d.ts`, between its markers.
fn types_block() -> String {
    let names: Vec<String> = UiOverrides::KEYS.iter().map(|k| format!("'{k}'")).collect();
    format!(
        "// BEGIN generated from src/options.rs by tests/generated_assets.rs\n\
         /** The card's options, as `window.ExecSummaryConfig`, `ExecSummary.render` options and host attributes take them. */\n\
         export interface ExecSummaryCardOptions {{\n{}}}\n\n\
         /** Options of static renders only: the `render` of `exec-summary/server`. */\n\
         export interface ExecSummaryStaticOptions {{\n{}}}\n\n\
         /** The card's options as the card module (`exec_summary.js`) takes them: checked first, so each holds a value it takes (absent: its default). */\n\
         export interface ExecSummaryCheckedOptions {{\n{}}}\n\n\
         /** The names of the card's own words that `strings` replaces. */\n\
         export type ExecSummaryStringName = {};\n\n\
         /** Replacements for any of the card's own words, by name. */\n\
         export type ExecSummaryStrings = Partial<Record<ExecSummaryStringName, string>>;\n\
         // END generated\n",
        ts_options(|reach| reach != Reach::Static),
        ts_options(|reach| reach == Reach::Static),
        ts_checked_options(),
        names.join(" | ")
    )
}

#[test]
fn the_runtimes_option_list_is_written_from_the_rust_table() {
    check_file("src/assets/generated/options.js", &options_module());
    check_file("src/assets/generated/option-cases.json", &option_cases());
}

#[test]
fn the_server_entrys_option_cases_are_written_from_the_rust_table() {
    check_file(
        "src/assets/generated/static-option-cases.json",
        &static_option_cases(),
    );
}

/// The options the WordPress plugin's shortcode and settings take, by shortcode attribute.
const WORDPRESS_OPTIONS: &[&str] = &["theme", "variant", "headingLevel", "expanded", "lang"];

fn wordpress_options() -> String {
    let entries: Vec<(String, String)> = WORDPRESS_OPTIONS
        .iter()
        .map(|name| {
            let spec = OPTIONS.iter().find(|spec| spec.name == *name).unwrap();
            let accepted = match spec.kind {
                Kind::Integer { min, max, .. } => {
                    let values: Vec<String> = (min..=max).map(|n| format!("'{n}'")).collect();
                    format!("'values'    => array( {} ),", values.join(", "))
                }
                Kind::Choice(values) => {
                    let values: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
                    format!("'values'    => array( {} ),", values.join(", "))
                }
                // is_language_tag in src/model/validate.rs, as a pattern.
                Kind::Language => {
                    "'pattern'   => '([A-Za-z]{2,3}|[xXiI])(-[A-Za-z0-9]{1,8})*',".to_owned()
                }
                _ => panic!("{name}: no shortcode form"),
            };
            (
                spec.attribute.replace('-', "_"),
                format!("'attribute' => 'data-{}',\n\t\t{accepted}", spec.attribute),
            )
        })
        .collect();
    let width = entries.iter().map(|(key, _)| key.len()).max().unwrap_or(0) + 2;
    let body: String = entries
        .iter()
        .map(|(key, fields)| {
            format!(
                "\t{:<width$} => array(\n\t\t{fields}\n\t),\n",
                format!("'{key}'")
            )
        })
        .collect();
    format!(
        "<?php\n/**\n * The card's options that a shortcode, a template call or a setting may pass to the loader: for\n \
         * each, the host attribute it becomes and the values the card accepts. `values` lists every\n \
         * accepted value; `pattern` (a PCRE without delimiters, matched whole) is used where the values\n \
         * cannot be listed.\n *\n * Written by tests/generated_assets.rs from src/options.rs: do not edit. After changing an\n \
         * option, `UPDATE_GENERATED=1 cargo test --test generated_assets` writes this file again.\n *\n \
         * @package ExecSummary\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn array(\n{body});\n"
    )
}

#[test]
fn the_wordpress_plugins_option_list_is_written_from_the_rust_table() {
    check_file(
        "integrations/wordpress/exec-summary/includes/card-options.php",
        &wordpress_options(),
    );
}

#[test]
fn the_runtimes_markup_hooks_are_written_from_the_rust_list() {
    check_file("src/assets/generated/hooks.js", &hooks_module());
}

#[test]
fn the_shipped_types_declare_every_option_as_the_table_does() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/assets/exec-summary.d.ts");
    let types = std::fs::read_to_string(&path).unwrap();
    let (start, end) = (
        types
            .find("// BEGIN generated")
            .expect("a BEGIN generated marker"),
        types
            .find("// END generated\n")
            .expect("an END generated marker")
            + "// END generated\n".len(),
    );
    let written = format!("{}{}{}", &types[..start], types_block(), &types[end..]);
    check_file("src/assets/exec-summary.d.ts", &written);
}

#[test]
fn the_components_write_every_hook_the_runtime_reads() {
    let document = parse(
        r#"{"title": "T", "sections": [{"title": "A", "items": ["a"]}, {"title": "B", "items": ["b"]}]}"#,
    )
    .unwrap()
    .document;
    let upgradable = render_card(document.clone(), CardOptions::default(), true);
    let error = render_error_card(
        vec![(AttrValue::Static("title"), AttrValue::Static("bad"))],
        CardOptions::default(),
        true,
    );
    let marked = wrap(
        document,
        &Resolved {
            marker: Marker::EmbedData,
            ..Resolved::default()
        },
        || Some(r#"{"title":"T"}"#.to_owned()),
    );
    let html = format!("{upgradable}{error}{marked}");
    for (name, value) in HOOKS {
        // A class among a class attribute's words, or an attribute's name.
        let as_class = html.split("class=\"").skip(1).any(|rest| {
            rest.split('"')
                .next()
                .unwrap_or("")
                .split(' ')
                .any(|word| word == *value)
        });
        let as_attribute = html.contains(&format!(" {value}="))
            || html.contains(&format!(" {value}>"))
            || html.contains(&format!(" {value} "));
        assert!(
            as_class || as_attribute,
            "no component writes {name} ({value}): {html}"
        );
    }
    // The check itself can fail: a word no component writes is not found.
    assert!(!html.contains("es-card__nothing"));
}
