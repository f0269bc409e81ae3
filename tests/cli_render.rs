//! `exec-summary render` beyond the plain snippet: standalone pages, the static marker the
//! browser bundle upgrades, structured data, and batch mode into a directory.
#![cfg(all(not(target_arch = "wasm32"), feature = "schema"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::cli::{code, path_str, run, scratch_dir, stderr, stdout};
use common::{count, example_files, read_crate_file, start_tags, tag_with_class, SEED_EXAMPLE};
use exec_summary::render::STYLESHEET;
use serde_json::Value;

const MINIMAL_DOC: &str =
    r#"{"title": "Minimal", "sections": [{"title": "Only", "paragraphs": ["Text."]}]}"#;

/// Renders `args` and returns stdout, asserting success with nothing on stderr.
fn render_ok(args: &[&str], stdin: Option<&str>) -> String {
    let output = run(args, stdin);
    assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
    assert_eq!(stderr(&output), "", "{args:?}");
    stdout(&output)
}

/// The text between `start` and the next `end` after it.
fn between<'h>(html: &'h str, start: &str, end: &str) -> &'h str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in {html}"))
        + start.len();
    let to = html[from..].find(end).expect("end marker") + from;
    &html[from..to]
}

// ---------------------------------------------------------------- standalone

#[test]
fn standalone_is_a_complete_page_with_the_stylesheet_inline() {
    let html = render_ok(&["render", SEED_EXAMPLE, "--standalone"], None);
    let expected_head = format!(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"auto\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Present and Future Sino-Russian Cooperation</title>\n\
         <meta name=\"description\" content=\"This essay provides Chinese perspectives on the relationship \
         between China and Russia and assesses the outlook for future cooperation.\">\n\
         <style>\n{STYLESHEET}</style>\n</head>\n<body>\n<div class=\"exec-summary\" data-es-static>"
    );
    assert!(
        html.starts_with(&expected_head),
        "{}",
        &html[..html.len().min(600)]
    );
    assert!(
        html.ends_with("</article></div>\n</body>\n</html>\n"),
        "{html}"
    );
    assert_eq!(count(&html, "<article "), 1);
    assert_eq!(count(&html, "<html"), 1);
}

#[test]
fn standalone_page_takes_language_and_direction_from_the_document() {
    let html = render_ok(
        &[
            "render",
            "www/examples/water-security-ar.json",
            "--standalone",
        ],
        None,
    );
    let root = &start_tags(&html)[0];
    assert_eq!(root.name, "html");
    assert_eq!(root.attr("lang"), Some("ar"));
    assert_eq!(root.attr("dir"), Some("rtl"));
}

#[test]
fn standalone_with_css_href_links_the_stylesheet_instead() {
    let html = render_ok(
        &[
            "render",
            SEED_EXAMPLE,
            "--standalone",
            "--css-href",
            "/pkg/exec-summary.css?v=1&x",
        ],
        None,
    );
    assert!(html
        .contains("<link rel=\"stylesheet\" href=\"/pkg/exec-summary.css?v=1&amp;x\">\n</head>\n"));
    assert!(!html.contains("<style>"));
}

#[test]
fn standalone_escapes_the_title_and_description() {
    let doc = r#"{"title": "A <b> & \"c\"", "description": "*Lede* & <i>", "sections": [{"title": "S", "items": ["i"]}]}"#;
    let html = render_ok(&["render", "-", "--standalone"], Some(doc));
    assert!(
        html.contains("<title>A &lt;b&gt; &amp; \"c\"</title>"),
        "{html}"
    );
    assert!(html.contains("<meta name=\"description\" content=\"Lede &amp; &lt;i&gt;\">"));
    assert!(!html.contains("<b>") && !html.contains("<i>"));
}

// ---------------------------------------------------------------- static marker

#[test]
fn embed_data_wraps_the_card_in_a_host_with_the_source_document() {
    let source = read_crate_file(SEED_EXAMPLE);
    let html = render_ok(&["render", SEED_EXAMPLE, "--embed-data"], None);
    assert!(html.starts_with(
        "<div class=\"exec-summary\" data-es-static><script type=\"application/json\" class=\"exec-summary-data\">{"
    ));
    assert!(html.ends_with("</article></div>\n"));
    assert!(
        html.contains("</script><article "),
        "the card follows its data"
    );
    assert_eq!(
        html.lines().count(),
        1,
        "one line, no whitespace nodes in the host"
    );
    let json = between(&html, "class=\"exec-summary-data\">", "</script>");
    let embedded: Value = serde_json::from_str(json).expect("the embedded JSON parses");
    let original: Value = serde_json::from_str(&source).unwrap();
    assert_eq!(embedded, original);
    // The card inside is the plain snippet's card, byte for byte, plus what the upgrade in place
    // needs: the marker attribute and the (hidden until then) "Expand all" control with its
    // live region.
    let snippet = render_ok(&["render", SEED_EXAMPLE], None);
    let card = html.replacen(" data-es-upgradable=\"\"", "", 1).replacen(
        between(&html, "</h3>", "</div>"),
        "",
        1,
    );
    assert!(between(&html, "</h3>", "</div>").starts_with("<button type=\"button\""));
    assert!(card.contains(snippet.trim_end()), "{card}");
}

