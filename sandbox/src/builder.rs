//! `SandboxBuilder`: the settings a sandbox starts with.

use crate::{
    handle::Sandbox,
    recorded::RecordedRequest,
    seed::seeded_runs,
    server,
    state::{OnRequest, Shared, State},
    store::{Delays, DEFAULT_PAGING_LOG_LIMIT},
    timed::Timeouts,
};
use std::{
    collections::hash_map::RandomState,
    fmt, io,
    net::{Ipv4Addr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};

/// The API key a sandbox accepts unless [`SandboxBuilder::api_key`] sets another.
pub const DEFAULT_API_KEY: &str = "sk_sandbox";

/// The workspace a sandbox accepts unless [`SandboxBuilder::workspace_id`] sets another.
pub const DEFAULT_WORKSPACE_ID: &str = "ws_sandbox";

/// How many requests [`Sandbox::requests`] keeps (the most recent) unless
/// [`SandboxBuilder::request_log_limit`] sets another: about 10 MB at most.
pub const DEFAULT_REQUEST_LOG_LIMIT: usize = 10_000;

/// How long a connection may wait for its next request before it is closed, unless
/// [`SandboxBuilder::idle_timeout`] sets another.
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// How long a request may take to arrive in full, from its first byte to its last, unless
/// [`SandboxBuilder::read_timeout`] sets another.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a `CANCELLING` run (a workflow run whose cancel was accepted) stays `CANCELLING`
/// before it is `CANCELLED`, unless [`SandboxBuilder::cancelling_delay`] sets another.
pub const DEFAULT_CANCELLING_DELAY: Duration = Duration::from_millis(300);

/// Builds a [`Sandbox`] with a key, a workspace, a port, an empty run store, a delay before
/// `PENDING` runs start, or a callback per request of your choice.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// use extend_cancel_sandbox::Sandbox;
/// let sandbox = Sandbox::builder().api_key("sk_test").workspace_id("ws_team").seeded(false).start().await?;
/// assert!(sandbox.runs().is_empty());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct SandboxBuilder {
    api_key: String,
    workspace_id: String,
    seeded: bool,
    port: u16,
    pending_for: Option<Duration>,
    cancelling_delay: Duration,
    on_request: Option<OnRequest>,
    request_log_limit: usize,
    paging_log_limit: usize,
    timeouts: Timeouts,
}

// The handle's constructors are here rather than in handle.rs, so that the handle does not
// depend on the builder that makes it.
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

    /// A builder for a sandbox with another key, workspace, port, delay or no seeded runs.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }
}

impl Default for SandboxBuilder {
    fn default() -> Self {
        SandboxBuilder {
            api_key: DEFAULT_API_KEY.to_owned(),
            workspace_id: DEFAULT_WORKSPACE_ID.to_owned(),
            seeded: true,
            port: 0,
            pending_for: None,
            cancelling_delay: DEFAULT_CANCELLING_DELAY,
            on_request: None,
            request_log_limit: DEFAULT_REQUEST_LOG_LIMIT,
            paging_log_limit: DEFAULT_PAGING_LOG_LIMIT,
            timeouts: Timeouts { idle: DEFAULT_IDLE_TIMEOUT, read: DEFAULT_READ_TIMEOUT },
        }
    }
}

