//! Finds the text of a JSON path (as the validator writes it) in a JSON document, from the
//! positions the crate's own JSON reader notes as it reads: the same reader as the validator's,
//! so paths, repeated keys and escapes agree by construction.

use std::collections::HashMap;
use std::ops::Range;

use crate::model::{json_positions, JsonError, JsonPosition};

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

/// Where the values of one JSON text are, read once for all the problems located in it.
pub struct Positions<'t> {
    text: &'t str,
    /// Length of a byte-order mark, which the reader (like the validator) does not see.
    bom: usize,
    /// By path: of two values with one path, the one fewer keys deep (`{"a.b": 1}` rather than
    /// `{"a": {"b": 2}}`), else the last (the one a repeated key keeps).
    by_path: Result<HashMap<String, JsonPosition>, JsonError>,
}

impl<'t> Positions<'t> {
    /// Reads `text`.
    pub fn read(text: &'t str) -> Self {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let by_path = json_positions(body).map(|positions| {
            let mut by_path: HashMap<String, JsonPosition> = HashMap::new();
            for position in positions {
                match by_path.get(&position.path) {
                    Some(kept) if kept.depth < position.depth => {}
                    _ => {
                        by_path.insert(position.path.clone(), position);
                    }
                }
            }
            by_path
        });
        Positions {
            text,
            bom: text.len() - body.len(),
            by_path,
        }
    }

    /// Where the value at `path` is written: for a member, its key and (if it is not an object or
    /// array) its value; for an array element or the root, the value or its opening bracket.
    /// A path that leads nowhere (a missing field) is located at the nearest value on the way;
    /// in text that is not JSON, everything is located at its first character.
    pub fn locate(&self, path: &str) -> Span {
        let path = if path == "(root)" { "" } else { path };
        let Ok(by_path) = &self.by_path else {
            let body = self.text.get(self.bom..).unwrap_or_default();
            let value = body.trim_start_matches([' ', '\t', '\n', '\r']);
            return self.character_at(self.bom + body.len() - value.len());
        };
        // The path itself, then each path it goes through, longest first.
        let cuts = path
            .char_indices()
            .filter(|&(_, c)| c == '.' || c == '[')
            .map(|(at, _)| at)
            .rev();
        let found = std::iter::once(path.len())
            .chain(cuts)
            .chain(std::iter::once(0))
            .find_map(|end| by_path.get(path.get(..end)?));
        let Some(found) = found else {
            return Span::at(self.bom);
        };
        let value = found.value.start + self.bom..found.value.end + self.bom;
        let key = found
            .key
            .as_ref()
            .map(|key| key.start + self.bom..key.end + self.bom);
        let container = self
            .text
            .get(value.clone())
            .is_some_and(|text| text.starts_with(['{', '[']));
        match (key, container) {
            (Some(key), true) => Span::from(key),
            (Some(key), false) => Span::from(key.start..value.end),
            // An object or array: its opening bracket, not the whole block.
            (None, true) => Span::from(value.start..value.start + 1),
            (None, false) => Span::from(value),
        }
    }

    /// Where the reader stopped in text that is not JSON: the character at the error's line and
    /// column (the end of the text if it cannot tell).
    pub fn syntax_error(&self) -> Option<Span> {
        let err = self.by_path.as_ref().err()?;
        let body = self.text.get(self.bom..).unwrap_or_default();
        let line_start = body
            .split_inclusive('\n')
            .take(err.line().saturating_sub(1))
            .map(str::len)
            .sum::<usize>();
        // Columns count bytes; step back onto a character boundary.
        let mut at = (self.bom + line_start + err.column().saturating_sub(1)).min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        Some(self.character_at(at))
    }

    /// The character at byte `at` (empty at the end of the text).
    fn character_at(&self, at: usize) -> Span {
        let end = self
            .text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map_or(at, |c| at + c.len_utf8());
        Span { start: at, end }
    }
}

/// [`Positions::locate`] for one path.
pub fn locate(text: &str, path: &str) -> Span {
    Positions::read(text).locate(path)
}
