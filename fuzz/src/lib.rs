//! Checks shared by the fuzz targets: the output rules of `tests/common/safety.rs` (the same ones
//! the property tests apply) and the invariants of parsed inline markup.

use exec_summary::markup::{safe_href, Inline, LinkCheck};

// The shared helpers gate a CLI module on the main crate's features, which this crate lacks.
#[allow(unexpected_cfgs)]
#[path = "../../tests/common/mod.rs"]
mod common;

pub use common::safety::{check_card, href_allowed};

/// Checks every link in parsed inline markup: its href is one `safe_href` allows unchanged
/// (idempotent) and one a browser resolves to an allowed scheme; nesting stays bounded.
pub fn check_inlines(inlines: &[Inline], depth: usize) -> Result<(), String> {
    if depth > 5 {
        return Err(format!("inline markup nested {depth} deep"));
    }
    for inline in inlines {
        match inline {
            Inline::Text(text) if text.is_empty() => return Err("an empty text node".to_owned()),
            Inline::Text(_) => {}
            Inline::Emphasis(children) | Inline::Strong(children) => {
                check_inlines(children, depth + 1)?
            }
            Inline::Link { href, children } => {
                check_href(href)?;
                check_inlines(children, depth + 1)?;
            }
        }
    }
    Ok(())
}

/// Checks a link target that passed `safe_href`.
pub fn check_href(href: &str) -> Result<(), String> {
    if safe_href(href) != LinkCheck::Allowed(href.to_owned()) {
        return Err(format!("safe_href is not idempotent on {href:?}"));
    }
    if !href_allowed(href) {
        return Err(format!("href outside the allowed schemes: {href:?}"));
    }
    if href.chars().any(char::is_control) {
        return Err(format!("control character in href {href:?}"));
    }
    Ok(())
}

/// `text` without the characters inline markup may consume as syntax.
pub fn without_markup(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '*' | '[' | ']' | '(' | ')' | '\\'))
        .collect()
}

/// Whether `needle`'s characters occur in `haystack` in order.
pub fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut hay = haystack.chars();
    needle.chars().all(|c| hay.any(|h| h == c))
}
