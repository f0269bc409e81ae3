//! `exec-summary import`: plain text and Markdown in, a valid contract document out, and the
//! seed text surviving the round trip through `render`.
#![cfg(all(not(target_arch = "wasm32"), feature = "schema"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::cli::{code, path_str, run, scratch_dir, stderr, stdout};
use common::{decode_entities, read_crate_file, SEED_EXAMPLE, SEED_TEXT};
use exec_summary::model::parse;
use serde_json::Value;

/// Imports `args` and returns the JSON document, asserting success with no warnings.
fn import_ok(args: &[&str], stdin: Option<&str>) -> String {
    let output = run(args, stdin);
    assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
    assert_eq!(stderr(&output), "", "no warnings for {args:?}");
    stdout(&output)
}

/// The rendered card as text, tags removed without adding spaces (like the DOM's textContent).
fn text_content(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    decode_entities(&text)
}

fn is_upper_case_heading(line: &str) -> bool {
    line.chars().any(char::is_uppercase) && !line.chars().any(char::is_lowercase)
}

#[test]
fn the_seed_round_trips_through_import_and_render() {
    let json = import_ok(&["import", SEED_TEXT], None);
    let output = run(&["render", "-"], Some(&json));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let card = text_content(&stdout(&output));
    let card_lower = card.to_lowercase();

    let seed = read_crate_file(SEED_TEXT);
    let mut from = 0;
    for line in seed.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let line = line.strip_prefix("- ").unwrap_or(line);
        // Headings are written in capitals in the seed and in title case on the card.
        let found = if is_upper_case_heading(line) {
            card_lower[from..].find(&line.to_lowercase())
        } else {
            card[from..].find(line)
        };
        let at = found.unwrap_or_else(|| {
            panic!(
                "seed line missing or out of order: {line:?}\nin: {}",
                &card[from..]
            )
        });
        from += at + line.len();
    }
}

#[test]
fn the_imported_seed_matches_the_hand_written_example() {
    let imported: Value = serde_json::from_str(&import_ok(&["import", SEED_TEXT], None)).unwrap();
    let example: Value = serde_json::from_str(&read_crate_file(SEED_EXAMPLE)).unwrap();
    for key in [
        "version",
        "lang",
        "title",
        "subtitle",
        "description",
        "authors",
    ] {
        assert_eq!(imported[key], example[key], "{key}");
    }
    let sections = |doc: &Value| -> Vec<(String, Value, Value)> {
        doc["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["title"].as_str().unwrap().to_lowercase(),
                    s["paragraphs"].clone(),
                    s["items"].clone(),
                )
            })
            .collect()
    };
    assert_eq!(sections(&imported), sections(&example));
    assert_eq!(imported["sections"][0]["title"], "Main Argument");
    assert_eq!(imported["summaryHeading"], "Executive Summary");
}

#[test]
fn import_prints_pretty_json_that_validates() {
    let json = import_ok(&["import", SEED_TEXT], None);
    assert!(json.starts_with("{\n  \"version\": 1,\n  \"lang\": \"en\",\n  \"title\": "));
    assert!(json.ends_with("}\n"));
    let parsed = parse(&json).expect("valid");
    assert!(parsed.warnings.is_empty());
    assert_eq!(parsed.document.sections.len(), 2);
}

#[test]
fn import_reads_standard_input_for_dash() {
    let seed = read_crate_file(SEED_TEXT);
    assert_eq!(
        import_ok(&["import", "-"], Some(&seed)),
        import_ok(&["import", SEED_TEXT], None)
    );
}

#[test]
fn crlf_a_bom_and_blank_lines_give_the_same_document() {
    let seed = read_crate_file(SEED_TEXT);
    let expected = import_ok(&["import", "-"], Some(&seed));
    let windows = format!("\u{feff}{}", seed.replace('\n', "\r\n\r\n  \r\n"));
    assert_eq!(import_ok(&["import", "-"], Some(&windows)), expected);
}

#[test]
fn import_reads_markdown_files() {
    let dir = scratch_dir("import-markdown");
    let file = dir.join("brief.md");
    std::fs::write(
        &file,
        "# A Brief\n\n_A subtitle_\n\nThe lede, with a [link](https://example.org).\n\n\
         ## Executive summary\n\n## Main argument\n\nOne.\n\nTwo.\n\n## Risks\n\n* First\n* Second\n\n\
         **Ann Lee** is a fellow.\n",
    )
    .unwrap();
    let json = import_ok(&["import", path_str(&file)], None);
    let document: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(document["title"], "A Brief");
    assert_eq!(document["subtitle"], "A subtitle");
    assert_eq!(
        document["description"],
        "The lede, with a [link](https://example.org)."
    );
    assert_eq!(document["summaryHeading"], "Executive summary");
    assert_eq!(
        document["sections"][0]["paragraphs"],
        serde_json::json!(["One.", "Two."])
    );
    assert_eq!(
        document["sections"][1]["items"],
        serde_json::json!(["First", "Second"])
    );
    assert_eq!(document["authors"][0]["bio"], "Ann Lee is a fellow.");
}

#[test]
fn format_and_lang_options() {
    let text = "# Not a heading\nLede.\nPART\nText.\n";
    let json = import_ok(
        &["import", "-", "--format", "text", "--lang", "fr"],
        Some(text),
    );
    let document: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(document["title"], "# Not a heading");
    assert_eq!(document["lang"], "fr");
}

#[test]
fn warnings_go_to_stderr_and_the_document_to_stdout() {
    let output = run(
        &["import", "-"],
        Some("Title\nLede.\nStray text.\nPART\nText.\n"),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "warning: line 3: text before the first section heading: placed in a section titled \"Overview\"\n"
    );
    let document: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(document["sections"][0]["paragraphs"][0], "Stray text.");
}

#[test]
fn text_that_cannot_make_a_card_fails_with_its_problems() {
    let output = run(&["import", "-"], Some("Just a title\n"));
    assert_eq!(code(&output), 1);
    let err = stderr(&output);
    assert!(
        err.contains("warning: no section: add a heading and some text under it"),
        "{err}"
    );
    assert!(
        err.contains("exec-summary: the imported document is not valid yet:"),
        "{err}"
    );
    assert!(
        err.contains("sections: at least one section is required"),
        "{err}"
    );
    // The draft is still printed, to be finished by hand.
    let draft: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(draft["title"], "Just a title");
}

#[test]
fn import_of_a_missing_file_fails_with_a_clear_message() {
    let output = run(&["import", "no-such-file.txt"], None);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).starts_with("exec-summary: cannot read no-such-file.txt: "));
    assert_eq!(stdout(&output), "");
}

#[test]
fn unknown_format_is_a_usage_error() {
    let output = run(&["import", "-", "--format", "docx"], Some("x"));
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("invalid value 'docx'"),
        "{}",
        stderr(&output)
    );
}
