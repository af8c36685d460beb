//! Every body the sandbox serves, checked against the spec's schemas and each endpoint's error
//! shape.

use super::support::{cancel_path, collection, header, raw};
use extend_cancel::{types, LegacyProcessorStatus, RunKind, RunStatus};
use extend_cancel_sandbox::{seeded_run_id, seeded_statuses, BatchSeed, Fault, Run, Sandbox};
use reqwest::Method;
use serde_json::Value;
use std::time::Duration;

/// One body the sandbox served.
struct Served {
    /// `<status> POST <path>`, and the injected fault if any.
    location: String,
    status: u16,
    /// The kind the path names (`None`: the batch lookup).
    kind: Option<RunKind>,
    /// The component schema the body must satisfy.
    schema: &'static str,
    body: Value,
    /// The `x-extend-request-id` header.
    request_id: Option<String>,
}

fn kind_of_path(path: &str) -> Option<RunKind> {
    match path.split(['/', '?']).nth(1) {
        Some("extract_runs") => Some(RunKind::Extract),
        Some("classify_runs") => Some(RunKind::Classify),
        Some("split_runs") => Some(RunKind::Split),
        Some("processor_runs") => Some(RunKind::Processor),
        Some("workflow_runs") => Some(RunKind::Workflow),
        Some("parse_runs") => Some(RunKind::Parse),
        Some("verify_runs") => Some(RunKind::Verify),
        Some("batch_runs") => None,
        other => panic!("{path}: no kind {other:?}"),
    }
}

/// A sandbox whose CANCELLING runs stay CANCELLING for the whole test, so that their bodies are
/// served too, with a batch of extract runs to look up as well.
async fn sandbox() -> Sandbox {
    let sandbox = Sandbox::builder().cancelling_delay(Duration::from_secs(3600)).start().await.unwrap();
    sandbox.seed_batch(&BatchSeed::new("bpr_spec", 3).kinds([RunKind::Extract, RunKind::Parse]));
    sandbox
}

/// The statuses of `kind` a cancel is sent to besides PROCESSING: every other one it has.
fn other_statuses(kind: RunKind) -> impl Iterator<Item = &'static RunStatus> {
    seeded_statuses(kind).iter().filter(|status| **status != RunStatus::Processing)
}

/// Every body the sandbox serves, gathered through raw HTTP: 200s of every kind (including
/// runs with outputs, usage and failures, re-inserted as PROCESSING; a workflow run answered
/// CANCELLING; a verify run answered unchanged), and every error.
async fn served_bodies(sandbox: &Sandbox) -> Vec<Served> {
    let key = Some(sandbox.api_key());
    // (path, bearer token, extra headers)
    type Probe<'a> = (String, Option<&'a str>, &'static [(&'static str, &'static str)]);
    let mut requests: Vec<Probe> = Vec::new();
    // Every seeded run, whatever its contents, served as a successful cancel.
    for run in sandbox.runs() {
        let id = format!("{}_as_processing", run.id());
        let processing = match run {
            Run::Extract(run) => {
                Run::Extract(types::ExtractRun { id: id.clone(), status: RunStatus::Processing, ..run })
            }
            Run::Classify(run) => {
                Run::Classify(types::ClassifyRun { id: id.clone(), status: RunStatus::Processing, ..run })
            }
            Run::Split(run) => {
                Run::Split(types::SplitRun { id: id.clone(), status: RunStatus::Processing, ..run })
            }
            Run::Processor(run) => Run::Processor(types::LegacyProcessorRun {
                id: id.clone(),
                status: LegacyProcessorStatus::Processing,
                ..run
            }),
            Run::Workflow(run) => {
                Run::Workflow(types::WorkflowRun { id: id.clone(), status: RunStatus::Processing, ..run })
            }
            Run::Parse(run) => {
                Run::Parse(types::ParseRun { id: id.clone(), status: RunStatus::Processing, ..run })
            }
            Run::Verify(run) => {
                Run::Verify(types::VerifyRun { id: id.clone(), status: RunStatus::Processing, ..run })
            }
            other => panic!("unknown kind {other:?}"),
        };
        let kind = processing.kind();
        sandbox.insert(processing);
        requests.push((cancel_path(kind, &id), key, &[]));
    }
    for kind in RunKind::ALL {
        for status in other_statuses(kind) {
            requests.push((cancel_path(kind, &seeded_run_id(kind, status)), key, &[]));
        }
        requests.push((cancel_path(kind, "missing"), key, &[]));
        requests.push((cancel_path(kind, &seeded_run_id(kind, &RunStatus::Processing)), None, &[]));
        requests.push((cancel_path(kind, &seeded_run_id(kind, &RunStatus::Processing)), Some("sk_x"), &[]));
        requests.push((
            cancel_path(kind, &seeded_run_id(kind, &RunStatus::Processing)),
            key,
            &[("x-extend-workspace-id", "ws_other")],
        ));
    }
    let mut bodies = Vec::new();
    for (path, auth, headers) in &requests {
        let response = raw(sandbox, Method::POST, path, *auth, headers).await;
        let schema = match (response.status, path.split('/').nth(1)) {
            (200, Some("extract_runs")) => "ExtractRun",
            (200, Some("classify_runs")) => "ClassifyRun",
            (200, Some("split_runs")) => "SplitRun",
            (200, Some("processor_runs")) => "ProcessorRunCancelResponse",
            (200, Some("workflow_runs")) => "WorkflowRun",
            (200, Some("parse_runs")) => "ParseRun",
            (200, Some("verify_runs")) => "VerifyRun",
            (400..=599, _) => "ErrorBody",
            (status, _) => panic!("{path}: unexpected status {status}"),
        };
        assert_ne!(response.json, Value::Null, "{path}: not JSON: {}", response.text);
        bodies.push(Served {
            location: format!("{} POST {path}", response.status),
            status: response.status,
            kind: kind_of_path(path),
            schema,
            request_id: header(&response.headers, "x-extend-request-id").map(str::to_owned),
            body: response.json,
        });
    }
    bodies.extend(lookup_bodies(sandbox).await);
    // Injected faults with JSON bodies, on both shapes, on cancels and lists.
    for fault in [Fault::RateLimited { retry_after_secs: Some(1) }, Fault::ServerError { status: 503 }] {
        let probes = [
            (Method::POST, cancel_path(RunKind::Extract, "anything")),
            (Method::POST, cancel_path(RunKind::Processor, "anything")),
            (Method::GET, "/processor_runs".to_owned()),
            (Method::GET, "/workflow_runs?status=PROCESSING".to_owned()),
        ];
        for (method, path) in probes {
            sandbox.inject(fault.clone(), 1);
            let response = raw(sandbox, method.clone(), &path, key, &[]).await;
            bodies.push(Served {
                location: format!("{} {method} {path} ({fault:?})", response.status),
                status: response.status,
                kind: kind_of_path(&path),
                schema: "ErrorBody",
                request_id: header(&response.headers, "x-extend-request-id").map(str::to_owned),
                body: response.json,
            });
        }
    }
    bodies
}

