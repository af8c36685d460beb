//! Cancels Extend runs by id, choosing the endpoint by each id's prefix.
//!
//! ```sh
//! cargo run --example cancel -- [--json] [--rate N] <run-id>...
//! ```
//!
//! - With `EXTEND_API_KEY` set, it cancels the given runs on the Extend API. `EXTEND_BASE_URL`,
//!   `EXTEND_WORKSPACE_ID` and `EXTEND_API_VERSION` are read too (see the README).
//! - Without it, it says so in one line, starts the offline sandbox
//!   (`extend_cancel_sandbox`) and cancels a demonstration set of runs of all four kinds, some
//!   of which cannot be cancelled (they are not `PROCESSING`, or do not exist). Ids given on the
//!   command line are cancelled in the sandbox instead.
//!
//! Runs are cancelled with `Client::cancel_many` (8 at a time, optionally rate-limited), with
//! progress on stderr. It prints a table (id, kind, outcome, status, failure reason, dashboard URL), or with
//! `--json` one JSON object per run per line. The exit status is 0 when every cancel
//! succeeded, 1 when some failed (an invalid id is such a failure), and 2 on bad arguments
//! or configuration.

use extend_cancel::{CancelledRun, Client, Error, RunKind};
use extend_cancel_sandbox::Sandbox;
use futures_util::StreamExt;
use serde_json::json;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// The runs cancelled in the sandbox when no ids are given: one cancellable run of each kind,
/// runs in other statuses (400) and an unknown id (404).
const DEMO_RUNS: &[&str] = &[
    "exr_processing",
    "clr_processing",
    "splr_processing",
    "dpr_processing",
    "exr_processed",
    "clr_cancelled",
    "splr_failed",
    "dpr_pending",
    "exr_does_not_exist",
];

/// How many cancels are in flight at once (`cancel_many`'s default).
const CONCURRENCY: usize = extend_cancel::DEFAULT_CONCURRENCY;

const USAGE: &str = "usage: cancel [--json] [--rate N] <run-id>...
  Cancels Extend runs (exr_, clr_, splr_, dpr_ ids). With EXTEND_API_KEY unset, runs in the
  offline sandbox; without ids there, cancels a demonstration set.
  --json     print one JSON object per run per line instead of a table
  --rate N   send at most N requests per second (Extend plans allow 10, 25 or 75)
  -h, --help print this help
exit status: 0 all cancelled, 1 some failed, 2 bad arguments or configuration";

struct Options {
    json: bool,
    rate: Option<f64>,
    ids: Vec<String>,
}

/// Parses the arguments; `Err` carries the message for a usage error, `Ok(None)` means help.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options { json: false, rate: None, ids: Vec::new() };
    let mut flags_done = false;
    let mut args = args;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            _ if flags_done => options.ids.push(arg),
            "--" => flags_done = true,
            "--json" => options.json = true,
            "--rate" => {
                let value = args.next().ok_or("--rate needs a number of requests per second")?;
                match value.parse::<f64>() {
                    Ok(rate) if rate > 0.0 && rate.is_finite() => options.rate = Some(rate),
                    _ => return Err(format!("--rate needs a positive number, not {value:?}")),
                }
            }
            "-h" | "--help" => return Ok(None),
            flag if flag.starts_with('-') && flag.len() > 1 => return Err(format!("unknown flag {flag:?}")),
            _ => options.ids.push(arg),
        }
    }
    Ok(Some(options))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };

    let has_key = std::env::var("EXTEND_API_KEY").is_ok_and(|key| !key.trim().is_empty());
    // Keeps the sandbox alive until the cancels are done.
    let mut _sandbox = None;
    let (client, ids) = if has_key {
        if options.ids.is_empty() {
            eprintln!("error: no run ids given\n{USAGE}");
            return ExitCode::from(2);
        }
        match Client::from_env() {
            Ok(client) => (client, options.ids),
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::from(2);
            }
        }
    } else {
        let sandbox = match Sandbox::start().await {
            Ok(sandbox) => sandbox,
            Err(error) => {
                eprintln!("error: could not start the sandbox: {error}");
                return ExitCode::from(2);
            }
        };
        eprintln!(
            "EXTEND_API_KEY is not set: using the offline sandbox at {} (set it to cancel real runs).",
            sandbox.base_url()
        );
        let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build();
        let client = match client {
            Ok(client) => client,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::from(2);
            }
        };
        _sandbox = Some(sandbox);
        let ids = if options.ids.is_empty() {
            DEMO_RUNS.iter().map(|id| id.to_string()).collect()
        } else {
            options.ids
        };
        (client, ids)
    };

    if !options.json {
        println!(
            "{:<22} {:<10} {:<10} {:<10} {:<24} DASHBOARD URL",
            "ID", "KIND", "OUTCOME", "STATUS", "FAILURE REASON"
        );
    }
    let total = ids.len();
    let mut failed = 0;
    let mut progress = Progress::new(total);
    let mut results = client.cancel_many(ids).concurrency(CONCURRENCY);
    if let Some(per_second) = options.rate {
        results = results.rate_limit(per_second);
    }
    while let Some((id, result)) = results.next().await {
        failed += usize::from(result.is_err());
        progress.clear();
        print_outcome(&id, &result, options.json);
        progress.advance();
    }
    progress.clear();

    eprintln!("{} of {total} runs cancelled, {failed} failed.", total - failed);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Progress on stderr: a line redrawn in place on a terminal, a plain counter every tenth of
