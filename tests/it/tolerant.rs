//! A cancel the server carried out is never reported as failed because its response strays from
//! the spec: on the wire, for each endpoint, incomplete and odd runs decode with the
//! corrections listed; only a body without the run's identity is `Error::Decode`.

use crate::support::{self, builder, client};
use extend_cancel::{
    types, CancelledRun, Correction, Error, ExtractConfig, LegacyProcessorRunConfig, Problem, RunKind,
};
use httpmock::{Method::POST, MockServer};
use proptest::prelude::*;
use serde_json::{json, Value};

/// A conformant body of each kind, with its id.
fn base(kind: RunKind) -> (Value, &'static str) {
    match kind {
        RunKind::Extract => (support::processed_extract_run("exr_1"), "exr_1"),
        RunKind::Classify => (support::seed_classify_run(), "clr_Xj8mK2pL9nR4vT7qY5wZ"),
        RunKind::Split => (support::split_run("splr_1"), "splr_1"),
        _ => (support::seed_processor_run(), "dpr_Xj8mK2pL9nR4vT7qY5wZ"),
    }
}

fn path(kind: RunKind, id: &str) -> String {
    let segment = match kind {
        RunKind::Extract => "extract_runs",
        RunKind::Classify => "classify_runs",
        RunKind::Split => "split_runs",
        _ => "processor_runs",
    };
    format!("/{segment}/{id}/cancel")
}

/// Sets (or, with `None`, removes) the value at a JSON pointer.
fn edit(body: &mut Value, pointer: &str, value: Option<Value>) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = body.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent}"));
    match (parent, value) {
        (Value::Object(map), None) => {
            map.remove(key).unwrap_or_else(|| panic!("no {pointer}"));
        }
        (Value::Object(map), Some(value)) => {
            map.insert(key.to_owned(), value);
        }
        (Value::Array(items), None) => {
            items.remove(key.parse().unwrap());
        }
        (Value::Array(items), Some(value)) => items[key.parse::<usize>().unwrap()] = value,
        (other, _) => panic!("{pointer}: not a container: {other}"),
    }
}

/// Serves `body` (as text) for one cancel of `id` and sends it through `client.cancel`.
async fn cancel(kind: RunKind, id: &str, body: String) -> Result<CancelledRun, Error> {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path(path(kind, id));
            then.status(200).header("content-type", "application/json").body(body);
        })
        .await;
    let result = client(&server.base_url()).cancel(id).await;
    mock.assert_async().await;
    result
}

fn found(corrections: &[Correction]) -> Vec<(&str, Problem)> {
    corrections.iter().map(|c| (c.path.as_str(), c.problem)).collect()
}

