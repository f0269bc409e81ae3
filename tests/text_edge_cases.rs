//! Text the card must render safely or refuse clearly, one case per test: bidi overrides and
//! isolates, joiners, combining marks, emoji, CJK without spaces, 20,000-character words, lone
//! surrogate escapes, NUL and other control characters.
//!
//! Bidi: document text that shares a line with other text (author names, the parts of the source
//! line) carries `dir="auto"` (`dir="ltr"` for URLs and DOIs), which browsers render as an isolate,
//! so an unmatched U+202E in it cannot reverse what follows; title, paragraphs and items are block
//! elements, which end any embedding by themselves. Messages quote document text with bidi and
//! control characters escaped. Controls: text fields refuse C0/C1 controls other than tab and
//! line breaks with an error naming the character.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use exec_summary::model::{parse, Problem};
use exec_summary::options::CardOptions;
use exec_summary::render::render_card;
use serde_json::{json, Value};

/// A minimal valid document with `fields` merged in at the root.
fn doc_with(fields: Value) -> String {
    let mut doc = json!({"title": "T", "sections": [{"title": "S", "items": ["i"]}]});
    if let (Value::Object(root), Value::Object(extra)) = (&mut doc, fields) {
        root.extend(extra);
    }
    doc.to_string()
}

fn render(json: &str) -> String {
    let parsed = parse(json).unwrap_or_else(|problems| panic!("rejected: {problems:?}"));
    render_card(parsed.document, CardOptions::default(), false)
}

/// The problems of a rejected document, as `path: message`.
fn problems(json: &str) -> Vec<String> {
    match parse(json) {
        Ok(parsed) => panic!("accepted: {:?}", parsed.document),
        Err(problems) => problems.iter().map(Problem::to_string).collect(),
    }
}

#[test]
fn a_bidi_override_in_the_title_stays_inside_the_title_block() {
    let html = render(&doc_with(
        json!({"title": "Report \u{202E}lanif", "subtitle": "Sub"}),
    ));
    // The heading is a block of its own, so the override ends with it: the subtitle and the
    // card's own words after it are laid out in new bidi paragraphs.
    assert!(
        html.contains("id=\"es-report-lanif-title\" class=\"es-card__title\">Report \u{202E}lanif</h2><p part=\"subtitle\""),
        "{html}"
    );
}

#[test]
fn a_bidi_override_in_an_author_name_cannot_reverse_the_full_stop_and_bio() {
    let html = render(&doc_with(json!({
        "authors": [{"name": "Ann \u{202E}Lee", "bio": "She wrote it."}]
    })));
    assert!(
        html.contains(
            "<strong dir=\"auto\" class=\"es-author__name\">Ann \u{202E}Lee</strong>. She wrote it."
        ),
        "{html}"
    );
}

#[test]
fn a_linked_author_name_is_isolated_too() {
    let html = render(&doc_with(json!({
        "authors": [{"name": "\u{2067}Ann", "url": "https://example.org/ann"}]
    })));
    assert!(
        html.contains("<a dir=\"auto\" href=\"https://example.org/ann\" class=\"es-link es-author__name\">\u{2067}Ann</a>"),
        "{html}"
    );
}

#[test]
fn every_part_of_the_source_line_from_the_document_is_isolated() {
    let html = render(&doc_with(json!({"source": {
        "title": "\u{202E}Title", "publisher": "\u{202B}Press", "doi": "10.1/a\u{202E}b"
    }})));
    assert!(html.contains("<cite dir=\"auto\" class=\"es-source__title\">\u{202E}Title</cite>"));
    assert!(html.contains("<span dir=\"auto\" class=\"es-source__publisher\">\u{202B}Press</span>"));
    assert!(html.contains(
        "<a dir=\"ltr\" href=\"https://doi.org/10.1/a\u{202E}b\" class=\"es-link es-source__doi\">doi:10.1/a\u{202E}b</a>"
    ));
    let html = render(&doc_with(
        json!({"source": {"url": "https://example.org/\u{202E}fdp.exe"}}),
    ));
    assert!(
        html.contains("<a dir=\"ltr\" href=\"https://example.org/\u{202E}fdp.exe\" class=\"es-link es-source__url\">"),
        "{html}"
    );
}

#[test]
fn bidi_isolates_and_marks_are_kept_as_written() {
    let text = "Price \u{2067}٣٠\u{2069} dollars \u{200F}.";
    let html = render(&doc_with(
        json!({"sections": [{"title": "S", "paragraphs": [text]}]}),
    ));
    assert!(html.contains(&format!(">{text}</p>")), "{html}");
}

#[test]
fn a_bidi_control_quoted_in_a_message_is_escaped() {
    assert_eq!(
        problems(&doc_with(json!({"lang": "en\u{202E}x"}))),
        ["lang: `en\\u{202E}x` is not a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`"]
    );
}

#[test]
fn control_and_bidi_characters_in_an_unknown_field_name_are_escaped_in_its_path() {
    let parsed = parse(&doc_with(json!({"x\u{1b}[2J\u{202E}": 1}))).unwrap();
    assert_eq!(
        parsed.warnings[0].to_string(),
        "x\\u{001B}[2J\\u{202E}: unknown field, ignored"
    );
}

