//! The HTTP side: recorded requests, request ids, other methods and paths, request bodies.

use super::support::{client, get, header, raw};
use extend_cancel::{types, RunStatus};
use extend_cancel_sandbox::Sandbox;
use reqwest::Method;
use std::sync::{Arc, Mutex};

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
    assert_eq!(run.status, RunStatus::Cancelled);
}

#[tokio::test]
async fn on_request_sees_each_request_with_its_query_and_status_as_it_is_answered() {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&lines);
    let sandbox = Sandbox::builder()
        .on_request(move |r| {
            log.lock().unwrap().push(format!("{} {} {}", r.method, r.path_and_query(), r.status))
        })
        .start()
        .await
        .unwrap();
    get(&sandbox, "/extract_runs?status=PROCESSING&batchId=bpr%201").await;
    raw(&sandbox, Method::POST, "/split_runs/splr_processing/cancel", Some("sk_wrong"), &[]).await;
    assert_eq!(
        *lines.lock().unwrap(),
        [
            "GET /extract_runs?status=PROCESSING&batchId=bpr%201 200",
            "POST /split_runs/splr_processing/cancel 401"
        ]
    );
    let recorded = sandbox.requests();
    assert_eq!(recorded[0].query.as_deref(), Some("status=PROCESSING&batchId=bpr%201"));
    assert_eq!(
        (recorded[1].query.as_deref(), recorded[1].path.as_str()),
        (None, "/split_runs/splr_processing/cancel")
    );
    // The key a client sent is not in the Debug output, even a wrong one.
    let shown = format!("{:?}", recorded[1]);
    assert!(!shown.contains("sk_wrong") && shown.contains("<redacted>"), "{shown}");
    assert_eq!(recorded[1].header("authorization"), Some("Bearer sk_wrong"));
}

#[tokio::test]
async fn a_sandbox_binds_the_port_asked_for() {
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let sandbox = Sandbox::builder().port(free).start().await.unwrap();
    assert_eq!(sandbox.base_url(), format!("http://127.0.0.1:{free}"));
    assert_eq!(get(&sandbox, "/extract_runs/exr_processing").await.status, 200);
    // The port is taken now: a second sandbox on it fails with the I/O error.
    let taken = Sandbox::builder().port(free).start().await.unwrap_err();
    assert_eq!(taken.kind(), std::io::ErrorKind::AddrInUse);
}
