//! What the client records with `tracing`, and never records. Its own test binary: tracing's
//! per-callsite interest cache is process-wide, so a thread-local subscriber set while other
//! tests run in parallel threads could miss events.

use extend_cancel::{Client, RetryPolicy};
use httpmock::{Method::POST, MockServer};
use serde_json::json;
use std::{sync::Arc, time::Duration};

const KEY: &str = "sk_test_9f8e7d6c5b4a";

/// Everything the client logs while `f` runs, formatted one event a line.
#[derive(Clone, Default)]
struct Buffer(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Buffer {
    type Writer = Buffer;
    fn make_writer(&'a self) -> Buffer {
        self.clone()
    }
}

impl Buffer {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

// One test function: the scenarios share this thread's subscriber, so no other test's
// callsite interest can hide their events.
#[tokio::test]
async fn tracing_records_attempts_and_corrections_but_never_the_key() {
    let buffer = Buffer::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(buffer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    attempts_but_never_the_key(&buffer).await;
    one_warning_per_corrected_response(&buffer).await;
    one_warning_when_a_batch_stops(&buffer).await;
}

async fn attempts_but_never_the_key(buffer: &Buffer) {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/extract_runs/exr_1/cancel");
            then.status(503).header("x-extend-request-id", "req_trace").body("down");
        })
        .await;
    let client = Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .retry_policy(
            // No jitter, so the recorded wait is exactly the back-off.
            RetryPolicy::default().max_retries(1).initial_backoff(Duration::from_millis(20)).jitter(0.0),
        )
        .build()
        .unwrap();
    client.extract_runs().cancel("exr_1").await.unwrap_err();
    let log = buffer.text();
    assert!(log.contains("attempt=1") && log.contains("attempt=2"), "{log}");
    assert!(log.contains("status=Some(503)") && log.contains("req_trace"), "{log}");
    assert!(log.contains("operation=\"cancel_extract_run\""), "{log}");
    assert!(log.contains("run_id=exr_1"), "{log}");
    assert!(!log.contains(KEY) && !log.to_ascii_lowercase().contains("bearer"), "{log}");

    // One event per attempt, with its own fields.
    let attempts: Vec<&str> =
        log.lines().filter(|line| line.contains("extend-cancel attempt finished")).collect();
    assert_eq!(attempts.len(), 2, "{log}");
    for (number, line) in attempts.iter().enumerate() {
        assert_eq!(field(line, "attempt"), Some((number + 1).to_string().as_str()), "{line}");
        assert_eq!(field(line, "operation"), Some("\"cancel_extract_run\""), "{line}");
        assert_eq!(field(line, "status"), Some("Some(503)"), "{line}");
        assert_eq!(field(line, "request_id"), Some("\"req_trace\""), "{line}");
        let latency = field(line, "latency_ms").unwrap_or_else(|| panic!("no latency_ms: {line}"));
        assert!(latency.parse::<u64>().is_ok_and(|ms| ms < 10_000), "{line}");
    }
    // The wait before the next attempt: the back-off after the first, none after the last.
    assert_eq!(field(attempts[0], "wait_ms"), Some("20"), "{}", attempts[0]);
    assert_eq!(field(attempts[1], "wait_ms"), None, "{}", attempts[1]);
}

async fn one_warning_per_corrected_response(buffer: &Buffer) {
    let server = MockServer::start_async().await;
    for (id, extractor) in [
        (
            "exr_ok",
            json!({"object": "extractor", "id": "ex_1", "name": "Invoices", "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:45:00Z"}),
        ),
        (
            "exr_odd",
            json!({"object": "extractor", "id": "ex_1", "name": 7, "updatedAt": "2024-03-21T16:45:00Z"}),
        ),
    ] {
        let body = json!({"object": "extract_run", "id": id, "status": "CANCELLED", "output": null,
            "initialOutput": null, "reviewedOutput": null, "failureReason": null, "failureMessage": null,
            "metadata": null, "reviewed": false, "edited": false, "edits": null, "config": {},
            "extractor": extractor, "extractorVersion": null, "file": null, "files": null, "parseRunId": null,
            "dashboardUrl": "https://dashboard.extend.ai/runs/x", "usage": null,
            "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:46:00Z"});
        server
            .mock_async(|when, then| {
                when.method(POST).path(format!("/extract_runs/{id}/cancel"));
                then.status(200).json_body(body);
            })
            .await;
    }
    let client = Client::builder().api_key(KEY).base_url(server.base_url()).build().unwrap();
    let before = buffer.text().len();
    let ok = client.extract_runs().cancel("exr_ok").await.unwrap();
    assert!(ok.corrections().is_empty(), "{:?}", ok.corrections());
    let odd = client.extract_runs().cancel("exr_odd").await.unwrap();
    assert_eq!(odd.corrections().len(), 2, "{:?}", odd.corrections());
    let log = buffer.text()[before..].to_owned();
    let warnings: Vec<&str> = log.lines().filter(|line| line.contains(" WARN ")).collect();
    assert_eq!(warnings.len(), 1, "{log}");
    let warning = warnings[0];
    assert!(warning.contains("the response strayed from the spec"), "{warning}");
    assert_eq!(field(warning, "run_id"), Some("\"exr_odd\""), "{warning}");
    assert_eq!(field(warning, "corrections"), Some("2"), "{warning}");
    assert!(warning.contains("paths=extractor.name (invalid), extractor.createdAt (missing)"), "{warning}");
}

async fn one_warning_when_a_batch_stops(buffer: &Buffer) {
    use futures_util::StreamExt;
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST);
            then.status(401).header("x-extend-request-id", "req_refused").body("{}");
        })
        .await;
    let client = Client::builder().api_key(KEY).base_url(server.base_url()).build().unwrap();
    let before = buffer.text().len();
    let ids: Vec<String> = (0..50).map(|n| format!("exr_{n}")).collect();
    let results: Vec<_> = client.cancel_many(ids).concurrency(4).collect().await;
    assert_eq!(results.len(), 50);
    let log = buffer.text()[before..].to_owned();
    let warnings: Vec<&str> = log.lines().filter(|line| line.contains(" WARN ")).collect();
    assert_eq!(warnings.len(), 1, "{log}");
    let warning = warnings[0];
    assert!(warning.contains("extend_cancel::batch"), "{warning}");
    assert!(warning.contains("extend-cancel batch stopped: every further request would fail"), "{warning}");
    assert!(warning.contains("reason=the API key was refused"), "{warning}");
    assert_eq!(field(warning, "request_id"), Some("\"req_refused\""), "{warning}");
    assert!(!warning.contains(KEY), "{warning}");
}

/// The value of `name=value` among a formatted event's own fields, which follow its spans'
/// fields (values here have no spaces).
fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    line.split_whitespace().rev().find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}
