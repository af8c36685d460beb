//! A cancel the server carried out is never reported as failed because its response strays from
//! the spec: on the wire, for each endpoint, incomplete and odd runs decode with the
//! corrections listed; only a body without the run's identity is `Error::Decode`.

use crate::support::{self, client};
use extend_cancel::{
    types, Correction, Error, ExtractConfig, LegacyProcessorRunConfig, Problem, Run, RunKind,
};
use httpmock::{Method::POST, MockServer};
use serde_json::{json, Value};

/// A conformant body of each kind, with its id.
pub(crate) fn base(kind: RunKind) -> (Value, &'static str) {
    match kind {
        RunKind::Extract => (support::processed_extract_run("exr_1"), "exr_1"),
        RunKind::Classify => (support::seed_classify_run(), "clr_Xj8mK2pL9nR4vT7qY5wZ"),
        RunKind::Split => (support::split_run("splr_1"), "splr_1"),
        RunKind::Workflow => (support::workflow_run("workflow_run_1", "CANCELLING"), "workflow_run_1"),
        RunKind::Parse => (support::parse_run("pr_1", "CANCELLED"), "pr_1"),
        RunKind::Verify => (support::verify_run("vr_1", "PROCESSED"), "vr_1"),
        _ => (support::seed_processor_run(), "dpr_Xj8mK2pL9nR4vT7qY5wZ"),
    }
}

pub(crate) fn path(kind: RunKind, id: &str) -> String {
    let segment = match kind {
        RunKind::Extract => "extract_runs",
        RunKind::Classify => "classify_runs",
        RunKind::Split => "split_runs",
        RunKind::Workflow => "workflow_runs",
        RunKind::Parse => "parse_runs",
        RunKind::Verify => "verify_runs",
        _ => "processor_runs",
    };
    format!("/{segment}/{id}/cancel")
}

/// Sets (or, with `None`, removes) the value at a JSON pointer.
pub(crate) fn edit(body: &mut Value, pointer: &str, value: Option<Value>) {
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
pub(crate) async fn cancel(kind: RunKind, id: &str, body: String) -> Result<Run, Error> {
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

pub(crate) fn found(corrections: &[Correction]) -> Vec<(&str, Problem)> {
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
        RunKind::Workflow => vec![
            (
                "a nested summary lacks a field",
                vec![("/workflow/name", None), ("/workflowVersion/createdAt", None)],
                vec![("workflow.name", Problem::Missing), ("workflowVersion.createdAt", Problem::Missing)],
            ),
            (
                "a nested field of the wrong type",
                vec![("/files/0/metadata/pageCount", Some(json!("3")))],
                vec![("files[0].metadata.pageCount", Problem::Invalid)],
            ),
            (
                "a required key missing and a time that is no time",
                vec![("/stepRuns", None), ("/startTime", Some(json!("yesterday")))],
                vec![("startTime", Problem::Invalid), ("stepRuns", Problem::Missing)],
            ),
        ],
        RunKind::Parse => vec![
            (
                "a nested field of the wrong type",
                vec![("/file", Some(file))],
                vec![("file.metadata.pageCount", Problem::Invalid)],
            ),
            (
                "the file null, as documented for a failed batch ingestion",
                vec![("/file", Some(Value::Null))],
                vec![],
            ),
            (
                "metrics lacking a field",
                vec![("/metrics", Some(json!({"processingTimeMs": 12})))],
                vec![("metrics.pageCount", Problem::Missing)],
            ),
        ],
        RunKind::Verify => vec![
            (
                "a required key missing",
                vec![("/createdAt", None), ("/source", None)],
                vec![("createdAt", Problem::Missing), ("source", Problem::Missing)],
            ),
            (
                "metrics of the wrong type",
                vec![("/metrics", Some(json!({"processingTimeMs": "fast"})))],
                vec![("metrics.processingTimeMs", Problem::Invalid)],
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

/// Every kind, each with its own endpoint.
pub(crate) const KINDS: [RunKind; 7] = RunKind::ALL;

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
    let Run::Extract(run) = run else { panic!() };
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
    let Run::Extract(run) = run else { panic!() };
    assert_eq!(run.config, Some(ExtractConfig::Other(json!(["not", "an", "object"]))));
}
