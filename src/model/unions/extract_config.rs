//! An extract run's configuration: the fields-array shape or the JSON-Schema shape.

use super::shape::{decode_raw, top_level, untagged_serialize, TopLevel};
use crate::types;
use serde::{de::Error as _, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{value::RawValue, Value};

/// The configuration of an extract run: a union of two shapes.
///
/// The shapes are boxed: inline they would make up most of the run's size in memory (the
/// JSON-Schema shape alone is over 800 bytes), and the run is moved several times between
/// decoding and the caller.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ExtractConfig {
    /// The fields-array shape (it has a `fields` key).
    Legacy(Box<types::ExtractConfigLegacy>),
    /// The JSON-Schema shape (every key optional).
    Json(Box<types::ExtractConfigJson>),
    /// Not an object: kept as received.
    Other(Value),
}

// The configs are read as raw text once, the deciding key is looked up in that text, and the
// chosen shape is decoded from it: no `Value` tree of the whole config is built and converted
// again, which on a typical extract run cost more than the rest of the run's decode.
impl<'de> Deserialize<'de> for ExtractConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        match top_level(&raw, "fields").map_err(D::Error::custom)? {
            TopLevel::Object { present: true, .. } => decode_raw::<D, _>(&raw).map(ExtractConfig::Legacy),
            TopLevel::Object { present: false, .. } => decode_raw::<D, _>(&raw).map(ExtractConfig::Json),
            TopLevel::NotObject => decode_raw::<D, _>(&raw).map(ExtractConfig::Other),
        }
    }
}
untagged_serialize!(ExtractConfig { Legacy, Json, Other });
