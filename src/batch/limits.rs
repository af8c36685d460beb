//! What every batch shares: its limits (requests in flight, requests per second), and a
//! stream that starts on its first poll, so that the limits can still be set after the batch
//! is made.

use crate::batch::pacing::Pacer;
use futures_util::{stream::BoxStream, Stream};
use std::{
    pin::Pin,
    task::{Context, Poll},
};

/// The default number of requests a batch has in flight at once.
pub const DEFAULT_CONCURRENCY: usize = 8;

/// A batch's limits, as its builder methods set them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub(crate) concurrency: usize,
    pub(crate) per_second: Option<f64>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { concurrency: DEFAULT_CONCURRENCY, per_second: None }
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

    /// The pacer every request of the batch goes through.
    pub(crate) fn pacer(&self) -> Pacer {
        Pacer::new(self.concurrency, self.per_second)
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
            /// How many requests of the batch may be in flight at once (default 8; at least 1).
            pub fn concurrency(mut self, concurrency: usize) -> Self {
                if let Some(setup) = self.inner.setup_mut() {
                    setup.limits.set_concurrency(concurrency);
                }
                self
            }

            /// At most this many requests per second, spread evenly (Extend's plans allow 10,
            /// 25 or 75 per second for the whole organization). Every request of the batch
            /// counts, retries after a 429 too; the client's own retries after a 5xx or a lost
            /// connection are not spaced by it. Values ≤ 0 remove the limit.
            pub fn rate_limit(mut self, per_second: f64) -> Self {
                if let Some(setup) = self.inner.setup_mut() {
                    setup.limits.set_rate_limit(per_second);
                }
                self
            }
        }
    };
}

pub(crate) use limit_setters;
