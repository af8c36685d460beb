//! The runs a new sandbox holds: one of every kind in every status that kind has.

use crate::{run::Run, stored::StoredRun};
use extend_cancel::{RunKind, RunSource, RunStatus};

/// The id of the run a new sandbox holds for this kind and status: the kind's prefix and the
/// status in lowercase, such as `exr_processing`, `dpr_failed` or `workflow_run_cancelling`.
///
/// ```
/// use extend_cancel::{RunStatus, RunKind};
/// use extend_cancel_sandbox::seeded_run_id;
/// assert_eq!(seeded_run_id(RunKind::Split, &RunStatus::Processed), "splr_processed");
/// assert_eq!(seeded_run_id(RunKind::Workflow, &RunStatus::NeedsReview), "workflow_run_needs_review");
/// ```
pub fn seeded_run_id(kind: RunKind, status: &RunStatus) -> String {
    format!("{}{}", kind.prefix(), status.as_str().to_ascii_lowercase())
}

/// The statuses runs of this kind have, in the order the sandbox seeds them: a new sandbox
/// holds one run of `kind` in each, under [`seeded_run_id`]. Extract, classify, split,
/// processor and parse runs: `PENDING`, `PROCESSING`, `PROCESSED`, `FAILED`, `CANCELLED`;
/// workflow runs those and `CANCELLING`, `NEEDS_REVIEW`, `REJECTED`; verify runs are never
/// `PENDING`. The list filter `status` takes these values for the kind's list, and a seed file
/// these for the kind's runs. Empty for a kind added later.
///
/// ```
/// use extend_cancel::{RunStatus, RunKind};
/// use extend_cancel_sandbox::seeded_statuses;
/// assert_eq!(seeded_statuses(RunKind::Verify)[0], RunStatus::Processing);
/// assert_eq!(seeded_statuses(RunKind::Workflow).len(), 8);
/// ```
pub fn seeded_statuses(kind: RunKind) -> &'static [RunStatus] {
    match kind {
        RunKind::Extract | RunKind::Classify | RunKind::Split | RunKind::Processor | RunKind::Parse => {
            &FIVE_STATUSES
        }
        RunKind::Workflow => &WORKFLOW_STATUSES,
        RunKind::Verify => &VERIFY_STATUSES,
        _ => &[],
    }
}

const FIVE_STATUSES: [RunStatus; 5] = [
    RunStatus::Pending,
    RunStatus::Processing,
    RunStatus::Processed,
    RunStatus::Failed,
    RunStatus::Cancelled,
];

const WORKFLOW_STATUSES: [RunStatus; 8] = [
    RunStatus::Pending,
    RunStatus::Processing,
    RunStatus::Processed,
    RunStatus::Failed,
    RunStatus::Cancelled,
    RunStatus::Cancelling,
    RunStatus::NeedsReview,
    RunStatus::Rejected,
];

const VERIFY_STATUSES: [RunStatus; 4] =
    [RunStatus::Processing, RunStatus::Processed, RunStatus::Failed, RunStatus::Cancelled];

/// The batch of the seeded workflow runs.
pub(crate) const SEEDED_WORKFLOW_BATCH: &str = "batch_sandbox";

/// The batch of the seeded parse runs (a batch parse, so that one can be `PENDING`).
pub(crate) const SEEDED_PARSE_BATCH: &str = "bpar_sandbox";

/// The seeded runs: a sample run of every kind in every status it has, under
/// [`seeded_run_id`]. The workflow runs are of the workflow `workflow_sandbox_invoices` and the
/// batch `batch_sandbox`; the parse runs of the batch parse `bpar_sandbox` (source
/// `BATCH_PARSER_RUN`); the verify runs from the source `API`.
pub(crate) fn seeded_runs() -> impl Iterator<Item = StoredRun> {
    RunKind::ALL.into_iter().flat_map(|kind| {
        seeded_statuses(kind).iter().map(move |status| {
            let stored = StoredRun::new(Run::sample(kind, seeded_run_id(kind, status), status.clone()));
            match kind {
                RunKind::Workflow => stored.batch_id(SEEDED_WORKFLOW_BATCH),
                RunKind::Parse => stored
                    .batch_id(SEEDED_PARSE_BATCH)
                    .source(RunSource::BatchParserRun.as_str())
                    .source_id(SEEDED_PARSE_BATCH),
                _ => stored,
            }
        })
    })
}

/// The sources runs of this kind can have (the list filter `source` of its list takes these):
/// `ADMIN`, `BATCH_PROCESSOR_RUN`, `PLAYGROUND`, `WORKFLOW_CONFIGURATION`, `WORKFLOW_RUN`,
/// `STUDIO`, `API` for extract, classify, split and processor runs; the parse sources for parse
/// runs; `API` and `STUDIO` for verify runs; none for workflow runs.
pub(crate) fn sources_of(kind: RunKind) -> &'static [RunSource] {
    match kind {
        RunKind::Workflow => &[],
        RunKind::Parse => &PARSE_SOURCES,
        RunKind::Verify => &VERIFY_SOURCES,
        _ => &PROCESSOR_SOURCES,
    }
}

const PROCESSOR_SOURCES: [RunSource; 7] = [
    RunSource::Admin,
    RunSource::BatchProcessorRun,
    RunSource::Playground,
    RunSource::WorkflowConfiguration,
    RunSource::WorkflowRun,
    RunSource::Studio,
    RunSource::Api,
];

const PARSE_SOURCES: [RunSource; 7] = [
    RunSource::Api,
    RunSource::Studio,
    RunSource::WorkflowRun,
    RunSource::Admin,
    RunSource::BatchParserRun,
    RunSource::EditRun,
    RunSource::DocumentProcessorRun,
];

const VERIFY_SOURCES: [RunSource; 2] = [RunSource::Api, RunSource::Studio];
