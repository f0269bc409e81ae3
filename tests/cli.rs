//! The `exec-summary` command line, run as a separate process: exit codes, what goes to stdout
//! and stderr, and the HTML it writes.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::{Path, PathBuf};

use common::cli::{code, path_str, run, stderr, stdout};
use common::{crate_path, example_files, tag_with_class, SEED_EXAMPLE};
use exec_summary::render::STYLESHEET;

/// Writes `text` to a file of its own under Cargo's scratch directory for integration tests.
fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).expect("create the scratch directory");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write the scratch file");
    path
}

/// A document with one problem in nearly every part, plus an unknown field.
const INVALID_DOC: &str = r#"{
  "version": 2,
  "lang": "english",
  "titel": "Misspelt",
  "sections": [
    { "id": "Bad Id", "title": "", "items": [3] }
  ],
  "authors": [ { "url": "javascript:alert(1)" } ],
  "source": { "date": "2018-02-30", "doi": "https://doi.org/10.1/x" }
}"#;

/// Every line `validate` prints for [`INVALID_DOC`], in document order (a missing field where
/// its object starts).
const INVALID_DOC_LINES: &[&str] = &[
    "title: required field is missing",
    "version: unsupported version 2: this widget reads version 1",
    "lang: `english` is not a BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`",
    "warning: titel: unknown field, ignored (did you mean `title`?)",
    "sections[0].id: `Bad Id` is not a valid id: use 1 to 64 lower-case letters a-z, digits and hyphens",
    "sections[0].title: must not be blank",
    "sections[0].items[0]: expected a string, found a number",
    "authors[0].name: required field is missing",
    "authors[0].url: links must use http:, https:, mailto: or a relative URL",
    "source.date: `2018-02-30` is not an ISO 8601 date: use YYYY-MM-DD, YYYY-MM or YYYY",
    "source.doi: `https://doi.org/10.1/x` is not a DOI: expected the form 10.1234/suffix, without a doi.org prefix",
];

const MINIMAL_DOC: &str =
    r#"{"title": "Minimal", "sections": [{"title": "Only", "paragraphs": ["Text."]}]}"#;

/// A valid document with unknown fields at the root, in a section and in the source.
const UNKNOWN_FIELDS_DOC: &str = r#"{
  "title": "With extras",
  "subtitel": "typo",
  "sections": [ { "title": "A", "items": ["a"], "colour": "red" } ],
  "source": { "title": "Work", "isbn": "123" }
}"#;

fn assert_usage_error(args: &[&str], expected_in_stderr: &str) {
    let output = run(args, Some(MINIMAL_DOC));
    assert_eq!(
        code(&output),
        2,
        "exit code for {args:?}; stderr: {}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), "", "nothing on stdout for {args:?}");
    let err = stderr(&output);
    assert!(
        err.contains(expected_in_stderr),
        "stderr for {args:?} should mention {expected_in_stderr:?}:\n{err}"
    );
    assert!(
        err.starts_with("error: ") || err.contains("Usage:"),
        "stderr for {args:?}:\n{err}"
    );
    assert!(
        err.contains("--help"),
        "stderr for {args:?} points at --help:\n{err}"
    );
}

#[test]
fn validate_accepts_every_example() {
    let files = example_files();
    assert!(files
        .iter()
        .any(|f| f.ends_with("sino-russian-cooperation.json")));
    for file in files {
        let name = path_str(&file);
        let output = run(&["validate", name], None);
        assert_eq!(code(&output), 0, "{name}: {}", stderr(&output));
        assert_eq!(stdout(&output), format!("{name}: valid\n"));
        assert_eq!(stderr(&output), "", "{name} has no warnings either");
    }
}

#[test]
fn validate_reports_every_problem_one_per_line() {
    let file = temp_file("invalid.json", INVALID_DOC);
    let output = run(&["validate", path_str(&file)], None);
    assert_eq!(code(&output), 1);
    assert_eq!(
        stdout(&output),
        "",
        "no `valid` line for an invalid document"
    );
    let err = stderr(&output);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines, INVALID_DOC_LINES);
    assert!(err.ends_with('\n'), "the last problem ends its line");
}

#[test]
fn validate_reports_malformed_json_at_the_root_with_its_position() {
    let output = run(&["validate", "-"], Some("{\n  \"title\": \"x\",\n}"));
    assert_eq!(code(&output), 1);
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("(root): invalid JSON: "), "{err}");
    assert!(err.contains("(line 3, column 1)"), "{err}");
}

#[test]
fn validate_reports_a_non_object_document_at_the_root() {
    let output = run(&["validate", "-"], Some("[1, 2]"));
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output),
        "(root): expected an object, found an array\n"
    );
}

