//! What a sandbox records of each request it answers.

/// A request the sandbox received, and how it answered; see [`Sandbox::requests`].
///
/// [`Sandbox::requests`]: crate::Sandbox::requests
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The method, such as `POST`.
    pub method: String,
    /// The path as sent (still percent-encoded), such as `/extract_runs/exr_processing/cancel`.
    pub path: String,
    /// The request headers, including `Authorization`, `x-extend-api-version` and
    /// `x-extend-workspace-id`.
    pub headers: http::HeaderMap,
    /// The status the sandbox answered with.
    pub status: u16,
    /// The request id the sandbox gave the request (`x-extend-request-id`).
    pub request_id: String,
}

impl RecordedRequest {
    /// A request header as text, if it was sent and is visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }
}
