//! What keeps a sandbox serving without end: the bounded request and paging logs, and the
//! graceful stop.

use extend_cancel_sandbox::{Fault, Sandbox};
use std::time::{Duration, Instant};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

/// `GET <path>` with the default key on a connection of its own; the status and body.
async fn get(sandbox_addr: std::net::SocketAddr, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(sandbox_addr).await.ok()?;
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer sk_sandbox\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).await.ok()?;
    let status = response.get(9..12)?.parse().ok()?;
    let body = response.split_once("\r\n\r\n")?.1.to_owned();
    Some((status, body))
}

#[tokio::test]
async fn the_request_log_keeps_the_most_recent_requests() {
    let sandbox = Sandbox::builder().request_log_limit(3).start().await.unwrap();
    for _ in 0..5 {
        assert_eq!(get(sandbox.addr(), "/extract_runs/exr_processing").await.map(|r| r.0), Some(200));
    }
    let ids: Vec<String> = sandbox.requests().into_iter().map(|r| r.request_id).collect();
    assert_eq!(ids, ["req_sandbox_3", "req_sandbox_4", "req_sandbox_5"]);

    let none = Sandbox::builder().request_log_limit(0).start().await.unwrap();
    assert_eq!(get(none.addr(), "/extract_runs/exr_processing").await.map(|r| r.0), Some(200));
    assert!(none.requests().is_empty());
}

#[tokio::test]
async fn a_page_token_older_than_the_paging_log_is_refused_as_expired() {
    let sandbox = Sandbox::builder().paging_log_limit(2).start().await.unwrap();
    let (status, first) = get(sandbox.addr(), "/extract_runs?maxPageSize=1").await.unwrap();
    assert_eq!(status, 200, "{first}");
    let first: serde_json::Value = serde_json::from_str(&first).unwrap();
    let token = first["nextPageToken"].as_str().expect("a token").to_owned();
    let next = format!("/extract_runs?maxPageSize=1&nextPageToken={token}");
    // Two changes: still within the log.
    for id in ["exr_processing", "clr_processing"] {
        let kind = if id.starts_with("exr") { "extract" } else { "classify" };
        let cancel = format!(
            "POST /{kind}_runs/{id}/cancel HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer sk_sandbox\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        let mut stream = TcpStream::connect(sandbox.addr()).await.unwrap();
        stream.write_all(cancel.as_bytes()).await.unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).await.unwrap();
        assert!(response.starts_with("HTTP/1.1 200 "), "{response}");
    }
    assert_eq!(get(sandbox.addr(), &next).await.map(|r| r.0), Some(200));
    // A third change forgets the state the listing began at.
    sandbox.remove("splr_failed");
    let (status, body) = get(sandbox.addr(), &next).await.unwrap();
    assert_eq!(status, 400, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["code"], "INVALID_REQUEST");
    assert!(body["message"].as_str().unwrap().starts_with("nextPageToken has expired"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_answers_the_requests_in_flight_then_stops_listening() {
    let sandbox = Sandbox::start().await.unwrap();
    let addr = sandbox.addr();
    sandbox.inject(Fault::Delay(Duration::from_millis(300)), 1);
    let in_flight = tokio::spawn(get(addr, "/extract_runs/exr_processing"));
    while sandbox.pending_faults() > 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let started = Instant::now();
    assert!(sandbox.shutdown(Duration::from_secs(5)).await, "every connection finished in time");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(in_flight.await.unwrap().map(|r| r.0), Some(200), "the request in flight was answered");
    assert!(TcpStream::connect(addr).await.is_err(), "no longer listening");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_closes_what_is_still_in_flight_after_the_grace() {
    let sandbox = Sandbox::start().await.unwrap();
    let addr = sandbox.addr();
    sandbox.inject(Fault::Delay(Duration::from_secs(30)), 1);
    let in_flight = tokio::spawn(get(addr, "/extract_runs/exr_processing"));
    while sandbox.pending_faults() > 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let started = Instant::now();
    assert!(!sandbox.shutdown(Duration::from_millis(200)).await, "a request was still in flight");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(in_flight.await.unwrap(), None, "closed without an answer");
}
