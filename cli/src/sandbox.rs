//! `extend-cancel sandbox`: the offline Extend look-alike as a server of its own, for clients
//! in any language.
//!
//! It must not be wedged by its surroundings: the request log goes to standard output from a
//! thread of its own through a bounded queue, so that a harness that stops reading the output
//! does not stop the serving (lines that do not fit are dropped and counted); the sandbox
//! bounds its own memory and times out idle and slow connections; SIGTERM and SIGINT stop it
//! gracefully, also as PID 1 in a container, where only signals with a handler are delivered.

use crate::{
    args::SandboxArgs,
    exit::{Fatal, Status},
};
use extend_cancel_sandbox::{RecordedRequest, Sandbox};
use std::{
    io::{self, Write},
    sync::{
        atomic::{AtomicU64, Ordering},
        mpsc::{sync_channel, Receiver, SyncSender},
        Arc,
    },
    thread,
    time::{Duration, Instant},
};
use tokio::signal::unix::{signal, SignalKind};

/// How many log lines may wait for standard output; more are dropped, and counted.
const LOG_QUEUE: usize = 4096;

/// How long the stop lets the requests in flight finish.
const GRACE: Duration = Duration::from_millis(500);

/// How long the stop waits for the log lines queued to reach standard output.
const LOG_FLUSH: Duration = Duration::from_millis(200);

/// Serves until SIGTERM or SIGINT (Ctrl-C); stops gracefully and exits 0 then.
pub async fn run(args: SandboxArgs) -> Result<Status, Fatal> {
    raise_open_files_limit();
    // Installed before the first line is printed: a harness may signal as soon as it has read
    // the lines.
    let stop_signal = |kind: SignalKind, name: &str| {
        signal(kind).map_err(|e| Fatal::failure(format!("could not handle {name}: {e}")))
    };
    let mut terminate = stop_signal(SignalKind::terminate(), "SIGTERM")?;
    let mut interrupt = stop_signal(SignalKind::interrupt(), "SIGINT")?;
    let log = Arc::new(
        Log::start().map_err(|e| Fatal::failure(format!("could not start the request log's thread: {e}")))?,
    );
    let logged = Arc::clone(&log);
    let mut builder = Sandbox::builder().on_request(move |request| logged.send(log_line(request)));
    if let Some(port) = args.port {
        builder = builder.port(port);
    }
    if let Some(timeout) = args.idle_timeout {
        builder = builder.idle_timeout(timeout);
    }
    if let Some(timeout) = args.read_timeout {
        builder = builder.read_timeout(timeout);
    }
    let sandbox = builder.start().await.map_err(|e| {
        let port = args.port.map_or_else(|| "a free port".to_owned(), |port| format!("port {port}"));
        Fatal::failure(format!("could not start the sandbox on 127.0.0.1, {port}: {e}"))
    })?;
    let mut seeded = 0;
    for seed in &args.seed {
        seeded += if seed == "demo" {
            sandbox.seed_demo()
        } else {
            // A seed file that cannot be used is bad input: nothing is served.
            sandbox.seed_file(seed).map_err(|e| Fatal::usage(format!("--seed {seed}: {e}")))?
        };
    }
    // Machine-readable first lines: `eval`-able, and what .ci/sdk-check reads. Written before
    // any request is served (the server task has not run yet), so they come first.
    let mut stdout = io::stdout().lock();
    let _ = writeln!(stdout, "EXTEND_BASE_URL={}", sandbox.base_url());
    let _ = writeln!(stdout, "EXTEND_API_KEY={}", sandbox.api_key());
    let _ = writeln!(stdout, "EXTEND_WORKSPACE_ID={}", sandbox.workspace_id());
    let _ = stdout.flush();
    drop(stdout);
    eprintln!(
        "Extend sandbox serving {} runs on {} until stopped (Ctrl-C or SIGTERM); one line per request follows.",
        sandbox.runs().len(),
        sandbox.base_url()
    );
    if seeded > 0 {
        eprintln!("({seeded} of them from --seed.)");
    }
    tokio::select! {
        _ = terminate.recv() => {}
        _ = interrupt.recv() => {}
    }
    sandbox.shutdown(GRACE).await;
    match log.unwritten(LOG_FLUSH) {
        0 => eprintln!("Stopped."),
        1 => eprintln!("Stopped. 1 log line dropped because standard output was not read."),
        n => eprintln!("Stopped. {n} log lines dropped because standard output was not read."),
    }
    Ok(Status::Success)
}

