//! The full document → HTML render on arbitrary JSON text: every document `parse` accepts renders,
//! the card holds only the card's own elements and attributes with safe links, and the page's
//! `<script>` elements (JSON-LD, embedded data) cannot be closed or escaped by any text.
#![no_main]

use exec_summary::model::parse;
use exec_summary::render::{
    render_card, render_page, Marker, PageOptions, RenderOptions, Stylesheet,
};
use exec_summary_fuzz::check_card;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(parsed) = parse(text) else {
        return;
    };
    let Ok(card) = render_card(parsed.document.clone(), &RenderOptions::default()) else {
        panic!("a valid document did not render");
    };
    check_card(&card).unwrap_or_else(|e| panic!("{e} in {card}"));
    let upgradable = RenderOptions {
        upgradable: true,
        ..RenderOptions::default()
    };
    let Ok(card) = render_card(parsed.document.clone(), &upgradable) else {
        panic!("a valid document did not render for upgrading");
    };
    check_card(&card).unwrap_or_else(|e| panic!("{e} in {card}"));

    let source: serde_json::Value = match serde_json::from_str(text.trim_start_matches('\u{feff}'))
    {
        Ok(value) => value,
        Err(err) => panic!("parse accepted text serde_json rejects: {err}"),
    };
    let options = PageOptions {
        standalone: true,
        json_ld: true,
        stylesheet: Stylesheet::None,
        marker: Marker::EmbedData,
        ..PageOptions::default()
    };
    let Ok(page) = render_page(parsed.document, Some(&source), &options) else {
        panic!("a valid document did not render as a page");
    };
    check_scripts(&page, &source);
});

/// Exactly two scripts (JSON-LD, the embedded document), each holding JSON with no `<` at all, and
/// the embedded one equal to the source.
fn check_scripts(page: &str, source: &serde_json::Value) {
    let mut rest = page;
    let mut bodies = Vec::new();
    while let Some(open) = rest.find("<script") {
        let after = rest.get(open..).unwrap_or("");
        let start = after.find('>').map_or(after.len(), |i| i + 1);
        let body_and_rest = after.get(start..).unwrap_or("");
        let end = body_and_rest
            .find("</script>")
            .unwrap_or_else(|| panic!("unclosed script in {page}"));
        bodies.push(body_and_rest.get(..end).unwrap_or(""));
        rest = body_and_rest.get(end..).unwrap_or("");
    }
    assert_eq!(bodies.len(), 2, "scripts in {page}");
    for body in &bodies {
        assert!(!body.contains('<'), "`<` inside a script: {body}");
        assert!(
            serde_json::from_str::<serde_json::Value>(body).is_ok(),
            "script is not JSON: {body}"
        );
    }
    let embedded: serde_json::Value = serde_json::from_str(bodies.get(1).copied().unwrap_or(""))
        .unwrap_or(serde_json::Value::Null);
    assert_eq!(&embedded, source, "embedded data differs from the source");
}
