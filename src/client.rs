//! The client, its per-kind handles and the cancel request.

use crate::{
    config::{header_value, ClientBuilder, API_VERSION_HEADER, WORKSPACE_HEADER},
    decode::sealed,
    generated,
    hooks::{classify, CallContext, CallRecord, Failure},
    retry::Outcome,
    run_id::{kind_of, validate_run_id, RunKind},
    types, ApiError, Decoded, Error, RunBody,
};
use futures_util::future::BoxFuture;
use reqwest::StatusCode;
use std::{
    fmt,
    future::IntoFuture,
    marker::PhantomData,
    sync::Arc,
    time::{Duration, Instant},
};
use tracing::Instrument;

/// A client for the four cancel endpoints. Cheap to clone; clones share one connection pool.
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
    generated: Arc<generated::Client>,
    workspace_id: Option<Arc<str>>,
    timeout: Duration,
    connect_timeout: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let settings = &self.generated.inner.settings;
        f.debug_struct("Client")
            .field("base_url", &self.generated.baseurl)
            .field("api_key", &"<redacted>")
            .field("workspace_id", &self.workspace_id)
            .field("api_version", &settings.api_version)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &settings.retry)
            .field("deadline", &settings.deadline)
            .field("max_response_bytes", &settings.max_response_bytes)
            .finish()
    }
}

impl Client {
    /// A builder for a client; see [`ClientBuilder`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client configured from `EXTEND_API_KEY` (required) and the optional
    /// `EXTEND_BASE_URL`, `EXTEND_WORKSPACE_ID` and `EXTEND_API_VERSION`.
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env()?.build()
    }

    pub(crate) fn from_parts(
        generated: generated::Client,
        workspace_id: Option<String>,
        timeout: Duration,
        connect_timeout: Duration,
    ) -> Self {
        Client {
            generated: Arc::new(generated),
            workspace_id: workspace_id.map(Into::into),
            timeout,
            connect_timeout,
        }
    }

    /// Extract runs: `POST /extract_runs/{id}/cancel`.
    pub fn extract_runs(&self) -> Runs<'_, types::ExtractRun> {
        Runs { client: self, output: PhantomData }
    }

    /// Classify runs: `POST /classify_runs/{id}/cancel`.
    pub fn classify_runs(&self) -> Runs<'_, types::ClassifyRun> {
        Runs { client: self, output: PhantomData }
    }

    /// Split runs: `POST /split_runs/{id}/cancel`.
    pub fn split_runs(&self) -> Runs<'_, types::SplitRun> {
        Runs { client: self, output: PhantomData }
    }

    /// Legacy processor runs: `POST /processor_runs/{id}/cancel` (API 2025-04-21).
    pub fn processor_runs(&self) -> Runs<'_, types::ProcessorRunCancelResponse> {
        Runs { client: self, output: PhantomData }
    }

    /// Cancels a run of any kind, choosing the endpoint by the id's prefix (`exr_`, `clr_`,
    /// `splr_`, `dpr_`). An id with another prefix fails with [`Error::InvalidRunId`] before
    /// anything is sent; use the kind's own handle for such ids.
    pub fn cancel(&self, id: impl Into<String>) -> CancelRequest<'_, CancelledRun> {
        CancelRequest::new(self, id.into())
    }

    /// Cancels many runs of any kinds (dispatched by prefix as [`Client::cancel`] does),
    /// returning a stream of `(id, result)` in completion order. At most 8 cancels are in
    /// flight by default; see [`crate::CancelMany`] for the concurrency, the rate limit and how
    /// a 429 pauses the whole batch.
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
    pub fn cancel_many<'a, I>(&'a self, ids: I) -> crate::CancelMany<'a>
    where
        I: IntoIterator + 'a,
        I::Item: Into<String>,
        I::IntoIter: Send + 'a,
    {
        crate::CancelMany::new(self, Box::new(ids.into_iter().map(Into::into)))
    }

    pub(crate) fn retry_policy(&self) -> &crate::RetryPolicy {
        &self.generated.inner.settings.retry
    }

    /// The generated client, for anything this wrapper does not cover. Its requests go
    /// through the same hooks (version header, retries, body limit).
    pub fn generated(&self) -> &generated::Client {
        &self.generated
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.generated.baseurl
    }

    /// Runs a generated `send()` with this call's context, then turns its result and what the
    /// hooks recorded into the crate's result type.
    async fn run<T: RunBody>(
        &self,
        span: tracing::Span,
        options: &CallOptions,
        send: Sent<'_, T>,
    ) -> Result<Decoded<T>, Error> {
        let settings = &self.generated.inner.settings;
        let mut retry = options.retry_policy.clone().unwrap_or_else(|| settings.retry.clone());
        if let Some(max_retries) = options.max_retries {
            retry.max_retries = max_retries;
        }
        let deadline = options.deadline.or(settings.deadline).map(|d| Instant::now() + d);
        let context = CallContext::new(retry, deadline);
        let call = context.scope(send).instrument(span);
        // The deadline covers everything: attempts, waits, reading and decoding the body.
        let result = match deadline {
            Some(deadline) => tokio::time::timeout_at(deadline.into(), call).await,
            None => Ok(call.await),
        };
        let mut record = context.take_record();
        match result {
            Ok(Ok(run)) => Ok(crate::decode::finish(run, Vec::new())),
            Ok(Err(error)) => match (*error, record.response.take_if(|(status, _, _)| status.is_success())) {
                // An undocumented success status (201, 202, 204...): decode the body all the same.
                (_, Some((status, headers, body))) => crate::decode::decode_body(status, &headers, body),
                // A 200 whose body (read whole, within the limit) the typed decode refused:
                // the tolerant pass.
                (progenitor_client::Error::InvalidResponsePayload(body, _), None)
                    if record.failure.is_none() =>
                {
                    let request_id = record.success_request_id.as_ref().and_then(|v| v.to_str().ok());
                    crate::decode::salvaged(StatusCode::OK, request_id.map(str::to_owned), body)
                }
                (error, None) => Err(into_error(error, record)),
            },
            Err(_elapsed) => {
                Err(Error::Timeout { deadline: true, attempts: record.attempts.max(1), source: None })
            }
        }
    }
}

