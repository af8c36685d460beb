//! The sandbox's HTTP side: the accept loop and its graceful stop, injected faults, the body
//! limit, recording each request, and sending (or dropping) the response.

use crate::{
    answer::answer,
    fault::Fault,
    recorded::RecordedRequest,
    reply::Reply,
    route::Route,
    state::Shared,
    timed::{Busy, TimedStream, Timeouts},
};
use bytes::Bytes;
use http::{header, request::Parts, HeaderMap, HeaderName, HeaderValue, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::{body::Incoming, server::conn::http1, service::service_fn};
use hyper_util::rt::TokioIo;
use std::{fmt, sync::Arc, time::Duration};
use tokio::{net::TcpListener, sync::watch, task::JoinSet};

/// The most of a request body the sandbox reads (cancel requests have none, or `{}`); a
/// larger one is answered 413 without being read.
pub(crate) const MAX_REQUEST_BODY: usize = 64 * 1024;

/// The header Extend identifies each response by (the same name the client reads).
const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-extend-request-id");

/// Accepts connections until `stop` turns true (or its sender is gone), then lets each
/// connection finish the request it is serving and waits for them. The connections live in a
/// `JoinSet` owned by this task, so aborting the task closes them all at once.
pub(crate) async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    timeouts: Timeouts,
    mut stop: watch::Receiver<bool>,
) {
    let mut connections = JoinSet::new();
    loop {
        while connections.try_join_next().is_some() {}
        let accepted = tokio::select! {
            biased;
            _ = stop.wait_for(|stop| *stop) => break,
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
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
        let stop = stop.clone();
        connections.spawn(async move {
            let busy = Busy::default();
            let io = TokioIo::new(TimedStream::new(stream, timeouts, busy.clone()));
            let service = service_fn(move |request| handle(Arc::clone(&shared), busy.clone(), request));
            let connection = http1::Builder::new().serve_connection(io, service);
            let mut connection = std::pin::pin!(connection);
            let mut stop = stop;
            tokio::select! {
                _ = connection.as_mut() => return,
                _ = stop.wait_for(|stop| *stop) => {}
            }
            // Finish the request in flight, if any, then close.
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        });
    }
    drop(listener);
    while connections.join_next().await.is_some() {}
}

/// What the service fails with to send no response: hyper then closes the connection.
#[derive(Debug)]
enum NoResponse {
    /// [`Fault::DropAfterHandling`].
    Dropped,
    /// The request body could not be read (the client left, or the read timeout passed).
    Unread,
}

impl fmt::Display for NoResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NoResponse::Dropped => "the response was dropped (Fault::DropAfterHandling)",
            NoResponse::Unread => "the request body could not be read",
        })
    }
}

impl std::error::Error for NoResponse {}

/// Handles one request: the body limit and an injected fault first, then the normal answer;
/// records it, tells the `on_request` callback, and sends (or drops) the response.
async fn handle(
    shared: Arc<Shared>,
    busy: Busy,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, NoResponse> {
    let (parts, body) = request.into_parts();
    let fits = fits(&parts.headers, body).await?;
    busy.set();
    let route = Route::parse(parts.uri.path());
    let (request_id, fault) = {
        let mut state = shared.state();
        state.served += 1;
        let request_id = format!("req_sandbox_{}", state.served);
        // A body too large is refused before any fault is served.
        let fault = match state.faults.front_mut() {
            Some((fault, times)) if fits => {
                let fault = fault.clone();
                *times -= 1;
                if *times == 0 {
                    state.faults.pop_front();
                }
                Some(fault)
            }
            _ => None,
        };
        (request_id, fault)
    };
    if let Some(Fault::Delay(delay)) = fault {
        tokio::time::sleep(delay).await;
    }
    let reply = match fault.as_ref().and_then(|fault| Reply::fault(fault, route.shape(), &request_id)) {
        Some(reply) => reply,
        None if !fits => too_large(route.shape(), &request_id),
        None => answer(&shared, &parts.method, &parts.headers, &route, parts.uri.query(), &request_id),
    };
    let dropped = fault == Some(Fault::DropAfterHandling);
    let recorded = record(&parts, &reply, dropped, &request_id);
    if let Some(callback) = &shared.on_request {
        callback(&recorded);
    }
    shared.record(recorded);
    if dropped {
        return Err(NoResponse::Dropped);
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

/// Whether the body is within [`MAX_REQUEST_BODY`]. A declared `Content-Length` over it is
/// refused unread; otherwise the body is read (and ignored, so that the connection can be
/// reused) up to the limit, and refused as soon as it passes it.
async fn fits(headers: &HeaderMap, body: Incoming) -> Result<bool, NoResponse> {
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|value| value.to_str().ok());
    if declared
        .and_then(|length| length.trim().parse::<u64>().ok())
        .is_some_and(|n| n > MAX_REQUEST_BODY as u64)
    {
        return Ok(false);
    }
    match Limited::new(body, MAX_REQUEST_BODY).collect().await {
        Ok(_) => Ok(true),
        Err(error) if error.is::<LengthLimitError>() => Ok(false),
        Err(_) => Err(NoResponse::Unread),
    }
}

/// 413 in the endpoint's shape; the connection is closed after it, as the rest of the body
/// is not read.
fn too_large(shape: crate::reply::Shape, request_id: &str) -> Reply {
    let message = format!(
        "The request body is larger than the {} KiB the sandbox reads (cancel requests need none).",
        MAX_REQUEST_BODY / 1024
    );
    Reply::error(shape, StatusCode::PAYLOAD_TOO_LARGE, "INVALID_REQUEST", message, false, request_id)
        .with_header(header::CONNECTION, HeaderValue::from_static("close"))
}

/// The request as the log keeps it. The header values are copied: hyper's point into the
/// connection's read buffer, which the log would otherwise keep alive, kilobytes per request.
fn record(parts: &Parts, reply: &Reply, dropped: bool, request_id: &str) -> RecordedRequest {
    let mut headers = HeaderMap::with_capacity(parts.headers.len());
    for (name, value) in &parts.headers {
        if let Ok(mut copy) = HeaderValue::from_bytes(value.as_bytes()) {
            copy.set_sensitive(value.is_sensitive());
            headers.append(name.clone(), copy);
        }
    }
    RecordedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers,
        status: reply.status.as_u16(),
        dropped,
        request_id: request_id.to_owned(),
    }
}
