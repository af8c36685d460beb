//! Retries, timeouts, size limits and servers that misbehave on purpose. Every test bounds the
//! attempts, the typed outcome and the elapsed time; waits are milliseconds, not paused time
//! (reqwest's timeouts misfire under paused tokio time).

use crate::support::{self, builder};
use extend_cancel::{Error, TimeoutLimit};
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
    /// Send these bytes, then keep the connection open without sending anything more.
    SendThenHang(Vec<u8>),
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
        Action::SendThenHang(bytes) => {
            let _ = stream.write_all(&bytes).await;
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
    }
}

/// A loopback address that refuses connections for as long as the returned socket lives: the
/// port is bound (so no parallel test can take it) but not listening, so a connect gets a reset.
pub(crate) fn refusing_address() -> (socket2::Socket, String) {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    socket.bind(&std::net::SocketAddr::from(([127, 0, 0, 1], 0)).into()).unwrap();
    let address = socket.local_addr().unwrap().as_socket().unwrap();
    (socket, format!("http://{address}"))
}

/// A loopback address whose connects hang for as long as the returned sockets live: a listener
/// with a backlog of 0 that never accepts, filled until a connect times out (Linux drops the SYN
/// of a connection that its full accept queue cannot take; the client retransmits after 1 s).
fn hanging_address() -> (socket2::Socket, Vec<std::net::TcpStream>, String) {
    use socket2::{Domain, Socket, Type};
    let listener = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    listener.bind(&std::net::SocketAddr::from(([127, 0, 0, 1], 0)).into()).unwrap();
    listener.listen(0).unwrap();
    let address = listener.local_addr().unwrap().as_socket().unwrap();
    let mut fillers = Vec::new();
    for _ in 0..16 {
        match std::net::TcpStream::connect_timeout(&address, Duration::from_millis(100)) {
            Ok(stream) => fillers.push(stream),
            Err(error) if error.kind() == std::io::ErrorKind::TimedOut => {
                return (listener, fillers, format!("http://{address}"))
            }
            Err(error) => panic!("filling the backlog of {address}: {error}"),
        }
    }
    panic!("the backlog of {address} never filled up");
}

/// The shortest total back-off of `retries` retries under `support::fast_retries`: 10 ms
/// doubling, minus 10 % jitter.
fn min_backoff(retries: u32) -> Duration {
    (0..retries).map(|i| Duration::from_millis(9 << i).min(Duration::from_millis(36))).sum()
}

/// Asserts `lower <= elapsed < upper`.
#[track_caller]
fn assert_elapsed(started: Instant, lower: Duration, upper: Duration) {
    let elapsed = started.elapsed();
    assert!(elapsed >= lower && elapsed < upper, "elapsed {elapsed:?}, expected [{lower:?}, {upper:?})");
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
    assert_elapsed(started, min_backoff(2), Duration::from_secs(2));
}

#[tokio::test]
async fn a_refused_connection_is_retried_up_to_the_limit() {
    let (_bound, url) = refusing_address();
    let client = builder(&url).build().unwrap();
    let started = Instant::now();
    let error = client.extract_runs().cancel("exr_1").await.unwrap_err();
    let Error::Transport { attempts, source } = &error else { panic!("{error:?}") };
    assert_eq!(*attempts, 3);
    assert!(source.is_connect() && !source.is_timeout(), "{source:?}");
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
    let Error::Transport { attempts: 2, source } = &error else { panic!("{error:?}") };
    assert!(source.is_connect() && source.is_timeout(), "{source:?}");
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
