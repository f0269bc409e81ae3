//! Static render of cards other than the seed: ids and author notes.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use exec_summary::model::parse;
use exec_summary::options::CardOptions;
use exec_summary::render::render_card;

fn render(json: &str) -> String {
    let document = parse(json).unwrap().document;
    render_card(document, CardOptions::default(), false)
}

fn title_id(html: &str) -> String {
    let start = html.find("aria-labelledby=\"").unwrap() + "aria-labelledby=\"".len();
    let end = start + html[start..].find('"').unwrap();
    html[start..end].to_owned()
}

#[test]
fn cards_titled_in_other_scripts_get_distinct_valid_ids() {
    let chinese =
        render(r#"{"title": "中俄合作", "sections": [{"title": "主要论点", "items": ["一"]}]}"#);
    let arabic =
        render(r#"{"title": "الأمن المائي", "sections": [{"title": "ملخص", "items": ["١"]}]}"#);
    let (a, b) = (title_id(&chinese), title_id(&arabic));
    assert_ne!(a, b);
    for (html, id) in [(&chinese, &a), (&arabic, &b)] {
        assert!(id.starts_with("es-") && !id.contains("--"), "{id}");
        assert!(
            html.contains(&format!("id=\"{id}\"")),
            "the title carries the id"
        );
    }
}

#[test]
fn a_bio_starting_with_the_name_shows_the_name_once_in_bold() {
    let html = render(
        r#"{"title": "T", "sections": [{"title": "S", "items": ["i"]}],
            "authors": [{"name": "Ma Bin", "bio": "Ma Bin is an Associate Professor."}]}"#,
    );
    assert!(html.contains(
        r#"<strong dir="auto" class="es-author__name">Ma Bin</strong> is an Associate Professor.</p>"#
    ));
}

#[test]
fn a_name_that_is_only_the_start_of_the_bios_first_word_is_not_cut_out_of_it() {
    let html = render(
        r#"{"title": "T", "sections": [{"title": "S", "items": ["i"]}],
            "authors": [{"name": "Ann", "bio": "Anna Lee is her co-author."}]}"#,
    );
    assert!(
        html.contains(
            r#"<strong dir="auto" class="es-author__name">Ann</strong>. Anna Lee is her co-author.</p>"#
        ),
        "{html}"
    );
}
