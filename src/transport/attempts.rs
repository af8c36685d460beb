//! The attempt loop: progenitor's hooks, implemented for the generated client. `pre` fixes the
//! version headers, `exec` sends the attempts (retries, body limit, deadline, tracing).
//!
//! [`run`] is the only way in: it gives one generated call its retry policy and deadline, and
//! hands back the call's result together with what `exec` saw (the attempt count, the raw final
//! response when the generated code does not decode it). Both travel through a task-local
//! [`CallContext`], because a generated method takes only its parameters and returns only the
//! decoded value.

use crate::{
    generated,
    model::headers::{API_VERSION, PROGENITOR_VERSION, REQUEST_ID},
    transport::retry::{classify, decide, Decision, Outcome, RetryPolicy},
    transport::settings::ClientState,
};
use bytes::{Bytes, BytesMut};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::{header::HeaderMap, StatusCode};
use std::{
    future::Future,
    sync::{Arc, Mutex},
    time::{Instant, SystemTime},
};

tokio::task_local! {
    static CALL: Arc<CallContext>;
}

/// Per-call settings in, and the call's record out.
#[derive(Debug)]
struct CallContext {
    retry: RetryPolicy,
    deadline: Option<Instant>,
    record: Mutex<CallRecord>,
}

/// How a call through [`run`] ended.
pub(crate) struct Ended<T> {
    /// The generated call's result; `None` when the deadline expired first.
    pub(crate) result: Option<T>,
    /// What the attempt loop saw.
    pub(crate) record: CallRecord,
}

/// Runs `call` (a generated operation) with this retry policy, bounded by `deadline`, which
/// covers everything: attempts, waits, reading and decoding the body.
pub(crate) async fn run<F: Future>(
    retry: RetryPolicy,
    deadline: Option<Instant>,
    call: F,
) -> Ended<F::Output> {
    let context = Arc::new(CallContext { retry, deadline, record: Mutex::new(CallRecord::default()) });
    let call = CALL.scope(Arc::clone(&context), call);
    let result = match deadline {
        Some(deadline) => tokio::time::timeout_at(deadline.into(), call).await.ok(),
        None => Some(call.await),
    };
    let record = std::mem::take(&mut *context.lock());
    Ended { result, record }
}

/// What `exec` saw, for the wrapper to build its result or error from.
#[derive(Debug, Default)]
pub(crate) struct CallRecord {
    pub(crate) attempts: u32,
    /// An attempt failed after its request may have reached the server.
    pub(crate) response_lost: bool,
    /// The final response, fully read, when it is not a 200.
    pub(crate) response: Option<(StatusCode, HeaderMap, Bytes)>,
    /// The `x-extend-request-id` of a success, for a decode error's message.
    pub(crate) success_request_id: Option<reqwest::header::HeaderValue>,
    /// A failure that `exec` could not express as a `reqwest::Error`.
    pub(crate) failure: Option<Failure>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    BodyTooLarge { status: StatusCode, limit: usize },
}

impl CallContext {
    fn lock(&self) -> std::sync::MutexGuard<'_, CallRecord> {
        // A poisoned lock only means a panic elsewhere mid-update; the record is plain data.
        self.record.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The default `x-extend-api-version` of a generated operation, from the spec.
fn spec_default_version(operation_id: &str) -> Option<&'static str> {
    generated::spec::API_VERSION_DEFAULTS
        .iter()
        .find(|(_, rust_name, _)| *rust_name == operation_id)
        .map(|(_, _, version)| *version)
}

/// One attempt's result, with the body already read (or refused).
enum Attempt {
    /// A success whose declared length is within the limit: handed over unread, so the
    /// generated code reads and decodes it directly (the common case costs no copy).
    Passed(reqwest::Response),
    Response {
        status: StatusCode,
        version: reqwest::Version,
        headers: HeaderMap,
        body: Bytes,
    },
    TooLarge {
        status: StatusCode,
        headers: HeaderMap,
        limit: usize,
    },
    Failed(reqwest::Error),
}

