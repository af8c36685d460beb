//! What became of a run that a batch set out to cancel: the definitive outcome, settled by
//! fetching the run when the cancel's answer alone leaves it unclear.

use crate::{BatchStop, Error, Run, RunStatus};
use std::sync::Arc;

/// The definitive outcome of cancelling one run, as [`crate::CancelMany::outcomes`] and
/// [`crate::Client::cancel_matching`] report it.
///
/// A cancel that answers 400 only says the run was no longer `PROCESSING`; a cancel whose
/// response was lost says nothing. In both cases the run is fetched, and its status decides:
///
/// | cancel answered | fetched status | outcome |
/// |---|---|---|
/// | 200, the run `CANCELLED`, `PROCESSING` or `PENDING` (cancelling is best-effort) | (not fetched) | [`Outcome::Cancelled`] |
/// | 200, the run `PROCESSED`, `FAILED`, `NEEDS_REVIEW` or `REJECTED` (a verify run's no-op cancel) | (not fetched) | [`Outcome::AlreadyFinished`] |
/// | 200 or fetched, the run `CANCELLING` (a workflow run) | fetched until it is not, within the batch's [`crate::CancelMany::cancelling_wait`] | the outcome of the status it reaches; [`Outcome::Cancelling`] if still `CANCELLING` |
/// | 400, first attempt | `CANCELLED` | [`Outcome::AlreadyCancelled`] |
/// | 400 after a lost attempt, a lost response, 5xx, an unreadable 200 | `CANCELLED` | [`Outcome::Cancelled`] |
/// | any of those | `PROCESSED`, `FAILED`, `NEEDS_REVIEW`, `REJECTED` | [`Outcome::AlreadyFinished`] |
/// | any of those | `PENDING` | [`Outcome::Pending`] |
/// | any of those | `PROCESSING`, another value, or the fetch failed | [`Outcome::Failed`] with the cancel's error |
/// | 404 (or the fetch answered 404) | | [`Outcome::NotFound`] |
/// | a transport failure that never connected (refused, DNS, TLS, connect timeout) | (not fetched) | [`Outcome::Failed`] |
/// | any other error (401, 403, 422, 429 after retries, an invalid id) | (not fetched) | [`Outcome::Failed`] |
/// | (not sent: the batch had stopped) | (not fetched) | [`Outcome::NotSent`] |
#[derive(Debug)]
#[non_exhaustive]
pub enum Outcome {
    /// Cancelled by this call: the cancel answered with the run, or its answer was lost or
    /// garbled and the fetched run is `CANCELLED`.
    Cancelled(Run),
    /// The run had been cancelled before this call (the cancel answered 400 on its first
    /// attempt and the fetched run is `CANCELLED`).
    AlreadyCancelled(Run),
    /// The run had already finished: its status is `PROCESSED` or `FAILED`, or for a workflow
    /// run `NEEDS_REVIEW` or `REJECTED` ([`Run::typed_status`] says which). A verify run that
    /// had finished answers its cancel with 200 and the run unchanged: that is this outcome too.
    AlreadyFinished(Run),
    /// The run has not started yet (`PENDING`), so it cannot be cancelled now; a draining
    /// [`crate::CancelMatching`] reports runs still pending when its deadline passed.
    Pending(Run),
    /// A workflow run still being cancelled (`CANCELLING`) when the batch's wait for it ended
    /// ([`crate::CancelMany::cancelling_wait`]): the cancel was accepted, the run has not
    /// stopped yet. Do not cancel it again; retrieve it later for its final state.
    Cancelling(Run),
    /// There is no such run (404), in this workspace at least.
    NotFound,
    /// Cancelling failed, and fetching the run did not show an end state.
    Failed(Error),
    /// The batch had stopped before this run's cancel was sent, because its failures showed
    /// that every further request would fail ([`BatchStop`] says why). Nothing was sent for
    /// this run; send it again once the cause is fixed.
    NotSent(Arc<BatchStop>),
}

impl Outcome {
    /// A short stable name for logs and JSON: `cancelled`, `already_cancelled`,
    /// `already_finished`, `pending`, `cancelling`, `not_found`, `failed` or `not_sent`.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Cancelled(_) => "cancelled",
            Outcome::AlreadyCancelled(_) => "already_cancelled",
            Outcome::AlreadyFinished(_) => "already_finished",
            Outcome::Pending(_) => "pending",
            Outcome::Cancelling(_) => "cancelling",
            Outcome::NotFound => "not_found",
            Outcome::Failed(_) => "failed",
            Outcome::NotSent(_) => "not_sent",
        }
    }

    /// The run, when the outcome has one.
    pub fn run(&self) -> Option<&Run> {
        match self {
            Outcome::Cancelled(run)
            | Outcome::AlreadyCancelled(run)
            | Outcome::AlreadyFinished(run)
            | Outcome::Pending(run)
            | Outcome::Cancelling(run) => Some(run),
            Outcome::NotFound | Outcome::Failed(_) | Outcome::NotSent(_) => None,
        }
    }

    /// The run's status, when the outcome has a run.
    pub fn status(&self) -> Option<&RunStatus> {
        self.run().map(Run::typed_status)
    }

    /// The error, for [`Outcome::Failed`].
    pub fn error(&self) -> Option<&Error> {
        match self {
            Outcome::Failed(error) => Some(error),
            _ => None,
        }
    }

    /// True when the run is in an end state that needs nothing more: cancelled (by this call or
    /// before) or already finished.
    pub fn is_settled(&self) -> bool {
        matches!(self, Outcome::Cancelled(_) | Outcome::AlreadyCancelled(_) | Outcome::AlreadyFinished(_))
    }
}
