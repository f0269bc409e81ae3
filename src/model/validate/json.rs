//! JSON text to a `serde_json::Value`, like `serde_json::from_str`, that also notes every key an
//! object repeats.
//!
//! `serde_json` (like `JSON.parse`) silently keeps the last of two equal keys; other tools keep
//! the first, so a document with both means different things to different readers and the
//! validator reports the repeat instead of guessing. `serde_json`'s recursion limit still applies.

use std::collections::BTreeSet;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::{child, index};

/// Parses `text` as one JSON value; the second result is the path of every repeated key, in the
/// order found (each path once).
pub(super) fn from_str(text: &str) -> serde_json::Result<(Value, Vec<String>)> {
    let mut repeated = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = ValueSeed {
        at: &At::Root,
        repeated: &mut repeated,
    }
    .deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok((value, repeated))
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
}

struct ValueSeed<'a, 'r> {
    at: &'a At<'a>,
    repeated: &'r mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        // JSON text has no NaN or infinity (serde_json rejects `1e400` as out of range).
        Ok(Number::from_f64(n).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut list = Vec::new();
        while let Some(value) = seq.next_element_seed(ValueSeed {
            at: &At::Index(self.at, list.len()),
            repeated: &mut *self.repeated,
        })? {
            list.push(value);
        }
        Ok(Value::Array(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        // Keys of this object already reported, so a key given three times is reported once.
        let mut reported = BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let at = At::Key(self.at, &key);
            let value = map.next_value_seed(ValueSeed {
                at: &at,
                repeated: &mut *self.repeated,
            })?;
            if object.contains_key(&key) && reported.insert(key.clone()) {
                self.repeated.push(at.path());
            }
            // The last value wins, as in `serde_json` and `JSON.parse`; the repeat is an error anyway.
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}
