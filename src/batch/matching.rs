//! Cancelling everything a filter matches: list the runs that can be cancelled (`PROCESSING`,
//! and `PENDING` workflow runs) and cancel each one as it is listed, and when draining, keep listing until nothing matching is `PENDING` or
//! `PROCESSING` any more (runs that were still waiting when the first pass ran), bounded by a
//! deadline. Listing, cancelling and the fetches that settle outcomes share one pacer.

use crate::{
    batch::{
        follow::followed,
        limits::{limit_setters, Lazy, Limits},
        settle::Batch,
        settling::Settling,
    },
    listing::{filter::RunFilter, listed::ListedRun},
    Client, Error, Outcome, RunKind, RunStatus,
};
use futures_util::{
    future::{self, BoxFuture},
    stream::{self, BoxStream},
    FutureExt, Stream, StreamExt,
};
use std::{
    collections::{HashSet, VecDeque},
    fmt,
    pin::Pin,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    task::{Context, Poll},
    time::{Duration, Instant},
};

/// How long a draining batch waits between passes by default.
const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(2);

type Item = Result<(String, Outcome), Error>;

impl Client {
    /// Cancels every run that `filter` matches and that can be cancelled now (`PROCESSING`, and
    /// workflow runs still `PENDING`; the filter's own status is not used), each as soon as it
    /// is listed, and yields each run's definitive [`Outcome`] in
    /// completion order. With [`CancelMatching::drain`] it keeps listing until nothing matching
    /// is `PENDING` or `PROCESSING`. An `Err` item means listing failed after the client's
    /// retries, or the batch stopped because nothing could succeed ([`Error::NotSent`], see
    /// [`CancelMatching::stop_after_failures`]; runs not listed yet are not reported): it comes
    /// once, the outcomes of cancels already started follow, and the stream ends.
    ///
    /// ```no_run
    /// # async fn demo(client: extend_cancel::Client) -> Result<(), extend_cancel::Error> {
    /// use extend_cancel::{RunFilter, Summary};
    /// use futures_util::StreamExt;
    /// use std::time::Duration;
    /// let mut summary = Summary::default();
    /// let mut outcomes = client
    ///     .cancel_matching(RunFilter::batch("bpr_Xj8mK2pL9nR4vT7qY5wZ"))
    ///     .drain(Duration::from_secs(300))
    ///     .concurrency(16)
    ///     .rate_limit(20.0);
    /// while let Some(item) = outcomes.next().await {
    ///     let (id, outcome) = item?;
    ///     println!("{id}: {}", outcome.label());
    ///     summary.add(&outcome);
    /// }
    /// println!("{summary}");
    /// # Ok(()) }
    /// ```
    pub fn cancel_matching(&self, filter: RunFilter) -> CancelMatching {
        let setup = Setup {
            client: self.clone(),
            filter,
            limits: Limits::default(),
            drain: None,
            poll_interval: DEFAULT_POLL_INTERVAL,
            stop: StopHandle::default(),
        };
        let stop = StopHandle::default();
        let setup = Setup { stop: stop.clone(), ..setup };
        CancelMatching { inner: Lazy::new(setup, start), stop }
    }
}

/// The stream [`Client::cancel_matching`] returns. Set its limits before the first poll;
/// dropping it stops the batch (requests in flight are abandoned).
#[must_use = "streams do nothing unless polled"]
pub struct CancelMatching {
    inner: Lazy<'static, Setup, Item>,
    stop: StopHandle,
}

/// Stops a [`CancelMatching`]: no further run is taken from the listing and no further page is
/// listed; the cancels already taken (at most the batch's concurrency, some possibly still
/// waiting for the rate limit) are sent, finish and are reported, then the stream ends. A page
/// or a wait in progress ends first. Cheap to clone; get one with
/// [`CancelMatching::stop_handle`] (for a Ctrl-C handler, say).
#[derive(Clone, Debug, Default)]
pub struct StopHandle {
    stopped: Arc<AtomicBool>,
}

impl StopHandle {
    /// Stops the batch (again: no effect).
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::Relaxed);
    }

    /// Whether [`StopHandle::stop`] was called.
    pub fn is_stopped(&self) -> bool {
        self.stopped.load(Ordering::Relaxed)
    }
}

