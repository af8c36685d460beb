//! Layer 3, errors: the crate's one error type, [`crate::ApiError`] (an error status and its
//! body) and the errors that carry no response.

pub(crate) mod api;
pub(crate) mod transport;

use crate::ApiError;
use bytes::Bytes;
use reqwest::StatusCode;
use std::sync::Arc;
pub use transport::TransportCause;

/// Everything that can go wrong when cancelling a run.
///
/// Match on the variant for the category, or ask the error directly: [`Error::status`],
/// [`Error::is_retryable`] and [`Error::request_id`] work on every variant. `Display` describes
/// this error only; the underlying cause, when there is one, is in [`std::error::Error::source`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with a non-success HTTP status (after any retries).
    #[error("{0}")]
    Api(Box<ApiError>),
    /// A success response whose body is not the documented run object.
    #[error("{0}")]
    Decode(Box<DecodeError>),
    /// No response within the per-attempt timeout (once connected) or the call's overall
    /// deadline.
    #[error("the request to {host} timed out ({limit}, after {attempts} attempt(s))")]
    Timeout {
        /// The scheme, host and port the request went to, such as `https://api.extend.ai`.
        host: String,
        /// Which limit expired.
        limit: TimeoutLimit,
        /// How many attempts were made.
        attempts: u32,
        /// The transport's own timeout error, when it raised one.
        #[source]
        source: Option<reqwest::Error>,
    },
    /// The request could not be sent or its response could not be read (connection refused or
    /// reset, connect timeout, DNS failure, TLS failure).
    #[error("could not reach {host}: {cause} (after {attempts} attempt(s))")]
    Transport {
        /// The scheme, host and port the request went to, such as `https://api.extend.ai`.
        host: String,
        /// What went wrong, classified.
        cause: TransportCause,
        /// How many attempts were made.
        attempts: u32,
        /// The transport error of the last attempt.
        #[source]
        source: reqwest::Error,
    },
    /// The response body was larger than the configured limit; reading stopped at the limit.
    #[error("the response body exceeds the limit of {limit} bytes (HTTP {status})")]
    BodyTooLarge {
        /// The response's status.
        status: StatusCode,
        /// The configured limit, in bytes.
        limit: usize,
    },
    /// The run id cannot be sent; nothing was sent.
    #[error(transparent)]
    InvalidRunId(#[from] crate::InvalidRunId),
    /// The client is misconfigured; nothing was sent.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A batch did not send this run's request: it had stopped, because its failures showed
    /// that every further request would fail too ([`BatchStop`] says why, and holds the error
    /// that stopped it). Nothing about this run is known; sending it again later may succeed.
    #[error("not sent: the batch had stopped")]
    NotSent(#[source] Arc<BatchStop>),
}

/// Why a batch stopped sending, and the error that made it stop, as every run the batch did
/// not send carries it ([`Error::NotSent`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{reason}: {message}")]
#[non_exhaustive]
pub struct BatchStop {
    /// Why.
    pub reason: StopReason,
    /// The stopping error's message (`Display`), naming the status or the host and cause.
    pub message: String,
    /// The stopping error's HTTP status, when the API answered.
    pub status: Option<StatusCode>,
    /// The stopping error's request id, when the API gave one: quote it to Extend support.
    pub request_id: Option<String>,
}

impl BatchStop {
    /// The stop that `error` causes, for this reason.
    pub(crate) fn new(reason: StopReason, error: &Error) -> Self {
        BatchStop {
            reason,
            message: error.to_string(),
            status: error.status(),
            request_id: error.request_id().map(str::to_owned),
        }
    }
}

/// Why a batch stopped sending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum StopReason {
    /// The API refused the key (401): no request with it can succeed.
    KeyRefused,
    /// This many runs in a row failed for a reason that says nothing about the run itself (a
    /// transport failure, a 403, a 5xx, each after the client's retries), with no success
    /// between them.
    ConsecutiveFailures(u32),
}

impl std::fmt::Display for StopReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StopReason::KeyRefused => f.write_str("the API key was refused"),
            StopReason::ConsecutiveFailures(count) => {
                write!(f, "{count} runs in a row failed for a reason that is not about the run")
            }
        }
    }
}

