//! Retries, timeouts, size limits and servers that misbehave on purpose. Every test bounds the
//! attempts, the typed outcome and the elapsed time; waits are milliseconds, not paused time
//! (reqwest's timeouts misfire under paused tokio time).

use crate::raw_server::{
    assert_elapsed, hanging_address, http_response, min_backoff, refusing_address, Action, RawServer,
};
use crate::support::{self, builder};
use extend_cancel::{Error, TimeoutLimit};
use httpmock::{Method::POST, MockServer};
use serde_json::json;
use std::time::{Duration, Instant};

#[tokio::test]
async fn connection_reset_before_the_response_is_retried_up_to_the_limit() {
    let server = RawServer::start(vec![Action::Reset]).await;
    let client = builder(&server.url).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Transport { attempts: 3, cause: extend_cancel::TransportCause::ConnectionReset, .. }
        ),
        "{error:?}"
    );
    assert_eq!(server.connections(), 3);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_elapsed(started, min_backoff(2), Duration::from_secs(2));
}

#[tokio::test]
async fn a_refused_connection_is_retried_up_to_the_limit() {
    let (_bound, url) = refusing_address();
    let client = builder(&url).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    let Error::Transport { host, cause, attempts, source } = &error else { panic!("{error:?}") };
    assert_eq!(*attempts, 3);
    assert!(source.is_connect() && !source.is_timeout(), "{source:?}");
    // The message names the host it tried and the cause.
    assert_eq!(*cause, extend_cancel::TransportCause::ConnectionRefused);
    assert_eq!(host, url.trim_end_matches('/'));
    assert_eq!(error.to_string(), format!("could not reach {host}: connection refused (after 3 attempt(s))"));
    assert!(error.is_retryable());
    assert_elapsed(started, min_backoff(2), Duration::from_secs(2));
}

#[tokio::test]
async fn a_connect_timeout_is_retried_because_nothing_was_sent() {
    let (_listener, _fillers, url) = hanging_address();
    let connect_timeout = Duration::from_millis(200);
    let client = builder(&url).max_retries(1).connect_timeout(connect_timeout).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    // A connect timeout is a connection failure: reported as such, after both attempts.
    let Error::Transport { attempts: 2, source, cause, .. } = &error else { panic!("{error:?}") };
    assert!(source.is_connect() && source.is_timeout(), "{source:?}");
    assert_eq!(*cause, extend_cancel::TransportCause::ConnectTimeout);
    assert!(error.is_retryable());
    assert_elapsed(started, 2 * connect_timeout + min_backoff(1), Duration::from_secs(3));
}

