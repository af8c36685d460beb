//! `--dry-run`: what a cancel would do, from a `GET` of each id or from a listing. No cancel
//! is sent.

use crate::{
    interrupt::Interrupt,
    report::{Entry, WOULD_CANCEL},
    send::Limits,
};
use extend_cancel::{Client, Error, Outcome, RunFilter, RunKind, RunStatus};
use futures_util::{stream, Stream, StreamExt};

/// Looks each id up (`GET`, through the library's `get_many`: `concurrency` at a time, at
/// most `rate` per second, one pause for the batch on a 429). A stop (Ctrl-C, the output
/// lost) ends the ids taken, as in a cancel.
pub fn look_up_ids(
    client: &Client,
    ids: Vec<String>,
    limits: Limits,
    drain: bool,
    interrupt: &Interrupt,
) -> impl Stream<Item = Entry> + Send + 'static {
    let gate = interrupt.clone();
    let ids = ids.into_iter().take_while(move |_| !gate.is_stopping());
    client
        .get_many(ids)
        .concurrency(limits.concurrency)
        // No rate is 0: no limit.
        .rate_limit(limits.rate.unwrap_or(0.0))
        .stop_after_failures(limits.stop_after)
        .map(move |(id, fetched)| match fetched {
            Ok(run) => planned(id, run.kind(), run.typed_status(), drain),
            Err(error) if is_not_found(&error) => Entry::Outcome(id, Outcome::NotFound),
            Err(Error::NotSent(stop)) => Entry::Outcome(id, Outcome::NotSent(stop)),
            Err(error) => Entry::Outcome(id, Outcome::Failed(error)),
        })
}

/// Lists the runs each of `filters` matches (each with its status set), one after the other.
pub fn list_filter(
    client: &Client,
    filters: Vec<RunFilter>,
    drain: bool,
) -> impl Stream<Item = Entry> + Send + 'static {
    let client = client.clone();
    stream::iter(filters).flat_map(move |filter| client.list_matching(filter)).map(move |listed| match listed
    {
        Ok(run) => planned(run.id().to_owned(), run.kind(), run.status(), drain),
        Err(error) => Entry::ListingFailed(error),
    })
}

/// What a cancel would find for a run in `status`: cancellable when `PROCESSING`, or when
/// `PENDING` for a workflow run (cancelled before it starts) and for any kind when draining
/// (cancelled once it starts); a workflow run `CANCELLING` is being cancelled already.
fn planned(id: String, kind: RunKind, status: &RunStatus, drain: bool) -> Entry {
    let (label, settled) = match status {
        RunStatus::Processing => (WOULD_CANCEL, false),
        RunStatus::Pending if drain || kind.cancels_pending() => (WOULD_CANCEL, false),
        RunStatus::Pending => ("pending", false),
        RunStatus::Cancelling => ("cancelling", false),
        RunStatus::Cancelled => ("already_cancelled", true),
        RunStatus::Processed | RunStatus::Failed | RunStatus::NeedsReview | RunStatus::Rejected => {
            ("already_finished", true)
        }
        _ => ("unknown_status", false),
    };
    Entry::Planned { id, kind: Some(kind), label, status: Some(status.to_string()), settled }
}

/// Whether the API answered 404: no such run.
fn is_not_found(error: &Error) -> bool {
    error.as_api().is_some_and(|api| api.status.as_u16() == 404)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(kind: RunKind, status: RunStatus, drain: bool) -> (&'static str, bool) {
        match planned("id".to_owned(), kind, &status, drain) {
            Entry::Planned { label, settled, .. } => (label, settled),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_pending_workflow_run_would_be_cancelled_and_others_would_wait() {
        assert_eq!(label(RunKind::Workflow, RunStatus::Pending, false), (WOULD_CANCEL, false));
        assert_eq!(label(RunKind::Extract, RunStatus::Pending, false), ("pending", false));
        assert_eq!(label(RunKind::Extract, RunStatus::Pending, true), (WOULD_CANCEL, false));
    }

    #[test]
    fn the_workflow_statuses_have_their_labels() {
        assert_eq!(label(RunKind::Workflow, RunStatus::Cancelling, false), ("cancelling", false));
        for status in [RunStatus::NeedsReview, RunStatus::Rejected] {
            assert_eq!(label(RunKind::Workflow, status, false), ("already_finished", true));
        }
        assert_eq!(label(RunKind::Verify, RunStatus::Processed, false), ("already_finished", true));
        assert_eq!(
            label(RunKind::Parse, RunStatus::from("PAUSED".to_owned()), false),
            ("unknown_status", false)
        );
    }
}
