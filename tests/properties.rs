//! Properties that hold for every generated document: validation never panics, a valid document
//! renders, every text of the document reaches the output, the output holds only the card's own
//! elements and attributes with safe links, and rendering is deterministic.
//!
//! Texts mix ASCII, markup characters, HTML specials, bidi controls, joiners, combining marks,
//! emoji sequences, CJK, right-to-left scripts and long words. 64 cases per property keep
//! `cargo test` fast; `PROPTEST_CASES=5000 cargo test --test properties` runs a longer search.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::collections::HashSet;

use common::safety::check_card;
use common::start_tags;
use exec_summary::markup::{parse_inline, plain_text};
use exec_summary::model::{parse, parse_value};
use exec_summary::options::CardOptions;
use exec_summary::render::render_card;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{json, Map, Value};

fn config() -> Config {
    common::proptest_config(64)
}

/// The pieces generated texts are made of.
const PIECES: &[&str] = &[
    "word",
    "Policy",
    " ",
    " ",
    ", ",
    ". ",
    "\n",
    "\t",
    "*",
    "**",
    "[",
    "]",
    "(",
    ")",
    "](",
    "\\",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "&lt;b&gt;",
    "https://example.org/a_(b)",
    "javascript:alert(1)",
    "JaVaScRiPt:",
    "mailto:a@example.org",
    "data:text/html,x",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{202E}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{200E}",
    "\u{200F}",
    "\u{200D}",
    "\u{200B}",
    "\u{FEFF}",
    "e\u{0301}",
    "a\u{0308}\u{0323}",
    "\u{0301}",
    "👩\u{200D}💻",
    "👨\u{200D}👩\u{200D}👧\u{200D}👦",
    "🏳\u{FE0F}\u{200D}🌈",
    "🇫🇷",
    "👍🏽",
    "中俄合作的未来",
    "日本語の文章です",
    "한국어",
    "الأمن المائي",
    "עברית",
    "\u{2028}",
];

/// One piece of text: a listed piece, any printable character, or a long word.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        2 => any::<char>()
            .prop_filter("no control characters", |c| !c.is_control())
            .prop_map(String::from),
        1 => (1usize..1500).prop_map(|n| "x".repeat(n)),
    ]
}

/// A text of up to a dozen pieces (possibly empty or blank).
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..12).prop_map(|pieces| pieces.concat())
}

/// A text with at least one visible character, for required fields.
fn required_text() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(&["T", "中", "ا", "Ω", "😀", "*x*"][..]),
        text(),
    )
        .prop_map(|(head, tail)| format!("{head}{tail}"))
}

fn safe_url() -> impl Strategy<Value = String> {
    proptest::sample::select(
        &[
            "https://example.org/report",
            "http://example.org/a?b=c&d=e#f",
            "mailto:author@example.org",
            "/relative/path",
            "#fragment",
            "//example.org/protocol-relative",
            "https://example.org/\u{202E}gpj.exe",
        ][..],
    )
    .prop_map(str::to_owned)
}

fn section() -> impl Strategy<Value = Value> {
    (
        required_text(),
        proptest::collection::vec(text(), 0..3),
        proptest::collection::vec(text(), 0..3),
        any::<bool>(),
    )
        .prop_map(|(title, mut paragraphs, items, expanded)| {
            if paragraphs.is_empty() && items.is_empty() {
                paragraphs.push("p".to_owned());
            }
            json!({"title": title, "paragraphs": paragraphs, "items": items, "expanded": expanded})
        })
}

fn author() -> impl Strategy<Value = Value> {
    (
        required_text(),
        proptest::option::of(text()),
        proptest::option::of(safe_url()),
    )
        .prop_map(|(name, bio, url)| {
            let mut author = Map::new();
            author.insert("name".to_owned(), json!(name));
            if let Some(bio) = bio {
                author.insert("bio".to_owned(), json!(bio));
            }
            if let Some(url) = url {
                author.insert("url".to_owned(), json!(url));
            }
            Value::Object(author)
        })
}

