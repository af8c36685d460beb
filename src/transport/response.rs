//! Turning a call's outcome into the crate's result: the run on a 2xx (corrected where it
//! strays from the spec, see [`crate::Correction`]), [`Error::Api`] for any other status,
//! [`Error::Decode`] when a 2xx body is not a run at all, and the transport and limit errors
//! from what the attempt loop recorded.

use crate::{
    transport::attempts::{CallRecord, Ended, Failure},
    decode::correction::{Correction, Decoded},
    generated::spec::IDENTITY_PATHS,
    model::headers::REQUEST_ID,
    transport::retry::{classify, Outcome},
    decode::salvage::salvage,
    types, ApiError, ConfigError, DecodeError, Error, RunBody, TimeoutLimit,
};
use bytes::Bytes;
use reqwest::{header::HeaderMap, StatusCode};

/// What a generated call returns, with the run boxed as soon as it is decoded.
///
/// A run object is 0.7 to 1.5 KB in memory: boxed, each layer of futures above the call
/// (task-local, span, deadline, the wrapper, a batch's stream) moves a pointer instead of
/// copying the run. At concurrency 64 those copies were the largest single cost the client
/// added over a raw reqwest call.
pub(crate) type Sent<T> = Result<Box<T>, Box<progenitor_client::Error<types::ErrorBody>>>;

/// The result of one call through the attempt loop.
pub(crate) fn into_result<T: RunBody>(ended: Ended<Sent<T>>) -> Result<Decoded<T>, Error> {
    let Ended { result, mut record } = ended;
    let attempts = record.attempts.max(1);
    match result {
        Some(Ok(run)) => Ok(finish(run, Vec::new())),
        Some(Err(error)) => match (*error, record.response.take_if(|(status, _, _)| status.is_success())) {
            // An undocumented success status (201, 202, 204...): decode the body all the same.
            (_, Some((status, headers, body))) => decode_body(status, &headers, body),
            // A 200 whose body (read whole, within the limit) the typed decode refused: the
            // tolerant pass.
            (progenitor_client::Error::InvalidResponsePayload(body, _), None) if record.failure.is_none() => {
                let request_id = record.success_request_id.as_ref().and_then(|v| v.to_str().ok());
                salvaged(StatusCode::OK, request_id.map(str::to_owned), body)
            }
            (error, None) => Err(into_error(error, record, attempts)),
        },
        None => Err(Error::Timeout { limit: TimeoutLimit::Deadline, attempts, source: None }),
    }
}

/// Maps the generated client's error, and the attempt loop's record of the call, to [`Error`].
fn into_error(error: progenitor_client::Error<types::ErrorBody>, record: CallRecord, attempts: u32) -> Error {
    if let Some(Failure::BodyTooLarge { status, limit }) = record.failure {
        return Error::BodyTooLarge { status, limit };
    }
    match (error, record.response) {
        // Sending failed, or reading a 200's body did (the body is only read here for a 200).
        (
            progenitor_client::Error::CommunicationError(source)
            | progenitor_client::Error::ResponseBodyError(source),
            _,
        ) => {
            // The retry loop's classification: only a timeout once connected is the attempt's
            // timeout; a connect timeout is a connection failure like a refused connection.
            if classify(&source) == Outcome::TimedOut {
                Error::Timeout { limit: TimeoutLimit::Attempt, attempts, source: Some(source) }
            } else {
                Error::Transport { attempts, source }
            }
        }
        (_, Some((status, headers, body))) => {
            let mut api = ApiError::from_parts(status, headers, body);
            api.attempts = attempts;
            api.retried_after_lost_response = record.response_lost;
            Error::Api(Box::new(api))
        }
        // Not reachable through the wrapper's own requests (ids and headers are checked first).
        (other, None) => {
            Error::Config(ConfigError::InvalidSetting { name: "request", reason: other.to_string() })
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
        tracing::warn!(
            run_id = run.run_id(),
            corrections = corrections.len(),
            paths = %paths.join(", "),
            "the response strayed from the spec; read what could be read (Decoded::corrections)"
        );
    }
    Decoded::new(run, corrections)
}