/// A generated `send()`, boxed together with its decoded result.
///
/// A run object is 0.7 to 1.5 KB in memory, and the generated future about 2.4 KB. Built
/// inside one box, the future is never moved, and the run is boxed as soon as it is decoded,
/// so each layer of futures above it (task-local, span, deadline, the wrapper, a batch's
/// stream) moves a pointer instead of copying the run: at concurrency 64 those copies were
/// the largest single cost the client added over a raw reqwest call.
type Sent<'a, T> = BoxFuture<'a, Result<Box<T>, Box<progenitor_client::Error<types::ErrorBody>>>>;

/// Maps the generated client's error, and the hooks' record of the call, to [`Error`].
fn into_error(error: progenitor_client::Error<types::ErrorBody>, record: CallRecord) -> Error {
    let attempts = record.attempts.max(1);
    if let Some(Failure::BodyTooLarge { status, limit }) = record.failure {
        return Error::BodyTooLarge { status, limit };
    }
    match (error, record.response) {
        // Sending failed, or reading a 200's body did (the body is only read here for a 200).
        (
            progenitor_client::Error::CommunicationError(source)
            | progenitor_client::Error::ResponseBodyError(source),
            _,
        ) => {
            // The retry loop's classification: only a timeout once connected is the attempt's
            // timeout; a connect timeout is a connection failure like a refused connection.
            if classify(&source) == Outcome::TimedOut {
                Error::Timeout { deadline: false, attempts, source: Some(source) }
            } else {
                Error::Transport { attempts, source }
            }
        }
        (_, Some((status, headers, body))) => {
            let mut api = ApiError::from_parts(status, headers, body);
            api.attempts = attempts;
            api.retried_after_lost_response = record.response_lost;
            Error::Api(Box::new(api))
        }
        // Not reachable through the wrapper's own requests (ids and headers are checked first).
        (other, None) => {
            Error::Config(crate::ConfigError::InvalidSetting { name: "request", reason: other.to_string() })
        }
    }
}

/// The runs of one kind; `T` is the body type of the cancel endpoint's response.
#[derive(Clone, Copy)]
pub struct Runs<'a, T> {
    client: &'a Client,
    output: PhantomData<fn() -> T>,
}

