//! What a rendered card may contain: the elements and attributes the card's components write, and
//! link targets a browser would resolve to an allowed scheme. Shared by the property tests and the
//! fuzz targets (`fuzz/src/lib.rs` includes this module), so both hold the output to one rule.

use super::{decode_entities, start_tags};

/// Every element the card (static or interactive) and the error card write.
pub const ELEMENTS: &[&str] = &[
    "a", "article", "button", "cite", "code", "details", "div", "em", "footer", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "li", "p", "span", "strong", "summary", "time", "ul",
];

/// Every attribute those elements carry.
pub const ATTRIBUTES: &[&str] = &[
    "aria-controls",
    "aria-labelledby",
    "class",
    "data-es-upgradable",
    "data-label-collapse",
    "data-label-expand",
    "data-status-collapsed",
    "data-status-expanded",
    "data-theme",
    "data-variant",
    "datetime",
    "dir",
    "href",
    "id",
    "lang",
    "open",
    "part",
    "role",
    "type",
];

/// Schemes a link may use; anything without a scheme is a relative URL.
pub const LINK_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Checks a card's HTML: known elements and attributes only (so no `script`, no `on*` handler,
/// no `style`), and every `href` resolving to an allowed scheme; the error names the first breach.
pub fn check_card(html: &str) -> Result<(), String> {
    if html.to_ascii_lowercase().contains("<script") {
        return Err("a <script> element".to_owned());
    }
    for tag in start_tags(html) {
        if !ELEMENTS.contains(&tag.name.as_str()) {
            return Err(format!("unknown element <{}>", tag.name));
        }
        for (name, value) in &tag.attrs {
            if !ATTRIBUTES.contains(&name.as_str()) {
                return Err(format!("unknown attribute `{name}` on <{}>", tag.name));
            }
            if name == "href" {
                let raw = value.as_deref().unwrap_or("");
                if !href_allowed(&decode_attribute(raw)) {
                    return Err(format!("href outside the allowed schemes: {raw:?}"));
                }
            }
        }
    }
    Ok(())
}

/// Whether a browser would resolve `href` (attribute value, entities decoded) to an allowed
/// scheme or a relative URL. Written from the WHATWG URL parser, independently of
/// `markup::safe_href`, so the two check each other.
pub fn href_allowed(href: &str) -> bool {
    // The URL parser strips leading and trailing C0 controls and spaces, and removes every tab and
    // newline before it looks for the scheme.
    let cleaned: String = href
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let mut chars = cleaned.char_indices();
    // Scheme start: an ASCII letter, then letters, digits, `+`, `-` or `.` up to a `:`.
    if !chars.next().is_some_and(|(_, c)| c.is_ascii_alphabetic()) {
        return true;
    }
    for (i, c) in chars {
        if c == ':' {
            let scheme = cleaned.get(..i).unwrap_or("").to_ascii_lowercase();
            return LINK_SCHEMES.contains(&scheme.as_str());
        }
        if !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
            return true;
        }
    }
    true
}

/// An attribute value as the browser reads it: numeric character references (`&#9;`, `&#x3A;`)
/// and the named ones the renderer writes decoded.
pub fn decode_attribute(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let (digits, radix) = match after.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (after, 10),
        };
        let len = digits
            .find(|c: char| !c.is_digit(radix))
            .unwrap_or(digits.len());
        match u32::from_str_radix(&digits[..len], radix)
            .ok()
            .and_then(char::from_u32)
        {
            Some(c) => {
                out.push(c);
                let tail = &digits[len..];
                rest = tail.strip_prefix(';').unwrap_or(tail);
            }
            None => {
                out.push_str("&#");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    decode_entities(&out)
}
