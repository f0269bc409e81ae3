//! The contract's tiny inline markup (`*emphasis*`, `**strong**`, `[label](url)`) and the link
//! sanitiser that decides which URLs may become links.
//!
//! Everything else is literal text: the output is a tree of text nodes that the view renders as
//! DOM text, so nothing here can ever become HTML.

/// A piece of inline content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    /// Literal text.
    Text(String),
    /// `*emphasis*`.
    Emphasis(Vec<Inline>),
    /// `**strong**`.
    Strong(Vec<Inline>),
    /// `[label](href)` whose href passed [`safe_href`].
    Link {
        /// The sanitised target.
        href: String,
        /// The label's content.
        children: Vec<Inline>,
    },
}

/// Outcome of checking a URL for use as a link target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkCheck {
    /// Safe to use; the value is the URL with stray whitespace and control characters removed.
    Allowed(String),
    /// Nothing but whitespace.
    Empty,
    /// A scheme other than http, https or mailto, or a form a browser could read as one.
    Refused,
}

/// Longest URL accepted inside inline markup, which bounds the work a malformed link can cause.
const MAX_URL_CHARS: usize = 2048;
/// Deepest nesting of emphasis, strong and links; deeper markers stay literal text.
const MAX_DEPTH: usize = 4;

/// Checks a URL the way a browser would read it: only `http:`, `https:`, `mailto:` and relative
/// URLs are allowed, whatever case, whitespace or control characters hide the scheme.
pub fn safe_href(url: &str) -> LinkCheck {
    // Browsers strip leading/trailing C0 controls and spaces, and drop tabs and newlines anywhere,
    // so `java\tscript:` is `javascript:` to them: normalise the same way before looking.
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.is_empty() {
        return LinkCheck::Empty;
    }
    if cleaned.chars().any(|c| c.is_control()) {
        return LinkCheck::Refused;
    }
    let head_end = cleaned.find(['/', '?', '#']).unwrap_or(cleaned.len());
    let head = cleaned.get(..head_end).unwrap_or("");
    match head.split_once(':') {
        Some((scheme, _)) => {
            let scheme = scheme.to_ascii_lowercase();
            if matches!(scheme.as_str(), "http" | "https" | "mailto") {
                LinkCheck::Allowed(cleaned)
            } else {
                LinkCheck::Refused
            }
        }
        // `&` before the first `/` could be an entity-encoded colon (`javascript&colon;…`) in a
        // copy that is later pasted into HTML, so such heads are refused rather than guessed at.
        None if head.contains('&') || head.contains('\\') => LinkCheck::Refused,
        None => LinkCheck::Allowed(cleaned),
    }
}

/// Parses inline markup; unmatched markers and unsafe links come back as literal text.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    // Most prose has no marker at all: it is one text node, without the parser's per-character
    // tables (building them for plain paragraphs took a tenth of a batch render's time).
    if !text.bytes().any(|b| matches!(b, b'*' | b'[' | b'\\')) {
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![Inline::Text(text.to_owned())]
        };
    }
    full_parse(text)
}

/// The parser proper, for text that holds at least one marker.
fn full_parse(text: &str) -> Vec<Inline> {
    let parser = Parser::new(text);
    let mut out = Vec::new();
    parser.parse_range(0, parser.chars.len(), 0, true, &mut out);
    out
}

/// Plain text of inline content, as a reader sees it (used for checks and accessible names).
pub fn plain_text(inlines: &[Inline]) -> String {
    fn walk(inlines: &[Inline], out: &mut String) {
        for inline in inlines {
            match inline {
                Inline::Text(t) => out.push_str(t),
                Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                    walk(c, out)
                }
            }
        }
    }
    let mut out = String::new();
    walk(inlines, &mut out);
    out
}

struct Parser {
    /// The text's characters; `true` marks a character made literal by a backslash.
    chars: Vec<(char, bool)>,
    /// Start of every `*` run that can close emphasis, sorted.
    em_closers: Vec<usize>,
    /// Start of every `**` run that can close strong, sorted.
    strong_closers: Vec<usize>,
    /// For each position, the next `](` at or after it.
    next_link_middle: Vec<Option<usize>>,
    /// For each position where a link URL could start, the `)` that would close it: the first one
    /// not matched by a `(` after the start.
    url_close: Vec<Option<usize>>,
    /// For each position, the next whitespace character at or after it (the text's length if none).
    next_space: Vec<usize>,
}

