//! The runs a new sandbox holds: one of every kind in every status.

use crate::run::Run;
use extend_cancel::{ProcessorRunStatus, RunKind};

/// The id of the run a new sandbox holds for this kind and status: the kind's prefix and the
/// status in lowercase, such as `exr_processing` or `dpr_failed`.
///
/// ```
/// use extend_cancel::{ProcessorRunStatus, RunKind};
/// use extend_cancel_sandbox::seeded_run_id;
/// assert_eq!(seeded_run_id(RunKind::Split, &ProcessorRunStatus::Processed), "splr_processed");
/// ```
pub fn seeded_run_id(kind: RunKind, status: &ProcessorRunStatus) -> String {
    format!("{}{}", kind.prefix(), status.as_str().to_ascii_lowercase())
}

/// The statuses every kind of run is seeded in.
pub(crate) const SEEDED_STATUSES: [ProcessorRunStatus; 5] = [
    ProcessorRunStatus::Pending,
    ProcessorRunStatus::Processing,
    ProcessorRunStatus::Processed,
    ProcessorRunStatus::Failed,
    ProcessorRunStatus::Cancelled,
];

/// The seeded runs: a sample run of every kind in every status, under [`seeded_run_id`].
pub(crate) fn seeded_runs() -> impl Iterator<Item = Run> {
    RunKind::ALL.into_iter().flat_map(|kind| {
        SEEDED_STATUSES.into_iter().map(move |status| Run::sample(kind, seeded_run_id(kind, &status), status))
    })
}