/// The cases of the acceptance list, per kind: the edits to the base body and the corrections
/// expected, in the order found.
type Case = (&'static str, Vec<(&'static str, Option<Value>)>, Vec<(&'static str, Problem)>);

fn cases(kind: RunKind) -> Vec<Case> {
    let file = json!({"object": "file", "id": "file_1", "name": "a.pdf", "type": "PDF", "parentFileId": null,
                      "metadata": {"pageCount": "3"},
                      "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:45:00Z"});
    match kind {
        RunKind::Extract => vec![
            (
                "a nested summary lacks a field",
                vec![("/extractor/createdAt", None)],
                vec![("extractor.createdAt", Problem::Missing)],
            ),
            (
                "a nested field of the wrong type",
                vec![("/file/metadata/pageCount", Some(json!("3")))],
                vec![("file.metadata.pageCount", Problem::Invalid)],
            ),
            (
                "an unknown config shape",
                vec![("/config", Some(json!("v9-config")))],
                vec![("config", Problem::UnknownShape)],
            ),
            (
                "metadata without logprobsConfidence",
                vec![("/output/metadata/invoice_number/logprobsConfidence", None)],
                vec![],
            ),
        ],
        RunKind::Classify => vec![
            (
                "a nested summary lacks a field",
                vec![("/classifier/createdAt", None)],
                vec![("classifier.createdAt", Problem::Missing)],
            ),
            (
                "a nested field of the wrong type",
                vec![("/file/metadata/pageCount", Some(json!("3")))],
                vec![("file.metadata.pageCount", Problem::Invalid)],
            ),
            (
                "an unknown config shape",
                vec![("/config", Some(json!({"classifications": "all of them"})))],
                vec![("config.classifications", Problem::Invalid)],
            ),
        ],
        RunKind::Split => vec![
            (
                "a nested summary lacks a field",
                vec![(
                    "/splitter",
                    Some(
                        json!({"object": "splitter", "id": "spl_1", "name": "Docs", "updatedAt": "2024-03-21T16:45:00Z"}),
                    ),
                )],
                vec![("splitter.createdAt", Problem::Missing)],
            ),
            (
                "a nested field of the wrong type",
                vec![("/file", Some(file))],
                vec![("file.metadata.pageCount", Problem::Invalid)],
            ),
            (
                "an unknown config shape",
                vec![("/config", Some(json!([1, 2])))],
                vec![("config", Problem::Invalid)],
            ),
        ],
        _ => vec![
            (
                "a nested summary lacks a field",
                vec![("/processorRun/mergedProcessors/0/processorId", None)],
                vec![("processorRun.mergedProcessors[0].processorId", Problem::Missing)],
            ),
            (
                "a nested field of the wrong type",
                vec![("/processorRun/files/0/metadata/pageCount", Some(json!("3")))],
                vec![("processorRun.files[0].metadata.pageCount", Problem::Invalid)],
            ),
            (
                "an unknown config shape",
                vec![("/processorRun/config", Some(json!({"type": "EDIT", "instructions": "x"})))],
                vec![("processorRun.config", Problem::UnknownShape)],
            ),
            (
                "metadata without logprobsConfidence",
                vec![(
                    "/processorRun/output",
                    Some(json!({"value": {"total": 3}, "metadata": {"total": {"ocrConfidence": 0.9}}})),
                )],
                // Optional in the 2026 metadata (npm extend-ai 1.17.0), still required in the legacy one.
                vec![("processorRun.output.metadata.total.logprobsConfidence", Problem::Missing)],
            ),
        ],
    }
}

const KINDS: [RunKind; 4] = [RunKind::Extract, RunKind::Classify, RunKind::Split, RunKind::Processor];

#[tokio::test]
async fn incomplete_and_odd_runs_decode_with_their_corrections_on_every_endpoint() {
    for kind in KINDS {
        let (body, id) = base(kind);
        let run = cancel(kind, id, body.to_string()).await.unwrap_or_else(|e| panic!("{kind:?} base: {e:?}"));
        assert_eq!(found(run.corrections()), vec![], "{kind:?}: the base body follows the spec");
        for (what, edits, expected) in cases(kind) {
            let mut body = body.clone();
            for (pointer, value) in edits {
                edit(&mut body, pointer, value);
            }
            let run = cancel(kind, id, body.to_string())
                .await
                .unwrap_or_else(|e| panic!("{kind:?}, {what}: {e:?}"));
            assert_eq!((run.kind(), run.id()), (kind, id), "{kind:?}, {what}");
            assert_eq!(found(run.corrections()), expected, "{kind:?}, {what}");
        }
    }
}

#[tokio::test]
async fn what_is_present_stays_typed_and_what_was_wrong_reads_as_absent() {
    let (mut body, id) = base(RunKind::Extract);
    edit(&mut body, "/extractor/createdAt", None);
    edit(&mut body, "/file/metadata/pageCount", Some(json!("3")));
    edit(&mut body, "/output/metadata/invoice_number/citations/0/page/width", Some(json!({"px": 612})));
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(path(RunKind::Extract, id));
            then.status(200).json_body(body.clone());
        })
        .await;
    let run = client(&server.base_url()).extract_runs().cancel(id).await.unwrap();
    let extractor = run.extractor.as_ref().unwrap();
    assert_eq!((extractor.name.as_deref(), extractor.created_at), (Some("Invoices"), None));
    assert!(extractor.updated_at.is_some());
    let file = run.file.as_ref().unwrap();
    assert_eq!(
        (file.name.as_deref(), file.metadata.as_ref().unwrap().page_count),
        (Some("invoice.pdf"), None)
    );
    let Some(extend_cancel::ExtractOutput::Json(output)) = &run.output else { panic!("{:?}", run.output) };
    let page = output.metadata["invoice_number"].citations[0].page.as_ref().unwrap();
    assert_eq!((page.number, page.width, page.height), (Some(1.0), None, Some(792.0)));
    // The raw extracted value is kept byte for byte.
    assert_eq!(output.value.get(), body["output"]["value"].to_string());
    assert_eq!(
        found(run.corrections()),
        // In the order of the body's text (json_body writes keys sorted).
        vec![
            ("extractor.createdAt", Problem::Missing),
            ("file.metadata.pageCount", Problem::Invalid),
            ("output.metadata.invoice_number.citations[0].page.width", Problem::Invalid),
        ]
    );
    let wrong = &run.corrections()[1];
    assert_eq!(wrong.pointer, "/file/metadata/pageCount");
    assert_eq!(wrong.detail, "invalid type: string \"3\", expected f64");
    let (run, corrections) = run.into_parts();
    assert_eq!((run.id.as_str(), corrections.len()), (id, 3));
}

