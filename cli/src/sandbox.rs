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
    fmt::Write as _,
    io::{self, Write},
    sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError},
    thread,
    time::{Duration, Instant},
};
use tokio::signal::unix::{signal, SignalKind};

/// How many log lines may wait for standard output; more are dropped, and counted.
const LOG_QUEUE: u64 = 4096;

/// How long the log's writer lets lines gather after each write.
const LOG_PAUSE: Duration = Duration::from_millis(5);

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
    let log =
        Log::start().map_err(|e| Fatal::failure(format!("could not start the request log's thread: {e}")))?;
    let logged = Arc::clone(&log);
    let mut builder = Sandbox::builder().on_request(move |request| logged.send(request));
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

/// The request log: lines gathered in a buffer that a thread of its own writes to standard
/// output, so that the serving never waits on the output (a full pipe blocks its writer).
///
/// Not a channel: a channel wakes its receiver for every line, a system call per request on
/// the serving thread. The writer is woken only when it waits for the first line of a batch,
/// and after each write it pauses briefly so that a busy sandbox writes many lines at once.
struct Log {
    queue: Mutex<Queue>,
    ready: Condvar,
}

/// The lines waiting for standard output, and what became of the others.
#[derive(Default)]
struct Queue {
    text: String,
    lines: u64,
    /// Lines queued, ever.
    queued: u64,
    /// Lines written to standard output, ever.
    written: u64,
    /// Lines dropped, ever: the queue was full, or the output failed.
    dropped: u64,
    /// The writer waits for a line and must be woken.
    waiting: bool,
    /// The output failed (a closed pipe): nothing more is queued.
    closed: bool,
}

impl Log {
    /// The log, with its writer thread started.
    fn start() -> io::Result<Arc<Log>> {
        let log = Arc::new(Log { queue: Mutex::default(), ready: Condvar::new() });
        let writer = Arc::clone(&log);
        thread::Builder::new().name("request-log".to_owned()).spawn(move || writer.write_lines())?;
        Ok(log)
    }

    fn queue(&self) -> MutexGuard<'_, Queue> {
        // Nothing panics while holding it; should something, the counts are still good.
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Queues the request's line: method, path and query, status, request id, API version
    /// (never the key). Drops it if [`LOG_QUEUE`] lines are waiting already.
    fn send(&self, request: &RecordedRequest) {
        let mut queue = self.queue();
        if queue.closed || queue.lines >= LOG_QUEUE {
            queue.dropped += 1;
            return;
        }
        let version = request.header("x-extend-api-version").unwrap_or("-");
        let dropped = if request.dropped { " (response dropped)" } else { "" };
        let query = request.query.as_deref().map_or(("", ""), |query| ("?", query));
        let _ = writeln!(
            queue.text,
            "{} {}{}{} {} {} api-version={version}{dropped}",
            request.method, request.path, query.0, query.1, request.status, request.request_id
        );
        queue.lines += 1;
        queue.queued += 1;
        if queue.waiting {
            queue.waiting = false;
            self.ready.notify_one();
        }
    }

    /// Writes the queued lines to standard output, as many at a time as are waiting, until
    /// the output fails.
    fn write_lines(&self) {
        let mut batch = String::new();
        loop {
            let lines = {
                let mut queue = self.queue();
                while queue.lines == 0 {
                    queue.waiting = true;
                    queue = self.ready.wait(queue).unwrap_or_else(PoisonError::into_inner);
                }
                std::mem::swap(&mut queue.text, &mut batch);
                std::mem::take(&mut queue.lines)
            };
            let mut stdout = io::stdout().lock();
            let wrote = stdout.write_all(batch.as_bytes()).and_then(|()| stdout.flush());
            drop(stdout);
            let mut queue = self.queue();
            if wrote.is_err() {
                queue.closed = true;
                queue.dropped += lines + std::mem::take(&mut queue.lines);
                return;
            }
            queue.written += lines;
            drop(queue);
            batch.clear();
            thread::sleep(LOG_PAUSE);
        }
    }

    /// How many lines never reached standard output: those dropped, and those still queued
    /// after waiting at most `within` for them.
    fn unwritten(&self, within: Duration) -> u64 {
        let deadline = Instant::now() + within;
        loop {
            let queue = self.queue();
            let waiting = queue.queued - queue.written;
            if waiting == 0 || queue.closed || Instant::now() >= deadline {
                return queue.dropped + if queue.closed { 0 } else { waiting };
            }
            drop(queue);
            thread::sleep(Duration::from_millis(5));
        }
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
