//! Turning a final response into the crate's result: the run on a 2xx, [`Error::Api`] for
//! any other status, [`Error::Decode`] when a 2xx body is not the documented object.

use crate::{ApiError, DecodeError, Endpoint, Error};
use bytes::Bytes;
use reqwest::{header::HeaderMap, StatusCode};

/// Decodes a cancel response the way the client does, for responses obtained elsewhere (a
/// proxy, a recorded fixture). `T` is the endpoint's return type, such as
/// [`crate::types::ExtractRun`]. Never panics, whatever the bytes.
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
pub fn decode_response<T: Endpoint + serde::de::DeserializeOwned>(
    status: StatusCode,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<T, Error> {
    if !status.is_success() {
        return Err(Error::Api(Box::new(ApiError::from_parts(status, headers.clone(), body))));
    }
    decode_body(status, headers, body)
}

/// Decodes a success body as `T`, explaining a failure with its JSON path.
pub(crate) fn decode_body<T: serde::de::DeserializeOwned>(
    status: StatusCode,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<T, Error> {
    serde_json::from_slice(&body)
        .map_err(|_| Error::Decode(Box::new(DecodeError::explain::<T>(status, headers, body))))
}
