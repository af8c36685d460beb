//! An offline Extend look-alike: a real HTTP server on loopback that implements the four cancel
//! endpoints with state, for examples, demos and your own tests (feature `sandbox`).
//!
//! [`Sandbox::start`] binds `127.0.0.1` on a free port and serves
//! `POST /{extract,classify,split,processor}_runs/{id}/cancel` the way the spec
//! (`openapi/extend-cancel.yaml`) describes them. Point any client at [`Sandbox::base_url`]
//! with [`Sandbox::api_key`]; the server stops when the `Sandbox` is dropped.
//!
//! ```
//! use extend_cancel::{sandbox::Sandbox, CancelledRun, Client, Error, ProcessorRunStatus};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = Sandbox::start().await?;
//! let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
//!
//! // A PROCESSING run is cancelled and stays cancelled.
//! let run = client.extract_runs().cancel("exr_processing").await?;
//! assert_eq!(run.status, ProcessorRunStatus::Cancelled);
//! assert_eq!(sandbox.run("exr_processing").unwrap().status(), "CANCELLED");
//!
//! // Any other status is refused with 400 INVALID_REQUEST.
//! let Err(Error::Api(api)) = client.cancel("splr_processed").await else { panic!() };
//! assert_eq!((api.status.as_u16(), api.code.as_deref()), (400, Some("INVALID_REQUEST")));
//! # Ok(()) }
//! ```
//!
//! # What it does
//!
//! | Request | Response |
//! |---|---|
//! | cancel a `PROCESSING` run | 200 with the complete run object, now `CANCELLED` (for processor runs the `{success, processorRun}` wrapper); the run stays `CANCELLED` |
//! | cancel a run in any other status | 400 `INVALID_REQUEST` |
//! | an id the sandbox does not hold (or a run of another kind) | 404 `NOT_FOUND` |
//! | no `Authorization: Bearer <key>`, or another key | 401 `UNAUTHORIZED` |
//! | an `x-extend-workspace-id` other than [`Sandbox::workspace_id`] | 403 `FORBIDDEN` (no header is fine: a workspace-scoped key) |
//! | another method on a cancel path | 405 with `Allow: POST` |
//! | any other path | 404 `NOT_FOUND` |
//!
//! Error bodies have the shape of the endpoint's API version: the 2026-02-09 shape
//! `{"code", "message", "retryable", "requestId"}` on the extract, classify and split
//! endpoints, the 2025-04-21 shape `{"success": false, "error": "..."}` on the processor
//! endpoint. Every response carries an `x-extend-request-id` header (`req_sandbox_<n>`), the
//! same id as the body's `requestId`. Bodies are serialized from the generated types in
//! [`crate::types`], so they follow the spec's schemas.
//!
//! # Seeded runs
//!
//! A new sandbox holds one run of every kind in every status, with the id
//! `<prefix><status in lowercase>` ([`seeded_run_id`]):
//!
//! | | PENDING | PROCESSING | PROCESSED | FAILED | CANCELLED |
//! |---|---|---|---|---|---|
//! | extract | `exr_pending` | `exr_processing` | `exr_processed` | `exr_failed` | `exr_cancelled` |
//! | classify | `clr_pending` | `clr_processing` | `clr_processed` | `clr_failed` | `clr_cancelled` |
//! | split | `splr_pending` | `splr_processing` | `splr_processed` | `splr_failed` | `splr_cancelled` |
//! | processor | `dpr_pending` | `dpr_processing` | `dpr_processed` | `dpr_failed` | `dpr_cancelled` |
//!
//! Add your own with [`Sandbox::insert`] (the [`sample`] module builds complete runs), read a
//! run's current state with [`Sandbox::run`], and start empty with
//! [`SandboxBuilder::seeded`]`(false)`.
//!
//! # Faults
//!
//! [`Sandbox::inject`] makes the next N requests fail (or wait) before they are handled, so
//! that you can test your own retry handling: a 429 with `Retry-After`, a 5xx with a JSON
//! error body, a 5xx HTML page as a proxy sends it, or a delay. [`Sandbox::requests`] lists
//! what the sandbox received and answered.
//!
//! ```
//! use extend_cancel::{sandbox::{Fault, Sandbox}, Client, RetryPolicy};
//! use std::time::Duration;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = Sandbox::start().await?;
//! let client = sandbox
//!     .client_builder()
//!     .retry_policy(RetryPolicy { initial_backoff: Duration::from_millis(10), ..RetryPolicy::default() })
//!     .build()?;
//! sandbox.inject(Fault::ServerError { status: 503 }, 2);
//! let run = client.classify_runs().cancel("clr_processing").await?; // 503, 503, then 200
//! assert_eq!(run.status.as_str(), "CANCELLED");
//! let statuses: Vec<u16> = sandbox.requests().iter().map(|r| r.status).collect();
//! assert_eq!(statuses, [503, 503, 200]);
//! # Ok(()) }
//! ```