#[test]
fn zero_width_joiners_are_kept() {
    let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦 and 👩\u{200D}💻";
    let html = render(&doc_with(json!({"title": family})));
    assert!(html.contains(&format!(">{family}</h2>")), "{html}");
}

#[test]
fn combining_marks_are_kept_even_next_to_markup() {
    let text = "\u{0301}e\u{0301} *\u{0301}x\u{0308}*";
    let html = render(&doc_with(
        json!({"sections": [{"title": "S", "items": [text]}]}),
    ));
    assert!(
        html.contains(
            "<li class=\"es-section__item\">\u{0301}e\u{0301} <em>\u{0301}x\u{0308}</em></li>"
        ),
        "{html}"
    );
}

#[test]
fn emoji_sequences_flags_and_skin_tones_are_kept() {
    let title = "🇺🇳 👍🏽 🏳\u{FE0F}\u{200D}🌈";
    let html = render(&doc_with(
        json!({"sections": [{"title": title, "items": ["i"]}]}),
    ));
    assert!(html.contains(&format!(">{title}</h4>")), "{html}");
    // No ASCII letters to derive an id from: the section gets a positional one.
    assert!(html.contains("id=\"section-1\""), "{html}");
}

#[test]
fn cjk_text_without_spaces_renders_whole() {
    let text = "中俄合作的未来取决于双方的共同利益".repeat(1000);
    let html = render(&doc_with(
        json!({"sections": [{"title": "主要论点", "paragraphs": [text]}]}),
    ));
    assert!(html.contains(&format!(">{text}</p>")));
}

#[test]
fn a_20000_character_word_renders_whole() {
    let word = "x".repeat(20_000);
    let html = render(&doc_with(
        json!({"title": word, "sections": [{"title": word, "items": [word]}]}),
    ));
    assert_eq!(html.matches(&word).count(), 3);
}

#[test]
fn a_20001_character_word_is_refused_with_its_length() {
    assert_eq!(
        problems(&doc_with(json!({"title": "x".repeat(20_001)}))),
        ["title: the text is 20001 characters long, the limit is 20000"]
    );
}

#[test]
fn a_lone_leading_surrogate_escape_is_a_clear_error() {
    assert_eq!(
        problems(r#"{"title": "\ud800", "sections": []}"#),
        ["(root): invalid JSON: lone surrogate escape: a \\u escape between D800 and DFFF must be \
          one half of a pair (high then low) that encodes a single character (line 1, column 18)"]
    );
}

#[test]
fn a_lone_trailing_surrogate_escape_is_a_clear_error() {
    let found = problems(r#"{"title": "\udc00x", "sections": []}"#);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("(root): invalid JSON: lone surrogate escape:"),
        "{found:?}"
    );
}

#[test]
fn a_surrogate_pair_escape_is_one_character() {
    let html = render(&doc_with(json!({})).replace("\"T\"", r#""\ud83d\ude00""#));
    assert!(html.contains(">😀</h2>"), "{html}");
}

#[test]
fn a_nul_escape_is_refused_naming_the_character_and_where_it_is() {
    assert_eq!(
        problems(&doc_with(json!({"title": "ab\u{0}c"}))),
        ["title: control character U+0000 at character 3: only tabs and line breaks are allowed"]
    );
}

#[test]
fn a_raw_control_character_in_json_text_is_invalid_json() {
    assert_eq!(
        problems("{\"title\": \"a\u{1}\"}"),
        ["(root): invalid JSON: control character (\\u0000-\\u001F) found while parsing a string \
          (line 1, column 13)"]
    );
}

#[test]
fn escape_delete_and_c1_controls_are_refused_in_every_text_field() {
    for (c, code) in [('\u{1b}', "001B"), ('\u{7f}', "007F"), ('\u{85}', "0085")] {
        assert_eq!(
            problems(&doc_with(json!({
                "sections": [{"title": "S", "items": ["ok", format!("x{c}")]}]
            }))),
            [format!(
                "sections[0].items[1]: control character U+{code} at character 2: only tabs and \
                 line breaks are allowed"
            )]
        );
    }
}

#[test]
fn signs_and_letters_after_the_c1_controls_are_text() {
    // U+00A0 to U+00FF share their first UTF-8 byte (0xC2, 0xC3) with the C1 controls.
    let text = "\u{a0}£ © ¿ À ÿ \u{9f}";
    assert_eq!(
        problems(&doc_with(json!({ "description": text }))),
        ["description: control character U+009F at character 12: only tabs and line breaks are allowed"]
    );
    let html = render(&doc_with(json!({ "description": "\u{a0}£ © ¿ À ÿ" })));
    assert!(html.contains(">\u{a0}£ © ¿ À ÿ</p>"), "{html}");
}

#[test]
fn tabs_and_line_breaks_are_allowed() {
    let html = render(&doc_with(json!({"description": "a\tb\nc\r\nd"})));
    assert!(html.contains(">a\tb\nc\r\nd</p>"), "{html}");
}

#[test]
fn control_characters_in_a_link_are_judged_as_links() {
    assert_eq!(
        problems(&doc_with(
            json!({"authors": [{"name": "A", "url": "java\u{0}script:alert(1)"}]})
        )),
        ["authors[0].url: links must use http:, https:, mailto: or a relative URL"]
    );
}