impl ClientHooks<ClientState> for generated::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let headers = request.headers_mut();
        // progenitor adds `api-version: <info.version>` unconditionally; Extend's header is
        // `x-extend-api-version`, and a second version header would only mislead proxies.
        headers.remove(PROGENITOR_VERSION);
        if !headers.contains_key(&API_VERSION) {
            let settings = &self.inner().settings;
            let version = match &settings.api_version {
                Some(value) => Some(value.clone()),
                None => {
                    spec_default_version(info.operation_id).map(reqwest::header::HeaderValue::from_static)
                }
            };
            if let Some(version) = version {
                headers.insert(API_VERSION, version);
            }
        }
        Ok(())
    }

    fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> impl std::future::Future<Output = reqwest::Result<reqwest::Response>> {
        attempts(self, request, info.operation_id)
    }
}

/// The attempts of one request. `request` is kept for the next attempt while one may follow.
///
/// Not an `async fn`: one keeps each argument twice in its future (as passed, and moved into
/// the body), and this future is part of the generated `send()` future, which
/// [`crate::Client`] copies whole into a box. The async block below uses what it captures in
/// place, and each attempt's copy of the request goes straight to reqwest ([`run_attempt`]).
fn attempts<'a>(
    client: &'a generated::Client,
    request: reqwest::Request,
    operation_id: &'static str,
) -> impl std::future::Future<Output = reqwest::Result<reqwest::Response>> + 'a {
    let mut request = Some(request);
    // `exec` is called inside the call's task-local scope (the generated `send()` calls it as
    // it polls), so the context is read here.
    let context = CALL.try_with(Arc::clone).ok();
    async move {
        let settings = &client.inner().settings;
        let policy = context.as_ref().map_or(&settings.retry, |c| &c.retry);
        let deadline = context.as_ref().and_then(|c| c.deadline);
        let limit = settings.max_response_bytes;
        let mut response_lost = false;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let wait = {
                if let Some(context) = &context {
                    context.lock().attempts = attempt;
                }
                let started = Instant::now();
                let result = run_attempt(
                    client.client(),
                    this_try(&mut request, attempt <= policy.max_retries),
                    limit,
                )
                .await;
                let outcome = match &result {
                    Attempt::Passed(response) => Outcome::Status(response.status()),
                    Attempt::Response { status, .. } => Outcome::Status(*status),
                    Attempt::TooLarge { .. } => Outcome::Other,
                    Attempt::Failed(error) => classify(error),
                };
                let headers = match &result {
                    Attempt::Passed(response) => response.headers(),
                    Attempt::Response { headers, .. } | Attempt::TooLarge { headers, .. } => headers,
                    Attempt::Failed(_) => no_headers(),
                };
                let remaining = deadline.map(|d| d.saturating_duration_since(Instant::now()));
                let decision = if request.is_some() {
                    decide(policy, outcome, headers, attempt, SystemTime::now(), fastrand::f64(), remaining)
                } else {
                    Decision::Stop
                };
                tracing::debug!(
                    operation = operation_id,
                    attempt,
                    status = ?match outcome { Outcome::Status(s) => Some(s.as_u16()), _ => None },
                    outcome = ?outcome,
                    request_id = headers.get(&REQUEST_ID).and_then(|v| v.to_str().ok()),
                    latency_ms = started.elapsed().as_millis() as u64,
                    wait_ms = match decision { Decision::RetryAfter(w) => Some(w.as_millis() as u64), Decision::Stop => None },
                    "extend-cancel attempt finished"
                );
                if outcome == Outcome::ResponseLost {
                    response_lost = true;
                }
                match decision {
                    Decision::Stop => return finish(context.as_deref(), result, attempt, response_lost),
                    Decision::RetryAfter(wait) => wait,
                }
            };
            // This attempt's result is dropped with the block above, so the future does not
            // keep it beside the timer.
            tokio::time::sleep(wait).await;
        }
    }
}

/// The request to send on this attempt: a copy while a retry may follow (a request without a
/// streaming body always clones), the original on the last possible attempt.
fn this_try(request: &mut Option<reqwest::Request>, retry_may_follow: bool) -> reqwest::Request {
    let copy = if retry_may_follow { request.as_ref().and_then(copy_of) } else { None };
    copy.unwrap_or_else(|| request.take().expect("the request is kept until the last attempt"))
}

