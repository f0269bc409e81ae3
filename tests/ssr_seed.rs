//! The static (SSR) card through the library API, checked against the seed text it was built
//! from and against the card's structural promises (lists, disclosures, headings, ids, escaping).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{
    count, element_with_class, find_subsequence, read_crate_file, start_tags, tag_with_class,
    tag_with_id, tags_with_class, visible_text, words, SEED_EXAMPLE, SEED_TEXT,
};
use exec_summary::model::{parse, Document};
use exec_summary::options::CardOptions;
use exec_summary::render::render_card;

fn document(json: &str) -> Document {
    match parse(json) {
        Ok(parsed) => {
            assert!(
                parsed.warnings.is_empty(),
                "unexpected warnings: {:?}",
                parsed.warnings
            );
            parsed.document
        }
        Err(problems) => panic!("invalid test document: {problems:?}"),
    }
}

fn seed_document() -> Document {
    document(&read_crate_file(SEED_EXAMPLE))
}

fn render(document: Document, options: &CardOptions) -> String {
    render_card(document, options.clone(), false)
}

fn seed_card() -> String {
    render(seed_document(), &CardOptions::default())
}

fn with_heading_level(level: u8) -> CardOptions {
    CardOptions {
        heading_level: level,
        ..CardOptions::default()
    }
}

/// A one-section document whose paragraph is `paragraph` (JSON-escaped here).
fn paragraph_card(paragraph: &str) -> String {
    let json = format!(
        r#"{{"title": "Escaping", "sections": [{{"id": "s", "title": "S", "paragraphs": [{}]}}]}}"#,
        serde_json::Value::String(paragraph.to_owned())
    );
    render(document(&json), &CardOptions::default())
}

/// The paragraph elements' inner HTML.
fn paragraph_html(card: &str) -> &str {
    let element = element_with_class(card, "es-section__paragraph");
    let open_end = element.find('>').expect("end of the start tag") + 1;
    &element[open_end..element.len() - "</p>".len()]
}

#[test]
fn seed_card_contains_every_seed_word_in_order() {
    let seed = read_crate_file(SEED_TEXT);
    let seed_words = words(&seed);
    assert!(seed_words.len() > 300, "the seed has its full text");
    let card_words = words(&visible_text(&seed_card()));
    if let Err(missing) = find_subsequence(&seed_words, &card_words) {
        let from = missing.saturating_sub(8);
        panic!(
            "seed word #{missing} `{}` is missing or out of order (after: {:?})",
            seed_words[missing],
            &seed_words[from..missing]
        );
    }
}

#[test]
fn seed_card_keeps_typographic_quotes() {
    let card = seed_card();
    for phrase in [
        "“friendly countries”",
        "“new type of constructive partnership”",
        "“strategic partnership of cooperation.”",
        "“expectations gap,”",
        "China’s perspective",
        "countries’ different",
    ] {
        assert!(
            card.contains(phrase),
            "the card contains {phrase} as written"
        );
    }
    assert!(!card.contains("&#"), "no numeric character references");
}

#[test]
fn seed_card_shows_the_policy_implications_as_a_list_of_three() {
    let card = seed_card();
    let list = element_with_class(&card, "es-section__list");
    assert!(list.starts_with("<ul "), "{list}");
    assert_eq!(tags_with_class(&card, "es-section__list").len(), 1);
    assert_eq!(count(list, "<li "), 3);
    assert_eq!(count(list, "</li>"), 3);
    let items: Vec<_> = start_tags(list)
        .into_iter()
        .filter(|t| t.name == "li")
        .collect();
    assert!(items.iter().all(|t| t.has_class("es-section__item")));
    for start in [
        ">China has prioritized building a peaceful environment",
        ">Sino-Russian relations are shaped by a third party (the U.S.)",
        ">Both China and Russia should pay more attention",
    ] {
        assert!(list.contains(start), "an item starts {start}");
    }
    // The list belongs to the policy-implications disclosure.
    let policy = &card[card
        .find("id=\"policy-implications\"")
        .expect("policy section")..];
    assert!(policy.find("es-section__list") < policy.find("</details>"));
}

#[test]
fn seed_card_opens_the_expanded_section_only_and_keeps_the_collapsed_text() {
    let card = seed_card();
    let main = tag_with_id(&card, "main-argument");
    assert_eq!(main.name, "details");
    assert!(main.has_attr("open"), "{main:?}");
    let policy = tag_with_id(&card, "policy-implications");
    assert_eq!(policy.name, "details");
    assert!(!policy.has_attr("open"), "{policy:?}");
    assert!(
        card.contains("work to stabilize their relationship in the future."),
        "a collapsed section's text is still in the HTML"
    );
}

/// The element names of the title, the summary heading and every section title.
fn heading_names(card: &str) -> (String, String, Vec<String>) {
    (
        tag_with_class(card, "es-card__title").name,
        tag_with_class(card, "es-card__summary-heading").name,
        tags_with_class(card, "es-section__title")
            .into_iter()
            .map(|t| t.name)
            .collect(),
    )
}

#[test]
fn headings_default_to_h2_h3_h4() {
    let (title, summary, sections) = heading_names(&seed_card());
    assert_eq!((title.as_str(), summary.as_str()), ("h2", "h3"));
    assert_eq!(sections, ["h4", "h4"]);
}

