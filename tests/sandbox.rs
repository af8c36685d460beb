//! The sandbox (the workspace crate `extend-cancel-sandbox`), exercised through the crate's own
//! client and through raw HTTP: every behaviour its documentation promises, and every body it
//! serves checked against the spec's schemas.

use extend_cancel::{
    types, ApiError, CancelledRun, Client, Error, LegacyProcessorStatus, ProcessorRunStatus, RetryPolicy,
    RunKind,
};
use extend_cancel_sandbox::{sample, seeded_run_id, Fault, Run, Sandbox};
use reqwest::{header::HeaderMap, Method};
use serde_json::Value;
use std::time::{Duration, Instant};

const OTHER_STATUSES: [ProcessorRunStatus; 4] = [
    ProcessorRunStatus::Pending,
    ProcessorRunStatus::Processed,
    ProcessorRunStatus::Failed,
    ProcessorRunStatus::Cancelled,
];

/// A client for `sandbox` with millisecond back-off and two retries.
fn client(sandbox: &Sandbox) -> Client {
    Client::builder()
        .api_key(sandbox.api_key())
        .base_url(sandbox.base_url())
        .retry_policy(fast_retries(2))
        .build()
        .expect("a valid client")
}

fn fast_retries(max_retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(50),
        ..Default::default()
    }
}

/// The API error inside `result`, or a panic that shows what came instead.
fn api_error<T: std::fmt::Debug>(result: Result<T, Error>) -> Box<ApiError> {
    match result {
        Err(Error::Api(api)) => api,
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// A raw response: status, headers and the body as JSON (`Value::Null` if it is not JSON)
/// and as text.
struct Raw {
    status: u16,
    headers: HeaderMap,
    json: Value,
    text: String,
}

/// Sends `method path` to the sandbox with `Authorization: Bearer <auth>` (none if `auth` is
/// `None`) and the extra headers.
async fn raw(
    sandbox: &Sandbox,
    method: Method,
    path: &str,
    auth: Option<&str>,
    headers: &[(&str, &str)],
) -> Raw {
    let mut request = reqwest::Client::new().request(method, format!("{}{path}", sandbox.base_url()));
    if let Some(key) = auth {
        request = request.bearer_auth(key);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("the sandbox answers");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().await.expect("a readable body");
    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
    Raw { status, headers, json, text }
}

fn cancel_path(kind: RunKind, id: &str) -> String {
    let collection = match kind {
        RunKind::Extract => "extract_runs",
        RunKind::Classify => "classify_runs",
        RunKind::Split => "split_runs",
        RunKind::Processor => "processor_runs",
        _ => unreachable!("no other kinds exist"),
    };
    format!("/{collection}/{id}/cancel")
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn cancelling_a_processing_run_returns_the_complete_run_as_cancelled_for_every_kind() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);

    let extract = client.extract_runs().cancel("exr_processing").await.unwrap();
    assert_eq!(extract.id, "exr_processing");
    assert_eq!(extract.object, Some(types::ExtractRunObject::ExtractRun));
    assert_eq!(extract.status, ProcessorRunStatus::Cancelled);
    assert_eq!(extract.dashboard_url.as_deref(), Some("https://dashboard.extend.ai/runs/exr_processing"));
    assert_eq!(extract.file.as_ref().and_then(|f| f.name.as_deref()), Some("invoice.pdf"));
    assert_eq!(extract.failure_reason, None);
    assert!(extract.updated_at > extract.created_at);

    let classify = client.classify_runs().cancel("clr_processing").await.unwrap();
    assert_eq!((classify.id.as_str(), &classify.status), ("clr_processing", &ProcessorRunStatus::Cancelled));
    assert_eq!(classify.config.as_ref().and_then(|c| c.classifications.as_ref()).map(Vec::len), Some(3));

    let split = client.split_runs().cancel("splr_processing").await.unwrap();
    assert_eq!((split.id.as_str(), &split.status), ("splr_processing", &ProcessorRunStatus::Cancelled));
    assert_eq!(split.object, Some(types::SplitRunObject::SplitRun));

    let processor = client.processor_runs().cancel("dpr_processing").await.unwrap();
    assert_eq!(processor.success, Some(true));
    assert_eq!(processor.processor_run.id, "dpr_processing");
    assert_eq!(processor.processor_run.object.as_deref(), Some("document_processor_run"));
    assert_eq!(processor.processor_run.status, LegacyProcessorStatus::Cancelled);
    assert_eq!(
        processor.processor_run.url.as_deref(),
        Some("https://dashboard.extend.ai/runs/dpr_processing")
    );

    // The typed result is exactly the run the sandbox now holds.
    assert_eq!(sandbox.run("exr_processing"), Some(Run::Extract(extract.into_inner())));
    assert_eq!(sandbox.run("clr_processing"), Some(Run::Classify(classify.into_inner())));
    assert_eq!(sandbox.run("splr_processing"), Some(Run::Split(split.into_inner())));
    assert_eq!(sandbox.run("dpr_processing"), Some(Run::Processor(processor.into_inner().processor_run)));
}

#[tokio::test]
async fn prefix_dispatch_reaches_every_endpoint() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    for kind in RunKind::ALL {
        let id = seeded_run_id(kind, &ProcessorRunStatus::Processing);
        let run = client.cancel(id.as_str()).await.unwrap();
        assert_eq!((run.kind(), run.id(), run.status()), (kind, id.as_str(), "CANCELLED"));
    }
    let paths: Vec<String> = sandbox.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            "/extract_runs/exr_processing/cancel",
            "/classify_runs/clr_processing/cancel",
            "/split_runs/splr_processing/cancel",
            "/processor_runs/dpr_processing/cancel",
        ]
    );
}

