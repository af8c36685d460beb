//! Following a run still stopping: a workflow run whose cancel was accepted answers
//! `CANCELLING`, and its end is learnt by retrieving it until it is another status, within the
//! batch's cancelling wait. The waits between retrieves happen outside the batch's
//! concurrency, so that runs slow to stop do not hold up the cancels of the others: a
//! batch's stream first cancels (`concurrency` at a time), then follows the runs still
//! stopping, their retrieves `concurrency` at a time and through the batch's pacer.

use crate::{
    batch::{
        settle::{from_answer, from_fetched, Batch},
        settling::{Ended, FollowUp, Settling},
    },
    Outcome, RunStatus,
};
use futures_util::{Stream, StreamExt};
use std::{
    sync::Arc,
    time::{Duration, Instant},
};

/// The first wait before retrieving a run still `CANCELLING`; each next one doubles, up to
/// [`POLL_MAX`].
const POLL_FIRST: Duration = Duration::from_millis(250);
const POLL_MAX: Duration = Duration::from_secs(2);

impl Batch {
    /// The outcome of `settling`: as it is, or after following the run while it stops. A
    /// retrieve that fails, the wait's end, or the batch's stop leave it
    /// [`Outcome::Cancelling`]: the cancel was accepted, only the run's end is unknown.
    pub(crate) async fn finish(&self, settling: Settling) -> Outcome {
        let follow = match settling {
            Settling::Done(outcome) => return outcome,
            Settling::Follow(follow) => follow,
        };
        let FollowUp { kind, id, mut run, ended } = follow;
        let until = Instant::now() + self.cancelling_wait;
        let mut wait = POLL_FIRST;
        let last = loop {
            let now = Instant::now();
            if now >= until || self.breaker.stopped().is_some() {
                return Outcome::Cancelling(run);
            }
            tokio::time::sleep(wait.min(until - now)).await;
            wait = (wait * 2).min(POLL_MAX);
            let fetched = match self.follow_slots.acquire().await {
                Ok(_slot) => self.get(kind, &id).await,
                // Never closed; if it were, nothing more is asked.
                Err(_) => return Outcome::Cancelling(run),
            };
            match fetched {
                Ok(fetched) if *fetched.typed_status() == RunStatus::Cancelling => run = fetched,
                Ok(fetched) => break fetched,
                Err(_) => return Outcome::Cancelling(run),
            }
        };
        match ended {
            Ended::Answered => from_answer(last),
            Ended::Fetched { may_have_acted, error } => from_fetched(last, may_have_acted, error),
        }
    }
}

/// A batch's stream of settled results, each run still stopping followed to its end, the
/// follows side by side (each waits without a place in the batch's concurrency).
pub(crate) fn followed<'a, T: Send + 'a, E: Send + 'a>(
    batch: Arc<Batch>,
    settled: impl Stream<Item = Result<(T, Settling), E>> + Send + 'a,
) -> impl Stream<Item = Result<(T, Outcome), E>> + Send + 'a {
    settled
        .map(move |item| {
            let batch = Arc::clone(&batch);
            async move {
                let (key, settling) = item?;
                Ok((key, batch.finish(settling).await))
            }
        })
        // Unbounded: each follow waits without a request in flight; its retrieves take a
        // follow slot and the pacer.
        .buffer_unordered(usize::MAX)
}
