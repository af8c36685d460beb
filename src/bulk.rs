//! Cancelling many runs: bounded concurrency, an optional client-side rate limit, and one
//! shared back-off when the API answers 429, so that a batch slows down as a whole instead of
//! every task retrying into the limit on its own.

use crate::{retry, CancelledRun, Client, Error};
use futures_util::{stream, Stream, StreamExt};
use std::{
    fmt,
    pin::Pin,
    sync::{Arc, Mutex},
    task::{Context, Poll},
    time::{Duration, Instant, SystemTime},
};

/// The default number of cancels in flight at once.
pub const DEFAULT_CONCURRENCY: usize = 8;

type Item = (String, Result<CancelledRun, Error>);

impl Client {
    /// Cancels many runs of any kinds (dispatched by prefix as [`Client::cancel`] does),
    /// returning a stream of `(id, result)` in completion order. At most 8 cancels are in
    /// flight by default; see [`CancelMany`] for the concurrency, the rate limit and how a 429
    /// pauses the whole batch.
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
        CancelMany::new(self.clone(), Box::new(ids.into_iter().map(Into::into)))
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
    setup: Option<Setup<'a>>,
    running: Option<Pin<Box<dyn Stream<Item = Item> + Send + 'a>>>,
}

impl fmt::Debug for CancelMany<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = f.debug_struct("CancelMany");
        if let Some(setup) = &self.setup {
            out.field("concurrency", &setup.concurrency).field("per_second", &setup.per_second);
        }
        out.field("started", &self.running.is_some()).finish_non_exhaustive()
    }
}

struct Setup<'a> {
    client: Client,
    ids: Box<dyn Iterator<Item = String> + Send + 'a>,
    concurrency: usize,
    per_second: Option<f64>,
}

impl<'a> CancelMany<'a> {
    fn new(client: Client, ids: Box<dyn Iterator<Item = String> + Send + 'a>) -> Self {
        CancelMany {
            setup: Some(Setup { client, ids, concurrency: DEFAULT_CONCURRENCY, per_second: None }),
            running: None,
        }
    }

    /// How many cancels may be in flight at once (default 8; at least 1).
    pub fn concurrency(mut self, concurrency: usize) -> Self {
        if let Some(setup) = &mut self.setup {
            setup.concurrency = concurrency.max(1);
        }
        self
    }

    /// At most this many requests per second, spread evenly (Extend's plans allow 10, 25 or 75
    /// per second for the whole organization). Retries count too. Values ≤ 0 remove the limit.
    pub fn rate_limit(mut self, per_second: f64) -> Self {
        if let Some(setup) = &mut self.setup {
            setup.per_second = (per_second > 0.0 && per_second.is_finite()).then_some(per_second);
        }
        self
    }

    fn start(setup: Setup<'a>) -> Pin<Box<dyn Stream<Item = Item> + Send + 'a>> {
        let gate = Arc::new(Gate::new(setup.per_second));
        let client = setup.client;
        Box::pin(
            stream::iter(setup.ids)
                .map(move |id| {
                    let gate = Arc::clone(&gate);
                    let client = client.clone();
                    async move {
                        let result = cancel_one(&client, &gate, &id).await;
                        (id, result)
                    }
                })
                .buffer_unordered(setup.concurrency),
        )
    }
}

impl Stream for CancelMany<'_> {
    type Item = Item;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Item>> {
        if let Some(setup) = self.setup.take() {
            self.running = Some(Self::start(setup));
        }
        match &mut self.running {
            Some(running) => running.as_mut().poll_next(cx),
            None => Poll::Ready(None),
        }
    }
}

/// One id of the batch: wait for the shared gate, send without retrying 429s, and on a 429
/// close the gate for everyone before trying again.
async fn cancel_one(client: &Client, gate: &Gate, id: &str) -> Result<CancelledRun, Error> {
    let policy = client.retry_policy();
    let mut per_call = policy.clone();
    per_call.retry_rate_limited = false;
    let mut attempt = 0;
    loop {
        attempt += 1;
        gate.wait().await;
        let result = client.cancel(id).retry_policy(per_call.clone()).await;
        let Err(Error::Api(api)) = &result else { return result };
        if api.status != reqwest::StatusCode::TOO_MANY_REQUESTS || !policy.retry_rate_limited {
            return result;
        }
        match retry::decide(
            policy,
            retry::Outcome::Status(api.status),
            &api.headers,
            attempt,
            SystemTime::now(),
            fastrand::f64(),
            None,
        ) {
            retry::Decision::Stop => return result,
            retry::Decision::RetryAfter(wait) => gate.pause_for(wait),
        }
    }
}

/// The batch's shared timing: a pause that a 429 imposes on every task, and the even spacing
/// of a rate limit.
struct Gate {
    interval: Option<Duration>,
    state: Mutex<GateState>,
}

struct GateState {
    paused_until: Option<Instant>,
    next_slot: Instant,
}

impl Gate {
    fn new(per_second: Option<f64>) -> Self {
        Gate {
            interval: per_second.map(|qps| Duration::from_secs_f64(1.0 / qps)),
            state: Mutex::new(GateState { paused_until: None, next_slot: Instant::now() }),
        }
    }

    /// Waits until the batch is not paused and this task's rate-limit slot has come.
    async fn wait(&self) {
        loop {
            let start = {
                let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                let earliest = state.paused_until.filter(|until| *until > now).unwrap_or(now);
                match self.interval {
                    Some(interval) => {
                        let slot = state.next_slot.max(earliest);
                        state.next_slot = slot + interval;
                        slot
                    }
                    None => earliest,
                }
            };
            if start <= Instant::now() {
                // Not paused (the pause was read under the lock) and no slot to wait for.
                return;
            }
            tokio::time::sleep_until(start.into()).await;
            // A 429 seen while this task slept moves the pause; take a new slot after it.
            let paused_until = self.state.lock().unwrap_or_else(|e| e.into_inner()).paused_until;
            if paused_until.is_none_or(|until| until <= Instant::now()) {
                return;
            }
        }
    }

    /// Pauses every task of the batch for `wait` (never shortening a longer pause).
    fn pause_for(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.paused_until.is_none_or(|current| current < until) {
            state.paused_until = Some(until);
        }
    }
}