#[tokio::test]
async fn a_cancelled_run_stays_cancelled() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    for kind in RunKind::ALL {
        let id = seeded_run_id(kind, &ProcessorRunStatus::Processing);
        client.cancel(id.as_str()).await.unwrap();
        let again = api_error(client.cancel(id.as_str()).await);
        assert_eq!(again.status.as_u16(), 400, "{id}");
        assert_eq!(again.attempts, 1, "a 400 is not retried");
        assert!(again.message.as_deref().unwrap().contains("is CANCELLED"), "{id}: {:?}", again.message);
        assert_eq!(sandbox.run(&id).unwrap().status(), "CANCELLED");
    }
}

#[tokio::test]
async fn every_other_status_is_refused_with_400_invalid_request() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    for kind in [RunKind::Extract, RunKind::Classify, RunKind::Split] {
        for status in OTHER_STATUSES {
            let id = seeded_run_id(kind, &status);
            let api = api_error(client.cancel(id.as_str()).await);
            assert_eq!(api.status.as_u16(), 400, "{id}");
            assert_eq!(api.code.as_deref(), Some("INVALID_REQUEST"), "{id}");
            assert_eq!(api.retryable, Some(false), "{id}");
            let message = api.message.as_deref().unwrap();
            assert!(message.contains("PROCESSING") && message.contains(status.as_str()), "{id}: {message}");
            let request_id = api.request_id.as_deref().unwrap();
            assert!(request_id.starts_with("req_sandbox_"), "{request_id}");
            assert_eq!(header(&api.headers, "x-extend-request-id"), Some(request_id));
            assert_eq!(sandbox.run(&id).unwrap().status(), status.as_str(), "{id} is unchanged");
        }
    }
}

#[tokio::test]
async fn processor_runs_refuse_other_statuses_with_the_2025_error_body() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    for status in OTHER_STATUSES {
        let id = seeded_run_id(RunKind::Processor, &status);
        let api = api_error(client.processor_runs().cancel(id.as_str()).await);
        assert_eq!(api.status.as_u16(), 400, "{id}");
        assert_eq!(api.code, None, "the 2025 body has no code");
        assert_eq!(api.retryable, None);
        let body: Value = serde_json::from_slice(&api.body).unwrap();
        assert_eq!(body["success"], false);
        assert_eq!(body.as_object().unwrap().len(), 2, "only success and error: {body}");
        assert_eq!(api.message.as_deref(), body["error"].as_str());
        assert!(api.message.as_deref().unwrap().contains(status.as_str()));
        // The request id comes from the header, as the 2025 body has none.
        assert!(api.request_id.as_deref().unwrap().starts_with("req_sandbox_"));
        assert_eq!(sandbox.run(&id).unwrap().status(), status.as_str());
    }
}