#[test]
fn headings_follow_heading_level_4() {
    let card = render(seed_document(), &with_heading_level(4));
    let (title, summary, sections) = heading_names(&card);
    assert_eq!((title.as_str(), summary.as_str()), ("h4", "h5"));
    assert_eq!(sections, ["h6", "h6"]);
    assert!(card.contains("</h4>") && card.contains("</h5>") && card.contains("</h6>"));
}

#[test]
fn headings_are_capped_at_h6() {
    for level in [6, 7, 200] {
        let card = render(seed_document(), &with_heading_level(level));
        let (title, summary, sections) = heading_names(&card);
        assert_eq!(
            (title.as_str(), summary.as_str()),
            ("h6", "h6"),
            "level {level}"
        );
        assert_eq!(sections, ["h6", "h6"], "level {level}");
        assert!(!card.contains("<h7"), "level {level}");
    }
}

#[test]
fn heading_levels_below_2_are_raised_to_h2() {
    for level in [0, 1] {
        let (title, summary, sections) =
            heading_names(&render(seed_document(), &with_heading_level(level)));
        assert_eq!(
            (title.as_str(), summary.as_str()),
            ("h2", "h3"),
            "level {level}"
        );
        assert_eq!(sections, ["h4", "h4"], "level {level}");
    }
}

#[test]
fn section_ids_and_title_id_are_wired_up() {
    let doc = seed_document();
    let section_ids: Vec<String> = doc.sections.iter().map(|s| s.id.clone()).collect();
    assert_eq!(section_ids, ["main-argument", "policy-implications"]);
    let card = seed_card();
    let details_ids: Vec<String> = start_tags(&card)
        .into_iter()
        .filter(|t| t.name == "details")
        .map(|t| t.attr("id").expect("details id").to_owned())
        .collect();
    assert_eq!(details_ids, section_ids);

    let article = tag_with_class(&card, "es-card");
    assert_eq!(article.name, "article");
    let labelledby = article.attr("aria-labelledby").expect("aria-labelledby");
    let title = tag_with_class(&card, "es-card__title");
    assert_eq!(title.attr("id"), Some(labelledby));
    assert_eq!(tag_with_id(&card, labelledby).name, "h2");

    let mut ids: Vec<&str> = Vec::new();
    let tags = start_tags(&card);
    for tag in &tags {
        if let Some(id) = tag.attr("id") {
            assert!(!ids.contains(&id), "duplicate id {id}");
            ids.push(id);
        }
    }
}

#[test]
fn id_prefix_names_the_title_id() {
    let options = CardOptions {
        id_prefix: "seed-".to_owned(),
        ..CardOptions::default()
    };
    let card = render(seed_document(), &options);
    assert_eq!(
        tag_with_class(&card, "es-card__title").attr("id"),
        Some("seed-title")
    );
    assert_eq!(
        tag_with_class(&card, "es-card").attr("aria-labelledby"),
        Some("seed-title")
    );
    // Section ids are the document's own, whatever the prefix.
    assert_eq!(tag_with_id(&card, "main-argument").name, "details");
}

#[test]
fn derived_section_ids_match_the_details_ids() {
    let card = render(
        document(
            r#"{"title": "Ids", "sections": [
                {"title": "Main argument", "paragraphs": ["a"]},
                {"title": "Main argument", "paragraphs": ["b"]},
                {"title": "主要论点", "items": ["c"]}
            ]}"#,
        ),
        &CardOptions::default(),
    );
    for id in ["main-argument", "main-argument-2", "section-3"] {
        assert_eq!(tag_with_id(&card, id).name, "details", "{id}");
    }
}

#[test]
fn html_in_a_paragraph_is_rendered_as_text() {
    let card = paragraph_card("Use <b>bold</b> & <i>care</i>.");
    assert_eq!(
        paragraph_html(&card),
        "Use &lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;care&lt;/i&gt;."
    );
    assert!(!card.contains("<b>"));
    assert!(!card.contains("<i>"));
}

#[test]
fn inline_markup_becomes_emphasis_strong_and_safe_links() {
    let card = paragraph_card("A *light* and **heavy** [link](https://example.org/a?b=1&c=2).");
    assert_eq!(
        paragraph_html(&card),
        "A <em>light</em> and <strong>heavy</strong> \
         <a href=\"https://example.org/a?b=1&amp;c=2\" class=\"es-link\">link</a>."
    );
}

#[test]
fn an_unsafe_link_keeps_its_label_as_text() {
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "javascript&colon;alert(1)",
    ] {
        let card = paragraph_card(&format!("Before [click *here*]({url}) after."));
        assert_eq!(
            paragraph_html(&card),
            "Before click <em>here</em> after.",
            "link to {url}"
        );
        assert!(!card.contains("<a "), "no anchor for {url}");
        assert!(visible_text(&card).contains("click  here  after"));
    }
}

#[test]
fn examples_render_every_section_and_author() {
    for file in common::example_files() {
        let text = std::fs::read_to_string(&file).expect("read the example");
        let doc = parse(&text)
            .unwrap_or_else(|problems| panic!("{}: {problems:?}", file.display()))
            .document;
        let sections = doc.sections.len();
        let authors = doc.authors.len();
        let has_source = doc.source.is_some();
        let card = render(doc, &CardOptions::default());
        assert_eq!(count(&card, "<details "), sections, "{}", file.display());
        assert_eq!(
            tags_with_class(&card, "es-author").len(),
            authors,
            "{}",
            file.display()
        );
        assert_eq!(
            tags_with_class(&card, "es-source").len(),
            usize::from(has_source)
        );
    }
}
