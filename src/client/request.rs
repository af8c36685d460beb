//! The client, its per-kind handles and one cancel request before it is sent.

use crate::{
    generated,
    transport::{
        attempts::{call, CallLimits},
        pacer::Pacer,
        settings::{ClientState, Settings},
    },
    Decoded, Error, RunBody,
};
use futures_util::future::BoxFuture;
use std::{
    fmt,
    future::IntoFuture,
    sync::Arc,
    time::{Duration, Instant},
};

/// A client for the cancel endpoints of every kind of run, and the retrieve, list and batch
/// lookup endpoints that serve them. Cheap to clone; clones share one connection pool.
///
/// ```no_run
/// # async fn demo() -> Result<(), extend_cancel::Error> {
/// use extend_cancel::Client;
/// let client = Client::from_env()?;
/// let run = client.extract_runs().cancel("exr_Xj8mK2pL9nR4vT7qY5wZ").await?;
/// println!("{} is {}", run.id, run.status);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

/// One allocation for everything a client holds, so that a clone (one per request) is one
/// reference count.
struct Inner {
    /// The generated client callers reach through [`Client::generated`]; it also holds the
    /// base URL, the HTTP client and the settings each call's own generated client copies.
    generated: generated::Client,
    workspace_id: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        // The key is only in the HTTP client's default headers, which are not shown.
        f.debug_struct("Client")
            .field("base_url", &inner.generated.baseurl)
            .field("workspace_id", &inner.workspace_id)
            .field("timeouts", &(inner.timeout, inner.connect_timeout))
            .field("settings", self.settings())
            .finish_non_exhaustive()
    }
}

impl Client {
    pub(crate) fn from_parts(
        generated: generated::Client,
        workspace_id: Option<String>,
        timeout: Duration,
        connect_timeout: Duration,
    ) -> Self {
        Client { inner: Arc::new(Inner { generated, workspace_id, timeout, connect_timeout }) }
    }

    /// The generated client, for anything this wrapper does not cover. Its requests get the
    /// same version header and go through the same attempt loop (the client's retry policy);
    /// the wrapper's deadline and body limit apply to the wrapper's own calls only.
    pub fn generated(&self) -> &generated::Client {
        &self.inner.generated
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.generated.baseurl
    }

    pub(crate) fn settings(&self) -> &Settings {
        &self.inner.generated.inner.settings
    }

    /// A generated client that builds one request and hands it back instead of sending it
    /// (`transport::hooks`): the way each call gets its request from the spec.
    pub(crate) fn building(&self) -> generated::Client {
        let shared = &self.inner.generated;
        generated::Client::new_with_client(
            &shared.baseurl,
            shared.client.clone(),
            ClientState::building(&shared.inner.settings),
        )
    }

    /// Sends a request a generated method built, with this call's options, and reads the
    /// response as a `T`.
    pub(crate) async fn send<T: RunBody>(
        &self,
        request: reqwest::Request,
        options: &CallOptions,
        operation: &'static str,
        subject: &str,
    ) -> Result<Decoded<T>, Error> {
        let limits = options.limits(self.settings(), self.base_url());
        call(&self.inner.generated.client, request, limits, operation, subject).await
    }
}

/// Sends one call: the id, the per-call options, and the client to send it with.
pub type SendFn<O> = fn(Client, String, CallOptions) -> BoxFuture<'static, Result<O, Error>>;

/// Per-call settings, set through [`RunRequest`]'s methods (and, for a batch's calls, the
/// batch's pacer).
#[derive(Clone, Debug, Default)]
pub struct CallOptions {
    pub(crate) workspace_id: Option<String>,
    pub(crate) api_version: Option<String>,
    max_retries: Option<u32>,
    deadline: Option<Duration>,
    pacer: Option<Arc<Pacer>>,
}