#[test]
fn validate_warns_about_unknown_fields_and_still_succeeds() {
    let file = temp_file("unknown-fields.json", UNKNOWN_FIELDS_DOC);
    let name = path_str(&file);
    let output = run(&["validate", name], None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("{name}: valid\n"));
    let err = stderr(&output);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "warning: subtitel: unknown field, ignored (did you mean `subtitle`?)",
            "warning: sections[0].colour: unknown field, ignored",
            "warning: source.isbn: unknown field, ignored",
        ]
    );
}

#[test]
fn validate_reads_standard_input_for_dash() {
    let output = run(&["validate", "-"], Some(MINIMAL_DOC));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "<stdin>: valid\n");
    assert_eq!(stderr(&output), "");

    let output = run(&["validate", "-"], Some(INVALID_DOC));
    assert_eq!(code(&output), 1);
    assert_eq!(
        stderr(&output).lines().collect::<Vec<_>>(),
        INVALID_DOC_LINES
    );
}

#[test]
fn render_reads_standard_input_for_dash() {
    let seed = common::read_crate_file(SEED_EXAMPLE);
    let from_stdin = run(&["render", "-"], Some(&seed));
    let from_file = run(&["render", SEED_EXAMPLE], None);
    assert_eq!(code(&from_stdin), 0, "{}", stderr(&from_stdin));
    assert_eq!(from_stdin.stdout, from_file.stdout);
}

#[test]
fn validate_tolerates_a_byte_order_mark() {
    let output = run(&["validate", "-"], Some(&format!("\u{feff}{MINIMAL_DOC}")));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}

#[test]
fn no_arguments_is_a_usage_error() {
    assert_usage_error(&[], "Usage: exec-summary <COMMAND>");
}

#[test]
fn unknown_subcommand_is_a_usage_error() {
    assert_usage_error(&["check", "-"], "unrecognized subcommand 'check'");
}

#[test]
fn unknown_flag_is_a_usage_error() {
    assert_usage_error(&["render", "-", "--bogus"], "unexpected argument '--bogus'");
    assert_usage_error(
        &["validate", "-", "--inline-css"],
        "unexpected argument '--inline-css'",
    );
}

#[test]
fn missing_file_argument_is_a_usage_error() {
    assert_usage_error(&["validate"], "<FILE>");
    assert_usage_error(&["render"], "<FILE>");
    assert_usage_error(&["render", "--inline-css"], "<FILE>");
}

#[test]
fn inline_css_with_css_href_is_a_usage_error() {
    assert_usage_error(
        &["render", "-", "--inline-css", "--css-href", "style.css"],
        "cannot be used with",
    );
}

#[test]
fn heading_level_outside_2_to_6_is_a_usage_error() {
    assert_usage_error(
        &["render", "-", "--heading-level", "9"],
        "expected a whole number from 2 to 6",
    );
    assert_usage_error(
        &["render", "-", "--heading-level", "1"],
        "invalid value '1' for '--heading-level <N>': expected a whole number from 2 to 6",
    );
    assert_usage_error(
        &["render", "-", "--heading-level", "two"],
        "--heading-level",
    );
}

#[test]
fn missing_file_fails_with_a_clear_message() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-dir/missing.json");
    let name = path_str(&missing);
    for command in ["validate", "render"] {
        let output = run(&[command, name], None);
        assert_ne!(code(&output), 0, "{command} of a missing file");
        assert_eq!(stdout(&output), "", "{command} writes nothing on stdout");
        let err = stderr(&output);
        assert!(
            err.starts_with(&format!("exec-summary: cannot read {name}: ")),
            "{command}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{command}: {err}");
    }
}

#[test]
fn non_utf8_input_fails_with_a_clear_message() {
    let file = temp_file("latin1.json", "");
    std::fs::write(&file, b"{\"title\": \"caf\xe9\"}").expect("write bytes");
    let name = path_str(&file);
    let output = run(&["validate", name], None);
    assert_ne!(code(&output), 0);
    assert_eq!(
        stderr(&output),
        format!("exec-summary: {name} is not UTF-8 text (invalid byte at offset 14)\n")
    );
}

