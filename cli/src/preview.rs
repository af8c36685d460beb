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

/// Lists the runs `filter` matches in each of `statuses`.
pub fn list_filter(
    client: &Client,
    filter: RunFilter,
    statuses: Vec<RunStatus>,
    drain: bool,
) -> impl Stream<Item = Entry> + Send + 'static {
    let client = client.clone();
    stream::iter(statuses).flat_map(move |status| client.list_matching(filter.clone().status(status))).map(
        move |listed| match listed {
            Ok(run) => planned(run.id().to_owned(), run.kind(), run.status(), drain),
            Err(error) => Entry::ListingFailed(error),
        },
    )
}

/// What a cancel would find for a run in `status`: cancellable when `PROCESSING` (or, when
/// draining, `PENDING`: it is cancelled once it starts).
fn planned(id: String, kind: RunKind, status: &RunStatus, drain: bool) -> Entry {
    let (label, settled) = match status {
        RunStatus::Processing => (WOULD_CANCEL, false),
        RunStatus::Pending if drain => (WOULD_CANCEL, false),
        RunStatus::Pending => ("pending", false),
        RunStatus::Cancelled => ("already_cancelled", true),
        RunStatus::Processed | RunStatus::Failed => ("already_finished", true),
        _ => ("unknown_status", false),
    };
    Entry::Planned { id, kind: Some(kind), label, status: Some(status.to_string()), settled }
}

/// Whether the API answered 404: no such run.
fn is_not_found(error: &Error) -> bool {
    error.as_api().is_some_and(|api| api.status.as_u16() == 404)
}
