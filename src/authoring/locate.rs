//! Finds the text of a JSON path (as the validator writes it) in a JSON document.
//!
//! serde_json keeps no positions, so this is a small scanner over the text that walks down the
//! path: into the last member whose key matches (the one `serde_json` keeps) or the element at
//! an index. What cannot be found (a missing field) is located at the nearest enclosing value.

use std::ops::Range;

/// A byte range in the JSON text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// An empty span at `at`.
    pub fn at(at: usize) -> Self {
        Span { start: at, end: at }
    }

    fn from(range: Range<usize>) -> Self {
        Span {
            start: range.start,
            end: range.end,
        }
    }
}

/// Where the value at `path` is written in `text`: for a member, its key and (if it is not an
/// object or array) its value; for an array element or the root, the value or its opening
/// bracket. An empty span at 0 when the text is not JSON.
pub fn locate(text: &str, path: &str) -> Span {
    let path = if path == "(root)" { "" } else { path };
    let mut scanner = Scanner { text, pos: 0 };
    scanner.skip_bom();
    scanner.ws();
    let start = scanner.pos;
    scanner
        .find(path, None)
        .map_or(Span::at(start), |found| found.span())
}

/// A value found on the way down: its key (for object members) and its text.
#[derive(Clone, Debug)]
struct Found {
    key: Option<Range<usize>>,
    value: Range<usize>,
    container: bool,
}

impl Found {
    fn span(&self) -> Span {
        match (&self.key, self.container) {
            (Some(key), true) => Span::from(key.clone()),
            (Some(key), false) => Span::from(key.start..self.value.end),
            // An object or array: its opening bracket, not the whole block.
            (None, true) => Span::from(self.value.start..self.value.start + 1),
            (None, false) => Span::from(self.value.clone()),
        }
    }
}

struct Scanner<'t> {
    text: &'t str,
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_bom(&mut self) {
        if self.text.starts_with('\u{feff}') {
            self.pos = '\u{feff}'.len_utf8();
        }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek() == Some(byte)).then(|| self.pos += 1)
    }

    /// At a value: finds `rest` of the path below it; the deepest value found when the path
    /// leads nowhere.
    fn find(&mut self, rest: &str, key: Option<Range<usize>>) -> Option<Found> {
        let start = self.pos;
        let container = matches!(self.peek()?, b'{' | b'[');
        if rest.is_empty() {
            self.skip_value()?;
            return Some(Found {
                key,
                value: start..self.pos,
                container,
            });
        }
        let here = Found {
            key,
            value: start..start + 1,
            container: true,
        };
        let below = match self.peek() {
            Some(b'{') => self.find_member(rest),
            Some(b'[') => self.find_element(rest),
            _ => None,
        };
        Some(below.unwrap_or(here))
    }

    fn find_member(&mut self, rest: &str) -> Option<Found> {
        self.eat(b'{')?;
        // (key, value start, rest of the path) of the best match so far: the longest key, and of
        // equal keys the last (the value serde_json keeps).
        let mut best: Option<(Range<usize>, usize, &str)> = None;
        self.ws();
        if self.eat(b'}').is_some() {
            return None;
        }
        loop {
            self.ws();
            let key_start = self.pos;
            let name = self.string()?;
            let key = key_start..self.pos;
            self.ws();
            self.eat(b':')?;
            self.ws();
            if let Some(after) = below_key(rest, &neutralised(&name)) {
                if best
                    .as_ref()
                    .is_none_or(|(_, _, best_after)| after.len() <= best_after.len())
                {
                    best = Some((key, self.pos, after));
                }
            }
            self.skip_value()?;
            self.ws();
            if self.eat(b',').is_none() {
                break;
            }
        }
        let (key, value_start, after) = best?;
        self.pos = value_start;
        self.find(after, Some(key))
    }

    fn find_element(&mut self, rest: &str) -> Option<Found> {
        let inner = rest.strip_prefix('[')?;
        let (digits, after) = inner.split_once(']')?;
        let wanted: usize = digits.parse().ok()?;
        let after = after.strip_prefix('.').unwrap_or(after);
        self.eat(b'[')?;
        self.ws();
        if self.eat(b']').is_some() {
            return None;
        }
        let mut index = 0;
        loop {
            self.ws();
            if index == wanted {
                return self.find(after, None);
            }
            self.skip_value()?;
            self.ws();
            self.eat(b',')?;
            index += 1;
        }
    }

    /// Skips one value (the text is well-formed JSON: the validator parsed it).
    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'{' | b'[' => {
                // Brackets inside strings are skipped with the strings.
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                // A number or a literal: up to the next delimiter.
                let len = self
                    .text
                    .get(self.pos..)?
                    .find(|c: char| matches!(c, ',' | '}' | ']') || c.is_ascii_whitespace())
                    .unwrap_or(self.text.len() - self.pos);
                self.pos += len;
                Some(())
            }
        }
    }

    /// Reads a string literal, decoding its escapes.
    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            let rest = self.text.get(self.pos..)?;
            let plain = rest.find(['"', '\\'])?;
            out.push_str(rest.get(..plain)?);
            self.pos += plain;
            if self.eat(b'"').is_some() {
                return Some(out);
            }
            self.pos += 1; // the backslash
            let escape = self.peek()?;
            self.pos += 1;
            match escape {
                b'u' => {
                    let unit = self.hex4()?;
                    let c = if (0xD800..0xDC00).contains(&unit)
                        && self.text.get(self.pos..)?.starts_with("\\u")
                    {
                        self.pos += 2;
                        let low = self.hex4()?;
                        char::from_u32(
                            0x10000 + ((unit - 0xD800) << 10) + (low.wrapping_sub(0xDC00)),
                        )
                    } else {
                        char::from_u32(unit)
                    };
                    out.push(c.unwrap_or('\u{fffd}'));
                }
                b'b' => out.push('\u{8}'),
                b'f' => out.push('\u{c}'),
                b'n' => out.push('\n'),
                b'r' => out.push('\r'),
                b't' => out.push('\t'),
                other => out.push(char::from(other)),
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.pos..self.pos + 4)?;
        self.pos += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}

/// The rest of `path` below the member `key`, if the path goes through it.
fn below_key<'p>(path: &'p str, key: &str) -> Option<&'p str> {
    let after = path.strip_prefix(key)?;
    if after.is_empty() || after.starts_with('[') {
        Some(after)
    } else {
        after.strip_prefix('.')
    }
}

/// A key as the validator writes it in paths: control and bidi formatting characters as
/// `\u{…}` escapes, cut after 100 characters (mirrors `model::validate`).
fn neutralised(key: &str) -> String {
    let mut out = String::new();
    for (i, c) in key.chars().enumerate() {
        if i == 100 {
            out.push('…');
            break;
        }
        let bidi = matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if c.is_control() || bidi {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}
