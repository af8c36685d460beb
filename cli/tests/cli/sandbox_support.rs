//! The built `extend-cancel sandbox` as a harness starts it: its three `EXTEND_*` lines read
//! from a pipe, then (unless a test reads on) its standard output left unread; and a raw
//! HTTP/1.1 client, to send what a well-behaved client would not.

use super::support::{bare_command, WITHIN};
use nix::{sys::signal, unistd::Pid};
use std::{
    io::{BufRead, BufReader, Read, Write},
    net::{SocketAddr, TcpStream},
    process::{Child, ChildStdout, Command, ExitStatus, Stdio},
    sync::mpsc,
    thread,
    time::{Duration, Instant},
};

/// A running `extend-cancel sandbox` whose standard output is a pipe the test holds.
pub struct Served {
    pub child: Child,
    pub addr: SocketAddr,
    /// The rest of standard output, read only if the test reads it.
    pub stdout: BufReader<ChildStdout>,
    stderr: Option<thread::JoinHandle<String>>,
}

/// How a stopped sandbox ended.
#[derive(Debug)]
pub struct Stopped {
    pub status: ExitStatus,
    pub stderr: String,
    /// From the signal to the exit.
    pub took: Duration,
}

impl Served {
    /// `extend-cancel sandbox <args>`, once it has printed its three lines.
    pub fn start(args: &[&str]) -> Served {
        let mut command = bare_command(&["sandbox"]);
        command.args(args);
        Served::spawn(command)
    }

    /// A command that prints the sandbox's three lines (the sandbox, or a wrapper of it).
    pub fn spawn(mut command: Command) -> Served {
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the sandbox starts");
        let stderr = child.stderr.take().map(|mut pipe| {
            thread::spawn(move || {
                let mut text = String::new();
                let _ = pipe.read_to_string(&mut text);
                text
            })
        });
        // Read on a thread, so that a sandbox that never prints cannot hang the test; the
        // reader comes back with the pipe, unread past the three lines.
        let stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let (sender, receiver) = mpsc::channel();
        thread::spawn(move || {
            let mut stdout = stdout;
            let mut lines = Vec::new();
            for _ in 0..3 {
                let mut line = String::new();
                if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                lines.push(line.trim_end().to_owned());
            }
            let _ = sender.send((lines, stdout));
        });
        let received = receiver.recv_timeout(WITHIN);
        let addr = received.as_ref().ok().and_then(|(lines, _)| {
            let url = lines.first()?.strip_prefix("EXTEND_BASE_URL=http://")?;
            url.parse::<SocketAddr>().ok()
        });
        let (Ok((lines, stdout)), Some(addr)) = (received, addr) else {
            let _ = child.kill();
            let _ = child.wait();
            let stderr = stderr.map(|h| h.join().unwrap_or_default()).unwrap_or_default();
            panic!("the sandbox did not print its lines within {WITHIN:?}; stderr: {stderr}");
        };
        assert_eq!(lines[1..], ["EXTEND_API_KEY=sk_sandbox", "EXTEND_WORKSPACE_ID=ws_sandbox"]);
        Served { child, addr, stdout, stderr }
    }

    /// Sends `signal` to process `pid` (the sandbox, or the sandbox inside a wrapper that is
    /// `self.child`), and waits for `self.child` to end, at most [`WITHIN`].
    pub fn stop_pid(mut self, pid: u32, sent: signal::Signal) -> Stopped {
        let pid = Pid::from_raw(i32::try_from(pid).expect("a pid"));
        signal::kill(pid, sent).expect("the signal sent");
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("the sandbox's status") {
                break status;
            }
            if start.elapsed() > WITHIN {
                let _ = self.child.kill();
                panic!("the sandbox did not stop within {WITHIN:?} of {sent}");
            }
            thread::sleep(Duration::from_millis(5));
        };
        let took = start.elapsed();
        let stderr = self.stderr.take().map(|h| h.join().expect("the stderr reader")).unwrap_or_default();
        Stopped { status, stderr, took }
    }

    /// Sends `signal` to the sandbox and waits for it to end.
    pub fn stop(self, sent: signal::Signal) -> Stopped {
        let pid = self.child.id();
        self.stop_pid(pid, sent)
    }

    /// The sandbox's resident memory, in KiB (`VmRSS` of /proc/<pid>/status).
    pub fn rss_kib(&self) -> u64 {
        let status =
            std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).expect("its status");
        let line = status.lines().find(|line| line.starts_with("VmRSS:")).expect("a VmRSS line");
        line.split_whitespace().nth(1).and_then(|kib| kib.parse().ok()).expect("VmRSS in kB")
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        // A test that failed midway leaves no server behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `GET <path>` with the sandbox's key, on a connection of its own.
pub fn get(path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer sk_sandbox\r\n\r\n")
}

/// A response read off a connection: its status and body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: String,
}

/// Sends `request` (all of it) on a new connection and reads one response: what arrived
/// before the server closed, even if it closed with a reset.
pub fn exchange(addr: SocketAddr, request: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(addr).expect("a connection");
    stream.set_read_timeout(Some(WITHIN)).expect("a read timeout");
    let _ = stream.write_all(request);
    read_answer(&mut stream).expect("a response")
}

/// One response off `stream`, if a whole one arrives (by its `Content-Length`).
pub fn read_answer(stream: &mut TcpStream) -> Option<Answer> {
    let mut bytes = Vec::new();
    let mut chunk = [0; 16 * 1024];
    loop {
        if let Some((head_end, length)) = head(&bytes) {
            if bytes.len() >= head_end + length {
                let text = String::from_utf8_lossy(&bytes[..head_end + length]).into_owned();
                let status = text.get(9..12).and_then(|s| s.parse().ok())?;
                return Some(Answer { status, body: text[head_end..].to_owned() });
            }
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return None,
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
        }
    }
}

/// Where a response's head ends, and its `Content-Length`.
pub fn head(bytes: &[u8]) -> Option<(usize, usize)> {
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let text = std::str::from_utf8(&bytes[..end]).ok()?;
    let length = text.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.eq_ignore_ascii_case("content-length").then(|| value.trim().parse().ok())?
    })?;
    Some((end, length))
}