fn source() -> impl Strategy<Value = Value> {
    (
        proptest::option::of(text()),
        proptest::option::of(text()),
        proptest::option::of(proptest::sample::select(
            &["2018-07-01", "2024-02", "1999"][..],
        )),
        proptest::option::of(safe_url()),
        proptest::option::of(proptest::sample::select(
            &["10.1353/asp.2018.0020", "10.1000/x<y>&\"z\u{202E}"][..],
        )),
    )
        .prop_map(|(title, publisher, date, url, doi)| {
            let mut source = Map::new();
            for (key, value) in [
                ("title", title),
                ("publisher", publisher),
                ("date", date.map(str::to_owned)),
                ("url", url),
                ("doi", doi.map(str::to_owned)),
            ] {
                if let Some(value) = value {
                    source.insert(key.to_owned(), json!(value));
                }
            }
            Value::Object(source)
        })
}

/// A valid contract document.
fn document() -> impl Strategy<Value = Value> {
    (
        (
            proptest::sample::select(&["en", "ar", "he", "zh-Hans", "ja", "fr", "ru"][..]),
            proptest::sample::select(&["ltr", "rtl", "auto"][..]),
            proptest::option::of(text()),
            required_text(),
            proptest::option::of(text()),
            proptest::option::of(text()),
            proptest::option::of(text()),
        ),
        proptest::collection::vec(section(), 1..5),
        proptest::collection::vec(author(), 0..3),
        proptest::option::of(source()),
    )
        .prop_map(
            |(
                (lang, dir, kicker, title, subtitle, description, heading),
                sections,
                authors,
                source,
            )| {
                let mut doc = Map::new();
                doc.insert("lang".to_owned(), json!(lang));
                doc.insert("dir".to_owned(), json!(dir));
                doc.insert("title".to_owned(), json!(title));
                for (key, value) in [
                    ("kicker", kicker),
                    ("subtitle", subtitle),
                    ("description", description),
                    ("summaryHeading", heading),
                ] {
                    if let Some(value) = value {
                        doc.insert(key.to_owned(), json!(value));
                    }
                }
                doc.insert("sections".to_owned(), Value::Array(sections));
                if !authors.is_empty() {
                    doc.insert("authors".to_owned(), Value::Array(authors));
                }
                if let Some(source) = source {
                    doc.insert("source".to_owned(), source);
                }
                Value::Object(doc)
            },
        )
}

/// Any JSON value, of any shape: most are not documents at all.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        text().prop_map(Value::String),
    ];
    let keys = proptest::sample::select(
        &[
            "title",
            "sections",
            "items",
            "paragraphs",
            "authors",
            "source",
            "url",
            "name",
            "id",
            "lang",
            "dir",
            "version",
            "x",
        ][..],
    );
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::vec((keys.clone(), inner), 0..8).prop_map(|entries| {
                Value::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect(),
                )
            }),
        ]
    })
}

/// Text as Yew writes it between tags.
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The HTML with its tags removed (text between tags stays escaped).
fn without_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match (in_tag, c) {
            (false, '<') => in_tag = true,
            (true, '>') => in_tag = false,
            (false, c) => out.push(c),
            (true, _) => {}
        }
    }
    out
}

/// Plain text of a field with inline markup, escaped as in the output.
fn shown(text: &str) -> String {
    escape_text(&plain_text(&parse_inline(text)))
}

fn strings<'v>(value: &'v Value, key: &str) -> Vec<&'v str> {
    value
        .get(key)
        .and_then(Value::as_array)
        .map(|list| list.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn string<'v>(value: &'v Value, key: &str) -> Option<&'v str> {
    value.get(key).and_then(Value::as_str)
}

