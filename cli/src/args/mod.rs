//! The command line: one struct per command, parsed by clap.

mod help;

use crate::exit::EXIT_STATUS_HELP;
use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};
use extend_cancel::RunStatus;
use help::{ABOUT, AFTER_HELP, CANCEL_AFTER_HELP, SANDBOX_AFTER_HELP};
use std::{path::PathBuf, time::Duration};

/// The whole command line.
#[derive(Debug, Parser)]
#[command(name = "extend-cancel", version, about = ABOUT, after_help = format!("{AFTER_HELP}\n\n{EXIT_STATUS_HELP}"))]
pub struct Cli {
    /// The command; none runs the demonstration when EXTEND_API_KEY is unset.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Cancel runs: by id (arguments, standard input, files), or every run of a batch,
    /// extractor, classifier, splitter, workflow or legacy processor.
    #[command(after_help = format!("{CANCEL_AFTER_HELP}\n\n{EXIT_STATUS_HELP}"))]
    Cancel(Box<CancelArgs>),
    /// Serve the offline sandbox on 127.0.0.1 until stopped, for clients in any language.
    #[command(after_help = SANDBOX_AFTER_HELP)]
    Sandbox(SandboxArgs),
    /// Cancel a demonstration set of runs in a built-in sandbox and explain each outcome.
    #[command(after_help = EXIT_STATUS_HELP)]
    Demo(DemoArgs),
}

/// `extend-cancel cancel`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("filter").args(["batch", "extractor", "classifier", "splitter", "workflow", "processor"])))]
pub struct CancelArgs {
    /// Run ids to cancel; `-` reads ids from standard input.
    #[arg(value_name = "ID", conflicts_with = "filter")]
    pub ids: Vec<String>,

    /// Read ids from this file (one per line, or JSON lines with an "id" field); repeatable.
    #[arg(long, short = 'f', value_name = "FILE", conflicts_with = "filter")]
    pub file: Vec<PathBuf>,

    /// Cancel the runs of this batch: bpr_... (extract, classify and split runs; looked up
    /// first, an unknown one is refused), batch_... (workflow runs) or bpar_... (parse runs).
    #[arg(long, value_name = "BATCH_ID")]
    pub batch: Option<String>,

    /// Cancel the extract runs of this extractor.
    #[arg(long, value_name = "EXTRACTOR_ID")]
    pub extractor: Option<String>,

    /// Cancel the classify runs of this classifier.
    #[arg(long, value_name = "CLASSIFIER_ID")]
    pub classifier: Option<String>,

    /// Cancel the split runs of this splitter.
    #[arg(long, value_name = "SPLITTER_ID")]
    pub splitter: Option<String>,

    /// Cancel the workflow runs of this workflow (workflow_...), the PENDING ones too.
    #[arg(long, value_name = "WORKFLOW_ID")]
    pub workflow: Option<String>,

    /// Cancel the legacy processor runs (dpr_...) of this processor (such as ex_...).
    #[arg(long, value_name = "PROCESSOR_ID")]
    pub processor: Option<String>,

    /// With --dry-run and a filter (--batch, --extractor, --classifier, --splitter, --workflow,
    /// --processor): list the runs in this status (default PROCESSING, and PENDING too for
    /// workflow runs, or for every kind with --drain).
    #[arg(long, value_name = "STATUS", requires = "filter", value_parser = parse_status)]
    pub status: Option<RunStatus>,

    /// With a filter: keep listing and cancelling until no matching run is PENDING or
    /// PROCESSING, for at most this long (default 10m), so that runs not started yet are
    /// cancelled once they start. PENDING workflow runs are cancelled at once, without waiting.
    #[arg(
        long,
        value_name = "FOR",
        requires = "filter",
        num_args = 0..=1,
        default_missing_value = "10m",
        value_parser = parse_duration
    )]
    pub drain: Option<Duration>,

    /// Send no cancel: look each id up (GET), or list the runs a filter matches, and show what a
    /// cancel would do (would_cancel, already_cancelled, cancelling...).
    #[arg(long)]
    pub dry_run: bool,

    /// Skip the runs that this earlier --json output shows settled, or still cancelling.
    #[arg(long, value_name = "FILE", conflicts_with = "filter")]
    pub resume: Option<PathBuf>,

    /// Print one JSON object per run per line instead of a table.
    #[arg(long)]
    pub json: bool,

    /// Write the --json lines to this file too, each as soon as its run is done (standard
    /// output keeps the table, unless --json). A file that is not empty is refused: an earlier
    /// record is never overwritten.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[command(flatten)]
    pub batch_settings: BatchSettings,

    #[command(flatten)]
    pub connection: ConnectionArgs,
}

