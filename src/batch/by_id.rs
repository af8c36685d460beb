//! Cancelling or retrieving many runs by id: bounded concurrency, an optional client-side rate
//! limit, one shared pause when the API answers 429 (`transport/pacer.rs`), and a stop when
//! nothing can succeed (`breaker.rs`); each run's result as the cancel gave it, or its
//! definitive [`Outcome`].

use crate::{
    batch::{
        follow::followed,
        limits::{limit_setters, Lazy, Limits},
        settle::Batch,
    },
    Client, Error, Outcome, Run,
};
use futures_util::{
    stream::{self, BoxStream},
    Stream, StreamExt,
};
use std::{
    convert::Infallible,
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
        CancelMany {
            inner: Lazy::new(Setup::new(self, ids), |setup| {
                for_each_id(setup.limits.batch(&setup.client, None), setup, |batch, id| async move {
                    let result = batch.cancel_id(&id).await;
                    (id, result)
                })
            }),
        }
    }

    /// Retrieves many runs of any kinds (dispatched by prefix as [`Client::get`] does), with
    /// the same limits as [`Client::cancel_many`]: a stream of `(id, result)` in completion
    /// order, each run as it is now.
    pub fn get_many<'a, I>(&self, ids: I) -> GetMany<'a>
    where
        I: IntoIterator + 'a,
        I::Item: Into<String>,
        I::IntoIter: Send + 'a,
    {
        GetMany {
            inner: Lazy::new(Setup::new(self, ids), |setup| {
                for_each_id(setup.limits.batch(&setup.client, None), setup, |batch, id| async move {
                    let result = batch.get_id(&id).await;
                    (id, result)
                })
            }),
        }
    }
}

/// The stream [`Client::get_many`] returns: one `(id, result)` per id, in completion order.
/// Set the concurrency and rate limit before the first poll.
#[must_use = "streams do nothing unless polled"]
pub struct GetMany<'a> {
    inner: Lazy<'a, Setup<'a>, Item>,
}

impl fmt::Debug for GetMany<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_batch(f, "GetMany", &self.inner)
    }
}

impl Stream for GetMany<'_> {
    type Item = Item;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Item>> {
        Pin::new(&mut self.inner).poll_next(cx)
    }
}

/// The stream [`Client::cancel_many`] returns: one `(id, result)` per id, in completion order.
///
/// It owns a clone of the client; its lifetime is that of the ids' iterator, so a batch of
/// owned ids (a `Vec<String>`) is a `CancelMany<'static>` that can be spawned.
///
/// Set the concurrency and rate limit before the first poll. A failure about one run never
/// stops the batch; failures that every further request would meet do
/// ([`CancelMany::stop_after_failures`]): every run not sent then comes as
/// `(id, Err(Error::NotSent(..)))`, without a request. Dropping the stream stops it from
/// sending further requests (requests in flight are abandoned).
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

impl<'a> Setup<'a> {
    fn new<I>(client: &Client, ids: I) -> Self
    where
        I: IntoIterator + 'a,
        I::Item: Into<String>,
        I::IntoIter: Send + 'a,
    {
        Setup {
            client: client.clone(),
            ids: Box::new(ids.into_iter().map(Into::into)),
            limits: Limits::default(),
        }
    }
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

limit_setters!(CancelMany<'a>);
limit_setters!(GetMany<'a>);

impl<'a> CancelMany<'a> {
    /// Reports each run's definitive [`Outcome`] instead of the cancel's result: when a cancel
    /// answers 400, or its answer was lost, the run is fetched (`GET`, through the same limits)
    /// to tell cancelled from already cancelled, already finished and not yet started. Call it
    /// before the first poll (afterwards the outcomes stream is empty).
    pub fn outcomes(self) -> CancelOutcomes<'a> {
        let inner = match self.inner.into_setup() {
            Some(setup) => Lazy::new(setup, |setup| {
                let batch = setup.limits.batch(&setup.client, None);
                let settled = for_each_id(Arc::clone(&batch), setup, |batch, id| async move {
                    let settling = batch.cancel_id_settled(&id).await;
                    (id, settling)
                });
                // A run still stopping is followed outside the concurrency.
                followed(batch, settled.map(Ok::<_, Infallible>))
                    .map(|item| match item {
                        Ok(outcome) => outcome,
                        Err(never) => match never {},
                    })
                    .boxed()
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

/// Runs `each` for every id, `concurrency` at a time (the batch's one bound on what is in
/// flight), in completion order.
fn for_each_id<'a, T, F, Fut>(batch: Arc<Batch>, setup: Setup<'a>, each: F) -> BoxStream<'a, (String, T)>
where
    T: Send + 'static,
    F: Fn(Arc<Batch>, String) -> Fut + Send + 'a,
    Fut: Future<Output = (String, T)> + Send + 'a,
{
    stream::iter(setup.ids)
        .map(move |id| each(Arc::clone(&batch), id))
        .buffer_unordered(setup.limits.concurrency)
        .boxed()
}
