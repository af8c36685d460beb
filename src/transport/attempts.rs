//! The attempt loop: one request, sent again while the retry policy says so, until it
//! succeeds, fails for good, runs out of attempts or passes the call's deadline. It is the
//! only place that retries: a 429's wait included, which in a batch is the batch's shared
//! pause ([`Pacer`]) rather than this call's own sleep.
//!
//! [`call`] is the way in: it sends a request the generated code built (`hooks.rs`) and reads
//! the final response into the caller's result (`response.rs`).

use crate::{
    error::transport::host_of,
    model::headers::REQUEST_ID,
    transport::{
        pacer::Pacer,
        response::{read, transport_error, Sent},
        retry::{classify, decide, AttemptResult, Decision, RetryPolicy},
    },
    Decoded, Error, RunBody, TimeoutLimit,
};
use reqwest::{header::HeaderMap, StatusCode};
use std::time::{Instant, SystemTime};
use tracing::Instrument;

/// What bounds one call: its retry policy, its deadline, and in a batch the batch's pacer.
#[derive(Debug)]
pub(crate) struct CallLimits<'a> {
    pub(crate) retry: RetryPolicy,
    /// Covers everything: attempts, waits, reading and decoding the body.
    pub(crate) deadline: Option<Instant>,
    /// A batch's rate limit and shared 429 pause, waited on before every attempt.
    pub(crate) pacer: Option<&'a Pacer>,
    /// The largest response body read.
    pub(crate) max_response_bytes: usize,
    /// The client's base URL, to name the host in a deadline's error.
    pub(crate) base_url: &'a str,
}

/// The transport failure that ended the attempts.
#[derive(Debug)]
pub(crate) struct Failed {
    pub(crate) source: reqwest::Error,
    pub(crate) attempts: u32,
}

/// Sends `request` within `limits` and reads its final response as a `T` or an [`Error`], in
/// a span named for the operation and the run.
pub(crate) async fn call<T: RunBody>(
    http: &reqwest::Client,
    request: reqwest::Request,
    limits: CallLimits<'_>,
    operation: &'static str,
    subject: &str,
) -> Result<Decoded<T>, Error> {
    let span = tracing::info_span!("extend_cancel", operation, run_id = %subject);
    let mut attempts = 0;
    let work = async {
        let sent = attempt_loop(http, request, &limits, operation, &mut attempts)
            .await
            .map_err(|failed| transport_error(failed.source, failed.attempts))?;
        read(sent, limits.max_response_bytes).await
    }
    .instrument(span);
    let Some(deadline) = limits.deadline else { return work.await };
    let ended = tokio::time::timeout_at(deadline.into(), work).await;
    match ended {
        Ok(result) => result,
        Err(_) => Err(Error::Timeout {
            host: host_from_base(limits.base_url),
            limit: TimeoutLimit::Deadline,
            attempts: attempts.max(1),
            source: None,
        }),
    }
}

/// The attempts of one request, `attempts` counting them as they start (so that a deadline
/// that cuts the loop short still knows how many were made).
pub(crate) async fn attempt_loop(
    http: &reqwest::Client,
    request: reqwest::Request,
    limits: &CallLimits<'_>,
    operation: &'static str,
    attempts: &mut u32,
) -> Result<Sent, Failed> {
    let policy = &limits.retry;
    let mut request = Some(request);
    let mut response_lost = false;
    loop {
        *attempts += 1;
        let attempt = *attempts;
        if let Some(pacer) = limits.pacer {
            pacer.wait().await;
        }
        let started = Instant::now();
        let retry_may_follow = attempt <= policy.max_retries;
        let result = http.execute(this_try(&mut request, retry_may_follow)).await;
        let (outcome, headers) = match &result {
            Ok(response) => (AttemptResult::Status(response.status()), response.headers()),
            Err(error) => (classify(error), no_headers()),
        };
        let remaining = limits.deadline.map(|d| d.saturating_duration_since(Instant::now()));
        let decision = if request.is_some() {
            decide(policy, outcome, headers, attempt, SystemTime::now(), fastrand::f64(), remaining)
        } else {
            Decision::Stop
        };
        tracing::debug!(
            operation,
            attempt,
            status = ?match outcome { AttemptResult::Status(s) => Some(s.as_u16()), _ => None },
            outcome = ?outcome,
            request_id = headers.get(&REQUEST_ID).and_then(|v| v.to_str().ok()),
            latency_ms = started.elapsed().as_millis() as u64,
            wait_ms = match decision { Decision::RetryAfter(w) => Some(w.as_millis() as u64), Decision::Stop => None },
            "extend-cancel attempt finished"
        );
        response_lost |= outcome == AttemptResult::ResponseLost;
        let wait = match (decision, result) {
            (Decision::Stop, Ok(response)) => return Ok(Sent { response, attempts: attempt, response_lost }),
            (Decision::Stop, Err(source)) => return Err(Failed { source, attempts: attempt }),
            (Decision::RetryAfter(wait), _) => wait,
        };
        // In a batch a 429's wait is the whole batch's: the pacer holds every task, this one
        // included, until it is over.
        match limits.pacer {
            Some(pacer) if outcome == AttemptResult::Status(StatusCode::TOO_MANY_REQUESTS) => {
                pacer.pause_for(wait)
            }
            _ => tokio::time::sleep(wait).await,
        }
    }
}

fn host_from_base(base_url: &str) -> String {
    reqwest::Url::parse(base_url).map_or_else(|_| base_url.to_owned(), |url| host_of(&url))
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
