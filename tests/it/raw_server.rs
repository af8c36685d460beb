//! Loopback servers that misbehave below HTTP (resets, silence, trickled bodies, refused and
//! hanging connects), and the timing assertions the resilience tests share.

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
pub(crate) enum Action {
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
pub(crate) struct RawServer {
    pub(crate) url: String,
    connections: Arc<AtomicUsize>,
}

impl RawServer {
    pub(crate) async fn start(script: Vec<Action>) -> RawServer {
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

    pub(crate) fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

pub(crate) async fn serve(mut stream: TcpStream, action: Action) {
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
pub(crate) fn hanging_address() -> (socket2::Socket, Vec<std::net::TcpStream>, String) {
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
pub(crate) fn min_backoff(retries: u32) -> Duration {
    (0..retries).map(|i| Duration::from_millis(9 << i).min(Duration::from_millis(36))).sum()
}

/// Asserts `lower <= elapsed < upper`.
#[track_caller]
pub(crate) fn assert_elapsed(started: Instant, lower: Duration, upper: Duration) {
    let elapsed = started.elapsed();
    assert!(elapsed >= lower && elapsed < upper, "elapsed {elapsed:?}, expected [{lower:?}, {upper:?})");
}

pub(crate) fn http_response(status: &str, body: &str) -> Action {
    Action::Respond(
        format!(
            "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}
