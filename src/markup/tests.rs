//! Inline markup and the link sanitiser, driven by small input/output tables.

use super::*;

fn text(s: &str) -> Inline {
    Inline::Text(s.to_owned())
}

fn em(children: Vec<Inline>) -> Inline {
    Inline::Emphasis(children)
}

fn strong(children: Vec<Inline>) -> Inline {
    Inline::Strong(children)
}

fn link(href: &str, children: Vec<Inline>) -> Inline {
    Inline::Link {
        href: href.to_owned(),
        children,
    }
}

/// Asserts that `input` parses to exactly `expected`.
fn check(input: &str, expected: Vec<Inline>) {
    assert_eq!(parse_inline(input), expected, "parse of {input:?}");
}

/// Asserts that `input` is all literal text, unchanged.
fn literal(input: &str) {
    check(input, vec![text(input)]);
}

/// True if any node in the tree is a link.
fn has_link(inlines: &[Inline]) -> bool {
    inlines.iter().any(|inline| match inline {
        Inline::Link { .. } => true,
        Inline::Emphasis(c) | Inline::Strong(c) => has_link(c),
        Inline::Text(_) => false,
    })
}

/// Deepest nesting of emphasis, strong and links.
fn depth(inlines: &[Inline]) -> usize {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(_) => 0,
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                1 + depth(c)
            }
        })
        .max()
        .unwrap_or(0)
}

/// Asserts that `url` is refused both as an href and inside `[label](url)` markup.
fn refused(url: &str) {
    assert_eq!(safe_href(url), LinkCheck::Refused, "safe_href({url:?})");
    let inlines = parse_inline(&format!("see [the label]({url}) here"));
    assert!(!has_link(&inlines), "no link for {url:?}: {inlines:?}");
    assert!(
        plain_text(&inlines).contains("the label"),
        "label kept for {url:?}: {inlines:?}"
    );
}

// ---------------------------------------------------------------- plain text

#[test]
fn empty_input_is_empty() {
    check("", vec![]);
}

#[test]
fn plain_text_passes_through() {
    literal("Russia and China have built a stable partnership.");
    literal("  leading and trailing spaces  ");
    literal("Line one\nline two");
    literal("中俄关系 — العلاقات");
    literal("snake_case and __dunder__ are not markup");
    literal("`code` and # heading and > quote are not markup");
}

#[test]
fn html_stays_literal_text() {
    literal("<b>bold</b>");
    literal("<script>alert(1)</script>");
    literal("<a href=\"javascript:alert(1)\">x</a>");
    literal("&amp; &lt;b&gt; &#106;");
}

// ---------------------------------------------------------------- emphasis and strong

#[test]
fn parses_emphasis() {
    check("*word*", vec![em(vec![text("word")])]);
    check(
        "a *very* good idea",
        vec![text("a "), em(vec![text("very")]), text(" good idea")],
    );
}

#[test]
fn parses_strong() {
    check("**word**", vec![strong(vec![text("word")])]);
    check(
        "a **very** good idea",
        vec![text("a "), strong(vec![text("very")]), text(" good idea")],
    );
}

#[test]
fn parses_several_spans_in_one_line() {
    check(
        "*a* and **b** and *c*",
        vec![
            em(vec![text("a")]),
            text(" and "),
            strong(vec![text("b")]),
            text(" and "),
            em(vec![text("c")]),
        ],
    );
}

#[test]
fn nests_strong_in_emphasis() {
    check(
        "*an **important** point*",
        vec![em(vec![
            text("an "),
            strong(vec![text("important")]),
            text(" point"),
        ])],
    );
}

#[test]
fn nests_emphasis_in_strong() {
    check(
        "**an *important* point**",
        vec![strong(vec![
            text("an "),
            em(vec![text("important")]),
            text(" point"),
        ])],
    );
}

#[test]
fn emphasis_may_span_several_words_and_punctuation() {
    check(
        "*Beijing, Moscow and Washington.*",
        vec![em(vec![text("Beijing, Moscow and Washington.")])],
    );
}

#[test]
fn emphasis_works_inside_a_word() {
    check(
        "un*frigging*believable",
        vec![text("un"), em(vec![text("frigging")]), text("believable")],
    );
}

#[test]
fn unmatched_markers_stay_literal() {
    for input in [
        "*open", "close*", "**open", "close**", "**a*", "*a**", "*", "**", "****", "a * b", "* a*",
        "*a *", "** a**", "**a **",
    ] {
        literal(input);
    }
}

