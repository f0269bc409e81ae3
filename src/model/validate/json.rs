//! JSON text to a `serde_json::Value`, read exactly as `serde_json::from_str` reads it, noting
//! every key an object repeats.
//!
//! Hand-written rather than `serde_json`'s `Deserializer`, which with its table of powers of ten
//! made 5.6 KB brotli of the wasm card (90.1 → 84.5 KB): `serde_json` stays for its `Value` type
//! and for serialising. It accepts and rejects the same texts (RFC 8259, strict), builds the same
//! values (integers as `u64`/`i64` when they fit, other numbers by `serde_json`'s default float
//! reading), stops at the same nesting depth (128), and fails with `serde_json`'s words at
//! `serde_json`'s line and column (columns count bytes; an error found on peeking at a byte points
//! at that byte, one found after reading it at the byte before the reader).
//! `tests/json_differential.rs` and `fuzz/fuzz_targets/json.rs` compare the two. [`positions`]
//! reads the same way and notes where each value and key is written, for the playground; it and
//! its bookkeeping are compiled out of the card's wasm.
//!
//! `serde_json` (like `JSON.parse`) silently keeps the last of two equal keys; other tools keep
//! the first, so a document with both means different things to different readers and the
//! validator reports the repeat instead of guessing.

use std::collections::HashSet;
use std::fmt;
#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
use std::ops::Range;

use serde_json::{Map, Number, Value};

use super::{child, index};

// `serde_json`'s error messages, word for word.
const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_VALUE: &str = "EOF while parsing a value";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_LIST_COMMA_OR_END: &str = "expected `,` or `]`";
const EXPECTED_OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
const EXPECTED_IDENT: &str = "expected ident";
const EXPECTED_VALUE: &str = "expected value";
const INVALID_ESCAPE: &str = "invalid escape";
const INVALID_NUMBER: &str = "invalid number";
const NUMBER_OUT_OF_RANGE: &str = "number out of range";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const KEY_MUST_BE_A_STRING: &str = "key must be a string";
/// A `\u` escape of a trailing surrogate with no leading one before it, or a leading one followed
/// by an escape that is not a trailing one (`serde_json`'s name for both).
pub(crate) const LONE_LEADING_SURROGATE: &str = "lone leading surrogate in hex escape";
/// A `\u` escape of a leading surrogate not followed by a `\u` escape.
pub(crate) const UNEXPECTED_END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING_CHARACTERS: &str = "trailing characters";
const RECURSION_LIMIT_EXCEEDED: &str = "recursion limit exceeded";

/// Nesting depth at which `serde_json` gives up: 127 arrays or objects deep are read, 128 are not.
const RECURSION_LIMIT: u8 = 128;

/// Why JSON text was not read, and where: shown as `serde_json::Error` shows a syntax error,
/// `"{message} at line {line} column {column}"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    message: &'static str,
    line: usize,
    column: usize,
}

impl JsonError {
    /// What is wrong, in `serde_json`'s words (without the position).
    pub fn message(&self) -> &'static str {
        self.message
    }

    /// Line of the error, from 1.
    pub fn line(&self) -> usize {
        self.line
    }

    /// Column of the error in bytes: the bytes of its line up to and including the offending one
    /// (0 when the error is at the start of a line, such as an end of input after a line break).
    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for JsonError {}

/// Parses `text` as one JSON value, as `serde_json::from_str::<Value>` does.
pub fn value_from_str(text: &str) -> Result<Value, JsonError> {
    from_str(text).map(|(value, _)| value)
}

/// Parses `text` as one JSON value; the second result is the path of every repeated key, in the
/// order found (each path once).
pub(super) fn from_str(text: &str) -> Result<(Value, Vec<String>), JsonError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        index: 0,
        remaining_depth: RECURSION_LIMIT,
        repeated: Vec::new(),
        powers_of_ten: Vec::new(),
        #[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
        positions: None,
    };
    let value = parser.value(&At::Root)?;
    if parser.whitespace().is_some() {
        return Err(parser.peek_error(TRAILING_CHARACTERS));
    }
    Ok((value, parser.repeated))
}

