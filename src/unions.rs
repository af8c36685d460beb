//! The spec's untagged and tagged unions, decoded by looking at which keys are present rather
//! than by trial and error: every shape of the API allows unknown keys, so a trial decode picks
//! the first shape whose required keys happen to be there (Extend's Go SDK reads every legacy
//! extract output as an empty JSON output that way). A body that fits no known shape is kept as
//! raw JSON instead of failing the whole run.

use crate::types;
use serde::{de::Error as _, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

type Object = Map<String, Value>;

/// Converts an already-buffered object into `T`, reporting failures as `D::Error`.
fn convert<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(object: Object) -> Result<T, D::Error> {
    serde_json::from_value(Value::Object(object)).map_err(D::Error::custom)
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

/// The output of an extract run: a union of two shapes.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ExtractOutput {
    /// The JSON-Schema shape: `value` plus per-path `metadata`.
    Json(types::ExtractOutputJson),
    /// The fields-array shape (runs created with a legacy config): results by field name.
    Legacy(types::ExtractOutputLegacy),
    /// A shape this version of the crate does not know, kept as received.
    Other(Value),
}

impl<'de> Deserialize<'de> for ExtractOutput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::Object(object) if has(&object, &["value", "metadata"]) => {
                convert::<D, _>(object).map(ExtractOutput::Json)
            }
            Value::Object(object) if object.values().all(looks_like_field_result) => {
                convert::<D, _>(object).map(ExtractOutput::Legacy)
            }
            other => Ok(ExtractOutput::Other(other)),
        }
    }
}
untagged_serialize!(ExtractOutput { Json, Legacy, Other });

fn looks_like_field_result(value: &Value) -> bool {
    value.as_object().is_some_and(|field| has(field, &["id", "type", "references"]))
}

/// The configuration of an extract run: a union of two shapes.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ExtractConfig {
    /// The fields-array shape (it has a `fields` key).
    Legacy(types::ExtractConfigLegacy),
    /// The JSON-Schema shape (every key optional).
    Json(types::ExtractConfigJson),
    /// Not an object: kept as received.
    Other(Value),
}

impl<'de> Deserialize<'de> for ExtractConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::Object(object) if object.contains_key("fields") => {
                convert::<D, _>(object).map(ExtractConfig::Legacy)
            }
            Value::Object(object) => convert::<D, _>(object).map(ExtractConfig::Json),
            other => Ok(ExtractConfig::Other(other)),
        }
    }
}
untagged_serialize!(ExtractConfig { Legacy, Json, Other });

/// The configuration of a legacy processor run, tagged by its `type` key.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
// Mirrors the tagged union of the spec; the config is read once per run, so boxing the larger
// variants would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum LegacyProcessorRunConfig {
    /// `type: "CLASSIFY"`.
    Classify(types::LegacyClassificationConfig),
    /// `type: "EXTRACT"`.
    Extract(types::LegacyExtractionConfig),
    /// `type: "SPLITTER"`.
    Splitter(types::LegacySplitterConfig),
    /// A `type` this version of the crate does not know (or none), kept as received.
    Other(Value),
}

impl<'de> Deserialize<'de> for LegacyProcessorRunConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        let Value::Object(object) = value else {
            return Ok(LegacyProcessorRunConfig::Other(value));
        };
        match object.get("type").and_then(Value::as_str) {
            Some("CLASSIFY") => convert::<D, _>(object).map(LegacyProcessorRunConfig::Classify),
            Some("EXTRACT") => convert::<D, _>(object).map(LegacyProcessorRunConfig::Extract),
            Some("SPLITTER") => convert::<D, _>(object).map(LegacyProcessorRunConfig::Splitter),
            _ => Ok(LegacyProcessorRunConfig::Other(Value::Object(object))),
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
        let json: ExtractOutput =
            serde_json::from_value(json!({"value": {"total": 3}, "metadata": {}})).unwrap();
        assert!(matches!(json, ExtractOutput::Json(ref o) if o.value["total"] == 3));
        let legacy: ExtractOutput = serde_json::from_value(json!({
            "total": {"id": "f1", "type": "currency", "value": 3, "references": []}
        }))
        .unwrap();
        let ExtractOutput::Legacy(fields) = legacy else { panic!("not legacy: {legacy:?}") };
        assert_eq!(fields.0["total"].type_, crate::ExtractionFieldType::Currency);
        let other: ExtractOutput = serde_json::from_value(json!({"something": "new"})).unwrap();
        assert_eq!(other, ExtractOutput::Other(json!({"something": "new"})));
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
    fn legacy_config_dispatches_on_type_and_keeps_unknown_types() {
        let config: LegacyProcessorRunConfig =
            serde_json::from_value(json!({"type": "SPLITTER", "splitClassifications": []})).unwrap();
        assert!(matches!(config, LegacyProcessorRunConfig::Splitter(_)));
        let raw = json!({"type": "EDIT", "x": 1});
        let config: LegacyProcessorRunConfig = serde_json::from_value(raw.clone()).unwrap();
        assert_eq!(config.processor_type(), Some(crate::LegacyProcessorType::Other("EDIT".into())));
        assert_eq!(serde_json::to_value(&config).unwrap(), raw);
    }

    #[test]
    fn legacy_output_empty_object_is_an_empty_field_map() {
        let output: LegacyProcessorOutput = serde_json::from_value(json!({})).unwrap();
        assert!(matches!(output, LegacyProcessorOutput::Fields(ref f) if f.0.is_empty()));
        let output: LegacyProcessorOutput =
            serde_json::from_value(json!({"splits": [{"type": "invoice", "startPage": 1, "endPage": 2}]}))
                .unwrap();
        assert!(matches!(output, LegacyProcessorOutput::Split(_)));
    }
}