#[test]
fn arithmetic_stays_literal() {
    literal("2 * 3 * 4");
    literal("2 * 3 = 6 and 4 * 5 = 20");
    literal("x ** 2");
}

#[test]
fn runs_of_three_or_more_stars_stay_literal() {
    literal("***a***");
    literal("a *** b");
}

#[test]
fn an_unmatched_marker_does_not_stop_later_markup() {
    check(
        "2 * 3 is *six*",
        vec![text("2 * 3 is "), em(vec![text("six")])],
    );
    check(
        "**a* then *b*",
        vec![text("**a* then "), em(vec![text("b")])],
    );
}

#[test]
fn nesting_never_exceeds_the_depth_limit() {
    for input in [
        "*1 **2 *3 **4 *5 **6** 5* 4** 3* 2** 1*",
        "**1 *2 **3 *4 **5 *6* 5** 4* 3** 2* 1**",
        "*1 **2 [*3 **4 [5](/) 4** 3*](/) 2** 1*",
    ] {
        let inlines = parse_inline(input);
        assert!(depth(&inlines) <= MAX_DEPTH, "{input:?}: {inlines:?}");
        let digits: String = plain_text(&inlines)
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let expected: String = input.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(digits, expected, "no text lost from {input:?}");
    }
}

// ---------------------------------------------------------------- escapes

#[test]
fn backslash_escapes_markers() {
    literal_as(r"\*not emphasis\*", "*not emphasis*");
    literal_as(r"\*\*not strong\*\*", "**not strong**");
    literal_as(
        r"\[not a link](https://example.org)",
        "[not a link](https://example.org)",
    );
    literal_as(
        r"[not a link\](https://example.org)",
        "[not a link](https://example.org)",
    );
    literal_as(
        r"[not a link]\(https://example.org)",
        "[not a link](https://example.org)",
    );
    literal_as(r"a \\ b", r"a \ b");
}

/// Asserts that `input` is a single text node reading `expected`.
fn literal_as(input: &str, expected: &str) {
    check(input, vec![text(expected)]);
}

#[test]
fn backslash_before_other_characters_is_kept() {
    literal(r"C:\Users\report.pdf");
    literal(r"a \n b");
    literal("trailing \\");
}