impl CallOptions {
    /// These options, with the attempts of the call paced by a batch's `pacer`.
    pub(crate) fn paced(mut self, pacer: Option<Arc<Pacer>>) -> Self {
        self.pacer = pacer;
        self
    }

    /// Whether the call belongs to a batch (its attempts paced by the batch's pacer).
    pub(crate) fn is_paced(&self) -> bool {
        self.pacer.is_some()
    }

    /// This call's limits, from its options and the client's settings.
    pub(crate) fn limits<'a>(&'a self, settings: &Settings, base_url: &'a str) -> CallLimits<'a> {
        let mut retry = settings.retry.clone();
        if let Some(max_retries) = self.max_retries {
            retry.max_retries = max_retries;
        }
        CallLimits {
            retry,
            // A deadline past what an Instant holds is no deadline.
            deadline: self.deadline.or(settings.deadline).and_then(|d| Instant::now().checked_add(d)),
            pacer: self.pacer.as_deref(),
            max_response_bytes: settings.max_response_bytes,
            base_url,
        }
    }
}

/// The per-call header setters of a type whose `options` are [`CallOptions`] (a
/// [`RunRequest`], a listing), written once.
macro_rules! header_setters {
    ($type:ident $(<$param:ident>)?) => {
        impl$(<$param>)? $type$(<$param>)? {
            /// Targets this workspace (`x-extend-workspace-id`) instead of the client's.
            pub fn workspace_id(mut self, workspace_id: impl Into<String>) -> Self {
                self.options.workspace_id = Some(workspace_id.into());
                self
            }

            /// Sends this API version (`x-extend-api-version`) instead of the client's or the
            /// endpoint's default.
            pub fn api_version(mut self, version: impl Into<String>) -> Self {
                self.options.api_version = Some(version.into());
                self
            }
        }
    };
}

pub(crate) use header_setters;

header_setters!(RunRequest<O>);

/// One call (a cancel or a retrieve), not yet sent. `.await` it to send it; the builder methods change this call
/// only, overriding the client's settings. It owns a clone of the client, so the future is
/// `'static` and can be spawned.
///
/// ```no_run
/// # async fn demo(client: extend_cancel::Client) -> Result<(), extend_cancel::Error> {
/// use std::time::Duration;
/// let run = client
///     .classify_runs()
///     .cancel("clr_Xj8mK2pL9nR4vT7qY5wZ")
///     .workspace_id("ws_other")
///     .api_version("2026-02-09")
///     .max_retries(0)
///     .deadline(Duration::from_secs(5))
///     .await?;
/// # Ok(()) }
/// ```
#[must_use = "a request does nothing until it is awaited"]
pub struct RunRequest<O> {
    client: Client,
    id: String,
    options: CallOptions,
    send: SendFn<O>,
}

impl<O> fmt::Debug for RunRequest<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RunRequest").field("id", &self.id).field("options", &self.options).finish()
    }
}

impl<O> RunRequest<O> {
    pub(crate) fn new(client: &Client, id: String, send: SendFn<O>) -> Self {
        RunRequest { client: client.clone(), id, options: CallOptions::default(), send }
    }

    /// Retries after a failed first attempt for this call (0 disables retries).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.options.max_retries = Some(retries);
        self
    }

    /// Bounds this call, all attempts and the waits between them, by `deadline`.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Paces this call's attempts by a batch's pacer.
    pub(crate) fn paced(mut self, pacer: &Arc<Pacer>) -> Self {
        self.options = self.options.paced(Some(Arc::clone(pacer)));
        self
    }

    /// Sends the request (the same as awaiting it).
    pub async fn send(self) -> Result<O, Error> {
        self.into_future().await
    }
}

impl<O> IntoFuture for RunRequest<O> {
    type Output = Result<O, Error>;
    type IntoFuture = BoxFuture<'static, Result<O, Error>>;

    fn into_future(self) -> Self::IntoFuture {
        (self.send)(self.client, self.id, self.options)
    }
}
