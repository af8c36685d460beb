//! What the client records with `tracing`, and never records. Its own test binary: tracing's
//! per-callsite interest cache is process-wide, so a thread-local subscriber set while other
//! tests run in parallel threads could miss events.

use extend_cancel::{Client, RetryPolicy};
use httpmock::{Method::POST, MockServer};
use std::{sync::Arc, time::Duration};

const KEY: &str = "sk_test_9f8e7d6c5b4a";

#[tokio::test]
async fn tracing_records_attempts_but_never_the_key() {
    use tracing_subscriber::fmt::MakeWriter;
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
    impl<'a> MakeWriter<'a> for Buffer {
        type Writer = Buffer;
        fn make_writer(&'a self) -> Buffer {
            self.clone()
        }
    }
    let buffer = Buffer::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(buffer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

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
        .retry_policy(RetryPolicy {
            max_retries: 1,
            initial_backoff: Duration::from_millis(20),
            // No jitter, so the recorded wait is exactly the back-off.
            jitter: 0.0,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    client.extract_runs().cancel("exr_1").await.unwrap_err();
    let log = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
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

/// The value of `name=value` in a formatted event line (values here have no spaces).
fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    line.split_whitespace().find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}
