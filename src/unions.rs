//! The spec's untagged and tagged unions, decoded by looking at which keys are present rather
//! than by trial and error: every shape of the API allows unknown keys, so a trial decode picks
//! the first shape whose required keys happen to be there (Extend's Go SDK reads every legacy
//! extract output as an empty JSON output that way). A body that fits no known shape is kept as
//! raw JSON instead of failing the whole run.

use crate::{correction::Step, salvage::nested_error, types};
use serde::{de::Error as _, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{value::RawValue, Map, Value};
use std::collections::HashMap;

type Object = Map<String, Value>;

/// Converts an already-buffered object into `T`, reporting failures as `D::Error` with the
/// path inside the object.
fn convert<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(object: Object) -> Result<T, D::Error> {
    let value = Value::Object(object);
    T::deserialize(&value).map_err(|_| nested_error::<D::Error, T>(&value.to_string(), &[]))
}

fn has(object: &Object, keys: &[&str]) -> bool {
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
            let value = Value::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
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

fn looks_like_field_result(value: &Value) -> bool {
    value.as_object().is_some_and(|field| has(field, &["id", "type", "references"]))
}

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

/// The top level of a JSON text, as far as choosing a union's shape needs it.
enum TopLevel {
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
fn top_level(raw: &RawValue, key: &'static str) -> serde_json::Result<TopLevel> {
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
fn decode_raw<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(
    raw: &RawValue,
) -> Result<T, D::Error> {
    serde_json::from_str(raw.get()).map_err(|_| nested_error::<D::Error, T>(raw.get(), &[]))
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

/// The configuration of a legacy processor run, tagged by its `type` key.
///
/// The shapes are boxed for the reason [`ExtractConfig`]'s are: inline, they would be more
/// than half of the run's size in memory.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum LegacyProcessorRunConfig {
    /// `type: "CLASSIFY"`.
    Classify(Box<types::LegacyClassificationConfig>),
    /// `type: "EXTRACT"`.
    Extract(Box<types::LegacyExtractionConfig>),
    /// `type: "SPLITTER"`.
    Splitter(Box<types::LegacySplitterConfig>),
    /// A `type` this version of the crate does not know (or none), kept as received.
    Other(Value),
}

impl<'de> Deserialize<'de> for LegacyProcessorRunConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        let TopLevel::Object { text: Some(kind), .. } = top_level(&raw, "type").map_err(D::Error::custom)?
        else {
            return decode_raw::<D, _>(&raw).map(LegacyProcessorRunConfig::Other);
        };
        match kind.as_str() {
            "CLASSIFY" => decode_raw::<D, _>(&raw).map(LegacyProcessorRunConfig::Classify),
            "EXTRACT" => decode_raw::<D, _>(&raw).map(LegacyProcessorRunConfig::Extract),
            "SPLITTER" => decode_raw::<D, _>(&raw).map(LegacyProcessorRunConfig::Splitter),
            _ => decode_raw::<D, _>(&raw).map(LegacyProcessorRunConfig::Other),
        }
    }
}
untagged_serialize!(LegacyProcessorRunConfig { Classify, Extract, Splitter, Other });

impl LegacyProcessorRunConfig {
    /// The `type` of this config, known or not.
    pub fn processor_type(&self) -> Option<crate::LegacyProcessorType> {
        Some(match self {
            LegacyProcessorRunConfig::Classify(_) => crate::LegacyProcessorType::Classify,
            LegacyProcessorRunConfig::Extract(_) => crate::LegacyProcessorType::Extract,
            LegacyProcessorRunConfig::Splitter(_) => crate::LegacyProcessorType::Splitter,
            LegacyProcessorRunConfig::Other(value) => value.get("type")?.as_str()?.into(),
        })
    }
}

/// The output of a legacy processor run. It does not always agree with the run's `type`
/// (the API's own examples pair `CLASSIFY` with other shapes), so it is decoded by its keys.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum LegacyProcessorOutput {
    /// A JSON-Schema extraction output (`value` and `metadata`).
    Extraction(types::LegacyExtractionOutput),
    /// A classifier output (`id`, `type`, `confidence`, `insights`).
    Classification(types::ClassifyOutput),
    /// A splitter output (`splits`).
    Split(types::SplitOutput),
    /// A fields-array extraction output, by field name; `{}` lands here.
    Fields(types::ExtractOutputLegacy),
    /// A shape this version of the crate does not know, kept as received.
    Other(Value),
}

impl<'de> Deserialize<'de> for LegacyProcessorOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        let Value::Object(object) = value else {
            return Ok(LegacyProcessorOutput::Other(value));
        };
        if has(&object, &["value", "metadata"]) {
            convert::<D, _>(object).map(LegacyProcessorOutput::Extraction)
        } else if has(&object, &["splits"]) {
            convert::<D, _>(object).map(LegacyProcessorOutput::Split)
        } else if has(&object, &["id", "type", "confidence", "insights"]) {
            convert::<D, _>(object).map(LegacyProcessorOutput::Classification)
        } else if object.values().all(looks_like_field_result) {
            convert::<D, _>(object).map(LegacyProcessorOutput::Fields)
        } else {
            Ok(LegacyProcessorOutput::Other(Value::Object(object)))
        }
    }
}
untagged_serialize!(LegacyProcessorOutput { Extraction, Classification, Split, Fields, Other });

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn extract_output_picks_the_shape_by_its_keys() {
        let json: ExtractOutput = serde_json::from_str(r#"{"value": {"total": 3}, "metadata": {}}"#).unwrap();
        let ExtractOutput::Json(output) = &json else { panic!("not json: {json:?}") };
        assert_eq!(output.value_as::<Value>().unwrap(), json!({"total": 3}));
        // From a `Value` too, not only from text.
        let from_value: ExtractOutput =
            serde_json::from_value(json!({"value": {"total": 3}, "metadata": {}})).unwrap();
        assert_eq!(from_value, json);
        let legacy: ExtractOutput = serde_json::from_value(json!({
            "total": {"id": "f1", "type": "currency", "value": 3, "references": []}
        }))
        .unwrap();
        let ExtractOutput::Legacy(fields) = legacy else { panic!("not legacy: {legacy:?}") };
        assert_eq!(fields.0["total"].type_, Some(crate::ExtractionFieldType::Currency));
        let other: ExtractOutput = serde_json::from_value(json!({"something": "new"})).unwrap();
        assert_eq!(other, ExtractOutput::Other(json!({"something": "new"})));
    }

    #[test]
    fn extract_output_edge_shapes() {
        // A legacy output whose field happens to be called `metadata`.
        let legacy: ExtractOutput = serde_json::from_str(
            r#"{"metadata": {"id": "m", "type": "string", "value": "x", "references": []},
                "total": {"id": "t", "type": "number", "value": 3, "references": []}}"#,
        )
        .unwrap();
        let ExtractOutput::Legacy(fields) = legacy else { panic!("{legacy:?}") };
        assert_eq!(fields.0["metadata"].value, Some(json!("x")));
        assert_eq!(fields.0["total"].value, Some(json!(3)));
        // `metadata` that is not an object cannot be the JSON shape; kept as received.
        let other: ExtractOutput =
            serde_json::from_str(r#"{"value": {"a": 1}, "metadata": [1, "x"]}"#).unwrap();
        assert_eq!(other, ExtractOutput::Other(json!({"value": {"a": 1}, "metadata": [1, "x"]})));
        // Not an object at all.
        let other: ExtractOutput = serde_json::from_str("[1, 2]").unwrap();
        assert_eq!(other, ExtractOutput::Other(json!([1, 2])));
        // Metadata entries are typed; a wrong type is an error that names the path.
        let error = serde_json::from_str::<ExtractOutput>(
            r#"{"value": {}, "metadata": {"a.b": {"ocrConfidence": "high"}}}"#,
        )
        .unwrap_err();
        assert!(
            error.to_string().starts_with(r#"metadata["a.b"].ocrConfidence: invalid type: string "high""#),
            "{error}"
        );
        // The JSON shape serializes back to the same JSON.
        let text = r#"{"value":{"total":3,"items":[1,2]},"metadata":{"total":{"ocrConfidence":0.9,"logprobsConfidence":0.8}}}"#;
        let output: ExtractOutput = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_value(&output).unwrap(), serde_json::from_str::<Value>(text).unwrap());
    }

    #[test]
    fn extract_config_with_fields_is_legacy() {
        let config: ExtractConfig = serde_json::from_value(json!({
            "fields": [{"id": "a", "name": "a", "type": "string", "description": "d"}]
        }))
        .unwrap();
        assert!(matches!(config, ExtractConfig::Legacy(_)));
        let config: ExtractConfig =
            serde_json::from_value(json!({"baseProcessor": "extraction_next"})).unwrap();
        let ExtractConfig::Json(json) = config else { panic!("not json") };
        assert_eq!(json.base_processor, Some(crate::ExtractBaseProcessor::Other("extraction_next".into())));
    }

    #[test]
    fn extract_config_shape_is_decided_by_top_level_keys_only() {
        // The key spelled with an escape is still the key.
        let config: ExtractConfig = serde_json::from_str(
            r#"{"fi\u0065lds": [{"id": "a", "name": "a", "type": "string", "description": "d"}]}"#,
        )
        .unwrap();
        assert!(matches!(config, ExtractConfig::Legacy(_)), "{config:?}");
        // A nested "fields" (a schema property of that name) does not make it legacy.
        let config: ExtractConfig = serde_json::from_str(
            r#"{"schema": {"type": "object", "properties": {"fields": {"type": "string"}}}}"#,
        )
        .unwrap();
        let ExtractConfig::Json(json) = config else { panic!("not json: {config:?}") };
        assert_eq!(json.schema["properties"]["fields"]["type"], "string");
        // Other escapes cannot spell the key; the text is decoded as the JSON-Schema shape.
        let config: ExtractConfig =
            serde_json::from_str(r#"{"extractionRules": "one\ntwo \"quoted\""}"#).unwrap();
        let ExtractConfig::Json(json) = config else { panic!("not json: {config:?}") };
        assert_eq!(json.extraction_rules.as_deref(), Some("one\ntwo \"quoted\""));
        // Not an object at all: kept as received.
        for text in [r#"["fields"]"#, r#""fields""#, "7"] {
            let config: ExtractConfig = serde_json::from_str(text).unwrap();
            assert_eq!(config, ExtractConfig::Other(serde_json::from_str(text).unwrap()), "{text}");
        }
    }

    #[test]
    fn legacy_config_dispatches_on_type_and_keeps_unknown_types() {
        let config: LegacyProcessorRunConfig =
            serde_json::from_value(json!({"type": "SPLITTER", "splitClassifications": []})).unwrap();
        assert!(matches!(config, LegacyProcessorRunConfig::Splitter(_)));
        let raw = json!({"type": "EDIT", "x": 1});
        let config: LegacyProcessorRunConfig = serde_json::from_value(raw.clone()).unwrap();
        assert_eq!(config.processor_type(), Some(crate::LegacyProcessorType::Other("EDIT".into())));
        assert_eq!(serde_json::to_value(&config).unwrap(), raw);
        // No `type` key at all (decided without the scan), and one spelled with an escape.
        let config: LegacyProcessorRunConfig = serde_json::from_str(r#"{"kind": "SPLITTER"}"#).unwrap();
        assert_eq!(config, LegacyProcessorRunConfig::Other(json!({"kind": "SPLITTER"})));
        let config: LegacyProcessorRunConfig =
            serde_json::from_str(r#"{"typ\u0065": "SPLITTER", "splitClassifications": []}"#).unwrap();
        assert!(matches!(config, LegacyProcessorRunConfig::Splitter(_)), "{config:?}");
    }

    #[test]
    fn legacy_output_empty_object_is_an_empty_field_map() {
        let output: LegacyProcessorOutput = serde_json::from_value(json!({})).unwrap();
        assert!(matches!(output, LegacyProcessorOutput::Fields(ref f) if f.0.is_empty()));
        let output: LegacyProcessorOutput = serde_json::from_value(
            json!({"splits": [{"type": "invoice", "classificationId": "c1", "startPage": 1, "endPage": 2}]}),
        )
        .unwrap();
        assert!(matches!(output, LegacyProcessorOutput::Split(_)));
    }
}
