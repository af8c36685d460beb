//! The tolerant decoding on bodies made to stray: every optional key left out, bodies that are
//! not runs, corrections across retries, a large run, and arbitrary mutations (proptest).

use crate::support::{builder, client};
use crate::tolerant::{base, cancel, edit, found, path, KINDS};
use extend_cancel::{types, Error, Problem, RunKind};
use httpmock::{Method::POST, MockServer};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The spec's schema for `name`, following `$ref` and single-branch `allOf`.
fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/components/schemas/");
        return resolve(spec, &spec["components"]["schemas"][name]);
    }
    match schema.get("allOf").and_then(Value::as_array) {
        Some(branches) if branches.len() == 1 => resolve(spec, &branches[0]),
        _ => schema,
    }
}

/// `value` with every property the schema does not require left out, all the way down;
/// unions are left as they are. Counts what it removed.
fn only_required(spec: &Value, schema: &Value, value: &mut Value, removed: &mut usize) {
    let schema = resolve(spec, schema);
    match value {
        Value::Object(map) => {
            if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                let required: Vec<&str> = schema["required"]
                    .as_array()
                    .map_or(vec![], |r| r.iter().filter_map(Value::as_str).collect());
                let before = map.len();
                map.retain(|key, _| required.contains(&key.as_str()));
                *removed += before - map.len();
                for (key, child) in map.iter_mut() {
                    if let Some(property) = properties.get(key) {
                        only_required(spec, property, child, removed);
                    }
                }
            } else if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
                for child in map.values_mut() {
                    only_required(spec, values, child, removed);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for child in items {
                    only_required(spec, item, child, removed);
                }
            }
        }
        _ => {}
    }
}

#[tokio::test]
async fn runs_with_every_optional_key_left_out_decode_without_corrections() {
    let spec: Value = serde_json::from_str(include_str!("../../openapi/extend-cancel.json")).unwrap();
    for (kind, schema) in [
        (RunKind::Extract, "ExtractRun"),
        (RunKind::Classify, "ClassifyRun"),
        (RunKind::Split, "SplitRun"),
        (RunKind::Processor, "ProcessorRunCancelResponse"),
    ] {
        let (mut body, id) = base(kind);
        let mut removed = 0;
        only_required(
            &spec,
            &json!({"$ref": format!("#/components/schemas/{schema}")}),
            &mut body,
            &mut removed,
        );
        assert!(removed >= 3, "{kind:?}: only {removed} optional keys in the base body");
        let run = cancel(kind, id, body.to_string()).await.unwrap_or_else(|e| panic!("{kind:?}: {e:?}"));
        assert_eq!(found(run.corrections()), vec![], "{kind:?} without {removed} optional keys: {body}");
    }
}

#[tokio::test]
async fn a_body_that_is_not_a_run_is_a_decode_error_on_every_endpoint() {
    for kind in KINDS {
        let (body, id) = base(kind);
        let identity = if kind == RunKind::Processor { "/processorRun/id" } else { "/id" };
        let mut without_id = body.clone();
        edit(&mut without_id, identity, None);
        let mut numeric_id = body.clone();
        edit(&mut numeric_id, identity, Some(json!(7)));
        let id_path = identity.trim_start_matches('/').replace('/', ".");
        for (what, text, path, message) in [
            ("no id", without_id.to_string(), id_path.as_str(), "missing"),
            ("a numeric id", numeric_id.to_string(), id_path.as_str(), "expected a string"),
            ("a JSON array", format!("[{body}]"), ".", "expected a JSON object"),
            ("not JSON", "<html>cancelled</html>".to_owned(), ".", "expected value at line 1 column 1"),
        ] {
            let error = cancel(kind, id, text.clone()).await.unwrap_err();
            let Error::Decode(decode) = error else { panic!("{kind:?}, {what}: {error:?}") };
            assert_eq!((decode.path.as_str(), decode.message.as_str()), (path, message), "{kind:?}, {what}");
            assert_eq!(
                (decode.status.as_u16(), &decode.body[..]),
                (200, text.as_bytes()),
                "{kind:?}, {what}"
            );
        }
    }
}

#[tokio::test]
async fn corrections_survive_retries() {
    let (mut body, id) = base(RunKind::Extract);
    edit(&mut body, "/extractor/createdAt", None);
    for (status, times) in [(429, 1), (503, 2)] {
        let server = MockServer::start_async().await;
        let failing = server
            .mock_async(|when, then| {
                when.method(POST).path(path(RunKind::Extract, id));
                then.status(status).header("retry-after", "0").body("{}").up_to_n_times(times);
            })
            .await;
        let ok = server
            .mock_async(|when, then| {
                when.method(POST).path(path(RunKind::Extract, id));
                then.status(200).json_body(body.clone());
            })
            .await;
        let run = client(&server.base_url()).extract_runs().cancel(id).await;
        let run = run.unwrap_or_else(|e| panic!("{status} x{times} then 200: {e:?}"));
        assert_eq!((failing.calls_async().await, ok.calls_async().await), (times, 1));
        assert_eq!(found(run.corrections()), vec![("extractor.createdAt", Problem::Missing)], "{status}");
    }
}