impl fmt::Debug for SandboxBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The key is left out, like the client builder leaves it out.
        f.debug_struct("SandboxBuilder")
            .field("workspace_id", &self.workspace_id)
            .field("seeded", &self.seeded)
            .field("port", &self.port)
            .field("pending_for", &self.pending_for)
            .field("cancelling_delay", &self.cancelling_delay)
            .field("on_request", &self.on_request.as_ref().map(|_| "Fn(&RecordedRequest)"))
            .field("request_log_limit", &self.request_log_limit)
            .field("paging_log_limit", &self.paging_log_limit)
            .field("idle_timeout", &self.timeouts.idle)
            .field("read_timeout", &self.timeouts.read)
            .finish_non_exhaustive()
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

    /// The port to listen on at `127.0.0.1` (default 0: a free port the system picks).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// How long a `PENDING` run waits after it is inserted (or the sandbox starts) before it
    /// becomes `PROCESSING`, unless it has a delay of its own
    /// ([`StoredRun::pending_for`](crate::StoredRun::pending_for)). Default: forever.
    ///
    /// The change happens when the sandbox is next asked (a request, or a call such as
    /// [`Sandbox::run`]), not on a timer; its `updatedAt` is the time the wait ended.
    pub fn pending_for(mut self, delay: Duration) -> Self {
        self.pending_for = Some(delay);
        self
    }

    /// How long a `CANCELLING` run stays `CANCELLING` before it is `CANCELLED`, unless it has a
    /// delay of its own ([`StoredRun::cancelling_for`](crate::StoredRun::cancelling_for)).
    /// Default [`DEFAULT_CANCELLING_DELAY`], 300 ms.
    ///
    /// A workflow run's cancel answers 200 with the run `CANCELLING`, and the run becomes
    /// `CANCELLED` this long after the cancel; a run seeded or inserted `CANCELLING` this long
    /// after it was inserted (for the seeded `workflow_run_cancelling`, after the sandbox
    /// started). The change happens when the sandbox is next asked (a request, or a call such as
    /// [`Sandbox::run`]), not on a timer; its `updatedAt` is the time the delay ended.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use extend_cancel::RunStatus;
    /// use extend_cancel_sandbox::Sandbox;
    /// use std::time::Duration;
    /// let sandbox = Sandbox::builder().cancelling_delay(Duration::from_millis(50)).start().await?;
    /// let client = sandbox.client_builder().build()?;
    /// let run = client.workflow_runs().cancel("workflow_run_processing").await?;
    /// assert_eq!(run.status, RunStatus::Cancelling);
    /// tokio::time::sleep(Duration::from_millis(60)).await;
    /// let run = client.workflow_runs().get("workflow_run_processing").await?;
    /// assert_eq!(run.status, RunStatus::Cancelled);
    /// # Ok(()) }
    /// ```
    pub fn cancelling_delay(mut self, delay: Duration) -> Self {
        self.cancelling_delay = delay;
        self
    }

    /// Calls `callback` with each request once it is answered (also recorded in
    /// [`Sandbox::requests`]), before the response is sent, on the task serving the
    /// connection: it must not block, or the sandbox stops answering while it does. Writing
    /// to a pipe or a terminal can block (when nobody reads it); hand the line to another
    /// thread instead, through a bounded queue, as `extend-cancel sandbox` does.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use extend_cancel_sandbox::Sandbox;
    /// use std::sync::{Arc, Mutex};
    /// let lines = Arc::new(Mutex::new(Vec::new()));
    /// let log = Arc::clone(&lines);
    /// let sandbox = Sandbox::builder()
    ///     .on_request(move |r| log.lock().unwrap().push(format!("{} {} {}", r.method, r.path_and_query(), r.status)))
    ///     .start()
    ///     .await?;
    /// sandbox.client_builder().build()?.cancel("exr_processing").await?;
    /// assert_eq!(*lines.lock().unwrap(), ["POST /extract_runs/exr_processing/cancel 200"]);
    /// # Ok(()) }
    /// ```
    pub fn on_request(mut self, callback: impl Fn(&RecordedRequest) + Send + Sync + 'static) -> Self {
        self.on_request = Some(Arc::new(callback));
        self
    }

    /// How many requests [`Sandbox::requests`] keeps: the most recent `limit` (default
    /// [`DEFAULT_REQUEST_LOG_LIMIT`], 10,000; each takes about a kilobyte). 0 keeps none; the
    /// [`on_request`](Self::on_request) callback sees every request either way.
    pub fn request_log_limit(mut self, limit: usize) -> Self {
        self.request_log_limit = limit;
        self
    }

    /// How many changes to the runs the sandbox remembers so that a listing pages through the
    /// runs as they stood at its first page (default [`DEFAULT_PAGING_LOG_LIMIT`], 100,000, at
    /// least 1). A change is a run added, replaced or removed, or moved by a new status (a
    /// cancel, a `PENDING` run starting). Once `limit` more changes were made after a
    /// listing's first page, its `nextPageToken` is refused with 400 `INVALID_REQUEST` (the
    /// token has expired: start again at the first page).
    pub fn paging_log_limit(mut self, limit: usize) -> Self {
        self.paging_log_limit = limit;
        self
    }

    /// How long a connection may wait for a request, after it is opened or after its last
    /// response, before the sandbox closes it (default [`DEFAULT_IDLE_TIMEOUT`], 30 s), so that
    /// idle keep-alive connections do not pile up; also how long a response may wait for a
    /// client that does not read it.
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.idle = timeout;
        self
    }

    /// How long a request may take to arrive in full, head and body, from its first byte
    /// (default [`DEFAULT_READ_TIMEOUT`], 10 s); a connection whose request is still
    /// incomplete then is closed without an answer. The time the sandbox takes to answer
    /// (such as a [`Fault::Delay`](crate::Fault::Delay)) does not count.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.read = timeout;
        self
    }

    /// Binds `127.0.0.1` on the [port](Self::port) (default: a free one) and starts serving on
    /// the current tokio runtime.
    ///
    /// # Errors
    ///
    /// The I/O error if the port could not be bound (such as a port already in use).
    ///
    /// # Panics
    ///
    /// Outside a tokio runtime.
    pub async fn start(self) -> io::Result<Sandbox> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, self.port)).await?;
        let addr: SocketAddr = listener.local_addr()?;
        let mut state = State::default();
        state.store.keep_changes(self.paging_log_limit);
        if self.seeded {
            let delays = Delays { pending: self.pending_for, cancelling: self.cancelling_delay };
            for run in seeded_runs() {
                state.store.insert(run, delays);
            }
        }
        let shared = Arc::new(Shared {
            api_key: self.api_key,
            workspace_id: self.workspace_id,
            pending_for: self.pending_for,
            cancelling_delay: self.cancelling_delay,
            on_request: self.on_request,
            request_log_limit: self.request_log_limit,
            token_key: RandomState::new(),
            state: Mutex::new(state),
        });
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(server::serve(listener, Arc::clone(&shared), self.timeouts, stopped));
        Ok(Sandbox::new(addr, shared, task, stop))
    }
}
