//! The importer on small layouts, one behaviour per test.

use serde_json::{json, Value};

use super::*;

/// Imports `text` (auto-detected format) and returns the document and the warnings as shown.
fn run(text: &str) -> (Value, Vec<String>) {
    let imported = import(text, &ImportOptions::default());
    let warnings = imported.warnings.iter().map(ToString::to_string).collect();
    (imported.document, warnings)
}

/// The document of a text that imports into a valid document without warnings.
fn clean(text: &str) -> Value {
    let (document, warnings) = run(text);
    assert_eq!(warnings, Vec::<String>::new(), "no warnings for {text:?}");
    assert!(
        parse_value(&document).is_ok(),
        "valid: {:?}",
        parse_value(&document).err()
    );
    document
}

const SEED_LIKE: &str = "\
A Title
A Subtitle
The description, one paragraph.
EXECUTIVE SUMMARY
MAIN ARGUMENT
First paragraph.
POLICY IMPLICATIONS
- First item.
- Second item.
Ann Lee is a fellow at the Institute.
Bo Chen is a professor.
";

#[test]
fn reads_the_seed_layout() {
    assert_eq!(
        clean(SEED_LIKE),
        json!({
            "version": 1,
            "lang": "en",
            "title": "A Title",
            "subtitle": "A Subtitle",
            "description": "The description, one paragraph.",
            "summaryHeading": "Executive Summary",
            "sections": [
                {"id": "main-argument", "title": "Main Argument", "paragraphs": ["First paragraph."]},
                {"id": "policy-implications", "title": "Policy Implications", "items": ["First item.", "Second item."]},
            ],
            "authors": [
                {"name": "Ann Lee", "bio": "Ann Lee is a fellow at the Institute."},
                {"name": "Bo Chen", "bio": "Bo Chen is a professor."},
            ],
        })
    );
}

#[test]
fn crlf_line_endings_and_a_byte_order_mark_change_nothing() {
    let windows = format!("\u{feff}{}", SEED_LIKE.replace('\n', "\r\n"));
    assert_eq!(clean(&windows), clean(SEED_LIKE));
    assert_eq!(clean(&SEED_LIKE.replace('\n', "\r")), clean(SEED_LIKE));
}

#[test]
fn blank_line_noise_changes_nothing() {
    let noisy = format!("\n\n   \n{}\n\n\n", SEED_LIKE.replace('\n', "\n\n \t\n"));
    assert_eq!(clean(&noisy), clean(SEED_LIKE));
}

#[test]
fn a_long_second_line_is_the_description_not_a_subtitle() {
    let document =
        clean("Title\nThis essay looks at the outlook for cooperation.\nMAIN ARGUMENT\nText.\n");
    assert_eq!(document.get("subtitle"), None);
    assert_eq!(
        document["description"],
        "This essay looks at the outlook for cooperation."
    );
}

#[test]
fn several_paragraphs_per_section_stay_apart() {
    let document = clean("Title\nLede.\nARGUMENT\nOne.\nTwo.\n\nThree.\n");
    assert_eq!(
        document["sections"][0]["paragraphs"],
        json!(["One.", "Two.", "Three."])
    );
}

#[test]
fn hard_wrapped_lines_are_joined() {
    let document = clean(
        "Title\nLede.\nARGUMENT\nA paragraph that was wrapped\nby an editor at a fixed width.\n- An item that\n  goes on.\n",
    );
    let section = &document["sections"][0];
    assert_eq!(
        section["paragraphs"],
        json!(["A paragraph that was wrapped by an editor at a fixed width."])
    );
    assert_eq!(section["items"], json!(["An item that goes on."]));
}

#[test]
fn author_notes_in_every_form() {
    let document = clean(
        "Title\nLede.\nARGUMENT\nText.\nAnn Lee is a fellow.\nBo Chen, professor at Fudan.\nJean-Luc de la Croix — senior editor.\nMaria Ruiz – analyst.\n",
    );
    let names: Vec<&str> = document["authors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Ann Lee", "Bo Chen", "Jean-Luc de la Croix", "Maria Ruiz"]
    );
    assert_eq!(
        document["authors"][1]["bio"],
        "Bo Chen, professor at Fudan."
    );
    assert_eq!(document["sections"][0]["paragraphs"], json!(["Text."]));
}

#[test]
fn a_sentence_is_not_mistaken_for_an_author_note() {
    let document = clean(
        "Title\nLede.\nARGUMENT\nText.\nIn Beijing, officials agree.\nThe Kremlin is silent.\n",
    );
    assert_eq!(document.get("authors"), None);
    assert_eq!(
        document["sections"][0]["paragraphs"],
        json!([
            "Text.",
            "In Beijing, officials agree.",
            "The Kremlin is silent."
        ])
    );
}

