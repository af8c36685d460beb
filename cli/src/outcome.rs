//! STAND-IN until the library's definitive outcomes (issue 13: `Outcome`, `Summary`,
//! `CancelMany::outcomes`) are merged from main; the names and methods are the library's, so
//! that replacing this module is a change of imports. Until then a 400 (a run not
//! `PROCESSING`) is reported as `failed`: telling "already cancelled" from "already finished"
//! takes the fetch of the run that the library's `outcomes()` makes.

use extend_cancel::{CancelMany, CancelledRun, Error};
use futures_util::{Stream, StreamExt};
use std::fmt;

/// The definitive outcome of one run of a batch.
#[derive(Debug)]
pub enum Outcome {
    /// Cancelled by this call.
    Cancelled(CancelledRun),
    /// The run was already cancelled.
    #[allow(dead_code)]
    AlreadyCancelled(CancelledRun),
    /// The run had already finished (processed or failed).
    #[allow(dead_code)]
    AlreadyFinished(CancelledRun),
    /// No such run.
    NotFound,
    /// The run has not started yet, so it cannot be cancelled now.
    #[allow(dead_code)]
    Pending(CancelledRun),
    /// Anything else that went wrong.
    Failed(Error),
}

impl Outcome {
    fn from_result(result: Result<CancelledRun, Error>) -> Self {
        match result {
            Ok(run) => Outcome::Cancelled(run),
            Err(error) if error.status().is_some_and(|s| s.as_u16() == 404) => Outcome::NotFound,
            Err(error) => Outcome::Failed(error),
        }
    }

    /// The outcome's name in output: `cancelled`, `already_cancelled`, `already_finished`,
    /// `not_found`, `pending` or `failed`.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Cancelled(_) => "cancelled",
            Outcome::AlreadyCancelled(_) => "already_cancelled",
            Outcome::AlreadyFinished(_) => "already_finished",
            Outcome::NotFound => "not_found",
            Outcome::Pending(_) => "pending",
            Outcome::Failed(_) => "failed",
        }
    }

    /// Whether the run ended cancelled or in another terminal state.
    pub fn is_settled(&self) -> bool {
        matches!(self, Outcome::Cancelled(_) | Outcome::AlreadyCancelled(_) | Outcome::AlreadyFinished(_))
    }

    /// The error, for a failed outcome.
    pub fn error(&self) -> Option<&Error> {
        match self {
            Outcome::Failed(error) => Some(error),
            _ => None,
        }
    }
}

/// The outcomes of `cancel_many`, as the library's `CancelMany::outcomes` gives them.
pub fn outcomes(many: CancelMany<'static>) -> impl Stream<Item = (String, Outcome)> + Send + 'static {
    many.map(|(id, result)| (id, Outcome::from_result(result)))
}

/// Counts per outcome.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub cancelled: usize,
    pub already_cancelled: usize,
    pub processed: usize,
    pub finished_failed: usize,
    pub not_found: usize,
    pub pending: usize,
    pub failed: usize,
}

impl Summary {
    /// Counts one outcome.
    pub fn add(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Cancelled(_) => self.cancelled += 1,
            Outcome::AlreadyCancelled(_) => self.already_cancelled += 1,
            Outcome::AlreadyFinished(run) if run.status() == "PROCESSED" => self.processed += 1,
            Outcome::AlreadyFinished(_) => self.finished_failed += 1,
            Outcome::NotFound => self.not_found += 1,
            Outcome::Pending(_) => self.pending += 1,
            Outcome::Failed(_) => self.failed += 1,
        }
    }

    /// How many outcomes were counted.
    pub fn total(&self) -> usize {
        self.cancelled
            + self.already_cancelled
            + self.processed
            + self.finished_failed
            + self.not_found
            + self.pending
            + self.failed
    }

    /// Whether every outcome counted is settled.
    pub fn all_settled(&self) -> bool {
        self.not_found + self.pending + self.failed == 0
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} cancelled, {} already cancelled, {} already finished ({} processed, {} failed), \
             {} not found, {} pending, {} failed",
            self.cancelled,
            self.already_cancelled,
            self.processed + self.finished_failed,
            self.processed,
            self.finished_failed,
            self.not_found,
            self.pending,
            self.failed
        )
    }
}