#[test]
fn render_prints_the_card_on_stdout() {
    let output = run(&["render", SEED_EXAMPLE], None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let html = stdout(&output);
    assert!(html.starts_with("<article "), "{html}");
    assert!(html.ends_with("</article>\n"), "{html}");
    assert_eq!(
        html.lines().count(),
        1,
        "one line of HTML, no stylesheet by default"
    );
    let article = tag_with_class(&html, "es-card");
    assert_eq!(article.name, "article");
    assert_eq!(article.attr("lang"), Some("en"));
    let title = tag_with_class(&html, "es-card__title");
    assert_eq!(title.name, "h2");
    assert!(html.contains(">Present and Future Sino-Russian Cooperation</h2>"));
    assert!(!html.contains("<style"));
    assert!(!html.contains("<link"));
}

#[test]
fn render_follows_heading_level_and_id_prefix() {
    let output = run(
        &[
            "render",
            SEED_EXAMPLE,
            "--heading-level",
            "3",
            "--id-prefix",
            "brief-",
        ],
        None,
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    let title = tag_with_class(&html, "es-card__title");
    assert_eq!(title.name, "h3");
    assert_eq!(title.attr("id"), Some("brief-title"));
    assert_eq!(
        tag_with_class(&html, "es-card").attr("aria-labelledby"),
        Some("brief-title")
    );
    assert_eq!(tag_with_class(&html, "es-card__summary-heading").name, "h4");
}

#[test]
fn render_inline_css_puts_the_stylesheet_before_the_card() {
    let output = run(&["render", SEED_EXAMPLE, "--inline-css"], None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    let expected_head = format!("<style>\n{STYLESHEET}</style>\n<article ");
    assert!(
        html.starts_with(&expected_head),
        "starts with the whole stylesheet in a <style>:\n{}",
        &html[..html.len().min(300)]
    );
    assert_eq!(common::count(&html, "<style>"), 1);
    assert!(!STYLESHEET.is_empty());
    assert!(html.ends_with("</article>\n"));
}

#[test]
fn render_css_href_links_the_stylesheet_with_the_href_escaped() {
    let href = r#"https://example.org/es.css?v=1&theme="dark"<x>"#;
    let output = run(&["render", SEED_EXAMPLE, "--css-href", href], None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    let first_line = html.lines().next().expect("a first line");
    assert_eq!(
        first_line,
        r#"<link rel="stylesheet" href="https://example.org/es.css?v=1&amp;theme=&quot;dark&quot;&lt;x&gt;">"#
    );
    assert!(html[first_line.len()..].starts_with("\n<article "));
    assert!(!html.contains("<style"));
}

#[test]
fn render_of_an_invalid_document_fails_and_prints_nothing_on_stdout() {
    let file = temp_file("invalid-render.json", INVALID_DOC);
    let output = run(&["render", path_str(&file), "--inline-css"], None);
    assert_eq!(code(&output), 1);
    assert_eq!(stdout(&output), "", "no partial card, no stylesheet");
    assert_eq!(
        stderr(&output).lines().collect::<Vec<_>>(),
        INVALID_DOC_LINES
    );
}

#[test]
fn render_reports_warnings_on_stderr_and_still_renders() {
    let output = run(&["render", "-"], Some(UNKNOWN_FIELDS_DOC));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stderr(&output).lines().count(), 3, "{}", stderr(&output));
    assert!(stderr(&output).lines().all(|l| l.starts_with("warning: ")));
    let html = stdout(&output);
    assert!(html.starts_with("<article "));
    assert!(!html.contains("typo"), "unknown fields are not shown");
}

#[test]
fn render_is_deterministic() {
    for file in example_files() {
        let name = path_str(&file);
        for extra in [
            &[][..],
            &["--inline-css"][..],
            &["--heading-level", "5"][..],
        ] {
            let args: Vec<&str> = ["render", name]
                .iter()
                .copied()
                .chain(extra.iter().copied())
                .collect();
            let first = run(&args, None);
            let second = run(&args, None);
            assert_eq!(code(&first), 0, "{args:?}: {}", stderr(&first));
            assert!(!first.stdout.is_empty());
            assert_eq!(
                first.stdout, second.stdout,
                "{args:?} renders the same bytes twice"
            );
        }
    }
}

#[test]
fn render_never_interprets_text_as_html() {
    let doc = r#"{
      "kicker": "<i>kicker</i>",
      "title": "<script>alert(1)</script>",
      "subtitle": "<img src=x onerror=alert(1)>",
      "description": "Tom & Jerry \"quoted\" [x](javascript:alert(1))",
      "sections": [ {
        "title": "<em>not emphasis</em>",
        "paragraphs": ["<b>bold?</b> [label](JaVaScRiPt:alert(2)) [ctl](jav&#x61;script:alert(3))"],
        "items": ["<a href=\"https://evil.example\">raw link</a>"]
      } ],
      "authors": [ { "name": "<u>Name</u>", "bio": "<u>Name</u> wrote <script>x</script>." } ]
    }"#;
    let output = run(&["render", "-"], Some(doc));
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);

    assert!(
        html.contains(">&lt;script&gt;alert(1)&lt;/script&gt;</h2>"),
        "{html}"
    );
    assert!(html.contains("&lt;i&gt;kicker&lt;/i&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("Tom &amp; Jerry"));
    assert!(html.contains("&lt;em&gt;not emphasis&lt;/em&gt;"));
    assert!(html.contains("&lt;b&gt;bold?&lt;/b&gt;"));
    assert!(html.contains("&lt;a href=\"https://evil.example\"&gt;raw link&lt;/a&gt;"));
    assert!(html.contains("&lt;u&gt;Name&lt;/u&gt;"));

    for tag in ["<script", "<img", "<i>", "<b>", "<u>", "<em>"] {
        assert!(!html.contains(tag), "no {tag} element in {html}");
    }
    let tags = common::start_tags(&html);
    let hrefs: Vec<&str> = tags.iter().filter_map(|t| t.attr("href")).collect();
    assert!(hrefs.is_empty(), "no link survives: {hrefs:?}");
    assert!(!html.to_ascii_lowercase().contains("javascript"), "{html}");
    assert!(
        !html.contains("evil.example\">raw"),
        "the raw anchor stays text"
    );
    // The unsafe links' labels are kept as text.
    assert!(html.contains("\"quoted\" x</p>"), "{html}");
    assert!(html.contains(" label "), "{html}");
    assert!(html.contains(" ctl</p>"), "{html}");
}

#[test]
fn examples_render_with_their_language_and_direction() {
    for (file, lang, dir) in [
        ("www/examples/rural-elderly-care-zh.json", "zh-Hans", "auto"),
        ("www/examples/water-security-ar.json", "ar", "rtl"),
        ("www/examples/urban-heat-resilience.json", "en", "ltr"),
    ] {
        assert!(crate_path(file).exists(), "{file}");
        let output = run(&["render", file], None);
        assert_eq!(code(&output), 0, "{file}: {}", stderr(&output));
        let article = tag_with_class(&stdout(&output), "es-card");
        assert_eq!(article.attr("lang"), Some(lang), "{file}");
        assert_eq!(article.attr("dir"), Some(dir), "{file}");
    }
}

/// A number in a message is written as JavaScript's `String(n)` writes it (Node is asked here), so
/// the CLI, the browser and Node word a problem the same: the wasm module asks JavaScript for a
/// fraction's digits, the CLI lays out Rust's by ECMAScript's rules.
#[test]
fn a_number_in_a_message_reads_as_javascript_writes_it() {
    // Finite floats from every part of the range, from a fixed pseudo-random sequence.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut texts = Vec::new();
    while texts.len() < 400 {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        let float = f64::from_bits(state);
        if float.is_finite() {
            texts.push(serde_json::to_string(&float).unwrap());
        }
    }
    texts.extend(
        [
            "1e21",
            "1e20",
            "0.000001",
            "1e-7",
            "-2.5",
            "18446744073709551617",
        ]
        .map(String::from),
    );
    let dir = common::cli::scratch_dir("numbers-in-messages");
    let files: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = dir.join(format!("{i:03}.json"));
            std::fs::write(&path, format!(r#"{{"version": {text}}}"#)).unwrap();
            path_str(&path).to_owned()
        })
        .collect();
    let out = dir.join("out");
    let mut args = vec!["render", "--out-dir", path_str(&out)];
    args.extend(files.iter().map(String::as_str));
    let cli = stderr(&run(&args, None));
    let node = std::process::Command::new("node")
        .args([
            "-e",
            "for (const t of JSON.parse(process.argv[1])) console.log(String(JSON.parse(t)))",
            &serde_json::to_string(&texts).unwrap(),
        ])
        .output()
        .expect("run node (the test compares with JavaScript)");
    let javascript: Vec<String> = String::from_utf8(node.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(javascript.len(), texts.len());
    let mut compared = 0;
    for ((file, text), expected) in files.iter().zip(&texts).zip(&javascript) {
        // The project's JSON reader rounds a float as serde_json does by default, which can be
        // one unit in the last place off where JSON.parse is exact: compare only the numbers it
        // reads as JavaScript does (this test build's serde_json reads them exactly).
        let ours = exec_summary::model::json_value_from_str(text).unwrap();
        let exact: serde_json::Value = serde_json::from_str(text).unwrap();
        if ours.as_f64() != exact.as_f64() {
            continue;
        }
        compared += 1;
        let line = format!("{file}: version: expected the integer 1, found the number {expected}");
        assert!(cli.contains(&line), "{text}: expected `{line}` in:\n{cli}");
    }
    assert!(compared > 250, "only {compared} numbers compared");
}
