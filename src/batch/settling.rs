//! What a cancel in a batch leaves: its outcome, or a run still stopping that
//! `batch/follow.rs` follows to its end.

use crate::{Error, Outcome, Run, RunKind};

/// A cancel's result: its outcome, or a run still stopping to follow.
#[derive(Debug)]
pub(crate) enum Settling {
    /// The outcome, settled.
    Done(Outcome),
    /// A run still `CANCELLING`.
    Follow(FollowUp),
}

/// A run still `CANCELLING`, and how its end will be read.
#[derive(Debug)]
pub(crate) struct FollowUp {
    pub(crate) kind: RunKind,
    pub(crate) id: String,
    /// The run last seen, `CANCELLING`.
    pub(crate) run: Run,
    pub(crate) ended: Ended,
}

/// How the run came to be followed, which decides how its end reads.
#[derive(Debug)]
pub(crate) enum Ended {
    /// The cancel answered with it: its end is this cancel's outcome.
    Answered,
    /// The cancel failed and a retrieve showed it stopping: its end is read as a retrieved
    /// run's (`from_fetched` in `batch/settle.rs`: someone else's cancel when this one cannot have acted).
    Fetched { may_have_acted: bool, error: Error },
}
