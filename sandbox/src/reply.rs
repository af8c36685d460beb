//! A response before it is sent: JSON bodies from the generated types, errors in the shape
//! of the endpoint's API version, and the bodies of injected faults; and [`Ask`], the request
//! a handler answers, with its errors in that shape.

use crate::{fault::Fault, state::Shared};
use bytes::Bytes;
use extend_cancel::types;
use http::{header, HeaderName, HeaderValue, StatusCode};

/// The error body shape of an endpoint's API version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `{code, message, retryable, requestId}` (API 2026-02-09).
    V2026,
    /// `{success: false, error}` (API 2025-04-21, the processor endpoints).
    V2025,
}

/// What a handler needs of the request, and the error replies in the endpoint's shape.
pub(crate) struct Ask<'a> {
    pub(crate) shared: &'a Shared,
    pub(crate) request_id: &'a str,
    pub(crate) shape: Shape,
}

impl Ask<'_> {
    /// An error reply; every error but the injected ones is not retryable.
    pub(crate) fn error(&self, status: StatusCode, code: &str, message: String) -> Reply {
        Reply::error(self.shape, status, code, message, false, self.request_id)
    }

    /// 400 `INVALID_REQUEST`.
    pub(crate) fn invalid(&self, message: String) -> Reply {
        self.error(StatusCode::BAD_REQUEST, "INVALID_REQUEST", message)
    }
}

/// A response before the request id is attached.
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    pub(crate) content_type: &'static str,
    pub(crate) body: Bytes,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
}

impl Reply {
    pub(crate) fn json<T: serde::Serialize>(status: StatusCode, value: &T) -> Reply {
        match serde_json::to_vec(value) {
            Ok(body) => {
                Reply { status, content_type: "application/json", body: body.into(), headers: Vec::new() }
            }
            // The generated types always serialize; should one not, the request gets a 500
            // rather than a panic on the serving task.
            Err(error) => Reply {
                status: StatusCode::INTERNAL_SERVER_ERROR,
                content_type: "text/plain",
                body: format!("the sandbox could not serialize its answer: {error}").into(),
                headers: Vec::new(),
            },
        }
    }

    /// An error in the endpoint's shape, carrying `request_id`.
    pub(crate) fn error(
        shape: Shape,
        status: StatusCode,
        code: &str,
        message: String,
        retryable: bool,
        request_id: &str,
    ) -> Reply {
        let body = match shape {
            Shape::V2026 => types::ErrorBody {
                code: Some(code.to_owned()),
                message: Some(message),
                retryable: Some(retryable),
                request_id: Some(request_id.to_owned()),
                ..types::ErrorBody::default()
            },
            Shape::V2025 => types::ErrorBody {
                success: Some(false),
                error: Some(serde_json::Value::String(message)),
                ..types::ErrorBody::default()
            },
        };
        Reply::json(status, &body)
    }

    pub(crate) fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Reply {
        self.headers.push((name, value));
        self
    }

    /// The reply an injected fault serves instead of the normal answer; `None` for the faults
    /// that let the request be handled ([`Fault::Delay`], [`Fault::DropAfterHandling`]).
    pub(crate) fn fault(fault: &Fault, shape: Shape, request_id: &str) -> Option<Reply> {
        let reply = match *fault {
            Fault::RateLimited { retry_after_secs } => {
                let reply = Reply::error(
                    shape,
                    StatusCode::TOO_MANY_REQUESTS,
                    "RATE_LIMIT_EXCEEDED",
                    "Too many requests. Back off and retry.".to_owned(),
                    true,
                    request_id,
                );
                match retry_after_secs {
                    Some(seconds) => reply.with_header(header::RETRY_AFTER, HeaderValue::from(seconds)),
                    None => reply,
                }
            }
            Fault::ServerError { status } => {
                let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                Reply::error(
                    shape,
                    status,
                    "INTERNAL_ERROR",
                    "An unexpected error occurred (injected by the sandbox). Retry the request.".to_owned(),
                    true,
                    request_id,
                )
            }
            Fault::HtmlPage { status } => {
                let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
                let title = format!("{} {}", status.as_u16(), status.canonical_reason().unwrap_or("Error"));
                let page = format!(
                    "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
                );
                Reply { status, content_type: "text/html", body: page.into(), headers: Vec::new() }
            }
            Fault::Delay(_) | Fault::DropAfterHandling => return None,
        };
        Some(reply)
    }
}
