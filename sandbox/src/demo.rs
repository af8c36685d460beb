//! The demo seed: a few batches to try listing and cancelling on
//! (`extend-cancel sandbox --seed demo`).

use crate::batch::BatchSeed;
use extend_cancel::{RunKind, RunSource, RunStatus};

/// The batches of the demo seed (see the [crate documentation](crate) for the table).
pub(crate) fn demo_batches() -> Vec<BatchSeed> {
    use RunStatus::{Cancelled, Failed, Pending, Processed, Processing};
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
        // Legacy processor runs (cancelled one by one; there is no list for them).
        BatchSeed::new("bpr_demo_legacy", 20)
            .kinds([RunKind::Processor])
            .file_name_prefix("legacy")
            .statuses([(Processing, 1), (Processed, 1)]),
    ]
}