impl Error {
    /// The HTTP status of the response, when one was received.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(api) => Some(api.status),
            Error::Decode(decode) => Some(decode.status),
            Error::BodyTooLarge { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Whether sending the same request again later may succeed: a retryable status (408, 429,
    /// 500, 502, 503, 504), a timeout or a transport failure. The client has already retried
    /// these as far as its retry policy allows.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(api) => is_retryable_status(api.status),
            Error::Timeout { .. } | Error::Transport { .. } | Error::NotSent(_) => true,
            _ => false,
        }
    }

    /// The API's request id, from the error body's `requestId` or the `x-extend-request-id`
    /// response header. Quote it to Extend support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(api) => api.request_id.as_deref(),
            Error::Decode(decode) => decode.request_id.as_deref(),
            _ => None,
        }
    }

    /// Why the batch stopped, for [`Error::NotSent`].
    pub fn batch_stop(&self) -> Option<&BatchStop> {
        match self {
            Error::NotSent(stop) => Some(stop),
            _ => None,
        }
    }

    /// The API error, when the API answered with an error status.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }
}

/// Whether a response status is worth retrying: 408, 429, 500, 502, 503 and 504.
pub fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429 | 500 | 502 | 503 | 504)
}

/// The limit that ended a call in [`Error::Timeout`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutLimit {
    /// One attempt outlasted the client's timeout after connecting
    /// ([`crate::ClientBuilder::timeout`]). It is not retried: the request may have reached
    /// the server.
    Attempt,
    /// The call's overall deadline expired ([`crate::ClientBuilder::deadline`],
    /// [`crate::RunRequest::deadline`]), during an attempt or a wait between two.
    Deadline,
}

impl std::fmt::Display for TimeoutLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TimeoutLimit::Attempt => "per-attempt timeout",
            TimeoutLimit::Deadline => "overall deadline",
        })
    }
}

/// A success response whose body could not be decoded into the run object.
#[derive(Debug)]
#[non_exhaustive]
pub struct DecodeError {
    /// The HTTP status (a 2xx).
    pub status: StatusCode,
    /// The JSON path where decoding failed, such as `processorRun.files[0].createdAt`
    /// (`.` for the document itself).
    pub path: String,
    /// What was wrong at that path.
    pub message: String,
    /// The raw response body.
    pub body: Bytes,
    /// The `x-extend-request-id` response header, when present.
    pub request_id: Option<String>,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "could not decode the HTTP {} response body at `{}`: {}",
            self.status, self.path, self.message
        )
    }
}

impl std::error::Error for DecodeError {}

/// A configuration problem, found before any request is sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No API key was given (neither to the builder nor in `EXTEND_API_KEY`).
    #[error("no API key: set EXTEND_API_KEY or call ClientBuilder::api_key")]
    MissingApiKey,
    /// The API key is empty or contains characters that cannot go in an HTTP header.
    /// (The key itself is never shown.)
    #[error("the API key is empty or contains characters not allowed in an HTTP header")]
    InvalidApiKey,
    /// The base URL is not an absolute http(s) URL.
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The base URL is plain `http://` to a host that is not loopback: the API key would cross
    /// the network in clear. Use `https`, or allow it with
    /// [`crate::ClientBuilder::allow_insecure_http`].
    #[error(
        "refusing to send the API key in clear to {url}: use https, or allow plain HTTP explicitly \
         (ClientBuilder::allow_insecure_http)"
    )]
    InsecureBaseUrl {
        /// The base URL.
        url: String,
    },
    /// A header value (workspace id, API version) is empty or not a valid header value.
    #[error("invalid {name} value {value:?}: must be non-empty visible ASCII")]
    InvalidHeaderValue {
        /// The header name.
        name: &'static str,
        /// The value as given.
        value: String,
    },
    /// A setting is out of range.
    #[error("invalid setting {name}: {reason}")]
    InvalidSetting {
        /// The setting's name.
        name: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The HTTP client could not be built (for example, the TLS backend failed to load).
    #[error("could not build the HTTP client")]
    HttpClient(#[source] reqwest::Error),
}
