//! `Client::cancel_many`: completion-order results, bounded concurrency, rate limit, a shared
//! back-off on 429, and a dropped stream that stops sending.

use crate::support::{self, builder, fast_retries};
use extend_cancel::Error;
use futures_util::StreamExt;
use serde_json::Value;
use std::{
    collections::BTreeMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpListener,
};

type Responder = dyn Fn(usize, &str) -> (u16, Vec<(&'static str, String)>, String) + Send + Sync;

/// How long the server holds each request before answering it.
#[derive(Clone)]
enum Hold {
    /// The same delay for every request.
    Fixed(Duration),
    /// In rounds: the requests are held until `round` of them have arrived (or all `total`
    /// have, for the last, shorter round), then answered after `delay`. A round that never
    /// fills is released after `give_up`, so a client sending fewer at once fails the test
    /// instead of hanging it.
    Rounds { round: usize, total: usize, delay: Duration, give_up: Duration },
    /// Requests whose path contains `slow` are held until one answer to another request has
    /// been written (at most `give_up`), then for `delay` more; the others are answered at once.
    SlowAfterFast { slow: &'static str, delay: Duration, give_up: Duration },
}

/// A loopback server that answers each request through `respond(request number, path)` after
/// holding it as `hold` says, and records when each request arrived and how many were in flight.
struct ScriptedServer {
    url: String,
    log: Arc<Mutex<Vec<(Instant, String)>>>,
    /// (in flight now, most in flight at once, answers written)
    max_in_flight: Arc<Mutex<(usize, usize, usize)>>,
}

impl ScriptedServer {
    async fn start(delay: Duration, respond: Arc<Responder>) -> ScriptedServer {
        ScriptedServer::start_holding(Hold::Fixed(delay), respond).await
    }

    async fn start_holding(hold: Hold, respond: Arc<Responder>) -> ScriptedServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let log = Arc::new(Mutex::new(Vec::new()));
        let max_in_flight = Arc::new(Mutex::new((0, 0, 0)));
        let (log2, flight2) = (Arc::clone(&log), Arc::clone(&max_in_flight));
        tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else { return };
                let (log, flight, respond) = (Arc::clone(&log2), Arc::clone(&flight2), Arc::clone(&respond));
                let hold = hold.clone();
                tokio::spawn(async move {
                    stream.set_nodelay(true).unwrap();
                    let mut head = Vec::new();
                    let mut buf = [0u8; 2048];
                    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                        match stream.read(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => head.extend_from_slice(&buf[..n]),
                        }
                    }
                    let text = String::from_utf8_lossy(&head);
                    let path = text.split_whitespace().nth(1).unwrap_or("").to_owned();
                    let n = {
                        let mut log = log.lock().unwrap();
                        log.push((Instant::now(), path.clone()));
                        log.len() - 1
                    };
                    {
                        let mut f = flight.lock().unwrap();
                        f.0 += 1;
                        f.1 = f.1.max(f.0);
                    }
                    match hold {
                        Hold::Fixed(delay) => tokio::time::sleep(delay).await,
                        Hold::Rounds { round, total, delay, give_up } => {
                            let full = total.min((n / round + 1) * round);
                            let arrived = || log.lock().unwrap().len();
                            wait_until(give_up, || arrived() >= full).await;
                            tokio::time::sleep(delay).await;
                        }
                        Hold::SlowAfterFast { slow, delay, give_up } => {
                            if path.contains(slow) {
                                wait_until(give_up, || flight.lock().unwrap().2 > 0).await;
                                tokio::time::sleep(delay).await;
                            }
                        }
                    }
                    let (status, headers, body) = respond(n, &path);
                    let mut response = format!(
                        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
                        body.len()
                    );
                    for (name, value) in headers {
                        response.push_str(&format!("{name}: {value}\r\n"));
                    }
                    response.push_str("\r\n");
                    response.push_str(&body);
                    flight.lock().unwrap().0 -= 1;
                    let _ = stream.write_all(response.as_bytes()).await;
                    flight.lock().unwrap().2 += 1;
                });
            }
        });
        ScriptedServer { url, log, max_in_flight }
    }

    fn requests(&self) -> Vec<(Instant, String)> {
        self.log.lock().unwrap().clone()
    }

    fn max_in_flight(&self) -> usize {
        self.max_in_flight.lock().unwrap().1
    }
}

