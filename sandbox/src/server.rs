//! The sandbox's HTTP side: the accept loop, injected faults, recording each request, and
//! sending (or dropping) the response.

use crate::{
    answer::answer, fault::Fault, recorded::RecordedRequest, reply::Reply, route::Route, state::Shared,
};
use bytes::Bytes;
use http::{header, HeaderName, HeaderValue, Request, Response};
use http_body_util::{BodyExt, Full, Limited};
use hyper::{body::Incoming, server::conn::http1, service::service_fn};
use hyper_util::rt::TokioIo;
use std::{fmt, sync::Arc, time::Duration};
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

/// What the service fails with to drop a response: hyper then closes the connection without
/// writing one.
#[derive(Debug)]
struct DroppedResponse;

impl fmt::Display for DroppedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the response was dropped (Fault::DropAfterHandling)")
    }
}

impl std::error::Error for DroppedResponse {}

/// Handles one request: an injected fault first, then the normal answer; records it, tells
/// the `on_request` callback, and sends (or drops) the response.
async fn handle(
    shared: Arc<Shared>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, DroppedResponse> {
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
    if let Some(Fault::Delay(delay)) = fault {
        tokio::time::sleep(delay).await;
    }
    let reply = match fault.as_ref().and_then(|fault| Reply::fault(fault, route.shape(), &request_id)) {
        Some(reply) => reply,
        None => answer(&shared, &parts.method, &parts.headers, &route, parts.uri.query(), &request_id),
    };
    let dropped = fault == Some(Fault::DropAfterHandling);
    let recorded = RecordedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
        status: reply.status.as_u16(),
        dropped,
        request_id: request_id.clone(),
    };
    if let Some(callback) = &shared.on_request {
        callback(&recorded);
    }
    shared.state().requests.push(recorded);
    if dropped {
        return Err(DroppedResponse);
    }
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