#[tokio::test]
async fn unknown_ids_and_runs_of_another_kind_get_404() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);

    let api = api_error(client.extract_runs().cancel("exr_does_not_exist").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (404, Some("NOT_FOUND")));
    assert_eq!(api.retryable, Some(false));
    assert!(api.message.as_deref().unwrap().contains("exr_does_not_exist"));

    // A classify run is not an extract run, whatever the endpoint.
    let api = api_error(client.extract_runs().cancel("clr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (404, Some("NOT_FOUND")));
    assert_eq!(sandbox.run("clr_processing").unwrap().status(), "PROCESSING");

    let api = api_error(client.processor_runs().cancel("dpr_does_not_exist").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (404, None));
    assert!(api.message.as_deref().unwrap().contains("dpr_does_not_exist"));

    // A removed run is gone.
    assert_eq!(sandbox.remove("splr_processing").map(|run| run.kind()), Some(RunKind::Split));
    let api = api_error(client.split_runs().cancel("splr_processing").await);
    assert_eq!(api.status.as_u16(), 404);
}

#[tokio::test]
async fn a_missing_or_wrong_api_key_gets_401() {
    let sandbox = Sandbox::start().await.unwrap();
    let wrong = Client::builder().api_key("sk_wrong").base_url(sandbox.base_url()).build().unwrap();
    let api = api_error(wrong.extract_runs().cancel("exr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (401, Some("UNAUTHORIZED")));
    assert_eq!(api.retryable, Some(false));
    assert_eq!(api.attempts, 1, "a 401 is not retried");
    let api = api_error(wrong.processor_runs().cancel("dpr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (401, None));

    let missing = raw(&sandbox, Method::POST, "/extract_runs/exr_processing/cancel", None, &[]).await;
    assert_eq!(missing.status, 401);
    assert_eq!(missing.json["code"], "UNAUTHORIZED");
    let not_bearer = raw(
        &sandbox,
        Method::POST,
        "/classify_runs/clr_processing/cancel",
        None,
        &[("authorization", "Basic c2tfc2FuZGJveA==")],
    )
    .await;
    assert_eq!(not_bearer.status, 401);

    for id in ["exr_processing", "dpr_processing"] {
        assert_eq!(sandbox.run(id).unwrap().status(), "PROCESSING", "{id} untouched");
    }
}

#[tokio::test]
async fn a_wrong_workspace_gets_403_and_the_right_one_or_none_is_accepted() {
    let sandbox = Sandbox::builder().api_key("sk_team").workspace_id("ws_team").start().await.unwrap();
    assert_eq!((sandbox.api_key(), sandbox.workspace_id()), ("sk_team", "ws_team"));
    let client = sandbox.client_builder().workspace_id("ws_other").max_retries(0).build().unwrap();

    let api = api_error(client.extract_runs().cancel("exr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (403, Some("FORBIDDEN")));
    assert!(api.message.as_deref().unwrap().contains("ws_other"));
    let api = api_error(client.processor_runs().cancel("dpr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (403, None));

    // The per-call workspace replaces the client's; without one, the key's own workspace.
    let run = client.extract_runs().cancel("exr_processing").workspace_id("ws_team").await.unwrap();
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);
    let plain = sandbox.client_builder().build().unwrap();
    let run = plain.classify_runs().cancel("clr_processing").await.unwrap();
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);

    let workspaces: Vec<Option<String>> =
        sandbox.requests().iter().map(|r| r.header("x-extend-workspace-id").map(str::to_owned)).collect();
    assert_eq!(
        workspaces,
        [Some("ws_other".to_owned()), Some("ws_other".to_owned()), Some("ws_team".to_owned()), None]
    );
}

#[tokio::test]
async fn records_requests_with_their_headers_and_answers() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    client.extract_runs().cancel("exr_processing").await.unwrap();
    client.processor_runs().cancel("dpr_processed").await.unwrap_err();
    let requests = sandbox.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!((requests[0].method.as_str(), requests[0].status), ("POST", 200));
    assert_eq!(requests[0].header("x-extend-api-version"), Some("2026-02-09"));
    assert_eq!(requests[0].header("authorization"), Some("Bearer sk_sandbox"));
    assert_eq!(
        (requests[1].path.as_str(), requests[1].status),
        ("/processor_runs/dpr_processed/cancel", 400)
    );
    assert_eq!(requests[1].header("x-extend-api-version"), Some("2025-04-21"));
    assert_ne!(requests[0].request_id, requests[1].request_id);
}

#[tokio::test]
async fn every_response_carries_its_request_id_in_the_header_and_the_2026_body() {
    let sandbox = Sandbox::start().await.unwrap();
    let key = Some(sandbox.api_key());
    let ok = raw(&sandbox, Method::POST, "/extract_runs/exr_processing/cancel", key, &[]).await;
    let refused = raw(&sandbox, Method::POST, "/extract_runs/exr_processing/cancel", key, &[]).await;
    assert_eq!((ok.status, refused.status), (200, 400));
    assert_eq!(header(&ok.headers, "x-extend-request-id"), Some("req_sandbox_1"));
    assert_eq!(header(&ok.headers, "content-type"), Some("application/json"));
    assert_eq!(header(&refused.headers, "x-extend-request-id"), Some("req_sandbox_2"));
    assert_eq!(refused.json["requestId"], "req_sandbox_2");
    let fields: Vec<&String> = refused.json.as_object().unwrap().keys().collect();
    assert_eq!(fields, ["code", "message", "requestId", "retryable"]);
    assert_eq!(sandbox.requests()[1].request_id, "req_sandbox_2");
}

#[tokio::test]
async fn other_methods_get_405_and_other_paths_404() {
    let sandbox = Sandbox::start().await.unwrap();
    let key = Some(sandbox.api_key());
    let get = raw(&sandbox, Method::GET, "/extract_runs/exr_processing/cancel", key, &[]).await;
    assert_eq!(get.status, 405);
    assert_eq!(header(&get.headers, "allow"), Some("POST"));
    assert_eq!(sandbox.run("exr_processing").unwrap().status(), "PROCESSING");
    let other = raw(&sandbox, Method::POST, "/workflow_runs/workflow_run_1/cancel", key, &[]).await;
    assert_eq!((other.status, other.json["code"].as_str()), (404, Some("NOT_FOUND")));
}

#[tokio::test]
async fn a_cancel_with_a_json_body_works_like_the_cli_sends_it() {
    let sandbox = Sandbox::start().await.unwrap();
    let response = reqwest::Client::new()
        .post(format!("{}/split_runs/splr_processing/cancel", sandbox.base_url()))
        .bearer_auth(sandbox.api_key())
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let run: types::SplitRun = response.json().await.unwrap();
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);
}

#[tokio::test]
async fn added_runs_are_served_and_their_state_can_be_read() {
    let sandbox = Sandbox::builder().seeded(false).start().await.unwrap();
    assert!(sandbox.runs().is_empty());
    let client = client(&sandbox);

    let mut mine = sample::extract_run("exr_ünïcödé", ProcessorRunStatus::Processing);
    mine.metadata = None;
    mine.failure_message = Some("kept as given".to_owned());
    assert_eq!(sandbox.insert(mine.clone()), None);
    sandbox.insert(Run::sample(RunKind::Classify, "clr_mine", ProcessorRunStatus::Failed));

    // The id is percent-encoded on the wire and decoded by the sandbox.
    let run = client.extract_runs().cancel("exr_ünïcödé").await.unwrap();
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);
    assert_eq!(run.metadata, None);
    assert_eq!(run.failure_message.as_deref(), Some("kept as given"));
    assert_eq!(sandbox.requests()[0].path, "/extract_runs/exr_%C3%BCn%C3%AFc%C3%B6d%C3%A9/cancel");
    let Some(Run::Extract(stored)) = sandbox.run("exr_ünïcödé") else { panic!("not stored") };
    assert_eq!(stored, *run);
    assert_eq!(
        stored,
        types::ExtractRun { status: ProcessorRunStatus::Cancelled, updated_at: stored.updated_at, ..mine }
    );

    let api = api_error(client.cancel("clr_mine").await);
    assert_eq!(api.status.as_u16(), 400);

    // Replacing a run returns the old one; the kind decides the endpoint.
    let old = sandbox.insert(sample::classify_run("clr_mine", ProcessorRunStatus::Processing)).unwrap();
    assert_eq!(old.status(), "FAILED");
    let CancelledRun::Classify(run) = client.cancel("clr_mine").await.unwrap() else {
        panic!("not classify")
    };
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);
    let ids: Vec<String> = sandbox.runs().iter().map(|r| r.id().to_owned()).collect();
    assert_eq!(ids, ["clr_mine", "exr_ünïcödé"]);
}

#[test]
fn a_sandbox_can_be_shared_across_tasks_and_threads() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Sandbox>();
    assert_send_sync::<Run>();
    assert_send_sync::<Fault>();
}

#[tokio::test]
async fn is_seeded_with_every_kind_in_every_status() {
    let sandbox = Sandbox::start().await.unwrap();
    let runs = sandbox.runs();
    assert_eq!(runs.len(), 20);
    for kind in RunKind::ALL {
        for status in [ProcessorRunStatus::Processing].into_iter().chain(OTHER_STATUSES) {
            let id = seeded_run_id(kind, &status);
            let run = sandbox.run(&id).unwrap_or_else(|| panic!("{id} is not seeded"));
            assert_eq!((run.kind(), run.status()), (kind, status.as_str()), "{id}");
        }
    }
    let Some(Run::Extract(failed)) = sandbox.run("exr_failed") else { panic!() };
    assert_eq!(failed.failure_reason.as_ref().map(|r| r.as_str()), Some("FAILED_TO_PROCESS_FILE"));
    let Some(Run::Split(processed)) = sandbox.run("splr_processed") else { panic!() };
    assert_eq!(processed.output.and_then(|o| o.splits).map(|s| s.len()), Some(2));
}

#[tokio::test]
async fn injected_503s_are_retried_by_the_client_then_the_cancel_succeeds() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    sandbox.inject(Fault::ServerError { status: 503 }, 2);
    assert_eq!(sandbox.pending_faults(), 2);

    let run = client.extract_runs().cancel("exr_processing").await.unwrap();
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);
    let statuses: Vec<u16> = sandbox.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [503, 503, 200]);
    assert_eq!(sandbox.pending_faults(), 0);
}

