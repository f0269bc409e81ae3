//! A JSON number as problems name it: written as JavaScript's `String(n)` writes it, so a message
//! reads the same from the command line, the browser and Node.
//!
//! Integers print themselves. For a fraction, the card's wasm module asks JavaScript: Rust's
//! shortest float formatting (which `serde_json`'s `Display` uses) cost the module 1.9 KB brotli
//! for this one message (bench/README.md, decision records). Other builds lay Rust's shortest
//! digits out by ECMAScript's rules (`Number::toString`), which the CLI's tests hold to Node's.

use serde_json::Number;

/// `n` as JavaScript's `String(n)` writes it: `42`, `1.5`, `1e+21`, `1.8446744073709552e+19`.
pub(crate) fn number_text(n: &Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    n.as_f64().map(float_text).unwrap_or_default()
}

/// A finite float as JavaScript writes it, from the JavaScript that runs the module.
#[cfg(all(target_arch = "wasm32", feature = "wasm-module"))]
fn float_text(f: f64) -> String {
    js_sys::Number::from(f)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

/// A finite float as JavaScript writes it: Rust's shortest round-trip digits (`{:e}`), laid out
/// as ECMAScript's `Number::toString(x)` lays out the digits `s` (`k` of them) of `x = s × 10^(n−k)`.
#[cfg(not(all(target_arch = "wasm32", feature = "wasm-module")))]
fn float_text(f: f64) -> String {
    if f == 0.0 {
        return "0".to_owned(); // -0 too, as in JavaScript
    }
    let scientific = format!("{:e}", f.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = i64::try_from(digits.len()).unwrap_or(i64::MAX);
    let n = exponent.parse::<i64>().unwrap_or(0) + 1;
    let sign = if f < 0.0 { "-" } else { "" };
    let zeros = |count: i64| "0".repeat(usize::try_from(count).unwrap_or(0));
    let laid_out = if k <= n && n <= 21 {
        format!("{digits}{}", zeros(n - k))
    } else if 0 < n && n <= 21 {
        let (whole, fraction) = digits.split_at(usize::try_from(n).unwrap_or(0));
        format!("{whole}.{fraction}")
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", zeros(-n))
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let point = if rest.is_empty() { "" } else { "." };
        let e = n - 1;
        let e_sign = if e < 0 { "-" } else { "+" };
        format!("{first}{point}{rest}e{e_sign}{}", e.abs())
    };
    format!("{sign}{laid_out}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(f: f64) -> String {
        number_text(&Number::from_f64(f).unwrap_or_else(|| 0.into()))
    }

    /// What `String(x)` gives in JavaScript (Node 20), for each layout ECMAScript has.
    #[test]
    fn floats_read_as_javascript_writes_them() {
        for (value, javascript) in [
            (1.5, "1.5"),
            (-2.25, "-2.25"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0, "1"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123_456_789_012_345_680_000.0, "123456789012345680000"),
            (1.844_674_407_370_955_2e19, "18446744073709552000"),
            (1.5e300, "1.5e+300"),
            (0.000_001, "0.000001"),
            (0.000_001_5, "0.0000015"),
            (1e-7, "1e-7"),
            (-1.25e-7, "-1.25e-7"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (-0.0, "0"),
            (12.0e0 / 7.0, "1.7142857142857142"),
        ] {
            assert_eq!(text(value), javascript, "{value:e}");
        }
    }

    #[test]
    fn integers_print_themselves() {
        assert_eq!(number_text(&Number::from(-3)), "-3");
        assert_eq!(number_text(&Number::from(u64::MAX)), "18446744073709551615");
    }
}
