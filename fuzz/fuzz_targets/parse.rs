//! JSON contract validation on arbitrary text: never panics, and what it accepts keeps the
//! contract's promises (valid unique ids, safe links, no control characters).
#![no_main]

use exec_summary::markup::{safe_href, LinkCheck};
use exec_summary::model::{parse, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse(text) {
        Ok(parsed) => {
            assert!(parsed.warnings.iter().all(|w| !w.is_error()));
            check_document(&parsed.document);
        }
        Err(problems) => assert!(
            problems.iter().any(|p| p.is_error()),
            "rejected without an error: {problems:?}"
        ),
    }
});

fn check_document(document: &Document) {
    let mut ids: Vec<&str> = Vec::new();
    for section in &document.sections {
        let id = section.id.as_str();
        assert!(
            !id.is_empty()
                && id.len() <= 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "invalid id {id:?}"
        );
        assert!(!ids.contains(&id), "duplicate id {id:?}");
        ids.push(id);
        assert!(!section.paragraphs.is_empty() || !section.items.is_empty());
    }
    assert!(!document.sections.is_empty());
    let urls = document
        .authors
        .iter()
        .filter_map(|a| a.url.as_deref())
        .chain(document.source.as_ref().and_then(|s| s.url.as_deref()));
    for url in urls {
        assert_eq!(safe_href(url), LinkCheck::Allowed(url.to_owned()));
        exec_summary_fuzz::check_href(url).unwrap_or_else(|e| panic!("{e}"));
    }
    let texts = [&document.title]
        .into_iter()
        .chain(&document.summary_heading)
        .chain(&document.kicker)
        .chain(&document.subtitle)
        .chain(&document.description)
        .chain(document.sections.iter().flat_map(|s| {
            std::iter::once(&s.title)
                .chain(&s.paragraphs)
                .chain(&s.items)
        }))
        .chain(
            document
                .authors
                .iter()
                .flat_map(|a| std::iter::once(&a.name).chain(&a.bio)),
        );
    for text in texts {
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')),
            "control character accepted in {text:?}"
        );
    }
}