impl<'a, T: Endpoint> Runs<'a, T> {
    /// Cancels the run with this id. Await the request, or set per-call options on it first.
    pub fn cancel(&self, id: impl Into<String>) -> CancelRequest<'a, T> {
        CancelRequest::new(self.client, id.into())
    }
}

/// Per-call settings, set through [`CancelRequest`]'s methods.
#[doc(hidden)]
#[derive(Clone, Debug, Default)]
pub struct CallOptions {
    workspace_id: Option<String>,
    api_version: Option<String>,
    max_retries: Option<u32>,
    deadline: Option<Duration>,
    retry_policy: Option<crate::RetryPolicy>,
}

/// One cancel call, not yet sent. `.await` it to send it; the builder methods change this call
/// only, overriding the client's settings.
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
#[must_use = "a cancel request does nothing until it is awaited"]
pub struct CancelRequest<'a, T> {
    client: &'a Client,
    id: String,
    options: CallOptions,
    output: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for CancelRequest<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CancelRequest").field("id", &self.id).field("options", &self.options).finish()
    }
}

impl<'a, T: Endpoint> CancelRequest<'a, T> {
    fn new(client: &'a Client, id: String) -> Self {
        CancelRequest { client, id, options: CallOptions::default(), output: PhantomData }
    }

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

    /// Replaces the client's whole retry policy for this call.
    pub(crate) fn retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.retry_policy = Some(policy);
        self
    }

    /// Sends the request (the same as awaiting it).
    pub async fn send(self) -> Result<T::Output, Error> {
        self.into_future().await
    }
}

impl<'a, T: Endpoint> IntoFuture for CancelRequest<'a, T> {
    type Output = Result<T::Output, Error>;
    type IntoFuture = BoxFuture<'a, Result<T::Output, Error>>;

    fn into_future(self) -> Self::IntoFuture {
        T::cancel(self.client, self.id, self.options)
    }
}

/// What a cancel call names: one endpoint's body type ([`types::ExtractRun`],
/// [`types::ClassifyRun`], [`types::SplitRun`], [`types::ProcessorRunCancelResponse`]), whose
/// call returns it as [`Decoded`], or [`CancelledRun`] for [`Client::cancel`]. Sealed:
/// implemented by this crate only.
pub trait Endpoint: Sized + Send + sealed::Sealed + 'static {
    /// What awaiting the call gives on success.
    type Output: Send;

    #[doc(hidden)]
    fn cancel(
        client: &Client,
        id: String,
        options: CallOptions,
    ) -> BoxFuture<'_, Result<Self::Output, Error>>;
}

/// Checks the per-call header values before anything is sent.
fn check_options(options: &CallOptions) -> Result<(), Error> {
    if let Some(workspace) = &options.workspace_id {
        header_value(WORKSPACE_HEADER, workspace)?;
    }
    if let Some(version) = &options.api_version {
        header_value(API_VERSION_HEADER, version)?;
    }
    Ok(())
}

macro_rules! endpoint {
    ($output:ty, $method:ident) => {
        /// Sends one cancel of this kind; the run comes back boxed (see [`Sent`]).
        async fn $method(client: &Client, id: String, options: CallOptions) -> Result<Decoded<$output>, Error> {
            validate_run_id(&id)?;
            check_options(&options)?;
            let mut request = client.generated.$method().id(id.as_str());
            if let Some(version) = &options.api_version {
                request = request.x_extend_api_version(version.as_str());
            }
            if let Some(workspace) = &options.workspace_id {
                request = request.x_extend_workspace_id(workspace.as_str());
            }
            let span = tracing::info_span!("extend_cancel", operation = stringify!($method), run_id = %id);
            let send: Sent<'_, $output> = Box::pin(async move {
                request.send().await.map(|value| Box::new(value.into_inner())).map_err(Box::new)
            });
            client.run(span, &options, send).await
        }

        impl Endpoint for $output {
            type Output = Decoded<$output>;

            fn cancel(
                client: &Client,
                id: String,
                options: CallOptions,
            ) -> BoxFuture<'_, Result<Decoded<$output>, Error>> {
                Box::pin($method(client, id, options))
            }
        }
    };
}

