//! The batches that cancel, as streams of entries: by id with the library's `cancel_many`
//! outcomes, and by filter with its `cancel_matching`.

use crate::{interrupt::Interrupt, report::Entry};
use extend_cancel::{Client, RunFilter};
use futures_util::{Stream, StreamExt};
use std::time::Duration;

/// How fast a batch goes.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Requests per second, at most.
    pub rate: Option<f64>,
    /// Consecutive failures not about the run that stop the batch (0: never).
    pub stop_after: u32,
    /// How long a workflow run answered `CANCELLING` is followed (zero: not at all).
    pub cancelling_wait: Duration,
}

/// Cancels `ids` (checked already), each run's definitive outcome in completion order. A stop
/// (Ctrl-C, or the output lost) ends the ids the batch takes from: nothing new is sent, the
/// cancels already started finish and are reported, and the stream ends.
pub fn cancel_ids(
    client: &Client,
    ids: Vec<String>,
    limits: Limits,
    interrupt: &Interrupt,
) -> impl Stream<Item = Entry> + Send + 'static {
    let gate = interrupt.clone();
    let ids = ids.into_iter().take_while(move |_| !gate.is_stopping());
    client
        .cancel_many(ids)
        .concurrency(limits.concurrency)
        // No rate is 0: no limit.
        .rate_limit(limits.rate.unwrap_or(0.0))
        .stop_after_failures(limits.stop_after)
        .cancelling_wait(limits.cancelling_wait)
        .outcomes()
        .map(|(id, outcome)| Entry::Outcome(id, outcome))
}

/// Cancels every `PROCESSING` run `filter` matches as it is listed (and, with `drain`, those
/// that start later, for at most that long). A stop (Ctrl-C, or the output lost) stops the
/// listing and the sending through the batch's stop handle: the cancels already started
/// finish and are reported, and the stream ends.
pub fn cancel_filter(
    client: &Client,
    filter: RunFilter,
    drain: Option<Duration>,
    limits: Limits,
    interrupt: &Interrupt,
) -> impl Stream<Item = Entry> + Send + 'static {
    let mut matching = client
        .cancel_matching(filter)
        .concurrency(limits.concurrency)
        .rate_limit(limits.rate.unwrap_or(0.0))
        .stop_after_failures(limits.stop_after)
        .cancelling_wait(limits.cancelling_wait);
    if let Some(deadline) = drain {
        matching = matching.drain(deadline);
    }
    let (stop, interrupt) = (matching.stop_handle(), interrupt.clone());
    tokio::spawn(async move {
        interrupt.stopping().await;
        stop.stop();
    });
    matching.map(|item| match item {
        Ok((id, outcome)) => Entry::Outcome(id, outcome),
        Err(error) => Entry::ListingFailed(error),
    })
}