#[tokio::test]
async fn a_retry_after_a_lost_response_that_meets_an_already_cancelled_run_says_so() {
    let body = json!({"code": "INVALID_REQUEST", "message": "Run is not PROCESSING", "retryable": false})
        .to_string();
    let server = RawServer::start(vec![Action::Reset, http_response("400 Bad Request", &body)]).await;
    let client = builder(&server.url).build().unwrap();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    let Error::Api(api) = error else { panic!("{error:?}") };
    assert_eq!(api.status.as_u16(), 400);
    assert_eq!(api.attempts, 2);
    assert!(api.retried_after_lost_response);
    assert!(api.may_already_be_cancelled());
    assert!(api
        .to_string()
        .ends_with("an earlier attempt whose response was lost may already have cancelled the run"));
    assert_eq!(server.connections(), 2);
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_within_the_bound() {
    let server = RawServer::start(vec![Action::Hang]).await;
    let client = builder(&server.url).timeout(Duration::from_millis(300)).build().unwrap();
    let started = Instant::now();
    let error = client.split_runs().cancel("splr_1").await.unwrap_err();
    let elapsed = started.elapsed();
    assert!(matches!(error, Error::Timeout { limit: TimeoutLimit::Attempt, attempts: 1, .. }), "{error:?}");
    assert!(error.is_retryable());
    assert_eq!(server.connections(), 1, "timeouts are not retried: the cancel may be in flight");
    assert!(elapsed >= Duration::from_millis(300) && elapsed < Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test]
async fn a_body_trickled_forever_times_out_within_the_bound() {
    let server = RawServer::start(vec![Action::Trickle]).await;
    let client = builder(&server.url).timeout(Duration::from_millis(400)).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert!(matches!(error, Error::Timeout { limit: TimeoutLimit::Attempt, .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    assert!(matches!(error, Error::Timeout { limit: TimeoutLimit::Attempt, attempts: 1, .. }), "{error:?}");
    assert_eq!(server.connections(), 1, "a timeout while reading the body is not retried");
    assert_elapsed(started, Duration::from_millis(400), Duration::from_secs(2));
}

#[tokio::test]
async fn the_overall_deadline_bounds_attempts_and_waits() {
    let server = RawServer::start(vec![Action::Hang]).await;
    let client = builder(&server.url).timeout(Duration::from_secs(20)).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").deadline(Duration::from_millis(300)).await.unwrap_err();
    assert!(matches!(error, Error::Timeout { limit: TimeoutLimit::Deadline, attempts: 1, .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(server.connections(), 1);
    assert_elapsed(started, Duration::from_millis(300), Duration::from_secs(2));
}

#[tokio::test]
async fn a_retry_wait_longer_than_the_deadline_stops_with_the_last_error() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path("/extract_runs/exr_1/cancel");
            then.status(429)
                .header("retry-after", "3")
                .json_body(json!({"code": "RATE_LIMIT_EXCEEDED", "message": "slow down", "retryable": true}));
        })
        .await;
    let client = builder(&server.base_url()).deadline(Duration::from_millis(500)).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(mock.calls_async().await, 1);
    assert!(started.elapsed() < Duration::from_secs(1));
    let Error::Api(api) = error else { panic!("{error:?}") };
    assert_eq!((api.code.as_deref(), api.attempts), (Some("RATE_LIMIT_EXCEEDED"), 1));
}

#[tokio::test]
async fn html_502_and_503_pages_are_retried_then_typed_http_errors() {
    for status in [502u16, 503] {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                when.method(POST).path("/classify_runs/clr_1/cancel");
                then.status(status).header("content-type", "text/html").body("<html>upstream down</html>");
            })
            .await;
        let client = builder(&server.base_url()).build().unwrap();
        let started = Instant::now();
        let error = client.classify_runs().cancel("clr_1").await.unwrap_err();
        let Error::Api(api) = error else { panic!("{error:?}") };
        assert_eq!((api.status.as_u16(), api.attempts), (status, 3));
        assert_eq!(api.body_text(), "<html>upstream down</html>");
        assert_eq!(mock.calls_async().await, 3);
        assert!(started.elapsed() < Duration::from_secs(2));
        assert_elapsed(started, min_backoff(2), Duration::from_secs(2));
    }
}

#[tokio::test]
async fn a_429_with_retry_after_waits_at_least_that_long() {
    let server = MockServer::start_async().await;
    let limited = server
        .mock_async(|when, then| {
            when.method(POST).path("/extract_runs/exr_1/cancel");
            then.status(429).header("retry-after", "1").json_body(json!({"code": "RATE_LIMIT_EXCEEDED", "message": "Too many requests. Back off and retry.", "retryable": true})).up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.method(POST).path("/extract_runs/exr_1/cancel");
            then.status(200).json_body(support::extract_run("exr_1"));
        })
        .await;
    let client = builder(&server.base_url()).build().unwrap();
    let started = Instant::now();
    let run = client.extract_runs().cancel("exr_1").await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(run.id, "exr_1");
    assert_eq!((limited.calls_async().await, ok.calls_async().await), (1, 1));
    assert!(elapsed >= Duration::from_secs(1) && elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn a_429_forever_makes_exactly_the_maximum_attempts() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path("/split_runs/splr_1/cancel");
            then.status(429).json_body(json!({"code": "RATE_LIMIT_EXCEEDED", "message": "Too many requests. Back off and retry.", "retryable": true}));
        })
        .await;
    let client = builder(&server.base_url()).build().unwrap();
    let started = Instant::now();
    let error = client.split_runs().cancel("splr_1").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(error.as_api().unwrap().attempts, 3);
    assert_eq!(mock.calls_async().await, 3);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_elapsed(started, min_backoff(2), Duration::from_secs(2));
    assert!(
        matches!(&error, Error::Api(api) if api.code.as_deref() == Some("RATE_LIMIT_EXCEEDED")),
        "{error:?}"
    );
    // Per call, and per client, the limit can change; 0 disables retrying.
    client.split_runs().cancel("splr_1").max_retries(0).await.unwrap_err();
    assert_eq!(mock.calls_async().await, 4);
    client.split_runs().cancel("splr_1").max_retries(4).await.unwrap_err();
    assert_eq!(mock.calls_async().await, 9);
    let no_retries = builder(&server.base_url()).max_retries(0).build().unwrap();
    no_retries.split_runs().cancel("splr_1").await.unwrap_err();
    assert_eq!(mock.calls_async().await, 10);
}

#[tokio::test]
async fn a_503_twice_then_200_succeeds_on_the_third_attempt() {
    let server = MockServer::start_async().await;
    let failing = server
        .mock_async(|when, then| {
            when.method(POST).path("/processor_runs/dpr_1/cancel");
            then.status(503).json_body(json!({"success": false, "error": "unavailable"})).up_to_n_times(2);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.method(POST).path("/processor_runs/dpr_1/cancel");
            then.status(200).json_body(support::seed_processor_run());
        })
        .await;
    let client = builder(&server.base_url()).build().unwrap();
    let started = Instant::now();
    let response = client.processor_runs().cancel("dpr_1").await.unwrap();
    assert_eq!(response.success, Some(true));
    assert_eq!((failing.calls_async().await, ok.calls_async().await), (2, 1));
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_elapsed(started, min_backoff(2), Duration::from_secs(2));
}

#[tokio::test]
async fn a_401_is_not_retried() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path("/extract_runs/exr_1/cancel");
            then.status(401)
                .json_body(json!({"code": "UNAUTHORIZED", "message": "Invalid API key", "retryable": false}));
        })
        .await;
    let client = builder(&server.base_url()).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), error.is_retryable()), (Some(401), false));
    assert_eq!(mock.calls_async().await, 1);
    assert_elapsed(started, Duration::ZERO, Duration::from_secs(1));
    let Error::Api(api) = error else { panic!("{error:?}") };
    assert_eq!((api.status.as_u16(), api.code.as_deref(), api.attempts), (401, Some("UNAUTHORIZED"), 1));
    assert_eq!(api.message.as_deref(), Some("Invalid API key"));
}

