//! The full document → HTML render on arbitrary JSON text: every document `parse` accepts renders,
//! the card holds only the card's own elements and attributes with safe links, and the page's
//! `<script>` elements (JSON-LD, embedded data) cannot be closed or escaped by any text.
#![no_main]

use exec_summary::model::parse;
use exec_summary::options::{CardOptions, Marker, Resolved};
use exec_summary::render::{render_card, render_page, Input, PageOptions, Stylesheet};
use exec_summary_fuzz::check_card;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(parsed) = parse(text) else {
        return;
    };
    for upgradable in [false, true] {
        let card = render_card(parsed.document.clone(), CardOptions::default(), upgradable);
        assert!(!card.is_empty(), "a valid document did not render");
        check_card(&card).unwrap_or_else(|e| panic!("{e} in {card}"));
    }

    let source: serde_json::Value = match serde_json::from_str(text.trim_start_matches('\u{feff}'))
    {
        Ok(value) => value,
        Err(err) => panic!("parse accepted text serde_json rejects: {err}"),
    };
    let options = PageOptions {
        card: Resolved {
            marker: Marker::EmbedData,
            ..Resolved::default()
        },
        standalone: true,
        json_ld: true,
        stylesheet: Stylesheet::None,
    };
    let page = render_page(Input::Text(text), &options);
    assert!(page.ok, "a valid document did not render as a page");
    check_scripts(&page.html, &source);
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
    assert!(
        same_json(&embedded, source),
        "embedded data differs from the source:\n{embedded}\n{source}"
    );
}

/// Equal JSON values, floats to within 2 units in the last place: `serde_json` without its
/// `float_roundtrip` feature may read a float it printed back one unit off (1844674407371.5518
/// comes back as 1844674407371.552); a browser's `JSON.parse` reads it exactly.
fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
            match (x.as_f64(), y.as_f64()) {
                (Some(x), Some(y)) => {
                    x == y || (x.signum() == y.signum() && x.to_bits().abs_diff(y.to_bits()) <= 2)
                }
                _ => false,
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((ka, va), (kb, vb))| ka == kb && same_json(va, vb))
        }
        _ => a == b,
    }
}
