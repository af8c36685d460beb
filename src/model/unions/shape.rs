//! What every union's decoding shares: reading just enough of a value to choose its shape,
//! decoding the chosen shape with the path of a failure inside it, and writing a union back
//! untagged.

use crate::decode::trace::nested_error;
use serde::Deserializer;
use serde_json::{value::RawValue, Map, Value};

pub(super) type Object = Map<String, Value>;

/// Converts an already-buffered object into `T`, reporting failures as `D::Error` with the
/// path inside the object.
pub(super) fn convert<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(
    object: Object,
) -> Result<T, D::Error> {
    let value = Value::Object(object);
    T::deserialize(&value).map_err(|_| nested_error::<D::Error, T>(&value.to_string(), &[]))
}

pub(super) fn has(object: &Object, keys: &[&str]) -> bool {
    keys.iter().all(|key| object.contains_key(*key))
}

/// Serializes each union untagged: the inner value already carries every key of its shape.
macro_rules! untagged_serialize {
    ($name:ident { $($variant:ident),+ }) => {
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( $name::$variant(inner) => inner.serialize(serializer), )+
                }
            }
        }
    };
}

/// The visitor methods for everything but an object: each builds the `Value` it read and
/// hands it to `$wrap` (a closure `Value -> Result<Self::Value, E>`).
macro_rules! visit_non_objects {
    ($wrap:expr) => {
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            let value = <serde_json::Value as serde::Deserialize>::deserialize(
                serde::de::value::SeqAccessDeserializer::new(seq),
            )?;
            $wrap(value)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            $wrap(Value::from(v))
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            $wrap(Value::from(v))
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            $wrap(Value::from(v))
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            $wrap(Value::from(v))
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            $wrap(Value::from(v))
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            $wrap(Value::Null)
        }
    };
}
pub(super) use {untagged_serialize, visit_non_objects};

/// The top level of a JSON text, as far as choosing a union's shape needs it.
pub(super) enum TopLevel {
    /// Not an object.
    NotObject,
    /// An object; `present` says whether the key asked for is there, and `text` holds its
    /// value when that is a string.
    Object { present: bool, text: Option<String> },
}

/// Reads the top level of `raw` for `key`, skipping every other value without building it.
///
/// `key` is letters only. An object whose text never mentions `"key"`, and has no `\u`
/// escape (the only escape that can spell a letter), certainly lacks it: a substring search
/// answers that far more cheaply than the scan, which then only runs for texts that mention
/// the key.
pub(super) fn top_level(raw: &RawValue, key: &'static str) -> serde_json::Result<TopLevel> {
    struct KeyVisitor(&'static str);

    impl<'de> serde::de::Visitor<'de> for KeyVisitor {
        type Value = TopLevel;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("any JSON value")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<TopLevel, A::Error> {
            let (mut present, mut text) = (false, None);
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                if key == self.0 {
                    present = true;
                    // Borrowed from the raw text: only a string value is decoded, so a large
                    // `fields` array is not built here and again by the typed decode.
                    let value = map.next_value::<&'de RawValue>()?;
                    text = serde_json::from_str::<String>(value.get()).ok();
                } else {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
            Ok(TopLevel::Object { present, text })
        }

        visit_non_objects!(|_| Ok(TopLevel::NotObject));
    }

    let text = raw.get();
    let mentioned = text
        .match_indices(key)
        .any(|(at, _)| text[..at].ends_with('"') && text[at + key.len()..].starts_with('"'));
    if text.starts_with('{') && !mentioned && !text.contains("\\u") {
        return Ok(TopLevel::Object { present: false, text: None });
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde::Deserializer::deserialize_any(&mut deserializer, KeyVisitor(key))
}

/// Decodes raw JSON text as `T`, reporting failures as `D::Error` with the path inside it.
pub(super) fn decode_raw<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(
    raw: &RawValue,
) -> Result<T, D::Error> {
    serde_json::from_str(raw.get()).map_err(|_| nested_error::<D::Error, T>(raw.get(), &[]))
}

/// Whether a value looks like one field's result in a fields-array output.
pub(super) fn looks_like_field_result(value: &Value) -> bool {
    value.as_object().is_some_and(|field| has(field, &["id", "type", "references"]))
}
