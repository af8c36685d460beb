//! `extend-cancel sandbox` under load with nobody reading its standard output: every request
//! is answered, and its memory stays bounded.

use super::sandbox_support::{get, head, Served};
use nix::sys::signal::Signal;
use std::{
    io,
    net::SocketAddr,
    time::{Duration, Instant},
};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

const REQUESTS: usize = 200_000;
const CONNECTIONS: usize = 64;

/// The most the load may take; in a debug build on two busy cores it takes far less.
const LOAD_WITHIN: Duration = Duration::from_secs(180);

/// The most resident memory the sandbox may hold after the load.
const MAX_RSS_KIB: u64 = 64 * 1024;

#[test]
fn two_hundred_thousand_requests_are_answered_with_stdout_unread_in_bounded_memory() {
    let served = Served::start(&[]);
    let start_rss = served.rss_kib();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a runtime");
    let started = Instant::now();
    let answered = runtime.block_on(async {
        let request = get("/extract_runs/exr_processing");
        let connections: Vec<_> = (0..CONNECTIONS)
            .map(|_| tokio::spawn(requests(served.addr, REQUESTS / CONNECTIONS, request.clone())))
            .collect();
        let all = async {
            let mut answered = 0;
            for connection in connections {
                answered += connection.await.expect("a connection task").expect("every request answered");
            }
            answered
        };
        tokio::time::timeout(LOAD_WITHIN, all).await.expect("the load finished in time")
    });
    let took = started.elapsed();
    assert_eq!(answered, REQUESTS);
    let rss = served.rss_kib();
    eprintln!(
        "{REQUESTS} requests on {CONNECTIONS} connections in {took:.1?} ({:.0}/s); resident memory \
         {start_rss} KiB at start, {rss} KiB after",
        REQUESTS as f64 / took.as_secs_f64()
    );
    assert!(rss < MAX_RSS_KIB, "resident memory after {REQUESTS} requests: {rss} KiB");

    let stopped = served.stop(Signal::SIGTERM);
    assert_eq!(stopped.status.code(), Some(0), "{stopped:?}");
    // Most lines could not be written: nobody read them.
    let dropped = stopped
        .stderr
        .lines()
        .find_map(|line| {
            line.strip_prefix("Stopped. ")?
                .strip_suffix(" log lines dropped because standard output was not read.")
        })
        .and_then(|n| n.parse::<usize>().ok());
    assert!(dropped.is_some_and(|n| n > REQUESTS / 2 && n <= REQUESTS), "{}", stopped.stderr);
}

/// `count` requests one after another on one keep-alive connection; how many were answered
/// 200.
async fn requests(addr: SocketAddr, count: usize, request: String) -> io::Result<usize> {
    let mut stream = TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let mut received = Vec::with_capacity(16 * 1024);
    for _ in 0..count {
        stream.write_all(request.as_bytes()).await?;
        let (end, length) = loop {
            if let Some((end, length)) =
                head(&received).filter(|(end, length)| received.len() >= end + length)
            {
                break (end, length);
            }
            if stream.read_buf(&mut received).await? == 0 {
                return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "closed before the response"));
            }
        };
        if !received.starts_with(b"HTTP/1.1 200 ") {
            let text = String::from_utf8_lossy(&received[..end]).into_owned();
            return Err(io::Error::other(format!("not 200: {text}")));
        }
        received.drain(..end + length);
    }
    Ok(count)
}
