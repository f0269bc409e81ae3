//! The render on documents built from the fuzzer's bytes (so nearly every input is a valid
//! document), with texts made of the tokens most likely to break markup, links and bidi.
#![no_main]

use arbitrary::{Arbitrary, Result, Unstructured};
use exec_summary::model::parse_value;
use exec_summary::options::CardOptions;
use exec_summary::render::render_card;
use exec_summary_fuzz::check_card;
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Map, Value};

/// Pieces texts are made of: markup, link schemes in disguise, HTML specials, bidi controls,
/// joiners, combining marks, emoji, CJK and RTL letters.
const TOKENS: &[&str] = &[
    "a",
    " ",
    "word",
    "*",
    "**",
    "***",
    "[",
    "]",
    "(",
    ")",
    "](",
    "\\",
    "&",
    "<",
    ">",
    "\"",
    "'",
    "http://x.org",
    "https:",
    "mailto:a@b",
    "javascript:",
    "JaVaScRiPt:",
    "java\tscript:",
    " javascript:",
    "data:text/html,",
    "vbscript:",
    "&colon;",
    "&#58;",
    "//evil",
    "/",
    "?",
    "#",
    ":",
    "\u{202A}",
    "\u{202B}",
    "\u{202C}",
    "\u{202D}",
    "\u{202E}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{200E}",
    "\u{200F}",
    "\u{200D}",
    "\u{200B}",
    "\u{0301}",
    "\u{FEFF}",
    "👩\u{200D}👩\u{200D}👧",
    "🇺🇳",
    "中俄合作",
    "الأمن",
    "עברית",
    "<script>",
    "onerror=",
    "\n",
    "\t",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{85}",
    "\u{2028}",
];

#[derive(Debug)]
struct Text(String);

impl<'a> Arbitrary<'a> for Text {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let len = u.int_in_range(0..=12)?;
        let mut text = String::new();
        for _ in 0..len {
            if u.ratio(1, 8)? {
                text.push(char::arbitrary(u)?);
            } else {
                text.push_str(u.choose(TOKENS)?);
            }
        }
        Ok(Text(text))
    }
}

#[derive(Arbitrary, Debug)]
struct Doc {
    kicker: Option<Text>,
    title: Text,
    subtitle: Option<Text>,
    description: Option<Text>,
    summary_heading: Option<Text>,
    rtl: Option<bool>,
    lang: u8,
    sections: Vec<Sec>,
    authors: Vec<Auth>,
    source: Option<Src>,
    heading_level: u8,
}

#[derive(Arbitrary, Debug)]
struct Sec {
    title: Text,
    paragraphs: Vec<Text>,
    items: Vec<Text>,
    expanded: bool,
}

#[derive(Arbitrary, Debug)]
struct Auth {
    name: Text,
    bio: Option<Text>,
    url: Option<Text>,
}

#[derive(Arbitrary, Debug)]
struct Src {
    title: Option<Text>,
    publisher: Option<Text>,
    url: Option<Text>,
    doi: Option<Text>,
}

fn text(t: &Text) -> Value {
    Value::String(t.0.clone())
}

fn opt(map: &mut Map<String, Value>, key: &str, value: &Option<Text>) {
    if let Some(t) = value {
        map.insert(key.to_owned(), text(t));
    }
}

fn to_json(doc: &Doc) -> Value {
    let mut root = Map::new();
    root.insert("title".to_owned(), text(&doc.title));
    root.insert(
        "lang".to_owned(),
        json!(["en", "ar", "zh-Hans", "he", "fr"][usize::from(doc.lang % 5)]),
    );
    if let Some(rtl) = doc.rtl {
        root.insert("dir".to_owned(), json!(if rtl { "rtl" } else { "ltr" }));
    }
    opt(&mut root, "kicker", &doc.kicker);
    opt(&mut root, "subtitle", &doc.subtitle);
    opt(&mut root, "description", &doc.description);
    opt(&mut root, "summaryHeading", &doc.summary_heading);
    let sections: Vec<Value> = doc
        .sections
        .iter()
        .map(|s| {
            json!({
                "title": text(&s.title),
                "paragraphs": s.paragraphs.iter().map(text).collect::<Vec<_>>(),
                "items": s.items.iter().map(text).collect::<Vec<_>>(),
                "expanded": s.expanded,
            })
        })
        .collect();
    root.insert("sections".to_owned(), Value::Array(sections));
    if !doc.authors.is_empty() {
        let authors = doc
            .authors
            .iter()
            .map(|a| {
                let mut m = Map::new();
                m.insert("name".to_owned(), text(&a.name));
                opt(&mut m, "bio", &a.bio);
                opt(&mut m, "url", &a.url);
                Value::Object(m)
            })
            .collect();
        root.insert("authors".to_owned(), Value::Array(authors));
    }
    if let Some(src) = &doc.source {
        let mut m = Map::new();
        opt(&mut m, "title", &src.title);
        opt(&mut m, "publisher", &src.publisher);
        opt(&mut m, "url", &src.url);
        opt(
            &mut m,
            "doi",
            &src.doi.as_ref().map(|d| Text(format!("10.1/{}", d.0))),
        );
        root.insert("source".to_owned(), Value::Object(m));
    }
    Value::Object(root)
}

fuzz_target!(|doc: Doc| {
    let value = to_json(&doc);
    let Ok(parsed) = parse_value(&value) else {
        return;
    };
    let options = CardOptions {
        heading_level: doc.heading_level,
        ..CardOptions::default()
    };
    let card = render_card(parsed.document, options, false);
    assert!(!card.is_empty(), "a valid document did not render");
    check_card(&card).unwrap_or_else(|e| panic!("{e} in {card}"));
});