#[test]
fn a_section_keeps_its_only_paragraph_even_if_it_starts_with_a_name() {
    let document = clean("Title\nLede.\nCONCLUSION\nJohn Smith is right.\n");
    assert_eq!(document.get("authors"), None);
    assert_eq!(
        document["sections"][0]["paragraphs"],
        json!(["John Smith is right."])
    );
}

#[test]
fn an_about_the_authors_heading_is_replaced_by_the_cards_own() {
    let (document, warnings) =
        run("Title\nLede.\nARGUMENT\nText.\nABOUT THE AUTHORS\nAnn Lee is a fellow.\n");
    assert_eq!(document["authors"][0]["name"], "Ann Lee");
    assert_eq!(document["sections"].as_array().unwrap().len(), 1);
    assert_eq!(
        warnings,
        ["line 5: heading \"ABOUT THE AUTHORS\" replaced by the card's own heading for the authors"]
    );
}

#[test]
fn headings_in_capitals_become_title_case_and_mixed_case_is_kept() {
    let document = clean("Title\nLede.\nTHE U.S. AND CHINA: A NEW ERA\nText.\n");
    assert_eq!(
        document["sections"][0]["title"],
        "The U.S. and China: A New Era"
    );
    let document =
        clean("# Title\n\nLede.\n\n## Main argument\n\nText.\n\n## MAIN RISKS\n\nText.\n");
    assert_eq!(document["sections"][0]["title"], "Main argument");
    assert_eq!(document["sections"][1]["title"], "Main Risks");
}

#[test]
fn title_case_rules() {
    for (input, expected) in [
        ("MAIN ARGUMENT", "Main Argument"),
        ("POLICY IMPLICATIONS:", "Policy Implications:"),
        ("SINO-RUSSIAN TIES, PART II", "Sino-Russian Ties, Part II"),
        ("A WAY OUT OF THE CRISIS", "A Way Out of the Crisis"),
        ("WHAT TO LOOK FOR", "What to Look For"),
        ("U.S.-CHINA RELATIONS", "U.S.-China Relations"),
        ("CHINA’S ROLE", "China’s Role"),
        ("ÉTUDES RÉGIONALES", "Études Régionales"),
    ] {
        assert_eq!(title_case(input), expected, "{input}");
    }
}

#[test]
fn text_before_the_first_heading_lands_in_an_overview_section() {
    let (document, warnings) = run("Title\nLede.\nMore text.\n- A point.\nARGUMENT\nText.\n");
    assert_eq!(
        document["sections"][0],
        json!({"id": "overview", "title": "Overview", "paragraphs": ["More text."], "items": ["A point."]})
    );
    assert_eq!(
        warnings,
        ["line 3: text before the first section heading: placed in a section titled \"Overview\""]
    );
    assert!(parse_value(&document).is_ok());
}