#[tokio::test]
async fn malformed_success_bodies_are_decode_errors_after_one_attempt() {
    let full = support::extract_run("exr_1").to_string();
    let cases: [(&str, String); 3] = [
        ("truncated JSON", full[..full.len() / 2].to_owned()),
        ("non-JSON", "<html>OK</html>".to_owned()),
        ("empty", String::new()),
    ];
    for (what, body) in cases {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                when.method(POST).path("/extract_runs/exr_1/cancel");
                then.status(200).body(body.clone());
            })
            .await;
        let client = builder(&server.base_url()).build().unwrap();
        let started = Instant::now();
        let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
        let elapsed = started.elapsed();
        assert!(!error.is_retryable(), "{what}");
        let Error::Decode(decode) = error else { panic!("{what}: {error:?}") };
        assert_eq!(decode.body, body.as_bytes(), "{what}");
        assert_eq!(decode.status.as_u16(), 200, "{what}");
        assert_eq!(mock.calls_async().await, 1, "{what}");
        assert!(elapsed < Duration::from_secs(1), "{what}: {elapsed:?}");
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_with_a_content_length() {
    let server = MockServer::start_async().await;
    let mut run = support::extract_run("exr_1");
    run["metadata"] = json!({"padding": "x".repeat(4096)});
    server
        .mock_async(|when, then| {
            when.method(POST).path("/extract_runs/exr_1/cancel");
            then.status(200).json_body(run);
        })
        .await;
    let client = builder(&server.base_url()).max_response_bytes(2048).build().unwrap();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert!(matches!(error, Error::BodyTooLarge { limit: 2048, .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));

    // The refusal is by the header alone: this server promises 10 MB and then sends nothing,
    // so reading any of the body would wait for the client's 10 s timeout.
    let server = RawServer::start(vec![Action::SendThenHang(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 10000000\r\n\r\n".to_vec(),
    )])
    .await;
    let client =
        builder(&server.url).max_response_bytes(64 * 1024).timeout(Duration::from_secs(10)).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert!(matches!(error, Error::BodyTooLarge { limit: 65536, .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert!(!error.is_retryable());
    assert_eq!(server.connections(), 1);
    assert_elapsed(started, Duration::ZERO, Duration::from_secs(2));
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_without_a_content_length() {
    let server = RawServer::start(vec![Action::ChunkedForever]).await;
    let client =
        builder(&server.url).max_response_bytes(64 * 1024).timeout(Duration::from_secs(10)).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert!(matches!(error, Error::BodyTooLarge { limit: 65536, .. }), "{error:?}");
    assert_eq!(server.connections(), 1);
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
}