#[test]
fn embedded_data_cannot_close_its_script_element() {
    let doc = r#"{"title": "</script><script>alert(1)</script><!--", "sections": [{"title": "S", "items": ["& <b>"]}]}"#;
    let html = render_ok(&["render", "-", "--embed-data"], Some(doc));
    let json = between(&html, "class=\"exec-summary-data\">", "</script>");
    assert!(
        !json.contains('<') && !json.contains('>') && !json.contains('&'),
        "{json}"
    );
    assert!(json.contains(r"\u003c/script\u003e"));
    let embedded: Value = serde_json::from_str(json).unwrap();
    assert_eq!(embedded, serde_json::from_str::<Value>(doc).unwrap());
    assert_eq!(count(&html, "<script"), 1, "{html}");
}

#[test]
fn data_src_marks_the_host_with_the_documents_url() {
    let html = render_ok(
        &[
            "render",
            SEED_EXAMPLE,
            "--data-src",
            "/examples/a.json?x=1&y=\"2\"",
        ],
        None,
    );
    let host = tag_with_class(&html, "exec-summary");
    assert_eq!(host.name, "div");
    assert!(host.has_attr("data-es-static"));
    assert_eq!(
        host.attr("data-src"),
        Some("/examples/a.json?x=1&amp;y=&quot;2&quot;")
    );
    assert!(!html.contains("<script"));
}

#[test]
fn the_host_carries_the_options_the_card_was_rendered_with() {
    let html = render_ok(
        &[
            "render",
            SEED_EXAMPLE,
            "--embed-data",
            "--heading-level",
            "4",
            "--id-prefix",
            "brief-",
            "--theme",
            "dark",
            "--variant",
            "compact",
        ],
        None,
    );
    let host = tag_with_class(&html, "exec-summary");
    assert_eq!(host.attr("data-heading-level"), Some("4"));
    assert_eq!(host.attr("data-id-prefix"), Some("brief-"));
    assert_eq!(host.attr("data-theme"), Some("dark"));
    assert_eq!(host.attr("data-variant"), Some("compact"));
    // The default level is not written.
    let html = render_ok(&["render", SEED_EXAMPLE, "--embed-data"], None);
    assert!(!tag_with_class(&html, "exec-summary").has_attr("data-heading-level"));
}

#[test]
fn embed_data_and_data_src_together_is_a_usage_error() {
    let output = run(
        &["render", "-", "--embed-data", "--data-src", "a.json"],
        Some(MINIMAL_DOC),
    );
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("cannot be used with"),
        "{}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn a_snippet_has_no_marker_unless_asked() {
    let html = render_ok(&["render", SEED_EXAMPLE, "--jsonld", "--inline-css"], None);
    assert!(!html.contains("data-es-static"));
    assert!(!html.contains("class=\"exec-summary\""));
}

// ---------------------------------------------------------------- structured data

#[test]
fn jsonld_comes_after_the_stylesheet_and_before_the_card() {
    let html = render_ok(
        &["render", SEED_EXAMPLE, "--jsonld", "--css-href", "es.css"],
        None,
    );
    let lines: Vec<&str> = html.lines().collect();
    assert_eq!(lines.len(), 3, "{html}");
    assert_eq!(lines[0], "<link rel=\"stylesheet\" href=\"es.css\">");
    assert!(lines[1]
        .starts_with("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\""));
    assert!(lines[1].ends_with("}</script>"));
    assert!(lines[2].starts_with("<article "));
}

#[test]
fn jsonld_of_a_standalone_page_is_in_the_head() {
    let html = render_ok(&["render", SEED_EXAMPLE, "--jsonld", "--standalone"], None);
    let head = between(&html, "<head>", "</head>");
    assert_eq!(count(head, "<script type=\"application/ld+json\">"), 1);
    assert_eq!(count(&html, "application/ld+json"), 1);
}

// ---------------------------------------------------------------- determinism