#[test]
fn a_text_without_headings_still_makes_a_card() {
    let (document, warnings) = run("Title\nLede.\nBody one.\nBody two.\n");
    assert_eq!(
        document["sections"][0]["paragraphs"],
        json!(["Body one.", "Body two."])
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(parse_value(&document).is_ok());
}

#[test]
fn an_empty_heading_is_kept_as_a_paragraph() {
    let (document, warnings) = run("Title\nLede.\nPART ONE\nARGUMENT\nText.\nCLOSING\n");
    assert_eq!(document["sections"][0]["paragraphs"], json!(["PART ONE"]));
    assert_eq!(
        document["sections"][1]["paragraphs"],
        json!(["Text.", "CLOSING"])
    );
    assert_eq!(
        warnings,
        [
            "line 3: heading \"PART ONE\" has no text under it: kept as a paragraph",
            "line 3: text before the first section heading: placed in a section titled \"Overview\"",
            "line 6: heading \"CLOSING\" has no text under it: kept as a paragraph",
        ]
    );
    assert_eq!(document["sections"][0]["title"], "Overview");
    assert_eq!(document["sections"][1]["title"], "Argument");
}

#[test]
fn a_paragraph_after_a_list_is_kept_with_a_warning() {
    let (document, warnings) = run("Title\nLede.\nPOINTS\n- One.\nA closing remark.\n");
    assert_eq!(
        document["sections"][0]["paragraphs"],
        json!(["A closing remark."])
    );
    assert_eq!(
        warnings,
        ["line 5: paragraph after the list in \"Points\": the card shows it before the list"]
    );
}

#[test]
fn no_subtitle_and_no_description() {
    let document = clean("A Title\nEXECUTIVE SUMMARY\nMAIN ARGUMENT\nText.\n");
    assert_eq!(document.get("subtitle"), None);
    assert_eq!(document.get("description"), None);
    assert_eq!(document["summaryHeading"], "Executive Summary");
}

#[test]
fn empty_input_is_reported_and_invalid() {
    let (document, warnings) = run(" \n\n");
    assert_eq!(
        warnings,
        [
            "no title: the first line of the text is the title",
            "no section: add a heading and some text under it",
        ]
    );
    assert!(parse_value(&document).is_err());
}

#[test]
fn lang_option_is_written() {
    let imported = import(
        SEED_LIKE,
        &ImportOptions {
            lang: Some("en-GB".to_owned()),
            ..ImportOptions::default()
        },
    );
    assert_eq!(imported.document["lang"], "en-GB");
}

// ---------------------------------------------------------------- Markdown

const MARKDOWN: &str = "\
# The Title

*A Subtitle*

A lede with _emphasis_, __strength__ and a [link](https://example.org/a).
It wraps onto a second line.

## Executive summary

## Main argument

First paragraph with `code*`.

Second paragraph, see <https://example.org/b>.

## Policy implications

- One *point*.
* Another point
  that wraps.
+ A third.
1. A numbered point.

---

## About the authors

**Ann Lee** is a fellow.

[Bo Chen](https://example.org/bo), professor.
";

/// The one warning for [`MARKDOWN`]: its authors heading gives way to the card's.
const MARKDOWN_WARNING: &str =
    "line 26: heading \"About the authors\" replaced by the card's own heading for the authors";

#[test]
fn reads_markdown() {
    let (document, warnings) = run(MARKDOWN);
    assert_eq!(warnings, [MARKDOWN_WARNING]);
    assert!(parse_value(&document).is_ok());
    assert_eq!(
        document,
        json!({
            "version": 1,
            "lang": "en",
            "title": "The Title",
            "subtitle": "A Subtitle",
            "description": "A lede with *emphasis*, **strength** and a [link](https://example.org/a). It wraps onto a second line.",
            "summaryHeading": "Executive summary",
            "sections": [
                {
                    "id": "main-argument",
                    "title": "Main argument",
                    "paragraphs": [
                        "First paragraph with code\\*.",
                        "Second paragraph, see [https://example.org/b](https://example.org/b).",
                    ],
                },
                {
                    "id": "policy-implications",
                    "title": "Policy implications",
                    "items": ["One *point*.", "Another point that wraps.", "A third.", "A numbered point."],
                },
            ],
            "authors": [
                {"name": "Ann Lee", "bio": "Ann Lee is a fellow."},
                {"name": "Bo Chen", "bio": "Bo Chen, professor.", "url": "https://example.org/bo"},
            ],
        })
    );
}

#[test]
fn markdown_with_crlf_and_a_bom_reads_the_same() {
    let windows = format!("\u{feff}{}", MARKDOWN.replace('\n', "\r\n"));
    assert_eq!(run(&windows), run(MARKDOWN));
}

#[test]
fn markdown_setext_headings() {
    let document = clean("The Title\n=========\n\nLede.\n\nArgument\n--------\n\nText.\n");
    assert_eq!(document["title"], "The Title");
    assert_eq!(document["sections"][0]["title"], "Argument");
}

#[test]
fn markup_in_a_markdown_title_is_reduced_to_text_with_a_warning() {
    let (document, warnings) = run("# The **bold** title\n\n## Part\n\nText.\n");
    assert_eq!(document["title"], "The bold title");
    assert_eq!(
        warnings,
        ["line 1: the title is shown as plain text: its markup was reduced to `The bold title`"]
    );
}

/// What one paragraph of Markdown imports as, and the warnings about it.
fn markdown_paragraph(markdown: &str) -> (String, Vec<String>) {
    let (document, warnings) = run(&format!("# T\n\n## S\n\n{markdown}\n"));
    let paragraph = document["sections"][0]["paragraphs"][0].as_str().unwrap();
    (paragraph.to_owned(), warnings)
}

/// The contract's markup for one paragraph of Markdown that imports without warnings.
fn inline(markdown: &str) -> String {
    let (paragraph, warnings) = markdown_paragraph(markdown);
    assert_eq!(
        warnings,
        Vec::<String>::new(),
        "no warnings for {markdown:?}"
    );
    paragraph
}

#[test]
fn intraword_underscores_stay_literal() {
    assert_eq!(inline("snake_case_name"), "snake_case_name");
    assert_eq!(inline("a _b_ c"), "a *b* c");
    assert_eq!(inline("__s__"), "**s**");
    assert_eq!(inline("5 \\_ 6 \\* 7"), "5 _ 6 \\* 7");
}

#[test]
fn format_can_be_forced() {
    let text = "# Not a heading\nLede.\nPART\nText.\n";
    let imported = import(
        text,
        &ImportOptions {
            format: Format::Text,
            ..ImportOptions::default()
        },
    );
    assert_eq!(imported.document["title"], "# Not a heading");
}

#[test]
fn literal_markers_are_escaped_and_parentheses_left_alone() {
    assert_eq!(
        inline("5 \\* 3 (or 5 × 3), a \\[note\\] and C:\\dir"),
        "5 \\* 3 (or 5 × 3), a \\[note\\] and C:\\\\dir"
    );
    // A reference with no definition is no link in CommonMark: its brackets are text.
    assert_eq!(inline("see [above]"), "see \\[above\\]");
    assert_eq!(
        inline("[a (b)](https://x.org/a_(b))"),
        "[a (b)](https://x.org/a_\\(b\\))"
    );
}

#[test]
fn autolinks_and_reference_links_become_links() {
    assert_eq!(
        inline("<https://example.org> or <ann@example.org>"),
        "[https://example.org](https://example.org) or [ann@example.org](mailto:ann@example.org)"
    );
    assert_eq!(
        inline("the [report][r].\n\n[r]: https://example.org/r"),
        "the [report](https://example.org/r)."
    );
}

#[test]
fn a_link_the_card_refuses_keeps_its_text_with_a_warning() {
    let (paragraph, warnings) = markdown_paragraph("Click [here](javascript:alert(1)) now.");
    assert_eq!(paragraph, "Click here now.");
    assert_eq!(
        warnings,
        ["line 5: a link whose address the card does not allow (only http, https, mailto and relative ones) is kept as its text"]
    );
}

#[test]
fn an_image_becomes_a_link_to_it_with_a_warning() {
    let (paragraph, warnings) = markdown_paragraph("A map: ![the delta](img/delta.png).");
    assert_eq!(paragraph, "A map: [the delta](img/delta.png).");
    assert_eq!(
        warnings,
        ["line 5: image kept as a link to it, its description as the link's text"]
    );
}

#[test]
fn emphasis_the_card_cannot_nest_keeps_the_outer_one_with_a_warning() {
    let (paragraph, warnings) = markdown_paragraph("***Both*** and **a *b* c**.");
    assert_eq!(paragraph, "*Both* and **a b c**.");
    assert_eq!(
        warnings,
        ["line 5: emphasis inside emphasis: the card shows only the outer one"]
    );
    // Strong right before emphasis would read as one run of three `*`.
    let (paragraph, warnings) = markdown_paragraph("**a***b* and [c](https://c.org)");
    assert_eq!(paragraph, "ab and [c](https://c.org)");
    assert_eq!(
        warnings,
        ["line 5: emphasis the card cannot show here was removed, its text kept"]
    );
}

#[test]
fn deeply_nested_emphasis_keeps_its_text() {
    let deep = format!("{}deep{}", "*".repeat(5000), "*".repeat(5000));
    let (paragraph, warnings) = markdown_paragraph(&deep);
    assert_eq!(plain_text(&parse_inline(&paragraph)), "deep");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

#[test]
fn list_items_are_flattened_and_their_paragraphs_joined_with_warnings() {
    let (document, warnings) =
        run("# T\n\n## S\n\n- One\n\n  more of one.\n- Two\n  - Two and a half\n- Three\n");
    assert_eq!(
        document["sections"][0]["items"],
        json!(["One more of one.", "Two", "Two and a half", "Three"])
    );
    assert_eq!(
        warnings,
        [
            "line 7: list item of several paragraphs or blocks: joined into one item",
            "line 9: nested list item: the card's lists have one level, so it is an item of its own",
        ]
    );
}

#[test]
fn code_and_html_are_kept_as_literal_text_with_warnings() {
    let (document, warnings) = run(
        "# T\n\n## S\n\n```\nlet x = a * b;\n  [y]\n```\n\n<div>\nA block\n</div>\n\nA <b>bold</b> claim.\n",
    );
    assert_eq!(
        document["sections"][0]["paragraphs"],
        json!([
            "let x = a \\* b; \\[y\\]",
            "<div> A block </div>",
            "A <b>bold</b> claim."
        ])
    );
    assert_eq!(
        warnings,
        [
            "line 5: code block kept as a paragraph of plain text",
            "line 10: HTML is shown as text: the card never reads HTML",
            "line 14: HTML is shown as text: the card never reads HTML",
        ]
    );
}

#[test]
fn a_title_with_literal_markers_is_no_reduced_markup() {
    let document = clean("# 5 \\* 3 (a \\[b\\])\n\n## S\n\nText.\n");
    assert_eq!(document["title"], "5 * 3 (a [b])");
}

#[test]
fn a_markdown_rule_under_a_line_does_not_make_plain_text_markdown() {
    // As Markdown, the first four lines would be one paragraph and "A note" a heading.
    let document = clean("Title\nLede.\nARGUMENT\nText.\nA note.\n---\n");
    assert_eq!(document["title"], "Title");
    assert_eq!(
        document["sections"][0]["paragraphs"],
        json!(["Text.", "A note.", "---"])
    );
}