/// the way otherwise (so logs stay readable).
struct Progress {
    done: usize,
    total: usize,
    terminal: bool,
}

impl Progress {
    fn new(total: usize) -> Self {
        Progress { done: 0, total, terminal: std::io::stderr().is_terminal() }
    }

    fn advance(&mut self) {
        self.done += 1;
        let mut stderr = std::io::stderr().lock();
        if self.terminal {
            let _ = write!(stderr, "\r{}/{} done", self.done, self.total);
            let _ = stderr.flush();
        } else if self.total >= 20 && (self.done * 10 / self.total) != ((self.done - 1) * 10 / self.total) {
            let _ = writeln!(stderr, "progress: {}/{}", self.done, self.total);
        }
    }

    /// Erases the in-place line before other output.
    fn clear(&self) {
        if self.terminal && self.done > 0 {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
        }
    }
}

/// Prints one run's outcome: a table row (and, for a failure, the error on the next line) or
/// one JSON object on one line.
fn print_outcome(id: &str, result: &Result<CancelledRun, Error>, json: bool) {
    let kind = RunKind::from_id(id).map_or("?", RunKind::name);
    match (result, json) {
        (Ok(run), false) => {
            println!(
                "{:<22} {:<10} {:<10} {:<10} {:<24} {}",
                id,
                kind,
                "cancelled",
                run.status(),
                run.failure_reason().unwrap_or("-"),
                run.dashboard_url().unwrap_or("-")
            );
            // The cancel happened; what the response got wrong is worth a note, not a failure.
            for correction in run.corrections() {
                println!("    corrected: {correction}");
            }
        }
        (Err(error), false) => {
            println!("{id:<22} {kind:<10} {:<10} {:<10} {:<24} -", "error", "-", "-");
            println!("    {error}");
        }
        (Ok(run), true) => println!(
            "{}",
            json!({
                "id": id,
                "kind": kind,
                "outcome": "cancelled",
                "status": run.status(),
                "failureReason": run.failure_reason(),
                "dashboardUrl": run.dashboard_url(),
                "corrections": run.corrections().iter().map(|c| json!({
                    "path": c.path, "problem": c.problem.to_string(), "detail": c.detail,
                })).collect::<Vec<_>>(),
            })
        ),
        (Err(error), true) => println!(
            "{}",
            json!({
                "id": id,
                "kind": kind,
                "outcome": "error",
                "error": error.to_string(),
                "httpStatus": error.status().map(|status| status.as_u16()),
                "code": error.as_api().and_then(|api| api.code.as_deref()),
                "requestId": error.request_id(),
                "retryable": error.is_retryable(),
            })
        ),
    }
}
