//! The demonstration (`extend-cancel demo`, and `extend-cancel` with no key): a built-in
//! sandbox, a set of runs of every kind of which some cannot be cancelled by design, and
//! a check that each ended as designed.

use crate::{
    args::DemoArgs,
    batch::{self, View},
    connect,
    exit::{Fatal, Status},
    interrupt::Interrupt,
    progress::Total,
    report::{self, Format},
    send::{self, Limits},
};
use extend_cancel::{Client, DEFAULT_CONCURRENCY};
use extend_cancel_sandbox::Sandbox;

/// The runs cancelled, each with the outcome it is designed to have and why.
const DEMO_RUNS: &[(&str, &str, &str)] = &[
    ("exr_processing", "cancelled", "an extract run in progress"),
    ("clr_processing", "cancelled", "a classify run in progress"),
    ("splr_processing", "cancelled", "a split run in progress"),
    ("dpr_processing", "cancelled", "a legacy processor run in progress"),
    (
        "workflow_run_processing",
        "cancelled",
        "a workflow run in progress: answered CANCELLING, followed until CANCELLED",
    ),
    ("pr_processing", "cancelled", "a parse run in progress"),
    (
        "vr_processed",
        "already_finished",
        "a verify run that had finished: Extend answers 200 with it unchanged",
    ),
    ("clr_cancelled", "already_cancelled", "cancelled before: nothing left to do"),
    ("exr_processed", "already_finished", "it finished (PROCESSED) before the cancel"),
    ("splr_failed", "already_finished", "it failed before the cancel"),
    ("dpr_pending", "pending", "not started yet: a run can be cancelled once it is PROCESSING"),
    ("exr_does_not_exist", "not_found", "no such run"),
];

/// Runs the demonstration; exits 0 when every run ended as designed.
pub async fn run(args: DemoArgs) -> Result<Status, Fatal> {
    let sandbox = Sandbox::start()
        .await
        .map_err(|e| Fatal::failure(format!("could not start the built-in sandbox: {e}")))?;
    if connect::api_key_is_set() {
        eprintln!(
            "Demonstration against a built-in sandbox at {}; nothing is sent to Extend.",
            sandbox.base_url()
        );
    } else {
        eprintln!(
            "EXTEND_API_KEY is not set: running the demonstration against a built-in sandbox at {} \
             (with a key, `extend-cancel cancel` cancels real runs).",
            sandbox.base_url()
        );
    }
    let client = Client::builder()
        .api_key(sandbox.api_key())
        .base_url(sandbox.base_url())
        .build()
        .map_err(|e| Fatal::failure(e.to_string()))?;
    let ids: Vec<String> = DEMO_RUNS.iter().map(|(id, _, _)| id.to_string()).collect();
    let limits = Limits {
        concurrency: DEFAULT_CONCURRENCY,
        rate: None,
        stop_after: extend_cancel::DEFAULT_STOP_AFTER_FAILURES,
        cancelling_wait: extend_cancel::DEFAULT_CANCELLING_WAIT,
    };
    let interrupt = Interrupt::install();
    let format = if args.json { Format::Json } else { Format::Table { id_width: report::id_width(&ids) } };
    let view = View {
        total: Total::Runs(ids.len() as u64),
        format,
        output: None,
        dry_run: false,
        stop_on_interrupt: false,
        cancelling_wait: extend_cancel::DEFAULT_CANCELLING_WAIT,
    };
    let finished = batch::show(send::cancel_ids(&client, ids, limits, &interrupt), view, &interrupt).await;
    for line in finished.summary_lines() {
        eprintln!("{line}");
    }
    if finished.interrupted || !finished.output_lost.is_empty() {
        return Ok(finished.status());
    }

    let unexpected: Vec<String> = DEMO_RUNS
        .iter()
        .filter_map(|(id, designed, _)| {
            let got =
                finished.labels.iter().find(|(done, _)| done == id).map_or("nothing", |(_, label)| *label);
            (got != *designed).then(|| format!("  {id}: designed to end {designed}, ended {got}"))
        })
        .collect();
    if unexpected.is_empty() {
        eprintln!("The demonstration behaved as designed:");
        for (id, designed, why) in DEMO_RUNS {
            eprintln!("  {id:<23} {designed:<18} {why}");
        }
        Ok(Status::Success)
    } else {
        eprintln!("The demonstration did not behave as designed:\n{}", unexpected.join("\n"));
        Ok(Status::SomeFailed)
    }
}