struct Setup {
    client: Client,
    filter: RunFilter,
    limits: Limits,
    drain: Option<Duration>,
    poll_interval: Duration,
    stop: StopHandle,
}

impl fmt::Debug for CancelMatching {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CancelMatching").field("started", &self.inner.started()).finish_non_exhaustive()
    }
}

limit_setters!(CancelMatching);

impl CancelMatching {
    fn setup(&mut self) -> Option<&mut Setup> {
        self.inner.setup_mut()
    }

    /// A handle that stops this batch from sending anything more, at any time.
    pub fn stop_handle(&self) -> StopHandle {
        self.stop.clone()
    }

    /// Keeps listing, pass after pass, until nothing matching is `PENDING` or `PROCESSING`, or
    /// until `deadline` has passed since the first poll; runs still `PENDING` then are
    /// reported as [`Outcome::Pending`].
    pub fn drain(mut self, deadline: Duration) -> Self {
        if let Some(setup) = self.setup() {
            setup.drain = Some(deadline);
        }
        self
    }

    /// How long a draining batch waits before listing again while runs are still `PENDING`
    /// (default 2 s).
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        if let Some(setup) = self.setup() {
            setup.poll_interval = interval;
        }
        self
    }
}

impl Stream for CancelMatching {
    type Item = Item;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Item>> {
        Pin::new(&mut self.inner).poll_next(cx)
    }
}

/// What the listing asks of the cancelling side: a listed run, with the kind it was listed
/// as (its cancel goes to that kind's endpoint, whatever its id's prefix).
enum Work {
    Cancel(RunKind, String),
    ListingFailed(Error),
}

fn start(setup: Setup) -> BoxStream<'static, Item> {
    let batch = setup.limits.batch(&setup.client, setup.filter.workspace().map(str::to_owned));
    let concurrency = setup.limits.concurrency;
    let sweep = Sweep::new(setup, Arc::clone(&batch));
    let work = stream::unfold(sweep, |mut sweep| async move { sweep.next().await.map(|work| (work, sweep)) });
    let cancelling = Arc::clone(&batch);
    let settled = work
        .map(move |work| -> BoxFuture<'static, Result<(String, Settling), Error>> {
            match work {
                Work::Cancel(kind, id) => {
                    let batch = Arc::clone(&cancelling);
                    async move {
                        let settling = batch.cancel_settled(kind, &id).await;
                        Ok((id, settling))
                    }
                    .boxed()
                }
                Work::ListingFailed(error) => future::ready(Err(error)).boxed(),
            }
        })
        .buffer_unordered(concurrency);
    // A run still stopping is followed outside the concurrency.
    followed(batch, settled).boxed()
}

/// Which kinds one listing of a pass is limited to.
type KindLimit = fn(RunKind) -> bool;

/// The listing side: passes over the matching runs, handing out each `PROCESSING` run once.
struct Sweep {
    filter: RunFilter,
    batch: Arc<Batch>,
    poll_interval: Duration,
    /// When draining, the time the last pass may start.
    drain_until: Option<Instant>,
    /// Runs handed out for cancelling; never handed out again.
    handed_out: HashSet<String>,
    /// The statuses still to list in this pass (each with the kinds it is limited to, if
    /// any), and the listing under way.
    to_list: Vec<(RunStatus, Option<KindLimit>)>,
    listing: Option<BoxStream<'static, Result<ListedRun, Error>>>,
    /// Whether this pass found a run to cancel, and the `PENDING` runs it saw.
    found_processing: bool,
    pending: Vec<(RunKind, String)>,
    /// Runs still pending at the drain's deadline: one last cancel settles their outcome.
    leftover: VecDeque<(RunKind, String)>,
    finished: bool,
    /// Whether the batch's own stop was reported.
    stop_said: bool,
    stop: StopHandle,
}

impl Sweep {
    fn new(setup: Setup, batch: Arc<Batch>) -> Self {
        let mut sweep = Sweep {
            filter: setup.filter,
            batch,
            poll_interval: setup.poll_interval,
            // A deadline past what an Instant holds (Duration::MAX) is no deadline: a century.
            drain_until: setup.drain.map(|deadline| {
                let now = Instant::now();
                now.checked_add(deadline).unwrap_or_else(|| now + Duration::from_secs(100 * 365 * 24 * 3600))
            }),
            handed_out: HashSet::new(),
            to_list: Vec::new(),
            listing: None,
            found_processing: false,
            pending: Vec::new(),
            leftover: VecDeque::new(),
            finished: false,
            stop_said: false,
            stop: setup.stop,
        };
        sweep.begin_pass();
        sweep
    }

