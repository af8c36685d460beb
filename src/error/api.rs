//! The API's error responses, read leniently from every shape the API uses.

use crate::model::headers::REQUEST_ID;
use bytes::Bytes;
use reqwest::{header::HeaderMap, StatusCode};

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
    /// `PROCESSING`: see [`ApiError::may_already_be_cancelled`].
    pub retried_after_lost_response: bool,
}

impl ApiError {
    /// Builds the error from a response's parts.
    pub(crate) fn from_parts(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        let fields = ErrorFields::parse(&body);
        let request_id = fields
            .request_id
            .or_else(|| headers.get(&REQUEST_ID).and_then(|v| v.to_str().ok()).map(str::to_owned));
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
    pub fn may_already_be_cancelled(&self) -> bool {
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
        if self.may_already_be_cancelled() {
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