/// The queries each kind's list is checked with: pages of 2 with a token, the last page, a
/// filtered page, an empty page (each list with the parameters it takes).
fn list_queries(kind: RunKind) -> [&'static str; 4] {
    match kind {
        RunKind::Parse => ["maxPageSize=2", "maxPageSize=100", "status=PROCESSED", "batchId=none"],
        RunKind::Verify => [
            "maxPageSize=2",
            "maxPageSize=100&sortBy=createdAt&sortDir=asc",
            "riskLevel=HIGH",
            "sourceId=none",
        ],
        RunKind::Processor => [
            "maxPageSize=2",
            "maxPageSize=100&sortBy=createdAt&sortDir=asc",
            "processorType=EXTRACT&status=PROCESSED",
            "processorId=none",
        ],
        RunKind::Workflow => [
            "maxPageSize=2",
            "maxPageSize=100&sortBy=createdAt&sortDir=asc",
            "status=CANCELLING",
            "workflowId=none",
        ],
        _ => [
            "maxPageSize=2",
            "maxPageSize=100&sortBy=createdAt&sortDir=asc",
            "status=PROCESSED",
            "batchId=none",
        ],
    }
}

/// The bodies of the lookup endpoints: every seeded run retrieved (with an output, usage or a
/// failure as it has), list pages of each kind with and without a next page, batch runs, and
/// their errors.
async fn lookup_bodies(sandbox: &Sandbox) -> Vec<Served> {
    let key = Some(sandbox.api_key());
    let mut paths: Vec<(String, Option<&str>)> = Vec::new();
    for kind in RunKind::ALL {
        for status in seeded_statuses(kind) {
            paths.push((format!("{}/{}", collection(kind), seeded_run_id(kind, status)), key));
        }
        paths.push((format!("{}/missing", collection(kind)), key));
        paths.push((format!("{}/{}", collection(kind), seeded_run_id(kind, &RunStatus::Failed)), None));
    }
    for kind in RunKind::ALL {
        let list = collection(kind);
        for query in list_queries(kind) {
            paths.push((format!("{list}?{query}"), key));
        }
        paths.push((format!("{list}?maxPageSize=0"), key));
        paths.push((format!("{list}?nextPageToken=garbage"), key));
        paths.push((list.to_owned(), None));
    }
    // A parse batch, an extract and parse batch; an unknown batch, a workflow batch (none), no key.
    for (path, auth) in [
        ("/batch_runs/bpar_sandbox", key),
        ("/batch_runs/bpr_spec", key),
        ("/batch_runs/bpr_none", key),
        ("/batch_runs/batch_sandbox", key),
        ("/batch_runs/bpar_sandbox", None),
    ] {
        paths.push((path.to_owned(), auth));
    }
    let mut bodies = Vec::new();
    for (path, auth) in paths {
        let response = raw(sandbox, Method::GET, &path, auth, &[]).await;
        let is_list = !path[1..].contains('/');
        let schema = match (response.status, path.split(['/', '?']).nth(1)) {
            (200, Some("extract_runs")) if is_list => "ExtractRunsListResponse",
            (200, Some("classify_runs")) if is_list => "ClassifyRunsListResponse",
            (200, Some("split_runs")) if is_list => "SplitRunsListResponse",
            (200, Some("processor_runs")) if is_list => "ProcessorRunsListResponse",
            (200, Some("workflow_runs")) if is_list => "WorkflowRunsListResponse",
            (200, Some("parse_runs")) if is_list => "ParseRunsListResponse",
            (200, Some("verify_runs")) if is_list => "VerifyRunsListResponse",
            (200, Some("extract_runs")) => "ExtractRun",
            (200, Some("classify_runs")) => "ClassifyRun",
            (200, Some("split_runs")) => "SplitRun",
            (200, Some("processor_runs")) => "ProcessorRunGetResponse",
            (200, Some("workflow_runs")) => "WorkflowRun",
            (200, Some("parse_runs")) => "ParseRun",
            (200, Some("verify_runs")) => "VerifyRun",
            (200, Some("batch_runs")) => "BatchRun",
            (400..=599, _) => "ErrorBody",
            (status, _) => panic!("{path}: unexpected status {status}"),
        };
        assert_ne!(response.json, Value::Null, "{path}: not JSON: {}", response.text);
        bodies.push(Served {
            location: format!("{} GET {path}", response.status),
            status: response.status,
            kind: kind_of_path(&path),
            schema,
            request_id: header(&response.headers, "x-extend-request-id").map(str::to_owned),
            body: response.json,
        });
    }
    bodies
}

