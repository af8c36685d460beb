//! Counting a batch's outcomes: what a person reads at the end of a batch.

use crate::{Outcome, RunStatus};
use std::fmt;

/// How many runs of a batch ended in each [`Outcome`]. Add each outcome as it comes; `Display`
/// gives one line such as `12 cancelled, 3 already cancelled, 4 already finished (3 processed,
/// 1 failed), 1 not found, 0 pending, 0 cancelling, 2 failed, 0 not sent`.
///
/// ```
/// use extend_cancel::{Outcome, Summary};
/// let mut summary = Summary::default();
/// summary.add(&Outcome::NotFound);
/// assert_eq!((summary.not_found, summary.total(), summary.all_settled()), (1, 1, false));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Summary {
    /// Cancelled by this batch.
    pub cancelled: u64,
    /// Cancelled before this batch.
    pub already_cancelled: u64,
    /// Already finished otherwise than `FAILED`: `PROCESSED`, or a workflow run waiting for
    /// review (`NEEDS_REVIEW`) or rejected (`REJECTED`).
    pub processed: u64,
    /// Already finished with `FAILED`.
    pub finished_failed: u64,
    /// Not found.
    pub not_found: u64,
    /// Not started yet (`PENDING`), so not cancelled.
    pub pending: u64,
    /// Workflow runs still being cancelled (`CANCELLING`) when the batch stopped following them
    /// ([`Outcome::Cancelling`]).
    pub cancelling: u64,
    /// Failed to cancel (the error is in the outcome).
    pub failed: u64,
    /// Not sent: the batch had stopped ([`Outcome::NotSent`]).
    pub not_sent: u64,
}

impl Summary {
    /// Counts one outcome.
    pub fn add(&mut self, outcome: &Outcome) {
        let count = match outcome {
            Outcome::Cancelled(_) => &mut self.cancelled,
            Outcome::AlreadyCancelled(_) => &mut self.already_cancelled,
            Outcome::AlreadyFinished(run) if *run.typed_status() == RunStatus::Failed => {
                &mut self.finished_failed
            }
            Outcome::AlreadyFinished(_) => &mut self.processed,
            Outcome::Pending(_) => &mut self.pending,
            Outcome::Cancelling(_) => &mut self.cancelling,
            Outcome::NotFound => &mut self.not_found,
            Outcome::Failed(_) => &mut self.failed,
            Outcome::NotSent(_) => &mut self.not_sent,
        };
        *count += 1;
    }

    /// Runs that had already finished (`PROCESSED`, `FAILED`, or a workflow run in review or
    /// rejected).
    pub fn already_finished(&self) -> u64 {
        self.processed + self.finished_failed
    }

    /// Every outcome counted.
    pub fn total(&self) -> u64 {
        self.cancelled
            + self.already_cancelled
            + self.already_finished()
            + self.not_found
            + self.pending
            + self.cancelling
            + self.failed
            + self.not_sent
    }

    /// True when every run counted is cancelled or already finished ([`Outcome::is_settled`]).
    pub fn all_settled(&self) -> bool {
        self.not_found + self.pending + self.cancelling + self.failed + self.not_sent == 0
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} cancelled, {} already cancelled, {} already finished ({} processed, {} failed), {} not found, \
             {} pending, {} cancelling, {} failed, {} not sent",
            self.cancelled,
            self.already_cancelled,
            self.already_finished(),
            self.processed,
            self.finished_failed,
            self.not_found,
            self.pending,
            self.cancelling,
            self.failed,
            self.not_sent
        )
    }
}