#[tokio::test]
async fn faults_beyond_the_retry_budget_reach_the_caller_as_typed_errors() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);

    sandbox.inject(Fault::ServerError { status: 500 }, 3);
    let api = api_error(client.extract_runs().cancel("exr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref()), (500, Some("INTERNAL_ERROR")));
    assert_eq!((api.retryable, api.attempts), (Some(true), 3));

    // A proxy's HTML page is an HTTP error with its status, not a decode error.
    sandbox.inject(Fault::HtmlPage { status: 502 }, 3);
    let error = client.classify_runs().cancel("clr_processing").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert!(error.is_retryable());
    let api = api_error::<()>(Err(error));
    assert_eq!((api.code.as_ref(), api.attempts), (None, 3));
    assert_eq!(header(&api.headers, "content-type"), Some("text/html"));
    assert!(api.body_text().contains("<h1>502 Bad Gateway</h1>"), "{}", api.body_text());

    // Processor endpoints fail in their own shape.
    sandbox.inject(Fault::ServerError { status: 504 }, 3);
    let api = api_error(client.processor_runs().cancel("dpr_processing").await);
    assert_eq!((api.status.as_u16(), api.code.as_deref(), api.attempts), (504, None, 3));
    let body: Value = serde_json::from_slice(&api.body).unwrap();
    assert_eq!(body["success"], false);

    // Faults come before the run is looked at: nothing was cancelled.
    for id in ["exr_processing", "clr_processing", "dpr_processing"] {
        assert_eq!(sandbox.run(id).unwrap().status(), "PROCESSING", "{id}");
    }
    assert_eq!(sandbox.requests().len(), 9);
}

#[tokio::test]
async fn rate_limits_carry_retry_after_and_the_client_honours_it() {
    let sandbox = Sandbox::start().await.unwrap();
    sandbox.inject(Fault::RateLimited { retry_after_secs: Some(7) }, 1);
    let limited =
        raw(&sandbox, Method::POST, "/extract_runs/exr_processing/cancel", Some("sk_sandbox"), &[]).await;
    assert_eq!(limited.status, 429);
    assert_eq!(header(&limited.headers, "retry-after"), Some("7"));
    assert_eq!(limited.json["code"], "RATE_LIMIT_EXCEEDED");
    assert_eq!(limited.json["retryable"], true);

    sandbox.inject(Fault::RateLimited { retry_after_secs: None }, 1);
    let limited =
        raw(&sandbox, Method::POST, "/processor_runs/dpr_processing/cancel", Some("sk_sandbox"), &[]).await;
    assert_eq!(limited.status, 429);
    assert_eq!(header(&limited.headers, "retry-after"), None);
    assert_eq!(limited.json["success"], false);

    // `Retry-After: 0` is honoured (no back-off beyond it), then the retry succeeds.
    let client = Client::builder()
        .api_key(sandbox.api_key())
        .base_url(sandbox.base_url())
        .retry_policy(RetryPolicy {
            max_retries: 1,
            initial_backoff: Duration::from_secs(30),
            ..Default::default()
        })
        .build()
        .unwrap();
    sandbox.inject(Fault::RateLimited { retry_after_secs: Some(0) }, 1);
    let started = Instant::now();
    let run = client.split_runs().cancel("splr_processing").await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(10), "waited {:?}", started.elapsed());
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);
    let statuses: Vec<u16> = sandbox.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [429, 429, 429, 200]);
}