/// A copy of a request to send. Without a body (every cancel), the parts are copied directly:
/// `Request::try_clone` also builds an extensions map for the timeout even when there is none
/// (three allocations per call).
fn copy_of(request: &reqwest::Request) -> Option<reqwest::Request> {
    if request.body().is_some() {
        return request.try_clone();
    }
    let mut copy = reqwest::Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    if let Some(timeout) = request.timeout() {
        *copy.timeout_mut() = Some(*timeout);
    }
    Some(copy)
}

/// An empty header map, for an attempt without a response.
fn no_headers() -> &'static HeaderMap {
    static EMPTY: std::sync::OnceLock<HeaderMap> = std::sync::OnceLock::new();
    EMPTY.get_or_init(HeaderMap::new)
}

/// Sends one attempt and reads its body up to `limit`. The request is handed to reqwest before
/// the future is made, so that the future does not hold it too.
fn run_attempt(
    client: &reqwest::Client,
    request: reqwest::Request,
    limit: usize,
) -> impl std::future::Future<Output = Attempt> {
    let sent = client.execute(request);
    async move {
        let mut response = match sent.await {
            Ok(response) => response,
            Err(error) => return Attempt::Failed(error),
        };
        let status = response.status();
        let version = response.version();
        let declared = response.content_length();
        // 200 is the one documented success: the generated code decodes it. Anything else is read
        // here so the wrapper can report it (or decode an undocumented 2xx itself).
        if status == StatusCode::OK && declared.is_some_and(|length| length <= limit as u64) {
            return Attempt::Passed(response);
        }
        if declared.is_some_and(|length| length > limit as u64) {
            return Attempt::TooLarge { status, headers: std::mem::take(response.headers_mut()), limit };
        }
        // No declared length (or an error status): read chunk by chunk, never past the limit.
        let mut body = BytesMut::with_capacity(declared.unwrap_or(0) as usize);
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) if body.len() + chunk.len() > limit => {
                    return Attempt::TooLarge {
                        status,
                        headers: std::mem::take(response.headers_mut()),
                        limit,
                    };
                }
                Ok(Some(chunk)) => body.extend_from_slice(&chunk),
                Ok(None) => break,
                Err(error) => return Attempt::Failed(error),
            }
        }
        let headers = std::mem::take(response.headers_mut());
        Attempt::Response { status, version, headers, body: body.freeze() }
    }
}

/// Records the call's end for the wrapper and hands the generated code a response to decode.
fn finish(
    context: Option<&CallContext>,
    result: Attempt,
    attempts: u32,
    response_lost: bool,
) -> reqwest::Result<reqwest::Response> {
    let mut record = CallRecord { attempts, response_lost, ..CallRecord::default() };
    let response = match result {
        Attempt::Passed(response) => {
            record.success_request_id = response.headers().get(&REQUEST_ID).cloned();
            Ok(response)
        }
        Attempt::Response { status, version, headers, body } => {
            record.success_request_id = headers.get(&REQUEST_ID).cloned();
            // Only what the generated code does not decode itself needs the raw parts later.
            if status != StatusCode::OK {
                record.response = Some((status, headers.clone(), body.clone()));
            }
            Ok(rebuild(status, version, headers, body))
        }
        // The generated code can only be handed a response or a reqwest::Error; the wrapper
        // reads the real failure from the record. Direct users of the generated client see
        // the status with an empty body.
        Attempt::TooLarge { status, headers, limit } => {
            record.failure = Some(Failure::BodyTooLarge { status, limit });
            Ok(rebuild(status, reqwest::Version::HTTP_11, headers, Bytes::new()))
        }
        Attempt::Failed(error) => Err(error),
    };
    if let Some(context) = context {
        *context.lock() = record;
    }
    response
}

fn rebuild(
    status: StatusCode,
    version: reqwest::Version,
    headers: HeaderMap,
    body: Bytes,
) -> reqwest::Response {
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.version_mut() = version;
    *response.headers_mut() = headers;
    reqwest::Response::from(response)
}
