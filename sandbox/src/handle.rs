//! The `Sandbox` handle: reading and changing a running sandbox's state.

use crate::{
    batch::BatchSeed,
    demo::demo_batches,
    fault::Fault,
    recorded::RecordedRequest,
    run::Run,
    seed_file::{runs_from_file, runs_from_json, SeedError},
    state::Shared,
    stored::StoredRun,
};
use extend_cancel::ClientBuilder;
use std::{
    fmt,
    net::SocketAddr,
    path::Path,
    sync::Arc,
    time::{Duration, Instant},
};
use tokio::{sync::watch, task::JoinHandle};

/// An Extend look-alike serving the cancel, retrieve and list endpoints on `127.0.0.1`; see
/// the [crate documentation](crate). Dropping it stops the server and closes its connections
/// at once; [`shutdown`](Self::shutdown) lets the requests in flight finish first.
pub struct Sandbox {
    addr: SocketAddr,
    base_url: String,
    pub(crate) shared: Arc<Shared>,
    task: JoinHandle<()>,
    /// Turned true to stop accepting and close each connection after its request in flight.
    stop: watch::Sender<bool>,
}

impl fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sandbox")
            .field("base_url", &self.base_url)
            .field("workspace_id", &self.shared.workspace_id)
            .finish_non_exhaustive()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        // Aborting the accept loop drops its set of connection tasks, which aborts them too.
        self.task.abort();
    }
}

impl Sandbox {
    // `Sandbox::start` and `Sandbox::builder` are in builder.rs: the handle does not depend on
    // the builder that makes it.
    pub(crate) fn new(
        addr: SocketAddr,
        shared: Arc<Shared>,
        task: JoinHandle<()>,
        stop: watch::Sender<bool>,
    ) -> Sandbox {
        Sandbox { addr, base_url: format!("http://{addr}"), shared, task, stop }
    }

    /// Stops the server gracefully: it stops accepting connections at once, closes idle ones,
    /// and lets each request in flight be answered, waiting at most `grace` for them; the
    /// connections still open then are closed. Returns whether every connection finished
    /// within `grace`.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// use extend_cancel_sandbox::Sandbox;
    /// use std::time::Duration;
    /// let sandbox = Sandbox::start().await?;
    /// let addr = sandbox.addr();
    /// assert!(sandbox.shutdown(Duration::from_secs(1)).await);
    /// assert!(tokio::net::TcpStream::connect(addr).await.is_err(), "no longer listening");
    /// # Ok(()) }
    /// ```
    pub async fn shutdown(mut self, grace: Duration) -> bool {
        // The receivers live as long as the server task: a send fails only once it ended.
        let _ = self.stop.send(true);
        // Dropping `self` afterwards aborts what is left.
        tokio::time::timeout(grace, &mut self.task).await.is_ok()
    }

    /// The base URL to give a client, such as `http://127.0.0.1:41234` (no trailing `/`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The address the sandbox listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The bearer token the sandbox accepts.
    pub fn api_key(&self) -> &str {
        &self.shared.api_key
    }

    /// The workspace id the sandbox accepts in `x-extend-workspace-id`.
    pub fn workspace_id(&self) -> &str {
        &self.shared.workspace_id
    }

    /// A client builder already pointed at this sandbox with its key; add settings and
    /// [`build`](ClientBuilder::build) it.
    pub fn client_builder(&self) -> ClientBuilder {
        ClientBuilder::new().api_key(self.api_key()).base_url(self.base_url())
    }

    /// Adds a run, or replaces the run with the same id; returns the run it replaced. The
    /// run's kind decides which endpoint serves it, whatever its id's prefix. Takes a [`Run`],
    /// a generated run type, a [`sample::SampleRun`](crate::sample::SampleRun), or a
    /// [`StoredRun`] with a batch, source or delay.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// use extend_cancel::RunStatus;
    /// use extend_cancel_sandbox::{sample, Sandbox, StoredRun};
    /// let sandbox = Sandbox::start().await?;
    /// let mut run = sample::split_run("splr_mine", RunStatus::Processing);
    /// run.metadata = None;
    /// assert!(sandbox.insert(StoredRun::new(run).batch_id("bpr_1")).is_none());
    /// assert_eq!(sandbox.run("splr_mine").unwrap().status(), "PROCESSING");
    /// assert_eq!(sandbox.stored("splr_mine").unwrap().batch_id.as_deref(), Some("bpr_1"));
    /// # Ok(()) }
    /// ```
    pub fn insert(&self, run: impl Into<StoredRun>) -> Option<Run> {
        self.shared.state().store.insert(run.into(), self.shared.delays())
    }