endpoint!(types::ExtractRun, cancel_extract_run);
endpoint!(types::ClassifyRun, cancel_classify_run);
endpoint!(types::SplitRun, cancel_split_run);
endpoint!(types::ProcessorRunCancelResponse, cancel_processor_run);

/// The result of [`Client::cancel`]: the run object of whichever kind the id named, with what
/// had to be corrected to read it ([`CancelledRun::corrections`]).
///
/// Each run is boxed inside its [`Decoded`]: run objects are 0.7 to 1.5 KB in memory, and a
/// batch's results pass through several layers of futures and streams, each of which would
/// otherwise copy them.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum CancelledRun {
    /// An extract run.
    Extract(Decoded<types::ExtractRun>),
    /// A classify run.
    Classify(Decoded<types::ClassifyRun>),
    /// A split run.
    Split(Decoded<types::SplitRun>),
    /// A legacy processor run, with the response's `success` flag.
    Processor(Decoded<types::ProcessorRunCancelResponse>),
}

impl Endpoint for CancelledRun {
    type Output = CancelledRun;

    fn cancel(client: &Client, id: String, options: CallOptions) -> BoxFuture<'_, Result<Self, Error>> {
        Box::pin(async move {
            Ok(match kind_of(&id)? {
                RunKind::Extract => CancelledRun::Extract(cancel_extract_run(client, id, options).await?),
                RunKind::Classify => CancelledRun::Classify(cancel_classify_run(client, id, options).await?),
                RunKind::Split => CancelledRun::Split(cancel_split_run(client, id, options).await?),
                RunKind::Processor => {
                    CancelledRun::Processor(cancel_processor_run(client, id, options).await?)
                }
            })
        })
    }
}

impl CancelledRun {
    /// The kind of run.
    pub fn kind(&self) -> RunKind {
        match self {
            CancelledRun::Extract(_) => RunKind::Extract,
            CancelledRun::Classify(_) => RunKind::Classify,
            CancelledRun::Split(_) => RunKind::Split,
            CancelledRun::Processor(_) => RunKind::Processor,
        }
    }

    /// What had to be corrected to read the response; empty when it followed the spec.
    pub fn corrections(&self) -> &[crate::Correction] {
        match self {
            CancelledRun::Extract(run) => run.corrections(),
            CancelledRun::Classify(run) => run.corrections(),
            CancelledRun::Split(run) => run.corrections(),
            CancelledRun::Processor(response) => response.corrections(),
        }
    }

    /// The run's id.
    pub fn id(&self) -> &str {
        match self {
            CancelledRun::Extract(run) => &run.id,
            CancelledRun::Classify(run) => &run.id,
            CancelledRun::Split(run) => &run.id,
            CancelledRun::Processor(response) => &response.processor_run.id,
        }
    }

    /// The run's status as sent (`CANCELLED`, `PROCESSING`, or a value added later).
    pub fn status(&self) -> &str {
        match self {
            CancelledRun::Extract(run) => run.status.as_str(),
            CancelledRun::Classify(run) => run.status.as_str(),
            CancelledRun::Split(run) => run.status.as_str(),
            CancelledRun::Processor(response) => response.processor_run.status.as_str(),
        }
    }

    /// The failure reason, when the run failed.
    pub fn failure_reason(&self) -> Option<&str> {
        match self {
            CancelledRun::Extract(run) => run.failure_reason.as_ref().map(|r| r.as_str()),
            CancelledRun::Classify(run) => run.failure_reason.as_ref().map(|r| r.as_str()),
            CancelledRun::Split(run) => run.failure_reason.as_ref().map(|r| r.as_str()),
            CancelledRun::Processor(response) => response.processor_run.failure_reason.as_deref(),
        }
    }

    /// The run's page in the Extend dashboard, when the response carried it.
    pub fn dashboard_url(&self) -> Option<&str> {
        match self {
            CancelledRun::Extract(run) => run.dashboard_url.as_deref(),
            CancelledRun::Classify(run) => run.dashboard_url.as_deref(),
            CancelledRun::Split(run) => run.dashboard_url.as_deref(),
            CancelledRun::Processor(response) => response.processor_run.url.as_deref(),
        }
    }
}