/// One line per request: method, path and query, status, request id, API version (never the
/// key).
fn log_line(request: &RecordedRequest) -> String {
    let version = request.header("x-extend-api-version").unwrap_or("-");
    let dropped = if request.dropped { " (response dropped)" } else { "" };
    format!(
        "{} {} {} {} api-version={version}{dropped}\n",
        request.method,
        request.path_and_query(),
        request.status,
        request.request_id
    )
}

/// The request log: lines queued for a thread that writes them to standard output, so that
/// the serving never waits on the output (a full pipe blocks its writer).
struct Log {
    queue: SyncSender<String>,
    counts: Arc<Counts>,
}

#[derive(Default)]
struct Counts {
    queued: AtomicU64,
    dropped: AtomicU64,
    written: AtomicU64,
}

impl Log {
    fn start() -> io::Result<Log> {
        let (queue, lines) = sync_channel(LOG_QUEUE);
        let counts = Arc::new(Counts::default());
        let writer = Arc::clone(&counts);
        thread::Builder::new().name("request-log".to_owned()).spawn(move || write_lines(&lines, &writer))?;
        Ok(Log { queue, counts })
    }

    /// Queues a line, or drops it if the queue is full (or the output closed).
    fn send(&self, line: String) {
        let count = match self.queue.try_send(line) {
            Ok(()) => &self.counts.queued,
            Err(_) => &self.counts.dropped,
        };
        count.fetch_add(1, Ordering::Relaxed);
    }

    /// How many lines never reached standard output: those dropped, and those still queued
    /// after waiting at most `within` for them.
    fn unwritten(&self, within: Duration) -> u64 {
        let deadline = Instant::now() + within;
        let queued = self.counts.queued.load(Ordering::Relaxed);
        let mut written = self.counts.written.load(Ordering::Relaxed);
        while written < queued && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(5));
            written = self.counts.written.load(Ordering::Relaxed);
        }
        self.counts.dropped.load(Ordering::Relaxed) + queued.saturating_sub(written)
    }
}

/// Writes the queued lines to standard output, as many at a time as are waiting (one write
/// for many lines under load), until the output fails (a closed pipe: the rest are counted
/// as dropped then, as the queue is gone).
fn write_lines(lines: &Receiver<String>, counts: &Counts) {
    let mut batch = String::new();
    while let Ok(line) = lines.recv() {
        batch.push_str(&line);
        let mut count = 1;
        while let Ok(line) = lines.try_recv() {
            batch.push_str(&line);
            count += 1;
            if batch.len() >= 64 * 1024 {
                break;
            }
        }
        let mut stdout = io::stdout().lock();
        if stdout.write_all(batch.as_bytes()).and_then(|()| stdout.flush()).is_err() {
            return;
        }
        counts.written.fetch_add(count, Ordering::Relaxed);
        batch.clear();
    }
}

/// Raises the limit of open files to the most allowed (often 1,024 by default), so that many
/// idle connections do not keep the sandbox from accepting new ones; the idle timeout closes
/// them in time anyway. Nothing is lost if it cannot be raised.
fn raise_open_files_limit() {
    use nix::sys::resource::{getrlimit, setrlimit, Resource};
    if let Ok((soft, hard)) = getrlimit(Resource::RLIMIT_NOFILE) {
        if soft < hard {
            let _ = setrlimit(Resource::RLIMIT_NOFILE, hard, hard);
        }
    }
}
