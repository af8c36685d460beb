//! The crate's one error type, and the lenient reading of the API's error bodies.

use crate::config::REQUEST_ID_HEADER;
use bytes::Bytes;
use reqwest::{header::HeaderMap, StatusCode};

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
    #[error("the request timed out ({})", if *.deadline { "overall deadline" } else { "per-attempt timeout" })]
    Timeout {
        /// Whether the call's overall deadline (rather than one attempt's timeout) expired.
        deadline: bool,
        /// How many attempts were made.
        attempts: u32,
        /// The transport's own timeout error, when it raised one.
        #[source]
        source: Option<reqwest::Error>,
    },
    /// The request could not be sent or its response could not be read (connection refused or
    /// reset, connect timeout, DNS failure, TLS failure).
    #[error("could not reach the Extend API after {attempts} attempt(s)")]
    Transport {
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
            Error::Api(api) => crate::retry::is_retryable_status(api.status),
            Error::Timeout { .. } | Error::Transport { .. } => true,
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

    /// The API error, when the API answered with an error status.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(api) => Some(api),
            _ => None,
        }
    }
}

/// A non-success response from the API, with the fields of its body read leniently from every
/// shape the API uses (2026 `{code, message, retryable, requestId, docUrl}`, 2025
/// `{success, error}`, wrapped `{error: {...}}`) and the raw body kept for anything else.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The machine-readable code, such as `INVALID_REQUEST` or `RATE_LIMIT_EXCEEDED`.
    pub code: Option<String>,
    /// The human-readable message (its wording may change; match on `code`).
    pub message: Option<String>,
    /// The body's own `retryable` flag, when it has one.
    pub retryable: Option<bool>,
    /// The request id, from the body or the `x-extend-request-id` header.
    pub request_id: Option<String>,
    /// A link to documentation about the error.
    pub doc_url: Option<String>,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw response body (an HTML page from a proxy, for example).
    pub body: Bytes,
    /// How many attempts were made before giving up.
    pub attempts: u32,
    /// Whether an earlier attempt of this call may have reached the server although its
    /// response was lost (connection reset after sending). A cancel that the lost attempt
    /// already performed is then answered with 400, because the run is no longer
    /// `PROCESSING`: see [`ApiError::may_have_been_cancelled_by_a_lost_attempt`].
    pub retried_after_lost_response: bool,
}

impl ApiError {
    /// Builds the error from a response's parts.
    pub(crate) fn from_parts(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        let fields = ErrorFields::parse(&body);
        let request_id = fields
            .request_id
            .or_else(|| headers.get(&REQUEST_ID_HEADER).and_then(|v| v.to_str().ok()).map(str::to_owned));
        ApiError {
            status,
            code: fields.code,
            message: fields.message,
            retryable: fields.retryable,
            request_id,
            doc_url: fields.doc_url,
            headers,
            body,
            attempts: 1,
            retried_after_lost_response: false,
        }
    }