#[test]
fn escaped_backslash_does_not_escape_the_marker_after_it() {
    check(r"\\*a*", vec![text(r"\"), em(vec![text("a")])]);
}

#[test]
fn escaped_star_inside_emphasis_is_literal() {
    check(r"*a \* b*", vec![em(vec![text("a * b")])]);
}

#[test]
fn escaped_star_next_to_a_marker_does_not_join_its_run() {
    check(r"\**a*", vec![text("*"), em(vec![text("a")])]);
}

// ---------------------------------------------------------------- links

#[test]
fn parses_a_link() {
    check(
        "Read [the report](https://example.org/report).",
        vec![
            text("Read "),
            link("https://example.org/report", vec![text("the report")]),
            text("."),
        ],
    );
}

#[test]
fn allows_http_https_mailto_and_relative_links() {
    for href in [
        "http://example.org",
        "https://example.org/a?b=c#d",
        "HTTPS://EXAMPLE.ORG",
        "mailto:editor@example.org",
        "/reports/2018",
        "reports/2018.html",
        "../up",
        "#main-argument",
        "?page=2",
        "//cdn.example.org/x",
    ] {
        check(&format!("[x]({href})"), vec![link(href, vec![text("x")])]);
    }
}

#[test]
fn link_url_may_contain_balanced_parentheses() {
    check(
        "See [Rust](https://en.wikipedia.org/wiki/Rust_(programming_language)) here.",
        vec![
            text("See "),
            link(
                "https://en.wikipedia.org/wiki/Rust_(programming_language)",
                vec![text("Rust")],
            ),
            text(" here."),
        ],
    );
    check(
        "[x](https://example.org/a_(b_(c)))",
        vec![link("https://example.org/a_(b_(c))", vec![text("x")])],
    );
}

#[test]
fn link_ends_at_the_first_unbalanced_parenthesis() {
    check(
        "(see [x](https://example.org))",
        vec![
            text("(see "),
            link("https://example.org", vec![text("x")]),
            text(")"),
        ],
    );
}

#[test]
fn link_url_may_contain_escaped_parentheses() {
    check(
        r"[x](https://example.org/a\)b)",
        vec![link("https://example.org/a)b", vec![text("x")])],
    );
}

#[test]
fn link_label_may_contain_emphasis_and_brackets() {
    check(
        "[the *full* **report**](https://example.org)",
        vec![link(
            "https://example.org",
            vec![
                text("the "),
                em(vec![text("full")]),
                text(" "),
                strong(vec![text("report")]),
            ],
        )],
    );
    check(
        "[a [b] c](https://example.org)",
        vec![link("https://example.org", vec![text("a [b] c")])],
    );
}

#[test]
fn links_may_sit_inside_emphasis() {
    check(
        "*see [the report](https://example.org)*",
        vec![em(vec![
            text("see "),
            link("https://example.org", vec![text("the report")]),
        ])],
    );
}

#[test]
fn link_label_does_not_nest_links() {
    let inlines = parse_inline("[outer [inner](https://a.example) text](https://b.example)");
    let links: Vec<&Inline> = inlines
        .iter()
        .filter(|i| matches!(i, Inline::Link { .. }))
        .collect();
    assert_eq!(links.len(), 1, "{inlines:?}");
    let Inline::Link { children, .. } = links[0] else {
        unreachable!()
    };
    assert!(!has_link(children), "{inlines:?}");
}

#[test]
fn stars_in_a_link_url_are_not_markup() {
    check(
        "[x](https://example.org/*a*) and *b*",
        vec![
            link("https://example.org/*a*", vec![text("x")]),
            text(" and "),
            em(vec![text("b")]),
        ],
    );
}

#[test]
fn malformed_links_stay_literal() {
    for input in [
        "[label]",
        "[label] (https://example.org)",
        "[label](https://example.org",
        "[label](https://example.org/a b)",
        "label](https://example.org)",
        "[label(https://example.org)",
        "[](",
        "[x](",
    ] {
        literal(input);
    }
}

#[test]
fn link_with_an_empty_url_keeps_its_label_as_text() {
    check("a [label]() b", vec![text("a label b")]);
}

#[test]
fn link_with_an_empty_label_stays_literal_rather_than_an_invisible_link() {
    literal("[](https://example.org)");
}

#[test]
fn overlong_link_url_stays_literal() {
    let input = format!("[x](https://example.org/{})", "a".repeat(MAX_URL_CHARS));
    literal(&input);
}

// ---------------------------------------------------------------- unsafe links

#[test]
fn unsafe_link_keeps_its_label_as_text() {
    check(
        "see [the label](javascript:alert(1)) here",
        vec![text("see the label here")],
    );
    check(
        "[click *here*](javascript:alert(1))",
        vec![text("click "), em(vec![text("here")])],
    );
}

#[test]
fn refuses_script_and_data_schemes() {
    for url in [
        "javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org",
        "blob:https://example.org/x",
    ] {
        refused(url);
    }
}

#[test]
fn refuses_schemes_hidden_by_case() {
    for url in [
        "JaVaScRiPt:alert(1)",
        "JAVASCRIPT:alert(1)",
        "Data:text/html,x",
    ] {
        refused(url);
    }
}

#[test]
fn refuses_schemes_hidden_by_leading_controls() {
    for url in [
        "\u{1}javascript:alert(1)",
        "\u{0}javascript:alert(1)",
        "\u{1f}javascript:alert(1)",
        "\u{7f}javascript:alert(1)",
        "\u{a0}javascript:alert(1)",
        "\u{feff}javascript:alert(1)",
    ] {
        refused(url);
    }
}

#[test]
fn refuses_schemes_hidden_by_controls_inside() {
    for url in [
        "java\u{0}script:alert(1)",
        "java\u{1b}script:alert(1)",
        "java\u{85}script:alert(1)",
    ] {
        refused(url);
    }
}

#[test]
fn refuses_schemes_hidden_by_entities() {
    for url in [
        "javascript&colon;alert(1)",
        "javascript&#58;alert(1)",
        "javascript&#x3A;alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript&#x3A;alert(1)",
        "java&Tab;script:alert(1)",
        "java&NewLine;script&colon;alert(1)",
    ] {
        refused(url);
    }
}

#[test]
fn refuses_schemes_hidden_by_backslashes() {
    refused(r"javascript\:alert(1)");
    refused(r"\javascript:alert(1)");
}

#[test]
fn refuses_an_unsafe_scheme_with_a_safe_looking_path() {
    refused("javascript://example.org/%0Aalert(1)");
    refused("javascript:https://example.org");
}

#[test]
fn whitespace_hidden_schemes_are_refused_as_hrefs() {
    // Browsers drop tabs and newlines anywhere and trim spaces, so these are `javascript:`.
    for url in [
        " javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\r\nscript:alert(1)",
        "javascript\t:alert(1)",
        "javascript:alert(1) ",
    ] {
        assert_eq!(safe_href(url), LinkCheck::Refused, "safe_href({url:?})");
    }
}

#[test]
fn whitespace_in_a_markup_url_leaves_the_whole_link_literal() {
    // Whitespace ends a markup URL, so these never reach the sanitiser: no link, all text.
    for input in [
        "[label]( javascript:alert(1))",
        "[label](java\tscript:alert(1))",
        "[label](java\nscript:alert(1))",
    ] {
        literal(input);
    }
}

// ---------------------------------------------------------------- safe_href

#[test]
fn safe_href_allows_safe_urls_unchanged() {
    for url in [
        "https://example.org",
        "http://example.org/a(b)",
        "HtTpS://example.org",
        "mailto:a@example.org?subject=Hi",
        "/path/to/page",
        "page.html",
        "./page",
        "#fragment",
        "?q=1",
        "path/with:colon",
        "/a:b",
        "?next=javascript:alert(1)",
        "#javascript:alert(1)",
        "javascript%3Aalert(1)",
    ] {
        assert_eq!(
            safe_href(url),
            LinkCheck::Allowed(url.to_owned()),
            "safe_href({url:?})"
        );
    }
}

#[test]
fn safe_href_strips_surrounding_whitespace_and_inner_tabs_and_newlines() {
    assert_eq!(
        safe_href("  https://example.org/a \n"),
        LinkCheck::Allowed("https://example.org/a".to_owned())
    );
    assert_eq!(
        safe_href("\u{1}https://example.org\u{1f}"),
        LinkCheck::Allowed("https://example.org".to_owned())
    );
    assert_eq!(
        safe_href("ht\ttps://exa\nmple.org/\r"),
        LinkCheck::Allowed("https://example.org/".to_owned())
    );
}

#[test]
fn safe_href_reports_blank_urls() {
    for url in ["", " ", "\t\n\r", "\u{0}\u{1f} "] {
        assert_eq!(safe_href(url), LinkCheck::Empty, "safe_href({url:?})");
    }
}

#[test]
fn safe_href_refuses_a_colon_before_any_slash_unless_the_scheme_is_allowed() {
    for url in [
        "page:1",
        "localhost:8080",
        "tel:+123",
        "sms:123",
        "https-evil:x",
    ] {
        assert_eq!(safe_href(url), LinkCheck::Refused, "safe_href({url:?})");
    }
}

// ---------------------------------------------------------------- plain_text

#[test]
fn plain_text_joins_all_text_without_markers() {
    let inlines =
        parse_inline("A *b* **c** [d *e*](https://example.org) [f](javascript:x) 2 * 3 \\*g\\*");
    assert_eq!(plain_text(&inlines), "A b c d e f 2 * 3 *g*");
}

#[test]
fn plain_text_of_nothing_is_empty() {
    assert_eq!(plain_text(&[]), "");
    assert_eq!(plain_text(&[em(vec![]), link("/", vec![])]), "");
}

#[test]
fn adjacent_text_is_merged_into_one_node() {
    // The unsafe link's label and the text around it become a single text node.
    check("a [b](data:x) c [d]() e", vec![text("a b c d e")]);
}

// ---------------------------------------------------------------- pathological input

#[test]
fn alternating_stars_and_brackets_parse_quickly() {
    let input = "*[".repeat(10_000);
    let inlines = parse_inline(&input);
    // Each `*[*` pair closes as emphasis around a bracket; every star is consumed.
    assert_eq!(plain_text(&inlines), "[".repeat(10_000));
    assert!(!has_link(&inlines));
    assert_eq!(inlines.len(), 10_000);
    assert_eq!(inlines[0], em(vec![text("[")]));
    assert_eq!(inlines[1], text("["));
}

#[test]
fn unclosed_link_openers_parse_quickly() {
    let input = "[](".repeat(7_000);
    let inlines = parse_inline(&input);
    assert_eq!(inlines, vec![text(&input)]);
}

#[test]
fn unclosed_labels_parse_quickly() {
    let input = "[a".repeat(10_000);
    literal(&input);
    let input = format!("{}](", "[".repeat(20_000));
    literal(&input);
}

#[test]
fn deeply_nested_parentheses_in_a_url_parse_quickly() {
    let input = format!("[x]({}", "(".repeat(20_000));
    literal(&input);
}

#[test]
fn alternating_stars_and_letters_parse_quickly() {
    let inlines = parse_inline(&"*a".repeat(10_000));
    assert_eq!(plain_text(&inlines), "a".repeat(10_000));
    assert_eq!(inlines.len(), 10_000);
}

#[test]
fn deeply_nested_markers_parse_quickly() {
    let input = format!("{}x{}", "*a **b ".repeat(2_000), " b** a*".repeat(2_000));
    let inlines = parse_inline(&input);
    assert!(depth(&inlines) <= MAX_DEPTH);
    assert_eq!(plain_text(&inlines).matches('x').count(), 1);
}

#[test]
fn long_runs_of_backslashes_and_stars_parse_quickly() {
    check(&"\\".repeat(20_000), vec![text(&"\\".repeat(10_000))]);
    literal(&"*".repeat(20_000));
    literal(&"* ".repeat(10_000));
}

#[test]
fn many_links_parse_quickly() {
    let input = "[a](/b) ".repeat(2_500);
    let inlines = parse_inline(&input);
    assert_eq!(plain_text(&inlines), "a ".repeat(2_500));
    assert_eq!(
        inlines
            .iter()
            .filter(|i| matches!(i, Inline::Link { .. }))
            .count(),
        2_500
    );
}

#[test]
fn thousands_of_openers_before_one_unclosed_url_parse_quickly() {
    // Each `[` used to rescan the same 2,000-character URL: 35 million steps for one paragraph,
    // seconds for a 1 MiB document of them. Found while measuring hostile documents.
    let input = format!("{}]({}", "[".repeat(17_000), "x".repeat(MAX_URL_CHARS - 1));
    literal(&input);
    let input = "[a](".repeat(5_000);
    literal(&input);
}

/// The URL scan as first written (one pass per link), the reference for the precomputed one.
fn scanned_url_close(parser: &Parser, url_start: usize, end: usize) -> Option<usize> {
    let mut balance = 0usize;
    for j in url_start..end.min(url_start + MAX_URL_CHARS) {
        match *parser.chars.get(j)? {
            (c, false) if c.is_whitespace() => return None,
            ('(', false) => balance += 1,
            (')', false) if balance == 0 => return Some(j),
            (')', false) => balance -= 1,
            _ => {}
        }
    }
    None
}

#[test]
fn precomputed_url_ends_match_a_scan_from_every_position() {
    // Every string of up to 7 characters over the alphabet that matters, at every start and end.
    let alphabet = ['(', ')', ' ', 'x', '\\'];
    let mut inputs = vec![String::new()];
    let mut level = vec![String::new()];
    for _ in 0..7 {
        level = level
            .iter()
            .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
            .collect();
        inputs.extend(level.iter().cloned());
    }
    for input in &inputs {
        // A leading `[`: the link tables are built only for text that has one.
        let parser = Parser::new(&format!("[{input}"));
        let len = parser.chars.len();
        for start in 0..=len {
            for end in start..=len {
                let precomputed = parser.url_close[start]
                    .filter(|&close| close < end && close < start + MAX_URL_CHARS)
                    .filter(|&close| parser.next_space[start] > close);
                assert_eq!(
                    precomputed,
                    scanned_url_close(&parser, start, end),
                    "{input:?} from {start} to {end}"
                );
            }
        }
    }
}

#[test]
fn text_without_markers_takes_the_shortcut_to_the_parsers_answer() {
    let inputs = [
        "",
        " ",
        "Russia and China have built a stable partnership.",
        "a ) b ] c ( d",
        "](https://example.org) no opener",
        "中俄关系 — العلاقات",
        "line\nbreak\ttab",
        "under_score and `code` and <b>tags</b> & entities",
    ];
    for input in inputs {
        assert_eq!(parse_inline(input), full_parse(input), "{input:?}");
    }
    // Any one marker sends the text to the parser, which then finds markup the shortcut would
    // have missed.
    check("*a*", vec![em(vec![text("a")])]);
    check(
        "[a](https://example.org)",
        vec![link("https://example.org", vec![text("a")])],
    );
    check(r"\*a\*", vec![text("*a*")]);
}