/// How fast a batch goes.
#[derive(Debug, Args)]
pub struct BatchSettings {
    /// How many cancels are in flight at once.
    #[arg(long, value_name = "N", default_value_t = extend_cancel::DEFAULT_CONCURRENCY as u32,
          value_parser = clap::value_parser!(u32).range(1..=256))]
    pub concurrency: u32,

    /// Send at most this many requests per second (Extend's plans allow 10, 25 or 75 for the
    /// whole organization).
    #[arg(long, value_name = "PER_SECOND", value_parser = parse_rate)]
    pub rate: Option<f64>,

    /// Give up on one run's cancel (all its attempts and the waits between them) after this
    /// long, such as 30s or 2m.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub deadline: Option<Duration>,

    /// Stop the batch after this many runs in a row failed for a reason that is not about the
    /// run (unreachable host, 403, 5xx, 429, after retries); 0 never stops for that. A refused
    /// key (401) always stops it at once. The runs not sent are listed as not_sent (exit 3).
    #[arg(long, value_name = "N", default_value_t = extend_cancel::DEFAULT_STOP_AFTER_FAILURES)]
    pub stop_after: u32,

    /// Follow a workflow run whose cancel answered CANCELLING (being cancelled) for at most this
    /// long, until it is CANCELLED; one still CANCELLING then is reported as cancelling (exit
    /// 1). 0 does not follow.
    #[arg(long, value_name = "DURATION", default_value = "1m", value_parser = parse_wait)]
    pub cancelling_wait: Duration,
}

/// Where requests go and as whom (the key itself comes from EXTEND_API_KEY only).
#[derive(Debug, Default, Args)]
pub struct ConnectionArgs {
    /// The workspace every request targets (x-extend-workspace-id), needed with an
    /// organization-scoped key [overrides EXTEND_WORKSPACE_ID].
    #[arg(long, value_name = "WORKSPACE_ID")]
    pub workspace: Option<String>,

    /// The Extend deployment [default: us].
    #[arg(long, value_enum, conflicts_with = "base_url")]
    pub env: Option<Deployment>,

    /// Send requests here instead, such as the URL `extend-cancel sandbox` prints [overrides
    /// EXTEND_BASE_URL].
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,

    /// The x-extend-api-version to send on every request instead of each endpoint's default
    /// (2026-02-09; 2025-04-21 for legacy processor runs) [overrides EXTEND_API_VERSION].
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub api_version: Option<String>,

    /// Allow a plain http:// --base-url to a host that is not loopback. The API key then
    /// crosses the network in clear; refused without this flag.
    #[arg(long)]
    pub allow_insecure_http: bool,
}

/// The Extend deployments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Deployment {
    /// https://api.extend.ai
    Us,
    /// https://api.us2.extend.app
    Us2,
    /// https://api.eu1.extend.ai
    Eu1,
}

/// `extend-cancel sandbox`.
#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// The port to listen on, on 127.0.0.1 (default: any free port).
    #[arg(long, value_name = "N")]
    pub port: Option<u16>,

    /// Runs to add, repeatable: `demo` (552 runs: extract, classify and split batches bpr_demo_...,
    /// legacy processor runs of dp_demo_legacy, the workflow batch batch_demo_claims, the parse
    /// batch bpar_demo_scans, verify runs), or a JSON file of runs (the seed format of the
    /// extend-cancel-sandbox crate). The sandbox always holds one run of every kind in every
    /// status it has too, such as exr_processing, dpr_cancelled or workflow_run_cancelling.
    #[arg(long, value_name = "demo|FILE")]
    pub seed: Vec<String>,

    /// Close a connection that waits this long for its next request, or for its client to
    /// read a response (default 30s).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub idle_timeout: Option<Duration>,

    /// Close a connection whose request has not arrived in full (head and body) this long
    /// after its first byte, without an answer (default 10s).
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub read_timeout: Option<Duration>,
}

