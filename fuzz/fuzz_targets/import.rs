//! The text/Markdown importer on arbitrary text, in every format: never panics, and its document
//! validates the same way whether checked as a value or as the JSON text it serialises to.
#![no_main]

use exec_summary::import::{import, Format, ImportOptions};
use exec_summary::model::{parse, parse_value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for format in [Format::Auto, Format::Text, Format::Markdown] {
        let options = ImportOptions { format, lang: None };
        let imported = import(text, &options);
        let as_value = parse_value(&imported.document);
        let Ok(json) = serde_json::to_string(&imported.document) else {
            panic!("the imported document does not serialise");
        };
        if json.len() <= exec_summary::model::MAX_DOCUMENT_BYTES {
            assert_eq!(
                parse(&json),
                as_value,
                "value and text disagree for {text:?}"
            );
        }
    }
});
