//! Connections that would wedge a naive server: many idle ones, half-sent requests, and a
//! body of 100 MB.

use super::sandbox_support::{exchange, get, read_answer, Served};
use nix::sys::resource::{getrlimit, setrlimit, Resource};
use std::{
    io::{BufRead, Read, Write},
    net::{SocketAddr, TcpStream},
    time::{Duration, Instant},
};

const IDLE_CONNECTIONS: u64 = 2_000;

#[test]
fn two_thousand_idle_connections_do_not_keep_a_new_request_waiting() {
    // Room for the idle connections in this process and in the sandbox, which inherits it.
    let (soft, hard) = getrlimit(Resource::RLIMIT_NOFILE).expect("the limit of open files");
    let wanted = 2 * IDLE_CONNECTIONS + 256;
    if soft < wanted {
        assert!(hard >= wanted, "the hard limit of open files ({hard}) is below {wanted}");
        setrlimit(Resource::RLIMIT_NOFILE, wanted, hard).expect("the limit of open files raised");
    }
    let served = Served::start(&[]);
    let idle: Vec<TcpStream> =
        (0..IDLE_CONNECTIONS).map(|_| TcpStream::connect(served.addr).expect("an idle connection")).collect();
    // A moment for the sandbox to accept them all.
    std::thread::sleep(Duration::from_millis(200));
    // The fastest of three, so that a busy machine's scheduling does not decide the test.
    let fastest = (0..3)
        .map(|_| {
            let started = Instant::now();
            let answer = exchange(served.addr, get("/extract_runs/exr_processing").as_bytes());
            assert_eq!(answer.status, 200, "{answer:?}");
            started.elapsed()
        })
        .min()
        .expect("three requests");
    assert!(fastest < Duration::from_millis(100), "answered in {fastest:?} with {IDLE_CONNECTIONS} idle");
    drop(idle);
}

/// How long after `opened` the sandbox closes `stream`, on which the test sends nothing more.
fn closed_after(mut stream: TcpStream, opened: Instant) -> Duration {
    stream.set_read_timeout(Some(Duration::from_secs(20))).expect("a read timeout");
    let mut byte = [0];
    match stream.read(&mut byte) {
        Ok(0) => {}
        Ok(_) => panic!("an answer to an incomplete request"),
        Err(e) => {
            assert_ne!(e.kind(), std::io::ErrorKind::WouldBlock, "not closed in 20 s");
            assert_ne!(e.kind(), std::io::ErrorKind::TimedOut, "not closed in 20 s");
        }
    }
    opened.elapsed()
}

fn connect(addr: SocketAddr, sent: &[u8]) -> TcpStream {
    let mut stream = TcpStream::connect(addr).expect("a connection");
    stream.write_all(sent).expect("the request's start sent");
    stream
}

#[test]
fn half_sent_requests_and_idle_connections_are_closed_after_their_timeouts() {
    let mut served = Served::start(&["--read-timeout", "1s", "--idle-timeout", "2s"]);
    let addr = served.addr;
    let opened = Instant::now();
    let half_head = connect(addr, b"GET /extract_runs/exr_processing HTTP/1.1\r\nHost: sandbox\r\n");
    let half_body = connect(
        addr,
        b"POST /extract_runs/exr_processing/cancel HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer sk_sandbox\r\nContent-Length: 10\r\n\r\n{}",
    );
    let idle = connect(addr, b"");
    // A keep-alive connection that was answered once, then left idle.
    let mut answered = connect(addr, get("/extract_runs/exr_pending").as_bytes());
    let answer = read_answer(&mut answered).expect("an answer");
    assert_eq!(answer.status, 200, "{answer:?}");

    for half_sent in [half_head, half_body] {
        let took = closed_after(half_sent, opened);
        assert!(took > Duration::from_millis(900) && took < Duration::from_secs(5), "closed after {took:?}");
    }
    for idle in [idle, answered] {
        let took = closed_after(idle, opened);
        assert!(took > Duration::from_millis(1900) && took < Duration::from_secs(6), "closed after {took:?}");
    }
    // The half-sent cancel was not acted on, and the sandbox still answers.
    let answer = exchange(addr, get("/extract_runs/exr_processing").as_bytes());
    assert!(answer.body.contains(r#""status":"PROCESSING""#), "{answer:?}");
    let mut log = String::new();
    served.stdout.read_line(&mut log).expect("a log line");
    assert!(log.starts_with("GET /extract_runs/exr_pending 200 "), "{log}");
}

#[test]
fn a_body_over_the_limit_is_refused_with_413_unread_and_nothing_is_cancelled() {
    let mut served = Served::start(&[]);
    let cancel = "POST /extract_runs/exr_processing/cancel HTTP/1.1\r\nHost: sandbox\r\n\
                  Authorization: Bearer sk_sandbox\r\nContent-Type: application/json\r\n";
    // 100 MB declared, 1 KB sent: answered at once.
    let declared = format!("{cancel}Content-Length: 100000000\r\n\r\n{}", " ".repeat(1024));
    let started = Instant::now();
    let answer = exchange(served.addr, declared.as_bytes());
    assert_eq!(answer.status, 413, "{answer:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    let body: serde_json::Value = serde_json::from_str(&answer.body).expect("a JSON error body");
    assert_eq!(body["code"], "INVALID_REQUEST", "{body}");
    assert_eq!(body["retryable"], false, "{body}");
    assert!(body["message"].as_str().is_some_and(|m| m.contains("64 KiB")), "{body}");

    // A chunked body is refused as soon as it passes the limit. The sandbox may close the
    // connection before reading what is left, so the log says what it answered.
    let chunk = "x".repeat(70 * 1024);
    let chunked =
        format!("{cancel}Transfer-Encoding: chunked\r\n\r\n{:x}\r\n{chunk}\r\n0\r\n\r\n", chunk.len());
    let mut stream = TcpStream::connect(served.addr).expect("a connection");
    let _ = stream.write_all(chunked.as_bytes());

    let mut lines = [String::new(), String::new()];
    for line in &mut lines {
        served.stdout.read_line(line).expect("a log line");
    }
    for line in &lines {
        assert!(line.starts_with("POST /extract_runs/exr_processing/cancel 413 "), "{line}");
    }
    let answer = exchange(served.addr, get("/extract_runs/exr_processing").as_bytes());
    assert!(answer.body.contains(r#""status":"PROCESSING""#), "{answer:?}");
}

#[test]
fn a_client_that_never_reads_its_answers_is_closed_after_the_idle_timeout() {
    // Far more answers (about 1.3 KB each) than the socket buffers on both sides hold.
    const PIPELINED: usize = 20_000;
    let served = Served::start(&["--idle-timeout", "1s"]);
    let mut stream = TcpStream::connect(served.addr).expect("a connection");
    let mut writer = stream.try_clone().expect("a second handle");
    let requests = get("/extract_runs/exr_processing").repeat(PIPELINED);
    // The sandbox stops reading requests while its answers cannot be written, so this write
    // blocks until the connection is closed.
    let sending = std::thread::spawn(move || {
        let _ = writer.write_all(requests.as_bytes());
    });
    std::thread::sleep(Duration::from_secs(4));
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("a read timeout");
    let mut received = Vec::new();
    let _ = stream.read_to_end(&mut received);
    let answers = received.windows(9).filter(|w| w == b"HTTP/1.1 ").count();
    assert!(answers > 0 && answers < PIPELINED, "{answers} of {PIPELINED} answered: not closed");
    sending.join().expect("the writer");
}