#[test]
fn every_mode_is_deterministic() {
    for file in example_files() {
        let name = path_str(&file);
        for extra in [
            &["--standalone"][..],
            &["--standalone", "--jsonld", "--css-href", "x.css"][..],
            &["--embed-data", "--jsonld", "--inline-css"][..],
            &["--data-src", "x.json", "--heading-level", "3"][..],
        ] {
            let args: Vec<&str> = ["render", name]
                .iter()
                .copied()
                .chain(extra.iter().copied())
                .collect();
            let first = run(&args, None);
            let second = run(&args, None);
            assert_eq!(code(&first), 0, "{args:?}: {}", stderr(&first));
            assert_eq!(
                first.stdout, second.stdout,
                "{args:?} renders the same bytes twice"
            );
        }
    }
}

// ---------------------------------------------------------------- batch

#[test]
fn batch_writes_one_file_per_document_named_after_its_stem() {
    let out = scratch_dir("batch-examples");
    let files = example_files();
    let mut args = vec![
        "render",
        "--out-dir",
        path_str(&out),
        "--standalone",
        "--jsonld",
    ];
    args.extend(files.iter().map(|f| path_str(f)));
    let output = run(&args, None);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "", "nothing on stdout");
    assert_eq!(stderr(&output), "", "quiet when stderr is not a terminal");
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    let mut expected: Vec<String> = files
        .iter()
        .map(|f| format!("{}.html", f.file_stem().unwrap().to_str().unwrap()))
        .collect();
    expected.sort();
    assert_eq!(written, expected);
    // Each file is exactly what rendering that document alone prints.
    for file in &files {
        let alone = run(
            &["render", path_str(file), "--standalone", "--jsonld"],
            None,
        );
        let name = format!("{}.html", file.file_stem().unwrap().to_str().unwrap());
        assert_eq!(
            std::fs::read(out.join(name)).unwrap(),
            alone.stdout,
            "{}",
            file.display()
        );
    }
}

#[test]
fn batch_reports_every_bad_file_and_renders_the_rest() {
    let dir = scratch_dir("batch-mixed");
    let good = dir.join("good.json");
    let invalid = dir.join("invalid.json");
    let warned = dir.join("warned.json");
    let missing = dir.join("missing.json");
    std::fs::write(&good, MINIMAL_DOC).unwrap();
    std::fs::write(&invalid, r#"{"title": "", "sections": []}"#).unwrap();
    std::fs::write(
        &warned,
        r#"{"title": "W", "colour": 1, "sections": [{"title": "S", "items": ["i"]}]}"#,
    )
    .unwrap();
    let out = dir.join("out");
    let output = run(
        &[
            "render",
            "--out-dir",
            path_str(&out),
            path_str(&invalid),
            path_str(&good),
            path_str(&missing),
            path_str(&warned),
        ],
        None,
    );
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let (invalid, missing, warned) = (path_str(&invalid), path_str(&missing), path_str(&warned));
    let expected = [
        format!("{invalid}: title: must not be blank"),
        format!("{invalid}: sections: at least one section is required"),
        format!("exec-summary: cannot read {missing}: No such file or directory (os error 2)"),
        format!("{warned}: warning: colour: unknown field, ignored"),
        "exec-summary: 2 of 4 documents were not rendered".to_owned(),
    ];
    assert_eq!(stderr(&output).lines().collect::<Vec<_>>(), expected);
    assert!(out.join("good.html").exists());
    assert!(out.join("warned.html").exists());
    assert!(!out.join("invalid.html").exists());
    assert!(!out.join("missing.html").exists());
}

#[test]
fn batch_refuses_two_inputs_with_the_same_stem_before_writing_anything() {
    let dir = scratch_dir("batch-clash");
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::create_dir_all(dir.join("b")).unwrap();
    std::fs::write(dir.join("a/x.json"), MINIMAL_DOC).unwrap();
    std::fs::write(dir.join("b/x.json"), MINIMAL_DOC).unwrap();
    let out = dir.join("out");
    let (a, b) = (dir.join("a/x.json"), dir.join("b/x.json"));
    let output = run(
        &[
            "render",
            "--out-dir",
            path_str(&out),
            path_str(&a),
            path_str(&b),
        ],
        None,
    );
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).starts_with(&format!(
            "error: {} and {} would both be written to {}",
            a.display(),
            b.display(),
            out.join("x.html").display()
        )),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

#[test]
fn batch_refuses_standard_input() {
    let out = scratch_dir("batch-stdin");
    let output = run(
        &["render", "--out-dir", path_str(&out), "-"],
        Some(MINIMAL_DOC),
    );
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("standard input"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn several_files_without_out_dir_is_a_usage_error() {
    let output = run(&["render", SEED_EXAMPLE, SEED_EXAMPLE], None);
    assert_eq!(code(&output), 2);
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).starts_with("error: several files need --out-dir DIR"));
    assert!(stderr(&output).contains("--help"));
}
