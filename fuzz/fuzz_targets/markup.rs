//! The inline markup parser and the link sanitiser on arbitrary text.
#![no_main]

use exec_summary::markup::{parse_inline, plain_text, safe_href, LinkCheck};
use exec_summary_fuzz::{check_href, check_inlines, is_subsequence, without_markup};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    // The sanitiser on its own: what it allows is clean, allowed by a browser's reading, and
    // stays allowed unchanged.
    if let LinkCheck::Allowed(href) = safe_href(text) {
        check_href(&href).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }

    let inlines = parse_inline(text);
    check_inlines(&inlines, 0).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    let plain = without_markup(&plain_text(&inlines));
    let input = without_markup(text);
    // Markup only ever removes characters (delimiters, escapes, link targets), never invents them;
    // and without a link (`](`) nothing but delimiters and escapes may go.
    assert!(is_subsequence(&plain, &input), "{text:?} gave {inlines:?}");
    if !text.contains("](") {
        assert_eq!(plain, input, "{text:?} lost text: {inlines:?}");
    }
    // Deterministic.
    assert_eq!(parse_inline(text), inlines);
});
