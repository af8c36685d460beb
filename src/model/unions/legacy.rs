//! A legacy processor run's configuration (tagged by `type`) and output (told apart by its
//! keys).

use super::shape::{
    convert, decode_raw, has, looks_like_field_result, top_level, untagged_serialize, TopLevel,
};
use crate::types;
use serde::{de::Error as _, Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{value::RawValue, Value};

/// The configuration of a legacy processor run, tagged by its `type` key.
///
/// The shapes are boxed for the reason [`crate::ExtractConfig`]'s are: inline, they would be
/// more than half of the run's size in memory.
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