#[tokio::test]
async fn every_body_the_sandbox_serves_validates_against_the_spec() {
    let spec = spec_check::Spec::load_default().expect("the spec loads");
    let sandbox = sandbox().await;
    let bodies = served_bodies(&sandbox).await;
    let seeded: usize = RunKind::ALL.iter().map(|kind| seeded_statuses(*kind).len()).sum();
    assert_eq!(seeded, 4 * 5 + 8 + 5 + 4, "every kind in every status it has");
    let successes = bodies.iter().filter(|served| served.schema != "ErrorBody").count();
    // Cancels: every run held (the seeded ones and the 3 of bpr_spec) once as a 200, the
    // PENDING workflow run (CANCELLING) and the 3 finished verify runs (unchanged); retrieves:
    // the seeded runs; lists: 4 pages of each of the 7 kinds; 2 batch runs.
    assert_eq!(successes, (seeded + 3 + 1 + 3) + seeded + 7 * 4 + 2);
    // Cancel errors: each other status refused (4 per kind of 5 statuses, 6 for workflow runs,
    // none for verify runs) and 4 per kind (unknown id, no key, wrong key, wrong workspace);
    // retrieve errors: 2 per kind (unknown id, no key); list errors: 3 per list (page size,
    // token, no key); batch errors: 3 (unknown, a workflow batch, no key); 8 injected faults.
    let cancel_errors = 5 * 4 + 6 + 7 * 4;
    assert_eq!(bodies.len(), successes + cancel_errors + 7 * 2 + 7 * 3 + 3 + 8);
    let pages_with_a_token = bodies.iter().filter(|served| served.body["nextPageToken"].is_string()).count();
    assert_eq!(pages_with_a_token, 7, "a page with a next page is checked for each list");
    // The bodies the new endpoints are known for, each among those checked.
    let served = |schema: &str, check: &dyn Fn(&Value) -> bool| {
        bodies.iter().any(|served| served.schema == schema && check(&served.body))
    };
    assert!(served("WorkflowRun", &|body| body["status"] == "CANCELLING"), "a CANCELLING workflow run");
    assert!(
        served("VerifyRun", &|body| body["id"] == "vr_processed" && body["status"] == "PROCESSED"),
        "a verify cancel answered unchanged"
    );
    assert!(
        served("ProcessorRunsListResponse", &|body| body["processorRuns"]
            .as_array()
            .is_some_and(|runs| !runs.is_empty())),
        "a processor list page"
    );
    // The 5 seeded parse runs and their 5 copies above, which keep their run object's batchId.
    assert!(
        served("BatchRun", &|body| body["id"] == "bpar_sandbox" && body["runCount"] == 10),
        "bpar_sandbox"
    );
    assert!(served("WorkflowRunsListResponse", &|body| body["data"][0]["status"] == "CANCELLING"));
    // .ci/spec-checks sets this to validate the same bodies with OAS30Validator as well.
    if let Some(dir) = std::env::var_os("EXTEND_CANCEL_DUMP_BODIES") {
        let lines: String = bodies
            .iter()
            .map(|Served { location, schema, body, .. }| {
                format!("{}\n", serde_json::json!({ "schema": schema, "location": location, "body": body }))
            })
            .collect();
        std::fs::create_dir_all(&dir).expect("the dump directory can be created");
        std::fs::write(std::path::Path::new(&dir).join("sandbox-bodies.jsonl"), lines)
            .expect("the dump can be written");
    }
    let mut failures = Vec::new();
    for Served { location, schema, body, .. } in &bodies {
        if let Err(errors) = spec.validate(schema, body) {
            failures.push(format!("{location} as {schema}: {}", errors.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} bodies do not follow the spec:\n{}",
        failures.len(),
        bodies.len(),
        failures.join("\n")
    );
}

/// `ErrorBody` has every property optional (the API sends several shapes), so the schema check
/// above accepts either shape on either endpoint: this checks each endpoint's own shape.
#[tokio::test]
async fn every_error_body_has_the_shape_of_its_endpoints_api_version() {
    let sandbox = sandbox().await;
    let bodies = served_bodies(&sandbox).await;
    let mut seen: Vec<(Option<RunKind>, u16)> = Vec::new();
    for Served { location, status, kind, body, request_id, .. } in
        bodies.iter().filter(|served| served.schema == "ErrorBody")
    {
        let request_id =
            request_id.as_deref().unwrap_or_else(|| panic!("{location}: no x-extend-request-id"));
        assert!(request_id.starts_with("req_sandbox_"), "{location}: {request_id}");
        let object = body.as_object().unwrap_or_else(|| panic!("{location}: not an object: {body}"));
        if *kind == Some(RunKind::Processor) {
            // API 2025-04-21: exactly {success: false, error: <string>}.
            let error = object.get("error").and_then(Value::as_str);
            let error = error.unwrap_or_else(|| panic!("{location}: no string error: {body}"));
            assert!(!error.is_empty(), "{location}");
            assert_eq!(*body, serde_json::json!({"success": false, "error": error}), "{location}");
        } else {
            // API 2026-02-09: {code, message, retryable, requestId} (and the optional docUrl).
            let string = |name: &str| object.get(name).and_then(Value::as_str);
            let code = string("code").unwrap_or_else(|| panic!("{location}: no string code: {body}"));
            let message =
                string("message").unwrap_or_else(|| panic!("{location}: no string message: {body}"));
            assert!(!message.is_empty(), "{location}");
            let retryable = object.get("retryable").and_then(Value::as_bool);
            let retryable = retryable.unwrap_or_else(|| panic!("{location}: no bool retryable: {body}"));
            assert_eq!(string("requestId"), Some(request_id), "{location}: requestId is the header's");
            for name in object.keys() {
                assert!(
                    ["code", "message", "retryable", "requestId", "docUrl"].contains(&name.as_str()),
                    "{location}: unexpected {name}: {body}"
                );
            }
            if let Some(doc_url) = object.get("docUrl") {
                assert!(doc_url.is_string(), "{location}: {body}");
            }
            let expected = match status {
                400 => Some("INVALID_REQUEST"),
                401 => Some("UNAUTHORIZED"),
                403 => Some("FORBIDDEN"),
                404 => Some("NOT_FOUND"),
                _ => None,
            };
            if let Some(expected) = expected {
                assert_eq!((code, retryable), (expected, false), "{location}");
            }
        }
        seen.push((*kind, *status));
    }
    for kind in RunKind::ALL.map(Some) {
        for status in [400, 401, 403, 404] {
            assert!(seen.contains(&(kind, status)), "no {status} error body was checked for {kind:?}");
        }
    }
    for status in [401, 404] {
        assert!(seen.contains(&(None, status)), "no {status} error body was checked for the batch lookup");
    }
}

#[tokio::test]
async fn the_spec_check_catches_a_body_that_breaks_the_schema() {
    // The check above can fail: a served body with a required field removed does not validate.
    let spec = spec_check::Spec::load_default().expect("the spec loads");
    let sandbox = Sandbox::start().await.unwrap();
    let served =
        raw(&sandbox, Method::POST, "/extract_runs/exr_processing/cancel", Some("sk_sandbox"), &[]).await;
    assert_eq!(spec.validate("ExtractRun", &served.json), Ok(()));
    let mut broken = served.json.clone();
    broken.as_object_mut().unwrap().remove("dashboardUrl");
    assert!(spec.validate("ExtractRun", &broken).is_err());
}
