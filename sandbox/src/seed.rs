//! The runs a new sandbox holds: one of every kind in every status.

use crate::run::Run;
use extend_cancel::{RunKind, RunStatus};

/// The id of the run a new sandbox holds for this kind and status: the kind's prefix and the
/// status in lowercase, such as `exr_processing` or `dpr_failed`.
///
/// ```
/// use extend_cancel::{RunStatus, RunKind};
/// use extend_cancel_sandbox::seeded_run_id;
/// assert_eq!(seeded_run_id(RunKind::Split, &RunStatus::Processed), "splr_processed");
/// ```
pub fn seeded_run_id(kind: RunKind, status: &RunStatus) -> String {
    format!("{}{}", kind.prefix(), status.as_str().to_ascii_lowercase())
}

/// The statuses every kind of run is seeded in.
pub(crate) const SEEDED_STATUSES: [RunStatus; 5] = [
    RunStatus::Pending,
    RunStatus::Processing,
    RunStatus::Processed,
    RunStatus::Failed,
    RunStatus::Cancelled,
];

/// The seeded runs: a sample run of every kind in every status, under [`seeded_run_id`].
pub(crate) fn seeded_runs() -> impl Iterator<Item = Run> {
    RunKind::ALL.into_iter().flat_map(|kind| {
        SEEDED_STATUSES.into_iter().map(move |status| Run::sample(kind, seeded_run_id(kind, &status), status))
    })
}
