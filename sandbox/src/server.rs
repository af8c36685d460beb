//! The sandbox's HTTP side: the accept loop, routing, and the responses.

use crate::{fault::Fault, recorded::RecordedRequest, run::Run, state::Shared};
use bytes::Bytes;
use extend_cancel::{types, LegacyProcessorStatus, ProcessorRunStatus, RunKind, Timestamp};
use http::{header, HeaderName, HeaderValue, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::{body::Incoming, server::conn::http1, service::service_fn};
use hyper_util::rt::TokioIo;
use std::{convert::Infallible, sync::Arc, time::Duration};
use tokio::{net::TcpListener, task::JoinSet};

/// The most of a request body the sandbox reads (cancel requests have none, or `{}`).
const MAX_REQUEST_BODY: usize = 64 * 1024;

/// The header Extend identifies each response by (the same name the client reads).
const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-extend-request-id");

/// Accepts connections until the task is aborted; the connections live in a `JoinSet` owned
/// by this task, so aborting it closes them all.
pub(crate) async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of file descriptors, for example: wait instead of spinning.
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        // Each response goes out in one write; no delayed-ACK stalls on the client's side.
        let _ = stream.set_nodelay(true);
        let shared = Arc::clone(&shared);
        connections.spawn(async move {
            let service = service_fn(move |request| handle(Arc::clone(&shared), request));
            let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
    }
}

/// The error body shape of an endpoint's API version.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `{code, message, retryable, requestId}` (API 2026-02-09).
    V2026,
    /// `{success: false, error}` (API 2025-04-21, the processor endpoint).
    V2025,
}

/// A response before the request id is attached.
struct Reply {
    status: StatusCode,
    content_type: &'static str,
    body: Bytes,
    headers: Vec<(header::HeaderName, HeaderValue)>,
}

impl Reply {
    fn json<T: serde::Serialize>(status: StatusCode, value: &T) -> Reply {
        let body = serde_json::to_vec(value).expect("the generated types serialize to JSON");
        Reply { status, content_type: "application/json", body: body.into(), headers: Vec::new() }
    }

    /// An error in the endpoint's shape, carrying `request_id`.
    fn error(
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

    fn with_header(mut self, name: header::HeaderName, value: HeaderValue) -> Reply {
        self.headers.push((name, value));
        self
    }
}

/// What the path asks for.
enum Route {
    /// `/{kind}_runs/{id}/cancel`, with the id percent-decoded (`None` if it does not decode).
    Cancel(RunKind, Option<String>),
    /// Anything else.
    Unknown,
}

impl Route {
    fn parse(path: &str) -> Route {
        let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let [collection, id, "cancel"] = segments[..] else { return Route::Unknown };
        let kind = match collection {
            "extract_runs" => RunKind::Extract,
            "classify_runs" => RunKind::Classify,
            "split_runs" => RunKind::Split,
            "processor_runs" => RunKind::Processor,
            _ => return Route::Unknown,
        };
        Route::Cancel(kind, percent_decode(id))
    }

    fn shape(&self) -> Shape {
        match self {
            Route::Cancel(RunKind::Processor, _) => Shape::V2025,
            _ => Shape::V2026,
        }
    }
}

/// Decodes `%XX` escapes; `None` for a malformed escape or a result that is not UTF-8.
fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Handles one request: an injected fault first, then authentication, routing and the run.
async fn handle(
    shared: Arc<Shared>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let (parts, body) = request.into_parts();
    // Read (and ignore) the body so that the connection can be reused.
    let _ = Limited::new(body, MAX_REQUEST_BODY).collect().await;
    let route = Route::parse(parts.uri.path());
    let (request_id, fault) = {
        let mut state = shared.state();
        state.served += 1;
        let request_id = format!("req_sandbox_{}", state.served);
        let fault = match state.faults.front_mut() {
            Some((fault, times)) => {
                let fault = fault.clone();
                *times -= 1;
                if *times == 0 {
                    state.faults.pop_front();
                }
                Some(fault)
            }
            None => None,
        };
        (request_id, fault)
    };
    let reply = match fault {
        Some(Fault::Delay(delay)) => {
            tokio::time::sleep(delay).await;
            None
        }
        Some(fault) => Some(fault_reply(&fault, route.shape(), &request_id)),
        None => None,
    };
    let reply = match reply {
        Some(reply) => reply,
        None => answer(&shared, &parts.method, &parts.headers, &route, &request_id),
    };
    shared.state().requests.push(RecordedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        headers: parts.headers,
        status: reply.status.as_u16(),
        request_id: request_id.clone(),
    });
    let mut response = Response::new(Full::new(reply.body));
    *response.status_mut() = reply.status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(reply.content_type));
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        headers.insert(REQUEST_ID_HEADER, value);
    }
    for (name, value) in reply.headers {
        headers.insert(name, value);
    }
    Ok(response)
}

fn fault_reply(fault: &Fault, shape: Shape, request_id: &str) -> Reply {
    match *fault {
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
        // Handled by the caller: a delay is followed by the normal answer.
        Fault::Delay(_) => unreachable!("a delay is not answered by itself"),
    }
}