/// Where a value is written in JSON text: what the playground puts the cursor on.
#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    /// The value's path as problems name it (`sections[1].title`; empty for the whole text).
    pub path: String,
    /// How many keys and indexes lead to the value (0 for the whole text).
    pub depth: usize,
    /// Byte range of the member's key, quotes included, for a value in an object.
    pub key: Option<Range<usize>>,
    /// Byte range of the value's text.
    pub value: Range<usize>,
}

/// Reads `text` as [`from_str`] does and returns where each value is, each after the values in
/// it, and each key with its value. Only authoring builds have it: the card never asks, and its
/// wasm module stays as it was.
#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
pub fn positions(text: &str) -> Result<Vec<Position>, JsonError> {
    // As in `from_str`, not shared through a constructor: that made the card's module 136
    // bytes larger.
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        index: 0,
        remaining_depth: RECURSION_LIMIT,
        repeated: Vec::new(),
        powers_of_ten: Vec::new(),
        positions: Some(Vec::new()),
    };
    parser.value(&At::Root)?;
    if parser.whitespace().is_some() {
        return Err(parser.peek_error(TRAILING_CHARACTERS));
    }
    Ok(parser.positions.unwrap_or_default())
}

/// Where a value sits; turned into a path string only when a repeated key is found.
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    fn path(&self) -> String {
        match self {
            At::Root => String::new(),
            At::Key(parent, key) => child(&parent.path(), key),
            At::Index(parent, i) => index(&parent.path(), *i),
        }
    }

    #[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
    fn depth(&self) -> usize {
        match self {
            At::Root => 0,
            At::Key(parent, _) | At::Index(parent, _) => parent.depth() + 1,
        }
    }
}

