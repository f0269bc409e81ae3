//! The crate's JSON reader against `serde_json::from_str::<Value>` on arbitrary text: the same
//! value (same keys in the same order, same number kinds, same float bits) or the same error
//! message at the same line and column. The reader keeps `serde_json`'s deserializer out of the
//! wasm card (src/model/validate/json.rs), so it must read exactly what `serde_json` read there.
//! This workspace's `serde_json` reads floats the default way (no `float_roundtrip`), as the
//! crate's own builds do, so floats are compared exactly. The same reader noting positions
//! must fail where it fails, with the same error.
#![no_main]

use exec_summary::model::{json_positions, json_value_from_str};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let read = json_value_from_str(text);
    // Noting positions (the playground's located validation) changes nothing in the reading.
    assert_eq!(json_positions(text).err(), read.as_ref().err().cloned(), "{text:?}");
    match (read, serde_json::from_str::<Value>(text)) {
        (Ok(ours), Ok(theirs)) => {
            assert_eq!(ours, theirs, "{text:?}");
            // Serialised, order, number kinds (`1` against `1.0`) and float bits count too.
            assert_eq!(ours.to_string(), theirs.to_string(), "{text:?}");
        }
        (Err(ours), Err(theirs)) => assert_eq!(ours.to_string(), theirs.to_string(), "{text:?}"),
        (ours, theirs) => panic!("{text:?}: read {ours:?}, serde_json {theirs:?}"),
    }
});
