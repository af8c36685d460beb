//! A fast loopback HTTP/1.1 keep-alive server for the benchmarks: every response is written in
//! one write on a TCP_NODELAY socket, so no Nagle/delayed-ACK stall (a flat ~40 ms floor) can
//! pollute the figures.

#![allow(dead_code)]

use std::{net::SocketAddr, time::Duration};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpListener,
};

/// Starts the server on its own thread and returns its address. Every request gets `body`.
pub fn start_server(body: Vec<u8>) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async move {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            serve(listener, body).await
        });
    });
    rx.recv_timeout(Duration::from_secs(5)).expect("bench server starts")
}

/// Starts the server on the current runtime, as a task, and returns its address.
pub async fn spawn_server(body: Vec<u8>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, body));
    addr
}

/// Answers every request on `listener` with `body`, one task per connection.
async fn serve(listener: TcpListener, body: Vec<u8>) {
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nx-extend-request-id: req_bench\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(&body);
    let response: &'static [u8] = Box::leak(response.into_boxed_slice());
    loop {
        let (mut stream, _) = listener.accept().await.unwrap();
        stream.set_nodelay(true).unwrap();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 16 * 1024];
            let mut filled = 0;
            loop {
                // Answer every complete request head in the buffer (requests have no body).
                while let Some(end) = buf[..filled].windows(4).position(|w| w == b"\r\n\r\n") {
                    if stream.write_all(response).await.is_err() {
                        return;
                    }
                    buf.copy_within(end + 4..filled, 0);
                    filled -= end + 4;
                }
                match stream.read(&mut buf[filled..]).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => filled += n,
                }
            }
        });
    }
}

/// The CPU time (user and system) the process's live threads have used so far, in seconds, from
/// `/proc/self/task/*/schedstat` (nanoseconds). Unlike wall time it leaves out the time this
/// process waited for a core that other processes held, so on a shared machine it is the
/// steadier figure of the two. 0 where `/proc` is not available.
pub fn cpu_seconds() -> f64 {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else { return 0.0 };
    let nanos: u64 = tasks
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok())
        .filter_map(|stat| stat.split_whitespace().next()?.parse::<u64>().ok())
        .sum();
    nanos as f64 / 1e9
}

/// The median of `values`.
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mid = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}

/// A cancelled extract run as the API sends it (about 1.4 KB).
pub fn extract_run_body(id: &str) -> Vec<u8> {
    serde_json::json!({
        "object": "extract_run", "id": id, "status": "CANCELLED",
        "output": null, "initialOutput": null, "reviewedOutput": null,
        "failureReason": null, "failureMessage": null, "metadata": {"extend:usage_tags": ["bench"]},
        "reviewed": false, "edited": false, "edits": null,
        "config": {"baseProcessor": "extraction_performance", "baseVersion": "4.1.0",
                   "schema": {"type": "object", "properties": {"total": {"type": "number"}, "vendor": {"type": "string"}}},
                   "advancedOptions": {"citationsEnabled": true, "pageRanges": [{"start": 1, "end": 3}]},
                   "parseConfig": {"target": "markdown", "engine": "parse_performance"}},
        "extractor": {"object": "extractor", "id": "ex_1", "name": "Invoices",
                      "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:45:00Z"},
        "extractorVersion": {"object": "extractor_version", "id": "exv_1", "description": null, "version": "draft",
                             "extractorId": "ex_1", "createdAt": "2024-03-21T16:45:00Z"},
        "file": {"object": "file", "id": "file_1", "name": "invoice.pdf", "type": "PDF", "parentFileId": null,
                 "metadata": {"pageCount": 3}, "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:45:00Z"},
        "files": null, "parseRunId": "pr_1", "dashboardUrl": format!("https://dashboard.extend.ai/runs/{id}"),
        "usage": {"credits": 2.5}, "createdAt": "2024-03-21T16:45:00Z", "updatedAt": "2024-03-21T16:46:00Z"
    })
    .to_string()
    .into_bytes()
}
