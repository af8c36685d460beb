//! The demo seed: a few batches to try listing and cancelling on
//! (`extend-cancel sandbox --seed demo`).

use crate::batch::BatchSeed;
use extend_cancel::{RunKind, RunSource, RunStatus};
use std::time::Duration;

/// How long the demo's `CANCELLING` workflow runs stay `CANCELLING`: long enough to list them.
pub(crate) const DEMO_CANCELLING_FOR: Duration = Duration::from_secs(60);

/// The batches of the demo seed (see the [crate documentation](crate) for the table).
pub(crate) fn demo_batches() -> Vec<BatchSeed> {
    use RunStatus::{Cancelled, Cancelling, Failed, NeedsReview, Pending, Processed, Processing};
    vec![
        // A large batch still running: the case for cancelling by batch.
        BatchSeed::new("bpr_demo_invoices", 240)
            .processor_id("ex_demo_invoices")
            .file_name_prefix("invoice")
            .statuses([(Processing, 6), (Pending, 1), (Processed, 2), (Failed, 1)]),
        // Classify and split runs of one intake batch, mostly done.
        BatchSeed::new("bpr_demo_intake", 120)
            .kinds([RunKind::Classify, RunKind::Split])
            .file_name_prefix("intake")
            .statuses([(Processing, 1), (Processed, 2), (Cancelled, 1)]),
        // A misconfigured extractor fed by a workflow: the case for cancelling by extractor.
        BatchSeed::new("bpr_demo_receipts", 60)
            .processor_id("ex_demo_misconfigured")
            .source(RunSource::WorkflowRun)
            .source_id("workflow_run_demo_receipts")
            .file_name_prefix("receipt")
            .statuses([(Processing, 4), (Failed, 1)]),
        // Legacy processor runs of one processor, listed by `GET /processor_runs`.
        BatchSeed::new("bpr_demo_legacy", 20)
            .kinds([RunKind::Processor])
            .processor_id("dp_demo_legacy")
            .file_name_prefix("legacy")
            .statuses([(Processing, 1), (Processed, 1)]),
        // A workflow batch: runs not started yet and running (both can be cancelled), runs
        // being cancelled, waiting for review, and finished.
        BatchSeed::new("batch_demo_claims", 60)
            .kinds([RunKind::Workflow])
            .processor_id("workflow_demo_claims")
            .file_name_prefix("claim")
            .cancelling_for(DEMO_CANCELLING_FOR)
            .statuses([
                (Pending, 2),
                (Processing, 4),
                (Cancelling, 1),
                (NeedsReview, 1),
                (Processed, 3),
                (Failed, 1),
            ]),
        // A batch parse (`POST /parse_runs/batch`), still running.
        BatchSeed::new("bpar_demo_scans", 40).kinds([RunKind::Parse]).file_name_prefix("scan").statuses([
            (Processing, 2),
            (Pending, 1),
            (Processed, 1),
        ]),
        // Verify runs of one request (verify runs have no batches: `demo_checks` is their
        // source id).
        BatchSeed::new("demo_checks", 12).kinds([RunKind::Verify]).file_name_prefix("statement").statuses([
            (Processing, 2),
            (Processed, 1),
            (Cancelled, 1),
        ]),
    ]
}
