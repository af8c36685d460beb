//! An extract run's output: the JSON-Schema shape (`value` kept as raw text) or the
//! fields-array shape.

use super::shape::{untagged_serialize, visit_non_objects, Object};
use crate::{decode::correction::Step, decode::trace::nested_error, types};
use serde::{de::Error as _, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{value::RawValue, Value};
use std::collections::HashMap;

/// The output of an extract run: a union of two shapes.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ExtractOutput {
    /// The JSON-Schema shape: `value` plus per-path `metadata`.
    Json(ExtractOutputJson),
    /// The fields-array shape (runs created with a legacy config): results by field name.
    Legacy(types::ExtractOutputLegacy),
    /// A shape this version of the crate does not know, kept as received.
    Other(Value),
}

/// The JSON-Schema shape of an extract output.
///
/// `value` follows the extractor's own schema, which only the caller knows, so it is kept as
/// the JSON text the API sent: decode it straight into your own type with
/// [`ExtractOutputJson::value_as`]. That costs one copy of the text instead of a tree of
/// `serde_json::Value` nodes, which for a large output takes many times the body's size.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExtractOutputJson {
    /// The extracted value (a JSON object), as received.
    pub value: Box<RawValue>,
    /// Confidence, citations and insights by field path into `value`, such as
    /// `line_items[0].description`.
    pub metadata: HashMap<String, types::ExtractOutputMetadataValue>,
}

impl ExtractOutputJson {
    /// Builds an output from a value and its metadata.
    pub fn new(
        value: &impl Serialize,
        metadata: HashMap<String, types::ExtractOutputMetadataValue>,
    ) -> serde_json::Result<Self> {
        Ok(ExtractOutputJson { value: serde_json::value::to_raw_value(value)?, metadata })
    }

    /// Decodes the value into `T`, your type for the extractor's schema (or
    /// `serde_json::Map<String, serde_json::Value>` to walk it).
    pub fn value_as<'a, T: Deserialize<'a>>(&'a self) -> serde_json::Result<T> {
        serde_json::from_str(self.value.get())
    }
}

impl PartialEq for ExtractOutputJson {
    /// Values compare as JSON (key order and spacing do not matter).
    fn eq(&self, other: &Self) -> bool {
        self.metadata == other.metadata
            && (self.value.get() == other.value.get()
                || serde_json::from_str::<Value>(self.value.get()).ok()
                    == serde_json::from_str::<Value>(other.value.get()).ok())
    }
}

impl<'de> Deserialize<'de> for ExtractOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // One pass that keeps each top-level entry (and each `metadata` entry) as raw text,
        // about the size of the body, then decodes the shape the keys reveal. No `Value` tree
        // of the whole output is ever built.
        let RawEntries { mut entries, metadata } = match deserializer.deserialize_any(RawEntriesVisitor)? {
            Ok(entries) => entries,
            Err(other) => return Ok(ExtractOutput::Other(other)),
        };
        let value = entries.iter().position(|(key, _)| key == "value");
        match (value, metadata) {
            (Some(value), Some(metadata)) => {
                let value = entries.swap_remove(value).1;
                // Entry by entry, so each raw text is freed as soon as it is decoded.
                let mut typed = HashMap::with_capacity(metadata.len());
                for (path, raw) in metadata {
                    let mut entry: types::ExtractOutputMetadataValue = serde_json::from_str(raw.get())
                        .map_err(|_| {
                            let at = [Step::Key("metadata".to_owned()), Step::Key(path.clone())];
                            nested_error::<D::Error, types::ExtractOutputMetadataValue>(raw.get(), &at)
                        })?;
                    // serde makes room for four elements before it knows a list's length, and a
                    // field has one or two citations: in a large output the spare room (a
                    // citation is 152 bytes) would be a sixth of the run's memory.
                    entry.citations.shrink_to_fit();
                    typed.insert(path, entry);
                }
                return Ok(ExtractOutput::Json(ExtractOutputJson { value, metadata: typed }));
            }
            (_, Some(metadata)) => {
                // Not the JSON shape after all: `metadata` is an ordinary field of the output.
                let raw = serde_json::value::to_raw_value(&RawMap(&metadata)).map_err(D::Error::custom)?;
                entries.push(("metadata".to_owned(), raw));
            }
            (_, None) => {}
        }
        let fields: Result<HashMap<String, types::ExtractionFieldResult>, _> = entries
            .iter()
            .map(|(key, raw)| serde_json::from_str(raw.get()).map(|field| (key.clone(), field)))
            .collect();
        if let Ok(fields) = fields {
            return Ok(ExtractOutput::Legacy(types::ExtractOutputLegacy(fields)));
        }
        let object = entries
            .into_iter()
            .map(|(key, raw)| serde_json::from_str(raw.get()).map(|value| (key, value)))
            .collect::<Result<Object, _>>()
            .map_err(D::Error::custom)?;
        Ok(ExtractOutput::Other(Value::Object(object)))
    }
}
untagged_serialize!(ExtractOutput { Json, Legacy, Other });

type RawPairs = Vec<(String, Box<RawValue>)>;

/// The entries of a JSON object, each value as raw text; an object-valued `metadata` entry is
/// split one level further, so that its (usually large) text is never held twice.
struct RawEntries {
    entries: RawPairs,
    metadata: Option<RawPairs>,
}

/// Raw pairs written back as one JSON object.
struct RawMap<'a>(&'a RawPairs);

impl Serialize for RawMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Reads an object's entries as raw text.
struct RawPairsVisitor;

impl<'de> serde::de::Visitor<'de> for RawPairsVisitor {
    type Value = RawPairs;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<RawPairs, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(8));
        while let Some(key) = map.next_key::<String>()? {
            entries.push((key, map.next_value::<Box<RawValue>>()?));
        }
        Ok(entries)
    }
}

/// `metadata`'s value: an object split into raw entries, or anything else kept whole.
enum MetadataEntry {
    Pairs(RawPairs),
    Whole(Box<RawValue>),
}

impl<'de> Deserialize<'de> for MetadataEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MetadataVisitor)
    }
}

/// Splits an object into raw pairs as it is read; keeps anything else whole.
struct MetadataVisitor;

impl<'de> serde::de::Visitor<'de> for MetadataVisitor {
    type Value = MetadataEntry;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("extract output metadata")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<MetadataEntry, A::Error> {
        RawPairsVisitor.visit_map(map).map(MetadataEntry::Pairs)
    }

    visit_non_objects!(|value| whole(&value));
}

fn whole<E: serde::de::Error>(value: &Value) -> Result<MetadataEntry, E> {
    serde_json::value::to_raw_value(value).map(MetadataEntry::Whole).map_err(E::custom)
}

/// Reads an object into [`RawEntries`], or anything else into the `Value` it is.
struct RawEntriesVisitor;

impl<'de> serde::de::Visitor<'de> for RawEntriesVisitor {
    type Value = Result<RawEntries, Value>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an extract output")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(2));
        let mut metadata = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "metadata" && metadata.is_none() {
                match map.next_value::<MetadataEntry>()? {
                    MetadataEntry::Pairs(pairs) => metadata = Some(pairs),
                    MetadataEntry::Whole(raw) => entries.push((key, raw)),
                }
            } else {
                entries.push((key, map.next_value::<Box<RawValue>>()?));
            }
        }
        Ok(Ok(RawEntries { entries, metadata }))
    }

    visit_non_objects!(|value| Ok(Err(value)));
}
