//! Reading a call's final response, once, into the caller's result: the run on a 2xx
//! (corrected where it strays from the spec, see [`crate::Correction`]), [`Error::Api`] for
//! any other status, [`Error::Decode`] when a 2xx body is not a run at all, and
//! [`Error::BodyTooLarge`] past the body limit.

use crate::{
    decode::{
        correction::{Correction, Decoded},
        salvage::salvage,
    },
    error::transport::{host_of, TransportCause},
    generated::spec::IDENTITY_PATHS,
    model::headers::REQUEST_ID,
    transport::retry::{classify, AttemptResult},
    ApiError, DecodeError, Error, RunBody, TimeoutLimit,
};
use bytes::{Bytes, BytesMut};
use reqwest::{header::HeaderMap, StatusCode};

/// The final response of a call, its body not yet read, and what it took to get it.
#[derive(Debug)]
pub(crate) struct Sent {
    pub(crate) response: reqwest::Response,
    pub(crate) attempts: u32,
    /// An earlier attempt failed after its request may have reached the server.
    pub(crate) response_lost: bool,
}

/// The error for a transport failure that ended the call: the attempt's own timeout, or a
/// failure to connect or to get the response, naming the host and the cause.
pub(crate) fn transport_error(source: reqwest::Error, attempts: u32) -> Error {
    let host = source.url().map_or_else(String::new, host_of);
    // Only a timeout once connected is the attempt's timeout; a connect timeout is a
    // connection failure like a refused connection (see `retry::classify`).
    if classify(&source) == AttemptResult::TimedOut {
        return Error::Timeout { host, limit: TimeoutLimit::Attempt, attempts, source: Some(source) };
    }
    Error::Transport { host, cause: TransportCause::of(&source), attempts, source }
}

/// Reads the final response's body within `limit` and turns it into the result.
pub(crate) async fn read<T: RunBody>(sent: Sent, limit: usize) -> Result<Decoded<T>, Error> {
    let Sent { mut response, attempts, response_lost } = sent;
    let status = response.status();
    let declared = response.content_length();
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(Error::BodyTooLarge { status, limit });
    }
    let headers = std::mem::take(response.headers_mut());
    let body = if declared.is_some() {
        // Within the limit as declared (checked above), and hyper stops at the declared length:
        // read whole, without a copy when it comes in one piece (the usual run).
        response.bytes().await.map_err(|error| transport_error(error, attempts))?
    } else {
        read_limited(response, status, limit, attempts).await?
    };
    if status.is_success() {
        return decode_body(status, &headers, body);
    }
    let mut api = ApiError::from_parts(status, headers, body);
    api.attempts = attempts;
    api.retried_after_lost_response = response_lost;
    Err(Error::Api(Box::new(api)))
}

/// Reads a body of no declared length chunk by chunk, never past the limit.
async fn read_limited(
    mut response: reqwest::Response,
    status: StatusCode,
    limit: usize,
    attempts: u32,
) -> Result<Bytes, Error> {
    let mut body = BytesMut::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) if body.len() + chunk.len() > limit => {
                return Err(Error::BodyTooLarge { status, limit });
            }
            Ok(Some(chunk)) => body.extend_from_slice(&chunk),
            Ok(None) => return Ok(body.freeze()),
            Err(error) => return Err(transport_error(error, attempts)),
        }
    }
}

/// Decodes a cancel response the way the client does, for responses obtained elsewhere (a
/// proxy, a recorded fixture). `T` is the endpoint's body type, such as
/// [`crate::types::ExtractRun`]. A 2xx body that carries the run's identity decodes, with
/// whatever had to be corrected listed on the result. Never panics, whatever the bytes.
///
/// ```
/// use extend_cancel::{decode_response, types::SplitRun, Error};
/// let error = decode_response::<SplitRun>(
///     reqwest::StatusCode::NOT_FOUND,
///     &Default::default(),
///     r#"{"code":"NOT_FOUND","message":"Run not found","retryable":false}"#.into(),
/// )
/// .unwrap_err();
/// assert_eq!(error.as_api().unwrap().code.as_deref(), Some("NOT_FOUND"));
/// ```
pub fn decode_response<T: RunBody>(
    status: StatusCode,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<Decoded<T>, Error> {
    if !status.is_success() {
        return Err(Error::Api(Box::new(ApiError::from_parts(status, headers.clone(), body))));
    }
    decode_body(status, headers, body)
}

/// Decodes a success body as `T`: the typed decode first, the tolerant pass when it fails.
fn decode_body<T: RunBody>(
    status: StatusCode,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<Decoded<T>, Error> {
    match serde_json::from_slice::<T>(&body) {
        Ok(run) => Ok(finish(Box::new(run), Vec::new())),
        Err(_) => {
            let request_id = headers.get(&REQUEST_ID).and_then(|v| v.to_str().ok());
            salvaged(status, request_id.map(str::to_owned), body)
        }
    }
}

/// The tolerant pass over a success body the typed decode refused.
fn salvaged<T: RunBody>(
    status: StatusCode,
    request_id: Option<String>,
    body: Bytes,
) -> Result<Decoded<T>, Error> {
    let identity = IDENTITY_PATHS.iter().find(|(schema, _)| *schema == T::SCHEMA).map_or(&[][..], |(_, p)| p);
    match salvage::<T>(&body, identity) {
        Ok((run, corrections)) => Ok(finish(run, corrections)),
        Err(unreadable) => Err(Error::Decode(Box::new(DecodeError {
            status,
            path: unreadable.path,
            message: unreadable.message,
            request_id,
            body,
        }))),
    }
}

/// Adds the unions kept as raw JSON to the corrections and reports them in one event.
fn finish<T: RunBody>(run: Box<T>, mut corrections: Vec<Correction>) -> Decoded<T> {
    run.unknown_shapes(&mut corrections);
    if !corrections.is_empty() {
        let paths: Vec<String> = corrections.iter().map(|c| format!("{} ({})", c.path, c.problem)).collect();
        // A target of its own, stable whatever the module is called.
        tracing::warn!(
            target: "extend_cancel::decode",
            run_id = run.run_id(),
            corrections = corrections.len(),
            paths = %paths.join(", "),
            "the response strayed from the spec; read what could be read (Decoded::corrections)"
        );
    }
    Decoded::new(run, corrections)
}
