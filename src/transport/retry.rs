//! When to try a request again, and how long to wait first: the whole retry decision. A
//! transport error is classified by `classify`, and [`decide`] is a pure function of the
//! attempt's outcome, its headers, the attempt number and the time, so that the policy is
//! covered by table tests.

use reqwest::{header::HeaderMap, StatusCode};
use std::time::{Duration, SystemTime};

/// How a client retries. The defaults match Extend's own SDKs: 2 retries (3 attempts), an
/// exponential back-off from 1 s doubling up to 30 s with ±10 % jitter, and a server's
/// `Retry-After` honoured up to 60 s.
///
/// ```
/// use extend_cancel::RetryPolicy;
/// use std::time::Duration;
/// let policy = RetryPolicy::default().max_retries(4).initial_backoff(Duration::from_millis(200));
/// assert_eq!(policy.max_retries, 4);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 disables retrying.
    pub max_retries: u32,
    /// The back-off before the first retry; each later retry doubles it.
    pub initial_backoff: Duration,
    /// The longest back-off between two attempts.
    pub max_backoff: Duration,
    /// The longest wait a `Retry-After` header can impose; longer values are cut to this.
    pub max_retry_after: Duration,
    /// The jitter, as a fraction of the back-off (0.1 = ±10 %). `Retry-After` waits get none.
    pub jitter: f64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(60),
            jitter: 0.1,
        }
    }
}

impl RetryPolicy {
    /// Retries after the first attempt (default 2); 0 disables retrying.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The back-off before the first retry (default 1 s); each later retry doubles it.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest back-off between two attempts (default 30 s).
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest wait a `Retry-After` header can impose (default 60 s).
    pub fn max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// The jitter as a fraction of the back-off (default 0.1, ±10 %), between 0 and 1; the
    /// client builder refuses other values.
    pub fn jitter(mut self, jitter: f64) -> Self {
        self.jitter = jitter;
        self
    }
}

/// What happened on one attempt (a batch's result for a whole run is [`crate::Outcome`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttemptResult {
    /// A response arrived with this status.
    Status(StatusCode),
    /// The connection could not be established (refused, DNS, TLS, or the connect timeout
    /// expired): the request was not sent. Retried. A connect timeout belongs here, not in
    /// [`AttemptResult::TimedOut`]: reqwest reports it as both `is_connect()` and `is_timeout()`, and
    /// the connect classification wins because nothing reached the server.
    ConnectFailed,
    /// The connection failed after the request may have been sent (reset, closed early),
    /// before any response: the server may have acted on it.
    ResponseLost,
    /// The attempt timed out after its connection was made (or its per-attempt timeout expired
    /// first): the request may have reached the server, so it is not retried. A connect timeout
    /// is [`AttemptResult::ConnectFailed`] instead.
    TimedOut,
    /// Any other failure (for example, reading the body failed or the body is too large).
    Other,
}

/// What to do after an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Return this attempt's result to the caller.
    Stop,
    /// Wait this long, then try again.
    RetryAfter(Duration),
}

/// Which retry class a transport error belongs to.
///
/// `is_connect` is checked first: a connect timeout is both `is_connect` and `is_timeout`
/// (hyper-util wraps every connector error, reqwest's and its own connect-timeout errors
/// included, as a `Connect` error), and nothing was sent on it, so it is retried like a refused
/// connection. Only a timeout after the connection was made is `TimedOut`.
pub(crate) fn classify(error: &reqwest::Error) -> AttemptResult {
    if error.is_connect() {
        AttemptResult::ConnectFailed
    } else if error.is_timeout() {
        AttemptResult::TimedOut
    } else if error.is_body() || error.is_decode() || error.is_builder() || error.is_redirect() {
        AttemptResult::Other
    } else {
        // Sent, or partly sent, and no response: the server may have acted on it.
        AttemptResult::ResponseLost
    }
}

pub use crate::error::is_retryable_status;

/// Decides whether to retry after attempt number `attempt` (1 for the first) ended in
/// `outcome`. `headers` are the response's (empty without a response), `now` is the current
/// wall-clock time (for `Retry-After` dates), `random` is a number in `[0, 1)` for the jitter,
/// and `remaining` is what is left of the call's deadline, if it has one.
pub fn decide(
    policy: &RetryPolicy,
    outcome: AttemptResult,
    headers: &HeaderMap,
    attempt: u32,
    now: SystemTime,
    random: f64,
    remaining: Option<Duration>,
) -> Decision {
    let retryable = match outcome {
        AttemptResult::Status(status) => is_retryable_status(status),
        AttemptResult::ConnectFailed | AttemptResult::ResponseLost => true,
        AttemptResult::TimedOut | AttemptResult::Other => false,
    };
    if !retryable || attempt > policy.max_retries {
        return Decision::Stop;
    }
    let wait = match retry_after(headers, now) {
        Some(server_wait) => server_wait.min(policy.max_retry_after),
        None => backoff(policy, attempt, random),
    };
    match remaining {
        Some(remaining) if wait >= remaining => Decision::Stop,
        _ => Decision::RetryAfter(wait),
    }
}

/// The exponential back-off before retry number `attempt` (1-based), with jitter.
fn backoff(policy: &RetryPolicy, attempt: u32, random: f64) -> Duration {
    let exponent = attempt.saturating_sub(1).min(30);
    let base = policy.initial_backoff.saturating_mul(1 << exponent).min(policy.max_backoff);
    let factor = 1.0 + policy.jitter * (2.0 * random - 1.0);
    base.mul_f64(factor.max(0.0))
}