#[tokio::test]
async fn an_8_mib_run_with_a_stray_value_decodes() {
    let (mut body, id) = base(RunKind::Extract);
    let mut metadata = serde_json::Map::new();
    for i in 0..32_000 {
        metadata.insert(
            format!("line_items[{i}].description"),
            json!({"ocrConfidence": 0.98, "logprobsConfidence": 0.91,
                   "citations": [{"page": {"number": 1 + i / 40, "width": 612, "height": 792},
                                  "referenceText": format!("Widget model {i} with a longer description"),
                                  "polygon": [{"x": 10.5, "y": 20.25}, {"x": 200.0, "y": 32.0}]}]}),
        );
    }
    metadata.insert("total".into(), json!({"ocrConfidence": "high"}));
    body["output"] = json!({"value": {"items": (0..32_000).collect::<Vec<_>>()}, "metadata": metadata});
    let text = body.to_string();
    assert!(text.len() > 8 << 20, "{} bytes", text.len());
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(path(RunKind::Extract, id));
            then.status(200).body(text.clone());
        })
        .await;
    let client = builder(&server.base_url()).max_response_bytes(16 << 20).build().unwrap();
    let run = client.extract_runs().cancel(id).await.unwrap();
    assert_eq!(found(run.corrections()), vec![("output.metadata.total.ocrConfidence", Problem::Invalid)]);
    let Some(extend_cancel::ExtractOutput::Json(output)) = &run.output else { panic!() };
    assert_eq!(output.metadata.len(), 32_001);
    assert_eq!(output.metadata["total"].ocr_confidence, None);
}

/// Every path below the identity in a JSON document (not `id`, `status`, `processorRun` itself
/// or its `id` and `status`).
fn paths_below_identity(value: &Value, prefix: &mut Vec<String>, out: &mut Vec<String>) {
    let identity = ["/id", "/status", "/processorRun", "/processorRun/id", "/processorRun/status"];
    let pointer: String =
        prefix.iter().map(|step| format!("/{}", step.replace('~', "~0").replace('/', "~1"))).collect();
    if !pointer.is_empty() && !identity.contains(&pointer.as_str()) {
        out.push(pointer);
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                prefix.push(key.clone());
                paths_below_identity(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                prefix.push(i.to_string());
                paths_below_identity(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn mutate(body: &mut Value, pointer: &str, kind: u8) {
    let replacement = match kind % 7 {
        0 => None,
        1 => Some(Value::Null),
        2 => Some(json!(-7.5)),
        3 => Some(json!("unexpected")),
        4 => Some(json!([1, "two", null])),
        5 => Some(json!({"surprise": true})),
        _ => Some(json!(u64::MAX)),
    };
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let key = key.replace("~1", "/").replace("~0", "~");
    match (body.pointer_mut(parent), replacement) {
        (Some(Value::Object(map)), None) => {
            map.remove(&key);
        }
        (Some(Value::Object(map)), Some(value)) => {
            map.insert(key, value);
        }
        (Some(Value::Array(items)), None) => {
            items.remove(key.parse().unwrap());
        }
        (Some(Value::Array(items)), Some(value)) => items[key.parse::<usize>().unwrap()] = value,
        _ => {}
    }
}

fn decodes<T: extend_cancel::RunBody>(body: &Value) -> Result<usize, String> {
    extend_cancel::decode_response::<T>(reqwest::StatusCode::OK, &Default::default(), body.to_string().into())
        .map(|run| run.corrections().len())
        .map_err(|e| format!("{e:?}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, failure_persistence: None, ..ProptestConfig::default() })]

    /// Deleting, nulling or retyping anything below the identity never fails the run.
    #[test]
    fn mutations_below_the_identity_always_decode(
        kind in 0usize..7,
        picks in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        let (mut body, id) = base(KINDS[kind]);
        for (index, how) in picks {
            let mut all = Vec::new();
            paths_below_identity(&body, &mut Vec::new(), &mut all);
            if all.is_empty() {
                break;
            }
            let pointer = index.get(&all).clone();
            mutate(&mut body, &pointer, how);
        }
        let result = match KINDS[kind] {
            RunKind::Extract => decodes::<types::ExtractRun>(&body),
            RunKind::Classify => decodes::<types::ClassifyRun>(&body),
            RunKind::Split => decodes::<types::SplitRun>(&body),
            RunKind::Workflow => decodes::<types::WorkflowRun>(&body),
            RunKind::Parse => decodes::<types::ParseRun>(&body),
            RunKind::Verify => decodes::<types::VerifyRun>(&body),
            _ => decodes::<types::ProcessorRunCancelResponse>(&body),
        };
        prop_assert!(result.is_ok(), "{id}: {result:?}\n{body}");
    }
}