/// Polls `done` every millisecond until it is true or `give_up` has passed.
async fn wait_until(give_up: Duration, done: impl Fn() -> bool) {
    let started = Instant::now();
    while !done() && started.elapsed() < give_up {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// A successful cancel of whatever kind the path names.
fn run_for(path: &str) -> String {
    let id = path.split('/').nth(2).unwrap_or("");
    let body: Value = match path.split('/').nth(1) {
        Some("extract_runs") => support::extract_run(id),
        Some("split_runs") => support::split_run(id),
        Some("classify_runs") => {
            let mut run = support::seed_classify_run();
            run["id"] = id.into();
            run
        }
        _ => {
            let mut response = support::seed_processor_run();
            response["processorRun"]["id"] = id.into();
            response
        }
    };
    body.to_string()
}

fn ok_server(delay: Duration) -> impl std::future::Future<Output = ScriptedServer> {
    ScriptedServer::start(delay, Arc::new(|_, path: &str| (200, vec![], run_for(path))))
}

#[tokio::test]
async fn results_arrive_for_every_id_and_failures_do_not_stop_the_batch() {
    let server = ScriptedServer::start(
        Duration::ZERO,
        Arc::new(|_, path: &str| {
            if path.contains("missing") {
                (
                    404,
                    vec![],
                    r#"{"code":"NOT_FOUND","message":"Run not found","retryable":false}"#.to_owned(),
                )
            } else {
                (200, vec![], run_for(path))
            }
        }),
    )
    .await;
    let client = builder(&server.url).build().unwrap();
    let ids: Vec<String> = (0..12)
        .map(|i| match i % 4 {
            0 => format!("exr_{i}"),
            1 => format!("clr_{i}"),
            2 => format!("splr_{i}"),
            _ => format!("dpr_{i}"),
        })
        .chain(["exr_missing".to_owned(), "wf_unknown".to_owned()])
        .collect();
    let results: BTreeMap<String, Result<_, Error>> =
        client.cancel_many(ids.clone()).concurrency(4).collect().await;
    assert_eq!(results.len(), 14);
    for id in &ids[..12] {
        assert_eq!(results[id].as_ref().unwrap().id(), id);
    }
    assert_eq!(results["exr_missing"].as_ref().unwrap_err().status().map(|s| s.as_u16()), Some(404));
    assert!(matches!(results["wf_unknown"], Err(Error::InvalidRunId(_))));
    assert_eq!(server.requests().len(), 13, "the id with no known prefix is never sent");
}

/// A server that holds requests in rounds of `round` (see [`Hold::Rounds`]) out of `total`,
/// then answers each after 60 ms: a client that keeps `round` requests in flight reaches
/// exactly `round` at once however slowly its requests arrive.
fn rounds_server(round: usize, total: usize) -> impl std::future::Future<Output = ScriptedServer> {
    let hold =
        Hold::Rounds { round, total, delay: Duration::from_millis(60), give_up: Duration::from_secs(10) };
    ScriptedServer::start_holding(hold, Arc::new(|_, path: &str| (200, vec![], run_for(path))))
}

#[tokio::test]
async fn concurrency_is_bounded() {
    let ids: Vec<String> = (0..12).map(|i| format!("exr_{i}")).collect();
    let server = rounds_server(3, ids.len()).await;
    let client = builder(&server.url).build().unwrap();
    let started = Instant::now();
    let count = client
        .cancel_many(ids.clone())
        .concurrency(3)
        .filter(|(_, r)| std::future::ready(r.is_ok()))
        .count()
        .await;
    assert_eq!(count, 12);
    assert!(server.max_in_flight() <= 3, "never more than 3: {}", server.max_in_flight());
    assert_eq!(server.max_in_flight(), 3);
    assert!(started.elapsed() >= Duration::from_millis(240), "4 rounds of 60 ms: {:?}", started.elapsed());
    assert!(started.elapsed() < Duration::from_secs(10), "a round never filled: {:?}", started.elapsed());

    let default = extend_cancel::DEFAULT_CONCURRENCY;
    let server = rounds_server(default, ids.len()).await;
    let client = builder(&server.url).build().unwrap();
    let started = Instant::now();
    let results = client.cancel_many(ids).collect::<Vec<_>>().await;
    assert!(results.iter().all(|(_, r)| r.is_ok()), "{results:?}");
    assert!(server.max_in_flight() <= default, "never more than {default}: {}", server.max_in_flight());
    assert_eq!(server.max_in_flight(), default);
    assert!(started.elapsed() < Duration::from_secs(10), "a round never filled: {:?}", started.elapsed());
}

#[tokio::test]
async fn results_arrive_in_completion_order() {
    // The slow run is answered only after the fast one has been, and 300 ms later.
    let hold = Hold::SlowAfterFast {
        slow: "exr_slow",
        delay: Duration::from_millis(300),
        give_up: Duration::from_secs(10),
    };
    let server =
        ScriptedServer::start_holding(hold, Arc::new(|_, path: &str| (200, vec![], run_for(path)))).await;
    let client = builder(&server.url).build().unwrap();
    let ids = vec!["exr_slow".to_owned(), "exr_fast".to_owned()];
    let started = Instant::now();
    let results: Vec<_> = client.cancel_many(ids).concurrency(2).collect().await;
    let order: Vec<&str> = results.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(order, ["exr_fast", "exr_slow"]);
    for (id, result) in &results {
        assert_eq!(result.as_ref().unwrap().id(), id);
    }
    // Both were in flight together: the fast one was not sent after the slow one's answer.
    assert_eq!(server.max_in_flight(), 2);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the fast answer never came: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn the_rate_limit_spaces_requests_evenly() {
    let server = ok_server(Duration::ZERO).await;
    let client = builder(&server.url).build().unwrap();
    let ids: Vec<String> = (0..6).map(|i| format!("splr_{i}")).collect();
    let results: Vec<_> = client.cancel_many(ids).concurrency(6).rate_limit(20.0).collect().await;
    assert!(results.iter().all(|(_, r)| r.is_ok()));
    let times: Vec<Instant> = server.requests().into_iter().map(|(t, _)| t).collect();
    let span = *times.iter().max().unwrap() - *times.iter().min().unwrap();
    // 6 requests at 20 per second: 5 gaps of 50 ms (250 ms). The margin allows for the first
    // request arriving late (its connection is the first one); without the limit, the six
    // arrive within a few milliseconds.
    assert!(span >= Duration::from_millis(200), "{span:?}");
}

#[tokio::test]
async fn a_429_pauses_the_whole_batch_for_the_retry_after() {
    let server = ScriptedServer::start(
        Duration::from_millis(20),
        Arc::new(|n, path: &str| {
            if n == 0 {
                let body = r#"{"code":"RATE_LIMIT_EXCEEDED","message":"Too many requests. Back off and retry.","retryable":true}"#;
                (429, vec![("retry-after", "1".to_owned())], body.to_owned())
            } else {
                (200, vec![], run_for(path))
            }
        }),
    )
    .await;
    let client = builder(&server.url).retry_policy(fast_retries(2).max_retries(2)).build().unwrap();
    let ids: Vec<String> = (0..6).map(|i| format!("exr_{i}")).collect();
    let results: Vec<_> = client.cancel_many(ids).concurrency(1).collect().await;
    assert!(results.iter().all(|(_, r)| r.is_ok()), "{results:?}");
    let requests = server.requests();
    // One 429, then the same id again and the five others: 7 requests, none within the pause.
    assert_eq!(requests.len(), 7);
    assert_eq!(requests[0].1, requests[1].1, "the rate-limited id is retried first");
    let gap = requests[1].0 - requests[0].0;
    assert!(gap >= Duration::from_secs(1), "{gap:?}");
}

#[tokio::test]
async fn concurrent_tasks_share_the_pause() {
    let server = ScriptedServer::start(
        Duration::from_millis(50),
        Arc::new(|n, path: &str| {
            if n == 0 {
                (429, vec![("retry-after", "1".to_owned())], r#"{"code":"RATE_LIMIT_EXCEEDED"}"#.to_owned())
            } else {
                (200, vec![], run_for(path))
            }
        }),
    )
    .await;
    let client = builder(&server.url).build().unwrap();
    let ids: Vec<String> = (0..20).map(|i| format!("clr_{i}")).collect();
    let started = Instant::now();
    let results: Vec<_> = client.cancel_many(ids).concurrency(2).collect().await;
    assert!(results.iter().all(|(_, r)| r.is_ok()));
    let requests = server.requests();
    assert_eq!(requests.len(), 21);
    let limited_at = requests[0].0;
    // Only the request already in flight when the 429 arrived may land inside the pause.
    let inside = requests[1..]
        .iter()
        .filter(|(t, _)| {
            *t > limited_at + Duration::from_millis(60) && *t < limited_at + Duration::from_millis(1000)
        })
        .count();
    assert!(inside <= 1, "{inside} requests were sent during the shared pause");
    assert!(started.elapsed() >= Duration::from_secs(1));
}

#[tokio::test]
async fn a_dropped_stream_sends_nothing_more() {
    let server = ok_server(Duration::from_millis(30)).await;
    let client = builder(&server.url).build().unwrap();
    let ids: Vec<String> = (0..50).map(|i| format!("dpr_{i}")).collect();
    let first: Vec<_> = client.cancel_many(ids).concurrency(2).take(3).collect().await;
    assert_eq!(first.len(), 3);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = server.requests().len();
    assert!((3..=5).contains(&sent), "{sent} requests");
}
