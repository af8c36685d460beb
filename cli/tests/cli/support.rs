//! Running the built `extend-cancel` against a sandbox started in the test process, whose
//! request log says what the command sent.

use extend_cancel::{RunKind, RunStatus};
use extend_cancel_sandbox::{BatchSeed, Run, Sandbox};
use std::{
    io::{Read, Write},
    process::{Child, Command, ExitStatus, Stdio},
    thread,
    time::{Duration, Instant},
};

/// How long any run of the command may take before the test fails (never reached when the
/// command behaves; it keeps a hung command from hanging the test run).
pub const WITHIN: Duration = Duration::from_secs(60);

/// A sandbox on its own runtime, serving while the test runs the command.
pub struct Env {
    // Dropped before the runtime: the sandbox aborts its task on drop.
    pub sandbox: Sandbox,
    runtime: tokio::runtime::Runtime,
}

impl Env {
    /// The ids of `batch`'s runs in `status` in this sandbox, sorted.
    pub fn ids_in(&self, batch: &BatchSeed, status: &str) -> Vec<String> {
        let mut ids: Vec<String> = (1..=batch.count())
            .map(|n| batch.id(n))
            .filter(|id| self.sandbox.run(id).unwrap().status() == status)
            .collect();
        ids.sort();
        ids
    }

    /// A sandbox with its seeded runs (one of every kind in every status).
    pub fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime");
        let sandbox = runtime.block_on(Sandbox::start()).expect("a sandbox on loopback");
        Env { sandbox, runtime }
    }

    /// Adds `count` PROCESSING runs of `kind` with ids `<prefix>run_<n>`; returns their ids.
    pub fn processing_runs(&self, kind: RunKind, count: usize) -> Vec<String> {
        (1..=count)
            .map(|n| {
                let id = format!("{}run_{n}", kind.prefix());
                self.sandbox.insert(Run::sample(kind, id.clone(), RunStatus::Processing));
                id
            })
            .collect()
    }

    /// The command with the sandbox's key in `EXTEND_API_KEY` and its URL in `--base-url`
    /// (after `args`), and none of the other settings of the test's own environment.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = bare_command(args);
        command.env("EXTEND_API_KEY", self.sandbox.api_key()).args(["--base-url", self.sandbox.base_url()]);
        command
    }

    /// The ids of the runs the command sent a cancel for, in the order the sandbox answered.
    pub fn cancels(&self) -> Vec<String> {
        self.sandbox
            .requests()
            .into_iter()
            .filter(|r| r.method == "POST" && r.path.ends_with("/cancel"))
            .map(|r| r.path.rsplit('/').nth(1).expect("/{kind}_runs/{id}/cancel").to_owned())
            .collect()
    }

    /// Runs `future` on the sandbox's runtime.
    #[allow(dead_code)]
    pub fn block_on<F: std::future::Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }
}

/// The command with none of the test's own `EXTEND_*` settings.
pub fn bare_command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_extend-cancel"));
    command.args(args);
    for name in ["EXTEND_API_KEY", "EXTEND_BASE_URL", "EXTEND_WORKSPACE_ID", "EXTEND_API_VERSION"] {
        command.env_remove(name);
    }
    command
}

/// What a finished command printed, and how it exited.
#[derive(Debug)]
pub struct Ran {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    /// The stdout lines, each parsed as one JSON object.
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|line| {
                serde_json::from_str(line).unwrap_or_else(|e| panic!("not one JSON object ({e}): {line}"))
            })
            .collect()
    }

    /// The JSON line of run `id`.
    pub fn line_of(&self, id: &str) -> serde_json::Value {
        let lines = self.json_lines();
        let mut found = lines.into_iter().filter(|line| line["id"] == id);
        let line = found.next().unwrap_or_else(|| panic!("no line for {id}:\n{}", self.stdout));
        assert!(found.next().is_none(), "two lines for {id}:\n{}", self.stdout);
        line
    }
}

/// Runs `command` with `stdin` as its standard input, and waits for it (at most [`WITHIN`]).
pub fn run(mut command: Command, stdin: &str) -> Ran {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    let mut input = child.stdin.take().expect("piped stdin");
    let stdin = stdin.to_owned();
    // A command that does not read its standard input closes the pipe: not an error here.
    let writer = thread::spawn(move || {
        let _ = input.write_all(stdin.as_bytes());
    });
    let ran = wait(child, WITHIN);
    writer.join().expect("the stdin writer");
    ran
}

/// Collects the output of a started command (stdout and stderr piped) and waits for it to
/// end, killing it and failing the test after `within`.
pub fn wait(mut child: Child, within: Duration) -> Ran {
    let stdout = child.stdout.take().map(reader);
    let stderr = child.stderr.take().map(reader);
    let deadline = Instant::now() + within;
    let status = loop {
        if let Some(status) = child.try_wait().expect("the command's status") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the command did not finish within {within:?}");
        }
        thread::sleep(Duration::from_millis(20));
    };
    let text = |handle: Option<thread::JoinHandle<String>>| {
        handle.map_or_else(String::new, |h| h.join().expect("a reader"))
    };
    Ran { status, stdout: text(stdout), stderr: text(stderr) }
}

fn reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8(bytes).expect("UTF-8 output")
    })
}

/// Waits (at most [`WITHIN`]) until `ready` holds, polling.
pub fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + WITHIN;
    while !ready() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        thread::sleep(Duration::from_millis(10));
    }
}

/// A file in a fresh directory of the target's temporary folder, removed with the test's
/// other files when the target directory is cleaned.
pub fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "{}-{}",
        std::process::id(),
        thread_id()
    ));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("a temporary file");
    path
}

fn thread_id() -> String {
    format!("{:?}", thread::current().id()).chars().filter(char::is_ascii_digit).collect()
}