/// The reader: `serde_json`'s `Deserializer` over a `StrRead`, reduced to building a `Value`.
/// `index` moves as `serde_json`'s does, so that errors carry the same positions.
struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The next byte to read.
    index: usize,
    /// Arrays and objects that may still be opened, counting down from [`RECURSION_LIMIT`].
    remaining_depth: u8,
    repeated: Vec<String>,
    /// `10^0 ..= 10^308`, made when the first number with a fraction or exponent is read.
    powers_of_ten: Vec<f64>,
    /// Where each value is, when [`positions`] asks.
    #[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
    positions: Option<Vec<Position>>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek();
        if byte.is_some() {
            self.index += 1;
        }
        byte
    }

    /// An error about the byte just read: positioned at it (`serde_json`'s `error`).
    fn error(&self, message: &'static str) -> JsonError {
        self.error_at(self.index, message)
    }

    /// An error about the byte just peeked at (`serde_json`'s `peek_error`).
    fn peek_error(&self, message: &'static str) -> JsonError {
        self.error_at(self.bytes.len().min(self.index + 1), message)
    }

    /// `serde_json`'s position of the byte before `at`: line from 1, column in bytes from the
    /// start of the line (so 0 right after a line break).
    fn error_at(&self, at: usize, message: &'static str) -> JsonError {
        let before = self.bytes.get(..at).unwrap_or(self.bytes);
        let start_of_line = before
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map_or(0, |newline| newline + 1);
        let line = 1 + before
            .iter()
            .take(start_of_line)
            .filter(|&&byte| byte == b'\n')
            .count();
        JsonError {
            message,
            line,
            column: at.saturating_sub(start_of_line),
        }
    }

    /// Skips whitespace; returns the next byte without reading it.
    fn whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.index += 1;
        }
        self.peek()
    }

    /// Notes where the value just read for `at` is, when [`positions`] asks.
    #[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
    fn note(&mut self, at: &At<'_>, start: usize) {
        if let Some(positions) = &mut self.positions {
            positions.push(Position {
                path: at.path(),
                depth: at.depth(),
                key: None,
                value: start..self.index,
            });
        }
    }

    fn value(&mut self, at: &At<'_>) -> Result<Value, JsonError> {
        let Some(peek) = self.whitespace() else {
            return Err(self.peek_error(EOF_VALUE));
        };
        #[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
        let start = self.index;
        let read = match peek {
            b'n' => {
                self.index += 1;
                self.ident(b"ull").map(|()| Value::Null)
            }
            b't' => {
                self.index += 1;
                self.ident(b"rue").map(|()| Value::Bool(true))
            }
            b'f' => {
                self.index += 1;
                self.ident(b"alse").map(|()| Value::Bool(false))
            }
            b'-' => {
                self.index += 1;
                self.integer(false)
            }
            b'0'..=b'9' => self.integer(true),
            b'"' => {
                self.index += 1;
                self.string().map(Value::String)
            }
            b'[' | b'{' => {
                self.remaining_depth = self.remaining_depth.saturating_sub(1);
                if self.remaining_depth == 0 {
                    return Err(self.peek_error(RECURSION_LIMIT_EXCEEDED));
                }
                self.index += 1;
                let value = if peek == b'[' {
                    self.array(at)
                } else {
                    self.object(at)
                };
                self.remaining_depth += 1;
                value
            }
            _ => Err(self.peek_error(EXPECTED_VALUE)),
        };
        #[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
        self.note(at, start);
        read
    }

    fn ident(&mut self, rest: &[u8]) -> Result<(), JsonError> {
        for &expected in rest {
            match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(byte) if byte != expected => return Err(self.error(EXPECTED_IDENT)),
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// After `[`.
    fn array(&mut self, at: &At<'_>) -> Result<Value, JsonError> {
        let mut list = Vec::new();
        loop {
            let Some(peek) = self.whitespace() else {
                return Err(self.peek_error(EOF_LIST));
            };
            if peek == b']' {
                self.index += 1;
                return Ok(Value::Array(list));
            }
            if !list.is_empty() {
                if peek != b',' {
                    return Err(self.peek_error(EXPECTED_LIST_COMMA_OR_END));
                }
                self.index += 1;
                match self.whitespace() {
                    Some(b']') => return Err(self.peek_error(TRAILING_COMMA)),
                    Some(_) => {}
                    None => return Err(self.peek_error(EOF_VALUE)),
                }
            }
            let value = self.value(&At::Index(at, list.len()))?;
            list.push(value);
        }
    }

    /// After `{`.
    fn object(&mut self, at: &At<'_>) -> Result<Value, JsonError> {
        let mut object = Map::new();
        // Keys of this object already reported, so a key given three times is reported once.
        let mut reported = HashSet::new();
        let mut first = true;
        loop {
            let Some(peek) = self.whitespace() else {
                return Err(self.peek_error(EOF_OBJECT));
            };
            if peek == b'}' {
                self.index += 1;
                return Ok(Value::Object(object));
            }
            if first {
                first = false;
                if peek != b'"' {
                    return Err(self.peek_error(KEY_MUST_BE_A_STRING));
                }
            } else if peek == b',' {
                self.index += 1;
                match self.whitespace() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.peek_error(TRAILING_COMMA)),
                    Some(_) => return Err(self.peek_error(KEY_MUST_BE_A_STRING)),
                    None => return Err(self.peek_error(EOF_VALUE)),
                }
            } else {
                return Err(self.peek_error(EXPECTED_OBJECT_COMMA_OR_END));
            }
            #[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
            let key_start = self.index;
            self.index += 1;
            let key = self.string()?;
            #[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
            let key_span = key_start..self.index;
            match self.whitespace() {
                Some(b':') => self.index += 1,
                Some(_) => return Err(self.peek_error(EXPECTED_COLON)),
                None => return Err(self.peek_error(EOF_OBJECT)),
            }
            let here = At::Key(at, &key);
            let value = self.value(&here)?;
            // The value's own position is the last one noted: those inside it come before.
            #[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
            if let Some(Some(position)) = self.positions.as_mut().map(|p| p.last_mut()) {
                position.key = Some(key_span);
            }
            if object.contains_key(&key) && reported.insert(key.clone()) {
                self.repeated.push(here.path());
            }
            // The last value wins, in the first one's place, as in `serde_json` and `JSON.parse`;
            // the repeat is an error anyway.
            object.insert(key, value);
        }
    }

    /// After the opening `"`.
    fn string(&mut self) -> Result<String, JsonError> {
        let mut out = String::new();
        let mut start = self.index;
        loop {
            // One scan over the slice rather than a `peek` per byte: the wasm, built for size,
            // calls `peek` instead of inlining it, and strings are most of a document's bytes.
            let rest = self.bytes.get(self.index..).unwrap_or_default();
            self.index += rest
                .iter()
                .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
                .unwrap_or(rest.len());
            // Runs end at ASCII bytes, so they are whole UTF-8 sequences of the `&str`.
            let run = self.text.get(start..self.index).unwrap_or_default();
            match self.next() {
                None => return Err(self.error(EOF_STRING)),
                Some(b'"') => {
                    out.push_str(run);
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(run);
                    self.escape(&mut out)?;
                    start = self.index;
                }
                Some(_) => return Err(self.error(CONTROL_CHARACTER)),
            }
        }
    }

    /// After a `\` in a string.
    fn escape(&mut self, out: &mut String) -> Result<(), JsonError> {
        let unescaped = match self.next() {
            None => return Err(self.error(EOF_STRING)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(out),
            Some(_) => return Err(self.error(INVALID_ESCAPE)),
        };
        out.push(unescaped);
        Ok(())
    }

    /// After `\u`: one character, or a surrogate pair as one character.
    fn unicode_escape(&mut self, out: &mut String) -> Result<(), JsonError> {
        let first = self.hex_escape()?;
        let code = match first {
            0xDC00..=0xDFFF => return Err(self.error(LONE_LEADING_SURROGATE)),
            0xD800..=0xDBFF => {
                for expected in [b'\\', b'u'] {
                    match self.next() {
                        None => return Err(self.error(EOF_STRING)),
                        Some(byte) if byte != expected => {
                            return Err(self.error(UNEXPECTED_END_OF_HEX_ESCAPE))
                        }
                        Some(_) => {}
                    }
                }
                let second = self.hex_escape()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error(LONE_LEADING_SURROGATE));
                }
                ((u32::from(first - 0xD800) << 10) | u32::from(second - 0xDC00)) + 0x1_0000
            }
            _ => u32::from(first),
        };
        // Always a scalar value: surrogates are paired above.
        out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
        Ok(())
    }

    /// The four hex digits of a `\u` escape.
    fn hex_escape(&mut self) -> Result<u16, JsonError> {
        let Some(digits) = self.bytes.get(self.index..self.index + 4) else {
            self.index = self.bytes.len();
            return Err(self.error(EOF_STRING));
        };
        self.index += 4;
        let mut code = 0;
        for &digit in digits {
            let Some(value) = char::from(digit).to_digit(16) else {
                return Err(self.error(INVALID_ESCAPE));
            };
            code = (code << 4) | value as u16;
        }
        Ok(code)
    }

    // Numbers, as `serde_json` reads them without its `arbitrary_precision` and `float_roundtrip`
    // features: digits into a `u64` significand (later digits only scale it), then one
    // multiplication or division by a power of ten.

    /// After the sign, if any.
    fn integer(&mut self, positive: bool) -> Result<Value, JsonError> {
        let Some(first) = self.next() else {
            return Err(self.error(EOF_VALUE));
        };
        match first {
            b'0' => {
                // There can be only one leading '0'.
                if self.peek_or_null().is_ascii_digit() {
                    return Err(self.peek_error(INVALID_NUMBER));
                }
                self.number(positive, 0)
            }
            b'1'..=b'9' => {
                let mut significand = u64::from(first - b'0');
                loop {
                    let byte = self.peek_or_null();
                    if !byte.is_ascii_digit() {
                        return self.number(positive, significand);
                    }
                    let digit = u64::from(byte - b'0');
                    if overflows(significand, digit, u64::MAX) {
                        return self.long_integer(positive, significand).map(float);
                    }
                    self.index += 1;
                    significand = significand * 10 + digit;
                }
            }
            _ => Err(self.error(INVALID_NUMBER)),
        }
    }

    fn number(&mut self, positive: bool, significand: u64) -> Result<Value, JsonError> {
        match self.peek_or_null() {
            b'.' => self.decimal(positive, significand, 0).map(float),
            b'e' | b'E' => self.exponent(positive, significand, 0).map(float),
            _ if positive => Ok(Value::Number(significand.into())),
            _ => {
                let negative = (significand as i64).wrapping_neg();
                // A float when below `i64::MIN`, and for `-0`.
                Ok(if negative >= 0 {
                    float(-(significand as f64))
                } else {
                    Value::Number(negative.into())
                })
            }
        }
    }

    /// At the `.`.
    fn decimal(
        &mut self,
        positive: bool,
        mut significand: u64,
        before: i32,
    ) -> Result<f64, JsonError> {
        self.index += 1;
        let mut after: i32 = 0;
        while let byte @ b'0'..=b'9' = self.peek_or_null() {
            let digit = u64::from(byte - b'0');
            if overflows(significand, digit, u64::MAX) {
                return self.decimal_overflow(positive, significand, before.saturating_add(after));
            }
            self.index += 1;
            significand = significand * 10 + digit;
            after = after.saturating_sub(1);
        }
        // At least one digit after the point.
        if after == 0 {
            return Err(match self.peek() {
                Some(_) => self.peek_error(INVALID_NUMBER),
                None => self.peek_error(EOF_VALUE),
            });
        }
        let exponent = before.saturating_add(after);
        match self.peek_or_null() {
            b'e' | b'E' => self.exponent(positive, significand, exponent),
            _ => self.scaled(positive, significand, exponent),
        }
    }

    /// At the `e` or `E`.
    fn exponent(&mut self, positive: bool, significand: u64, start: i32) -> Result<f64, JsonError> {
        self.index += 1;
        let positive_exponent = match self.peek_or_null() {
            b'+' => {
                self.index += 1;
                true
            }
            b'-' => {
                self.index += 1;
                false
            }
            _ => true,
        };
        let mut exponent = match self.next() {
            None => return Err(self.error(EOF_VALUE)),
            Some(byte @ b'0'..=b'9') => i32::from(byte - b'0'),
            Some(_) => return Err(self.error(INVALID_NUMBER)),
        };
        while let byte @ b'0'..=b'9' = self.peek_or_null() {
            self.index += 1;
            let digit = i32::from(byte - b'0');
            if overflows_i32(exponent, digit) {
                // Infinity is an error; zero and tiny numbers are zero.
                if significand != 0 && positive_exponent {
                    return Err(self.error(NUMBER_OUT_OF_RANGE));
                }
                while self.peek_or_null().is_ascii_digit() {
                    self.index += 1;
                }
                return Ok(if positive { 0.0 } else { -0.0 });
            }
            exponent = exponent * 10 + digit;
        }
        let exponent = if positive_exponent {
            start.saturating_add(exponent)
        } else {
            start.saturating_sub(exponent)
        };
        self.scaled(positive, significand, exponent)
    }

    /// An integer part too long for a `u64`: its further digits only scale the significand.
    fn long_integer(&mut self, positive: bool, significand: u64) -> Result<f64, JsonError> {
        let mut exponent: i32 = 0;
        loop {
            match self.peek_or_null() {
                b'0'..=b'9' => {
                    self.index += 1;
                    exponent = exponent.saturating_add(1);
                }
                b'.' => return self.decimal(positive, significand, exponent),
                b'e' | b'E' => return self.exponent(positive, significand, exponent),
                _ => return self.scaled(positive, significand, exponent),
            }
        }
    }

    /// Fraction digits beyond what a `u64` holds are ignored.
    fn decimal_overflow(
        &mut self,
        positive: bool,
        significand: u64,
        exponent: i32,
    ) -> Result<f64, JsonError> {
        while self.peek_or_null().is_ascii_digit() {
            self.index += 1;
        }
        match self.peek_or_null() {
            b'e' | b'E' => self.exponent(positive, significand, exponent),
            _ => self.scaled(positive, significand, exponent),
        }
    }

    fn scaled(
        &mut self,
        positive: bool,
        significand: u64,
        mut exponent: i32,
    ) -> Result<f64, JsonError> {
        if self.powers_of_ten.is_empty() {
            self.powers_of_ten = powers_of_ten();
        }
        let mut f = significand as f64;
        loop {
            if let Some(&pow) = self.powers_of_ten.get(exponent.unsigned_abs() as usize) {
                if exponent >= 0 {
                    f *= pow;
                    if f.is_infinite() {
                        return Err(self.error(NUMBER_OUT_OF_RANGE));
                    }
                } else {
                    f /= pow;
                }
                break;
            }
            if f == 0.0 {
                break;
            }
            if exponent >= 0 {
                return Err(self.error(NUMBER_OUT_OF_RANGE));
            }
            f /= 1e308;
            exponent += 308;
        }
        Ok(if positive { f } else { -f })
    }
}