mod server;

pub mod sample;

use crate::{types, ClientBuilder, LegacyProcessorStatus, ProcessorRunStatus, RunKind};
use std::{
    collections::{BTreeMap, VecDeque},
    fmt, io,
    net::{Ipv4Addr, SocketAddr},
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

/// The API key a sandbox accepts unless [`SandboxBuilder::api_key`] sets another.
pub const DEFAULT_API_KEY: &str = "sk_sandbox";

/// The workspace a sandbox accepts unless [`SandboxBuilder::workspace_id`] sets another.
pub const DEFAULT_WORKSPACE_ID: &str = "ws_sandbox";

/// The id of the run a new sandbox holds for this kind and status: the kind's prefix and the
/// status in lowercase, such as `exr_processing` or `dpr_failed`.
///
/// ```
/// use extend_cancel::{sandbox::seeded_run_id, ProcessorRunStatus, RunKind};
/// assert_eq!(seeded_run_id(RunKind::Split, &ProcessorRunStatus::Processed), "splr_processed");
/// ```
pub fn seeded_run_id(kind: RunKind, status: &ProcessorRunStatus) -> String {
    format!("{}{}", kind.prefix(), status.as_str().to_ascii_lowercase())
}

/// The statuses every kind of run is seeded in.
const SEEDED_STATUSES: [ProcessorRunStatus; 5] = [
    ProcessorRunStatus::Pending,
    ProcessorRunStatus::Processing,
    ProcessorRunStatus::Processed,
    ProcessorRunStatus::Failed,
    ProcessorRunStatus::Cancelled,
];

/// A run held by a sandbox: one of the four kinds, as the generated type of that kind.
// The variants are unboxed so that callers can match and build them directly; a sandbox holds
// a few dozen runs, so the size difference does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Run {
    /// An extract run, served by `POST /extract_runs/{id}/cancel`.
    Extract(types::ExtractRun),
    /// A classify run, served by `POST /classify_runs/{id}/cancel`.
    Classify(types::ClassifyRun),
    /// A split run, served by `POST /split_runs/{id}/cancel`.
    Split(types::SplitRun),
    /// A legacy processor run, served by `POST /processor_runs/{id}/cancel`.
    Processor(types::LegacyProcessorRun),
}

impl Run {
    /// A complete sample run of `kind` in `status` (see [`sample`]).
    pub fn sample(kind: RunKind, id: impl Into<String>, status: ProcessorRunStatus) -> Run {
        match kind {
            RunKind::Extract => Run::Extract(sample::extract_run(id, status)),
            RunKind::Classify => Run::Classify(sample::classify_run(id, status)),
            RunKind::Split => Run::Split(sample::split_run(id, status)),
            RunKind::Processor => {
                Run::Processor(sample::processor_run(id, LegacyProcessorStatus::from(status.as_str())))
            }
        }
    }

    /// The kind of run, which decides the endpoint that serves it.
    pub fn kind(&self) -> RunKind {
        match self {
            Run::Extract(_) => RunKind::Extract,
            Run::Classify(_) => RunKind::Classify,
            Run::Split(_) => RunKind::Split,
            Run::Processor(_) => RunKind::Processor,
        }
    }

    /// The run's id.
    pub fn id(&self) -> &str {
        match self {
            Run::Extract(run) => &run.id,
            Run::Classify(run) => &run.id,
            Run::Split(run) => &run.id,
            Run::Processor(run) => &run.id,
        }
    }