#[tokio::test]
async fn faults_queue_in_order_and_can_be_cleared() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client_builder().max_retries(0).build().unwrap();
    sandbox.inject(Fault::ServerError { status: 500 }, 1);
    sandbox.inject(Fault::HtmlPage { status: 503 }, 1);
    sandbox.inject(Fault::ServerError { status: 502 }, 0);
    assert_eq!(sandbox.pending_faults(), 2);
    for expected in [500, 503] {
        let api = api_error(client.cancel("exr_processing").await);
        assert_eq!(api.status.as_u16(), expected);
    }
    sandbox.inject(Fault::ServerError { status: 500 }, 5);
    sandbox.clear_faults();
    assert_eq!(sandbox.pending_faults(), 0);
    assert_eq!(client.cancel("exr_processing").await.unwrap().status(), "CANCELLED");
}

#[tokio::test]
async fn a_delay_outlasting_the_timeout_is_a_timeout_and_a_shorter_one_is_only_slow() {
    let sandbox = Sandbox::start().await.unwrap();
    let impatient =
        sandbox.client_builder().timeout(Duration::from_millis(200)).max_retries(0).build().unwrap();
    sandbox.inject(Fault::Delay(Duration::from_secs(5)), 1);
    let started = Instant::now();
    let error = impatient.extract_runs().cancel("exr_processing").await.unwrap_err();
    assert!(matches!(error, Error::Timeout { deadline: false, attempts: 1, .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());

    let patient = client(&sandbox);
    sandbox.inject(Fault::Delay(Duration::from_millis(100)), 1);
    let started = Instant::now();
    let run = patient.classify_runs().cancel("clr_processing").await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(100));
    assert_eq!(run.status, ProcessorRunStatus::Cancelled);
}

#[tokio::test]
async fn dropping_the_sandbox_stops_the_server() {
    let sandbox = Sandbox::start().await.unwrap();
    let client =
        sandbox.client_builder().max_retries(0).connect_timeout(Duration::from_secs(2)).build().unwrap();
    client.cancel("exr_processing").await.unwrap();
    drop(sandbox);
    // Let the runtime run the aborted server task to completion.
    for _ in 0..10 {
        tokio::task::yield_now().await;
    }
    let error = client.cancel("clr_processing").await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
}

/// One body the sandbox served.
struct Served {
    /// `<status> POST <path>`, and the injected fault if any.
    location: String,
    status: u16,
    /// The kind the path names.
    kind: RunKind,
    /// The component schema the body must satisfy.
    schema: &'static str,
    body: Value,
    /// The `x-extend-request-id` header.
    request_id: Option<String>,
}

fn kind_of_path(path: &str) -> RunKind {
    match path.split('/').nth(1) {
        Some("extract_runs") => RunKind::Extract,
        Some("classify_runs") => RunKind::Classify,
        Some("split_runs") => RunKind::Split,
        Some("processor_runs") => RunKind::Processor,
        other => panic!("{path}: no kind {other:?}"),
    }
}

/// Every body the sandbox serves, gathered through raw HTTP: 200s of every kind (including
/// runs with outputs, usage and failures, re-inserted as PROCESSING), and every error.
async fn served_bodies(sandbox: &Sandbox) -> Vec<Served> {
    let key = Some(sandbox.api_key());
    // (path, bearer token, extra headers)
    type Probe<'a> = (String, Option<&'a str>, &'static [(&'static str, &'static str)]);
    let mut requests: Vec<Probe> = Vec::new();
    // Every seeded run, whatever its contents, served as a successful cancel.
    for run in sandbox.runs() {
        let id = format!("{}_as_processing", run.id());
        let processing = match run {
            Run::Extract(run) => Run::Extract(types::ExtractRun {
                id: id.clone(),
                status: ProcessorRunStatus::Processing,
                ..run
            }),
            Run::Classify(run) => Run::Classify(types::ClassifyRun {
                id: id.clone(),
                status: ProcessorRunStatus::Processing,
                ..run
            }),
            Run::Split(run) => {
                Run::Split(types::SplitRun { id: id.clone(), status: ProcessorRunStatus::Processing, ..run })
            }
            Run::Processor(run) => Run::Processor(types::LegacyProcessorRun {
                id: id.clone(),
                status: LegacyProcessorStatus::Processing,
                ..run
            }),
            other => panic!("unknown kind {other:?}"),
        };
        let kind = processing.kind();
        sandbox.insert(processing);
        requests.push((cancel_path(kind, &id), key, &[]));
    }
    for kind in RunKind::ALL {
        for status in OTHER_STATUSES {
            requests.push((cancel_path(kind, &seeded_run_id(kind, &status)), key, &[]));
        }
        requests.push((cancel_path(kind, "missing"), key, &[]));
        requests.push((cancel_path(kind, &seeded_run_id(kind, &ProcessorRunStatus::Processing)), None, &[]));
        requests.push((
            cancel_path(kind, &seeded_run_id(kind, &ProcessorRunStatus::Processing)),
            Some("sk_x"),
            &[],
        ));
        requests.push((
            cancel_path(kind, &seeded_run_id(kind, &ProcessorRunStatus::Processing)),
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
    // Injected faults with JSON bodies, on both shapes.
    for fault in [Fault::RateLimited { retry_after_secs: Some(1) }, Fault::ServerError { status: 503 }] {
        for kind in [RunKind::Extract, RunKind::Processor] {
            sandbox.inject(fault.clone(), 1);
            let path = cancel_path(kind, "anything");
            let response = raw(sandbox, Method::POST, &path, key, &[]).await;
            bodies.push(Served {
                location: format!("{} POST {path} ({fault:?})", response.status),
                status: response.status,
                kind,
                schema: "ErrorBody",
                request_id: header(&response.headers, "x-extend-request-id").map(str::to_owned),
                body: response.json,
            });
        }
    }
    bodies
}

#[tokio::test]
async fn every_body_the_sandbox_serves_validates_against_the_spec() {
    let spec = spec_check::Spec::load_default().expect("the spec loads");
    let sandbox = Sandbox::start().await.unwrap();
    let bodies = served_bodies(&sandbox).await;
    let successes = bodies.iter().filter(|served| served.schema != "ErrorBody").count();
    assert_eq!(successes, 20, "every seeded run was served once as a 200");
    // 20 successes, 8 errors per kind (4 statuses, unknown id, no key, wrong key, wrong
    // workspace) and 4 injected faults.
    assert_eq!(bodies.len(), 20 + 4 * 8 + 4);
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
    let sandbox = Sandbox::start().await.unwrap();
    let bodies = served_bodies(&sandbox).await;
    let mut seen: Vec<(RunKind, u16)> = Vec::new();
    for Served { location, status, kind, body, request_id, .. } in
        bodies.iter().filter(|served| served.schema == "ErrorBody")
    {
        let request_id =
            request_id.as_deref().unwrap_or_else(|| panic!("{location}: no x-extend-request-id"));
        assert!(request_id.starts_with("req_sandbox_"), "{location}: {request_id}");
        let object = body.as_object().unwrap_or_else(|| panic!("{location}: not an object: {body}"));
        if *kind == RunKind::Processor {
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
    for kind in RunKind::ALL {
        for status in [400, 401, 403, 404] {
            assert!(seen.contains(&(kind, status)), "no {status} error body was checked for {kind:?}");
        }
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