/// The normal answer: authentication, workspace, route, run.
fn answer(
    shared: &Shared,
    method: &Method,
    headers: &http::HeaderMap,
    route: &Route,
    request_id: &str,
) -> Reply {
    let shape = route.shape();
    let error = |status, code, message: String, retryable| {
        Reply::error(shape, status, code, message, retryable, request_id)
    };
    match bearer_token(headers) {
        None => {
            return error(
                StatusCode::UNAUTHORIZED,
                "UNAUTHORIZED",
                "Missing API key: send the header `Authorization: Bearer <API key>`.".to_owned(),
                false,
            )
        }
        Some(token) if token != shared.api_key => {
            return error(StatusCode::UNAUTHORIZED, "UNAUTHORIZED", "Invalid API key.".to_owned(), false)
        }
        Some(_) => {}
    }
    if let Some(workspace) = headers.get("x-extend-workspace-id") {
        if workspace.as_bytes() != shared.workspace_id.as_bytes() {
            let shown = String::from_utf8_lossy(workspace.as_bytes()).into_owned();
            return error(
                StatusCode::FORBIDDEN,
                "FORBIDDEN",
                format!("The API key has no access to workspace {shown}."),
                false,
            );
        }
    }
    let Route::Cancel(kind, id) = route else {
        return error(StatusCode::NOT_FOUND, "NOT_FOUND", "No such endpoint.".to_owned(), false);
    };
    if method != Method::POST {
        return error(
            StatusCode::METHOD_NOT_ALLOWED,
            "INVALID_REQUEST",
            format!("Use POST to cancel a run, not {method}."),
            false,
        )
        .with_header(header::ALLOW, HeaderValue::from_static("POST"));
    }
    // "extract run", "classify run", "split run", "processor run".
    let noun = format!("{} run", kind.name());
    let not_found = |id: &str| {
        error(StatusCode::NOT_FOUND, "NOT_FOUND", format!("No {noun} with id {id:?} was found."), false)
    };
    let Some(id) = id else { return not_found("(not valid percent-encoded UTF-8)") };
    let mut state = shared.state();
    let Some(run) = state.runs.get_mut(id.as_str()).filter(|run| run.kind() == *kind) else {
        return not_found(id);
    };
    if run.status() != ProcessorRunStatus::Processing.as_str() {
        return error(
            StatusCode::BAD_REQUEST,
            "INVALID_REQUEST",
            format!("Only {noun}s with a status of PROCESSING can be cancelled; {id} is {}.", run.status()),
            false,
        );
    }
    let now = Timestamp::from(std::time::SystemTime::now());
    match run {
        Run::Extract(run) => {
            run.status = ProcessorRunStatus::Cancelled;
            run.updated_at = Some(now);
            Reply::json(StatusCode::OK, run)
        }
        Run::Classify(run) => {
            run.status = ProcessorRunStatus::Cancelled;
            run.updated_at = Some(now);
            Reply::json(StatusCode::OK, run)
        }
        Run::Split(run) => {
            run.status = ProcessorRunStatus::Cancelled;
            run.updated_at = Some(now);
            Reply::json(StatusCode::OK, run)
        }
        Run::Processor(run) => {
            run.status = LegacyProcessorStatus::Cancelled;
            let response =
                types::ProcessorRunCancelResponse { success: Some(true), processor_run: run.clone() };
            Reply::json(StatusCode::OK, &response)
        }
    }
}

/// The token of an `Authorization: Bearer <token>` header (the scheme is case-insensitive).
fn bearer_token(headers: &http::HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_the_four_cancel_paths_and_decodes_ids() {
        let cases = [
            ("/extract_runs/exr_1/cancel", RunKind::Extract, "exr_1"),
            ("/classify_runs/clr_1/cancel", RunKind::Classify, "clr_1"),
            ("/split_runs/splr_1/cancel", RunKind::Split, "splr_1"),
            ("/processor_runs/dpr_%C3%BC/cancel", RunKind::Processor, "dpr_ü"),
        ];
        for (path, kind, id) in cases {
            match Route::parse(path) {
                Route::Cancel(k, Some(i)) => assert_eq!((k, i.as_str()), (kind, id), "{path}"),
                _ => panic!("{path} not routed"),
            }
        }
        for path in ["/", "/extract_runs/exr_1", "/extract_runs/exr_1/cancel/x", "/parse_runs/pr_1/cancel"] {
            assert!(matches!(Route::parse(path), Route::Unknown), "{path}");
        }
        assert!(matches!(Route::parse("/extract_runs/exr_%ZZ/cancel"), Route::Cancel(_, None)));
        assert!(matches!(Route::parse("/extract_runs/exr_%FF/cancel"), Route::Cancel(_, None)));
    }

    #[test]
    fn reads_bearer_tokens() {
        let mut headers = http::HeaderMap::new();
        assert_eq!(bearer_token(&headers), None);
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("bearer sk_1"));
        assert_eq!(bearer_token(&headers), Some("sk_1"));
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("Basic sk_1"));
        assert_eq!(bearer_token(&headers), None);
    }
}