/// `extend-cancel demo`.
#[derive(Debug, Default, Args)]
pub struct DemoArgs {
    /// Print one JSON object per run per line instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// A run status, case-insensitive; only the statuses the API documents.
fn parse_status(value: &str) -> Result<RunStatus, String> {
    let status = RunStatus::from(value.to_ascii_uppercase());
    if status.is_unknown() {
        let known: Vec<&str> = RunStatus::KNOWN.iter().map(|s| s.as_str()).collect();
        return Err(format!("not a run status; use one of {}", known.join(", ")));
    }
    Ok(status)
}

/// The longest --deadline or --drain taken: a week (as [`too_long`] says) is already far more
/// than an incident needs, and anything longer is a slip (`1e20`), refused before it reaches a
/// clock.
const MAX_DURATION: Duration = Duration::from_secs(7 * 24 * 3600);

/// A duration such as `30s`, `2m`, `1h 30m` or `500ms`; a bare number is seconds. Longer than
/// zero and at most [`MAX_DURATION`]: clap names the flag in the error, so a value out of range
/// is a usage error (status 2), never a panic in `Duration` or `Instant` arithmetic.
fn parse_duration(value: &str) -> Result<Duration, String> {
    let parsed = match value.trim().parse::<f64>() {
        Ok(seconds) if seconds.is_nan() => Err("is not a number".to_owned()),
        Ok(seconds) if seconds < 0.0 => Err("must not be negative".to_owned()),
        // Checked before converting: `Duration::from_secs_f64` panics past about 1.8e19 s.
        Ok(seconds) if seconds > MAX_DURATION.as_secs_f64() => Err(too_long()),
        Ok(seconds) => Ok(Duration::from_secs_f64(seconds)),
        Err(_) => {
            humantime::parse_duration(value).map_err(|e| format!("{e} (use a duration such as 30s or 2m)"))
        }
    }?;
    if parsed.is_zero() {
        return Err("must be longer than zero".to_owned());
    }
    if parsed > MAX_DURATION {
        return Err(too_long());
    }
    Ok(parsed)
}

/// A wait such as `1m`, or `0` for none: a duration as [`parse_duration`] reads it, or zero.
fn parse_wait(value: &str) -> Result<Duration, String> {
    match value.trim().parse::<f64>() {
        Ok(0.0) => Ok(Duration::ZERO),
        _ => parse_duration(value),
    }
}

/// The error of a duration over [`MAX_DURATION`].
fn too_long() -> String {
    "must be at most 7 days (168h)".to_owned()
}

/// A positive, finite number of requests per second.
fn parse_rate(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(rate) if rate > 0.0 && rate.is_finite() => Ok(rate),
        _ => Err("must be a positive number of requests per second".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations_take_units_or_seconds() {
        assert_eq!(parse_duration("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("1h 30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        assert!(parse_duration("0").is_err());
        assert!(parse_duration("-1").is_err());
        assert!(parse_duration("soon").unwrap_err().contains("30s"));
    }

    #[test]
    fn durations_out_of_range_are_errors_not_panics() {
        for huge in ["1e20", "1e30", "1e300", "inf", "604801", "8days", "100000000000y"] {
            assert!(
                parse_duration(huge).is_err_and(|e| e.contains("at most") || e.contains("too")),
                "{huge}"
            );
        }
        assert_eq!(parse_duration("NaN"), Err("is not a number".to_owned()));
        assert_eq!(parse_duration("-inf"), Err("must not be negative".to_owned()));
        assert_eq!(parse_duration("7days"), Ok(MAX_DURATION));
        assert_eq!(parse_duration("1e-300"), Err("must be longer than zero".to_owned()));
    }

    #[test]
    fn statuses_are_the_documented_ones_in_any_case() {
        assert_eq!(parse_status("processing"), Ok(RunStatus::Processing));
        assert_eq!(parse_status("PENDING"), Ok(RunStatus::Pending));
        assert!(parse_status("running").unwrap_err().contains("PROCESSING"));
    }

    #[test]
    fn the_new_filters_are_filters() {
        for flag in ["--workflow", "--processor"] {
            let cli = Cli::try_parse_from([
                "extend-cancel",
                "cancel",
                flag,
                "x_1",
                "--dry-run",
                "--status",
                "pending",
            ]);
            assert!(cli.is_ok(), "{flag}: {cli:?}");
            let both = Cli::try_parse_from(["extend-cancel", "cancel", flag, "x_1", "--batch", "bpr_1"]);
            assert!(both.is_err_and(|e| e.kind() == clap::error::ErrorKind::ArgumentConflict), "{flag}");
            let with_ids = Cli::try_parse_from(["extend-cancel", "cancel", flag, "x_1", "exr_1"]);
            assert!(with_ids.is_err_and(|e| e.kind() == clap::error::ErrorKind::ArgumentConflict), "{flag}");
        }
    }

    #[test]
    fn the_cancelling_wait_is_the_library_s_by_default_and_may_be_zero() {
        let wait = |args: &[&str]| match Cli::try_parse_from(args).unwrap().command {
            Some(Command::Cancel(cancel)) => cancel.batch_settings.cancelling_wait,
            other => panic!("{other:?}"),
        };
        assert_eq!(wait(&["extend-cancel", "cancel", "exr_1"]), extend_cancel::DEFAULT_CANCELLING_WAIT);
        assert_eq!(wait(&["extend-cancel", "cancel", "exr_1", "--cancelling-wait", "0"]), Duration::ZERO);
        assert_eq!(
            wait(&["extend-cancel", "cancel", "exr_1", "--cancelling-wait", "5m"]),
            Duration::from_secs(300)
        );
        for bad in ["-1", "1e20", "NaN", "soon"] {
            assert!(parse_wait(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rates_are_positive() {
        assert_eq!(parse_rate("2.5"), Ok(2.5));
        for bad in ["0", "-1", "inf", "NaN", "x"] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
    }
}