#[tokio::test]
async fn a_vertex_or_an_insight_that_is_not_whole_is_left_out_of_its_list() {
    let (mut body, id) = base(RunKind::Extract);
    let citation = "/output/metadata/invoice_number/citations/0";
    edit(&mut body, &format!("{citation}/polygon/0/y"), None);
    edit(&mut body, "/output/metadata/invoice_number/insights/0/content", Some(json!(42)));
    let run = cancel(RunKind::Extract, id, body.to_string()).await.unwrap();
    let CancelledRun::Extract(run) = run else { panic!() };
    let Some(extend_cancel::ExtractOutput::Json(output)) = &run.output else { panic!() };
    let entry = &output.metadata["invoice_number"];
    assert_eq!(entry.citations[0].polygon, vec![types::Point { x: 30.0, y: 2.0 }]);
    assert!(entry.insights.is_empty());
    assert_eq!(entry.ocr_confidence, Some(0.99));
    // One correction for each element left out, none for the steps on the way.
    let corrections: Vec<(&str, Problem, &str)> =
        run.corrections().iter().map(|c| (c.path.as_str(), c.problem, c.detail.as_str())).collect();
    assert_eq!(
        corrections,
        vec![
            ("output.metadata.invoice_number.citations[0].polygon[0]", Problem::Invalid, "missing field `y`"),
            (
                "output.metadata.invoice_number.insights[0]",
                Problem::Invalid,
                "content: invalid type: integer `42`, expected a string",
            ),
        ]
    );
}

#[tokio::test]
async fn the_typed_handles_keep_raw_json_for_unknown_shapes() {
    let (mut body, id) = base(RunKind::Processor);
    edit(&mut body, "/processorRun/config", Some(json!({"type": "EDIT", "instructions": "x"})));
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path(path(RunKind::Processor, id));
            then.status(200).json_body(body.clone());
        })
        .await;
    let response = client(&server.base_url()).processor_runs().cancel(id).await.unwrap();
    let config = response.processor_run.config.as_ref().unwrap();
    assert_eq!(config, &LegacyProcessorRunConfig::Other(json!({"type": "EDIT", "instructions": "x"})));
    assert_eq!(
        response.corrections()[0].detail,
        "type \"EDIT\" is not one this version of the crate knows; kept as raw JSON (Other)"
    );

    let (mut body, id) = base(RunKind::Extract);
    edit(&mut body, "/config", Some(json!(["not", "an", "object"])));
    let run = cancel(RunKind::Extract, id, body.to_string()).await.unwrap();
    let CancelledRun::Extract(run) = run else { panic!() };
    assert_eq!(run.config, Some(ExtractConfig::Other(json!(["not", "an", "object"]))));
}

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
        kind in 0usize..4,
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
            _ => decodes::<types::ProcessorRunCancelResponse>(&body),
        };
        prop_assert!(result.is_ok(), "{id}: {result:?}\n{body}");
    }
}
