//! The `Sandbox` handle and its builder: starting a sandbox, and reading and changing its state.

use crate::{
    fault::Fault,
    recorded::RecordedRequest,
    run::Run,
    seed::seeded_runs,
    server,
    state::{Shared, State},
};
use extend_cancel::ClientBuilder;
use std::{
    collections::BTreeMap,
    fmt, io,
    net::{Ipv4Addr, SocketAddr},
    sync::{Arc, Mutex},
};

/// The API key a sandbox accepts unless [`SandboxBuilder::api_key`] sets another.
pub const DEFAULT_API_KEY: &str = "sk_sandbox";

/// The workspace a sandbox accepts unless [`SandboxBuilder::workspace_id`] sets another.
pub const DEFAULT_WORKSPACE_ID: &str = "ws_sandbox";

/// Builds a [`Sandbox`] with a key, a workspace or an empty run store of your choice.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// use extend_cancel_sandbox::Sandbox;
/// let sandbox = Sandbox::builder().api_key("sk_test").workspace_id("ws_team").seeded(false).start().await?;
/// assert!(sandbox.runs().is_empty());
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct SandboxBuilder {
    api_key: String,
    workspace_id: String,
    seeded: bool,
}

impl Default for SandboxBuilder {
    fn default() -> Self {
        SandboxBuilder {
            api_key: DEFAULT_API_KEY.to_owned(),
            workspace_id: DEFAULT_WORKSPACE_ID.to_owned(),
            seeded: true,
        }
    }
}

impl SandboxBuilder {
    /// The bearer token the sandbox accepts (default [`DEFAULT_API_KEY`], `sk_sandbox`).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = key.into();
        self
    }

    /// The workspace the sandbox accepts in `x-extend-workspace-id` (default
    /// [`DEFAULT_WORKSPACE_ID`], `ws_sandbox`). Requests without the header are accepted too.
    pub fn workspace_id(mut self, workspace_id: impl Into<String>) -> Self {
        self.workspace_id = workspace_id.into();
        self
    }

    /// Whether to start with the seeded runs (default `true`; see the [crate
    /// documentation](crate)).
    pub fn seeded(mut self, seeded: bool) -> Self {
        self.seeded = seeded;
        self
    }

    /// Binds `127.0.0.1` on a free port and starts serving on the current tokio runtime.
    ///
    /// # Errors
    ///
    /// The I/O error if no loopback port could be bound.
    ///
    /// # Panics
    ///
    /// Outside a tokio runtime.
    pub async fn start(self) -> io::Result<Sandbox> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let runs = if self.seeded { seeded_runs() } else { BTreeMap::new() };
        let shared = Arc::new(Shared {
            api_key: self.api_key,
            workspace_id: self.workspace_id,
            state: Mutex::new(State { runs, ..State::default() }),
        });
        let task = tokio::spawn(server::serve(listener, Arc::clone(&shared)));
        Ok(Sandbox { addr, base_url: format!("http://{addr}"), shared, task })
    }
}

/// An Extend look-alike serving the four cancel endpoints on `127.0.0.1`; see the [crate
/// documentation](crate). Dropping it stops the server and closes its connections.
pub struct Sandbox {
    addr: SocketAddr,
    base_url: String,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
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
    /// Starts a sandbox with the default key (`sk_sandbox`), workspace (`ws_sandbox`) and the
    /// seeded runs, on a free port of `127.0.0.1`. Must be called inside a tokio runtime.
    ///
    /// # Errors
    ///
    /// The I/O error if no loopback port could be bound.
    ///
    /// ```
    /// use extend_cancel::Client;
    /// use extend_cancel_sandbox::Sandbox;
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sandbox = Sandbox::start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    /// let cancelled = client.cancel("dpr_processing").await?;
    /// assert_eq!(cancelled.status(), "CANCELLED");
    /// # Ok(()) }
    /// ```
    pub async fn start() -> io::Result<Sandbox> {
        SandboxBuilder::default().start().await
    }

    /// A builder for a sandbox with another key, workspace or no seeded runs.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
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
    /// run's kind decides which endpoint serves it, whatever its id's prefix.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// use extend_cancel::ProcessorRunStatus;
    /// use extend_cancel_sandbox::{sample, Sandbox};
    /// let sandbox = Sandbox::start().await?;
    /// let mut run = sample::split_run("splr_mine", ProcessorRunStatus::Processing);
    /// run.metadata = None;
    /// assert!(sandbox.insert(run).is_none());
    /// assert_eq!(sandbox.run("splr_mine").unwrap().status(), "PROCESSING");
    /// # Ok(()) }
    /// ```
    pub fn insert(&self, run: impl Into<Run>) -> Option<Run> {
        let run = run.into();
        self.shared.state().runs.insert(run.id().to_owned(), run)
    }

    /// The current state of the run with this id, if the sandbox holds it.
    pub fn run(&self, id: &str) -> Option<Run> {
        self.shared.state().runs.get(id).cloned()
    }

    /// Removes the run with this id; later cancels of it get 404.
    pub fn remove(&self, id: &str) -> Option<Run> {
        self.shared.state().runs.remove(id)
    }

    /// Every run the sandbox holds, ordered by id.
    pub fn runs(&self) -> Vec<Run> {
        self.shared.state().runs.values().cloned().collect()
    }

    /// Serves `fault` for the next `times` requests, to any path, before authentication or
    /// anything else is checked. Faults queue up: a second `inject` applies after the first
    /// has been served `times` times. A [`Fault::Delay`] request is then handled normally.
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

    /// Every request the sandbox has answered so far, oldest first (kept for the sandbox's
    /// lifetime). A request still waiting on a [`Fault::Delay`] is not listed yet.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.state().requests.clone()
    }
}