/// The wait a `Retry-After` header asks for: delay-seconds or an HTTP-date.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(retry_after: Option<&str>) -> HeaderMap {
        let mut map = HeaderMap::new();
        if let Some(value) = retry_after {
            map.insert(reqwest::header::RETRY_AFTER, value.parse().unwrap());
        }
        map
    }

    fn status(code: u16) -> AttemptResult {
        AttemptResult::Status(StatusCode::from_u16(code).unwrap())
    }

    #[test]
    fn decision_table() {
        let policy = RetryPolicy::default();
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let date_in_7s = httpdate::fmt_http_date(now + Duration::from_secs(7));
        let past_date = httpdate::fmt_http_date(now - Duration::from_secs(7));
        let s = Duration::from_secs;
        let ms = Duration::from_millis;
        #[rustfmt::skip]
        type Row<'a> = (AttemptResult, Option<&'a str>, u32, f64, Option<Duration>, Decision);
        let table: Vec<Row> = vec![
            // retryable statuses, mid-jitter: 1 s, then 2 s
            (status(408), None, 1, 0.5, None, Decision::RetryAfter(s(1))),
            (status(429), None, 1, 0.5, None, Decision::RetryAfter(s(1))),
            (status(500), None, 2, 0.5, None, Decision::RetryAfter(s(2))),
            (status(502), None, 1, 0.5, None, Decision::RetryAfter(s(1))),
            (status(503), None, 1, 0.5, None, Decision::RetryAfter(s(1))),
            (status(504), None, 1, 0.5, None, Decision::RetryAfter(s(1))),
            // jitter bounds: ±10 %
            (status(503), None, 1, 0.0, None, Decision::RetryAfter(ms(900))),
            (status(503), None, 2, 1.0, None, Decision::RetryAfter(ms(2200))),
            // never retried
            (status(200), None, 1, 0.5, None, Decision::Stop),
            (status(400), None, 1, 0.5, None, Decision::Stop),
            (status(401), None, 1, 0.5, None, Decision::Stop),
            (status(404), None, 1, 0.5, None, Decision::Stop),
            (status(409), None, 1, 0.5, None, Decision::Stop),
            (status(422), None, 1, 0.5, None, Decision::Stop),
            (status(501), None, 1, 0.5, None, Decision::Stop),
            (AttemptResult::TimedOut, None, 1, 0.5, None, Decision::Stop),
            (AttemptResult::Other, None, 1, 0.5, None, Decision::Stop),
            // connection failures before a response (a connect timeout is ConnectFailed too)
            (AttemptResult::ConnectFailed, None, 1, 0.5, None, Decision::RetryAfter(s(1))),
            (AttemptResult::ConnectFailed, None, 2, 0.5, None, Decision::RetryAfter(s(2))),
            (AttemptResult::ConnectFailed, None, 3, 0.5, None, Decision::Stop),
            (AttemptResult::ResponseLost, None, 2, 0.5, None, Decision::RetryAfter(s(2))),
            // attempts exhausted: 2 retries means the 3rd attempt is the last
            (status(503), None, 3, 0.5, None, Decision::Stop),
            // Retry-After wins over the back-off, has no jitter, and is capped
            (status(429), Some("5"), 1, 0.0, None, Decision::RetryAfter(s(5))),
            (status(503), Some("0"), 1, 0.5, None, Decision::RetryAfter(s(0))),
            (status(429), Some("3600"), 1, 0.5, None, Decision::RetryAfter(s(60))),
            (status(429), Some(&date_in_7s), 1, 0.5, None, Decision::RetryAfter(s(7))),
            (status(429), Some(&past_date), 1, 0.5, None, Decision::RetryAfter(s(0))),
            // an unreadable Retry-After falls back to the back-off
            (status(429), Some("soon"), 1, 0.5, None, Decision::RetryAfter(s(1))),
            // Retry-After does not make a non-retryable status retryable
            (status(400), Some("1"), 1, 0.5, None, Decision::Stop),
            // a wait that would outlast the deadline stops instead
            (status(429), Some("5"), 1, 0.5, Some(s(4)), Decision::Stop),
            (status(503), None, 1, 0.5, Some(s(2)), Decision::RetryAfter(s(1))),
        ];
        for (i, (outcome, retry_after, attempt, random, remaining, expected)) in table.into_iter().enumerate()
        {
            let got = decide(&policy, outcome, &headers(retry_after), attempt, now, random, remaining);
            assert_eq!(got, expected, "row {i}: {outcome:?} {retry_after:?} attempt {attempt}");
        }
    }

    #[test]
    fn backoff_is_capped_and_retries_can_be_disabled() {
        let policy = RetryPolicy { max_retries: 40, ..RetryPolicy::default() };
        let now = SystemTime::UNIX_EPOCH;
        assert_eq!(
            decide(&policy, status(503), &HeaderMap::new(), 20, now, 0.5, None),
            Decision::RetryAfter(Duration::from_secs(30))
        );
        assert_eq!(
            decide(&policy, status(503), &HeaderMap::new(), 40, now, 0.5, None),
            Decision::RetryAfter(Duration::from_secs(30))
        );
        let off = RetryPolicy { max_retries: 0, ..RetryPolicy::default() };
        assert_eq!(decide(&off, status(503), &HeaderMap::new(), 1, now, 0.5, None), Decision::Stop);
    }
}
