//! What every batch shares: its limits (runs in flight, requests per second, the failures
//! that stop it), and a stream that starts on its first poll, so that the limits can still be
//! set after the batch is made.

use crate::{
    batch::{
        breaker::{Breaker, DEFAULT_STOP_AFTER_FAILURES},
        settle::Batch,
    },
    transport::pacer::Pacer,
    Client,
};
use futures_util::{stream::BoxStream, Stream};
use std::{
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
    time::Duration,
};

/// The default number of requests a batch has in flight at once.
pub const DEFAULT_CONCURRENCY: usize = 8;

/// How long a batch follows a workflow run answered `CANCELLING` by default, retrieving it
/// until it is `CANCELLED` (or another end state) before reporting it as still cancelling.
pub const DEFAULT_CANCELLING_WAIT: Duration = Duration::from_secs(60);

/// A batch's limits, as its builder methods set them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub(crate) concurrency: usize,
    pub(crate) per_second: Option<f64>,
    pub(crate) stop_after_failures: u32,
    pub(crate) cancelling_wait: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            concurrency: DEFAULT_CONCURRENCY,
            per_second: None,
            stop_after_failures: DEFAULT_STOP_AFTER_FAILURES,
            cancelling_wait: DEFAULT_CANCELLING_WAIT,
        }
    }
}

impl Limits {
    /// At least 1.
    pub(crate) fn set_concurrency(&mut self, concurrency: usize) {
        self.concurrency = concurrency.max(1);
    }

    /// Values ≤ 0 (and NaN, infinity) remove the limit.
    pub(crate) fn set_rate_limit(&mut self, per_second: f64) {
        self.per_second = (per_second > 0.0 && per_second.is_finite()).then_some(per_second);
    }

    /// What the batch's runs share: its pacer and breaker, and the workspace of a filter.
    pub(crate) fn batch(&self, client: &Client, workspace: Option<String>) -> Arc<Batch> {
        Arc::new(Batch {
            client: client.clone(),
            pacer: Arc::new(Pacer::new(self.per_second)),
            breaker: Breaker::new(self.stop_after_failures),
            workspace,
            cancelling_wait: self.cancelling_wait,
            follow_slots: tokio::sync::Semaphore::new(self.concurrency),
        })
    }
}

/// What makes a lazy stream's stream from its setup.
type Start<'a, S, T> = fn(S) -> BoxStream<'a, T>;

/// A stream made from its setup `S` on the first poll.
pub(crate) struct Lazy<'a, S, T> {
    setup: Option<(S, Start<'a, S, T>)>,
    running: Option<BoxStream<'a, T>>,
}

impl<'a, S, T> Lazy<'a, S, T> {
    pub(crate) fn new(setup: S, start: Start<'a, S, T>) -> Self {
        Lazy { setup: Some((setup, start)), running: None }
    }

    /// A stream that yields nothing.
    pub(crate) fn finished() -> Self {
        Lazy { setup: None, running: None }
    }

    /// The setup, until the stream has started.
    pub(crate) fn setup_mut(&mut self) -> Option<&mut S> {
        self.setup.as_mut().map(|(setup, _)| setup)
    }

    /// The setup, taken out to make another stream from it (`None` once started).
    pub(crate) fn into_setup(self) -> Option<S> {
        self.setup.map(|(setup, _)| setup)
    }

    /// Whether the first poll has happened.
    pub(crate) fn started(&self) -> bool {
        self.setup.is_none()
    }
}

impl<S: Unpin, T> Stream for Lazy<'_, S, T> {
    type Item = T;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        if let Some((setup, start)) = self.setup.take() {
            self.running = Some(start(setup));
        }
        match &mut self.running {
            Some(running) => running.as_mut().poll_next(cx),
            None => Poll::Ready(None),
        }
    }
}

/// The builder methods of a batch type whose `inner` is a [`Lazy`] over a setup with `limits`:
/// the same two setters, with the same meaning, on every batch.
macro_rules! limit_setters {
    ($batch:ident $(<$lt:lifetime>)?) => {
        impl$(<$lt>)? $batch$(<$lt>)? {
            /// How many runs of the batch are worked on at once (default 8; at least 1): each
            /// has one request in flight at a time (a filter's batch lists one page beside).
            pub fn concurrency(mut self, concurrency: usize) -> Self {
                if let Some(setup) = self.inner.setup_mut() {
                    setup.limits.set_concurrency(concurrency);
                }
                self
            }

            /// At most this many requests per second, spread evenly (Extend's plans allow 10,
            /// 25 or 75 per second for the whole organization). Every attempt of every
            /// request of the batch counts, retries included. A 429 pauses the whole batch
            /// for its `Retry-After`. Values ≤ 0 remove the limit.
            pub fn rate_limit(mut self, per_second: f64) -> Self {
                if let Some(setup) = self.inner.setup_mut() {
                    setup.limits.set_rate_limit(per_second);
                }
                self
            }

            /// Stops the batch after this many runs in a row failed for a reason that says
            /// nothing about the run (a transport failure, a 403, a 5xx or a 429, each after
            /// the client's retries) with no success between them (default 10; 0 never stops
            /// for that). A 401 (the key refused) always stops it at once. Runs not sent after
            /// the stop are reported as not sent ([`crate::Error::NotSent`],
            /// [`crate::Outcome::NotSent`]).
            pub fn stop_after_failures(mut self, failures: u32) -> Self {
                if let Some(setup) = self.inner.setup_mut() {
                    setup.limits.stop_after_failures = failures;
                }
                self
            }

            /// How long to follow a workflow run whose cancel answered `CANCELLING` (being
            /// cancelled), retrieving it through the batch's limits (after 250 ms, then at
            /// doubling intervals up to 2 s) until it is `CANCELLED` or in another end state
            /// (default 60 s, [`crate::DEFAULT_CANCELLING_WAIT`]). A run still `CANCELLING` at
            /// the end is reported as [`crate::Outcome::Cancelling`]. `Duration::ZERO` does not
            /// follow at all. A run being followed holds no place in the batch's concurrency
            /// while it waits, so runs slow to stop do not hold up the cancels of the others;
            /// the retrieves of followed runs are at most `concurrency` at a time themselves.
            pub fn cancelling_wait(mut self, wait: std::time::Duration) -> Self {
                if let Some(setup) = self.inner.setup_mut() {
                    setup.limits.cancelling_wait = wait;
                }
                self
            }
        }
    };
}

pub(crate) use limit_setters;
