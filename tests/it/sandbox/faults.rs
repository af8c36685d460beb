//! Injected faults, the client's retries through them, delays and stopping the server.

use super::support::{api_error, client, header, raw};
use extend_cancel::{Client, Error, RetryPolicy, RunStatus, TimeoutLimit};
use extend_cancel_sandbox::{Fault, Sandbox};
use futures_util::StreamExt;
use reqwest::Method;
use serde_json::Value;
use std::time::{Duration, Instant};

#[tokio::test]
async fn injected_503s_are_retried_by_the_client_then_the_cancel_succeeds() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    sandbox.inject(Fault::ServerError { status: 503 }, 2);
    assert_eq!(sandbox.pending_faults(), 2);

    let run = client.extract_runs().cancel("exr_processing").await.unwrap();
    assert_eq!(run.status, RunStatus::Cancelled);
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
        .retry_policy(RetryPolicy::default().max_retries(1).initial_backoff(Duration::from_secs(30)))
        .build()
        .unwrap();
    sandbox.inject(Fault::RateLimited { retry_after_secs: Some(0) }, 1);
    let started = Instant::now();
    let run = client.split_runs().cancel("splr_processing").await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(10), "waited {:?}", started.elapsed());
    assert_eq!(run.status, RunStatus::Cancelled);
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
    assert!(matches!(error, Error::Timeout { limit: TimeoutLimit::Attempt, attempts: 1, .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(3), "took {:?}", started.elapsed());

    let patient = client(&sandbox);
    sandbox.inject(Fault::Delay(Duration::from_millis(100)), 1);
    let started = Instant::now();
    let run = patient.classify_runs().cancel("clr_processing").await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(100));
    assert_eq!(run.status, RunStatus::Cancelled);
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

#[tokio::test]
async fn a_response_lost_after_the_server_cancelled_is_a_transport_error_and_the_run_is_cancelled() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client_builder().max_retries(0).build().unwrap();
    sandbox.inject(Fault::DropAfterHandling, 1);
    let error = client.extract_runs().cancel("exr_processing").await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    // The server acted: the run is cancelled, and the request is recorded as answered 200
    // with its response dropped.
    assert_eq!(sandbox.run("exr_processing").unwrap().status(), "CANCELLED");
    let recorded = sandbox.requests();
    assert_eq!((recorded[0].status, recorded[0].dropped), (200, true));
    // What a caller does next: retrieve the run to learn its final state.
    let retrieved = raw(&sandbox, Method::GET, "/extract_runs/exr_processing", Some("sk_sandbox"), &[]).await;
    assert_eq!(retrieved.json["status"], "CANCELLED");
    assert!(!sandbox.requests()[1].dropped);

    // On the wire: the connection closes without a response; the same cancel sent again gets
    // the 400 of a run already cancelled.
    sandbox.inject(Fault::DropAfterHandling, 1);
    let url = format!("{}/classify_runs/clr_processing/cancel", sandbox.base_url());
    let http = reqwest::Client::new();
    let lost = http.post(&url).bearer_auth(sandbox.api_key()).send().await.unwrap_err();
    assert!(lost.is_request() && !lost.is_connect() && !lost.is_timeout(), "{lost:?}");
    let again = http.post(&url).bearer_auth(sandbox.api_key()).send().await.unwrap();
    assert_eq!(again.status().as_u16(), 400);
    let statuses: Vec<(u16, bool)> = sandbox.requests()[2..].iter().map(|r| (r.status, r.dropped)).collect();
    assert_eq!(statuses, [(200, true), (400, false)]);
    assert_eq!(sandbox.pending_faults(), 0);
}

#[tokio::test]
async fn faults_apply_to_the_new_endpoints_as_to_the_old() {
    let sandbox = Sandbox::builder().cancelling_delay(Duration::from_secs(3600)).start().await.unwrap();
    let client = client(&sandbox);
    // Retried through, then served.
    sandbox.inject(Fault::ServerError { status: 503 }, 2);
    let run = client.workflow_runs().cancel("workflow_run_processing").await.unwrap();
    assert_eq!(run.status, RunStatus::Cancelling);
    sandbox.inject(Fault::RateLimited { retry_after_secs: None }, 1);
    let batch = client.batch_run("bpar_sandbox").await.unwrap();
    assert_eq!(batch.run_count, Some(5));
    sandbox.inject(Fault::HtmlPage { status: 502 }, 1);
    let listed: Vec<_> = client.processor_runs().list().max_page_size(100).collect().await;
    assert_eq!(listed.len(), 5, "{listed:?}");
    let statuses: Vec<(u16, String)> =
        sandbox.requests().iter().map(|r| (r.status, r.path.clone())).collect();
    assert_eq!(
        statuses,
        [
            (503, "/workflow_runs/workflow_run_processing/cancel".to_owned()),
            (503, "/workflow_runs/workflow_run_processing/cancel".to_owned()),
            (200, "/workflow_runs/workflow_run_processing/cancel".to_owned()),
            (429, "/batch_runs/bpar_sandbox".to_owned()),
            (200, "/batch_runs/bpar_sandbox".to_owned()),
            (502, "/processor_runs".to_owned()),
            (200, "/processor_runs".to_owned()),
        ]
    );
    // The legacy list fails in the 2025-04-21 shape.
    sandbox.inject(Fault::ServerError { status: 500 }, 1);
    let failed = raw(&sandbox, Method::GET, "/processor_runs", Some(sandbox.api_key()), &[]).await;
    assert_eq!(failed.status, 500);
    assert_eq!(failed.json["success"], false);
    // A dropped response after a cancel: the verify run was cancelled all the same.
    sandbox.inject(Fault::DropAfterHandling, 1);
    let dropped = client.verify_runs().cancel("vr_processing").max_retries(0).await;
    assert!(matches!(dropped, Err(Error::Transport { .. })), "{dropped:?}");
    assert_eq!(sandbox.run("vr_processing").unwrap().status(), "CANCELLED");
    assert!(sandbox.requests().last().unwrap().dropped);
}