    /// Adds or replaces many runs under one lock (faster than one [`insert`](Self::insert)
    /// each); returns how many.
    pub fn insert_all(&self, runs: impl IntoIterator<Item = impl Into<StoredRun>>) -> usize {
        let mut state = self.shared.state();
        let delays = self.shared.delays();
        runs.into_iter().map(|run| state.store.insert(run.into(), delays)).count()
    }

    /// Adds the runs of a batch ([`BatchSeed`]; the same runs every time); returns how many.
    /// Runs with the same ids are replaced. Seeding 10,000 runs takes well under a second.
    pub fn seed_batch(&self, batch: &BatchSeed) -> usize {
        self.insert_all(batch.runs())
    }

    /// Adds the demo runs (the table in the [crate documentation](crate#seeding)); returns how
    /// many.
    pub fn seed_demo(&self) -> usize {
        demo_batches().iter().map(|batch| self.seed_batch(batch)).sum()
    }

    /// Adds the runs of a seed text in the [seed format](crate#the-seed-file-format); returns
    /// how many.
    ///
    /// # Errors
    ///
    /// [`SeedError`] naming the element and what is wrong with it; nothing is added then.
    pub fn seed_json(&self, json: &str) -> Result<usize, SeedError> {
        Ok(self.insert_all(runs_from_json(json)?))
    }

    /// Adds the runs of a seed file in the [seed format](crate#the-seed-file-format); returns
    /// how many.
    ///
    /// # Errors
    ///
    /// [`SeedError`] if the file cannot be read or an element is refused; nothing is added
    /// then.
    pub fn seed_file(&self, path: impl AsRef<Path>) -> Result<usize, SeedError> {
        Ok(self.insert_all(runs_from_file(path.as_ref())?))
    }

    /// The current state of the run with this id, if the sandbox holds it.
    pub fn run(&self, id: &str) -> Option<Run> {
        self.shared.state().store.get(id).map(|entry| entry.run.clone())
    }

    /// The run with this id and its batch, source, and (if it is `PENDING` with a delay) the
    /// time until it starts `PROCESSING`.
    pub fn stored(&self, id: &str) -> Option<StoredRun> {
        self.shared.state().store.get(id).map(|entry| entry.to_stored(Instant::now()))
    }

    /// Removes the run with this id; later requests for it get 404.
    pub fn remove(&self, id: &str) -> Option<Run> {
        self.shared.state().store.remove(id)
    }

    /// Every run the sandbox holds, ordered by id.
    pub fn runs(&self) -> Vec<Run> {
        self.shared.state().store.entries().map(|entry| entry.run.clone()).collect()
    }

    /// Serves `fault` for the next `times` requests, to any path, before authentication or
    /// anything else is checked. Faults queue up: a second `inject` applies after the first
    /// has been served `times` times. A [`Fault::Delay`] request is then handled normally, and
    /// a [`Fault::DropAfterHandling`] request is handled and its response dropped.
    pub fn inject(&self, fault: Fault, times: u32) {
        if times > 0 {
            self.shared.state().faults.push_back((fault, times));
        }
    }

    /// Drops every fault not yet served.
    pub fn clear_faults(&self) {
        self.shared.state().faults.clear();
    }

    /// How many requests will still get an injected fault.
    pub fn pending_faults(&self) -> u32 {
        self.shared.state().faults.iter().map(|(_, times)| times).sum()
    }

    /// The requests the sandbox has answered, oldest first: the most recent ones, up to
    /// [`SandboxBuilder::request_log_limit`](crate::SandboxBuilder::request_log_limit)
    /// (default 10,000), so that a sandbox serving without end keeps a bounded memory. A
    /// request still waiting on a [`Fault::Delay`] is not listed yet.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.state().requests.iter().cloned().collect()
    }
}