    /// The run's status as it would be sent, such as `PROCESSING` or `CANCELLED`.
    pub fn status(&self) -> &str {
        match self {
            Run::Extract(run) => run.status.as_str(),
            Run::Classify(run) => run.status.as_str(),
            Run::Split(run) => run.status.as_str(),
            Run::Processor(run) => run.status.as_str(),
        }
    }
}

impl From<types::ExtractRun> for Run {
    fn from(run: types::ExtractRun) -> Self {
        Run::Extract(run)
    }
}

impl From<types::ClassifyRun> for Run {
    fn from(run: types::ClassifyRun) -> Self {
        Run::Classify(run)
    }
}

impl From<types::SplitRun> for Run {
    fn from(run: types::SplitRun) -> Self {
        Run::Split(run)
    }
}

impl From<types::LegacyProcessorRun> for Run {
    fn from(run: types::LegacyProcessorRun) -> Self {
        Run::Processor(run)
    }
}

/// A failure the sandbox serves instead of handling a request; see [`Sandbox::inject`].
///
/// JSON error bodies have the shape of the endpoint's API version, like every other error the
/// sandbox sends.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// 429 `RATE_LIMIT_EXCEEDED` (`retryable: true`), with `Retry-After: <seconds>` when
    /// `retry_after_secs` is set.
    RateLimited {
        /// The `Retry-After` header's value in seconds, or `None` for no header.
        retry_after_secs: Option<u64>,
    },
    /// This status (500, 502, 503, 504, or any other) with a JSON `INTERNAL_ERROR` body
    /// (`retryable: true`). A status outside 100..=999 is served as 500.
    ServerError {
        /// The HTTP status to answer with.
        status: u16,
    },
    /// This status with a `text/html` page and no JSON, as a proxy or load balancer sends it.
    HtmlPage {
        /// The HTTP status to answer with.
        status: u16,
    },
    /// Wait this long, then handle the request normally (for testing timeouts and deadlines).
    Delay(Duration),
}

/// A request the sandbox received, and how it answered; see [`Sandbox::requests`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The method, such as `POST`.
    pub method: String,
    /// The path as sent (still percent-encoded), such as `/extract_runs/exr_processing/cancel`.
    pub path: String,
    /// The request headers, including `Authorization`, `x-extend-api-version` and
    /// `x-extend-workspace-id`.
    pub headers: http::HeaderMap,
    /// The status the sandbox answered with.
    pub status: u16,
    /// The request id the sandbox gave the request (`x-extend-request-id`).
    pub request_id: String,
}

impl RecordedRequest {
    /// A request header as text, if it was sent and is visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }
}

/// Builds a [`Sandbox`] with a key, a workspace or an empty run store of your choice.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// use extend_cancel::sandbox::Sandbox;
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

    /// Whether to start with the seeded runs (default `true`; see the [module
    /// documentation](self)).
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
        let mut runs = BTreeMap::new();
        if self.seeded {
            for kind in RunKind::ALL {
                for status in SEEDED_STATUSES {
                    let run = Run::sample(kind, seeded_run_id(kind, &status), status);
                    runs.insert(run.id().to_owned(), run);
                }
            }
        }
        let shared = Arc::new(Shared {
            api_key: self.api_key,
            workspace_id: self.workspace_id,
            state: Mutex::new(State { runs, ..State::default() }),
        });
        let task = tokio::spawn(server::serve(listener, Arc::clone(&shared)));
        Ok(Sandbox { addr, base_url: format!("http://{addr}"), shared, task })
    }
}

/// What the server and the `Sandbox` handle share.
struct Shared {
    api_key: String,
    workspace_id: String,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    runs: BTreeMap<String, Run>,
    faults: VecDeque<(Fault, u32)>,
    requests: Vec<RecordedRequest>,
    served: u64,
}

impl Shared {
    /// The state; a panic while it was held (there is none to expect) does not poison it for
    /// the caller's assertions.
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// An Extend look-alike serving the four cancel endpoints on `127.0.0.1`; see the [module
/// documentation](self). Dropping it stops the server and closes its connections.
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
    /// use extend_cancel::{sandbox::Sandbox, Client};
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
    /// use extend_cancel::{sandbox::{sample, Sandbox}, ProcessorRunStatus};
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