impl Parser {
    fn new(text: &str) -> Self {
        let mut chars = Vec::with_capacity(text.len());
        let mut it = text.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\\' {
                if let Some(&next) = it.peek() {
                    if matches!(next, '*' | '[' | ']' | '(' | ')' | '\\') {
                        it.next();
                        chars.push((next, true));
                        continue;
                    }
                }
            }
            chars.push((c, false));
        }
        let mut parser = Self {
            chars,
            em_closers: Vec::new(),
            strong_closers: Vec::new(),
            next_link_middle: Vec::new(),
            url_close: Vec::new(),
            next_space: Vec::new(),
        };
        let mut i = 0;
        while i < parser.chars.len() {
            let run = parser.star_run(i);
            if run == 0 {
                i += 1;
                continue;
            }
            if parser.can_close(i) {
                match run {
                    1 => parser.em_closers.push(i),
                    2 => parser.strong_closers.push(i),
                    _ => {}
                }
            }
            i += run;
        }
        // The link tables are only read at an unescaped `[`: emphasis alone needs none of them.
        if !parser.chars.contains(&('[', false)) {
            return parser;
        }
        let mut next = None;
        parser.next_link_middle = vec![None; parser.chars.len() + 1];
        for i in (0..parser.chars.len()).rev() {
            if parser.is(i, ']') && parser.is(i + 1, '(') {
                next = Some(i);
            }
            if let Some(slot) = parser.next_link_middle.get_mut(i) {
                *slot = next;
            }
        }
        parser.url_close = parser.url_closes();
        parser.next_space = vec![parser.chars.len(); parser.chars.len() + 1];
        for i in (0..parser.chars.len()).rev() {
            let next = match parser.chars.get(i) {
                Some((c, false)) if c.is_whitespace() => i,
                _ => parser.next_space.get(i + 1).copied().unwrap_or(i + 1),
            };
            if let Some(slot) = parser.next_space.get_mut(i) {
                *slot = next;
            }
        }
        parser
    }

    /// [`Parser::url_close`] for every position, in linear time (a scan per link would be
    /// quadratic on text such as thousands of `[` before one unclosed `](…`).
    ///
    /// With `depth[k]` the number of unescaped `(` minus `)` before position `k`, the URL starting
    /// at `s` closes at the first `)` where the depth drops below `depth[s]`: the next smaller
    /// value, found for all positions with one stack.
    fn url_closes(&self) -> Vec<Option<usize>> {
        let mut close = vec![None; self.chars.len() + 1];
        let mut waiting: Vec<(usize, i64)> = Vec::new();
        let mut depth = 0i64;
        for k in 0..=self.chars.len() {
            while let Some(&(start, start_depth)) = waiting.last() {
                if start_depth <= depth {
                    break;
                }
                // The depth fell at `k`, so the character before it is the closing `)`.
                if let Some(slot) = close.get_mut(start) {
                    *slot = Some(k - 1);
                }
                waiting.pop();
            }
            waiting.push((k, depth));
            if self.is(k, '(') {
                depth += 1;
            } else if self.is(k, ')') {
                depth -= 1;
            }
        }
        close
    }

    /// An unescaped `c` at position `i`.
    fn is(&self, i: usize, c: char) -> bool {
        self.chars.get(i) == Some(&(c, false))
    }

    fn star_run(&self, i: usize) -> usize {
        if i > 0 && self.is(i - 1, '*') {
            return 0;
        }
        let mut n = 0;
        while self.is(i + n, '*') {
            n += 1;
        }
        n
    }

    fn can_open(&self, i: usize, run: usize) -> bool {
        self.chars
            .get(i + run)
            .is_some_and(|(c, _)| !c.is_whitespace())
    }

    fn can_close(&self, i: usize) -> bool {
        i > 0
            && self
                .chars
                .get(i - 1)
                .is_some_and(|(c, _)| !c.is_whitespace())
    }

    fn text(&self, from: usize, to: usize) -> String {
        self.chars
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .map(|(c, _)| *c)
            .collect()
    }

    /// Parses `chars[start..end]` into `out`.
    fn parse_range(
        &self,
        start: usize,
        end: usize,
        depth: usize,
        links: bool,
        out: &mut Vec<Inline>,
    ) {
        let mut literal_from = start;
        let mut i = start;
        while i < end {
            let mut consumed = None;
            if depth < MAX_DEPTH {
                let run = self.star_run(i);
                if (run == 1 || run == 2) && self.can_open(i, run) {
                    let closers = if run == 1 {
                        &self.em_closers
                    } else {
                        &self.strong_closers
                    };
                    let at = closers.partition_point(|&p| p <= i + run);
                    if let Some(&close) = closers.get(at) {
                        if close + run <= end {
                            let mut children = Vec::new();
                            self.parse_range(i + run, close, depth + 1, links, &mut children);
                            let node = if run == 1 {
                                Inline::Emphasis(children)
                            } else {
                                Inline::Strong(children)
                            };
                            consumed = Some((close + run, vec![node]));
                        }
                    }
                } else if links && self.is(i, '[') {
                    consumed = self.link(i, end, depth);
                }
            }
            match consumed {
                Some((next, nodes)) => {
                    push_text(out, self.text(literal_from, i));
                    for node in nodes {
                        match node {
                            Inline::Text(text) => push_text(out, text),
                            other => out.push(other),
                        }
                    }
                    i = next;
                    literal_from = i;
                }
                None => i += 1,
            }
        }
        push_text(out, self.text(literal_from, end));
    }

    /// A `[label](url)` starting at `open`: a link if the URL is safe, else its label alone.
    fn link(&self, open: usize, end: usize, depth: usize) -> Option<(usize, Vec<Inline>)> {
        let middle = (*self.next_link_middle.get(open + 1)?)?;
        // An empty label would be an invisible link: leave `[](…)` as the text it is.
        if middle >= end || middle == open + 1 {
            return None;
        }
        let url_start = middle + 2;
        // The URL runs to its closing `)`, within the range and the length limit, without spaces.
        let close = (*self.url_close.get(url_start)?)
            .filter(|&close| close < end && close < url_start + MAX_URL_CHARS)
            .filter(|&close| self.next_space.get(url_start).is_some_and(|&s| s > close))?;
        let mut children = Vec::new();
        self.parse_range(open + 1, middle, depth + 1, false, &mut children);
        let nodes = match safe_href(&self.text(url_start, close)) {
            LinkCheck::Allowed(href) => vec![Inline::Link { href, children }],
            // The label still carries meaning for the reader; only the unsafe target is dropped.
            LinkCheck::Empty | LinkCheck::Refused => children,
        };
        Some((close + 1, nodes))
    }
}

fn push_text(out: &mut Vec<Inline>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text(last)) = out.last_mut() {
        last.push_str(&text);
    } else {
        out.push(Inline::Text(text));
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests;