/// Asserts that every text of `doc` is in `html`: verbatim for plain fields, as the plain text of
/// its markup for rich ones.
fn assert_every_text_shown(doc: &Value, html: &str) {
    let text = without_tags(html);
    let mut plain: Vec<&str> = vec![string(doc, "title").unwrap()];
    plain.extend(string(doc, "kicker"));
    plain.extend(string(doc, "subtitle"));
    plain.extend(string(doc, "summaryHeading"));
    let mut rich: Vec<&str> = string(doc, "description").into_iter().collect();
    for section in doc["sections"].as_array().unwrap() {
        plain.push(string(section, "title").unwrap());
        rich.extend(strings(section, "paragraphs"));
        rich.extend(strings(section, "items"));
    }
    for author in doc
        .get("authors")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = string(author, "name").unwrap();
        plain.push(name);
        if let Some(bio) = string(author, "bio") {
            // A bio that starts with the name shows the name once, then the rest of the bio.
            let rest = bio.strip_prefix(name).map(shown);
            assert!(
                text.contains(&shown(bio)) || rest.is_some_and(|rest| text.contains(&rest)),
                "bio {bio:?} not shown in {html}"
            );
        }
    }
    if let Some(source) = doc.get("source") {
        plain.extend(string(source, "title"));
        plain.extend(string(source, "publisher"));
        if string(source, "title").is_none() {
            plain.extend(string(source, "url"));
        }
        if let Some(doi) = string(source, "doi") {
            assert!(
                text.contains(&escape_text(&format!("doi:{doi}"))),
                "doi in {html}"
            );
        }
    }
    for field in plain {
        assert!(
            text.contains(&escape_text(field)),
            "{field:?} not shown in {html}"
        );
    }
    for field in rich {
        assert!(
            text.contains(&shown(field)),
            "{field:?} not shown in {html}"
        );
    }
}

#[test]
fn the_output_check_rejects_scripts_handlers_and_unsafe_links() {
    for html in [
        r#"<p class="a"><script>alert(1)</script></p>"#,
        r#"<p class="a" onclick="alert(1)">x</p>"#,
        r#"<img src="x">"#,
        r#"<a href="javascript:alert(1)">x</a>"#,
        r#"<a href=" JaVaScRiPt:alert(1)">x</a>"#,
        r#"<a href="java&#9;script:alert(1)">x</a>"#,
        r#"<a href="javascript&#x3A;alert(1)">x</a>"#,
        r#"<a href="data:text/html,x">x</a>"#,
    ] {
        assert!(check_card(html).is_err(), "accepted {html}");
    }
    for html in [
        r#"<a class="es-link" href="https://example.org/?a=1&amp;b=2">x</a>"#,
        r#"<a href="/relative:path">x</a>"#,
        r#"<a href="mailto:a@example.org">x</a>"#,
        r#"<p class="es-x">&lt;script&gt;javascript:alert(1)&lt;/script&gt;</p>"#,
    ] {
        assert_eq!(check_card(html), Ok(()), "{html}");
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn validation_never_panics_on_any_json(value in any_json()) {
        let _ = parse_value(&value);
        let _ = parse(&value.to_string());
    }

    #[test]
    fn validation_never_panics_on_any_text(text in text()) {
        let _ = parse(&text);
        let _ = parse(&format!("{{\"title\": \"{text}\", \"sections\": [{text}]}}"));
    }

    #[test]
    fn a_valid_document_renders_every_text_safely_and_deterministically(doc in document()) {
        let parsed = match parse(&doc.to_string()) {
            Ok(parsed) => parsed,
            Err(problems) => panic!("generated document rejected: {problems:?}\n{doc}"),
        };
        let html = render_card(parsed.document.clone(), CardOptions::default(), false);

        assert_every_text_shown(&doc, &html);
        if let Err(breach) = check_card(&html) {
            panic!("{breach} in {html}");
        }
        let ids: Vec<String> = start_tags(&html)
            .iter()
            .filter_map(|tag| tag.attr("id").map(str::to_owned))
            .collect();
        prop_assert_eq!(ids.len(), ids.iter().collect::<HashSet<_>>().len(), "unique ids");
        prop_assert_eq!(render_card(parsed.document.clone(), CardOptions::default(), false), html);

        // The static card made for the browser bundle to upgrade carries labels for its controls.
        let html = render_card(parsed.document, CardOptions::default(), true);
        assert_every_text_shown(&doc, &html);
        if let Err(breach) = check_card(&html) {
            panic!("{breach} in {html}");
        }
    }
}
