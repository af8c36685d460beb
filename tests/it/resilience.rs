//! Retries, timeouts, size limits and servers that misbehave on purpose. Every test bounds the
//! attempts, the typed outcome and the elapsed time; waits are milliseconds, not paused time
//! (reqwest's timeouts misfire under paused tokio time).

use crate::support::{self, builder};
use extend_cancel::Error;
use httpmock::{Method::POST, MockServer};
use serde_json::json;
use std::{
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
};

/// What a [`RawServer`] does with one connection, after reading the request head.
#[derive(Clone)]
enum Action {
    /// Close with a TCP reset, sending nothing.
    Reset,
    /// Never answer.
    Hang,
    /// Send a head promising 1000 bytes, then one byte every 50 ms.
    Trickle,
    /// Send a chunked 200 whose chunks never end.
    ChunkedForever,
    /// Send these bytes, then close.
    Respond(Vec<u8>),
}

/// A loopback server below HTTP: each connection gets the next scripted action (the last one
/// repeats). Counts connections.
struct RawServer {
    url: String,
    connections: Arc<AtomicUsize>,
}

impl RawServer {
    async fn start(script: Vec<Action>) -> RawServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let connections = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&connections);
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { return };
                let n = counter.fetch_add(1, Ordering::SeqCst);
                let action = script[n.min(script.len() - 1)].clone();
                tokio::spawn(serve(stream, action));
            }
        });
        RawServer { url, connections }
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

async fn serve(mut stream: TcpStream, action: Action) {
    stream.set_nodelay(true).unwrap();
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    match action {
        Action::Reset => {
            let std = stream.into_std().unwrap();
            socket2::SockRef::from(&std).set_linger(Some(Duration::ZERO)).unwrap();
            drop(std);
        }
        Action::Hang => {
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        Action::Trickle => {
            let _ = stream
                .write_all(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n",
                )
                .await;
            for _ in 0..600 {
                if stream.write_all(b" ").await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        Action::ChunkedForever => {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n").await;
            let chunk = format!("400\r\n{}\r\n", " ".repeat(1024));
            for _ in 0..100_000 {
                if stream.write_all(chunk.as_bytes()).await.is_err() {
                    return;
                }
            }
        }
        Action::Respond(bytes) => {
            let _ = stream.write_all(&bytes).await;
        }
    }
}

fn http_response(status: &str, body: &str) -> Action {
    Action::Respond(
        format!(
            "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

#[tokio::test]
async fn connection_reset_before_the_response_is_retried_up_to_the_limit() {
    let server = RawServer::start(vec![Action::Reset]).await;
    let client = builder(&server.url).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert!(matches!(error, Error::Transport { attempts: 3, .. }), "{error:?}");
    assert_eq!(server.connections(), 3);
    assert!(started.elapsed() < Duration::from_secs(2));
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
    assert!(api.may_have_been_cancelled_by_a_lost_attempt());
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
    assert!(matches!(error, Error::Timeout { deadline: false, attempts: 1, .. }), "{error:?}");
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
    assert!(matches!(error, Error::Timeout { deadline: false, .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
}

#[tokio::test]
async fn the_overall_deadline_bounds_attempts_and_waits() {
    let server = RawServer::start(vec![Action::Hang]).await;
    let client = builder(&server.url).timeout(Duration::from_secs(20)).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").deadline(Duration::from_millis(300)).await.unwrap_err();
    assert!(matches!(error, Error::Timeout { deadline: true, attempts: 1, .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
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
    assert!(response.success);
    assert_eq!((failing.calls_async().await, ok.calls_async().await), (2, 1));
    assert!(started.elapsed() < Duration::from_secs(2));
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
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), error.is_retryable()), (Some(401), false));
    assert_eq!(mock.calls_async().await, 1);
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
        let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
        let Error::Decode(decode) = error else { panic!("{what}: {error:?}") };
        assert_eq!(decode.body, body.as_bytes(), "{what}");
        assert_eq!(mock.calls_async().await, 1, "{what}");
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
}