    fn begin_pass(&mut self) {
        // Popped from the end: PENDING first, then PROCESSING, so that a run starting between
        // the two listings is in the second (listed the other way, it would be in neither).
        // Without a drain, PENDING runs are listed only of the kinds that cancel them
        // (workflow runs): the others' would only be waited for.
        let pending_of = match self.drain_until {
            Some(_) => None,
            None => Some(RunKind::cancels_pending as KindLimit),
        };
        self.to_list = vec![(RunStatus::Processing, None), (RunStatus::Pending, pending_of)];
        self.found_processing = false;
        self.pending.clear();
    }

    async fn next(&mut self) -> Option<Work> {
        loop {
            // Stopped by the caller, or by the batch's failures: nothing more is listed. A stop
            // of the batch's own is said once, as the stream's last item.
            if self.stop.is_stopped() {
                return None;
            }
            if let Some(stop) = self.batch.breaker.stopped() {
                self.finished = true;
                self.leftover.clear();
                if self.stop_said {
                    return None;
                }
                self.stop_said = true;
                return Some(Work::ListingFailed(Error::NotSent(stop)));
            }
            if let Some((kind, id)) = self.leftover.pop_front() {
                return Some(Work::Cancel(kind, id));
            }
            if self.finished {
                return None;
            }
            if let Some(listing) = &mut self.listing {
                match listing.next().await {
                    Some(Ok(run)) => {
                        if let Some(id) = self.take(&run) {
                            // Stopped while the page was on its way: nothing more is sent.
                            return (!self.stop.is_stopped()).then_some(Work::Cancel(run.kind(), id));
                        }
                    }
                    Some(Err(error)) => {
                        self.finished = true;
                        // A page refused for the key (401) stops the batch as a cancel's would:
                        // said once, as the stop, with the reason.
                        self.batch.breaker.record(Some(&error));
                        if let Some(stop) = self.batch.breaker.stopped() {
                            self.stop_said = true;
                            return Some(Work::ListingFailed(Error::NotSent(stop)));
                        }
                        return Some(Work::ListingFailed(error));
                    }
                    None => self.listing = None,
                }
                continue;
            }
            if let Some((status, only)) = self.to_list.pop() {
                self.listing = Some(self.filter.listing(
                    &self.batch.client,
                    Some(&status),
                    Some(&self.batch.pacer),
                    only,
                ));
                continue;
            }
            self.end_pass().await;
        }
    }

    /// The id to cancel, for a run not handed out before that can be cancelled now
    /// (`PROCESSING`, or a `PENDING` workflow run); notes a `PENDING` run of another kind.
    fn take(&mut self, run: &ListedRun) -> Option<String> {
        let cancellable = match run.status() {
            RunStatus::Processing => true,
            RunStatus::Pending => run.kind().cancels_pending(),
            _ => false,
        };
        match run.status() {
            _ if cancellable && self.handed_out.insert(run.id().to_owned()) => {
                self.found_processing = true;
                Some(run.id().to_owned())
            }
            _ if cancellable => None,
            RunStatus::Pending => {
                self.pending.push((run.kind(), run.id().to_owned()));
                None
            }
            _ => None,
        }
    }

    /// After a pass: finish, or wait and start another.
    async fn end_pass(&mut self) {
        let Some(until) = self.drain_until else {
            self.finished = true;
            return;
        };
        if !self.found_processing && self.pending.is_empty() {
            self.finished = true;
            return;
        }
        let now = Instant::now();
        if now >= until {
            // Each once, however often it was listed.
            for (kind, id) in std::mem::take(&mut self.pending) {
                if self.handed_out.insert(id.clone()) {
                    self.leftover.push_back((kind, id));
                }
            }
            self.finished = true;
            return;
        }
        if !self.pending.is_empty() {
            tokio::time::sleep(self.poll_interval.min(until - now)).await;
        }
        self.begin_pass();
    }
}
