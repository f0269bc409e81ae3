//! A JavaScript value read as the JSON value `JSON.stringify` would write for it, without the
//! round trip through text: `undefined` and `null` are `null` (which the contract treats as an
//! absent field), `NaN` and the infinities `null`, a function or symbol in an object is left out
//! and in an array is `null`. Nesting stops where the JSON reader's does, so a cycle (which
//! `JSON.stringify` refuses) is a problem too, never a stack overflow.
//!
//! Walked with `js-sys` rather than `serde-wasm-bindgen`'s `Deserializer`, whose error messages
//! bring Rust's float and debug formatting into the module (measured: +11.5 KB brotli).

use js_sys::{Array, Object};
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::Problem;

/// Arrays and objects a value may nest, as many as JSON text may (`validate/json.rs`).
const MAX_DEPTH: usize = 127;

/// The JSON value of `value`, or the problem that keeps it from being JSON.
pub fn json_value(value: &JsValue) -> Result<Value, Problem> {
    read(value, 0).map(|value| value.unwrap_or(Value::Null)).ok_or_else(|| {
        Problem::error(
            "",
            format!(
                "the document nests arrays and objects more than {MAX_DEPTH} deep (or refers to itself)"
            ),
        )
    })
}

/// `Some(None)` for what `JSON.stringify` leaves out of an object; `None` once too deep.
fn read(value: &JsValue, depth: usize) -> Option<Option<Value>> {
    if value.is_null() || value.is_undefined() {
        return Some(Some(Value::Null));
    }
    if let Some(flag) = value.as_bool() {
        return Some(Some(Value::Bool(flag)));
    }
    if let Some(number) = value.as_f64() {
        return Some(Some(number_value(number)));
    }
    if let Some(text) = value.as_string() {
        return Some(Some(Value::String(text)));
    }
    if value.is_function() || !value.is_object() {
        return Some(None); // a function, a symbol, a BigInt
    }
    if depth >= MAX_DEPTH {
        return None;
    }
    if let Some(array) = value.dyn_ref::<Array>() {
        let mut list = Vec::with_capacity(usize::try_from(array.length()).unwrap_or(0));
        for item in array.iter() {
            list.push(read(&item, depth + 1)?.unwrap_or(Value::Null));
        }
        return Some(Some(Value::Array(list)));
    }
    let mut object = Map::new();
    for entry in Object::entries(value.unchecked_ref()).iter() {
        let entry: Array = entry.unchecked_into();
        let Some(key) = entry.get(0).as_string() else {
            continue;
        };
        if let Some(item) = read(&entry.get(1), depth + 1)? {
            object.insert(key, item);
        }
    }
    Some(Some(Value::Object(object)))
}

/// A JavaScript number as JSON text would write it: integers as integers, the rest as floats.
fn number_value(number: f64) -> Value {
    // Within 2^53 a whole number is exactly an integer, as `JSON.parse` of its text gives.
    const SAFE: f64 = 9_007_199_254_740_991.0;
    if number.fract() == 0.0 && number.abs() <= SAFE {
        // In range and whole, so the conversion is exact.
        #[allow(clippy::cast_possible_truncation)]
        let whole = number as i64;
        return Value::Number(whole.into());
    }
    Number::from_f64(number).map_or(Value::Null, Value::Number)
}