/// Whether `value * 10 + digit` exceeds `max`.
fn overflows(value: u64, digit: u64, max: u64) -> bool {
    value >= max / 10 && (value > max / 10 || digit > max % 10)
}

fn overflows_i32(value: i32, digit: i32) -> bool {
    value >= i32::MAX / 10 && (value > i32::MAX / 10 || digit > i32::MAX % 10)
}

/// A float as `serde_json` stores it (never NaN or infinite here).
fn float(f: f64) -> Value {
    Number::from_f64(f).map_or(Value::Null, Value::Number)
}

/// `10^0 ..= 10^308`, each the nearest `f64` (as `serde_json`'s table of literals `1e0 ..=
/// 1e308`), computed rather than stored: the stored table was 2.4 KB brotli of the wasm. `10^n`
/// is `5^n * 2^n`; `5^n` is kept exactly in 32-bit limbs (least significant first), rounded to 53
/// bits (to nearest, ties to even) and scaled by `2^n`, which is exact.
fn powers_of_ten() -> Vec<f64> {
    let mut five = vec![1_u32];
    let mut powers = Vec::with_capacity(309);
    for n in 0..309 {
        powers.push(nearest_f64(&five, n));
        let mut carry = 0;
        for limb in &mut five {
            let product = u64::from(*limb) * 5 + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry != 0 {
            five.push(carry as u32);
        }
    }
    powers
}

/// The `f64` nearest to `limbs * 2^scale` (a positive integer whose top limb is not zero).
fn nearest_f64(limbs: &[u32], scale: i32) -> f64 {
    // The top four limbs (at least 97 significant bits when there are more limbs) and whether
    // any bit below them is set.
    let dropped = limbs.len().saturating_sub(4);
    let (low, high) = limbs.split_at(dropped);
    let window = high
        .iter()
        .rev()
        .fold(0_u128, |window, &limb| (window << 32) | u128::from(limb));
    let sticky = low.iter().any(|&limb| limb != 0);
    let shift = (128 - window.leading_zeros()).saturating_sub(53);
    let mut mantissa = (window >> shift) as u64;
    if shift > 0 {
        let rest = window & ((1 << shift) - 1);
        let half = 1 << (shift - 1);
        if rest > half || (rest == half && (sticky || mantissa & 1 == 1)) {
            mantissa += 1;
        }
    }
    // `mantissa` (at most 2^53, exact as an `f64`) times a power of two within range.
    let exponent = scale + shift as i32 + 32 * dropped as i32;
    mantissa as f64 * f64::from_bits(((1023 + exponent) as u64) << 52)
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests;
