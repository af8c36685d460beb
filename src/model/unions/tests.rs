//! The shape each union chooses, and what it keeps of the shapes it does not know.

use super::*;
use crate::decode::{
    correction::Step,
    trace::{trace, Fault},
};
use serde_json::json;
use serde_json::Value;

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
    let other: ExtractOutput = serde_json::from_str(r#"{"value": {"a": 1}, "metadata": [1, "x"]}"#).unwrap();
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
    let config: ExtractConfig = serde_json::from_value(json!({"baseProcessor": "extraction_next"})).unwrap();
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

/// The decoding layer's traced decode (`decode::trace`) gets a union's inner failure as data.
#[test]
fn a_failure_inside_a_union_arrives_with_its_path_as_data() {
    let text = r#"{"value": {},
                   "metadata": {"a.b": {"ocrConfidence": 0.5, "citations": [{"polygon": [{"x": 1}]}]}}}"#;
    let inside = trace::<crate::ExtractOutput>(text).unwrap_err();
    assert_eq!(
        inside.path,
        ["metadata", "a.b", "citations", "0", "polygon", "0"]
            .map(|k| k.parse().map_or(Step::Key(k.to_owned()), Step::Index))
    );
    assert_eq!(inside.said.fault, Some(Fault::Missing("y")));
    assert_eq!(inside.message, "missing field `y`");
    // The typed decode, which does not trace, reads the path in the message, and leaves
    // nothing behind in the channel for a later traced decode to pick up.
    let error = serde_json::from_str::<crate::ExtractOutput>(text).unwrap_err();
    assert!(error.to_string().starts_with(r#"metadata["a.b"].citations[0].polygon[0]: missing field `y`"#));
}
