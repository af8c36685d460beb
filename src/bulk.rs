//! Cancelling many runs by id: bounded concurrency, an optional client-side rate limit, and one
//! shared back-off when the API answers 429 (`pacing.rs`); each run's result as the cancel gave
//! it, or its definitive [`Outcome`].

use crate::{
    batch::{Lazy, Limits},
    pacing::Pacer,
    settle::{cancel_paced, cancel_settled},
    Client, Error, Outcome, Run,
};
use futures_util::{
    stream::{self, BoxStream},
    Stream, StreamExt,
};
use std::{
    fmt,
    future::Future,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
};

type Item = (String, Result<Run, Error>);

impl Client {
    /// Cancels many runs of any kinds (dispatched by prefix as [`Client::cancel`] does),
    /// returning a stream of `(id, result)` in completion order. At most 8 cancels are in
    /// flight by default; see [`CancelMany`] for the concurrency, the rate limit and how a 429
    /// pauses the whole batch, and [`CancelMany::outcomes`] for each run's definitive outcome.
    ///
    /// ```no_run
    /// # async fn demo(client: extend_cancel::Client) {
    /// use futures_util::StreamExt;
    /// let ids = vec!["exr_1".to_string(), "clr_2".to_string()];
    /// let mut results = client.cancel_many(ids).concurrency(16).rate_limit(10.0);
    /// while let Some((id, result)) = results.next().await {
    ///     match result {
    ///         Ok(run) => println!("{id}: {}", run.status()),
    ///         Err(error) => eprintln!("{id}: {error}"),
    ///     }
    /// }
    /// # }
    /// ```
    pub fn cancel_many<'a, I>(&self, ids: I) -> CancelMany<'a>
    where
        I: IntoIterator + 'a,
        I::Item: Into<String>,
        I::IntoIter: Send + 'a,
    {
        let setup = Setup {
            client: self.clone(),
            ids: Box::new(ids.into_iter().map(Into::into)),
            limits: Limits::default(),
        };
        CancelMany {
            inner: Lazy::new(setup, |setup| {
                for_each_id(setup, |client, pacer, id| async move {
                    let result = cancel_paced(&client, &pacer, None, &id).await;
                    (id, result)
                })
            }),
        }
    }
}

/// The stream [`Client::cancel_many`] returns: one `(id, result)` per id, in completion order.
///
/// It owns a clone of the client; its lifetime is that of the ids' iterator, so a batch of
/// owned ids (a `Vec<String>`) is a `CancelMany<'static>` that can be spawned.
///
/// Set the concurrency and rate limit before the first poll. Per-id failures never stop the
/// batch; dropping the stream stops it from sending further requests (requests in flight are
/// abandoned).
#[must_use = "streams do nothing unless polled"]
pub struct CancelMany<'a> {
    inner: Lazy<'a, Setup<'a>, Item>,
}

/// The stream [`CancelMany::outcomes`] returns: one `(id, outcome)` per id, in completion order.
#[must_use = "streams do nothing unless polled"]
pub struct CancelOutcomes<'a> {
    inner: Lazy<'a, Setup<'a>, (String, Outcome)>,
}

struct Setup<'a> {
    client: Client,
    ids: Box<dyn Iterator<Item = String> + Send + 'a>,
    limits: Limits,
}

impl fmt::Debug for CancelMany<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_batch(f, "CancelMany", &self.inner)
    }
}

impl fmt::Debug for CancelOutcomes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_batch(f, "CancelOutcomes", &self.inner)
    }
}

fn debug_batch<T>(f: &mut fmt::Formatter<'_>, name: &str, inner: &Lazy<'_, Setup<'_>, T>) -> fmt::Result {
    f.debug_struct(name).field("started", &inner.started()).finish_non_exhaustive()
}

impl<'a> CancelMany<'a> {
    /// How many requests may be in flight at once (default 8; at least 1).
    pub fn concurrency(mut self, concurrency: usize) -> Self {
        if let Some(setup) = self.inner.setup_mut() {
            setup.limits.set_concurrency(concurrency);
        }
        self
    }

    /// At most this many requests per second, spread evenly (Extend's plans allow 10, 25 or 75
    /// per second for the whole organization). Retries after a 429 count too; the client's own
    /// retries after a 5xx or a lost connection are not spaced by it. Values ≤ 0 remove the
    /// limit.
    pub fn rate_limit(mut self, per_second: f64) -> Self {
        if let Some(setup) = self.inner.setup_mut() {
            setup.limits.set_rate_limit(per_second);
        }
        self
    }

    /// Reports each run's definitive [`Outcome`] instead of the cancel's result: when a cancel
    /// answers 400, or its answer was lost, the run is fetched (`GET`, through the same limits)
    /// to tell cancelled from already cancelled, already finished and not yet started. Call it
    /// before the first poll (afterwards the outcomes stream is empty).
    pub fn outcomes(self) -> CancelOutcomes<'a> {
        let inner = match self.inner.into_setup() {
            Some(setup) => Lazy::new(setup, |setup| {
                for_each_id(setup, |client, pacer, id| async move {
                    let outcome = cancel_settled(&client, &pacer, None, &id).await;
                    (id, outcome)
                })
            }),
            None => Lazy::finished(),
        };
        CancelOutcomes { inner }
    }
}

impl Stream for CancelMany<'_> {
    type Item = Item;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Item>> {
        Pin::new(&mut self.inner).poll_next(cx)
    }
}

impl Stream for CancelOutcomes<'_> {
    type Item = (String, Outcome);

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Pin::new(&mut self.inner).poll_next(cx)
    }
}

/// Runs `each` for every id, `concurrency` at a time, in completion order.
fn for_each_id<'a, T, F, Fut>(setup: Setup<'a>, each: F) -> BoxStream<'a, (String, T)>
where
    T: Send + 'static,
    F: Fn(Client, Arc<Pacer>, String) -> Fut + Send + 'a,
    Fut: Future<Output = (String, T)> + Send + 'a,
{
    let pacer = Arc::new(setup.limits.pacer());
    let client = setup.client;
    stream::iter(setup.ids)
        .map(move |id| each(client.clone(), Arc::clone(&pacer), id))
        .buffer_unordered(setup.limits.concurrency)
        .boxed()
}