    /// The raw body as text (invalid UTF-8 replaced).
    pub fn body_text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// True for a 400 that answered a retry made after an earlier attempt's response was lost:
    /// the run may well have been cancelled by that earlier attempt. Fetch the run to be sure.
    pub fn may_have_been_cancelled_by_a_lost_attempt(&self) -> bool {
        self.status == StatusCode::BAD_REQUEST && self.retried_after_lost_response
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Extend API error: HTTP {}", self.status)?;
        match (&self.code, &self.message) {
            (Some(code), Some(message)) => write!(f, ": {code}: {message}")?,
            (Some(text), None) | (None, Some(text)) => write!(f, ": {text}")?,
            (None, None) if !self.body.is_empty() => f.write_str(" (body is not an Extend error object)")?,
            (None, None) => {}
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        if self.may_have_been_cancelled_by_a_lost_attempt() {
            f.write_str("; an earlier attempt whose response was lost may already have cancelled the run")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// The fields of an error body, whichever shape it came in.
#[derive(Default)]
struct ErrorFields {
    code: Option<String>,
    message: Option<String>,
    retryable: Option<bool>,
    request_id: Option<String>,
    doc_url: Option<String>,
}

impl ErrorFields {
    fn parse(body: &[u8]) -> Self {
        let Ok(serde_json::Value::Object(top)) = serde_json::from_slice(body) else {
            return ErrorFields::default();
        };
        let text = |object: &serde_json::Map<String, serde_json::Value>, key: &str| {
            object.get(key).and_then(|v| v.as_str()).map(str::to_owned)
        };
        let read = |object: &serde_json::Map<String, serde_json::Value>| ErrorFields {
            code: text(object, "code"),
            message: text(object, "message"),
            retryable: object.get("retryable").and_then(|v| v.as_bool()),
            request_id: text(object, "requestId"),
            doc_url: text(object, "docUrl"),
        };
        let mut fields = read(&top);
        match top.get("error") {
            // The wrapped form: the 2026 fields one level down; top-level ones still win.
            Some(serde_json::Value::Object(inner)) => {
                let inner = read(inner);
                fields.code = fields.code.or(inner.code);
                fields.message = fields.message.or(inner.message);
                fields.retryable = fields.retryable.or(inner.retryable);
                fields.request_id = fields.request_id.or(inner.request_id);
                fields.doc_url = fields.doc_url.or(inner.doc_url);
            }
            // The 2025-04-21 form: `{success: false, error: "message"}`.
            Some(serde_json::Value::String(message)) if fields.message.is_none() => {
                fields.message = Some(message.clone());
            }
            _ => {}
        }
        fields
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
    /// A header value (workspace id, API version) is empty or not a valid header value.
    #[error("invalid {name} value {value:?}: must be non-empty visible ASCII")]
    InvalidHeaderValue {
        /// The header name.
        name: &'static str,
        /// The value as given.
        value: String,
    },
    /// An environment variable is set but unusable.
    #[error("environment variable {name} is invalid: {reason}")]
    InvalidEnvVar {
        /// The variable's name.
        name: &'static str,
        /// What is wrong with it.
        reason: String,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, body: &str) -> ApiError {
        ApiError::from_parts(
            StatusCode::from_u16(status).unwrap(),
            HeaderMap::new(),
            Bytes::from(body.to_owned()),
        )
    }

    #[test]
    fn reads_the_2026_shape() {
        let e = api(
            429,
            r#"{"code":"RATE_LIMIT_EXCEEDED","message":"Too many requests. Back off and retry.","retryable":true,"requestId":"req_1","docUrl":"https://docs.extend.ai/x"}"#,
        );
        assert_eq!(e.code.as_deref(), Some("RATE_LIMIT_EXCEEDED"));
        assert_eq!(e.message.as_deref(), Some("Too many requests. Back off and retry."));
        assert_eq!(e.retryable, Some(true));
        assert_eq!(e.request_id.as_deref(), Some("req_1"));
        assert_eq!(e.doc_url.as_deref(), Some("https://docs.extend.ai/x"));
        assert_eq!(
            e.to_string(),
            "Extend API error: HTTP 429 Too Many Requests: RATE_LIMIT_EXCEEDED: Too many requests. Back off and retry. (request id req_1)"
        );
    }

    #[test]
    fn reads_the_2025_and_wrapped_shapes() {
        let e = api(404, r#"{"success":false,"error":"Processor run not found"}"#);
        assert_eq!((e.code, e.message.as_deref()), (None, Some("Processor run not found")));
        let e = api(
            400,
            r#"{"error":{"code":"INVALID_REQUEST","message":"not processing","retryable":false,"requestId":"req_2"}}"#,
        );
        assert_eq!(e.code.as_deref(), Some("INVALID_REQUEST"));
        assert_eq!(e.message.as_deref(), Some("not processing"));
        assert_eq!(e.retryable, Some(false));
        assert_eq!(e.request_id.as_deref(), Some("req_2"));
    }

    #[test]
    fn keeps_non_json_bodies_and_takes_the_request_id_header() {
        let mut headers = HeaderMap::new();
        headers.insert("x-extend-request-id", "req_h".parse().unwrap());
        let e = ApiError::from_parts(
            StatusCode::BAD_GATEWAY,
            headers,
            Bytes::from_static(b"<html>bad gateway</html>"),
        );
        assert_eq!(e.code, None);
        assert_eq!(e.body_text(), "<html>bad gateway</html>");
        assert_eq!(e.request_id.as_deref(), Some("req_h"));
        assert_eq!(
            e.to_string(),
            "Extend API error: HTTP 502 Bad Gateway (body is not an Extend error object) (request id req_h)"
        );
    }
}
